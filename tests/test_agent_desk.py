"""Database tests for the agent desk (review, replies, notes, status, assignment)
and the customer side it talks to, on a real SQLite file per test (seeded with
the demo panel), plus the canned replies."""

import itertools

import pytest
import test_evidence_samples as samples
from sqlmodel import func, select

import support_studio.models  # noqa: F401  (registers every table on SQLModel.metadata)
from support_studio import agent_desk, canned_replies, evidence, lifecycle, tickets
from support_studio.models import Message, Ticket, utc_now
from support_studio.ticket_quality import TicketDraft
from support_studio.tickets import TicketRejected

NOTE_SECRET = "customer wrote: my telegram password is Sunflower#2024"
ASKS_FOR_CODE = "Please send us the 2FA code you received."
ASKS_FOR_PASSWORD = "Could you tell us your password so we can check?"
ASKS_FOR_ADMIN = "Please give us admin access to the channel."
PLAIN_REPLY = "Thanks, we are checking the order against the service terms."

# arif's refill request on order 48229: 30-day refill service, completed 68 days ago
ARIF_REFILL_DRAFT = TicketDraft(
    issue_type="refill",
    order_id=48229,
    target_text="t.me/arifgaming",
    reported_status="completed",
    current_count="2,900",
    summary="My channel lost about 800 of the 2,500 members from this order. Please refill it.",
    already_checked="The channel is public and the link has not changed.",
)


_keys = itertools.count(1)


def new_ticket(session, customer, **fields) -> Ticket:
    """A ticket stored directly with its first customer message."""
    now = utc_now()
    values = dict(
        customer_id=customer.id,
        issue_type="other",
        summary="A question about my account.",
        submission_key=f"test-{next(_keys)}",
        created_at=now,
        updated_at=now,
        last_activity_at=now,
        waiting_since=now,
    )
    values.update(fields)
    ticket = Ticket(**values)
    session.add(ticket)
    session.flush()
    session.add(Message(ticket_id=ticket.id, author_id=customer.id, body=ticket.summary, created_at=now))
    session.commit()
    session.refresh(ticket)
    return ticket


def messages(session, ticket_id) -> list[Message]:
    return list(session.exec(select(Message).where(Message.ticket_id == ticket_id).order_by(Message.id)))


def message_count(session) -> int:
    return session.exec(select(func.count()).select_from(Message)).one()


def thread_bodies(session, ticket_id, viewer) -> list[str]:
    return [m.body for m in tickets.ticket_thread(session, ticket_id, viewer).messages]


def unread(session, customer, ticket_id) -> bool:
    rows = {row.number: row for row in tickets.customer_tickets(session, customer.id)}
    return rows[ticket_id].unread_reply


@pytest.fixture(autouse=True)
def _limiter(throttle):
    global THROTTLE
    THROTTLE = throttle


def reply(session, agent, ticket, body=PLAIN_REPLY):
    seen = agent_desk.latest_message_id(session, ticket.id)
    return agent_desk.add_agent_reply(session, agent, ticket.id, body, seen, THROTTLE)


def note(session, agent, ticket_id, body):
    return agent_desk.add_internal_note(session, agent, ticket_id, body, THROTTLE)


# ------------------------------------------------------ agents only


AGENT_ACTIONS = {
    "review": lambda s, who, t: agent_desk.review(s, who, t),
    "add_agent_reply": lambda s, who, t: agent_desk.add_agent_reply(
        s, who, t.id, PLAIN_REPLY, agent_desk.latest_message_id(s, t.id), THROTTLE
    ),
    "add_internal_note": lambda s, who, t: note(s, who, t.id, "Checked the order."),
    "audit_trail": lambda s, who, t: agent_desk.audit_trail(s, who, t.id),
    "record_opened": lambda s, who, t: agent_desk.record_opened(s, who, t.id),
    "change_status": lambda s, who, t: agent_desk.change_status(s, who, t.id, "in_review"),
    "assign": lambda s, who, t: agent_desk.assign(s, who, t.id, None),
}


