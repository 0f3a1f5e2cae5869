"""The agent's review workspace: the thread, the order record and the rules
verdict beside it, internal notes, status, assignment, canned replies, and who
else is on the ticket."""

import dataclasses

import reflex as rx

from support_studio import agent_desk, screening, tickets
from support_studio.canned_replies import CANNED_REPLIES, render
from support_studio.components.layout import page_shell
from support_studio.components.thread import (
    reply_box,
    review_flow,
    thread_entry,
    ticket_details,
    ticket_or_not_found,
)
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES, as_id
from support_studio.formatting import timestamp
from support_studio.models import Account
from support_studio.pages.my_tickets import status_badge
from support_studio.service_rules import Verdict
from support_studio.states.auth import AuthState
from support_studio.states.thread import (
    AgentDesk,
    ReplyComposer,
    TicketChannel,
    TicketView,
    presence_key,
    publish,
    ticket_id_from_route,
    ticket_view,
)
from support_studio.ticket_quality import SUMMARY_MAX

UNASSIGNED = "none"


@dataclasses.dataclass
class RecordRow:
    label: str
    value: str
    flag: str  # "" or why this field disagrees with what the customer reported


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


@dataclasses.dataclass
class LinkRow:
    label: str
    detail: str
    href: str


@dataclasses.dataclass
class Choice:
    value: str
    label: str


def _record_rows(review: agent_desk.Review, verdict: Verdict | None) -> list[RecordRow]:
    if review.record is None:
        return []
    order, service = review.record.order, review.record.service
    # The rules engine's "Status" and "Target" checks flag the record's fields.
    mismatch = {check.label: check.detail for check in (verdict.checks if verdict else ()) if check.ok is False}

    def moment(value) -> str:
        return timestamp(value) if value else "not recorded"

    return [
        RecordRow("Order", f"#{order.id}", ""),
        RecordRow("Service", service.name, ""),
        RecordRow("Terms", service.terms_note, ""),
        RecordRow("Quantity", f"{order.quantity:,}", ""),
        RecordRow("Start count", f"{order.start_count:,}" if order.start_count is not None else "not recorded", ""),
        RecordRow("Remains", f"{order.remains:,}", ""),
        RecordRow("Submitted link", order.link, mismatch.get("Target", "")),
        RecordRow("Status", ORDER_STATUSES[order.status], mismatch.get("Status", "")),
        RecordRow("Ordered", moment(order.created_at), ""),
        RecordRow("Started", moment(order.started_at), ""),
        RecordRow("Completed", moment(order.completed_at), ""),
        RecordRow("Charge", f"${order.charge_cents / 100:,.2f}", ""),
    ]


def _verdict_view(verdict: Verdict | None) -> VerdictView | None:
    if verdict is None:
        return None
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


def _canned_values(thread: tickets.TicketThread, customer: str, review: agent_desk.Review) -> dict[str, str]:
    """The ticket's values a canned reply may fill in."""
    values = {"customer": customer.split(" ")[0], "reported_target": thread.ticket.telegram_target or "—"}
    if review.record is not None:
        order, service = review.record.order, review.record.service
        values.update(
            order_id=str(order.id),
            service=service.name,
            order_status=ORDER_STATUSES[order.status].lower(),
            submitted_link=order.link,
            quantity=f"{order.quantity:,}",
            start_count=f"{order.start_count:,}" if order.start_count is not None else "—",
            completed=order.completed_at.strftime("%d %B %Y") if order.completed_at else "completion date not recorded",
            refill_terms=f"{service.refill_days} days" if service.refill_days else "no refill",
        )
    if review.verdict is not None:
        values.update(verdict=review.verdict.headline, verdict_reasons=" ".join(review.verdict.reasons))
    return values


