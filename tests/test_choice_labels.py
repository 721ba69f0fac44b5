import pytest
from django.db.models import Model
from django.utils import translation

from challenges.models import ChallengePage
from community.models import MemberProfile
from trainings.models import TrainingPage

pytestmark = pytest.mark.django_db

CASES = [
    (ChallengePage, "status", ["open", "in_progress", "unknown-status"]),
    (ChallengePage, "region", ["gorenjska", "abroad", "", "somewhere"]),
    (ChallengePage, "mode", ["online", "hybrid"]),
    (TrainingPage, "language", ["sl", "en", "de"]),
    (TrainingPage, "format", ["online", "in_person"]),
    (MemberProfile, "region", ["osrednjeslovenska", "", None]),
]


def test_choice_labels_match_django_both_languages():
    for model, field_name, values in CASES:
        field = model._meta.get_field(field_name)
        for value in values:
            item = model(**{field_name: value})
            for language in ("sl", "en"):
                with translation.override(language):
                    label = getattr(item, f"get_{field_name}_display")()
                    expected = Model._get_FIELD_display(item, field)

                assert label == expected, (model.__name__, field_name, value, language)


def test_region_label_is_translated():
    challenge = ChallengePage(region="gorenjska")

    with translation.override("sl"):
        slovenian = challenge.get_region_display()
    with translation.override("en"):
        english = challenge.get_region_display()

    assert slovenian == "Gorenjska"
    assert english == "Upper Carniola"
