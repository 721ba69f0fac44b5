"""Build the training index: filters, upcoming and past trainings grouped by month.

The number of SQL queries does not depend on the number of trainings.
"""

import itertools

from django import forms
from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from community.choices import Region
from hub import structure_cache
from hub.queries import restricted
from hub.widgets import FilterSelect
from trainings.models import TrainingPage, TrainingSession

# Past trainings shown on the index, newest first.
PAST_TRAININGS_SHOWN = 24
# The fields a training card and the session lookup use, so bodies stay unread.
CARD_FIELDS = (
    "title",
    "url_path",
    "summary",
    "format",
    "language",
    "region",
    "price",
    "ambassador_track",
    "translation_key",
    "locale",
)


class TrainingFilterForm(forms.Form):
    topic = forms.ChoiceField(widget=FilterSelect, label=_("Topic"), required=False)
    method = forms.ChoiceField(widget=FilterSelect, label=_("Method"), required=False)
    format = forms.ChoiceField(
        widget=FilterSelect,
        label=_("Format"),
        required=False,
        choices=[("", _("any format")), *TrainingPage.Format.choices],
    )
    language = forms.ChoiceField(
        widget=FilterSelect,
        label=_("Language"),
        required=False,
        choices=[("", _("any language")), *settings.LANGUAGES],
    )
    region = forms.ChoiceField(
        widget=FilterSelect,
        label=_("Region"),
        required=False,
        choices=[("", _("any region")), *Region.choices],
    )
    ambassador_track = forms.BooleanField(label=_("Only the ambassador track"), required=False)

    def __init__(self, *args, topics=(), methods=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("any topic")), *topics]
        self.fields["method"].choices = [("", _("any method")), *methods]


def _tag_choices(pages, relation):
    tags = (
        Tag.objects.filter(**{f"{relation}__content_object__in": pages}).distinct().order_by("name")
    )
    return [(tag.slug, tag.name) for tag in tags]


def _filter_tags(index_page, pages):
    """Return the topic and method choices of the index's trainings, from the structure cache.

    Tags change only when a training is published, and restrictions renew the cache too.
    """
    return structure_cache.get_or_build(
        "training-tags",
        [index_page.pk],
        lambda: {
            "topics": _tag_choices(pages, "trainings_trainingtopictag_items"),
            "methods": _tag_choices(pages, "trainings_trainingmethodtag_items"),
        },
    )


def sessions_by_page(pages):
    """Map each page's pk to the sessions members enrol in, ordered by start.

    Uses two queries however many pages there are; see TrainingPage.get_schedule_page.
    """
    default_language = settings.LANGUAGE_CODE
    source_by_key = {
        page.translation_key: page.pk
        for page in pages
        if page.locale.language_code == default_language
    }
    missing = {page.translation_key for page in pages} - set(source_by_key)
    if missing:
        source_by_key.update(
            TrainingPage.objects.filter(
                translation_key__in=missing, locale__language_code=default_language
            ).values_list("translation_key", "pk")
        )
    sessions = TrainingSession.objects.filter(page_id__in=set(source_by_key.values())).order_by(
        "start"
    )
    by_source = {}
    for session in sessions:
        by_source.setdefault(session.page_id, []).append(session)
    return {
        page.pk: by_source.get(source_by_key.get(page.translation_key, page.pk), [])
        for page in pages
    }


def _month(moment):
    local = timezone.localtime(moment)
    return local.date().replace(day=1)


def _group_by_month(entries):
    return [
        {"month": month, "entries": list(group)}
        for month, group in itertools.groupby(entries, key=lambda entry: _month(entry["when"]))
    ]


