"""What a good ticket includes, per issue type: the guidance shown when a type is
picked, field validation, the live checklist and the quality indicator.
Plain Python (no Reflex), used by the studio page and again by the server
before it stores a ticket."""

import hashlib
import json
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta

from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES
from support_studio.telegram import parse_target

SUMMARY_MAX = 5000
ALREADY_CHECKED_MAX = 2000
# A "clear" summary says what happened and what was expected: a sentence or two.
SUMMARY_MIN_CHARS = 40
SUMMARY_MIN_WORDS = 8
MAX_COUNT = 1_000_000_000
MAX_AMOUNT_CENTS = 100_000_00
PAYMENT_REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{3,79}")


@dataclass(frozen=True)
class IssueGuide:
    short: str  # one line under the type's name in the picker
    include: str  # what to include, in the seed's "Order Issue" voice
    order_item: str  # "required", "optional" or "hidden"
    needs_payment_details: bool = False
    count_item: str = "hidden"  # "required", "optional" or "hidden"
    target_label: str = "Telegram target"


ISSUE_GUIDES: dict[str, IssueGuide] = {
    "order": IssueGuide(
        short="Include the order ID and submitted Telegram link.",
        include=(
            "For order issues, support needs the order ID, service name, submitted "
            "Telegram target, current status, and a short explanation. If the target "
            "was changed, deleted, private, or restricted, mention it clearly."
        ),
        order_item="required",
    ),
    "refill": IssueGuide(
        short="Include the order ID and the count you see now.",
        include=(
            "Refills are checked against the service's refill window, counted from "
            "completion. Support needs the order ID, the submitted Telegram target, the "
            "current status and the count you see now, to confirm a drop below start "
            "count + quantity. A changed, private or deleted target cannot be refilled."
        ),
        order_item="required",
        count_item="required",
    ),
    "cancellation": IssueGuide(
        short="Include the order ID and why you want to cancel.",
        include=(
            "Cancellation depends on the service's terms and the order's status: most "
            "services allow it only while the order is pending, never once delivery is "
            "in progress. Give the order ID, the current status and your reason."
        ),
        order_item="required",
    ),
    "speed": IssueGuide(
        short="Include the order ID and what you see now.",
        include=(
            'Each service states a start time and a speed (for example "start 0-1 h, '
            '5k/day"). Support can act when an order is outside that window. Give the '
            "order ID, the submitted target, the current status and the count you see now."
        ),
        order_item="required",
        count_item="optional",
    ),
    "drop": IssueGuide(
        short="Include the order ID and the count you see now.",
        include=(
            "Drops are compared with the service's drop and refill terms, the start count "
            "and the quantity. Give the order ID, the submitted target, the current status "
            "and the count you see now."
        ),
        order_item="required",
        count_item="required",
    ),
    "payment": IssueGuide(
        short="Include the payment reference, amount, method and date.",
        include=(
            "For balance top-ups, support needs the payment reference (transaction ID or "
            "provider order number), the amount, the method and when you paid. No order "
            "ID is needed."
        ),
        order_item="hidden",
        needs_payment_details=True,
    ),
    "target": IssueGuide(
        short="Include the order ID and the link as it is now.",
        include=(
            "If the target was changed, deleted, made private or restricted, paste the "
            "link as it is now and say what changed. Support compares it with the "
            "submitted link; options may be limited for private, deleted, renamed or "
            "restricted targets."
        ),
        order_item="required",
        target_label="Telegram target as it is now",
    ),
    "other": IssueGuide(
        short="Describe your question clearly.",
        include=(
            "Tell support what happened, what you expected and what you already checked. "
            "Add the order ID if it is about an order."
        ),
        order_item="optional",
    ),
}


# Which part of the form a field belongs to; the issue guide says which parts show.
ORDER_PART, COUNT_PART, PAYMENT_PART, ALWAYS = "order", "count", "payment", "always"
SHORT_FIELD_MAX = 600
SUBJECT_MAX = 120
PAYMENT_METHODS: dict[str, str] = {
    "card": "Card",
    "crypto": "Crypto",
    "pix": "PIX",
    "bkash": "bKash",
    "bank": "Bank transfer",
    "other": "Other",
}


def method_key(method: str) -> str:
    """The payment method picker's key for a recorded method ("crypto (BTC)" -> crypto)."""
    word = method.lower().split(" ")[0]
    return word if word in PAYMENT_METHODS else "other"


def _field(label: str, limit: int, part: str, screened: bool = True):
    """A ticket field: label, length limit, the part of the form it belongs to, and
    whether it is typed freely (screened before anything is kept)."""
    return field(default="", metadata={"ticket_field": (label, limit, part, screened)})


