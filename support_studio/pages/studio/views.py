"""The studio page: issue type, order, the details support needs, and beside
each field its alert; the checklist and the quality bar stay in view."""

import reflex as rx

from support_studio import routes
from support_studio.components.badges import done_row
from support_studio.components.confirm import confirmed_button
from support_studio.components.evidence import evidence_picker
from support_studio.components.fields import (
    described_by,
    field_error,
    field_note,
    invalid,
    labelled,
    limit_note,
    native_select,
    search_box,
)
from support_studio.components.layout import link_button, page_shell, ticket_columns
from support_studio.components.plain import badge, button, card, heading, radio_cards, stack, text, text_box
from support_studio.components.reminders import do_not_send_reminder
from support_studio.components.screening_alert import alerts_for
from support_studio.components.verdict import verdict_panel
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES
from support_studio.pages.studio.state import ChecklistRow, OrderOption, PaymentChoice, StudioState
from support_studio.states.alerts import REMOVED_NOTE
from support_studio.ticket_quality import (
    DATE_FIELDS,
    FIELDS_BY_NAME,
    ISSUE_GUIDES,
    PAYMENT_METHODS,
    SUMMARY_MIN_WORDS,
)

S = StudioState


# Keys typed faster than this go as one edit (a held Backspace, a paste and a key): each edit
# screens the whole field, so a burst of them would queue and hold back the last one's answer.
TYPING_PAUSE_MS = 30


def _edit(name: str):
    # Reflex keys a debounce by its handler and delay: a delay of its own per field keeps one
    # field's edit, still held back, from being swallowed by the next field's.
    delay = TYPING_PAUSE_MS + list(FIELDS_BY_NAME).index(name)
    return lambda value: S.edit_field(name, value).debounce(delay)


def _alert(name: str) -> rx.Component:
    return alerts_for(S.alerts, name, S.remove_flagged)


def _text_field(
    name: str,
    label,
    placeholder,
    *below: rx.Component,
    hint: str = "",
    rows: str = "",
    **attributes,
) -> rx.Component:
    """A free-text field (a text area when it has `rows`, a date picker for a date), sent as it is typed."""
    if name in DATE_FIELDS:  # a date picker, which also says whether a part of the date is half typed
        events = {
            "on_change": lambda value, half_typed: S.edit_date(name, value, half_typed),
            "on_blur": lambda _value, half_typed: S.leave_date(name, half_typed),
        }
    else:
        # Left, the box sends its text too: an edit still held back goes before the next click's event.
        events = {"on_change": _edit(name), "on_blur": lambda value: S.leave_field(name, value)}
    control = text_box(
        **attributes,
        **events,
        id=name,
        default_value=S.form_values[name],
        # Invalid while its alert stands too, which describes it (and so does "Removed. Read it again").
        aria_invalid=rx.cond(S.errors.contains(name) | S.flagged_fields.contains(name), "true", "false"),
        placeholder=placeholder,
        max_length=FIELDS_BY_NAME[name].limit,
        aria_describedby=described_by(name, bool(hint)) + f" {name}-alert {name}-removed",
        **({"rows": rows} if rows else {"type": "date" if name in DATE_FIELDS else "text"}),
    )
    field = FIELDS_BY_NAME[name]
    full = limit_note(S.full_fields.contains(name), field.limit, f"{name}-limit", f"the {field.label.lower()}")
    removed = field_note(S.removed_from.contains(name), REMOVED_NOTE, f"{name}-removed", color="")
    return labelled(label, control, name, S.errors, *below, full, removed, _alert(name), hint=hint)


def _select(name: str, label: str, placeholder: str, choices: dict[str, str]) -> rx.Component:
    return labelled(
        label,
        native_select(
            rx.el.option(placeholder, value=""),
            *[rx.el.option(text, value=key) for key, text in choices.items()],
            id=name,
            default_value=S.form_values[name],
            on_change=lambda value: S.edit_field(name, value),
            width="100%",
            aria_invalid=invalid(S.errors, name),
            aria_describedby=described_by(name),
        ),
        name,
        S.errors,
    )


