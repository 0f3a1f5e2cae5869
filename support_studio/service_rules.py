"""Service rules: what a ticket can expect, judged from the order record and the
service's terms (refill, cancellation, start time and speed, drops, target).
Plain Python (no Reflex, no database): the app turns its rows into the
dataclasses below and calls `evaluate`. Datetimes here are naive UTC: the data
layer converts the database's aware UTC timestamps before calling in."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from support_studio.domain import ORDER_STATUSES
from support_studio.formatting import money
from support_studio.telegram import TARGET_KIND_LABELS, parse_target
from support_studio.ticket_quality import PAYMENT_METHODS, method_key

# The seed's Support Boundaries, quoted where a verdict touches them.
NO_GUARANTEES = "Support cannot guarantee Telegram behavior, organic growth, retention, sales, or platform approval."
PRIVATE_TARGETS = "If a target becomes private, deleted, renamed, or restricted, support options may be limited."

POSITIVE, NEUTRAL, NEGATIVE = "positive", "neutral", "negative"
# Who reads a verdict: the customer before sending, an agent beside the ticket.
CUSTOMER, AGENT = "customer", "agent"
PRIVATE_KINDS = frozenset({"private_post", "invite"})
TARGET_MOVED = frozenset({"changed", "became_private"})
# Statuses that end delivery with a completion (or stop) time on the record.
FINISHED = {"completed": "Completed", "partial": "Stopped as partial"}


@dataclass(frozen=True)
class ServiceTerms:
    name: str
    refill_days: int | None  # None = no refill
    refill_partial: bool  # refill also covers a partial order's delivered part
    cancel_allowed: bool
    cancel_while_processing: bool  # else cancel only while pending
    start_hours: int  # stated max start time, e.g. 1 for "start 0-1 h"
    speed_per_day: int  # stated speed, e.g. 5000 for "5k/day"; above zero
    expected_drop_percent: int | None  # e.g. 20 for "drops up to 20%"; None = not stated


@dataclass(frozen=True)
class OrderFacts:
    order_id: int
    status: str  # key of ORDER_STATUSES
    quantity: int
    start_count: int | None
    remains: int
    submitted_link: str
    charge: float  # USD
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None  # may be missing even when completed (old records)
    service: ServiceTerms


@dataclass(frozen=True)
class CustomerReport:
    issue_type: str  # key of ISSUE_TYPES
    reported_status: str | None = None
    target_text: str | None = None  # the target as the customer pastes it now
    current_count: int | None = None  # the count the customer sees now


@dataclass(frozen=True)
class Check:
    """One comparison shown to the agent; ok is None when it could not be made."""

    label: str
    ok: bool | None
    detail: str


@dataclass(frozen=True)
class Verdict:
    """What the ticket can expect; tone (for colouring) follows OUTCOME_TONES."""

    issue_type: str
    outcome: str
    headline: str
    reasons: tuple[str, ...]
    tone: str
    boundary: str | None
    checks: tuple[Check, ...]


# -- Text formatting -----------------------------------------------------------------


def format_day(moment: datetime, now: datetime) -> str:
    """ "3 December", with the year only when it is not now's year."""
    day = f"{moment.day} {moment:%B}"
    return day if moment.year == now.year else f"{day} {moment.year}"


def format_moment(moment: datetime, now: datetime) -> str:
    return f"{moment:%H:%M} on {format_day(moment, now)}"


def format_duration(span: timedelta) -> str:
    """The largest whole unit, rounded down: "4 days", "5 hours", "1 minute"."""
    seconds = int(span.total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return "less than a minute"


def _money(amount: float) -> str:
    return money(round(amount * 100))


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}".removesuffix(".0") + "%"


def _hours(count: int) -> str:
    return f"{count} hour{'' if count == 1 else 's'}"


# -- Order facts ---------------------------------------------------------------------


def _label(order: OrderFacts) -> str:
    return ORDER_STATUSES[order.status].lower()


def _delivered(order: OrderFacts) -> int:
    if order.status == "completed":
        return order.quantity
    if order.status in ("partial", "in_progress"):
        return order.quantity - order.remains
    return 0  # pending, processing and canceled orders delivered nothing


def _completion_reason(order: OrderFacts, now: datetime) -> str:
    if order.completed_at is None:
        return f"The record has no completion date for this {_label(order)} order."
    return f"{FINISHED[order.status]} on {format_day(order.completed_at, now)}."


