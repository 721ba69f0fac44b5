import json

import pytest

from challenges.choices import ChallengeStatus
from challenges.models import ChallengeTeamMember, ChallengeUpdate, StatusChange
from tests.challenges.factories import make_challenge, representative
from tests.factories import MemberProfileFactory, UserFactory
from tests.support import count_queries

pytestmark = pytest.mark.django_db


def test_index_lists_only_published_challenges(client, index):
    make_challenge(index, number=1, title="Čakalne vrste v zdravstvenem domu")
    draft = make_challenge(index, number=2, title="Neobjavljen osnutek")
    draft.unpublish()

    response = client.get("/izzivi/")

    assert response.status_code == 200
    assert "Čakalne vrste v zdravstvenem domu" in response.text
    assert "Neobjavljen osnutek" not in response.text


def test_index_cards_list_topics_by_name(client, index):
    make_challenge(index, number=1, title="Prvi izziv", topics=["zdravje", "mobilnost"])
    make_challenge(index, number=2, title="Drugi izziv", topics=["okolje"])

    response = client.get("/izzivi/")
    first_card = response.text.split("Prvi izziv")[1].split("</article>")[0]
    second_card = response.text.split("Drugi izziv")[1].split("</article>")[0]

    assert "<li>mobilnost</li><li>zdravje</li>" in first_card
    assert "<li>okolje</li>" in second_card
    assert "zdravje" not in second_card


def test_index_filters_by_status_topic_and_region(client, index):
    make_challenge(index, number=1, title="Prvi izziv", topics=["zdravje"], region="gorenjska")
    make_challenge(
        index,
        number=2,
        title="Drugi izziv",
        topics=["mobilnost"],
        status=ChallengeStatus.PROTOTYPING,
    )

    by_topic = client.get("/izzivi/?topic=zdravje")
    by_status = client.get("/izzivi/?status=prototyping")
    by_region = client.get("/izzivi/?region=gorenjska")

    assert "Prvi izziv" in by_topic.text
    assert "Drugi izziv" not in by_topic.text
    assert "Drugi izziv" in by_status.text
    assert "Prvi izziv" not in by_status.text
    assert "Prvi izziv" in by_region.text
    assert "Drugi izziv" not in by_region.text


def test_index_filters_by_sector_skill_and_mode(client, index):
    make_challenge(index, number=1, title="Spletni izziv", mode="online", skills=["podatki"])
    make_challenge(index, number=2, title="Izziv v živo", mode="in_person")

    by_mode = client.get("/izzivi/?mode=online")
    by_skill = client.get("/izzivi/?skill=podatki")
    by_sector = client.get("/izzivi/?sector=private")

    assert "Spletni izziv" in by_mode.text
    assert "Izziv v živo" not in by_mode.text
    assert "Spletni izziv" in by_skill.text
    assert "Izziv v živo" not in by_skill.text
    assert "Spletni izziv" not in by_sector.text


def test_index_ignores_invalid_filter_values(client, index):
    make_challenge(index, number=1, title="Edini izziv")

    response = client.get("/izzivi/?status=<script>&topic=ni-ga&region=mars&sort=x&page=abc")

    assert response.status_code == 200
    assert "Edini izziv" in response.text
    assert "<script>" not in response.text


def test_index_sorts_by_closing_date(client, index):
    import datetime

    make_challenge(index, number=1, title="Zapre se pozneje", apply_by=datetime.date(2031, 5, 1))
    make_challenge(index, number=2, title="Zapre se prej", apply_by=datetime.date(2031, 2, 1))

    response = client.get("/izzivi/?sort=closing")

    assert response.text.index("Zapre se prej") < response.text.index("Zapre se pozneje")


def test_index_paginates_and_counts_results(client, index):
    for number in range(14):
        make_challenge(index, number=number)

    first = client.get("/izzivi/")
    second = client.get("/izzivi/?page=2")

    assert "14 challenges" in first.text or "14 izziv" in first.text
    assert first.text.count('class="challenge-card"') == 12
    assert second.text.count('class="challenge-card"') == 2


def test_pagination_links_keep_the_filters(client, index):
    for number in range(14):
        make_challenge(index, number=number)

    plain = client.get("/izzivi/")
    filtered = client.get("/izzivi/", {"status": "open"})

    assert 'rel="next" href="?page=2"' in plain.text
    assert 'rel="next" href="?status=open&amp;page=2"' in filtered.text


