"""The ticket data layer for customers: what a customer may read and write,
checked here on the server for every call. Plain Python on a SQLModel session
(no Reflex), so states call it and tests drive it against a real database.
Status and waiting time follow support_studio.lifecycle; this module loads,
applies and commits."""

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from support_studio import evidence, lifecycle, order_status, screening, service_rules
from support_studio.domain import ACTIVE_TICKET_STATUSES, ISSUE_TYPES
from support_studio.models import Account, Message, Order, Payment, Service, Ticket, utc_now
from support_studio.telegram import parse_target
from support_studio.throttle import Throttle
from support_studio.ticket_quality import (
    FIELDS_BY_NAME,
    SCREENED_FIELDS,
    SUMMARY_MAX,
    TicketDraft,
    assess,
    default_subject,
    field_errors,
    parse_amount,
    parse_count,
    parse_payment_date,
)

ORDER_SEARCH_LIMIT = 20


class TicketRejected(Exception):
    """The server refused a ticket or message; `errors` maps field -> message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class OrderRecord:
    order: Order
    service: Service


def _naive_utc(moment: datetime | None) -> datetime | None:
    """The rules engine works in naive UTC; the database returns aware UTC."""
    return moment.replace(tzinfo=None) if moment else None


def order_facts(record: OrderRecord) -> service_rules.OrderFacts:
    """An order row and its service as the rules engine reads them."""
    order, service = record.order, record.service
    # Field by field on purpose: the rules engine reads plain facts, never table rows (like Attachment rows in evidence).
    return service_rules.OrderFacts(
        order_id=order.id,
        status=order.status,
        quantity=order.quantity,
        start_count=order.start_count,
        remains=order.remains,
        submitted_link=order.link,
        charge=order.charge_cents / 100,
        created_at=_naive_utc(order.created_at),
        started_at=_naive_utc(order.started_at),
        completed_at=_naive_utc(order.completed_at),
        service=service_rules.ServiceTerms(
            name=service.name,
            refill_days=service.refill_days,
            refill_partial=service.refill_partial,
            cancel_allowed=service.cancel_allowed,
            cancel_while_processing=service.cancel_while_processing,
            start_hours=service.start_hours,
            speed_per_day=service.speed_per_day,
            expected_drop_percent=service.expected_drop_percent,
        ),
    )


def payment_facts(payment: Payment) -> service_rules.PaymentFacts:
    return service_rules.PaymentFacts(
        payment.reference, payment.method, payment.amount_cents, payment.status, _naive_utc(payment.created_at)
    )


def _parsed_or_none(parse, text: str):
    try:
        return parse(text) if text.strip() else None
    except ValueError:
        return None


def judge(
    facts: service_rules.OrderFacts, report: service_rules.CustomerReport, audience: str
) -> service_rules.Verdict:
    """The service-rule verdict from the current record, as of now."""
    return service_rules.evaluate(facts, report, _naive_utc(utc_now()), audience)


def expected_outcome(facts: service_rules.OrderFacts, draft: TicketDraft) -> service_rules.Verdict | None:
    """What a draft can expect, shown to the customer before sending (order types only)."""
    if draft.issue_type not in ISSUE_TYPES or draft.issue_type == "payment":
        return None
    return judge(
        facts,
        service_rules.CustomerReport(
            issue_type=draft.issue_type,
            reported_status=draft.reported_status or None,
            target_text=draft.target_text or None,
            current_count=_parsed_or_none(parse_count, draft.current_count),
        ),
        service_rules.CUSTOMER,
    )


# Fields that each hold one value whose kind the form says (a count, a payment's reference and
# amount) are read alone, and are no context for the others: "Payment missing (no password
# needed)" as the subject must not make the reference CARD-9D2M44LB a password (UX audit 8).
VALUE_FIELDS = ("current_count", "payment_reference", "payment_amount")


def screen_field(values: dict[str, str], name: str) -> list[screening.Finding]:
    """The findings of field `name`, read with the fields before it on the form
    ("my password is" in one field, the value in a later one) and after it (the
    value, then "is my Telegram password" in a later field), one per line.
    A form screened before, unchanged, is not read again (_SCREENED_FORMS)."""
    key = _form_digest(values, name)
    with _SCREENED_FORMS_LOCK:
        found = _SCREENED_FORMS.get(key)
        if found is not None:
            _SCREENED_FORMS.move_to_end(key)
            return list(found)
    found = tuple(_screen_field(values, name))
    with _SCREENED_FORMS_LOCK:
        _SCREENED_FORMS[key] = found
        while len(_SCREENED_FORMS) > _SCREENED_FORMS_KEPT:
            _SCREENED_FORMS.popitem(last=False)
    return list(found)


# Findings of forms screened lately, by a digest of the form: a page load re-screens the restored
# draft, and each edit the fields it did not change (a 5,000-character summary costs 5-15 ms a
# read). Only digests and findings (kinds, offsets, fixed reasons) are kept, never the text.
_SCREENED_FORMS: OrderedDict[bytes, tuple[screening.Finding, ...]] = OrderedDict()
_SCREENED_FORMS_KEPT = 512
_SCREENED_FORMS_LOCK = threading.Lock()


def _form_digest(values: dict[str, str], name: str) -> bytes:
    digest = hashlib.blake2b(name.encode(), digest_size=16)
    for other, text in values.items():
        for part in (other, text):
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.digest()


def _screen_field(values: dict[str, str], name: str) -> list[screening.Finding]:
    if name in VALUE_FIELDS:
        return screening.scan(values[name]) if values[name] else []
    values = {other: text for other, text in values.items() if other not in VALUE_FIELDS}
    names = list(values)
    at = names.index(name)
    before = "\n".join(values[other] for other in names[:at] if values[other])
    after = "\n".join(values[other] for other in names[at + 1 :] if values[other])
    return screening.scan_context(before, values[name], after) if values[name] else []


def screen_fields(values: dict[str, str]) -> dict[str, list[screening.Finding]]:
    """Findings per field (screen_field), only for fields that hold something support never needs."""
    found = {}
    for name in values:
        findings = screen_field(values, name)
        if findings:
            found[name] = findings
    return found


def search_customer_orders(
    session: Session, customer_id: int, query: str = "", limit: int = ORDER_SEARCH_LIMIT
) -> list[OrderRecord]:
    """The customer's own orders, newest first, matching an order ID or a link."""
    statement = (
        select(Order, Service)
        .join(Service, col(Order.service_id) == Service.id)
        .where(Order.customer_id == customer_id)
    )
    query = query.strip().lstrip("#")[:200]
    if query:
        matches = [col(Order.link).ilike(f"%{escape_like(query)}%", escape="\\")]
        try:
            matches.append(order_link_matches(parse_target(query).owner))
        except ValueError:
            pass
        if query.isascii() and query.isdigit():
            matches.append(sa.cast(Order.id, sa.String).like(f"{query}%"))
        statement = statement.where(sa.or_(*matches))
    rows = session.exec(statement.order_by(col(Order.created_at).desc()).limit(limit))
    return [OrderRecord(order, service) for order, service in rows]


