from django import forms
from django.core.validators import MaxLengthValidator
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

