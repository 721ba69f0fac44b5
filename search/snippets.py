"""Short plain-text extracts of a result, with the matching words marked.

Rich text and StreamField values are reduced to plain words before an extract is
taken, and every character of the extract is escaped, so a result never shows
HTML from its content; only the ``<mark>`` elements added here are markup.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .analysis import highlight_terms

SNIPPET_LENGTH = 220
# Characters of context kept before the first match.
LEAD_IN = 60
WHITESPACE = re.compile(r"\s+")


def plain_text(text):
    """Return ``text`` without tags and with runs of whitespace collapsed to one space."""
    return WHITESPACE.sub(" ", strip_tags(text or "")).strip()


def _window(text, spans):
    """Return ``(start, end)`` of the extract: around the first match, or the beginning."""
    if len(text) <= SNIPPET_LENGTH:
        return 0, len(text)
    start = max(spans[0][0] - LEAD_IN, 0) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(start + SNIPPET_LENGTH, len(text))
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def make_snippet(texts, terms, language):
    """Return an escaped extract of the first of ``texts`` that matches ``terms``.

    Falls back to the beginning of the first non-empty text when no text
    matches (for example when only the title matched).
    """
    candidates = [plain_text(text) for text in texts]
    candidates = [text for text in candidates if text]
    if not candidates:
        return ""
    chosen, spans = candidates[0], []
    for text in candidates:
        found = highlight_terms(text, terms, language)
        if found:
            chosen, spans = text, found
            break

    start, end = _window(chosen, spans)
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(chosen[position:span_start]))
        parts.append(f"<mark>{escape(chosen[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(chosen[position:end]))
    if end < len(chosen):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of content above is escaped


def mark_title(title, terms, language):
    """Return ``title`` escaped, with the words that match ``terms`` marked."""
    return make_snippet([title], terms, language) if title else ""