def order_link_matches(canonical: str):
    """Orders whose link is this target, with or without the post number or bot
    parameter after it (orders keep the link as submitted)."""
    link = escape_like(canonical)
    return sa.and_(
        # One cheap prefix test rules out almost every order before the exact three.
        col(Order.link).ilike(link + "%", escape="\\"),
        sa.or_(
            col(Order.link).ilike(link, escape="\\"),
            col(Order.link).ilike(link + "/%", escape="\\"),
            col(Order.link).ilike(link + "?%", escape="\\"),
        ),
    )


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def customer_order(session: Session, customer_id: int, order_id: int) -> OrderRecord | None:
    """One order, only if it belongs to this customer."""
    row = session.exec(
        select(Order, Service)
        .join(Service, col(Order.service_id) == Service.id)
        .where(Order.id == order_id, Order.customer_id == customer_id)
    ).first()
    return OrderRecord(*row) if row else None


def customer_payments(session: Session, customer_id: int) -> list[Payment]:
    return list(
        session.exec(select(Payment).where(Payment.customer_id == customer_id).order_by(col(Payment.created_at).desc()))
    )


def open_ticket_for_order(session: Session, customer_id: int, order_id: int) -> Ticket | None:
    """The customer's ticket about this order that is still being worked, if any."""
    return session.exec(
        select(Ticket)
        .where(
            Ticket.customer_id == customer_id,
            Ticket.order_id == order_id,
            col(Ticket.status).in_(ACTIVE_TICKET_STATUSES),
        )
        .order_by(col(Ticket.id).desc())
    ).first()


