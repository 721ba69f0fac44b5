from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import AbuseReport, ContactMessage


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
