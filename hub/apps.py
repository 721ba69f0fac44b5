from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Hub")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from hub import checks  # noqa: F401  (registers the deploy checks)
        from hub.email import tracking  # noqa: F401  (connects the delivery receiver)
        from hub.models import FooterText, HubSettings
        from hub.page_cache import purge_everything
        from hub.structure_cache import bump_version

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(bump_version, dispatch_uid=f"hub.structure.{id(signal)}")
        post_delete.connect(bump_version, sender=Page, dispatch_uid="hub.structure.page_delete")
        # Sites decide which home page and routes a host is served, and restrictions
        # decide which pages menus and listings show.
        for model in (HubSettings, FooterText, Site, PageViewRestriction):
            post_save.connect(bump_version, sender=model, dispatch_uid=f"hub.structure.{model}")
            post_delete.connect(
                bump_version, sender=model, dispatch_uid=f"hub.structure.{model}.delete"
            )

        post_save.connect(
            queue_renditions, sender=get_image_model(), dispatch_uid="hub.image_renditions"
        )

        # A publication shows on the home page, listings, search and the sitemap.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(purge_everything, dispatch_uid=f"hub.page_cache.{id(signal)}")
        for model in (Page, HubSettings, FooterText, Site, PageViewRestriction):
            post_delete.connect(
                purge_everything, sender=model, dispatch_uid=f"hub.page_cache.{model}.delete"
            )
        for model in (HubSettings, FooterText, Site, PageViewRestriction):
            post_save.connect(
                purge_everything, sender=model, dispatch_uid=f"hub.page_cache.{model}"
            )


def queue_renditions(sender, instance, **kwargs):
    """Generate an uploaded image's renditions in a task, after the upload commits."""
    from django.db import transaction

    from hub.tasks import generate_image_renditions

    image_id = instance.pk
    transaction.on_commit(lambda: generate_image_renditions.delay(image_id))
