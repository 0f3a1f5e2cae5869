"""A customer and agents on one ticket at the same time, each in their own
browser context, as they would work it."""

import re
import sqlite3

import pytest
from playwright.sync_api import Browser, Page, expect

from support_studio.pages.agent_ticket import AgentTicketState
from support_studio.pages.ticket_thread import ThreadState
from tests.browser.conftest import forge_next_event, open_page, open_studio, pick_order, sign_in

REFILL_SUMMARY = (
    "The channel dropped from 3,700 to 2,900 members this month. I expected the refill "
    "to cover it; the channel is public and the link is unchanged."
)
NOTE = "Provider panel shows the drop started on day 40."


@pytest.fixture
def second_page(browser: Browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def _send_refill_ticket_past_its_window(page: Page, studio) -> int:
    open_studio(page, studio, "arif", "arif-demo-pass")
    page.click("#issue-type-refill")
    pick_order(page, 48229)
    expect(page.locator("#what-to-expect")).to_contain_text("ended")
    # The customer reports a status that disagrees with the record.
    page.click("#reported_status")
    page.get_by_role("option", name="Partial").click()
    page.fill("#current_count", "2,900")
    page.fill("#summary", REFILL_SUMMARY)
    page.click("#send-ticket")
    expect(page).to_have_url(re.compile(r"/tickets/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def test_agent_reviews_and_replies_live_while_the_customer_watches(page: Page, second_page: Page, studio):
    customer, agent = page, second_page
    number = _send_refill_ticket_past_its_window(customer, studio)

    sign_in(agent, studio, "sam", "sam-agent-pass")
    expect(agent).to_have_url(re.compile(r"/agent$"))
    agent.locator(f"a[href='/agent/tickets/{number}']").click()
    expect(agent.locator("#order-record")).to_contain_text("#48229")
    expect(agent.locator("#order-record .mismatch")).to_contain_text("the record shows Completed")
    expect(agent.locator("#verdict-headline")).to_contain_text("ended")
    expect(agent.locator("#messages")).to_contain_text("dropped from 3,700 to 2,900")

    agent.fill("#note", NOTE)
    agent.click("#add-note")
    expect(agent.locator("#internal-notes")).to_contain_text(NOTE)

    # Support never asks for credentials: such a reply is stopped before sending.
    agent.fill("#reply", "Please send us the 2FA code from Telegram so we can check.")
    expect(agent.locator(".screening-alert")).to_contain_text("Support never asks for a login code")
    expect(agent.locator("#send-reply")).to_be_disabled()

    agent.click("#canned-rules_verdict")
    expect(agent.locator("#reply")).to_have_value(re.compile(r"compared order #48229"))
    agent.click("#send-reply")
    expect(agent.locator("#reply")).to_have_value("")

    # The customer's open page shows the reply without a reload, never the note.
    expect(customer.locator("#messages")).to_contain_text("compared order #48229")
    assert NOTE not in customer.content()

    customer.fill("#reply", "Thanks. The count is still 2,900 today, nothing changed on the channel.")
    customer.click("#send-reply")
    expect(agent.locator("#messages")).to_contain_text("The count is still 2,900 today")

    # The customer's answer puts the ticket back among those waiting for support.
    open_page(agent, studio, "/agent")
    agent.fill("#queue-search", f"#{number}")
    expect(agent.locator(f"#queue-row-{number} .waiting")).to_have_text("just now")
    expect(customer.locator("#messages")).not_to_contain_text(NOTE)


def test_two_agents_on_one_ticket_are_warned(page: Page, second_page: Page, studio, database_file):
    sam, nadia = page, second_page
    sign_in(sam, studio, "sam", "sam-agent-pass")
    open_page(sam, studio, "/agent/tickets/2")
    expect(sam.locator("#ticket-heading")).to_have_text("Ticket #2")
    sign_in(nadia, studio, "nadia", "nadia-agent-pass")
    open_page(nadia, studio, "/agent/tickets/2")
    expect(nadia.locator("#ticket-heading")).to_have_text("Ticket #2")

    expect(sam.locator("#presence")).to_contain_text("Nadia (Support) has this ticket open")
    nadia.fill("#reply", "Hello Lucas, the provider has started your order now.")
    expect(sam.locator("#presence")).to_contain_text("Nadia (Support) is typing a reply")
    nadia.click("#send-reply")
    expect(nadia.locator("#reply")).to_have_value("")

    # Sam loaded the thread before Nadia's reply: his send asks him to read it first.
    sam.fill("#reply", "Hello Lucas, we are checking the start time with the provider.")
    sam.click("#send-reply")
    expect(sam.locator("#stale-notice")).to_contain_text("Nadia (Support) added to this thread")
    with sqlite3.connect(database_file) as db:
        (sams,) = db.execute(
            "SELECT count(*) FROM message JOIN account ON account.id = message.author_id "
            "WHERE message.ticket_id = 2 AND account.username = 'sam' AND message.kind = 'reply'"
        ).fetchone()
    assert sams == 0
    sam.click("#send-reply")
    expect(sam.locator("#messages")).to_contain_text("we are checking the start time")


def _ticket_status(database_file, number: int) -> tuple[str, int]:
    with sqlite3.connect(database_file) as db:
        return db.execute(
            "SELECT status, (SELECT count(*) FROM message WHERE ticket_id = ticket.id) FROM ticket WHERE id = ?",
            (number,),
        ).fetchone()


def test_customer_calling_agent_handlers_is_refused(page: Page, studio, database_file):
    sign_in(page, studio, "arif", "arif-demo-pass")
    open_page(page, studio, "/agent/tickets/1")
    expect(page).to_have_url(re.compile(r"/tickets/new$"))  # the workspace sends customers away

    open_page(page, studio, "/tickets/1")
    expect(page.locator("#ticket-heading")).to_have_text("Ticket #1")
    before = _ticket_status(database_file, 1)
    forge_next_event(page, f"{AgentTicketState.get_full_name()}.change_status", {"status": "closed"}, "#reply")
    page.wait_for_timeout(1500)
    assert _ticket_status(database_file, 1) == before

    # The same forging reaches the customer's own handlers: the refusal above is the server's.
    forge_next_event(page, f"{ThreadState.get_full_name()}.mark_resolved", {}, "#reply")
    expect(page.locator("#mark-resolved")).to_have_count(0)
    assert _ticket_status(database_file, 1)[0] == "resolved"


def test_queue_filters_searches_and_counts_in_the_database(page: Page, studio):
    sign_in(page, studio, "sam", "sam-agent-pass")
    expect(page.locator("#status-tabs")).to_contain_text("Active (")
    expect(page.locator("#queue-row-2")).to_be_visible()
    rows = page.locator("[id^=queue-row-]")
    page.locator("#status-tabs").get_by_role("button", name=re.compile(r"^All \(")).click()

    # Any pasted form of a link finds the tickets about that target.
    page.fill("#queue-search", "https://telegram.me/Arif_Tech_Deals/")
    expect(rows).to_have_count(2)
    expect(page.locator("#queue-row-1")).to_be_visible()
    expect(page.locator("#queue-row-5")).to_be_visible()
    page.fill("#queue-search", "48243")
    expect(rows).to_have_count(1)
    expect(page.locator("#queue-row-2")).to_be_visible()
    page.fill("#queue-search", "")

    page.click("#filter-issue_type")
    page.get_by_role("option", name="Payment").click()
    expect(rows).to_have_count(1)
    expect(page.locator("#queue-row-6")).to_contain_text("Maria Ivanova")

    page.click("#filter-issue_type")
    page.get_by_role("option", name="Any type").click()
    page.locator("#status-tabs").get_by_role("button", name=re.compile(r"^Closed \(")).click()
    expect(page.locator("#queue-row-8")).to_be_visible()
    expect(page.locator("#queue-row-2")).to_have_count(0)
