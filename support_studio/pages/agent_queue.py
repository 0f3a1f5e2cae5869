"""The agents' queue: filters, search, sorting and paging, all done in the
database (support_studio.queue); the longest-waiting customer comes first."""

import dataclasses

import reflex as rx

from support_studio import agent_desk, queue
from support_studio.components.layout import page_shell
from support_studio.domain import ISSUE_TYPES, OPEN_TICKET_STATUSES, ORDER_STATUSES, TICKET_STATUSES
from support_studio.formatting import timestamp, waited
from support_studio.models import utc_now
from support_studio.pages.my_tickets import status_badge
from support_studio.states.auth import AuthState
from support_studio.states.thread import leave_desk

PAGE_SIZE = 25
ANY = "any"  # Radix selects can't hold "": stands for "no filter"
REFRESH_MS = 5000  # the open queue re-reads itself this often
SORT_LABELS = {"waiting": "Oldest waiting first", "newest": "Newest first", "activity": "Last activity"}
# Filter name -> the values an agent may pick (checked again by queue.clean_filters).
FILTER_CHOICES = {
    "status": (queue.ACTIVE, queue.ALL, *TICKET_STATUSES),
    "issue_type": (ANY, *ISSUE_TYPES),
    "order_status": (ANY, *ORDER_STATUSES),
    "sort": tuple(SORT_LABELS),
}


@dataclasses.dataclass
class QueueRow:
    number: int
    customer: str
    issue_type: str
    order: str
    order_status: str
    status: str
    status_label: str
    assigned: str
    waiting: str
    last_activity: str


@dataclasses.dataclass
class StatusTab:
    value: str
    label: str


@dataclasses.dataclass
class Choice:
    value: str
    label: str


def _row(row: queue.QueueRow, now) -> QueueRow:
    return QueueRow(
        number=row.number,
        customer=row.customer_name,
        issue_type=ISSUE_TYPES[row.issue_type],
        order=f"#{row.order_id}" if row.order_id else "—",
        order_status=ORDER_STATUSES.get(row.order_status or "", ""),
        status=row.status,
        status_label=TICKET_STATUSES[row.status],
        assigned=row.assigned_agent_name or "—",
        waiting=waited(row.waiting_since, now).replace(" ago", "") if row.waiting_since else "answered",
        last_activity=timestamp(row.last_activity_at),
    )