def _choices(*answers: rx.Component) -> rx.Component:
    """The answers to a question the studio asks, side by side (one under the other when narrow)."""
    return stack(*answers, direction="row", class_name="rt-r-fw-wrap")


def _step_heading(title) -> rx.Component:
    return heading(title, size="4")


def _issue_type_picker() -> rx.Component:
    return rx.el.section(
        stack(
            _step_heading("1. Choose the issue type"),
            radio_cards(
                "issue-type",
                "Issue type",
                [(key, label, ISSUE_GUIDES[key].short) for key, label in ISSUE_TYPES.items()],
                S.issue_type,
                S.choose_issue_type,
            ),
            rx.cond(
                S.pending_type != "",
                card(
                    stack(
                        text(S.pending_question, size="2", weight="medium", role="alert"),
                        _choices(
                            button("Switch", color="amber", on_click=S.confirm_issue_type),
                            button("Keep what I entered", variant="outline", on_click=S.keep_issue_type),
                        ),
                        gap="2",
                    ),
                    id="switch-type",
                    class_name="full-width",
                ),
            ),
            rx.cond(
                S.guide_include != "",
                rx.callout(S.guide_include, icon="info", size="1", id="issue-guide", width="100%"),
            ),
            full_width=True,
        ),
        aria_label="Issue type",
    )


def _order_row(option: OrderOption) -> rx.Component:
    return card(
        stack(
            stack(
                stack(
                    text("#", option.id, weight="bold"),
                    badge(option.status_label),
                    direction="row",
                    gap="2",
                ),
                text(option.service, size="1", color="gray"),
                text(option.link, size="1", class_name="monospace"),
                gap="1",
                class_name="shrinkable",
            ),
            button(
                "Pick",
                on_click=S.pick_order(option.id),
                aria_label=f"Pick order {option.id}",
                class_name="push-right",
            ),
            direction="row",
            align="center",
        ),
        id=f"order-option-{option.id}",
        class_name="choice-card",
    )


def _picked_order(picked: OrderOption) -> rx.Component:
    def item(label: str, value) -> rx.Component:
        return rx.data_list.item(rx.data_list.label(label), rx.data_list.value(value))

    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text("Order #", picked.id, weight="bold", id="picked-order"),
                rx.badge(picked.status_label, variant="soft"),
                rx.spacer(),
                # Named with the order: focus lands here once one is picked, and says which (UX audit 8).
                rx.button(
                    "Change order",
                    size="1",
                    variant="ghost",
                    on_click=S.clear_order,
                    id="change-order",
                    aria_label=f"Change order #{picked.id}",
                ),
                width="100%",
            ),
            rx.data_list.root(
                item("Service", picked.service),
                item("Submitted link", picked.link),
                item("Quantity", picked.quantity),
                item("Ordered", picked.created),
                item("Terms", S.order_terms),
                size="1",
                orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
            ),
            spacing="2",
        ),
        width="100%",
    )


def _add_to_existing_button(**props) -> rx.Component:
    return rx.button(
        "Add to ticket #",
        S.existing_ticket_number,
        size="2",
        on_click=S.add_to_existing_ticket,
        aria_disabled=rx.cond(S.can_add_to_existing, "false", "true"),
        **props,
    )


def _existing_ticket() -> rx.Component:
    """Asked in a live region that is always on the page: one that appears already
    filled is often not read out."""
    number = S.existing_ticket_number
    return rx.box(
        rx.cond(
            number > 0,
            rx.callout.root(
                rx.callout.icon(rx.icon("messages-square")),
                rx.callout.text(
                    "You already have ticket #",
                    number,
                    " open for this order. Add your message to that thread instead of opening a second ticket?"
                    " Your summary, the count you see, what you already checked and attached files go there.",
                ),
                rx.hstack(
                    _add_to_existing_button(),
                    rx.link("View the ticket", href=routes.ticket(number), size="2"),
                    align="center",
                    wrap="wrap",
                ),
                color_scheme="amber",
                id="existing-ticket",
            ),
        ),
        role="status",
        aria_live="polite",
    )


