"""Support Review Studio: the guided new-ticket form, its live checklist and the
do-not-send guard."""

import dataclasses
import json
import uuid

import reflex as rx

from support_studio import screening, service_rules, tickets
from support_studio.components.layout import page_shell
from support_studio.components.reminders import do_not_send_reminder
from support_studio.components.screening_alert import ScreeningAlert, screening_alerts
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, as_id
from support_studio.states.auth import DRAFT_STORAGE_KEY, AuthState
from support_studio.ticket_quality import (
    ALREADY_CHECKED_MAX,
    ISSUE_GUIDES,
    SUMMARY_MAX,
    TicketDraft,
    checklist,
    field_errors,
    missing_required,
    quality_label,
    summary_is_clear,
)

# Fields typed freely, with the label used when screening flags one.
FIELD_LABELS = {
    "target_text": "Telegram target",
    "reported_status": "Current status",
    "current_count": "Count you see now",
    "payment_reference": "Payment reference",
    "summary": "Summary",
    "already_checked": "What you already checked",
}
FIELD_LIMITS = {"summary": SUMMARY_MAX, "already_checked": ALREADY_CHECKED_MAX}
SHORT_FIELD_LIMIT = 600


@dataclasses.dataclass
class OrderOption:
    id: int
    service: str
    link: str
    status: str
    status_label: str
    quantity: int
    created: str


@dataclasses.dataclass
class Expectation:
    """The service-rule verdict in the customer's words ("What to expect")."""

    headline: str
    reasons: list[str]
    tone: str
    boundary: str


@dataclasses.dataclass
class ChecklistRow:
    key: str
    label: str
    hint: str
    required: bool
    met: bool


def _order_option(record: tickets.OrderRecord) -> OrderOption:
    order = record.order
    return OrderOption(
        id=order.id,
        service=record.service.name,
        link=order.link,
        status=order.status,
        status_label=ORDER_STATUSES[order.status],
        quantity=order.quantity,
        created=order.created_at.strftime("%d %b %Y"),
    )


