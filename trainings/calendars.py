"""iCalendar files for sessions: one per session, and a member's personal feed."""

from django.conf import settings
from django.core import signing
from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT_ID = "-//Co-creation Hub//Trainings//EN"
FEED_SALT = "trainings.calendar-feed"


def _new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def session_event(session, title, *, url="", include_online_link=False):
    """Return the VEVENT of ``session``; start and end are written in UTC.

    UTC times need no VTIMEZONE block, and every calendar shows them in its own
    local time, also across daylight-saving changes.
    """
    event = Event()
    event.add("uid", f"training-session-{session.pk}@{_host()}")
    event.add("summary", title)
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("dtstamp", timezone.now())
    location = session.venue
    description = url
    if include_online_link and session.online_link:
        location = location or session.online_link
        description = f"{session.online_link}\n{url}".strip()
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    if url:
        event.add("url", url)
    return event


def session_calendar(sessions, title, *, url="", include_online_link=False):
    """Return the bytes of a calendar file with one event per session."""
    calendar = _new_calendar(title)
    for session in sessions:
        calendar.add_component(
            session_event(session, title, url=url, include_online_link=include_online_link)
        )
    return calendar.to_ical()


def feed_calendar(name, events):
    """Return the bytes of a calendar with ``events``, a list of VEVENTs."""
    calendar = _new_calendar(name)
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def make_feed_token(member):
    # NOTE: a signed member id cannot be revoked on its own; changing SECRET_KEY
    # revokes every feed link at once.
    return signing.dumps(member.pk, salt=FEED_SALT, compress=True)


def read_feed_token(token):
    """Return the member id in ``token``, or None when the token is invalid."""
    try:
        return signing.loads(token, salt=FEED_SALT)
    except signing.BadSignature:
        return None


def _host():
    base = settings.WAGTAILADMIN_BASE_URL
    return base.split("://", 1)[-1].split("/", 1)[0] or "localhost"
