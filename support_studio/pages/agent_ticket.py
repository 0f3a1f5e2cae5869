"""The agent's review workspace: the thread, the order or payment record and
the rules verdict beside it, internal notes and the audit trail, status,
assignment, canned replies, and who else is on the ticket."""

import asyncio
import dataclasses
import json

import reflex as rx

from support_studio import agent_desk, canned_replies, lifecycle, presence, reply_drafts, routes, screening, tickets
from support_studio.components.badges import status_badge
from support_studio.components.confirm import confirmed_button
from support_studio.components.fields import field_label, native_select, shown_value
from support_studio.components.layout import page_shell, ticket_columns
from support_studio.components.live import revision_watcher
from support_studio.components.screening_alert import alerts_for
from support_studio.components.thread import (
    FOCUS_HEADING_WHEN_DRAWN,
    messages,
    reply_box,
    review_flow,
    thread_entry,
    ticket_details,
    ticket_heading,
    ticket_or_not_found,
    ticket_title,
)
from support_studio.components.verdict import verdict_panel
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES, as_id
from support_studio.formatting import count, money, timestamp
from support_studio.states import live
from support_studio.states.alerts import REMOVED_NOTE, ScreeningAlert
from support_studio.states.auth import AuthState, run_in_session, throttle
from support_studio.states.evidence import EvidenceComposer
from support_studio.states.thread import (
    REPLY_INPUT_ID,
    ReplyComposer,
    box_text_if_changed,
    screened_edit,
    typed_into_box,
    without_flagged_in_box,
)
from support_studio.states.views import (
    Choice,
    FlowStep,
    ThreadEntry,
    TicketView,
    VerdictView,
    review_flow as flow_steps,
    thread_entries,
    ticket_view,
    verdict_view,
)
from support_studio.text_hygiene import text_argument
from support_studio.ticket_quality import SUMMARY_MAX

NOBODY = "nobody"  # the assignee choice for "unassigned" (a select can't hold "")
EVIDENCE_PANEL = "ticket-evidence"
# Update status became the dialog's trigger (the pick ends the ticket): open it once it is drawn.
_OPEN_DIALOG_WHEN_DRAWN = (
    "(function open(tries) { const button = document.getElementById('ticket-status-apply');"
    " if (button && button.getAttribute('aria-haspopup') === 'dialog') button.click();"
    " else if (tries) requestAnimationFrame(() => open(tries - 1)); })(300)"
)


@dataclasses.dataclass
class RecordRow:
    label: str
    value: str
    flag: str  # "" or why this field disagrees with what the customer reported


@dataclasses.dataclass
class PaymentRow:
    reference: str
    detail: str
    matched: bool  # the payment the verdict is about


@dataclasses.dataclass
class LinkRow:
    label: str
    detail: str
    href: str


@dataclasses.dataclass
class PresentAgent:
    name: str
    typing: bool


@dataclasses.dataclass
class AuditRow:
    when: str
    who: str
    what: str


def _record_rows(review: agent_desk.Review) -> list[RecordRow]:
    if review.record is None:
        return []
    order, service = review.record.order, review.record.service
    # The rules engine's "Status" and "Target" checks flag the record's fields.
    checks = review.verdict.checks if review.verdict else ()
    mismatch = {check.label: check.detail for check in checks if check.ok is False}

    def moment(value) -> str:
        return timestamp(value) if value else "not recorded"

    return [
        RecordRow("Order", f"#{order.id}", ""),
        RecordRow("Service", service.name, ""),
        RecordRow("Terms", service.terms_note, ""),
        RecordRow("Quantity", count(order.quantity), ""),
        RecordRow("Start count", count(order.start_count) or "not recorded", ""),
        RecordRow("Remains", count(order.remains), ""),
        RecordRow("Submitted link", order.link, mismatch.get("Target", "")),
        RecordRow("Status", ORDER_STATUSES[order.status], mismatch.get("Status", "")),
        RecordRow("Ordered", moment(order.created_at), ""),
        RecordRow("Started", moment(order.started_at), ""),
        RecordRow("Completed", moment(order.completed_at), ""),
        RecordRow("Charge", money(order.charge_cents), ""),
    ]


