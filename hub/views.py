from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from hub.sitemaps import AllLanguagesSitemap


@require_GET
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def admin_login_redirect(request):
    query = request.META.get("QUERY_STRING", "")
    return redirect(reverse("account_login") + (f"?{query}" if query else ""))


@require_GET
def favicon(request):
    # Browsers ask for /favicon.ico even when the page names an SVG icon.
    return HttpResponsePermanentRedirect(static("hub/favicon.svg"))


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})


def page_not_found(request, exception=None):
    return render(request, "404.html", {"link_languages_to_home": True}, status=404)


def server_error(request):
    # Rendered without the request context: whatever broke may be in a context processor.
    return HttpResponseServerError(loader.get_template("500.html").render())
