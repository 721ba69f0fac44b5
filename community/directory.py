"""Search, filter and count the member directory.

``parse_directory_query`` turns GET parameters into a ``DirectoryQuery`` and drops
every value it does not know. ``search_directory`` runs that query for a viewer and
returns the matching profiles with facet counts. Each facet is counted on the
profiles that match the text and every other facet's filter, so choosing a value
still shows the counts of the other values in that facet. Values of one facet
are combined with OR, and facets with AND.
"""

import hashlib
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connections, transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from .choices import Language, OpenTo, Region, Sector
from .models import ExpertiseTag, MemberProfile, Organisation, ProfileLanguage
from .normalise import normalise_text

MAX_QUERY_LENGTH = 100
MAX_QUERY_WORDS = 8
# Caps the size of the SQL that one request can cause, whatever the URL contains.
MAX_VALUES_PER_FILTER = 20
TOP_ORGANISATIONS = 15
TOP_TAGS = 20
SLUG_PATTERN = re.compile(r"^[-\w]{1,100}$")

# Facet counts are cached per question and audience under a version number that
# every change to profiles, tags, languages, organisations or accounts increases.
COUNTS_VERSION_KEY = "community:directory-version"
COUNTS_TIMEOUT = 600

SORT_NAME = "name"
SORT_NEWEST = "newest"
SORT_CHOICES = [(SORT_NAME, _("name")), (SORT_NEWEST, _("newest first"))]
SORT_ORDER = {SORT_NAME: ("display_name", "pk"), SORT_NEWEST: ("-created_at", "-pk")}

# GET parameter names of the facets, in the order the page shows them.
SECTOR = "sector"
ORGANISATION = "organisation"
REGION = "region"
EXPERTISE = "expertise"
LANGUAGE = "language"
OPEN_TO = "open_to"
FACILITATOR = "facilitator"
AMBASSADOR = "ambassador"
FLAG_PARAMETERS = (FACILITATOR, AMBASSADOR)
FLAG_VALUE = "1"


@dataclass
class DirectoryQuery:
    """A directory request with every unknown or malformed value removed."""

    text: str = ""
    words: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    organisations: list = field(default_factory=list)  # slugs of verified organisations
    regions: list = field(default_factory=list)
    expertise: list = field(default_factory=list)  # tag slugs
    languages: list = field(default_factory=list)
    open_to: list = field(default_factory=list)
    facilitator: bool = False
    ambassador: bool = False
    sort: str = SORT_NAME
    text_was_cut: bool = False

    def filter_values(self):
        """Return the chosen values of the multi-value facets, keyed by parameter name."""
        values = {
            SECTOR: self.sectors,
            ORGANISATION: self.organisations,
            REGION: self.regions,
            EXPERTISE: self.expertise,
            LANGUAGE: self.languages,
            OPEN_TO: self.open_to,
        }
        return {name: chosen for name, chosen in values.items() if chosen}

    def as_parameters(self):
        """Return the query as a list of GET parameter pairs, without the page number."""
        pairs = []
        if self.text:
            pairs.append(("q", self.text))
        for name, chosen in self.filter_values().items():
            pairs.extend((name, value) for value in chosen)
        for name in FLAG_PARAMETERS:
            if getattr(self, name):
                pairs.append((name, FLAG_VALUE))
        if self.sort != SORT_NAME:
            pairs.append(("sort", self.sort))
        return pairs


def _choices(params, name, allowed):
    """Return the distinct values of ``name`` that are in ``allowed``, in request order."""
    chosen = []
    for value in params.getlist(name)[: MAX_VALUES_PER_FILTER * 2]:
        if value in allowed and value not in chosen:
            chosen.append(value)
    return chosen[:MAX_VALUES_PER_FILTER]


def _slugs(params, name):
    chosen = []
    for value in params.getlist(name)[: MAX_VALUES_PER_FILTER * 2]:
        if SLUG_PATTERN.match(value) and value not in chosen:
            chosen.append(value)
    return chosen[:MAX_VALUES_PER_FILTER]


