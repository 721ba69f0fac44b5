"""Plant unique markers in everything members hide, crawl every public URL, find none.

The crawl follows every same-site link from the home pages, the sitemap, the
search pages and the JSON API (every URL in its answers, facets included). It runs
as an anonymous visitor and as another signed-in member, so new pages, facets,
feeds and exports are covered once something links to them.
"""

import json
import re
from collections import deque
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import pytest
from django.utils import timezone
from wagtail.search.models import IndexEntry

from ambassadors import services as ambassador_services
from ambassadors.models import AmbassadorIndexPage
from community.choices import Visibility
from community.services import refresh_search_text, sync_search_index
from tests.factories import MemberProfileFactory
from trainings import certificates
from trainings.models import Enrolment, TrainingIndexPage, TrainingPage, TrainingSession

pytestmark = pytest.mark.django_db

MAX_PAGES = 400
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
SKIPPED_PATHS = ("/accounts/logout/", "/en/accounts/logout/")
LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)""")
SITEMAP_LOCATION = re.compile(r"<loc>([^<]+)</loc>")


def _plant(prefix, *, visibility, contact_visibility, expertise_marker=True):
    """Create a member whose every field carries ``prefix`` followed by the field's name."""
    profile = MemberProfileFactory(
        user__email=f"{prefix}email@example.org",
        user__first_name=f"{prefix}firstname",
        user__last_name=f"{prefix}lastname",
        display_name=f"{prefix}displayname",
        headline=f"{prefix}headline",
        bio=f"{prefix}bio",
        role=f"{prefix}role",
        visibility=visibility,
        phone=f"+386 1 {prefix}phone",
        phone_visibility=contact_visibility,
        website=f"https://{prefix}website.example",
        website_visibility=contact_visibility,
        linkedin=f"https://www.linkedin.com/in/{prefix}linkedin",
        linkedin_visibility=contact_visibility,
        mastodon=f"https://mastodon.example/@{prefix}mastodon",
        mastodon_visibility=contact_visibility,
        proposed_organisation=f"{prefix}proposedorganisation",
        expertise=[f"{prefix}expertise"] if expertise_marker else [],
    )
    profile.interests.add(f"{prefix}interest")
    refresh_search_text(profile)
    sync_search_index(profile)
    return profile


def _appoint_ambassador(profile, prefix):
    """Make the planted member an ambassador whose statement and focus area carry markers."""
    ambassador_services.appoint(
        profile.user,
        profile.organisation,
        statement_sl=f"{prefix}statement",
        statement_en=f"{prefix}statement",
        focus_areas=[f"{prefix}focusarea"],
    )


@pytest.fixture
def planted(home, directory):
    hidden = _plant(
        "zqhidden", visibility=Visibility.NOBODY, contact_visibility=Visibility.EVERYONE
    )
    visible = _plant(
        "zqvisible",
        visibility=Visibility.EVERYONE,
        contact_visibility=Visibility.NOBODY,
        expertise_marker=False,
    )
    members_only = _plant(
        "zqmembersonly", visibility=Visibility.MEMBERS, contact_visibility=Visibility.MEMBERS
    )
    ambassadors_page = AmbassadorIndexPage(
        title="Ambasadorji", slug="ambasadorji", show_in_menus=True
    )
    home.add_child(instance=ambassadors_page)
    ambassadors_page.save_revision().publish()
    for profile, prefix in [(hidden, "zqhidden"), (members_only, "zqmembersonly")]:
        _appoint_ambassador(profile, prefix)
    return {"hidden": hidden, "visible": visible, "members_only": members_only}


PROFILE_FIELDS = [
    "displayname",
    "headline",
    "bio",
    "role",
    "expertise",
    "interest",
    "statement",
    "focusarea",
]
CONTACT_FIELDS = ["phone", "website", "linkedin", "mastodon", "proposedorganisation"]
ACCOUNT_FIELDS = ["email@example.org", "firstname", "lastname"]


def _hidden_markers(*, signed_in):
    """Return every planted value the viewer must not see.

    Search pages echo the query, so queries use only a marker's prefix and the
    full markers below never appear in a page unless a hidden value leaked.
    """
    markers = [f"zqhidden{field}" for field in PROFILE_FIELDS + CONTACT_FIELDS + ACCOUNT_FIELDS]
    markers += [f"zqvisible{field}" for field in CONTACT_FIELDS + ACCOUNT_FIELDS]
    markers.append("zqmembersonlyemail@example.org")
    if not signed_in:
        markers += [f"zqmembersonly{field}" for field in PROFILE_FIELDS + CONTACT_FIELDS]
    return markers