@pytest.mark.parametrize("action", sorted(AGENT_ACTIONS))
@pytest.mark.parametrize("who", ["customer", "nobody"])
def test_every_agent_action_refuses_a_customer_and_no_account(session, maria, maria_ticket, action, who):
    acting = maria if who == "customer" else None
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        AGENT_ACTIONS[action](session, acting, maria_ticket)
    assert "Only support agents" in refused.value.errors["message"]
    session.expire_all()
    assert message_count(session) == before
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "open"
    assert ticket.assigned_agent_id is None


def test_agents_lists_only_agent_accounts_by_display_name(session):
    names = [account.display_name for account in agent_desk.agents(session)]
    assert names == ["Nadia (Support)", "Sam (Support)"]


def test_latest_message_id_is_the_newest_message_of_that_ticket_or_zero(session, sam, maria_ticket, arif_ticket):
    first = messages(session, maria_ticket.id)[-1].id
    assert agent_desk.latest_message_id(session, maria_ticket.id) == first
    stored = note(session, sam, arif_ticket.id, "Looking at this one.")
    assert agent_desk.latest_message_id(session, arif_ticket.id) == stored.id
    assert agent_desk.latest_message_id(session, maria_ticket.id) == first
    assert agent_desk.latest_message_id(session, 999_999) == 0


def test_missing_ticket_is_refused(session, sam):
    with pytest.raises(TicketRejected) as refused:
        note(session, sam, 999_999, "Hello")
    assert refused.value.errors == {"message": "That ticket does not exist."}


# ---------------------------------------------------------------- review


def test_review_of_a_late_refill_shows_the_order_record_and_a_closed_window(session, sam, arif):
    ticket = tickets.submit_ticket(session, arif.id, ARIF_REFILL_DRAFT, "refill-48229", THROTTLE)
    found = agent_desk.review(session, sam, ticket)
    assert found.record.order.id == 48229
    assert found.record.service.refill_days == 30
    assert found.verdict.issue_type == "refill"
    assert found.verdict.outcome == "window_closed"
    assert found.verdict.tone == "negative"
    assert "refill window" in found.verdict.headline


def test_review_flags_a_reported_status_that_differs_from_the_record(session, sam, arif):
    # 48222 is completed on the record; arif says it is still in progress
    ticket = new_ticket(session, arif, issue_type="order", order_id=48222, reported_status="in_progress")
    found = agent_desk.review(session, sam, ticket)
    status = [check for check in found.verdict.checks if check.label == "Status"]
    assert len(status) == 1
    assert status[0].ok is False
    assert status[0].detail == "The customer reported In progress; the record shows Completed."
    assert found.verdict.outcome == "mismatch"


def test_review_agrees_when_the_reported_status_matches(session, sam, arif):
    ticket = new_ticket(session, arif, issue_type="order", order_id=48222, reported_status="completed")
    found = agent_desk.review(session, sam, ticket)
    assert [check.ok for check in found.verdict.checks if check.label == "Status"] == [True]
    assert found.verdict.outcome != "mismatch"


def test_review_lists_payments_only_for_payment_issues(session, sam, maria, maria_ticket):
    payment_ticket = new_ticket(session, maria, issue_type="payment", payment_reference="CARD-9D2M44LB")
    payments = agent_desk.review(session, sam, payment_ticket).payments
    assert {p.reference for p in payments} == {
        "CARD-7F3K29QX",
        "USDT-TRC20-8c1e5b7a90",
        "CARD-9D2M44LB",
        "PIX-20261127-4471",
    }
    assert all(p.customer_id == maria.id for p in payments)
    assert agent_desk.review(session, sam, maria_ticket).payments == []


def test_review_without_an_order_has_no_record_and_no_verdict(session, sam, maria):
    ticket = new_ticket(session, maria, issue_type="other")
    found = agent_desk.review(session, sam, ticket)
    assert found.record is None
    assert found.verdict is None