class AgentTicketState(ReplyComposer, AuthState):
    found: bool = False
    loaded: bool = False
    ticket: TicketView | None = None
    record: list[RecordRow] = []
    verdict: VerdictView | None = None
    payments: list[LinkRow] = []
    other_tickets: list[LinkRow] = []
    agent_choices: list[Choice] = []
    assigned: str = UNASSIGNED
    stale_notice: str = ""
    note: str = ""
    note_error: str = ""

    _seen_message_id: int = 0
    _canned_values: dict[str, str] = {}

    def _composer_account(self):
        return self.signed_in_as("agent")

    def _reply_findings(self, text: str) -> list[screening.Finding]:
        return agent_desk.screen_agent_text(text)

    def _explain(self, findings: list[screening.Finding]) -> str:
        return agent_desk.explain_agent_findings(findings)

    async def _reply_typed(self) -> None:
        desk = await self.get_state(AgentDesk)
        if not desk._linked_to:
            return
        me = presence_key(self)
        typing = {token: name for token, name in desk.typing.items() if token != me}
        if self.reply.strip():
            typing[me] = self.signed_in_name
        if typing != desk.typing:
            desk.typing = typing

    async def _show(self, agent, ticket_id: int) -> None:
        """Load the ticket from the database, fill the workspace, publish the thread."""
        with rx.session() as session:
            thread = tickets.ticket_thread(session, ticket_id, agent)
            if thread is None:
                self.loaded, self.found = True, False
                return
            customer = session.get(Account, thread.ticket.customer_id)
            review = agent_desk.review(session, agent, thread.ticket)
            self._seen_message_id = agent_desk.latest_message_id(session, ticket_id)
            self.agent_choices = [Choice(UNASSIGNED, "Unassigned")] + [
                Choice(str(a.id), a.display_name) for a in agent_desk.agents(session)
            ]
        self.loaded, self.found = True, True
        self.ticket = ticket_view(thread, customer.display_name)
        self.record = _record_rows(review, review.verdict)
        self.verdict = _verdict_view(review.verdict)
        self.payments = [
            LinkRow(p.reference, f"{p.method}, ${p.amount_cents / 100:,.2f}, {p.status}, {timestamp(p.created_at)}", "")
            for p in review.payments
        ]
        self.other_tickets = [
            LinkRow(f"#{t.id}", f"{ISSUE_TYPES[t.issue_type]} · {TICKET_STATUSES[t.status]}", f"/agent/tickets/{t.id}")
            for t in review.other_tickets
        ]
        self.assigned = str(thread.ticket.assigned_agent_id or UNASSIGNED)
        self._canned_values = _canned_values(thread, customer.display_name, review)
        await publish(self, thread, agent)

    @rx.event
    async def load_workspace(self):
        agent = self.signed_in_as("agent")
        if agent is None:
            return AuthState.require_agent
        ticket_id = ticket_id_from_route(self)
        self._clear_reply()
        self.stale_notice = self.note = self.note_error = ""
        if ticket_id is None:
            self.loaded, self.found = True, False
            return
        await self._show(agent, ticket_id)  # also joins the ticket's desk

    @rx.event
    def use_canned(self, key: str):
        if self._composer_account() is None:
            return
        text = render(key, self._canned_values)
        if text:
            self._take_reply(text)

    async def _apply(self, action) -> tickets.TicketRejected | None:
        """Run `action(session, agent, ticket_id)` for the signed-in agent, then
        reload the ticket and publish it to every open page; return a refusal."""
        agent = self.signed_in_as("agent")
        ticket_id = ticket_id_from_route(self)
        if agent is None or ticket_id is None:
            return tickets.TicketRejected({"message": "Only support agents can do this."})
        try:
            with rx.session() as session:
                action(session, agent, ticket_id)
        except tickets.TicketRejected as rejected:
            return rejected
        await self._show(agent, ticket_id)
        return None

    @rx.event
    async def send_reply(self):
        seen, reply = self._seen_message_id, self.reply
        rejected = await self._apply(
            lambda session, agent, ticket_id: agent_desk.add_agent_reply(session, agent, ticket_id, reply, seen)
        )
        if rejected is None:
            self._clear_reply()
            self.stale_notice = ""
            await self._reply_typed()
        elif "stale" in rejected.errors:
            self.stale_notice = rejected.errors["stale"]
            # The new message is on screen now: the next send goes through.
            with rx.session() as session:
                self._seen_message_id = agent_desk.latest_message_id(session, ticket_id_from_route(self))
        else:
            self.reply_error = rejected.errors["message"]

    @rx.event
    def set_note(self, value: str):
        if isinstance(value, str) and self.signed_in_as("agent") is not None:
            self.note = value[: 2 * SUMMARY_MAX]
            findings = screening.scan(self.note)
            self.note_error = screening.describe(findings) if findings else ""

    @rx.event
    async def add_note(self):
        note = self.note
        rejected = await self._apply(
            lambda session, agent, ticket_id: agent_desk.add_internal_note(session, agent, ticket_id, note)
        )
        if rejected is None:
            self.note = self.note_error = ""
        else:
            self.note_error = rejected.errors["message"]

    @rx.event
    async def change_status(self, status: str):
        if isinstance(status, str):
            await self._apply(
                lambda session, agent, ticket_id: agent_desk.change_status(session, agent, ticket_id, status)
            )

    @rx.event
    async def assign(self, value: str):
        if isinstance(value, str):
            assignee = None if value == UNASSIGNED else (as_id(value) or -1)
            await self._apply(
                lambda session, agent, ticket_id: agent_desk.assign(session, agent, ticket_id, assignee)
            )


