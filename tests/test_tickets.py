"""Database tests for the ticket data layer, sign-in and demo data, on a real
SQLite file per test (seeded with the demo panel)."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

import support_studio.models  # noqa: F401  (registers every table on SQLModel.metadata)
from support_studio import accounts, demo_data, tickets
from support_studio.domain import ORDER_STATUSES, TICKET_STATUSES
from support_studio.models import Account, Message, Order, Payment, Service, SignInSession, Ticket
from support_studio.ticket_quality import SUMMARY_MAX, TicketDraft
from support_studio.tickets import TicketRejected
from tests.conftest import sqlite_engine

PASSWORD_SECRET = "my telegram password is Sunflower#2024"
CODE_SECRET = "login code 48213"
SECRETS = [PASSWORD_SECRET, CODE_SECRET]
CLEAR_SUMMARY = "The channel dropped from 17,400 to 15,900 members within three days of completion."
FIXED_NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

# maria's complete draft about her own completed order 48201
MARIA_DRAFT = TicketDraft(
    issue_type="order",
    order_id=48201,
    target_text="t.me/CryptoNewsDaily",
    reported_status="completed",
    summary=CLEAR_SUMMARY,
    already_checked="The channel is public and the link is unchanged.",
)


def count(session, model, *where) -> int:
    return session.exec(select(func.count()).select_from(model).where(*where)).one()


def row_counts(session) -> dict[str, int]:
    models = (Account, Service, Order, Payment, Ticket, Message)
    return {model.__name__: count(session, model) for model in models}


def database_bytes(db_path) -> bytes:
    """The database file plus any journal SQLite left next to it."""
    return b"".join(p.read_bytes() for p in sorted(db_path.parent.glob(db_path.name + "*")))


def order_ids(records) -> list[int]:
    return [record.order.id for record in records]


@pytest.fixture(autouse=True)
def _limiter(throttle):
    global THROTTLE
    THROTTLE = throttle


def set_status(session, ticket, status):
    ticket.status = status
    session.add(ticket)
    session.commit()


# --------------------------------------------------------------- demo data


def test_seed_fills_an_empty_database_and_a_second_run_adds_nothing(tmp_path):
    engine = sqlite_engine(tmp_path / "fresh.db")
    with Session(engine) as session:
        first = demo_data.seed(session, FIXED_NOW)
        counts = row_counts(session)
        second = demo_data.seed(session, FIXED_NOW)
        assert row_counts(session) == counts
    engine.dispose()
    assert first == {
        "accounts": counts["Account"],
        "services": counts["Service"],
        "orders": counts["Order"],
        "payments": counts["Payment"],
        "tickets": counts["Ticket"],
    }
    assert all(first.values())
    assert second == dict.fromkeys(first, 0)


def test_reseeding_a_seeded_database_changes_no_row_counts(session):
    before = row_counts(session)
    assert set(demo_data.seed(session).values()) == {0}
    assert row_counts(session) == before


def test_demo_orders_cover_every_order_status(session):
    statuses = set(session.exec(select(Order.status)))
    assert statuses == set(ORDER_STATUSES)


def test_demo_data_has_customers_agents_services_orders_payments_and_tickets(session, users):
    roles = [account.role for account in users.values()]
    assert roles.count("customer") >= 2
    assert roles.count("agent") >= 1
    assert 10 <= count(session, Service) <= 14
    assert 35 <= count(session, Order) <= 45
    assert count(session, Payment) >= 1
    assert count(session, Ticket) >= 1
    # every demo ticket starts with its customer's first message
    for ticket in session.exec(select(Ticket)):
        first = session.exec(select(Message).where(Message.ticket_id == ticket.id).order_by(Message.id)).first()
        assert (first.author_id, first.body) == (ticket.customer_id, ticket.summary)
    # and the queue has tickets in every status
    assert {ticket.status for ticket in session.exec(select(Ticket))} == set(TICKET_STATUSES)


def test_timestamps_read_back_as_aware_utc(session):
    order = session.get(Order, 48201)
    assert order.created_at.tzinfo is not None
    assert order.created_at.utcoffset() == timedelta(0)


# ---------------------------------------------------------------- accounts


def test_authenticate_with_the_right_password_returns_the_account(session, maria):
    assert accounts.authenticate(session, "maria", "maria-demo-pass").id == maria.id


def test_authenticate_ignores_case_and_spaces_around_the_username(session, maria):
    assert accounts.authenticate(session, "  Maria ", "maria-demo-pass").id == maria.id


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("maria", "wrong-pass"),
        ("maria", "Maria-demo-pass"),
        ("maria", ""),
        ("maria", "arif-demo-pass"),
        ("nobody", "maria-demo-pass"),
        ("", ""),
        ("maria", "maria-demo-pass" + "x" * 80),  # over bcrypt's 72 bytes: refused, not cut
    ],
)
def test_authenticate_refuses_wrong_credentials(session, username, password):
    assert accounts.authenticate(session, username, password) is None


def test_sign_in_token_leads_back_to_the_account(session, maria):
    token = accounts.start_session(session, maria)
    assert accounts.account_for_token(session, token).id == maria.id


def test_sign_in_stores_only_a_hash_of_the_token(session, db_path, maria):
    token = accounts.start_session(session, maria)
    stored = session.exec(select(SignInSession)).one()
    assert stored.token_hash != token
    assert token.encode() not in database_bytes(db_path)


def test_ended_sign_in_no_longer_finds_the_account(session, maria):
    token = accounts.start_session(session, maria)
    accounts.end_session(session, accounts.token_hash(token))
    assert accounts.account_for_token(session, token) is None
    assert count(session, SignInSession) == 0


def test_ending_an_unknown_sign_in_changes_nothing(session, maria):
    token = accounts.start_session(session, maria)
    accounts.end_session(session, accounts.token_hash("not-a-token"))
    assert count(session, SignInSession) == 1
    assert accounts.account_for_token(session, token).id == maria.id


def test_expired_sign_in_no_longer_finds_the_account(session, maria):
    token = accounts.start_session(session, maria)
    sign_in = session.exec(select(SignInSession)).one()
    sign_in.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    session.add(sign_in)
    session.commit()
    assert accounts.account_for_token(session, token) is None


@pytest.mark.parametrize("token", ["", "not-a-token", "x" * 129])
def test_unknown_token_finds_no_account(session, maria, token):
    accounts.start_session(session, maria)
    assert accounts.account_for_token(session, token) is None


# ------------------------------------------------------------------ orders


def test_order_search_without_query_lists_only_own_orders_newest_first(session, maria):
    records = tickets.search_customer_orders(session, maria.id)
    assert records
    assert {record.order.customer_id for record in records} == {maria.id}
    created = [record.order.created_at for record in records]
    assert created == sorted(created, reverse=True)
    assert all(record.service.id == record.order.service_id for record in records)


def test_order_search_honours_the_limit(session, maria):
    assert len(tickets.search_customer_orders(session, maria.id, limit=3)) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("4820", set(range(48201, 48210))),
        ("48201", {48201}),
        ("#48201", {48201}),
        (" 48215 ", {48215}),
    ],
)
def test_order_search_by_id_prefix(session, maria, query, expected):
    assert set(order_ids(tickets.search_customer_orders(session, maria.id, query))) == expected


@pytest.mark.parametrize("query", ["48221", "4822", "#48241"])
def test_order_search_never_returns_another_customers_order_by_id(session, maria, query):
    assert tickets.search_customer_orders(session, maria.id, query) == []


def test_order_search_by_link_fragment(session, maria):
    found = tickets.search_customer_orders(session, maria.id, "travel_club")
    assert set(order_ids(found)) == {48203, 48209}


@pytest.mark.parametrize(
    "query",
    [
        "@cryptonewsdaily",
        "@CryptoNewsDaily",
        "cryptonewsdaily",
        "t.me/cryptonewsdaily",
        "https://t.me/cryptonewsdaily",
        "telegram.me/cryptonewsdaily",
        "tg://resolve?domain=cryptonewsdaily",
    ],
)
def test_order_search_by_pasted_link_forms_finds_the_channels_orders(session, maria, query):
    found = tickets.search_customer_orders(session, maria.id, query)
    assert {48201, 48202} <= set(order_ids(found))
    assert {record.order.customer_id for record in found} == {maria.id}


@pytest.mark.parametrize("query", ["@arif_tech_deals", "arif_tech", "t.me/arifgaming", "https://t.me/arifgaming/77"])
def test_order_search_by_another_customers_link_finds_nothing(session, maria, query):
    assert tickets.search_customer_orders(session, maria.id, query) == []


def test_order_search_by_private_post_link(session, maria):
    found = tickets.search_customer_orders(session, maria.id, "t.me/c/1874523301/88")
    assert order_ids(found) == [48215]


def test_order_search_treats_like_wildcards_literally(session, maria):
    assert tickets.search_customer_orders(session, maria.id, "%") == []
    assert tickets.search_customer_orders(session, maria.id, "maria%club") == []


def test_order_search_by_at_username_finds_a_bot_order_with_a_start_parameter(session, maria):
    # Order 48213's link is "https://t.me/maria_booking_bot?start=promo".
    found = tickets.search_customer_orders(session, maria.id, "@maria_booking_bot")
    assert order_ids(found) == [48213]


def test_customer_order_returns_own_order_with_its_service(session, maria):
    record = tickets.customer_order(session, maria.id, 48201)
    assert record.order.id == 48201
    assert record.service.id == record.order.service_id


@pytest.mark.parametrize("order_id", [48221, 48241, 99999])
def test_customer_order_refuses_another_customers_or_unknown_order(session, maria, order_id):
    assert tickets.customer_order(session, maria.id, order_id) is None


def test_customer_payments_lists_only_own_payments_newest_first(session, maria):
    payments = tickets.customer_payments(session, maria.id)
    assert {p.reference for p in payments} == {
        "CARD-7F3K29QX",
        "USDT-TRC20-8c1e5b7a90",
        "CARD-9D2M44LB",
        "PIX-20261127-4471",
    }
    created = [p.created_at for p in payments]
    assert created == sorted(created, reverse=True)


# ------------------------------------------------------------- submission


def test_submit_ticket_stores_the_ticket_and_its_first_message(engine, session, maria):
    ticket = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "key-1", THROTTLE)
    with Session(engine) as fresh:  # what was committed, not what the session holds
        stored = fresh.get(Ticket, ticket.id)
        messages = fresh.exec(select(Message).where(Message.ticket_id == ticket.id)).all()
    assert (stored.customer_id, stored.issue_type, stored.order_id) == (maria.id, "order", 48201)
    assert stored.status == "open"
    assert stored.telegram_target == "https://t.me/cryptonewsdaily"
    assert stored.reported_status == "completed"
    assert stored.summary == CLEAR_SUMMARY
    assert stored.already_checked == MARIA_DRAFT.already_checked
    assert stored.submission_key == "key-1"
    assert [(m.author_id, m.body) for m in messages] == [(maria.id, CLEAR_SUMMARY)]


def test_submit_ticket_strips_padding_from_text_fields(session, maria):
    draft = replace(MARIA_DRAFT, summary=f"  {CLEAR_SUMMARY}\n", already_checked=" ok ")
    ticket = tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert (ticket.summary, ticket.already_checked) == (CLEAR_SUMMARY, "ok")


def test_payment_ticket_needs_no_order(session, maria):
    draft = TicketDraft(
        issue_type="payment",
        payment_reference=" CARD-9D2M44LB ",
        payment_amount="25",
        payment_method="card",
        payment_date=date.today().isoformat(),
        summary=CLEAR_SUMMARY,
    )
    ticket = tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert (ticket.order_id, ticket.payment_reference) == (None, "CARD-9D2M44LB")
    assert ticket.telegram_target is None


def test_same_submission_key_twice_returns_the_same_ticket(session, maria):
    before = row_counts(session)
    first = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "double-click", THROTTLE)
    second = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "double-click", THROTTLE)
    assert second.id == first.id
    assert count(session, Ticket, Ticket.submission_key == "double-click") == 1
    after = row_counts(session)
    assert (after["Ticket"], after["Message"]) == (before["Ticket"] + 1, before["Message"] + 1)


def test_submission_keys_are_per_customer(session, maria, arif):
    arif_draft = replace(MARIA_DRAFT, order_id=48221, target_text="@arif_tech_deals")
    mine = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "same-key", THROTTLE)
    theirs = tickets.submit_ticket(session, arif.id, arif_draft, "same-key", THROTTLE)
    assert mine.id != theirs.id
    assert (mine.customer_id, theirs.customer_id) == (maria.id, arif.id)


def test_concurrent_duplicate_submission_returns_the_winning_ticket(engine, session, maria, monkeypatch):
    with Session(engine) as other_request:
        winner_id = tickets.submit_ticket(other_request, maria.id, MARIA_DRAFT, "race", THROTTLE).id
    lookup = tickets._ticket_by_submission
    calls = []

    def first_lookup_misses(*args):
        # This request checked before the other one committed.
        calls.append(args)
        return None if len(calls) == 1 else lookup(*args)

    monkeypatch.setattr(tickets, "_ticket_by_submission", first_lookup_misses)
    messages_before = count(session, Message)
    ticket = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "race", THROTTLE)
    assert ticket.id == winner_id
    assert count(session, Ticket, Ticket.submission_key == "race") == 1
    assert count(session, Message) == messages_before


@pytest.mark.parametrize("field", ["summary", "already_checked"])
@pytest.mark.parametrize("secret", SECRETS)
def test_flagged_secret_rejects_the_ticket_and_stores_nothing(session, db_path, maria, field, secret):
    text = f"{CLEAR_SUMMARY} Here it is: {secret}"
    draft = replace(MARIA_DRAFT, **{field: text})
    before = row_counts(session)
    with pytest.raises(TicketRejected) as rejected:
        tickets.submit_ticket(session, maria.id, draft, "secret-key", THROTTLE)
    assert field in rejected.value.errors
    assert secret not in str(rejected.value)  # the refusal does not echo the secret
    session.commit()
    assert row_counts(session) == before
    assert count(session, Ticket, Ticket.submission_key == "secret-key") == 0
    assert secret.encode() not in database_bytes(db_path)


def test_draft_about_another_customers_order_is_rejected(session, maria):
    draft = replace(MARIA_DRAFT, order_id=48221, target_text="@arif_tech_deals")
    before = row_counts(session)
    with pytest.raises(TicketRejected) as rejected:
        tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert "order_id" in rejected.value.errors
    assert row_counts(session) == before


def test_draft_missing_required_items_is_rejected_with_a_form_error_listing_them(session, maria):
    draft = TicketDraft(issue_type="refill", order_id=48201, summary=CLEAR_SUMMARY)
    with pytest.raises(TicketRejected) as rejected:
        tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert rejected.value.errors == {"form": "Still missing: Telegram target, Current status, Count you see now."}
    assert count(session, Ticket, Ticket.submission_key == "key-1") == 0


@pytest.mark.parametrize("issue_type", ["", "bogus"])
def test_draft_without_a_known_issue_type_is_rejected(session, maria, issue_type):
    with pytest.raises(TicketRejected) as rejected:
        tickets.submit_ticket(session, maria.id, replace(MARIA_DRAFT, issue_type=issue_type), "k", THROTTLE)
    assert "issue_type" in rejected.value.errors
    assert "form" not in rejected.value.errors


def test_draft_with_an_unusable_field_is_rejected_on_that_field(session, maria):
    draft = replace(MARIA_DRAFT, target_text="t.me/login")
    with pytest.raises(TicketRejected) as rejected:
        tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert "target_text" in rejected.value.errors


# ---------------------------------------------------------------- replies


def test_customer_reply_is_stored_and_refreshes_activity(session, maria, maria_ticket):
    before = maria_ticket.last_activity_at
    message = tickets.add_customer_message(session, maria.id, maria_ticket.id, "  Any news?  ", THROTTLE)
    assert (message.ticket_id, message.author_id, message.body) == (
        maria_ticket.id,
        maria.id,
        "Any news?",
    )
    session.refresh(maria_ticket)
    assert maria_ticket.last_activity_at > before
    assert maria_ticket.updated_at == maria_ticket.last_activity_at


def test_reply_on_another_customers_ticket_is_refused(session, maria, arif_ticket):
    before = row_counts(session)
    with pytest.raises(TicketRejected) as rejected:
        tickets.add_customer_message(session, maria.id, arif_ticket.id, "Hello", THROTTLE)
    assert rejected.value.errors == {"message": "This ticket is not one of yours."}
    assert row_counts(session) == before


def test_reply_on_an_unknown_ticket_is_refused(session, maria):
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, maria.id, 999_999, "Hello", THROTTLE)


@pytest.mark.parametrize("status", ["closed"])
def test_reply_on_a_finished_ticket_is_refused(session, maria, maria_ticket, status):
    set_status(session, maria_ticket, status)
    before = row_counts(session)
    with pytest.raises(TicketRejected) as rejected:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "Hello again", THROTTLE)
    assert "closed" in rejected.value.errors["message"]
    assert row_counts(session) == before


@pytest.mark.parametrize("body", ["", "   \n\t "])
def test_empty_reply_is_refused(session, maria, maria_ticket, body):
    with pytest.raises(TicketRejected) as rejected:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, body, THROTTLE)
    assert rejected.value.errors == {"message": "Write a message first."}


def test_overlong_reply_is_refused(session, maria, maria_ticket):
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "x" * (SUMMARY_MAX + 1), THROTTLE)


@pytest.mark.parametrize("secret", SECRETS)
def test_reply_with_a_flagged_secret_is_refused_and_nothing_stored(session, db_path, maria, maria_ticket, secret):
    before = row_counts(session)
    activity = maria_ticket.last_activity_at
    with pytest.raises(TicketRejected) as rejected:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, f"Sorry, {secret}", THROTTLE)
    assert "message" in rejected.value.errors
    session.commit()
    session.refresh(maria_ticket)
    assert row_counts(session) == before
    assert maria_ticket.last_activity_at == activity
    assert secret.encode() not in database_bytes(db_path)


def test_reply_moves_waiting_on_customer_back_to_open(session, maria, maria_ticket):
    set_status(session, maria_ticket, "waiting_on_customer")
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Here is the count: 14,200.", THROTTLE)
    session.refresh(maria_ticket)
    assert maria_ticket.status == "open"


def test_reply_leaves_in_review_as_it_is(session, maria, maria_ticket):
    set_status(session, maria_ticket, "in_review")
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Any news?", THROTTLE)
    session.refresh(maria_ticket)
    assert maria_ticket.status == "in_review"


# ------------------------------------------------------------ ticket lists


def test_customer_tickets_lists_only_own_tickets(session, maria, arif_ticket):
    rows = tickets.customer_tickets(session, maria.id)
    assert rows
    assert arif_ticket.id not in {row.number for row in rows}
    owned = session.exec(select(Ticket.id).where(Ticket.customer_id == maria.id)).all()
    assert {row.number for row in rows} == set(owned)


def test_customer_tickets_lists_most_recent_activity_first(session, maria, maria_ticket):
    new = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "key-1", THROTTLE)
    numbers = [row.number for row in tickets.customer_tickets(session, maria.id)]
    assert numbers[0] == new.id and maria_ticket.id in numbers
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "Still slow today.", THROTTLE)
    rows = tickets.customer_tickets(session, maria.id)
    assert [row.number for row in rows][:2] == [maria_ticket.id, new.id]
    assert [row.message_count for row in rows][:2] == [2, 1]


def test_customer_without_tickets_gets_an_empty_list(session, users):
    assert tickets.customer_tickets(session, users["nadia"].id) == []


# ----------------------------------------------------------------- threads


def test_ticket_thread_is_hidden_from_another_customer(session, maria, arif_ticket):
    assert tickets.ticket_thread(session, arif_ticket.id, maria) is None


def test_ticket_thread_of_an_unknown_ticket_is_none(session, sam):
    assert tickets.ticket_thread(session, 999_999, sam) is None


def test_ticket_thread_for_its_owner(session, arif, arif_ticket):
    thread = tickets.ticket_thread(session, arif_ticket.id, arif)
    assert thread.ticket.id == arif_ticket.id
    assert thread.order.order.id == 48222
    assert [(m.author_name, m.from_support, m.body) for m in thread.messages] == [
        ("Arif Rahman", False, arif_ticket.summary),
    ]


def test_ticket_thread_for_an_agent_shows_messages_in_order(session, sam, arif_ticket):
    session.add(Message(ticket_id=arif_ticket.id, author_id=sam.id, body="Checking the refill window."))
    session.commit()
    thread = tickets.ticket_thread(session, arif_ticket.id, sam)
    assert thread.order.order.id == 48222
    assert [(m.author_name, m.from_support) for m in thread.messages] == [
        ("Arif Rahman", False),
        ("Sam (Support)", True),
    ]


def test_ticket_thread_without_an_order_has_no_order(session, maria):
    draft = TicketDraft(issue_type="other", summary=CLEAR_SUMMARY)
    ticket = tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    thread = tickets.ticket_thread(session, ticket.id, maria)
    assert thread.order is None
    assert len(thread.messages) == 1


# ------------------------------------------------------ open ticket lookup


def test_open_ticket_for_order_finds_the_open_ticket(session, maria, maria_ticket):
    assert tickets.open_ticket_for_order(session, maria.id, 48207).id == maria_ticket.id


@pytest.mark.parametrize("status", ["in_review", "waiting_on_customer"])
def test_open_ticket_for_order_counts_tickets_still_being_worked(session, maria, maria_ticket, status):
    set_status(session, maria_ticket, status)
    assert tickets.open_ticket_for_order(session, maria.id, 48207).id == maria_ticket.id


@pytest.mark.parametrize("status", ["resolved", "closed"])
def test_open_ticket_for_order_ignores_finished_tickets(session, maria, maria_ticket, status):
    set_status(session, maria_ticket, status)
    assert tickets.open_ticket_for_order(session, maria.id, 48207) is None


def test_open_ticket_for_order_prefers_the_new_open_ticket_over_a_resolved_one(session, maria, maria_ticket):
    set_status(session, maria_ticket, "resolved")
    draft = replace(
        MARIA_DRAFT, order_id=48207, target_text="https://t.me/+Xk3pL9qRzT1hYWEy", reported_status="in_progress"
    )
    new = tickets.submit_ticket(session, maria.id, draft, "key-1", THROTTLE)
    assert tickets.open_ticket_for_order(session, maria.id, 48207).id == new.id


def test_open_ticket_for_order_is_none_for_orders_without_tickets(session, maria):
    assert tickets.open_ticket_for_order(session, maria.id, 48201) is None


def test_open_ticket_for_order_ignores_another_customers_ticket(session, maria):
    assert tickets.open_ticket_for_order(session, maria.id, 48222) is None


# ------------------------------------------- keys, hidden fields, subjects, limits


def test_a_reused_submission_key_with_other_content_is_refused_and_loses_nothing(session, maria):
    """Two tabs, one key: the second draft is refused instead of landing on the first's number."""
    first = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "shared-key", THROTTLE)
    other = replace(MARIA_DRAFT, issue_type="speed", summary=CLEAR_SUMMARY + " It is also slow.")
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, other, "shared-key", THROTTLE)
    assert f"already sent as ticket #{first.id}" in refused.value.errors["form"]
    assert tickets.submit_ticket(session, maria.id, other, "fresh-key", THROTTLE).issue_type == "speed"