def _settlement_reasons(order: OrderFacts) -> tuple[str, ...]:
    """What a partial or canceled order delivered and refunded, per the record."""
    if order.status == "partial":
        refund = order.charge * order.remains / order.quantity
        return (
            f"Partial: {_delivered(order):,} of {order.quantity:,} delivered; the undelivered "
            f"{order.remains:,} were refunded to the balance ({_money(refund)} of "
            f"{_money(order.charge)}).",
        )
    if order.status == "canceled":
        return (
            f"Canceled: nothing was delivered; the full charge of {_money(order.charge)} was refunded to the balance.",
        )
    return ()


def _status_headline(order: OrderFacts) -> str:
    delivered = f"{_delivered(order):,} of {order.quantity:,}"
    start = _hours(order.service.start_hours)
    return {
        "pending": "The order is pending: it has not been sent to the provider yet, so a wrong "
        "link can still be fixed.",
        "processing": "The order is processing: it was sent to the provider and should start "
        f"within {start} of ordering.",
        "in_progress": f"The order is in progress: {delivered} delivered so far.",
        "partial": f"The order stopped early as partial: {delivered} delivered and the "
        "undelivered part refunded to your balance.",
        "completed": f"The order is completed: all {order.quantity:,} delivered.",
        "canceled": "The order was canceled: nothing was delivered and the full charge was refunded to your balance.",
    }[order.status]


# -- Checks: what the customer reported against the record ---------------------------


@dataclass(frozen=True)
class _TargetComparison:
    outcome: str  # same | changed | became_private | unparseable
    detail: str

    @property
    def check(self) -> Check:
        ok = {"same": True, "unparseable": None}.get(self.outcome, False)
        return Check("Target", ok, self.detail)


def _compare_targets(submitted_link: str, target_text: str) -> _TargetComparison:
    """Compare both targets in parse_target's normalised form."""
    try:
        submitted = parse_target(submitted_link)
    except ValueError as error:
        return _TargetComparison(
            "unparseable",
            f"The order's submitted link ({submitted_link}) could not be read: {error}",
        )
    try:
        given = parse_target(target_text)
    except ValueError as error:
        return _TargetComparison("unparseable", f"The target you gave ({target_text}) could not be read: {error}")
    if given.canonical == submitted.canonical:
        return _TargetComparison("same", f"Same target as submitted: {submitted.canonical}.")
    if given.kind in PRIVATE_KINDS and submitted.kind not in PRIVATE_KINDS:
        return _TargetComparison(
            "became_private",
            f"You gave a private target ({TARGET_KIND_LABELS[given.kind].lower()}: "
            f"{given.canonical}); the order was submitted for the public {submitted.canonical}.",
        )
    return _TargetComparison(
        "changed", f"You gave {given.canonical}; the order was submitted for {submitted.canonical}."
    )


def _status_check(order: OrderFacts, reported: str) -> Check:
    """Accepts a status key or its label, in any case ("In progress", "in_progress")."""
    key = reported.strip().lower().replace(" ", "_").replace("-", "_")
    key = {"cancelled": "canceled"}.get(key, key)  # British spelling
    recorded = ORDER_STATUSES[order.status]
    if key == order.status:
        return Check("Status", True, f"{recorded}, as on the record.")
    shown = ORDER_STATUSES.get(key, reported.strip())
    return Check("Status", False, f"You reported {shown}; the record shows {recorded}.")


# -- Rules, one per issue type -------------------------------------------------------

# Tone follows the outcome: positive = support can act on the request, neutral = wait
# or more detail needed, negative = support cannot do what is asked.
OUTCOME_TONES: dict[str, str] = {
    **dict.fromkeys(("eligible", "possible", "late", "excess_drop", "same", "matches"), POSITIVE),
    **dict.fromkeys(("info", "within_window", "no_drop", "unparseable"), NEUTRAL),
    **dict.fromkeys(
        (
            "no_refill",
            "not_eligible",
            "window_closed",
            "not_possible",
            "expected_drop",
            "changed",
            "became_private",
            "mismatch",
        ),
        NEGATIVE,
    ),
}


@dataclass(frozen=True)
class _Case:
    order: OrderFacts
    report: CustomerReport
    now: datetime
    target: _TargetComparison | None
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class _Ruling:
    outcome: str  # a key of OUTCOME_TONES
    headline: str
    reasons: tuple[str, ...] = ()


