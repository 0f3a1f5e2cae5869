"""What agents do on a ticket: review it against the record and the rules,
reply, keep internal notes, change status, assign. Plain Python on a SQLModel
session; every function takes the acting account, checks it is an agent, and
records the action in the append-only audit trail."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from support_studio import evidence, lifecycle, screening, service_rules
from support_studio.domain import TICKET_STATUSES
from support_studio.models import Account, AuditEntry, Message, Payment, Ticket, utc_now
from support_studio.throttle import Throttle
from support_studio.tickets import (
    OrderRecord,
    TicketRejected,
    apply_transition,
    attach,
    checked_message_body,
    customer_order,
    customer_payments,
    judge,
    order_facts,
    payment_facts,
    planned,
    previous_messages,
    record_event,
)

# Said after what was found ("Support never asks for a login code."), so it adds what to do.
AGENT_REMINDER = "Reword the reply without asking for it: ask for order IDs, links, counts or screenshots instead."


def screen_agent_text(text: str, previous: str = "") -> list[screening.Finding]:
    """An agent's reply must neither ask for a credential nor contain one."""
    return screening.scan_agent_reply(text) + screening.scan_context(previous, text)


def explain_agent_findings(findings: list[screening.Finding]) -> str:
    reasons = dict.fromkeys(finding.reason for finding in findings)
    return " ".join(reasons) + " " + AGENT_REMINDER


def _require_agent(account) -> None:
    if account is None or account.role != "agent":
        raise TicketRejected({"message": "Only support agents can do this."})


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise TicketRejected({"message": "That ticket does not exist."})
    return ticket


def audit(session: Session, agent, ticket: Ticket, action: str, detail: str = "") -> None:
    """Record an agent action (added to the session; committed with the action)."""
    session.add(AuditEntry(ticket_id=ticket.id, actor_id=agent.id, action=action, detail=detail[:400]))


def record_opened(session: Session, agent, ticket_id: int) -> None:
    """An agent opened the ticket (once per agent and hour: reloads are not news)."""
    _require_agent(agent)
    recent = session.exec(
        select(AuditEntry.created_at)
        .where(AuditEntry.ticket_id == ticket_id, AuditEntry.actor_id == agent.id, AuditEntry.action == "opened")
        .order_by(col(AuditEntry.id).desc())
    ).first()
    if recent is None or recent < utc_now() - timedelta(hours=1):
        audit(session, agent, _ticket(session, ticket_id), "opened")
        session.commit()


@dataclass(frozen=True)
class AuditLine:
    actor: str
    action: str
    detail: str
    created_at: datetime


def audit_trail(session: Session, agent, ticket_id: int) -> list[AuditLine]:
    _require_agent(agent)
    rows = session.exec(
        select(AuditEntry, Account)
        .join(Account, col(AuditEntry.actor_id) == Account.id)
        .where(AuditEntry.ticket_id == ticket_id)
        .order_by(col(AuditEntry.created_at).desc(), col(AuditEntry.id).desc())
        .limit(100)
    )
    return [AuditLine(account.display_name, entry.action, entry.detail, entry.created_at) for entry, account in rows]


def agents(session: Session) -> list[Account]:
    return list(session.exec(select(Account).where(Account.role == "agent").order_by(Account.display_name)))


def latest_message_id(session: Session, ticket_id: int) -> int:
    return session.exec(select(func.max(Message.id)).where(Message.ticket_id == ticket_id)).one() or 0


@dataclass(frozen=True)
class Review:
    """The records and the rules verdict beside a ticket, from current records."""

    record: OrderRecord | None
    verdict: service_rules.Verdict | None
    payments: list[Payment]
    matched_payment: str | None  # the payment the verdict is about
    other_tickets: list[Ticket]


