"""Every page gives search engines a meta description of its content."""

import re

import pytest

from tests.challenges.factories import make_challenge, make_index

pytestmark = pytest.mark.django_db


def _description(response):
    match = re.search(r'<meta name="description" content="([^"]*)">', response.text)
    assert match, "no meta description"
    return match.group(1)


def test_challenge_describes_itself_with_its_summary(client, home):
    challenge = make_challenge(make_index(home), summary="Čakalne vrste <b>so</b> predolge.")

    response = client.get(challenge.url)

    assert _description(response) == "Čakalne vrste so predolge."


def test_editor_description_wins_over_summary(client, home):
    challenge = make_challenge(
        make_index(home), summary="Povzetek.", search_description="Opis za iskalnike."
    )

    response = client.get(challenge.url)

    assert _description(response) == "Opis za iskalnike."


def test_long_summary_is_shortened(client, home):
    challenge = make_challenge(make_index(home), summary="beseda " * 80)

    description = _description(client.get(challenge.url))

    assert len(description) <= 160
    assert description.endswith("…")


def test_textless_page_gets_hub_description(client, home):
    slovenian = _description(client.get("/search/"))
    english = _description(client.get("/en/search/"))

    assert slovenian
    assert english.startswith("Public institutions bring challenges")
    assert slovenian != english
