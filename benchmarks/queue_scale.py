"""How fast the agents' queue answers on a busy desk.

Builds a fresh SQLite file in a temporary directory (100,000 tickets and
500,000 messages across 20,000 orders, 400 customers, 12 services, 5 agents),
runs ANALYZE, then times the server side of the queue's first page, a filtered
page, a search by order ID, a search by a pasted link, a search by customer
name and opening one ticket: p50 and p95 over repeated runs after a warm-up.

    python benchmarks/queue_scale.py [--tickets 100000] [--runs 30]
Aim: each under 100 ms.
"""

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import Session, SQLModel, create_engine  # noqa: E402

from support_studio.domain import ISSUE_TYPES  # noqa: E402
from support_studio.models import Account, Message, Order, Service, Ticket  # noqa: E402
from support_studio.queue import QueueFilters, queue_page  # noqa: E402
from support_studio.telegram import parse_target  # noqa: E402
from support_studio.tickets import ticket_thread  # noqa: E402

AIM_MS = 100
CUSTOMERS = 400
AGENTS = 5
SERVICES = 12
# Per 100,000 tickets, as the brief's desk: 20,000 orders, 500,000 messages.
ORDERS_PER_TICKET = 0.2
MESSAGES_PER_TICKET = 5
CHUNK = 10_000
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
HISTORY = timedelta(days=365)
# A backlogged desk: 15% of tickets still being worked, the rest done.
TICKET_STATUS_WEIGHTS = {
    "open": 6, "in_review": 4, "waiting_on_customer": 5, "resolved": 25, "closed": 60,
}
ORDER_STATUS_WEIGHTS = {
    "pending": 3, "processing": 4, "in_progress": 8, "partial": 10, "completed": 65, "canceled": 10,
}
FIRST_NAMES = ["Maria", "Arif", "Lucas", "Aisha", "Dmitri", "Chen", "Fatima", "Jonas", "Priya", "Omar"]
BODIES = [
    "The channel dropped from 17,400 to 15,900 members within three days of completion.",
    "Still pending after a full day; the service says start 0-12 hours.",
    "Checked the order: delivery is on schedule, refill requested with the provider.",
    "Status changed to in review.",
    "The channel is public and the link is unchanged. Please check.",
]


def bulk_insert(session: Session, statement, rows: list[dict]) -> None:
    """executemany in chunks: one prepared INSERT, no ORM objects."""
    for start in range(0, len(rows), CHUNK):
        session.execute(statement, rows[start:start + CHUNK])


def build(path: Path, ticket_total: int, rng: random.Random) -> dict:
    """Create and fill the database; return what the measurements pick from."""
    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    order_total = max(1, int(ticket_total * ORDERS_PER_TICKET))
    with Session(engine) as session:
        accounts = [
            dict(id=i, username=f"{FIRST_NAMES[i % len(FIRST_NAMES)].lower()}{i}",
                 display_name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]} Customer{i}",
                 email=f"c{i}@example.com", password_hash="x", role="customer", created_at=NOW - HISTORY)
            for i in range(1, CUSTOMERS + 1)
        ]
        agent_ids = list(range(CUSTOMERS + 1, CUSTOMERS + AGENTS + 1))
        accounts += [
            dict(id=i, username=f"agent{i}", display_name=f"Agent {i}", email=f"a{i}@example.com",
                 password_hash="x", role="agent", created_at=NOW - HISTORY)
            for i in agent_ids
        ]
        bulk_insert(session, sa.insert(Account), accounts)
        bulk_insert(session, sa.insert(Service), [
            dict(id=i, name=f"Service {i}", category="members", target_kind="channel",
                 rate_cents_per_1000=100, refill_days=30, start_hours=1, speed_per_day=5000,
                 terms_note="Refill 30 days.")
            for i in range(1, SERVICES + 1)
        ])

        orders, order_customer, order_target = [], {}, {}
        order_statuses = rng.choices(
            list(ORDER_STATUS_WEIGHTS), list(ORDER_STATUS_WEIGHTS.values()), k=order_total
        )
        for order_id, status in enumerate(order_statuses, start=1):
            customer_id = rng.randint(1, CUSTOMERS)
            channel = f"chan{customer_id}x{rng.randint(1, 5)}"
            link = f"https://t.me/{channel}" + rng.choice(["", "", f"/{rng.randint(1, 9000)}"])
            created_at = NOW - HISTORY * rng.random()
            orders.append(dict(
                id=order_id, customer_id=customer_id, service_id=rng.randint(1, SERVICES), link=link,
                quantity=1000, remains=0, status=status, charge_cents=180,
                created_at=created_at, updated_at=created_at,
            ))
            order_customer[order_id] = customer_id
            order_target[order_id] = parse_target(link).canonical
        bulk_insert(session, sa.insert(Order), orders)

        # Ticket numbers rise with creation time, as they do on a live desk.
        created = sorted(NOW - HISTORY * rng.random() for _ in range(ticket_total))
        statuses = rng.choices(
            list(TICKET_STATUS_WEIGHTS), list(TICKET_STATUS_WEIGHTS.values()), k=ticket_total
        )
        waiting_tickets, answered_tickets, messages = [], [], []
        for ticket_id, (created_at, status) in enumerate(zip(created, statuses), start=1):
            order_id = rng.randint(1, order_total) if rng.random() < 0.85 else None
            customer_id = order_customer[order_id] if order_id else rng.randint(1, CUSTOMERS)
            last_activity_at = min(NOW, created_at + timedelta(hours=rng.uniform(0, 72)))
            # Customers wait on open tickets and on most in review; not on the rest.
            waiting = status == "open" or (status == "in_review" and rng.random() < 0.7)
            (waiting_tickets if waiting else answered_tickets).append(dict(
                id=ticket_id, customer_id=customer_id, issue_type=rng.choice(list(ISSUE_TYPES)),
                order_id=order_id, telegram_target=order_target[order_id] if order_id else None,
                summary=BODIES[0], already_checked="", status=status,
                assigned_agent_id=rng.choice(agent_ids) if status != "open" or rng.random() < 0.3 else None,
                submission_key=f"k{ticket_id}", created_at=created_at, updated_at=last_activity_at,
                last_activity_at=last_activity_at,
                **({"waiting_since": last_activity_at} if waiting else {}),
            ))
            for _ in range(MESSAGES_PER_TICKET):
                from_agent = rng.random() < 0.5
                messages.append(dict(
                    ticket_id=ticket_id,
                    author_id=rng.choice(agent_ids) if from_agent else customer_id,
                    kind=rng.choice(["reply", "note", "event"]) if from_agent else "reply",
                    internal=from_agent and rng.random() < 0.3, body=rng.choice(BODIES),
                    created_at=min(NOW, created_at + timedelta(hours=rng.uniform(0, 72))),
                ))
        bulk_insert(session, sa.insert(Ticket), waiting_tickets)
        # waiting_since has a Python default that fires for a missing key and for
        # None alike, so the NULL has to be in the statement itself.
        bulk_insert(session, sa.insert(Ticket).values(waiting_since=sa.null()), answered_tickets)
        bulk_insert(session, sa.insert(Message), messages)
        session.commit()
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return {
        "order_ids": [order["id"] for order in orders],
        "links": [order["link"] for order in orders],
        "ticket_ids": list(range(1, ticket_total + 1)),
        "agent_id": agent_ids[0],
    }


