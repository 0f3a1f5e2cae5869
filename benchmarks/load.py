"""Load: N simulated customers over websockets against the production backend.

    python benchmarks/load.py                      # N = 50, 100, 200 on both setups
    python benchmarks/load.py --customers 50 --setups sqlite

Two setups, one after the other, each a real production backend (`reflex run
--env prod --backend-only`, Granian; tests/scale/servers.py starts everything):
  sqlite  one worker, SQLite, state in memory (scripts/start)
  scaled  two workers, Redis, PostgreSQL (scripts/start --scale 2)

For each N, every simulated customer is a browser tab speaking Socket.IO like
Reflex's own browser code (one websocket, events pipelined, no waiting):
  open     the studio's load with a sign-in token (tokens are made directly with
           accounts.start_session, as tests/security does: bcrypt sign-in through
           the handler is throttled per address, and every tab here shares one)
  floor    Reflex's own trivial handler (the root state's set_is_hydrated), at
           the same pace as the typing below: the floor our handlers compare to
  edit     picks the issue type, then types a 1,000-character summary: 100 edits
           of 10 characters, 5 edits a second (a fast typist's keystroke rate),
           every customer at the same time
  submit   every customer presses Send, each at a random moment within 5 s
  submit burst   then each opens the studio again, types a summary in one edit,
           and they all press Send at the same moment: a confirmation must not
           wait for the others' (p50 well below p95)
while two agents reply on demo tickets every few seconds. A step's latency is
from sending the event to receiving the update it caused.

Printed per N: p50/p95 per step, events per second, server CPU per event (the
workers' CPU time over the events of the step: edit vs floor is our overhead as
a ratio), errors, tickets created vs submitted, backend memory per connected
client (and Redis memory per client), and the load average. Then, once per
setup, the size of the update one edit sends back for a 5,000-character summary.
Aim: 200 customers, submit p95 <= 300 ms, 0 errors, 0 lost tickets; edit CPU
<= 2x the floor; an edit's update <= 2 KB.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from sqlalchemy import create_engine, func  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from tests.scale.servers import Backend, postgres_database, prepare_database, redis_server  # noqa: E402

NAMESPACE = "/_event"
ROOT_STATE = "reflex___state____state"
TRIVIAL = f"{ROOT_STATE}.set_is_hydrated"
EDITS, EDIT_CHARS, EDIT_INTERVAL = 100, 10, 0.2
AGENTS = ("sam", "nadia")
AGENT_REPLY_EVERY = 3.0  # seconds (agents may send 30 messages a minute)
SUBMIT_WINDOW = 5.0  # seconds over which the customers press Send
WARM_UP = 20  # customers of the unreported first round
ANSWER_TIMEOUT = 60.0
SUMMARY = (
    "My views order stopped at about half and the counter has not moved since yesterday morning. "
    "I checked the link, it is public and the post is still there. "
)


def state(name: str) -> str:
    from support_studio.pages.agent_ticket import AgentTicketState
    from support_studio.pages.studio.state import StudioState

    return {"studio": StudioState, "desk": AgentTicketState}[name].get_full_name()


# ---- a browser tab over a raw websocket (Engine.IO 4 / Socket.IO 5 framing) ----------


class Tab:
    def __init__(self, url: str, path: str):
        self.url = url.replace("http://", "ws://")
        self.token = str(uuid.uuid4())
        self.path = path
        self.updates: list[tuple[float, int, dict]] = []  # (received at, frame bytes, update)
        self._arrived = asyncio.Event()
        self._socket = None
        self._reader: asyncio.Task | None = None

    async def connect(self) -> None:
        self._socket = await websockets.connect(
            f"{self.url}{NAMESPACE}/?EIO=4&transport=websocket&token={self.token}",
            max_size=None,
            compression=None,
            open_timeout=30,
            ping_interval=None,
        )
        opened = await self._socket.recv()
        assert opened.startswith("0"), opened
        await self._socket.send(f"40{NAMESPACE},")
        while not (await self._socket.recv()).startswith(f"40{NAMESPACE},"):
            pass
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        with contextlib.suppress(websockets.ConnectionClosed, asyncio.CancelledError):
            async for frame in self._socket:
                if frame == "2":
                    await self._socket.send("3")
                elif frame.startswith(f"42{NAMESPACE},"):
                    name, *data = json.loads(frame[len(NAMESPACE) + 3 :])
                    if name == "event" and data:
                        self.updates.append((time.perf_counter(), len(frame.encode()), data[0]))
                        self._arrived.set()

    async def emit(self, name: str, payload: dict) -> float:
        router = {"pathname": self.path, "asPath": self.path}
        if number := re.fullmatch(r"(?:/agent)?/tickets/(\d+)", self.path):
            router["query"] = {"ticket_number": number.group(1)}  # the route's parameter, as React Router gives it
        event = {"name": name, "payload": payload, "router_data": router}
        sent = time.perf_counter()
        await self._socket.send(f"42{NAMESPACE}," + json.dumps(["event", event]))
        return sent

    async def answer(self, start: int, test, timeout: float = ANSWER_TIMEOUT) -> tuple[float, int, dict]:
        """The first update from index `start` on for which `test(values)` holds."""
        deadline = time.perf_counter() + timeout
        index = start
        while True:
            while index < len(self.updates):
                arrived, size, update = self.updates[index]
                index += 1
                for values in update.get("delta", {}).values():
                    if test(values):
                        return arrived, size, update
                if update.get("events") and any("Something went wrong" in json.dumps(e) for e in update["events"]):
                    raise RuntimeError("the server reported an error")
            self._arrived.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError("no answer")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), remaining)

    async def call(self, name: str, payload: dict, test) -> float:
        """Send one event and wait for its update; the latency in ms."""
        start = len(self.updates)
        sent = await self.emit(name, payload)
        arrived, _, _ = await self.answer(start, test)
        return (arrived - sent) * 1000

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            self._reader.cancel()


def has(key: str, value=None):
    name = f"{key}_rx_state_"
    return lambda values: name in values and (value is None or values[name] == value)


# ---- the run ---------------------------------------------------------------------------


@dataclass
class Step:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    started: float = 0.0
    ended: float = 0.0
    cpu: float = 0.0  # workers' CPU seconds over the step
    sizes: list[int] = field(default_factory=list)

    def rate(self) -> float:
        return len(self.latencies) / max(self.ended - self.started, 1e-9)


def percentile(samples: list[float], share: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measured(step: Step, backend: Backend, clients, run) -> None:
    cpu = backend.cpu_seconds()
    step.started = time.perf_counter()
    results = await asyncio.gather(*(run(client) for client in clients), return_exceptions=True)
    step.ended = time.perf_counter()
    step.cpu = backend.cpu_seconds() - cpu
    step.errors += sum(isinstance(result, BaseException) for result in results)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, (TimeoutError, RuntimeError)):
            print(f"    error: {type(result).__name__}: {result}")


async def paced(tab: Tab, events: list[tuple[str, dict, object]], step: Step, interval: float) -> None:
    """Send events at a fixed pace without waiting for answers (as a browser does while
    someone types); each latency is until that event's own update."""
    waits = []
    for name, payload, test in events:
        start = len(tab.updates)
        sent = await tab.emit(name, payload)
        waits.append((start, sent, test))
        await asyncio.sleep(interval)
    for start, sent, test in waits:
        arrived, size, _ = await tab.answer(start, test)
        step.latencies.append((arrived - sent) * 1000)
        step.sizes.append(size)