def test_a_payment_ticket_keeps_nothing_of_the_order_its_type_hides(session, maria):
    draft = replace(
        MARIA_DRAFT,
        issue_type="payment",
        payment_reference="CARD-9D2M44LB",
        payment_amount="25.00",
        payment_method="card",
        payment_date=date.today().isoformat(),
        current_count="12,400",
    )
    ticket = tickets.submit_ticket(session, maria.id, draft, "pay-1", THROTTLE)
    assert ticket.order_id is None and ticket.telegram_target is None and ticket.reported_status is None
    assert ticket.reported_count is None
    assert (ticket.payment_amount_cents, ticket.payment_method) == (2500, "card")


def test_a_ticket_gets_a_subject_from_its_type_and_order_unless_one_is_given(session, maria):
    assert (
        tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "s-1", THROTTLE).subject == "Order issue · order #48201"
    )
    own = replace(MARIA_DRAFT, subject="Members vanished overnight")
    assert tickets.submit_ticket(session, maria.id, own, "s-2", THROTTLE).subject == "Members vanished overnight"
    rows = {row.number: row.subject for row in tickets.customer_tickets(session, maria.id)}
    assert "Members vanished overnight" in rows.values()


def test_opening_tickets_is_limited_per_account_with_a_clear_message(session, maria, arif):
    for number in range(10):
        tickets.submit_ticket(
            session, maria.id, replace(MARIA_DRAFT, summary=f"{CLEAR_SUMMARY} {number}"), f"n-{number}", THROTTLE
        )
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "n-11", THROTTLE)
    assert refused.value.errors["form"].startswith("You can open 10 tickets an hour. Try again in")
    assert count(session, Ticket, Ticket.submission_key == "n-11") == 0
    # another account is not affected
    arif_draft = replace(MARIA_DRAFT, order_id=48221, target_text="@arif_tech_deals")
    assert tickets.submit_ticket(session, arif.id, arif_draft, "arif-1", THROTTLE).id


