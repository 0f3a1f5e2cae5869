"""The ticket data layer: what a customer may read and write, checked here on
the server for every call. Plain Python on a SQLModel session (no Reflex), so
states call it and tests drive it against a real database."""

from dataclasses import dataclass, fields
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from support_studio import order_status, screening, service_rules
from support_studio.domain import ISSUE_TYPES, OPEN_TICKET_STATUSES
from support_studio.models import Account, Message, Order, Payment, Service, Ticket, utc_now
from support_studio.telegram import parse_target
from support_studio.ticket_quality import (
    SUMMARY_MAX,
    TicketDraft,
    checklist,
    field_errors,
    missing_required,
    parse_count,
)

ORDER_SEARCH_LIMIT = 20
# Draft fields a customer types freely: each is screened before anything is stored.
FREE_TEXT_FIELDS = tuple(
    f.name for f in fields(TicketDraft) if f.name not in ("issue_type", "order_id")
)


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


def _draft_count(draft: TicketDraft) -> int | None:
    try:
        return parse_count(draft.current_count) if draft.current_count.strip() else None
    except ValueError:
        return None


def judge(facts: service_rules.OrderFacts, report: service_rules.CustomerReport) -> service_rules.Verdict:
    """The service-rule verdict from the current record, as of now."""
    return service_rules.evaluate(facts, report, _naive_utc(utc_now()))


def expected_outcome(
    facts: service_rules.OrderFacts, draft: TicketDraft
) -> service_rules.Verdict:
    """What a draft can expect: shown to the customer before sending."""
    return judge(
        facts,
        service_rules.CustomerReport(
            issue_type=draft.issue_type,
            reported_status=draft.reported_status or None,
            target_text=draft.target_text or None,
            current_count=_draft_count(draft),
        ),
    )


def screen_fields(values: dict[str, str]) -> dict[str, list[screening.Finding]]:
    """Findings per field, only for fields that hold something support never needs."""
    found = {name: screening.scan(text) for name, text in values.items() if text}
    return {name: findings for name, findings in found.items() if findings}


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
            matches.append(order_link_matches(parse_target(query).canonical))
        except ValueError:
            pass
        if query.isdigit():
            matches.append(
                sa.cast(Order.id, sa.String).like(f"{query}%")
            )
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
        session.exec(
            select(Payment)
            .where(Payment.customer_id == customer_id)
            .order_by(col(Payment.created_at).desc())
        )
    )


def open_ticket_for_order(session: Session, customer_id: int, order_id: int) -> Ticket | None:
    """The customer's ticket about this order that is still being worked, if any."""
    return session.exec(
        select(Ticket)
        .where(
            Ticket.customer_id == customer_id,
            Ticket.order_id == order_id,
            col(Ticket.status).in_(OPEN_TICKET_STATUSES),
        )
        .order_by(col(Ticket.id).desc())
    ).first()


def validate_draft(session: Session, customer_id: int, draft: TicketDraft) -> dict[str, str]:
    """Every reason the server would refuse this draft, by field."""
    errors = field_errors(draft)
    if draft.issue_type not in ISSUE_TYPES:
        errors["issue_type"] = "Pick the closest issue type."
    if draft.order_id is not None and customer_order(session, customer_id, draft.order_id) is None:
        errors["order_id"] = "Pick one of your own orders."
    missing = missing_required(checklist(draft))
    if missing and "issue_type" not in errors:
        errors.setdefault("form", "Still missing: " + ", ".join(missing) + ".")
    for name, findings in screen_fields(
        {name: getattr(draft, name) for name in FREE_TEXT_FIELDS}
    ).items():
        errors[name] = screening.describe(findings)
    return errors


