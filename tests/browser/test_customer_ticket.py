"""A new customer's path through the Support Review Studio, in real Chromium."""

import re
import sqlite3

from playwright.sync_api import Page, expect

from tests.browser.conftest import open_page, open_studio, pick_order, sign_in

CLEAN_SUMMARY = (
    "My channel got only part of the members: the count stopped at 11,900 two days "
    "after the order completed. I expected 12,300 and the link is still public."
)


def _check(page: Page, key: str):
    return page.locator(f"#check-{key}")


def test_customer_sends_a_guided_ticket_and_finds_it_in_my_tickets(page: Page, studio, database_file):
    open_studio(page, studio, "maria", "maria-demo-pass")
    expect(page).to_have_url(re.compile(r"/tickets/new$"))
    expect(page.locator("#ticket-quality")).to_have_text("Pick an issue type")

    page.click("#issue-type-order")
    expect(page.locator("#issue-guide")).to_contain_text("support needs the order ID, service name")
    expect(page.locator("#ticket-quality")).to_have_text("Needs order context")
    expect(_check(page, "order")).to_have_attribute("data-met", "no")

    # Search the customer's own orders by link, then pick one.
    page.fill("#order-search", "travel_club")
    expect(page.locator("[id^=order-option-]")).to_have_count(2)
    expect(page.locator("#order-option-48203")).to_be_visible()
    page.locator("#order-option-48203 button").click()
    expect(page.locator("#picked-order")).to_contain_text("48203")
    # Service, link and status come from the record and tick the checklist.
    expect(page.locator("#target_text")).to_have_value("https://t.me/maria_travel_club")
    expect(page.locator("#target-preview")).to_contain_text("https://t.me/maria_travel_club")
    for key in ("order", "target", "status"):
        expect(_check(page, key)).to_have_attribute("data-met", "yes")
    expect(page.locator("#ticket-quality")).to_have_text("Needs a clear summary")
    expect(page.locator("#send-ticket")).to_be_disabled()

    # A pasted link in another form is normalised; a wrong one is explained.
    page.fill("#target_text", "t.me:8080/maria_travel_club")
    expect(page.locator("#target_text-error")).to_contain_text("port")
    expect(_check(page, "target")).to_have_attribute("data-met", "no")
    page.fill("#target_text", " @Maria_Travel_Club ")
    expect(page.locator("#target-preview")).to_contain_text("https://t.me/maria_travel_club")

    # A login code in the summary raises the alert and blocks sending.
    page.fill("#summary", CLEAN_SUMMARY + " Telegram sent me login code 48213, maybe it helps.")
    alert = page.locator(".screening-alert")
    expect(alert).to_contain_text("login or 2FA code")
    expect(alert.locator("mark")).to_have_text("48213")
    expect(page.locator("#send-ticket")).to_be_disabled()

    page.fill("#summary", CLEAN_SUMMARY)
    expect(alert).to_have_count(0)
    expect(_check(page, "summary")).to_have_attribute("data-met", "yes")
    expect(page.locator("#ticket-quality")).to_have_text("Ready for review")
    expect(page.locator("#summary-counter")).to_contain_text(f"{len(CLEAN_SUMMARY)} / 5,000")

    # A double click still makes one ticket.
    page.locator("#send-ticket").dblclick()
    expect(page).to_have_url(re.compile(r"/tickets/\d+$"))
    number = int(page.url.rsplit("/", 1)[1])
    expect(page.locator("#ticket-heading")).to_have_text(f"Ticket #{number}")
    expect(page.locator("#review-flow")).to_contain_text("Ticket is received")
    expect(page.locator("#messages")).to_contain_text("the count stopped at 11,900")

    open_page(page, studio, "/tickets")
    row = page.locator(f"#ticket-row-{number}")
    expect(row).to_contain_text("Order issue")
    expect(row).to_contain_text("#48203")
    expect(row).to_contain_text("Open")

    with sqlite3.connect(database_file) as db:
        count = db.execute(
            "SELECT count(*) FROM ticket WHERE order_id = 48203 AND summary LIKE '%11,900%'"
        ).fetchone()[0]
    assert count == 1


