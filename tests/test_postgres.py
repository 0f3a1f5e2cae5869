"""PostgreSQL: the app's real migrations and data layer, unchanged, on a real
PostgreSQL server chosen by configuration alone (REFLEX_DB_URL).

scripts/test starts a throwaway server (scripts/postgres.sh) and exports
TEST_POSTGRES_URL. Without it these tests fail, unless SUPPORT_STUDIO_SKIP_POSTGRES=1.
The module migrates and seeds a fresh template database once, then gives every
test its own copy (CREATE DATABASE ... TEMPLATE), so tests and reruns are clean.
They focus on where SQL dialects differ: ILIKE and its escapes, integer ids
compared as text, NULL ordering, booleans, timestamptz round trips and unique
constraint violations."""

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, create_engine, func, select
from test_queue import migrate_over_existing_tickets

from support_studio import agent_desk, demo_data, order_status, tickets
from support_studio.models import Account, Message, Order, Service, Ticket
from support_studio.queue import QueueFilters, queue_page
from support_studio.throttle import SqlStorage, Throttle
from support_studio.ticket_quality import TicketDraft
from support_studio.tickets import TicketRejected

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[1]
CLEAR_SUMMARY = "The channel dropped from 17,400 to 15,900 members within three days of completion."
SECRET = "my telegram password is Sunflower#2024"
# maria's complete draft about her own completed order 48201
MARIA_DRAFT = TicketDraft(
    issue_type="order",
    order_id=48201,
    target_text="t.me/CryptoNewsDaily",
    reported_status="completed",
    summary=CLEAR_SUMMARY,
    already_checked="The channel is public and the link is unchanged.",
)
# arif's refill on order 48229: 30-day refill service, completed 68 days ago
ARIF_REFILL_DRAFT = TicketDraft(
    issue_type="refill",
    order_id=48229,
    target_text="t.me/arifgaming",
    reported_status="completed",
    current_count="2,900",
    summary="My channel lost about 800 of the 2,500 members from this order. Please refill it.",
    already_checked="The channel is public and the link has not changed.",
)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def server_url():
    url = os.environ.get("TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("SUPPORT_STUDIO_SKIP_POSTGRES") == "1":
            pytest.skip("SUPPORT_STUDIO_SKIP_POSTGRES=1: PostgreSQL tests skipped on request")
        pytest.fail(
            "TEST_POSTGRES_URL is not set: run scripts/test (it starts a throwaway PostgreSQL "
            "via scripts/postgres.sh), or `source scripts/postgres.sh` first. "
            "Set SUPPORT_STUDIO_SKIP_POSTGRES=1 to skip these tests on purpose.",
            pytrace=False,
        )
    return sa.make_url(url)


@pytest.fixture(scope="module")
def admin(server_url):
    """Connections to the server's own database, for CREATE/DROP DATABASE."""
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    yield engine
    engine.dispose()


def recreate_database(admin, name: str, template: str | None = None) -> None:
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


@pytest.fixture(scope="module")
def template(server_url, admin):
    """A fresh database migrated the way the README does, then seeded twice.
    Returns its name and what each seed run added."""
    name = f"{server_url.database}_pytest_template"
    recreate_database(admin, name)
    url = server_url.set(database=name).render_as_string(hide_password=False)
    migrate = subprocess.run(
        [sys.executable, "-m", "reflex", "db", "migrate"],
        cwd=ROOT,
        env={**os.environ, "REFLEX_DB_URL": url},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, f"reflex db migrate failed:\n{migrate.stdout}\n{migrate.stderr}"
    engine = create_engine(url, poolclass=sa.NullPool)
    with Session(engine) as session:
        first, second = demo_data.seed(session), demo_data.seed(session)
    engine.dispose()  # CREATE DATABASE ... TEMPLATE needs it unused
    yield name, first, second
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def engine(server_url, admin, template):
    """This test's own copy of the seeded template."""
    name = f"{server_url.database}_pytest"
    recreate_database(admin, name, template=template[0])
    engine = create_engine(server_url.set(database=name))
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        yield session


@pytest.fixture(autouse=True)
def _limiter(request):
    """The app's limiter with its counters in this test's PostgreSQL database."""
    global THROTTLE
    if "engine" in request.fixturenames:
        THROTTLE = Throttle(SqlStorage(request.getfixturevalue("engine")))


@pytest.fixture
def users(session):
    return {account.username: account for account in session.exec(select(Account))}


def demo(session, n: int) -> Ticket:
    return session.exec(select(Ticket).where(Ticket.submission_key == f"demo-ticket-{n}")).one()


def count(session, model, *where) -> int:
    return session.exec(select(func.count()).select_from(model).where(*where)).one()


def order_ids(records) -> list[int]:
    return [record.order.id for record in records]


def numbers(session, viewer_id=0, page=1, page_size=25, **filters) -> list[int]:
    return [row.number for row in queue_page(session, QueueFilters(**filters), viewer_id, page, page_size).rows]


def demo_numbers(session, *ns) -> list[int]:
    return [demo(session, n).id for n in ns]


# ------------------------------------------------------- schema and seed


def test_migrations_build_the_schema_with_native_postgres_types(engine):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(Config(str(ROOT / "alembic.ini"))).get_current_head()
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) == {"alembic_version", *SQLModel.metadata.tables}
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all() == [head]
        types = dict(
            connection.exec_driver_sql(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = 'public'"
            ).all()
        )
    assert types["ticket.created_at"] == types["message.created_at"] == "timestamp with time zone"
    assert types["ticket.waiting_since"] == "timestamp with time zone"
    assert types["message.internal"] == types["service.cancel_allowed"] == "boolean"
    assert types["ticket.summary"] == "text"
    uniques = [u["column_names"] for u in inspector.get_unique_constraints("ticket")]
    assert ["customer_id", "submission_key"] in uniques


def test_seed_fills_the_fresh_database_and_a_second_run_adds_nothing(template, session):
    _, first, second = template
    assert all(first.values())
    assert second == dict.fromkeys(first, 0)
    assert first["orders"] == count(session, Order) and first["tickets"] == count(session, Ticket)
    assert set(demo_data.seed(session).values()) == {0}  # and again on the copy


def test_timestamps_and_booleans_round_trip(engine, session):
    order = session.get(Order, 48201)
    assert order.created_at.utcoffset() == timedelta(0)
    service = session.exec(select(Service).where(Service.refill_days.is_(None))).first()
    assert type(service.cancel_allowed) is bool and service.refill_days is None
    # An aware non-UTC value is stored as the same instant and read back as UTC,
    # whatever the connection's TimeZone is.
    ticket = demo(session, 1)
    moment = datetime(2026, 11, 29, 17, 30, 15, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    ticket.customer_seen_at = moment
    session.add(ticket)
    session.commit()
    kolkata = create_engine(engine.url, connect_args={"options": "-c timezone=Asia/Kolkata"})
    with Session(kolkata) as other:
        seen = other.get(Ticket, ticket.id).customer_seen_at
    kolkata.dispose()
    assert seen == moment
    assert seen.tzinfo is not None and seen.utcoffset() == timedelta(0)
    assert seen.hour == 12  # 17:30 +05:30


# ------------------------------------------------------------ order search


@pytest.mark.parametrize(
    ("query", "expected"),
    [("4820", set(range(48201, 48210))), ("#48201", {48201}), (" 48215 ", {48215}), ("48221", set())],
)
def test_order_search_by_id_prefix_casts_the_integer_id_to_text(session, users, query, expected):
    found = tickets.search_customer_orders(session, users["maria"].id, query)
    assert set(order_ids(found)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("travel_club", {48203, 48209}),  # fragment; "_" is literal
        ("TRAVEL_CLUB", {48203, 48209}),  # ILIKE: case-insensitive
        ("@CryptoNewsDaily", {48201, 48202, 48206, 48208, 48211}),  # pasted forms match the link prefix
        ("tg://resolve?domain=cryptonewsdaily", {48201, 48202, 48206, 48208, 48211}),
        ("@maria_booking_bot", {48213}),  # link with "?start=..."
        ("t.me/c/1874523301/88", {48215}),
        ("%", set()),  # LIKE wildcards are escaped
        ("maria%club", set()),
        ("maria\\", set()),  # a backslash is escaped too
        ("@arif_tech_deals", set()),  # another customer's channel
    ],
)
def test_order_search_by_link_uses_escaped_ilike(session, users, query, expected):
    found = tickets.search_customer_orders(session, users["maria"].id, query)
    assert set(order_ids(found)) == expected


def test_order_search_lists_own_orders_newest_first_with_a_limit(session, users):
    records = tickets.search_customer_orders(session, users["maria"].id)
    created = [record.order.created_at for record in records]
    assert len(records) == 15 and created == sorted(created, reverse=True)
    assert len(tickets.search_customer_orders(session, users["maria"].id, limit=3)) == 3


# ------------------------------------------------------------- submission


def test_submit_ticket_stores_it_once_per_submission_key(engine, session, users):
    maria = users["maria"]
    first = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "double-click", THROTTLE)
    again = tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "double-click", THROTTLE)
    assert again.id == first.id
    with Session(engine) as fresh:  # what was committed
        stored = fresh.get(Ticket, first.id)
        bodies = fresh.exec(select(Message.body).where(Message.ticket_id == first.id)).all()
    assert (stored.order_id, stored.status, stored.telegram_target) == (48201, "open", "https://t.me/cryptonewsdaily")
    assert stored.waiting_since == stored.created_at and stored.created_at.utcoffset() == timedelta(0)
    assert bodies == [CLEAR_SUMMARY]


