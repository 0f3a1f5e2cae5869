"""A hostile client against the real backend: every event handler registered on
the app (found from the app's own state tree, so a handler added later is
attacked too), called anonymously, by a customer against another customer's
ticket, order and payment, and by a customer against every agent action.
Nothing may be read or changed; the same call by the right person works.
Then forged tokens, sign-out while linked, errors, throttling and presence."""

import asyncio
import hashlib
import inspect
import io
import json
import logging
import re
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from PIL import Image, ImageDraw, ImageFont
from reflex_base.registry import RegistrationContext
from sqlalchemy import text
from sqlmodel import Session, select

from support_studio import accounts, presence, routes
from support_studio.asgi_guard import is_browser_token
from support_studio.models import Account, Attachment, Message, SignInSession, Ticket, utc_now
from support_studio.server_secret import channel_name, server_secret
from support_studio.support_studio import app  # registers every page's state
from tests.polling import wait_for
from tests.security.conftest import DISPLAY_NAMES, ROOT_STATE, Refused, Tab

# maria is the victim; arif, another customer, is the attacker.
VICTIM, ATTACKER, AGENT = "maria", "arif", "sam"
MARKERS = ("ZEBRA-SUBJECT-7781", "ZEBRA-SUMMARY-5521", "ZEBRA-NOTE-9034", "ZEBRA-REPLY-3317")
VICTIM_ORDER, VICTIM_PAYMENT = 48201, "CARD-7F3K29QX"
# What of maria's records an attacker must never see, besides the markers.
VICTIM_RECORDS = ("cryptonewsdaily", VICTIM_PAYMENT, "Maria Ivanova")


def app_handlers() -> list[tuple[type, str, inspect.Signature]]:
    """(state class, handler name, signature) of every event handler registered on
    the app, Reflex's own included (setvar is attacked on its own below)."""
    registered = RegistrationContext.get().event_handlers
    found = []
    for full, entry in registered.items():
        name = full.rpartition(".")[2]
        if name != "setvar":
            found.append((entry.handler.state, name, inspect.signature(entry.handler.fn)))
    return sorted(found, key=lambda item: (item[0].get_full_name(), item[1]))


HANDLERS = app_handlers()
AUTH_STATE = next(state for state, _, _ in HANDLERS if state.__name__ == "AuthState").get_full_name()


def full_name(state: type, name: str) -> str:
    return f"{state.get_full_name()}.{name}"


def page_of(state: type, ticket_id: int) -> str:
    """The page a state's handlers run on, aimed at `ticket_id` where a page has one."""
    pages = {
        "ThreadState": routes.ticket(ticket_id),
        "AgentTicketState": routes.agent_ticket(ticket_id),
        "StudioState": routes.NEW_TICKET,
        "MyTicketsState": routes.MY_TICKETS,
        "AgentQueueState": routes.QUEUE,
        "SignInState": routes.SIGN_IN,
    }
    return pages.get(state.__name__, routes.STANDARDS)


def arguments(signature: inspect.Signature, token: str, ticket_id: int) -> dict:
    """Arguments that aim a handler at the victim's things."""
    values = {
        "token": token,
        "issue_type": "refill",
        "name": "summary",
        "value": "ZEBRA attack text, in closed",
        "query": str(VICTIM_ORDER),
        "order_id": VICTIM_ORDER,
        "reference": VICTIM_PAYMENT,
        "key": "checking",
        "status": "closed",
        "page": 2,
        "form_data": {"username": VICTIM, "password": "wrong"},
        "ticket_id": ticket_id,
        # Reflex's own handlers: client storage updates aimed at the sign-in, a fake error report.
        "vars": {f"{AUTH_STATE}._account_role": "agent", f"{AUTH_STATE}.signed_in_role": "agent"},
        "info": "forged",
        "component_stack": "forged",
    }
    params = [p for p in signature.parameters.values() if p.name != "self"]
    return {p.name: values.get(p.name.lstrip("_"), "") for p in params}


# Before these handlers act, an attacker first fills what they act on.
PREPARE = {
    "send_reply": ("edit_reply", {"value": "Attack reply, posted where it must not be."}),
    "add_note": ("edit_note", {"value": "Attack note, posted where it must not be."}),
    "add_to_existing_ticket": (
        "edit_field",
        {"name": "summary", "value": "Attack summary that is long enough to count as clear."},
    ),
}


@dataclass
class World:
    victim_ticket: int
    other_ticket: int  # another of maria's tickets, for the studio's "add to existing"
    tokens: dict = field(default_factory=dict)


@pytest.fixture(scope="module")
def world(backend, db) -> World:
    """maria's ticket with a thread, an agent's reply and an internal note, each marked."""
    with Session(db) as session:
        users = {a.username: a for a in session.exec(select(Account))}
        now = utc_now()
        ticket = Ticket(
            customer_id=users[VICTIM].id,
            issue_type="order",
            order_id=VICTIM_ORDER,
            subject=MARKERS[0],
            summary=MARKERS[1],
            submission_key="victim",
            created_at=now,
            updated_at=now,
            last_activity_at=now,
            waiting_since=now,
        )
        session.add(ticket)
        session.flush()
        session.add_all(
            [
                Message(ticket_id=ticket.id, author_id=users[VICTIM].id, body=MARKERS[1], created_at=now),
                Message(
                    ticket_id=ticket.id,
                    author_id=users[AGENT].id,
                    kind="note",
                    internal=True,
                    body=MARKERS[2],
                    created_at=now,
                ),
                Message(ticket_id=ticket.id, author_id=users[AGENT].id, body=MARKERS[3], created_at=now),
            ]
        )
        session.commit()
        other = session.exec(select(Ticket).where(Ticket.submission_key == "demo-ticket-3")).one()
        return World(ticket.id, other.id)


def snapshot(db) -> str:
    """Everything the attacks could change, as one hash (the limiter's counters and
    the attacker's own sign-in sessions, drafts and presence excluded)."""
    tables = ("ticket", "message", "auditentry", "panel_order", "payment", "account", "presence")
    with db.connect() as connection:
        rows = {t: connection.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in tables}
        rows["studiodraft"] = connection.execute(
            text("SELECT * FROM studiodraft WHERE account_id = (SELECT id FROM account WHERE username = :u)"),
            {"u": VICTIM},
        ).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def leaked(updates: list[dict], words=MARKERS + VICTIM_RECORDS) -> list[str]:
    text_seen = json.dumps(updates)
    return [word for word in words if word in text_seen]


