"""One ticket's thread: the review flow as a timeline, the ticket's details and
its messages, with a screened reply box for the customer."""

import dataclasses

import reflex as rx

from support_studio import screening, standards, tickets
from support_studio.components.layout import page_shell
from support_studio.components.reminders import do_not_send_reminder
from support_studio.components.screening_alert import ScreeningAlert, screening_alerts
from support_studio.domain import ISSUE_TYPES, OPEN_TICKET_STATUSES, ORDER_STATUSES, TICKET_STATUSES
from support_studio.formatting import timestamp
from support_studio.pages.my_tickets import status_badge
from support_studio.states.auth import AuthState
from support_studio.ticket_quality import SUMMARY_MAX


@dataclasses.dataclass
class MessageView:
    id: int
    author: str
    from_support: bool
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
    issue_type: str
    status: str
    status_label: str
    opened: str
    order: str
    service: str
    submitted_link: str
    order_status: str
    target: str
    reported_status: str
    payment_reference: str
    already_checked: str
    can_reply: bool


def _review_flow(thread: tickets.TicketThread) -> list[FlowStep]:
    """The seed's review flow, ticked from what has actually happened."""
    replied = any(message.from_support for message in thread.messages)
    reviewed = replied or thread.ticket.status != "open"
    done = (True, reviewed, reviewed, replied)
    return [FlowStep(title, text, step_done) for (title, text), step_done in zip(standards.REVIEW_FLOW, done)]


def _ticket_view(thread: tickets.TicketThread) -> TicketView:
    ticket, record = thread.ticket, thread.order
    return TicketView(
        number=ticket.id,
        issue_type=ISSUE_TYPES[ticket.issue_type],
        status=ticket.status,
        status_label=TICKET_STATUSES[ticket.status],
        opened=timestamp(ticket.created_at),
        order=f"#{record.order.id}" if record else "",
        service=record.service.name if record else "",
        submitted_link=record.order.link if record else "",
        order_status=ORDER_STATUSES[record.order.status] if record else "",
        target=ticket.telegram_target or "",
        reported_status=ORDER_STATUSES.get(ticket.reported_status or "", ""),
        payment_reference=ticket.payment_reference or "",
        already_checked=ticket.already_checked,
        can_reply=ticket.status in OPEN_TICKET_STATUSES,
    )


class ThreadState(AuthState):
    found: bool = False
    loaded: bool = False
    ticket: TicketView | None = None
    steps: list[FlowStep] = []
    messages: list[MessageView] = []
    reply: str = ""
    reply_alerts: list[ScreeningAlert] = []
    reply_error: str = ""

    @rx.var
    def viewer_is_customer(self) -> bool:
        return self.signed_in_role == "customer"

    def _ticket_id(self) -> int | None:
        raw = self.router.page.params.get("ticket_number", "")
        return int(raw) if isinstance(raw, str) and raw.isdigit() and len(raw) < 12 else None

    def _show(self, thread: tickets.TicketThread | None) -> None:
        self.loaded = True
        self.found = thread is not None
        if thread is None:
            self.ticket, self.steps, self.messages = None, [], []
            return
        self.ticket = _ticket_view(thread)
        self.steps = _review_flow(thread)
        self.messages = [
            MessageView(m.id, m.author_name, m.from_support, m.body, timestamp(m.created_at))
            for m in thread.messages
        ]

    @rx.event
    def load_thread(self):
        account = self.signed_in_account()
        if account is None:
            return AuthState.require_customer
        ticket_id = self._ticket_id()
        with rx.session() as session:
            self._show(tickets.ticket_thread(session, ticket_id, account) if ticket_id else None)
        self.reply, self.reply_alerts, self.reply_error = "", [], ""

    def _take_reply(self, value: str) -> None:
        """Keep the reply being typed and say at once what is wrong with it."""
        self.reply = value[: 2 * SUMMARY_MAX]
        findings = screening.scan(self.reply)
        self.reply_alerts = (
            [ScreeningAlert.from_findings("reply", "Your reply", self.reply, findings)] if findings else []
        )
        self.reply_error = (
            f"Keep a message under {SUMMARY_MAX:,} characters." if len(self.reply) > SUMMARY_MAX else ""
        )

    @rx.event
    def set_reply(self, value: str):
        if isinstance(value, str) and self.signed_in_as("customer") is not None:
            self._take_reply(value)

    @rx.event
    def remove_flagged(self, _field: str):
        """The alert's "Remove it": cut the flagged spans out of the reply."""
        if self.signed_in_as("customer") is not None:
            self._take_reply(screening.redact(self.reply, screening.scan(self.reply)))

    @rx.event
    def send_reply(self):
        account = self.signed_in_as("customer")
        ticket_id = self._ticket_id()
        if account is None or ticket_id is None:
            return
        try:
            with rx.session() as session:
                tickets.add_customer_message(session, account.id, ticket_id, self.reply)
                self._show(tickets.ticket_thread(session, ticket_id, account))
        except tickets.TicketRejected as rejected:
            self.reply_error = rejected.errors["message"]
            return
        self.reply, self.reply_alerts, self.reply_error = "", [], ""


