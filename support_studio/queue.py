"""The agents' ticket queue: filtered, searched, sorted, counted and paged in
the database, never in Python. Plain Python on a SQLModel session (no Reflex),
and only portable SQL, so it runs unchanged on SQLite and PostgreSQL."""

import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import Select

from support_studio.domain import ACTIVE_TICKET_STATUSES, ISSUE_TYPES, ORDER_STATUSES, TICKET_STATUSES, as_id
from support_studio.models import Account, Order, Ticket
from support_studio.telegram import parse_target
from support_studio.tickets import escape_like, order_link_matches

ACTIVE = "active"  # the statuses still being worked (ACTIVE_TICKET_STATUSES)
ALL = "all"
UNASSIGNED = "unassigned"
# The queue's own limits; ticket_quality's are the form's.
ASSIGNED_TO_VIEWER = "me"
SORTS = ("waiting", "newest", "activity")
SEARCH_MAX = 200
PAGE_SIZE_MAX = 100
# A search's matching customers, orders and tickets up to this many are looked up first.
LOOKUP_MAX = 100
# Larger numbers cannot be a ticket or order ID (and SQLite could not bind them).
# "48222", "#48222", "order 48222", "Ticket #5", "48,222": a ticket's or an order's number.
_TICKET_OR_ORDER_NUMBER = re.compile(
    r"(?:(?:order|ticket)\s*)?(?:#|№|no\.?\s)?\s*([0-9]{1,3}(?:[,. ][0-9]{3})+|[0-9]+)", re.IGNORECASE
)
# A payment reference has a digit; part of one, in any case, finds it ("9d2m44lb" finds "CARD-9D2M44LB").
_REFERENCE_PART = re.compile(r"(?=.*[0-9])[\w-]{4,}")


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
        order_status=(filters.order_status if filters.order_status in ORDER_STATUSES else defaults.order_status),
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
    conditions = _conditions(session, filters, viewer_id)

    # One count per status, not GROUP BY status: each then reads its own range
    # of a (filter, status) index. With GROUP BY, SQLite may rather scan the
    # whole table in status order to skip sorting the groups.
    counted = session.exec(
        select(
            *(
                select(func.count()).select_from(Ticket).where(Ticket.status == status, *conditions).scalar_subquery()
                for status in TICKET_STATUSES
            )
        )
    ).one()
    status_counts = dict(zip(TICKET_STATUSES, counted, strict=True))
    statuses = _statuses(filters.status)
    # The status filter picks tabs, so the total is their sum: no second count query.
    total = sum(status_counts[status] for status in statuses)
    offset = (page - 1) * page_size
    ids = []
    if offset < total:
        # The All tab checks no status, so it walks the sort indexes alone.
        if len(statuses) < len(TICKET_STATUSES):
            conditions.append(col(Ticket.status).in_(statuses))
        ids = _page_ids(session, conditions, _SORT_SEGMENTS[filters.sort], offset, page_size, total)
    return QueuePage(_rows(session, ids), page, page_size, total, status_counts)


def _statuses(status_filter: str) -> tuple[str, ...]:
    if status_filter == ALL:
        return tuple(TICKET_STATUSES)
    if status_filter == ACTIVE:
        return ACTIVE_TICKET_STATUSES
    return (status_filter,)


@dataclass(frozen=True)
class _Segment:
    """A stretch of a sort order: the tickets meeting `condition`, ordered by
    `columns` (the last one the ticket number), ascending or descending."""

    condition: sa.ColumnElement[bool]
    columns: tuple
    descending: bool = False

    def backwards(self) -> "_Segment":
        return _Segment(self.condition, self.columns, not self.descending)

    def order_by(self) -> list:
        return [column.desc() if self.descending else column.asc() for column in self.columns]


def _page_ids(
    session: Session, conditions: list, segments: tuple[_Segment, ...], offset: int, page_size: int, total: int
) -> list[int]:
    """The page's ticket numbers in order: `total` tickets match and the page
    starts at `offset` (< total).

    A page past the middle is read backwards from the end (each segment in
    reverse order, the last segment first), so the last page costs what the
    first one does and no page walks much more than half of the tickets."""
    limit = min(page_size, total - offset)
    from_end = total - offset - limit
    if from_end < offset:
        backwards = tuple(segment.backwards() for segment in reversed(segments))
        return _read(session, conditions, backwards, from_end, limit)[::-1]
    return _read(session, conditions, segments, offset, limit)


def _read(session: Session, conditions: list, segments: tuple[_Segment, ...], offset: int, limit: int) -> list[int]:
    """`limit` ticket numbers from `offset` on, read from each segment the page
    spans. Each segment follows an index in its own order, so the database
    stops after the page instead of sorting every matching ticket."""
    ids: list[int] = []
    for segment in segments:
        where = (segment.condition, *conditions)
        found = session.exec(
            select(Ticket.id).where(*where).order_by(*segment.order_by()).offset(offset).limit(limit - len(ids))
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
            Ticket.id,
            Ticket.subject,
            customer.display_name,
            Ticket.issue_type,
            Ticket.order_id,
            Order.status,
            Ticket.status,
            agent.display_name,
            Ticket.created_at,
            Ticket.last_activity_at,
            Ticket.waiting_since,
            Ticket.telegram_target,
        )
        .join(customer, col(Ticket.customer_id) == customer.id)
        .outerjoin(Order, col(Ticket.order_id) == Order.id)
        .outerjoin(agent, col(Ticket.assigned_agent_id) == agent.id)
        .where(col(Ticket.id).in_(ids))
    )
    rows = {row[0]: QueueRow(*row) for row in session.exec(statement)}
    return [rows[ticket_id] for ticket_id in ids if ticket_id in rows]


