from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .admin_views import (
    AmbassadorsViewSetGroup,
    CoverageReportView,
    NominationPermissionPolicy,
    can_view_report,
)
from .models import Nomination

register_permission_policy(Nomination, NominationPermissionPolicy(Nomination))


class CoverageReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_admin_viewset")
def register_ambassador_viewsets():
    return AmbassadorsViewSetGroup()


@hooks.register("register_admin_urls")
def register_coverage_report_url():
    return [
        path(
            "reports/ambassador-coverage/",
            CoverageReportView.as_view(),
            name="ambassadors_coverage",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_coverage_report_menu_item():
    return CoverageReportMenuItem(
        _("Ambassador coverage"),
        reverse("ambassadors_coverage"),
        name="ambassador-coverage",
        icon_name="user",
        order=800,
    )