def test_review_lists_the_same_customers_other_tickets_only(session, sam, maria, maria_ticket, arif_ticket):
    second = new_ticket(session, maria, issue_type="other")
    found = agent_desk.review(session, sam, maria_ticket)
    assert found.other_tickets[0].id == second.id  # most recently active first
    assert {t.customer_id for t in found.other_tickets} == {maria.id}
    assert maria_ticket.id not in [t.id for t in found.other_tickets]
    assert arif_ticket.id not in [t.id for t in found.other_tickets]


# ---------------------------------------------------------------- replies


def test_agent_reply_is_stored_and_moves_an_open_ticket_to_waiting_on_customer(session, sam, maria, maria_ticket):
    assert maria_ticket.waiting_since is not None
    stored = reply(session, sam, maria_ticket, "  " + PLAIN_REPLY + "  ")
    assert stored.id is not None
    assert stored.body == PLAIN_REPLY
    assert (stored.author_id, stored.kind, stored.internal) == (sam.id, "reply", False)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "waiting_on_customer"
    assert ticket.waiting_since is None
    assert ticket.last_support_reply_at == stored.created_at
    assert ticket.last_activity_at >= stored.created_at
    events = [m for m in messages(session, ticket.id) if m.kind == "event"]
    assert [(e.body, e.internal, e.author_id) for e in events] == [("Status: waiting on customer.", False, sam.id)]
    # the customer sees the reply and the status change
    customer_view = tickets.ticket_thread(session, ticket.id, maria).messages
    assert [(m.body, m.from_support) for m in customer_view[-2:]] == [
        (PLAIN_REPLY, True),
        ("Status: waiting on customer.", True),
    ]


def test_agent_reply_on_a_waiting_ticket_records_no_second_status_event(session, sam, maria_ticket):
    reply(session, sam, maria_ticket)
    reply(session, sam, maria_ticket, "One more detail: delivery resumes today.")
    events = [m for m in messages(session, maria_ticket.id) if m.kind == "event"]
    assert len(events) == 1
    assert session.get(Ticket, maria_ticket.id).status == "waiting_on_customer"


@pytest.mark.parametrize("body", [ASKS_FOR_CODE, ASKS_FOR_PASSWORD, ASKS_FOR_ADMIN, NOTE_SECRET])
def test_reply_asking_for_or_holding_a_credential_is_refused_and_not_stored(session, sam, maria_ticket, body):
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        reply(session, sam, maria_ticket, body)
    assert refused.value.errors["message"].endswith(agent_desk.AGENT_REMINDER)
    session.expire_all()
    assert message_count(session) == before
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "open"
    assert ticket.last_support_reply_at is None
    assert ticket.waiting_since is not None


def test_reply_saying_support_never_needs_credentials_is_allowed(session, sam, maria_ticket):
    body = "We never need your password, codes or admin access for this."
    assert reply(session, sam, maria_ticket, body).body == body


@pytest.mark.parametrize("body", ["", "   \n "])
def test_empty_reply_is_refused(session, sam, maria_ticket, body):
    with pytest.raises(TicketRejected) as refused:
        reply(session, sam, maria_ticket, body)
    assert refused.value.errors == {"message": "Write a message first."}


def test_explain_agent_findings_names_each_reason_once_then_the_reminder(session):
    findings = agent_desk.screen_agent_text(ASKS_FOR_CODE + " " + ASKS_FOR_CODE)
    assert findings
    text = agent_desk.explain_agent_findings(findings)
    assert text.endswith(agent_desk.AGENT_REMINDER)
    reason = findings[0].reason
    assert text.count(reason) == 1


def test_screen_agent_text_finds_nothing_in_a_plain_reply():
    assert agent_desk.screen_agent_text(PLAIN_REPLY) == []


def test_reply_after_the_customer_wrote_again_is_stale_and_not_stored(session, sam, maria, maria_ticket):
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Any news on this?", THROTTLE)
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        agent_desk.add_agent_reply(session, sam, maria_ticket.id, PLAIN_REPLY, seen, THROTTLE)
    assert set(refused.value.errors) == {"stale"}
    assert "Maria Ivanova" in refused.value.errors["stale"]
    session.expire_all()
    assert message_count(session) == before
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.last_support_reply_at is None
    assert ticket.status == "open"