def parse_directory_query(params):
    """Build a ``DirectoryQuery`` from ``params`` (a ``QueryDict``).

    Organisation and tag slugs are checked against the database, with one query
    each and only when the request names any.
    """
    # Control characters such as NUL are never part of a name, and PostgreSQL
    # rejects NUL in text parameters.
    printable = "".join(c if c.isprintable() else " " for c in params.get("q", ""))
    raw_text = " ".join(printable.split())
    text = raw_text[:MAX_QUERY_LENGTH]
    words = list(dict.fromkeys(normalise_text(text).split()))[:MAX_QUERY_WORDS]
    query = DirectoryQuery(
        text=text if words else "",
        words=words,
        text_was_cut=len(raw_text) > MAX_QUERY_LENGTH,
        sectors=_choices(params, SECTOR, Sector.values),
        regions=_choices(params, REGION, Region.values),
        languages=_choices(params, LANGUAGE, Language.values),
        open_to=_choices(params, OPEN_TO, OpenTo.values),
        facilitator=params.get(FACILITATOR) == FLAG_VALUE,
        ambassador=params.get(AMBASSADOR) == FLAG_VALUE,
        sort=params.get("sort") if params.get("sort") in SORT_ORDER else SORT_NAME,
    )

    organisation_slugs = _slugs(params, ORGANISATION)
    if organisation_slugs:
        known = set(
            Organisation.objects.filter(slug__in=organisation_slugs, verified=True).values_list(
                "slug", flat=True
            )
        )
        query.organisations = [slug for slug in organisation_slugs if slug in known]
    tag_slugs = _slugs(params, EXPERTISE)
    if tag_slugs:
        known = set(Tag.objects.filter(slug__in=tag_slugs).values_list("slug", flat=True))
        query.expertise = [slug for slug in tag_slugs if slug in known]
    return query


def _facet_conditions(query):
    """Return one ``Q`` per facet that the query filters on, keyed by parameter name."""
    conditions = {}
    if query.sectors:
        conditions[SECTOR] = Q(sector__in=query.sectors)
    if query.organisations:
        conditions[ORGANISATION] = Q(organisation__slug__in=query.organisations)
    if query.regions:
        conditions[REGION] = Q(region__in=query.regions)
    if query.expertise:
        tagged = ExpertiseTag.objects.filter(tag__slug__in=query.expertise)
        conditions[EXPERTISE] = Q(pk__in=tagged.values("content_object_id"))
    if query.languages:
        speaking = ProfileLanguage.objects.filter(code__in=query.languages)
        conditions[LANGUAGE] = Q(pk__in=speaking.values("profile_id"))
    if query.open_to:
        open_to = Q()
        for value in query.open_to:
            open_to |= Q(**{f"open_to_{value}": True})
        conditions[OPEN_TO] = open_to
    if query.facilitator:
        conditions[FACILITATOR] = Q(is_facilitator=True)
    if query.ambassador:
        conditions[AMBASSADOR] = Q(is_ambassador=True)
    return conditions


def _combine(conditions, *, without=None):
    combined = Q()
    for name, condition in conditions.items():
        if name != without:
            combined &= condition
    return combined


@dataclass
class FacetOption:
    """One checkbox of a facet: the GET parameter and value it sets, and its count."""

    parameter: str
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list

    @property
    def has_options(self):
        return bool(self.options)


@dataclass
class DirectoryResult:
    query: DirectoryQuery
    profiles: object  # an ordered QuerySet of MemberProfile, ready for a paginator
    total: int
    facets: list


def _choice_options(counts, parameter, choices, selected):
    options = []
    for value, label in choices:
        count = counts[_count_name(parameter, value)]
        if count or value in selected:
            options.append(FacetOption(parameter, value, label, count, value in selected))
    return options


def _count_name(parameter, value):
    # A prefix keeps aggregate names apart from field names such as open_to_mentoring.
    return f"count__{parameter}__{value}"


# NOTE: a cold count still reads every matching profile row, and rechecking the text
# match on these wide rows is most of its cost on PostgreSQL (see benchmarks/README.md).


