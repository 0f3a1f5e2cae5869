"""The agents' ticket queue: filtered, searched, sorted, counted and paged in
the database, never in Python. Plain Python on a SQLModel session (no Reflex),
and only portable SQL, so it runs unchanged on SQLite and PostgreSQL."""

import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select

from support_studio.domain import ISSUE_TYPES, ACTIVE_TICKET_STATUSES, ORDER_STATUSES, TICKET_STATUSES, as_id
from support_studio.models import Account, Order, Ticket
from support_studio.telegram import parse_target
from support_studio.tickets import escape_like, order_link_matches

ACTIVE = "active"  # the statuses still being worked (ACTIVE_TICKET_STATUSES)
ALL = "all"
UNASSIGNED = "unassigned"
ASSIGNED_TO_VIEWER = "me"
SORTS = ("waiting", "newest", "activity")
SEARCH_MAX = 200
PAGE_SIZE_MAX = 100
# Larger numbers cannot be a ticket or order ID (and SQLite could not bind them).
_TICKET_OR_ORDER_NUMBER = re.compile(r"#?\s*([0-9]+)")


@dataclass(frozen=True)
class QueueFilters:
    status: str = ACTIVE  # ACTIVE, ALL or a TICKET_STATUSES key
    issue_type: str = ""  # "" or an ISSUE_TYPES key
    order_status: str = ""  # "" or an ORDER_STATUSES key of the ticket's order
    assigned: str = ""  # "" any, UNASSIGNED, ASSIGNED_TO_VIEWER or an agent's account id
    # A ticket number ("#123" or "123") or order ID, a Telegram target in any
    # pasted form, or a customer's username (prefix) or display name (contains).
    search: str = ""
    sort: str = "waiting"  # one of SORTS


@dataclass(frozen=True)
class QueueRow:
    number: int
    subject: str
    customer_name: str
    issue_type: str
    order_id: int | None
    order_status: str | None
    status: str
    assigned_agent_name: str | None
    created_at: datetime
    last_activity_at: datetime
    waiting_since: datetime | None
    telegram_target: str | None


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    page: int
    page_size: int
    total: int  # tickets matching every filter, on all pages
    # Tickets per status (every TICKET_STATUSES key) matching every filter
    # except the status one: the numbers on the status tabs.
    status_counts: dict[str, int]


def clean_filters(filters: QueueFilters) -> QueueFilters:
    """The filters with every unknown value replaced by its default."""
    defaults = QueueFilters()
    assigned = filters.assigned.strip()
    return QueueFilters(
        status=filters.status if filters.status in (ACTIVE, ALL, *TICKET_STATUSES) else defaults.status,
        issue_type=filters.issue_type if filters.issue_type in ISSUE_TYPES else defaults.issue_type,
        order_status=(
            filters.order_status if filters.order_status in ORDER_STATUSES else defaults.order_status
        ),
        assigned=(
            assigned
            if assigned in (UNASSIGNED, ASSIGNED_TO_VIEWER) or as_id(assigned) is not None
            else defaults.assigned
        ),
        search=filters.search[:SEARCH_MAX].strip(),
        sort=filters.sort if filters.sort in SORTS else defaults.sort,
    )


def queue_page(
    session: Session, filters: QueueFilters, viewer_id: int, page: int = 1, page_size: int = 25
) -> QueuePage:
    """One page of the queue for the agent `viewer_id`, with the status counts."""
    filters = clean_filters(filters)
    page = max(1, page)
    page_size = min(max(1, page_size), PAGE_SIZE_MAX)
    conditions = _conditions(filters, viewer_id)

    counted = session.exec(
        select(Ticket.status, func.count())
        .where(col(Ticket.status).in_(TICKET_STATUSES), *conditions)
        .group_by(Ticket.status)
    ).all()
    status_counts = dict.fromkeys(TICKET_STATUSES, 0) | dict(counted)
    statuses = _statuses(filters.status)
    # The status filter picks tabs, so the total is their sum: no second count query.
    total = sum(status_counts[status] for status in statuses)
    offset = (page - 1) * page_size
    ids = _page_ids(session, statuses, conditions, filters.sort, offset, page_size) if offset < total else []
    return QueuePage(_rows(session, ids), page, page_size, total, status_counts)


def _statuses(status_filter: str) -> tuple[str, ...]:
    if status_filter == ALL:
        return tuple(TICKET_STATUSES)
    if status_filter == ACTIVE:
        return ACTIVE_TICKET_STATUSES
    return (status_filter,)