def test_reply_after_another_agent_replied_is_stale_and_names_that_agent(session, sam, nadia, maria_ticket):
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    reply(session, nadia, maria_ticket, "Nadia here: we are on it.")
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        agent_desk.add_agent_reply(session, sam, maria_ticket.id, PLAIN_REPLY, seen, THROTTLE)
    assert "Nadia (Support)" in refused.value.errors["stale"]
    assert message_count(session) == before


def test_reply_after_another_agents_internal_note_is_stale(session, sam, nadia, maria_ticket):
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    note(session, nadia, maria_ticket.id, "I am taking this one.")
    with pytest.raises(TicketRejected) as refused:
        agent_desk.add_agent_reply(session, sam, maria_ticket.id, PLAIN_REPLY, seen, THROTTLE)
    assert "Nadia (Support)" in refused.value.errors["stale"]


def test_the_agents_own_newer_messages_do_not_make_the_reply_stale(session, sam, maria_ticket):
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    note(session, sam, maria_ticket.id, "Checked the order record.")
    agent_desk.change_status(session, sam, maria_ticket.id, "in_review")
    agent_desk.add_agent_reply(session, sam, maria_ticket.id, "First reply.", seen, THROTTLE)
    stored = agent_desk.add_agent_reply(session, sam, maria_ticket.id, "Second reply.", seen, THROTTLE)
    assert stored.body == "Second reply."


def test_reply_with_the_latest_message_id_after_a_customer_message_goes_through(session, sam, maria, maria_ticket):
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Any news on this?", THROTTLE)
    assert reply(session, sam, maria_ticket).body == PLAIN_REPLY


# ---------------------------------------------------------------- notes and visibility


def test_internal_note_is_visible_to_agents_and_hidden_from_the_customer(session, sam, nadia, maria, maria_ticket):
    stored = note(session, sam, maria_ticket.id, "  Delivery is behind; ask the provider.  ")
    assert (stored.kind, stored.internal, stored.body) == ("note", True, "Delivery is behind; ask the provider.")
    assert stored.body in thread_bodies(session, maria_ticket.id, nadia)
    assert stored.body not in thread_bodies(session, maria_ticket.id, maria)
    assert all(not m.internal for m in tickets.ticket_thread(session, maria_ticket.id, maria).messages)


def test_internal_note_does_not_count_as_a_support_reply(session, sam, maria, maria_ticket):
    note(session, sam, maria_ticket.id, "Checked the order record.")
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.last_support_reply_at is None
    assert ticket.waiting_since is not None
    assert ticket.status == "open"
    assert unread(session, maria, maria_ticket.id) is False
    # the customer's message count ignores the note
    row = {r.number: r for r in tickets.customer_tickets(session, maria.id)}[maria_ticket.id]
    assert row.message_count == 1


def test_note_holding_a_secret_is_refused_and_not_stored(session, sam, maria_ticket):
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        note(session, sam, maria_ticket.id, NOTE_SECRET)
    assert "password" in refused.value.errors["message"]
    session.expire_all()
    assert message_count(session) == before


def test_customer_cannot_see_another_customers_ticket_but_agents_see_every_ticket(session, sam, maria, arif_ticket):
    assert tickets.ticket_thread(session, arif_ticket.id, maria) is None
    assert tickets.ticket_thread(session, arif_ticket.id, sam) is not None


# ---------------------------------------------------------------- status


def test_change_status_refuses_an_unknown_status(session, sam, maria_ticket):
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        agent_desk.change_status(session, sam, maria_ticket.id, "archived")
    assert refused.value.errors == {"message": "Pick one of the ticket statuses."}
    session.expire_all()
    assert session.get(Ticket, maria_ticket.id).status == "open"
    assert message_count(session) == before


def test_change_status_records_a_public_event_the_customer_sees(session, sam, maria, maria_ticket):
    agent_desk.change_status(session, sam, maria_ticket.id, "in_review")
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "in_review"
    assert ticket.waiting_since is not None  # still waiting for support
    event = messages(session, ticket.id)[-1]
    assert (event.kind, event.internal, event.body, event.author_id) == (
        "event",
        False,
        "Status: in review.",
        sam.id,
    )
    assert "Status: in review." in thread_bodies(session, ticket.id, maria)