@dataclass(frozen=True)
class TicketDraft:
    """What the customer has entered: the one declaration of the ticket's fields.
    `order_id` is set only once the server has matched it to one of the
    signed-in customer's own orders."""

    issue_type: str = ""
    order_id: int | None = None
    subject: str = _field("Subject", SUBJECT_MAX, ALWAYS)
    target_text: str = _field("Telegram target", SHORT_FIELD_MAX, ORDER_PART)
    reported_status: str = _field("Current status", 16, ORDER_PART, screened=False)
    current_count: str = _field("Count you see now", 40, COUNT_PART)
    payment_reference: str = _field("Payment reference", 80, PAYMENT_PART)
    payment_amount: str = _field("Amount paid", 20, PAYMENT_PART)
    payment_method: str = _field("Payment method", 16, PAYMENT_PART, screened=False)
    payment_date: str = _field("Date paid", 10, PAYMENT_PART, screened=False)
    summary: str = _field("Summary", SUMMARY_MAX, ALWAYS)
    already_checked: str = _field("What you already checked", ALREADY_CHECKED_MAX, ALWAYS)

    def shown_fields(self) -> list[str]:
        """The fields the chosen issue type shows."""
        parts = _shown_parts(ISSUE_GUIDES.get(self.issue_type))
        return [f.name for f in TICKET_FIELDS if f.part in parts]

    def visible_only(self) -> "TicketDraft":
        """The draft without what the chosen type hides (a payment ticket keeps no
        order, an order ticket no payment details)."""
        guide = ISSUE_GUIDES.get(self.issue_type)
        shown = set(self.shown_fields())
        hidden = {f.name: "" for f in TICKET_FIELDS if f.name not in shown}
        if guide is None or guide.order_item == "hidden":
            hidden["order_id"] = None
        return replace(self, **hidden)

    def fingerprint(self) -> str:
        """A hash of what would be sent, to tie a submission key to its content."""
        visible = self.visible_only()
        content = {f.name: getattr(visible, f.name) for f in fields(self)}
        return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class TicketField:
    name: str
    label: str
    limit: int
    part: str
    screened: bool


TICKET_FIELDS: tuple[TicketField, ...] = tuple(
    TicketField(f.name, *f.metadata["ticket_field"]) for f in fields(TicketDraft) if "ticket_field" in f.metadata
)
FIELDS_BY_NAME = {f.name: f for f in TICKET_FIELDS}
SCREENED_FIELDS = tuple(f.name for f in TICKET_FIELDS if f.screened)


def _shown_parts(guide: "IssueGuide | None") -> set[str]:
    if guide is None:
        return {ALWAYS}
    parts = {ALWAYS}
    if guide.order_item != "hidden":
        parts.add(ORDER_PART)
    if guide.count_item != "hidden":
        parts.add(COUNT_PART)
    if guide.needs_payment_details:
        parts.add(PAYMENT_PART)
    return parts


def label_for(name: str, issue_type: str) -> str:
    """A field's label as the chosen type words it."""
    guide = ISSUE_GUIDES.get(issue_type)
    if name == "target_text" and guide is not None:
        return guide.target_label
    return FIELDS_BY_NAME[name].label


def default_subject(issue_type: str, order_id: int | None, payment_reference: str = "") -> str:
    """The subject a ticket gets when the customer writes none: type and order."""
    what = ISSUE_TYPES.get(issue_type, "Ticket")
    if order_id is not None:
        return f"{what} · order #{order_id}"
    if payment_reference.strip():
        return f"{what} · {payment_reference.strip()[:40]}"
    return what


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    hint: str
    required: bool
    met: bool
    flagged: bool = False  # its field holds what screening stopped: that, not anything missing, holds it back
    field: str = ""  # the form field that gives it ("order_id" for the picked order)


def parse_count(text: str) -> int:
    """A count as people type it ("12400", "12,400", "12 400"); ValueError with the reason.
    Separators only between groups of three digits: "12.5" is no count of 125."""
    text = text.strip()
    if not (text.isascii() and re.fullmatch(r"\d+|\d{1,3}(?:[\s,._']\d{3})+", text)):
        if re.fullmatch(r"\d+[.,]\d{1,2}", text):
            raise ValueError("Type the whole count, for example 12400: a count has no decimals.")
        raise ValueError("Type the count as a number, for example 12400.")
    count = int(re.sub(r"[\s,._']", "", text))
    if count > MAX_COUNT:
        raise ValueError("That count is larger than any Telegram channel.")
    return count


