"""The member directory page, with a route for each profile and each tag."""

from urllib.parse import quote, urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from hub import structure_cache
from hub.blocks import RICH_TEXT_FEATURES
from hub.queries import ViewRestrictionsInOneQuery, attach_tags, locale_id_for

from .choices import Visibility
from .directory import (
    SORT_CHOICES,
    parse_directory_query,
    profiles_with_tag,
    search_directory,
)
from .models import ExpertiseTag, MemberProfile

# Stands for the slug while a profile or tag route is reversed once per page.
SLUG_MARK = "slug-mark"

PROFILES_PER_PAGE = 24
# The fields a member card shows, so the long texts and search text stay unread.
CARD_FIELDS = (
    "display_name",
    "slug",
    "headline",
    "photo",
    "region",
    "organisation",
    "organisation__name",
    "organisation__verified",
)
CONTACT_LINK_SCHEMES = ("https://", "http://")


class MemberDirectoryPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """The searchable member directory; profiles and tags are routes beneath it.

    Every listing here shows only what ``MemberProfile.objects.visible_to`` allows
    the viewer. Staff are no exception, because they moderate hidden profiles in
    the admin.
    """

    intro = RichTextField(
        _("intro"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown above the search form: who is in the directory and why."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")

    def get_sitemap_urls(self, request=None):
        """List the directory and the profiles that anyone may see, never the others."""
        entries = super().get_sitemap_urls(request)
        base_url = self.get_full_url(request)
        if base_url is None:
            return entries
        public_profiles = (
            MemberProfile.objects.active()
            .filter(visibility=Visibility.EVERYONE)
            .order_by("slug")
            .values_list("slug", "updated_at")
        )
        for slug, updated_at in public_profiles:
            entries.append(
                {
                    "location": base_url + self.reverse_subpage("member_profile", args=[slug]),
                    "lastmod": updated_at,
                }
            )
        return entries

    @path("")
    def member_list(self, request):
        query = parse_directory_query(request.GET)
        result = search_directory(request.user, query)

        paginator = Paginator(result.profiles.only(*CARD_FIELDS), PROFILES_PER_PAGE)
        # The aggregate in search_directory has counted the result already.
        paginator.count = result.total
        page_obj = paginator.get_page(request.GET.get("page"))
        self._attach_urls(request, page_obj)

        parameters = query.as_parameters()
        return self._render(
            request,
            context_overrides={
                "query": query,
                "facets": result.facets,
                "active_filters": _active_filters(result.facets, parameters),
                "total": result.total,
                "page_obj": page_obj,
                "profiles": page_obj.object_list,
                "query_prefix": urlencode(parameters),
                "sort_choices": SORT_CHOICES,
                "directory_url": self.get_url(request),
            },
        )

    @re_path(r"^podrocje/(?P<tag_slug>[-\w]+)/$", name="member_tag")
    def member_tag(self, request, tag_slug):
        tag = Tag.objects.filter(slug=tag_slug).first()
        if tag is None:
            raise Http404("No tag with this slug.")

        profiles = profiles_with_tag(request.user, tag).only(*CARD_FIELDS)
        paginator = Paginator(profiles, PROFILES_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        self._attach_urls(request, page_obj)
        return self._render(
            request,
            template="community/member_tag.html",
            context_overrides={
                "tag": tag,
                "page_obj": page_obj,
                "profiles": page_obj.object_list,
                "query_prefix": "",
                "directory_url": self.get_url(request),
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$", name="member_profile")
    def member_profile(self, request, slug):
        viewable = MemberProfile.objects.visible_to(request.user)
        if request.user.is_authenticated:
            # Members always see their own profile, hidden or not.
            viewable = viewable | MemberProfile.objects.filter(user=request.user)
        profile = (
            viewable.filter(slug=slug)
            .select_related("organisation")
            .prefetch_related("expertise", "interests", "languages")
            .first()
        )
        # A profile the viewer may not see answers like a missing one, so that the
        # status code does not tell whether a member exists.
        if profile is None:
            raise Http404("No member profile with this slug is visible to this viewer.")

        self._attach_tag_urls(request, profile.expertise.all())
        self._attach_tag_urls(request, profile.interests.all())
        is_own = request.user.is_authenticated and request.user.pk == profile.user_id
        return self._render(
            request,
            template="community/member_profile.html",
            context_overrides={
                "profile": profile,
                "is_own_profile": is_own,
                "contacts": _visible_contacts(profile, request.user),
                "directory_url": self.get_url(request),
            },
        )

    def _render(self, request, **kwargs):
        response = self.render(request, **kwargs)
        if request.user.is_authenticated:
            # Signed-in members see profiles that anonymous visitors must not, so
            # no shared cache may keep these responses.
            patch_cache_control(response, private=True)
        return response

    def _attach_urls(self, request, page_obj):
        """Set ``directory_url`` on each profile of the page, and ``expertise_tags`` with URLs."""
        profiles = page_obj.object_list
        attach_tags(profiles, ExpertiseTag, "expertise_tags")
        profile_url = self._subpage_url_builder(request, "member_profile")
        tag_url = self._subpage_url_builder(request, "member_tag")
        for profile in profiles:
            profile.directory_url = profile_url(profile.slug)
            for tag in profile.expertise_tags:
                tag.url = tag_url(tag.slug)

    def _attach_tag_urls(self, request, tags):
        tag_url = self._subpage_url_builder(request, "member_tag")
        for tag in tags:
            tag.directory_url = tag_url(tag.slug)

    def _subpage_url_builder(self, request, name):
        """Return ``slug -> URL`` for the one-slug route ``name``, resolving the route once.

        Reversing a route costs more than the rest of a card, and a page of results
        needs about a hundred URLs.
        """
        return _url_builder(*self._subpage_url_parts(request, name))

    def _subpage_url_parts(self, request, name):
        """Return the URL of route ``name`` before and after its slug."""
        url = self.get_url(request) + self.reverse_subpage(name, args=[SLUG_MARK])
        return tuple(url.split(SLUG_MARK))


def _url_builder(prefix, suffix):
    # The slug is quoted as reverse() quotes it.
    return lambda slug: prefix + quote(slug, safe=RFC3986_SUBDELIMS + "/~:@") + suffix


def profile_url_builder(request):
    """Return ``slug -> profile URL`` in the active language's live directory.

    The URL parts come from the structure cache. Without a live directory in the
    language, every URL is empty.
    """

    def build():
        directory = (
            MemberDirectoryPage.objects.live()
            .filter(locale_id=locale_id_for(get_language()))
            .order_by("path")
            .first()
        )
        if directory is None:
            return ("", "")
        return directory._subpage_url_parts(request, "member_profile")

    from hub.routing import find_site  # imports Wagtail's views, which need loaded models

    site = find_site(request)
    parts = structure_cache.get_or_build(
        "profile-url", [site.pk if site else 0, get_language()], build
    )
    if not any(parts):
        return lambda slug: ""
    return _url_builder(*parts)


def _visible_contacts(profile, viewer):
    """Return (label, text, link) for each filled contact field that ``viewer`` may see."""
    labels = {
        "phone": _("Phone"),
        "website": _("Website"),
        "linkedin": _("LinkedIn"),
        "mastodon": _("Mastodon"),
    }
    contacts = []
    for field in MemberProfile.CONTACT_FIELDS:
        value = getattr(profile, field)
        if not value or not profile.field_visible_to(field, viewer):
            continue
        if field == "phone":
            link = "tel:" + "".join(value.split())
        elif value.startswith(CONTACT_LINK_SCHEMES):
            link = value
        else:
            # Only http and https links are followed, whatever reached the database.
            link = None
        contacts.append({"field": field, "label": labels[field], "text": value, "link": link})
    return contacts


def _active_filters(facets, parameters):
    """Return each chosen facet value with a query string that removes it."""
    active = []
    for facet in facets:
        for option in facet.options:
            if not option.selected:
                continue
            remaining = [pair for pair in parameters if pair != (option.parameter, option.value)]
            active.append({"label": option.label, "query": urlencode(remaining)})
    return active
