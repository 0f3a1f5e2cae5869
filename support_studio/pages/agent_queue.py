"""The agents' queue: filters, search, sorting and paging, all done in the
database (support_studio.queue); the longest-waiting customer comes first."""

import dataclasses

import reflex as rx

from support_studio import agent_desk, evidence, queue, routes
from support_studio.components.badges import status_badge
from support_studio.components.fields import native_select, search_box
from support_studio.components.layout import page_shell
from support_studio.components.tables import stacked_table
from support_studio.domain import ACTIVE_TICKET_STATUSES, ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES
from support_studio.formatting import timestamp, waited
from support_studio.models import utc_now
from support_studio.states import live
from support_studio.states.auth import AuthState
from support_studio.states.views import Choice
from support_studio.text_hygiene import text_argument

PAGE_SIZE = 25
ANY = "any"  # a select's value for "no filter"
REFRESH_MS = 5000  # the open queue re-reads itself this often
SEARCH_ID = "queue-search"
SORT_LABELS = {"waiting": "Oldest waiting first", "newest": "Newest first", "activity": "Last activity"}
# Filter name -> the values an agent may pick (checked again by queue.clean_filters).
FILTER_CHOICES = {
    "status": (queue.ACTIVE, queue.ALL, *TICKET_STATUSES),
    "issue_type": (ANY, *ISSUE_TYPES),
    "order_status": (ANY, *ORDER_STATUSES),
    "sort": tuple(SORT_LABELS),
}
HEADERS = ["Ticket", "Subject", "Customer", "Order", "Status", "Assigned", "Files", "Waiting", "Last activity"]


@dataclasses.dataclass
class QueueLine:
    """One queue row as the page shows it."""

    number: int
    subject: str
    customer: str
    order: str
    order_status: str
    status: str
    status_label: str
    assigned: str
    files: int
    waiting: str
    last_activity: str


def _line(row: queue.QueueRow, files: int, now) -> QueueLine:
    return QueueLine(
        number=row.number,
        subject=row.subject or ISSUE_TYPES[row.issue_type],
        customer=row.customer_name,
        order=f"#{row.order_id}" if row.order_id else "—",
        order_status=ORDER_STATUSES.get(row.order_status or "", ""),
        status=row.status,
        status_label=TICKET_STATUSES[row.status],
        assigned=row.assigned_agent_name or "—",
        files=files,
        waiting=waited(row.waiting_since, now).replace(" ago", "") if row.waiting_since else "answered",
        last_activity=timestamp(row.last_activity_at),
    )


# Focus fallen to the page's body, or left on a button now disabled or a row now gone (the
# browser moves it off them only later), goes to the first ticket of the page, else to the search.
_FOCUS_IF_LOST = (
    "requestAnimationFrame(() => { const at = document.activeElement;"
    " if (at && at !== document.body && at.isConnected && !at.disabled) return;"
    f" (document.querySelector('#queue a[href]') || document.getElementById('{SEARCH_ID}'))?.focus(); }})"
)


def _page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