def test_sending_messages_is_limited_per_account(session, maria, maria_ticket):
    for number in range(30):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, f"Update number {number}.", THROTTLE)
    before = row_counts(session)
    with pytest.raises(TicketRejected) as refused:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "One more.", THROTTLE)
    assert refused.value.errors["message"].startswith("You can send 30 messages a minute.")
    assert row_counts(session) == before


def test_a_secret_split_over_two_messages_is_refused(session, db_path, maria, maria_ticket):
    tickets.add_customer_message(session, maria.id, maria_ticket.id, "ok here is my telegram password", THROTTLE)
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "Sunflower#2024", THROTTLE)
    assert b"Sunflower#2024" not in database_bytes(db_path)


def test_a_secret_split_over_three_messages_is_refused(session, db_path, maria, maria_ticket):
    for body in ("My telegram password is", "I will send it in the next message"):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, body, THROTTLE)
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, "Tr0ub4dor&3x", THROTTLE)
    assert b"Tr0ub4dor&3x" not in database_bytes(db_path)


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        (("my telegram password is", ".", ".", "."), "Sunflower88"),
        (("the login code telegram sent me is", "."), "48213"),
    ],
)
def test_a_secret_split_with_empty_messages_between_is_refused(session, db_path, maria, maria_ticket, messages, secret):
    """Messages with nothing to read ("." "👍") don't push the label out of reach."""
    for body in messages:
        tickets.add_customer_message(session, maria.id, maria_ticket.id, body, THROTTLE)
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, maria.id, maria_ticket.id, secret, THROTTLE)
    assert secret.encode() not in database_bytes(db_path)


