"""The studio's draft store: one unsent draft per customer, in the database.
Plain Python on a SQLModel session. What comes back was stored by the server,
but is still checked like input (known fields, lengths, order ownership)."""

import json
from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel import Session

from support_studio.domain import ISSUE_TYPES, as_id
from support_studio.models import StudioDraft, utc_now
from support_studio.ticket_quality import FIELDS_BY_NAME

KEPT_FOR = timedelta(days=14)


@dataclass
class SavedDraft:
    issue_type: str = ""
    order_id: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    # Fields whose flagged spans were cut out before saving: the page says so.
    trimmed: list[str] = field(default_factory=list)


def save(session: Session, account_id: int, draft: SavedDraft) -> None:
    row = session.get(StudioDraft, account_id) or StudioDraft(account_id=account_id, content="")
    row.content = json.dumps(
        {"issue_type": draft.issue_type, "order_id": draft.order_id, "fields": draft.fields, "trimmed": draft.trimmed}
    )
    row.updated_at = utc_now()
    session.add(row)
    session.commit()


def load(session: Session, account_id: int) -> SavedDraft:
    row = session.get(StudioDraft, account_id)
    if row is None or row.updated_at < utc_now() - KEPT_FOR:
        return SavedDraft()
    try:
        saved = json.loads(row.content)
    except ValueError:
        return SavedDraft()
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
    )


def discard(session: Session, account_id: int) -> None:
    row = session.get(StudioDraft, account_id)
    if row is not None:
        session.delete(row)
        session.commit()
