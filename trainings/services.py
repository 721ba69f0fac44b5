"""Enrolment rules: seats, the waitlist, cancellation and promotion.

Every change to a session's enrolments runs in a transaction that first locks
the row of the session (or of the training, for a series), so concurrent
requests take seats one after another and never overbook.
"""

import contextlib
import logging

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from trainings import emails
from trainings.models import Enrolment, TrainingPage, TrainingSession

logger = logging.getLogger(__name__)

# How long a request waits for another request's lock on the same session;
# tests may set TRAININGS_LOCK_TIMEOUT_MILLISECONDS to wait longer.
LOCK_TIMEOUT_MILLISECONDS = 5000


class EnrolmentError(Exception):
    """A request that the enrolment rules reject; ``message`` is shown to the member."""

    status_code = 409

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class EnrolmentNotFound(EnrolmentError):
    status_code = 404


class TryAgainLater(EnrolmentError):
    """The database was too busy to take the lock in time; nothing was changed."""

    status_code = 503


def _locking_enabled():
    # Tests switch the lock off to show that it is what prevents overbooking.
    return getattr(settings, "TRAININGS_ENROLMENT_LOCKING", True)


def _set_lock_timeout():
    if connection.vendor == "postgresql":
        timeout = int(
            getattr(settings, "TRAININGS_LOCK_TIMEOUT_MILLISECONDS", LOCK_TIMEOUT_MILLISECONDS)
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = {timeout}")


@contextlib.contextmanager
def _busy_means_try_again(description):
    """Turn a lock timeout, deadlock or serialization failure into TryAgainLater."""
    try:
        yield
    except OperationalError as error:
        logger.warning("enrolment lock on %s failed: %s", description, error)
        raise TryAgainLater(
            _("Many people are enrolling right now. Please try again in a moment.")
        ) from error


@contextlib.contextmanager
def _locked(target):
    """Run the block in a transaction holding the lock of ``target``'s row.

    Yields a freshly read copy of ``target``. A lock timeout, deadlock or
    serialization failure becomes TryAgainLater.
    """
    with _busy_means_try_again(f"{type(target).__name__} {target.pk}"), transaction.atomic():
        if _locking_enabled():
            _set_lock_timeout()
            fresh = type(target).objects.select_for_update(of=("self",)).get(pk=target.pk)
        else:
            fresh = type(target).objects.get(pk=target.pk)
        yield fresh


@contextlib.contextmanager
def _locked_sessions(first, second):
    """Run the block holding the locks of two sessions' rows; yields fresh copies of both.

    The rows are locked in the order of their primary keys, so two moves in
    opposite directions wait for each other instead of deadlocking.
    """
    description = f"TrainingSession {first.pk} and {second.pk}"
    with _busy_means_try_again(description), transaction.atomic():
        sessions = TrainingSession.objects.filter(pk__in=[first.pk, second.pk]).order_by("pk")
        if _locking_enabled():
            _set_lock_timeout()
            sessions = sessions.select_for_update(of=("self",))
        fresh = {session.pk: session for session in sessions}
        yield fresh[first.pk], fresh[second.pk]


def _enrolments_of(target):
    if isinstance(target, TrainingSession):
        return Enrolment.objects.filter(session=target)
    return Enrolment.objects.filter(training=target, session__isnull=True)


def confirmed_count(target):
    return _enrolments_of(target).filter(status=Enrolment.Status.CONFIRMED).count()


def waitlist_position(enrolment):
    """Return the 1-based place of a waitlisted enrolment, or None for any other status."""
    if enrolment.status != Enrolment.Status.WAITLISTED:
        return None
    ahead = (
        _enrolments_of(enrolment.target)
        .filter(status=Enrolment.Status.WAITLISTED, requested_at__lte=enrolment.requested_at)
        .exclude(pk=enrolment.pk)
        .exclude(requested_at=enrolment.requested_at, pk__gt=enrolment.pk)
        .count()
    )
    return ahead + 1


def _format(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _training_of(target):
    return target.page if isinstance(target, TrainingSession) else target


def _check_target_kind(target):
    training = _training_of(target)
    if isinstance(target, TrainingSession) and training.is_series:
        raise EnrolmentError(
            _("This training is enrolled as a whole series. Enrol in the training instead.")
        )
    if isinstance(target, TrainingPage) and not training.is_series:
        raise EnrolmentError(_("Choose one of this training's sessions to enrol in."))
    if target.start is None:
        raise EnrolmentError(_("This training has no sessions yet."))


def _check_enrolment_window(target, now):
    if target.start <= now:
        raise EnrolmentError(_("This session has already started, so enrolment is closed."))
    if target.enrolment_opens and now < target.enrolment_opens:
        raise EnrolmentError(
            _("Enrolment opens on %(date)s.") % {"date": _format(target.enrolment_opens)}
        )
    if target.enrolment_closes and now >= target.enrolment_closes:
        raise EnrolmentError(
            _("Enrolment closed on %(date)s.") % {"date": _format(target.enrolment_closes)}
        )


def enrol(member, target):
    """Enrol ``member`` in a session, or in a training enrolled as a series.

    The enrolment is confirmed while confirmed enrolments are fewer than the
    capacity, and waitlisted otherwise. A member who cancelled earlier may enrol
    again and joins the end of the line. Raises EnrolmentError when the rules
    reject the request.
    """
    _check_target_kind(target)
    with _locked(target) as target:
        now = timezone.now()
        _check_enrolment_window(target, now)
        enrolment = _enrolments_of(target).filter(member=member).first()
        if enrolment is not None and enrolment.is_active:
            raise EnrolmentError(_("You are already enrolled in this session."))

        has_seat = confirmed_count(target) < target.seat_capacity
        status = Enrolment.Status.CONFIRMED if has_seat else Enrolment.Status.WAITLISTED
        if enrolment is None:
            enrolment = Enrolment(
                member=member,
                training=_training_of(target),
                session=target if isinstance(target, TrainingSession) else None,
            )
        enrolment.status = status
        enrolment.requested_at = now
        enrolment.promoted_at = None
        enrolment.cancelled_at = None
        enrolment.attendance = Enrolment.Attendance.UNKNOWN
        try:
            with transaction.atomic():
                enrolment.save()
        except IntegrityError as error:
            # Reached only without the lock, when the same member sends two requests at once.
            raise EnrolmentError(_("You are already enrolled in this session.")) from error

        logger.info("enrolment %s %s for member %s", enrolment.pk, status, member.pk)
        if has_seat:
            emails.send_confirmed(enrolment)
        else:
            emails.send_waitlisted(enrolment, waitlist_position(enrolment))
    return enrolment


def cancel(enrolment):
    """Cancel ``enrolment`` and give a freed seat to the first member on the waitlist.

    Waitlisted members may leave until the session starts; confirmed ones until
    the cancellation deadline. A cancelled enrolment never returns to the waitlist.
    """
    with _locked(enrolment.target) as target:
        enrolment = Enrolment.objects.select_related("member").get(pk=enrolment.pk)
        now = timezone.now()
        if not enrolment.is_active:
            raise EnrolmentError(_("This enrolment is already cancelled."))
        if target.start <= now:
            raise EnrolmentError(
                _("The session has already started, so the enrolment can no longer be cancelled.")
            )
        was_confirmed = enrolment.status == Enrolment.Status.CONFIRMED
        deadline = target.cancellation_deadline
        if was_confirmed and deadline and now > deadline:
            raise EnrolmentError(
                _(
                    "The cancellation deadline passed on %(date)s. "
                    "Please write to the hub if you cannot attend."
                )
                % {"date": _format(deadline)}
            )

        enrolment.status = Enrolment.Status.CANCELLED
        enrolment.cancelled_at = now
        enrolment.save(update_fields=["status", "cancelled_at"])
        logger.info("enrolment %s cancelled", enrolment.pk)
        emails.send_cancelled(enrolment)
        if was_confirmed:
            _fill_free_seats(target, now)
    return enrolment


def _fill_free_seats(target, now):
    """Confirm waitlisted enrolments in order while seats are free; the caller holds the lock."""
    if target.start is None or target.start <= now:
        return []
    free = target.seat_capacity - confirmed_count(target)
    if free <= 0:
        return []
    promoted = list(
        _enrolments_of(target)
        .filter(status=Enrolment.Status.WAITLISTED)
        .select_related("member", "training", "session")
        .order_by("requested_at", "pk")[:free]
    )
    for enrolment in promoted:
        enrolment.status = Enrolment.Status.CONFIRMED
        enrolment.promoted_at = now
        enrolment.save(update_fields=["status", "promoted_at"])
        logger.info("enrolment %s promoted from waitlist", enrolment.pk)
        emails.send_promoted(enrolment)
    return promoted


def fill_free_seats(target):
    """Promote waitlisted members into seats freed by a higher capacity.

    Lowering the capacity never removes confirmed members; the waitlist then
    waits until enough of them cancel.
    """
    with _locked(target) as target:
        return _fill_free_seats(target, timezone.now())


def move(enrolment, target):
    """Move a confirmed enrolment in one session to ``target``, another session of its training.

    Holds the locks of both sessions, so the move takes the target's last seat
    only once, like an enrolment would. The freed seat goes to the first on the
    source session's waitlist. Moves into a full or started session, and moves
    out of a started one, are rejected with EnrolmentError.
    """
    if enrolment.session_id is None:
        raise EnrolmentError(
            _("A series enrolment covers every session of the training, so it cannot be moved.")
        )
    if target.page_id != enrolment.training_id:
        raise EnrolmentError(_("Choose a session of the same training."))
    if target.pk == enrolment.session_id:
        raise EnrolmentError(_("The member is already in this session. Choose another one."))

    with _locked_sessions(enrolment.session, target) as (source, target):
        enrolment = Enrolment.objects.select_related("member", "training").get(pk=enrolment.pk)
        now = timezone.now()
        if enrolment.status != Enrolment.Status.CONFIRMED:
            raise EnrolmentError(_("Only confirmed enrolments can be moved."))
        if enrolment.session_id != source.pk:
            raise EnrolmentError(
                _("This enrolment was changed in the meantime. Reload the page and try again.")
            )
        if source.start <= now:
            raise EnrolmentError(
                _("The member's session has already started, so the enrolment cannot be moved.")
            )
        if target.start <= now:
            raise EnrolmentError(
                _("The chosen session has already started. Choose a later session.")
            )
        if confirmed_count(target) >= target.capacity:
            raise EnrolmentError(
                _(
                    "The chosen session is full (%(capacity)s seats). "
                    "Raise its capacity first or choose another session."
                )
                % {"capacity": target.capacity}
            )
        earlier = Enrolment.objects.filter(session=target, member=enrolment.member).first()
        if earlier is not None and earlier.is_active:
            raise EnrolmentError(
                _("The member is already enrolled in the chosen session or on its waitlist.")
            )
        if earlier is not None:
            # A cancelled enrolment in the target would break the one-per-session rule.
            logger.info("cancelled enrolment %s replaced by moved enrolment", earlier.pk)
            earlier.delete()

        enrolment.session = target
        enrolment.save(update_fields=["session"])
        logger.info("enrolment %s moved from session %s to %s", enrolment.pk, source.pk, target.pk)
        emails.send_moved(enrolment, source)
        _fill_free_seats(source, now)
    return enrolment


def remove_upcoming_enrolment(enrolment):
    """Delete an enrolment in a session not yet started, without emailing its member.

    Account deletion uses it: a freed seat goes to the first member on the
    waitlist, as after a cancellation, but the deadline for cancelling does not
    apply. Returns whether the enrolment was deleted. An enrolment whose session
    has started stays, because it is the record of attendance.
    """
    with _locked(enrolment.target) as target:
        enrolment = Enrolment.objects.filter(pk=enrolment.pk).first()
        now = timezone.now()
        if enrolment is None or target.start is None or target.start <= now:
            return False
        enrolment_id = enrolment.pk
        was_confirmed = enrolment.status == Enrolment.Status.CONFIRMED
        enrolment.delete()
        logger.info("upcoming enrolment %s deleted with its member's account", enrolment_id)
        if was_confirmed:
            _fill_free_seats(target, now)
    return True
