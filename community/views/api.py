"""The read-only JSON API under /api/v1/: members, one member, organisations.

Responses are in the language the request's Accept-Language header prefers among
the site's languages (Slovenian when none matches), because API paths carry no
language prefix. Members' responses depend on who asks, so no cache may keep them.
"""

import functools

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.csrf import csrf_exempt

from community import api
from community.directory import parse_directory_query, search_directory

ALLOWED_METHODS = ("GET", "HEAD")
PUBLIC_MAX_AGE = 300


class ApiError(Exception):
    """A request the API cannot serve, with a translated ``message`` and an HTTP status."""

    def __init__(self, message, *, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def _language(request):
    """Return the first language in Accept-Language that the site offers, else the default."""
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def _json(data, *, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _error(message, status):
    return _json({"error": {"status": status, "message": message}}, status=status)


def api_endpoint(*, private=True):
    """Wrap a view: Accept-Language, GET and HEAD only, JSON errors, cache headers.

    ``private`` responses carry ``Cache-Control: private, no-store``. The others
    may be kept by shared caches, but only when the requester is anonymous.
    """

    def decorate(view):
        @csrf_exempt  # Nothing here changes state, and other methods get a 405 response.
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            language = _language(request)
            with translation.override(language):
                if request.method not in ALLOWED_METHODS:
                    response = _error(
                        _("This API address accepts only GET requests, not %(method)s.")
                        % {"method": request.method},
                        405,
                    )
                    response["Allow"] = ", ".join(ALLOWED_METHODS)
                else:
                    try:
                        response = view(request, *args, **kwargs)
                    except ApiError as error:
                        response = _error(error.message, error.status)
            response["Content-Language"] = language
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
            if private or request.user.is_authenticated or response.status_code != 200:
                patch_cache_control(response, private=True, no_store=True)
            else:
                patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
            return response

        return wrapped

    return decorate


def _links(request):
    return api.ApiLinks(
        request,
        members_url=reverse("api:members"),
        organisations_url=reverse("api:organisations"),
    )


def _positive_int(request, name, default, *, maximum=None):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ApiError(
            _("The parameter %(name)s must be a whole number of at least 1, not “%(value)s”.")
            % {"name": name, "value": raw[:20]}
        )
    if maximum is not None and value > maximum:
        raise ApiError(
            _("The parameter %(name)s can be at most %(maximum)s.")
            % {"name": name, "maximum": maximum}
        )
    return value


def _page(request, object_list, *, count=None):
    """Return the requested page of ``object_list``, or raise ``ApiError`` with 400 or 404."""
    number = _positive_int(request, "page", 1)
    size = _positive_int(request, "page_size", api.DEFAULT_PAGE_SIZE, maximum=api.MAX_PAGE_SIZE)
    paginator = Paginator(object_list, size)
    if count is not None:
        paginator.count = count
    if number > paginator.num_pages:
        raise ApiError(
            _("There is no page %(number)s; the last page is %(last)s.")
            % {"number": number, "last": paginator.num_pages},
            status=404,
        )
    return paginator.page(number)


def _page_links(request, page, base_url):
    def link(number):
        parameters = request.GET.copy()
        parameters["page"] = number
        return f"{base_url}?{parameters.urlencode()}"

    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
    }


@api_endpoint(private=False)
def root(request):
    links = _links(request)
    return _json({"members": links.members_url, "organisations": links.organisations_url})


@api_endpoint()
def members(request):
    """List the members the requester may see, filtered like the directory, with facets."""
    query = parse_directory_query(request.GET)
    result = search_directory(request.user, query)
    profiles = result.profiles.prefetch_related("expertise", "languages")
    page = _page(request, profiles, count=result.total)
    links = _links(request)
    return _json(
        {
            **_page_links(request, page, links.members_url),
            "query": api.query_summary(query),
            "results": [api.member_summary(profile, links) for profile in page.object_list],
            "facets": api.facets_with_links(result.facets, query, links),
        }
    )


@api_endpoint()
def member(request, slug):
    profile = api.member_for_viewer(request.user, slug)
    # A member the requester may not see gets the same 404 as a missing one.
    if profile is None:
        raise ApiError(_("No member with this address is visible to you."), status=404)
    return _json(api.member_detail(profile, request.user, _links(request)))


@api_endpoint(private=False)
def organisations(request):
    """List verified organisations with the number of their members the requester may see."""
    page = _page(request, api.organisations_with_counts(request.user))
    links = _links(request)
    return _json(
        {
            **_page_links(request, page, links.organisations_url),
            "results": [api.organisation_entry(item, links) for item in page.object_list],
        }
    )


@api_endpoint(private=False)
def not_found(request, path=""):
    raise ApiError(_("There is nothing at this API address."), status=404)