def test_duplicate_submission_key_is_a_unique_violation(session, users):
    import psycopg

    maria = users["maria"]
    existing = demo(session, 6)  # maria's "demo-ticket-6"
    session.add(Ticket(customer_id=maria.id, issue_type="other", summary="-", submission_key=existing.submission_key))
    with pytest.raises(IntegrityError) as raised:
        session.commit()
    assert isinstance(raised.value.orig, psycopg.errors.UniqueViolation)
    session.rollback()
    # the same key for another customer is fine
    arif_draft = replace(MARIA_DRAFT, order_id=48221, target_text="@arif_tech_deals")
    assert (
        tickets.submit_ticket(session, users["arif"].id, arif_draft, existing.submission_key, THROTTLE).id
        != existing.id
    )


def test_concurrent_double_submit_returns_the_winning_ticket(engine, session, users, monkeypatch):
    maria = users["maria"]
    with Session(engine) as other_request:
        winner = tickets.submit_ticket(other_request, maria.id, MARIA_DRAFT, "race", THROTTLE).id
    lookup, calls = tickets._ticket_by_submission, []

    def first_lookup_misses(*args):  # this request checked before the other committed
        calls.append(args)
        return None if len(calls) == 1 else lookup(*args)

    monkeypatch.setattr(tickets, "_ticket_by_submission", first_lookup_misses)
    messages_before = count(session, Message)
    assert tickets.submit_ticket(session, maria.id, MARIA_DRAFT, "race", THROTTLE).id == winner
    assert count(session, Ticket, Ticket.submission_key == "race") == 1
    assert count(session, Message) == messages_before


