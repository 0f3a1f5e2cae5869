"""Browser tests run the real app (AppHarness: backend in-process, Vite dev
frontend) on a migrated SQLite file loaded with the demo panel, and drive it in
Debian's Chromium, finding things by role and label as a person would.

Every test makes the people and records it needs (`make_customer`,
`make_ticket`), so tests pass alone and in any order; only the two demo agents
are shared, and tests never change anything of theirs."""

import os
import re
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlmodel import Session, create_engine, select

from support_studio import accounts, tickets
from support_studio.models import Account, Order, Payment, Service, StudioDraft, utc_now
from support_studio.throttle import SqlStorage, Throttle
from support_studio.ticket_quality import TicketDraft

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def database_file(tmp_path_factory) -> Path:
    """A fresh database built the way the README's start command builds one."""
    path = tmp_path_factory.mktemp("db") / "browser-tests.db"
    env = {**os.environ, "REFLEX_DB_URL": f"sqlite:///{path}"}
    subprocess.run([sys.executable, "-m", "reflex", "db", "migrate"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "-m", "support_studio.demo_data"], cwd=ROOT, env=env, check=True)
    return path


@pytest.fixture(scope="session")
def studio(database_file):
    from reflex.testing import AppHarness

    os.environ["REFLEX_DB_URL"] = f"sqlite:///{database_file}"
    with AppHarness.create(root=ROOT) as harness:
        yield harness


@pytest.fixture(scope="session")
def engine(database_file):
    engine = create_engine(f"sqlite:///{database_file}")
    yield engine
    engine.dispose()


# ---- people and records, made per test ----------------------------------------------


@dataclass(frozen=True)
class Person:
    username: str
    password: str
    name: str


@dataclass(frozen=True)
class Customer(Person):
    orders: list[int]  # in the order of ORDERS
    payments: list[str]  # references


AGENTS = {
    "sam": Person("sam", "sam-agent-pass", "Sam (Support)"),
    "nadia": Person("nadia", "nadia-agent-pass", "Nadia (Support)"),
}
# Each customer's orders: (service name, link, quantity, start count, remains,
# status, completed days ago). NEWS is inside its refill window, CLUB past it.
ORDERS = [
    ("Telegram Members | Real | 30-day refill", "https://t.me/{name}_news", 1000, 5000, 0, "completed", 10),
    ("Telegram Members | Real | 30-day refill", "https://t.me/{name}_club", 2000, 800, 0, "completed", 60),
    ("Telegram Post Views | Instant", "https://t.me/{name}_news/42", 5000, 0, 5000, "pending", None),
]
NEWS, CLUB, POST = range(3)


@pytest.fixture
def make_customer(engine):
    """A new customer with their own orders and payments."""

    def made(label: str = "c", more_orders: int = 0) -> Customer:
        """`more_orders` adds pending view orders for posts 1, 2, ... after ORDERS."""
        username = f"{label}{secrets.token_hex(3)}"
        password = f"{username}-pass"
        name = f"{label.title()} {username[-4:].upper()}"
        now = utc_now()
        with Session(engine) as session:
            account = Account(
                username=username,
                display_name=name,
                email=f"{username}@example.com",
                password_hash=accounts.hash_password(password),
                role="customer",
            )
            session.add(account)
            session.flush()
            orders = []
            more = [
                (*ORDERS[POST][:1], f"https://t.me/{{name}}_news/{post}", *ORDERS[POST][2:])
                for post in range(1, more_orders + 1)
            ]
            for service_name, link, quantity, start, remains, status, done in ORDERS + more:
                service = session.exec(select(Service).where(Service.name == service_name)).one()
                order = Order(
                    customer_id=account.id,
                    service_id=service.id,
                    link=link.format(name=username),
                    quantity=quantity,
                    start_count=start,
                    remains=remains,
                    status=status,
                    charge_cents=quantity * service.rate_cents_per_1000 // 1000,
                    created_at=now - timedelta(days=(done or 0) + 2),
                    started_at=now - timedelta(days=(done or 0) + 1) if done else None,
                    completed_at=now - timedelta(days=done) if done else None,
                )
                session.add(order)
                session.flush()
                orders.append(order.id)
            reference = f"CARD-{secrets.token_hex(4).upper()}"
            session.add(
                Payment(customer_id=account.id, reference=reference, method="card", amount_cents=2500, status="pending")
            )
            session.commit()
        return Customer(username, password, name, orders, [reference])

    return made