def _canned_values(thread: tickets.TicketThread, review: agent_desk.Review) -> dict[str, str]:
    """The ticket's values a canned reply may fill in: only those it has."""
    values = {"customer": thread.customer_name.split(" ")[0]}
    if thread.ticket.telegram_target:
        values["reported_target"] = thread.ticket.telegram_target
    if review.record is not None:
        order, service = review.record.order, review.record.service
        values.update(
            order_id=str(order.id),
            service=service.name,
            order_status=ORDER_STATUSES[order.status].lower(),
            submitted_link=order.link,
            quantity=count(order.quantity),
            refill_terms=f"{service.refill_days} days" if service.refill_days else "no refill",
        )
        if order.start_count is not None:
            values["start_count"] = count(order.start_count)
        if order.completed_at is not None:
            values["completed"] = order.completed_at.strftime("%d %B %Y")
    if review.verdict is not None:
        values.update(verdict=review.verdict.headline, verdict_reasons=" ".join(review.verdict.reasons))
    return values


class AgentTicketState(ReplyComposer, EvidenceComposer, AuthState):
    found: bool = False
    loaded: bool = False
    ticket: TicketView | None = None
    entries: list[ThreadEntry] = []
    steps: list[FlowStep] = []
    notes: list[ThreadEntry] = []
    audit: list[AuditRow] = []
    record: list[RecordRow] = []
    verdict: VerdictView | None = None
    payments: list[PaymentRow] = []
    other_tickets: list[LinkRow] = []
    canned: list[Choice] = []
    agent_choices: list[Choice] = []
    assigned: str = NOBODY
    # What the selects show until the agent applies it: a select changes with every
    # arrow key, and each change would otherwise be saved and shown to the customer.
    status_choice: str = ""
    assignee_choice: str = NOBODY
    present: list[PresentAgent] = []
    action_error: str = ""
    stale_notice: str = ""
    # The saved status changed under a different status this agent picked and has not applied.
    status_moved: str = ""
    # What the agent's last action did, for a screen reader (a polite live region): each
    # saying is a new node (its count is the key), so the same words twice are said twice.
    desk_said: str = ""
    desk_said_count: int = 0
    note_alerts: list[ScreeningAlert] = []
    note_error: str = ""
    note_length: int = 0
    kept_note: str = ""  # the note kept from before, as the box shows it when it appears

    _seen_message_id: int = 0
    _canned_values: dict[str, str] = {}
    _note: str = ""
    _note_in_store: str = ""  # what the database keeps of the unsent note
    _note_typed_length: int = 0  # of the box's text _note was kept from

    @rx.var
    def ends_ticket(self) -> bool:
        """The status picked ends the conversation: asked about before it is saved (not when it is the
        status already: the button then says so, as for any other status; UX audit 11, F4)."""
        return self.status_choice in ("resolved", "closed") and (
            self.ticket is None or self.status_choice != self.ticket.status
        )

    @rx.var
    def ending_question(self) -> str:
        number = self.ticket.number if self.ticket else ""
        return f"Close ticket #{number}?" if self.status_choice == "closed" else f"Mark ticket #{number} resolved?"

    @rx.var
    def ending_consequence(self) -> str:
        """What the customer sees once the ticket ends, as the status says."""
        unanswered = not any(entry.from_support and entry.kind == "reply" for entry in self.entries)
        consequence = (
            "The customer can't reply any more: a closed ticket is final, and anything they are typing is not sent."
            if self.status_choice == "closed"
            else "The customer can still reply, which opens the ticket again."
        )
        return ("Support has not replied in this thread yet. " if unanswered else "") + consequence

    def _composer(self, fresh: bool = False):
        return self._signed_in_as("agent", fresh)

    def _reply_findings(self, text: str) -> list[screening.Finding]:
        return agent_desk.screen_agent_text(text, self._previous)

    def _explain(self, findings: list[screening.Finding]) -> str:
        return agent_desk.explain_agent_findings(findings)

    async def _reply_typed(self, account) -> None:
        ticket_id = self._route_ticket_id()
        # A write (the typing mark): the sign-in is checked in the database first.
        if ticket_id is None or not self.found or self._signed_in_as("agent", fresh=True) is None:
            return
        with rx.session() as session:
            changed = presence.heartbeat(
                session, ticket_id, account.id, live.page_key(self), typing=bool(self._reply.strip())
            )
        if changed:
            live.announce(ticket_id, desk_only=True)

    def _show_thread(self, agent, ticket_id: int, composing: bool = False) -> bool:
        """The public thread and the ticket as the database has them now. While
        the agent is `composing` a reply, what arrives meanwhile does not count as
        read: sending then asks them to read it first."""
        with rx.session() as session:
            thread = tickets.ticket_thread(session, ticket_id, agent)
            if thread is None:
                self.loaded, self.found, self.ticket = True, False, None
                return False
            review = agent_desk.review(session, agent, thread.ticket)
            if not composing:
                self._seen_message_id = agent_desk.latest_message_id(session, ticket_id)
            self._previous = tickets.previous_messages(session, ticket_id, agent.id)
        self.loaded, self.found = True, True
        # (another ticket's: nothing was picked on this one yet)
        same = self.ticket is not None and self.ticket.number == thread.ticket.id
        saved_before = (self.ticket.status, self.assigned) if same else ("", "")
        self.ticket = ticket_view(thread)
        self.entries = thread_entries(thread, internal=False)
        self.steps = flow_steps(thread)
        self.notes = thread_entries(thread, internal=True)
        self.record = _record_rows(review)
        self.verdict = verdict_view(review.verdict) if review.verdict else None
        self.payments = [
            PaymentRow(
                p.reference,
                f"{p.method}, {money(p.amount_cents)}, {p.status}, {timestamp(p.created_at)}",
                p.reference == review.matched_payment,
            )
            for p in review.payments
        ]
        self.other_tickets = [
            LinkRow(
                f"#{t.id}",
                f"{t.subject or ISSUE_TYPES[t.issue_type]} · {TICKET_STATUSES[t.status]}",
                routes.agent_ticket(t.id),
            )
            for t in review.other_tickets
        ]
        self.assigned = str(thread.ticket.assigned_agent_id or NOBODY)
        # A choice not yet applied stays, unless its own saved value changed (the other's does not touch it);
        # a different status this agent picked stays too, and is told the saved one moved (an open
        # "Close ticket?" must not turn into "Mark resolved?" under the agent's hand).
        status = thread.ticket.status
        if status != saved_before[0]:
            if saved_before[0] and self.status_choice not in (saved_before[0], status):
                self.status_moved = (
                    f"The status changed to {TICKET_STATUSES[status]} meanwhile. "
                    f"{TICKET_STATUSES[self.status_choice]}, which you picked, is not applied yet."
                )
            else:
                self._update(status_choice=status, status_moved="")
        if self.assigned != saved_before[1]:
            # A different assignee this agent picked stays, and is said to be not applied yet.
            picked = self.assignee_choice if self.assignee_choice not in (saved_before[1], self.assigned) else ""
            if not (saved_before[1] and picked):
                self._update(assignee_choice=self.assigned)
            if saved_before[1]:  # (not on the page's load)
                mine = self.assigned == str(agent.id)
                said = "This ticket is now assigned to you." if mine else f"Now {self._assignee_name()}."
                self._say(
                    f"{said} {self._agent_label(picked)}, which you picked, is not applied yet." if picked else said
                )
        self._canned_values = _canned_values(thread, review)
        self.canned = [Choice(reply.key, reply.title) for reply in canned_replies.available(self._canned_values)]
        return True

    def _resume(self) -> None:
        super()._resume()
        self.kept_note = self._note

    def _say(self, text: str) -> None:
        self.desk_said, self.desk_said_count = text, self.desk_said_count + 1

    def _agent_label(self, value: str) -> str:
        return next((choice.label for choice in self.agent_choices if choice.value == value), "")

    def _assignee_name(self) -> str:
        name = self._agent_label(self.assigned)
        return f"assigned to {name}" if self.assigned != NOBODY and name else "unassigned"

    def _show_desk(self, agent, ticket_id: int) -> None:
        """What only agents see: presence, the audit trail, the agents to assign."""
        with rx.session() as session:
            present = presence.present(session, ticket_id)
            trail = agent_desk.audit_trail(session, agent, ticket_id)
            agents = agent_desk.agents(session)
        me = self.signed_in_name
        self.present = [PresentAgent(p.name, p.typing) for p in present if p.name != me]
        self.audit = [
            AuditRow(timestamp(line.created_at), line.actor, f"{line.action} {line.detail}".strip()) for line in trail
        ]
        self.agent_choices = [Choice(NOBODY, "Unassigned")] + [Choice(str(a.id), a.display_name) for a in agents]

    @rx.event
    async def load_workspace(self, token: str = ""):
        agent, redirect = await self._require(token, "agent", AgentTicketState.load_workspace)
        if agent is None:
            return redirect
        ticket_id = self._route_ticket_id()
        if self._resumes(ticket_id):  # a reconnect: the boxes, the focus and what was picked stay
            if self._show_thread(agent, ticket_id, composing=bool(self._reply.strip())):
                await live.follow(self, ticket_id, agent)
                self._show_desk(agent, ticket_id)
            return [self._reply_left_on_page(), box_text_if_changed("note", self._note, AgentTicketState.edit_note)]
        events = self._reply_for_new_page()
        self._note, self._note_in_store, self.kept_note, self.note_length, self.note_error = "", "", "", 0, ""
        self.note_alerts = []
        self.stale_notice = self.action_error = self.status_moved = self.desk_said = ""
        if ticket_id is None or not self._show_thread(agent, ticket_id):
            self.loaded, self.found = True, False
            self._restore_staged(agent.id)  # none: no ticket to send them with
            await live.unfollow(self)
            return events
        with rx.session() as session:
            agent_desk.record_opened(session, agent, ticket_id)
        await live.follow(self, ticket_id, agent)  # also shows this agent as present
        self._show_desk(agent, ticket_id)
        events += self._restore_reply(agent.id, ticket_id)
        self._restore_staged(agent.id)  # (the ticket's, once the reply knows its ticket)
        with rx.session() as session:
            note = reply_drafts.kept_note(session, agent.id, ticket_id)
        self._note = self._note_in_store = self.kept_note = note
        self.note_length = len(note.strip())
        # Opened from the queue, focus starts at the ticket's heading (not lost on the page's body).
        return [*events, rx.set_value("note", note), rx.call_script(FOCUS_HEADING_WHEN_DRAWN)]

    @rx.event
    async def refresh_thread(self):
        """Another page changed the thread or status: read it again."""
        agent = await self._still_signed_in("agent")
        ticket_id = self._route_ticket_id()
        if agent is not None and ticket_id is not None:
            self._show_thread(agent, ticket_id, composing=bool(self._reply.strip()))

    @rx.event
    async def refresh_desk(self):
        """Another agent arrived, left, typed, assigned or added a note."""
        agent = await self._still_signed_in("agent")
        ticket_id = self._route_ticket_id()
        if (
            agent is not None
            and ticket_id is not None
            and self._show_thread(agent, ticket_id, composing=bool(self._reply.strip()))
        ):
            self._show_desk(agent, ticket_id)

    @rx.event
    def heartbeat(self, _tick: str = ""):
        """Every few seconds while the page is open: still here; others who left go.
        A write (the presence row): the sign-in is checked in the database first."""
        agent = self._signed_in_as("agent", fresh=True)
        ticket_id = self._route_ticket_id()
        if agent is None or ticket_id is None or not self.found:
            return
        with rx.session() as session:
            arrived = presence.heartbeat(session, ticket_id, agent.id, live.page_key(self))
        if arrived:
            live.announce(ticket_id, desk_only=True)
        before = self.present
        self._show_desk(agent, ticket_id)
        if self.present != before and not arrived:
            live.announce(ticket_id, desk_only=True)

    @rx.event
    async def use_canned(self, key: str):
        if self._composer() is None:
            return
        text = canned_replies.render(key, self._canned_values) if isinstance(key, str) else ""
        if text:
            self._say("Canned reply added to your reply.")
            # Added after what the agent typed, which stays (the box's edit then screens it all).
            added = json.dumps(text)
            return typed_into_box(REPLY_INPUT_ID, f"typed.trim() ? typed.trimEnd() + '\\n\\n' + {added} : {added}")

    async def _act(self, action, desk_only: bool = False) -> dict[str, str]:
        """Run `action(session, agent, ticket_id)` for the signed-in agent, then
        show the ticket as it is now and tell every page on it. Returns the
        refusal by field ({} when done); it is shown beside the controls unless
        the caller shows it where it belongs."""
        agent = self._signed_in_as("agent", fresh=True)
        ticket_id = self._route_ticket_id()
        if agent is None or ticket_id is None:
            # (a sign-in that ended is said on the sign-in page the tab goes to)
            self.action_error = "" if self.sign_in_ended else "Only support agents can do this."
            return {"message": self.action_error or "Signed out."}
        try:
            # The write runs off the event loop: other pages' events never wait for it.
            await asyncio.to_thread(run_in_session, action, agent, ticket_id)
        except tickets.TicketRejected as rejected:
            self.action_error = next(iter(rejected.errors.values()))
            return rejected.errors
        self.action_error = ""
        self._show_thread(agent, ticket_id, composing=bool(self._reply.strip()))
        self._show_desk(agent, ticket_id)
        live.announce(ticket_id, desk_only=desk_only)
        return {}

    @rx.event
    async def send_reply(self, shown: str | None = None):
        if (not_ready := self._not_ready_to_send(shown)) is not None:
            return not_ready
        seen, reply, files = self._seen_message_id, self._reply, self._staged_ids()
        status_before = self.ticket.status if self.ticket else ""
        refused = await self._act(
            lambda session, agent, ticket_id: agent_desk.add_agent_reply(
                session, agent, ticket_id, reply, seen, throttle(), files
            )
        )
        if not refused:
            status = self.ticket.status if self.ticket else ""
            moved = f" The status is now {TICKET_STATUSES.get(status, status)}." if status != status_before else ""
            self._say(f"Reply sent.{moved}")  # (UX audit 11, F3)
            self.stale_notice = ""
            self._clear_staged()
            events = self._clear_reply(sent=reply)
            await self._keep_reply()  # nothing now
            await self._reply_typed(self._composer())
            return [*events, rx.set_focus(REPLY_INPUT_ID)]
        self.action_error = ""  # shown with the reply instead
        if "stale" in refused:
            self.stale_notice = refused["stale"]
            agent, ticket_id = self._signed_in_as("agent"), self._route_ticket_id()
            if agent is not None and ticket_id is not None:
                self._show_thread(agent, ticket_id)  # on screen now: the next send goes through
        else:
            self.reply_error = refused.get("message", "")

    @rx.event
    async def edit_note(self, value: str):
        value = text_argument(value, SUMMARY_MAX + 64)
        if value is None or self._composer() is None:
            return
        if value != self._note:  # the same text as kept is the box's echo of "Remove it": its note stays
            self.note_error = ""
        self._take_note(value)
        await self._keep_note()

    def _take_note(self, value: str) -> None:
        self._note_typed_length = len(value)
        self._note, alerts = screened_edit(value, self._reply_findings, "note", "Your note", screening.describe)
        if alerts != self.note_alerts:
            self.note_alerts = alerts
        self.note_length = len(value.strip())

    @rx.event
    async def remove_flagged_note(self, _field: str = ""):
        """The note alert's "Remove it": the note keeps its text without the flagged spans."""
        if self._composer() is None:
            return
        cleaned, typed_length = self._note, self._note_typed_length
        self._take_note(cleaned)
        self.note_error = REMOVED_NOTE
        await self._keep_note()
        return without_flagged_in_box("note", cleaned, typed_length)  # (focus is back in the box: screening_alert)

    async def _keep_note(self) -> None:
        """The note as it is now (what screening let through), kept for the page's next load."""
        if not self._reply_ticket or self._note == self._note_in_store:
            return
        writer = self._draft_writer()
        if writer is None:
            return
        self._note_in_store = self._note
        await asyncio.to_thread(run_in_session, reply_drafts.keep_note, writer, self._reply_ticket, self._note)

    @rx.event
    async def add_note(self):
        note = self._note
        if self.note_alerts or not note.strip():
            # Pressed while the box is empty or flagged: say what stands in the way, and go back to it.
            self.note_error = "Remove what the alert flags first." if self.note_alerts else "Write the note first."
            return rx.set_focus("note")
        refused = await self._act(
            lambda session, agent, ticket_id: agent_desk.add_internal_note(session, agent, ticket_id, note, throttle()),
            desk_only=True,
        )
        if not refused:
            self._note, self.note_length, self.kept_note = "", 0, ""
            await self._keep_note()  # nothing now
            self._say("Note added.")
            return [rx.set_value("note", ""), rx.set_focus("note")]  # ready for the next note
        self.note_error, self.action_error = refused.get("message", ""), ""

    @rx.event
    def pick_status(self, status: str):
        if self._composer() is not None and status in TICKET_STATUSES:
            self.status_choice, self.status_moved = status, ""

    @rx.event
    def pick_assignee(self, value: str):
        if self._composer() is not None and isinstance(value, str) and len(value) <= 20:
            self.assignee_choice = value

    @rx.event
    async def change_status(self, status: str):
        if not isinstance(status, str):
            return
        if self.ticket is not None and status == self.ticket.status:
            self._say(f"The status is {TICKET_STATUSES.get(status, status)} already: pick another one first.")
            return rx.set_focus("ticket-status")
        refused = await self._act(
            lambda session, agent, ticket_id: agent_desk.change_status(session, agent, ticket_id, status)
        )
        if not refused:  # said, as an assignment is: the badge alone changes silently (UX audit 11, F3)
            self._say(f"The status is now {TICKET_STATUSES.get(status, status)}.")
        return rx.set_focus("ticket-status")  # (the button pressed may be in the dialog)

    @rx.event
    async def apply_status(self, status: str):
        """Update status pressed with `status` in the select: one that ends the ticket is asked
        about first, even when the pick had not reached the server before the press."""
        if self._composer() is None or status not in TICKET_STATUSES:
            return
        if status in ("resolved", "closed") and self.ticket is not None and status != self.ticket.status:
            self.status_choice, self.status_moved = status, ""
            return rx.call_script(_OPEN_DIALOG_WHEN_DRAWN)
        return await self.change_status(status)

    @rx.event
    async def assign(self, value: str):
        if not isinstance(value, str):
            return
        assignee = None if value == NOBODY else (as_id(value) or -1)
        refused = await self._act(
            lambda session, agent, ticket_id: agent_desk.assign(session, agent, ticket_id, assignee), desk_only=True
        )
        if not refused:
            self._say(f"This ticket is {self._assignee_name()}.")
        return rx.set_focus("ticket-assignee")


