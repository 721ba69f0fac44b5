"""Language analysis shared by the search index and search queries.

Every backend (SQLite, PostgreSQL, Elasticsearch) receives the same words,
because the words are made here, in Python, both when an object is indexed and
when a query is parsed. A word becomes one to three *terms*:

1. the word lemmatised by ``simplemma`` ("inovacij" becomes "inovacija"),
2. folded: lower case and without diacritics ("izobraževanje" becomes "izobrazevanje"),
3. stemmed: a Slovenian suffix stripper, or Snowball's English stemmer for English.

Terms are made from the lemma and from the word as written, because a typed word
without diacritics is often unknown to the lemmatiser, and the lemmatiser is
sometimes too eager ("starejših" becomes "star"). A query word matches a
document when any of its terms is among the document's terms.
"""

import re
import unicodedata
from functools import lru_cache

import simplemma
import snowballstemmer

WORD_PATTERN = re.compile(r"\w+", re.UNICODE)
MIN_WORD_LENGTH = 2
# Slovenian stems shorter than this stay whole: stripping "a" from "pot" (path)
# or "dan" (day) would join unrelated words.
MIN_SLOVENIAN_STEM = 4

# Endings of Slovenian nouns and adjectives, already without diacritics, longest first.
SLOVENIAN_SUFFIXES = (
    "ega",
    "emu",
    "ima",
    "imi",
    "ami",
    "ama",
    "ema",
    "ih",
    "im",
    "om",
    "em",
    "ov",
    "ev",
    "ah",
    "mi",
    "a",
    "e",
    "i",
    "o",
    "u",
)

# Function words that add nothing to a match; a query of only these finds nothing.
STOPWORDS = {
    "sl": frozenset(
        [
            "in",
            "ali",
            "ter",
            "pa",
            "da",
            "ki",
            "ko",
            "ce",
            "kot",
            "tudi",
            "se",
            "so",
            "je",
            "sem",
            "si",
            "smo",
            "ste",
            "bo",
            "bi",
            "biti",
            "ni",
            "ne",
            "v",
            "na",
            "za",
            "z",
            "s",
            "o",
            "pri",
            "po",
            "do",
            "od",
            "k",
            "h",
            "iz",
            "ob",
            "med",
            "pod",
            "nad",
            "pred",
            "brez",
            "proti",
            "skozi",
            "to",
            "ta",
            "te",
            "ti",
            "tem",
            "tega",
            "temu",
            "tej",
            "tisti",
            "ta",
            "kaj",
            "kdo",
            "kje",
            "kako",
            "kdaj",
            "zakaj",
            "ga",
            "jo",
            "jih",
            "mu",
            "ji",
            "jim",
            "nas",
            "vas",
            "njih",
            "moj",
            "tvoj",
            "njegov",
            "njen",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "an",
            "and",
            "or",
            "but",
            "the",
            "of",
            "to",
            "in",
            "on",
            "at",
            "for",
            "with",
            "by",
            "from",
            "as",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "into",
            "about",
            "how",
            "what",
            "when",
            "where",
            "who",
            "which",
            "why",
            "our",
            "your",
            "their",
            "his",
            "her",
            "my",
            "we",
            "you",
            "they",
            "i",
            "not",
            "no",
            "do",
            "does",
            "did",
            "can",
            "will",
        ]
    ),
}
SUPPORTED_LANGUAGES = ("sl", "en")
DEFAULT_LANGUAGE = "sl"

_english_stemmer = snowballstemmer.stemmer("english")


def fold(text):
    """Return ``text`` in lower case without diacritics, so "Žiga" and "ziga" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def words(text):
    """Return the words of ``text`` as written, in order, without punctuation."""
    return WORD_PATTERN.findall(text)


def _language(language):
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def stem_slovenian(word):
    """Strip one inflectional ending from a folded Slovenian ``word``."""
    for suffix in SLOVENIAN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_SLOVENIAN_STEM:
            word = word[: -len(suffix)]
            break
    # Nouns in -r add a j before their endings: facilitator, facilitatorja.
    if word.endswith("rj"):
        word = word[:-1]
    return word


def _stem(word, language):
    if language == "en":
        return _english_stemmer.stemWord(word)
    return stem_slovenian(word)


@lru_cache(maxsize=50_000)
def word_terms(word, language=DEFAULT_LANGUAGE):
    """Return the terms of one ``word``: a tuple of one to three distinct strings.

    Returns an empty tuple for stop words and for words shorter than two characters.
    """
    language = _language(language)
    folded = fold(word)
    if len(folded) < MIN_WORD_LENGTH and not folded.isdigit():
        return ()
    if folded in STOPWORDS[language]:
        return ()
    if folded.isdigit():
        return (folded,)
    lemma = fold(simplemma.lemmatize(word.casefold(), lang=language))
    terms = [_stem(lemma, language), _stem(folded, language)]
    return tuple(dict.fromkeys(term for term in terms if term))


def index_terms(text, language=DEFAULT_LANGUAGE):
    """Return the terms of every word of ``text`` joined by spaces, for a search index."""
    terms = []
    for word in words(text):
        terms.extend(word_terms(word, language))
    return " ".join(terms)


def query_terms(text, language=DEFAULT_LANGUAGE):
    """Return, for each distinct meaningful word of ``text``, the tuple of its terms.

    A document matches the word when it contains any one of the word's terms.
    """
    seen = set()
    alternatives = []
    for word in words(text):
        terms = word_terms(word, language)
        if terms and terms not in seen:
            seen.add(terms)
            alternatives.append(terms)
    return alternatives


def highlight_terms(text, terms, language=DEFAULT_LANGUAGE):
    """Return the positions ``(start, end)`` of the words of ``text`` that match ``terms``."""
    wanted = set(terms)
    return [
        match.span()
        for match in WORD_PATTERN.finditer(text)
        if wanted.intersection(word_terms(match.group(), language))
    ]
