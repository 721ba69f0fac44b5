"""Queue templated emails through the outbox."""

import logging

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import OutboundEmail

logger = logging.getLogger(__name__)


def render_email(template, context, language):
    """Render ``template``'s subject, text and HTML parts in ``language``.

    A message is three templates under ``templates/email/``: ``<name>_subject.txt``,
    ``<name>.txt`` and ``<name>.html``.
    """
    with translation.override(language):
        context = {"site_base_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = render_to_string(f"email/{template}_subject.txt", context)
        body_text = render_to_string(f"email/{template}.txt", context)
        body_html = render_to_string(f"email/{template}.html", context)
    return " ".join(subject.split()), body_text.strip() + "\n", body_html


def queue_email(
    template, context, *, user=None, to_address=None, language=None, reply_to="", attachments=()
):
    """Write an outbox row for one recipient and send it once the transaction commits.

    Pass ``user`` to write in the recipient's own language, or ``to_address`` with an
    explicit ``language`` for someone without an account. The row belongs to the
    caller's transaction: if that rolls back, nothing is sent. ``attachments`` is a
    list of ``(filename, content, mimetype)`` with text content, such as a calendar file.
    """
    if user is None and not to_address:
        raise ValueError("queue_email needs a user or a to_address.")
    language = language or getattr(user, "language", None) or settings.LANGUAGE_CODE
    subject, body_text, body_html = render_email(template, context, language)
    return queue_rendered_email(
        template,
        subject,
        body_text,
        body_html,
        user=user,
        to_address=to_address,
        language=language,
        reply_to=reply_to,
        attachments=attachments,
    )


def queue_rendered_email(
    template,
    subject,
    body_text,
    body_html="",
    *,
    user=None,
    to_address=None,
    language=None,
    reply_to="",
    attachments=(),
):
    """Write an outbox row for a message rendered elsewhere, such as by django-allauth.

    ``template`` only names the kind of message for staff and delivery reports.
    """
    if user is None and not to_address:
        raise ValueError("queue_rendered_email needs a user or a to_address.")
    email = OutboundEmail.objects.create(
        to_address=to_address or user.email,
        recipient=user,
        language=language or getattr(user, "language", None) or settings.LANGUAGE_CODE,
        template=template,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        reply_to=reply_to,
        attachments=[
            {"filename": filename, "content": content, "mimetype": mimetype}
            for filename, content, mimetype in attachments
        ],
    )
    logger.info("outbound email %s queued from template %s", email.pk, template)
    transaction.on_commit(lambda: _enqueue(email.pk))
    return email


def _enqueue(email_id):
    from .tasks import send_outbound_email

    try:
        send_outbound_email.delay(email_id)
    except Exception:
        # The row is committed, so the periodic sweep sends it once the broker is back.
        logger.exception("outbound email %s could not be queued; the sweep will retry", email_id)
