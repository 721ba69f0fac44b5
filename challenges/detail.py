"""Gather what a challenge page shows, in a number of queries that does not grow with data.

The public part (timeline, updates, team, commitments, tags, files) is cached. Its
key contains the newest id of each kind of activity, which the routing query reads
with the page, so any new row starts a fresh cache entry in every process.
"""

from django.core.cache import cache
from django.db.models import CharField, Count, Exists, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from community.models import MemberProfile
from hub.renditions import images_with_renditions

from .choices import CommitmentStatus
from .forms import CommitmentForm, StatusChangeForm, UpdateForm
from .models import (
    ChallengeAttachment,
    ChallengeMethodTag,
    ChallengeSkillTag,
    ChallengeTeamMember,
    ChallengeTopicTag,
    ChallengeUpdate,
    Commitment,
    CommitmentChange,
    Follow,
    StatusChange,
)
from .permissions import is_representative_of
from .services import allowed_next_statuses

MAX_UPDATES_SHOWN = 30
ACTIVITY_CACHE_SECONDS = 600
ACTIVITY_GENERATION_KEY = "challenges:activity-generation"
MARKERS = (
    "latest_status_change",
    "latest_update",
    "latest_commitment_change",
    "latest_team_member",
    "latest_attachment",
)


def _latest_id(model, lookup="challenge__translation_key"):
    rows = model.objects.filter(**{lookup: OuterRef("translation_key")}).order_by("-pk")
    return Subquery(rows.values("pk")[:1], output_field=IntegerField())


