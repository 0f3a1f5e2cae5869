"""Each ticket keeps a copy of its order's status (Ticket.order_status), so the
queue filters and counts tickets by order status from the ticket row and its
indexes, without joining every ticket to its order. This is the one place that
copy is written. Plain Python on a SQLModel session (no Reflex)."""

import sqlalchemy as sa
from sqlmodel import Session, col, select

from support_studio.models import Order, Ticket


def copy_to_tickets(session: Session, order_id: int | None) -> None:
    """Copy the order's current status onto every ticket about it, in the
    session's transaction (pending changes are flushed first).

    Call it after a ticket with an order is added (once it is flushed) and
    after anything changes an order's status; without an order it does nothing."""
    if order_id is None:
        return
    session.execute(
        sa.update(Ticket)
        .where(col(Ticket.order_id) == order_id)
        .values(order_status=select(Order.status).where(Order.id == order_id).scalar_subquery()),
        # Tickets already loaded in this session see the new value too.
        execution_options={"synchronize_session": "fetch"},
    )