class NewTicketState(AuthState):
    issue_type: str = ""
    order_query: str = ""
    order_options: list[OrderOption] = []
    picked_order: OrderOption | None = None
    order_terms: str = ""
    payment_references: list[str] = []
    target_text: str = ""
    reported_status: str = ""
    current_count: str = ""
    payment_reference: str = ""
    summary: str = ""
    already_checked: str = ""

    errors: dict[str, str] = {}
    alerts: list[ScreeningAlert] = []
    checklist_rows: list[ChecklistRow] = []
    quality: str = "Pick an issue type"
    missing: str = ""
    existing_ticket_number: int = 0
    expectation: Expectation | None = None
    submitting: bool = False
    sent_ticket_number: int = 0
    loaded: bool = False  # the studio's on_load has run (tests wait for it)

    # The draft as the browser keeps it across reloads: never holds flagged text.
    draft_store: str = rx.LocalStorage(name=DRAFT_STORAGE_KEY)
    _submission_key: str = ""
    _picked_facts: service_rules.OrderFacts | None = None

    @rx.var
    def can_send(self) -> bool:
        return self.quality == "Ready for review" and not self.alerts and not self.submitting

    @rx.var
    def can_add_to_existing(self) -> bool:
        return summary_is_clear(self.summary) and not self.alerts

    @rx.var
    def summary_length(self) -> int:
        return len(self.summary)

    @rx.var
    def guide_include(self) -> str:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide.include if guide else ""

    @rx.var
    def shows_order(self) -> bool:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide is not None and guide.order_item != "hidden"

    @rx.var
    def shows_payment(self) -> bool:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide is not None and guide.needs_payment_reference

    @rx.var
    def shows_count(self) -> bool:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide is not None and guide.count_item != "hidden"

    @rx.var
    def target_label(self) -> str:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide.target_label if guide else "Telegram target"

    @rx.var
    def target_preview(self) -> str:
        """The normalised link, shown under the field while it parses."""
        if not self.target_text.strip() or "target_text" in self.errors:
            return ""
        try:
            return tickets.parse_target(self.target_text).canonical
        except ValueError:
            return ""

    def _draft(self) -> TicketDraft:
        return TicketDraft(
            issue_type=self.issue_type,
            order_id=self.picked_order.id if self.picked_order else None,
            **{name: getattr(self, name) for name in FIELD_LABELS},
        )

    def _refresh(self, customer_id: int, *changed: str) -> None:
        """Recompute what the customer sees after a change, and save the draft."""
        draft = self._draft()
        for name in changed:
            self._screen(name)
        self.errors = {
            name: message
            for name, message in field_errors(draft).items()
            if name not in self._flagged_fields()
        }
        items = checklist(draft)
        self.checklist_rows = [ChecklistRow(**dataclasses.asdict(item)) for item in items]
        self.quality = quality_label(draft, items)
        missing = missing_required(items)
        self.missing = ("Still missing: " + ", ".join(missing) + ".") if missing else ""
        self.expectation = self._expectation(draft)
        self._save_draft(customer_id)

    def _expectation(self, draft: TicketDraft) -> Expectation | None:
        if self._picked_facts is None or draft.issue_type not in ISSUE_TYPES:
            return None
        verdict = tickets.expected_outcome(self._picked_facts, draft)
        return Expectation(verdict.headline, list(verdict.reasons), verdict.tone, verdict.boundary or "")

    def _flagged_fields(self) -> set[str]:
        return {alert.field for alert in self.alerts}

    def _screen(self, name: str) -> None:
        if name not in FIELD_LABELS:
            return
        others = [alert for alert in self.alerts if alert.field != name]
        findings = screening.scan(getattr(self, name))
        if findings:
            others.append(ScreeningAlert.from_findings(name, FIELD_LABELS[name], getattr(self, name), findings))
        self.alerts = others

    def _save_draft(self, customer_id: int) -> None:
        flagged = self._flagged_fields()
        saved = {name: getattr(self, name) for name in FIELD_LABELS if name not in flagged}
        saved.update(
            account=customer_id,
            issue_type=self.issue_type,
            order_id=self.picked_order.id if self.picked_order else None,
            submission_key=self._submission_key,
        )
        self.draft_store = json.dumps(saved)

    def _account_id(self) -> int | None:
        account = self.signed_in_as("customer")
        return account.id if account else None

    def _restore_draft(self, customer_id: int) -> None:
        """Take back a saved draft. It comes from the browser, so it is checked
        like any input: owner, known fields, lengths, order ownership, screening."""
        try:
            saved = json.loads(self.draft_store or "{}")
        except ValueError:
            saved = {}
        if not isinstance(saved, dict) or saved.get("account") != customer_id:
            saved = {}
        issue_type = saved.get("issue_type")
        self.issue_type = issue_type if issue_type in ISSUE_TYPES else ""
        for name in FIELD_LABELS:
            value = saved.get(name)
            setattr(self, name, self._capped(name, value) if isinstance(value, str) else "")
        key = saved.get("submission_key")
        self._submission_key = key if isinstance(key, str) and 16 <= len(key) <= 64 else uuid.uuid4().hex
        self.picked_order = None
        self._picked_facts = None
        self.existing_ticket_number = 0
        order_id = as_id(saved.get("order_id"))
        if order_id is not None:
            self._pick(customer_id, order_id, keep_entries=True)
        self.alerts = []
        for name in FIELD_LABELS:
            self._screen(name)
        for alert in self.alerts:  # a flagged field is dropped, not restored
            setattr(self, alert.field, "")
        self.alerts = []

    @staticmethod
    def _capped(name: str, value: str) -> str:
        # Twice the limit: enough to show "too long" beside the field, never unbounded.
        return value[: 2 * FIELD_LIMITS.get(name, SHORT_FIELD_LIMIT)]

    def _pick(self, customer_id: int, order_id: int, keep_entries: bool = False) -> bool:
        with rx.session() as session:
            record = tickets.customer_order(session, customer_id, order_id)
            open_ticket = record and tickets.open_ticket_for_order(session, customer_id, order_id)
        if record is None:
            return False
        self.picked_order = _order_option(record)
        self._picked_facts = tickets.order_facts(record)
        self.order_terms = record.service.terms_note
        self.existing_ticket_number = open_ticket.id if open_ticket else 0
        if not keep_entries:
            self.target_text = record.order.link
            self.reported_status = record.order.status
        return True

    def _load_orders(self, customer_id: int) -> None:
        with rx.session() as session:
            records = tickets.search_customer_orders(session, customer_id, self.order_query)
        self.order_options = [_order_option(record) for record in records]

    @rx.event
    def load_studio(self):
        account = self.signed_in_account()
        if account is None or account.role != "customer":
            return AuthState.require_customer
        self.sent_ticket_number = 0
        self.submitting = False
        self.order_query = ""
        self._restore_draft(account.id)
        self._load_orders(account.id)
        with rx.session() as session:
            self.payment_references = [p.reference for p in tickets.customer_payments(session, account.id)]
        self._refresh(account.id)
        self.loaded = True

    @rx.event
    def choose_issue_type(self, issue_type: str):
        customer_id = self._account_id()
        if customer_id is None or issue_type not in ISSUE_TYPES:
            return
        self.issue_type = issue_type
        self._refresh(customer_id)

    @rx.event
    def search_orders(self, query: str):
        customer_id = self._account_id()
        if customer_id is None:
            return
        self.order_query = str(query)[:200]
        self._load_orders(customer_id)

    @rx.event
    def pick_order(self, order_id: int):
        customer_id = self._account_id()
        if customer_id is None or as_id(order_id) is None:
            return
        if not self._pick(customer_id, order_id):
            self.errors = {**self.errors, "order_id": "Pick one of your own orders."}
            return
        self._refresh(customer_id, "target_text", "reported_status")

    @rx.event
    def clear_order(self):
        customer_id = self._account_id()
        if customer_id is None:
            return
        self.picked_order = None
        self._picked_facts = None
        self.existing_ticket_number = 0
        self._refresh(customer_id)

    @rx.event
    def set_field(self, name: str, value: str):
        if name not in FIELD_LABELS or not isinstance(value, str):
            return
        customer_id = self._account_id()
        if customer_id is None:
            return
        setattr(self, name, self._capped(name, value))
        self._refresh(customer_id, name)

    @rx.event
    def remove_flagged(self, name: str):
        """The alert's "Remove it": cut every flagged span out of that field."""
        customer_id = self._account_id()
        if name not in FIELD_LABELS or customer_id is None:
            return
        text = getattr(self, name)
        setattr(self, name, screening.redact(text, screening.scan(text)))
        self._refresh(customer_id, name)

    @rx.event
    def start_over(self):
        if self._account_id() is None:
            return
        self.draft_store = ""
        return NewTicketState.load_studio

    @rx.event
    async def submit(self):
        if self.sent_ticket_number:  # a second click after the ticket was stored
            yield rx.redirect(f"/tickets/{self.sent_ticket_number}")
            return
        customer_id = self._account_id()
        if customer_id is None:
            yield AuthState.require_customer
            return
        self.submitting = True
        yield
        try:
            with rx.session() as session:
                ticket = tickets.submit_ticket(session, customer_id, self._draft(), self._submission_key)
        except tickets.TicketRejected as rejected:
            self.submitting = False
            for name in rejected.errors.keys() & FIELD_LABELS.keys():
                self._screen(name)
            self.errors = rejected.errors
            return
        self.sent_ticket_number = ticket.id
        self.submitting = False
        self.draft_store = ""
        yield rx.toast.success(f"Ticket #{ticket.id} sent. Support replies in this thread.")
        yield rx.redirect(f"/tickets/{ticket.id}")

    @rx.event
    def add_to_existing_ticket(self):
        """Post the summary to the open ticket for this order instead of a new one."""
        customer_id = self._account_id()
        if customer_id is None or not self.existing_ticket_number:
            return
        try:
            with rx.session() as session:
                tickets.add_customer_message(
                    session, customer_id, self.existing_ticket_number, self.summary
                )
        except tickets.TicketRejected as rejected:
            self.errors = {**self.errors, "summary": rejected.errors["message"]}
            return
        number = self.existing_ticket_number
        self.draft_store = ""
        return [
            rx.toast.success(f"Added to ticket #{number}."),
            rx.redirect(f"/tickets/{number}"),
        ]


