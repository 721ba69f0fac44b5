import csv
import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from community.choices import Region
from hub.security import throttled

from . import services, submission
from .forms import (
    CommitmentForm,
    CommitmentStatusForm,
    DeliveryForm,
    StatusChangeForm,
    SubmissionForm,
    UpdateForm,
)
from .listing import filtered_challenges
from .models import (
    ChallengeAttachment,
    ChallengeIndexPage,
    ChallengePage,
    Commitment,
    FollowerPreference,
)
from .permissions import can_download_attachments, can_manage, representative_profile

EXPORT_LIMIT = 5000
COMMITMENTS_LIMIT = 500


# Public: feed and open data


def _index_for_active_locale():
    locale = Locale.get_active()
    return ChallengeIndexPage.objects.live().filter(locale=locale).first(), locale


class ChallengeFeed(Feed):
    """The newest published challenges in the visitor's language, as RSS."""

    description_template = None

    def get_object(self, request):
        self.request = request
        index, locale = _index_for_active_locale()
        form, challenges, filters = filtered_challenges(request, locale.pk)
        return {"index": index, "challenges": challenges.order_by("-first_published_at")[:30]}

    def title(self, obj):
        return _("Challenges of the Co-creation Hub")

    def link(self, obj):
        return obj["index"].url if obj["index"] else "/"

    def description(self, obj):
        return _("Public-sector challenges looking for co-creation, newest first.")

    def items(self, obj):
        return obj["challenges"]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.institution.name

    def item_categories(self, item):
        return [item.get_status_display()]


class ChallengeAtomFeed(ChallengeFeed):
    feed_type = Atom1Feed
    subtitle = ChallengeFeed.description


def _export_rows(request):
    """Return the public fields of the published challenges that match the filters."""
    form, challenges, filters = filtered_challenges(request)
    challenges = challenges.prefetch_related("topics", "skills_needed", "methods_needed")
    regions = dict(Region.choices)
    rows = []
    for page in challenges[:EXPORT_LIMIT]:
        rows.append(
            {
                "id": page.pk,
                "title": page.title,
                "url": page.full_url,
                "institution": page.institution.name,
                "institution_sector": page.institution.sector,
                "status": page.status,
                "status_label": str(page.get_status_display()),
                "summary": page.summary,
                "problem": page.problem,
                "affected": page.affected,
                "stakeholders": page.stakeholders,
                "tried": page.tried,
                "desired_outcome": page.desired_outcome,
                "constraints": page.constraints,
                "timeline": page.timeline,
                "topics": sorted(tag.name for tag in page.topics.all()),
                "skills_needed": sorted(tag.name for tag in page.skills_needed.all()),
                "methods_needed": sorted(tag.name for tag in page.methods_needed.all()),
                "languages": page.languages,
                "region": page.region,
                "region_label": str(regions.get(page.region, "")),
                "mode": page.mode,
                "apply_by": page.apply_by.isoformat() if page.apply_by else None,
                "published": page.first_published_at.isoformat()
                if page.first_published_at
                else None,
            }
        )
    return rows


