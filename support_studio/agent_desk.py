"""What agents do on a ticket: review it against the record and the rules,
reply, keep internal notes, change status, assign. Plain Python on a SQLModel
session; every function takes the acting account and checks it is an agent."""

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from support_studio import screening, service_rules
from support_studio.domain import OPEN_TICKET_STATUSES, TICKET_STATUSES
from support_studio.models import Account, Message, Payment, Ticket, utc_now
from support_studio.tickets import (
    OrderRecord,
    TicketRejected,
    checked_message_body,
    customer_order,
    customer_payments,
    judge,
    order_facts,
    record_event,
)


AGENT_REMINDER = (
    "Support never asks customers for passwords, login or 2FA codes, recovery details, "
    "sessions or admin access."
)


def screen_agent_text(text: str) -> list[screening.Finding]:
    """An agent's reply must neither ask for a credential nor contain one."""
    return screening.scan_agent_reply(text) + screening.scan(text)


def explain_agent_findings(findings: list[screening.Finding]) -> str:
    reasons = dict.fromkeys(finding.reason for finding in findings)
    return " ".join(reasons) + " " + AGENT_REMINDER


def _require_agent(account: Account | None) -> Account:
    if account is None or account.role != "agent":
        raise TicketRejected({"message": "Only support agents can do this."})
    return account


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise TicketRejected({"message": "That ticket does not exist."})
    return ticket


def agents(session: Session) -> list[Account]:
    return list(session.exec(select(Account).where(Account.role == "agent").order_by(Account.display_name)))


def latest_message_id(session: Session, ticket_id: int) -> int:
    return session.exec(select(func.max(Message.id)).where(Message.ticket_id == ticket_id)).one() or 0


@dataclass(frozen=True)
class Review:
    """The order record and the rules verdict beside a ticket, from current records."""

    record: OrderRecord | None
    verdict: service_rules.Verdict | None
    payments: list[Payment]
    other_tickets: list[Ticket]


def review(session: Session, agent: Account, ticket: Ticket) -> Review:
    _require_agent(agent)
    record = customer_order(session, ticket.customer_id, ticket.order_id) if ticket.order_id else None
    verdict = None
    if record is not None:
        verdict = judge(
            order_facts(record),
            service_rules.CustomerReport(
                issue_type=ticket.issue_type,
                reported_status=ticket.reported_status,
                target_text=ticket.telegram_target,
                current_count=ticket.reported_count,
            ),
        )
    payments = customer_payments(session, ticket.customer_id) if ticket.issue_type == "payment" else []
    others = list(
        session.exec(
            select(Ticket)
            .where(Ticket.customer_id == ticket.customer_id, Ticket.id != ticket.id)
            .order_by(col(Ticket.last_activity_at).desc())
            .limit(10)
        )
    )
    return Review(record, verdict, payments, others)


def add_agent_reply(
    session: Session, agent: Account, ticket_id: int, body: str, seen_message_id: int
) -> Message:
    """A reply the customer sees. Refused when it asks for a credential, or when
    the thread changed since the agent last read it (so agents don't talk over
    each other or past the customer's newest message)."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    body = checked_message_body(body, screen_agent_text(body), explain_agent_findings)
    newer = session.exec(
        select(Message, Account)
        .join(Account, col(Message.author_id) == Account.id)
        .where(Message.ticket_id == ticket.id, col(Message.id) > seen_message_id, Message.author_id != agent.id)
        .order_by(col(Message.id).desc())
    ).first()
    if newer is not None:
        _, author = newer
        raise TicketRejected(
            {"stale": f"{author.display_name} added to this thread since you opened it. Read the new message, then send again."}
        )
    now = utc_now()
    reply = Message(ticket_id=ticket.id, author_id=agent.id, body=body, created_at=now)
    session.add(reply)
    ticket.last_support_reply_at = now
    ticket.waiting_since = None
    if ticket.status in ("open", "in_review"):
        ticket.status = "waiting_on_customer"
        record_event(session, ticket, agent.id, "Status: waiting on customer.", internal=False)
    ticket.updated_at = ticket.last_activity_at = now
    session.add(ticket)
    session.commit()
    session.refresh(reply)
    return reply


def add_internal_note(session: Session, agent: Account, ticket_id: int, body: str) -> Message:
    """A note only agents ever see. Screened too: notes must not hold credentials."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    body = checked_message_body(body, screening.scan(body))
    note = Message(ticket_id=ticket.id, author_id=agent.id, kind="note", internal=True, body=body, created_at=utc_now())
    session.add(note)
    session.commit()
    session.refresh(note)
    return note


def change_status(session: Session, agent: Account, ticket_id: int, status: str) -> None:
    _require_agent(agent)
    if status not in TICKET_STATUSES:
        raise TicketRejected({"status": "Pick one of the ticket statuses."})
    ticket = _ticket(session, ticket_id)
    if ticket.status == status:
        return
    reopened = status in OPEN_TICKET_STATUSES and ticket.status not in OPEN_TICKET_STATUSES
    ticket.status = status
    if status not in OPEN_TICKET_STATUSES:
        ticket.waiting_since = None
    elif reopened:  # back in the queue, as waiting from now
        ticket.waiting_since = utc_now()
    record_event(session, ticket, agent.id, f"Status: {TICKET_STATUSES[status].lower()}.", internal=False)
    session.commit()


def assign(session: Session, agent: Account, ticket_id: int, assignee_id: int | None) -> None:
    """Assign to an agent (or nobody); the change is kept in the agents' history."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    assignee_id = assignee_id or None  # 0 is nobody too
    assignee = session.get(Account, assignee_id) if assignee_id else None
    if assignee_id and (assignee is None or assignee.role != "agent"):
        raise TicketRejected({"assignee": "Pick one of the agents."})
    if ticket.assigned_agent_id == assignee_id:
        return
    ticket.assigned_agent_id = assignee_id
    text = f"Assigned to {assignee.display_name}." if assignee else "Unassigned."
    record_event(session, ticket, agent.id, text, internal=True)
    session.commit()