def _facet_sql(profiles, conditions):
    """Return the SQL and parameters that count the result and every facet in one query.

    A common table expression selects the matching profiles once, with one
    boolean column per facet filter of the request, so each filter (the
    expertise and language subqueries included) is evaluated once per profile.
    Every count then reads those columns: ``UNION ALL`` of one grouped count
    per facet, each with every filter except its own. PostgreSQL materialises a
    common table expression that is referenced more than once, so the matching
    profiles are computed a single time. Rows are (facet, value, name, count).
    """
    flags = {name: f"matches_{name}" for name in conditions}
    columns = {
        "member_id": F("pk"),
        "member_sector": F("sector"),
        "member_region": F("region"),
        "member_organisation": F("organisation_id"),
        "member_facilitator": F("is_facilitator"),
        "member_ambassador": F("is_ambassador"),
    }
    for value in OpenTo.values:
        columns[f"member_open_to_{value}"] = F(f"open_to_{value}")
    for name, condition in conditions.items():
        columns[flags[name]] = ExpressionWrapper(condition, output_field=BooleanField())
    inner_sql, params = profiles.order_by().values(**columns).query.sql_with_params()

    def matching(*, without=None, extra=None):
        terms = [f"m.{flags[name]}" for name in conditions if name != without]
        if extra:
            terms.append(extra)
        return " AND ".join(terms) or "1 = 1"

    def count(facet, value, name, where, *, joins="", group=""):
        # Only names and constants from this module reach the SQL text; values
        # from the request are parameters of the inner query.
        sql = f"SELECT '{facet}', {value}, {name}, COUNT(*) FROM m {joins} WHERE {where}"  # noqa: S608
        return f"{sql} GROUP BY {group}" if group else sql

    organisation = Organisation._meta.db_table
    expertise = ExpertiseTag._meta.db_table
    tag = Tag._meta.db_table
    language = ProfileLanguage._meta.db_table
    parts = [
        count("total", "''", "''", matching()),
        count(SECTOR, "m.member_sector", "''", matching(without=SECTOR), group="m.member_sector"),
        count(REGION, "m.member_region", "''", matching(without=REGION), group="m.member_region"),
    ]
    for value in OpenTo.values:
        where = matching(without=OPEN_TO, extra=f"m.member_open_to_{value}")
        parts.append(count(OPEN_TO, f"'{value}'", "''", where))
    for flag in FLAG_PARAMETERS:
        where = matching(without=flag, extra=f"m.member_{flag}")
        parts.append(count(flag, f"'{FLAG_VALUE}'", "''", where))
    parts += [
        count(
            ORGANISATION,
            "o.slug",
            "o.name",
            matching(without=ORGANISATION, extra="o.verified"),
            joins=f"JOIN {organisation} o ON o.id = m.member_organisation",
            group="o.slug, o.name",
        ),
        count(
            EXPERTISE,
            "t.slug",
            "t.name",
            matching(without=EXPERTISE),
            joins=f"JOIN {expertise} e ON e.content_object_id = m.member_id "
            f"JOIN {tag} t ON t.id = e.tag_id",
            group="t.slug, t.name",
        ),
        count(
            LANGUAGE,
            "l.code",
            "l.code",
            matching(without=LANGUAGE),
            joins=f"JOIN {language} l ON l.profile_id = m.member_id",
            group="l.code",
        ),
    ]
    return f"WITH m AS ({inner_sql}) " + " UNION ALL ".join(parts), params


