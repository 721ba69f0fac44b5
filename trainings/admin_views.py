"""Staff views in the Wagtail admin: participants and waitlists, attendance, CSV export."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from trainings import services
from trainings.models import Enrolment


class EnrolmentPermissionPolicy(ModelPermissionPolicy):
    """Staff record attendance but never add or delete enrolments.

    Members enrol and cancel through the enrolment rules, which keep the waitlist
    order and send the emails. A row added or deleted in the admin would skip both.
    """

    blocked_actions = {"add", "delete"}

    def user_has_permission(self, user, action):
        if action in self.blocked_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.blocked_actions]
        if not allowed:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(allowed)


class WaitlistPositionColumn(Column):
    def get_value(self, instance):
        return services.waitlist_position(instance) or ""


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "group"
    menu_label = _("Enrolments")
    menu_order = 250
    add_to_admin_menu = True
    form_fields = ["attendance"]
    list_display = [
        "member",
        "training",
        "session",
        "status",
        WaitlistPositionColumn("waitlist_position", label=_("Place on the waitlist")),
        "attendance",
        "requested_at",
    ]
    list_filter = ["status", "attendance", "training", "session"]
    search_fields = ["member__email", "member__first_name", "member__last_name"]
    search_backend_name = None
    ordering = ["session__start", "status", "requested_at"]
    list_export = [
        "training.title",
        "session",
        "member.first_name",
        "member.last_name",
        "member.email",
        "status",
        "requested_at",
        "promoted_at",
        "cancelled_at",
        "attendance",
    ]
    export_headings = {
        "training.title": _("Training"),
        "session": _("Session"),
        "member.first_name": _("First name"),
        "member.last_name": _("Last name"),
        "member.email": _("Email"),
        "status": _("Status"),
        "requested_at": _("Requested"),
        "promoted_at": _("Promoted from the waitlist"),
        "cancelled_at": _("Cancelled"),
        "attendance": _("Attendance"),
    }
    export_filename = "enrolments"

    def get_queryset(self, request):
        return Enrolment.objects.select_related("member", "training", "session", "session__page")
