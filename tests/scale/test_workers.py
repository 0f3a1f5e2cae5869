"""Live pages across workers: a customer on one worker, agents on the other,
sharing state through Redis and data through PostgreSQL."""

import json

from sqlmodel import Session, select

from support_studio import routes
from support_studio.models import Message, Ticket
from tests.polling import wait_for
from tests.scale.conftest import pushed, submit_ticket

REPLY = "We checked order 48201 with the provider: the refill starts today."
NOTE = "INTERNAL-NOTE-7731: provider ticket P-2231 opened, do not tell the customer yet."
CUSTOMER_REPLY = "Thank you, I will watch the count this evening."


def present(updates: str) -> list[str] | None:
    names = None
    for update in json.loads(updates):
        for values in update.get("delta", {}).values():
            if "present_rx_state_" in values:
                names = [p["name"] for p in values["present_rx_state_"]]
    return names


def test_two_workers_are_two_processes_sharing_redis_and_postgres(cluster):
    first, second = cluster.workers
    assert first.port != second.port
    assert set(first.worker_pids()).isdisjoint(second.worker_pids())


def test_a_thread_is_live_between_a_customer_and_agents_on_different_workers(cluster, open_page):
    customer = open_page(0, "maria")
    number = submit_ticket(customer, "My views order stopped at half and has not moved since yesterday morning.")
    thread_path, desk_path = routes.ticket(number), routes.agent_ticket(number)
    opened = customer.load("ThreadState", "load_thread", thread_path)
    assert "has not moved since yesterday" in json.dumps(opened)
    watched_from = customer.mark()

    agent = open_page(1, "sam")
    assert "has not moved since yesterday" in json.dumps(agent.load("AgentTicketState", "load_workspace", desk_path))

    # The agent's reply (worker 1) reaches the customer's page (worker 0).
    start = customer.mark()
    agent.send("AgentTicketState", "edit_reply", {"value": REPLY}, desk_path)
    agent.send("AgentTicketState", "send_reply", {}, desk_path)
    assert wait_for(lambda: pushed(customer, start)), "the reply was not pushed across workers"
    assert REPLY in json.dumps(customer.send("ThreadState", "refresh", {}, thread_path))

    # So does a status change.
    start = customer.mark()
    agent.send("AgentTicketState", "change_status", {"status": "in_review"}, desk_path)
    assert wait_for(lambda: pushed(customer, start)), "the status change was not pushed across workers"
    assert "In review" in json.dumps(customer.send("ThreadState", "refresh", {}, thread_path))

    # An internal note is pushed to agents only: the customer's page hears nothing.
    other_agent = open_page(0, "nadia")
    other_agent.load("AgentTicketState", "load_workspace", desk_path)
    start, desk_start = customer.mark(), other_agent.mark()
    agent.send("AgentTicketState", "edit_note", {"value": NOTE}, desk_path)
    agent.send("AgentTicketState", "add_note", {}, desk_path)
    assert wait_for(lambda: pushed(other_agent, desk_start)), "the note was not pushed to the other agent"
    assert NOTE in json.dumps(other_agent.send("AgentTicketState", "refresh_desk", {}, desk_path))
    assert not wait_for(lambda: pushed(customer, start), seconds=1.5)
    assert NOTE not in json.dumps(customer.send("ThreadState", "refresh", {}, thread_path))

    # The customer's reply (worker 0) reaches the agent (worker 1).
    start = agent.mark()
    customer.send("ThreadState", "edit_reply", {"value": CUSTOMER_REPLY}, thread_path)
    customer.send("ThreadState", "send_reply", {}, thread_path)
    assert wait_for(lambda: pushed(agent, start)), "the customer's reply was not pushed across workers"
    assert CUSTOMER_REPLY in json.dumps(agent.send("AgentTicketState", "refresh_thread", {}, desk_path))

    # Nothing the customer's page received, pushes included, holds the note.
    assert NOTE not in customer.since(watched_from) and "INTERNAL-NOTE" not in customer.since(0)
    with Session(cluster.engine) as session:
        bodies = [m.body for m in session.exec(select(Message).where(Message.ticket_id == number))]
        assert {REPLY, NOTE, CUSTOMER_REPLY} <= set(bodies)
        assert session.get(Ticket, number).status == "in_review"


def test_presence_shows_across_workers(cluster, open_page):
    customer = open_page(0, "arif")
    number = submit_ticket(customer, "My payment went through twice, please check the second charge today.")
    path = routes.agent_ticket(number)
    sam = open_page(1, "sam")
    sam.load("AgentTicketState", "load_workspace", path)
    start = sam.mark()
    nadia = open_page(0, "nadia")
    assert present(json.dumps(nadia.load("AgentTicketState", "load_workspace", path))) == ["Sam (Support)"]
    assert wait_for(lambda: pushed(sam, start)), "nadia's arrival was not pushed across workers"
    assert present(json.dumps(sam.send("AgentTicketState", "refresh_desk", {}, path))) == ["Nadia (Support)"]

    # Typing shows too.
    start = sam.mark()
    nadia.send("AgentTicketState", "edit_reply", {"value": "Looking at the payment now"}, path)
    assert wait_for(lambda: pushed(sam, start))
    shown = sam.send("AgentTicketState", "refresh_desk", {}, path)
    assert '"typing": true' in json.dumps(shown)


def test_sign_in_throttling_holds_across_workers(cluster, open_page):
    sign_in = ("SignInState", "sign_in")
    first, second = open_page(0), open_page(1)

    def attempt(page, password: str) -> str:
        form = {"form_data": {"username": "lucas", "password": password}}
        return json.dumps(page.send(*sign_in, form, routes.SIGN_IN))

    assert "support_studio_session" in attempt(second, "lucas-demo-pass")  # positive control: it works
    for page in (first, second, first, second, first):  # 5 failures, split over the workers
        assert "support_studio_session" not in attempt(page, "wrong password")
    for page in (first, second):
        refused = attempt(page, "lucas-demo-pass")
        assert "Too many sign-in attempts" in refused
        assert "support_studio_session" not in refused