def _order_overview(case: _Case) -> _Ruling:
    """Order and other issues: the record's state, and whether the report agrees with it."""
    order = case.order
    reasons = (f"Order #{order.order_id}: {ORDER_STATUSES[order.status]}.",)
    if order.status in FINISHED:
        reasons += (_completion_reason(order, case.now),)
    if any(check.ok is False for check in case.checks):
        headline = "Some details you gave differ from the order record; support reviews the order as recorded."
        return _Ruling("mismatch", headline, reasons)
    all_match = bool(case.checks) and all(check.ok for check in case.checks)
    return _Ruling("matches" if all_match else "info", _status_headline(order), reasons)


def _refill_window_end(order: OrderFacts) -> datetime:
    return order.completed_at + timedelta(days=order.service.refill_days)


def _refill_blocker(case: _Case) -> _Ruling | None:
    """Why this order cannot be refilled now, or None when the refill window is open."""
    order, terms, now = case.order, case.order.service, case.now
    if terms.refill_days is None:
        return _Ruling(
            "no_refill",
            "This service has no refill: support can check delivery but cannot refill drops.",
            (f"{terms.name}: no refill in the service terms.",),
        )
    if order.status == "canceled":
        return _Ruling(
            "not_eligible",
            "A canceled order cannot be refilled: nothing was delivered and the charge was refunded.",
        )
    if order.status == "partial" and not terms.refill_partial:
        return _Ruling(
            "not_eligible",
            "This service's refill does not cover partial orders; the undelivered part was refunded instead.",
            (f"{terms.name}: refill covers completed orders only.",),
        )
    if order.status not in FINISHED:
        headline = f"Refill applies once the order is completed; it is {_label(order)} now."
        return _Ruling("not_eligible", headline)
    window_terms = (
        f"{terms.name}: refill for {terms.refill_days} days from completion.",
        _completion_reason(order, now),
    )
    if order.completed_at is None:
        return _Ruling(
            "info",
            "The record has no completion date, so support will check it before confirming the refill window.",
            window_terms,
        )
    end = _refill_window_end(order)
    if now >= end:
        return _Ruling(
            "window_closed",
            f"The refill window for this order ended {format_day(end, now)} ({format_duration(now - end)} ago).",
            window_terms,
        )
    if case.target is not None and case.target.outcome in TARGET_MOVED:
        return _Ruling(
            "not_eligible",
            "Refill needs the submitted target unchanged and public, and the target you gave differs from it.",
            (case.target.detail,),
        )
    return None


def _open_window_reasons(order: OrderFacts, now: datetime) -> tuple[str, ...]:
    end = _refill_window_end(order)
    return (
        _completion_reason(order, now),
        f"Refill window ends {format_day(end, now)}, {format_duration(end - now)} left.",
    )


def _missing_count_note(order: OrderFacts, report: CustomerReport) -> str | None:
    """What is missing to measure a drop, as a sentence; None when it can be measured."""
    if report.current_count is None:
        return "Tell us the current count so support can confirm the drop."
    if order.start_count is None:
        return "The record has no start count, so support will confirm the drop from delivery logs."
    return None


def _measure_drop(order: OrderFacts, current_count: int) -> tuple[int, str]:
    """The drop of the delivered part, and the sentence that shows the sum. A count
    below the start count lost more than the order delivered: only the delivered
    part counts (a refill restores at most what the order delivered)."""
    delivered = _delivered(order)
    level = order.start_count + delivered
    below = level - current_count
    measured = (
        f"Start count {order.start_count:,} + {delivered:,} delivered = {level:,}; the count now is {current_count:,}"
    )
    if below <= 0:
        return 0, measured + ", so nothing dropped."
    if below > delivered:
        return delivered, measured + (
            f": {below:,} below. All {delivered:,} delivered dropped; the other "
            f"{below - delivered:,} are below the start count, which no refill covers."
        )
    return below, measured + f": {below:,} below ({_percent(below, delivered)} of {delivered:,})."


NO_DROP_HEADLINE = "There is no drop: the count is at or above the start count plus the delivered quantity."


def _refill(case: _Case) -> _Ruling:
    order, now = case.order, case.now
    blocker = _refill_blocker(case)
    if blocker is not None:
        return blocker
    window = _open_window_reasons(order, now)
    note = _missing_count_note(order, case.report)
    if note is not None:
        return _Ruling("within_window", note, window)
    drop, measured = _measure_drop(order, case.report.current_count)
    if drop <= 0:
        return _Ruling("no_drop", NO_DROP_HEADLINE, window + (measured,))
    return _Ruling(
        "eligible",
        f"This order can be refilled: {drop:,} dropped and the refill window is open until "
        f"{format_day(_refill_window_end(order), now)}.",
        window + (measured,),
    )


