from django.db import models
from django.utils.translation import gettext_lazy as _

from . import engine


class FacilitatorKind(models.TextChoices):
    INTERNAL = "internal", _("internal (a public employee)")
    EXTERNAL = "external", _("external")


class ExperienceLevel(models.TextChoices):
    LEARNER = engine.LEARNER, _("learner")
    PRACTITIONER = engine.PRACTITIONER, _("practitioner")
    LEAD = engine.LEAD, _("lead facilitator")


class OfferStatus(models.TextChoices):
    """Where an offer to help stands; only ``matching.services`` moves it."""

    OFFERED = "offered", _("offered")
    SHORTLISTED = "shortlisted", _("shortlisted")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    WITHDRAWN = "withdrawn", _("withdrawn")