def _order_picker() -> rx.Component:
    return rx.el.section(
        rx.vstack(
            _step_heading("2. Pick the order"),
            rx.cond(
                S.picked_order,
                _picked_order(S.picked_order),
                rx.vstack(
                    search_box(
                        "order-search",
                        "Search your orders",
                        S.search_orders,
                        "Order ID or Telegram link",
                        input_props={
                            "aria_describedby": "order_id-error",
                            "aria_invalid": invalid(S.errors, "order_id"),
                        },
                        width="100%",
                    ),
                    field_error(S.errors, "order_id"),  # under the search, not under the whole list
                    rx.el.p(S.order_search_said, role="status", class_name="sr-only"),  # UX audit 9, F10
                    rx.cond(
                        S.order_options.length() > 0,
                        rx.el.ul(
                            rx.foreach(S.order_options, lambda option: rx.el.li(_order_row(option))),
                            class_name="order-list rt-Flex rt-r-fd-column rt-r-gap-2",
                            aria_label="Your orders",
                        ),
                        rx.text("No order of yours matches that search.", size="2", color_scheme="gray"),
                    ),
                    width="100%",
                ),
            ),
            _existing_ticket(),
            spacing="3",
            width="100%",
        ),
        aria_label="Order",
    )


def _payment_chip(choice: PaymentChoice) -> rx.Component:
    picked = S.picked_payment == choice.reference
    return rx.button(
        rx.el.span(choice.reference, class_name="reference"),
        rx.text(" · ", choice.detail, size="1", color_scheme="gray"),
        size="1",
        variant=rx.cond(picked, "solid", "outline"),
        aria_pressed=rx.cond(picked, "true", "false"),
        on_click=S.pick_payment(choice.reference),
        class_name="wrapping-button",
    )