S = AgentTicketState


# ---- components ---------------------------------------------------------------


def _presence() -> rx.Component:
    return rx.flex(
        rx.foreach(
            S.present,
            lambda p: rx.badge(
                # Two fixed icons, not one with a computed name: a computed name bundles every icon.
                rx.cond(
                    p.typing,
                    rx.icon("pencil", size=12, aria_hidden="true"),
                    rx.icon("eye", size=12, aria_hidden="true"),
                ),
                p.name,
                rx.cond(p.typing, " is typing a reply", " has this ticket open"),
                color_scheme=rx.cond(p.typing, "orange", "blue"),
            ),
        ),
        spacing="2",
        wrap="wrap",
        id="presence",
        role="status",
        aria_live="polite",
    )


def _applied_select(
    select_id: str,
    label: str,
    choice,
    saved,
    on_pick,
    apply,
    apply_label: str,
    *options,
    ask_first=None,
    apply_shown=None,
):
    """A select and the button that saves its choice (marked disabled while it is `saved`).
    The select keeps its own value (a round trip per arrow key would lag behind the
    keys) and is set to the choice whenever `saved` changes (the saved value, unless a
    pick of this agent still stands), in place: drawn again, it lost the focus (UX audit
    9, F7). The button applies what the select shows when it is pressed (`apply_shown`, by default `apply`): on a slow link
    the server's copy of the pick may be a step behind (UX audit 9). `ask_first`:
    (condition, question, explanation, keep, confirm_label) when the button asks before it saves."""
    shown = shown_value(select_id)
    button = rx.button(
        apply_label,
        size="2",
        variant="soft",
        on_click=(apply_shown or apply)(shown),
        id=f"{select_id}-apply",
        aria_disabled=rx.cond(choice == saved, "true", "false"),
    )
    if ask_first is not None:
        condition, question, explanation, keep, confirm_label = ask_first
        asking = confirmed_button(
            apply_label,
            question,
            explanation,
            keep,
            apply(choice),
            "amber",
            confirm_label=confirm_label,
            size="2",
            variant="soft",
            id=f"{select_id}-apply",
        )
        button = rx.cond(condition, asking, button)
    return rx.hstack(
        field_label(label, select_id),
        native_select(*options, id=select_id, default_value=choice, on_change=on_pick),
        revision_watcher(
            revision=saved,
            on_change=rx.call_script(f"document.getElementById({json.dumps(select_id)}).value = {choice.to_string()}"),
        ),
        button,
        align="center",
        spacing="2",
        flex_wrap="wrap",  # at 320 px the button goes under the select, not off the screen
    )