def validate_draft(session: Session, customer_id: int, draft: TicketDraft) -> dict[str, str]:
    """Every reason the server would refuse this draft, by field. Only what the
    chosen type shows counts: hidden fields are dropped, never stored."""
    draft = draft.visible_only()
    errors = field_errors(draft)
    if draft.issue_type not in ISSUE_TYPES:
        errors["issue_type"] = "Pick the closest issue type."
    if draft.order_id is not None and customer_order(session, customer_id, draft.order_id) is None:
        errors["order_id"] = "Pick one of your own orders."
    flagged = screen_fields({name: getattr(draft, name) for name in SCREENED_FIELDS})
    for name, findings in flagged.items():
        errors[name] = screening.describe(findings)
    missing = assess(draft, frozenset(flagged)).missing
    if missing and "issue_type" not in errors:
        errors.setdefault("form", "Still missing: " + ", ".join(missing) + ".")
    return errors


def submit_ticket(
    session: Session,
    customer_id: int,
    draft: TicketDraft,
    submission_key: str,
    throttle: Throttle,
    attachments: Sequence[str] = (),
) -> Ticket:
    """Store a ticket and its first message together, or raise TicketRejected.

    A submission key belongs to one draft's content: sending it again with the
    same content (double click, retry after a dropped connection) returns the
    ticket already stored; with other content (another tab reused the key) it
    is refused, so no ticket is ever lost under another one's number. The
    customer's staged `attachments` go on the first message, in the same
    transaction."""
    draft = draft.visible_only()
    fingerprint = draft.fingerprint()
    existing = _ticket_by_submission(session, customer_id, submission_key)
    if existing is not None:
        return _same_submission(existing, fingerprint)
    errors = validate_draft(session, customer_id, draft)
    if errors:
        raise TicketRejected(errors)
    refused = throttle.take("ticket", customer_id)
    if refused:
        raise TicketRejected({"form": refused})
    now = utc_now()
    target = draft.target_text.strip()
    ticket = Ticket(
        customer_id=customer_id,
        issue_type=draft.issue_type,
        subject=draft.subject.strip() or default_subject(draft.issue_type, draft.order_id, draft.payment_reference),
        order_id=draft.order_id,
        payment_reference=draft.payment_reference.strip() or None,
        payment_amount_cents=_parsed_or_none(parse_amount, draft.payment_amount),
        payment_method=draft.payment_method or None,
        payment_date=_parsed_or_none(parse_payment_date, draft.payment_date),
        telegram_target=parse_target(target).canonical if target else None,
        reported_status=draft.reported_status or None,
        reported_count=_parsed_or_none(parse_count, draft.current_count),
        summary=draft.summary.strip(),
        already_checked=draft.already_checked.strip(),
        submission_key=submission_key,
        content_hash=fingerprint,
        created_at=now,
        updated_at=now,
        **_clock_fields(lifecycle.opened(now)),
    )
    session.add(ticket)
    try:
        session.flush()
        order_status.copy_to_tickets(session, ticket.order_id)
        first = Message(ticket_id=ticket.id, author_id=customer_id, body=ticket.summary, created_at=now)
        session.add(first)
        attach(session, customer_id, first, attachments, evidence.NEW_TICKET_PLACE)
        session.commit()
    except IntegrityError:
        # Another send of the same key won the race: that ticket, if it is this content.
        session.rollback()
        return _same_submission(_ticket_by_submission(session, customer_id, submission_key), fingerprint)
    session.refresh(ticket)
    return ticket


def _same_submission(ticket: Ticket, fingerprint: str) -> Ticket:
    if ticket.content_hash != fingerprint:
        raise TicketRejected(
            {
                "form": f"This draft was already sent as ticket #{ticket.id} with other details "
                "(from another tab?). Nothing was lost: send again to open a new ticket."
            }
        )
    return ticket


def _ticket_by_submission(session: Session, customer_id: int, submission_key: str) -> Ticket | None:
    return session.exec(
        select(Ticket).where(Ticket.customer_id == customer_id, Ticket.submission_key == submission_key)
    ).first()


def _clock_fields(clock: lifecycle.TicketClock) -> dict:
    return {
        "status": clock.status,
        "waiting_since": clock.waiting_since,
        "last_support_reply_at": clock.last_support_reply_at,
        "last_activity_at": clock.last_activity_at,
    }