def _payment_fields() -> rx.Component:
    return rx.vstack(
        rx.cond(
            S.payment_choices.length() > 0,
            rx.vstack(
                rx.text("Your payments (pick one to fill the details):", size="1", color_scheme="gray"),
                rx.flex(rx.foreach(S.payment_choices, _payment_chip), wrap="wrap", spacing="2"),
                spacing="1",
                width="100%",
            ),
        ),
        rx.grid(
            _text_field("payment_reference", "Payment reference", "Transaction ID or provider order number"),
            _text_field("payment_amount", "Amount paid", "e.g. 25.00"),
            _select("payment_method", "Payment method", "How you paid", PAYMENT_METHODS),
            _text_field("payment_date", "Date paid", "", min=S.payment_dates[0], max=S.payment_dates[1]),
            columns=rx.breakpoints(initial="1", sm="2"),
            spacing="3",
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


def _shown(name: str):
    return S.shown.contains(name)


def _details() -> rx.Component:
    return rx.el.section(
        rx.vstack(
            _step_heading(rx.cond(S.shows_order, "3", "2") + ". Tell support what happened"),
            _text_field(
                "subject",
                "Subject (optional)",
                S.subject_placeholder,
                hint="A few words; left empty, the ticket takes the one shown in the box.",
            ),
            rx.cond(_shown("payment_reference"), _payment_fields()),
            rx.cond(
                _shown("target_text"),
                rx.grid(
                    _text_field(
                        "target_text",
                        S.target_label,
                        "t.me/yourchannel, @username or a post link",
                        rx.cond(
                            S.target_preview != "",
                            text(
                                "Reads as ",
                                S.target_preview,
                                size="1",
                                color="green",
                                class_name="rt-high-contrast",
                                id="target-preview",
                            ),
                        ),
                    ),
                    _select("reported_status", "Current status", "Status your order shows", ORDER_STATUSES),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
            ),
            rx.cond(_shown("current_count"), _text_field("current_count", "Count you see now", "e.g. 12,400")),
            _text_field(
                "summary",
                "Summary",
                "What happened, what you expected, and what you already checked.",
                rx.text(
                    S.summary_length,
                    f" / {FIELDS_BY_NAME['summary'].limit:,}",
                    size="1",
                    color_scheme="gray",
                    align="right",
                    width="100%",
                    id="summary-counter",
                ),
                rows="7",
                hint=f"At least {SUMMARY_MIN_WORDS} words: support reads this first.",
            ),
            _text_field(
                "already_checked",
                "What you already checked (optional)",
                "e.g. the channel is public, the link still opens, current count 12,400",
                rows="3",
            ),
            evidence_picker(S, "studio-evidence"),
            spacing="4",
            width="100%",
        ),
        aria_label="Details",
        data_evidence_composer="",
    )


def _checklist_row(row: ChecklistRow, id_prefix: str) -> rx.Component:
    return rx.el.li(
        done_row(
            row.met,
            [row.label, rx.cond(row.required, "", " (optional)")],
            rx.cond(
                row.met,
                ": done",
                rx.cond(
                    row.flagged,
                    ": remove the flagged text",
                    rx.cond(row.given, ": check what you typed", rx.cond(row.required, ": missing", ": not given")),
                ),
            ),
            row.hint,
            id=f"{id_prefix}-{row.key}",
        ),
    )


def _quality_badge(size: str) -> rx.Component:
    # Gone once the ticket is sent, silently: the emptied form's "Pick an issue type" would be
    # read before "Ticket #n sent", as if the ticket had been lost (UX audit 9, F9).
    return rx.cond(
        S.sent_ticket_number, rx.fragment(), badge(S.quality, color=rx.cond(S.ready, "green", "amber"), size=size)
    )


def _checklist_panel() -> rx.Component:
    return card(
        stack(
            heading("Ticket quality", size="2", color="gray"),
            rx.el.div(_quality_badge("3"), id="ticket-quality", role="status", aria_live="polite"),
            rx.el.span(class_name="rt-Separator rt-r-orientation-horizontal rt-r-size-4", data_accent_color="gray"),
            text("What a good ticket includes", weight="bold", size="2"),
            # (a lambda: rx.foreach hands a two-parameter function each row's index as well)
            rx.el.ul(rx.foreach(S.checklist, lambda row: _checklist_row(row, "check")), class_name="checklist"),
            id="checklist",
        ),
        class_name="wide-only",
    )


def _quality_bar() -> rx.Component:
    """On a phone: the quality and what is missing, kept in view while typing."""
    return rx.el.div(
        stack(
            # On a phone the checklist is hidden: this bar is where quality changes are announced.
            rx.el.div(_quality_badge("2"), role="status", aria_live="polite"),
            text(S.missing, size="1", color="gray", class_name="rt-r-lt-both"),
            direction="row",
            align="center",
            gap="2",
            class_name="rt-r-fw-wrap",
        ),
        class_name="quality-bar",
    )


def _phone_checklist() -> rx.Component:
    """On a phone, where the side panel is hidden: the same checklist, with why support needs
    each item, folded above Send (UX audit 11, F10: the bar alone names only what is missing)."""
    return rx.el.details(
        rx.el.summary(
            rx.el.span("What a good ticket includes", class_name="rt-Text rt-r-size-2 rt-r-weight-bold"),
            class_name="phone-checklist",
        ),
        rx.el.ul(rx.foreach(S.checklist, lambda row: _checklist_row(row, "phone-check")), class_name="checklist"),
        class_name="narrow-only",
    )


def _send_bar() -> rx.Component:
    return stack(
        _phone_checklist(),
        verdict_panel(S.expectation, "What to expect", "what-to-expect"),
        field_error(S.errors, "form"),
        rx.cond(
            S.missing != "",
            text(S.missing, size="2", color="amber", class_name="rt-high-contrast", id="missing-items"),
        ),
        # Said again beside Send, far below the order on a phone (UX audit 11, F8).
        rx.cond(
            S.existing_ticket_number > 0,
            stack(
                text(
                    "Ticket #",
                    S.existing_ticket_number,
                    " is already open for this order: Send opens a second one.",
                    size="2",
                    id="existing-ticket-again",
                ),
                _add_to_existing_button(variant="outline"),
                direction="row",
                align="center",
                gap="2",
                class_name="rt-r-fw-wrap",
            ),
        ),
        stack(
            # aria-disabled, not disabled: it stays in the Tab order, and says what is missing.
            rx.button(
                "Send ticket",
                size="3",
                on_click=S.submit,
                aria_disabled=rx.cond(S.can_send, "false", "true"),
                # (only while the line it names is on the page)
                aria_describedby=rx.cond(S.missing != "", "missing-items", ""),
                loading=S.submitting,
            ),
            confirmed_button(
                "Start over",
                "Start this ticket over?",
                "Everything in this draft goes: the type, the order, what you typed and the files you attached.",
                "Keep my draft",
                S.start_over,
                "gray",
                size="3",
                variant="ghost",
            ),
            direction="row",
            class_name="rt-r-fw-wrap",
        ),
        full_width=True,
    )


def _left_behind() -> rx.Component:
    """Another tab saved this draft since this one did: which to keep? When it sent a
    ticket meanwhile, the notice names it, and Send waits for the customer's choice.
    Kept in view while typing (on a wide screen)."""
    sent = S.sent_elsewhere > 0
    return rx.callout.root(
        stack(
            text(
                rx.cond(
                    sent,
                    f"You sent ticket #{S.sent_elsewhere} from another tab or window since this tab last saved. "
                    "If it was this draft, support has it already.",
                    "You changed this draft in another tab or window. This tab saves nothing over it "
                    "until you choose which one to keep.",
                ),
                size="2",
                weight="medium",
            ),
            _choices(
                rx.cond(sent, link_button(f"Open ticket #{S.sent_elsewhere}", routes.ticket(S.sent_elsewhere))),
                button(
                    rx.cond(sent, "Start a new ticket", "Use the other tab's draft"),
                    variant=rx.cond(sent, "outline", "solid"),
                    on_click=S.use_other_tabs_draft,
                ),
                button(
                    rx.cond(sent, "Keep this tab's draft to send", "Keep this tab's draft"),
                    variant="outline",
                    on_click=S.keep_this_tabs_draft,
                ),
            ),
            gap="2",
        ),
        color_scheme="amber",
        role="alert",
        id="left-behind",
        tab_index=-1,  # Send, refused, brings focus here
        class_name="sticky-notice",
    )


def _form() -> rx.Component:
    return ticket_columns(
        rx.cond(S.left_behind, _left_behind()),
        rx.cond(S.issue_type != "", _quality_bar()),
        _issue_type_picker(),
        rx.cond(S.shows_order, _order_picker()),
        rx.cond(S.issue_type != "", rx.fragment(_details(), _send_bar())),
        side=stack(_checklist_panel(), do_not_send_reminder(), gap="4", class_name="side-sticky"),
        side_width="300px",
        main_spacing="6",
        data_loaded="yes",
        id="studio",
    )


# Page layout; alike in shape to the issue picker only.
def studio_page() -> rx.Component:
    return page_shell(
        stack(
            heading("Open a support ticket", level="h1", size="7"),
            text("Pick the issue, pick the order, and the checklist shows what support still needs.", color="gray"),
            gap="1",
            class_name="page-intro",
        ),
        rx.cond(
            S.notice != "",
            rx.callout(S.notice, icon="shield-check", color_scheme="blue", id="draft-notice", margin_bottom="1em"),
        ),
        # Drawn once its data is in: the form is the page's heaviest part, and drawing it
        # empty first (before the websocket even connects) and again with the data
        # costs the page load about 30 ms.
        rx.cond(
            S.loaded,
            _form(),
            rx.text("Loading your draft…", color_scheme="gray", role="status", id="studio", data_loaded="no"),
        ),
    )