def test_a_code_under_a_subject_that_is_only_its_label_is_refused(session, db_path, maria):
    draft = replace(MARIA_DRAFT, subject="Login code", summary="48213 - " + CLEAR_SUMMARY)
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, draft, "label-subject", THROTTLE)
    assert "summary" in refused.value.errors
    assert tickets.screen_fields({"subject": "Members dropped", "summary": "48213 - " + CLEAR_SUMMARY}) == {}


def test_a_secret_split_over_two_fields_is_refused(session, maria):
    draft = replace(MARIA_DRAFT, summary=CLEAR_SUMMARY + " My telegram password is", already_checked="Sunflower#2024")
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, draft, "split", THROTTLE)
    assert "already_checked" in refused.value.errors


def test_a_secret_split_over_fields_with_others_between_is_refused(session, db_path, maria):
    draft = replace(MARIA_DRAFT, subject="My telegram password is", already_checked="Sunflower#2024")
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, draft, "split-far", THROTTLE)
    assert "already_checked" in refused.value.errors
    assert b"Sunflower#2024" not in database_bytes(db_path)


def test_a_value_typed_before_its_label_in_a_later_field_is_refused(session, db_path, maria):
    draft = replace(
        MARIA_DRAFT, summary=CLEAR_SUMMARY + " Tr0ub4dor&3x", already_checked="is my Telegram account password"
    )
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(session, maria.id, draft, "split-back", THROTTLE)
    assert "summary" in refused.value.errors
    assert b"Tr0ub4dor&3x" not in database_bytes(db_path)
    clean = {"summary": CLEAR_SUMMARY, "already_checked": "I will not send my password, do not ask"}
    assert tickets.screen_fields(clean) == {}


