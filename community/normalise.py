"""Text normalisation shared by the directory's search and its index."""

import unicodedata


def normalise_text(text):
    """Return ``text`` lower-cased and without diacritics, so "Žiga" matches "ziga"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))
