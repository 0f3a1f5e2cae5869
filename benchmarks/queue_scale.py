"""How fast the agents' queue answers on a busy desk, on SQLite and PostgreSQL.

Generates one desk (100,000 tickets and 500,000 messages across 20,000 orders,
400 customers, 12 services, 5 agents) and loads the same rows into a fresh
SQLite file and a fresh PostgreSQL database. Each is built by the app's own
migrations: the rows go in at the initial schema, then every later migration
runs over them (timed, as on a deployed desk), then ANALYZE (PostgreSQL:
VACUUM ANALYZE, what autovacuum does on a live server).

Then it times every queue view, server side (`queue_page`: the page's rows and
the status counts): each status tab in each sort, each filter alone (issue
type, every order status, assignment, search by ticket number, order ID, a
Telegram link in several pasted forms, customer name), deep pages and one
combination; p50 and p95 per view after a warm-up, both databases side by side.

    python benchmarks/queue_scale.py [--tickets 100000] [--runs 40] [--postgres URL]
                                     [--sqlite-without-statistics]

PostgreSQL: the server of --postgres, else of TEST_POSTGRES_URL (a database is
created there and dropped after); with neither, the benchmark starts a
throwaway server with scripts/postgres.sh for its own run.
Aim: every view at most 50 ms p95 on both.
"""

import argparse
import math
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from alembic.config import Config  # noqa: E402
from sqlmodel import Session, create_engine  # noqa: E402

from alembic import command  # noqa: E402
from support_studio.domain import ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES  # noqa: E402
from support_studio.models import Account, Message, Order, Service, Ticket  # noqa: E402
from support_studio.queue import QueueFilters, queue_page  # noqa: E402
from support_studio.telegram import parse_target  # noqa: E402
from support_studio.tickets import ticket_thread  # noqa: E402

AIM_MS = 50
PAGE_SIZE = 25  # the queue page's
# The rows go in at this revision (the initial schema); later ones run over them.
DATA_REVISION = "ec42f1909514"
CUSTOMERS = 400
AGENTS = 5
SERVICES = 12
# Per 100,000 tickets, as the brief's desk: 20,000 orders, 500,000 messages.
ORDERS_PER_TICKET = 0.2
MESSAGES_PER_TICKET = 5
CHUNK = 10_000
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
HISTORY = timedelta(days=365)
# A backlogged desk: 15% of tickets still being worked, the rest done.
TICKET_STATUS_WEIGHTS = {
    "open": 6,
    "in_review": 4,
    "waiting_on_customer": 5,
    "resolved": 25,
    "closed": 60,
}
ORDER_STATUS_WEIGHTS = {
    "pending": 3,
    "processing": 4,
    "in_progress": 8,
    "partial": 10,
    "completed": 65,
    "canceled": 10,
}
FIRST_NAMES = ["Maria", "Arif", "Lucas", "Aisha", "Dmitri", "Chen", "Fatima", "Jonas", "Priya", "Omar"]
BODIES = [
    "The channel dropped from 17,400 to 15,900 members within three days of completion.",
    "Still pending after a full day; the service says start 0-12 hours.",
    "Checked the order: delivery is on schedule, refill requested with the provider.",
    "Status changed to in review.",
    "The channel is public and the link is unchanged. Please check.",
]
LAST = -1  # a page number meaning "the last page of this view"


@dataclass
class Desk:
    """The generated rows, per table in insert order, and what views pick from."""

    tables: dict[type, list[dict]] = field(default_factory=dict)
    agent_id: int = 0

    def column(self, model: type, name: str) -> list:
        return [row[name] for row in self.tables[model] if row.get(name) is not None]


