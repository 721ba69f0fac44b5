"""Facilitator profiles, offers to help and the record of suggestion emails.

Teams themselves are ``ChallengeTeamMember`` rows; confirming a proposal creates them.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from .choices import ExperienceLevel, FacilitatorKind, OfferStatus

MOTIVATION_LIMIT = 1000


class FacilitatorSkillTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "challenges.FacilitatorProfile", on_delete=models.CASCADE, related_name="skill_items"
    )


class FacilitatorMethodTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "challenges.FacilitatorProfile", on_delete=models.CASCADE, related_name="method_items"
    )


class FacilitatorTopicTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "challenges.FacilitatorProfile", on_delete=models.CASCADE, related_name="topic_items"
    )


class FacilitatorProfile(models.Model):
    """A member's offer to facilitate: what they know, where and how much they can take on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="facilitator_profile",
    )
    is_active = models.BooleanField(
        _("available as a facilitator"),
        default=True,
        help_text=_("Untick to stop appearing in suggestions without losing your profile."),
    )
    kind = models.CharField(
        _("kind of facilitator"), max_length=10, choices=FacilitatorKind.choices
    )
    level = models.CharField(
        _("experience"),
        max_length=14,
        choices=ExperienceLevel.choices,
        default=ExperienceLevel.PRACTITIONER,
        help_text=_("Learners join teams to learn; practitioners and leads may lead a team."),
    )
    skills = TaggableManager(
        verbose_name=_("facilitation skills"),
        through=FacilitatorSkillTag,
        related_name="facilitator_skill_profiles",
        blank=True,
        help_text=_("Separated by commas, for example: service design, data analysis."),
    )
    methods = models.ManyToManyField(
        "hub.MethodPage",
        verbose_name=_("methods from the methods library"),
        blank=True,
        related_name="+",
    )
    other_methods = TaggableManager(
        verbose_name=_("other methods"),
        through=FacilitatorMethodTag,
        related_name="facilitator_method_profiles",
        blank=True,
        help_text=_("Methods that are not in the library yet, separated by commas."),
    )
    topics = TaggableManager(
        verbose_name=_("topics"),
        through=FacilitatorTopicTag,
        related_name="facilitator_topic_profiles",
        blank=True,
        help_text=_("Policy areas you know, separated by commas, for example: health, mobility."),
    )
    languages = models.JSONField(_("working languages"), default=list)
    regions = models.JSONField(_("regions"), default=list, blank=True)
    works_online = models.BooleanField(_("works online"), default=True)
    hours_per_month = models.PositiveSmallIntegerField(
        _("hours a month"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(160)],
        help_text=_("About how many hours a month you can give, from 1 to 160."),
    )
    max_concurrent = models.PositiveSmallIntegerField(
        _("challenges at once"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("The most challenges you can work on at the same time, from 1 to 10."),
    )
    unavailable_until = models.DateField(
        _("unavailable until"),
        null=True,
        blank=True,
        help_text=_("Leave empty when you are available; you get no suggestions up to this day."),
    )
    weekly_suggestions = models.BooleanField(
        _("weekly email of fitting challenges"),
        default=False,
        help_text=_("Once a week, newly opened challenges that fit you; never the same one twice."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("facilitator profile")
        verbose_name_plural = _("facilitator profiles")
        ordering = ["pk"]

    def __str__(self):
        return str(self.user)

    @property
    def internal(self):
        return self.kind == FacilitatorKind.INTERNAL


class FacilitationOffer(models.Model):
    """A facilitator's offer to help with one challenge, with a short motivation."""

    facilitator = models.ForeignKey(
        FacilitatorProfile,
        verbose_name=_("facilitator"),
        on_delete=models.CASCADE,
        related_name="offers",
    )
    # Always the challenge's first page (its original language), so that one offer
    # covers every translation and the constraint below sees duplicates.
    challenge = models.ForeignKey(
        "challenges.ChallengePage",
        verbose_name=_("challenge"),
        on_delete=models.CASCADE,
        related_name="facilitation_offers",
    )
    motivation = models.TextField(
        _("motivation"), validators=[MaxLengthValidator(MOTIVATION_LIMIT)]
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=OfferStatus.choices,
        default=OfferStatus.OFFERED,
        db_index=True,
    )
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("offered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("offer to help")
        verbose_name_plural = _("offers to help")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["facilitator", "challenge"],
                condition=~Q(status=OfferStatus.WITHDRAWN),
                name="one_standing_offer_per_challenge",
            )
        ]

    def __str__(self):
        return f"{self.facilitator_id} on challenge {self.challenge_id} ({self.status})"


class SuggestionNotice(models.Model):
    """A challenge already sent to a facilitator in a weekly email, so it is never sent again."""

    facilitator = models.ForeignKey(
        FacilitatorProfile, on_delete=models.CASCADE, related_name="suggestion_notices"
    )
    challenge_key = models.UUIDField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["facilitator", "challenge_key"], name="one_suggestion_per_challenge"
            )
        ]

    def __str__(self):
        return f"{self.challenge_key} suggested to {self.facilitator_id}"
