"""One ticket's thread, as its customer follows it: the review flow as a
timeline, the ticket's details and its messages, kept live while support
works it, with a screened reply box. Replying reopens a resolved ticket."""

import asyncio
import contextlib

import reflex as rx

from support_studio import routes, tickets
from support_studio.components.badges import status_badge
from support_studio.components.confirm import confirmed_button
from support_studio.components.layout import page_shell, ticket_columns
from support_studio.components.live import revision_watcher
from support_studio.components.reminders import do_not_send_reminder
from support_studio.components.thread import (
    FOCUS_HEADING_WHEN_DRAWN,
    messages,
    reply_box,
    review_flow,
    ticket_details,
    ticket_heading,
    ticket_or_not_found,
    ticket_title,
)
from support_studio.domain import ACTIVE_TICKET_STATUSES
from support_studio.lifecycle import CUSTOMER_CAN_REPLY
from support_studio.states import live
from support_studio.states.auth import AuthState, run_in_session, throttle
from support_studio.states.evidence import EvidenceComposer
from support_studio.states.thread import REPLY_INPUT_ID, ReplyComposer
from support_studio.states.views import (
    FlowStep,
    ThreadEntry,
    TicketView,
    review_flow as flow_steps,
    thread_entries,
    ticket_view,
)


# The customer's view of a ticket; the agent's (AgentTicketState) shows more, from a different loader.
class ThreadState(ReplyComposer, EvidenceComposer, AuthState):
    found: bool = False
    loaded: bool = False
    ticket: TicketView | None = None
    entries: list[ThreadEntry] = []
    steps: list[FlowStep] = []

    _resolve_asked: bool = False  # this tab opened "Mark this ticket resolved?"
    # Said to a screen reader after a reply that reopened a resolved ticket: the resolved notice
    # only empties (UX audit 11, F3).
    reopened_said: str = ""

    def _composer(self, fresh: bool = False):
        return self._signed_in_as("customer", fresh)

    @rx.var
    def can_reply(self) -> bool:
        return self.ticket is not None and self.ticket.status in CUSTOMER_CAN_REPLY

    @rx.var
    def can_resolve(self) -> bool:
        return self.ticket is not None and self.ticket.status in ACTIVE_TICKET_STATUSES

    @rx.var
    def closed_notice(self) -> str:
        status = self.ticket.status if self.ticket is not None else ""
        if status == "resolved":
            return "This ticket is resolved. If something is still wrong, reply below and it reopens."
        if status == "closed" and self.reply_length:
            return "This ticket was closed while you were writing. Your text is still below: copy it into a new ticket."
        if status == "closed":
            return "This ticket is closed. Open a new ticket if you need more help."
        return ""

    def _show(self, account, ticket_id: int) -> bool:
        """Read the thread as the database has it now; False when not theirs."""
        with rx.session() as session:
            with contextlib.suppress(tickets.TicketRejected):  # not theirs: shown as not found
                tickets.mark_seen_by_customer(session, account.id, ticket_id)
            thread = tickets.ticket_thread(session, ticket_id, account)
            self._previous = tickets.previous_messages(session, ticket_id, account.id) if thread else ""
        self.loaded, self.found = True, thread is not None
        if thread is None:
            self.ticket, self.entries, self.steps = None, [], []
            return False
        self.ticket = ticket_view(thread)
        self.entries = thread_entries(thread, internal=False)
        self.steps = flow_steps(thread)
        return True

    @rx.event
    async def load_thread(self, token: str = ""):
        account, events = await self._who(token, ThreadState.load_thread)
        ticket_id = self._route_ticket_id()
        if events:
            return events
        if account is None:
            return self._to_sign_in()
        if account.role == "agent" and ticket_id:
            return rx.redirect(routes.agent_ticket(ticket_id))
        resumed = self._resumes(ticket_id)  # a reconnect: the box and the focus stay as they are
        events = [self._reply_left_on_page()] if resumed else self._reply_for_new_page()
        self.reopened_said = ""
        if ticket_id is not None and self._show(account, ticket_id):
            if not resumed:
                events += self._restore_reply(account.id, ticket_id)
                # Arriving from Send ticket or My tickets, focus starts at the heading, not on the page's body.
                events.append(rx.call_script(FOCUS_HEADING_WHEN_DRAWN))
            await live.follow(self, ticket_id, account)
        else:
            await live.unfollow(self)
        self._restore_staged(account.id)  # (the ticket's, once the reply knows its ticket)
        return events

    @rx.event
    async def refresh(self):
        """The thread changed somewhere: read it again, as a page load would."""
        account = await self._still_signed_in("customer")
        ticket_id = self._route_ticket_id()
        could_resolve = self.can_resolve
        if account is None or ticket_id is None or not self._show(account, ticket_id):
            await live.unfollow(self)
        elif could_resolve and not self.can_resolve and self._resolve_asked:
            self._resolve_asked = False
            return rx.call_script(_REFOCUS_WHEN_RESOLVE_GOES)

    @rx.event
    def resolve_dialog(self, is_open: bool):
        """The customer opened "Mark this ticket resolved?" (its focus may go with it: see refresh)."""
        if is_open is True:
            self._resolve_asked = True

    async def _act(self, action) -> bool:
        """Run `action(session, account, ticket_id)`, show the thread as it is now
        and tell the other pages on it; a refusal is shown under the reply box."""
        account = self._signed_in_as("customer", fresh=True)
        ticket_id = self._route_ticket_id()
        if account is None or ticket_id is None:
            return False
        try:
            # The write runs off the event loop: other pages' events never wait for it.
            await asyncio.to_thread(run_in_session, action, account, ticket_id)
        except tickets.TicketRejected as rejected:
            self.reply_error = rejected.errors["message"]
            return False
        self._show(account, ticket_id)
        live.announce(ticket_id)
        return True

    @rx.event
    async def send_reply(self, shown: str | None = None):
        if (not_ready := self._not_ready_to_send(shown)) is not None:
            return not_ready
        body, files = self._reply, self._staged_ids()
        resolved_before = self.ticket is not None and self.ticket.status == "resolved"
        sent = await self._act(
            lambda session, account, ticket_id: tickets.add_customer_message(
                session, account.id, ticket_id, body, throttle(), files
            )
        )
        if sent:
            reopened = resolved_before and self.ticket is not None and self.ticket.status != "resolved"
            self.reopened_said = "Your reply opened this ticket again." if reopened else ""
            self._clear_staged()
            events = self._clear_reply(sent=body)
            await self._keep_reply()  # nothing now
            return [*events, rx.set_focus(REPLY_INPUT_ID)]

    @rx.event
    async def mark_resolved(self):
        resolved = await self._act(
            lambda session, account, ticket_id: tickets.customer_marks_resolved(session, account.id, ticket_id)
        )
        if resolved:  # the button is gone: focus goes to the reply box, which would reopen it
            self.reply_error = ""  # (an earlier "Write a message first" no longer applies: UX audit 9)
            return rx.set_focus(REPLY_INPUT_ID)


