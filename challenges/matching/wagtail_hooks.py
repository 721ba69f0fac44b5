from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import MatchingChallengeView, MatchingIndexView, OfferActionView
from .models import FacilitatorProfile

admin_urls = (
    [
        path("", MatchingIndexView.as_view(), name="index"),
        path("<int:page_id>/", MatchingChallengeView.as_view(), name="challenge"),
        path("offers/<int:offer_id>/", OfferActionView.as_view(), name="offer"),
    ],
    "challenges_matching",
)


@hooks.register("register_admin_urls")
def register_matching_urls():
    return [path("facilitation/matching/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return MenuItem(
        _("Facilitation matching"),
        reverse("challenges_matching:index"),
        icon_name="group",
        order=215,
    )


class FacilitatorProfileViewSet(ModelViewSet):
    model = FacilitatorProfile
    url_prefix = "facilitation/facilitators"
    url_namespace = "challenges_facilitators"
    icon = "user"
    menu_label = _("Facilitators")
    add_to_admin_menu = True
    menu_order = 216
    list_display = ["user", "kind", "level", "max_concurrent", "is_active", "updated_at"]
    list_filter = ["kind", "level", "is_active", "works_online"]
    search_fields = ["user__email", "user__profile__display_name"]
    inspect_view_enabled = True
    form_fields = [
        "is_active",
        "kind",
        "level",
        "skills",
        "methods",
        "other_methods",
        "topics",
        "languages",
        "regions",
        "works_online",
        "hours_per_month",
        "max_concurrent",
        "unavailable_until",
        "weekly_suggestions",
    ]


@hooks.register("register_admin_viewset")
def register_facilitation_viewsets():
    return FacilitatorProfileViewSet()