def attack(tab: Tab, state, name, signature, token, world) -> list[dict]:
    path = page_of(state, world.victim_ticket)
    if name in PREPARE:
        prepare, payload = PREPARE[name]
        tab.send(full_name(state, prepare), payload, path)
    return tab.send(full_name(state, name), arguments(signature, token, world.victim_ticket), path)


def signed_in_tab(open_tab, sign_in_token, username: str) -> tuple[Tab, str]:
    tab, token = open_tab(), sign_in_token(username)
    updates = tab.send(full_name(app_state("AuthState"), "load_public"), {"token": token})
    # The event reached the server and signed this tab in (else every attack would pass for nothing).
    assert DISPLAY_NAMES[username] in json.dumps(updates)
    return tab, token


def app_state(class_name: str) -> type:
    return next(state for state, _, _ in HANDLERS if state.__name__ == class_name)


def test_the_app_has_handlers_to_attack():
    names = {name for _, name, _ in HANDLERS}
    assert {"load_thread", "send_reply", "change_status", "assign", "submit", "edit_field", "sign_out"} <= names


@pytest.mark.parametrize(("state", "name", "signature"), HANDLERS, ids=[f"{s.__name__}.{n}" for s, n, _ in HANDLERS])
def test_anonymous_calls_read_and_change_nothing(open_tab, db, world, state, name, signature):
    before = snapshot(db)
    tab = open_tab()
    updates = attack(tab, state, name, signature, "not-a-real-token", world)
    assert snapshot(db) == before
    assert leaked(updates) == []


@pytest.mark.parametrize(("state", "name", "signature"), HANDLERS, ids=[f"{s.__name__}.{n}" for s, n, _ in HANDLERS])
def test_another_customer_reads_and_changes_nothing_of_the_victims(
    open_tab, sign_in_token, db, world, state, name, signature
):
    tab, token = signed_in_tab(open_tab, sign_in_token, ATTACKER)
    before = snapshot(db)
    updates = attack(tab, state, name, signature, token, world)
    assert snapshot(db) == before, f"{name} changed the victim's data"
    assert leaked(updates) == []


# ---- positive controls: the same handlers, called by the right person, work ----


def count_messages(db, ticket_id: int, kind: str) -> int:
    """Entries of one kind: a reply that reopens a ticket also records a status event."""
    with Session(db) as session:
        return len(session.exec(select(Message).where(Message.ticket_id == ticket_id, Message.kind == kind)).all())


def ticket_status(db, ticket_id: int) -> str:
    with Session(db) as session:
        return session.get(Ticket, ticket_id).status


def test_the_owner_reads_her_thread_and_replies(open_tab, sign_in_token, db, world):
    thread = app_state("ThreadState")
    tab, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    path = routes.ticket(world.victim_ticket)
    updates = tab.send(full_name(thread, "load_thread"), {"token": token}, path)
    assert MARKERS[1] in json.dumps(updates) and MARKERS[3] in json.dumps(updates)
    assert MARKERS[2] not in json.dumps(updates)  # internal notes never reach a customer
    before = count_messages(db, world.victim_ticket, "reply")
    tab.send(full_name(thread, "edit_reply"), {"value": "Thanks, the count is still 15,900 today."}, path)
    tab.send(full_name(thread, "send_reply"), {}, path)
    assert count_messages(db, world.victim_ticket, "reply") == before + 1


def test_an_agent_reads_notes_and_acts_on_the_ticket(open_tab, sign_in_token, db, world):
    desk = app_state("AgentTicketState")
    tab, token = signed_in_tab(open_tab, sign_in_token, AGENT)
    path = routes.agent_ticket(world.victim_ticket)
    updates = tab.send(full_name(desk, "load_workspace"), {"token": token}, path)
    assert MARKERS[2] in json.dumps(updates)
    tab.send(full_name(desk, "change_status"), {"status": "in_review"}, path)
    assert ticket_status(db, world.victim_ticket) == "in_review"
    before = count_messages(db, world.victim_ticket, "note")
    tab.send(full_name(desk, "edit_note"), {"value": "Checked with the provider."}, path)
    tab.send(full_name(desk, "add_note"), {}, path)
    assert count_messages(db, world.victim_ticket, "note") == before + 1
    queue = app_state("AgentQueueState")
    listed = tab.send(full_name(queue, "load_queue"), {"token": token}, routes.QUEUE)
    assert MARKERS[0] in json.dumps(listed)


def test_the_owner_picks_her_own_order_and_payment_in_the_studio(open_tab, sign_in_token, world):
    studio = app_state("StudioState")
    tab, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    tab.send(full_name(studio, "load_studio"), {"token": token}, routes.NEW_TICKET)
    tab.send(full_name(studio, "choose_issue_type"), {"issue_type": "order"}, routes.NEW_TICKET)
    picked = tab.send(full_name(studio, "pick_order"), {"order_id": VICTIM_ORDER}, routes.NEW_TICKET)
    assert "cryptonewsdaily" in json.dumps(picked)
    tab.send(full_name(studio, "choose_issue_type"), {"issue_type": "payment"}, routes.NEW_TICKET)
    tab.send(full_name(studio, "confirm_issue_type"), {}, routes.NEW_TICKET)  # it drops the picked order
    paid = tab.send(full_name(studio, "pick_payment"), {"reference": VICTIM_PAYMENT}, routes.NEW_TICKET)
    assert VICTIM_PAYMENT in json.dumps(paid)
    tab.send(full_name(studio, "start_over"), {}, routes.NEW_TICKET)


def test_the_attacker_gets_nothing_of_the_victims_order_or_payment_in_the_studio(open_tab, sign_in_token, world):
    studio = app_state("StudioState")
    tab, token = signed_in_tab(open_tab, sign_in_token, ATTACKER)
    updates = tab.send(full_name(studio, "load_studio"), {"token": token}, routes.NEW_TICKET)
    updates += tab.send(full_name(studio, "choose_issue_type"), {"issue_type": "payment"}, routes.NEW_TICKET)
    updates += tab.send(full_name(studio, "pick_order"), {"order_id": VICTIM_ORDER}, routes.NEW_TICKET)
    updates += tab.send(full_name(studio, "pick_payment"), {"reference": VICTIM_PAYMENT}, routes.NEW_TICKET)
    updates += tab.send(full_name(studio, "search_orders"), {"query": "cryptonewsdaily"}, routes.NEW_TICKET)
    assert leaked(updates) == []
    assert "Pick one of your own orders." in json.dumps(updates)