def review(session: Session, agent, ticket: Ticket) -> Review:
    _require_agent(agent)
    record = customer_order(session, ticket.customer_id, ticket.order_id) if ticket.order_id else None
    verdict, matched = None, None
    payments = customer_payments(session, ticket.customer_id) if ticket.issue_type == "payment" else []
    if ticket.issue_type == "payment" and ticket.payment_reference:
        judged = service_rules.judge_payment(
            service_rules.PaymentReport(
                ticket.payment_reference, ticket.payment_amount_cents, ticket.payment_method, ticket.payment_date
            ),
            [payment_facts(payment) for payment in payments],
            utc_now().replace(tzinfo=None),
        )
        verdict, matched = judged.verdict, judged.matched_reference
    elif record is not None:
        verdict = judge(
            order_facts(record),
            service_rules.CustomerReport(
                issue_type=ticket.issue_type,
                reported_status=ticket.reported_status,
                target_text=ticket.telegram_target,
                current_count=ticket.reported_count,
            ),
            service_rules.AGENT,
        )
    others = list(
        session.exec(
            select(Ticket)
            .where(Ticket.customer_id == ticket.customer_id, Ticket.id != ticket.id)
            .order_by(col(Ticket.last_activity_at).desc())
            .limit(10)
        )
    )
    return Review(record, verdict, payments, matched, others)


def add_agent_reply(
    session: Session,
    agent,
    ticket_id: int,
    body: str,
    seen_message_id: int,
    throttle: Throttle,
    attachments: Sequence[str] = (),
) -> Message:
    """A reply the customer sees. Refused when it asks for a credential, or when
    the thread changed since the agent last read it (so agents don't talk over
    each other or past the customer's newest message)."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    findings = screen_agent_text(body, previous_messages(session, ticket_id, agent.id))
    body = checked_message_body(body, findings, explain_agent_findings)
    # A ticket closed meanwhile says so first: reading the status line would not make the reply go.
    replied = planned(ticket, lifecycle.agent_replied)
    newer = session.exec(
        select(Account.display_name)
        .join(Message, col(Message.author_id) == Account.id)
        .where(Message.ticket_id == ticket.id, col(Message.id) > seen_message_id, Message.author_id != agent.id)
        .order_by(col(Message.id).desc())
    ).first()
    if newer is not None:
        raise TicketRejected(
            {"stale": f"{newer} added to this thread since you opened it. Read the new message, then send again."}
        )
    _take(throttle, agent)
    reply = Message(ticket_id=ticket.id, author_id=agent.id, body=body, created_at=replied.clock.last_support_reply_at)
    session.add(reply)
    attach(session, agent.id, reply, attachments, evidence.ticket_place(ticket.id))
    apply_transition(session, ticket, replied, agent.id)
    audit(session, agent, ticket, "reply", body[:120])
    session.commit()
    session.refresh(reply)
    return reply


def _take(throttle: Throttle, agent) -> None:
    refused = throttle.take("message", agent.id)
    if refused:
        raise TicketRejected({"message": refused})


def add_internal_note(session: Session, agent, ticket_id: int, body: str, throttle: Throttle) -> Message:
    """A note only agents ever see. Screened too: notes must not hold credentials."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    body = checked_message_body(body, screening.scan_context(previous_messages(session, ticket_id, agent.id), body))
    _take(throttle, agent)
    note = Message(ticket_id=ticket.id, author_id=agent.id, kind="note", internal=True, body=body, created_at=utc_now())
    session.add(note)
    audit(session, agent, ticket, "note", body[:120])
    session.commit()
    session.refresh(note)
    return note


def change_status(session: Session, agent, ticket_id: int, status: str) -> None:
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    if status not in TICKET_STATUSES:
        raise TicketRejected({"message": "Pick one of the ticket statuses."})
    before = ticket.status
    moved = planned(ticket, lifecycle.agent_set_status, status)
    if moved.history is None:
        return
    apply_transition(session, ticket, moved, agent.id)
    audit(session, agent, ticket, "status", f"{TICKET_STATUSES[before]} → {TICKET_STATUSES[status]}")
    session.commit()


def assign(session: Session, agent, ticket_id: int, assignee_id: int | None) -> None:
    """Assign to an agent (or to nobody, None); the change is kept in the agents' history."""
    _require_agent(agent)
    ticket = _ticket(session, ticket_id)
    assignee = session.get(Account, assignee_id) if assignee_id is not None else None
    if assignee_id is not None and (assignee is None or assignee.role != "agent"):
        raise TicketRejected({"message": "Pick one of the agents."})
    if ticket.assigned_agent_id == assignee_id:
        return
    ticket.assigned_agent_id = assignee_id
    text = f"Assigned to {assignee.display_name}." if assignee else "Unassigned."
    record_event(session, ticket, agent.id, text, internal=True)
    audit(session, agent, ticket, "assign", text)
    session.commit()
