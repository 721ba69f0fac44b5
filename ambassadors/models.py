from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from community.choices import Sector

STATEMENT_LIMIT = 600
NOTE_LIMIT = 2000
PUBLIC_INSTITUTIONS = Q(sector=Sector.PUBLIC, verified=True)


class AmbassadorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_on__isnull=True)

    def past(self):
        return self.filter(ended_on__isnull=False)


class FocusAreaTag(TaggedItemBase):
    content_object = ParentalKey(
        "ambassadors.Ambassador", on_delete=models.CASCADE, related_name="focus_area_items"
    )


class Ambassador(ClusterableModel):
    """One appointment of a member as the hub's ambassador in a public institution.

    An appointment is active while ``ended_on`` is empty. Stepping down sets the
    date and keeps the row, so the history of every institution stays visible.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="ambassador_appointments",
    )
    institution = models.ForeignKey(
        "community.Organisation",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="ambassadors",
        limit_choices_to=PUBLIC_INSTITUTIONS,
        help_text=_("The verified public institution the ambassador represents."),
    )
    appointed_on = models.DateField(_("appointed on"), default=timezone.localdate)
    ended_on = models.DateField(
        _("ended on"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the appointment lasts."),
    )
    end_note = models.TextField(
        _("note on stepping down"), blank=True, validators=[MaxLengthValidator(NOTE_LIMIT)]
    )
    focus_areas = TaggableManager(
        verbose_name=_("focus areas"),
        through=FocusAreaTag,
        related_name="ambassador_focus",
        blank=True,
        help_text=_("Topics the ambassador takes care of, separated by commas."),
    )
    statement_sl = models.TextField(
        _("public statement in Slovenian"),
        blank=True,
        validators=[MaxLengthValidator(STATEMENT_LIMIT)],
        help_text=_(
            "A sentence or two for the ambassadors page. Shown only when the member's "
            "profile is visible to the reader."
        ),
    )
    statement_en = models.TextField(
        _("public statement in English"),
        blank=True,
        validators=[MaxLengthValidator(STATEMENT_LIMIT)],
    )
    track_completed_on = models.DateField(
        _("ambassador track completed on"),
        null=True,
        blank=True,
        help_text=_(
            "Set automatically when the ambassador has attended every track training. "
            "Staff may set it for a track completed before the hub recorded attendance."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = AmbassadorQuerySet.as_manager()

    class Meta:
        verbose_name = _("ambassador")
        verbose_name_plural = _("ambassadors")
        ordering = ["-appointed_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "institution"],
                condition=Q(ended_on__isnull=True),
                name="ambassadors_one_active_appointment_per_member_and_institution",
                violation_error_message=_(
                    "This member is already an active ambassador of this institution."
                ),
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("appointed_on")),
                name="ambassadors_ended_after_appointed",
                violation_error_message=_("An appointment cannot end before the day it started."),
            ),
        ]
        indexes = [models.Index(fields=["ended_on", "institution"])]

    def __str__(self):
        return f"{self.member} ({self.institution})"

    def clean(self):
        super().clean()
        today = timezone.localdate()
        if self.appointed_on and self.appointed_on > today:
            raise ValidationError(
                {"appointed_on": _("The appointment date cannot be in the future.")}
            )
        if self.ended_on and self.ended_on > today:
            raise ValidationError(
                {"ended_on": _("Enter today or an earlier date for the end of the appointment.")}
            )
        if self.institution_id and not self.institution.is_institution:
            raise ValidationError(
                {"institution": _("Ambassadors represent public institutions only.")}
            )

    @property
    def is_active(self):
        return self.ended_on is None

    @property
    def statement(self):
        """Return the public statement in the active language, or the other one if empty."""
        if get_language() == "en":
            return self.statement_en or self.statement_sl
        return self.statement_sl or self.statement_en


class Nomination(models.Model):
    """A representative's nomination of a colleague, or a member's own application."""

    class Kind(models.TextChoices):
        NOMINATION = "nomination", _("nominated by a representative")
        APPLICATION = "application", _("applied themselves")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for a decision")
        APPROVED = "approved", _("approved")
        DECLINED = "declined", _("declined")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="ambassador_nominations",
    )
    institution = models.ForeignKey(
        "community.Organisation",
        verbose_name=_("institution"),
        on_delete=models.CASCADE,
        related_name="ambassador_nominations",
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ambassador_nominations_made",
    )
    motivation = models.TextField(_("motivation"), validators=[MaxLengthValidator(NOTE_LIMIT)])
    focus_areas = models.CharField(
        _("focus areas"),
        max_length=250,
        blank=True,
        help_text=_("Topics separated by commas."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_note = models.TextField(
        _("note to the member"), blank=True, validators=[MaxLengthValidator(NOTE_LIMIT)]
    )
    ambassador = models.OneToOneField(
        Ambassador,
        verbose_name=_("appointment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nomination",
    )
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "institution"],
                condition=Q(status="pending"),
                name="ambassadors_one_pending_nomination_per_member_and_institution",
                violation_error_message=_(
                    "A nomination of this member for this institution is already waiting "
                    "for a decision."
                ),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.member} ({self.institution})"

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING


class Activity(models.Model):
    """One entry in an ambassador's activity log."""

    class Kind(models.TextChoices):
        TRAINING = "training", _("training attended")
        CHALLENGE_BROUGHT = "challenge_brought", _("challenge brought in")
        CHALLENGE_SUPPORTED = "challenge_supported", _("challenge supported")
        EVENT = "event", _("event hosted")

    ambassador = models.ForeignKey(
        Ambassador,
        verbose_name=_("ambassador"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    occurred_on = models.DateField(_("date"), default=timezone.localdate)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("For example: World Café for the ministry's regional offices."),
    )
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(NOTE_LIMIT)])
    training = models.ForeignKey(
        "trainings.TrainingPage",
        verbose_name=_("training"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    challenge = models.ForeignKey(
        "challenges.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Entries recorded from attendance or challenge data carry their source key,
    # so recording the same fact twice adds no second entry.
    source_key = models.CharField(max_length=80, blank=True, editable=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-occurred_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["ambassador", "source_key"],
                condition=~Q(source_key=""),
                name="ambassadors_one_activity_per_source",
            )
        ]
        indexes = [models.Index(fields=["ambassador", "occurred_on"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def clean(self):
        super().clean()
        if self.occurred_on and self.occurred_on > timezone.localdate():
            raise ValidationError({"occurred_on": _("Log activities once they have taken place.")})


from .pages import AmbassadorCornerPage, AmbassadorIndexPage  # noqa: E402,F401
