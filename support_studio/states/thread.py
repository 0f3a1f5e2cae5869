"""A ticket's thread as both sides see it, kept live between browsers.

Two shared states, each linked per ticket only after the server has checked
who may see it:
- TicketChannel ("ticket-<n>"): the public thread, its status and review flow;
  the ticket's customer and every agent on it are linked.
- AgentDesk ("desk-<n>"): internal notes and history, which agents have the
  ticket open and who is typing; only agents are ever linked.
A handler that changes a ticket re-reads it from the database and publishes it
to both, so every linked browser updates without a reload."""

import dataclasses
import hashlib

import reflex as rx

from support_studio import screening, standards, tickets
from support_studio.components.screening_alert import ScreeningAlert
from support_studio.domain import ISSUE_TYPES, OPEN_TICKET_STATUSES, ORDER_STATUSES, TICKET_STATUSES, as_id
from support_studio.formatting import timestamp
from support_studio.models import Account
from support_studio.ticket_quality import SUMMARY_MAX


@dataclasses.dataclass
class ThreadEntry:
    id: int
    author: str
    from_support: bool
    kind: str  # reply, note or event
    body: str
    sent: str


@dataclasses.dataclass
class FlowStep:
    title: str
    text: str
    done: bool


@dataclasses.dataclass
class TicketView:
    number: int
    customer: str
    issue_type: str
    opened: str
    order: str
    service: str
    submitted_link: str
    order_status: str
    target: str
    reported_status: str
    reported_count: str
    payment_reference: str
    already_checked: str


def ticket_view(thread: tickets.TicketThread, customer_name: str) -> TicketView:
    ticket, record = thread.ticket, thread.order
    return TicketView(
        number=ticket.id,
        customer=customer_name,
        issue_type=ISSUE_TYPES[ticket.issue_type],
        opened=timestamp(ticket.created_at),
        order=f"#{record.order.id}" if record else "",
        service=record.service.name if record else "",
        submitted_link=record.order.link if record else "",
        order_status=ORDER_STATUSES[record.order.status] if record else "",
        target=ticket.telegram_target or "",
        reported_status=ORDER_STATUSES.get(ticket.reported_status or "", ""),
        reported_count=f"{ticket.reported_count:,}" if ticket.reported_count is not None else "",
        payment_reference=ticket.payment_reference or "",
        already_checked=ticket.already_checked,
    )


def _entry(message: tickets.ThreadMessage) -> ThreadEntry:
    return ThreadEntry(
        message.id, message.author_name, message.from_support, message.kind, message.body,
        timestamp(message.created_at),
    )


def _review_flow(thread: tickets.TicketThread) -> list[FlowStep]:
    """The seed's review flow, ticked from what has actually happened."""
    replied = thread.ticket.last_support_reply_at is not None
    reviewed = replied or thread.ticket.status != "open"
    done = (True, reviewed, reviewed, replied)
    return [FlowStep(title, text, step_done) for (title, text), step_done in zip(standards.REVIEW_FLOW, done)]


class TicketChannel(rx.SharedState):
    entries: list[ThreadEntry] = []
    status: str = ""
    steps: list[FlowStep] = []

    @rx.var
    def status_label(self) -> str:
        return TICKET_STATUSES.get(self.status, "")

    @rx.var
    def open_for_replies(self) -> bool:
        return self.status in OPEN_TICKET_STATUSES


class AgentDesk(rx.SharedState):
    notes: list[ThreadEntry] = []
    viewers: dict[str, str] = {}  # presence key -> agent name
    typing: dict[str, str] = {}  # presence key -> agent name

    @rx.var
    def viewer_names(self) -> list[str]:
        return sorted(set(self.viewers.values()))

    @rx.var
    def typing_names(self) -> list[str]:
        return sorted(set(self.typing.values()))


def channel_token(ticket_id: int) -> str:
    return f"ticket-{ticket_id}"