# ---- channels and tokens -----------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "ticket-1",
        "desk-1",
        "ticket-{n}",
        "channel",
        "",
        "../../etc",
        "00000000-0000-0000-0000-000000000000",
        "2ab28860-1fe1-376a-e5f1-bcb4a5b8bf4d",
        "2AB28860-1FE1-476A-E5F1-BCB4A5B8BF4D",
    ],
)
def test_forged_tokens_are_refused(url, db, world, token):
    if token == "ticket-{n}":
        token = f"ticket-{world.victim_ticket}"
    if token == "channel":
        with Session(db) as session:
            token = channel_name(server_secret(session), "thread", world.victim_ticket)
    with pytest.raises(Refused):
        Tab(url, token)


def test_a_token_of_the_browsers_form_connects_but_gets_nothing_of_a_ticket(open_tab, world):
    tab = open_tab()  # a version-4 UUID, as Reflex's browser code makes one
    assert leaked(tab.updates) == []
    assert tab.send(f"{ROOT_STATE}.set_is_hydrated", {"value": True})


def test_channels_carry_only_a_revision_and_are_named_by_hmac(db, world):
    from support_studio.states.live import DeskChannel, ThreadChannel

    # The only var a channel sends to a browser is its revision number.
    assert list(ThreadChannel.base_vars) == list(DeskChannel.base_vars) == ["revision"]
    with Session(db) as session:
        secret = server_secret(session)
    name = channel_name(secret, "thread", world.victim_ticket)
    assert re.fullmatch(r"ch[0-9a-f]{48}", name) and not is_browser_token(name)
    assert name != channel_name(secret, "desk", world.victim_ticket)
    assert name != channel_name(secret, "thread", world.victim_ticket + 1)
    assert name != channel_name(b"another secret", "thread", world.victim_ticket)


def test_after_sign_out_a_linked_tab_receives_no_more_pushes(open_tab, sign_in_token, world):
    thread, desk = app_state("ThreadState"), app_state("AgentTicketState")
    customer, customer_token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    customer.send(full_name(thread, "load_thread"), {"token": customer_token}, routes.ticket(world.victim_ticket))
    agent, agent_token = signed_in_tab(open_tab, sign_in_token, AGENT)
    agent_path = routes.agent_ticket(world.victim_ticket)
    agent.send(full_name(desk, "load_workspace"), {"token": agent_token}, agent_path)

    def reply(text: str) -> None:
        agent.send(full_name(desk, "load_workspace"), {"token": agent_token}, agent_path)
        agent.send(full_name(desk, "edit_reply"), {"value": text}, agent_path)
        agent.send(full_name(desk, "send_reply"), {}, agent_path)

    start = len(customer.updates)
    reply("First answer: we are looking at the order.")
    assert wait_for(lambda: "revision" in json.dumps(customer.received_since(start)))  # positive control: live

    customer.send(full_name(app_state("AuthState"), "sign_out"), {}, routes.ticket(world.victim_ticket))
    start = len(customer.updates)
    reply("Second answer, after the customer signed out.")
    time.sleep(1.5)
    assert customer.received_since(start) == []


# ---- errors, forged setvars, unknown and private methods ----------------------------


def shown_events(updates: list[dict]) -> str:
    """What the server asked the browser to run (toasts, redirects, scripts)."""
    return json.dumps([event for update in updates for event in update.get("events", [])])


def test_a_failing_handler_shows_a_reference_and_no_exception_text(open_tab):
    tab = open_tab()
    shown = shown_events(tab.send(f"{ROOT_STATE}.setvar", {"var_name": "signed_in_role", "value": "agent"}))
    assert "Something went wrong (reference " in shown
    for detail in ("AttributeError", "Traceback", "set_signed_in_role", "object has no attribute", ".py"):
        assert detail not in shown


@pytest.mark.parametrize(
    "var_name", ["signed_in_role", "_account_role", "_account_id", "_token_hash", "issue_type", "found"]
)
def test_forged_setvars_change_nothing(open_tab, sign_in_token, db, world, var_name):
    tab, _ = signed_in_tab(open_tab, sign_in_token, ATTACKER)
    before = snapshot(db)
    for state, _, _ in HANDLERS[:1] + [(app_state("AgentTicketState"), "", None)]:
        tab.send(f"{state.get_full_name()}.setvar", {"var_name": var_name, "value": "agent"})
    desk = app_state("AgentTicketState")
    path = routes.agent_ticket(world.victim_ticket)
    updates = tab.send(full_name(desk, "change_status"), {"status": "closed"}, path)
    assert snapshot(db) == before
    assert leaked(updates) == []


@pytest.mark.parametrize(
    "method", ["_signed_in", "_signed_in_as", "_forget", "_adopt", "_require", "signed_in_account", "signed_in_as"]
)
def test_methods_that_are_not_handlers_cannot_be_called(open_tab, method):
    tab = open_tab()
    updates = tab.send(full_name(app_state("AuthState"), method), {"role": "agent", "token": "x", "fresh": True})
    # Not a registered handler: the server runs nothing, so nothing comes back but the sentinel.
    assert [update for update in updates if "events" in update or "signed_in" in json.dumps(update)] == []


def test_oversized_and_deeply_nested_payloads_are_harmless(open_tab, sign_in_token, db, world):
    studio = app_state("StudioState")
    tab, token = signed_in_tab(open_tab, sign_in_token, ATTACKER)
    tab.send(full_name(studio, "load_studio"), {"token": token}, routes.NEW_TICKET)
    before = snapshot(db)
    nested: object = "x"
    for _ in range(200):
        nested = {"a": nested}
    tab.send(full_name(studio, "edit_field"), {"name": "summary", "value": "y" * 600_000}, routes.NEW_TICKET)
    tab.send(full_name(studio, "edit_field"), {"name": nested, "value": nested}, routes.NEW_TICKET)
    tab.send(full_name(studio, "pick_order"), {"order_id": nested}, routes.NEW_TICKET)
    tab.send(full_name(studio, "pick_order"), {"order_id": 2**70}, routes.NEW_TICKET)
    assert snapshot(db) == before