def _controls() -> rx.Component:
    return rx.vstack(
        rx.flex(
            _applied_select(
                "ticket-status",
                "Status",
                S.status_choice,
                S.ticket.status,
                S.pick_status,
                S.change_status,
                "Update status",
                *[rx.el.option(label, value=key) for key, label in TICKET_STATUSES.items()],
                ask_first=(
                    S.ends_ticket,
                    S.ending_question,
                    # The saved status moving under the open dialog is said in it (UX audit 8).
                    rx.fragment(
                        rx.el.span(S.status_moved, " ", role="status", id="dialog-status-moved"), S.ending_consequence
                    ),
                    "Keep it open",
                    rx.cond(S.status_choice == "closed", "Close ticket", "Mark resolved"),
                ),
                apply_shown=S.apply_status,
            ),
            _applied_select(
                "ticket-assignee",
                "Assigned to",
                S.assignee_choice,
                S.assigned,
                S.pick_assignee,
                S.assign,
                "Assign",
                rx.foreach(S.agent_choices, lambda c: rx.el.option(c.label, value=c.value)),
            ),
            spacing="4",
            wrap="wrap",
        ),
        rx.el.div(
            rx.cond(S.status_moved != "", rx.text(S.status_moved, size="2", color_scheme="amber", weight="medium")),
            role="status",
            id="status-moved",
        ),
        rx.cond(
            S.action_error != "",
            rx.callout(S.action_error, icon="ban", color_scheme="red", role="alert", id="action-error"),
        ),
        # Seen on the page already (the box, the notes, the select): said for a screen reader only.
        rx.el.div(rx.el.span(S.desk_said, key=S.desk_said_count), role="status", id="desk-said", class_name="sr-only"),
        spacing="2",
        width="100%",
    )