def test_change_status_to_the_current_status_records_nothing(session, sam, maria_ticket):
    before = message_count(session)
    agent_desk.change_status(session, sam, maria_ticket.id, "open")
    assert message_count(session) == before


@pytest.mark.parametrize("status", ["closed", "resolved"])
def test_closing_or_resolving_clears_waiting_since(session, sam, maria_ticket, status):
    agent_desk.change_status(session, sam, maria_ticket.id, status)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == status
    assert ticket.waiting_since is None


def test_a_closed_ticket_takes_no_more_customer_replies(session, sam, maria, maria_ticket):
    agent_desk.change_status(session, sam, maria_ticket.id, "closed")
    with pytest.raises(TicketRejected) as refused:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "One more thing.", THROTTLE)
    assert "open a new ticket" in refused.value.errors["message"]


def test_a_closed_ticket_takes_no_agent_reply_until_reopened(session, sam, maria, maria_ticket):
    agent_desk.change_status(session, sam, maria_ticket.id, "closed")
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        reply(session, sam, maria_ticket, "We checked your order again.")
    assert "change its status first" in refused.value.errors["message"]
    assert message_count(session) == before  # nothing half-saved
    agent_desk.change_status(session, sam, maria_ticket.id, "waiting_on_customer")
    reply(session, sam, maria_ticket, "We checked your order again.")
    assert "We checked your order again." in thread_bodies(session, maria_ticket.id, maria)


def test_a_ticket_another_agent_closed_meanwhile_says_it_is_closed_not_to_read_the_new_message(
    session, sam, nadia, maria_ticket
):
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    agent_desk.change_status(session, nadia, maria_ticket.id, "closed")  # its status line is a newer message
    with pytest.raises(TicketRejected) as refused:
        agent_desk.add_agent_reply(session, sam, maria_ticket.id, PLAIN_REPLY, seen, THROTTLE)
    assert refused.value.errors == {"message": lifecycle.CLOSED_TO_AGENT_REPLIES}


def test_a_customer_reply_reopens_a_resolved_ticket(session, sam, maria, maria_ticket):
    agent_desk.change_status(session, sam, maria_ticket.id, "resolved")
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "It dropped again today.", THROTTLE)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "open"
    assert ticket.waiting_since is not None
    assert messages(session, ticket.id)[-2].body == "Status: open."


# ---------------------------------------------------------------- assignment


def test_assign_to_another_agent_records_an_internal_event(session, sam, nadia, maria, maria_ticket):
    agent_desk.assign(session, sam, maria_ticket.id, nadia.id)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.assigned_agent_id == nadia.id
    event = messages(session, ticket.id)[-1]
    assert (event.kind, event.internal, event.body, event.author_id) == (
        "event",
        True,
        "Assigned to Nadia (Support).",
        sam.id,
    )
    assert event.body in thread_bodies(session, ticket.id, sam)
    assert event.body not in thread_bodies(session, ticket.id, maria)


def test_assign_to_the_current_assignee_records_nothing(session, sam, nadia, maria_ticket):
    agent_desk.assign(session, sam, maria_ticket.id, nadia.id)
    before = message_count(session)
    agent_desk.assign(session, sam, maria_ticket.id, nadia.id)
    assert message_count(session) == before


def test_unassign_records_an_internal_event(session, sam, nadia, maria, maria_ticket):
    agent_desk.assign(session, sam, maria_ticket.id, nadia.id)
    agent_desk.assign(session, sam, maria_ticket.id, None)
    session.expire_all()
    assert session.get(Ticket, maria_ticket.id).assigned_agent_id is None
    event = messages(session, maria_ticket.id)[-1]
    assert (event.body, event.internal) == ("Unassigned.", True)
    assert "Unassigned." not in thread_bodies(session, maria_ticket.id, maria)