def _conditions(session: Session, filters: QueueFilters, viewer_id: int) -> list:
    """WHERE conditions for every filter except status (the counts group by it)."""
    conditions = []
    if filters.issue_type:
        conditions.append(Ticket.issue_type == filters.issue_type)
    if filters.order_status:
        # The order's status as copied onto the ticket (order_status.copy_to_tickets).
        conditions.append(Ticket.order_status == filters.order_status)
    if filters.assigned == UNASSIGNED:
        conditions.append(col(Ticket.assigned_agent_id).is_(None))
    elif filters.assigned == ASSIGNED_TO_VIEWER:
        conditions.append(Ticket.assigned_agent_id == viewer_id)
    elif filters.assigned:
        conditions.append(Ticket.assigned_agent_id == as_id(filters.assigned))
    if filters.search:
        conditions.append(_search_condition(session, filters.search))
    return conditions


def _search_condition(session: Session, text: str):
    """The search as a condition on the ticket. What it can match (customers
    by name, tickets by target, orders by link) is looked up first, in one
    statement, and only the kinds that found something are OR-ed; then the
    tickets themselves: most searches find a few, and the counts and pages
    read just those by number, whatever the planner's statistics say."""
    number = _TICKET_OR_ORDER_NUMBER.fullmatch(text)
    if number:
        value = as_id(re.sub(r"[,. ]", "", number.group(1)))
        matches = [] if value is None else [Ticket.id == value, Ticket.order_id == value]
        # Digits alone may be part of a payment reference too ("05874826" of "CARD-05874826").
        if _REFERENCE_PART.fullmatch(text):
            matches.append(_reference_contains(text))
        if not matches:
            return sa.false()
    else:
        name = escape_like(text.removeprefix("@"))
        # kind of match -> (the ticket column it gives, what to look up)
        lookups = {
            "customer": (
                col(Ticket.customer_id),
                select(Account.id).where(
                    sa.or_(
                        col(Account.username).ilike(name + "%", escape="\\"),
                        col(Account.display_name).ilike("%" + name + "%", escape="\\"),
                    )
                ),
            ),
        }
        if _REFERENCE_PART.fullmatch(text):
            lookups["payment"] = (
                col(Ticket.id),
                select(Ticket.id).where(_reference_contains(text)),
            )
        try:
            target = parse_target(text)
        except ValueError:
            target = None
        canonical = target.canonical if target else None
        if target:
            # Tickets store the canonical target (indexed, exact); orders keep the link as
            # submitted, and a post link also finds the orders of its channel.
            lookups["target"] = (None, select(Ticket.id).where(Ticket.telegram_target == canonical))
            lookups["order"] = (col(Ticket.order_id), select(Order.id).where(order_link_matches(target.owner)))
        found = _look_up(session, {kind: ids for kind, (_, ids) in lookups.items()})
        matches = [
            Ticket.telegram_target == canonical
            if column is None
            # Very many: the subquery itself (it then runs in every statement).
            else column.in_(found[kind] if len(found[kind]) <= LOOKUP_MAX else ids)
            for kind, (column, ids) in lookups.items()
            if found[kind]
        ]
        if not matches:
            return sa.false()
    condition = sa.or_(*matches)
    tickets = _look_up(session, {"ticket": select(Ticket.id).where(condition)})["ticket"]
    return col(Ticket.id).in_(tickets) if len(tickets) <= LOOKUP_MAX else condition


def _reference_contains(text: str):
    return col(Ticket.payment_reference).ilike("%" + escape_like(text) + "%", escape="\\")


def _look_up(session: Session, lookups: dict[str, Select]) -> dict[str, list[int]]:
    """Up to LOOKUP_MAX + 1 IDs for each lookup (each selects one `id`
    column), all in one statement."""
    parts = []
    for kind, ids in lookups.items():
        limited = ids.limit(LOOKUP_MAX + 1).subquery()
        parts.append(select(sa.literal(kind, sa.String).label("kind"), limited.c.id))
    found: dict[str, list[int]] = {kind: [] for kind in lookups}
    for kind, found_id in session.exec(sa.union_all(*parts) if len(parts) > 1 else parts[0]):
        found[kind].append(found_id)
    return found


# Each sort is a list of segments read one after the other. Waiting: customers
# waiting, the longest waiting first; then tickets nobody waits on
# (waiting_since NULL), the longest quiet first. Two segments instead of one
# ORDER BY keep NULLs out of the ordering (NULLS LAST is not portable) and let
# each follow an index.
_SORT_SEGMENTS = {
    "waiting": (
        _Segment(col(Ticket.waiting_since).is_not(None), (col(Ticket.waiting_since), col(Ticket.id))),
        _Segment(col(Ticket.waiting_since).is_(None), (col(Ticket.last_activity_at), col(Ticket.id))),
    ),
    "newest": (_Segment(sa.true(), (col(Ticket.created_at), col(Ticket.id)), descending=True),),
    "activity": (_Segment(sa.true(), (col(Ticket.last_activity_at), col(Ticket.id)), descending=True),),
}