def test_index_page_past_end_shows_first(client, index):
    make_challenge(index, number=1, title="Prvi izziv")

    for number in ("3", "99999999999999999999999", "-5"):
        response = client.get("/izzivi/", {"page": number})

        assert response.status_code == 200, number
        assert "Prvi izziv" in response.text, number


def test_contact_hidden_from_public_and_members(client, index):
    challenge = make_challenge(index, contact_email="skrita.oseba@ustanova.example")

    anonymous = client.get(challenge.url)
    client.force_login(MemberProfileFactory().user)
    member = client.get(challenge.url)

    assert "skrita.oseba@ustanova.example" not in anonymous.text
    assert "skrita.oseba@ustanova.example" not in member.text


def test_contact_shown_to_staff_and_team(client, index):
    challenge = make_challenge(index, contact_email="skrita.oseba@ustanova.example")
    facilitator = UserFactory()
    ChallengeTeamMember.objects.create(challenge=challenge, user=facilitator, role="lead")

    client.force_login(UserFactory(is_staff=True))
    staff = client.get(challenge.url)
    client.force_login(facilitator)
    team = client.get(challenge.url)

    assert "skrita.oseba@ustanova.example" in staff.text
    assert "skrita.oseba@ustanova.example" in team.text


def test_feed_lists_published_challenges(client, index):
    make_challenge(index, number=1, title="Izziv v viru")

    rss = client.get("/challenge-hub/feed/rss/")
    atom = client.get("/challenge-hub/feed/atom/")

    assert rss.status_code == 200
    assert "Izziv v viru" in rss.text
    assert atom.status_code == 200
    assert "Izziv v viru" in atom.text


def test_open_data_exports_public_fields_only(client, index):
    make_challenge(
        index,
        title="Izziv za odprte podatke",
        contact_name="Skrita Kontaktna",
        contact_email="skrita@ustanova.example",
        contact_phone="+386 1 999 9999",
    )

    as_json = client.get("/challenge-hub/open-data/challenges.json")
    as_csv = client.get("/challenge-hub/open-data/challenges.csv")

    rows = json.loads(as_json.content)["challenges"]
    assert rows[0]["title"] == "Izziv za odprte podatke"
    assert "contact_email" not in rows[0]
    for body in (as_json.content.decode(), as_csv.content.decode()):
        assert "Izziv za odprte podatke" in body
        assert "skrita@ustanova.example" not in body
        assert "Skrita Kontaktna" not in body
        assert "999 9999" not in body


def test_export_applies_filters(client, index):
    make_challenge(index, number=1, title="Odprt izziv")
    make_challenge(index, number=2, title="Zaključen izziv", status=ChallengeStatus.COMPLETED)

    response = client.get("/challenge-hub/open-data/challenges.json?status=completed")

    titles = [row["title"] for row in json.loads(response.content)["challenges"]]
    assert titles == ["Zaključen izziv"]


def test_update_author_name_follows_profile_visibility(client, index):
    challenge = make_challenge(index)
    hidden = MemberProfileFactory(display_name="Skrita Avtorica", visibility="nobody")
    shown = MemberProfileFactory(display_name="Vidna Avtorica", visibility="everyone")
    ChallengeUpdate.objects.create(
        challenge=challenge, kind="question", text="A", author=hidden.user
    )
    ChallengeUpdate.objects.create(
        challenge=challenge, kind="decision", text="B", author=shown.user
    )

    response = client.get(challenge.url)

    assert "Vidna Avtorica" in response.text
    assert "Skrita Avtorica" not in response.text
    assert hidden.user.email not in response.text


def _add_activity(challenge, count):
    author = representative(challenge.institution, visibility="everyone").user
    for number in range(count):
        ChallengeUpdate.objects.create(
            challenge=challenge, kind="reflection", text=f"Zapis {number}", author=author
        )
        StatusChange.objects.create(
            challenge=challenge, from_status="open", to_status="open", changed_by=author
        )


def test_challenge_page_query_count_does_not_grow_with_activity(client, index):
    challenge = make_challenge(index, topics=["a", "b"], skills=["c"])
    _add_activity(challenge, 3)
    few = count_queries(client, challenge.url)

    _add_activity(challenge, 37)
    many = count_queries(client, challenge.url)

    assert few == many
    assert many <= 15
