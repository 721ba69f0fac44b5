"""Run a site search for one viewer: parse the query, search each kind, build results.

Pages are found through Wagtail's search backend (database or Elasticsearch)
with the analysed terms of ``search.analysis``; member profiles through the
directory's own ``search_text`` column; organisations through the backend too.
Every function here takes a ``SearchScope`` so that nothing outside what the
viewer may open is ever counted, shown or suggested.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import IntegrityError
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from modelsearch.index import SearchField
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import normalise_query_string

from community.models import Organisation
from community.pages import MemberDirectoryPage

from .analysis import fold, query_terms
from .indexing import TITLE_FIELD, AnalysedField, plain_value
from .models import SearchQueryStat
from .registry import MEMBERS, ORGANISATIONS, RESULT_TYPES, TYPES_BY_KEY, page_type_key
from .snippets import make_snippet, mark_title

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
RESULTS_PER_PAGE = 10
RESULTS_PER_GROUP = 5
# Pages beyond this many matches are not counted or listed; the count shows "500+".
MAX_PAGE_MATCHES = 500
MAX_ORGANISATION_MATCHES = 100
AUTOCOMPLETE_LIMIT = 8
# Of the suggestions, at most this many are members, so pages always get the rest.
MEMBER_SUGGESTIONS = 3


@dataclass
class SearchQuery:
    """A search request with its text checked and analysed.

    ``terms`` holds, for each meaningful word, the tuple of its analysed terms.
    ``notices`` are messages for the searcher about how the request was read.
    """

    text: str = ""
    terms: list = field(default_factory=list)
    type_key: str = ""
    page_number: object = 1
    notices: list = field(default_factory=list)

    @property
    def is_searchable(self):
        return bool(self.terms)

    @property
    def flat_terms(self):
        return [term for alternatives in self.terms for term in alternatives]


def clean_text(raw):
    """Return ``raw`` with control characters removed and whitespace collapsed."""
    printable = "".join(character if character.isprintable() else " " for character in raw)
    return " ".join(printable.split())


def parse_search_query(params, language):
    """Build a ``SearchQuery`` from GET ``params``; never raises on bad input."""
    query = SearchQuery()
    raw = clean_text(params.get("q", ""))
    if len(raw) > MAX_QUERY_LENGTH:
        shortened = raw[:MAX_QUERY_LENGTH]
        # Cut at the last space, so that no half word is searched for.
        raw = shortened.rsplit(" ", 1)[0] if " " in shortened else shortened
        query.notices.append(
            _("Your search was shortened to its first %(count)d characters.")
            % {"count": MAX_QUERY_LENGTH}
        )
    query.text = raw
    terms = query_terms(raw, language)
    if len(terms) > MAX_QUERY_WORDS:
        terms = terms[:MAX_QUERY_WORDS]
        query.notices.append(
            _("Only the first %(count)d words of your search were used.")
            % {"count": MAX_QUERY_WORDS}
        )
    query.terms = terms
    if raw and not terms:
        query.notices.append(
            _(
                "Your search has no words to look for: type at least one word of two or "
                "more letters or digits that is not a common word such as “in” or “the”."
            )
        )
    type_key = params.get("type", "")
    query.type_key = type_key if type_key in TYPES_BY_KEY else ""
    query.page_number = params.get("page", 1)
    return query


def build_backend_query(terms, *, match_all=True):
    """Return a Wagtail search query: each word matches any of its terms."""
    words = []
    for alternatives in terms:
        options = [PlainText(term) for term in alternatives]
        words.append(options[0] if len(options) == 1 else Or(options))
    if len(words) == 1:
        return words[0]
    return And(words) if match_all else Or(words)


@dataclass
class SearchResult:
    """One result as the page shows it; ``title`` and ``snippet`` are escaped HTML."""

    type_key: str
    title: str
    url: str
    snippet: str = ""
    meta: str = ""


@dataclass
class ResultGroup:
    key: str
    label: str
    count: int
    results: list
    has_more_than_count: bool = False

    @property
    def shows_all(self):
        return self.count <= len(self.results)


@dataclass
class SearchOutcome:
    """Everything the search page shows for one request.

    ``groups`` lists every kind with its count, in display order. When a kind is
    chosen (``query.type_key``), ``page`` is the paginator page of its results;
    otherwise each group carries its first few results.
    """

    query: SearchQuery
    groups: list
    total: int
    matched_all_words: bool = True
    page: object = None
    promotions: list = field(default_factory=list)

    @property
    def chosen_group(self):
        for group in self.groups:
            if group.key == self.query.type_key:
                return group
        return None


def _ranked_search(queryset, query, match_all, limit):
    """Return up to ``limit`` objects of ``queryset`` that match ``query``, best first."""
    backend = get_search_backend()
    backend_query = build_backend_query(query.terms, match_all=match_all)
    if not (match_all and len(query.terms) > 1):
        return list(backend.search(backend_query, queryset, order_by_relevance=True)[:limit])

    # The SQLite backend scores an AND of words by multiplying (1 + bm25) of each
    # word, and SQLite's bm25 is negative, so a page matching every word well can
    # rank last (modelsearch 1.3). The objects matching every word are therefore
    # found first and then ranked by one score over all the terms.
    matching = backend.search(backend_query, queryset, order_by_relevance=False)[:limit]
    matching_ids = [obj.pk for obj in matching]
    if not matching_ids:
        return []
    ranking_query = PlainText(" ".join(query.flat_terms), operator="or")
    ranked = backend.search(
        ranking_query, queryset.filter(pk__in=matching_ids), order_by_relevance=True
    )
    return list(ranked[:limit])


def _match_pages(scope, query, match_all):
    """Return ``[(page id, content type id), ...]`` in relevance order, at most MAX_PAGE_MATCHES."""
    pages = scope.pages().only("id", "content_type_id")
    results = _ranked_search(pages, query, match_all, MAX_PAGE_MATCHES)
    return [(page.pk, page.content_type_id) for page in results]


def _load_pages(scope, query, matches):
    """Return a ``SearchResult`` for each ``(page id, content type id)``, in the same order."""
    ids_by_type = defaultdict(list)
    for page_id, content_type_id in matches:
        ids_by_type[content_type_id].append(page_id)
    loaded = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        for page in model.objects.filter(pk__in=ids):
            loaded[page.pk] = page

    results = []
    for page_id, content_type_id in matches:
        page = loaded.get(page_id)
        if page is None:
            continue
        results.append(_page_result(scope, query, page, page_type_key(content_type_id)))
    return results


def _direct_texts(page):
    """Return the page's own indexed texts except its title, without following relations."""
    texts = []
    for search_field in page.get_search_fields():
        if (
            isinstance(search_field, SearchField)
            and not isinstance(search_field, AnalysedField)
            and search_field.field_name != TITLE_FIELD
        ):
            texts.append(plain_value(search_field.get_value(page)))
    return texts


