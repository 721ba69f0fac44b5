"""A file storage for uploads that must never be reachable by a plain URL."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, storages


class PrivateStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT``, which has no URL; views stream them after a check."""

    def __init__(self, **kwargs):
        kwargs.setdefault("location", settings.PRIVATE_MEDIA_ROOT)
        location = Path(kwargs["location"]).resolve()
        media_root = Path(settings.MEDIA_ROOT).resolve()
        if location == media_root or media_root in location.parents:
            raise ImproperlyConfigured(
                f"PRIVATE_MEDIA_ROOT ({location}) must not be inside MEDIA_ROOT, which is "
                f"served under {settings.MEDIA_URL}. Set it to a folder outside {media_root}."
            )
        super().__init__(**kwargs)

    def url(self, name):
        raise ValueError(
            f"{name} is in private storage and has no URL. Serve it through a view that "
            "checks who may read it."
        )


def private_storage():
    """Return the storage configured as "private", for ``FileField(storage=...)``."""
    return storages["private"]