def _drop(case: _Case) -> _Ruling:
    order, terms = case.order, case.order.service
    delivered = _delivered(order)
    if delivered == 0:
        headline = f"Nothing was delivered on this {_label(order)} order, so nothing could drop."
        return _Ruling("info", headline)
    note = _missing_count_note(order, case.report)
    if note is not None:
        return _Ruling("info", note)
    drop, measured = _measure_drop(order, case.report.current_count)
    if drop <= 0:
        return _Ruling("no_drop", NO_DROP_HEADLINE, (measured,))
    blocker = _refill_blocker(case)
    if blocker is None:
        return _Ruling(
            "eligible",
            f"The drop of {drop:,} can be refilled: the refill window is open until "
            f"{format_day(_refill_window_end(order), case.now)}.",
            (measured,) + _open_window_reasons(order, case.now),
        )
    # No refill route: the service's stated drop decides whether this is a fault.
    limit = terms.expected_drop_percent
    if limit is None:
        return _Ruling(blocker.outcome, blocker.headline, (measured,) + blocker.reasons)
    reasons = (measured, f"{terms.name}: drops possible, up to {limit}%.", blocker.headline)
    shown = f"{drop:,} ({_percent(drop, delivered)})"
    if drop * 100 <= limit * delivered:
        return _Ruling(
            "expected_drop",
            f"The drop of {shown} is within the service's stated drop of up to {limit}%, so it is not a fault.",
            reasons + blocker.reasons,
        )
    return _Ruling(
        "excess_drop",
        f"The drop of {shown} is above the service's stated drop of up to {limit}%, so support "
        "will review it with the provider.",
        reasons + blocker.reasons,
    )


def _cancellation(case: _Case) -> _Ruling:
    order, terms = case.order, case.order.service
    if order.status == "canceled":
        return _Ruling(
            "not_possible",
            "The order is already canceled and the full charge was refunded to your balance.",
        )
    if order.status == "completed":
        return _Ruling("not_possible", "The order is already completed, so it cannot be canceled.")
    if order.status == "partial":
        return _Ruling(
            "not_possible",
            "The order already stopped as partial and the undelivered part was refunded, so there "
            "is nothing left to cancel.",
        )
    if not terms.cancel_allowed:
        return _Ruling(
            "not_possible",
            "This service does not allow cancellation.",
            (f"{terms.name}: no cancel in the service terms.",),
        )
    cancellable = ("pending", "processing") if terms.cancel_while_processing else ("pending",)
    cancel_terms = (f"{terms.name}: cancel allowed while the order is {' or '.join(cancellable)}.",)
    if order.status in cancellable:
        return _Ruling(
            "possible",
            f"The order can still be canceled while it is {_label(order)}; the charge would be "
            "refunded to your balance.",
            cancel_terms,
        )
    if order.status == "processing":
        return _Ruling(
            "not_possible",
            "This service allows cancelling only while pending, and the order is already processing.",
            cancel_terms,
        )
    headline = "Delivery has started, so this order can no longer be canceled."
    return _Ruling("not_possible", headline, cancel_terms)


def _speed(case: _Case) -> _Ruling:
    order, terms, now = case.order, case.order.service, case.now
    start_deadline = order.created_at + timedelta(hours=terms.start_hours)
    if order.status in ("pending", "processing"):
        # Not started yet: only the stated start time applies.
        reasons = (
            f"Ordered at {format_moment(order.created_at, now)}; the service states a start "
            f"within {_hours(terms.start_hours)}.",
        )
        if now <= start_deadline:
            return _Ruling(
                "within_window",
                "The order is inside its stated start time: it should start by "
                f"{format_moment(start_deadline, now)} "
                f"({format_duration(start_deadline - now)} left).",
                reasons,
            )
        return _Ruling(
            "late",
            f"The order is {format_duration(now - start_deadline)} past its stated start time, "
            "so support will check it with the provider.",
            reasons,
        )
    if order.status != "in_progress":
        reasons = (_completion_reason(order, now),) if order.status in FINISHED else ()
        return _Ruling("info", _status_headline(order), reasons)
    # Delivering: the stated speed sets when the whole quantity is due, counted from the
    # recorded start, else from the latest stated start time.
    if order.started_at is None:
        began = start_deadline
        began_text = f"Start time not recorded; counted from the stated start, {format_moment(began, now)}"
    else:
        began = order.started_at
        began_text = f"Started at {format_moment(began, now)}"
    due = began + timedelta(days=order.quantity / terms.speed_per_day)
    reasons = (
        f"{began_text}; at the stated {terms.speed_per_day:,}/day, {order.quantity:,} are due "
        f"by {format_moment(due, now)}.",
        f"{_delivered(order):,} of {order.quantity:,} delivered so far.",
    )
    if began > start_deadline:
        reasons += (
            f"It started {format_duration(began - start_deadline)} after the stated start time "
            f"of {_hours(terms.start_hours)}.",
        )
    if now <= due:
        return _Ruling(
            "within_window",
            f"Delivery is within the stated speed: it should finish by {format_moment(due, now)} "
            f"({format_duration(due - now)} left).",
            reasons,
        )
    return _Ruling(
        "late",
        f"Delivery is {format_duration(now - due)} behind the stated speed, so support will "
        "check it with the provider.",
        reasons,
    )


