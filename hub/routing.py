"""Find the page a URL requests through the structure cache instead of the page tree.

For every request Wagtail looks up the site, the active language's home page and
the pages on the path, five or more queries before the page's own. Which page a
path leads to changes only when pages are published, unpublished, moved or
deleted, or a site changes: the events that renew the structure cache. So the
site and the page found for each path are kept there, and a request loads only
the page itself.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from hub import structure_cache


def find_site(request):
    """Return the request's Wagtail site, kept on the request as Wagtail keeps it."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        request._wagtail_site = structure_cache.get_or_build(
            "site", [hostname, port], lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def _found_on_path(site, components):
    """Return (page id, content type id, segments used) of the page the path leads to.

    Returns ``None`` when no page matches, so the structure cache stores nothing.
    """
    found = site.root_page.localized.specific.page_on_path(components)
    if found is None:
        return None
    page, used = found
    return page.pk, page.content_type_id, used


def route(request, path):
    """Return Wagtail's route result for ``path``, or ``None`` when no page matches."""
    site = find_site(request)
    if site is None:
        return None
    # A site whose home page cannot resolve paths in one query keeps Wagtail's routing.
    if not hasattr(site.root_page.specific_class, "page_on_path"):
        return Page.route_for_request(request, path)

    components = [component for component in path.split("/") if component]
    path_key = hashlib.sha256("/".join(components).encode()).hexdigest()[:32]
    found = structure_cache.get_or_build(
        "route",
        [site.pk, translation.get_language(), path_key],
        lambda: _found_on_path(site, components),
    )
    if found is None:
        return None

    page_id, content_type_id, used = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model else None
    if page is None:
        # Deleted since its route was cached, so Wagtail finds what the path leads to now.
        return Page.route_for_request(request, path)
    try:
        return page.route(request, components[used:])
    except Http404:
        return None


def serve(request, path):
    """Serve a Wagtail page, with its route found through the structure cache."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
