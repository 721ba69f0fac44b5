"""What one searcher may find: the pages and profiles they are allowed to open."""

from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

from community.models import MemberProfile
from hub import structure_cache
from hub.routing import find_site

from .analysis import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES


def _restriction_passed(restriction, user, passed_ids, group_ids):
    """Return whether a viewer passes ``restriction``; mirrors ``accept_request``.

    Wagtail's ``accept_request`` queries the user's groups for every restriction;
    here they are read once per request.
    """
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        return restriction.pk in passed_ids
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        return any(group.pk in group_ids for group in restriction.groups.all())
    return True


@dataclass
class SearchScope:
    """The language, site section and restrictions one search is limited to.

    ``root_path`` is the tree path of the site's home page in ``language``, or
    None when the site has no home page in that language (nothing is found).
    ``blocked_paths`` are the restricted page paths the viewer has not passed.
    """

    user: object
    language: str
    root_path: str | None
    blocked_paths: list = field(default_factory=list)

    @classmethod
    def from_request(cls, request):
        user = getattr(request, "user", None) or AnonymousUser()
        language = get_language() or DEFAULT_LANGUAGE
        language = language.split("-")[0]
        if language not in SUPPORTED_LANGUAGES:
            language = DEFAULT_LANGUAGE
        return cls(
            user=user,
            language=language,
            root_path=_site_root_path(request, language),
            blocked_paths=_blocked_paths(request, user),
        )

    @classmethod
    def for_visitor(cls, language, site=None):
        """Return the scope of an anonymous visitor to ``site`` (the default site if None)."""
        site = site or Site.objects.filter(is_default_site=True).first()
        return cls(
            user=AnonymousUser(),
            language=language,
            root_path=_root_path(site, language),
            blocked_paths=list(
                PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
            ),
        )

    def pages(self):
        """Return the live, unexpired pages of this language and site the viewer may open.

        Every page under a language's home page is in that language, because
        Wagtail gives a page its parent's locale, so the path filter is also the
        language filter. Only fields that the search index can filter on are used.
        """
        if self.root_path is None:
            return Page.objects.none()
        pages = (
            Page.objects.live()
            .filter(path__startswith=self.root_path, expired=False)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        )
        for path in self.blocked_paths:
            pages = pages.exclude(path__startswith=path)
        return pages

    def profiles(self):
        """Return the member profiles the viewer may see on public surfaces."""
        return MemberProfile.objects.visible_to(self.user)


def _site_root_path(request, language):
    return _root_path(find_site(request), language)


def _root_path(site, language):
    if site is None:
        return None
    return structure_cache.get_or_build(
        "search-root", [site.pk, language], lambda: _find_root_path(site, language)
    )


def _find_root_path(site, language):
    # Wagtail caches the site roots, one per language, by URL path; url_path is
    # unique, because it joins the slugs of the page and its ancestors.
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            return (
                Page.objects.filter(url_path=root.root_path).values_list("path", flat=True).first()
            )
    return None


def _blocked_paths(request, user):
    restrictions = list(
        PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    )
    if not restrictions:
        return []
    session = getattr(request, "session", None)
    passed_ids = (
        session.get(PageViewRestriction.passed_view_restrictions_session_key, []) if session else []
    )
    group_ids = set()
    if user.is_authenticated and any(
        restriction.restriction_type == PageViewRestriction.GROUPS for restriction in restrictions
    ):
        group_ids = set(user.groups.values_list("pk", flat=True))
    return [
        restriction.page.path
        for restriction in restrictions
        if not _restriction_passed(restriction, user, passed_ids, group_ids)
    ]