TARGET_HEADLINES: dict[str, str] = {
    "same": "The target you gave is the same as the order's submitted link.",
    "changed": (
        "The target you gave differs from the link this order was submitted for. Support compares the two and checks "
        "what happened to the submitted one; options may be limited once a target is renamed or changed."
    ),
    "became_private": ("The target is now private, so support can no longer check or refill it as a public target."),
    "unparseable": "Support could not read one of the targets, so it will compare them by hand.",
}


def _target(case: _Case) -> _Ruling:
    if case.target is None:
        return _Ruling(
            "info",
            "Paste the target as it is now (link or @username) so support can compare it with the submitted link.",
        )
    return _Ruling(case.target.outcome, TARGET_HEADLINES[case.target.outcome], (case.target.detail,))


_RULES: dict[str, Callable[[_Case], _Ruling]] = {
    "order": _order_overview,
    "other": _order_overview,
    "refill": _refill,
    "cancellation": _cancellation,
    "speed": _speed,
    "drop": _drop,
    "target": _target,
}


def _boundary(case: _Case) -> str | None:
    if case.report.issue_type == "target" or (case.target is not None and case.target.outcome in TARGET_MOVED):
        return PRIVATE_TARGETS
    if case.report.issue_type in ("refill", "drop", "speed"):
        return NO_GUARANTEES
    return None


def evaluate(order: OrderFacts, report: CustomerReport, now: datetime, audience: str = CUSTOMER) -> Verdict:
    """Judge the report against the order record and its service terms at `now`,
    worded for `audience` (CUSTOMER or AGENT)."""
    if report.issue_type not in _RULES:
        raise ValueError(f"No order rules for issue type {report.issue_type!r}")
    if order.status not in ORDER_STATUSES:
        raise ValueError(f"Unknown order status: {order.status!r}")
    target = None
    if report.target_text and report.target_text.strip():
        target = _compare_targets(order.submitted_link, report.target_text)
    checks: tuple[Check, ...] = ()
    if report.reported_status and report.reported_status.strip():
        checks += (_status_check(order, report.reported_status),)
    if target is not None:
        checks += (target.check,)
    case = _Case(order, report, now, target, checks)
    ruling = _RULES[report.issue_type](case)
    return _worded(
        Verdict(
            issue_type=report.issue_type,
            outcome=ruling.outcome,
            headline=ruling.headline,
            reasons=ruling.reasons + _settlement_reasons(order),
            tone=OUTCOME_TONES[ruling.outcome],
            boundary=_boundary(case),
            checks=checks,
        ),
        audience,
    )


# -- Audience --------------------------------------------------------------------------
#
# Verdicts are written to the customer ("you gave", "your balance"). An agent reads
# the same verdict about the customer: second person becomes "the customer", and the
# few requests made of the customer become what the agent should ask for.

_ASK_INSTEAD = {
    "Tell us the current count so support can confirm the drop.": (
        "Ask the customer for the current count to confirm the drop."
    ),
    "Paste the target as it is now (link or @username) so support can compare it with the submitted link.": (
        "Ask the customer for the target as it is now, to compare it with the submitted link."
    ),
}
_SECOND_PERSON = re.compile(r"\b(You|you|Your|your)\b")
_THIRD_PERSON = {"You": "The customer", "you": "the customer", "Your": "The customer's", "your": "the customer's"}


def _about_customer(text: str) -> str:
    if text in _ASK_INSTEAD:
        return _ASK_INSTEAD[text]
    return _SECOND_PERSON.sub(lambda match: _THIRD_PERSON[match.group()], text)