def generate(ticket_total: int, rng: random.Random) -> Desk:
    order_total = max(1, int(ticket_total * ORDERS_PER_TICKET))
    accounts = [
        dict(
            id=i,
            username=f"{FIRST_NAMES[i % len(FIRST_NAMES)].lower()}{i}",
            display_name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]} Customer{i}",
            email=f"c{i}@example.com",
            password_hash="x",
            role="customer",
            created_at=NOW - HISTORY,
        )
        for i in range(1, CUSTOMERS + 1)
    ]
    agent_ids = list(range(CUSTOMERS + 1, CUSTOMERS + AGENTS + 1))
    accounts += [
        dict(
            id=i,
            username=f"agent{i}",
            display_name=f"Agent {i}",
            email=f"a{i}@example.com",
            password_hash="x",
            role="agent",
            created_at=NOW - HISTORY,
        )
        for i in agent_ids
    ]
    services = [
        dict(
            id=i,
            name=f"Service {i}",
            category="members",
            target_kind="channel",
            rate_cents_per_1000=100,
            refill_days=30,
            refill_partial=False,
            cancel_allowed=False,
            cancel_while_processing=False,
            start_hours=1,
            speed_per_day=5000,
            terms_note="Refill 30 days.",
        )
        for i in range(1, SERVICES + 1)
    ]
    orders, order_customer, order_target = [], {}, {}
    order_statuses = rng.choices(list(ORDER_STATUS_WEIGHTS), list(ORDER_STATUS_WEIGHTS.values()), k=order_total)
    for order_id, status in enumerate(order_statuses, start=1):
        customer_id = rng.randint(1, CUSTOMERS)
        channel = f"chan{customer_id}x{rng.randint(1, 5)}"
        link = f"https://t.me/{channel}" + rng.choice(["", "", f"/{rng.randint(1, 9000)}"])
        created_at = NOW - HISTORY * rng.random()
        orders.append(
            dict(
                id=order_id,
                customer_id=customer_id,
                service_id=rng.randint(1, SERVICES),
                link=link,
                quantity=1000,
                remains=0,
                status=status,
                charge_cents=180,
                created_at=created_at,
                updated_at=created_at,
            )
        )
        order_customer[order_id] = customer_id
        order_target[order_id] = parse_target(link).canonical

    # Ticket numbers rise with creation time, as they do on a live desk.
    created = sorted(NOW - HISTORY * rng.random() for _ in range(ticket_total))
    statuses = rng.choices(list(TICKET_STATUS_WEIGHTS), list(TICKET_STATUS_WEIGHTS.values()), k=ticket_total)
    tickets, messages = [], []
    for ticket_id, (created_at, status) in enumerate(zip(created, statuses, strict=True), start=1):
        order_id = rng.randint(1, order_total) if rng.random() < 0.85 else None
        customer_id = order_customer[order_id] if order_id else rng.randint(1, CUSTOMERS)
        last_activity_at = min(NOW, created_at + timedelta(hours=rng.uniform(0, 72)))
        # Customers wait on open tickets and on most in review; not on the rest.
        waiting = status == "open" or (status == "in_review" and rng.random() < 0.7)
        tickets.append(
            dict(
                id=ticket_id,
                customer_id=customer_id,
                issue_type=rng.choice(list(ISSUE_TYPES)),
                order_id=order_id,
                telegram_target=order_target[order_id] if order_id else None,
                summary=BODIES[0],
                already_checked="",
                status=status,
                assigned_agent_id=rng.choice(agent_ids) if status != "open" or rng.random() < 0.3 else None,
                submission_key=f"k{ticket_id}",
                created_at=created_at,
                updated_at=last_activity_at,
                last_activity_at=last_activity_at,
                waiting_since=last_activity_at if waiting else None,
            )
        )
        for _ in range(MESSAGES_PER_TICKET):
            from_agent = rng.random() < 0.5
            messages.append(
                dict(
                    ticket_id=ticket_id,
                    author_id=rng.choice(agent_ids) if from_agent else customer_id,
                    kind=rng.choice(["reply", "note", "event"]) if from_agent else "reply",
                    internal=from_agent and rng.random() < 0.3,
                    body=rng.choice(BODIES),
                    created_at=min(NOW, created_at + timedelta(hours=rng.uniform(0, 72))),
                )
            )
    return Desk({Account: accounts, Service: services, Order: orders, Ticket: tickets, Message: messages}, agent_ids[0])


def migrate(url: sa.URL, revision: str) -> None:
    config = Config()  # no ini file: alembic's own logging stays quiet
    config.set_main_option("script_location", str(ROOT / "alembic"))
    config.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    command.upgrade(config, revision)


