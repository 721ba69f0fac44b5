"""Read tag lists as members type them: names separated by commas.

django-taggit's default parser splits on spaces when the text has no comma, so
"Pametna mesta" alone would become two tags. Here only commas separate names.
"""

from taggit.forms import TagField


def parse_tags(text):
    """Return the distinct tag names in ``text``, split on commas, case-insensitively."""
    names = []
    seen = set()
    for part in (text or "").split(","):
        name = " ".join(part.strip().strip('"').split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return sorted(names, key=str.casefold)


class CommaSeparatedTagField(TagField):
    """A ``TagField`` whose names are separated by commas only, never by spaces."""

    def clean(self, value):
        value = super(TagField, self).clean(value)
        return parse_tags(value)
