from hub.email.models import OutboundEmail

from .pages import HomePage, MethodIndexPage, MethodPage, StandardPage
from .settings import FooterText, HubSettings

__all__ = [
    "FooterText",
    "HomePage",
    "HubSettings",
    "MethodIndexPage",
    "MethodPage",
    "OutboundEmail",
    "StandardPage",
]
