"""Vocabulary shared by the models, the rules and the pages: order statuses,
ticket statuses and issue types. Plain Python, no Reflex import."""

# Order statuses in the order an order moves through them (see smm-domain.md).
ORDER_STATUSES: dict[str, str] = {
    "pending": "Pending",
    "processing": "Processing",
    "in_progress": "In progress",
    "partial": "Partial",
    "completed": "Completed",
    "canceled": "Canceled",
}

TICKET_STATUSES: dict[str, str] = {
    "open": "Open",
    "in_review": "In review",
    "waiting_on_customer": "Waiting on customer",
    "resolved": "Resolved",
    "closed": "Closed",
}
# The statuses support still works on: the queue's "Active" tab.
ACTIVE_TICKET_STATUSES = ("open", "in_review", "waiting_on_customer")

# Issue types a customer picks from in the Support Review Studio.
ISSUE_TYPES: dict[str, str] = {
    "order": "Order issue",
    "refill": "Refill",
    "cancellation": "Cancellation",
    "speed": "Speed / not started",
    "drop": "Drop",
    "payment": "Payment",
    "target": "Target changed or private",
    "other": "Other",
}

# Row IDs are INTEGER columns: PostgreSQL refuses larger numbers outright.
MAX_ID = 2**31 - 1


def as_id(value: object) -> int | None:
    """A row ID from untrusted input (URL, event argument, search text), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        # isascii: str.isdigit() also accepts digits such as "²" that int() rejects.
        value = int(value) if value.isascii() and value.isdigit() and len(value) <= 10 else None
    return value if isinstance(value, int) and 0 < value <= MAX_ID else None
