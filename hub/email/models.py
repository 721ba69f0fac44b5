from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """One email, rendered in its recipient's language and kept until it is sent."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    class Delivery(models.TextChoices):
        UNKNOWN = "", _("not reported")
        DELIVERED = "delivered", _("delivered")
        BOUNCED = "bounced", _("bounced")
        REJECTED = "rejected", _("rejected")
        COMPLAINED = "complained", _("marked as spam")
        DEFERRED = "deferred", _("deferred")

    to_address = models.EmailField(_("recipient"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=8)
    template = models.CharField(_("template"), max_length=120)
    subject = models.CharField(_("subject"), max_length=250)
    body_text = models.TextField(_("plain text body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    reply_to = models.EmailField(_("reply to"), blank=True)
    attachments = models.JSONField(
        _("attachments"),
        default=list,
        blank=True,
        help_text=_("Text files sent with the message: filename, content and MIME type."),
    )

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    provider_message_id = models.CharField(
        _("provider message id"), max_length=250, blank=True, db_index=True
    )
    delivery = models.CharField(
        _("delivery"), max_length=12, choices=Delivery.choices, blank=True, default=""
    )
    delivery_detail = models.TextField(_("delivery detail"), blank=True)
    delivery_updated_at = models.DateTimeField(_("delivery reported"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.template} #{self.pk} ({self.status})"
