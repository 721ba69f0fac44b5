from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from taggit.utils import parse_tags

from community.choices import Language, Region
from community.models import Organisation
from hub.models import MethodPage

from .choices import ChallengeStatus, CommitmentStatus, Mode, UpdateDelivery, UpdateKind
from .models import TEXT_LIMIT, PendingAttachment
from .validators import DOCUMENT_KINDS, IMAGE_KINDS, check_upload, validate_attachment

MAX_ATTACHMENTS = 10
MAX_TAGS = 10
MAX_TAG_LENGTH = 50


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file input that accepts several files and returns them as a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)
        # The uploads that passed every check, even when others did not.
        self.accepted_uploads = []

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data]
        uploads = [upload for upload in uploads if upload]
        if len(uploads) > MAX_ATTACHMENTS:
            raise ValidationError(
                _("Attach at most %(limit)s files at once.") % {"limit": MAX_ATTACHMENTS}
            )
        errors = []
        accepted = []
        for upload in uploads:
            try:
                super().clean(upload, initial)
                validate_attachment(upload)
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                accepted.append(upload)
        self.accepted_uploads = accepted
        if errors:
            raise ValidationError(errors)
        return uploads


def textarea(rows=5):
    return forms.Textarea(attrs={"rows": rows})


def clean_tag_list(value):
    tags = parse_tags(value or "")
    if len(tags) > MAX_TAGS:
        raise ValidationError(_("Enter at most %(limit)s tags.") % {"limit": MAX_TAGS})
    too_long = [tag for tag in tags if len(tag) > MAX_TAG_LENGTH]
    if too_long:
        raise ValidationError(
            _("Tags can be at most %(limit)s characters long: %(tags)s")
            % {"limit": MAX_TAG_LENGTH, "tags": ", ".join(too_long)}
        )
    return tags