def submit_ticket(
    session: Session, customer_id: int, draft: TicketDraft, submission_key: str
) -> Ticket:
    """Store a ticket and its first message together, or raise TicketRejected.

    The same submission_key always yields the same ticket, so a repeated send
    (double click, retry after a dropped connection) never makes a second one."""
    existing = _ticket_by_submission(session, customer_id, submission_key)
    if existing is not None:
        return existing
    errors = validate_draft(session, customer_id, draft)
    if errors:
        raise TicketRejected(errors)
    now = utc_now()
    target = draft.target_text.strip()
    ticket = Ticket(
        customer_id=customer_id,
        issue_type=draft.issue_type,
        order_id=draft.order_id,
        payment_reference=draft.payment_reference.strip() or None,
        telegram_target=parse_target(target).canonical if target else None,
        reported_status=draft.reported_status or None,
        reported_count=_draft_count(draft),
        summary=draft.summary.strip(),
        already_checked=draft.already_checked.strip(),
        submission_key=submission_key,
        created_at=now,
        updated_at=now,
        last_activity_at=now,
        waiting_since=now,
    )
    session.add(ticket)
    try:
        session.flush()
        order_status.copy_to_tickets(session, ticket.order_id)
        session.add(
            Message(ticket_id=ticket.id, author_id=customer_id, body=ticket.summary, created_at=now)
        )
        session.commit()
    except IntegrityError:
        # Another send of the same draft won the race: that ticket is this one.
        session.rollback()
        return _ticket_by_submission(session, customer_id, submission_key)
    session.refresh(ticket)
    return ticket


def _ticket_by_submission(session: Session, customer_id: int, submission_key: str) -> Ticket | None:
    return session.exec(
        select(Ticket).where(
            Ticket.customer_id == customer_id, Ticket.submission_key == submission_key
        )
    ).first()


def checked_message_body(
    body: str, findings: list[screening.Finding], explain=screening.describe
) -> str:
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


def _customer_ticket(session: Session, customer_id: int, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.customer_id != customer_id:
        raise TicketRejected({"message": "This ticket is not one of yours."})
    return ticket


def add_customer_message(session: Session, customer_id: int, ticket_id: int, body: str) -> Message:
    """A customer's reply on their own, still-open ticket, or TicketRejected."""
    ticket = _customer_ticket(session, customer_id, ticket_id)
    if ticket.status not in OPEN_TICKET_STATUSES:
        raise TicketRejected({"message": "This ticket is closed: open a new ticket instead."})
    body = checked_message_body(body, screening.scan(body))
    now = utc_now()
    message = Message(ticket_id=ticket.id, author_id=customer_id, body=body, created_at=now)
    if ticket.status == "waiting_on_customer":
        ticket.status = "open"
    ticket.updated_at = ticket.last_activity_at = now
    ticket.waiting_since = ticket.waiting_since or now
    session.add_all([message, ticket])
    session.commit()
    session.refresh(message)
    return message


def record_event(session: Session, ticket: Ticket, author_id: int, text: str, internal: bool) -> None:
    """Note a change in the thread's history (added to the session, not committed)."""
    now = utc_now()
    session.add(
        Message(ticket_id=ticket.id, author_id=author_id, kind="event", internal=internal, body=text, created_at=now)
    )
    ticket.updated_at = ticket.last_activity_at = now
    session.add(ticket)


def customer_marks_resolved(session: Session, customer_id: int, ticket_id: int) -> None:
    ticket = _customer_ticket(session, customer_id, ticket_id)
    if ticket.status not in OPEN_TICKET_STATUSES:
        raise TicketRejected({"message": "This ticket is already closed."})
    ticket.status = "resolved"
    ticket.waiting_since = None
    record_event(session, ticket, customer_id, "Marked resolved by the customer.", internal=False)
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
        .where(Message.ticket_id == Ticket.id, col(Message.internal).is_(False))
        .scalar_subquery()
    )
    rows = session.exec(
        select(Ticket, message_count)
        .where(Ticket.customer_id == customer_id)
        .order_by(col(Ticket.last_activity_at).desc(), col(Ticket.id).desc())
    )
    return [
        TicketSummaryRow(
            ticket.id, ticket.issue_type, ticket.order_id, ticket.status,
            ticket.created_at, ticket.last_activity_at, count,
            unread_reply=ticket.last_support_reply_at is not None
            and (ticket.customer_seen_at is None or ticket.customer_seen_at < ticket.last_support_reply_at),
        )
        for ticket, count in rows
    ]


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
    order: OrderRecord | None
    messages: list[ThreadMessage]


def ticket_thread(session: Session, ticket_id: int, viewer: Account) -> TicketThread | None:
    """A ticket with its messages, or None when the viewer may not see it
    (a customer sees only their own tickets; agents see every ticket)."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or (viewer.role != "agent" and ticket.customer_id != viewer.id):
        return None
    order = (
        customer_order(session, ticket.customer_id, ticket.order_id)
        if ticket.order_id is not None
        else None
    )
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
            message.id, author.display_name, author.role == "agent", message.kind,
            message.internal, message.body, message.created_at,
        )
        for message, author in session.exec(statement)
    ]
    return TicketThread(ticket, order, messages)

