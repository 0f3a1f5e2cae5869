"""A customer and agents on one ticket at the same time, each in their own
browser context, as they would work it."""

import re
import secrets
import sqlite3
from datetime import date

from playwright.sync_api import Page, expect

from support_studio.pages.agent_ticket import AgentTicketState
from support_studio.pages.ticket_thread import ThreadState
from tests.browser.conftest import (
    AGENTS,
    CLUB,
    Link,
    answer_dialog,
    fill_sign_in,
    forge_next_event,
    on_ticket,
    open_page,
    open_studio,
    pick_order,
    remove_it_while_typing,
    sign_in,
    ticket_row,
)

SAM, NADIA = AGENTS["sam"], AGENTS["nadia"]
NOTE = "Provider panel shows the drop started on day 40."


def reply(page: Page, text: str) -> None:
    box = page.get_by_label(re.compile("^Reply (to the customer|in this thread)"))
    box.fill(text)
    page.get_by_role("button", name="Send reply").click()
    expect(box).to_have_value("")
    expect(box).to_be_focused()  # ready for the next one, not lost to the page


def payment_ticket(make_ticket, person, summary: str) -> int:
    """A payment ticket of `person` about their first payment (a card payment of 25, today)."""
    return make_ticket(
        person,
        summary,
        issue_type="payment",
        payment_reference=person.payments[0],
        payment_amount="25",
        payment_method="card",
        payment_date=date.today().isoformat(),
    )


def test_agent_reviews_and_replies_live_while_the_customer_watches(
    page: Page, second_page: Page, studio, make_customer
):
    customer, agent = page, second_page
    person = make_customer()
    open_studio(customer, studio, person)
    customer.get_by_role("radio", name=re.compile("^Refill")).click()
    pick_order(customer, person.orders[CLUB])
    expect(customer.locator("#what-to-expect")).to_contain_text("ended")
    customer.get_by_label("Current status", exact=True).select_option("partial")  # differs from the record
    customer.get_by_label("Count you see now", exact=True).fill("2,100")
    customer.get_by_label("Summary", exact=True).fill(
        "The channel dropped from 2,800 to 2,100 members this month; it is public and unchanged."
    )
    customer.get_by_role("button", name="Send ticket").click()
    expect(customer).to_have_url(re.compile(r"/tickets/\d+$"))
    number = int(customer.url.rsplit("/", 1)[1])

    sign_in(agent, studio, SAM)
    expect(agent).to_have_url(re.compile(r"/agent$"))
    agent.get_by_label("Search", exact=True).fill(f"#{number}")  # other tests' tickets may fill the first page
    agent.get_by_role("link", name=f"#{number}", exact=True).click()
    expect(agent.locator("#order-record")).to_contain_text(f"#{person.orders[CLUB]}")
    expect(agent.get_by_role("heading", level=1)).to_be_focused()  # opened from the queue: focus starts there
    expect(agent).to_have_title(re.compile(rf"^Review ticket #{number}: .+ \| Support Review Studio$"))
    expect(agent.locator("#order-record .mismatch")).to_contain_text(
        "The customer reported Partial; the record shows Completed"
    )
    verdict = agent.locator("#verdict")
    expect(verdict).to_contain_text("ended")
    expect(verdict).not_to_contain_text(re.compile(r"\byour?\b", re.I))  # about the customer, not to them

    agent.get_by_label("A note for other agents", exact=True).fill(NOTE)
    agent.get_by_role("button", name="Add internal note").click()
    expect(agent.locator("#internal-notes")).to_contain_text(NOTE)
    expect(agent.get_by_label("A note for other agents", exact=True)).to_be_focused()
    expect(agent.locator("#audit-trail")).to_contain_text("note")

    # Send with an empty box stays in reach and says what is missing.
    send = agent.get_by_role("button", name="Send reply")
    expect(send).to_be_disabled()  # as announced (aria-disabled), yet focusable
    send.focus()
    send.press("Enter")
    expect(agent.locator("#reply-error")).to_have_text("Write a message first, for example what your screenshot shows.")
    expect(agent.get_by_label("Reply to the customer", exact=True)).to_be_focused()

    # Support never asks for credentials: such a reply is stopped before sending.
    agent.get_by_label("Reply to the customer", exact=True).fill(
        "Please send us the 2FA code from Telegram so we can check."
    )
    expect(agent.get_by_role("alert")).to_contain_text("Support never asks for a login code")
    expect(agent.get_by_role("button", name="Send reply")).to_be_disabled()
    agent.get_by_role("button", name="Rules compared: the verdict").click()
    expect(agent.get_by_label("Reply to the customer", exact=True)).to_have_value(
        re.compile(f"compared order #{person.orders[CLUB]}")
    )
    # Added after what was typed, which stays as typed: the ask is still flagged until removed.
    agent.get_by_role("button", name="Remove it from Your reply").click()
    expect(agent.get_by_role("alert")).to_have_count(0)
    agent.get_by_role("button", name="Send reply").click()

    # The customer's open page shows the reply without a reload, never the note.
    expect(customer.locator("#messages")).to_contain_text(f"compared order #{person.orders[CLUB]}")
    expect(customer.get_by_role("heading", level=1).locator("..")).to_contain_text("Waiting on customer")
    assert NOTE not in customer.content()

    reply(customer, "Thanks. The count is still 2,100 today, nothing changed on the channel.")
    expect(agent.locator("#messages")).to_contain_text("The count is still 2,100 today")
    # The customer's answer puts the ticket back among those waiting for support.
    open_page(agent, studio, "/agent")
    agent.get_by_label("Search", exact=True).fill(f"#{number}")
    expect(ticket_row(agent, number).locator(".waiting")).to_have_text("just now")
    expect(customer.locator("#messages")).not_to_contain_text(NOTE)


