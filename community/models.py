import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from hub.choices import choice_display

from .choices import Language, Region, Sector, Visibility
from .normalise import normalise_text
from .validators import validate_photo


class EmailUserManager(UserManager):
    """Create users keyed by email; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required to create a user.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person with an account; the email address is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Emails from the hub are written in this language."),
    )

    objects = EmailUserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class Organisation(index.Indexed, models.Model):
    """Any member's employer; public-sector organisations are the hub's institutions."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=False)
    sector = models.CharField(_("sector"), max_length=10, choices=Sector.choices)
    region = models.CharField(_("region"), max_length=24, choices=Region.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_("Hub staff checked that this organisation exists and is named correctly."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("verified"),
        index.FilterField("sector"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name)
        super().save(*args, **kwargs)

    @property
    def is_institution(self):
        return self.sector == Sector.PUBLIC

    @classmethod
    def get_indexed_objects(cls):
        # Unverified names come from members and are not public until staff check them.
        return cls.objects.filter(verified=True)


def unique_slug(model, text, *, exclude_pk=None, field="slug"):
    """Return a slug for ``text`` that no other ``model`` row uses."""
    base = slugify(text)[:60] or "clan"
    candidate = base
    others = model.objects.all()
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    number = 2
    while others.filter(**{field: candidate}).exists():
        candidate = f"{base}-{number}"
        number += 1
    return candidate


class ExpertiseTag(TaggedItemBase):
    content_object = ParentalKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="expertise_items"
    )

    class Meta:
        # Lets the directory's expertise counts read (profile, tag) pairs from the
        # index alone, without visiting the table.
        indexes = [models.Index(fields=["content_object", "tag"], name="community_expertise_pairs")]


class InterestTag(TaggedItemBase):
    content_object = ParentalKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="interest_items"
    )


class MemberProfileQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def active(self):
        # Excluding the few inactive accounts lets PostgreSQL hash those instead of
        # joining every user row (about 11 ms of a directory count at 20,000 members).
        inactive = User.objects.filter(is_active=False).values("pk")
        return self.exclude(user__in=inactive)

    def visible_to(self, viewer):
        """Return the profiles ``viewer`` may see on public surfaces.

        Staff see the same as any member here; hidden profiles are only in the admin.
        """
        allowed = [Visibility.EVERYONE]
        if viewer is not None and viewer.is_authenticated:
            allowed.append(Visibility.MEMBERS)
        return self.active().filter(visibility__in=allowed)


