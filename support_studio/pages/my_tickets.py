"""My tickets: the signed-in customer's tickets, most recently active first."""

import dataclasses

import reflex as rx

from support_studio import tickets
from support_studio.components.layout import page_shell
from support_studio.domain import ISSUE_TYPES, TICKET_STATUSES
from support_studio.formatting import timestamp, waited
from support_studio.models import utc_now
from support_studio.states.auth import AuthState


@dataclasses.dataclass
class TicketRow:
    number: int
    issue_type: str
    order: str
    status: str
    status_label: str
    last_activity: str
    last_activity_ago: str
    messages: int
    unread: bool


class MyTicketsState(AuthState):
    rows: list[TicketRow] = []

    @rx.event
    def load_tickets(self):
        account = self.signed_in_as("customer")
        if account is None:
            return AuthState.require_customer
        now = utc_now()
        with rx.session() as session:
            summaries = tickets.customer_tickets(session, account.id)
        self.rows = [
            TicketRow(
                number=row.number,
                issue_type=ISSUE_TYPES[row.issue_type],
                order=f"#{row.order_id}" if row.order_id else "—",
                status=row.status,
                status_label=TICKET_STATUSES[row.status],
                last_activity=timestamp(row.last_activity_at),
                last_activity_ago=waited(row.last_activity_at, now),
                messages=row.message_count,
                unread=row.unread_reply,
            )
            for row in summaries
        ]


def status_badge(status, label) -> rx.Component:
    return rx.badge(
        label,
        color_scheme=rx.match(
            status,
            ("open", "blue"),
            ("in_review", "violet"),
            ("waiting_on_customer", "amber"),
            ("resolved", "green"),
            "gray",
        ),
        variant="soft",
    )


def _row(row: TicketRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.link("#", row.number, href=f"/tickets/{row.number}", weight="bold"),
                rx.cond(row.unread, rx.badge("New reply", color_scheme="crimson", variant="solid", class_name="unread")),
                spacing="2",
            )
        ),
        rx.table.cell(row.issue_type),
        rx.table.cell(row.order),
        rx.table.cell(status_badge(row.status, row.status_label)),
        rx.table.cell(rx.tooltip(rx.text(row.last_activity_ago), content=row.last_activity)),
        rx.table.cell(row.messages),
        id=f"ticket-row-{row.number}",
    )


def my_tickets_page() -> rx.Component:
    return page_shell(
        rx.hstack(
            rx.heading("My tickets", size="7"),
            rx.spacer(),
            rx.link(rx.button("Open a ticket"), href="/tickets/new"),
            align="center",
            margin_bottom="1.5em",
        ),
        rx.cond(
            MyTicketsState.rows.length() > 0,
            rx.card(
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[rx.table.column_header_cell(h) for h in
                              ("Ticket", "Type", "Order", "Status", "Last activity", "Messages")]
                        )
                    ),
                    rx.table.body(rx.foreach(MyTicketsState.rows, _row)),
                    width="100%",
                    id="my-tickets",
                ),
            ),
            rx.callout("You have no tickets yet. Open one when something goes wrong with an order.", icon="inbox"),
        ),
    )


PAGE = dict(route="/tickets", title="My tickets | Support Review Studio", on_load=MyTicketsState.load_tickets)