def test_mark_resolved_asks_first_and_a_reply_reopens_the_ticket(
    page: Page, studio, make_customer, make_ticket, database_file
):
    person = make_customer()
    number = make_ticket(person, "The order completed but a few members are missing; the channel is public.")
    on_ticket(page, studio, person, number)
    page.get_by_role("button", name="Mark resolved").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("reply in this thread and it reopens")
    answer_dialog(page, "Keep it open")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("Open")

    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("The count keeps falling. " * 210)  # 5,250 characters pasted: the box keeps 5,000, and says so
    expect(page.locator("#reply-limit")).to_contain_text("as long as a message can be (5,000 characters)")
    box.fill("")
    expect(page.locator("#reply-limit")).to_have_text("")

    page.get_by_role("button", name="Mark resolved").click()
    answer_dialog(page, "Mark resolved")
    expect(page.locator("#closed-notice")).to_contain_text("This ticket is resolved")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("Resolved")
    expect(page.get_by_role("button", name="Mark resolved")).to_have_count(0)
    expect(page.get_by_label("Reply in this thread", exact=True)).to_be_focused()  # not lost with the button

    reply(page, "Sorry, it dropped again overnight: 40 more members are gone.")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("Open")
    expect(page.locator("#thread-said")).to_have_text("Your reply opened this ticket again.")  # and is said
    with sqlite3.connect(database_file) as db:
        (status,) = db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone()
    assert status == "open"


def test_a_reply_typed_before_a_reload_comes_back_without_its_flagged_part(
    page: Page, second_page: Page, studio, make_customer, make_ticket, database_file
):
    person = make_customer()
    number = make_ticket(person, "Members dropped after the order completed; the channel is public.")
    on_ticket(page, studio, person, number)
    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("It fell again overnight, from 5,200 to 4,900 members.")
    page.wait_for_timeout(300)  # the box's last edit reached the server
    page.reload()  # a new connection starts the tab afresh
    expect(box).to_have_value("It fell again overnight, from 5,200 to 4,900 members.")
    expect(page.get_by_role("button", name="Send reply")).to_be_enabled()

    box.fill("Still falling. My telegram password: Tulip#2024x")
    expect(page.get_by_role("alert")).to_be_visible()
    page.wait_for_timeout(300)
    page.reload()
    expect(box).to_have_value(re.compile("^Still falling"))
    expect(box).not_to_have_value(re.compile("Tulip"))
    expect(page.locator("#reply-error")).to_contain_text("back without the part that looked like a password")
    with sqlite3.connect(database_file) as db:
        assert "Tulip" not in str(db.execute("SELECT body FROM replydraft").fetchall())
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator("#messages")).to_contain_text("Still falling")
    page.reload()  # sent: nothing comes back
    expect(page.locator("#messages")).to_contain_text("Still falling")
    expect(box).to_have_value("")

    on_ticket(second_page, studio, SAM, number)  # the agent's reply box keeps its text the same way
    agent_box = second_page.get_by_label("Reply to the customer", exact=True)
    agent_box.fill("Thanks, we are checking the provider's refill log now.")
    note = second_page.get_by_label("A note for other agents", exact=True)
    note.fill(NOTE)  # and so does the internal note beside it
    second_page.wait_for_timeout(300)
    second_page.reload()
    expect(agent_box).to_have_value("Thanks, we are checking the provider's refill log now.")
    expect(note).to_have_value(NOTE)
    expect(second_page.get_by_role("button", name="Add internal note")).to_be_enabled()
    second_page.get_by_role("button", name="Received, checking the order").click()  # added, not replacing
    expect(agent_box).to_have_value(re.compile(r"^Thanks, we are checking the provider's refill log now\.\n\n\S"))


def test_canned_replies_need_the_values_they_fill_in(page: Page, studio, make_customer, engine):
    from sqlmodel import Session, select

    from support_studio import tickets
    from support_studio.models import Account
    from support_studio.throttle import SqlStorage, Throttle
    from support_studio.ticket_quality import TicketDraft

    person = make_customer()
    with Session(engine) as session:
        account = session.exec(select(Account).where(Account.username == person.username)).one()
        draft = TicketDraft(
            issue_type="other", summary="A general question about how refills are counted for my channels."
        )
        number = tickets.submit_ticket(session, account.id, draft, "no-order", Throttle(SqlStorage(engine))).id
    on_ticket(page, studio, SAM, number)
    expect(page.get_by_role("button", name="No outcome guarantees")).to_have_count(0)
    expect(page.get_by_role("button", name="Received, checking the order")).to_have_count(0)
    expect(page.locator("#order-record")).to_have_count(0)