async def agent_loop(url: str, token: str, ticket: int, stop: asyncio.Event, step: Step) -> None:
    from support_studio import routes

    tab = Tab(url, routes.agent_ticket(ticket))
    await tab.connect()
    desk = state("desk")
    try:
        await tab.call(f"{desk}.load_workspace", {"token": token}, has("found", True))
        count = 0
        while not stop.is_set():
            count += 1
            await tab.emit(f"{desk}.edit_reply", {"value": f"Update {count}: we are checking this with the provider."})
            try:
                step.latencies.append(await tab.call(f"{desk}.send_reply", {}, has("reply_length", 0)))
            except (TimeoutError, RuntimeError):
                step.errors += 1
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), AGENT_REPLY_EVERY)
    finally:
        await tab.close()


def make_customers(engine, count: int) -> list[int]:
    """`count` customer accounts for the benchmark (one password hash for all: bcrypt is slow)."""
    from support_studio import accounts
    from support_studio.models import Account

    with Session(engine) as session:
        existing = {a.username: a.id for a in session.exec(select(Account).where(Account.username.startswith("load")))}
        password = accounts.hash_password("load-customer-pass")
        for index in range(count):
            name = f"load{index:04d}"
            if name not in existing:
                session.add(
                    Account(
                        username=name,
                        display_name=f"Load Customer {index}",
                        email=f"{name}@example.com",
                        password_hash=password,
                        role="customer",
                    )
                )
        session.commit()
        return [
            a.id
            for a in session.exec(select(Account).where(Account.username.startswith("load")).order_by(Account.username))
        ][:count]