class AgentQueueState(AuthState):
    status: str = queue.ACTIVE
    issue_type: str = ANY
    order_status: str = ANY
    assigned: str = ANY
    sort: str = "waiting"
    page: int = 1
    page_note: str = ""  # why the page shown is not the one asked for
    total: int = 0
    rows: list[QueueLine] = []
    tabs: list[Choice] = []
    assignee_choices: list[Choice] = []
    search: str = ""  # shown in the search box when the agent comes back to the queue

    @rx.var
    def narrowed(self) -> bool:
        """A search or a filter (beyond the status tab) narrows the list."""
        return bool(self.search) or (self.issue_type, self.order_status, self.assigned) != (ANY, ANY, ANY)

    @rx.var
    def page_count(self) -> int:
        return _page_count(self.total)

    def _load(self, page: int | None = None) -> bool:
        """The queue's page `page`, or (a refresh) the page shown, which may have emptied since
        (then True)."""
        agent = self._signed_in_as("agent")
        if agent is None:
            return False
        filters = queue.QueueFilters(
            status=self.status,
            issue_type="" if self.issue_type == ANY else self.issue_type,
            order_status="" if self.order_status == ANY else self.order_status,
            assigned="" if self.assigned == ANY else self.assigned,
            search=self.search,
            sort=self.sort,
        )
        with rx.session() as session:
            result = queue.queue_page(session, filters, agent.id, page or self.page, PAGE_SIZE)
            last_page = _page_count(result.total)
            if result.page > last_page:  # emptied since it was asked for (tickets left it): the last one
                result = queue.queue_page(session, filters, agent.id, last_page, PAGE_SIZE)
            files = evidence.attachment_counts(session, [row.number for row in result.rows])
            agents = agent_desk.agents(session)
        now = utc_now()
        self.rows = [_line(row, files.get(row.number, 0), now) for row in result.rows]
        self.total = result.total
        emptied = page is None and result.page < self.page
        if emptied:  # tickets left it: the last page is shown, and said
            self.page_note = f" (page {self.page} emptied as tickets left it)"
        elif page is not None or _page_count(result.total) > result.page:  # asked for, or no longer true
            self.page_note = ""
        self.page = result.page
        counts = result.status_counts
        active = sum(counts[status] for status in ACTIVE_TICKET_STATUSES)
        self.tabs = (
            [Choice(queue.ACTIVE, f"Active ({active})")]
            + [Choice(key, f"{label} ({counts[key]})") for key, label in TICKET_STATUSES.items()]
            + [Choice(queue.ALL, f"All ({sum(counts.values())})")]
        )
        self.assignee_choices = [
            Choice(ANY, "Anyone"),
            Choice(queue.UNASSIGNED, "Unassigned"),
            Choice(queue.ASSIGNED_TO_VIEWER, "Me"),
        ] + [Choice(str(a.id), a.display_name) for a in agents]
        return emptied

    @rx.event
    async def load_queue(self, token: str = ""):
        agent, redirect = await self._require(token, "agent", AgentQueueState.load_queue)
        if agent is None:
            return redirect
        await live.unfollow(self)  # no longer shown as viewing the last ticket
        self._load(self.page)

    @rx.event
    def refresh(self, _tick: str = ""):
        if self._load():  # the row or the button that had focus may be gone with the page
            return rx.call_script(_FOCUS_IF_LOST)

    @rx.event
    def set_filter(self, name: str, value: str):
        if self._signed_in_as("agent") is None or not isinstance(value, str):
            return
        if name == "assigned":
            allowed = {choice.value for choice in self.assignee_choices}
        else:
            allowed = set(FILTER_CHOICES.get(name, ()))
        if value in allowed:
            setattr(self, name, value)
            self._load(1)

    @rx.event
    def clear_search_and_filters(self):
        if self._signed_in_as("agent") is None:
            return
        self.search, self.issue_type, self.order_status, self.assigned = "", ANY, ANY, ANY
        self._load(1)
        return [rx.set_value(SEARCH_ID, ""), rx.set_focus(SEARCH_ID)]

    @rx.event
    def set_search(self, value: str):
        value = text_argument(value, queue.SEARCH_MAX)
        if self._signed_in_as("agent") is None or value is None:
            return
        self.search = value
        self._load(1)

    @rx.event
    def go_to_page(self, page: int):
        if self._signed_in_as("agent") is None or not isinstance(page, int) or isinstance(page, bool):
            return
        self._load(min(max(1, page), self.page_count))
        # The button pressed may now be disabled: focus goes to the one that still moves.
        if self.page >= self.page_count and self.page > 1:
            return rx.set_focus("queue-previous")
        if self.page <= 1 and self.page_count > 1:
            return rx.set_focus("queue-next")


S = AgentQueueState


def _select(name: str, label: str, value, *options) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=f"filter-{name}", class_name="rt-Text rt-r-size-1"),
        native_select(*options, id=f"filter-{name}", value=value, on_change=lambda v: S.set_filter(name, v)),
        spacing="1",
        class_name="queue-filter",  # two to a row on a phone (assets/styles.css)
    )


def _options(labels: dict[str, str], any_label: str) -> list[rx.Component]:
    return [rx.el.option(any_label, value=ANY)] + [rx.el.option(label, value=key) for key, label in labels.items()]


