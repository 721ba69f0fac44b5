from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth import get_user_model
from django.utils import translation

from hub.email.services import queue_rendered_email


class AccountAdapter(DefaultAccountAdapter):
    """Send django-allauth's emails through the outbox, in the recipient's language."""

    def send_mail(self, template_prefix, email, context):
        user = get_user_model().objects.filter(email__iexact=email).first()
        language = user.language if user is not None else translation.get_language()
        with translation.override(language):
            message = self.render_mail(template_prefix, email, {"email": email, **context})
        html = ""
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                html = content
        queue_rendered_email(
            template_prefix.rsplit("/", 1)[-1],
            message.subject,
            message.body,
            html,
            user=user,
            to_address=email,
            language=language,
        )

    def save_user(self, request, user, form, commit=True):
        # Emails are written in the language the member signed up in until they change it.
        user.language = translation.get_language() or user.language
        return super().save_user(request, user, form, commit=commit)