def test_a_label_left_in_the_summary_does_not_flag_the_count_above_it():
    # What "Remove it" leaves of "… my 2fa password is Sunflower#88" in the summary: its label.
    values = {"current_count": "5,400", "summary": CLEAR_SUMMARY + " My 2fa password is"}
    assert tickets.screen_fields(values) == {}


@pytest.mark.parametrize(
    "values",
    [
        {"subject": "Payment missing (no password needed)", "payment_reference": "CARD-9D2M44LB"},
        {"subject": "Forgot password", "payment_reference": "CARD-9D2M44LB", "payment_amount": "25.00"},
        {"subject": "Login code problem", "current_count": "7300", "summary": CLEAR_SUMMARY},
    ],
)
def test_a_count_or_a_payment_is_read_alone_and_makes_no_neighbour_a_secret(values):
    assert tickets.screen_fields(values) == {}


def test_a_secret_typed_into_a_payment_reference_is_still_found():
    found = tickets.screen_fields({"payment_reference": "pass:Kedi1234!", "payment_amount": "25.00"})
    assert list(found) == ["payment_reference"]


def test_a_form_screened_again_unchanged_gives_the_same_findings_and_keeps_no_text():
    secret = "Tulip#2024x"
    values = {"subject": "Members dropped", "summary": CLEAR_SUMMARY + f" my telegram password is {secret}"}
    first = tickets.screen_field(values, "summary")
    first.clear()  # a caller's copy: what the next read gets is its own
    again = tickets.screen_field(values, "summary")
    assert [values["summary"][f.start : f.end] for f in again] == [secret]
    assert tickets.screen_field({**values, "summary": CLEAR_SUMMARY}, "summary") == []
    assert tickets.screen_field({**values, "subject": "Password"}, "subject") == []
    assert secret not in repr(tickets._SCREENED_FORMS)