# ---- components ---------------------------------------------------------------


def _presence() -> rx.Component:
    me = AuthState.signed_in_name
    return rx.hstack(
        rx.foreach(
            AgentDesk.viewer_names,
            lambda name: rx.cond(name != me, rx.badge(rx.icon("eye", size=12), name, " has this ticket open", color_scheme="blue")),
        ),
        rx.foreach(
            AgentDesk.typing_names,
            lambda name: rx.cond(name != me, rx.badge(rx.icon("pencil", size=12), name, " is typing a reply", color_scheme="orange")),
        ),
        spacing="2",
        wrap="wrap",
        id="presence",
    )


def _controls() -> rx.Component:
    return rx.hstack(
        rx.text("Status", size="2", weight="medium"),
        rx.select.root(
            rx.select.trigger(id="ticket-status"),
            rx.select.content(*[rx.select.item(label, value=key) for key, label in TICKET_STATUSES.items()]),
            value=TicketChannel.status,
            on_change=AgentTicketState.change_status,
        ),
        rx.text("Assigned", size="2", weight="medium"),
        rx.select.root(
            rx.select.trigger(id="ticket-assignee"),
            rx.select.content(rx.foreach(AgentTicketState.agent_choices, lambda c: rx.select.item(c.label, value=c.value))),
            value=AgentTicketState.assigned,
            on_change=AgentTicketState.assign,
        ),
        align="center",
        spacing="3",
        wrap="wrap",
    )


def _canned_picker() -> rx.Component:
    return rx.hstack(
        rx.text("Canned reply:", size="1", color_scheme="gray"),
        *[
            rx.button(reply.title, size="1", variant="surface", on_click=AgentTicketState.use_canned(reply.key), id=f"canned-{reply.key}")
            for reply in CANNED_REPLIES
        ],
        wrap="wrap",
        spacing="2",
    )


def _notes() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.icon("lock", size=16), rx.text("Internal notes and history: agents only", weight="bold", size="2")),
            rx.vstack(rx.foreach(AgentDesk.notes, thread_entry), spacing="2", width="100%", id="internal-notes"),
            rx.text_area(
                id="note", value=AgentTicketState.note, on_change=AgentTicketState.set_note,
                placeholder="A note for other agents; the customer never sees it.", rows="2", width="100%",
            ),
            rx.cond(AgentTicketState.note_error != "", rx.text(AgentTicketState.note_error, color_scheme="red", size="2")),
            rx.button(
                "Add internal note", size="2", variant="soft", color_scheme="amber",
                on_click=AgentTicketState.add_note,
                disabled=(AgentTicketState.note.length() == 0) | (AgentTicketState.note_error != ""),
                id="add-note",
            ),
            spacing="3",
            width="100%",
        ),
        background=rx.color("amber", 2),
        width="100%",
    )


def _record_row(row: RecordRow) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(row.label),
        rx.data_list.value(
            rx.vstack(
                rx.text(row.value, word_break="break-all"),
                rx.cond(row.flag != "", rx.badge(rx.icon("triangle-alert", size=12), row.flag, color_scheme="red", class_name="mismatch", white_space="normal")),
                spacing="1",
            )
        ),
    )


def _check(check: CheckView) -> rx.Component:
    return rx.hstack(
        rx.match(
            check.result,
            ("ok", rx.icon("circle-check", color=rx.color("green", 9), size=16, flex_shrink="0")),
            ("mismatch", rx.icon("circle-x", color=rx.color("red", 9), size=16, flex_shrink="0")),
            rx.icon("circle-help", color=rx.color("gray", 9), size=16, flex_shrink="0"),
        ),
        rx.text(rx.text.strong(check.label, ": "), check.detail, size="1"),
        align="start",
        spacing="2",
        data_result=check.result,
        class_name="rule-check",
    )