def _step(step: FlowStep) -> rx.Component:
    return rx.hstack(
        rx.cond(
            step.done,
            rx.icon("circle-check", color=rx.color("green", 9)),
            rx.icon("circle-dashed", color=rx.color("gray", 8)),
        ),
        rx.vstack(
            rx.text(step.title, weight="bold", size="2"),
            rx.text(step.text, size="1", color_scheme="gray"),
            spacing="0",
        ),
        align="start",
        spacing="2",
        data_done=rx.cond(step.done, "yes", "no"),
    )


def _message(message: MessageView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(message.author, weight="bold", size="2"),
                rx.cond(message.from_support, rx.badge("Support", color_scheme="indigo")),
                rx.spacer(),
                rx.text(message.sent, size="1", color_scheme="gray"),
                width="100%",
            ),
            rx.text(message.body, size="2", white_space="pre-wrap", word_break="break-word"),
            spacing="2",
            width="100%",
        ),
        background=rx.cond(message.from_support, rx.color("indigo", 2), rx.color("gray", 1)),
        width="100%",
        class_name="thread-message",
    )


def _detail(label: str, value) -> rx.Component:
    return rx.cond(
        value != "",
        rx.data_list.item(rx.data_list.label(label), rx.data_list.value(value)),
    )


def _details(ticket: TicketView) -> rx.Component:
    return rx.card(
        rx.data_list.root(
            _detail("Issue type", ticket.issue_type),
            _detail("Order", ticket.order),
            _detail("Service", ticket.service),
            _detail("Submitted link", ticket.submitted_link),
            _detail("Order status (record)", ticket.order_status),
            _detail("Telegram target (reported)", ticket.target),
            _detail("Status (reported)", ticket.reported_status),
            _detail("Payment reference", ticket.payment_reference),
            _detail("Already checked", ticket.already_checked),
            _detail("Opened", ticket.opened),
            size="1",
        ),
    )


def _reply_box() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text("Reply in this thread", weight="bold", size="2"),
            rx.text_area(
                id="reply",
                value=ThreadState.reply,
                on_change=ThreadState.set_reply,
                placeholder="Add details or answer support's question.",
                max_length=SUMMARY_MAX,
                rows="4",
                width="100%",
            ),
            screening_alerts(ThreadState.reply_alerts, ThreadState.remove_flagged),
            rx.cond(ThreadState.reply_error != "", rx.text(ThreadState.reply_error, color_scheme="red", size="2", id="reply-error")),
            rx.button(
                "Send reply",
                on_click=ThreadState.send_reply,
                disabled=(ThreadState.reply_alerts.length() > 0) | (ThreadState.reply.length() == 0),
                id="send-reply",
            ),
            spacing="3",
            width="100%",
        ),
    )


def _thread(ticket: TicketView) -> rx.Component:
    return rx.grid(
        rx.vstack(
            rx.hstack(
                rx.heading("Ticket #", ticket.number, size="7", id="ticket-heading"),
                status_badge(ticket.status, ticket.status_label),
                align="center",
                spacing="3",
            ),
            rx.card(rx.grid(rx.foreach(ThreadState.steps, _step), columns=rx.breakpoints(initial="1", sm="4"), spacing="3"), id="review-flow"),
            rx.vstack(rx.foreach(ThreadState.messages, _message), spacing="3", width="100%", id="messages"),
            rx.cond(ticket.can_reply & ThreadState.viewer_is_customer, _reply_box()),
            spacing="4",
            width="100%",
        ),
        rx.vstack(_details(ticket), do_not_send_reminder(), spacing="4"),
        columns=rx.breakpoints(initial="1", md="minmax(0, 1fr) 320px"),
        spacing="6",
        align_items="start",
    )


def ticket_thread_page() -> rx.Component:
    return page_shell(
        rx.cond(
            ThreadState.found,
            _thread(ThreadState.ticket),
            rx.cond(
                ThreadState.loaded,
                rx.callout(
                    "We couldn't find that ticket among yours.",
                    icon="search-x",
                    color_scheme="gray",
                    id="ticket-not-found",
                ),
                rx.center(rx.spinner(size="3"), padding="4em"),
            ),
        ),
    )


PAGE = dict(
    route="/tickets/[ticket_number]",
    title="Ticket | Support Review Studio",
    on_load=ThreadState.load_thread,
)