# ---- components ---------------------------------------------------------------


def _field_error(name: str) -> rx.Component:
    return rx.cond(
        NewTicketState.errors.contains(name),
        rx.text(NewTicketState.errors[name], color_scheme="red", size="2", id=f"{name}-error"),
    )


def _labelled(label, control: rx.Component, name: str, hint: rx.Component | None = None) -> rx.Component:
    return rx.vstack(
        rx.text(label, as_="label", weight="medium", size="2", html_for=name),
        control,
        hint or rx.fragment(),
        _field_error(name),
        spacing="1",
        width="100%",
    )


def _text_input(name: str, placeholder: str) -> rx.Component:
    return rx.input(
        id=name,
        value=getattr(NewTicketState, name),
        on_change=lambda value: NewTicketState.set_field(name, value),
        placeholder=placeholder,
        max_length=SHORT_FIELD_LIMIT,
        width="100%",
    )


def _issue_type_picker() -> rx.Component:
    return rx.vstack(
        rx.heading("1. Choose the issue type", size="4"),
        rx.radio_cards.root(
            *[
                rx.radio_cards.item(
                    rx.vstack(
                        rx.text(label, weight="bold", size="2"),
                        rx.text(ISSUE_GUIDES[key].short, size="1", color_scheme="gray"),
                        spacing="1",
                        align="start",
                        width="100%",
                    ),
                    value=key,
                    id=f"issue-type-{key}",
                )
                for key, label in ISSUE_TYPES.items()
            ],
            value=NewTicketState.issue_type,
            on_value_change=NewTicketState.choose_issue_type,
            columns=rx.breakpoints(initial="1", sm="2", md="4"),
            size="1",
            width="100%",
        ),
        rx.cond(
            NewTicketState.guide_include != "",
            rx.callout(NewTicketState.guide_include, icon="info", size="1", id="issue-guide", width="100%"),
        ),
        spacing="3",
        width="100%",
    )