def _start_urls():
    queries = ["zqhidden", "zqvisible", "zqmembersonly", "zqhiddenexpert", "zqvisiblee"]
    urls = ["/", "/en/", "/sitemap.xml", "/robots.txt", "/api/v1/"]
    for query in queries:
        urls += [f"/search/?q={query}", f"/en/search/?q={query}", f"/api/v1/members/?q={query}"]
        urls += [f"/search/?q={query}&type=members", f"/search/autocomplete/?q={query}"]
    return urls


def _json_links(value):
    """Yield every string in a decoded JSON response that is a same-site URL."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _json_links(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_links(item)
    elif isinstance(value, str) and value.startswith(("http://testserver/", "http://localhost/")):
        yield value


def _crawl(client, start_urls):
    """Yield (url, body) for every same-site page reachable from ``start_urls``."""
    seen = set()
    queue = deque(start_urls)
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc and parts.netloc not in ("testserver", "localhost"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path in seen or path.startswith(SKIPPED_PREFIXES) or parts.path in SKIPPED_PATHS:
            continue
        seen.add(path)
        response = client.get(path, follow=True)
        body = response.content.decode("utf-8", errors="replace")
        yield path, body
        content_type = response.get("Content-Type", "")
        if "json" in content_type:
            queue.extend(_json_links(json.loads(body)))
        elif "html" in content_type or "xml" in content_type:
            for link in LINK.findall(body) + SITEMAP_LOCATION.findall(body):
                link = link.replace("&amp;", "&")
                if link.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                queue.append(urljoin(path, link))


def _assert_no_marker(client, planted, *, signed_in, extra_start_urls=()):
    markers = _hidden_markers(signed_in=signed_in)
    crawled = []
    for url, body in _crawl(client, [*extra_start_urls, *_start_urls()]):
        crawled.append(url)
        lowered = body.lower()
        for marker in markers:
            assert marker.lower() not in lowered, f"{marker!r} leaked on {url}"
    assert len(crawled) > 10
    assert f"/api/v1/members/{planted['visible'].slug}/" in crawled
    assert any(url.startswith("/api/v1/members/?") and "sector=" in url for url in crawled)
    assert "/api/v1/organisations/" in crawled


def test_hidden_data_reaches_no_page_for_anonymous_visitor(client, home, planted):
    _assert_no_marker(client, planted, signed_in=False)


def test_hidden_data_reaches_no_page_for_another_member(client, home, planted):
    client.force_login(MemberProfileFactory().user)

    _assert_no_marker(client, planted, signed_in=True)


def test_hidden_data_stays_out_of_search_index(planted):
    indexed = " ".join(
        f"{entry.title} {entry.body} {entry.autocomplete}" for entry in IndexEntry.objects.all()
    ).lower()

    assert "zqvisibledisplayname" in indexed
    for marker in _hidden_markers(signed_in=True):
        assert marker not in indexed


def _certificate_check_urls(home, planted):
    """Give every planted member an attended training with a certificate; return its check URLs.

    Check pages are reached by a code from a PDF, not by a link, so the crawl starts there.
    """
    index = TrainingIndexPage(title="Usposabljanja", slug="usposabljanja")
    home.add_child(instance=index)
    start = timezone.now() - timedelta(days=10)
    training = TrainingPage(title="Potrdilo", slug="potrdilo", summary="s", gives_certificate=True)
    training.sessions = [TrainingSession(start=start, end=start + timedelta(hours=2), capacity=5)]
    index.add_child(instance=training)
    training.save_revision().publish()
    session = training.sessions.get()
    urls = []
    for profile in planted.values():
        enrolment = Enrolment.objects.create(
            member=profile.user,
            training=training,
            session=session,
            status=Enrolment.Status.CONFIRMED,
            attendance=Enrolment.Attendance.ATTENDED,
        )
        code = certificates.issue(enrolment).code
        urls += [f"/prijave/potrdilo/{code}/", f"/en/prijave/potrdilo/{code}/"]
    return urls


def test_certificate_check_names_only_public_profiles(client, home, planted):
    urls = _certificate_check_urls(home, planted)

    _assert_no_marker(client, planted, signed_in=False, extra_start_urls=urls)
    visible_page = client.get(urls[2])
    assert "zqvisibledisplayname" in visible_page.text