class SubmissionForm(forms.Form):
    """Every content field of a challenge an institution submits.

    The owner institution and the status are not fields: the view takes the
    institution from the representative's profile, and new challenges open on approval.
    """

    title = forms.CharField(
        label=_("Title"),
        max_length=120,
        help_text=_("Name the problem, not the solution, in a few words."),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=textarea(3),
        help_text=_("Two or three sentences shown in the list of challenges."),
    )
    problem = forms.CharField(label=_("The problem"), max_length=TEXT_LIMIT, widget=textarea(6))
    affected = forms.CharField(
        label=_("Who is affected"), max_length=TEXT_LIMIT, required=False, widget=textarea()
    )
    stakeholders = forms.CharField(
        label=_("Stakeholders involved"), max_length=TEXT_LIMIT, required=False, widget=textarea()
    )
    tried = forms.CharField(
        label=_("What has been tried"), max_length=TEXT_LIMIT, required=False, widget=textarea()
    )
    desired_outcome = forms.CharField(
        label=_("Desired outcome"), max_length=TEXT_LIMIT, widget=textarea()
    )
    constraints = forms.CharField(
        label=_("Constraints and resources"),
        max_length=TEXT_LIMIT,
        required=False,
        widget=textarea(),
        help_text=_("Budget, people, data, legal limits and anything else that frames the work."),
    )
    timeline = forms.CharField(
        label=_("Timeline"), max_length=TEXT_LIMIT, required=False, widget=textarea(3)
    )
    topics = forms.CharField(
        label=_("Topics"),
        required=False,
        max_length=600,
        help_text=_("Separated by commas, for example: health, mobility."),
    )
    skills_needed = forms.CharField(
        label=_("Skills needed"),
        required=False,
        max_length=600,
        help_text=_("Separated by commas, for example: service design, data analysis."),
    )
    methods_needed = forms.CharField(
        label=_("Methods needed"),
        required=False,
        max_length=600,
        help_text=_("Separated by commas, for example: World Café, journey mapping."),
    )
    related_methods = forms.ModelMultipleChoiceField(
        label=_("Methods from the library"),
        queryset=MethodPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", "—"), *Region.choices], required=False
    )
    mode = forms.ChoiceField(label=_("Way of working"), choices=Mode.choices, initial=Mode.HYBRID)
    apply_by = forms.DateField(
        label=_("Apply by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Last day facilitators can offer to help. Leave empty if there is none."),
    )
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=120,
        help_text=_("Only hub staff and the facilitation team see the contact person."),
    )
    contact_email = forms.EmailField(label=_("Contact email"))
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("PDF, DOCX, ODT, XLSX, PNG or JPEG, at most 10 MB each."),
    )
    # Files the member chose with an earlier preview or a form that had errors.
    pending = forms.ModelMultipleChoiceField(
        queryset=PendingAttachment.objects.none(),
        required=False,
        widget=forms.MultipleHiddenInput,
        error_messages={
            "invalid_choice": _(
                "A file you chose earlier is no longer available. Choose it again."
            ),
            "invalid_pk_value": _(
                "A file you chose earlier is no longer available. Choose it again."
            ),
        },
    )
    remove_pending = forms.ModelMultipleChoiceField(
        label=_("Remove"),
        queryset=PendingAttachment.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "A file you chose earlier is no longer available. Choose it again."
            ),
            "invalid_pk_value": _(
                "A file you chose earlier is no longer available. Choose it again."
            ),
        },
    )

    TAG_FIELDS = ("topics", "skills_needed", "methods_needed")

    def __init__(self, *args, locale=None, owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        methods = MethodPage.objects.live().order_by("title")
        if locale is not None:
            methods = methods.filter(locale=locale)
        self.fields["related_methods"].queryset = methods
        if owner is not None:
            own_pending = PendingAttachment.objects.filter(owner_id=owner.pk)
            self.fields["pending"].queryset = own_pending
            self.fields["remove_pending"].queryset = own_pending

    def clean(self):
        cleaned_data = super().clean()
        removed = set(cleaned_data.get("remove_pending") or [])
        kept = [item for item in cleaned_data.get("pending") or [] if item not in removed]
        cleaned_data["kept_pending"] = kept
        uploads = cleaned_data.get("attachments") or []
        if len(kept) + len(uploads) > MAX_ATTACHMENTS:
            self.add_error(
                "attachments",
                _("Attach at most %(limit)s files at once.") % {"limit": MAX_ATTACHMENTS},
            )
        return cleaned_data

    def accepted_uploads(self):
        """Return the new uploads that passed their checks, even if the form has errors."""
        return self.fields["attachments"].accepted_uploads

    def clean_topics(self):
        return clean_tag_list(self.cleaned_data["topics"])

    def clean_skills_needed(self):
        return clean_tag_list(self.cleaned_data["skills_needed"])

    def clean_methods_needed(self):
        return clean_tag_list(self.cleaned_data["methods_needed"])

    @classmethod
    def initial_from(cls, page):
        initial = {
            name: getattr(page, name)
            for name in (
                "title",
                "summary",
                "problem",
                "affected",
                "stakeholders",
                "tried",
                "desired_outcome",
                "constraints",
                "timeline",
                "languages",
                "region",
                "mode",
                "apply_by",
                "contact_name",
                "contact_email",
                "contact_phone",
            )
        }
        for name in cls.TAG_FIELDS:
            initial[name] = ", ".join(tag.name for tag in getattr(page, name).all())
        initial["related_methods"] = list(page.related_methods.all())
        return initial


class UpdateForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=UpdateKind.choices)
    text = forms.CharField(label=_("Text"), max_length=TEXT_LIMIT, widget=textarea(4))
    method = forms.ModelChoiceField(
        label=_("Method used"), queryset=MethodPage.objects.none(), required=False
    )
    image = forms.FileField(
        label=_("Image"), required=False, help_text=_("PNG or JPEG, at most 10 MB.")
    )
    document = forms.FileField(
        label=_("Document"),
        required=False,
        help_text=_("PDF, DOCX, ODT or XLSX, at most 10 MB."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        methods = MethodPage.objects.live().order_by("title")
        if locale is not None:
            methods = methods.filter(locale=locale)
        self.fields["method"].queryset = methods

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if upload:
            check_upload(upload, IMAGE_KINDS)
        return upload or None

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if upload:
            check_upload(upload, DOCUMENT_KINDS)
        return upload or None


class CommitmentForm(forms.Form):
    what = forms.CharField(label=_("What"), max_length=300)
    responsible_organisation = forms.ModelChoiceField(
        label=_("Responsible organisation"),
        queryset=Organisation.objects.filter(verified=True).order_by("name"),
    )
    responsible_person = forms.CharField(label=_("Responsible person"), max_length=120)
    due_date = forms.DateField(
        label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, institution=None, **kwargs):
        super().__init__(*args, **kwargs)
        if institution is not None:
            self.fields["responsible_organisation"].initial = institution.pk


class CommitmentStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CommitmentStatus.choices)


class StatusChangeForm(forms.Form):
    """The next status and a note; the lifecycle service decides whether the step is allowed."""

    new_status = forms.ChoiceField(label=_("New status"), choices=ChallengeStatus.choices)
    note = forms.CharField(
        label=_("Note for the timeline"), max_length=2000, required=False, widget=textarea(2)
    )

    def __init__(self, *args, allowed=None, **kwargs):
        super().__init__(*args, **kwargs)
        if allowed is not None:
            # Offer only the allowed steps; any other value still reaches the service.
            self.fields["new_status"].widget.choices = [
                (status.value, status.label) for status in allowed
            ]


class DeliveryForm(forms.Form):
    update_delivery = forms.ChoiceField(
        label=_("Progress updates of the challenges I follow"),
        choices=UpdateDelivery.choices,
        widget=forms.RadioSelect,
    )