def _page_ids(
    session: Session, statuses: tuple[str, ...], conditions: list, sort: str, offset: int, limit: int
) -> list[int]:
    """The page's ticket numbers in order, read from each sort segment it spans.

    Every segment is ordered by columns of one (status, ..., id) index, so the
    database walks that index per status and stops after the page instead of
    sorting every matching ticket."""
    ids: list[int] = []
    for segment_condition, order in _SORT_SEGMENTS[sort]:
        where = (col(Ticket.status).in_(statuses), segment_condition, *conditions)
        found = session.exec(
            select(Ticket.id).where(*where).order_by(*order).offset(offset).limit(limit - len(ids))
        ).all()
        ids += found
        if len(ids) == limit:
            break
        # The next segment continues from its start, unless the page starts
        # past this segment's end: only then is this segment counted.
        if offset and not found:
            offset -= session.exec(select(func.count()).select_from(Ticket).where(*where)).one()
        else:
            offset = 0
    return ids


def _rows(session: Session, ids: list[int]) -> list[QueueRow]:
    """Names and the order joined to just the page's tickets, in page order."""
    if not ids:
        return []
    customer, agent = aliased(Account), aliased(Account)
    statement = (
        select(
            Ticket.id, Ticket.subject, customer.display_name, Ticket.issue_type, Ticket.order_id, Order.status,
            Ticket.status, agent.display_name, Ticket.created_at, Ticket.last_activity_at,
            Ticket.waiting_since, Ticket.telegram_target,
        )
        .join(customer, col(Ticket.customer_id) == customer.id)
        .outerjoin(Order, col(Ticket.order_id) == Order.id)
        .outerjoin(agent, col(Ticket.assigned_agent_id) == agent.id)
        .where(col(Ticket.id).in_(ids))
    )
    rows = {row[0]: QueueRow(*row) for row in session.exec(statement)}
    return [rows[ticket_id] for ticket_id in ids if ticket_id in rows]


def _conditions(filters: QueueFilters, viewer_id: int) -> list:
    """WHERE conditions for every filter except status (the counts group by it)."""
    conditions = []
    if filters.issue_type:
        conditions.append(Ticket.issue_type == filters.issue_type)
    if filters.order_status:
        # EXISTS, not IN: the planner then keeps walking the ticket indexes in
        # sort order instead of starting from every order with that status.
        conditions.append(
            select(Order.id)
            .where(Order.id == Ticket.order_id, Order.status == filters.order_status)
            .exists()
        )
    if filters.assigned == UNASSIGNED:
        conditions.append(col(Ticket.assigned_agent_id).is_(None))
    elif filters.assigned == ASSIGNED_TO_VIEWER:
        conditions.append(Ticket.assigned_agent_id == viewer_id)
    elif filters.assigned:
        conditions.append(Ticket.assigned_agent_id == as_id(filters.assigned))
    if filters.search:
        conditions.append(_search_condition(filters.search))
    return conditions


def _search_condition(text: str):
    number = _TICKET_OR_ORDER_NUMBER.fullmatch(text)
    if number:
        # Exact integer matches, so the primary key and ix_ticket_order_id answer.
        value = as_id(number.group(1))
        if value is None:
            return sa.false()
        return sa.or_(Ticket.id == value, Ticket.order_id == value)
    name = escape_like(text.removeprefix("@"))
    matches = [
        col(Ticket.customer_id).in_(
            select(Account.id).where(
                sa.or_(
                    col(Account.username).ilike(name + "%", escape="\\"),
                    col(Account.display_name).ilike("%" + name + "%", escape="\\"),
                )
            )
        )
    ]
    # A payment reference, exactly as the provider wrote it (indexed).
    matches.append(Ticket.payment_reference == text)
    try:
        target = parse_target(text)
    except ValueError:
        return sa.or_(*matches)
    # Tickets store the canonical target (indexed, exact); orders keep the link as
    # submitted, and a post link also finds the orders of its channel.
    order_ids = select(Order.id).where(order_link_matches(target.owner))
    matches += [Ticket.telegram_target == target.canonical, col(Ticket.order_id).in_(order_ids)]
    return sa.or_(*matches)





# Each sort is a list of segments, (condition, ORDER BY), read one after the
# other. Waiting: customers waiting, the longest waiting first; then tickets
# nobody waits on (waiting_since NULL), the longest quiet first. Two segments
# instead of one ORDER BY keep NULLs out of the ordering (NULLS LAST is not
# portable) and let each follow an index.
_SORT_SEGMENTS = {
    "waiting": (
        (col(Ticket.waiting_since).is_not(None), (col(Ticket.waiting_since), col(Ticket.id))),
        (col(Ticket.waiting_since).is_(None), (col(Ticket.last_activity_at), col(Ticket.id))),
    ),
    "newest": ((sa.true(), (col(Ticket.created_at).desc(), col(Ticket.id).desc())),),
    "activity": ((sa.true(), (col(Ticket.last_activity_at).desc(), col(Ticket.id).desc())),),
}
