from django.db import models
from django.utils.translation import gettext_lazy as _


class Visibility(models.TextChoices):
    """Who may see a profile or one of its fields."""

    EVERYONE = "everyone", _("everyone")
    MEMBERS = "members", _("members only")
    NOBODY = "nobody", _("nobody")


class Sector(models.TextChoices):
    PUBLIC = "public", _("public")
    PRIVATE = "private", _("private")
    ACADEMIC = "academic", _("academic")
    NGO = "ngo", _("non-governmental")


class Region(models.TextChoices):
    """Slovenia's twelve statistical regions, plus abroad."""

    POMURSKA = "pomurska", _("Pomurska")
    PODRAVSKA = "podravska", _("Podravska")
    KOROSKA = "koroska", _("Koroška")
    SAVINJSKA = "savinjska", _("Savinjska")
    ZASAVSKA = "zasavska", _("Zasavska")
    POSAVSKA = "posavska", _("Posavska")
    JUGOVZHODNA = "jugovzhodna", _("Jugovzhodna Slovenija")
    OSREDNJESLOVENSKA = "osrednjeslovenska", _("Osrednjeslovenska")
    GORENJSKA = "gorenjska", _("Gorenjska")
    PRIMORSKO_NOTRANJSKA = "primorsko-notranjska", _("Primorsko-notranjska")
    GORISKA = "goriska", _("Goriška")
    OBALNO_KRASKA = "obalno-kraska", _("Obalno-kraška")
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
