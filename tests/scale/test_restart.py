"""A restart of every backend worker loses nothing: tickets and messages are in
PostgreSQL, each tab's state (sign-in hash, live links) in Redis, so an open
page that reconnects (to whichever worker) shows what happened meanwhile and
keeps receiving live updates."""

import json

from sqlmodel import Session, func, select

from support_studio import routes
from support_studio.models import Message, Ticket
from tests.polling import wait_for
from tests.scale.conftest import Page, pushed, submit_ticket


def test_restarting_the_workers_loses_no_ticket_or_message_and_pages_catch_up(cluster, open_page):
    customer = open_page(0, "maria")
    numbers = [
        submit_ticket(customer, "The first order of the campaign stopped at 60 percent two days ago."),
        submit_ticket(open_page(1, "maria"), "The second order never started although it says in progress."),
    ]
    agent = open_page(1, "sam")
    sent = {}
    for number in numbers:
        path = routes.agent_ticket(number)
        agent.load("AgentTicketState", "load_workspace", path)
        sent[number] = [
            f"Agent reply before the restart on #{number}.",
            f"Internal note before the restart on #{number}.",
        ]
        agent.send("AgentTicketState", "edit_reply", {"value": sent[number][0]}, path)
        agent.send("AgentTicketState", "send_reply", {}, path)
        agent.send("AgentTicketState", "edit_note", {"value": sent[number][1]}, path)
        agent.send("AgentTicketState", "add_note", {}, path)
    thread = routes.ticket(numbers[0])
    customer.load("ThreadState", "load_thread", thread)
    customer.send("ThreadState", "edit_reply", {"value": "Customer reply before the restart."}, thread)
    customer.send("ThreadState", "send_reply", {}, thread)
    with Session(cluster.engine) as session:
        before = session.exec(
            select(func.count()).select_from(Message).where(Message.ticket_id.in_(numbers), Message.kind != "event")
        ).one()
    client_token = customer.tab.token  # the browser keeps it across reconnects

    cluster.restart()
    for page in (customer, agent):
        assert not page.tab._client.connected  # the workers dropped every socket

    # An agent acts while the customer's page is still reconnecting.
    agent = open_page(0, "sam")
    desk = routes.agent_ticket(numbers[0])
    agent.load("AgentTicketState", "load_workspace", desk)
    agent.send("AgentTicketState", "edit_reply", {"value": "Agent reply after the restart."}, desk)
    agent.send("AgentTicketState", "send_reply", {}, desk)

    # The page reconnects with its own token (to the other worker), and its load catches up.
    page = Page(cluster.workers[1], customer.sign_in, client_token)
    try:
        shown = json.dumps(page.load("ThreadState", "load_thread", thread))
        for text in (
            "The first order of the campaign",
            sent[numbers[0]][0],
            "Customer reply before the restart.",
            "Agent reply after the restart.",
        ):
            assert text in shown
        assert sent[numbers[0]][1] not in shown  # notes still only for agents
        # ...and is live again: the next reply is pushed to it.
        start = page.mark()
        agent.send("AgentTicketState", "edit_reply", {"value": "Second reply after the restart."}, desk)
        agent.send("AgentTicketState", "send_reply", {}, desk)
        assert wait_for(lambda: pushed(page, start)), "no live update after the restart"
        assert "Second reply after the restart." in json.dumps(page.send("ThreadState", "refresh", {}, thread))
        listed = json.dumps(page.load("MyTicketsState", "load_tickets", routes.MY_TICKETS))
        assert all(f'"number": {number}' in listed or f"#{number}" in listed for number in numbers), listed[:3000]
    finally:
        page.close()

    # Every ticket and message is still in the database, notes included.
    for number in numbers:
        desk_view = json.dumps(agent.load("AgentTicketState", "load_workspace", routes.agent_ticket(number)))
        assert all(text in desk_view for text in sent[number])
    with Session(cluster.engine) as session:
        assert all(session.get(Ticket, number) is not None for number in numbers)
        after = session.exec(
            select(func.count()).select_from(Message).where(Message.ticket_id.in_(numbers), Message.kind != "event")
        ).one()
    assert after == before + 2  # the two replies after the restart (status lines not counted)
