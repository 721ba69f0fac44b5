from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import AbuseReport, Consent, MemberProfile, Organisation


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    url_prefix = "community/organisations"
    url_namespace = "community_organisations"
    icon = "site"
    menu_label = _("Organisations")
    add_to_admin_menu = False
    list_display = ["name", "sector", "region", "verified", "created_at"]
    list_filter = ["verified", "sector", "region"]
    search_fields = ["name"]
    list_export = ["name", "sector", "region", "website", "verified", "created_at"]
    export_filename = "organisations"
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("region")]),
        FieldPanel("website"),
        FieldPanel("verified"),
    ]


class MemberProfileViewSet(ModelViewSet):
    """Staff's view of every member, hidden ones included; the CSV export is staff-only."""

    model = MemberProfile
    url_prefix = "community/members"
    url_namespace = "community_members"
    icon = "user"
    menu_label = _("Members")
    add_to_admin_menu = False
    list_display = [
        "display_name",
        "organisation",
        "visibility",
        "is_representative",
        "is_facilitator",
        "is_ambassador",
        "updated_at",
    ]
    list_filter = [
        "visibility",
        "is_representative",
        "is_facilitator",
        "is_ambassador",
        "sector",
        "region",
        "user__is_active",
    ]
    search_fields = ["display_name", "headline", "role", "user__email"]
    list_export = [
        "display_name",
        "user.email",
        "organisation.name",
        "role",
        "sector",
        "region",
        "visibility",
        "is_representative",
        "is_facilitator",
        "is_ambassador",
        "user.is_active",
        "created_at",
    ]
    export_headings = {
        "user.email": _("email"),
        "organisation.name": _("organisation"),
        "user.is_active": _("active"),
    }
    export_filename = "members"
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("display_name"),
                FieldPanel("headline"),
                FieldPanel("bio"),
                FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")]),
                FieldRowPanel([FieldPanel("sector"), FieldPanel("region")]),
            ],
            heading=_("Profile"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_representative"), FieldPanel("visibility")],
            heading=_("Rights and visibility"),
        ),
    ]

    def get_queryset(self, request):
        return MemberProfile.objects.select_related("user", "organisation")


class ConsentViewSet(ModelViewSet):
    model = Consent
    url_prefix = "community/consents"
    url_namespace = "community_consents"
    icon = "doc-full"
    menu_label = _("Consents")
    add_to_admin_menu = False
    list_display = ["user", "kind", "granted", "recorded_at"]
    list_filter = ["kind", "granted"]
    search_fields = ["user__email"]
    inspect_view_enabled = True
    form_fields = ["kind", "granted"]


class AbuseReportViewSet(ModelViewSet):
    model = AbuseReport
    url_prefix = "community/abuse-reports"
    url_namespace = "community_abuse_reports"
    icon = "warning"
    menu_label = _("Abuse reports")
    add_to_admin_menu = False
    list_display = ["message", "reporter", "created_at", "handled"]
    list_filter = ["handled"]
    inspect_view_enabled = True
    panels = [FieldPanel("handled")]


class CommunityViewSetGroup(ModelViewSetGroup):
    menu_label = _("Community")
    menu_icon = "group"
    menu_order = 200
    items = [MemberProfileViewSet, OrganisationViewSet, AbuseReportViewSet, ConsentViewSet]


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityViewSetGroup()
