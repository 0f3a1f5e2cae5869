"""Secrets typed into every place text enters the app are refused by the server
(even when a crafted client sends them past the disabled buttons) and are found
afterwards in none of: the database file, the server's output, browser storage."""

import base64
import random
import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from support_studio.pages.agent_ticket import AgentTicketState
from support_studio.pages.studio import StudioState
from support_studio.pages.ticket_thread import ThreadState
from tests.browser.conftest import AGENTS, forge_next_event, open_page, open_studio, sign_in

_random = random.Random(20261129)
PASSWORD = "Zx9!Sunflower#2024"
CODE = "7 3 9 1 4"
SESSION = "1" + base64.urlsafe_b64encode(_random.randbytes(260)).decode()
BOT_TOKEN = "6012345678:AAHk3v9Q2xZpL0mN8rT5yU1wE4qB7cD6fGh"
SECRETS = (PASSWORD, CODE, SESSION, BOT_TOKEN)


def browser_storage(page: Page) -> str:
    return page.evaluate("() => JSON.stringify([window.localStorage, window.sessionStorage, document.cookie])")


def test_secrets_are_refused_everywhere_and_stored_nowhere(
    page: Page, browser: Browser, studio, database_file, capfd, make_customer, make_ticket
):
    customer = make_customer()
    number = make_ticket(customer, "Delivery stopped halfway yesterday; the channel is public and unchanged.")

    # The studio: secrets in the summary and in what the customer already checked.
    open_studio(page, studio, customer)
    page.get_by_role("radio", name=re.compile("^Other")).click()
    page.get_by_label("Summary", exact=True).fill(
        f"Orders stopped. My telegram password is {PASSWORD} if you need to log in and look."
    )
    page.get_by_label("What you already checked (optional)", exact=True).fill(f"Here is my session: {SESSION}")
    expect(page.get_by_role("alert")).to_have_count(2)
    expect(page.get_by_role("button", name="Send ticket")).to_be_disabled()
    forge_next_event(page, f"{StudioState.get_full_name()}.submit", {}, "Subject (optional)")
    page.wait_for_timeout(1000)
    expect(page).to_have_url(re.compile(r"/tickets/new$"))

    # The customer's thread: a login code in a reply.
    open_page(page, studio, f"/tickets/{number}")
    page.get_by_label("Reply in this thread", exact=True).fill(f"Telegram sent me the login code {CODE}")
    expect(page.get_by_role("alert")).to_contain_text("login or 2FA code")
    forge_next_event(page, f"{ThreadState.get_full_name()}.send_reply", {}, "Reply in this thread")
    page.wait_for_timeout(1000)
    customer_storage = browser_storage(page)

    # The agent's workspace: a bot token in an internal note and in a reply.
    agent = browser.new_context().new_page()
    sign_in(agent, studio, AGENTS["sam"])
    open_page(agent, studio, f"/agent/tickets/{number}")
    agent.get_by_label("A note for other agents", exact=True).fill(f"Customer's bot token is {BOT_TOKEN}")
    expect(agent.get_by_role("button", name="Add internal note")).to_be_disabled()
    # The note's (debounced) edit has reached the server once its alert shows: only then
    # forge, or the forged event would replace that edit instead of the reply's.
    expect(agent.get_by_role("alert")).to_have_count(1)
    forge_next_event(agent, f"{AgentTicketState.get_full_name()}.add_note", {}, "Reply to the customer")
    agent.get_by_label("Reply to the customer", exact=True).fill(f"Please log in with this token {BOT_TOKEN}")
    expect(agent.get_by_role("alert")).to_have_count(2)
    forge_next_event(agent, f"{AgentTicketState.get_full_name()}.send_reply", {}, "A note for other agents")
    agent.wait_for_timeout(1500)
    agent_storage = browser_storage(agent)
    agent.context.close()

    stored = b"".join(path.read_bytes() for path in Path(database_file).parent.glob(Path(database_file).name + "*"))
    output = capfd.readouterr()
    for secret in SECRETS:
        assert secret.encode() not in stored
        assert secret not in output.out and secret not in output.err
        assert secret not in customer_storage and secret not in agent_storage
