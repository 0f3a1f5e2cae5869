"""My tickets: the signed-in customer's tickets, most recently active first."""

import dataclasses

import reflex as rx

from support_studio import routes, tickets
from support_studio.components.badges import status_badge
from support_studio.components.layout import link_button, page_shell
from support_studio.components.tables import stacked_table
from support_studio.domain import ISSUE_TYPES, TICKET_STATUSES
from support_studio.formatting import timestamp, waited
from support_studio.models import utc_now
from support_studio.states import live
from support_studio.states.auth import AuthState

HEADERS = ["Ticket", "Subject", "Type", "Order", "Status", "Last activity", "Messages"]


@dataclasses.dataclass
class TicketLine:
    number: int
    subject: str
    issue_type: str
    order: str
    status: str
    status_label: str
    last_activity: str
    last_activity_ago: str
    messages: int
    unread: bool


class MyTicketsState(AuthState):
    rows: list[TicketLine] = []
    loaded: bool = False

    @rx.event
    async def load_tickets(self, token: str = ""):
        account, redirect = await self._require(token, "customer", MyTicketsState.load_tickets)
        if account is None:
            return redirect
        await live.unfollow(self)
        now = utc_now()
        with rx.session() as session:
            summaries = tickets.customer_tickets(session, account.id)
        self.rows = [
            TicketLine(
                number=row.number,
                subject=row.subject or ISSUE_TYPES[row.issue_type],
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
        self.loaded = True


def _cells(line: TicketLine) -> list:
    return [
        rx.hstack(
            rx.link("#", line.number, href=routes.ticket(line.number), weight="bold", class_name="ticket-link"),
            rx.cond(
                line.unread,
                rx.badge("New reply", color_scheme="crimson", variant="solid", high_contrast=True, class_name="unread"),
            ),
            spacing="2",
        ),
        rx.link(rx.el.bdi(line.subject), href=routes.ticket(line.number)),
        line.issue_type,
        line.order,
        status_badge(line.status, line.status_label),
        # The exact time shown, not in a hover tooltip: touch, keyboard and screen readers get it too.
        rx.vstack(
            rx.text(line.last_activity_ago), rx.text(line.last_activity, size="1", color_scheme="gray"), spacing="0"
        ),
        line.messages,
    ]


def my_tickets_page() -> rx.Component:
    return page_shell(
        rx.flex(
            rx.heading("My tickets", as_="h1", size="7"),
            rx.spacer(),
            # A page header row; alike in shape to the evidence box's file row only.
            link_button("Open a ticket", routes.NEW_TICKET),
            align="center",
            spacing="3",
            wrap="wrap",
            margin_bottom="1.5em",
        ),
        rx.cond(
            MyTicketsState.rows.length() > 0,
            stacked_table(HEADERS, MyTicketsState.rows, _cells, "my-tickets", "Your tickets"),
            rx.cond(
                MyTicketsState.loaded,
                rx.callout("You have no tickets yet. Open one when something goes wrong with an order.", icon="inbox"),
            ),
        ),
    )


PAGE = dict(route=routes.MY_TICKETS, title="My tickets | Support Review Studio", on_load=MyTicketsState.load_tickets)