def test_flagged_draft_is_refused_and_leaves_no_rows(engine, session, users):
    before = (count(session, Ticket), count(session, Message))
    with pytest.raises(TicketRejected) as refused:
        tickets.submit_ticket(
            session, users["maria"].id, replace(MARIA_DRAFT, summary=f"{CLEAR_SUMMARY} {SECRET}"), "k", THROTTLE
        )
    assert "summary" in refused.value.errors
    session.commit()
    with Session(engine) as fresh:
        assert (count(fresh, Ticket), count(fresh, Message)) == before
        assert count(fresh, Message, Message.body.contains("Sunflower")) == 0


# --------------------------------------------------- threads and the desk


def test_customer_messages_threads_and_the_ticket_list(session, users):
    maria, arif, sam = users["maria"], users["arif"], users["sam"]
    ticket = demo(session, 3)
    tickets.add_customer_message(session, maria.id, ticket.id, "  Any news?  ", THROTTLE)
    agent_desk.add_internal_note(session, sam, ticket.id, "Provider says the queue is long.", THROTTLE)
    customer_view = tickets.ticket_thread(session, ticket.id, maria)
    agent_view = tickets.ticket_thread(session, ticket.id, sam)
    assert [m.body for m in customer_view.messages][-1] == "Any news?"
    assert [m.internal for m in agent_view.messages] == [False, False, True]
    assert "Provider says the queue is long." not in [m.body for m in customer_view.messages]
    assert customer_view.order.order.id == 48207
    assert tickets.ticket_thread(session, ticket.id, arif) is None
    rows = tickets.customer_tickets(session, maria.id)
    assert rows[0].number == ticket.id  # most recently active first
    assert rows[0].message_count == 2  # the internal note is not counted
    activity = [row.last_activity_at for row in rows]
    assert activity == sorted(activity, reverse=True)
    with pytest.raises(TicketRejected):
        tickets.add_customer_message(session, arif.id, ticket.id, "Not mine", THROTTLE)


