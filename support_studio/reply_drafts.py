"""Unsent thread replies, kept as they are typed so that a reload or a reconnect
(which starts the tab afresh, sometimes under a new token) puts them back; gone
once sent or emptied, or after a day. No Reflex import."""

from datetime import timedelta

from sqlmodel import Session, delete

from support_studio.models import ReplyDraft, utc_now


def keep(session: Session, account_id: int, ticket_id: int, body: str, trimmed: bool) -> None:
    """Keep `body` as the account's unsent reply on the ticket; an empty one (the reply
    was sent or emptied) keeps nothing. `body` must already be screened (flagged spans
    cut out, `trimmed` then True)."""
    draft = session.get(ReplyDraft, (account_id, ticket_id))
    if not body.strip():
        if draft is not None:
            session.delete(draft)
            session.commit()
        return
    draft = draft or ReplyDraft(account_id=account_id, ticket_id=ticket_id)
    draft.body, draft.trimmed, draft.updated_at = body, trimmed, utc_now()
    session.add(draft)
    session.commit()


def kept(session: Session, account_id: int, ticket_id: int) -> tuple[str, bool] | None:
    """The account's unsent reply on the ticket (body, trimmed), or None."""
    draft = session.get(ReplyDraft, (account_id, ticket_id))
    return None if draft is None else (draft.body, draft.trimmed)


def remove_stale(session: Session, older_than: timedelta) -> None:
    """Drop replies kept longer than `older_than` (no page came back for them)."""
    session.exec(delete(ReplyDraft).where(ReplyDraft.updated_at < utc_now() - older_than))
    session.commit()
