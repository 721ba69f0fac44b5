"""Rules about members that views, admin actions and loaders share."""

from .models import MemberProfile


def refresh_search_text(profile):
    """Store the normalised text that the directory searches, and return it.

    Call it after the profile's name, headline, bio, role, organisation or tags
    change. It writes with ``update()`` so that it sends no signals and leaves
    ``updated_at`` alone.
    """
    text = profile.build_search_text()
    MemberProfile.objects.filter(pk=profile.pk).update(search_text=text)
    profile.search_text = text
    return text