def test_an_assignment_reaches_the_other_agents_open_page(
    page: Page, second_page: Page, studio, make_customer, make_ticket
):
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    on_ticket(second_page, studio, NADIA, number)
    expect(page.locator("#presence")).to_contain_text("Nadia (Support) has this ticket open")
    second_page.get_by_label("Reply to the customer", exact=True).fill(
        "Hello, the provider has started your order now."
    )
    expect(page.locator("#presence")).to_contain_text("Nadia (Support) is typing a reply")

    second_page.get_by_label("Status", exact=True).select_option("waiting_on_customer")  # not applied yet
    page.get_by_label("Assigned to", exact=True).select_option(label="Nadia (Support)")
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(second_page.get_by_label("Assigned to", exact=True)).to_have_value(re.compile(r"\d+"))
    expect(second_page.locator("#internal-notes")).to_contain_text("Assigned to Nadia (Support).")
    # Said to a screen reader on both pages (UX audit 8, F11).
    expect(page.locator("#desk-said")).to_have_text("This ticket is assigned to Nadia (Support).")
    expect(second_page.locator("#desk-said")).to_have_text("This ticket is now assigned to you.")
    # Her status choice outlives the assignment: the select and its button still agree.
    expect(second_page.get_by_label("Status", exact=True)).to_have_value("waiting_on_customer")
    expect(second_page.get_by_role("button", name="Update status")).to_be_enabled()
    page.get_by_label("Status", exact=True).select_option("in_review")
    page.get_by_role("button", name="Update status").click()
    expect(second_page.get_by_role("heading", level=1).locator("..")).to_contain_text("In review")
    expect(page.get_by_label("Status", exact=True)).to_be_focused()


def test_a_status_saved_by_another_agent_leaves_an_open_confirmation_as_it_was(
    page: Page, second_page: Page, studio, make_customer, make_ticket, database_file
):
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    on_ticket(second_page, studio, NADIA, number)
    page.get_by_label("Status", exact=True).select_option("closed")
    page.get_by_role("button", name="Update status").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text(f"Close ticket #{number}?")

    second_page.get_by_label("Status", exact=True).select_option("resolved")
    second_page.get_by_role("button", name="Update status").click()
    answer_dialog(second_page, "Mark resolved")
    expect(page.locator("#status-moved")).to_contain_text("The status changed to Resolved meanwhile")
    expect(dialog).to_contain_text(f"Close ticket #{number}?")  # what Sam was asked stays
    expect(dialog.get_by_role("status")).to_contain_text("The status changed to Resolved meanwhile")  # and is told
    answer_dialog(page, "Keep it open")
    expect(page.get_by_label("Status", exact=True)).to_have_value("closed")  # the pick still stands, as shown
    page.get_by_role("button", name="Update status").click()
    answer_dialog(page, "Close ticket")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("Closed")
    expect(page.locator("#status-moved")).to_have_text("")
    with sqlite3.connect(database_file) as db:
        assert db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone() == ("closed",)


def test_arrowing_through_the_status_saves_nothing_until_it_is_applied(
    page: Page, studio, make_customer, make_ticket, database_file
):
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    status = page.get_by_label("Status", exact=True)
    status.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(status).to_have_value("waiting_on_customer")
    page.wait_for_timeout(500)
    with sqlite3.connect(database_file) as db:
        assert db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone() == ("open",)
    page.get_by_role("button", name="Update status").click()
    expect(page.get_by_role("button", name="Update status")).to_be_disabled()
    with sqlite3.connect(database_file) as db:
        assert db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone() == ("waiting_on_customer",)

    # Ending the ticket asks first, and says what the customer will see.
    status.select_option("closed")
    page.get_by_role("button", name="Update status").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text(f"Close ticket #{number}?")
    expect(dialog).to_contain_text("Support has not replied in this thread yet.")
    expect(dialog).to_contain_text("can't reply any more")
    answer_dialog(page, "Keep it open")
    with sqlite3.connect(database_file) as db:
        assert db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone() == ("waiting_on_customer",)
    status.select_option("resolved")
    page.get_by_role("button", name="Update status").click()
    expect(dialog).to_contain_text(f"Mark ticket #{number} resolved?")
    expect(dialog).to_contain_text("can still reply")
    answer_dialog(page, "Mark resolved")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("Resolved")


def test_a_payment_ticket_shows_the_matching_payment_and_its_verdict(page: Page, studio, make_customer, make_ticket):
    person = make_customer()
    number = payment_ticket(
        make_ticket, person, "I paid 25 dollars by card this morning and the balance still shows zero."
    )
    on_ticket(page, studio, SAM, number)
    expect(page.locator("#payments .matched")).to_contain_text(person.payments[0])
    expect(page.locator("#verdict")).to_contain_text("still pending with the provider")
    expect(page.locator("#order-record")).to_have_count(0)