@pytest.mark.parametrize("assignee", ["maria", "missing"])
def test_assigning_a_customer_or_unknown_account_is_refused(session, users, sam, maria_ticket, assignee):
    assignee_id = users["maria"].id if assignee == "maria" else 999_999
    before = message_count(session)
    with pytest.raises(TicketRejected) as refused:
        agent_desk.assign(session, sam, maria_ticket.id, assignee_id)
    assert refused.value.errors == {"message": "Pick one of the agents."}
    session.expire_all()
    assert session.get(Ticket, maria_ticket.id).assigned_agent_id is None
    assert message_count(session) == before


# ---------------------------------------------------------------- customer side


def test_agent_reply_is_unread_until_the_customer_has_seen_it(session, sam, maria, maria_ticket):
    assert unread(session, maria, maria_ticket.id) is False
    reply(session, sam, maria_ticket)
    assert unread(session, maria, maria_ticket.id) is True
    tickets.mark_seen_by_customer(session, maria.id, maria_ticket.id)
    assert unread(session, maria, maria_ticket.id) is False
    reply(session, sam, maria_ticket, "A follow-up: delivery resumed.")
    assert unread(session, maria, maria_ticket.id) is True


def test_customer_reply_reopens_a_waiting_ticket_and_starts_waiting_again(session, sam, maria, maria_ticket):
    reply(session, sam, maria_ticket)
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Thanks, it is still slow.", THROTTLE)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "open"
    assert ticket.waiting_since is not None


def test_mark_seen_refuses_another_customers_ticket(session, arif, maria_ticket):
    with pytest.raises(TicketRejected):
        tickets.mark_seen_by_customer(session, arif.id, maria_ticket.id)


def test_customer_marks_resolved_records_a_public_event_and_stops_waiting(session, maria, sam, maria_ticket):
    tickets.customer_marks_resolved(session, maria.id, maria_ticket.id)
    session.expire_all()
    ticket = session.get(Ticket, maria_ticket.id)
    assert ticket.status == "resolved"
    assert ticket.waiting_since is None
    event = messages(session, ticket.id)[-1]
    assert (event.kind, event.internal, event.author_id, event.body) == (
        "event",
        False,
        maria.id,
        "Status: resolved.",
    )
    assert event.body in thread_bodies(session, ticket.id, maria)
    with pytest.raises(TicketRejected) as refused:
        tickets.customer_marks_resolved(session, maria.id, maria_ticket.id)
    assert refused.value.errors["message"] == "This ticket is already resolved."


def test_customer_cannot_resolve_another_customers_ticket(session, arif, maria_ticket):
    with pytest.raises(TicketRejected):
        tickets.customer_marks_resolved(session, arif.id, maria_ticket.id)
    session.expire_all()
    assert session.get(Ticket, maria_ticket.id).status == "open"


# ---------------------------------------------------------------- canned replies


def test_canned_reply_fills_in_the_values_given():
    text = canned_replies.render(
        "checking",
        {
            "customer": "Maria",
            "order_id": "48207",
            "service": "Telegram Group Members",
            "order_status": "In progress",
            "submitted_link": "t.me/+Xk3pL9qRzT1hYWEy",
        },
    )
    assert text.startswith("Hello Maria, thank you for the ticket.")
    assert "order #48207 (Telegram Group Members, status: In progress)" in text
    assert "t.me/+Xk3pL9qRzT1hYWEy" in text
    assert "{" not in text and "—" not in text


def test_a_canned_reply_missing_a_value_is_neither_offered_nor_rendered():
    values = {"customer": "Arif"}  # a ticket with no order
    assert canned_replies.render("current_count", values) == ""
    assert "current_count" not in {reply.key for reply in canned_replies.available(values)}
    assert all(
        "order" not in reply.needs and "order_id" not in reply.needs for reply in canned_replies.available(values)
    )


def test_canned_reply_with_an_unknown_key_is_empty():
    assert canned_replies.render("no-such-reply", {"customer": "Arif"}) == ""


@pytest.mark.parametrize("canned", canned_replies.CANNED_REPLIES, ids=lambda c: c.key)
def test_every_canned_reply_passes_the_agent_screening(canned):
    values = {name: "48207" if "id" in name else "Telegram members" for name in canned.needs}
    text = canned_replies.render(canned.key, values)
    assert text and agent_desk.screen_agent_text(text) == []


