"""The kinds of result the site search shows, in the order it shows them.

A page type gets its own group by adding a ``ResultType`` with its model labels;
pages of any type not listed fall into the catch-all ``pages`` group. Every page
type is indexed with the analysed fields whether it is listed here or not
(``search.indexing.install``).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

PAGES = "pages"
MEMBERS = "members"
ORGANISATIONS = "organisations"


@dataclass(frozen=True)
class ResultType:
    """A group of results: its GET value, heading, and the page models it holds.

    ``page_models`` is empty for the catch-all group of pages and for the groups
    that are not pages (members, organisations).
    """

    key: str
    label: str
    page_models: tuple = field(default=())
    is_page: bool = True


RESULT_TYPES = (
    ResultType("challenges", _("Challenges"), ("challenges.ChallengePage",)),
    ResultType("trainings", _("Trainings"), ("trainings.TrainingPage",)),
    ResultType("methods", _("Methods"), ("hub.MethodPage",)),
    ResultType(PAGES, _("Other pages")),
    ResultType(MEMBERS, _("Members"), is_page=False),
    ResultType(ORGANISATIONS, _("Organisations"), is_page=False),
)
TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def page_type_key(content_type_id):
    """Return the key of the result group that holds pages of ``content_type_id``."""
    return _page_type_keys().get(content_type_id, PAGES)


def _page_type_keys():
    # ContentType.objects caches its lookups, so this costs no query once warm.
    keys = {}
    for result_type in RESULT_TYPES:
        for label in result_type.page_models:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            keys[ContentType.objects.get_for_model(model).pk] = result_type.key
    return keys