def parse_amount(text: str) -> int:
    """An amount as people type it ("25", "$25.50", "25,50", "1,200.00") in cents;
    ValueError with the reason."""
    cleaned = re.sub(r"[\s$€£₽]|usd|usdt|eur|rub", "", text.strip().lower())
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d{1,2})?", cleaned):
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d{1,7}(\.\d{1,2})?", cleaned):
        raise ValueError("Type the amount as a number, for example 25.50.")
    cents = round(float(cleaned) * 100)
    if not 0 < cents <= MAX_AMOUNT_CENTS:
        raise ValueError("Type the amount you paid, between 0.01 and 100,000.")
    return cents


def payment_date_range(today: date | None = None) -> tuple[date, date]:
    """The earliest and latest payment date a ticket can be about (a day ahead: time zones)."""
    today = today or datetime.now().date()
    return today - timedelta(days=730), today + timedelta(days=1)


# The fields typed in a date picker, and what one says when left with a part half typed.
DATE_FIELDS = frozenset({"payment_date"})
HALF_TYPED_DATE = "Finish the date: a part of it is only half typed."


def parse_payment_date(text: str, today: date | None = None) -> date:
    """A payment date from the date field (YYYY-MM-DD); ValueError with the reason."""
    try:
        paid = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise ValueError("Pick the date you paid.") from None
    earliest, latest = payment_date_range(today)
    if paid > latest:
        raise ValueError("The payment date cannot be in the future.")
    if paid < earliest:
        raise ValueError("Payments older than two years cannot be reviewed here.")
    return paid


def field_errors(draft: TicketDraft) -> dict[str, str]:
    """A message per field whose content is present but not usable."""
    errors: dict[str, str] = {}
    if draft.issue_type and draft.issue_type not in ISSUE_TYPES:
        errors["issue_type"] = "Pick one of the issue types."
    for ticket_field in TICKET_FIELDS:
        if len(getattr(draft, ticket_field.name)) > ticket_field.limit:
            errors[ticket_field.name] = f"Keep this under {ticket_field.limit:,} characters."
    if draft.target_text.strip() and "target_text" not in errors:
        try:
            parse_target(draft.target_text)
        except ValueError as reason:
            errors["target_text"] = str(reason)
    if draft.reported_status and draft.reported_status not in ORDER_STATUSES:
        errors["reported_status"] = "Pick the status your order shows."
    for name, parse in (
        ("current_count", parse_count),
        ("payment_amount", parse_amount),
        ("payment_date", parse_payment_date),
    ):
        if getattr(draft, name).strip() and name not in errors:
            try:
                parse(getattr(draft, name))
            except ValueError as reason:
                errors[name] = str(reason)
    reference = draft.payment_reference.strip()
    if reference and not PAYMENT_REFERENCE_PATTERN.fullmatch(reference):
        errors["payment_reference"] = "A payment reference is 4-80 letters, digits and - _ . : / (no spaces)."
    if draft.payment_method and draft.payment_method not in PAYMENT_METHODS:
        errors["payment_method"] = "Pick how you paid."
    return errors


# A digit-grouped count with its last group still being typed ("12," "12,4" of "12,400").
_COUNT_IN_PROGRESS = re.compile(r"\d{1,3}(?:[\s,._']\d{3})*[\s,._']\d{0,2}")
# A date field's value when only the first digits of the year are typed (0002, 0020, 0202).
_DATE_IN_PROGRESS = re.compile(r"0\d{3}-\d{2}-\d{2}")


def still_typing(name: str, value: str) -> bool:
    """`value` is a count or a date part-way through its typing, not yet to be judged:
    a verdict per keystroke would be announced, and taken back a key later."""
    pattern = {"current_count": _COUNT_IN_PROGRESS, "payment_date": _DATE_IN_PROGRESS}.get(name)
    return bool(pattern and pattern.fullmatch(value.strip()))


def picked_value_error(name: str, value: str) -> str:
    """Why a field filled from a picker (a status, a method, a date: never typed, so
    never screened) can't hold `value` ("" when it can: nothing, or a value the picker
    offers and the rules accept); such a value is not kept, not even in a draft."""
    return field_errors(replace(TicketDraft(), **{name: value})).get(name, "") if value else ""


def summary_is_clear(summary: str) -> bool:
    text = summary.strip()
    return len(text) >= SUMMARY_MIN_CHARS and len(text.split()) >= SUMMARY_MIN_WORDS


@dataclass(frozen=True)
class _Item:
    key: str
    label: str
    hint: str
    field: str | None = None  # the field that fills it (None: the order picker, the summary)


