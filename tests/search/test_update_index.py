import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_update_index_reports_progress_per_model(challenge, capsys):
    challenge(title="Kolesarjenje", summary="Varne poti.")
    challenge(title="Pitna voda", summary="Vodovod.")

    call_command("update_index", chunk_size=1)

    output = capsys.readouterr().out
    assert "challenges.ChallengePage" in output
    assert " 1/2 2/2" in output


def test_rebuilt_index_still_finds_content(client, challenge):
    page = challenge(title="Kolesarjenje", summary="Varne poti v šolo.")

    call_command("update_index", verbosity=0)

    assert page.url in client.get("/search/", {"q": "kolesarjenja"}).text