# ---- sign-in throttling through the handler, presence expiry ---------------------------


def test_sign_in_is_throttled_through_the_real_handler(open_tab):
    sign_in = full_name(app_state("SignInState"), "sign_in")
    tab = open_tab()
    for _ in range(5):
        tab.send(sign_in, {"form_data": {"username": "lucas", "password": "wrong"}}, routes.SIGN_IN)
    updates = tab.send(sign_in, {"form_data": {"username": "lucas", "password": "lucas-demo-pass"}}, routes.SIGN_IN)
    assert "Too many sign-in attempts" in json.dumps(updates)
    assert "support_studio_session" not in json.dumps(updates)  # no token handed out


def test_presence_of_a_closed_tab_disappears_and_a_fresh_page_shows_no_ghosts(
    open_tab, sign_in_token, world, monkeypatch
):
    monkeypatch.setattr(presence, "PRESENT_FOR", presence.timedelta(seconds=1))
    desk = app_state("AgentTicketState")
    path = routes.agent_ticket(world.other_ticket)
    nadia, nadia_token = signed_in_tab(open_tab, sign_in_token, "nadia")
    nadia.send(full_name(desk, "load_workspace"), {"token": nadia_token}, path)
    sam, sam_token = signed_in_tab(open_tab, sign_in_token, AGENT)
    shown = sam.send(full_name(desk, "load_workspace"), {"token": sam_token}, path)
    assert present(shown) == ["Nadia (Support)"]
    nadia.close()  # the tab closes: nothing tells the server
    time.sleep(1.3)
    assert present(sam.send(full_name(desk, "heartbeat"), {}, path)) == []
    fresh, fresh_token = signed_in_tab(open_tab, sign_in_token, "nadia")
    assert present(fresh.send(full_name(desk, "load_workspace"), {"token": fresh_token}, path)) == ["Sam (Support)"]


def present(updates: list[dict]) -> list[str] | None:
    """The names the last update shows as having the ticket open (None: unchanged)."""
    names = None
    for update in updates:
        for values in update.get("delta", {}).values():
            if "present_rx_state_" in values:
                names = [p["name"] for p in values["present_rx_state_"]]
    return names


# ---- what the studio keeps in a draft -----------------------------------------------

DRAFTER = "lucas"  # a customer of his own: the other tests' drafts stay out of the way
SECRET = "Tr0ub4dor&3x"


def saved_draft(db, username: str = DRAFTER) -> str:
    with db.connect() as connection:
        row = connection.execute(
            text("SELECT content FROM studiodraft WHERE account_id = (SELECT id FROM account WHERE username = :u)"),
            {"u": username},
        ).first()
    return row[0] if row else ""


def studio_tab(open_tab, sign_in_token) -> tuple[Tab, str, type]:
    studio = app_state("StudioState")
    tab, token = signed_in_tab(open_tab, sign_in_token, DRAFTER)
    tab.send(full_name(studio, "load_studio"), {"token": token}, routes.NEW_TICKET)
    tab.send(full_name(studio, "start_over"), {}, routes.NEW_TICKET)
    tab.send(full_name(studio, "choose_issue_type"), {"issue_type": "payment"}, routes.NEW_TICKET)
    return tab, token, studio


def edit(tab: Tab, studio: type, name: str, value: str) -> list[dict]:
    return tab.send(full_name(studio, "edit_field"), {"name": name, "value": value}, routes.NEW_TICKET)


def test_a_value_typed_before_its_label_in_another_field_is_flagged_and_never_saved(open_tab, sign_in_token, db):
    tab, _, studio = studio_tab(open_tab, sign_in_token)
    assert "alerts_rx_state_" not in json.dumps(edit(tab, studio, "summary", SECRET))
    flagged = edit(tab, studio, "subject", "my telegram password is")
    # The summary, edited first, is flagged once the subject names what it holds.
    assert "a password" in json.dumps(flagged) and '"field": "summary"' in json.dumps(flagged)
    assert wait_for(lambda: "my telegram password is" in saved_draft(db))
    assert SECRET not in saved_draft(db)


def test_a_picker_field_keeps_only_what_the_picker_offers(open_tab, sign_in_token, db):
    tab, _, studio = studio_tab(open_tab, sign_in_token)
    edit(tab, studio, "payment_method", f"pw: {SECRET}")
    edit(tab, studio, "payment_date", SECRET)
    edit(tab, studio, "summary", "The payment went through but the balance did not change.")
    assert wait_for(lambda: "balance did not change" in saved_draft(db))
    assert SECRET not in saved_draft(db)
    edit(tab, studio, "payment_method", "crypto")  # what the picker offers is kept
    assert wait_for(lambda: '"payment_method": "crypto"' in saved_draft(db))


def test_an_edit_held_back_until_after_its_send_brings_nothing_back_as_a_draft(open_tab, sign_in_token, db):
    """The studio's boxes hold an edit back for a moment (keys typed in a burst go as one), and
    leaving a box sends its text: a click on Send can go ahead of that edit, which then arrives
    after the ticket was stored, and must not become a new draft of the ticket just sent."""
    tab, _, studio = studio_tab(open_tab, sign_in_token)
    summary = "Members dropped from 4,100 to 3,400 two days after the order completed."
    tab.send(full_name(studio, "choose_issue_type"), {"issue_type": "other"}, routes.NEW_TICKET)
    # Left with its text: the blur takes the edit the debounce still holds.
    tab.send(full_name(studio, "leave_field"), {"name": "summary", "value": summary}, routes.NEW_TICKET)
    sent = tab.send(full_name(studio, "submit"), {}, routes.NEW_TICKET)
    assert "sent_ticket_number_rx_state_" in json.dumps(sent)  # the ticket was stored
    after_send = len(tab.updates)
    edit(tab, studio, "summary", summary)  # the held-back edit, after its Send
    edit(tab, studio, "summary", summary + " More typed.")
    assert not wait_for(lambda: "Members dropped" in saved_draft(db), seconds=4)
    # Nor does the tab, on its way to the ticket, say that another tab saved or sent the draft.
    assert '"left_behind_rx_state_": true' not in json.dumps(tab.received_since(after_send))


