"""The studio's state: the draft as the customer types it, screened on every
edit, and everything the page derives from it.

The form's inputs are uncontrolled: the browser keeps what is typed and sends
each edit; the server never echoes the text back, so an edit's reply is a few
hundred bytes whatever the length of the summary. The server keeps the draft in
`_fields`, with flagged spans already cut out: text that screening flags never
sits in the state (nor in Redis with several workers), the draft store or the
database. When the server changes a field itself (restore, "Remove it", a type
switch, a picked order), it updates `form_values` and sets the input's value."""

import asyncio
import dataclasses
import functools
import time
import uuid
from datetime import datetime

import reflex as rx

from support_studio import evidence, routes, screening, tickets
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, as_id
from support_studio.formatting import money
from support_studio.models import Payment, utc_now
from support_studio.pages.studio import draft_store
from support_studio.states import live
from support_studio.states.alerts import ScreeningAlert
from support_studio.states.auth import AuthState, run_in_session, throttle
from support_studio.states.evidence import EvidenceComposer
from support_studio.states.thread import box_text_if_changed, without_flagged_in_box
from support_studio.states.views import VerdictView, verdict_view
from support_studio.text_hygiene import text_argument
from support_studio.ticket_quality import (
    DATE_FIELDS,
    FIELDS_BY_NAME,
    HALF_TYPED_DATE,
    ISSUE_GUIDES,
    SCREENED_FIELDS,
    TicketDraft,
    assess,
    default_subject,
    field_errors,
    label_for,
    method_key,
    payment_date_range,
    picked_value_error,
    still_typing,
    summary_is_clear,
)

DRAFT_SAVE_SECONDS = 2  # typing saves the draft this long after an edit, not per keystroke
ORDER_QUERY_MAX = 200


@dataclasses.dataclass
class OrderOption:
    id: int
    service: str
    link: str
    status: str
    status_label: str
    quantity: str
    created: str


@dataclasses.dataclass
class PaymentChoice:
    reference: str
    detail: str


@dataclasses.dataclass
class ChecklistRow:
    key: str
    label: str
    hint: str
    required: bool
    met: bool
    flagged: bool
    field: str
    given: bool = False  # something is typed (or was, and refused) that does not do yet


def _order_option(record: tickets.OrderRecord) -> OrderOption:
    order = record.order
    return OrderOption(
        id=order.id,
        service=record.service.name,
        link=order.link,
        status=order.status,
        status_label=ORDER_STATUSES[order.status],
        quantity=f"{order.quantity:,}",
        created=order.created_at.strftime("%d %b %Y"),
    )


def _payment_choice(payment: Payment) -> PaymentChoice:
    return PaymentChoice(
        payment.reference, f"{payment.method}, {money(payment.amount_cents)}, {payment.created_at:%d %b %Y}"
    )