def test_review_gives_the_rules_verdict_from_the_record(session, users):
    ticket = tickets.submit_ticket(session, users["arif"].id, ARIF_REFILL_DRAFT, "refill-48229", THROTTLE)
    found = agent_desk.review(session, users["sam"], ticket)
    assert found.record.order.id == 48229 and found.record.service.refill_days == 30
    assert found.verdict.outcome == "window_closed"
    assert {t.customer_id for t in found.other_tickets} == {users["arif"].id}
    assert ticket.id not in [t.id for t in found.other_tickets]


def test_agent_reply_status_and_assignment(session, users):
    maria, sam, nadia = users["maria"], users["sam"], users["nadia"]
    ticket = demo(session, 3)
    seen = agent_desk.latest_message_id(session, ticket.id)
    reply = agent_desk.add_agent_reply(session, sam, ticket.id, "We are checking the order.", seen, THROTTLE)
    session.expire_all()
    ticket = session.get(Ticket, ticket.id)
    assert (ticket.status, ticket.waiting_since) == ("waiting_on_customer", None)
    assert ticket.last_support_reply_at == reply.created_at
    assert tickets.customer_tickets(session, maria.id)[0].unread_reply is True
    tickets.mark_seen_by_customer(session, maria.id, ticket.id)
    assert tickets.customer_tickets(session, maria.id)[0].unread_reply is False

    agent_desk.assign(session, sam, ticket.id, nadia.id)
    agent_desk.change_status(session, sam, ticket.id, "closed")
    session.expire_all()
    ticket = session.get(Ticket, ticket.id)
    assert (ticket.assigned_agent_id, ticket.status, ticket.waiting_since) == (nadia.id, "closed", None)
    events = [
        (m.body, m.internal) for m in tickets.ticket_thread(session, ticket.id, sam).messages if m.kind == "event"
    ]
    assert events == [
        ("Status: waiting on customer.", False),
        ("Assigned to Nadia (Support).", True),
        ("Status: closed.", False),
    ]
    customer_events = [m.body for m in tickets.ticket_thread(session, ticket.id, maria).messages if m.kind == "event"]
    assert customer_events == ["Status: waiting on customer.", "Status: closed."]
    agent_desk.change_status(session, sam, ticket.id, "open")  # reopened: waiting again, as aware UTC
    assert session.get(Ticket, ticket.id).waiting_since.utcoffset() == timedelta(0)


# ------------------------------------------------------------------ queue


def test_queue_default_page_orders_waiting_then_not_waiting_without_nulls_first(session):
    # Active: waiting since 26 h (5), 3 h (1, 2, 3: a tie broken by number), 50 min (6);
    # then 4, answered, so nobody waits on it.
    assert numbers(session) == demo_numbers(session, 5, 1, 2, 3, 6, 4)
    # All: then the other not-waiting ones, the longest quiet first.
    assert numbers(session, status="all") == demo_numbers(session, 5, 1, 2, 3, 6, 7, 8, 4)
    # Newest: by creation, ties (1, 2, 3 opened together) by number, both descending.
    assert numbers(session, status="all", sort="newest") == demo_numbers(session, 6, 3, 2, 1, 5, 4, 8, 7)