def _order_row(option: OrderOption) -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.text("#", option.id, weight="bold"),
                    rx.badge(option.status_label, variant="soft"),
                    spacing="2",
                ),
                rx.text(option.service, size="1", color_scheme="gray"),
                rx.text(option.link, size="1", font_family="monospace"),
                spacing="1",
            ),
            rx.spacer(),
            rx.button("Pick", size="1", variant="soft", on_click=NewTicketState.pick_order(option.id)),
            align="center",
        ),
        size="1",
        id=f"order-option-{option.id}",
    )


def _order_picker() -> rx.Component:
    picked = NewTicketState.picked_order
    return rx.vstack(
        rx.heading("2. Pick the order", size="4"),
        rx.cond(
            picked,
            rx.card(
                rx.vstack(
                    rx.hstack(
                        rx.text("Order #", picked.id, weight="bold", id="picked-order"),
                        rx.badge(picked.status_label, variant="soft"),
                        rx.spacer(),
                        rx.button("Change", size="1", variant="ghost", on_click=NewTicketState.clear_order),
                        width="100%",
                    ),
                    rx.data_list.root(
                        rx.data_list.item(rx.data_list.label("Service"), rx.data_list.value(picked.service)),
                        rx.data_list.item(rx.data_list.label("Submitted link"), rx.data_list.value(picked.link)),
                        rx.data_list.item(rx.data_list.label("Quantity"), rx.data_list.value(picked.quantity)),
                        rx.data_list.item(rx.data_list.label("Ordered"), rx.data_list.value(picked.created)),
                        rx.data_list.item(rx.data_list.label("Terms"), rx.data_list.value(NewTicketState.order_terms)),
                        size="1",
                    ),
                    spacing="2",
                ),
                width="100%",
            ),
            rx.vstack(
                rx.input(
                    id="order-search",
                    value=NewTicketState.order_query,
                    on_change=NewTicketState.search_orders,
                    placeholder="Search your orders by ID or link",
                    width="100%",
                ),
                rx.cond(
                    NewTicketState.order_options.length() > 0,
                    rx.scroll_area(
                        rx.vstack(rx.foreach(NewTicketState.order_options, _order_row), spacing="2"),
                        max_height="280px",
                        type="auto",
                    ),
                    rx.text("No order of yours matches that search.", size="2", color_scheme="gray"),
                ),
                width="100%",
            ),
        ),
        _field_error("order_id"),
        rx.cond(
            NewTicketState.existing_ticket_number > 0,
            rx.callout(
                rx.vstack(
                    rx.text(
                        "You already have ticket #", NewTicketState.existing_ticket_number,
                        " open for this order. Add your message to that thread instead of "
                        "opening a second ticket?",
                    ),
                    rx.hstack(
                        rx.button(
                            "Add to ticket #", NewTicketState.existing_ticket_number,
                            size="1",
                            on_click=NewTicketState.add_to_existing_ticket,
                            disabled=~NewTicketState.can_add_to_existing,
                            id="add-to-existing",
                        ),
                        rx.link("View the ticket", href=f"/tickets/{NewTicketState.existing_ticket_number}", size="2"),
                        align="center",
                    ),
                    spacing="2",
                ),
                icon="messages-square",
                color_scheme="amber",
                id="existing-ticket",
            ),
        ),
        spacing="3",
        width="100%",
    )