def test_the_queue_finds_tickets_by_post_link_and_payment_reference(page: Page, studio, make_customer, make_ticket):
    person = make_customer()
    number = make_ticket(person, "Members dropped after the order completed; the channel is public and unchanged.")
    payment = payment_ticket(
        make_ticket, person, "My card payment is not on the balance yet although the bank says it went through."
    )
    sign_in(page, studio, SAM)
    page.get_by_role("button", name=re.compile(r"^All \(")).click()
    rows = page.get_by_role("row").filter(has=page.get_by_role("link", name=re.compile(r"^#\d+$")))
    page.get_by_label("Search", exact=True).fill(f"https://telegram.me/{person.username}_news/77?single")
    expect(rows).to_have_count(1)
    expect(page.locator("#queue-total")).to_have_text("1 ticket")
    expect(ticket_row(page, number)).to_be_visible()  # (by its link: "#48" is also in "order #48309")
    page.get_by_label("Search", exact=True).fill(person.payments[0][-8:].lower())  # part of it, any case
    expect(rows).to_have_count(1)
    expect(ticket_row(page, payment)).to_be_visible()

    # Back from a ticket, the search in force is still in the box; one that finds nothing says so.
    rows.first.get_by_role("link", name=re.compile(r"^#\d+$")).click()
    expect(page).to_have_url(re.compile(rf"/agent/tickets/{payment}$"))
    page.go_back()
    expect(page.get_by_label("Search", exact=True)).to_have_value(person.payments[0][-8:].lower())
    page.get_by_label("Search", exact=True).fill("no-such-reference-42")
    expect(page.locator("#queue-empty")).to_contain_text("No tickets match")
    page.get_by_role("button", name="Clear search and filters").click()
    expect(page.get_by_label("Search", exact=True)).to_have_value("")
    expect(page.get_by_label("Search", exact=True)).to_be_focused()
    expect(page.locator("#queue-empty")).to_have_count(0)  # the whole queue again (other tests' tickets too)
    expect(rows.first).to_be_visible()


def test_two_agents_on_one_ticket_do_not_talk_over_each_other(
    page: Page, second_page: Page, studio, make_customer, make_ticket, database_file
):
    number = make_ticket(make_customer(), "The order is still pending after a full day; the channel is public.")
    on_ticket(page, studio, SAM, number)
    on_ticket(second_page, studio, NADIA, number)
    # Sam is writing when Nadia's reply arrives on his page.
    page.get_by_label("Reply to the customer", exact=True).fill(
        "Hello, we are checking the start time with the provider."
    )
    reply(second_page, "Hello, the provider has started your order now.")
    expect(page.locator("#messages")).to_contain_text("the provider has started your order")
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator("#stale-notice")).to_contain_text("Nadia (Support) added to this thread")
    with sqlite3.connect(database_file) as db:
        (sams,) = db.execute(
            "SELECT count(*) FROM message JOIN account ON account.id = message.author_id "
            "WHERE message.ticket_id = ? AND account.username = 'sam' AND message.kind = 'reply'",
            (number,),
        ).fetchone()
    assert sams == 0
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator("#messages")).to_contain_text("we are checking the start time")


def _status(database_file, number: int) -> str:
    with sqlite3.connect(database_file) as db:
        return db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone()[0]


def test_a_customer_forging_agent_events_is_refused(page: Page, studio, make_customer, make_ticket, database_file):
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    sign_in(page, studio, person)
    open_page(page, studio, f"/agent/tickets/{number}")
    expect(page).to_have_url(re.compile(r"/tickets/new$"))  # the workspace sends customers away

    open_page(page, studio, f"/tickets/{number}")
    forge_next_event(
        page, f"{AgentTicketState.get_full_name()}.change_status", {"status": "closed"}, "Reply in this thread"
    )
    page.wait_for_timeout(1500)
    assert _status(database_file, number) == "open"

    # Positive control: the same forging reaches the customer's own handler, so the
    # refusal above is the server's.
    forge_next_event(page, f"{ThreadState.get_full_name()}.mark_resolved", {}, "Reply in this thread")
    expect(page.locator("#closed-notice")).to_contain_text("resolved")
    assert _status(database_file, number) == "resolved"


def test_text_typed_while_a_reply_is_sending_comes_back_and_is_sent_alone(
    page: Page, studio, make_customer, make_ticket, database_file
):
    """On a slow link the box sends an edit typed after Send that still holds the sent
    message: the server keeps only what follows it and puts that back in the emptied box."""
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    first, later = "The count is 9,900 this morning.", "P.S. It was 10,050 yesterday evening."
    reply(page, first)
    # The edit as the slow box sends it, after the send: the sent text with the P.S. after it.
    forge_next_event(
        page, f"{ThreadState.get_full_name()}.edit_reply", {"value": f"{first} {later}"}, "Reply in this thread"
    )
    box = page.get_by_label("Reply in this thread", exact=True)
    expect(box).to_have_value(later)
    page.get_by_role("button", name="Send reply").click()
    expect(box).to_have_value("")
    with sqlite3.connect(database_file) as db:
        bodies = [row[0] for row in db.execute("SELECT body FROM message WHERE ticket_id = ? ORDER BY id", (number,))]
    assert bodies[-2:] == [first, later]