def load(url: sa.URL, desk: Desk) -> dict[str, float]:
    """Migrate, insert the desk, migrate to head, analyze; seconds per step."""
    seconds = {}
    started = time.perf_counter()
    migrate(url, DATA_REVISION)
    engine = create_engine(url)
    with Session(engine) as session:
        for model, rows in desk.tables.items():
            # A plain table clause of exactly these columns (the models' types, no
            # defaults), so the rows fit the initial schema whatever came later.
            table = sa.table(model.__tablename__, *(sa.column(name, model.__table__.c[name].type) for name in rows[0]))
            for start in range(0, len(rows), CHUNK):
                session.execute(sa.insert(table), rows[start : start + CHUNK])
        session.commit()
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequences on
            for model in desk.tables:
                session.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{model.__tablename__}', 'id'),"
                        f" (SELECT max(id) FROM {model.__tablename__}))"
                    )
                )
            session.commit()
    seconds["insert"] = time.perf_counter() - started
    started = time.perf_counter()
    migrate(url, "head")
    seconds["later migrations"] = time.perf_counter() - started
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE")
    seconds["analyze"] = time.perf_counter() - started
    engine.dispose()
    return seconds


def pasted(link: str, rng: random.Random) -> list[str]:
    """One order's link in the forms an agent might paste it."""
    name = parse_target(link).username
    return [f"@{name}", f"t.me/{name}", f"https://telegram.me/{name.capitalize()}/", link]


def views(desk: Desk, runs: int, rng: random.Random) -> dict[str, list[tuple[QueueFilters, int]]]:
    """Every queue view by name: the (filters, page) of each timed run."""

    def same(page: int = 1, **filters) -> list[tuple[QueueFilters, int]]:
        return [(QueueFilters(**filters), page)] * runs

    def each(values: list[dict], page: int = 1) -> list[tuple[QueueFilters, int]]:
        return [(QueueFilters(**values[i % len(values)]), page) for i in range(runs)]

    links = [pasted(link, rng) for link in rng.sample(desk.column(Order, "link"), runs)]
    selected: dict[str, list[tuple[QueueFilters, int]]] = {}
    for status in ("active", *TICKET_STATUSES, "all"):
        for sort in ("waiting", "newest", "activity"):
            selected[f"tab {status}, {sort}"] = same(status=status, sort=sort)
    selected["issue type (each in turn)"] = each([dict(issue_type=key) for key in ISSUE_TYPES])
    for order_status in ORDER_STATUSES:
        selected[f"order status {order_status}"] = same(order_status=order_status)
    selected["order status completed, all, newest"] = same(order_status="completed", status="all", sort="newest")
    selected["assigned: unassigned"] = same(assigned="unassigned")
    selected["assigned: me"] = same(assigned="me")
    selected["assigned: another agent"] = same(assigned=str(desk.agent_id + 1))
    selected["search: ticket number"] = each(
        [dict(search=f"#{number}", status="all") for number in rng.sample(desk.column(Ticket, "id"), runs)]
    )
    selected["search: order ID"] = each(
        [dict(search=str(order_id), status="all") for order_id in rng.sample(desk.column(Order, "id"), runs)]
    )
    for form, label in enumerate(("@channel", "t.me/channel", "https://telegram.me/Channel/", "order link")):
        selected[f"search: {label}"] = each([dict(search=forms[form], status="all") for forms in links])
    selected["search: customer name"] = each(
        [dict(search=f"Customer{rng.randint(1, CUSTOMERS)}", status="all") for _ in range(runs)]
    )
    selected["search: first name (a tenth of the desk)"] = each(
        [dict(search=name, status="all") for name in FIRST_NAMES]
    )
    selected["search: one letter (most of the desk)"] = each([dict(search=letter) for letter in "aeiou"])
    selected["search: username prefix"] = each(
        [
            dict(search=f"@{FIRST_NAMES[i % 10].lower()}{i}", status="all")
            for i in rng.sample(range(1, CUSTOMERS + 1), runs)
        ]
    )
    selected["deep: active, page 300"] = same(300)
    selected["deep: active, last page"] = same(LAST)
    selected["deep: all, page 2000"] = same(2000, status="all")
    selected["deep: all, last page"] = same(LAST, status="all")
    selected["deep: all, newest, last page"] = same(LAST, status="all", sort="newest")
    selected["deep: order completed, all, last page"] = same(LAST, status="all", order_status="completed")
    selected["open + refill + order completed"] = same(status="open", issue_type="refill", order_status="completed")
    return selected


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(url: sa.URL, desk: Desk, selected: dict, runs: int, rng: random.Random) -> dict[str, list[float]]:
    """Milliseconds per call for every view. The runs go round the views (one
    call of each, then the next round), after one untimed round, so a burst of
    load from elsewhere on the machine lands on many views once, not on one
    view many times."""
    engine = create_engine(url)
    with Session(engine) as session:
        agent_id = desk.agent_id
        agent = session.get(Account, agent_id)

        def page(filters: QueueFilters, number: int):
            return queue_page(session, filters, agent_id, number, PAGE_SIZE)

        cases: dict[str, tuple[Callable, list]] = {}
        for name, arguments in selected.items():
            if arguments[0][1] == LAST:
                total = page(arguments[0][0], 1).total
                arguments = [(filters, max(1, math.ceil(total / PAGE_SIZE))) for filters, _ in arguments]
            cases[name] = (page, arguments)
        cases["open one ticket (ticket_thread)"] = (
            lambda number: ticket_thread(session, number, agent),
            [(number,) for number in rng.sample(desk.column(Ticket, "id"), runs)],
        )
        for call, arguments in cases.values():
            call(*arguments[0])
        results: dict[str, list] = {name: [] for name in cases}
        for run in range(runs):
            for name, (call, arguments) in cases.items():
                started = time.perf_counter()
                call(*arguments[run])
                results[name].append((time.perf_counter() - started) * 1000)
        first = page(QueueFilters(), 1)
        results["_summary"] = [first.total, first.status_counts]
    engine.dispose()
    return results