def _payment_picker() -> rx.Component:
    return _labelled(
        "Payment reference",
        _text_input("payment_reference", "Transaction ID or provider order number"),
        "payment_reference",
        rx.cond(
            NewTicketState.payment_references.length() > 0,
            rx.hstack(
                rx.text("Your payments:", size="1", color_scheme="gray"),
                rx.foreach(
                    NewTicketState.payment_references,
                    lambda ref: rx.badge(
                        ref, variant="outline", cursor="pointer",
                        on_click=NewTicketState.set_field("payment_reference", ref),
                    ),
                ),
                wrap="wrap",
                spacing="2",
            ),
        ),
    )


def _details() -> rx.Component:
    return rx.vstack(
        rx.heading("3. Tell support what happened", size="4"),
        rx.cond(NewTicketState.shows_payment, _payment_picker()),
        rx.cond(
            NewTicketState.shows_order,
            rx.grid(
                _labelled(
                    NewTicketState.target_label,
                    _text_input("target_text", "t.me/yourchannel, @username or a post link"),
                    "target_text",
                    rx.cond(
                        NewTicketState.target_preview != "",
                        rx.text("✓ ", NewTicketState.target_preview, size="1", color_scheme="green", id="target-preview"),
                    ),
                ),
                _labelled(
                    "Current status",
                    rx.select.root(
                        rx.select.trigger(placeholder="Status your order shows", width="100%", id="reported_status"),
                        rx.select.content(
                            *[rx.select.item(label, value=key) for key, label in ORDER_STATUSES.items()]
                        ),
                        value=NewTicketState.reported_status,
                        on_change=lambda value: NewTicketState.set_field("reported_status", value),
                    ),
                    "reported_status",
                ),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="3",
                width="100%",
            ),
        ),
        rx.cond(
            NewTicketState.shows_count,
            _labelled("Count you see now", _text_input("current_count", "e.g. 12,400"), "current_count"),
        ),
        _labelled(
            "Summary",
            rx.text_area(
                id="summary",
                value=NewTicketState.summary,
                on_change=lambda value: NewTicketState.set_field("summary", value),
                placeholder="What happened, what you expected, and what you already checked.",
                max_length=SUMMARY_MAX,
                rows="7",
                width="100%",
            ),
            "summary",
            rx.text(
                NewTicketState.summary_length, f" / {SUMMARY_MAX:,}",
                size="1",
                color_scheme=rx.cond(NewTicketState.summary_length > SUMMARY_MAX - 200, "orange", "gray"),
                align="right",
                width="100%",
                id="summary-counter",
            ),
        ),
        _labelled(
            "What you already checked (optional)",
            rx.text_area(
                id="already_checked",
                value=NewTicketState.already_checked,
                on_change=lambda value: NewTicketState.set_field("already_checked", value),
                placeholder="e.g. the channel is public, the link still opens, current count 12,400",
                max_length=ALREADY_CHECKED_MAX,
                rows="3",
                width="100%",
            ),
            "already_checked",
        ),
        spacing="4",
        width="100%",
    )


