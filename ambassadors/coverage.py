"""Coverage figures for staff: where the hub has active ambassadors, how trained and how active."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone

from community.choices import Region
from community.models import Organisation

from .models import Ambassador
from .track import progress_for_members, track_trainings

INACTIVE_AFTER_DAYS = 183
CHART_BAR_HEIGHT = 22
CHART_GAP = 8
CHART_LABEL_WIDTH = 190
CHART_BAR_WIDTH = 300


@dataclass
class InstitutionRow:
    institution: Organisation
    active_count: int

    @property
    def is_covered(self):
        return self.active_count > 0


@dataclass
class RegionRow:
    code: str
    label: str
    ambassadors: int
    institutions: int
    covered: int


@dataclass
class QuietAmbassador:
    ambassador: Ambassador
    last_activity: object


@dataclass
class CoverageReport:
    institutions: list
    regions: list
    track_complete: int
    track_incomplete: int
    quiet: list
    required_trainings: int
    today: object
    chart: dict = field(default_factory=dict)

    @property
    def covered(self):
        return [row for row in self.institutions if row.is_covered]

    @property
    def uncovered(self):
        return [row for row in self.institutions if not row.is_covered]

    @property
    def active_ambassadors(self):
        return self.track_complete + self.track_incomplete


def _region_rows(institutions):
    labels = dict(Region.choices)
    rows = {}
    for row in institutions:
        code = row.institution.region or ""
        entry = rows.get(code)
        if entry is None:
            entry = rows[code] = RegionRow(code, labels.get(code, "—"), 0, 0, 0)
        entry.ambassadors += row.active_count
        entry.institutions += 1
        entry.covered += 1 if row.is_covered else 0
    order = {code: position for position, code in enumerate(Region.values)}
    return sorted(rows.values(), key=lambda entry: order.get(entry.code, len(order)))


def build_chart(regions):
    """Return the geometry of a horizontal bar chart of ambassadors per region, in pixels."""
    largest = max((row.ambassadors for row in regions), default=0) or 1
    bars = []
    for position, row in enumerate(regions):
        y = position * (CHART_BAR_HEIGHT + CHART_GAP)
        width = round(CHART_BAR_WIDTH * row.ambassadors / largest)
        bars.append(
            {
                "label": row.label,
                "value": row.ambassadors,
                "y": y,
                "text_y": y + CHART_BAR_HEIGHT - 6,
                "width": width,
                "value_x": CHART_LABEL_WIDTH + width + 6,
            }
        )
    return {
        "bars": bars,
        "height": max(len(bars) * (CHART_BAR_HEIGHT + CHART_GAP), CHART_BAR_HEIGHT),
        "width": CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 50,
        "label_width": CHART_LABEL_WIDTH,
        "label_x": CHART_LABEL_WIDTH - 8,
        "bar_height": CHART_BAR_HEIGHT,
    }


def build_report(today=None):
    """Compute the coverage report in a fixed number of queries."""
    today = today or timezone.localdate()
    institutions = (
        Organisation.objects.filter(sector="public", verified=True)
        .annotate(active_count=Count("ambassadors", filter=Q(ambassadors__ended_on__isnull=True)))
        .order_by("name")
    )
    institution_rows = [InstitutionRow(org, org.active_count) for org in institutions]

    active = list(
        Ambassador.objects.active()
        .select_related("member", "institution")
        .annotate(last_activity=Max("activities__occurred_on"))
        .order_by("institution__name", "pk")
    )
    required = track_trainings()
    progress = progress_for_members({a.member_id for a in active}, required)
    complete = sum(1 for a in active if a.track_completed_on or progress[a.member_id].is_complete)

    cutoff = today - timedelta(days=INACTIVE_AFTER_DAYS)
    # An ambassador appointed within the window has had no time to be quiet yet.
    quiet = [
        QuietAmbassador(a, a.last_activity)
        for a in active
        if a.appointed_on <= cutoff and (a.last_activity is None or a.last_activity < cutoff)
    ]
    regions = _region_rows(institution_rows)
    return CoverageReport(
        institutions=institution_rows,
        regions=regions,
        track_complete=complete,
        track_incomplete=len(active) - complete,
        quiet=quiet,
        required_trainings=len(required),
        today=today,
        chart=build_chart(regions),
    )