def test_a_sign_in_that_ends_while_a_page_is_open_sends_the_tab_to_sign_in_and_back(
    page: Page, studio, make_customer, make_ticket, database_file
):
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    with sqlite3.connect(database_file) as db:  # as 14 days would, or a sign-out on another device
        db.execute(
            "UPDATE signinsession SET expires_at = '2000-01-01 00:00:00' WHERE account_id ="
            " (SELECT id FROM account WHERE username = ?)",
            (person.username,),
        )
    # Typing is enough: the draft's save checks the sign-in, keeps what was typed for the next
    # sign-in (it ran out of time; a sign-out keeps nothing) and sends the tab to sign in.
    page.get_by_label("Reply in this thread", exact=True).fill("The count is 9,900 this morning.")
    expect(page).to_have_url(re.compile(rf"/login\?signed_out=1&next=/tickets/{number}$"))
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    fill_sign_in(page, person)
    expect(page).to_have_url(re.compile(rf"/tickets/{number}$"))
    expect(page.get_by_label("Reply in this thread", exact=True)).to_have_value("The count is 9,900 this morning.")


def test_a_ticket_closed_while_the_customer_writes_keeps_their_text(
    page: Page, second_page: Page, studio, make_customer, make_ticket
):
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    typed = "It is still stuck at 0 on my side, and I checked the link twice."
    page.get_by_label("Reply in this thread", exact=True).fill(typed)

    on_ticket(second_page, studio, SAM, number)
    second_page.get_by_label("Status", exact=True).select_option("closed")
    second_page.get_by_role("button", name="Update status").click()
    answer_dialog(second_page, "Close ticket")

    notice = page.get_by_role("status").filter(has_text="closed while you were writing")
    expect(notice).to_be_visible()
    expect(notice.get_by_role("link", name="Open a new ticket")).to_have_attribute("href", "/tickets/new")
    expect(page.get_by_label("Reply in this thread", exact=True)).to_have_value(typed)

    # The agent is told before typing, and a reply anyway is refused: its customer could not answer it.
    expect(second_page.locator("#closed-to-replies")).to_contain_text("change its status first")
    expect(second_page.get_by_label("Reply to the customer", exact=True)).to_have_accessible_description(
        re.compile("the customer can't answer a reply")
    )
    second_page.get_by_label("Reply to the customer", exact=True).fill("We checked the link again.")
    second_page.get_by_role("button", name="Send reply").click()
    expect(second_page.locator("#reply-error")).to_contain_text("the customer can't answer a reply")
    expect(page.get_by_text("We checked the link again.")).to_have_count(0)


def test_remove_it_in_a_reply_cuts_the_secret_and_asks_to_read_the_rest_again(
    page: Page, studio, make_customer, make_ticket
):
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("Still nothing today. my telegram password is Tulip#2024x if you need to look")
    expect(page.get_by_role("alert")).to_contain_text("password")
    expect(box).to_have_attribute("aria-invalid", "true")  # read with its alert
    expect(box).to_have_attribute("aria-describedby", re.compile("reply-alert"))
    send = page.get_by_role("button", name="Send reply")
    expect(send).to_have_attribute("aria-disabled", "true")
    send.focus()  # still in the Tab order: pressed, it says why
    page.keyboard.press("Enter")
    expect(page.locator("#reply-error")).to_contain_text("Remove what the alert flags first")
    expect(box).to_be_focused()
    page.get_by_role("button", name="Remove it from Your reply").click()
    expect(box).not_to_have_value(re.compile("Tulip"))
    expect(box).to_be_focused()
    expect(page.locator("#reply-error")).to_contain_text("Read it again before sending")


def test_arabic_runs_right_to_left_in_the_thread_the_box_and_the_heading(
    page: Page, studio, make_customer, make_ticket
):
    person = make_customer()
    summary = "توقف التسليم في منتصف الطريق أمس، والقناة عامة ولم يتغير شيء."
    number = make_ticket(person, summary, subject="التسليم متوقف")
    on_ticket(page, studio, person, number)
    body = page.locator("#messages").get_by_text(summary)
    assert body.evaluate("element => getComputedStyle(element).direction") == "rtl"
    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("شكرا لكم، العدد الآن 12400.")
    assert box.evaluate("element => getComputedStyle(element).direction") == "rtl"
    assert page.get_by_role("heading", level=1).locator("bdi").inner_text() == "التسليم متوقف"


