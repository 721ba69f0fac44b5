import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.models import SearchQueryStat
from search.services import RESULTS_PER_GROUP, RESULTS_PER_PAGE
from tests.support import count_queries

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h3 class="result__title"><a href="([^"]+)">')


def result_links(response):
    return RESULT_LINK.findall(response.text)


def test_search_finds_challenge_by_word_in_summary(client, challenge):
    found = challenge(title="Čakalne vrste", summary="Predolgo čakanje na zdravnika.")
    challenge(title="Prometna varnost", summary="Kolesarji v mestu.")

    response = client.get("/search/", {"q": "zdravnika"})

    assert response.status_code == 200
    assert result_links(response) == [found.url]


def test_results_are_grouped_by_kind_with_counts(client, challenge, method):
    challenge(title="Soustvarjanje v šolah", summary="Učenci soustvarjajo pravila.")
    challenge(title="Soustvarjanje v bolnišnici", summary="Bolniki in osebje skupaj.")
    method("Svetovna kavarna", "Pogovori o soustvarjanju v majhnih skupinah.")

    response = client.get("/search/", {"q": "soustvarjanje"})

    text = response.text
    assert re.search(r"Izzivi <span class=\"search-types__count\">2</span>", text)
    assert re.search(r"Metode <span class=\"search-types__count\">1</span>", text)
    assert 'id="search-group-challenges"' in text
    assert 'id="search-group-methods"' in text


def test_kind_filter_lists_only_that_kind(client, challenge, method):
    challenge(title="Soustvarjanje v šolah", summary="Učenci soustvarjajo pravila.")
    found = method("Svetovna kavarna", "Soustvarjanje v majhnih skupinah.")

    response = client.get("/search/", {"q": "soustvarjanje", "type": "methods"})

    assert result_links(response) == [found.url]


def test_all_view_shows_first_results_of_each_kind_and_link_to_rest(client, challenge):
    for number in range(RESULTS_PER_GROUP + 2):
        challenge(title=f"Mobilnost {number}", summary="Javni prevoz na podeželju.")

    response = client.get("/search/", {"q": "prevoz"})

    assert len(result_links(response)) == RESULTS_PER_GROUP
    assert "type=challenges" in response.text
    assert f"Prikaži vseh {RESULTS_PER_GROUP + 2} zadetkov" in response.text


def test_second_page_lists_the_remaining_results(client, challenge):
    for number in range(RESULTS_PER_PAGE + 3):
        challenge(title=f"Mobilnost {number}", summary="Javni prevoz na podeželju.")

    first = client.get("/search/", {"q": "prevoz", "type": "challenges"})
    second = client.get("/search/", {"q": "prevoz", "type": "challenges", "page": 2})

    assert len(result_links(first)) == RESULTS_PER_PAGE
    assert len(result_links(second)) == 3
    assert not set(result_links(first)) & set(result_links(second))


def test_snippet_marks_the_matching_words(client, challenge):
    challenge(title="Vrste", summary="Ljudje dolgo čakajo na obravnavo v zdravstvenih domovih.")

    response = client.get("/search/", {"q": "zdravstveni dom"})

    assert "<mark>zdravstvenih</mark> <mark>domovih</mark>" in response.text


def test_snippet_shows_plain_words_of_rich_text(client, method):
    method(
        "Odprti prostor",
        "Velika skupina.",
        when_to_use='<p>Ko je <b>udeležencev</b> veliko. <a href="/x">Povezava</a></p>',
    )

    response = client.get("/search/", {"q": "udeležencev"})

    snippet = re.search(r'<p class="result__snippet">(.*?)</p>', response.text, re.S).group(1)
    assert "<b>" not in snippet
    assert "<a " not in snippet
    assert "<mark>udeležencev</mark>" in snippet


def test_markup_typed_in_content_is_not_rendered_in_snippet(client, challenge):
    challenge(title="Oznake", summary="Obrazec <script>alert(1)</script> za vloge.")

    response = client.get("/search/", {"q": "obrazec"})

    assert "<script>alert(1)" not in response.text
    assert "<mark>Obrazec</mark>" in response.text