def _canned_picker() -> rx.Component:
    return rx.cond(
        S.canned.length() > 0,
        rx.flex(
            rx.text("Canned reply:", size="1", color_scheme="gray"),
            rx.foreach(
                S.canned,
                lambda reply: rx.button(reply.label, size="1", variant="surface", on_click=S.use_canned(reply.value)),
            ),
            wrap="wrap",
            spacing="2",
            align="center",
        ),
    )


# Alike in shape to the other cards of this page and the studio's sections: each holds different controls.
def _notes() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(
                rx.icon("lock", size=16, aria_hidden="true"),
                " Internal notes and history: agents only",
                as_="h2",
                size="2",
            ),
            rx.vstack(rx.foreach(S.notes, thread_entry), spacing="2", width="100%", id="internal-notes"),
            field_label("A note for other agents", "note"),
            rx.text_area(
                id="note",
                dir="auto",
                default_value=S.kept_note,  # a box that appears with the page load; one on the page gets set_value
                on_change=S.edit_note.debounce(80),
                placeholder="The customer never sees it.",
                rows="2",
                width="100%",
                # Flagged: invalid, and read with its alert (as the reply box is).
                aria_invalid=rx.cond(S.note_alerts.length() > 0, "true", "false"),
                aria_describedby=rx.cond(S.note_alerts.length() > 0, "note-alert note-error", "note-error"),
            ),
            alerts_for(S.note_alerts, "note", S.remove_flagged_note),
            # Always on the page: a live region that appears already filled is often not read out.
            rx.text(S.note_error, color_scheme="red", size="2", id="note-error", role="status"),
            # Nothing takes the button out of the Tab order: pressed, it says what stands in the way.
            rx.button(
                "Add internal note",
                size="2",
                variant="soft",
                color_scheme="amber",
                on_click=S.add_note,
                aria_disabled=rx.cond((S.note_length == 0) | (S.note_alerts.length() > 0), "true", "false"),
            ),
            spacing="3",
            width="100%",
        ),
        background=rx.color("amber", 2),
        width="100%",
    )


