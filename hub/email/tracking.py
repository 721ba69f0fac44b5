"""Record the provider's delivery reports on outbox rows.

Anymail's tracking webhook views check the provider's signature (and the shared
basic-auth secret) before they send the ``tracking`` signal handled here.
"""

import logging

from anymail.signals import tracking
from django.dispatch import receiver
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)

DELIVERY_BY_EVENT = {
    "delivered": OutboundEmail.Delivery.DELIVERED,
    "bounced": OutboundEmail.Delivery.BOUNCED,
    "rejected": OutboundEmail.Delivery.REJECTED,
    "complained": OutboundEmail.Delivery.COMPLAINED,
    "deferred": OutboundEmail.Delivery.DEFERRED,
}


@receiver(tracking, dispatch_uid="hub.email.record_delivery")
def record_delivery(sender, event, esp_name, **kwargs):
    delivery = DELIVERY_BY_EVENT.get(event.event_type)
    if delivery is None:
        return
    outbox_id = (event.metadata or {}).get("outbox_id")
    rows = OutboundEmail.objects.none()
    if outbox_id and str(outbox_id).isdigit():
        rows = OutboundEmail.objects.filter(pk=int(outbox_id))
    elif event.message_id:
        rows = OutboundEmail.objects.filter(provider_message_id=event.message_id)
    updated = rows.update(
        delivery=delivery,
        delivery_detail=(event.description or event.mta_response or "")[:2000],
        delivery_updated_at=event.timestamp or timezone.now(),
    )
    if not updated:
        logger.warning(
            "%s %s report matched no outbound email (message id %s)",
            esp_name,
            event.event_type,
            event.message_id,
        )