class MemberProfile(index.Indexed, ClusterableModel):
    """A member's public face: what they do, where, and who may see it."""

    CONTACT_FIELDS = ("phone", "website", "linkedin", "mastodon")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    display_name = models.CharField(_("display name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    headline = models.CharField(
        _("headline"),
        max_length=160,
        blank=True,
        help_text=_("One line about what you do, for example: Service designer at a ministry."),
    )
    bio = models.TextField(_("short bio"), blank=True, validators=[MaxLengthValidator(2000)])
    photo = models.ImageField(
        _("photo"),
        upload_to="members/",
        blank=True,
        validators=[validate_photo],
        help_text=_(
            "JPEG, PNG or WebP, at most 5 MB; a square photo of at least 400 × 400 pixels."
        ),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    role = models.CharField(_("role"), max_length=120, blank=True)
    sector = models.CharField(_("sector"), max_length=10, choices=Sector.choices, blank=True)
    region = models.CharField(_("region"), max_length=24, choices=Region.choices, blank=True)
    expertise = TaggableManager(
        verbose_name=_("expertise"),
        through=ExpertiseTag,
        related_name="expert_profiles",
        blank=True,
        help_text=_("Fields you know well, separated by commas."),
    )
    interests = TaggableManager(
        verbose_name=_("interests"),
        through=InterestTag,
        related_name="interested_profiles",
        blank=True,
        help_text=_("Topics you would like to learn about or work on, separated by commas."),
    )
    open_to_mentoring = models.BooleanField(_("open to mentoring"), default=False)
    open_to_facilitation = models.BooleanField(_("open to facilitation"), default=False)
    open_to_speaking = models.BooleanField(_("open to speaking"), default=False)
    open_to_collaboration = models.BooleanField(_("open to collaboration"), default=False)

    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    linkedin = models.URLField(_("LinkedIn profile"), blank=True)
    mastodon = models.URLField(_("Mastodon profile"), blank=True)

    visibility = models.CharField(
        _("who sees my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    phone_visibility = models.CharField(
        _("who sees my phone"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    website_visibility = models.CharField(
        _("who sees my website"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    linkedin_visibility = models.CharField(
        _("who sees my LinkedIn profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    mastodon_visibility = models.CharField(
        _("who sees my Mastodon profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )

    proposed_organisation = models.CharField(
        _("proposed organisation"),
        max_length=200,
        blank=True,
        help_text=_("An organisation not yet in the list; hub staff check it and add it."),
    )
    is_representative = models.BooleanField(
        _("institution representative"),
        default=False,
        help_text=_(
            "May submit challenges and post updates for their organisation. "
            "Only counts while the organisation is a verified public institution."
        ),
    )
    # Kept up to date by the challenges and ambassadors apps, for the directory facets.
    is_facilitator = models.BooleanField(_("facilitator"), default=False)
    is_ambassador = models.BooleanField(_("ambassador"), default=False)

    # Lower-case text without diacritics built from the fields every viewer of
    # the profile may see; never from contact fields.
    search_text = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    search_fields = [
        index.SearchField("display_name"),
        index.SearchField("headline"),
        index.SearchField("bio"),
        index.SearchField("role"),
        index.AutocompleteField("display_name"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("expertise", [index.SearchField("name")]),
        index.RelatedFields("interests", [index.SearchField("name")]),
        index.FilterField("visibility"),
        index.FilterField("user_id"),
    ]

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["display_name"]
        indexes = [
            models.Index(fields=["visibility", "display_name"]),
            # Members see two visibilities at once, which the index above cannot return
            # in name order, so a page of search results sorted by name needs this one.
            models.Index(fields=["display_name", "id"], name="community_profile_name_order"),
        ]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(MemberProfile, self.display_name, exclude_pk=self.pk)
        if self.organisation_id and not self.sector:
            self.sector = self.organisation.sector
        super().save(*args, **kwargs)

    get_region_display = choice_display("region")

    @classmethod
    def get_indexed_objects(cls):
        # Hidden and suspended members never enter the search index.
        return cls.objects.active().exclude(visibility=Visibility.NOBODY)

    @property
    def may_represent(self):
        """Whether this member may act for their organisation as an institution."""
        organisation = self.organisation
        return bool(
            self.is_representative
            and organisation is not None
            and organisation.verified
            and organisation.is_institution
        )

    def open_to(self):
        from .choices import OpenTo

        return [choice for choice in OpenTo if getattr(self, f"open_to_{choice.value}")]

    def build_search_text(self):
        parts = [
            self.display_name,
            self.headline,
            self.bio,
            self.role,
            self.organisation.name if self.organisation_id else "",
            " ".join(tag.name for tag in self.expertise.all()),
            " ".join(tag.name for tag in self.interests.all()),
        ]
        return normalise_text(" ".join(part for part in parts if part))

    def field_visible_to(self, field, viewer):
        """Return whether contact ``field`` may be shown to ``viewer``; the owner always sees it."""
        if viewer is not None and viewer.is_authenticated and viewer.pk == self.user_id:
            return True
        setting = getattr(self, f"{field}_visibility")
        if setting == Visibility.EVERYONE:
            return True
        if setting == Visibility.MEMBERS:
            return viewer is not None and viewer.is_authenticated
        return False


class ProfileLanguage(models.Model):
    profile = ParentalKey(MemberProfile, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=8, choices=Language.choices)

    class Meta:
        verbose_name = _("working language")
        verbose_name_plural = _("working languages")
        constraints = [
            models.UniqueConstraint(fields=["profile", "code"], name="unique_profile_language")
        ]

    def __str__(self):
        return self.get_code_display()


class Consent(models.Model):
    """One consent a member gave or withdrew, kept with its time."""

    class Kind(models.TextChoices):
        TERMS = "terms", _("terms of use and privacy notice")
        DIRECTORY = "directory", _("listing in the member directory")
        CONTACT = "contact", _("messages from other members")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    kind = models.CharField(_("consent"), max_length=12, choices=Kind.choices)
    granted = models.BooleanField(_("granted"))
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-recorded_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.granted}"


class ContactMessage(models.Model):
    """A message one member sent another through the site's relay."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="sent_contact_messages",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="received_contact_messages",
    )
    in_reply_to = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), validators=[MaxLengthValidator(5000)])
    reply_token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sender", "created_at"])]

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        if not self.reply_token:
            self.reply_token = secrets.token_urlsafe(32)
        super().save(*args, **kwargs)


class ContactBlock(models.Model):
    """A member's choice to receive no more messages from another member."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("blocked sender")
        verbose_name_plural = _("blocked senders")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="unique_contact_block")
        ]

    def __str__(self):
        return f"{self.blocker_id} blocks {self.blocked_id}"


class AbuseReport(models.Model):
    """A member's report of a relayed message, for staff to handle."""

    message = models.ForeignKey(
        ContactMessage,
        verbose_name=_("message"),
        on_delete=models.CASCADE,
        related_name="abuse_reports",
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), validators=[MaxLengthValidator(2000)])
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("abuse report")
        verbose_name_plural = _("abuse reports")
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return str(_("Report on message %(id)s") % {"id": self.message_id})


from .pages import MemberDirectoryPage  # noqa: E402,F401
