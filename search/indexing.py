"""Analysed fields added to every searchable model's search index entry.

The search app sits above the apps whose models it indexes, so it adds its
fields to their ``search_fields`` when Django starts (``SearchConfig.ready``)
instead of each app importing it. Each indexed object gets:

- the title's terms as a second ``title`` field, so the database backend's
  title boost also applies to analysed words;
- ``search_terms``: the terms of every other text it is searched by;
- ``search_autocomplete``: its folded title, for prefix matching as a person types.

The terms come from :mod:`search.analysis` in the object's own language.
"""

from django.db.models import Manager
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField
from wagtail.models import Page

from .analysis import SUPPORTED_LANGUAGES, fold, index_terms

TERMS_FIELD = "search_terms"
AUTOCOMPLETE_FIELD = "search_autocomplete"
TITLE_FIELD = "title"
# Elasticsearch analyzer for the fields above; defined in settings' INDEX_SETTINGS.
TERMS_ANALYZER = "hub_terms"


def object_languages(obj):
    """Return the language codes to analyse ``obj`` in.

    A page is in its locale's language. An object without a locale (an
    organisation) is searched from both languages, so it gets the terms of both.
    """
    locale = getattr(obj, "locale", None)
    if locale is not None:
        return (locale.language_code,)
    return SUPPORTED_LANGUAGES


def object_terms(obj, text):
    """Return the terms of ``text`` in every language of ``obj``, without repeats across them."""
    languages = object_languages(obj)
    if len(languages) == 1:
        return index_terms(text, languages[0])
    seen = set()
    terms = []
    for language in languages:
        for term in index_terms(text, language).split():
            if term not in seen:
                seen.add(term)
                terms.append(term)
    return " ".join(terms)


def plain_value(value):
    """Return indexable plain text for a field value: a string, list, dict or tag list."""
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_tags(value)
    if isinstance(value, dict):
        return " ".join(plain_value(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(plain_value(item) for item in value)
    return strip_tags(force_str(value))


def _field_texts(obj, fields):
    for field in fields:
        if isinstance(field, AnalysedField):
            continue
        if isinstance(field, SearchField):
            yield field.field_name, plain_value(field.get_value(obj))
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            related_objects = related.all() if isinstance(related, Manager) else [related]
            for related_object in related_objects:
                for _name, text in _field_texts(related_object, field.fields):
                    yield field.field_name, text


def searchable_texts(obj):
    """Return ``(field name, plain text)`` for every text ``obj`` is searched by, title first."""
    return [(name, text) for name, text in _field_texts(obj, obj.get_search_fields()) if text]


class AnalysedField:
    """Marks the fields this module adds, so they never feed their own values."""

    def get_definition_model(self, cls):
        # The value is computed, not stored, so it belongs to the indexed model's root.
        return get_model_root(cls)


class TitleTermsField(AnalysedField, SearchField):
    def get_definition_model(self, cls):
        return SearchField.get_definition_model(self, cls)

    def get_value(self, obj):
        return object_terms(obj, obj.title)


class BodyTermsField(AnalysedField, SearchField):
    def get_value(self, obj):
        texts = [text for name, text in searchable_texts(obj) if name != TITLE_FIELD]
        return object_terms(obj, " ".join(texts))


class ScopeFilterField(AnalysedField, FilterField):
    """A page field the search scope filters on, which Page.search_fields lacks."""

    def get_definition_model(self, cls):
        return FilterField.get_definition_model(self, cls)

    def get_value(self, obj):
        return FilterField.get_value(self, obj)


class AutocompleteTermsField(AnalysedField, AutocompleteField):
    def __init__(self, field_name, source_field):
        super().__init__(field_name)
        self.source_field = source_field

    def get_value(self, obj):
        return fold(getattr(obj, self.source_field) or "")


def add_analysed_fields(model, *, title_field=TITLE_FIELD, filter_fields=()):
    """Add the analysed fields to ``model``'s own copy of its ``search_fields``.

    ``title_field`` names the model's heading (``name`` for an organisation).
    The model also gets methods of the same names, which return the values and
    satisfy the check that every search field exists.
    """
    fields = [field for field in model.search_fields if not isinstance(field, AnalysedField)]
    es_extra = {"analyzer": TERMS_ANALYZER, "search_analyzer": TERMS_ANALYZER}
    if title_field == TITLE_FIELD:
        fields.append(TitleTermsField(TITLE_FIELD, boost=2))
    fields.append(BodyTermsField(TERMS_FIELD, es_extra=es_extra))
    fields.append(AutocompleteTermsField(AUTOCOMPLETE_FIELD, title_field))
    fields.extend(ScopeFilterField(name) for name in filter_fields)
    # Assigning a new list keeps a model that inherits Page.search_fields from changing Page's.
    model.search_fields = fields
    for field in fields:
        if isinstance(field, TitleTermsField | BodyTermsField | AutocompleteTermsField) and (
            field.field_name != TITLE_FIELD
        ):
            setattr(model, field.field_name, _value_method(field))


def _value_method(field):
    def value(self):
        return field.get_value(self)

    value.__name__ = field.field_name
    return value


def install():
    """Add the analysed fields to every page type and to organisations."""
    from wagtail.models import get_page_models

    from community.models import Organisation

    page_filters = ("expired", "expire_at")
    # Searches run on Page itself, so it needs the scope's filter fields too.
    Page.search_fields = [
        *(field for field in Page.search_fields if not isinstance(field, AnalysedField)),
        *(ScopeFilterField(name) for name in page_filters),
    ]
    for model in get_page_models():
        if model is not Page:
            add_analysed_fields(model, filter_fields=page_filters)
    add_analysed_fields(Organisation, title_field="name")