# Support ended the ticket after the customer opened "Mark this ticket resolved?": the button and its
# dialog go, and focus, fallen to the page's body with them, goes to the reply box (or the heading,
# when the ticket takes no reply).
_REFOCUS_WHEN_RESOLVE_GOES = (
    "(function refocus(tries) {"
    " if (document.querySelector('[role=alertdialog]') || document.getElementById('mark-resolved')) {"
    " if (tries) requestAnimationFrame(() => refocus(tries - 1)); return; }"
    " const active = document.activeElement; if (active && active !== document.body) return;"
    f" (document.getElementById('{REPLY_INPUT_ID}') || document.getElementById('ticket-heading'))?.focus();"
    " })(60)"
)


def _resolve_button() -> rx.Component:
    """Marking resolved asks first: the customer can still reopen by replying."""
    return confirmed_button(
        "Mark resolved",
        "Mark this ticket resolved?",
        "Support stops working on it. If something is still wrong later, reply in this thread and it reopens.",
        "Keep it open",
        ThreadState.mark_resolved,
        "green",
        on_open_change=ThreadState.resolve_dialog,
        variant="soft",
        id="mark-resolved",
    )


def _thread(ticket: TicketView) -> rx.Component:
    return ticket_columns(
        rx.hstack(
            ticket_heading(ticket),
            status_badge(ticket.status, ticket.status_label),
            rx.spacer(),
            rx.cond(ThreadState.can_resolve, _resolve_button()),
            align="center",
            spacing="3",
            width="100%",
            wrap="wrap",
        ),
        review_flow(ThreadState.steps),
        messages(ThreadState.entries, "messages", "Messages"),
        # A live region always on the page: the ticket can end while the customer reads it.
        rx.box(
            rx.cond(
                ThreadState.closed_notice != "",
                rx.callout.root(
                    rx.callout.icon(rx.icon("info")),
                    rx.callout.text(ThreadState.closed_notice),
                    rx.cond(
                        ~ThreadState.can_reply,
                        rx.link("Open a new ticket", href=routes.NEW_TICKET, size="2"),
                    ),
                    id="closed-notice",
                ),
            ),
            role="status",
            aria_live="polite",
        ),
        rx.el.div(ThreadState.reopened_said, role="status", id="thread-said", class_name="sr-only"),
        # Text typed when the ticket closed stays in view, to be copied into a new ticket.
        rx.cond(
            ThreadState.can_reply | (ThreadState.reply_length > 0),
            reply_box(ThreadState, "Reply in this thread", "Add details or answer support's question."),
        ),
        side=rx.vstack(
            ticket_details(ticket.details, "Ticket details"), do_not_send_reminder(), spacing="4", width="100%"
        ),
        side_width="320px",
    )


def ticket_thread_page() -> rx.Component:
    return page_shell(
        revision_watcher(revision=live.ThreadChannel.revision, on_change=ThreadState.refresh),
        ticket_or_not_found(ThreadState, _thread(ThreadState.ticket), "We couldn't find that ticket among yours."),
    )


PAGE = dict(route=routes.TICKET, title=ticket_title(ThreadState, "Ticket"), on_load=ThreadState.load_thread)
