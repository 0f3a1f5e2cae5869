"""Secrets typed into every place text enters the app are refused by the server
(even when a crafted client sends them past the disabled buttons) and are found
afterwards in none of: the database file, the server's output, browser storage."""

import base64
import random
import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from support_studio.pages.agent_ticket import AgentTicketState
from support_studio.pages.new_ticket import NewTicketState
from support_studio.pages.ticket_thread import ThreadState
from tests.browser.conftest import forge_next_event, open_page, open_studio, sign_in

_random = random.Random(20261129)
PASSWORD = "Zx9!Sunflower#2024"
CODE = "7 3 9 1 4"
SESSION = "1" + base64.urlsafe_b64encode(_random.randbytes(260)).decode()
BOT_TOKEN = "6012345678:AAHk3v9Q2xZpL0mN8rT5yU1wE4qB7cD6fGh"
SECRETS = (PASSWORD, CODE, SESSION, BOT_TOKEN)


def _browser_storage(page: Page) -> str:
    return page.evaluate(
        "() => JSON.stringify([window.localStorage, window.sessionStorage, document.cookie])"
    )


def test_secrets_are_refused_everywhere_and_stored_nowhere(
    page: Page, browser: Browser, studio, database_file, capfd
):
    # The studio: secrets in the summary and in what the customer already checked.
    open_studio(page, studio, "lucas", "lucas-demo-pass")
    page.click("#issue-type-other")
    page.fill("#summary", f"Orders stopped. My telegram password is {PASSWORD} if you need to log in and look.")
    page.fill("#already_checked", f"Here is my session: {SESSION}")
    expect(page.locator(".screening-alert")).to_have_count(2)
    expect(page.locator("#send-ticket")).to_be_disabled()
    forge_next_event(page, f"{NewTicketState.get_full_name()}.submit", {}, "#target_text")
    expect(page.locator("#summary-error")).to_contain_text("password")
    expect(page).to_have_url(re.compile(r"/tickets/new$"))

    # The customer's thread: a login code in a reply.
    open_page(page, studio, "/tickets/2")
    page.fill("#reply", f"Telegram sent me the login code {CODE}")
    expect(page.locator(".screening-alert")).to_contain_text("login or 2FA code")
    forge_next_event(page, f"{ThreadState.get_full_name()}.send_reply", {}, "#reply")
    expect(page.locator("#reply-error")).to_contain_text("login or 2FA code")
    customer_storage = _browser_storage(page)

    # The agent's workspace: a bot token in an internal note and in a reply.
    agent = browser.new_context().new_page()
    sign_in(agent, studio, "sam", "sam-agent-pass")
    open_page(agent, studio, "/agent/tickets/2")
    agent.fill("#note", f"Customer's bot token is {BOT_TOKEN}")
    expect(agent.locator("#add-note")).to_be_disabled()
    forge_next_event(agent, f"{AgentTicketState.get_full_name()}.add_note", {}, "#reply")
    agent.fill("#reply", f"Please log in with this token {BOT_TOKEN}")
    expect(agent.locator(".screening-alert")).to_be_visible()
    forge_next_event(agent, f"{AgentTicketState.get_full_name()}.send_reply", {}, "#note")
    agent.wait_for_timeout(1500)
    agent_storage = _browser_storage(agent)
    agent.context.close()

    stored = b"".join(
        path.read_bytes() for path in Path(database_file).parent.glob(Path(database_file).name + "*")
    )
    output = capfd.readouterr()
    for secret in SECRETS:
        assert secret.encode() not in stored
        assert secret not in output.out and secret not in output.err
        assert secret not in customer_storage and secret not in agent_storage
