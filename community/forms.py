from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .choices import Language, Visibility
from .models import AbuseReport, ContactMessage, MemberProfile, Organisation
from .photos import reencode_photo
from .services import create_profile
from .tags import CommaSeparatedTagField

VISIBILITY_HELP = {
    Visibility.EVERYONE: _("Anyone on the internet, including search engines."),
    Visibility.MEMBERS: _("Only signed-in members of the hub."),
    Visibility.NOBODY: _("Nobody but you and hub staff; you do not appear in the directory."),
}


class SignupForm(forms.Form):
    """Fields django-allauth adds to its sign-up form; it calls ``signup`` after saving the user."""

    display_name = forms.CharField(label=_("Your name as other members see it"), max_length=120)
    visibility = forms.ChoiceField(
        label=_("Who may see your profile"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
        help_text=_("You can change this, and each contact detail, at any time."),
    )
    accept_terms = forms.BooleanField(
        label=_("I have read the privacy notice and accept the terms of use."),
        error_messages={"required": _("Please accept the terms of use to create an account.")},
    )

    field_order = ["display_name", "email", "password1", "password2", "visibility"]

    def signup(self, request, user):
        create_profile(
            user,
            display_name=self.cleaned_data["display_name"],
            visibility=self.cleaned_data["visibility"],
        )


class ProfileForm(forms.ModelForm):
    """Everything a member may change about their profile and who sees it."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = CommaSeparatedTagField(
        label=_("Expertise"),
        required=False,
        help_text=_("Fields you know well, separated by commas."),
    )
    interests = CommaSeparatedTagField(
        label=_("Interests"),
        required=False,
        help_text=_("Topics you would like to learn about or work on, separated by commas."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.filter(verified=True),
        required=False,
        empty_label=_("Not listed or none"),
    )
    proposed_organisation = forms.CharField(
        label=_("Propose an organisation that is not listed"),
        max_length=200,
        required=False,
        help_text=_("Hub staff check new organisations before they appear in the directory."),
    )

    class Meta:
        model = MemberProfile
        fields = [
            "display_name",
            "headline",
            "bio",
            "photo",
            "organisation",
            "proposed_organisation",
            "role",
            "sector",
            "region",
            "languages",
            "expertise",
            "interests",
            "open_to_mentoring",
            "open_to_facilitation",
            "open_to_speaking",
            "open_to_collaboration",
            "visibility",
            "phone",
            "phone_visibility",
            "website",
            "website_visibility",
            "linkedin",
            "linkedin_visibility",
            "mastodon",
            "mastodon_visibility",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6, "maxlength": 2000}),
            "visibility": forms.RadioSelect,
            "photo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = [item.code for item in self.instance.languages.all()]
            self.initial["expertise"] = self.instance.expertise.all()
            self.initial["interests"] = self.instance.interests.all()
        self.fields["visibility"].help_text = " ".join(
            f"{label}: {VISIBILITY_HELP[value]}" for value, label in Visibility.choices
        )
        self.fields["photo"].error_messages["invalid_image"] = _(
            "The file is not a photo we can read. Please upload a JPEG, PNG or WebP image."
        )
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select | forms.TextInput | forms.URLInput):
                field.widget.attrs.setdefault("class", "input")

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        # A new upload is an UploadedFile; an unchanged photo is the stored file
        # and a cleared one is False.
        if isinstance(photo, UploadedFile):
            return reencode_photo(photo)
        return photo

    def clean_proposed_organisation(self):
        return " ".join(self.cleaned_data["proposed_organisation"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") and cleaned.get("proposed_organisation"):
            self.add_error(
                "proposed_organisation",
                _("Choose an organisation from the list or propose a new one, not both."),
            )
        for name in ("expertise", "interests"):
            tags = cleaned.get(name) or []
            if len(tags) > 20:
                self.add_error(name, _("Please list at most 20 tags."))
            if any(len(tag) > 60 for tag in tags):
                self.add_error(name, _("Each tag can be at most 60 characters long."))
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        from .services import save_profile

        return save_profile(self.instance, self.cleaned_data, changed=self.changed_data)


def _model_max_length(model, field_name):
    """Return the length limit a model field enforces, from max_length or a validator."""
    field = model._meta.get_field(field_name)
    if field.max_length:
        return field.max_length
    return min(
        validator.limit_value
        for validator in field.validators
        if isinstance(validator, MaxLengthValidator)
    )


SUBJECT_MAX_LENGTH = _model_max_length(ContactMessage, "subject")
BODY_MAX_LENGTH = _model_max_length(ContactMessage, "body")
REASON_MAX_LENGTH = _model_max_length(AbuseReport, "reason")


class ContactMessageForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=SUBJECT_MAX_LENGTH,
        error_messages={
            "required": _("Write a subject."),
            "max_length": _("The subject is too long: use at most %(limit_value)s characters."),
        },
    )
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("The member sees your name, not your email address."),
        error_messages={
            "required": _("Write your message."),
            "max_length": _("The message is too long: use at most %(limit_value)s characters."),
        },
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Replying shares your email address with this member, so you can continue by email."
        ),
        error_messages={
            "required": _("Write your reply."),
            "max_length": _("The reply is too long: use at most %(limit_value)s characters."),
        },
    )


class AbuseReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you reporting this message?"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Hub staff read your report and the message. The sender is not told."),
        error_messages={
            "required": _("Tell us why you are reporting this message."),
            "max_length": _("The reason is too long: use at most %(limit_value)s characters."),
        },
    )


class AccountDeletionForm(forms.Form):
    """Confirm deletion with the current password, or with a typed word without one."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=_("Your current password"),
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
                error_messages={"required": _("Enter your current password to confirm.")},
            )
        else:
            self.fields["confirmation"] = forms.CharField(
                label=_("Type the word %(word)s to confirm") % {"word": self.confirmation_word},
                error_messages={
                    "required": _("Type the word %(word)s to confirm.")
                    % {"word": self.confirmation_word}
                },
            )

    @property
    def confirmation_word(self):
        return gettext("DELETE")

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("The password is not correct. Enter the password you sign in with."),
                code="password_incorrect",
            )
        return password

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"].strip()
        if typed.casefold() != self.confirmation_word.casefold():
            raise forms.ValidationError(
                _("Type the word %(word)s exactly as shown."),
                code="confirmation_mismatch",
                params={"word": self.confirmation_word},
            )
        return typed
