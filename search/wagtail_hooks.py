from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import UnansweredSearchesView, may_view_report

report_urls = (
    [
        path("", UnansweredSearchesView.as_view(), name="unanswered"),
        path(
            "results/",
            UnansweredSearchesView.as_view(results_only=True),
            name="unanswered_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/searches-without-results/", include(report_urls))]


class UnansweredSearchesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return UnansweredSearchesMenuItem(
        _("Searches without results"),
        reverse("search_reports:unanswered"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