def with_activity_markers(pages):
    """Annotate ``pages`` with the newest activity ids and the follower count."""
    followers = (
        Follow.objects.filter(challenge__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("challenge__translation_key")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return pages.annotate(
        latest_status_change=_latest_id(StatusChange),
        latest_update=_latest_id(ChallengeUpdate),
        latest_commitment_change=_latest_id(
            CommitmentChange, "commitment__challenge__translation_key"
        ),
        latest_team_member=_latest_id(ChallengeTeamMember),
        latest_attachment=_latest_id(ChallengeAttachment),
        follower_total=Coalesce(Subquery(followers, output_field=IntegerField()), 0),
    )


def page_tags(page):
    """Return the challenge's tag names by kind, read in one query."""
    tags = {"topic": [], "skill": [], "method": []}
    through_models = {
        "topic": ChallengeTopicTag,
        "skill": ChallengeSkillTag,
        "method": ChallengeMethodTag,
    }
    rows = None
    for kind, model in through_models.items():
        query = (
            model.objects.filter(content_object_id=page.pk)
            .values_list("tag__name", "tag__slug")
            .annotate(kind=Value(kind, output_field=CharField()))
        )
        rows = query if rows is None else rows.union(query, all=True)
    for name, slug, kind in rows.order_by("tag__name"):
        tags[kind].append({"name": name, "slug": slug})
    return tags


def _visible(user_field, viewer):
    """Build an annotation that is true where ``viewer`` may see the profile of ``user_field``."""
    return Exists(
        MemberProfile.objects.visible_to(viewer).filter(user_id=OuterRef(f"{user_field}_id"))
    )


def attach_author_names(items, user_field, institution):
    """Set ``author_name``: a display name only where the profile is visible to the viewer.

    Hidden authors from the owner institution show as the institution, and other hidden
    authors as "a member" in the template.
    """
    for item in items:
        user = getattr(item, user_field)
        profile = getattr(user, "profile", None) if user is not None else None
        if profile is not None and item.author_visible:
            item.author_name = profile.display_name
        elif profile is not None and profile.organisation_id == institution.pk:
            item.author_name = institution.name
        else:
            item.author_name = None


def public_activity(page, request):
    """Return the parts of the page that are the same for every anonymous visitor, or member."""
    viewer = request.user
    key = page.translation_key
    timeline = list(
        StatusChange.objects.filter(challenge__translation_key=key)
        .select_related("changed_by__profile")
        .annotate(author_visible=_visible("changed_by", viewer))
        .order_by("created_at", "pk")
    )
    updates = list(
        ChallengeUpdate.objects.filter(challenge__translation_key=key, is_public=True)
        .select_related("author__profile", "document", "method")
        .prefetch_related(images_with_renditions("update_image"))
        .annotate(author_visible=_visible("author", viewer))
        .order_by("-created_at", "-pk")[:MAX_UPDATES_SHOWN]
    )
    team = list(
        ChallengeTeamMember.objects.filter(challenge__translation_key=key)
        .select_related("user__profile")
        .annotate(author_visible=_visible("user", viewer))
        .order_by("role", "pk")
    )
    for items, field in ((timeline, "changed_by"), (updates, "author"), (team, "user")):
        attach_author_names(items, field, page.institution)
    related_methods = [
        {"title": method.title, "url": method.get_url(request)}
        for method in page.related_methods.all().live().filter(locale_id=page.locale_id)
    ]
    return {
        "tags": page_tags(page),
        "timeline": timeline,
        "updates": updates,
        "team": team,
        "team_user_ids": [member.user_id for member in team],
        "commitments": list(
            Commitment.objects.filter(challenge__translation_key=key)
            .select_related("responsible_organisation")
            .order_by("due_date", "pk")
        ),
        "attachments": list(ChallengeAttachment.objects.filter(challenge__translation_key=key)),
        "related_methods": related_methods,
    }


def forget_public_activity():
    """Start new cache entries for every challenge page, after an edit in place.

    NOTE: with the per-process memory cache, other processes serve an edited row
    until their entry expires after ACTIVITY_CACHE_SECONDS. New rows show at once
    everywhere, because their ids are part of the key, and Redis shares the generation.
    """
    try:
        cache.incr(ACTIVITY_GENERATION_KEY)
    except ValueError:
        cache.set(ACTIVITY_GENERATION_KEY, 1, None)


def activity_generation():
    """Return the number that any change to a challenge's updates, commitments or team increases."""
    return cache.get(ACTIVITY_GENERATION_KEY, 0)


def cached_public_activity(page, request):
    if not hasattr(page, "latest_update"):
        # Previews and other callers that did not route through the index.
        return public_activity(page, request)
    markers = ":".join(str(getattr(page, name)) for name in MARKERS)
    generation = activity_generation()
    audience = "member" if request.user.is_authenticated else "anonymous"
    cache_key = (
        f"challenges:activity:{generation}:{page.pk}:{page.live_revision_id}:{markers}:"
        f"{audience}:{page.locale_id}"
    )
    activity = cache.get(cache_key)
    if activity is None:
        activity = public_activity(page, request)
        cache.set(cache_key, activity, ACTIVITY_CACHE_SECONDS)
    return activity


def build_detail(page, request):
    viewer = request.user
    context = cached_public_activity(page, request)
    if hasattr(page, "follower_total"):
        follower_count = page.follower_total
    else:
        follower_count = Follow.objects.filter(
            challenge__translation_key=page.translation_key
        ).count()
    is_following = False
    may_manage = is_team = False
    if viewer.is_authenticated:
        is_following = Follow.objects.filter(
            challenge__translation_key=page.translation_key, user_id=viewer.pk
        ).exists()
        is_team = viewer.pk in context["team_user_ids"]
        may_manage = viewer.is_staff or is_team or is_representative_of(viewer, page.institution_id)
    # The index URL follows from the page's own, which saves a query for the parent.
    index_url = page.url[: -len(page.slug) - 1] if page.url else "/"
    context = {
        **context,
        "index_url": index_url,
        "follower_count": follower_count,
        "is_following": is_following,
        "may_manage": may_manage,
        "may_see_contact": viewer.is_authenticated and (viewer.is_staff or is_team),
    }
    if may_manage:
        context["update_form"] = UpdateForm(locale=page.locale)
        context["commitment_form"] = CommitmentForm(institution=page.institution)
        context["status_form"] = StatusChangeForm(allowed=allowed_next_statuses(page.status))
        context["commitment_statuses"] = CommitmentStatus.choices
    return context
