"""Pieces of a ticket thread shared by the customer's page and the agent's
workspace: the review-flow timeline, thread entries, details and reply box."""

import reflex as rx

from support_studio.components.screening_alert import screening_alerts
from support_studio.states.thread import FlowStep, ThreadEntry, TicketView
from support_studio.ticket_quality import SUMMARY_MAX


def _step(step: FlowStep) -> rx.Component:
    return rx.hstack(
        rx.cond(
            step.done,
            rx.icon("circle-check", color=rx.color("green", 9), flex_shrink="0"),
            rx.icon("circle-dashed", color=rx.color("gray", 8), flex_shrink="0"),
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


def review_flow(steps) -> rx.Component:
    return rx.card(
        rx.grid(rx.foreach(steps, _step), columns=rx.breakpoints(initial="1", sm="4"), spacing="3"),
        id="review-flow",
        width="100%",
    )


def thread_entry(entry: ThreadEntry) -> rx.Component:
    """A reply as a card, an internal note marked as such, a change as one line."""
    header = rx.hstack(
        rx.text(entry.author, weight="bold", size="2"),
        rx.cond(entry.from_support, rx.badge("Support", color_scheme="indigo")),
        rx.cond(entry.kind == "note", rx.badge("Internal note: agents only", color_scheme="amber", variant="solid")),
        rx.spacer(),
        rx.text(entry.sent, size="1", color_scheme="gray"),
        width="100%",
    )
    return rx.cond(
        entry.kind == "event",
        rx.text(
            entry.sent, " · ", entry.author, ": ", entry.body,
            size="1", color_scheme="gray", class_name="thread-event",
        ),
        rx.card(
            rx.vstack(
                header,
                rx.text(entry.body, size="2", white_space="pre-wrap", word_break="break-word"),
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


def _detail(label: str, value) -> rx.Component:
    return rx.cond(
        value != "",
        rx.data_list.item(rx.data_list.label(label), rx.data_list.value(value)),
    )


def ticket_details(ticket: TicketView) -> rx.Component:
    return rx.card(
        rx.data_list.root(
            _detail("Issue type", ticket.issue_type),
            _detail("Order", ticket.order),
            _detail("Service", ticket.service),
            _detail("Submitted link", ticket.submitted_link),
            _detail("Order status (record)", ticket.order_status),
            _detail("Telegram target (reported)", ticket.target),
            _detail("Status (reported)", ticket.reported_status),
            _detail("Count (reported)", ticket.reported_count),
            _detail("Payment reference", ticket.payment_reference),
            _detail("Already checked", ticket.already_checked),
            _detail("Opened", ticket.opened),
            size="1",
        ),
        id="ticket-details",
    )


def reply_box(state, title: str, placeholder: str, *above: rx.Component) -> rx.Component:
    """`state` mixes in ReplyComposer and has a send_reply handler."""
    return rx.card(
        rx.vstack(
            rx.text(title, weight="bold", size="2"),
            *above,
            rx.text_area(
                id="reply",
                value=state.reply,
                on_change=state.set_reply,
                placeholder=placeholder,
                max_length=SUMMARY_MAX,
                rows="5",
                width="100%",
            ),
            screening_alerts(state.reply_alerts, state.remove_flagged),
            rx.cond(state.reply_error != "", rx.text(state.reply_error, color_scheme="red", size="2", id="reply-error")),
            rx.button(
                "Send reply",
                on_click=state.send_reply,
                disabled=(state.reply_alerts.length() > 0) | (state.reply.length() == 0),
                id="send-reply",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def ticket_or_not_found(state, content: rx.Component, not_found: str) -> rx.Component:
    """`content` once `state` found the ticket; a spinner until it has looked."""
    return rx.cond(
        state.found,
        content,
        rx.cond(
            state.loaded,
            rx.callout(not_found, icon="search-x", color_scheme="gray", id="ticket-not-found"),
            rx.center(rx.spinner(size="3"), padding="4em"),
        ),
    )
