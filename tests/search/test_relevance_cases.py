"""The relevance set stays large, bilingual and well-formed.

Running it needs the whole demo content, which takes minutes to load, so the
figures come from benchmarks/search_relevance.py instead of the test suite.
"""

from pathlib import Path

from search.registry import TYPES_BY_KEY
from search.relevance import load_cases

CASES = load_cases(Path(__file__).parent / "relevance.yaml")


def test_relevance_set_has_at_least_sixty_queries():
    assert len(CASES) >= 60


def test_relevance_set_covers_both_languages():
    languages = [case["language"] for case in CASES]

    assert languages.count("sl") >= 30
    assert languages.count("en") >= 15


def test_relevance_cases_name_known_kinds():
    for case in CASES:
        assert case["query"].strip(), case
        assert case["expected"], case
        for expected in case["expected"]:
            kind, slug = expected.split("/", 1)
            assert kind in TYPES_BY_KEY, expected
            assert slug, expected


def test_relevance_queries_are_not_repeated():
    keys = [(case["language"], case["query"].casefold()) for case in CASES]

    assert len(keys) == len(set(keys))
