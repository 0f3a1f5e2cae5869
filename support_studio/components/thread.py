"""Pieces of a ticket thread shared by the customer's page and the agent's
workspace: the review-flow timeline, thread entries, details and reply box."""

import reflex as rx

from support_studio.components.badges import done_row
from support_studio.components.evidence import attachments, evidence_picker
from support_studio.components.fields import limit_note, shown_value
from support_studio.components.screening_alert import alerts_for
from support_studio.states.thread import REPLY_INPUT_ID
from support_studio.states.views import Detail, FlowStep, ThreadEntry
from support_studio.ticket_quality import SUMMARY_MAX


def _step(step: FlowStep) -> rx.Component:
    return done_row(step.done, [step.title], step.state, step.text)


def review_flow(steps) -> rx.Component:
    return rx.card(
        rx.heading("Review flow", as_="h2", class_name="sr-only"),
        rx.grid(rx.foreach(steps, _step), columns=rx.breakpoints(initial="1", sm="2", md="4"), spacing="3"),
        id="review-flow",
        width="100%",
    )


def thread_entry(entry: ThreadEntry) -> rx.Component:
    """A reply as a card, an internal note marked as such, a change as one line."""
    header = rx.hstack(
        # A heading per message: a screen reader user moves from message to message.
        rx.heading(entry.author, as_="h3", size="2"),
        rx.cond(entry.from_support, rx.badge("Support", color_scheme="indigo")),
        rx.cond(entry.kind == "note", rx.badge("Internal note: agents only", color_scheme="amber", variant="solid")),
        rx.spacer(),
        rx.text(entry.sent, size="1", color_scheme="gray"),
        width="100%",
        wrap="wrap",
    )
    return rx.cond(
        entry.kind == "event",
        rx.text(
            entry.sent, " · ", entry.author, ": ", entry.body, size="1", color_scheme="gray", class_name="thread-event"
        ),
        rx.card(
            rx.vstack(
                header,
                rx.text(entry.body, size="2", white_space="pre-wrap", dir="auto"),  # Arabic runs right to left
                attachments(entry.files),
                spacing="2",
                width="100%",
            ),
            background=rx.match(
                entry.kind,
                ("note", rx.color("amber", 3)),
                rx.cond(entry.from_support, rx.color("indigo", 2), rx.color("gray", 1)),
            ),
            border=rx.cond(entry.kind == "note", f"1px dashed {rx.color('amber', 8)}", "none"),
            width="100%",
            class_name=rx.cond(entry.kind == "note", "internal-note", "thread-message"),
        ),
    )


def messages(entries, list_id: str, label: str) -> rx.Component:
    return rx.el.section(
        rx.heading(label, as_="h2", class_name="sr-only"),
        rx.vstack(rx.foreach(entries, thread_entry), spacing="3", width="100%"),
        id=list_id,
        aria_live="polite",
        width="100%",
    )


def ticket_details(details, heading: str) -> rx.Component:
    def row(detail: Detail) -> rx.Component:
        return rx.data_list.item(rx.data_list.label(detail.label), rx.data_list.value(detail.value))

    return rx.card(
        rx.heading(heading, as_="h2", size="2", margin_bottom="0.5em"),
        rx.data_list.root(
            rx.foreach(details, row), size="1", orientation=rx.breakpoints(initial="vertical", sm="horizontal")
        ),
        id="ticket-details",
        width="100%",
    )


def reply_box(state, title: str, placeholder: str, *above: rx.Component, described_by: str = "") -> rx.Component:
    """`state` mixes in ReplyComposer and EvidenceComposer and has a send_reply handler.
    `described_by`: ids of notes in `above` the box is read with (when they are on the page)."""
    return rx.card(
        rx.vstack(
            rx.el.label(title, html_for=REPLY_INPUT_ID, class_name="rt-Text rt-r-size-2 rt-r-weight-bold"),
            *above,
            rx.text_area(
                id=REPLY_INPUT_ID,
                # A box that appears with the page load starts with the kept reply;
                # one already on the page gets it by set_value.
                default_value=state.kept_reply,
                on_change=state.edit_reply.debounce(80),
                placeholder=placeholder,
                max_length=SUMMARY_MAX,
                rows="5",
                width="100%",
                dir="auto",
                # Flagged: invalid, and read with its alert (as the studio's fields are).
                aria_invalid=rx.cond(state.reply_alerts.length() > 0, "true", "false"),
                aria_describedby=rx.cond(
                    state.reply_alerts.length() > 0,
                    f"reply-alert reply-error {described_by}".strip(),
                    f"reply-error {described_by}".strip(),
                ),
            ),
            alerts_for(state.reply_alerts, "reply", state.remove_flagged),
            evidence_picker(state, "reply-evidence"),
            # Always on the page: a live region that appears already filled is often not read out.
            rx.text(state.reply_error, color_scheme="red", size="2", id="reply-error", role="status"),
            limit_note(state.reply_at_limit, SUMMARY_MAX, "reply-limit"),
            # Nothing takes Send out of the Tab order: pressed, it says what stands in the way.
            rx.button(
                "Send reply",
                on_click=state.send_reply(shown_value(REPLY_INPUT_ID)),
                aria_disabled=rx.cond(
                    (state.reply_length == 0) | (state.reply_alerts.length() > 0) | state.uploading, "true", "false"
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_evidence_composer="",
    )


# Focus on the heading once the ticket is drawn (set_focus runs before the update that draws it).
FOCUS_HEADING_WHEN_DRAWN = (
    "(function focus(tries) { const heading = document.getElementById('ticket-heading');"
    " if (heading) heading.focus(); else if (tries) requestAnimationFrame(() => focus(tries - 1)); })(60)"
)


def ticket_heading(ticket) -> rx.Component:
    """The page's h1, focusable so a page load can start there (FOCUS_HEADING_WHEN_DRAWN)."""
    return rx.heading(
        "Ticket #",
        ticket.number,
        ": ",
        rx.el.bdi(ticket.subject),
        as_="h1",
        size="6",
        id="ticket-heading",
        tab_index=-1,
    )


def ticket_title(state, page: str) -> rx.Var:
    """The browser tab's title: the ticket's number and subject once `state` found it,
    so a customer or agent with several tickets open tells the tabs apart."""
    return rx.cond(
        state.found,
        f"{page} #{state.ticket.number}: {state.ticket.subject} | Support Review Studio",
        f"{page} | Support Review Studio",
    )


def ticket_or_not_found(state, content: rx.Component, not_found: str) -> rx.Component:
    """`content` once `state` found the ticket; a spinner until it has looked."""
    return rx.cond(
        state.found,
        content,
        rx.cond(
            state.loaded,
            rx.vstack(
                rx.heading("Ticket not found", as_="h1", size="6"),
                rx.callout(not_found, icon="search-x", color_scheme="gray", id="ticket-not-found"),
                spacing="3",
            ),
            rx.center(
                rx.spinner(size="3"), rx.heading("Loading the ticket…", as_="h1", class_name="sr-only"), padding="4em"
            ),
        ),
    )