def _checklist_row(row: ChecklistRow) -> rx.Component:
    return rx.hstack(
        rx.cond(
            row.met,
            rx.icon("circle-check", color=rx.color("green", 9), size=18, flex_shrink="0"),
            rx.icon("circle", color=rx.color("gray", 8), size=18, flex_shrink="0"),
        ),
        rx.vstack(
            rx.text(
                row.label,
                rx.cond(row.required, "", " (optional)"),
                weight="medium",
                size="2",
            ),
            rx.text(row.hint, size="1", color_scheme="gray"),
            spacing="0",
        ),
        align="start",
        spacing="2",
        data_met=rx.cond(row.met, "yes", "no"),
        id=f"check-{row.key}",
    )


def _checklist_panel() -> rx.Component:
    ready = NewTicketState.quality == "Ready for review"
    return rx.card(
        rx.vstack(
            rx.text("TICKET QUALITY", size="1", weight="bold", color_scheme="gray"),
            rx.badge(
                NewTicketState.quality,
                color_scheme=rx.cond(ready, "green", "amber"),
                size="3",
                id="ticket-quality",
            ),
            rx.separator(),
            rx.text("What a good ticket includes", weight="bold", size="2"),
            rx.foreach(NewTicketState.checklist_rows, _checklist_row),
            spacing="3",
            id="checklist",
        ),
    )


def _expectation_note() -> rx.Component:
    note = NewTicketState.expectation
    return rx.cond(
        note,
        rx.callout.root(
            rx.callout.icon(rx.icon("scale")),
            rx.vstack(
                rx.text("What to expect", weight="bold", size="2"),
                rx.text(note.headline, size="2", id="expectation-headline"),
                rx.unordered_list(rx.foreach(note.reasons, lambda reason: rx.list_item(rx.text(reason, size="1")))),
                rx.cond(note.boundary != "", rx.text(note.boundary, size="1", style={"font_style": "italic"})),
                spacing="1",
            ),
            color_scheme=rx.match(note.tone, ("positive", "green"), ("negative", "orange"), "blue"),
            id="what-to-expect",
            width="100%",
        ),
    )


def _send_bar() -> rx.Component:
    return rx.vstack(
        _expectation_note(),
        screening_alerts(NewTicketState.alerts, NewTicketState.remove_flagged),
        _field_error("form"),
        rx.cond(
            NewTicketState.missing != "",
            rx.text(NewTicketState.missing, size="2", color_scheme="amber", id="missing-items"),
        ),
        rx.hstack(
            rx.button(
                "Send ticket",
                size="3",
                on_click=NewTicketState.submit,
                disabled=~NewTicketState.can_send,
                loading=NewTicketState.submitting,
                id="send-ticket",
            ),
            rx.button("Start over", size="3", variant="ghost", color_scheme="gray", on_click=NewTicketState.start_over),
            spacing="3",
        ),
        spacing="3",
        width="100%",
    )


def new_ticket_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("Support Review Studio", size="7"),
            rx.text(
                "Open one clear ticket: pick the issue, pick the order, and the checklist shows "
                "what support still needs.",
                color_scheme="gray",
            ),
            spacing="1",
            margin_bottom="1.5em",
        ),
        rx.grid(
            rx.vstack(
                _issue_type_picker(),
                rx.cond(NewTicketState.shows_order, _order_picker()),
                rx.cond(NewTicketState.issue_type != "", _details()),
                rx.cond(NewTicketState.issue_type != "", _send_bar()),
                spacing="6",
                width="100%",
            ),
            rx.vstack(_checklist_panel(), do_not_send_reminder(), spacing="4", position="sticky", top="5em"),
            columns=rx.breakpoints(initial="1", md="minmax(0, 1fr) 300px"),
            spacing="6",
            align_items="start",
            data_loaded=rx.cond(NewTicketState.loaded, "yes", "no"),
            id="studio",
        ),
    )


PAGE = dict(route="/tickets/new", title="Open a ticket | Support Review Studio", on_load=NewTicketState.load_studio)
