from django.db import models
from django.utils.translation import gettext_lazy as _


class Visibility(models.TextChoices):
    """Audience allowed to see a profile or one of its fields."""

    EVERYONE = "everyone", _("everyone")
    MEMBERS = "members", _("members only")
    NOBODY = "nobody", _("nobody")


class Sector(models.TextChoices):
    PUBLIC = "public", _("public")
    PRIVATE = "private", _("private")
    ACADEMIC = "academic", _("academic")
    NGO = "ngo", _("non-governmental")


class Region(models.TextChoices):
    """Slovenia's twelve statistical regions, plus abroad, under their official English names."""

    POMURSKA = "pomurska", _("Mura")
    PODRAVSKA = "podravska", _("Drava")
    KOROSKA = "koroska", _("Carinthia")
    SAVINJSKA = "savinjska", _("Savinja")
    ZASAVSKA = "zasavska", _("Central Sava")
    POSAVSKA = "posavska", _("Lower Sava")
    JUGOVZHODNA = "jugovzhodna", _("Southeast Slovenia")
    OSREDNJESLOVENSKA = "osrednjeslovenska", _("Central Slovenia")
    GORENJSKA = "gorenjska", _("Upper Carniola")
    PRIMORSKO_NOTRANJSKA = "primorsko-notranjska", _("Littoral–Inner Carniola")
    GORISKA = "goriska", _("Gorizia")
    OBALNO_KRASKA = "obalno-kraska", _("Coastal–Karst")
    ABROAD = "abroad", _("abroad")


class Language(models.TextChoices):
    """Languages members can work in, named in the reader's language."""

    SLOVENIAN = "sl", _("Slovenian")
    ENGLISH = "en", _("English")
    CROATIAN = "hr", _("Croatian")
    SERBIAN = "sr", _("Serbian")
    BOSNIAN = "bs", _("Bosnian")
    GERMAN = "de", _("German")
    ITALIAN = "it", _("Italian")
    HUNGARIAN = "hu", _("Hungarian")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")


class OpenTo(models.TextChoices):
    MENTORING = "mentoring", _("mentoring")
    FACILITATION = "facilitation", _("facilitation")
    SPEAKING = "speaking", _("speaking")
    COLLABORATION = "collaboration", _("collaboration")