def test_text_rewritten_right_after_remove_it_ends_its_note(open_tab, sign_in_token, db):
    """ "Remove it" sets the box, whose edit is held back a moment like a key's: keys typed at once
    go with it as one edit. That edit rewrote the text: the "Removed. Read it again" note goes."""
    tab, _, studio = studio_tab(open_tab, sign_in_token)
    edit(tab, studio, "summary", f"Members dropped from 4,100 to 3,400. my telegram password is {SECRET}")
    removed = tab.send(full_name(studio, "remove_flagged"), {"name": "summary"}, routes.NEW_TICKET)
    assert '"removed_from_rx_state_": ["summary"]' in json.dumps(removed)
    rewritten = edit(tab, studio, "summary", "Members dropped from 4,100 to 3,400 after the order completed.")
    assert '"removed_from_rx_state_": []' in json.dumps(rewritten)


@pytest.mark.parametrize(
    ("username", "state_name", "load", "box", "remove", "note"),
    [
        (VICTIM, "ThreadState", "load_thread", "edit_reply", "remove_flagged", "reply_error"),
        (AGENT, "AgentTicketState", "load_workspace", "edit_reply", "remove_flagged", "reply_error"),
        (AGENT, "AgentTicketState", "load_workspace", "edit_note", "remove_flagged_note", "note_error"),
    ],
)
def test_a_reply_or_note_rewritten_right_after_remove_it_ends_its_note(
    open_tab, sign_in_token, world, username, state_name, load, box, remove, note
):
    """The reply box and the agent's note hold edits back 80 ms: "Remove it"'s echo and keys typed
    at once arrive as one edit. An edit with the text as kept leaves the note; a rewrite ends it."""
    state = app_state(state_name)
    path = (routes.ticket if state_name == "ThreadState" else routes.agent_ticket)(world.other_ticket)
    tab, token = signed_in_tab(open_tab, sign_in_token, username)
    tab.send(full_name(state, load), {"token": token}, path)
    flagged = f"The count is 15,900 today. my telegram password is {SECRET}"
    ended = f'"{note}_rx_state_": ""'
    for rewrite, note_ends in ((False, False), (True, True)):
        tab.send(full_name(state, box), {"value": flagged}, path)
        removed = tab.send(full_name(state, remove), {}, path)
        assert "Removed. Read it again" in json.dumps(removed)
        typed_next = "The count is 15,900 today." if rewrite else text_put_in_box(removed)
        assert (ended in json.dumps(tab.send(full_name(state, box), {"value": typed_next}, path))) == note_ends


def text_put_in_box(updates: list[dict]) -> str:
    """The text an answer's script sets in a box (which the box then sends back as its edit)."""
    for update in updates:
        for event in update.get("events", []):
            found = re.search(r'\.set\.call\(box, ("(?:[^"\\]|\\.)*")', event["payload"].get("javascript_code", ""))
            if found:
                return json.loads(found.group(1))
    raise AssertionError("no script sets a box's text")


def test_after_sign_out_elsewhere_typing_saves_nothing(open_tab, sign_in_token, db):
    tab, token, studio = studio_tab(open_tab, sign_in_token)
    edit(tab, studio, "summary", "Saved while signed in: members dropped after the refill.")
    assert wait_for(lambda: "Saved while signed in" in saved_draft(db))
    with Session(db) as session:
        accounts.end_session(session, accounts.token_hash(token))  # signed out in another tab
    edit(tab, studio, "summary", "Typed after signing out: this must not be saved anywhere.")
    assert not wait_for(lambda: "Typed after signing out" in saved_draft(db), seconds=4)


def test_after_the_sign_in_runs_out_what_was_typed_since_the_last_save_is_kept(open_tab, sign_in_token, db):
    """Expired, not ended: the draft typed since the last save waits for the next sign-in (UX
    audit 9, F5). A sign-out (above) writes nothing more."""
    tab, token, studio = studio_tab(open_tab, sign_in_token)
    edit(tab, studio, "summary", "Saved while signed in: members dropped after the refill.")
    assert wait_for(lambda: "Saved while signed in" in saved_draft(db))
    with Session(db) as session:
        row = session.exec(select(SignInSession).where(SignInSession.token_hash == accounts.token_hash(token))).one()
        row.expires_at = utc_now() - timedelta(minutes=1)
        session.add(row)
        session.commit()
    edit(tab, studio, "summary", "Typed as the sign-in ran out: members dropped after the refill.")
    assert wait_for(lambda: "Typed as the sign-in ran out" in saved_draft(db), seconds=6)


def kept_drafts(db, ticket_id: int) -> list[tuple[str, str]]:
    """Every account's unsent reply and note on the ticket."""
    with db.connect() as connection:
        return connection.execute(
            text("SELECT body, note FROM replydraft WHERE ticket_id = :t"), {"t": ticket_id}
        ).all()


@pytest.mark.parametrize(
    ("username", "state_name", "load", "box"),
    [
        (VICTIM, "ThreadState", "load_thread", "edit_reply"),
        (AGENT, "AgentTicketState", "load_workspace", "edit_reply"),
        (AGENT, "AgentTicketState", "load_workspace", "edit_note"),
    ],
)
def test_after_sign_out_elsewhere_reply_and_note_drafts_are_not_saved(
    open_tab, sign_in_token, db, world, username, state_name, load, box
):
    """A tab whose sign-in ended in another tab (a lost phone signed out) writes no draft,
    even within the minute its last sign-in check still covers (attack round 11, finding 5)."""
    state = app_state(state_name)
    path = (routes.ticket if state_name == "ThreadState" else routes.agent_ticket)(world.other_ticket)
    tab, token = signed_in_tab(open_tab, sign_in_token, username)
    tab.send(full_name(state, load), {"token": token}, path)
    tab.send(full_name(state, box), {"value": "Kept while signed in: the count is 15,900."}, path)
    assert any("Kept while signed in" in body + note for body, note in kept_drafts(db, world.other_ticket))
    with Session(db) as session:
        accounts.end_session(session, accounts.token_hash(token))  # signed out in another tab
    tab.send(full_name(state, box), {"value": "Typed after signing out elsewhere."}, path)
    assert not any("after signing out" in body + note for body, note in kept_drafts(db, world.other_ticket))


