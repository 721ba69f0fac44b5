from django.db import models
from django.utils.translation import gettext_lazy as _


class ChallengeStatus(models.TextChoices):
    """The lifecycle stage of a challenge, which only ``services.change_status`` changes."""

    OPEN = "open", _("open")
    TEAM_FORMING = "team_forming", _("team forming")
    CO_CREATION = "co_creation", _("co-creation")
    PROTOTYPING = "prototyping", _("prototyping")
    IMPLEMENTATION = "implementation", _("implementation")
    COMPLETED = "completed", _("completed")
    WITHDRAWN = "withdrawn", _("withdrawn")
    ARCHIVED = "archived", _("archived")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    ONLINE = "online", _("online")
    HYBRID = "hybrid", _("hybrid")


class UpdateKind(models.TextChoices):
    QUESTION = "question", _("question")
    REFLECTION = "reflection", _("reflection")
    MILESTONE = "milestone", _("milestone")
    DECISION = "decision", _("decision")


class CommitmentStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    DROPPED = "dropped", _("dropped")


class TeamRole(models.TextChoices):
    LEAD = "lead", _("lead facilitator")
    CO_FACILITATOR = "co_facilitator", _("co-facilitator")
    LEARNER = "learner", _("learner")


class UpdateDelivery(models.TextChoices):
    IMMEDIATE = "immediate", _("one email per update")
    DAILY = "daily", _("a daily digest")