def _filters() -> rx.Component:
    return rx.flex(
        search_box(
            SEARCH_ID,
            "Search",
            S.set_search,
            "Ticket, order, link, payment ref or name",
            searched=S.search,
            width=rx.breakpoints(initial="100%", sm="340px"),
        ),
        _select("issue_type", "Issue type", S.issue_type, *_options(ISSUE_TYPES, "Any type")),
        _select("order_status", "Order status", S.order_status, *_options(ORDER_STATUSES, "Any order status")),
        _select(
            "assigned",
            "Assigned to",
            S.assigned,
            rx.foreach(S.assignee_choices, lambda c: rx.el.option(c.label, value=c.value)),
        ),
        _select("sort", "Sort", S.sort, *[rx.el.option(label, value=key) for key, label in SORT_LABELS.items()]),
        spacing="3",
        wrap="wrap",
        align="end",
    )


def _cells(line: QueueLine) -> list:
    return [
        rx.link("#", line.number, href=routes.agent_ticket(line.number), weight="bold", class_name="ticket-link"),
        # The subject opens the ticket too, as in My tickets: a bigger target on a phone (UX audit 11, F11).
        rx.link(rx.el.bdi(line.subject), href=routes.agent_ticket(line.number)),
        line.customer,
        rx.vstack(rx.text(line.order), rx.text(line.order_status, size="1", color_scheme="gray"), spacing="0"),
        status_badge(line.status, line.status_label),
        line.assigned,
        rx.cond(line.files > 0, rx.text(rx.icon("paperclip", size=12, aria_hidden="true"), " ", line.files), "—"),
        rx.text(line.waiting, weight="medium", class_name="waiting"),
        rx.text(line.last_activity, size="1"),
    ]


def agent_queue_page() -> rx.Component:
    return page_shell(
        rx.flex(
            rx.heading("Queue", as_="h1", size="7"),
            rx.spacer(),
            rx.text(
                S.total,
                rx.cond(S.total == 1, " ticket", " tickets"),
                color_scheme="gray",
                id="queue-total",
                role="status",
            ),
            align="center",
            margin_bottom="1em",
        ),
        rx.flex(
            rx.foreach(
                S.tabs,
                lambda tab: rx.button(
                    tab.label,
                    size="1",
                    variant=rx.cond(S.status == tab.value, "solid", "soft"),
                    aria_pressed=rx.cond(S.status == tab.value, "true", "false"),
                    on_click=S.set_filter("status", tab.value),
                ),
            ),
            wrap="wrap",
            spacing="2",
            id="status-tabs",
            role="group",
            aria_label="Ticket status",
            margin_bottom="1em",
        ),
        _filters(),
        rx.box(stacked_table(HEADERS, S.rows, _cells, "queue", "Tickets in the queue"), margin_top="1em"),
        rx.cond(
            S.total == 0,
            rx.callout.root(
                rx.callout.icon(rx.icon("search-x")),
                rx.callout.text(
                    rx.cond(S.narrowed, "No tickets match this search and these filters.", "No tickets in this list.")
                ),
                rx.cond(
                    S.narrowed,
                    rx.button(
                        "Clear search and filters", size="1", variant="soft", on_click=S.clear_search_and_filters
                    ),
                ),
                color_scheme="gray",
                id="queue-empty",
                margin_top="1em",
            ),
        ),
        rx.hstack(
            rx.button(
                "Previous", variant="soft", on_click=S.go_to_page(S.page - 1), disabled=S.page <= 1, id="queue-previous"
            ),
            # Said when it changes: Next and Previous change the table above without a word.
            rx.text("Page ", S.page, " of ", S.page_count, S.page_note, size="2", role="status", id="queue-page"),
            rx.button(
                "Next",
                variant="soft",
                on_click=S.go_to_page(S.page + 1),
                disabled=S.page >= S.page_count,
                id="queue-next",
            ),
            align="center",
            justify="center",
            spacing="3",
            margin_top="1em",
        ),
        # Re-reads the queue while it is open, so new tickets and replies show up.
        rx.moment(interval=REFRESH_MS, on_change=S.refresh, display="none"),
        width="1300px",
    )


PAGE = dict(route=routes.QUEUE, title="Queue | Support Review Studio", on_load=S.load_queue)