def ticket_clock(ticket: Ticket) -> lifecycle.TicketClock:
    return lifecycle.TicketClock(
        ticket.status, ticket.waiting_since, ticket.last_support_reply_at, ticket.last_activity_at
    )


def apply_transition(session: Session, ticket: Ticket, transition: lifecycle.Transition, actor_id: int) -> None:
    """Put a lifecycle transition on the ticket (and its history line in the
    thread); the caller commits."""
    for name, value in _clock_fields(transition.clock).items():
        setattr(ticket, name, value)
    ticket.updated_at = transition.clock.last_activity_at
    if transition.history:
        record_event(session, ticket, actor_id, transition.history, internal=False, at=ticket.updated_at)
    session.add(ticket)


def planned(ticket: Ticket, event, *args) -> lifecycle.Transition:
    """What a lifecycle event would do to the ticket now; a refused one becomes TicketRejected."""
    try:
        return event(ticket_clock(ticket), *args, utc_now())
    except lifecycle.TransitionRefused as refused:
        raise TicketRejected({"message": str(refused)}) from None


def checked_message_body(body: str, findings: list[screening.Finding], explain=screening.describe) -> str:
    """The trimmed body of a thread message, or TicketRejected saying why not.
    `findings` is what screening found in it, `explain` words the refusal."""
    body = body.strip()
    if not body:
        raise TicketRejected({"message": "Write a message first."})
    if len(body) > SUMMARY_MAX:
        raise TicketRejected({"message": f"Keep a message under {SUMMARY_MAX:,} characters."})
    if findings:
        raise TicketRejected({"message": explain(findings)})
    return body


# A secret said over several messages ("my password is", "wait", "Tulip#2024") is read whole.
PREVIOUS_MESSAGES = 3


def previous_messages(session: Session, ticket_id: int, author_id: int) -> str:
    """The author's last few messages in the thread, oldest first: a new one is
    screened together with them, so a secret split over messages is still caught.
    Messages with nothing to read ("." "👍") don't count: sent between a label and
    its value, they would push the label out of reach."""
    bodies = session.exec(
        select(Message.body)
        .where(Message.ticket_id == ticket_id, Message.author_id == author_id, Message.kind != "event")
        .order_by(col(Message.id).desc())
        .limit(PREVIOUS_MESSAGES * 4)
    ).all()
    return "\n".join(reversed([body for body in bodies if screening.readable(body)][:PREVIOUS_MESSAGES]))


