"""How a ticket's status and waiting time change. Plain Python, no database:
each function takes the ticket's clock (the fields this module owns) and an
event, and returns the new clock with the line the thread's history records.
The data layer loads a ticket, applies the result and commits; nothing else
changes a ticket's status or waiting time.

Waiting time: `waiting_since` is when the customer started waiting for support,
None while support has answered or the ticket is finished. The queue sorts by it."""

from dataclasses import dataclass, replace
from datetime import datetime

from support_studio.domain import ACTIVE_TICKET_STATUSES, TICKET_STATUSES

# A customer may reply while support works the ticket and, to reopen it, once it
# is resolved; a closed ticket is final (a new ticket is the way back).
CUSTOMER_CAN_REPLY = (*ACTIVE_TICKET_STATUSES, "resolved")


# Said when an agent replies on a closed ticket, and beside the agent's reply box before that.
CLOSED_TO_AGENT_REPLIES = (
    "This ticket is closed, so the customer can't answer a reply. To reply, change its status first (Update status)."
)


class TransitionRefused(Exception):
    """The event is not allowed in the ticket's status; the message says why."""


# The status and waiting times a transition changes; unrelated to service_rules' payment records.
@dataclass(frozen=True)
class TicketClock:
    status: str
    waiting_since: datetime | None = None
    last_support_reply_at: datetime | None = None
    last_activity_at: datetime | None = None


@dataclass(frozen=True)
class Transition:
    clock: TicketClock
    # The public history line for a status change; None when the status stayed.
    history: str | None = None


def _status_line(status: str) -> str:
    return f"Status: {TICKET_STATUSES[status].lower()}."


def _moved(clock: TicketClock, status: str, **fields) -> Transition:
    history = _status_line(status) if status != clock.status else None
    return Transition(replace(clock, status=status, **fields), history)


def opened(now: datetime) -> TicketClock:
    """A new ticket: open, and the customer waits from now."""
    return TicketClock(status="open", waiting_since=now, last_activity_at=now)


def customer_replied(clock: TicketClock, now: datetime) -> Transition:
    """The customer wrote in the thread: support owes an answer again."""
    if clock.status not in CUSTOMER_CAN_REPLY:
        raise TransitionRefused("This ticket is closed: open a new ticket if you need more help.")
    status = "open" if clock.status in ("waiting_on_customer", "resolved") else clock.status
    return _moved(clock, status, waiting_since=clock.waiting_since or now, last_activity_at=now)


def customer_resolved(clock: TicketClock, now: datetime) -> Transition:
    """The customer marks the ticket resolved: nobody waits any more."""
    if clock.status not in ACTIVE_TICKET_STATUSES:
        raise TransitionRefused(f"This ticket is already {TICKET_STATUSES[clock.status].lower()}.")
    return _moved(clock, "resolved", waiting_since=None, last_activity_at=now)


def agent_replied(clock: TicketClock, now: datetime) -> Transition:
    """Support answered: the customer is no longer waiting; an open ticket now
    waits on the customer. A closed ticket takes no reply: its customer could not
    answer it, so the agent reopens it first."""
    if clock.status == "closed":
        raise TransitionRefused(CLOSED_TO_AGENT_REPLIES)
    status = "waiting_on_customer" if clock.status in ("open", "in_review") else clock.status
    return _moved(clock, status, waiting_since=None, last_support_reply_at=now, last_activity_at=now)


def agent_set_status(clock: TicketClock, status: str, now: datetime) -> Transition:
    """An agent picks a status. Open and in review mean the customer waits on
    support (from now, if nobody waited before); waiting on the customer,
    resolved and closed stop the wait."""
    if status not in TICKET_STATUSES:
        raise TransitionRefused("Pick one of the ticket statuses.")
    if status == clock.status:
        return Transition(clock)
    if status == "waiting_on_customer" or status not in ACTIVE_TICKET_STATUSES:
        waiting_since = None
    else:
        waiting_since = clock.waiting_since or now
    return _moved(clock, status, waiting_since=waiting_since, last_activity_at=now)