def test_after_sign_out_elsewhere_an_agents_heartbeat_writes_nothing(open_tab, sign_in_token, db, world):
    desk = app_state("AgentTicketState")
    path = routes.agent_ticket(world.other_ticket)
    tab, token = signed_in_tab(open_tab, sign_in_token, "nadia")
    tab.send(full_name(desk, "load_workspace"), {"token": token}, path)

    def seen() -> list:
        with db.connect() as connection:
            return connection.execute(
                text(
                    "SELECT seen_at FROM presence WHERE ticket_id = :t"
                    " AND agent_id = (SELECT id FROM account WHERE username = 'nadia')"
                ),
                {"t": world.other_ticket},
            ).all()

    before = seen()
    tab.send(full_name(desk, "heartbeat"), {}, path)
    assert seen() != before  # the heartbeat reached the server and wrote while signed in
    with Session(db) as session:
        accounts.end_session(session, accounts.token_hash(token))  # signed out in another tab
    after_sign_out = seen()
    tab.send(full_name(desk, "heartbeat"), {}, path)
    tab.send(full_name(desk, "edit_reply"), {"value": "typing after signing out"}, path)
    assert seen() == after_sign_out


def staged_files(db, username: str) -> int:
    with Session(db) as session:
        account = session.exec(select(Account).where(Account.username == username)).one()
        return len(
            session.exec(
                select(Attachment).where(Attachment.account_id == account.id, Attachment.message_id.is_(None))
            ).all()
        )


def test_a_tabs_reflex_token_on_another_connection_is_signed_out_and_reads_nothing(open_tab, sign_in_token, db, world):
    """The tab's Reflex token travels in every websocket URL (proxy logs, HAR files), and
    Reflex keeps the tab's state under it: a connection that presents it without the
    browser's sign-in token starts signed out, with none of the page's data."""
    thread = app_state("ThreadState")
    path = routes.ticket(world.victim_ticket)
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    assert MARKERS[3] in json.dumps(victim.send(full_name(thread, "load_thread"), {"token": token}, path))
    victim.close()
    assert wait_for(lambda: victim.token not in app.event_namespace.token_to_sid)
    before = count_messages(db, world.victim_ticket, "reply")

    thief = open_tab(victim.token)  # her tab's token, as a proxy log shows it
    thief.send(full_name(thread, "load_thread"), {"token": ""}, path)
    thief.send(full_name(thread, "edit_reply"), {"value": "Posted with a token from a log."}, path)
    thief.send(full_name(thread, "send_reply"), {}, path)
    assert thief.token == victim.token  # the forged connection reached her tab's state
    assert leaked(thief.updates) == []
    assert count_messages(db, world.victim_ticket, "reply") == before
    thief.close()
    assert wait_for(lambda: victim.token not in app.event_namespace.token_to_sid)

    # Her own browser on that tab proves its sign-in again and reads the thread.
    owner = open_tab(victim.token)
    assert MARKERS[3] in json.dumps(owner.send(full_name(thread, "load_thread"), {"token": token}, path))


def png(size=(320, 200), text: str = "") -> bytes:
    picture = Image.new("RGB", size, "white")
    if text:
        ImageDraw.Draw(picture).text((20, 20), text, fill="black", font=ImageFont.load_default(size=28))
    encoded = io.BytesIO()
    picture.save(encoded, "PNG")
    return encoded.getvalue()


def upload(url: str, tab_token: str, handler: str, files: list[tuple[str, bytes]], arguments: dict) -> None:
    """POST files to /_upload as Reflex's browser code does."""
    boundary = uuid.uuid4().hex
    body = f'--{boundary}\r\nContent-Disposition: form-data; name="__reflex_event_args"\r\n\r\n{json.dumps(arguments)}\r\n'.encode()
    for name, data in files:
        body += (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                "Content-Type: image/png\r\n\r\n"
            ).encode()
            + data
            + b"\r\n"
        )
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        f"{url}/_upload",
        data=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "reflex-client-token": tab_token,
            "reflex-event-handler": handler,
        },
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.status == 202  # accepted for the handler, which runs in the background
        answer.read()


def test_an_upload_with_a_signed_in_tabs_token_but_without_its_sign_in_stages_nothing(
    url, open_tab, sign_in_token, db, world
):
    """Uploads come over HTTP with the tab's Reflex token only: the browser's sign-in token
    goes with them as the handler's argument, and without it nothing is staged."""
    thread = app_state("ThreadState")
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, routes.ticket(world.victim_ticket))
    before = staged_files(db, VICTIM)
    files = [("screenshot.png", png())]
    handler = full_name(thread, "attach_files")
    upload(url, victim.token, handler, files, {})
    upload(url, victim.token, handler, files, {"sign_in": "0" * 43})
    time.sleep(1)
    assert staged_files(db, VICTIM) == before
    upload(url, victim.token, handler, files, {"sign_in": token})  # her browser's upload
    assert wait_for(lambda: staged_files(db, VICTIM) == before + 1)


@pytest.fixture
def room_to_upload(db):
    """Every account's budget of files to attach unused, before and after the test, and
    no files waiting to be sent (other tests' uploads count against both)."""

    def give_back():
        with db.begin() as connection:
            connection.execute(text("DELETE FROM ratelimitcounter WHERE key LIKE '%file%'"))
            connection.execute(text("DELETE FROM attachment WHERE message_id IS NULL"))

    give_back()
    yield
    give_back()


def test_a_flood_of_uploads_is_read_one_file_at_a_time_and_stops_at_the_accounts_budget(
    url, open_tab, sign_in_token, world, monkeypatch, room_to_upload
):
    """Every file is read by OCR, seconds of CPU each: one account's uploads are read
    one after another, and past 30 files in 10 minutes the rest are refused unread."""
    import support_studio.evidence

    reading, most_at_once, read = [0], [0], []
    check = support_studio.evidence.acheck_evidence

    async def counted_check(name, data, **options):
        reading[0] += 1
        most_at_once[0] = max(most_at_once[0], reading[0])
        try:
            await asyncio.sleep(0.02)
            return await check(name, data, **options)
        finally:
            reading[0] -= 1
            read.append(name)

    monkeypatch.setattr(support_studio.evidence, "acheck_evidence", counted_check)
    thread = app_state("ThreadState")
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, routes.ticket(world.victim_ticket))
    not_pictures = [(f"flood-{n}.png", b"not a picture") for n in range(5)]  # refused by their content
    for _ in range(7):
        upload(url, victim.token, full_name(thread, "attach_files"), not_pictures, {"sign_in": token})
    assert wait_for(
        lambda: "You can attach 30 screenshots or PDF pages every 10 minutes" in json.dumps(victim.updates), 30
    )
    assert wait_for(lambda: len(read) == 30, 30)
    time.sleep(1)
    assert len(read) == 30 and most_at_once[0] == 1


