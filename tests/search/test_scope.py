"""Search finds only what the searcher may open, in results, counts and suggestions."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from community.choices import Visibility
from community.models import Organisation
from hub.models import HomePage, StandardPage
from tests.challenges.factories import translate
from tests.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h3 class="result__title"><a href="([^"]+)">')


def found(client, query, **params):
    response = client.get(params.pop("path", "/search/"), {"q": query, **params})
    assert response.status_code == 200
    return RESULT_LINK.findall(response.text)


def suggested(client, query, path="/search/autocomplete/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [item["url"] for item in response.json()["results"]]


def restrict(page, restriction_type, **fields):
    groups = fields.pop("groups", [])
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )
    restriction.groups.set(groups)
    return restriction


def test_page_in_other_language_is_not_found(client, challenge, english):
    slovenian = challenge(title="Kolesarske poti", summary="Varne kolesarske poti.")
    english_page = translate(slovenian, slug="cycling-paths", title="Safe cycling paths")
    english_page.refresh_from_db()

    assert found(client, "kolesarske") == [slovenian.url]
    assert found(client, "cycling", path="/en/search/") == [english_page.url]
    assert found(client, "cycling") == []


def test_draft_page_is_not_found(client, standard_page):
    page = standard_page("Skrivni načrt", summary="Osnutek.")
    page.unpublish()

    assert found(client, "načrt") == []
    assert suggested(client, "skrivni") == []


def test_expired_page_is_not_found_before_expiry_job_runs(client, standard_page):
    page = standard_page("Stari razpis", summary="Razpis za leto 2020.")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(days=1))

    assert found(client, "razpis") == []
    assert suggested(client, "stari") == []


def test_page_expiring_later_is_found(client, standard_page):
    page = standard_page("Novi razpis", summary="Razpis za leto 2031.")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + timedelta(days=1))

    assert found(client, "razpis") == [page.url]


def test_login_restricted_page_is_hidden_from_anonymous_visitor(client, standard_page):
    page = standard_page("Interna navodila", summary="Navodila za osebje.")
    restrict(page, PageViewRestriction.LOGIN)

    response = client.get("/search/", {"q": "navodila"})

    assert page.url not in response.text
    assert "Interna" not in response.text
    assert 'class="search-types"' not in response.text
    assert suggested(client, "interna") == []


def test_login_restricted_page_is_found_by_signed_in_member(client, standard_page):
    page = standard_page("Interna navodila", summary="Navodila za osebje.")
    restrict(page, PageViewRestriction.LOGIN)
    client.force_login(MemberProfileFactory().user)

    assert found(client, "navodila") == [page.url]
    assert client.get(page.url).status_code == 200


def test_children_of_restricted_page_are_hidden(client, standard_page):
    parent = standard_page("Zaprti del", summary="Za člane.")
    child = standard_page("Zapisnik sestanka", parent=parent, summary="Zapisnik.")
    restrict(parent, PageViewRestriction.LOGIN)

    assert child.url not in found(client, "zapisnik")


def test_group_restricted_page_is_hidden_from_member_outside_group(client, standard_page):
    group = Group.objects.create(name="Ambasadorji")
    page = standard_page("Gradivo za ambasadorje", summary="Gradivo.")
    restrict(page, PageViewRestriction.GROUPS, groups=[group])
    client.force_login(MemberProfileFactory().user)

    assert found(client, "gradivo") == []
    assert suggested(client, "gradivo") == []


def test_group_restricted_page_is_found_by_group_member(client, standard_page):
    group = Group.objects.create(name="Ambasadorji")
    page = standard_page("Gradivo za ambasadorje", summary="Gradivo.")
    restrict(page, PageViewRestriction.GROUPS, groups=[group])
    user = MemberProfileFactory().user
    user.groups.add(group)
    client.force_login(user)

    assert found(client, "gradivo") == [page.url]


def test_password_page_is_found_only_after_password_is_given(client, standard_page):
    page = standard_page("Delavnica zaprta", summary="Zaprta delavnica.")
    restriction = restrict(page, PageViewRestriction.PASSWORD, password="geslo123")

    assert found(client, "delavnica") == []

    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    assert found(client, "delavnica") == [page.url]


def test_page_of_another_site_is_not_found(client, root_page, standard_page):
    other_home = HomePage(title="Drugo spletišče", slug="drugo", intro_title="Drugo", intro="x")
    root_page.add_child(instance=other_home)
    Site.objects.create(hostname="drugo.example", root_page=other_home)
    other = StandardPage(title="Kolesarski izlet", slug="izlet", summary="Izlet.")
    other_home.add_child(instance=other)
    other.save_revision().publish()

    assert found(client, "izlet") == []


def test_members_only_profile_is_hidden_from_anonymous_visitor(client, member):
    member(Visibility.MEMBERS, display_name="Tina Zasebna", headline="Oblikovalka storitev")

    response = client.get("/search/", {"q": "oblikovalka"})

    assert "Tina" not in response.text
    assert suggested(client, "tina") == []


def test_members_only_profile_is_found_by_member(client, member):
    profile = member(Visibility.MEMBERS, display_name="Tina Zasebna", headline="Oblikovalka")
    client.force_login(MemberProfileFactory(visibility=Visibility.NOBODY).user)

    links = found(client, "oblikovalka", type="members")

    assert links == [f"/imenik/{profile.slug}/"]
    assert client.get(links[0]).status_code == 200


def test_hidden_profile_is_never_found(client, member):
    member(Visibility.NOBODY, display_name="Skrita Oseba", headline="Analitičarka")
    client.force_login(MemberProfileFactory(visibility=Visibility.NOBODY).user)

    assert found(client, "analiticarka") == []
    assert found(client, "skrita") == []
    assert suggested(client, "skrita") == []


def test_suspended_member_is_not_found(client, member):
    profile = member(display_name="Suspendirana Oseba", headline="Pravnica")
    profile.user.is_active = False
    profile.user.save()

    assert found(client, "pravnica") == []


def test_contact_fields_are_not_searched(client, member):
    member(
        display_name="Ana Kontakt",
        phone="+386 1 999 7777",
        website="https://zqspletnastran.example",
        website_visibility=Visibility.EVERYONE,
    )

    assert found(client, "zqspletnastran") == []
    assert found(client, "7777") == []


def test_public_profile_is_found_by_name_without_diacritics(client, member):
    profile = member(display_name="Žiga Čebašek", headline="Svetovalec")

    assert found(client, "ziga cebasek") == [f"/imenik/{profile.slug}/"]


def test_unverified_organisation_is_not_found(client, directory):
    Organisation.objects.create(name="Zavod Neprevoren", sector="ngo", verified=False)
    verified = Organisation.objects.create(name="Zavod Preverjen", sector="ngo", verified=True)

    links = found(client, "zavod", type="organisations")

    assert links == [f"/imenik/?organisation={verified.slug}"]