def _audit() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Audit trail", as_="h2", size="2"),
            rx.el.ul(
                rx.foreach(
                    S.audit,
                    lambda row: rx.el.li(rx.text(row.when, " · ", rx.text.strong(row.who), " ", row.what, size="1")),
                ),
                style={"margin": 0, "paddingLeft": "1.1em"},
                id="audit-trail",
            ),
            spacing="2",
            max_height="260px",
            overflow_y="auto",
        ),
        width="100%",
    )


def _record_row(row: RecordRow) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(row.label),
        rx.data_list.value(
            rx.vstack(
                rx.text(row.value),
                rx.cond(
                    row.flag != "",
                    rx.badge(
                        rx.icon("triangle-alert", size=12, aria_hidden="true"),
                        row.flag,
                        color_scheme="red",
                        class_name="mismatch",
                        white_space="normal",
                    ),
                ),
                spacing="1",
            )
        ),
    )


def _side_panel() -> rx.Component:
    return rx.vstack(
        rx.cond(
            S.record.length() > 0,
            rx.card(
                rx.heading("Order record", as_="h2", size="2", margin_bottom="0.5em"),
                rx.data_list.root(
                    rx.foreach(S.record, _record_row),
                    size="1",
                    orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
                ),
                id="order-record",
                width="100%",
            ),
        ),
        verdict_panel(S.verdict, "Rules compared", "verdict", heading_level="h2"),
        rx.cond(
            S.payments.length() > 0,
            rx.card(
                rx.heading("Customer's payments", as_="h2", size="2", margin_bottom="0.5em"),
                rx.el.ul(
                    rx.foreach(
                        S.payments,
                        lambda p: rx.el.li(
                            rx.text(
                                rx.text.strong(p.reference),
                                " ",
                                p.detail,
                                rx.cond(
                                    p.matched,
                                    rx.badge("this ticket's payment", color_scheme="green", margin_left="0.5em"),
                                ),
                                size="1",
                            ),
                            class_name=rx.cond(p.matched, "payment matched", "payment"),
                            style={
                                "background": rx.cond(p.matched, rx.color("green", 3), "transparent"),
                                "padding": "0.25em 0.4em",
                                "borderRadius": "6px",
                            },
                        ),
                    ),
                    style={"margin": 0, "paddingLeft": "0", "listStyle": "none"},
                ),
                id="payments",
                width="100%",
            ),
        ),
        ticket_details(S.ticket.details, "What the customer reported"),
        rx.cond(
            S.other_tickets.length() > 0,
            rx.card(
                rx.heading("Customer's other tickets", as_="h2", size="2", margin_bottom="0.5em"),
                rx.foreach(
                    S.other_tickets,
                    lambda t: rx.hstack(
                        rx.link(t.label, href=t.href), rx.text(t.detail, size="1", color_scheme="gray"), wrap="wrap"
                    ),
                ),
                width="100%",
            ),
        ),
        spacing="4",
        width="100%",
        min_width="0",
        # Where the phone's link below the heading goes (and focus with it).
        id=EVIDENCE_PANEL,
        tab_index=-1,
        role="region",
        aria_label="Ticket evidence",
    )