@require_GET
def export_json(request):
    rows = _export_rows(request)
    response = JsonResponse(
        {"generated": timezone.now().isoformat(), "count": len(rows), "challenges": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = 'inline; filename="challenges.json"'
    return response


def _csv_cell(value):
    if isinstance(value, list):
        return "; ".join(value)
    # A leading =, +, - or @ would make spreadsheet programs run the cell as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


@require_GET
def export_csv(request):
    rows = _export_rows(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="challenges.csv"'
    response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    columns = list(rows[0]) if rows else ["id", "title", "url"]
    writer = csv.DictWriter(response, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: "; ".join(value) if isinstance(value, list) else value
                for key, value in row.items()
            }
        )
    return response


# Attachments


@require_GET
def download_attachment(request, attachment_id):
    """Stream an attachment as a download to whoever may read its challenge's files.

    Anyone else gets 404, so the response does not reveal that a draft exists.
    """
    attachment = get_object_or_404(
        ChallengeAttachment.objects.select_related("challenge"), pk=attachment_id
    )
    if not can_download_attachments(request.user, attachment.challenge):
        raise Http404
    try:
        handle = attachment.file.storage.open(attachment.file.name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=attachment.title)
    # Even a file that slipped past the upload checks is never rendered by the browser.
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    if not attachment.challenge.live:
        patch_cache_control(response, private=True, no_store=True)
    return response


# Submission


class NotManager(Exception):
    """The signed-in member is not on the institution's side of this challenge."""


class NotRepresentative(Exception):
    """The signed-in member may not act for a verified public institution."""


def _require_representative(request):
    profile = representative_profile(request.user)
    if profile is None:
        raise NotRepresentative
    return profile


def representatives_only(view):
    """Return 403 with a page that explains how to become a representative."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotRepresentative:
            return render(request, "challenges/not_representative.html", status=403)

    return wrapper


def managers_only(view):
    """Return 403 with an explanation when the member may not manage the challenge."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotManager:
            return render(request, "challenges/forbidden.html", status=403)

    return wrapper


def _own_draft(request, page_id, profile):
    page = get_object_or_404(ChallengePage, pk=page_id)
    if page.institution_id != profile.organisation_id:
        raise Http404
    return page


def _submission_index(request):
    index, locale = _index_for_active_locale()
    if index is None:
        index = ChallengeIndexPage.objects.live().order_by("pk").first()
    if index is None:
        raise Http404(_("There is no challenge index to add challenges to yet."))
    return index


@never_cache
@login_required
@representatives_only
@throttled("challenge_submission")
def submit(request, page_id=None):
    """Create or edit a draft challenge; its buttons save, preview or submit for review."""
    profile = _require_representative(request)
    page = _own_draft(request, page_id, profile) if page_id else None
    if page is not None and not submission.is_editable(page):
        messages.error(request, _("This challenge is in review or published and cannot be edited."))
        return redirect("challenges:mine")
    index = page.get_parent().specific if page else _submission_index(request)
    status = 200
    preview = None
    pending = []
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES, locale=index.locale, owner=request.user)
        action = request.POST.get("action", "save")
        is_valid = form.is_valid()
        saved = False
        if is_valid and action in ("save", "submit"):
            try:
                submission.delete_pending(list(form.cleaned_data["remove_pending"]))
                page = submission.save_draft(
                    index,
                    form.cleaned_data,
                    profile=profile,
                    page=page,
                    pending=form.cleaned_data["kept_pending"],
                )
                saved = True
                if action == "submit":
                    submission.submit_for_review(page, user=request.user)
                    messages.success(
                        request, _("Your challenge was sent for review. We will email you.")
                    )
                else:
                    messages.success(request, _("Your draft was saved."))
                return redirect("challenges:mine")
            except services.ChallengeRuleError as error:
                messages.error(request, error.message)
                status = 400
        elif is_valid and action == "preview":
            preview = form.cleaned_data
        elif is_valid:
            messages.error(request, _("Choose one of the buttons below the form."))
            status = 400
        else:
            messages.error(
                request,
                _(
                    "Please correct the errors below. The challenge has not been saved yet; "
                    "the files that passed the checks are kept."
                ),
            )
            status = 400
        if not saved:
            pending = _keep_pending(form, request.user)
    elif page is not None:
        latest = page.get_latest_revision_as_object()
        form = SubmissionForm(initial=SubmissionForm.initial_from(latest), locale=index.locale)
    else:
        form = SubmissionForm(locale=index.locale)
    context = {
        "form": form,
        "page_being_edited": page,
        "institution": profile.organisation,
        "preview": preview,
        "attachments": page.attachments.all() if page else [],
        "pending_attachments": pending,
    }
    return render(request, "challenges/submission_form.html", context, status=status)


def _keep_pending(form, user):
    """Store the checked new uploads of a form that was not saved, and drop removed ones.

    Returns the member's pending attachments to list in the form again.
    """
    data = getattr(form, "cleaned_data", {})
    removed = list(data.get("remove_pending") or [])
    if removed:
        submission.delete_pending(removed)
    kept = data.get("kept_pending")
    if kept is None:
        kept = [item for item in data.get("pending") or [] if item not in removed]
    return [*kept, *submission.keep_pending(form.accepted_uploads(), user)]


@never_cache
@login_required
@representatives_only
def my_challenges(request):
    profile = _require_representative(request)
    pages = list(
        ChallengePage.objects.filter(institution_id=profile.organisation_id)
        .select_related("locale")
        .order_by("-latest_revision_created_at", "-pk")
    )
    states = {
        state.object_id: state
        for state in submission.WorkflowState.objects.active()
        .filter(object_id__in=[str(page.pk) for page in pages])
        .select_related("current_task_state")
    }
    rows = []
    for page in pages:
        state = submission.submission_state(page, states.get(str(page.pk)))
        rows.append(
            {
                "page": page,
                "state": state,
                "state_label": submission.SubmissionState.LABELS[state],
                "editable": state
                in (submission.SubmissionState.DRAFT, submission.SubmissionState.CHANGES_REQUESTED),
            }
        )
    return render(
        request,
        "challenges/my_challenges.html",
        {"rows": rows, "institution": profile.organisation},
    )


# Actions on a published challenge


def _managed_challenge(request, page_id):
    """Return the live challenge ``page_id`` if ``request.user`` may manage it."""
    page = get_object_or_404(ChallengePage.objects.live(), pk=page_id)
    if not can_manage(request.user, page):
        raise NotManager
    return page


def _back_to(page, anchor=""):
    return redirect(page.url + anchor)


@require_POST
@login_required
@managers_only
def change_status(request, page_id):
    page = _managed_challenge(request, page_id)
    form = StatusChangeForm(request.POST)
    if not form.is_valid():
        return _render_error(request, page, _("Choose one of the offered statuses."))
    try:
        services.change_status(
            page, form.cleaned_data["new_status"], by=request.user, note=form.cleaned_data["note"]
        )
    except services.ChallengeRuleError as error:
        return _render_error(request, page, error.message)
    messages.success(request, _("The status was changed."))
    return _back_to(page, "#timeline")


def _render_error(request, page, message, form=None):
    return render(
        request,
        "challenges/action_error.html",
        {"challenge": page, "message": message, "form": form},
        status=400,
    )


@require_POST
@login_required
@managers_only
def post_update(request, page_id):
    page = _managed_challenge(request, page_id)
    form = UpdateForm(request.POST, request.FILES, locale=page.locale)
    if not form.is_valid():
        return _render_error(request, page, _("The update was not posted."), form)
    data = form.cleaned_data
    try:
        services.post_update(
            page,
            author=request.user,
            kind=data["kind"],
            text=data["text"],
            method=data["method"],
            image_upload=data["image"],
            document_upload=data["document"],
        )
    except services.ChallengeRuleError as error:
        return _render_error(request, page, error.message, form)
    messages.success(request, _("Your update was posted."))
    return _back_to(page, "#updates")


@require_POST
@login_required
@managers_only
def add_commitment(request, page_id):
    page = _managed_challenge(request, page_id)
    form = CommitmentForm(request.POST, institution=page.institution)
    if not form.is_valid():
        return _render_error(request, page, _("The commitment was not added."), form)
    services.add_commitment(page, by=request.user, **form.cleaned_data)
    messages.success(request, _("The commitment was added."))
    return _back_to(page, "#commitments")


@require_POST
@login_required
@managers_only
def change_commitment_status(request, commitment_id):
    commitment = get_object_or_404(Commitment.objects.select_related("challenge"), pk=commitment_id)
    page = _managed_challenge(request, commitment.challenge_id)
    form = CommitmentStatusForm(request.POST)
    if not form.is_valid():
        return _render_error(request, page, _("Choose one of the offered statuses."))
    try:
        services.change_commitment_status(commitment, form.cleaned_data["status"], by=request.user)
    except services.ChallengeRuleError as error:
        return _render_error(request, page, error.message)
    messages.success(request, _("The commitment was updated."))
    return _back_to(page, "#commitments")


@require_POST
@login_required
def follow(request, page_id):
    page = get_object_or_404(ChallengePage.objects.live().public(), pk=page_id)
    action = request.POST.get("action", "follow")
    if action not in ("follow", "unfollow"):
        return _render_error(request, page, _("Choose to follow or to stop following."))
    if action == "unfollow":
        services.unfollow(page, request.user)
        messages.success(request, _("You no longer follow this challenge."))
    else:
        services.follow(page, request.user)
        messages.success(request, _("You follow this challenge. News will reach you by email."))
    return _back_to(page)


@never_cache
@login_required
def following(request):
    preference = FollowerPreference.objects.filter(user=request.user).first()
    status = 200
    if request.method == "POST":
        form = DeliveryForm(request.POST)
        if form.is_valid():
            services.set_update_delivery(request.user, form.cleaned_data["update_delivery"])
            messages.success(request, _("Your choice was saved."))
            return redirect("challenges:following")
        messages.error(request, _("Choose one of the offered ways to receive updates."))
        status = 400
    else:
        form = DeliveryForm(
            initial={"update_delivery": preference.update_delivery if preference else "immediate"}
        )
    followed = (
        ChallengePage.objects.live()
        .filter(follows__user=request.user)
        .select_related("institution")
        .order_by("title")
    )
    return render(
        request, "challenges/following.html", {"form": form, "followed": followed}, status=status
    )


@require_GET
def commitments(request):
    """List every commitment on a published challenge in this language, late ones first."""
    today = timezone.localdate()
    pages = {
        page.translation_key: page
        for page in ChallengePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .only("pk", "title", "url_path", "translation_key", "locale_id")
    }
    rows = list(
        Commitment.objects.filter(challenge__translation_key__in=pages.keys())
        .select_related("responsible_organisation")
        .annotate(translation_key=F("challenge__translation_key"))
        .order_by("due_date", "pk")[:COMMITMENTS_LIMIT]
    )
    for row in rows:
        row.challenge_page = pages[row.translation_key]
    late = [row for row in rows if row.is_late(today)]
    open_rows = [row for row in rows if row.is_open and not row.is_late(today)]
    closed = [row for row in rows if not row.is_open]
    return render(
        request,
        "challenges/commitments.html",
        {
            "late": late,
            "open_commitments": open_rows,
            "closed": closed,
            "today": today,
        },
    )
