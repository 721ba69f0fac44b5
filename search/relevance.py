"""Measure how well the search ranks the results people expect (recall@5 and MRR).

Used by ``benchmarks/search_relevance.py`` and by the relevance test. Each case
is a query in one language with expected results written as ``<kind>/<slug>``.
A result is ranked within its kind's list, the list the search page shows
under that kind's heading or tab.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import translation

from .scope import SearchScope
from .services import parse_search_query, search_site

RECALL_DEPTH = 5


@dataclass
class RelevanceReport:
    cases: int = 0
    expected: int = 0
    found: int = 0
    reciprocal_ranks: list = field(default_factory=list)
    misses: list = field(default_factory=list)

    @property
    def recall(self):
        return self.found / self.expected if self.expected else 0.0

    @property
    def mean_reciprocal_rank(self):
        ranks = self.reciprocal_ranks
        return sum(ranks) / len(ranks) if ranks else 0.0


def load_cases(path):
    # PyYAML is a development dependency; only benchmarks and tests load cases.
    import yaml

    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _matches(url, kind, slug):
    if kind == "organisations":
        return url.endswith(f"organisation={slug}")
    return url.rstrip("/").endswith(f"/{slug}")


def ranked_urls(scope, text, kind):
    """Return the URLs of the first results of ``kind`` for ``text``, best first."""
    params = QueryDict(mutable=True)
    params.update({"q": text, "type": kind})
    query = parse_search_query(params, scope.language)
    outcome = search_site(scope, query)
    if outcome.page is None:
        return []
    return [result.url for result in outcome.page.object_list]


def evaluate(cases):
    """Run every case as an anonymous visitor and return a ``RelevanceReport``."""
    report = RelevanceReport()
    scopes = {}
    for case in cases:
        language = case["language"]
        if language not in scopes:
            scopes[language] = SearchScope.for_visitor(language)
        report.cases += 1
        best_rank = None
        with translation.override(language):
            rankings = {}
            for expected in case["expected"]:
                kind, slug = expected.split("/", 1)
                if kind not in rankings:
                    rankings[kind] = ranked_urls(scopes[language], case["query"], kind)
                urls = rankings[kind]
                rank = next(
                    (position for position, url in enumerate(urls, 1) if _matches(url, kind, slug)),
                    None,
                )
                report.expected += 1
                if rank is not None and rank <= RECALL_DEPTH:
                    report.found += 1
                else:
                    report.misses.append((language, case["query"], expected, rank))
                if rank is not None and (best_rank is None or rank < best_rank):
                    best_rank = rank
        report.reciprocal_ranks.append(1 / best_rank if best_rank else 0.0)
    return report
