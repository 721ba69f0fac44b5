from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    name = "challenges"
    verbose_name = _("Challenges")

    def ready(self):
        from community.data_rights import register_erasure

        from . import signals, submission

        signals.replace_wagtail_review_notifications()
        register_erasure(submission.erase_pending_attachments)