class StudioState(EvidenceComposer, AuthState):
    issue_type: str = ""
    picked_order: OrderOption | None = None
    order_options: list[OrderOption] = []
    order_search_said: str = ""  # what a search found, said politely (empty until one is typed)
    order_terms: str = ""
    existing_ticket_number: int = 0
    payment_choices: list[PaymentChoice] = []
    payment_dates: tuple[str, str] = ("", "")  # the date picker's first and last day (YYYY-MM-DD)
    # The values the inputs start from; changed only when the server changes a field.
    form_values: dict[str, str] = dict.fromkeys(FIELDS_BY_NAME, "")
    alerts: list[ScreeningAlert] = []
    server_errors: dict[str, str] = {}  # refusals from the last send, by field
    # Fields whose flagged words "Remove it" took, until each is edited again: read them again.
    removed_from: list[str] = []
    # Another tab saved the draft since this one last did: this tab saves nothing over it until
    # the customer chooses which draft to keep.
    left_behind: bool = False
    # ...and sent it, as this ticket (0: not sent): this tab's draft must not go a second time.
    sent_elsewhere: int = 0
    # A type picked whose switch would remove what the customer entered: asked first
    # (arrow keys move through the types, and each one they pass is picked).
    pending_type: str = ""
    pending_question: str = ""
    submitting: bool = False
    sent_ticket_number: int = 0  # where the draft went (a new ticket, or added to an open one)
    loaded: bool = False

    _fields: dict[str, str] = {}
    _refused: list[str] = []  # fields whose typed value was refused (a payment date in the future)
    _draft_known_at: datetime | None = None  # when this tab last loaded or saved the draft
    _order_id: int = 0
    _facts: object = None  # service_rules.OrderFacts of the picked order
    _payments: list = []  # (reference, method key, amount text, date text) of the customer's payments
    _submission_key: str = ""
    _trimmed: list[str] = []
    # Fields a reload brought back without what screening cut from them, until each is edited again.
    _cut_on_return: list[str] = []
    # The draft shown was picked up from the store (a new tab, a new day), not typed in this tab:
    # the page says so, or more would be typed on top of it unnoticed (UX audit 11, F6).
    _draft_came_back: bool = False
    _draft_revision: int = 0  # of the stored draft this tab's draft goes over
    _save_pending: bool = False
    _resumed: bool = False  # a new connection proved this tab's sign-in: see _resume
    _left: list[str] = []  # fields the customer has left once: only theirs show what is unusable
    _typed_lengths: dict[str, int] = {}  # of the box's text each field was kept from
    # The count as it was before the customer began typing it again: "What to expect" judges that
    # one until the field is left, not "1", then "12", then none at "12," (UX audit 10, F5).
    _count_typed_over: str | None = None

    # ---- derived (uncached: recomputed per event, sent only when they change) ----

    def _draft(self) -> TicketDraft:
        # The plain dict behind `_fields`: each read of a state's dict wraps it in a
        # new proxy, and each lookup through it another (the derived vars below call
        # this several times per edit; this is read only).
        fields = self._fields
        fields = getattr(fields, "__wrapped__", fields)
        return TicketDraft(
            issue_type=self.issue_type,
            order_id=self._order_id or None,
            **{name: fields.get(name, "") for name in FIELDS_BY_NAME},
        )

    def _flagged(self) -> frozenset[str]:
        return frozenset(alert.field for alert in self.alerts)

    @rx.var
    def flagged_fields(self) -> list[str]:
        """The fields an alert stands under: invalid until the flagged text goes."""
        return sorted(self._flagged())

    def _assessment(self):
        return _assess(self._draft(), self._flagged(), frozenset(FIELDS_BY_NAME).difference(self._left))

    @rx.var(cache=False)
    def picked_payment(self) -> str:
        """The reference in the payment field: its chip shows as picked."""
        return self._fields.get("payment_reference", "")

    @rx.var(cache=False)
    def checklist(self) -> list[ChecklistRow]:
        # given: the customer typed something in the row's field, kept, or refused and said beside it.
        draft, refused = self._draft(), frozenset(self._refused)
        return [
            ChecklistRow(
                **vars(item),
                given=item.field in refused
                or (item.field in FIELDS_BY_NAME and bool(getattr(draft, item.field).strip())),
            )
            for item in self._assessment().items
        ]

    @rx.var(cache=False)
    def quality(self) -> str:
        return self._assessment().label

    @rx.var(cache=False)
    def ready(self) -> bool:
        return self._assessment().ready

    @rx.var(cache=False)
    def missing(self) -> str:
        missing = self._assessment().missing
        return ("Still missing: " + ", ".join(missing) + ".") if missing and self.issue_type else ""

    @rx.var
    def notice(self) -> str:
        """What the studio did to the draft on its own: brought it back from an earlier visit, or
        cut a secret from a field a reload brought back."""
        if not self._cut_on_return:
            if self._draft_came_back:
                return "Your unsent ticket is back as you left it. Carry on, or use Start over to begin a new one."
            return ""
        fields = ", ".join(label_for(name, self.issue_type) for name in self._cut_on_return)
        return (
            "Your draft is back. Before keeping it, we cut out what looked like a password, code or "
            f"other access detail from: {fields}."
        )

    @rx.var
    def full_fields(self) -> list[str]:
        """Typed fields filled up to their limit: the browser cut anything pasted past it."""
        return [name for name in SCREENED_FIELDS if len(self._fields.get(name, "")) >= FIELDS_BY_NAME[name].limit]

    @rx.var(cache=False)
    def errors(self) -> dict[str, str]:
        """A message per field: what the server refused, else what is unusable now."""
        flagged = self._flagged()
        live = {
            name: text
            for name, text in field_errors(self._draft()).items()
            if name not in flagged and name in self._left  # not while it is still being typed
        }
        return {**live, **self.server_errors}

    @rx.var(cache=False)
    def expectation(self) -> VerdictView | None:
        if self._facts is None:
            return None
        draft = self._draft()
        if self._count_typed_over is not None:
            draft = dataclasses.replace(draft, current_count=self._count_typed_over)
        draft = draft.visible_only()
        return _expect(self._facts, draft, int(time.time() // 60))

    @rx.var(cache=False)
    def summary_length(self) -> int:
        return len(self._fields.get("summary", ""))

    @rx.var(cache=False)
    def target_preview(self) -> str:
        """The normalised link, shown under the field while it parses."""
        text = self._fields.get("target_text", "").strip()
        try:
            return tickets.parse_target(text).canonical if text else ""
        except ValueError:
            return ""

    @rx.var(cache=False)
    def can_add_to_existing(self) -> bool:
        flagged = self._flagged()
        return summary_is_clear(self._fields.get("summary", "")) and not flagged & {"summary", *tickets.ADDED_FIELDS}

    @rx.var
    def guide_include(self) -> str:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide.include if guide else ""

    @rx.var
    def shown(self) -> list[str]:
        """The fields the chosen type shows."""
        return TicketDraft(issue_type=self.issue_type).shown_fields() if self.issue_type else []

    @rx.var
    def shows_order(self) -> bool:
        guide = ISSUE_GUIDES.get(self.issue_type)
        return guide is not None and guide.order_item != "hidden"

    @rx.var
    def target_label(self) -> str:
        return label_for("target_text", self.issue_type)

    @rx.var
    def subject_placeholder(self) -> str:
        order = self.picked_order.id if self.picked_order else None
        return default_subject(self.issue_type, order) if self.issue_type else "Pick an issue type first"

    # Uncached like `ready`, which it reads: a cached var that reads an uncached one
    # goes out with every delta, and each delta redraws the page.
    @rx.var(cache=False)
    def can_send(self) -> bool:
        return self.ready and not self.submitting and not self.uploading

    # ---- helpers ----

    def _customer(self, fresh: bool = False):
        return self._signed_in_as("customer", fresh)

    def _staging_place(self) -> str:
        return evidence.NEW_TICKET_PLACE

    def _composer(self, fresh: bool = False):
        return self._customer(fresh)

    def _forget_send_said(self, name: str) -> None:
        """A field changed: what the last Send said of it, and of the form, no longer holds."""
        if name in self.server_errors or "form" in self.server_errors:
            self.server_errors = {key: text for key, text in self.server_errors.items() if key not in (name, "form")}

    def _set_field(self, name: str, value: str) -> list[rx.event.EventSpec]:
        """The server changes a field: keep it, show it in the input, screen it (and what the
        last Send said of it no longer holds)."""
        self._forget_send_said(name)
        self._fields = {**self._fields, name: value}
        self.form_values = {**self.form_values, name: value}
        self._screen_form(name)
        return [rx.set_value(name, value)]

    def _screen(self, name: str, edited: bool = True) -> None:
        """Screen one field (read with the fields before and after it on the form); keep
        only what is not flagged, and show the alert. A field not `edited` just
        now keeps the alert it has: the browser still shows what that alert flagged."""
        if name not in SCREENED_FIELDS:
            return
        text = self._fields.get(name, "")
        values = {other: self._fields.get(other, "") for other in SCREENED_FIELDS}
        findings = tickets.screen_field(values, name)
        if findings:  # one cut for what is kept and for what the alert masks
            scan_again = lambda rest: tickets.screen_field({**values, name: rest}, name)  # noqa: E731
            spans = screening.cut_spans(text, findings, scan_again)
            self._fields = {**self._fields, name: screening.kept_after(text, spans, scan_again)}
            if name not in self._trimmed:  # what a reload shows says so
                self._trimmed = [*self._trimmed, name]
        if not edited and any(alert.field == name for alert in self.alerts):
            return
        others = [alert for alert in self.alerts if alert.field != name]
        if findings:
            others.append(ScreeningAlert.from_findings(name, label_for(name, self.issue_type), text, findings, spans))
        if others != self.alerts:
            self.alerts = others

    def _screen_form(self, edited: str) -> None:
        """Screen the edited field, then the others read with it: a label typed
        after its value, in another field ("Tr0ub4dor&3x" in the summary, then "my
        password is" in the subject), flags the value where it sits."""
        self._screen(edited)
        for name in SCREENED_FIELDS:
            if name != edited:
                self._screen(name, edited=False)

    def _renew_key(self) -> None:
        # A new key whenever the type or order changes: one key, one ticket's content.
        self._submission_key = uuid.uuid4().hex

    def _saved_draft(self) -> draft_store.SavedDraft:
        return draft_store.SavedDraft(
            self.issue_type, self._order_id or None, dict(self._fields), sorted(self._trimmed)
        )

    def _save_draft(self, customer_id: int) -> None:
        if self._customer(fresh=True) is not None:  # a write: the sign-in is checked in the database
            self._store_draft(customer_id)

    def _store_draft(self, customer_id: int, keep_this: bool = False) -> None:
        """Save over the revision this tab knows (`keep_this`: over whatever is there)."""
        if self.left_behind and not keep_this:
            return
        self._took(*run_in_session(self._save_or_find_sender, customer_id, self._over(keep_this)))

    def _over(self, keep_this: bool = False) -> int | None:
        return None if keep_this else self._draft_revision

    def _save_or_find_sender(self, session, customer_id: int, over: int | None) -> tuple[int | None, int]:
        """Save; when left behind, also the ticket another tab sent meanwhile (0: none)."""
        revision = draft_store.save(session, customer_id, self._saved_draft(), over)
        if revision is not None or self._draft_known_at is None:
            return revision, 0
        return None, draft_store.sent_since(session, customer_id, self._draft_known_at)

    def _took(self, revision: int | None, sent_elsewhere: int = 0) -> None:
        """What a save found: the draft's new revision, or that another tab saved (or sent it) first."""
        if revision is None:
            self._update(left_behind=True, sent_elsewhere=sent_elsewhere)
        else:
            self._draft_revision, self._draft_known_at = revision, utc_now()
            self._update(left_behind=False, sent_elsewhere=0)

    def _save_draft_soon(self):
        """After typing: one save a moment later covers every keystroke until then."""
        if self._save_pending:
            return None
        self._save_pending = True
        return StudioState.save_typed_draft

    def _keep_for_reload(self) -> None:
        """Before the tab forgets its sign-in on a new connection (a reload): a draft
        typed since the last save is saved, so the reload finds it."""
        if self._save_pending and self._account_id:
            self._save_pending = False
            self._store_draft(self._account_id)

    def _pick(self, customer_id: int, order_id: int) -> bool:
        with rx.session() as session:
            record = tickets.customer_order(session, customer_id, order_id)
            open_ticket = record and tickets.open_ticket_for_order(session, customer_id, order_id)
        if record is None:
            return False
        self.picked_order = _order_option(record)
        self._order_id = order_id
        self._facts = tickets.order_facts(record)
        self.order_terms = record.service.terms_note
        self.existing_ticket_number = open_ticket.id if open_ticket else 0
        return True

    def _unpick(self) -> None:
        self.picked_order, self._order_id, self._facts = None, 0, None
        self.order_terms, self.existing_ticket_number = "", 0

    def _load_orders(self, customer_id: int, query: str = "") -> None:
        with rx.session() as session:
            records = tickets.search_customer_orders(session, customer_id, query)
        self._update(order_options=[_order_option(record) for record in records])

    def _resume(self) -> None:
        """A new connection that proved this tab's sign-in (AuthState._resumed_by): a reconnect
        after a drop, or a reload. Boxes still on the page hold what was typed (what was typed
        while the link was down follows as edits), and boxes drawn afresh start from form_values:
        both show the fields as edited, and the page's next load leaves them alone (_restore)."""
        self._resumed = True
        self.form_values = {**self.form_values, **self._as_edited()}

    def _as_edited(self) -> dict[str, str]:
        """Each box's text as its edits left it; not a flagged box's, which the server never keeps."""
        flagged = self._flagged()
        return {name: self._fields.get(name, "") for name in FIELDS_BY_NAME if name not in flagged}

    def _restore(self, customer_id: int) -> list:
        """A new tab, a reload under another sign-in, or a new day picks up the customer's saved
        draft, and so does a tab another one saved over (the store keeps the newer draft); this
        tab's own draft is still here when the customer comes back to the page, reloads it or
        reconnects (states/auth.py), and what was typed while the link was down follows as edits."""
        with rx.session() as session:
            saved = draft_store.load(session, customer_id)
        # What each box shows, as far as the server can say: a box drawn afresh, form_values; after
        # a resume, its field as edited (edits may have come in since); a flagged box, neither.
        flagged = self._flagged()
        shown = {**self.form_values, **(self._as_edited() if self._resumed else {})}
        shown = {name: text for name, text in shown.items() if name not in flagged}
        resumed, self._resumed = self._resumed, False
        if saved.revision != self._draft_revision or (not self._fields and not self.issue_type):
            self._draft_revision, self.left_behind, self.sent_elsewhere = saved.revision, False, 0
            self._draft_came_back = bool(saved.issue_type or any(saved.fields.values()))
            self._draft_known_at = utc_now()
            self.issue_type = saved.issue_type
            self._fields = {name: saved.fields.get(name, "") for name in FIELDS_BY_NAME}
            self._count_typed_over = None
            self._trimmed = saved.trimmed
            self._left = [name for name, text in self._fields.items() if text]
            self._unpick()
            if saved.order_id is not None:
                self._pick(customer_id, saved.order_id)
        # Boxes drawn afresh (a reload, back on the page) show the text without what an alert flagged.
        self._trimmed = sorted({*self._trimmed, *(alert.field for alert in self.alerts)})
        for name in SCREENED_FIELDS:
            self._screen(name)  # rules may have learned since it was saved
        self._cut_on_return = sorted(self._trimmed)
        self._update(alerts=[], form_values={name: self._fields.get(name, "") for name in FIELDS_BY_NAME})
        if not self._submission_key:
            self._renew_key()
        # Only the inputs whose text changed: rewriting the others could undo a key typed meanwhile.
        events = [rx.set_value(name, value) for name, value in self.form_values.items() if shown.get(name) != value]
        if resumed:
            events += [
                box_text_if_changed(name, self.form_values[name], StudioState.edit_field(name))
                for name in SCREENED_FIELDS
            ]
        return events

    # ---- events ----

    @rx.event
    async def load_studio(self, token: str = ""):
        account, redirect = await self._require(token, "customer", StudioState.load_studio)
        if account is None:
            return redirect
        self._restore_staged(account.id)
        self._count_typed_over = None  # a page drawn afresh: no box has focus
        with rx.session() as session:
            payments = tickets.customer_payments(session, account.id)
        self._update(
            sent_ticket_number=0,
            order_search_said="",
            submitting=False,
            server_errors={},
            payment_choices=[_payment_choice(payment) for payment in payments],
            payment_dates=tuple(day.isoformat() for day in payment_date_range()),
        )
        self._payments = [
            (p.reference, method_key(p.method), f"{p.amount_cents / 100:.2f}", p.created_at.date().isoformat())
            for p in payments
        ]
        self._load_orders(account.id)
        events = self._restore(account.id)
        self._update(loaded=True)
        return events

    def _losses(self, issue_type: str) -> list[str]:
        """What switching to `issue_type` would remove of what the customer entered."""
        visible = dataclasses.replace(self._draft(), issue_type=issue_type).visible_only()
        lost = [
            label_for(name, self.issue_type)
            for name in FIELDS_BY_NAME
            if self._fields.get(name) and not getattr(visible, name)
        ]
        if visible.order_id is None and self._order_id:
            lost.insert(0, f"the picked order #{self._order_id}")
        return lost

    @rx.event
    def choose_issue_type(self, issue_type: str):
        customer = self._customer()
        if customer is None or issue_type not in ISSUE_TYPES:
            return
        self._update(pending_type="", pending_question="")
        if issue_type == self.issue_type:
            return
        lost = self._losses(issue_type)
        if lost:
            self.pending_type = issue_type
            self.pending_question = (
                f"Switch to {ISSUE_TYPES[issue_type]}? That removes {', '.join(lost[:-1]) + ' and ' if lost[1:] else ''}"
                f"{lost[-1]}."
            )
            return
        return self._switch_type(customer, issue_type)

    @rx.event
    def confirm_issue_type(self):
        customer = self._customer()
        if customer is None or self.pending_type not in ISSUE_TYPES:
            return
        issue_type = self.pending_type
        self.pending_type = self.pending_question = ""
        # The question goes with its buttons: focus back on the type now chosen.
        return [*self._switch_type(customer, issue_type), rx.set_focus(f"issue-type-{issue_type}")]

    @rx.event
    def keep_issue_type(self):
        if self._customer() is not None:
            self.pending_type = self.pending_question = ""
            return rx.set_focus(f"issue-type-{self.issue_type}")

    def _switch_type(self, customer, issue_type: str) -> list:
        self.issue_type = issue_type
        # What the new type hides is dropped here and in the browser.
        visible = self._draft().visible_only()
        events = []
        for name in FIELDS_BY_NAME:
            if self._fields.get(name) and not getattr(visible, name):
                events += self._set_field(name, "")
        if visible.order_id is None and self._order_id:
            self._unpick()
        self.server_errors = {}
        self._renew_key()
        self._save_draft(customer.id)
        return events

    @rx.event
    def leave_field(self, name: str, value: str | None = None):
        """The box was left, showing `value` (its last edit may still be held back)."""
        events = self._edit(name, value) if value is not None else None
        self._leave(name)
        return events

    def _leave(self, name: str) -> None:
        if not isinstance(name, str) or self._customer() is None or name not in FIELDS_BY_NAME:
            return
        if name == "current_count":
            self._count_typed_over = None
        if name not in self._left:
            self._left = [*self._left, name]

    @rx.event
    def edit_date(self, name: str, value: str, half_typed: bool):
        """A date field's edit. While a part of the date is cleared or half typed the browser
        says "": the date stays as it was, and the checklist with it, until the part is whole
        again or the field is left."""
        if half_typed is not True:
            return self._edit(name, value)

    @rx.event
    def leave_date(self, name: str, half_typed: bool):
        """Left with a part of the date half typed: no date is given, and the field says why."""
        saved = None
        if half_typed is True and isinstance(name, str) and name in DATE_FIELDS and self._customer() is not None:
            saved = self._edit(name, "")
            self.server_errors = {**self.server_errors, name: HALF_TYPED_DATE}
        self._leave(name)
        return saved

    @rx.event
    def edit_field(self, name: str, value: str):
        """One edit of a field, as the browser has it now. The draft is saved a
        moment later, off the event loop (save_typed_draft), not per keystroke."""
        return self._edit(name, value)

    def _edit(self, name: str, value: str):
        ticket_field = FIELDS_BY_NAME.get(name) if isinstance(name, str) else None
        value = text_argument(value, ticket_field.limit + 64) if ticket_field else None
        customer = self._customer()
        # Sent from this tab: a held-back edit that follows its Send must not bring the text back as a draft.
        if value is None or customer is None or self.sent_ticket_number:
            return
        # The same text again changes nothing (and says nothing new): an edit the blur brought first, or
        # the box taking what "Remove it" left, whose note stays until the text is rewritten.
        if value == self._fields.get(name):
            return
        return self._take_edit(name, value)

    def _take_edit(self, name: str, value: str):
        # A date whose year is half typed is kept, unjudged until it is whole or the field is left.
        picked = not FIELDS_BY_NAME[name].screened and not still_typing(name, value)
        refusal = picked_value_error(name, value) if picked else ""
        self._refused = [other for other in self._refused if other != name] + ([name] if refusal else [])
        if refusal:  # e.g. a payment date in the future: not kept, and said beside the field
            self._fields = {key: text for key, text in self._fields.items() if key != name}
            self.server_errors = {**self.server_errors, name: refusal}
            return self._save_draft_soon()
        if name == "current_count" and self._count_typed_over is None:
            self._count_typed_over = self._fields.get(name, "")
        self._fields = {**self._fields, name: value}
        if name in self._trimmed:
            self._trimmed = [other for other in self._trimmed if other != name]
        if name in self._cut_on_return:  # rewritten since: the notice no longer speaks of it
            self._cut_on_return = [other for other in self._cut_on_return if other != name]
        if name in self.removed_from:
            self.removed_from = [other for other in self.removed_from if other != name]
        self._typed_lengths = {**self._typed_lengths, name: len(value)}
        self._screen_form(name)
        self._forget_send_said(name)
        return self._save_draft_soon()

    @rx.event(background=True)
    async def save_typed_draft(self):
        """Save the draft as it is a moment after typing (off the event loop)."""
        await asyncio.sleep(DRAFT_SAVE_SECONDS)
        async with self:  # holds this tab's state: a send can't slip in between
            if not self._save_pending:  # saved meanwhile (a reload), or the tab forgot its sign-in
                return None
            self._save_pending = False
            account_id, token_hash = self._account_id, self._token_hash
            customer = self._signed_in_as("customer", fresh=True)
            if customer is None:  # signed out elsewhere or expired: say so now, not at Send
                # Run out of time, what was typed since the last save waits for the next sign-in (UX
                # audit 9); ended (a sign-out, perhaps of a lost device), nothing more is written.
                kept_for = await asyncio.to_thread(self._draft_kept_for, account_id, token_hash)
                if kept_for is not None:
                    await asyncio.to_thread(self._store_draft, kept_for)
                await self._still_signed_in("customer")  # the tab forgets
                return self._to_sign_in(ended=True)
            if not self.left_behind:
                self._took(
                    *await asyncio.to_thread(run_in_session, self._save_or_find_sender, customer.id, self._over())
                )

    @rx.event
    def search_orders(self, query: str):
        customer = self._customer()
        query = text_argument(query, ORDER_QUERY_MAX)
        if customer is not None and query is not None:
            self._load_orders(customer.id, query)
            self.order_search_said = _orders_found(len(self.order_options))

    @rx.event
    def pick_order(self, order_id: int):
        customer = self._customer()
        order_id = as_id(order_id)
        if customer is None or order_id is None:
            return
        if not self._pick(customer.id, order_id):
            self.server_errors = {**self.server_errors, "order_id": "Pick one of your own orders."}
            return
        record = self.picked_order
        self.server_errors = {key: text for key, text in self.server_errors.items() if key != "order_id"}
        self._renew_key()
        # "Target changed" asks what the target is now: the order's old link is no answer.
        target = "" if self.issue_type == "target" else record.link
        events = self._set_field("target_text", target) + self._set_field("reported_status", record.status)
        self._save_draft(customer.id)
        return [*events, rx.set_focus("change-order")]  # the Pick button is gone: focus stays in the step

    # Like every studio edit: check the sign-in, change, renew the key if the content changed, save the draft.
    @rx.event
    def clear_order(self):
        customer = self._customer()
        if customer is None:
            return
        # The count the customer sees was counted for the order that goes.
        events = self._set_field("current_count", "") if self._fields.get("current_count") else []
        self._unpick()
        self._renew_key()
        self._save_draft(customer.id)
        return [*events, rx.set_focus("order-search")]

    @rx.event
    def pick_payment(self, reference: str):
        """Fill the payment fields from one of the customer's own payments."""
        customer = self._customer()
        payment = next((p for p in self._payments if p[0] == reference), None)
        if customer is None or payment is None:
            return
        events = []
        for name, value in zip(
            ("payment_reference", "payment_method", "payment_amount", "payment_date"), payment, strict=True
        ):
            events += self._set_field(name, value)
        self._save_draft(customer.id)
        return events

    @rx.event
    def remove_flagged(self, name: str):
        """The alert's "Remove it": the field keeps its text without the flagged spans."""
        customer = self._customer()
        if customer is None or name not in FIELDS_BY_NAME:
            return
        kept, typed_length = self._fields.get(name, ""), self._typed_lengths.get(name, 0)
        self._set_field(name, kept)  # already without them
        self._trimmed = [other for other in self._trimmed if other != name]  # their own doing: no notice
        self.removed_from = [*[other for other in self.removed_from if other != name], name]
        self._save_draft(customer.id)
        # In the box, after keys typed meanwhile (UX audit 9, F3); focus is back there already (screening_alert).
        return without_flagged_in_box(name, kept, typed_length)

    @rx.event
    def start_over(self):
        customer = self._customer()
        if customer is None:
            return
        with rx.session() as session:
            draft_store.discard(session, customer.id)
        self._discard_staged(customer.id, self._staged_ids())  # as the dialog says: the files go too
        self._clear_staged()
        return [*self._afresh(customer.id), rx.set_focus("main")]  # the dialog is gone: not to the body

    @rx.event
    def use_other_tabs_draft(self):
        """Left behind: this tab takes the draft the other tab saved."""
        customer = self._customer()
        if customer is not None:
            return [*self._afresh(customer.id), rx.set_focus("main")]  # the choice is gone: not to the body

    @rx.event
    def keep_this_tabs_draft(self):
        """Left behind: this tab's draft is saved over the other tab's."""
        customer = self._customer(fresh=True)
        if customer is not None:
            self._store_draft(customer.id, keep_this=True)
            return rx.set_focus("main")  # the choice is gone: not to the body

    def _afresh(self, customer_id: int) -> list:
        """The page as a new tab would show it: the stored draft, or an empty one."""
        self.issue_type, self._fields, self._trimmed, self._left, self._refused = "", {}, [], [], []
        self._unpick()
        self._renew_key()
        self.server_errors, self._cut_on_return, self.removed_from = {}, [], []
        return self._restore(customer_id)

    @rx.event
    async def submit(self):
        if self.sent_ticket_number:  # a second click after the ticket was stored
            yield rx.redirect(routes.ticket(self.sent_ticket_number))
            return
        customer = self._customer(fresh=True)
        if customer is None:  # (a sign-in that ended is said on the sign-in page)
            yield self._to_sign_in(ended=self.sign_in_ended)
            return
        if self.uploading:  # the button stays focusable: it says why
            self.server_errors = {**self.server_errors, "form": "Wait until your files are attached, then send."}
            return
        if self.sent_elsewhere:  # that tab sent it: this one must not send it a second time
            self.server_errors = {
                **self.server_errors,
                "form": "This draft may have gone already: see the notice above.",
            }
            yield rx.set_focus("left-behind")
            return
        if self.alerts:  # the button stays focusable: it says why, and goes to what the alert flags
            self.server_errors = {**self.server_errors, "form": "Remove what the alert flags first, then send."}
            yield rx.set_focus(self.alerts[0].field)
            return
        if not self.ready:  # each field still needed says so beside it, and focus goes to the first
            needed = [i for i in self._assessment().items if i.required and not i.met and not i.flagged]
            # A field given but unusable keeps its own message (now shown); the others say what they need.
            unusable = field_errors(self._draft())
            given = [i.field for i in needed if i.field in unusable or i.field in self._refused]
            self._left = [*self._left, *(name for name in given if name not in self._left)]
            self.server_errors = {
                **self.server_errors,
                **{i.field: f"Still needed: {i.hint}" for i in needed if i.field not in given},
                "form": "Fill in what is marked as still needed, then send."
                if needed
                else "Choose the issue type first, then send.",
            }
            if needed:
                yield rx.set_focus("order-search" if needed[0].field == "order_id" else needed[0].field)
            return
        self.submitting = True
        yield
        draft, key, files = self._draft(), self._submission_key, self._staged_ids()
        try:
            # The database work runs off the event loop: other customers' edits
            # and confirmations do not wait for this one.
            number = await asyncio.to_thread(run_in_session, _submit, customer.id, draft, key, files)
        except tickets.TicketRejected as rejected:
            self.submitting = False
            self.server_errors = rejected.errors
            if "form" in rejected.errors and "sent as ticket" in rejected.errors["form"]:
                self._renew_key()  # that key belongs to the other tab's ticket
            return
        self.sent_ticket_number = number
        self.submitting = False
        self._save_pending = False  # the draft went with the ticket: a save still to come would find it gone
        self._clear_staged()
        self.issue_type, self._fields, self._trimmed = "", {}, []
        self._unpick()
        self._renew_key()
        yield rx.toast.success(f"Ticket #{number} sent. Support replies in this thread.")
        yield rx.redirect(routes.ticket(number))

    @rx.event
    def add_to_existing_ticket(self):
        """Post the summary, the count and what was checked, with the attached files, to the
        open ticket for this order instead of a new one."""
        customer = self._customer(fresh=True)
        number = self.existing_ticket_number
        if customer is None or not number or self.uploading:
            return
        if not self.can_add_to_existing:  # the button stays in the Tab order: pressed, it says why
            self.server_errors = {**self.server_errors, "summary": ADD_NEEDS_SUMMARY}
            return rx.set_focus("summary")
        body, files = tickets.added_message_body(self._draft()), self._staged_ids()
        try:
            with rx.session() as session:
                tickets.add_customer_message(
                    session, customer.id, number, body, throttle(), files, staged_at=self._staging_place()
                )
                draft_store.discard(session, customer.id)
        except tickets.TicketRejected as rejected:
            self.server_errors = {**self.server_errors, "summary": rejected.errors["message"]}
            return
        self._clear_staged()
        self.sent_ticket_number = number  # a second press goes to it
        self._save_pending = False
        self.issue_type, self._fields, self._trimmed = "", {}, []
        self._unpick()
        live.announce(number)
        return [rx.toast.success(f"Added to ticket #{number}."), rx.redirect(routes.ticket(number))]


ADD_NEEDS_SUMMARY = (
    "Write what happened in Summary first (8 words or more, no flagged part), then add it to the ticket."
)


def _orders_found(found: int) -> str:
    if not found:
        return "No order of yours matches that search."
    if found >= tickets.ORDER_SEARCH_LIMIT:
        return f"The latest {found} matching orders are shown."
    return "1 order matches." if found == 1 else f"{found} orders match."


# The derived vars of one event share one assessment (a draft is hashable).
@functools.lru_cache(maxsize=512)
def _assess(draft: TicketDraft, flagged: frozenset[str], typing: frozenset[str]):
    return assess(draft, flagged, typing)


@functools.lru_cache(maxsize=512)
def _expect(facts, draft: TicketDraft, _minute: int) -> VerdictView | None:
    """The verdict for this minute (its wording counts time: "3 days left")."""
    verdict = tickets.expected_outcome(facts, draft)
    return verdict_view(verdict) if verdict is not None else None


def _submit(session, customer_id: int, draft: TicketDraft, key: str, files: list[str]) -> int:
    ticket = tickets.submit_ticket(session, customer_id, draft, key, throttle(), files)
    draft_store.discard(session, customer_id)
    return ticket.id
