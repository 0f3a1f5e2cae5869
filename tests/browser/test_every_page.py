"""Every page, as a customer and as an agent, on a laptop and on phones: no
sideways scrolling at 390 or 320 px, no console errors, and no serious or critical
accessibility violation (axe-core)."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import AGENTS, PHONE, answer_dialog, open_page, sign_in, ticket_row, wait_until_still

AXE = Axe()
LAPTOP = {"width": 1280, "height": 900}
SMALL_PHONE = {"width": 320, "height": 640}  # the narrowest phones, or 400% zoom


def tour(browser: Browser, studio, viewport: dict, person, paths: list[str], prepare=None):
    """Visit each path; yield (path, page) once it settled, with the errors it logged."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    if person is not None:
        sign_in(page, studio, person)
    try:
        for path in paths:
            open_page(page, studio, path)
            expect(page.get_by_role("heading", level=1)).to_have_count(1)
            if prepare:
                prepare(page, path)
            page.wait_for_timeout(600)
            yield path, page, errors
    finally:
        context.close()


def choose_a_type(page: Page, path: str) -> None:
    if path == "/tickets/new":
        expect(page.locator("#studio[data-loaded=yes]")).to_be_attached()
        page.get_by_role("radio", name=re.compile("^Refill")).click()
        expect(page.get_by_label("Summary", exact=True)).to_be_visible()


def serious(results) -> list[str]:
    return [
        f"{violation['id']}: {node['target']} {node.get('failureSummary', '')[:160]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
        for node in violation["nodes"]
    ]


@pytest.fixture
def pages(make_customer, make_ticket):
    customer = make_customer()
    number = make_ticket(customer, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    return {
        "visitor": (None, ["/", "/login"]),
        "customer": (customer, ["/", "/tickets/new", "/tickets", f"/tickets/{number}"]),
        "agent": (AGENTS["sam"], ["/agent", f"/agent/tickets/{number}"]),
    }


@pytest.mark.parametrize("viewport", [SMALL_PHONE, PHONE, LAPTOP], ids=["small-phone", "phone", "laptop"])
@pytest.mark.parametrize("who", ["visitor", "customer", "agent"])
def test_every_page_fits_logs_no_errors_and_passes_axe(browser: Browser, studio, pages, viewport, who):
    person, paths = pages[who]
    for path, page, errors in tour(browser, studio, viewport, person, paths, choose_a_type):
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} is {width}px wide at {viewport['width']}px"
        # No table hides a column behind a sideways scroll (on a phone, rows become cards).
        cut = page.evaluate(
            "[...document.querySelectorAll('.stacked-table')].filter(t => t.scrollWidth > t.clientWidth + 1).length"
        )
        assert cut == 0, f"{path}: a table is cut off at {viewport['width']}px"
        hidden = page.evaluate(
            """[...document.querySelectorAll('.stacked-table table')].filter(table => {
                const rows = table.querySelector('tbody');
                return rows && table.getBoundingClientRect().height + 1 < rows.getBoundingClientRect().height;
            }).length"""
        )
        assert hidden == 0, f"{path}: a table hides its rows at {viewport['width']}px"
        assert serious(AXE.run(page)) == [], path
        assert errors == [], f"{path}: {errors}"


def test_on_a_phone_the_header_is_a_menu(phone_page: Page, studio, make_customer):
    customer = make_customer()
    sign_in(phone_page, studio, customer)
    navigation = phone_page.get_by_role("navigation", name="Main")
    expect(navigation.get_by_role("link", name="My tickets")).to_be_hidden()
    navigation.get_by_role("button", name="Menu").click()
    phone_page.get_by_role("menuitem", name="My tickets").click()
    expect(phone_page).to_have_url(re.compile(r"/tickets$"))
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("My tickets")
    # A screen reader hears the new page: focus is on its heading, not the body or the Menu button
    # (UX audit 11, F2); by the keyboard too (below).
    expect(phone_page.get_by_role("heading", level=1)).to_be_focused()
    navigation.get_by_role("button", name="Menu").click()  # the menu says which page this is
    expect(phone_page.get_by_role("menuitem", name="My tickets")).to_have_attribute("aria-current", "page")
    expect(phone_page.get_by_role("menuitem", name="Open a ticket")).to_have_attribute("aria-current", "false")
    wait_until_still(phone_page)
    assert serious(AXE.run(phone_page)) == []  # open, it hides no focusable part of the page
    phone_page.keyboard.press("Escape")
    expect(phone_page.get_by_role("menu")).to_have_count(0)
    expect(navigation.get_by_role("button", name="Menu")).to_be_focused()
    navigation.get_by_role("button", name="Menu").press("Enter")
    phone_page.get_by_role("menuitem", name="Open a ticket").press("Enter")
    expect(phone_page).to_have_url(re.compile(r"/tickets/new$"))
    expect(phone_page.get_by_role("heading", level=1)).to_be_focused()
    phone_page.wait_for_timeout(2500)  # (and it stays there once the menu has closed)
    expect(phone_page.get_by_role("heading", level=1)).to_be_focused()
    navigation.get_by_role("button", name="Menu").tap()  # and by touch
    phone_page.get_by_role("menuitem", name="Support Standards").tap()
    expect(phone_page.get_by_role("heading", level=1)).not_to_have_text("Open a ticket")
    phone_page.wait_for_timeout(2500)
    expect(phone_page.get_by_role("heading", level=1)).to_be_focused()