def _count_facets(profiles, conditions):
    """Count the result and every facet of ``profiles`` in one query.

    Returns ``(counts, grouped)``: ``counts`` maps "total" and each
    fixed-choice value (``_count_name``) to its count, and ``grouped`` maps the
    organisation, expertise and language facets to ``[(slug, name, count), ...]``.
    Each grouped facet lists every group, and the caller keeps the top ones.
    """
    sql, params = _facet_sql(profiles, conditions)
    counts = {"total": 0}
    for parameter, values in (
        (SECTOR, Sector.values),
        (REGION, Region.values),
        (OPEN_TO, OpenTo.values),
        (FACILITATOR, [FLAG_VALUE]),
        (AMBASSADOR, [FLAG_VALUE]),
    ):
        for value in values:
            counts[_count_name(parameter, value)] = 0
    grouped = {ORGANISATION: [], EXPERTISE: [], LANGUAGE: []}

    with connections[profiles.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    for facet, value, name, count in rows:
        if facet == "total":
            counts["total"] = count
        elif facet in grouped:
            grouped[facet].append((value, name, count))
        else:
            counts[_count_name(facet, value)] = count
    return counts, grouped


def _top_options(parameter, groups, selected, limit):
    """Return the ``limit`` largest groups, plus every selected one, largest first."""
    ordered = sorted(groups, key=lambda group: (-group[2], group[1].casefold()))
    chosen = [group for group in ordered if group[0] in selected]
    others = [group for group in ordered if group[0] not in selected][:limit]
    kept = sorted(chosen + others, key=lambda group: (-group[2], group[1].casefold()))
    return [
        FacetOption(parameter, slug, name, count, slug in selected) for slug, name, count in kept
    ]


def _language_options(groups, selected):
    counts = {code: count for code, _name, count in groups}
    return [
        FacetOption(LANGUAGE, code, label, counts.get(code, 0), code in selected)
        for code, label in Language.choices
        if counts.get(code) or code in selected
    ]


def _counts_version():
    version = cache.get(COUNTS_VERSION_KEY)
    if version is None:
        cache.add(COUNTS_VERSION_KEY, 1, None)
        version = cache.get(COUNTS_VERSION_KEY) or 1
    return version


def _increase_counts_version():
    try:
        cache.incr(COUNTS_VERSION_KEY)
    except ValueError:
        cache.set(COUNTS_VERSION_KEY, 2, None)


def invalidate_directory_counts():
    """Drop every cached facet count, now and again once the transaction commits.

    The second increase covers counts that another request computed from the
    data as it was before the commit and cached in between.
    """
    _increase_counts_version()
    transaction.on_commit(_increase_counts_version)


def _cached(key, build):
    counts = cache.get(key)
    if counts is None:
        counts = build()
        cache.set(key, counts, COUNTS_TIMEOUT)
    return counts


def cached_count(name, build):
    """Return the cached result of ``build()`` for ``name``, counted again after any change.

    Uses the facet counts' version, so the same changes that renew the directory's
    counts renew this one.
    """
    return _cached(f"community:count:{_counts_version()}:{name}", build)


def _counts_key(viewer, query):
    audience = "members" if viewer is not None and viewer.is_authenticated else "public"
    filters = [pair for pair in query.as_parameters() if pair[0] not in ("q", "sort")]
    question = repr((query.words, sorted(filters)))
    digest = hashlib.sha256(question.encode()).hexdigest()[:32]
    return f"community:directory-counts:{_counts_version()}:{audience}:{digest}"


def _facet_counts(visible, conditions, key):
    """Return (fixed-choice counts, grouped counts) from the cache, or count and cache them."""
    return _cached(key, lambda: _count_facets(visible, conditions))


def search_directory(viewer, query):
    """Return the profiles ``viewer`` may see that match ``query``, with facet counts.

    Counts come from the cache when the same question was asked by the same
    audience (anonymous visitors or members) since the last change. Otherwise one
    query counts them all, whatever the number of members.
    The profiles themselves are a lazy QuerySet for the caller to paginate.
    """
    visible = MemberProfile.objects.visible_to(viewer)
    for word in query.words:
        visible = visible.filter(search_text__contains=word)
    conditions = _facet_conditions(query)

    counts, grouped = _facet_counts(visible, conditions, _counts_key(viewer, query))
    flag_options = [
        FacetOption(
            FACILITATOR,
            FLAG_VALUE,
            _("facilitators"),
            counts[_count_name(FACILITATOR, FLAG_VALUE)],
            query.facilitator,
        ),
        FacetOption(
            AMBASSADOR,
            FLAG_VALUE,
            _("ambassadors"),
            counts[_count_name(AMBASSADOR, FLAG_VALUE)],
            query.ambassador,
        ),
    ]
    facets = [
        Facet(
            SECTOR,
            _("Sector"),
            _choice_options(counts, SECTOR, Sector.choices, query.sectors),
        ),
        Facet(
            ORGANISATION,
            _("Organisation"),
            _top_options(
                ORGANISATION, grouped[ORGANISATION], query.organisations, TOP_ORGANISATIONS
            ),
        ),
        Facet(
            REGION,
            _("Region"),
            _choice_options(counts, REGION, Region.choices, query.regions),
        ),
        Facet(
            EXPERTISE,
            _("Expertise"),
            _top_options(EXPERTISE, grouped[EXPERTISE], query.expertise, TOP_TAGS),
        ),
        Facet(
            LANGUAGE,
            _("Working language"),
            _language_options(grouped[LANGUAGE], query.languages),
        ),
        Facet(
            OPEN_TO,
            _("Open to"),
            _choice_options(counts, OPEN_TO, OpenTo.choices, query.open_to),
        ),
        Facet(
            "hub_role",
            _("In the hub"),
            [option for option in flag_options if option.count or option.selected],
        ),
    ]

    profiles = (
        visible.filter(_combine(conditions))
        .select_related("organisation")
        .order_by(*SORT_ORDER[query.sort])
    )
    return DirectoryResult(query=query, profiles=profiles, total=counts["total"], facets=facets)


def profiles_with_tag(viewer, tag):
    """Return the profiles ``viewer`` may see that list ``tag`` as expertise or interest."""
    tagged = Q(pk__in=ExpertiseTag.objects.filter(tag=tag).values("content_object_id")) | Q(
        pk__in=MemberProfile.interests.through.objects.filter(tag=tag).values("content_object_id")
    )
    return (
        MemberProfile.objects.visible_to(viewer)
        .filter(tagged)
        .select_related("organisation")
        .order_by(*SORT_ORDER[SORT_NAME])
    )
