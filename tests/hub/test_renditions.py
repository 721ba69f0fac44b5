"""Image renditions that templates show exist before any visitor asks for them."""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from hub.models import MethodPage
from hub.renditions import RENDITION_SPECS
from tests.support import count_queries

pytestmark = pytest.mark.django_db


def upload_image(title="Fotografija delavnice"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name="delavnica.png")
    )


def rendition_specs(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def test_upload_generates_every_rendition(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = upload_image()

    assert rendition_specs(image) == set(RENDITION_SPECS.values())


def test_load_demo_generates_missing_renditions():
    image = upload_image()
    image.renditions.all().delete()

    call_command("load_demo", verbosity=0)

    assert rendition_specs(image) == set(RENDITION_SPECS.values())


def test_method_page_shows_pregenerated_rendition(client, methods_index):
    image = upload_image()
    image.get_renditions(*RENDITION_SPECS.values())
    method = MethodPage(title="Svetovna kavarna", slug="svetovna-kavarna", summary="Pogovor.")
    method.image = image
    methods_index.add_child(instance=method)
    method.save_revision().publish()
    renditions_before = image.renditions.count()

    response = client.get("/metode/svetovna-kavarna/")

    assert 'class="figure__image"' in response.text
    assert image.renditions.count() == renditions_before


def test_methods_library_queries_do_not_grow_with_images(client, add_methods):
    for method in add_methods(2):
        method.image = upload_image()
        method.save_revision().publish()
    few = count_queries(client, "/metode/")

    for method in add_methods(6):
        method.image = upload_image()
        method.save_revision().publish()
    many = count_queries(client, "/metode/")

    assert few == many
