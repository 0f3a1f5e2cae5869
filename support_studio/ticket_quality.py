"""What a good ticket includes, per issue type: the guidance shown when a type is
picked, field validation, the live checklist and the quality indicator.
Plain Python (no Reflex), used by the studio page and again by the server
before it stores a ticket."""

import re
from dataclasses import dataclass

from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES
from support_studio.telegram import parse_target

SUMMARY_MAX = 5000
ALREADY_CHECKED_MAX = 2000
# A "clear" summary says what happened and what was expected: a sentence or two.
SUMMARY_MIN_CHARS = 40
SUMMARY_MIN_WORDS = 8
MAX_COUNT = 1_000_000_000
PAYMENT_REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{3,79}")


@dataclass(frozen=True)
class IssueGuide:
    short: str  # one line under the type's name in the picker
    include: str  # what to include, in the seed's "Order Issue" voice
    order_item: str  # "required", "optional" or "hidden"
    needs_payment_reference: bool = False
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
            "Each service states a start time and a speed (for example \"start 0-1 h, "
            "5k/day\"). Support can act when an order is outside that window. Give the "
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
        short="Include the payment reference, amount and method.",
        include=(
            "For balance top-ups, support needs the payment reference (transaction ID or "
            "provider order number), the amount, the method and when you paid. No order "
            "ID is needed."
        ),
        order_item="hidden",
        needs_payment_reference=True,
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


@dataclass(frozen=True)
class TicketDraft:
    """What the customer has entered. `order_id` is set only once the server has
    matched it to one of the signed-in customer's own orders."""

    issue_type: str = ""
    order_id: int | None = None
    target_text: str = ""
    reported_status: str = ""
    current_count: str = ""
    payment_reference: str = ""
    summary: str = ""
    already_checked: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    hint: str
    required: bool
    met: bool


def parse_count(text: str) -> int:
    """A count as people type it ("12,400", "12 400"); ValueError with the reason."""
    digits = re.sub(r"[\s,._']", "", text)
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError("Type the count as a number, for example 12400.")
    count = int(digits)
    if count > MAX_COUNT:
        raise ValueError("That count is larger than any Telegram channel.")
    return count


def field_errors(draft: TicketDraft) -> dict[str, str]:
    """A message per field whose content is present but not usable."""
    errors: dict[str, str] = {}
    if draft.issue_type and draft.issue_type not in ISSUE_TYPES:
        errors["issue_type"] = "Pick one of the issue types."
    if draft.target_text.strip():
        try:
            parse_target(draft.target_text)
        except ValueError as reason:
            errors["target_text"] = str(reason)
    if draft.reported_status and draft.reported_status not in ORDER_STATUSES:
        errors["reported_status"] = "Pick the status your order shows."
    if draft.current_count.strip():
        try:
            parse_count(draft.current_count)
        except ValueError as reason:
            errors["current_count"] = str(reason)
    reference = draft.payment_reference.strip()
    if reference and not PAYMENT_REFERENCE_PATTERN.fullmatch(reference):
        errors["payment_reference"] = (
            "A payment reference is 4-80 letters, digits and - _ . : / (no spaces)."
        )
    if len(draft.summary) > SUMMARY_MAX:
        errors["summary"] = f"Keep the summary under {SUMMARY_MAX:,} characters."
    if len(draft.already_checked) > ALREADY_CHECKED_MAX:
        errors["already_checked"] = f"Keep this under {ALREADY_CHECKED_MAX:,} characters."
    return errors


def summary_is_clear(summary: str) -> bool:
    text = summary.strip()
    return len(text) >= SUMMARY_MIN_CHARS and len(text.split()) >= SUMMARY_MIN_WORDS


def checklist(draft: TicketDraft) -> list[ChecklistItem]:
    """The seed's four items plus what the chosen type needs, each ticked or not."""
    guide = ISSUE_GUIDES.get(draft.issue_type, ISSUE_GUIDES["order"])
    errors = field_errors(draft)

    def filled(field: str) -> bool:
        return bool(getattr(draft, field).strip()) and field not in errors

    items: list[ChecklistItem] = []
    if guide.order_item != "hidden":
        order_required = guide.order_item == "required"
        items += [
            ChecklistItem(
                "order", "Order ID", "The order ID helps support find the exact request.",
                order_required, draft.order_id is not None,
            ),
            ChecklistItem(
                "target", guide.target_label,
                "The submitted channel, group, post, bot, username, or link.",
                order_required, filled("target_text"),
            ),
            ChecklistItem(
                "status", "Current status",
                "Pending, processing, in progress, partial, completed, or canceled.",
                order_required, filled("reported_status"),
            ),
        ]
    if guide.needs_payment_reference:
        items.append(
            ChecklistItem(
                "payment_reference", "Payment reference",
                "The transaction ID or provider order number of the top-up.",
                True, filled("payment_reference"),
            )
        )
    if guide.count_item != "hidden":
        items.append(
            ChecklistItem(
                "current_count", "Count you see now",
                "The member, view or reaction count the target shows today.",
                guide.count_item == "required", filled("current_count"),
            )
        )
    items += [
        ChecklistItem(
            "summary", "Clear issue summary",
            "What happened, what you expected, and what you already checked "
            f"(at least {SUMMARY_MIN_WORDS} words).",
            True, summary_is_clear(draft.summary) and "summary" not in errors,
        ),
        ChecklistItem(
            "already_checked", "What you already checked",
            "Screenshots, current counts and references can speed review.",
            False, filled("already_checked"),
        ),
    ]
    return items


def missing_required(items: list[ChecklistItem]) -> list[str]:
    return [item.label for item in items if item.required and not item.met]


def quality_label(draft: TicketDraft, items: list[ChecklistItem]) -> str:
    """The seed's ticket-quality indicator: what the ticket still needs, or ready."""
    if draft.issue_type not in ISSUE_TYPES:
        return "Pick an issue type"
    missing = {item.key for item in items if item.required and not item.met}
    if not missing:
        return "Ready for review"
    if missing & {"order", "target", "status"}:
        return "Needs order context"
    if "payment_reference" in missing:
        return "Needs payment reference"
    if "current_count" in missing:
        return "Needs the current count"
    return "Needs a clear summary"
