from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = _("Trainings")

    def ready(self):
        from community.data_rights import register_erasure, register_export

        from . import data_rights, signals  # noqa: F401  (signals connects the receivers)

        register_export("trainings", data_rights.export_trainings)
        register_erasure(data_rights.erase_trainings)