_PAYMENT_ITEMS = (
    _Item(
        "payment_reference",
        "Payment reference",
        "The transaction ID or provider order number of the top-up.",
        "payment_reference",
    ),
    _Item("payment_amount", "Amount paid", "The amount the provider charged you.", "payment_amount"),
    _Item("payment_method", "Payment method", "Card, crypto, PIX, bKash, bank transfer...", "payment_method"),
    _Item("payment_date", "Date paid", "The day the payment went through.", "payment_date"),
)


def checklist(
    draft: TicketDraft, flagged: frozenset[str] = frozenset(), typing: frozenset[str] = frozenset()
) -> list[ChecklistItem]:
    """The seed's four items plus what the chosen type needs, each ticked or not.
    A field in `flagged` holds something support must never see: never ticked. A field in
    `typing` (not yet left) holding a value still being typed keeps its tick until it is whole."""
    guide = ISSUE_GUIDES.get(draft.issue_type, ISSUE_GUIDES["order"])
    errors = field_errors(draft)

    def filled(name: str) -> bool:
        value = getattr(draft, name)
        usable = name not in errors or (name in typing and still_typing(name, value))
        return bool(value.strip()) and usable and name not in flagged

    def item(entry: _Item, required: bool, met: bool, field: str = "") -> ChecklistItem:
        field = field or entry.key
        return ChecklistItem(entry.key, entry.label, entry.hint, required, met, field in flagged, field)

    items: list[ChecklistItem] = []
    if guide.order_item != "hidden":
        order_required = guide.order_item == "required"
        items += [
            item(
                _Item("order", "Order ID", "The order ID helps support find the exact request."),
                order_required,
                draft.order_id is not None,
                "order_id",
            ),
            item(
                _Item("target", guide.target_label, "The submitted channel, group, post, bot, username, or link."),
                order_required,
                filled("target_text"),
                "target_text",
            ),
            item(
                _Item("status", "Current status", "Pending, processing, in progress, partial, completed, or canceled."),
                order_required,
                filled("reported_status"),
                "reported_status",
            ),
        ]
    if guide.needs_payment_details:
        items += [item(entry, True, filled(entry.field), entry.field) for entry in _PAYMENT_ITEMS]
    if guide.count_item != "hidden":
        items.append(
            item(
                _Item(
                    "current_count", "Count you see now", "The member, view or reaction count the target shows today."
                ),
                guide.count_item == "required",
                filled("current_count"),
            )
        )
    items += [
        item(
            _Item(
                "summary",
                "Clear issue summary",
                f"What happened, what you expected, and what you already checked (at least {SUMMARY_MIN_WORDS} words).",
            ),
            True,
            summary_is_clear(draft.summary) and "summary" not in errors and "summary" not in flagged,
        ),
        item(
            _Item(
                "already_checked",
                "What you already checked",
                "What you tried or looked at yourself (the link, the channel's privacy, the order page), "
                "so support does not ask again.",
            ),
            False,
            filled("already_checked"),
        ),
    ]
    return items


def missing_required(items: list[ChecklistItem]) -> list[str]:
    """What is still to be given; a flagged field is there, and its alert says what to do."""
    return [item.label for item in items if item.required and not item.met and not item.flagged]


FLAGGED_LABEL = "Remove what support never needs"
READY_LABEL = "Ready for review"


@dataclass(frozen=True)
class Assessment:
    """The live verdict on a draft: the checklist, whether it can be sent, and the
    quality label the seed shows."""

    items: list[ChecklistItem]
    ready: bool
    label: str
    missing: list[str]


def assess(
    draft: TicketDraft, flagged: frozenset[str] = frozenset(), typing: frozenset[str] = frozenset()
) -> Assessment:
    """Ready only when every required item is met and nothing is flagged."""
    items = checklist(draft, flagged, typing)
    missing = missing_required(items)
    if draft.issue_type not in ISSUE_TYPES:
        label = "Pick an issue type"
    elif flagged:
        label = FLAGGED_LABEL
    else:
        label = _missing_label({item.key for item in items if item.required and not item.met})
    ready = draft.issue_type in ISSUE_TYPES and not missing and not flagged
    return Assessment(items, ready, label, missing)


def _missing_label(missing: set[str]) -> str:
    if not missing:
        return READY_LABEL
    if missing & {"order", "target", "status"}:
        return "Needs order context"
    if missing & {entry.key for entry in _PAYMENT_ITEMS}:
        return "Needs payment details"
    if "current_count" in missing:
        return "Needs the current count"
    return "Needs a clear summary"
