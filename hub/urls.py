from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub import routing, views
from search import views as search_views

urlpatterns = [
    # Staff sign in through django-allauth, which adds rate limits and the second factor.
    path("admin/login/", views.admin_login_redirect),
    path("django-admin/login/", views.admin_login_redirect),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("anymail/", include("anymail.urls")),
    path("api/v1/", include("community.api_urls")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon),
    path(
        "sitemap.xml",
        cache_control(max_age=3600, public=True)(views.sitemap),
        name="sitemap",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.search_autocomplete, name="search_autocomplete"),
    path("accounts/", include("community.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("clani/", include("community.urls")),
    path("prijave/", include("trainings.urls")),
    path("challenge-hub/", include("challenges.urls")),
    path("mreza-ambasadorjev/", include("ambassadors.urls")),
    # Wagtail's own routes, with its page view replaced by one that routes through the cache.
    *[route for route in wagtail_urls.urlpatterns if route.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

handler404 = "hub.views.page_not_found"
handler500 = "hub.views.server_error"
# allauth's throttles look this up; Django itself has no 429 handler.
handler429 = "hub.security.too_many_requests"
