"""Staff views in the Wagtail admin: appointments, nominations, activity and the coverage report."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .coverage import build_report
from .models import Activity, Ambassador, Nomination
from .track import progress_for_members, track_trainings

# Appointments


class AmbassadorCreateView(CreateView):
    """Appoint through the service, which checks the rules, keeps the group and sends the email."""

    def form_valid(self, form):
        self.form = form
        data = form.cleaned_data
        try:
            self.object = services.appoint(
                data["member"],
                data["institution"],
                appointed_on=data.get("appointed_on"),
                focus_areas=data.get("focus_areas") or (),
                statement_sl=data.get("statement_sl", ""),
                statement_en=data.get("statement_en", ""),
                by=self.request.user,
            )
        except services.AmbassadorError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
            self.produced_error_message = error.message
            return self.form_invalid(form)
        return self.save_action()


class AmbassadorEditView(EditView):
    """Save the edits; a newly set end date ends the appointment through the service."""

    def form_valid(self, form):
        self.form = form
        ended_on = form.cleaned_data.get("ended_on")
        was_active = Ambassador.objects.filter(pk=self.object.pk, ended_on__isnull=True).exists()
        note = form.cleaned_data.get("end_note", "")
        if was_active and ended_on:
            # The service sets the end; the form saves the other fields first.
            form.instance.ended_on = None
        response = super().form_valid(form)
        if was_active and ended_on:
            try:
                services.end_appointment(
                    self.object, ended_on=ended_on, note=note, by=self.request.user
                )
            except services.AmbassadorError as error:
                form.add_error("ended_on", error.message)
                self.produced_error_message = error.message
                return self.form_invalid(form)
        return response


class TrackProgressColumn(Column):
    """The ambassador's attended track trainings, "done of required"."""

    def get_value(self, instance):
        progress = getattr(instance, "track_progress", None)
        if progress is None:
            return ""
        text = gettext("%(done)s of %(total)s") % {"done": progress.done, "total": progress.total}
        if instance.track_completed_on:
            text += " ✓"
        return text


class AmbassadorIndexView(ModelViewSet.index_view_class):
    def get_table(self, object_list):
        # Progress for the whole page of rows in two queries, rather than two per row.
        rows = list(object_list)
        progress = progress_for_members({row.member_id for row in rows}, track_trainings())
        for row in rows:
            row.track_progress = progress[row.member_id]
        return super().get_table(rows)


class AmbassadorViewSet(ModelViewSet):
    model = Ambassador
    url_prefix = "ambassadors/appointments"
    url_namespace = "ambassadors_appointments"
    icon = "user"
    menu_label = _("Appointments")
    add_view_class = AmbassadorCreateView
    edit_view_class = AmbassadorEditView
    index_view_class = AmbassadorIndexView
    list_display = [
        "member",
        "institution",
        "appointed_on",
        "ended_on",
        TrackProgressColumn("track_progress", label=_("Ambassador track")),
        Column("last_activity", label=_("Last activity")),
    ]
    list_filter = ["institution", "institution__region", "ended_on", "appointed_on"]
    search_fields = [
        "member__email",
        "member__first_name",
        "member__last_name",
        "institution__name",
    ]
    search_backend_name = None
    list_export = [
        "member.get_full_name",
        "member.email",
        "institution.name",
        "institution.region",
        "appointed_on",
        "ended_on",
        "track_completed_on",
        "last_activity",
    ]
    export_headings = {
        "member.get_full_name": _("Name"),
        "member.email": _("Email"),
        "institution.name": _("Institution"),
        "institution.region": _("Region"),
        "last_activity": _("Last activity"),
    }
    export_filename = "ambassadors"
    inspect_view_enabled = True
    panels = [
        FieldRowPanel([FieldPanel("member"), FieldPanel("institution")]),
        FieldPanel("appointed_on"),
        FieldPanel("focus_areas"),
        FieldPanel("statement_sl"),
        FieldPanel("statement_en"),
        FieldPanel("track_completed_on"),
        MultiFieldPanel(
            [FieldPanel("ended_on"), FieldPanel("end_note")],
            heading=_("Stepping down"),
        ),
    ]

    def get_queryset(self, request):
        return Ambassador.objects.select_related("member", "institution").annotate(
            last_activity=Max("activities__occurred_on")
        )