def test_control_and_bidi_characters_are_never_stored(session, maria, maria_ticket):
    body = "Order\x00 48207\u202e is slow\x1b[31m; see\u2066 it\r\nplease\tthanks"
    message = tickets.add_customer_message(session, maria.id, maria_ticket.id, body, THROTTLE)
    session.expire_all()
    stored = session.get(Message, message.id).body
    assert stored == "Order 48207 is slow[31m; see it\nplease\tthanks"


def test_the_review_flow_ticks_only_what_support_did(session, maria, sam):
    from support_studio import agent_desk
    from support_studio.states.views import review_flow

    ticket = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "key-flow", THROTTLE)
    tickets.customer_marks_resolved(session, maria.id, ticket.id)
    steps = review_flow(tickets.ticket_thread(session, ticket.id, maria))
    assert [step.done for step in steps] == [True, False, False, False]  # the customer closed it, nobody reviewed
    # ...and an ended ticket promises nothing more (UX audit 11, F9)
    assert [step.state for step in steps][1:] == [" (not done: the ticket ended first)"] * 3
    agent_desk.change_status(session, sam, ticket.id, "in_review")
    steps = review_flow(tickets.ticket_thread(session, ticket.id, maria))
    assert [step.done for step in steps] == [True, False, False, False]  # a status alone checked nothing seen
    assert steps[1].state == " (not yet)"  # open again: still to come
    agent_desk.add_agent_reply(session, sam, ticket.id, "We checked the order and its refill window.", 10**9, THROTTLE)
    steps = review_flow(tickets.ticket_thread(session, ticket.id, maria))
    assert [step.done for step in steps] == [True, True, True, True]

    # A question with no order: nothing to check or compare is claimed, before or after a review.
    question = replace(MARIA_DRAFT, issue_type="other", order_id=None)
    ticket = tickets.submit_ticket(session, maria.id, question, "key-flow-other", THROTTLE)
    agent_desk.change_status(session, sam, ticket.id, "in_review")
    steps = review_flow(tickets.ticket_thread(session, ticket.id, maria))
    assert [(step.title, step.done) for step in steps] == [("Ticket is received", True), ("Reply is sent", False)]


def test_a_message_added_to_the_open_ticket_carries_the_count_and_what_was_checked():
    draft = TicketDraft(
        issue_type="drop", summary=CLEAR_SUMMARY, current_count="7300", already_checked="The channel is public."
    )
    body = tickets.added_message_body(draft)
    assert body == f"{CLEAR_SUMMARY}\nCount you see now: 7300\nWhat you already checked: The channel is public."
    assert tickets.added_message_body(replace(draft, already_checked="")) == f"{CLEAR_SUMMARY}\nCount you see now: 7300"
