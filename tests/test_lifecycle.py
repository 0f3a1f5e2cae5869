"""Unit tests for support_studio.lifecycle: status transitions and waiting time,
without a database."""

from datetime import UTC, datetime, timedelta

import pytest

from support_studio import lifecycle
from support_studio.domain import TICKET_STATUSES
from support_studio.lifecycle import TicketClock, TransitionRefused

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(hours=2)


def clock(status: str, waiting: bool = True) -> TicketClock:
    return TicketClock(status, waiting_since=T0 if waiting else None, last_activity_at=T0)


def test_a_new_ticket_is_open_and_waits_from_now():
    opened = lifecycle.opened(T0)
    assert (opened.status, opened.waiting_since, opened.last_activity_at) == ("open", T0, T0)


@pytest.mark.parametrize(
    ("status", "after", "history"),
    [
        ("open", "open", None),
        ("in_review", "in_review", None),
        ("waiting_on_customer", "open", "Status: open."),
        ("resolved", "open", "Status: open."),
    ],
)
def test_a_customer_reply_makes_support_owe_an_answer(status, after, history):
    moved = lifecycle.customer_replied(clock(status, waiting=False), LATER)
    assert moved.clock.status == after
    assert moved.clock.waiting_since == LATER
    assert moved.history == history


def test_a_customer_reply_keeps_the_earlier_wait():
    assert lifecycle.customer_replied(clock("open"), LATER).clock.waiting_since == T0


def test_a_closed_ticket_takes_no_reply():
    with pytest.raises(TransitionRefused, match="open a new ticket"):
        lifecycle.customer_replied(clock("closed"), LATER)


def test_an_agent_reply_stops_the_wait_and_waits_on_the_customer():
    moved = lifecycle.agent_replied(clock("open"), LATER)
    assert (moved.clock.status, moved.clock.waiting_since, moved.clock.last_support_reply_at) == (
        "waiting_on_customer",
        None,
        LATER,
    )
    assert moved.history == "Status: waiting on customer."
    again = lifecycle.agent_replied(moved.clock, LATER)
    assert again.history is None


def test_an_agent_reply_on_a_resolved_ticket_keeps_its_status():
    assert lifecycle.agent_replied(clock("resolved", waiting=False), LATER).clock.status == "resolved"


def test_a_closed_ticket_takes_no_agent_reply():
    # Its customer could not answer: the agent reopens it first.
    with pytest.raises(TransitionRefused, match="change its status first"):
        lifecycle.agent_replied(clock("closed", waiting=False), LATER)


@pytest.mark.parametrize(
    ("before", "after", "waiting"),
    [
        ("open", "in_review", T0),
        ("in_review", "open", T0),
        ("open", "waiting_on_customer", None),
        ("open", "resolved", None),
        ("open", "closed", None),
    ],
)
def test_agent_status_changes_set_the_wait(before, after, waiting):
    moved = lifecycle.agent_set_status(clock(before), after, LATER)
    assert (moved.clock.status, moved.clock.waiting_since) == (after, waiting)
    assert moved.history == f"Status: {TICKET_STATUSES[after].lower()}."


@pytest.mark.parametrize("finished", ["resolved", "closed", "waiting_on_customer"])
def test_reopening_waits_from_now(finished):
    moved = lifecycle.agent_set_status(clock(finished, waiting=False), "open", LATER)
    assert moved.clock.waiting_since == LATER


def test_the_same_status_is_no_change():
    moved = lifecycle.agent_set_status(clock("open"), "open", LATER)
    assert moved.history is None and moved.clock == clock("open")


def test_an_unknown_status_is_refused():
    with pytest.raises(TransitionRefused):
        lifecycle.agent_set_status(clock("open"), "archived", LATER)


@pytest.mark.parametrize("status", ["resolved", "closed"])
def test_only_an_active_ticket_can_be_marked_resolved(status):
    with pytest.raises(TransitionRefused, match=f"already {status}"):
        lifecycle.customer_resolved(clock(status, waiting=False), LATER)
    moved = lifecycle.customer_resolved(clock("in_review"), LATER)
    assert (moved.clock.status, moved.clock.waiting_since) == ("resolved", None)
