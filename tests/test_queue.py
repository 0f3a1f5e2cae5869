"""Database tests for the agents' queue (support_studio.queue) on a real SQLite
file per test, filled with a small desk whose expected orderings are worked
out by hand in TICKETS below; and the queue's migration over existing rows."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import event
from sqlmodel import Session, SQLModel, create_engine, select

import support_studio.models  # noqa: F401  (registers every table on SQLModel.metadata)
from alembic import command
from support_studio import order_status, queue
from support_studio.domain import TICKET_STATUSES
from support_studio.models import Account, Order, Service, Ticket
from support_studio.queue import PAGE_SIZE_MAX, SEARCH_MAX, SORTS, QueueFilters, clean_filters, queue_page

ROOT = Path(__file__).resolve().parents[1]
INITIAL_SCHEMA = "ec42f1909514"  # the revision before ticket.order_status

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)

# username, display name, role
ACCOUNTS = [
    ("maria", "Maria Ivanova", "customer"),
    ("arif", "Arif Rahman", "customer"),
    ("lucas", "Lucas Pereira", "customer"),
    ("sam", "Sam (Support)", "agent"),
    ("nadia", "Nadia (Support)", "agent"),
]
# order ID, customer, link as submitted, status
ORDERS = [
    (501, "maria", "https://t.me/cryptonewsdaily/1520", "completed"),
    (502, "arif", "https://t.me/arif_tech_deals", "pending"),
    (503, "lucas", "https://t.me/+Xk3pL9qRzT1hYWEy", "completed"),
    (504, "maria", "https://t.me/maria_booking_bot?start=promo", "canceled"),
]
# Ticket numbers 1-7 in this order: customer, issue type, order, canonical
# target, status, assigned agent, and hours after T0 of creation, last
# activity and waiting_since (None: nobody waits).
TICKETS = [
    ("maria", "refill", 501, "https://t.me/cryptonewsdaily/1520", "open", None, 0, 5, 5),
    ("arif", "drop", 502, "https://t.me/arif_tech_deals", "in_review", "sam", 1, 3, 2),
    ("lucas", "speed", 503, None, "waiting_on_customer", "nadia", 2, 10, None),
    ("maria", "payment", None, None, "open", None, 3, 4, 4),
    ("arif", "refill", 502, "https://t.me/arif_tech_deals", "closed", "sam", 4, 6, None),
    ("lucas", "other", None, None, "resolved", "nadia", 5, 7, None),
    ("maria", "refill", 504, None, "in_review", "nadia", 6, 9, 9),
]
# Active, waiting sort: waiting since 2, 4, 5, 9, then the one nobody waits on.
ACTIVE_BY_WAITING = [2, 4, 1, 7, 3]
ALL_BY_WAITING = [2, 4, 1, 7, 5, 6, 3]  # not waiting: last activity 6, 7, 10


@pytest.fixture
def engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'queue.db'}")
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        accounts = {
            username: Account(
                username=username,
                display_name=name,
                role=role,
                email=f"{username}@example.com",
                password_hash="-",
            )
            for username, name, role in ACCOUNTS
        }
        session.add_all(accounts.values())
        service = Service(
            name="Telegram Members",
            category="members",
            target_kind="channel",
            rate_cents_per_1000=180,
            start_hours=1,
            speed_per_day=5000,
            terms_note="-",
        )
        session.add(service)
        session.flush()
        session.add_all(
            Order(
                id=order_id,
                customer_id=accounts[username].id,
                service_id=service.id,
                link=link,
                quantity=1000,
                remains=0,
                status=status,
                charge_cents=180,
                created_at=T0,
            )
            for order_id, username, link, status in ORDERS
        )
        tickets = []
        for number, (username, issue, order_id, target, status, agent, created, activity, waiting) in enumerate(
            TICKETS, start=1
        ):
            tickets.append(
                Ticket(
                    id=number,
                    customer_id=accounts[username].id,
                    issue_type=issue,
                    order_id=order_id,
                    telegram_target=target,
                    summary="-",
                    status=status,
                    assigned_agent_id=accounts[agent].id if agent else None,
                    submission_key=f"key-{number}",
                    created_at=T0 + created * H,
                    last_activity_at=T0 + activity * H,
                    waiting_since=T0 + (waiting or 0) * H,
                )
            )
        session.add_all(tickets)
        session.flush()
        # waiting_since's default replaces a None on INSERT; an UPDATE keeps it.
        for ticket, row in zip(tickets, TICKETS, strict=True):
            if row[-1] is None:
                ticket.waiting_since = None
        for order_id, *_ in ORDERS:
            order_status.copy_to_tickets(session, order_id)
        session.commit()
        yield session


@pytest.fixture
def agents(session):
    return {a.username: a.id for a in session.exec(select(Account).where(Account.role == "agent"))}


def numbers(session, viewer_id=0, page=1, page_size=25, **filters) -> list[int]:
    return [row.number for row in queue_page(session, QueueFilters(**filters), viewer_id, page, page_size).rows]


# ------------------------------------------------------------------ sorting


def test_fixture_keeps_answered_tickets_not_waiting(session):
    waiting = dict(session.exec(select(Ticket.id, Ticket.waiting_since)).all())
    assert sorted(number for number, since in waiting.items() if since is None) == [3, 5, 6]


def test_default_page_is_active_tickets_longest_waiting_first_then_not_waiting(session):
    assert numbers(session) == ACTIVE_BY_WAITING


def test_waiting_sort_over_all_statuses_orders_not_waiting_by_last_activity(session):
    assert numbers(session, status="all") == ALL_BY_WAITING


def test_newest_sort_is_by_creation_newest_first(session):
    assert numbers(session, sort="newest") == [7, 4, 3, 2, 1]


def test_activity_sort_is_by_last_activity_most_recent_first(session):
    assert numbers(session, sort="activity") == [3, 7, 1, 4, 2]


# ------------------------------------------------------------------ filters


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("active", ACTIVE_BY_WAITING),
        ("all", ALL_BY_WAITING),
        ("open", [4, 1]),
        ("in_review", [2, 7]),
        ("waiting_on_customer", [3]),
        ("resolved", [6]),
        ("closed", [5]),
    ],
)
def test_status_filter(session, status, expected):
    assert numbers(session, status=status) == expected


def test_issue_type_filter(session):
    assert numbers(session, status="all", issue_type="refill") == [1, 7, 5]


@pytest.mark.parametrize(
    ("order_status", "expected"),
    [("completed", [1, 3]), ("pending", [2, 5]), ("canceled", [7]), ("partial", [])],
)
def test_order_status_filter_reads_the_tickets_order(session, order_status, expected):
    assert numbers(session, status="all", order_status=order_status) == expected


def test_assigned_filters(session, agents):
    sam, nadia = agents["sam"], agents["nadia"]
    assert numbers(session, status="all", assigned="unassigned") == [4, 1]
    assert numbers(session, sam, status="all", assigned="me") == [2, 5]
    assert numbers(session, nadia, status="all", assigned="me") == [7, 6, 3]
    assert numbers(session, sam, status="all", assigned=str(nadia)) == [7, 6, 3]


def test_filters_combine(session):
    filters = dict(status="all", issue_type="refill", order_status="pending", assigned="unassigned")
    assert numbers(session, **filters) == []
    assert numbers(session, status="all", issue_type="refill", order_status="pending") == [5]


# ------------------------------------------------------------------- search


@pytest.mark.parametrize("text", ["2", "#2", " #2 ", "# 2"])
def test_search_by_ticket_number(session, text):
    assert numbers(session, status="all", search=text) == [2]


def test_search_by_order_id_finds_every_ticket_about_it(session):
    assert numbers(session, status="all", search="502") == [2, 5]
    assert numbers(session, status="all", search="#503") == [3]


@pytest.mark.parametrize("text", ["order 503", "Order #503", "ORDER503", "№503", "no. 503"])
def test_search_by_order_id_as_people_write_it(session, text):
    assert numbers(session, status="all", search=text) == [3]


def test_a_number_with_thousands_separators_is_one_number(session):
    assert numbers(session, status="all", search="1,504") == []  # read as 1504, not as 504
    assert numbers(session, status="all", search="1 504") == []


@pytest.mark.parametrize("text", ["CARD-9D2M44LB", "card-9d2m44lb", "9D2M44LB", "9d2m"])
def test_search_by_payment_reference_in_any_case_or_part(session, text):
    session.get(Ticket, 4).payment_reference = "CARD-9D2M44LB"
    session.commit()
    assert numbers(session, status="all", search=text) == [4]


def test_digits_alone_find_the_payment_reference_they_are_part_of(session):
    session.get(Ticket, 4).payment_reference = "CARD-05874826"
    session.commit()
    assert numbers(session, status="all", search="05874826") == [4]
    assert numbers(session, status="all", search="503") == [3]  # still the order, not a reference


@pytest.mark.parametrize(
    "text",
    [
        "@arif_tech_deals",
        "arif_tech_deals",
        "t.me/arif_tech_deals",
        "https://telegram.me/Arif_Tech_Deals/",
        "tg://resolve?domain=arif_tech_deals",
        "  https://t.me/s/arif_tech_deals  ",
    ],
)
def test_search_by_link_in_any_pasted_form(session, text):
    assert numbers(session, status="all", search=text) == [2, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://t.me/cryptonewsdaily/1520", [1]),  # the ticket's own target
        ("@CryptoNewsDaily", [1]),  # the order's link starts with the channel
        ("t.me/maria_booking_bot", [7]),  # order link with a bot parameter
        ("https://t.me/joinchat/Xk3pL9qRzT1hYWEy", [3]),  # invite, old form
        ("t.me/cryptonewsdaily/99", [1]),  # another post of the channel finds the channel's order
    ],
)
def test_search_by_link_matches_ticket_target_or_order_link_prefix(session, text, expected):
    assert numbers(session, status="all", search=text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maria", [4, 1, 7]),  # username prefix
        ("MAR", [4, 1, 7]),
        ("ivanova", [4, 1, 7]),  # anywhere in the display name
        ("Rahm", [2, 5]),
        ("@lucas", [6, 3]),
        ("ria iva", [4, 1, 7]),
    ],
)
def test_search_by_customer_name(session, text, expected):
    assert numbers(session, status="all", search=text) == expected


def test_search_matching_many_customers_or_orders_gives_the_same_tickets(session, monkeypatch):
    texts = ("maria", "a", "@arif_tech_deals", "@CryptoNewsDaily", "t.me/maria_booking_bot")
    expected = {text: numbers(session, status="all", search=text) for text in texts}
    monkeypatch.setattr(queue, "LOOKUP_MAX", 0)  # every lookup too large: subqueries instead
    assert {text: numbers(session, status="all", search=text) for text in texts} == expected


@pytest.mark.parametrize("text", ["%", "_", "nobody", "#", "99999999999999999999999", "0", "²"])
def test_search_that_matches_nothing_finds_nothing(session, text):
    page = queue_page(session, QueueFilters(status="all", search=text), 0)
    assert (page.rows, page.total) == ([], 0)


def test_search_is_capped_and_never_raises(session):
    assert clean_filters(QueueFilters(search="x" * 1000)).search == "x" * SEARCH_MAX
    assert numbers(session, status="all", search="maria" + " " * 300 + "zzz") == [4, 1, 7]


def test_order_status_filter_follows_the_order_once_its_status_is_copied(session):
    order, loaded = session.get(Order, 502), session.get(Ticket, 2)
    order.status = "completed"  # as the panel moves the order on
    order_status.copy_to_tickets(session, order.id)
    assert loaded.order_status == "completed"  # tickets already loaded see it too
    order_status.copy_to_tickets(session, None)  # a ticket without an order: nothing to copy
    session.commit()
    assert numbers(session, status="all", order_status="completed") == [2, 1, 5, 3]
    assert numbers(session, status="all", order_status="pending") == []
    assert session.get(Ticket, 4).order_status is None


# --------------------------------------------------------- pages and counts


def test_pages_split_the_order_without_gaps_or_repeats(session):
    pages = [numbers(session, page=page, page_size=2) for page in (1, 2, 3)]
    assert pages == [[2, 4], [1, 7], [3]]


def test_a_page_can_span_waiting_and_not_waiting_tickets(session):
    assert numbers(session, page=2, page_size=3) == [7, 3]
    assert numbers(session, status="all", page=2, page_size=3) == [7, 5, 6]
    assert numbers(session, status="all", page=3, page_size=3) == [3]


@pytest.mark.parametrize("status", ["active", "all", "open", "in_review"])
@pytest.mark.parametrize("sort", SORTS)
def test_every_page_size_splits_the_same_order(session, status, sort):
    # Pages past the middle are read backwards from the end, across the
    # waiting and not-waiting segments: they must join up all the same.
    everything = numbers(session, status=status, sort=sort, page_size=PAGE_SIZE_MAX)
    for size in (1, 2, 3, 4):
        pages = [
            numbers(session, page=page, page_size=size, status=status, sort=sort)
            for page in range(1, len(everything) // size + 2)
        ]
        assert sum(pages, []) == everything
    assert (
        numbers(session, page=2, page_size=2, status=status, sort=sort, issue_type="refill")
        == [number for number in everything if TICKETS[number - 1][1] == "refill"][2:4]
    )


def test_page_past_the_end_is_empty_with_the_right_total(session):
    page = queue_page(session, QueueFilters(), 0, page=4, page_size=2)
    assert (page.rows, page.total, page.page) == ([], 5, 4)


@pytest.mark.parametrize(
    ("page", "page_size", "expected_page", "expected_size"),
    [(0, 25, 1, 25), (-3, 25, 1, 25), (1, 0, 1, 1), (1, -5, 1, 1), (1, 10_000, 1, PAGE_SIZE_MAX)],
)
def test_page_and_page_size_are_clamped(session, page, page_size, expected_page, expected_size):
    result = queue_page(session, QueueFilters(), 0, page, page_size)
    assert (result.page, result.page_size) == (expected_page, expected_size)
    assert [row.number for row in result.rows] == ACTIVE_BY_WAITING[:expected_size]


def test_counts_per_status_cover_every_status(session):
    page = queue_page(session, QueueFilters(), 0)
    assert page.status_counts == {
        "open": 2,
        "in_review": 2,
        "waiting_on_customer": 1,
        "resolved": 1,
        "closed": 1,
    }
    assert page.total == 5


def test_counts_apply_the_other_filters_but_not_the_status_one(session):
    page = queue_page(session, QueueFilters(status="closed", issue_type="refill"), 0)
    assert page.status_counts == dict.fromkeys(TICKET_STATUSES, 0) | {
        "open": 1,
        "in_review": 1,
        "closed": 1,
    }
    assert page.total == 1
    assert [row.number for row in page.rows] == [5]


def test_rows_carry_the_customer_order_and_agent(session):
    row = queue_page(session, QueueFilters(search="#2"), 0).rows[0]
    assert (row.customer_name, row.issue_type, row.order_id, row.order_status, row.status) == (
        "Arif Rahman",
        "drop",
        502,
        "pending",
        "in_review",
    )
    assert row.assigned_agent_name == "Sam (Support)"
    assert row.telegram_target == "https://t.me/arif_tech_deals"
    assert (row.created_at, row.last_activity_at, row.waiting_since) == (T0 + H, T0 + 3 * H, T0 + 2 * H)
    unassigned = queue_page(session, QueueFilters(search="#4"), 0).rows[0]
    assert (unassigned.order_id, unassigned.order_status, unassigned.assigned_agent_name) == (None, None, None)


def test_queries_are_paged_and_counted_in_the_database(session, engine):
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    queue_page(session, QueueFilters(), 0, page_size=2)
    assert sum("count(*)" in sql for sql in statements) == 1  # every status counted in one statement
    ticket_reads = [sql for sql in statements if "count(*)" not in sql and "JOIN" not in sql]
    assert ticket_reads and all("LIMIT" in sql for sql in ticket_reads)


# ------------------------------------------------------------ bad filters


@pytest.mark.parametrize(
    "bad",
    [
        dict(status="bogus"),
        dict(status=""),
        dict(issue_type="nope"),
        dict(order_status="lost"),
        dict(assigned="someone"),
        dict(assigned="-1"),
        dict(assigned="0"),
        dict(assigned="²"),
        dict(assigned="99999999999999999999999"),
        dict(sort="random"),
        dict(sort=""),
    ],
)
def test_unknown_filter_values_fall_back_to_the_defaults(session, bad):
    assert clean_filters(QueueFilters(**bad)) == QueueFilters()
    assert numbers(session, **bad) == ACTIVE_BY_WAITING


def test_assigned_to_an_unknown_agent_id_finds_nothing(session):
    assert numbers(session, status="all", assigned="424242") == []


# ---------------------------------------------------------------- migration


def migrate(url: sa.URL, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(ROOT / "alembic"))
    config.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    command.upgrade(config, revision)


def migrate_over_existing_tickets(url: sa.URL) -> tuple[dict[int, str | None], list]:
    """Tickets written at the initial schema, then every later migration: each
    ticket's order_status afterwards, and how the schema differs from the models."""
    migrate(url, INITIAL_SCHEMA)
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement, rows in [
            (
                "INSERT INTO account (id, username, display_name, email, password_hash, role, created_at)"
                " VALUES (1, 'maria', 'Maria', 'm@example.com', '-', 'customer', CURRENT_TIMESTAMP)",
                [{}],
            ),
            (
                "INSERT INTO service (id, name, category, target_kind, rate_cents_per_1000, refill_partial,"
                " cancel_allowed, cancel_while_processing, start_hours, speed_per_day, terms_note)"
                " VALUES (1, 'Members', 'members', 'channel', 180, :no, :no, :no, 1, 5000, '-')",
                [{"no": False}],
            ),
            (
                "INSERT INTO panel_order (id, customer_id, service_id, link, quantity, remains, status,"
                " charge_cents, created_at, updated_at)"
                " VALUES (:id, 1, 1, 'https://t.me/x', 1000, 0, :status, 180, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                [{"id": 501, "status": "completed"}, {"id": 502, "status": "pending"}],
            ),
            (
                "INSERT INTO ticket (id, customer_id, issue_type, order_id, summary, already_checked, status,"
                " submission_key, created_at, updated_at, last_activity_at)"
                " VALUES (:id, 1, 'other', :order_id, '-', '', 'open', :key, CURRENT_TIMESTAMP,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                [
                    {"id": 1, "order_id": 501, "key": "a"},
                    {"id": 2, "order_id": 502, "key": "b"},
                    {"id": 3, "order_id": None, "key": "c"},
                    {"id": 4, "order_id": 501, "key": "d"},
                ],
            ),
        ]:
            connection.execute(sa.text(statement), rows)
    migrate(url, "head")
    with engine.connect() as connection:
        copied = dict(connection.execute(sa.text("SELECT id, order_status FROM ticket")).all())
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    return copied, differences


def test_migration_copies_each_orders_status_onto_existing_tickets(tmp_path):
    copied, differences = migrate_over_existing_tickets(sa.make_url(f"sqlite:///{tmp_path / 'migrated.db'}"))
    assert copied == {1: "completed", 2: "pending", 3: None, 4: "completed"}
    assert differences == []  # the migrations build exactly the models' tables and indexes