def test_queue_filters_and_counts(session, users):
    sam, nadia = users["sam"].id, users["nadia"].id
    page = queue_page(session, QueueFilters(), sam)
    assert page.status_counts == {"open": 4, "in_review": 1, "waiting_on_customer": 1, "resolved": 1, "closed": 1}
    assert page.total == 6
    assert numbers(session, status="open") == demo_numbers(session, 1, 2, 3, 6)
    assert numbers(session, status="all", issue_type="drop") == demo_numbers(session, 1, 7)
    assert numbers(session, status="all", order_status="completed") == demo_numbers(session, 5, 1, 7)
    assert numbers(session, status="all", assigned="unassigned") == demo_numbers(session, 1, 2, 3, 6)
    assert numbers(session, sam, status="all", assigned="me") == demo_numbers(session, 7, 4)
    assert numbers(session, sam, status="all", assigned=str(nadia)) == demo_numbers(session, 5, 8)
    counted = queue_page(session, QueueFilters(status="closed", issue_type="drop"), sam)
    assert (counted.total, counted.rows) == (0, [])
    assert counted.status_counts == {"open": 1, "in_review": 0, "waiting_on_customer": 0, "resolved": 1, "closed": 0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#{1}", [1]),  # ticket number
        ("48222", [1]),  # order id
        ("@Arif_Tech_Deals", [1, 5]),  # a ticket's target or its order's link, any pasted form
        ("https://telegram.me/arif_tech_deals/", [1, 5]),
        ("t.me/maria_recipes", []),
        ("MAR", [6, 3]),  # username prefix, case-insensitive
        ("ivanova", [6, 3]),  # anywhere in the display name
        ("ria iva", [6, 3]),
        ("%", []),
        ("_", []),
        ("2147483647", []),  # the largest PostgreSQL integer
        ("99999999999999999999999", []),
    ],
)
def test_queue_search(session, text, expected):
    text = text.replace("{1}", str(demo(session, 1).id))
    assert numbers(session, status="active", sort="newest", search=text) == demo_numbers(session, *expected)


def test_queue_search_beyond_the_integer_range_finds_nothing(session):
    # PostgreSQL refuses such numbers as INTEGER parameters: they must never reach SQL.
    assert numbers(session, status="all", search="#2147483648") == []


def test_queue_assigned_filter_beyond_the_integer_range_is_ignored(session):
    assert numbers(session, status="all", assigned="2147483648") == numbers(session, status="all")


def test_queue_pages_split_without_gaps_or_repeats(session):
    everything = numbers(session, status="all")
    pages = [numbers(session, status="all", page=page, page_size=3) for page in (1, 2, 3)]
    assert pages == [everything[:3], everything[3:6], everything[6:]]
    past = queue_page(session, QueueFilters(status="all"), 0, page=9, page_size=3)
    assert (past.rows, past.total) == ([], 8)
    row = queue_page(session, QueueFilters(search=f"#{demo(session, 5).id}"), 0).rows[0]
    assert (row.customer_name, row.order_id, row.order_status, row.assigned_agent_name) == (
        "Arif Rahman",
        48231,
        "completed",
        "Nadia (Support)",
    )
    assert row.waiting_since.utcoffset() == timedelta(0)


def test_control_and_bidi_characters_are_removed_before_postgresql_sees_them(session, users):
    # PostgreSQL refuses NUL in text outright: cleaned first, the message is stored.
    maria = users["maria"]
    ticket = demo(session, 3)
    body = "Order\x00 48207\u202e is slow\x1b; see\u2066 it\r\nthanks"
    message = tickets.add_customer_message(session, maria.id, ticket.id, body, THROTTLE)
    session.expire_all()
    assert session.get(Message, message.id).body == "Order 48207 is slow; see it\nthanks"


def test_sign_in_throttling_counts_in_postgresql(session, users):
    from support_studio import accounts

    for _ in range(5):
        accounts.sign_in(session, THROTTLE, "maria", "wrong", "203.0.113.9")
    locked = accounts.sign_in(session, THROTTLE, "maria", "maria-demo-pass", "203.0.113.9")
    assert locked.account is None and locked.error.startswith("Too many sign-in attempts")


def test_queue_finds_a_submitted_ticket_under_its_orders_status(engine, session, users):
    number = tickets.submit_ticket(session, users["maria"].id, MARIA_DRAFT, "by-order-status", THROTTLE).id
    assert number in numbers(session, status="all", order_status="completed")
    order = session.get(Order, MARIA_DRAFT.order_id)
    order.status = "partial"  # as the panel moves the order on
    order_status.copy_to_tickets(session, order.id)
    session.commit()
    assert number in numbers(session, status="all", order_status="partial")
    assert number not in numbers(session, status="all", order_status="completed")
    with Session(engine) as fresh:  # committed
        assert fresh.get(Ticket, number).order_status == "partial"


def test_queue_migration_copies_each_orders_status_onto_existing_tickets(server_url, admin):
    name = f"{server_url.database}_pytest_migration"
    recreate_database(admin, name)
    try:
        copied, differences = migrate_over_existing_tickets(server_url.set(database=name))
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert copied == {1: "completed", 2: "pending", 3: None, 4: "completed"}
    assert differences == []  # the migrations build exactly the models' tables and indexes