def _page_result(scope, query, page, type_key):
    texts = [page.search_description, *_direct_texts(page)]
    return SearchResult(
        type_key=type_key,
        title=mark_title(page.title, query.flat_terms, scope.language),
        url=page.get_url(),
        snippet=make_snippet(texts, query.flat_terms, scope.language),
        meta=str(page.specific_class._meta.verbose_name) if page.specific_class else "",
    )


def _member_condition(terms):
    """Match a profile's folded ``search_text`` at the start of a word, for every word."""
    condition = Q()
    for alternatives in terms:
        word = Q()
        for term in alternatives:
            word |= Q(search_text__startswith=term) | Q(search_text__contains=f" {term}")
        condition &= word
    return condition


def _directory_page(scope):
    """Return the member directory the searcher may open, or None, which finds no members."""
    return (
        MemberDirectoryPage.objects.filter(pk__in=scope.pages().values("pk"))
        .order_by("path")
        .first()
    )


def _member_results(scope, query, directory, profiles):
    if not profiles:
        return []
    base_url = directory.get_url()
    results = []
    for profile in profiles:
        url = base_url + directory.reverse_subpage("member_profile", args=[profile.slug])
        details = [profile.headline, profile.role, profile.bio]
        results.append(
            SearchResult(
                type_key=MEMBERS,
                title=mark_title(profile.display_name, query.flat_terms, scope.language),
                url=url,
                snippet=make_snippet(
                    [text for text in details if text], query.flat_terms, scope.language
                ),
                meta=profile.organisation.name if profile.organisation_id else "",
            )
        )
    return results


