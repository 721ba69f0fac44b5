from django.contrib import admin

from hub.email.models import OutboundEmail


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    """Read-only view of the outbox, for checking what was sent and what bounced."""

    list_display = ["created_at", "template", "to_address", "language", "status", "delivery"]
    list_filter = ["status", "delivery", "template", "language"]
    search_fields = ["to_address", "template", "provider_message_id"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
