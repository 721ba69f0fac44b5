"""Staff views in the Wagtail admin: participants and waitlists, attendance, CSV export."""

import secrets

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy

from trainings import services, staff_messages
from trainings.models import Enrolment, TrainingPage, TrainingSession


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


class EnrolmentIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.session_id and instance.status == Enrolment.Status.CONFIRMED:
            buttons.append(
                MenuItem(
                    _("Move to another session"),
                    url=reverse("trainings_move_enrolment", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=20,
                )
            )
        return buttons


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    index_view_class = EnrolmentIndexView
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


def _require_enrolment_permission(user):
    if not user.has_perm("trainings.change_enrolment"):
        raise PermissionDenied


def _participants_url(**filters):
    return reverse("enrolments:index") + "?" + urlencode(filters)


def session_label(session):
    start = timezone.localtime(session.start)
    return f"{start:%Y-%m-%d %H:%M} ({services.confirmed_count(session)}/{session.capacity})"


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, session):
        return session_label(session)


class StaffMessageForm(forms.Form):
    """The form for a message to participants, with a one-time token against double submission."""

    session = SessionChoiceField(
        label=_("Session"),
        queryset=TrainingSession.objects.none(),
        required=False,
        empty_label=_("All sessions of the training"),
        help_text=_("Confirmed seats and capacity are shown in brackets."),
    )
    include_waitlist = forms.BooleanField(
        label=_("Also send to members on the waitlist"), required=False
    )
    subject_sl = forms.CharField(label=_("Subject in Slovenian"), max_length=200)
    body_sl = forms.CharField(label=_("Message in Slovenian"), widget=forms.Textarea)
    subject_en = forms.CharField(
        label=_("Subject in English"),
        max_length=200,
        required=False,
        help_text=_("Members who chose English get this version; without it, the Slovenian one."),
    )
    body_en = forms.CharField(label=_("Message in English"), widget=forms.Textarea, required=False)
    form_token = forms.RegexField(
        regex=r"^[0-9a-f]{32}$",
        widget=forms.HiddenInput,
        error_messages={
            "invalid": _("The form is incomplete. Reload the page and write the message again.")
        },
    )

    def __init__(self, *args, training, **kwargs):
        super().__init__(*args, **kwargs)
        self.training = training
        if training.is_series:
            del self.fields["session"]
        else:
            self.fields["session"].queryset = training.sessions.order_by("start")

    def clean(self):
        cleaned = super().clean()
        subject_en = cleaned.get("subject_en", "").strip()
        body_en = cleaned.get("body_en", "").strip()
        if bool(subject_en) != bool(body_en):
            raise forms.ValidationError(
                _("Write both the English subject and the English message, or neither.")
            )
        if not self.errors:
            recipients = staff_messages.recipient_enrolments(
                self.training,
                cleaned.get("session"),
                include_waitlist=cleaned.get("include_waitlist", False),
            )
            if not recipients:
                raise forms.ValidationError(
                    _("Nobody would receive this message: there are no such participants yet.")
                )
        return cleaned


class StaffMessageView(WagtailAdminTemplateMixin, FormView):
    """Email the participants of one session, or of every session, of a training."""

    form_class = StaffMessageForm
    template_name = "trainings/admin/form.html"
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        _require_enrolment_permission(request.user)
        self.training = get_object_or_404(TrainingPage, pk=kwargs["training_id"]).specific
        # Enrolments belong to the page whose sessions members enrol in.
        self.training = self.training.get_schedule_page()
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Email participants")

    def get_page_subtitle(self):
        return self.training.title

    def get_initial(self):
        return {"form_token": secrets.token_hex(16)}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "training": self.training}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=gettext("Send the message"),
            submit_button_active_label=gettext("Sending…"),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            message = staff_messages.send(
                training=self.training,
                session=data.get("session"),
                include_waitlist=data["include_waitlist"],
                subject_sl=data["subject_sl"],
                body_sl=data["body_sl"],
                subject_en=data["subject_en"],
                body_en=data["body_en"],
                sender=self.request.user,
                form_token=data["form_token"],
            )
        except staff_messages.AlreadySent as error:
            messages.warning(
                self.request,
                gettext(
                    "This message was already sent to %(count)s members, so it was not sent again."
                )
                % {"count": error.message.recipient_count},
            )
        else:
            messages.success(
                self.request,
                gettext("The message is on its way to %(count)s members.")
                % {"count": message.recipient_count},
            )
        return redirect(_participants_url(training=self.training.pk))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class MoveEnrolmentForm(forms.Form):
    target = SessionChoiceField(
        label=_("New session"),
        queryset=TrainingSession.objects.none(),
        empty_label=None,
        help_text=_(
            "Upcoming sessions of the same training; confirmed seats and capacity in brackets."
        ),
    )

    def __init__(self, *args, enrolment, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = (
            TrainingSession.objects.filter(page=enrolment.training, start__gt=timezone.now())
            .exclude(pk=enrolment.session_id)
            .order_by("start")
        )


class MoveEnrolmentView(WagtailAdminTemplateMixin, FormView):
    """Move a confirmed enrolment to another session under the enrolment rules."""

    form_class = MoveEnrolmentForm
    template_name = "trainings/admin/form.html"
    header_icon = "resubmit"

    def dispatch(self, request, *args, **kwargs):
        _require_enrolment_permission(request.user)
        self.enrolment = get_object_or_404(
            Enrolment.objects.select_related("member", "training", "session"),
            pk=kwargs["enrolment_id"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Move to another session")

    def get_page_subtitle(self):
        return str(self.enrolment.member)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "enrolment": self.enrolment}

    def get_context_data(self, **kwargs):
        session = self.enrolment.session
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=gettext("Move"),
            submit_button_active_label=gettext("Moving…"),
            current=session_label(session) if session else "",
            **kwargs,
        )

    def form_valid(self, form):
        target = form.cleaned_data["target"]
        try:
            services.move(self.enrolment, target)
        except services.EnrolmentError as error:
            form.add_error(None, error.message)
            return self.render_to_response(
                self.get_context_data(form=form), status=error.status_code
            )
        messages.success(
            self.request,
            gettext("The enrolment is moved to the session on %(date)s; the member is emailed.")
            % {"date": f"{timezone.localtime(target.start):%Y-%m-%d %H:%M}"},
        )
        return redirect(_participants_url(session=target.pk))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


def training_buttons(page, user):
    """Return admin buttons that lead from a training page to its participants."""
    if not isinstance(page.specific_deferred, TrainingPage):
        return []
    if not user.has_perm("trainings.change_enrolment"):
        return []
    schedule_page = page.specific.get_schedule_page()
    return [
        Button(
            gettext("Participants"),
            url=_participants_url(training=schedule_page.pk),
            icon_name="group",
            priority=90,
        ),
        Button(
            gettext("Email participants"),
            url=reverse("trainings_staff_message", args=[schedule_page.pk]),
            icon_name="mail",
            priority=91,
        ),
    ]
