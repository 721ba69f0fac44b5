"""The image renditions that templates show, generated ahead of time.

Templates name a rendition by purpose with ``{% rendition image "purpose" as picture %}``
(``hub_tags``), and ``generate_renditions`` creates every one of them when an image
is uploaded and when the demo loads, so no visitor waits for an image to be resized.
"""

import logging

from django.db.models import Prefetch
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

# Purpose → Wagtail filter spec. Add a spec here before a template uses it.
RENDITION_SPECS = {
    "method_card": "fill-480x270",
    "figure": "width-960",
    "update_image": "max-800x600",
}


def generate_renditions(image):
    """Create every rendition in RENDITION_SPECS for ``image`` that does not exist yet."""
    image.get_renditions(*RENDITION_SPECS.values())


def images_with_renditions(*purposes):
    """Return a ``Prefetch`` of images with the renditions of ``purposes`` loaded in one query.

    Use it with ``prefetch_related`` on a queryset whose rows have an ``image`` field.
    """
    specs = [RENDITION_SPECS[purpose] for purpose in purposes]
    return Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(*specs))
