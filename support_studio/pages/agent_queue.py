"""The agents' queue: tickets still being worked, the longest waiting first."""

import dataclasses

import reflex as rx

from support_studio import tickets
from support_studio.components.layout import page_shell
from support_studio.domain import ISSUE_TYPES, TICKET_STATUSES
from support_studio.formatting import waited
from support_studio.models import utc_now
from support_studio.pages.my_tickets import status_badge
from support_studio.states.auth import AuthState


@dataclasses.dataclass
class QueueRow:
    number: int
    customer: str
    issue_type: str
    order: str
    status: str
    status_label: str
    waiting: str


class AgentQueueState(AuthState):
    rows: list[QueueRow] = []

    @rx.event
    def load_queue(self):
        if self.signed_in_as("agent") is None:
            return AuthState.require_agent
        now = utc_now()
        with rx.session() as session:
            results = tickets.waiting_tickets(session)
        self.rows = [
            QueueRow(
                number=ticket.id,
                customer=customer.display_name,
                issue_type=ISSUE_TYPES[ticket.issue_type],
                order=f"#{ticket.order_id}" if ticket.order_id else "—",
                status=ticket.status,
                status_label=TICKET_STATUSES[ticket.status],
                waiting=waited(ticket.last_activity_at, now),
            )
            for ticket, customer in results
        ]


def _row(row: QueueRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link("#", row.number, href=f"/agent/tickets/{row.number}", weight="bold")),
        rx.table.cell(row.customer),
        rx.table.cell(row.issue_type),
        rx.table.cell(row.order),
        rx.table.cell(status_badge(row.status, row.status_label)),
        rx.table.cell(row.waiting),
    )


def agent_queue_page() -> rx.Component:
    return page_shell(
        rx.heading("Queue", size="7", margin_bottom="0.3em"),
        rx.text("Open tickets, the longest waiting first.", color_scheme="gray", margin_bottom="1.5em"),
        rx.card(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[rx.table.column_header_cell(h) for h in
                          ("Ticket", "Customer", "Type", "Order", "Status", "Waiting since")]
                    )
                ),
                rx.table.body(rx.foreach(AgentQueueState.rows, _row)),
                width="100%",
            ),
        ),
    )


PAGE = dict(route="/agent", title="Queue | Support Review Studio", on_load=AgentQueueState.load_queue)
