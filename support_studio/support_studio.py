"""The Reflex app: one page module each, registered here."""

import reflex as rx

from support_studio.pages import agent_queue, agent_ticket, login, my_tickets, new_ticket, standards, ticket_thread

app = rx.App()
# The dynamic thread route goes before /tickets/new can shadow it (Reflex's rule).
app.add_page(ticket_thread.ticket_thread_page, **ticket_thread.PAGE)
app.add_page(agent_ticket.agent_ticket_page, **agent_ticket.PAGE)
app.add_page(new_ticket.new_ticket_page, **new_ticket.PAGE)
app.add_page(my_tickets.my_tickets_page, **my_tickets.PAGE)
app.add_page(login.login_page, **login.PAGE)
app.add_page(standards.standards_page, **standards.PAGE)
app.add_page(agent_queue.agent_queue_page, **agent_queue.PAGE)
