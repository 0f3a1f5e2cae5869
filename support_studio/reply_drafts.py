"""Unsent thread replies (and agents' internal notes), kept as they are typed so that a reload or a reconnect
(which starts the tab afresh, sometimes under a new token) puts them back; gone
once sent or emptied, or after a day. No Reflex import."""

from datetime import timedelta

from sqlmodel import Session, delete

from support_studio.models import ReplyDraft, utc_now


def keep(session: Session, account_id: int, ticket_id: int, body: str, trimmed: bool) -> None:
    """Keep `body` as the account's unsent reply on the ticket; an empty one (the reply
    was sent or emptied) keeps nothing. `body` must already be screened (flagged spans
    cut out, `trimmed` then True)."""
    _keep(session, account_id, ticket_id, body=body, trimmed=trimmed)


def keep_note(session: Session, account_id: int, ticket_id: int, note: str) -> None:
    """Keep `note` as the agent's unsent internal note on the ticket (screened first)."""
    _keep(session, account_id, ticket_id, note=note)


def _keep(session: Session, account_id: int, ticket_id: int, **values) -> None:
    """The draft with `values` set; gone once neither a reply nor a note is left."""
    existing = session.get(ReplyDraft, (account_id, ticket_id))
    draft = existing or ReplyDraft(account_id=account_id, ticket_id=ticket_id, body="")
    for name, value in values.items():
        setattr(draft, name, value)
    if not draft.body.strip() and not draft.note.strip():
        if existing is not None:
            session.delete(existing)
            session.commit()
        return
    draft.updated_at = utc_now()
    session.add(draft)
    session.commit()


def kept(session: Session, account_id: int, ticket_id: int) -> tuple[str, bool] | None:
    """The account's unsent reply on the ticket (body, trimmed), or None."""
    draft = session.get(ReplyDraft, (account_id, ticket_id))
    return None if draft is None or not draft.body else (draft.body, draft.trimmed)


def kept_note(session: Session, account_id: int, ticket_id: int) -> str:
    """The agent's unsent note on the ticket ("" when none)."""
    draft = session.get(ReplyDraft, (account_id, ticket_id))
    return "" if draft is None else draft.note


def remove_stale(session: Session, older_than: timedelta) -> None:
    """Drop replies kept longer than `older_than` (no page came back for them)."""
    session.exec(delete(ReplyDraft).where(ReplyDraft.updated_at < utc_now() - older_than))
    session.commit()
