"""Celery tasks of the hub's shared modules. Each is safe to run twice."""

import logging

from celery import shared_task
from wagtail.images import get_image_model

from hub.renditions import generate_renditions

logger = logging.getLogger(__name__)


@shared_task
def generate_image_renditions(image_id):
    """Create the renditions that templates show for the image with this id."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return
    try:
        generate_renditions(image)
    except (OSError, ValueError) as error:
        # A broken or missing file: the template tag shows nothing for it instead.
        logger.warning("renditions of image %s were not generated: %s", image_id, error)