def with_throwaway_postgres() -> int:
    """Run this benchmark again under scripts/postgres.sh (TEST_POSTGRES_URL set,
    the server stopped when that shell exits)."""
    script = 'set -euo pipefail; source scripts/postgres.sh; "$@"'
    return subprocess.run(["bash", "-c", script, "bash", sys.executable, *sys.argv], cwd=ROOT).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("TEST_POSTGRES_URL"),
        help="a PostgreSQL server URL (default: TEST_POSTGRES_URL)",
    )
    parser.add_argument(
        "--sqlite-without-statistics",
        action="store_true",
        help="drop SQLite's planner statistics after loading: a desk never analysed",
    )
    options = parser.parse_args()
    if not options.postgres:
        sys.exit(with_throwaway_postgres())
    rng = random.Random(options.seed)
    started = time.perf_counter()
    desk = generate(options.tickets, rng)
    print(
        f"{options.tickets:,} tickets, {len(desk.tables[Message]):,} messages, "
        f"{len(desk.tables[Order]):,} orders generated in {time.perf_counter() - started:.1f} s"
    )
    selected = views(desk, options.runs, rng)

    server = sa.make_url(options.postgres)
    postgres = server.set(database=f"{server.database}_queue_scale")
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)

    def recreate_postgres(create: bool) -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{postgres.database}" WITH (FORCE)')
            if create:
                connection.exec_driver_sql(f'CREATE DATABASE "{postgres.database}"')

    results = {}
    with tempfile.TemporaryDirectory() as directory:
        recreate_postgres(create=True)
        try:
            sqlite_label = "SQLite, no stats" if options.sqlite_without_statistics else "SQLite"
            for label, url in (
                (sqlite_label, sa.make_url(f"sqlite:///{Path(directory) / 'queue.db'}")),
                ("PostgreSQL", postgres),
            ):
                steps = load(url, desk)
                if label == "SQLite, no stats":
                    with sqlite3.connect(url.database) as connection:
                        connection.execute("DROP TABLE IF EXISTS sqlite_stat1")
                print(f"{label}: " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in steps.items()))
                results[label] = measure(url, desk, selected, options.runs, random.Random(options.seed))
        finally:
            recreate_postgres(create=False)
            admin.dispose()

    for label, measured in results.items():
        total, counts = measured.pop("_summary")
        print(f"{label}: active queue {total:,} tickets; counts {counts}")
    print(
        f"\nAim: every view at most {AIM_MS} ms p95 on both. {options.runs} runs of each, round the views, after"
        f" a warm-up; queue_page with page size {PAGE_SIZE} (rows and status counts).\n"
    )
    labels = list(results)
    print(f"{'view':<42}" + "".join(f"{label + ' p50':>22}{'p95':>8}" for label in labels) + "  verdict")
    over = 0
    for name in results[labels[0]]:
        cells, worst = "", 0.0
        for label in labels:
            samples = results[label][name]
            p95 = percentile(samples, 0.95)
            worst = max(worst, p95)
            cells += f"{percentile(samples, 0.5):22.2f}{p95:8.2f}"
        over += worst > AIM_MS
        print(f"{name:<42}{cells}  {'ok' if worst <= AIM_MS else 'OVER AIM'}")
    print(f"\n{over} view(s) over the aim." if over else "\nEvery view within the aim on both databases.")


if __name__ == "__main__":
    main()