def _workspace() -> rx.Component:
    ticket = S.ticket
    return ticket_columns(
        ticket_heading(ticket),
        rx.hstack(
            status_badge(ticket.status, ticket.status_label),
            rx.text(ticket.customer, " · ", ticket.issue_type, color_scheme="gray"),
            align="center",
            spacing="3",
            wrap="wrap",
        ),
        # On a phone the evidence comes after the thread and the reply box: one tap away.
        rx.el.a(
            rx.cond(
                S.record.length() > 0,
                "Order record and rules compared",
                rx.cond(S.payments.length() > 0, "Customer's payments and details", "What the customer reported"),
            ),
            href=f"#{EVIDENCE_PANEL}",
            on_click=rx.set_focus(EVIDENCE_PANEL),
            class_name="narrow-only jump-link rt-Text rt-r-size-2",
        ),
        _controls(),
        _presence(),
        review_flow(S.steps),
        messages(S.entries, "messages", "Messages"),
        rx.cond(
            S.stale_notice != "",
            rx.callout(S.stale_notice, icon="refresh-cw", color_scheme="orange", id="stale-notice", role="alert"),
        ),
        reply_box(
            S,
            "Reply to the customer",
            "Support never asks for passwords, codes, recovery details, sessions or admin access.",
            # Always on the page, a polite live region: closed by another agent meanwhile, it is said.
            rx.box(
                rx.cond(
                    ticket.status == "closed",
                    rx.callout(
                        lifecycle.CLOSED_TO_AGENT_REPLIES, icon="lock", color_scheme="gray", id="closed-to-replies"
                    ),
                ),
                role="status",
                width="100%",
            ),
            _canned_picker(),
            described_by="closed-to-replies",  # read with the box, by those who jump straight to it
        ),
        _notes(),
        _audit(),
        side=_side_panel(),
        side_width="380px",
    )


def agent_ticket_page() -> rx.Component:
    return page_shell(
        revision_watcher(revision=live.ThreadChannel.revision, on_change=S.refresh_thread),
        revision_watcher(revision=live.DeskChannel.revision, on_change=S.refresh_desk),
        rx.moment(interval=presence.HEARTBEAT_SECONDS * 1000, on_change=S.heartbeat, display="none"),
        ticket_or_not_found(S, _workspace(), "That ticket does not exist."),
        width="1300px",
    )


PAGE = dict(route=routes.AGENT_TICKET, title=ticket_title(S, "Review ticket"), on_load=S.load_workspace)