class AgentQueueState(AuthState):
    status: str = queue.ACTIVE
    issue_type: str = ANY
    order_status: str = ANY
    assigned: str = ANY
    search: str = ""
    sort: str = "waiting"
    page: int = 1
    total: int = 0
    rows: list[QueueRow] = []
    tabs: list[StatusTab] = []
    assignee_choices: list[Choice] = []

    @rx.var
    def page_count(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    def _load(self) -> None:
        agent = self.signed_in_as("agent")
        if agent is None:
            return
        filters = queue.QueueFilters(
            status=self.status,
            issue_type="" if self.issue_type == ANY else self.issue_type,
            order_status="" if self.order_status == ANY else self.order_status,
            assigned="" if self.assigned == ANY else self.assigned,
            search=self.search,
            sort=self.sort,
        )
        with rx.session() as session:
            result = queue.queue_page(session, filters, agent.id, self.page, PAGE_SIZE)
            agents = agent_desk.agents(session)
        now = utc_now()
        self.rows = [_row(row, now) for row in result.rows]
        self.total = result.total
        counts = result.status_counts
        active = sum(counts[status] for status in OPEN_TICKET_STATUSES)
        self.tabs = (
            [StatusTab(queue.ACTIVE, f"Active ({active})")]
            + [StatusTab(key, f"{label} ({counts[key]})") for key, label in TICKET_STATUSES.items()]
            + [StatusTab(queue.ALL, f"All ({sum(counts.values())})")]
        )
        self.assignee_choices = [Choice(ANY, "Anyone"), Choice(queue.UNASSIGNED, "Unassigned"),
                                 Choice(queue.ASSIGNED_TO_VIEWER, "Me")] + [
            Choice(str(a.id), a.display_name) for a in agents
        ]

    @rx.event
    async def load_queue(self):
        if self.signed_in_as("agent") is None:
            return AuthState.require_agent
        await leave_desk(self)  # no longer shown as viewing the last ticket
        self._load()

    @rx.event
    def refresh(self, _tick: str = ""):
        self._load()

    @rx.event
    def set_filter(self, name: str, value: str):
        if self.signed_in_as("agent") is None or not isinstance(value, str):
            return
        if name == "assigned":
            allowed = {choice.value for choice in self.assignee_choices}
        else:
            allowed = set(FILTER_CHOICES.get(name, ()))
        if value in allowed:
            setattr(self, name, value)
            self.page = 1
            self._load()

    @rx.event
    def set_search(self, value: str):
        if self.signed_in_as("agent") is None or not isinstance(value, str):
            return
        self.search = value[: queue.SEARCH_MAX]
        self.page = 1
        self._load()

    @rx.event
    def go_to_page(self, page: int):
        if self.signed_in_as("agent") is None or not isinstance(page, int):
            return
        self.page = min(max(1, page), self.page_count)
        self._load()


def _select(name: str, value, choices, label: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        rx.select.root(
            rx.select.trigger(id=f"filter-{name}", min_width="150px"),
            rx.select.content(choices),
            value=value,
            on_change=lambda v: AgentQueueState.set_filter(name, v),
        ),
        spacing="1",
    )


def _items(labels: dict[str, str], any_label: str) -> list[rx.Component]:
    return [rx.select.item(any_label, value=ANY)] + [rx.select.item(label, value=key) for key, label in labels.items()]


def _filters() -> rx.Component:
    return rx.hstack(
        rx.vstack(
            rx.text("Search", size="1", color_scheme="gray"),
            rx.input(
                id="queue-search",
                value=AgentQueueState.search,
                on_change=AgentQueueState.set_search,
                placeholder="Ticket #, order ID, Telegram link or customer",
                width="320px",
            ),
            spacing="1",
        ),
        _select("issue_type", AgentQueueState.issue_type, _items(ISSUE_TYPES, "Any type"), "Issue type"),
        _select("order_status", AgentQueueState.order_status, _items(ORDER_STATUSES, "Any order status"), "Order status"),
        _select(
            "assigned", AgentQueueState.assigned,
            rx.foreach(AgentQueueState.assignee_choices, lambda c: rx.select.item(c.label, value=c.value)),
            "Assigned to",
        ),
        _select("sort", AgentQueueState.sort, [rx.select.item(l, value=k) for k, l in SORT_LABELS.items()], "Sort"),
        spacing="3",
        wrap="wrap",
        align="end",
    )


def _table_row(row: QueueRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link("#", row.number, href=f"/agent/tickets/{row.number}", weight="bold")),
        rx.table.cell(row.customer),
        rx.table.cell(row.issue_type),
        rx.table.cell(rx.vstack(rx.text(row.order), rx.text(row.order_status, size="1", color_scheme="gray"), spacing="0")),
        rx.table.cell(status_badge(row.status, row.status_label)),
        rx.table.cell(row.assigned),
        rx.table.cell(rx.text(row.waiting, weight="medium"), class_name="waiting"),
        rx.table.cell(rx.text(row.last_activity, size="1")),
        id=f"queue-row-{row.number}",
    )


def agent_queue_page() -> rx.Component:
    return page_shell(
        rx.hstack(
            rx.heading("Queue", size="7"),
            rx.spacer(),
            rx.text(AgentQueueState.total, " tickets", color_scheme="gray", id="queue-total"),
            align="center",
            margin_bottom="1em",
        ),
        rx.hstack(
            rx.foreach(
                AgentQueueState.tabs,
                lambda tab: rx.button(
                    tab.label,
                    size="1",
                    variant=rx.cond(AgentQueueState.status == tab.value, "solid", "soft"),
                    on_click=AgentQueueState.set_filter("status", tab.value),
                ),
            ),
            wrap="wrap",
            spacing="2",
            id="status-tabs",
            margin_bottom="1em",
        ),
        _filters(),
        rx.card(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[rx.table.column_header_cell(h) for h in
                          ("Ticket", "Customer", "Type", "Order", "Status", "Assigned", "Waiting", "Last activity")]
                    )
                ),
                rx.table.body(rx.foreach(AgentQueueState.rows, _table_row)),
                width="100%",
                id="queue",
            ),
            margin_top="1em",
        ),
        rx.hstack(
            rx.button("Previous", variant="soft", on_click=AgentQueueState.go_to_page(AgentQueueState.page - 1),
                      disabled=AgentQueueState.page <= 1),
            rx.text("Page ", AgentQueueState.page, " of ", AgentQueueState.page_count, size="2"),
            rx.button("Next", variant="soft", on_click=AgentQueueState.go_to_page(AgentQueueState.page + 1),
                      disabled=AgentQueueState.page >= AgentQueueState.page_count),
            align="center",
            justify="center",
            spacing="3",
            margin_top="1em",
        ),
        # Re-reads the queue while it is open, so new tickets and replies show up.
        rx.moment(interval=REFRESH_MS, on_change=AgentQueueState.refresh, display="none"),
        width="1300px",
    )


PAGE = dict(route="/agent", title="Queue | Support Review Studio", on_load=AgentQueueState.load_queue)