@pytest.fixture
def make_ticket(engine):
    """A ticket of `customer` about their first order, sent as the studio sends one."""

    def made(customer: Customer, summary: str, issue_type: str = "order", **fields) -> int:
        order_id = customer.orders[NEWS]
        draft = TicketDraft(
            issue_type=issue_type,
            order_id=order_id,
            target_text=f"https://t.me/{customer.username}_news",
            reported_status="completed",
            summary=summary,
            **fields,
        )
        with Session(engine) as session:
            account = session.exec(select(Account).where(Account.username == customer.username)).one()
            ticket = tickets.submit_ticket(
                session, account.id, draft, secrets.token_hex(8), Throttle(SqlStorage(engine))
            )
            return ticket.id

    return made


@pytest.fixture
def second_page(browser: Browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_page(browser: Browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


# ---- what a person does -------------------------------------------------------------


def open_page(page: Page, studio, path: str) -> None:
    # The same host as the harness's backend (127.0.0.1), as in production where
    # pages and the attachment routes share one origin: the /files cookie goes along.
    page.goto(studio.frontend_url.replace("localhost", "127.0.0.1").rstrip("/") + path)
    expect(page.locator("[data-hydrated=yes]")).to_be_attached()


def ticket_row(page: Page, number: int):
    """The table row of ticket `number`, by its link ("#48"; not a row naming order #48231)."""
    return page.get_by_role("row").filter(has=page.get_by_role("link", name=f"#{number}", exact=True))


def fill_sign_in(page: Page, person: Person) -> None:
    """On the sign-in page: sign in as `person`."""
    page.get_by_label("Username", exact=True).fill(person.username)
    page.get_by_label("Password", exact=True).fill(person.password)
    page.get_by_role("main").get_by_role("button", name="Sign in").click()


def sign_in(page: Page, studio, person: Person) -> None:
    open_page(page, studio, "/login")
    fill_sign_in(page, person)
    expect(page).not_to_have_url(re.compile(r"/login"))
    expect(page.get_by_role("banner")).to_contain_text(person.name)


def on_ticket(page: Page, studio, person: Person, number: int) -> None:
    """Sign `person` in and open ticket `number`: a customer's thread, or an agent's workspace."""
    sign_in(page, studio, person)
    agent = person.username in {agent.username for agent in AGENTS.values()}
    open_page(page, studio, f"/agent/tickets/{number}" if agent else f"/tickets/{number}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Ticket #{number}")
    # The page starts at its heading once drawn: wait for that, or it takes the focus a test just moved.
    expect(page.get_by_role("heading", level=1)).to_be_focused()


def open_studio(page: Page, studio, person: Person) -> None:
    """Sign in as a customer and wait until the studio has loaded their orders."""
    sign_in(page, studio, person)
    expect(page.locator("#studio[data-loaded=yes]")).to_be_attached()


def remove_it_while_typing(page: Page, link: "Link", field_label: str, typed: str) -> None:
    """Press "Remove it from `field_label`" on a slow link, and type `typed` before its answer
    comes (the keys go to the box: focus is back there at once, UX audit 10)."""
    remove = page.get_by_role("button", name=f"Remove it from {field_label}")
    expect(remove).to_be_visible()
    link.hold()
    remove.click()
    page.keyboard.type(typed)
    link.release()


def wait_until_draft_saved(page: Page, engine, person: Person, text: str) -> None:
    """Until the customer's saved draft holds `text` (the studio saves a moment after typing).
    It waits in the page, not in `time.sleep`: a `Link` passes the page's messages on only
    while the test is inside a Playwright call (a sleeping test held the edit for 15 s)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with Session(engine) as session:
            draft = session.exec(select(StudioDraft).join(Account).where(Account.username == person.username)).first()
        if draft is not None and text in draft.content:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"no saved draft holds {text!r}")


def wait_until_still(page: Page) -> None:
    """Wait until no animation runs: half-faded in, a dialog's or a toast's text fails
    axe's contrast check (its colour is blended with what lies behind it)."""
    page.wait_for_function("() => document.getAnimations().every(animation => animation.playState !== 'running')")


def answer_dialog(page: Page, answer: str) -> None:
    """Press `answer` in the open confirm dialog and wait until it has gone. While it
    fades out it is still on the page, its button under the same name as the one that
    opened it ("Start over"), and the page behind it is hidden from the accessibility tree."""
    dialog = page.get_by_role("alertdialog")
    dialog.get_by_role("button", name=answer).click()
    expect(dialog).to_have_count(0)


def pick_order(page: Page, order_id: int) -> None:
    """Search by ID and pick, once the list shows only that order."""
    page.get_by_label("Search your orders", exact=True).fill(str(order_id))
    page.get_by_role("button", name=f"Pick order {order_id}").click()
    expect(page.locator("#picked-order")).to_contain_text(str(order_id))


def forge_next_event(page: Page, handler: str, payload: dict, trigger_label: str) -> None:
    """Rewrite the browser's next websocket event into a call of `handler` with
    `payload`, as a crafted client could, then make the page send one by typing
    into the field labelled `trigger_label`."""
    page.evaluate(
        """([name, payload]) => {
            window.__forged = false;
            window.__reflex_otel = {onEventSend(event) {
                if (window.__forged) return;
                window.__forged = true;
                event.name = name;
                event.payload = payload;
            }};
        }""",
        [handler, payload],
    )
    page.get_by_label(trigger_label).fill(f"any change sends an event: {handler}")
    # Debounced fields send later: wait until the forged event has left, so that
    # typing that follows is not folded into it.
    page.wait_for_function("window.__forged === true")


class Link:
    """The page's websocket, routed through Playwright so a test can drop it as a dead link would:
    the page's side closes, and new connections fail until the page is online again."""

    def __init__(self, page: Page):
        self.page, self.routes = page, []
        self.held: list | None = None  # the server's messages not yet passed on to the page
        self.silent: set = set()  # the routes that carry nothing (go_silent)
        page.route_web_socket(re.compile("/_event"), self._connect)

    def _connect(self, route) -> None:
        server = route.connect_to_server()
        route.on_message(lambda message: None if route in self.silent else server.send(message))
        server.on_message(lambda message: None if route in self.silent else self._to_page(route, message))
        self.routes.append((route, server))

    def _to_page(self, route, message) -> None:
        if self.held is None:
            route.send(message)
        else:
            self.held.append((route, message))

    def hold(self) -> None:
        """A slow link: the server's answers wait (the page's events still go) until `release`."""
        self.held = []

    def release(self) -> None:
        held, self.held = self.held or [], None
        for route, message in held:
            route.send(message)

    def drop(self) -> None:
        """Both ends see the connection close, as when a link resets (`go_silent`: a link that
        says nothing)."""
        self.page.context.set_offline(True)
        for route, server in self.routes:
            server.close()
            route.close()
        self.routes = []

    def go_silent(self) -> None:
        """The connections open now carry nothing either way, and neither end is told (a phone
        between cells): each end notices only when the other stops answering its pings. New
        connections work."""
        self.silent.update(route for route, _ in self.routes)

    def restore(self) -> None:
        self.page.context.set_offline(False)
