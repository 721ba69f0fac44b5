from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.choices import Language, Region
from hub.blocks import RICH_TEXT_FEATURES
from hub.choices import choice_display
from hub.queries import ViewRestrictionsInOneQuery
from hub.storage import private_storage

from .choices import ChallengeStatus, CommitmentStatus, Mode, TeamRole, UpdateDelivery, UpdateKind
from .validators import validate_attachment

TEXT_LIMIT = 5000


class ChallengeIndexPage(ViewRestrictionsInOneQuery, Page):
    """The list of published challenges, with filters, sorting, a feed and open data."""

    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["challenges.ChallengePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("challenge index")
        verbose_name_plural = _("challenge indexes")

    def route(self, request, path_components):
        # Fetch the challenge with its institution and activity markers in one query,
        # so the challenge page stays within a fixed number of queries.
        if not path_components:
            return super().route(request, path_components)
        from .detail import with_activity_markers

        challenge = (
            with_activity_markers(ChallengePage.objects.child_of(self))
            .select_related("institution")
            .filter(slug=path_components[0])
            .first()
        )
        if challenge is None:
            raise Http404
        challenge._cached_parent_obj = self
        return challenge.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        from .listing import build_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(build_listing(self, request))
        return context


class ChallengeTopicTag(TaggedItemBase):
    content_object = ParentalKey(
        "challenges.ChallengePage", on_delete=models.CASCADE, related_name="topic_items"
    )


class ChallengeSkillTag(TaggedItemBase):
    content_object = ParentalKey(
        "challenges.ChallengePage", on_delete=models.CASCADE, related_name="skill_items"
    )


class ChallengeMethodTag(TaggedItemBase):
    content_object = ParentalKey(
        "challenges.ChallengePage", on_delete=models.CASCADE, related_name="method_items"
    )


class ChallengePageForm(WagtailAdminPageForm):
    languages = forms.MultipleChoiceField(
        label=_("working languages"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class ChallengePage(ViewRestrictionsInOneQuery, Page):
    """One problem an institution brings to the hub, from submission to completion."""

    institution = models.ForeignKey(
        "community.Organisation",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="challenges",
        help_text=_("The public institution that owns the challenge."),
    )
    summary = models.TextField(
        _("summary"),
        validators=[MaxLengthValidator(600)],
        help_text=_("Two or three sentences shown on cards, in the feed and in search results."),
    )
    problem = models.TextField(_("the problem"), validators=[MaxLengthValidator(TEXT_LIMIT)])
    affected = models.TextField(
        _("who is affected"), blank=True, validators=[MaxLengthValidator(TEXT_LIMIT)]
    )
    stakeholders = models.TextField(
        _("stakeholders involved"), blank=True, validators=[MaxLengthValidator(TEXT_LIMIT)]
    )
    tried = models.TextField(
        _("what has been tried"), blank=True, validators=[MaxLengthValidator(TEXT_LIMIT)]
    )
    desired_outcome = models.TextField(
        _("desired outcome"), validators=[MaxLengthValidator(TEXT_LIMIT)]
    )
    constraints = models.TextField(
        _("constraints and resources"),
        blank=True,
        validators=[MaxLengthValidator(TEXT_LIMIT)],
        help_text=_("Budget, people, data, legal limits and anything else that frames the work."),
    )
    timeline = models.TextField(
        _("timeline"), blank=True, validators=[MaxLengthValidator(TEXT_LIMIT)]
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through=ChallengeTopicTag,
        related_name="topic_challenges",
        blank=True,
        help_text=_("Policy areas, separated by commas, for example: health, mobility."),
    )
    skills_needed = ClusterTaggableManager(
        verbose_name=_("skills needed"),
        through=ChallengeSkillTag,
        related_name="skill_challenges",
        blank=True,
        help_text=_("Skills the team needs, separated by commas."),
    )
    methods_needed = ClusterTaggableManager(
        verbose_name=_("methods needed"),
        through=ChallengeMethodTag,
        related_name="method_challenges",
        blank=True,
        help_text=_("Facilitation methods that may fit, separated by commas."),
    )
    related_methods = ParentalManyToManyField(
        "hub.MethodPage",
        verbose_name=_("methods library pages"),
        blank=True,
        related_name="+",
        help_text=_("Method pages a reader may want to open next to this challenge."),
    )
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    region = models.CharField(_("region"), max_length=24, choices=Region.choices, blank=True)
    mode = models.CharField(
        _("way of working"), max_length=12, choices=Mode.choices, default=Mode.HYBRID
    )
    apply_by = models.DateField(
        _("apply by"),
        null=True,
        blank=True,
        help_text=_("Last day facilitators can offer to help; leave empty if there is none."),
    )
    # Changed only through challenges.services.change_status, which records the history.
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ChallengeStatus.choices,
        default=ChallengeStatus.OPEN,
        db_index=True,
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    base_form_class = ChallengePageForm
    content_panels = Page.content_panels + [
        FieldPanel("institution"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("problem"),
                FieldPanel("affected"),
                FieldPanel("stakeholders"),
                FieldPanel("tried"),
                FieldPanel("desired_outcome"),
                FieldPanel("constraints"),
                FieldPanel("timeline"),
            ],
            heading=_("The challenge"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("skills_needed"),
                FieldPanel("methods_needed"),
                FieldPanel("related_methods"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("mode"), FieldPanel("apply_by")]),
            ],
            heading=_("Who and how"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact person (hub staff and the facilitation team only)"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("problem"),
        index.SearchField("desired_outcome"),
        index.RelatedFields("institution", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("status"),
    ]
    parent_page_types = ["challenges.ChallengeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    get_status_display = choice_display("status")
    get_region_display = choice_display("region")
    get_mode_display = choice_display("mode")

    def with_content_json(self, content):
        # Status and owner live outside revisions: publishing an older draft must
        # not undo a status change or move the challenge to another institution.
        page = super().with_content_json(content)
        page.status = self.status
        page.institution_id = self.institution_id
        return page

    def get_context(self, request, *args, **kwargs):
        from .detail import build_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(build_detail(self, request))
        return context

    def get_language_labels(self):
        labels = dict(Language.choices)
        return [labels[code] for code in self.languages if code in labels]

    @property
    def is_closed_to_offers(self):
        return self.status in (
            ChallengeStatus.COMPLETED,
            ChallengeStatus.WITHDRAWN,
            ChallengeStatus.ARCHIVED,
        )


class ChallengeTeamMember(models.Model):
    """A member of a challenge's facilitation team.

    Facilitation matching fills this table later; for now staff add people in the admin.
    """

    challenge = models.ForeignKey(
        ChallengePage, on_delete=models.CASCADE, related_name="team_members"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="challenge_teams",
    )
    role = models.CharField(_("role"), max_length=16, choices=TeamRole.choices)
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [
            models.UniqueConstraint(fields=["challenge", "user"], name="unique_team_member")
        ]

    def __str__(self):
        return f"{self.user_id} on challenge {self.challenge_id} ({self.role})"


class ChallengeAttachment(models.Model):
    """A file an institution attached to its submission.

    Files live in private storage and are served by ``views.download_attachment``,
    to everyone once the challenge is public and only to its institution and staff before.
    """

    challenge = models.ForeignKey(
        ChallengePage, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("file"),
        upload_to="challenges/attachments/%Y/%m/",
        storage=private_storage,
        validators=[validate_attachment],
    )
    title = models.CharField(_("title"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["created_at"]

    def __str__(self):
        return self.title


class PendingAttachment(models.Model):
    """A checked upload kept for its owner until the submission form is saved.

    A preview or a form with errors would otherwise lose the files chosen with it.
    A daily task deletes the ones left behind, and account deletion deletes them too.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(
        _("file"), upload_to="challenges/pending/%Y/%m/", storage=private_storage
    )
    title = models.CharField(_("title"), max_length=200)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("pending attachment")
        verbose_name_plural = _("pending attachments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.title


class StatusChange(models.Model):
    """One step of a challenge's lifecycle, shown on its public timeline."""

    challenge = models.ForeignKey(
        ChallengePage,
        verbose_name=_("challenge"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=16, choices=ChallengeStatus.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=16, choices=ChallengeStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(2000)])
    created_at = models.DateTimeField(_("changed"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.challenge_id}: {self.from_status or '-'} → {self.to_status}"


class ChallengeUpdate(models.Model):
    """A dated note on a challenge's progress ("working out loud")."""

    challenge = models.ForeignKey(
        ChallengePage,
        verbose_name=_("challenge"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=UpdateKind.choices)
    text = models.TextField(_("text"), validators=[MaxLengthValidator(TEXT_LIMIT)])
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    method = models.ForeignKey(
        "hub.MethodPage",
        verbose_name=_("method used"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(_("public"), default=True)
    created_at = models.DateTimeField(_("posted"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} on challenge {self.challenge_id}"


class Commitment(models.Model):
    """Something an institution promises to do for a challenge, with a due date."""

    challenge = models.ForeignKey(
        ChallengePage,
        verbose_name=_("challenge"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    what = models.CharField(_("what"), max_length=300)
    responsible_organisation = models.ForeignKey(
        "community.Organisation",
        verbose_name=_("responsible organisation"),
        on_delete=models.PROTECT,
        related_name="challenge_commitments",
    )
    responsible_person = models.CharField(_("responsible person"), max_length=120)
    due_date = models.DateField(_("due date"), db_index=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=CommitmentStatus.choices,
        default=CommitmentStatus.PLANNED,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Set when each reminder is queued: the due-soon one goes once, the overdue one
    # once a day, and the daily task reads these to send nothing twice.
    due_soon_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    overdue_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.what

    @property
    def is_open(self):
        return self.status in (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)

    def is_late(self, today=None):
        return self.is_open and self.due_date < (today or timezone.localdate())


class CommitmentChange(models.Model):
    """One status change of a commitment."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(
        _("from"), max_length=12, choices=CommitmentStatus.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=CommitmentStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("commitment change")
        verbose_name_plural = _("commitment changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.commitment_id}: {self.from_status or '-'} → {self.to_status}"


class Follow(models.Model):
    """A member's choice to receive a challenge's news by email."""

    challenge = models.ForeignKey(ChallengePage, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_follows"
    )
    created_at = models.DateTimeField(_("followed"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["challenge", "user"], name="unique_challenge_follow")
        ]

    def __str__(self):
        return f"{self.user_id} follows {self.challenge_id}"


class FollowerPreference(models.Model):
    """A member's choice of email delivery for updates of the challenges they follow."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_preference"
    )
    update_delivery = models.CharField(
        _("progress updates by email"),
        max_length=10,
        choices=UpdateDelivery.choices,
        default=UpdateDelivery.IMMEDIATE,
    )
    # Updates created up to this moment were in an earlier digest.
    digest_sent_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("follower preference")
        verbose_name_plural = _("follower preferences")

    def __str__(self):
        return f"{self.user_id}: {self.update_delivery}"


from .matching.models import (  # noqa: E402,F401
    FacilitationOffer,
    FacilitatorMethodTag,
    FacilitatorProfile,
    FacilitatorSkillTag,
    FacilitatorTopicTag,
    SuggestionNotice,
)