def _customer_ticket(session: Session, customer_id: int, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.customer_id != customer_id:
        raise TicketRejected({"message": "This ticket is not one of yours."})
    return ticket


# What "Add to ticket #N" adds beside the summary: what the thread's order record does not say.
ADDED_FIELDS = ("current_count", "already_checked")


def added_message_body(draft: TicketDraft) -> str:
    """The message "Add to ticket #N" posts: the summary, then the count the customer sees
    and what they already checked, when the form shows and they filled them."""
    shown = draft.shown_fields()
    lines = [draft.summary.strip()] + [
        f"{FIELDS_BY_NAME[name].label}: {getattr(draft, name).strip()}"
        for name in ADDED_FIELDS
        if name in shown and getattr(draft, name).strip()
    ]
    return "\n".join(line for line in lines if line)


def add_customer_message(
    session: Session,
    customer_id: int,
    ticket_id: int,
    body: str,
    throttle: Throttle,
    attachments: Sequence[str] = (),
    staged_at: str = "",
) -> Message:
    """A customer's reply on their own ticket (it reopens a resolved one), or TicketRejected.
    The attachments wait staged on the ticket, or at `staged_at` (the new-ticket form's)."""
    ticket = _customer_ticket(session, customer_id, ticket_id)
    findings = screening.scan_context(previous_messages(session, ticket_id, customer_id), body)
    body = checked_message_body(body, findings)
    replied = planned(ticket, lifecycle.customer_replied)
    refused = throttle.take("message", customer_id)
    if refused:
        raise TicketRejected({"message": refused})
    apply_transition(session, ticket, replied, customer_id)
    message = Message(ticket_id=ticket.id, author_id=customer_id, body=body, created_at=replied.clock.last_activity_at)
    session.add(message)
    attach(session, customer_id, message, attachments, staged_at or evidence.ticket_place(ticket.id))
    session.commit()
    session.refresh(message)
    return message


def attach(session: Session, author_id: int, message: Message, file_ids: Sequence[str], place: str) -> None:
    """Put the author's files staged at `place` on the message being stored; a refusal
    undoes the whole message (nothing half-saved, the files stay staged)."""
    try:
        evidence.attach_staged(session, author_id, message, file_ids, place)
    except evidence.EvidenceRefused as refused:
        session.rollback()
        raise TicketRejected({"message": refused.reason, "form": refused.reason}) from None


def record_event(
    session: Session, ticket: Ticket, author_id: int, text: str, internal: bool, at: datetime | None = None
) -> None:
    """Note a change in the thread's history (added to the session, not committed)."""
    now = at or utc_now()
    session.add(
        Message(ticket_id=ticket.id, author_id=author_id, kind="event", internal=internal, body=text, created_at=now)
    )
    ticket.updated_at = ticket.last_activity_at = now
    session.add(ticket)


def customer_marks_resolved(session: Session, customer_id: int, ticket_id: int) -> None:
    ticket = _customer_ticket(session, customer_id, ticket_id)
    apply_transition(session, ticket, planned(ticket, lifecycle.customer_resolved), customer_id)
    session.commit()


def mark_seen_by_customer(session: Session, customer_id: int, ticket_id: int) -> None:
    """The customer has read the thread up to now (clears "new reply")."""
    ticket = _customer_ticket(session, customer_id, ticket_id)
    ticket.customer_seen_at = utc_now()
    session.add(ticket)
    session.commit()


@dataclass(frozen=True)
class TicketSummaryRow:
    number: int
    subject: str
    issue_type: str
    order_id: int | None
    status: str
    created_at: datetime
    last_activity_at: datetime
    message_count: int
    unread_reply: bool


def customer_tickets(session: Session, customer_id: int) -> list[TicketSummaryRow]:
    """The customer's tickets, most recently active first."""
    message_count = (
        select(func.count(col(Message.id)))
        .where(Message.ticket_id == Ticket.id, col(Message.internal).is_(False), Message.kind != "event")
        .scalar_subquery()
    )
    rows = session.exec(
        select(Ticket, message_count)
        .where(Ticket.customer_id == customer_id)
        .order_by(col(Ticket.last_activity_at).desc(), col(Ticket.id).desc())
    )
    return [
        TicketSummaryRow(
            ticket.id,
            ticket.subject,
            ticket.issue_type,
            ticket.order_id,
            ticket.status,
            ticket.created_at,
            ticket.last_activity_at,
            count,
            unread_reply=ticket.last_support_reply_at is not None
            and (ticket.customer_seen_at is None or ticket.customer_seen_at < ticket.last_support_reply_at),
        )
        for ticket, count in rows
    ]


# What a thread page shows of a message; alike in shape only to the rules' PaymentFacts.
@dataclass(frozen=True)
class ThreadMessage:
    id: int
    author_name: str
    from_support: bool
    kind: str  # reply, note or event
    internal: bool
    body: str
    created_at: datetime


@dataclass(frozen=True)
class TicketThread:
    ticket: Ticket
    customer_name: str
    order: OrderRecord | None
    messages: list[ThreadMessage]
    attachments: dict  # message ID -> its Attachment rows (only of messages shown)


def ticket_thread(session: Session, ticket_id: int, viewer) -> TicketThread | None:
    """A ticket with its messages, or None when the viewer may not see it
    (a customer sees only their own tickets; agents see every ticket).
    `viewer` is anything with the signed-in account's `id` and `role`."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or (viewer.role != "agent" and ticket.customer_id != viewer.id):
        return None
    order = customer_order(session, ticket.customer_id, ticket.order_id) if ticket.order_id is not None else None
    statement = (
        select(Message, Account)
        .join(Account, col(Message.author_id) == Account.id)
        .where(Message.ticket_id == ticket.id)
        .order_by(col(Message.created_at), col(Message.id))
    )
    if viewer.role != "agent":  # internal notes and events never leave the server for customers
        statement = statement.where(col(Message.internal).is_(False))
    messages = [
        ThreadMessage(
            message.id,
            author.display_name,
            author.role == "agent",
            message.kind,
            message.internal,
            message.body,
            message.created_at,
        )
        for message, author in session.exec(statement)
    ]
    customer = session.get(Account, ticket.customer_id)
    files = evidence.attachments_for_messages(session, [message.id for message in messages])
    return TicketThread(ticket, customer.display_name, order, messages, files)