def build_listing(index_page, params):
    """Return the template context of ``index_page`` filtered by the query ``params``."""
    all_pages = TrainingPage.objects.child_of(index_page).live().exclude(restricted())
    form = TrainingFilterForm(params, **_filter_tags(index_page, all_pages))
    pages = all_pages.select_related("locale").only(*CARD_FIELDS)
    if form.is_valid():
        data = form.cleaned_data
        if data["topic"]:
            pages = pages.filter(topics__slug=data["topic"])
        if data["method"]:
            pages = pages.filter(methods__slug=data["method"])
        for name in ("format", "language", "region"):
            if data[name]:
                pages = pages.filter(**{name: data[name]})
        if data["ambassador_track"]:
            pages = pages.filter(ambassador_track=True)
    pages = list(pages.distinct())
    sessions = sessions_by_page(pages)

    now = timezone.now()
    upcoming, past = [], []
    for page in pages:
        page_sessions = sessions[page.pk]
        coming = [session for session in page_sessions if session.end >= now]
        entry = {"training": page, "sessions": page_sessions, "coming_sessions": coming}
        if coming:
            entry["when"] = coming[0].start
            upcoming.append(entry)
        elif page_sessions:
            entry["when"] = page_sessions[-1].start
            past.append(entry)
    upcoming.sort(key=lambda entry: entry["when"])
    past.sort(key=lambda entry: entry["when"], reverse=True)

    return {
        "filter_form": form,
        "is_filtered": form.is_valid() and any(form.cleaned_data.values()),
        "upcoming_months": _group_by_month(upcoming),
        "past_months": _group_by_month(past[:PAST_TRAININGS_SHOWN]),
        "upcoming_count": len(upcoming),
        "past_count": len(past),
    }


def build_training_context(page, user):
    """Return the sessions of ``page`` with seats left and ``user``'s enrolments.

    Each session row carries the member's enrolment and waitlist place, if any;
    the online link is only given for a confirmed enrolment.
    """
    from trainings.models import Enrolment
    from trainings.services import waitlist_position

    schedule_page = page.get_schedule_page()
    sessions = sorted(schedule_page.sessions.all(), key=lambda session: session.start)
    # Previews show unsaved pages and sessions, which have no enrolments yet.
    saved_session_ids = [session.pk for session in sessions if session.pk]
    confirmed = dict(
        Enrolment.objects.filter(
            session_id__in=saved_session_ids, status=Enrolment.Status.CONFIRMED
        )
        .order_by()
        .values("session_id")
        .annotate(count=Count("pk"))
        .values_list("session_id", "count")
    )

    own = {}
    if user.is_authenticated and schedule_page.pk:
        for enrolment in Enrolment.objects.filter(member=user, training=schedule_page).exclude(
            status=Enrolment.Status.CANCELLED
        ):
            own[enrolment.session_id] = enrolment
            enrolment.position = waitlist_position(enrolment)

    now = timezone.now()
    rows = []
    for session in sessions:
        enrolment = own.get(session.id)
        seats_left = max(session.capacity - confirmed.get(session.id, 0), 0)
        rows.append(
            {
                "session": session,
                "seats_left": seats_left,
                "enrolment": enrolment,
                "is_past": session.start <= now,
                "is_open": _is_open(session, now),
                "show_online_link": bool(
                    enrolment and enrolment.status == Enrolment.Status.CONFIRMED
                ),
            }
        )

    series = None
    if schedule_page.is_series and sessions and schedule_page.pk:
        series_enrolment = own.get(None)
        series_confirmed = Enrolment.objects.filter(
            training=schedule_page, session__isnull=True, status=Enrolment.Status.CONFIRMED
        ).count()
        series = {
            "training": schedule_page,
            "seats_left": max(schedule_page.seat_capacity - series_confirmed, 0),
            "enrolment": series_enrolment,
            "is_open": _is_open(schedule_page, now),
            "show_online_link": bool(
                series_enrolment and series_enrolment.status == Enrolment.Status.CONFIRMED
            ),
        }
        for row in rows:
            row["show_online_link"] = series["show_online_link"]
    return {"session_rows": rows, "series": series, "schedule_page": schedule_page}


def _is_open(target, now):
    if target.start is None or target.start <= now:
        return False
    if target.enrolment_opens and now < target.enrolment_opens:
        return False
    return not (target.enrolment_closes and now >= target.enrolment_closes)
