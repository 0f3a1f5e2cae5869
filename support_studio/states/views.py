"""What pages show, as plain dataclasses the states fill and the components
render: a ticket, its thread, a rules verdict. One conversion each, shared by
the customer's pages and the agent's."""

import dataclasses

from support_studio import standards, tickets
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES
from support_studio.formatting import count, money, timestamp
from support_studio.service_rules import Verdict
from support_studio.states.evidence import FileView, file_view
from support_studio.ticket_quality import PAYMENT_METHODS


@dataclasses.dataclass
class CheckView:
    label: str
    result: str  # ok, mismatch or unknown
    detail: str


@dataclasses.dataclass
class VerdictView:
    headline: str
    outcome: str
    tone: str
    reasons: list[str]
    boundary: str
    checks: list[CheckView]


def verdict_view(verdict: Verdict) -> VerdictView:
    return VerdictView(
        headline=verdict.headline,
        outcome=verdict.outcome,
        tone=verdict.tone,
        reasons=list(verdict.reasons),
        boundary=verdict.boundary or "",
        checks=[
            CheckView(check.label, {True: "ok", False: "mismatch"}.get(check.ok, "unknown"), check.detail)
            for check in verdict.checks
        ],
    )


@dataclasses.dataclass
class ThreadEntry:
    id: int
    author: str
    from_support: bool
    kind: str  # reply, note or event
    body: str
    sent: str
    files: list[FileView]


@dataclasses.dataclass
class FlowStep:
    title: str
    text: str
    done: bool
    state: str  # said after the title (to screen readers): " (done)", " (not yet)", or why it will not be


@dataclasses.dataclass
class Detail:
    label: str
    value: str


@dataclasses.dataclass
class TicketView:
    number: int
    subject: str
    customer: str
    issue_type: str
    status: str
    status_label: str
    opened: str
    details: list[Detail]  # what the customer reported and the order it is about


def _details(thread: tickets.TicketThread) -> list[Detail]:
    ticket, record = thread.ticket, thread.order
    rows = [
        ("Issue type", ISSUE_TYPES[ticket.issue_type]),
        ("Order", f"#{record.order.id}" if record else ""),
        ("Service", record.service.name if record else ""),
        ("Submitted link", record.order.link if record else ""),
        ("Order status (record)", ORDER_STATUSES[record.order.status] if record else ""),
        ("Telegram target (reported)", ticket.telegram_target or ""),
        ("Status (reported)", ORDER_STATUSES.get(ticket.reported_status or "", "")),
        ("Count (reported)", count(ticket.reported_count)),
        ("Payment reference", ticket.payment_reference or ""),
        ("Amount (reported)", money(ticket.payment_amount_cents) if ticket.payment_amount_cents else ""),
        ("Method (reported)", PAYMENT_METHODS.get(ticket.payment_method or "", "")),
        ("Paid on (reported)", ticket.payment_date.strftime("%d %b %Y") if ticket.payment_date else ""),
        ("Already checked", ticket.already_checked),
        ("Opened", timestamp(ticket.created_at)),
    ]
    return [Detail(label, value) for label, value in rows if value]


def ticket_view(thread: tickets.TicketThread) -> TicketView:
    ticket = thread.ticket
    return TicketView(
        number=ticket.id,
        subject=ticket.subject,
        customer=thread.customer_name,
        issue_type=ISSUE_TYPES[ticket.issue_type],
        status=ticket.status,
        status_label=TICKET_STATUSES[ticket.status],
        opened=timestamp(ticket.created_at),
        details=_details(thread),
    )


def thread_entries(thread: tickets.TicketThread, internal: bool) -> list[ThreadEntry]:
    """The public thread (internal=False) or the agents-only notes and history."""
    return [
        ThreadEntry(
            m.id,
            m.author_name,
            m.from_support,
            m.kind,
            m.body,
            timestamp(m.created_at),
            [file_view(row) for row in thread.attachments.get(m.id, [])],
        )
        for m in thread.messages
        if m.internal == internal
    ]


def review_flow(thread: tickets.TicketThread) -> list[FlowStep]:
    """The seed's review flow, ticked from what has actually happened. A ticket with
    no order or payment on it has no record to check or rules to compare: those
    steps are left out rather than claimed."""
    # Only a reply shows the review happened: a status change alone (or a customer who marks
    # the ticket resolved) checked nothing anyone can see.
    replied = thread.ticket.last_support_reply_at is not None
    has_record = thread.order is not None or bool(thread.ticket.payment_reference)
    received, checked, compared, answered = standards.REVIEW_FLOW
    steps = [(received, True), *([(checked, replied), (compared, replied)] if has_record else []), (answered, replied)]
    # An ended ticket promises nothing more (UX audit 11, F9): a step never done stays undone.
    undone = " (not done: the ticket ended first)" if thread.ticket.status in ("resolved", "closed") else " (not yet)"
    return [FlowStep(title, text, done, " (done)" if done else undone) for (title, text), done in steps]


@dataclasses.dataclass
class Choice:
    """One option of a picker: the value sent back and the label shown."""

    value: str
    label: str
