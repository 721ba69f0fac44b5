import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

PROJECT_DIR = Path(__file__).resolve().parents[2]
LANGUAGES = ["sl", "en"]
IGNORED = [".venv", ".tools", "tests", "benchmarks", "node_modules", "media", "static", "artifacts"]


def _catalogue(locale_dir, language):
    return polib.pofile(str(locale_dir / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_translates_every_string(language):
    catalogue = _catalogue(PROJECT_DIR / "locale", language)

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []
    assert not catalogue.metadata_is_fuzzy


def test_catalogues_contain_every_string_in_the_code(tmp_path, settings, monkeypatch):
    # makemessages writes next to the sources it reads, so it runs on a copy of the project.
    copy = tmp_path / "project"
    shutil.copytree(PROJECT_DIR, copy, ignore=shutil.ignore_patterns(*IGNORED, "*.mo", ".git"))
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)

    call_command(
        "makemessages",
        locale=LANGUAGES,
        ignore_patterns=IGNORED,
        no_obsolete=True,
        verbosity=0,
    )

    for language in LANGUAGES:
        extracted = _catalogue(copy / "locale", language)
        missing = [entry.msgid for entry in extracted.untranslated_entries()]
        assert missing == [], f"strings missing from the {language} catalogue: {missing}"