def tokens_for(engine, account_ids: list[int]) -> list[str]:
    from support_studio import accounts
    from support_studio.models import Account

    with Session(engine) as session:
        return [accounts.start_session(session, session.get(Account, account_id)) for account_id in account_ids]


def ticket_count(engine, account_ids: list[int]) -> int:
    from support_studio.models import Ticket

    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Ticket).where(Ticket.customer_id.in_(account_ids))).one()


async def run_customers(backend: Backend, engine, count: int, redis_url: str | None) -> dict:
    from support_studio import routes

    account_ids = make_customers(engine, count)
    tokens = tokens_for(engine, account_ids)
    agent_tokens = []
    from support_studio.models import Account, Ticket

    with Session(engine) as session:
        for name in AGENTS:
            agent = session.exec(select(Account).where(Account.username == name)).one()
            from support_studio import accounts

            agent_tokens.append(accounts.start_session(session, agent))
        demo_tickets = [
            t.id
            for t in session.exec(
                select(Ticket).where(Ticket.submission_key.startswith("demo-ticket")).order_by(Ticket.id)
            )
        ]
    tickets_before = ticket_count(engine, account_ids)

    memory_before = backend.memory()
    redis_before = _redis_memory(redis_url)
    studio = state("studio")
    tabs = [Tab(backend.url, routes.NEW_TICKET) for _ in range(count)]
    steps = {name: Step() for name in ("open", "floor", "edit", "submit", "submit burst", "agent reply")}

    connect = Step()
    await measured(connect, backend, tabs, lambda tab: tab.connect())
    steps["open"].errors += connect.errors

    async def open_studio(tab: Tab, token: str) -> None:
        steps["open"].latencies.append(await tab.call(f"{studio}.load_studio", {"token": token}, has("loaded", True)))

    pairs = list(zip(tabs, tokens, strict=True))
    await measured(steps["open"], backend, pairs, lambda pair: open_studio(*pair))

    stop = asyncio.Event()
    agents = [
        asyncio.create_task(
            agent_loop(backend.url, token, demo_tickets[index % len(demo_tickets)], stop, steps["agent reply"])
        )
        for index, token in enumerate(agent_tokens)
    ]
    steps["agent reply"].started = time.perf_counter()
    await asyncio.sleep(0.5)

    floor_events = [(TRIVIAL, {"value": True}, has("is_hydrated", True))] * EDITS
    await measured(steps["floor"], backend, tabs, lambda tab: paced(tab, floor_events, steps["floor"], EDIT_INTERVAL))

    async def type_summary(tab: Tab) -> None:
        await tab.call(f"{studio}.choose_issue_type", {"issue_type": "other"}, has("guide_include"))
        text = (SUMMARY * 20)[: EDITS * EDIT_CHARS]
        events = [
            (
                f"{studio}.edit_field",
                {"name": "summary", "value": text[: (i + 1) * EDIT_CHARS]},
                has("summary_length", (i + 1) * EDIT_CHARS),
            )
            for i in range(EDITS)
        ]
        await paced(tab, events, steps["edit"], EDIT_INTERVAL)

    await measured(steps["edit"], backend, tabs, type_summary)
    memory_loaded = backend.memory()
    redis_loaded = _redis_memory(redis_url)

    confirmed = 0

    async def submit(tab: Tab, step: Step, delay: float) -> None:
        nonlocal confirmed
        await asyncio.sleep(delay)
        sent = lambda v: bool(v.get("sent_ticket_number_rx_state_")) or bool(v.get("server_errors_rx_state_"))  # noqa: E731
        latency = await tab.call(f"{studio}.submit", {}, sent)
        last = json.dumps(tab.updates[-1][2])
        if "server_errors_rx_state_" in last and "sent_ticket_number_rx_state_" not in last:
            raise RuntimeError(f"refused: {last[:300]}")
        confirmed += 1
        step.latencies.append(latency)

    # Send, each customer at their own moment within SUBMIT_WINDOW (the aim's case) ...
    await measured(
        steps["submit"], backend, tabs, lambda tab: submit(tab, steps["submit"], random.uniform(0, SUBMIT_WINDOW))
    )

    # ... then a second ticket each, everyone pressing Send at the same moment.
    async def second_ticket(tab: Tab, token: str) -> None:
        await tab.call(f"{studio}.load_studio", {"token": token}, has("sent_ticket_number", 0))
        await tab.call(f"{studio}.choose_issue_type", {"issue_type": "other"}, has("guide_include"))
        text = (SUMMARY * 20)[: EDITS * EDIT_CHARS - 1]
        await tab.call(f"{studio}.edit_field", {"name": "summary", "value": text}, has("summary_length", len(text)))

    ready = Step()
    await measured(ready, backend, pairs, lambda pair: second_ticket(*pair))
    steps["submit burst"].errors += ready.errors
    await measured(steps["submit burst"], backend, tabs, lambda tab: submit(tab, steps["submit burst"], 0))
    stop.set()
    steps["agent reply"].ended = time.perf_counter()
    for failed in await asyncio.gather(*agents, return_exceptions=True):
        if isinstance(failed, BaseException):
            steps["agent reply"].errors += 1
            print(f"    agent error: {type(failed).__name__}: {failed}")
    await asyncio.gather(*(tab.close() for tab in tabs))
    created = ticket_count(engine, account_ids) - tickets_before
    return {
        "steps": steps,
        "confirmed": confirmed,
        "created": created,
        "memory_per_client": (memory_loaded - memory_before) / count,
        "redis_per_client": (redis_loaded - redis_before) / count if redis_url else None,
        "memory_total": memory_loaded,
    }