def _members_queryset(scope, query):
    return (
        scope.profiles()
        .filter(_member_condition(query.terms))
        .select_related("organisation")
        .order_by("display_name", "pk")
    )


def _match_organisations(scope, query, match_all):
    organisations = Organisation.objects.filter(verified=True)
    return _ranked_search(organisations, query, match_all, MAX_ORGANISATION_MATCHES)


def _organisation_results(scope, query, directory, organisations):
    if not organisations:
        return []
    base_url = directory.get_url()
    return [
        SearchResult(
            type_key=ORGANISATIONS,
            title=mark_title(organisation.name, query.flat_terms, scope.language),
            url=f"{base_url}?organisation={organisation.slug}",
            meta=organisation.get_sector_display(),
        )
        for organisation in organisations
    ]


def _promotions(scope, query):
    """Return the editors' picks for this exact query that the viewer may open."""
    query_string = normalise_query_string(query.text)
    if not query_string:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .filter(Q(page__isnull=True) | Q(page__in=scope.pages().values("pk")))
        .select_related("page")
        .order_by("sort_order")
    )
    picks = []
    for promotion in promotions:
        if promotion.page_id:
            url = promotion.page.get_url()
            title = promotion.page.title
            description = promotion.description or promotion.page.search_description
        else:
            url = promotion.external_link_url
            title = promotion.external_link_text or promotion.external_link_url
            description = promotion.description
        if url:
            picks.append({"title": title, "url": url, "description": description})
    return picks


def _paginate(items, page_number, query):
    paginator = Paginator(items, RESULTS_PER_PAGE)
    try:
        return paginator.page(page_number)
    except PageNotAnInteger:
        if str(page_number).strip():
            query.notices.append(_("The page number was not valid, so the first page is shown."))
        return paginator.page(1)
    except EmptyPage:
        query.notices.append(
            _("There is no page %(number)s of these results, so the last page is shown.")
            % {"number": page_number}
        )
        return paginator.page(paginator.num_pages)


def search_site(scope, query):
    """Return a ``SearchOutcome`` for ``query`` limited to ``scope``.

    Multi-word queries first require every word; when that finds nothing they
    fall back to any word, and ``matched_all_words`` says so.
    """
    if not query.is_searchable:
        return SearchOutcome(query=query, groups=[], total=0)

    outcome = _run(scope, query, match_all=True)
    if outcome.total == 0 and len(query.terms) > 1:
        outcome = _run(scope, query, match_all=False)
        outcome.matched_all_words = False
    outcome.promotions = _promotions(scope, query)
    return outcome


def _run(scope, query, *, match_all):
    chosen = query.type_key
    page_matches = _match_pages(scope, query, match_all)
    matches_by_type = defaultdict(list)
    for match in page_matches:
        matches_by_type[page_type_key(match[1])].append(match)

    directory = _directory_page(scope)
    members = _members_queryset(scope, query) if directory else None
    organisations = _match_organisations(scope, query, match_all) if directory else []
    member_count = members.count() if members is not None else 0

    groups = []
    for result_type in RESULT_TYPES:
        if result_type.key == MEMBERS:
            count = member_count
        elif result_type.key == ORGANISATIONS:
            count = len(organisations)
        else:
            count = len(matches_by_type[result_type.key])
        groups.append(
            ResultGroup(
                key=result_type.key,
                label=result_type.label,
                count=count,
                results=[],
                has_more_than_count=(result_type.is_page and len(page_matches) >= MAX_PAGE_MATCHES),
            )
        )
    total = sum(group.count for group in groups)
    outcome = SearchOutcome(query=query, groups=groups, total=total)
    if total == 0:
        return outcome

    if chosen:
        outcome.page = _chosen_page(
            scope, query, chosen, matches_by_type, members, organisations, directory
        )
        for group in groups:
            if group.key == chosen:
                group.results = list(outcome.page.object_list)
        return outcome

    shown_pages = []
    for result_type in RESULT_TYPES:
        if result_type.is_page:
            shown_pages.extend(matches_by_type[result_type.key][:RESULTS_PER_GROUP])
    page_results = _load_pages(scope, query, shown_pages)
    for group in groups:
        if group.key == MEMBERS and member_count:
            group.results = _member_results(scope, query, directory, members[:RESULTS_PER_GROUP])
        elif group.key == ORGANISATIONS:
            group.results = _organisation_results(
                scope, query, directory, organisations[:RESULTS_PER_GROUP]
            )
        else:
            group.results = [result for result in page_results if result.type_key == group.key]
    return outcome