def test_uploads_in_flight_hold_no_more_memory_than_their_share(
    url, open_tab, sign_in_token, world, monkeypatch, room_to_upload
):
    """Outside attack round 6: twelve parallel uploads of 50 MB each took a worker from 155 MB
    to 1.3 GB. What one account's uploads hold until their files are checked is capped (here
    at 3 MB), and an upload past it is refused at that chunk, unread."""
    import support_studio.evidence
    from support_studio.states import evidence as evidence_state

    monkeypatch.setattr(evidence_state._UploadsInFlight, "PER_ACCOUNT", 3_000_000)
    check, most_held = support_studio.evidence.acheck_evidence, [0]

    async def slow_check(name, data, **options):
        most_held[0] = max(most_held[0], evidence_state._in_flight.in_all)
        await asyncio.sleep(6)  # still being checked when the next upload comes, however busy the machine
        return await check(name, data, **options)

    monkeypatch.setattr(support_studio.evidence, "acheck_evidence", slow_check)
    thread = app_state("ThreadState")
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, routes.ticket(world.victim_ticket))
    two_megabytes = [("big.png", png() + b"\0" * 2_000_000)]
    upload(url, victim.token, full_name(thread, "attach_files"), two_megabytes, {"sign_in": token})
    assert wait_for(lambda: most_held[0] > 0, 10)  # its bytes are held while it is checked
    with pytest.raises(urllib.error.HTTPError, match="400"):  # the handler stopped reading it
        upload(url, victim.token, full_name(thread, "attach_files"), two_megabytes, {"sign_in": token})
    assert wait_for(lambda: "Your last files are still being checked" in json.dumps(victim.updates), 15)
    assert 0 < most_held[0] <= 3_000_000
    assert wait_for(lambda: evidence_state._in_flight.in_all == 0, 25)  # all given back once checked


def test_a_file_whose_check_breaks_is_refused_and_the_rest_of_the_upload_goes_on(
    url, open_tab, sign_in_token, db, world, monkeypatch, room_to_upload
):
    import support_studio.evidence

    check = support_studio.evidence.acheck_evidence

    async def breaks_on_the_first(name, data, **options):
        if name == "breaks.png":
            raise OSError("the OCR engine crashed")
        return await check(name, data, **options)

    monkeypatch.setattr(support_studio.evidence, "acheck_evidence", breaks_on_the_first)
    thread = app_state("ThreadState")
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, routes.ticket(world.victim_ticket))
    before = staged_files(db, VICTIM)
    files = [("breaks.png", png()), ("fine.png", png())]
    upload(url, victim.token, full_name(thread, "attach_files"), files, {"sign_in": token})
    assert wait_for(lambda: staged_files(db, VICTIM) == before + 1, 30)
    assert wait_for(lambda: "breaks.png: This file could not be checked" in json.dumps(victim.updates))

    def uploading() -> list:
        return [
            value
            for update in victim.updates
            for values in update.get("delta", {}).values()
            for key, value in values.items()
            if key.startswith("uploading")
        ]

    # The drop area is usable again (its last word may come a moment after the message: CI once read it first).
    assert wait_for(lambda: uploading()[-1:] == [False])


def test_files_still_being_checked_when_the_tab_changes_hands_reach_nobody(url, open_tab, sign_in_token, db, world):
    """Files are checked in the background: if her connection drops and someone takes the
    tab's token meanwhile, what comes of them (file cards, a refused screenshot's
    preview) is not written into the tab they now hold."""
    thread = app_state("ThreadState")
    path = routes.ticket(world.victim_ticket)
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, path)
    before = staged_files(db, VICTIM)
    files = [(f"receipt-{n}.png", png((1200, 900), f"Receipt {n} for order 48207")) for n in range(2)]
    files.append(("settings.png", png((1200, 900), "My Telegram password: Tulip#2024secret")))
    upload(url, victim.token, full_name(thread, "attach_files"), files, {"sign_in": token})
    victim.close()
    assert wait_for(lambda: victim.token not in app.event_namespace.token_to_sid)
    thief = open_tab(victim.token)
    assert wait_for(lambda: staged_files(db, VICTIM) > before, 30)  # the checks ran on
    time.sleep(3)  # time for the rest (which stop once the tab changed hands)
    thief.send(full_name(thread, "load_thread"), {"token": ""}, path)
    seen = json.dumps(thief.updates)
    assert "receipt-" not in seen and "data:image/png" not in seen and leaked(thief.updates) == []


def test_a_reply_kept_for_a_reload_goes_to_the_ticket_the_page_loaded_not_the_events_url(
    open_tab, sign_in_token, db, world
):
    """The URL comes with every event, from the client: a reply typed on her ticket with
    another ticket's URL forged on the event is kept on the ticket her page loaded."""
    thread = app_state("ThreadState")
    tab, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    tab.send(full_name(thread, "load_thread"), {"token": token}, routes.ticket(world.victim_ticket))
    tab.send(full_name(thread, "edit_reply"), {"value": "Typed on my own ticket."}, routes.ticket(999_999))
    with db.connect() as connection:
        kept = connection.execute(text("SELECT ticket_id, body FROM replydraft")).all()
    assert (world.victim_ticket, "Typed on my own ticket.") in kept  # the event reached the server
    assert all(ticket != 999_999 for ticket, _ in kept)