def test_no_match_shows_help(client, challenge):
    challenge(title="Prometna varnost", summary="Kolesarji v mestu.")

    response = client.get("/search/", {"q": "astronavtika"})

    assert "Iskanje ni našlo ničesar." in response.text
    assert "Preverite črkovanje" in response.text


def test_words_not_all_found_fall_back_to_any_word(client, challenge):
    found = challenge(title="Kolesarji", summary="Varne kolesarske poti.")

    response = client.get("/search/", {"q": "kolesarji astronavtika"})

    assert result_links(response) == [found.url]
    assert "vsebujejo le nekatere" in response.text


def test_every_result_link_opens(client, challenge, method, standard_page, member):
    challenge(title="Digitalna vključenost", summary="Digitalne veščine starejših.")
    method("Zemljevid uporabniške izkušnje", "Digitalne storitve skozi oči uporabnika.")
    standard_page("O digitalnem stičišču", summary="Digitalni projekti.")
    profile = member(display_name="Mojca Digitalna", headline="Digitalna preobrazba")
    profile.organisation.name = "Ministrstvo za digitalno preobrazbo"
    profile.organisation.save()

    response = client.get("/search/", {"q": "digitalno"})
    links = result_links(response)

    assert len(links) >= 5
    for link in links:
        assert client.get(link).status_code == 200, link


def test_promotion_is_shown_above_results(client, challenge, standard_page):
    promoted = standard_page("Kako prijaviti izziv", summary="Navodila.")
    challenge(title="Prijava", summary="Prijavnica izziva.")
    SearchPromotion.objects.create(
        query=Query.get("prijava"), page=promoted, description="Vse o prijavi."
    )

    response = client.get("/search/", {"q": "Prijava"})

    assert "Priporočamo" in response.text
    assert response.text.index(promoted.url) < response.text.index('class="result-count"')


def test_promotion_of_restricted_page_is_not_shown(client, standard_page):
    promoted = standard_page("Interna navodila", summary="Samo za osebje.")
    PageViewRestriction.objects.create(page=promoted, restriction_type=PageViewRestriction.LOGIN)
    SearchPromotion.objects.create(query=Query.get("navodila"), page=promoted)

    response = client.get("/search/", {"q": "navodila"})

    assert promoted.url not in response.text


def test_search_without_results_is_counted_for_the_report(client, challenge):
    challenge(title="Kolesarji", summary="Varne poti.")

    client.get("/search/", {"q": "Astronavtika"})
    client.get("/search/", {"q": "astronavtika"})
    client.get("/search/", {"q": "kolesarji"})

    stat = SearchQueryStat.objects.get(query_string="astronavtika")
    assert stat.searches_without_results == 2
    assert SearchQueryStat.objects.get(query_string="kolesarji").searches_without_results == 0


def test_editor_report_lists_most_frequent_searches_without_results(admin_client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    SearchQueryStat.objects.create(
        query_string="parkirišča",
        language="sl",
        searches=3,
        searches_without_results=3,
        last_searched_at="2026-01-01T10:00Z",
    )
    SearchQueryStat.objects.create(
        query_string="vrtci",
        language="sl",
        searches=9,
        searches_without_results=7,
        last_searched_at="2026-01-01T10:00Z",
    )

    response = admin_client.get("/admin/reports/searches-without-results/")

    assert response.status_code == 200
    text = response.content.decode()
    assert text.index("vrtci") < text.index("parkirišča")


def test_report_is_forbidden_to_member_without_permission(client, member, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    user = member().user
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.get("/admin/reports/searches-without-results/")

    assert response.status_code in (302, 403)


def test_query_count_does_not_grow_with_data(client, challenge, method, member):
    for number in range(3):
        challenge(title=f"Promet {number}", summary="Javni prevoz.")
        member(display_name=f"Ana Prevoz {number}")
    method("Svetovna kavarna", "Pogovor o prevozu.")
    path = "/search/?q=prevoz"
    few = count_queries(client, path)

    for number in range(3, 15):
        challenge(title=f"Promet {number}", summary="Javni prevoz.")
        member(display_name=f"Ana Prevoz {number}")

    assert count_queries(client, path) == few
    assert few <= 15