def pasted(link: str, rng: random.Random) -> str:
    """The channel of an order link as a customer might paste it."""
    name = parse_target(link).username
    return rng.choice([f"@{name}", f"t.me/{name}", f"https://telegram.me/{name.capitalize()}/"])


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(call, arguments: list, warmup: int = 3) -> list[float]:
    """Milliseconds per call, one call per argument, after a few untimed ones."""
    for argument in arguments[:warmup]:
        call(argument)
    samples = []
    for argument in arguments:
        started = time.perf_counter()
        call(argument)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    runs = options.runs

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "queue_scale.db"
        started = time.perf_counter()
        picks = build(path, options.tickets, rng)
        build_seconds = time.perf_counter() - started
        engine = create_engine(f"sqlite:///{path}")
        with Session(engine) as session:
            agent_id = picks["agent_id"]
            agent = session.get(Account, agent_id)
            filtered = QueueFilters(status="open", issue_type="refill", order_status="completed")

            def page(filters: QueueFilters):
                return queue_page(session, filters, agent_id)

            cases = {
                "first page (default filters)": (page, [QueueFilters()] * runs),
                "filtered: open + refill + order completed": (page, [filtered] * runs),
                # The counts walk every ticket whose order completed (over half the desk).
                "filtered: order completed only": (
                    page, [QueueFilters(order_status="completed")] * runs
                ),
                "search by order ID": (page, [
                    QueueFilters(search=str(order_id))
                    for order_id in rng.sample(picks["order_ids"], runs)
                ]),
                "search by pasted link": (page, [
                    QueueFilters(search=pasted(link, rng)) for link in rng.sample(picks["links"], runs)
                ]),
                "search by customer name": (page, [
                    QueueFilters(search=f"Customer{rng.randint(1, CUSTOMERS)}") for _ in range(runs)
                ]),
                "open one ticket (ticket_thread)": (
                    lambda ticket_id: ticket_thread(session, ticket_id, agent),
                    rng.sample(picks["ticket_ids"], runs),
                ),
            }
            results = {name: measure(call, arguments) for name, (call, arguments) in cases.items()}
            first = queue_page(session, QueueFilters(), agent_id)
        engine.dispose()

    print(
        f"{options.tickets:,} tickets, {options.tickets * MESSAGES_PER_TICKET:,} messages, "
        f"{max(1, int(options.tickets * ORDERS_PER_TICKET)):,} orders; "
        f"built in {build_seconds:.1f} s (SQLite file, ANALYZE run)"
    )
    print(f"Active queue: {first.total:,} tickets; counts {first.status_counts}")
    print(f"Aim: each under {AIM_MS} ms.  {runs} runs each after a warm-up.\n")
    print(f"{'measurement':<44}{'p50 ms':>9}{'p95 ms':>9}  ")
    for name, samples in results.items():
        p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
        verdict = "ok" if p95 < AIM_MS else "OVER AIM"
        print(f"{name:<44}{p50:9.2f}{p95:9.2f}  {verdict}")


if __name__ == "__main__":
    main()
