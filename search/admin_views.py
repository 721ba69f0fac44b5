"""The editors' report of searches that found nothing."""

from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryStat

# Editors who may add promotions are the ones who act on this report.
REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def may_view_report(user):
    return user.is_active and (user.is_superuser or user.has_perm(REPORT_PERMISSION))


class UnansweredSearchFilterSet(WagtailFilterSet):
    language = ChoiceFilter(
        label=_("Language"),
        choices=[("sl", _("Slovenian")), ("en", _("English"))],
    )

    class Meta:
        model = SearchQueryStat
        fields = ["language"]


class UnansweredSearchesView(ReportView):
    """List query strings by how often they found nothing, most frequent first."""

    page_title = _("Searches without results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = UnansweredSearchFilterSet
    default_ordering = "-searches_without_results"
    index_url_name = "search_reports:unanswered"
    index_results_url_name = "search_reports:unanswered_results"
    columns = [
        Column("query_string", label=_("Search query"), sort_key="query_string"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn(
            "searches_without_results",
            label=_("Searches without results"),
            sort_key="searches_without_results",
        ),
        NumberColumn("searches", label=_("All searches"), sort_key="searches"),
        DateColumn("last_searched_at", label=_("Last searched"), sort_key="last_searched_at"),
    ]
    list_export = [
        "query_string",
        "language",
        "searches_without_results",
        "searches",
        "last_searched_at",
    ]
    export_headings = {
        "query_string": _("Search query"),
        "language": _("Language"),
        "searches_without_results": _("Searches without results"),
        "searches": _("All searches"),
        "last_searched_at": _("Last searched"),
    }

    def get_base_queryset(self):
        return SearchQueryStat.objects.filter(searches_without_results__gt=0)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def dispatch(self, request, *args, **kwargs):
        if not may_view_report(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