def test_on_a_phone_the_alert_is_under_its_field_and_the_quality_stays_in_view(phone_page: Page, studio, make_customer):
    customer = make_customer()
    sign_in(phone_page, studio, customer)
    expect(phone_page.locator("#studio[data-loaded=yes]")).to_be_attached()
    phone_page.get_by_role("radio", name=re.compile("^Other")).click()
    summary = phone_page.get_by_label("Summary", exact=True)
    summary.fill("Something is wrong with my order. My telegram password is Daisy#7788 if you need it")
    alert = phone_page.get_by_role("alert")
    expect(alert).to_be_visible()
    field_box, alert_box = summary.bounding_box(), alert.bounding_box()
    assert 0 <= alert_box["y"] - (field_box["y"] + field_box["height"]) < 120
    remove = phone_page.get_by_role("button", name=re.compile("^Remove it")).bounding_box()
    assert remove["height"] >= 44 and remove["width"] >= 44  # a finger's target
    summary.scroll_into_view_if_needed()
    bar = phone_page.get_by_text("Remove what support never needs").first
    box = bar.bounding_box()
    assert box is not None and 0 <= box["y"] <= PHONE["height"], box

    phone_page.set_viewport_size({"width": PHONE["height"], "height": PHONE["width"]})  # held sideways
    summary.scroll_into_view_if_needed()
    expect(phone_page.locator(".quality-bar")).to_be_in_viewport()


def test_the_skip_link_shows_when_focused_and_moves_focus_to_the_content(page: Page, studio):
    open_page(page, studio, "/")
    standards = page.get_by_role("navigation", name="Main").get_by_role("link", name="Support Standards")
    expect(standards).to_have_attribute("aria-current", "page")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["width"] > 40 and box["height"] > 10  # seen, not a 1px dot
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()


def test_sign_out_says_so_and_the_pages_ask_for_a_sign_in_again(page: Page, studio, make_customer):
    customer = make_customer()
    sign_in(page, studio, customer)
    open_page(page, studio, "/tickets")
    navigation = page.get_by_role("navigation", name="Main")
    expect(navigation.get_by_role("link", name="My tickets")).to_have_attribute("aria-current", "page")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login\?signed_out=1$"))
    expect(page.get_by_role("status").filter(has_text="You are signed out.")).to_be_visible()
    # The browser keeps its proof of an earlier sign-in; the form sends it with the next one.
    proof = page.evaluate("window.localStorage.getItem('support_studio_device')")
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", proof or "")
    expect(page.locator("#device-proof")).to_have_value(proof)
    open_page(page, studio, "/tickets")
    expect(page).to_have_url(re.compile(r"/login\?next=/tickets$"))
    expect(page.get_by_text("You are signed out.")).to_have_count(0)


def open_dialog(page: Page, trigger: str) -> None:
    """Open a confirm dialog and wait until it has faded in."""
    page.get_by_role("button", name=trigger).click()
    expect(page.get_by_role("alertdialog")).to_be_visible()
    wait_until_still(page)


def test_the_confirm_dialogs_pass_axe(page: Page, studio, make_customer, make_ticket):
    """Dialogs are not on the page at rest: opened, their buttons are checked too."""
    customer = make_customer()
    number = make_ticket(customer, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    sign_in(page, studio, customer)
    expect(page.locator("#studio[data-loaded=yes]")).to_be_attached()
    page.get_by_role("radio", name=re.compile("^Other")).click()
    open_dialog(page, "Start over")
    assert serious(AXE.run(page)) == []
    answer_dialog(page, "Keep my draft")
    open_page(page, studio, f"/tickets/{number}")
    open_dialog(page, "Mark resolved")
    assert serious(AXE.run(page)) == []


def test_a_refused_sign_in_is_said_each_time_and_focus_goes_back_to_the_password(page: Page, studio, make_customer):
    customer = make_customer()
    open_page(page, studio, "/login")
    page.get_by_label("Username", exact=True).fill(customer.username)
    password = page.get_by_label("Password", exact=True)
    # Each refusal puts a new alert on the page: a screen reader says it again.
    page.evaluate(
        """() => { window.__alerts = 0; new MutationObserver(records => { for (const r of records)
            for (const n of r.addedNodes) if (n.id === 'sign-in-error' || n.querySelector?.('#sign-in-error'))
                window.__alerts += 1; }).observe(document.body, {childList: true, subtree: true}); }"""
    )
    for attempt in range(2):
        password.fill(f"not-the-password-{attempt}")
        page.get_by_role("main").get_by_role("button", name="Sign in").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_role("alert").filter(has_text="don't match an account")).to_be_visible()
        expect(password).to_be_focused()  # not lost to the page while the button was busy
        page.wait_for_function("n => window.__alerts === n", arg=attempt + 1)
    # Nothing typed: focus goes to the first empty field, which the message describes too (UX audit 11, F7).
    page.get_by_label("Username", exact=True).fill("")
    password.fill("")
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Enter your username and password.")
    expect(page.get_by_label("Username", exact=True)).to_be_focused()
    expect(page.get_by_label("Username", exact=True)).to_have_accessible_description(
        "Enter your username and password."
    )


