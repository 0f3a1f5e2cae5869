"""Which agents have a ticket open and who is typing a reply on it. Plain Python
on a SQLModel session, in the database so every worker sees the same thing.

An open page sends a heartbeat every HEARTBEAT_SECONDS; a row older than
PRESENT_FOR is a page that closed or lost its connection and is no longer
shown, so an agent disappears at most PRESENT_FOR + HEARTBEAT_SECONDS after
leaving, even when nothing told the server."""

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, delete, select

from support_studio.models import Account, Presence, utc_now

HEARTBEAT_SECONDS = 8
PRESENT_FOR = timedelta(seconds=18)
TYPING_FOR = timedelta(seconds=8)


@dataclass(frozen=True)
class Present:
    name: str
    typing: bool


def _row(session: Session, ticket_id: int, page_key: str) -> Presence | None:
    return session.exec(select(Presence).where(Presence.ticket_id == ticket_id, Presence.page_key == page_key)).first()


def heartbeat(session: Session, ticket_id: int, agent_id: int, page_key: str, typing: bool | None = None) -> bool:
    """This page is open on the ticket (and typing, if `typing`); True when others
    should be told (the page just arrived or its typing changed)."""
    now = utc_now()
    row = _row(session, ticket_id, page_key)
    arrived = row is None or row.seen_at < now - PRESENT_FOR
    if row is None:
        row = Presence(ticket_id=ticket_id, agent_id=agent_id, page_key=page_key)
    was_typing = row.typing_until is not None and row.typing_until > now
    row.seen_at = now
    if typing is not None:
        # Renewed at most every few seconds: a keystroke need not write each time.
        if typing and (not was_typing or row.typing_until < now + TYPING_FOR / 2):
            row.typing_until = now + TYPING_FOR
        elif not typing:
            row.typing_until = None
    session.add(row)
    session.commit()
    return arrived or (typing is not None and typing != was_typing)


def leave(session: Session, page_key: str) -> list[int]:
    """This page left whatever ticket it had open; the tickets it left."""
    tickets = list(session.exec(select(Presence.ticket_id).where(Presence.page_key == page_key)))
    if tickets:
        session.exec(delete(Presence).where(Presence.page_key == page_key))
        session.commit()
    return tickets


def present(session: Session, ticket_id: int) -> list[Present]:
    """The agents with the ticket open now, each once, typing if any of their pages types."""
    now = utc_now()
    rows = session.exec(
        select(Account.display_name, Presence.typing_until)
        .join(Account, col(Presence.agent_id) == Account.id)
        .where(Presence.ticket_id == ticket_id, Presence.seen_at >= now - PRESENT_FOR)
    ).all()
    typing: dict[str, bool] = {}
    for name, typing_until in rows:
        typing[name] = typing.get(name, False) or (typing_until is not None and typing_until > now)
    return [Present(name, typing[name]) for name in sorted(typing)]


def forget_stale(session: Session) -> None:
    """Drop rows of pages long gone (housekeeping; reads already ignore them)."""
    session.exec(delete(Presence).where(Presence.seen_at < utc_now() - 10 * PRESENT_FOR))
    session.commit()