def _redis_memory(url: str | None) -> int:
    if not url:
        return 0
    import redis

    return int(redis.Redis.from_url(url).info("memory")["used_memory"])


async def edit_delta_size(backend: Backend, engine) -> tuple[int, dict]:
    """The update one edit sends back when the summary is 5,000 characters long."""
    from support_studio import routes

    account_ids = make_customers(engine, 1)
    token = tokens_for(engine, account_ids)[0]
    tab = Tab(backend.url, routes.NEW_TICKET)
    await tab.connect()
    studio = state("studio")
    try:
        await tab.call(f"{studio}.load_studio", {"token": token}, has("loaded", True))
        await tab.call(f"{studio}.choose_issue_type", {"issue_type": "other"}, has("guide_include"))
        text = (SUMMARY * 60)[:4999]
        await tab.call(f"{studio}.edit_field", {"name": "summary", "value": text}, has("summary_length", 4999))
        start = len(tab.updates)
        await tab.emit(f"{studio}.edit_field", {"name": "summary", "value": text + "!"})
        _, size, update = await tab.answer(start, has("summary_length", 5000))
        await tab.call(f"{studio}.start_over", {}, has("summary_length", 0))
        return size, update
    finally:
        await tab.close()


def report(setup: str, count: int, result: dict) -> None:
    steps = result["steps"]
    print(f"\n  {setup}, N = {count} customers (load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
    print(f"    {'step':<12} {'p50 ms':>9} {'p95 ms':>9} {'events/s':>9} {'CPU/event':>10} {'errors':>7}")
    for name, step in steps.items():
        cpu = f"{step.cpu / len(step.latencies) * 1000:.2f} ms" if step.latencies and step.cpu else ""
        print(
            f"    {name:<12} {percentile(step.latencies, 0.5):9.1f} {percentile(step.latencies, 0.95):9.1f} "
            f"{step.rate():9.0f} {cpu:>10} {step.errors:7d}"
        )
    floor, edit = steps["floor"], steps["edit"]
    if floor.latencies and edit.latencies and floor.cpu:
        ratio = (edit.cpu / len(edit.latencies)) / (floor.cpu / len(floor.latencies))
        print(
            f"    edit handler vs Reflex's trivial handler: {ratio:.2f}x server CPU per event "
            f"(p50 latency {percentile(edit.latencies, 0.5) / max(percentile(floor.latencies, 0.5), 1e-9):.2f}x)"
        )
    if edit.sizes:
        print(f"    update per edit: p50 {percentile(edit.sizes, 0.5):.0f} B, max {max(edit.sizes)} B")
    print(
        f"    tickets: {result['created']} created, {result['confirmed']} confirmed, {2 * count} submitted "
        f"({'none lost' if result['created'] == result['confirmed'] == 2 * count else 'MISMATCH'})"
    )
    line = f"    backend memory: {result['memory_total'] / 2**20:.0f} MiB, {result['memory_per_client'] / 1024:.0f} KiB per connected client"
    if result["redis_per_client"] is not None:
        line += f"; Redis {result['redis_per_client'] / 1024:.0f} KiB per client"
    print(line)


async def bench_setup(setup: str, backend: Backend, engine, counts: list[int], redis_url: str | None) -> None:
    # A warm-up round (not reported): connection pools, caches and the allocator
    # settle, so that memory per client measures clients, not the first requests.
    await run_customers(backend, engine, WARM_UP, redis_url)
    size, update = await edit_delta_size(backend, engine)
    print(f"\n  {setup}: one edit of a 5,000-character summary sends back {size} bytes: {json.dumps(update)[:300]}")
    for count in counts:
        result = await run_customers(backend, engine, count, redis_url)
        report(setup, count, result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument("--setups", nargs="+", default=["sqlite", "scaled"], choices=["sqlite", "scaled"])
    parser.add_argument("--workers", type=int, default=2, help="backend workers of the scaled setup")
    args = parser.parse_args()
    print(f"Load benchmark: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"Each customer: open the studio, {EDITS} edits of {EDIT_CHARS} characters every {EDIT_INTERVAL * 1000:.0f} ms "
        f"(the floor: as many trivial events at the same pace), then Send; {len(AGENTS)} agents reply "
        f"every {AGENT_REPLY_EVERY:.0f} s meanwhile."
    )
    for setup in args.setups:
        with contextlib.ExitStack() as stack:
            if setup == "sqlite":
                directory = Path(stack.enter_context(_temporary_directory()))
                db_url, redis_url, workers = f"sqlite:///{directory / 'load.db'}", None, 1
            else:
                redis_url = stack.enter_context(redis_server())
                db_url = stack.enter_context(postgres_database())
                workers = args.workers
            prepare_database(db_url)
            engine = create_engine(db_url)
            stack.callback(engine.dispose)
            backend = stack.enter_context(Backend(db_url, redis_url, workers=workers))
            title = (
                "1 worker, SQLite, state in memory" if setup == "sqlite" else f"{workers} workers, Redis, PostgreSQL"
            )
            print(f"\n== {title} (backend log: {backend.log})")
            asyncio.run(bench_setup(setup, backend, engine, args.customers, redis_url))


@contextlib.contextmanager
def _temporary_directory():
    import shutil
    import tempfile

    directory = tempfile.mkdtemp(prefix="support-studio-load-")
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