def test_desk_actions_are_said_and_a_flagged_note_says_why_it_waits(page: Page, studio, make_customer, make_ticket):
    number = make_ticket(make_customer(), "The order completed but a few members are missing; the channel is public.")
    on_ticket(page, studio, SAM, number)
    said = page.locator("#desk-said")
    expect(said).to_have_attribute("role", "status")
    page.get_by_role("button", name="Received, checking the order").click()
    expect(said).to_have_text("Canned reply added to your reply.")

    # UX audit 8, F12: the note's alert removes the secret, and its button stays in the Tab order.
    note = page.get_by_label("A note for other agents", exact=True)
    note.fill("He pasted his login code 48213 here by mistake; told him to ignore it.")
    expect(page.locator("#note-alert")).to_contain_text("Your note")
    expect(note).to_have_attribute("aria-invalid", "true")
    expect(note).to_have_accessible_description(re.compile("Your note"))
    add = page.get_by_role("button", name="Add internal note")
    add.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#note-error")).to_have_text("Remove what the alert flags first.")
    expect(note).to_be_focused()
    page.get_by_role("button", name="Remove it from Your note").click()
    expect(note).to_have_value("He pasted his login code here by mistake; told him to ignore it.")
    expect(page.locator("#note-alert")).to_have_count(0)
    expect(note).to_be_focused()
    add.click()
    expect(page.locator("#internal-notes")).to_contain_text("told him to ignore it")
    expect(said).to_have_text("Note added.")


def test_on_a_phone_the_evidence_link_takes_focus_to_the_evidence(phone_page: Page, studio, make_customer, make_ticket):
    person = make_customer()
    with_order = make_ticket(person, "The order completed but a few members are missing; the channel is public.")
    without = payment_ticket(
        make_ticket, person, "I paid by card an hour ago and the balance did not change; the reference is below."
    )
    on_ticket(phone_page, studio, SAM, with_order)
    jump = phone_page.get_by_role("link", name="Order record and rules compared")
    # It looks like a link, not like the text around it, and is big enough to tap (UX audit 9, F13).
    decoration, colour, text_colour, height = jump.evaluate(
        "a => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).color,"
        " getComputedStyle(document.querySelector('h1')).color, a.getBoundingClientRect().height]"
    )
    assert (decoration, colour != text_colour, height >= 24) == ("underline", True, True)
    jump.press("Enter")
    expect(phone_page.get_by_role("region", name="Ticket evidence")).to_be_focused()
    expect(phone_page.locator("#order-record")).to_be_in_viewport()

    open_page(phone_page, studio, f"/agent/tickets/{without}")
    expect(phone_page.get_by_role("heading", level=1)).to_contain_text(f"Ticket #{without}")
    # No order on a payment ticket: the link names what the panel starts with.
    link = phone_page.get_by_role(
        "link", name=re.compile("^(Customer's payments and details|What the customer reported)$")
    )
    link.press("Enter")
    expect(phone_page.get_by_role("region", name="Ticket evidence")).to_be_focused()


def test_support_resolving_while_the_customer_confirms_leaves_focus_in_the_thread(
    page: Page, second_page: Page, studio, make_customer, make_ticket
):
    """UX audit 8, F6: the customer's "Mark this ticket resolved?" goes with its button when support
    resolves the ticket meanwhile; focus goes to the reply box, which would reopen it."""
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    page.get_by_role("button", name="Mark resolved").click()
    expect(page.get_by_role("alertdialog")).to_contain_text("Mark this ticket resolved?")

    on_ticket(second_page, studio, SAM, number)
    second_page.get_by_label("Status", exact=True).select_option("resolved")
    second_page.get_by_role("button", name="Update status").click()
    answer_dialog(second_page, "Mark resolved")
    expect(page.get_by_role("alertdialog")).to_have_count(0)
    expect(page.locator("#closed-notice")).to_contain_text("This ticket is resolved")
    expect(page.get_by_label("Reply in this thread", exact=True)).to_be_focused()


def test_update_status_applies_what_the_select_shows_and_asks_before_ending(
    page: Page, studio, make_customer, make_ticket, database_file
):
    """UX audit 9, F4: the button applies the select's own value when pressed (not the server's
    copy of the pick, a round trip behind on a slow link) and stays in the Tab order."""
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    status = page.get_by_label("Status", exact=True)
    status.focus()
    status.select_option("in_review")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Update status")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1).locator("..")).to_contain_text("In review")
    expect(status).to_have_value("in_review")
    expect(status).to_be_focused()  # back on the select after the save,
    page.wait_for_timeout(500)  # which then sets it to the saved status (queued after the save's answer)
    # Forged: the press carries "resolved" while the server still holds "in_review" as the pick.
    page.evaluate("document.getElementById('ticket-status').value = 'resolved'")
    page.get_by_role("button", name="Update status").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("alertdialog")).to_contain_text(f"Mark ticket #{number} resolved?")
    answer_dialog(page, "Keep it open")
    with sqlite3.connect(database_file) as db:
        assert db.execute("SELECT status FROM ticket WHERE id = ?", (number,)).fetchone() == ("in_review",)


def reply_kept_on_a_ticket(page: Page, studio, make_customer, make_ticket):
    """A customer's ticket open, its reply box holding a first line the server has kept."""
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("The count is still 2,100")
    page.wait_for_timeout(400)  # kept on the server
    return number, box


