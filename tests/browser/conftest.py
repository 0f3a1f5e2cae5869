"""Browser tests run the real app (AppHarness: backend in-process, Vite dev
frontend) on a migrated SQLite file loaded with the demo panel, and drive it in
Debian's Chromium."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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


def open_page(page: Page, studio, path: str) -> None:
    page.goto(studio.frontend_url.rstrip("/") + path)
    expect(page.locator("[data-hydrated=yes]")).to_be_attached()


def sign_in(page: Page, studio, username: str, password: str) -> None:
    open_page(page, studio, "/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#sign-in")
    # The landing page has loaded its own data once its on_load filled the header.
    expect(page).not_to_have_url(re.compile(r"/login"))
    expect(page.locator("[data-hydrated=yes] #signed-in-name")).to_be_visible()


def open_studio(page: Page, studio, username: str, password: str) -> None:
    """Sign in as a customer and wait until the studio has loaded their orders."""
    sign_in(page, studio, username, password)
    expect(page.locator("#studio[data-loaded=yes]")).to_be_attached()


def pick_order(page: Page, order_id: int) -> None:
    """Search by ID and pick, once the list shows only that order (search is debounced)."""
    page.fill("#order-search", str(order_id))
    expect(page.locator("[id^=order-option-]")).to_have_count(1)
    page.locator(f"#order-option-{order_id} button").click()
    expect(page.locator("#picked-order")).to_contain_text(str(order_id))


def forge_next_event(page: Page, handler: str, payload: dict, trigger_field: str) -> None:
    """Rewrite the browser's next websocket event into a call of `handler` with
    `payload`, as a crafted client could, then make the page send one by typing
    into `trigger_field`."""
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
    page.fill(trigger_field, f"any change sends an event: {handler}")