def desk_token(ticket_id: int) -> str:
    return f"desk-{ticket_id}"


async def publish(state: rx.State, thread: tickets.TicketThread, viewer: Account) -> None:
    """Link `state`'s browser to the ticket's channels and push the thread as
    the database has it now. Call only after the viewer was allowed to see it."""
    ticket_id = thread.ticket.id
    channel = await state.get_state(TicketChannel)
    channel = await channel._link_to(channel_token(ticket_id))
    channel.entries = [_entry(m) for m in thread.messages if not m.internal]
    channel.status = thread.ticket.status
    channel.steps = _review_flow(thread)
    if viewer.role == "agent":
        desk = await join_desk(state, ticket_id, viewer)
        desk.notes = [_entry(m) for m in thread.messages if m.internal]


def presence_key(state: rx.State) -> str:
    """Who a presence entry belongs to. Every agent on the desk receives these
    keys, so they are a hash: a raw client token would let one hijack a session."""
    return hashlib.sha256(state.router.session.client_token.encode()).hexdigest()[:16]


async def join_desk(state: rx.State, ticket_id: int, agent: Account) -> AgentDesk:
    """Link an agent's browser to the ticket's desk and show them as present."""
    desk = await state.get_state(AgentDesk)
    me = presence_key(state)
    target = desk_token(ticket_id)
    if desk._linked_to and desk._linked_to != target:
        await leave_desk(state)
        desk = await state.get_state(AgentDesk)
    desk = await desk._link_to(target)
    if desk.viewers.get(me) != agent.display_name:
        desk.viewers = {**desk.viewers, me: agent.display_name}
    return desk


async def leave_desk(state: rx.State) -> None:
    """The agent left the ticket: no longer shown as viewing or typing."""
    desk = await state.get_state(AgentDesk)
    if not desk._linked_to:
        return
    me = presence_key(state)
    desk.viewers = {token: name for token, name in desk.viewers.items() if token != me}
    desk.typing = {token: name for token, name in desk.typing.items() if token != me}


def ticket_id_from_route(state: rx.State) -> int | None:
    """The ticket number in the URL; anything else (it is user input) is None."""
    return as_id(state.router.page.params.get("ticket_number", ""))


class ReplyComposer(rx.State, mixin=True):
    """A reply box screened as it is typed, for the customer's thread and the
    agent's workspace. Subclasses say who may use it and how it is screened."""

    reply: str = ""
    reply_alerts: list[ScreeningAlert] = []
    reply_error: str = ""

    def _composer_account(self) -> Account | None:
        return self.signed_in_as("customer")

    def _reply_findings(self, text: str) -> list[screening.Finding]:
        return screening.scan(text)

    def _explain(self, findings: list[screening.Finding]) -> str:
        return screening.describe(findings)

    async def _reply_typed(self) -> None:
        """Hook: called after each change to the reply."""

    def _take_reply(self, value: str) -> None:
        self.reply = value[: 2 * SUMMARY_MAX]
        findings = self._reply_findings(self.reply)
        self.reply_alerts = (
            [ScreeningAlert.from_findings("reply", "Your reply", self.reply, findings, self._explain(findings))]
            if findings
            else []
        )
        self.reply_error = (
            f"Keep a message under {SUMMARY_MAX:,} characters." if len(self.reply) > SUMMARY_MAX else ""
        )

    def _clear_reply(self) -> None:
        self.reply, self.reply_alerts, self.reply_error = "", [], ""

    @rx.event
    async def set_reply(self, value: str):
        if isinstance(value, str) and self._composer_account() is not None:
            self._take_reply(value)
            await self._reply_typed()

    @rx.event
    def remove_flagged(self, _field: str):
        """The alert's "Remove it": cut the flagged spans out of the reply."""
        if self._composer_account() is not None:
            self._take_reply(screening.redact(self.reply, self._reply_findings(self.reply)))