def test_text_typed_and_sent_while_the_connection_is_down_is_kept_and_sent(
    page: Page, studio, make_customer, make_ticket, database_file
):
    """UX audit 9, F1/F2: the reconnect proves the sign-in in its handshake, so the tab goes on with
    its page: the box keeps what was typed offline, focus stays in it, and Send pressed offline is done."""
    link = Link(page)
    number, box = reply_kept_on_a_ticket(page, studio, make_customer, make_ticket)
    link.drop()
    box.press("End")
    box.press_sequentially(" this morning.")
    page.wait_for_timeout(300)
    page.get_by_role("button", name="Send reply").focus()
    page.keyboard.press("Enter")
    link.restore()
    expect(page.locator("#messages")).to_contain_text("The count is still 2,100 this morning.")
    expect(box).to_have_value("")
    expect(box).to_be_focused()  # ready for the next one
    with sqlite3.connect(database_file) as db:
        bodies = [row[0] for row in db.execute("SELECT body FROM message WHERE ticket_id = ?", (number,))]
    assert "The count is still 2,100 this morning." in bodies


def test_a_reply_typed_while_the_link_is_silent_is_kept(page: Page, studio, make_customer, make_ticket):
    """The keys typed as the link went silent were sent into a dead socket; once connected
    again, the box's text reaches the server, and a reload finds it."""
    link = Link(page)
    _, box = reply_kept_on_a_ticket(page, studio, make_customer, make_ticket)
    link.go_silent()
    with page.expect_event("websocket", timeout=40_000):  # the page gave up on the silent one
        box.press("End")
        box.press_sequentially(" this morning.")
    page.wait_for_timeout(2000)
    page.reload()
    expect(box).to_have_value("The count is still 2,100 this morning.")


def test_remove_it_and_a_canned_reply_keep_what_was_typed_meanwhile(
    page: Page, second_page: Page, studio, make_customer, make_ticket
):
    """UX audit 9, F3: on a slow link, keys typed after "Remove it" or a canned reply reach the box
    before the server's answer; the answer works on what the box holds then, never on the server's copy."""
    customer_link, agent_link = Link(page), Link(second_page)  # the server's answers held while keys are typed
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    box = page.get_by_label("Reply in this thread", exact=True)
    box.fill("It is stuck again. My login code is 48213 from Telegram")
    expect(page.locator("#reply-alert")).to_be_visible()
    remove_it_while_typing(page, customer_link, "Your reply", " Please check it.")
    expect(page.locator("#reply-alert")).to_have_count(0)  # answered
    expect(box).to_have_value("It is stuck again. My login code is from Telegram Please check it.")
    page.wait_for_timeout(300)  # the box's own edit carries it to the server
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator("#messages")).to_contain_text("from Telegram Please check it.")

    on_ticket(second_page, studio, SAM, number)
    agent_box = second_page.get_by_label("Reply to the customer", exact=True)
    agent_link.hold()
    second_page.get_by_role("button", name="Received, checking the order").click()
    second_page.evaluate("document.getElementById('reply').value = 'PS: I also checked your payment.'")
    agent_link.release()
    expect(agent_box).to_have_value(re.compile(r"^PS: I also checked your payment\.\n\n\S"))

    # The internal note's "Remove it" too (and the studio's: test_studio).
    note = second_page.get_by_label("A note for other agents", exact=True)
    note.fill("Customer sent the panel password Hunter-2207 by mistake")
    remove_it_while_typing(second_page, agent_link, "Your note", " (removed).")
    expect(second_page.locator("#note-error")).to_contain_text("Read it again")  # answered
    expect(note).to_have_value(re.compile(r"^Customer sent the panel password\s?by mistake \(removed\)\.$"))


def test_the_queue_keeps_its_search_across_a_dropped_connection(page: Page, studio, make_customer, make_ticket):
    """UX audit 9, F6: the box still shows the search after a reconnect, and so does the list."""
    link = Link(page)
    person = make_customer()
    number = make_ticket(person, "Members dropped after the order completed; the channel is public and unchanged.")
    sign_in(page, studio, SAM)
    page.get_by_role("button", name=re.compile(r"^All \(")).click()
    page.get_by_label("Search", exact=True).fill(f"#{number}")
    rows = page.get_by_role("row").filter(has=page.get_by_role("link", name=re.compile(r"^#\d+$")))
    expect(rows).to_have_count(1)
    link.drop()
    page.wait_for_timeout(1000)
    link.restore()
    page.wait_for_timeout(3000)  # reconnected, and the queue refreshed
    expect(page.get_by_label("Search", exact=True)).to_have_value(f"#{number}")
    expect(rows).to_have_count(1)
    expect(ticket_row(page, number)).to_have_count(1)


