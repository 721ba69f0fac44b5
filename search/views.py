from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .registry import TYPES_BY_KEY
from .scope import SearchScope
from .services import autocomplete, parse_search_query, record_search, search_site


@require_GET
def search(request):
    """Search what the viewer may open in the active language, grouped by kind."""
    scope = SearchScope.from_request(request)
    query = parse_search_query(request.GET, scope.language)
    outcome = search_site(scope, query)
    if query.is_searchable and str(query.page_number) in ("", "1") and not query.type_key:
        record_search(query, scope.language, outcome.total)

    base_parameters = {"q": query.text} if query.text else {}
    type_links = [
        {
            "key": group.key,
            "label": group.label,
            "count": group.count,
            "has_more_than_count": group.has_more_than_count,
            "query_string": urlencode({**base_parameters, "type": group.key}),
            "selected": group.key == query.type_key,
        }
        for group in outcome.groups
    ]
    chosen_type = TYPES_BY_KEY.get(query.type_key)
    pagination_parameters = {**base_parameters}
    if chosen_type:
        pagination_parameters["type"] = chosen_type.key
    return render(
        request,
        "search/search.html",
        {
            "search_query": query.text,
            "query": query,
            "outcome": outcome,
            "type_links": type_links,
            "chosen_type": chosen_type,
            "all_query_string": urlencode(base_parameters),
            "query_string": urlencode(pagination_parameters),
        },
    )


@require_GET
@never_cache
def search_autocomplete(request):
    """Return up to eight suggestions for the header search box as JSON."""
    scope = SearchScope.from_request(request)
    suggestions = autocomplete(scope, request.GET.get("q", ""))
    return JsonResponse({"results": suggestions})