def _worded(verdict: Verdict, audience: str) -> Verdict:
    if audience == CUSTOMER:
        return verdict
    if audience != AGENT:
        raise ValueError(f"Unknown audience: {audience!r}")
    return replace(
        verdict,
        headline=_about_customer(verdict.headline),
        reasons=tuple(_about_customer(reason) for reason in verdict.reasons),
        checks=tuple(replace(check, detail=_about_customer(check.detail)) for check in verdict.checks),
    )


# -- Payments ----------------------------------------------------------------------------

PAYMENT_DUPLICATE_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class PaymentFacts:
    reference: str
    method: str
    amount_cents: int
    status: str  # completed, pending or failed
    created_at: datetime


@dataclass(frozen=True)
class PaymentReport:
    reference: str
    amount_cents: int | None = None
    method: str | None = None
    paid_on: date | None = None


@dataclass(frozen=True)
class PaymentVerdict:
    verdict: Verdict
    matched_reference: str | None  # the record the verdict is about, to highlight


OUTCOME_TONES.update(
    {
        "payment_completed": NEUTRAL,
        "payment_pending": NEUTRAL,
        "payment_failed": NEGATIVE,
        "payment_duplicate": POSITIVE,
        "payment_not_found": NEUTRAL,
        "payment_amount_differs": NEGATIVE,
    }
)


def _payment_checks(report: PaymentReport, payment: PaymentFacts) -> tuple[Check, ...]:
    checks = [Check("Reference", True, f"{payment.reference} is on the customer's record.")]
    if report.amount_cents is not None:
        same = report.amount_cents == payment.amount_cents
        checks.append(
            Check(
                "Amount",
                same,
                f"{money(payment.amount_cents)} on the record"
                + ("." if same else f"; the customer reported {money(report.amount_cents)}."),
            )
        )
    if report.method:
        same = report.method == method_key(payment.method)
        reported = PAYMENT_METHODS.get(report.method, report.method)
        checks.append(
            Check(
                "Method",
                same,
                f"{payment.method} on the record" + ("." if same else f"; the customer reported {reported}."),
            )
        )
    if report.paid_on is not None:
        same = abs((payment.created_at.date() - report.paid_on).days) <= 1
        checks.append(
            Check(
                "Date",
                same,
                f"Paid on {payment.created_at:%d %B %Y}"
                + ("." if same else f"; the customer reported {report.paid_on:%d %B %Y}."),
            )
        )
    return tuple(checks)


def judge_payment(report: PaymentReport, payments: list[PaymentFacts], now: datetime) -> PaymentVerdict:
    """A payment ticket against the customer's payment records, worded for the agent."""
    reference = report.reference.strip().lower()
    payment = next((p for p in payments if p.reference.lower() == reference), None)
    if payment is None:
        verdict = Verdict(
            "payment",
            "payment_not_found",
            "No payment with this reference is on the customer's record: check it with the payment provider.",
            (f"{len(payments)} payment(s) on the customer's record.",) if payments else (),
            NEUTRAL,
            None,
            (Check("Reference", False, f"{report.reference} is not on the customer's record."),),
        )
        return PaymentVerdict(verdict, None)
    checks = _payment_checks(report, payment)
    amount = money(payment.amount_cents)
    when = format_day(payment.created_at, now)
    twins = [
        other
        for other in payments
        if other is not payment
        and other.status == "completed"
        and payment.status == "completed"
        and other.amount_cents == payment.amount_cents
        and abs(other.created_at - payment.created_at) <= PAYMENT_DUPLICATE_WINDOW
    ]
    if any(check.ok is False for check in checks if check.label == "Amount"):
        outcome, headline = (
            "payment_amount_differs",
            f"The payment is on the record for {amount}, not the amount the customer reported.",
        )
    elif twins:
        outcome, headline = (
            "payment_duplicate",
            f"Two completed payments of {amount} within a day ({payment.reference} and "
            f"{twins[0].reference}): a duplicate payment support can refund to the balance.",
        )
    else:
        outcome, headline = {
            "completed": (
                "payment_completed",
                f"The payment of {amount} completed on {when} and was added to the balance.",
            ),
            "pending": ("payment_pending", f"The payment of {amount} from {when} is still pending with the provider."),
            "failed": (
                "payment_failed",
                f"The payment of {amount} from {when} failed: nothing was added to the balance.",
            ),
        }[payment.status]
    verdict = Verdict("payment", outcome, headline, (), OUTCOME_TONES[outcome], None, checks)
    return PaymentVerdict(verdict, payment.reference)