# ---------------------------------------------------------------- payments and voice


def test_review_of_a_payment_ticket_finds_the_payment_and_judges_it(session, sam, maria):
    ticket = new_ticket(
        session,
        maria,
        issue_type="payment",
        payment_reference="CARD-9D2M44LB",
        payment_amount_cents=2500,
        payment_method="card",
    )
    found = agent_desk.review(session, sam, ticket)
    assert found.matched_payment == "CARD-9D2M44LB"
    assert found.verdict.outcome == "payment_pending"
    assert found.record is None


def test_review_of_an_order_ticket_speaks_about_the_customer(session, sam, arif):
    ticket = new_ticket(session, arif, issue_type="order", order_id=48222, reported_status="in_progress")
    verdict = agent_desk.review(session, sam, ticket).verdict
    text = " ".join((verdict.headline, *verdict.reasons, *(c.detail for c in verdict.checks))).lower()
    assert " you " not in f" {text} " and "your " not in text


# ---------------------------------------------------------------- audit


def test_every_agent_action_is_audited_with_who_what_and_when(session, sam, nadia, maria_ticket):
    agent_desk.record_opened(session, sam, maria_ticket.id)
    reply(session, sam, maria_ticket)
    note(session, sam, maria_ticket.id, "Checked the provider.")
    agent_desk.change_status(session, sam, maria_ticket.id, "in_review")
    agent_desk.assign(session, sam, maria_ticket.id, nadia.id)
    trail = agent_desk.audit_trail(session, nadia, maria_ticket.id)
    assert [line.action for line in trail] == ["assign", "status", "note", "reply", "opened"]
    assert {line.actor for line in trail} == {"Sam (Support)"}
    assert trail[1].detail == "Waiting on customer → In review"
    assert all(line.created_at is not None for line in trail)


def test_opening_a_ticket_again_within_the_hour_is_audited_once(session, sam, maria_ticket):
    agent_desk.record_opened(session, sam, maria_ticket.id)
    agent_desk.record_opened(session, sam, maria_ticket.id)
    assert [line.action for line in agent_desk.audit_trail(session, sam, maria_ticket.id)] == ["opened"]


def test_the_audit_trail_cannot_be_changed_or_deleted(session, sam, maria_ticket):
    from support_studio.models import AuditEntry

    agent_desk.record_opened(session, sam, maria_ticket.id)
    entry = session.exec(select(AuditEntry)).first()
    entry.detail = "rewritten"
    with pytest.raises(PermissionError):
        session.commit()
    session.rollback()
    session.delete(session.exec(select(AuditEntry)).first())
    with pytest.raises(PermissionError):
        session.commit()


def test_a_file_staged_for_one_ticket_never_goes_with_a_reply_on_another(
    session, sam, maria_ticket, arif_ticket, tmp_path
):
    """An upload still being checked when the agent opened the next ticket is staged
    where it was sent from: a reply on another customer's ticket can't carry it."""
    storage = evidence.LocalFileStorage(tmp_path / "files")
    checked = evidence.check_file("maria-receipt.png", samples.image_bytes("PNG", size=(640, 480)))
    row = evidence.stage_file(session, storage, sam.id, checked, evidence.ticket_place(maria_ticket.id))
    seen = agent_desk.latest_message_id(session, arif_ticket.id)
    before = message_count(session)
    with pytest.raises(TicketRejected):
        agent_desk.add_agent_reply(session, sam, arif_ticket.id, PLAIN_REPLY, seen, THROTTLE, [row.file_id])
    session.expire_all()
    assert message_count(session) == before
    assert session.get(type(row), row.id).message_id is None  # still waiting on maria's ticket
    seen = agent_desk.latest_message_id(session, maria_ticket.id)
    reply = agent_desk.add_agent_reply(session, sam, maria_ticket.id, PLAIN_REPLY, seen, THROTTLE, [row.file_id])
    assert session.get(type(row), row.id).message_id == reply.id
