from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import services
from .models import ChallengeTeamMember, Commitment, StatusChange


class StatusChangeForm(WagtailAdminModelForm):
    class Meta:
        model = StatusChange
        fields = ["challenge", "to_status", "note"]


class StatusChangeNoteForm(WagtailAdminModelForm):
    """Only the note: the step itself is history and changes only through the service."""

    class Meta:
        model = StatusChange
        fields = ["note"]


class StatusChangeCreateView(CreateView):
    """Change a challenge's status through the lifecycle service, never by saving a row."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = services.change_status(
                form.cleaned_data["challenge"],
                form.cleaned_data["to_status"],
                by=self.request.user,
                note=form.cleaned_data["note"],
            )
        except services.ChallengeRuleError as error:
            form.add_error("to_status", error.message)
            self.produced_error_message = error.message
            return self.form_invalid(form)
        return self.save_action()


class StatusChangeViewSet(ModelViewSet):
    model = StatusChange
    url_prefix = "challenges/status-changes"
    url_namespace = "challenges_status_changes"
    icon = "history"
    menu_label = _("Status changes")
    add_view_class = StatusChangeCreateView
    list_display = ["challenge", "from_status", "to_status", "changed_by", "created_at"]
    list_filter = ["to_status"]
    search_fields = ["challenge__title", "note"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return StatusChangeNoteForm if for_update else StatusChangeForm


class CommitmentViewSet(ModelViewSet):
    model = Commitment
    url_prefix = "challenges/commitments"
    url_namespace = "challenges_commitments"
    icon = "tasks"
    menu_label = _("Commitments")
    list_display = ["what", "challenge", "responsible_person", "due_date", "status"]
    list_filter = ["status", "due_date"]
    search_fields = ["what", "responsible_person", "challenge__title"]
    list_export = ["what", "challenge", "responsible_person", "due_date", "status"]
    export_filename = "commitments"
    inspect_view_enabled = True
    form_fields = [
        "challenge",
        "what",
        "responsible_organisation",
        "responsible_person",
        "due_date",
    ]


class TeamMemberViewSet(ModelViewSet):
    model = ChallengeTeamMember
    url_prefix = "challenges/team-members"
    url_namespace = "challenges_team_members"
    icon = "group"
    menu_label = _("Facilitation teams")
    list_display = ["challenge", "user", "role", "added_at"]
    list_filter = ["role"]
    form_fields = ["challenge", "user", "role"]


class ChallengesViewSetGroup(ModelViewSetGroup):
    menu_label = _("Challenges")
    menu_icon = "tasks"
    menu_order = 210
    items = [StatusChangeViewSet, CommitmentViewSet, TeamMemberViewSet]


@hooks.register("register_admin_viewset")
def register_challenge_viewsets():
    return ChallengesViewSetGroup()


from .matching import wagtail_hooks as matching_hooks  # noqa: E402,F401 (registers its hooks)