def test_marking_resolved_clears_an_earlier_refusal_under_the_reply_box(page: Page, studio, make_customer, make_ticket):
    """UX audit 9, F14: the box focus goes to after "Mark resolved" is not read with a stale error."""
    person = make_customer()
    number = make_ticket(person, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    on_ticket(page, studio, person, number)
    send = page.get_by_role("button", name="Send reply")
    send.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#reply-error")).to_contain_text("Write a message first")
    page.get_by_role("button", name="Mark resolved").click()
    answer_dialog(page, "Mark resolved")
    expect(page.locator("#closed-notice")).to_contain_text("This ticket is resolved")
    expect(page.locator("#reply-error")).to_have_text("")
    expect(page.get_by_label("Reply in this thread", exact=True)).to_be_focused()


def test_a_queue_page_emptied_by_tickets_leaving_shows_the_last_page_and_says_so(
    page: Page, studio, make_customer, make_ticket, database_file
):
    """UX audit 9, F8: page 2 emptied while open (colleagues closed tickets) was "Page 2 of 1"."""
    label = f"pager{secrets.token_hex(2)}"
    people = [make_customer(label) for _ in range(3)]  # 10 tickets an hour each
    numbers = [
        make_ticket(person, f"Delivery stopped halfway, case {case}; the channel is public and unchanged.")
        for person in people
        for case in range(9)
    ]
    sign_in(page, studio, SAM)
    page.get_by_label("Search", exact=True).fill(label)
    expect(page.locator("#queue-total")).to_have_text("27 tickets")
    expect(page.locator("#queue-page")).to_have_text("Page 1 of 2")
    page.get_by_role("button", name="Next").click()
    expect(page.locator("#queue-page")).to_have_text("Page 2 of 2")
    expect(page.get_by_role("button", name="Previous")).to_be_focused()
    with sqlite3.connect(database_file) as db:  # closed by colleagues
        db.executemany("UPDATE ticket SET status = 'closed' WHERE id = ?", [(number,) for number in numbers[:5]])
    expect(page.locator("#queue-page")).to_have_text("Page 1 of 1 (page 2 emptied as tickets left it)", timeout=15_000)
    rows = page.get_by_role("row").filter(has=page.get_by_role("link", name=re.compile(r"^#\d+$")))
    expect(rows).to_have_count(22)
    # Focus, on the disabled Previous, is not left to the page's body (UX audit 10, F1).
    expect(rows.first.get_by_role("link", name=re.compile(r"^#\d+$"))).to_be_focused()
    with sqlite3.connect(database_file) as db:  # reopened: what the note said is no longer true
        db.executemany("UPDATE ticket SET status = 'open' WHERE id = ?", [(number,) for number in numbers[:5]])
    expect(page.locator("#queue-page")).to_have_text("Page 1 of 2", timeout=15_000)


def test_a_colleagues_save_leaves_focus_on_the_select_and_says_a_pick_not_applied(
    page: Page, second_page: Page, studio, make_customer, make_ticket
):
    """UX audit 9, F7: the select was drawn again on a colleague's save (focus fell to the page),
    and an assignee picked but not applied was replaced without a word."""
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    on_ticket(second_page, studio, NADIA, number)
    status = second_page.get_by_label("Status", exact=True)
    status.focus()
    page.get_by_label("Status", exact=True).select_option("in_review")
    page.get_by_role("button", name="Update status").click()
    expect(status).to_have_value("in_review")
    expect(status).to_be_focused()

    assignee = second_page.get_by_label("Assigned to", exact=True)
    assignee.select_option(label="Sam (Support)")  # Nadia's pick, not applied
    assignee.focus()
    page.get_by_label("Assigned to", exact=True).select_option(label="Nadia (Support)")
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(second_page.locator("#desk-said")).to_have_text(
        "This ticket is now assigned to you. Sam (Support), which you picked, is not applied yet."
    )
    expect(assignee.locator("option:checked")).to_have_text("Sam (Support)")
    expect(assignee).to_be_focused()
    expect(second_page.get_by_role("button", name="Assign", exact=True)).to_have_attribute("aria-disabled", "false")


def test_a_status_change_is_said_and_a_status_already_saved_is_not_asked_about_again(
    page: Page, studio, make_customer, make_ticket
):
    """What a screen reader hears after a reply and a confirmed status change (UX audit 11, F3, F4)."""
    number = make_ticket(make_customer(), "Delivery has not started after a full day; the link is public and works.")
    on_ticket(page, studio, SAM, number)
    said = page.locator("#desk-said")
    reply(page, "We checked order and provider: the start is queued, expect the first members within the hour.")
    expect(said).to_have_text("Reply sent. The status is now Waiting on customer.")
    page.get_by_label("Status", exact=True).select_option("resolved")
    page.get_by_role("button", name="Update status").click()
    answer_dialog(page, "Mark resolved")
    expect(said).to_have_text("The status is now Resolved.")
    apply = page.get_by_role("button", name="Update status")
    expect(apply).to_be_disabled()  # (aria-disabled: still focusable, and pressed it says why)
    apply.click(force=True)
    expect(page.get_by_role("alertdialog")).to_have_count(0)
    expect(said).to_have_text("The status is Resolved already: pick another one first.")
