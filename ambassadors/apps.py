"""The network of innovation ambassadors inside institutions."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    name = "ambassadors"
    verbose_name = _("Ambassadors")

    def ready(self):
        from community.data_rights import register_erasure, register_export

        from . import data_rights, signals  # noqa: F401  (signals connects the receivers)

        register_export("ambassadors", data_rights.export_ambassadors)
        register_erasure(data_rights.erase_ambassadors)