def test_a_page_reached_inside_the_app_starts_at_its_heading(page: Page, studio, make_customer):
    """UX audit 8, F9: after a link or the sign-in's redirect, focus is on the new page's h1
    (read out), not left on the page's body."""
    sign_in(page, studio, make_customer())
    expect(page.get_by_role("heading", level=1, name="Open a support ticket")).to_be_focused()
    header = page.get_by_role("banner")
    header.get_by_role("link", name="My tickets").click()
    expect(page.get_by_role("heading", level=1, name="My tickets")).to_be_focused()
    header.get_by_role("link", name="Support Standards").click()
    expect(page.get_by_role("heading", level=1, name="Support Standards")).to_be_focused()
    page.go_back()
    expect(page.get_by_role("heading", level=1, name="My tickets")).to_be_focused()
    sign_in(page, studio, AGENTS["sam"])
    expect(page.get_by_role("heading", level=1, name="Queue")).to_be_focused()


def test_on_a_phone_the_checklist_with_its_reasons_is_folded_above_send(phone_page: Page, studio, make_customer):
    """UX audit 11, F10: on a phone the bar named only what is missing, never why support needs it."""
    sign_in(phone_page, studio, make_customer())
    expect(phone_page.locator("#studio[data-loaded=yes]")).to_be_attached()
    phone_page.get_by_role("radio", name=re.compile("^Refill")).click()
    folded = phone_page.locator("summary", has_text="What a good ticket includes")
    expect(folded).to_be_visible()
    assert folded.bounding_box()["height"] >= 44  # a finger's target
    row = phone_page.locator("#phone-check-order")
    expect(row).to_be_hidden()
    folded.tap()
    expect(row).to_be_visible()
    expect(row).to_contain_text("Order ID")
    expect(row).to_contain_text(": missing")  # said to a screen reader too
    assert serious(AXE.run(phone_page)) == []


def test_on_a_phone_a_queue_card_shows_each_column_name_once_and_the_first_ticket_on_the_first_screen(
    phone_page: Page, studio, make_customer, make_ticket
):
    """UX audit 11 (left then): a card was ~850 px, and a screen reader heard each column's name
    twice (the header, then the name drawn beside the value)."""
    customer = make_customer()
    number = make_ticket(customer, "Delivery stopped halfway yesterday; the channel is public and unchanged.")
    sign_in(phone_page, studio, AGENTS["sam"])
    phone_page.get_by_label("Search", exact=True).fill(customer.name)  # their one ticket
    expect(phone_page.get_by_text("1 ticket", exact=True)).to_be_visible()
    card = ticket_row(phone_page, number)
    cell = card.get_by_role("cell", name=customer.name, exact=True)  # the ear hears the name once…
    expect(cell).to_be_visible()
    assert "Customer" in cell.evaluate("cell => getComputedStyle(cell, '::before').content")  # …the eye sees it
    box = card.bounding_box()
    assert box["y"] < PHONE["height"], box  # the filters leave room for it on the first screen
    assert box["height"] < PHONE["height"] / 2, box


def test_long_unbroken_text_wraps_inside_its_box_on_a_phone(browser: Browser, studio, make_customer, make_ticket):
    """A transaction hash or a long link is one 'word' wider than a phone: it breaks inside its
    box, in the title, the thread, the rules' verdict and every card of the lists (UX audit 11, F1)."""
    customer = make_customer()
    tx_hash = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
    number = make_ticket(
        customer,
        f"I paid for the refill, transaction https://tronscan.org/#/transaction/{tx_hash} but nothing came.",
        subject=f"Refill · {tx_hash}",
    )
    poking_out = """[...document.querySelectorAll('main *')].filter(element => {
        const box = element.getBoundingClientRect();
        // (a stacked table's header row is there for screen readers only, clipped to nothing)
        const unseen = element.closest('.sr-only') || element.closest('.stacked-table thead');
        return box.width > 0 && box.right > window.innerWidth + 1 && !unseen;
    }).map(element => element.tagName + ' ' + (element.textContent || '').slice(0, 40))"""
    for person, paths in (
        (customer, ["/tickets", f"/tickets/{number}"]),
        (AGENTS["sam"], ["/agent", f"/agent/tickets/{number}"]),
    ):
        for path, page, _ in tour(browser, studio, PHONE, person, paths):
            if path == "/agent":  # (a long queue in a full run: the ticket found by its number)
                page.get_by_label("Search", exact=True).fill(f"#{number}")
            expect(page.get_by_text(tx_hash[:12]).first).to_be_visible()
            assert page.evaluate(poking_out) == [], path