def test_a_secret_sent_as_a_wrongly_typed_argument_never_reaches_the_log(open_tab, sign_in_token, caplog):
    """Reflex logs an argument it can't convert to the handler's type, and any client
    can send one: every log record is screened and kept on one line."""
    studio = app_state("StudioState")
    tab, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    tab.send(full_name(studio, "load_studio"), {"token": token}, routes.NEW_TICKET)
    forged = "my telegram password is Tulip#2024-LOGLEAK\nERROR Handler failed (reference FORGED)"
    with caplog.at_level(logging.DEBUG):
        tab.send(full_name(studio, "pick_order"), {"order_id": forged}, routes.NEW_TICKET)
    logged = "\n".join(record.getMessage() + "\n" + (record.exc_text or "") for record in caplog.records)
    assert "order_id" in logged  # the forged argument reached the server, and the log
    assert "Tulip#2024" not in logged
    assert "\nERROR Handler failed (reference FORGED)" not in logged


def test_a_sign_in_whose_connection_drops_hands_its_token_to_nobody(open_tab, monkeypatch):
    """Her connection drops while her password is checked (bcrypt; longer on a busy server);
    someone with her tab's token connects meanwhile. The sign-in token the check ends with
    must not go to their socket, nor may the tab be signed in for them."""
    from support_studio.states import auth

    check = auth._sign_in
    monkeypatch.setattr(auth, "_sign_in", lambda *args: (time.sleep(1.5), check(*args))[1])  # a busy server
    sign_in = full_name(app_state("SignInState"), "sign_in")
    victim = open_tab()
    victim.emit(sign_in, {"form_data": {"username": "nadia", "password": "nadia-agent-pass"}}, routes.SIGN_IN)
    victim.close()
    assert wait_for(lambda: victim.token not in app.event_namespace.token_to_sid)
    thief = open_tab(victim.token)
    time.sleep(3)  # the check ends meanwhile
    updates = thief.send(full_name(app_state("AuthState"), "load_public"), {"token": ""})
    seen = json.dumps(thief.updates + updates)
    assert thief.token == victim.token  # the forged connection reached her tab
    assert "localStorage.setItem" not in seen and DISPLAY_NAMES["nadia"] not in seen


def _reconnect(open_tab, tab: Tab, cookie_token: str) -> Tab:
    """The tab's connection drops and comes back under the same tab token, its handshake
    carrying the websocket's sign-in cookie (accounts.SOCKET_COOKIE), from the app's own origin
    (the client's Origin header is the server's address)."""
    tab.close()
    assert wait_for(lambda: tab.token not in app.event_namespace.token_to_sid)
    return open_tab(tab.token, headers={"Cookie": f"{accounts.SOCKET_COOKIE}={cookie_token}"})


def test_a_reconnect_whose_handshake_shows_the_sign_in_goes_on_with_the_tab(open_tab, sign_in_token, db, world):
    """A dropped connection comes back under the same tab token: with the sign-in cookie in its
    handshake, the tab is still signed in before anything is asked, so a reply typed and sent
    while the link was down (queued by the browser) is taken (UX audit 9, F1/F2). The cookie's
    token never reaches a delta."""
    thread = app_state("ThreadState")
    path = routes.ticket(world.victim_ticket)
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    victim.send(full_name(thread, "load_thread"), {"token": token}, path)
    victim.send(full_name(thread, "edit_reply"), {"value": "The count is still 2,100"}, path)
    before = count_messages(db, world.victim_ticket, "reply")

    again = _reconnect(open_tab, victim, token)
    again.send(full_name(thread, "edit_reply"), {"value": "The count is still 2,100 this morning."}, path)
    again.send(full_name(thread, "send_reply"), {}, path)
    assert count_messages(db, world.victim_ticket, "reply") == before + 1
    with Session(db) as session:
        newest = session.exec(select(Message).order_by(Message.id.desc())).first()
    assert newest.body == "The count is still 2,100 this morning."
    assert token not in json.dumps(again.updates)


def test_another_accounts_sign_in_cookie_on_the_victims_tab_gets_nothing_of_hers(open_tab, sign_in_token, db, world):
    """The attacker has the victim's tab token (a proxy log) and shows their own sign-in cookie:
    the tab forgets her sign-in and page before the attacker's account is taken."""
    thread = app_state("ThreadState")
    path = routes.ticket(world.victim_ticket)
    victim, token = signed_in_tab(open_tab, sign_in_token, VICTIM)
    assert MARKERS[3] in json.dumps(victim.send(full_name(thread, "load_thread"), {"token": token}, path))
    before = count_messages(db, world.victim_ticket, "reply")

    thief = _reconnect(open_tab, victim, sign_in_token(ATTACKER))
    thief.send(full_name(thread, "load_thread"), {"token": ""}, path)
    thief.send(full_name(thread, "edit_reply"), {"value": "Posted on her tab with my own sign-in."}, path)
    thief.send(full_name(thread, "send_reply"), {}, path)
    assert leaked(thief.updates) == []
    assert count_messages(db, world.victim_ticket, "reply") == before


@pytest.mark.parametrize(
    "host, origin, proves",
    [
        ("desk.example.com", "https://desk.example.com", True),
        ("desk.example.com", "https://evil.example.com", False),  # a sibling subdomain: the same site
        ("desk.example.com", "https://desk.example.com:8443", False),
        ("desk.example.com", None, False),
        ("127.0.0.1:8000", "http://localhost:3000", True),  # development: pages and backend on two ports
        ("127.0.0.1:8000", "http://evil.example", False),
    ],
)
def test_the_handshakes_sign_in_cookie_counts_from_the_apps_own_origin_only_and_goes_no_further(host, origin, proves):
    """HandshakeSignIn, as the ASGI app sees it: the cookie is SameSite=Strict, but a sibling
    subdomain is the same site, so only a handshake from the app's own origin proves anything;
    the cookie itself is taken out of the headers (Reflex copies them into the state)."""
    from support_studio.asgi_guard import SIGN_IN_SCOPE_KEY, HandshakeSignIn

    seen = {}

    async def inner(scope, receive, send):
        seen.update(scope)

    headers = [(b"host", host.encode()), (b"cookie", f"a=1; {accounts.SOCKET_COOKIE}=secret-token; b=2".encode())]
    if origin:
        headers.append((b"origin", origin.encode()))
    scope = {"type": "websocket", "path": "/_event/", "headers": headers}
    asyncio.run(HandshakeSignIn(inner)(scope, None, None))
    assert (seen.get(SIGN_IN_SCOPE_KEY) == accounts.token_hash("secret-token")) is proves
    assert b"secret-token" not in b"".join(value for _, value in seen["headers"])
    assert (b"cookie", b"a=1; b=2") in seen["headers"]
