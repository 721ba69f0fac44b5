from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    name = "challenges"
    verbose_name = _("Challenges")

    def ready(self):
        from community.data_rights import register_erasure, register_export

        from . import data_rights, signals, submission
        from .matching import data_rights as facilitation_data_rights

        signals.replace_wagtail_review_notifications()
        register_export("challenges", data_rights.export_challenges)
        register_export("facilitation", facilitation_data_rights.export_facilitation)
        register_erasure(submission.erase_pending_attachments)
        register_erasure(data_rights.erase_challenges)
        register_erasure(facilitation_data_rights.erase_facilitation)
