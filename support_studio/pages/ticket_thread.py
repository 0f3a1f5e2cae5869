"""One ticket's thread: the review flow as a timeline, the ticket's details and
its messages, with a screened reply box for the customer."""

import contextlib

import reflex as rx

from support_studio import tickets
from support_studio.components.layout import page_shell
from support_studio.components.reminders import do_not_send_reminder
from support_studio.components.thread import (
    reply_box,
    review_flow,
    thread_entry,
    ticket_details,
    ticket_or_not_found,
)
from support_studio.pages.my_tickets import status_badge
from support_studio.states.auth import AuthState
from support_studio.states.thread import (
    ReplyComposer,
    TicketChannel,
    TicketView,
    publish,
    ticket_id_from_route,
    ticket_view,
)


class ThreadState(ReplyComposer, AuthState):
    found: bool = False
    loaded: bool = False
    ticket: TicketView | None = None

    _composer_role = "customer"

    @rx.event
    async def load_thread(self):
        account = self.signed_in_account()
        if account is None:
            return AuthState.require_customer
        ticket_id = ticket_id_from_route(self)
        if account.role == "agent" and ticket_id:
            return rx.redirect(f"/agent/tickets/{ticket_id}")
        with rx.session() as session:
            if ticket_id:
                with contextlib.suppress(tickets.TicketRejected):  # not theirs: shown as not found
                    tickets.mark_seen_by_customer(session, account.id, ticket_id)
            thread = tickets.ticket_thread(session, ticket_id, account) if ticket_id else None
        self.loaded, self.found = True, thread is not None
        self.ticket = ticket_view(thread, account.display_name) if thread else None
        self._clear_reply()
        if thread is not None:
            await publish(self, thread, account)

    @rx.event
    async def send_reply(self):
        account = self.signed_in_as("customer")
        ticket_id = ticket_id_from_route(self)
        if account is None or ticket_id is None:
            return
        try:
            with rx.session() as session:
                tickets.add_customer_message(session, account.id, ticket_id, self.reply)
                thread = tickets.ticket_thread(session, ticket_id, account)
        except tickets.TicketRejected as rejected:
            self.reply_error = rejected.errors["message"]
            return
        self._clear_reply()
        await publish(self, thread, account)

    @rx.event
    async def mark_resolved(self):
        account = self.signed_in_as("customer")
        ticket_id = ticket_id_from_route(self)
        if account is None or ticket_id is None:
            return
        try:
            with rx.session() as session:
                tickets.customer_marks_resolved(session, account.id, ticket_id)
                thread = tickets.ticket_thread(session, ticket_id, account)
        except tickets.TicketRejected as rejected:
            self.reply_error = rejected.errors["message"]
            return
        await publish(self, thread, account)


def _thread(ticket: TicketView) -> rx.Component:
    return rx.grid(
        rx.vstack(
            rx.hstack(
                rx.heading("Ticket #", ticket.number, size="7", id="ticket-heading"),
                status_badge(TicketChannel.status, TicketChannel.status_label),
                rx.spacer(),
                rx.cond(
                    TicketChannel.open_for_replies,
                    rx.button(
                        "Mark resolved", variant="soft", color_scheme="green",
                        on_click=ThreadState.mark_resolved, id="mark-resolved",
                    ),
                ),
                align="center",
                spacing="3",
                width="100%",
            ),
            review_flow(TicketChannel.steps),
            rx.vstack(rx.foreach(TicketChannel.entries, thread_entry), spacing="3", width="100%", id="messages"),
            rx.cond(
                TicketChannel.open_for_replies,
                reply_box(ThreadState, "Reply in this thread", "Add details or answer support's question."),
                rx.callout("This ticket is closed. Open a new ticket if you need more help.", icon="lock"),
            ),
            spacing="4",
            width="100%",
        ),
        rx.vstack(ticket_details(ticket), do_not_send_reminder(), spacing="4"),
        columns=rx.breakpoints(initial="1", md="minmax(0, 1fr) 320px"),
        spacing="6",
        align_items="start",
    )


def ticket_thread_page() -> rx.Component:
    return page_shell(
        ticket_or_not_found(
            ThreadState, _thread(ThreadState.ticket), "We couldn't find that ticket among yours."
        ),
    )


PAGE = dict(
    route="/tickets/[ticket_number]",
    title="Ticket | Support Review Studio",
    on_load=ThreadState.load_thread,
)
