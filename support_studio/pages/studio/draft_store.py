"""The studio's draft store: one unsent draft per customer, in the database.
Plain Python on a SQLModel session. What comes back was stored by the server,
but is still checked like input (known fields, lengths, order ownership)."""

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from support_studio.domain import ISSUE_TYPES, as_id
from support_studio.models import StudioDraft, Ticket, utc_now
from support_studio.ticket_quality import FIELDS_BY_NAME

KEPT_FOR = timedelta(days=14)


@dataclass
class SavedDraft:
    issue_type: str = ""
    order_id: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    # Fields whose flagged spans were cut out before saving: the page says so.
    trimmed: list[str] = field(default_factory=list)
    revision: int = 0  # of the stored draft this was loaded from (0: none)


def save(session: Session, account_id: int, draft: SavedDraft, over: int | None = None) -> int | None:
    """Store `draft` over revision `over` of the customer's draft (0: there is none) and
    return the new revision; None, storing nothing, when another tab saved (or sent, or
    started over) since: the tab was left behind and must not overwrite that. `over`
    None stores it whatever is there (the customer chose to keep this tab's)."""
    content = json.dumps(
        {"issue_type": draft.issue_type, "order_id": draft.order_id, "fields": draft.fields, "trimmed": draft.trimmed}
    )
    row = session.get(StudioDraft, account_id)
    if row is None:
        if over:
            return None  # sent or started over in another tab
        session.add(StudioDraft(account_id=account_id, content=content, revision=1))
        session.commit()
        return 1
    # One statement, so two tabs saving at once can't both find the revision they expect.
    table = StudioDraft.__table__
    statement = (
        update(table)
        .where(table.c.account_id == account_id, *([table.c.revision == over] if over is not None else []))
        .values(content=content, updated_at=utc_now(), revision=table.c.revision + 1)
        .returning(table.c.revision)
    )
    revision = session.execute(statement).scalar_one_or_none()
    session.commit()
    return revision


def load(session: Session, account_id: int) -> SavedDraft:
    row = session.get(StudioDraft, account_id)
    if row is None:
        return SavedDraft()
    if row.updated_at < utc_now() - KEPT_FOR:
        return SavedDraft(revision=row.revision)  # too old to bring back; a save goes over it
    try:
        saved = json.loads(row.content)
    except ValueError:
        return SavedDraft(revision=row.revision)
    fields = saved.get("fields") if isinstance(saved.get("fields"), dict) else {}
    return SavedDraft(
        issue_type=saved.get("issue_type") if saved.get("issue_type") in ISSUE_TYPES else "",
        order_id=as_id(saved.get("order_id")),
        fields={
            name: value[: FIELDS_BY_NAME[name].limit]
            for name, value in fields.items()
            if name in FIELDS_BY_NAME and isinstance(value, str)
        },
        trimmed=[name for name in saved.get("trimmed") or [] if name in FIELDS_BY_NAME],
        revision=row.revision,
    )


def sent_since(session: Session, account_id: int, since: datetime) -> int:
    """The newest ticket the customer sent since `since` (0: none): a tab left behind
    may hold the draft another tab sent, and must say so rather than send it again."""
    statement = (
        select(Ticket.id)
        .where(Ticket.customer_id == account_id, Ticket.created_at >= since)
        .order_by(col(Ticket.id).desc())
        .limit(1)
    )
    return session.exec(statement).first() or 0


def discard(session: Session, account_id: int) -> None:
    row = session.get(StudioDraft, account_id)
    if row is not None:
        session.delete(row)
        session.commit()
