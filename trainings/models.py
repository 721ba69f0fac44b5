import secrets
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from community.choices import Region, Visibility
from hub.blocks import RICH_TEXT_FEATURES, BodyBlock
from hub.choices import choice_display
from hub.queries import ViewRestrictionsInOneQuery, locale_id_for


class TrainingIndexPage(ViewRestrictionsInOneQuery, Page):
    """Lists the trainings beneath it, upcoming and past, grouped by month and filterable."""

    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["trainings.TrainingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index")
        verbose_name_plural = _("training indexes")

    def get_context(self, request, *args, **kwargs):
        from trainings.listing import build_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(build_listing(self, request.GET))
        return context


class TrainingTopicTag(TaggedItemBase):
    content_object = ParentalKey(
        "trainings.TrainingPage", on_delete=models.CASCADE, related_name="tagged_topics"
    )


class TrainingMethodTag(TaggedItemBase):
    content_object = ParentalKey(
        "trainings.TrainingPage", on_delete=models.CASCADE, related_name="tagged_methods"
    )


class TrainingPage(ViewRestrictionsInOneQuery, Page):
    """One training: what it teaches, who leads it and its sessions."""

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("introductory")
        INTERMEDIATE = "intermediate", _("intermediate")
        ADVANCED = "advanced", _("advanced")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("hybrid")

    class EnrolmentMode(models.TextChoices):
        SESSION = "session", _("members enrol in single sessions")
        SERIES = "series", _("members enrol in the whole series of sessions")

    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences shown on the training card and in search results."),
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    audience = models.TextField(
        _("audience"), blank=True, help_text=_("Who the training is for, in a sentence or two.")
    )
    learning_outcomes = models.TextField(
        _("learning outcomes"),
        blank=True,
        help_text=_("What participants will be able to do afterwards, one outcome per line."),
    )
    level = models.CharField(
        _("level"), max_length=16, choices=Level.choices, default=Level.INTRODUCTORY
    )
    methods = ClusterTaggableManager(
        through=TrainingMethodTag,
        verbose_name=_("methods"),
        blank=True,
        related_name="method_trainings",
        help_text=_("Facilitation methods the training teaches, such as World Café."),
    )
    topics = ClusterTaggableManager(
        through=TrainingTopicTag,
        verbose_name=_("topics"),
        blank=True,
        related_name="topic_trainings",
    )
    language = models.CharField(
        _("language of the training"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    format = models.CharField(
        _("format"), max_length=16, choices=Format.choices, default=Format.IN_PERSON
    )
    region = models.CharField(
        _("region"),
        max_length=24,
        choices=Region.choices,
        blank=True,
        help_text=_("Where in-person sessions take place. Leave empty for online trainings."),
    )
    price = models.DecimalField(
        _("price in euros"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Leave at 0 for a free training."),
    )
    gives_certificate = models.BooleanField(_("gives a certificate of attendance"), default=False)
    ambassador_track = models.BooleanField(
        _("part of the ambassador track"),
        default=False,
        help_text=_("Trainings that innovation ambassadors complete as part of their track."),
    )
    enrolment_mode = models.CharField(
        _("enrolment"),
        max_length=10,
        choices=EnrolmentMode.choices,
        default=EnrolmentMode.SESSION,
        help_text=_(
            "In a series, members enrol once for all sessions; the smallest session "
            "capacity and the first session's enrolment dates apply."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("learning_outcomes"),
                FieldPanel("level"),
                FieldPanel("topics"),
                FieldPanel("methods"),
            ],
            heading=_("Content"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("language"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("price")]),
                FieldPanel("gives_certificate"),
                FieldPanel("ambassador_track"),
                FieldPanel("enrolment_mode"),
            ],
            heading=_("Practical details"),
        ),
        InlinePanel("trainers", heading=_("Trainers"), label=_("trainer")),
        InlinePanel(
            "sessions",
            heading=_("Sessions"),
            label=_("session"),
            help_text=_(
                "Members enrol in the sessions of the Slovenian page; translations show "
                "those same sessions."
            ),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("audience"),
        index.FilterField("format"),
        index.FilterField("language"),
        index.FilterField("ambassador_track"),
    ]
    parent_page_types = ["trainings.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")

    get_language_display = choice_display("language")
    get_format_display = choice_display("format")
    get_region_display = choice_display("region")

    @property
    def is_free(self):
        return not self.price

    @property
    def is_series(self):
        return self.enrolment_mode == self.EnrolmentMode.SERIES

    def get_context(self, request, *args, **kwargs):
        from trainings.listing import build_training_context

        context = super().get_context(request, *args, **kwargs)
        context.update(build_training_context(self, request.user))
        context["login_url"] = redirect_to_login(request.get_full_path()).url
        context["trainers"] = self.trainers.select_related("user__profile")
        return context

    def in_language(self, language):
        """Return the live translation of this training in ``language``, or this page."""
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None or self.locale_id == locale.pk:
            return self
        translated = self.get_translation_or_none(locale)
        return translated.specific if translated is not None and translated.live else self

    def learning_outcome_list(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def get_schedule_page(self):
        """Return the translation whose sessions members enrol in.

        Seats cannot be split between languages, so every translation shows the
        sessions of the page in the default language, or its own sessions when
        there is no such translation.
        """
        default_locale_id = locale_id_for(settings.LANGUAGE_CODE)
        if default_locale_id is None or self.locale_id == default_locale_id:
            return self
        source = self.get_translation_or_none(default_locale_id)
        return source.specific if source is not None else self

    # Seat rules that apply when the training is enrolled as a whole series.

    def ordered_sessions(self):
        return sorted(self.sessions.all(), key=lambda session: session.start)

    @property
    def seat_capacity(self):
        sessions = self.ordered_sessions()
        return min(session.capacity for session in sessions) if sessions else 0

    def _first_session(self):
        sessions = self.ordered_sessions()
        return sessions[0] if sessions else None

    @property
    def start(self):
        first = self._first_session()
        return first.start if first else None

    @property
    def enrolment_opens(self):
        first = self._first_session()
        return first.enrolment_opens if first else None

    @property
    def enrolment_closes(self):
        first = self._first_session()
        return first.enrolment_closes if first else None

    @property
    def cancellation_deadline(self):
        first = self._first_session()
        return first.cancellation_deadline if first else None


class TrainingTrainer(Orderable):
    """A trainer of one training: a member of the hub or a named guest."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="trainers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the member who leads the training, or enter a guest's name below."),
    )
    name = models.CharField(
        _("guest name"),
        max_length=120,
        blank=True,
        help_text=_("For a trainer without an account on the hub."),
    )
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("For example: lead trainer.")
    )

    panels = [FieldPanel("user"), FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        if not self.user_id and not self.name.strip():
            raise ValidationError(_("Choose a member or enter the guest trainer's name."))

    @property
    def display_name(self):
        """Return the name every visitor may see.

        Training pages are public, so a member trainer is named only when their
        profile is shown to everyone; otherwise the guest name, or "a hub member".
        """
        if self.user_id is None:
            return self.name
        profile = getattr(self.user, "profile", None)
        if (
            profile is not None
            and self.user.is_active
            and profile.visibility == Visibility.EVERYONE
        ):
            return profile.display_name
        return self.name or gettext("a hub member")


class TrainingSession(Orderable):
    """One date of a training, with its own capacity and enrolment window."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(
        _("starts"), help_text=_("Local time in Ljubljana; stored in UTC.")
    )
    end = models.DateTimeField(_("ends"))
    venue = models.CharField(
        _("venue"),
        max_length=250,
        blank=True,
        help_text=_("Address of an in-person session; everyone can see it."),
    )
    online_link = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown only to members with a confirmed enrolment."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1)],
        help_text=_("Seats for confirmed participants; more enrolments go to the waitlist."),
    )
    enrolment_opens = models.DateTimeField(
        _("enrolment opens"),
        null=True,
        blank=True,
        help_text=_("Leave empty to open enrolment as soon as the page is published."),
    )
    enrolment_closes = models.DateTimeField(
        _("enrolment closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept enrolments until the session starts."),
    )
    cancellation_deadline = models.DateTimeField(
        _("cancellation deadline"),
        null=True,
        blank=True,
        help_text=_("Members can cancel until then. Leave empty to allow it until the start."),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("venue"),
        FieldPanel("online_link"),
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldPanel("cancellation_deadline"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        local_start = timezone.localtime(self.start) if self.start else None
        when = local_start.strftime("%Y-%m-%d %H:%M") if local_start else "?"
        return f"{self.page.title if self.page_id else ''} ({when})"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The session must end after it starts.")
        if self.start and self.enrolment_closes and self.enrolment_closes > self.start:
            errors["enrolment_closes"] = _(
                "Enrolment must close before the session starts or at its start."
            )
        opens, closes = self.enrolment_opens, self.enrolment_closes
        if opens and closes and opens >= closes:
            errors["enrolment_opens"] = _("Enrolment must open before it closes.")
        if self.start and self.enrolment_opens and self.enrolment_opens >= self.start:
            errors.setdefault(
                "enrolment_opens", _("Enrolment must open before the session starts.")
            )
        if self.start and self.cancellation_deadline and self.cancellation_deadline > self.start:
            errors["cancellation_deadline"] = _(
                "The cancellation deadline must be before the session starts or at its start."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def seat_capacity(self):
        return self.capacity

    @property
    def has_started(self):
        return self.start <= timezone.now()


def new_enrolment_token():
    return secrets.token_urlsafe(32)


class Enrolment(models.Model):
    """A member's place in one session, or in a whole series of sessions."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITLISTED = "waitlisted", _("on the waitlist")
        CANCELLED = "cancelled", _("cancelled")

    class Attendance(models.TextChoices):
        UNKNOWN = "", _("not recorded")
        ATTENDED = "attended", _("attended")
        NO_SHOW = "no_show", _("no-show")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="training_enrolments",
    )
    training = models.ForeignKey(
        TrainingPage,
        verbose_name=_("training"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="enrolments",
        help_text=_("Empty when the member enrolled in the whole series."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, blank=True, default=""
    )
    requested_at = models.DateTimeField(
        _("requested"),
        default=timezone.now,
        help_text=_("When the member last enrolled; the waitlist is ordered by it."),
    )
    promoted_at = models.DateTimeField(_("promoted from the waitlist"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    token = models.CharField(
        _("email link token"), max_length=64, unique=True, default=new_enrolment_token
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "session"],
                condition=Q(session__isnull=False),
                name="trainings_one_enrolment_per_member_and_session",
            ),
            models.UniqueConstraint(
                fields=["member", "training"],
                condition=Q(session__isnull=True),
                name="trainings_one_series_enrolment_per_member",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "requested_at"])]

    def __str__(self):
        return f"enrolment {self.pk} ({self.status})"

    @property
    def target(self):
        """Return the session, or the training page for a series enrolment."""
        return self.session if self.session_id else self.training

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    def starts_at(self):
        return self.target.start


class SessionReminder(models.Model):
    """The reminder sent for one enrolment before one session; at most one each."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("session reminder")
        verbose_name_plural = _("session reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "session"], name="trainings_one_reminder_per_session"
            )
        ]

    def __str__(self):
        return f"reminder of enrolment {self.enrolment_id} for session {self.session_id}"


def new_certificate_code():
    """Return a verification code such as ``K7QM-2XWD-P9RT``: unambiguous letters and digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    characters = "".join(secrets.choice(alphabet) for _ in range(12))
    return "-".join(characters[index : index + 4] for index in range(0, 12, 4))


class Certificate(models.Model):
    """The certificate of attendance of one enrolment, found by its verification code.

    The row only fixes the code and the issue date; whether the certificate is
    valid is decided from the enrolment each time, so a correction of the
    attendance withdraws it at once.
    """

    enrolment = models.OneToOneField(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="certificate",
    )
    code = models.CharField(
        _("verification code"), max_length=20, unique=True, default=new_certificate_code
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate of attendance")
        verbose_name_plural = _("certificates of attendance")

    def __str__(self):
        return f"certificate {self.code}"


class StaffMessage(models.Model):
    """A message from staff to the participants of a session or of a whole training.

    ``form_token`` comes from the form that staff submitted; it is unique, so
    a form sent twice sends the message once.
    """

    training = models.ForeignKey(
        TrainingPage,
        verbose_name=_("training"),
        on_delete=models.CASCADE,
        related_name="staff_messages",
    )
    session = models.ForeignKey(
        TrainingSession,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_messages",
        help_text=_("Empty when the message went to the participants of every session."),
    )
    include_waitlist = models.BooleanField(_("also to the waitlist"), default=False)
    subject_sl = models.CharField(_("subject in Slovenian"), max_length=200)
    body_sl = models.TextField(_("message in Slovenian"))
    subject_en = models.CharField(_("subject in English"), max_length=200, blank=True)
    body_en = models.TextField(_("message in English"), blank=True)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    form_token = models.CharField(_("form token"), max_length=64, unique=True)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("message to participants")
        verbose_name_plural = _("messages to participants")
        ordering = ["-created_at"]

    def __str__(self):
        return f"staff message {self.pk} on training {self.training_id}"
