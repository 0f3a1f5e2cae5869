"""Canned replies built from the Support Standards' boundaries and review flow.
They fill in the order's values before the agent edits them. Plain Python."""

from dataclasses import dataclass
from string import Formatter


@dataclass(frozen=True)
class CannedReply:
    key: str
    title: str
    template: str

    @property
    def needs(self) -> frozenset[str]:
        """The ticket values the template fills in."""
        return frozenset(name for _, name, _, _ in Formatter().parse(self.template) if name)


CANNED_REPLIES = [
    CannedReply(
        "checking",
        "Received, checking the order",
        "Hello {customer}, thank you for the ticket. We are checking order #{order_id} "
        "({service}, status: {order_status}) and its submitted link {submitted_link} "
        "against the service terms, and will reply in this thread.",
    ),
    CannedReply(
        "rules_verdict",
        "Rules compared: the verdict",
        "Hello {customer}, we compared order #{order_id} ({service}) with the service "
        "terms: {verdict} {verdict_reasons}",
    ),
    CannedReply(
        "refill_terms",
        "Refill checked against the terms",
        "Hello {customer}, refills for {service} are checked against the service's refill "
        "window ({refill_terms}), counted from completion ({completed}). Order #{order_id} "
        "started at {start_count} and ordered {quantity}. {verdict}",
    ),
    CannedReply(
        "private_target",
        "Private or changed target limits options",
        "Hello {customer}, the submitted target of order #{order_id} was {submitted_link}, "
        "and it is now {reported_target}. If a target becomes private, deleted, renamed, or "
        "restricted, support options may be limited: please make it public with the same "
        "link and tell us here.",
    ),
    CannedReply(
        "no_guarantees",
        "No outcome guarantees",
        "Hello {customer}, support can review order records, payment records, submitted "
        "Telegram links and service rules for order #{order_id}, but cannot guarantee "
        "organic growth, retention, sales, monetization or Telegram's own behavior.",
    ),
    CannedReply(
        "current_count",
        "Ask for the current count",
        "Hello {customer}, please tell us the count you see now on {submitted_link} and "
        "whether the target is still public. We never need your password, codes or "
        "admin access for this.",
    ),
]
CANNED_BY_KEY = {reply.key: reply for reply in CANNED_REPLIES}


def available(values: dict[str, str]) -> list[CannedReply]:
    """The replies this ticket has every value for (no order: no order replies)."""
    return [reply for reply in CANNED_REPLIES if reply.needs <= values.keys()]


def render(key: str, values: dict[str, str]) -> str:
    """The reply with the ticket's values filled in, or "" when the key is
    unknown or the ticket lacks a value it needs."""
    reply = CANNED_BY_KEY.get(key)
    if reply is None or not reply.needs <= values.keys():
        return ""
    return reply.template.format_map(values)