def test_existing_open_ticket_is_offered_instead_of_a_second_one(page: Page, studio):
    open_studio(page, studio, "maria", "maria-demo-pass")
    page.click("#issue-type-speed")
    pick_order(page, 48207)
    expect(page.locator("#existing-ticket")).to_contain_text("You already have ticket #")

    page.fill("#summary", "Still slow today: about 1,400 members in total now, the invite link works fine.")
    page.click("#add-to-existing")
    expect(page).to_have_url(re.compile(r"/tickets/\d+$"))
    expect(page.locator("#messages")).to_contain_text("Still slow today")


def test_draft_survives_reload_but_flagged_text_is_never_stored(page: Page, studio):
    open_studio(page, studio, "maria", "maria-demo-pass")
    page.click("#issue-type-other")
    page.fill("#summary", CLEAN_SUMMARY)
    page.fill("#already_checked", "my telegram password is Sunflower#2024 if you need to log in")
    expect(page.locator(".screening-alert")).to_contain_text("password")
    expect(page.locator("#ticket-quality")).to_have_text("Ready for review")

    page.reload()
    expect(page.locator("[data-hydrated=yes]")).to_be_attached()
    expect(page.locator("#summary")).to_have_value(CLEAN_SUMMARY)
    expect(page.locator("#already_checked")).to_have_value("")
    stored = page.evaluate("() => JSON.stringify(window.localStorage)")
    assert "Sunflower" not in stored
    assert "11,900" in stored


def test_another_customer_cannot_open_the_ticket_by_its_url(page: Page, studio, database_file):
    with sqlite3.connect(database_file) as db:
        (maria_ticket,) = db.execute(
            "SELECT ticket.id FROM ticket JOIN account ON account.id = ticket.customer_id "
            "WHERE account.username = 'maria' ORDER BY ticket.id LIMIT 1"
        ).fetchone()
    sign_in(page, studio, "arif", "arif-demo-pass")
    open_page(page, studio, f"/tickets/{maria_ticket}")
    expect(page.locator("#ticket-not-found")).to_be_visible()
    expect(page.locator("#messages")).to_have_count(0)


def test_refill_past_its_window_shows_what_to_expect_before_sending(page: Page, studio):
    open_studio(page, studio, "maria", "maria-demo-pass")
    page.click("#issue-type-refill")
    pick_order(page, 48202)
    note = page.locator("#what-to-expect")
    expect(note).to_contain_text("refill window for this order ended")
    expect(note).to_contain_text("cannot guarantee")
    # The note sets expectations; it never blocks the ticket.
    page.fill("#current_count", "19,200")
    page.fill("#summary", CLEAN_SUMMARY)
    expect(page.locator("#send-ticket")).to_be_enabled()


def test_thread_reply_is_screened_and_remove_it_clears_the_code(page: Page, studio):
    open_studio(page, studio, "maria", "maria-demo-pass")
    page.click("#issue-type-speed")
    pick_order(page, 48207)  # the demo panel has an open ticket for this order
    page.locator("#existing-ticket a").click()
    expect(page.locator("#ticket-heading")).to_be_visible()

    page.fill("#reply", "Here is the SMS code 55 120 so you can check faster.")
    alert = page.locator(".screening-alert")
    expect(alert).to_contain_text("login or 2FA code")
    expect(page.locator("#send-reply")).to_be_disabled()
    alert.get_by_role("button", name="Remove it").click()
    expect(alert).to_have_count(0)
    expect(page.locator("#reply")).not_to_have_value(re.compile("55 120"))

    page.fill("#reply", "The invite link still works and nothing changed on my side.")
    page.click("#send-reply")
    expect(page.locator("#messages")).to_contain_text("nothing changed on my side")
    expect(page.locator("#reply")).to_have_value("")