def _verdict_card() -> rx.Component:
    verdict = AgentTicketState.verdict
    return rx.cond(
        verdict,
        rx.card(
            rx.vstack(
                rx.text("RULES COMPARED", size="1", weight="bold", color_scheme="gray"),
                rx.callout(
                    verdict.headline,
                    icon="scale",
                    color_scheme=rx.match(verdict.tone, ("positive", "green"), ("negative", "orange"), "blue"),
                    size="1",
                    id="verdict-headline",
                ),
                rx.unordered_list(rx.foreach(verdict.reasons, lambda r: rx.list_item(rx.text(r, size="1")))),
                rx.foreach(verdict.checks, _check),
                rx.cond(verdict.boundary != "", rx.text(verdict.boundary, size="1", style={"font_style": "italic"})),
                spacing="2",
            ),
            id="verdict",
        ),
    )


def _side_panel() -> rx.Component:
    return rx.vstack(
        rx.cond(
            AgentTicketState.record.length() > 0,
            rx.card(
                rx.vstack(
                    rx.text("ORDER RECORD", size="1", weight="bold", color_scheme="gray"),
                    rx.data_list.root(rx.foreach(AgentTicketState.record, _record_row), size="1"),
                ),
                id="order-record",
            ),
        ),
        _verdict_card(),
        rx.cond(
            AgentTicketState.payments.length() > 0,
            rx.card(
                rx.text("CUSTOMER'S PAYMENTS", size="1", weight="bold", color_scheme="gray"),
                rx.foreach(AgentTicketState.payments, lambda p: rx.text(rx.text.strong(p.label), " ", p.detail, size="1")),
                id="payments",
            ),
        ),
        rx.card(
            rx.text("WHAT THE CUSTOMER REPORTED", size="1", weight="bold", color_scheme="gray"),
            ticket_details(AgentTicketState.ticket),
        ),
        rx.cond(
            AgentTicketState.other_tickets.length() > 0,
            rx.card(
                rx.text("CUSTOMER'S OTHER TICKETS", size="1", weight="bold", color_scheme="gray"),
                rx.foreach(
                    AgentTicketState.other_tickets,
                    lambda t: rx.hstack(rx.link(t.label, href=t.href), rx.text(t.detail, size="1", color_scheme="gray")),
                ),
            ),
        ),
        spacing="4",
        width="100%",
    )


def _workspace() -> rx.Component:
    ticket = AgentTicketState.ticket
    return rx.grid(
        rx.vstack(
            rx.hstack(
                rx.heading("Ticket #", ticket.number, size="6", id="ticket-heading"),
                status_badge(TicketChannel.status, TicketChannel.status_label),
                rx.text(ticket.customer, " · ", ticket.issue_type, color_scheme="gray"),
                align="center",
                spacing="3",
                wrap="wrap",
            ),
            _controls(),
            _presence(),
            review_flow(TicketChannel.steps),
            rx.vstack(rx.foreach(TicketChannel.entries, thread_entry), spacing="3", width="100%", id="messages"),
            rx.cond(
                AgentTicketState.stale_notice != "",
                rx.callout(AgentTicketState.stale_notice, icon="refresh-cw", color_scheme="orange", id="stale-notice"),
            ),
            reply_box(
                AgentTicketState,
                "Reply to the customer",
                "Support never asks for passwords, codes, recovery details, sessions or admin access.",
                _canned_picker(),
            ),
            _notes(),
            spacing="4",
            width="100%",
        ),
        _side_panel(),
        columns=rx.breakpoints(initial="1", md="minmax(0, 1fr) 380px"),
        spacing="6",
        align_items="start",
    )


def agent_ticket_page() -> rx.Component:
    return page_shell(
        ticket_or_not_found(AgentTicketState, _workspace(), "That ticket does not exist."),
        width="1300px",
    )


PAGE = dict(
    route="/agent/tickets/[ticket_number]",
    title="Review ticket | Support Review Studio",
    on_load=AgentTicketState.load_workspace,
)