# Nominations


class NominationPermissionPolicy(ModelPermissionPolicy):
    """Nominations come from members; staff decide on them but never add or delete them."""

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


class NominationDecisionForm(WagtailAdminModelForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve and appoint")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Nomination
        fields = ["decision_note"]


class NominationEditView(EditView):
    """Decide through the service, which locks the row so a nomination is decided once."""

    def form_valid(self, form):
        self.form = form
        note = form.cleaned_data.get("decision_note", "")
        try:
            if form.cleaned_data["decision"] == "approve":
                self.object = services.approve(self.object, by=self.request.user, note=note)
            else:
                self.object = services.decline(self.object, by=self.request.user, note=note)
        except services.AmbassadorError as error:
            field = error.field if error.field in form.fields else None
            form.add_error(field, error.message)
            self.produced_error_message = error.message
            return self.form_invalid(form)
        return self.save_action()


class NominationViewSet(ModelViewSet):
    model = Nomination
    url_prefix = "ambassadors/nominations"
    url_namespace = "ambassadors_nominations"
    icon = "mail"
    menu_label = _("Nominations")
    edit_view_class = NominationEditView
    list_display = ["member", "institution", "kind", "nominated_by", "status", "created_at"]
    list_filter = ["status", "kind", "institution"]
    search_fields = ["member__email", "member__first_name", "member__last_name"]
    search_backend_name = None
    ordering = ["status", "-created_at"]
    inspect_view_enabled = True
    panels = [FieldPanel("decision"), FieldPanel("decision_note")]

    def get_form_class(self, for_update=False):
        return NominationDecisionForm

    def get_queryset(self, request):
        return Nomination.objects.select_related("member", "institution", "nominated_by")


# Activity


class ActivityForm(WagtailAdminModelForm):
    class Meta:
        model = Activity
        fields = ["ambassador", "kind", "occurred_on", "title", "note", "challenge", "training"]


class ActivityCreateView(CreateView):
    def save_instance(self):
        self.form.instance.added_by = self.request.user
        return super().save_instance()


class ActivityViewSet(ModelViewSet):
    model = Activity
    url_prefix = "ambassadors/activity"
    url_namespace = "ambassadors_activity"
    icon = "date"
    menu_label = _("Activity log")
    add_view_class = ActivityCreateView
    form_fields = ["ambassador", "kind", "occurred_on", "title", "note", "challenge", "training"]
    list_display = ["ambassador", "kind", "occurred_on", "title", "added_by"]
    list_filter = ["kind", "occurred_on"]
    search_fields = ["title", "ambassador__member__email", "ambassador__institution__name"]
    search_backend_name = None

    def get_queryset(self, request):
        return Activity.objects.select_related(
            "ambassador__member", "ambassador__institution", "added_by"
        )


class AmbassadorsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Ambassadors")
    menu_icon = "user"
    menu_order = 230
    items = [AmbassadorViewSet, NominationViewSet, ActivityViewSet]


# Coverage report


def can_view_report(user):
    return user.is_active and user.is_staff and user.has_perm("ambassadors.view_ambassador")


class CoverageReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "ambassadors/admin/coverage_report.html"
    page_title = _("Ambassador coverage")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        report = build_report()
        if request.GET.get("export") == "csv":
            return coverage_csv(report)
        return self.render_to_response(
            self.get_context_data(
                report=report, csv_url=reverse("ambassadors_coverage") + "?export=csv"
            )
        )


def coverage_csv(report):
    """Return the report as one CSV row per public institution, for spreadsheets."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="ambassador-coverage-{report.today.isoformat()}.csv"'
    )
    # Excel opens UTF-8 CSV with Slovenian letters correctly only after a byte-order mark.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            gettext("Institution"),
            gettext("Region"),
            gettext("Active ambassadors"),
            gettext("Covered"),
        ]
    )
    for row in report.institutions:
        writer.writerow(
            [
                row.institution.name,
                row.institution.get_region_display(),
                row.active_count,
                gettext("yes") if row.is_covered else gettext("no"),
            ]
        )
    return response