class _LazyResults:
    """A sequence for ``Paginator`` that builds results only for the slice it shows."""

    def __init__(self, items, build):
        self.items = items
        self.build = build

    def count(self):
        return self.items.count() if hasattr(self.items, "query") else len(self.items)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        return self.build(self.items[index])


def _chosen_page(scope, query, chosen, matches_by_type, members, organisations, directory):
    if chosen == MEMBERS:
        items = _LazyResults(
            members if members is not None else [],
            lambda profiles: _member_results(scope, query, directory, profiles),
        )
    elif chosen == ORGANISATIONS:
        items = _LazyResults(
            organisations,
            lambda chosen_organisations: _organisation_results(
                scope, query, directory, chosen_organisations
            ),
        )
    else:
        items = _LazyResults(
            matches_by_type[chosen], lambda matches: _load_pages(scope, query, matches)
        )
    return _paginate(items, query.page_number, query)


def record_search(query, language, result_count):
    """Count a search and whether it found nothing, for the editors' report.

    Sends one UPDATE, or an INSERT the first time a query string is seen.
    """
    query_string = normalise_query_string(query.text)[:255]
    if not query_string:
        return
    now = timezone.now()
    empty = 1 if result_count == 0 else 0
    changes = {
        "searches": F("searches") + 1,
        "searches_without_results": F("searches_without_results") + empty,
        "last_searched_at": now,
    }
    rows = SearchQueryStat.objects.filter(query_string=query_string, language=language)
    if rows.update(**changes):
        return
    try:
        SearchQueryStat.objects.create(
            query_string=query_string,
            language=language,
            searches=1,
            searches_without_results=empty,
            last_searched_at=now,
        )
    except IntegrityError:
        # Another request inserted the row first.
        rows.update(**changes)


def autocomplete(scope, text):
    """Return up to AUTOCOMPLETE_LIMIT suggestions ``{"title", "url", "type"}`` for ``text``."""
    text = clean_text(text)[:MAX_QUERY_LENGTH]
    folded = " ".join(fold(text).split()[:MAX_QUERY_WORDS])
    folded = "".join(
        character if character.isalnum() or character == " " else " " for character in folded
    ).strip()
    if len(folded) < 2:
        return []

    suggestions = []
    pages = scope.pages().only("id", "title", "url_path", "content_type_id", "path", "depth")
    for page in pages.autocomplete(folded)[: AUTOCOMPLETE_LIMIT - MEMBER_SUGGESTIONS]:
        suggestions.append(
            {
                "title": page.title,
                "url": page.get_url(),
                "type": str(TYPES_BY_KEY[page_type_key(page.content_type_id)].label),
            }
        )
    directory = _directory_page(scope)
    if directory is not None:
        base_url = directory.get_url()
        words = folded.split()
        condition = Q()
        for word in words:
            condition &= Q(search_text__startswith=word) | Q(search_text__contains=f" {word}")
        matching = scope.profiles().filter(condition).order_by("display_name")
        for profile in matching[:MEMBER_SUGGESTIONS]:
            suggestions.append(
                {
                    "title": profile.display_name,
                    "url": base_url
                    + directory.reverse_subpage("member_profile", args=[profile.slug]),
                    "type": str(TYPES_BY_KEY[MEMBERS].label),
                }
            )
    return suggestions
