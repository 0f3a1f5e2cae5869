"""Attachments in the database: staged, attached to a message, listed, and shown
only to those allowed. Plain Python on a SQLModel session, no Reflex.

The life of a file:
1. the browser uploads it; the server checks it (`check_evidence`) and calls
   `stage_file`: bytes stored under random keys, a row with message_id NULL,
   tied to the uploading account (commits);
2. the customer (or agent) may remove it before sending: `discard_staged`;
3. the message is stored: in the SAME transaction as the Message row,
   `attach_staged` ties the account's own staged files to it; if anything
   fails, the rollback leaves the files staged and the message unsent, so a
   message and its files are stored together or not at all:

       message = Message(ticket_id=..., author_id=account.id, body=body)
       session.add(message)
       attach_staged(session, account.id, message, file_ids)  # flushes, no commit
       session.commit()                                       # both, or neither

   (`store_message_with_files` does exactly this, rolling back on any error);
4. staged files never attached are swept after STAGED_LIFETIME by
   `remove_stale_staged` (run it from a periodic task).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from support_studio import routes
from support_studio.evidence.checking import MAX_FILES_PER_MESSAGE, CheckedFile, EvidenceRefused
from support_studio.evidence.storage import FileStorage, new_key, valid_key
from support_studio.models import Account, Attachment, Message, Ticket, utc_now

MAX_STAGED_PER_ACCOUNT = 20  # files uploaded but not yet sent, per account
STAGED_LIFETIME = timedelta(days=1)
FILES_PATH = routes.FILES  # where make_file_routes serves them

STAGING_REASONS = {
    "too_many_staged": "You have many files waiting to be sent. Send or remove some before adding more.",
    "not_staged": "One of the files is no longer waiting to be sent: attach it again.",
}


def _refuse(code: str) -> EvidenceRefused:
    return EvidenceRefused(code, STAGING_REASONS.get(code))


# Where a staged file waits to be sent: the new ticket, or one ticket's reply box.
NEW_TICKET_PLACE = "new-ticket"


def ticket_place(ticket_id: int) -> str:
    return f"ticket-{ticket_id}"


def staged_files(session: Session, account_id: int, staged_for: str = "") -> list[Attachment]:
    """The account's files waiting to be sent from one place (the new ticket, one
    ticket's reply: a file attached for one is never sent with another), oldest first."""
    return list(
        session.exec(
            select(Attachment)
            .where(
                Attachment.account_id == account_id,
                col(Attachment.message_id).is_(None),
                Attachment.staged_for == staged_for,
            )
            .order_by(col(Attachment.id))
        )
    )


def stage_file(
    session: Session, storage: FileStorage, account_id: int, checked: CheckedFile, staged_for: str = ""
) -> Attachment:
    """Store a checked file's bytes (and thumbnail) under random keys and record
    it as staged for this account, waiting at `staged_for`. Commits. Raises
    EvidenceRefused when the account already has MAX_STAGED_PER_ACCOUNT files waiting."""
    waiting = session.exec(
        select(func.count(col(Attachment.id))).where(
            Attachment.account_id == account_id, col(Attachment.message_id).is_(None)
        )
    ).one()
    if waiting >= MAX_STAGED_PER_ACCOUNT:
        raise _refuse("too_many_staged")
    storage_key = new_key()
    thumb_key = new_key() if checked.thumbnail else None
    storage.put(storage_key, checked.data)
    try:
        if thumb_key:
            storage.put(thumb_key, checked.thumbnail)
        row = Attachment(
            file_id=new_key(),
            account_id=account_id,
            staged_for=staged_for[:32],
            name=checked.name,
            mime_type=checked.mime_type,
            size=checked.size,
            width=checked.width,
            height=checked.height,
            pages=checked.pages,
            storage_key=storage_key,
            thumb_key=thumb_key,
        )
        session.add(row)
        session.commit()
    except BaseException:
        session.rollback()
        storage.delete(storage_key)
        if thumb_key:
            storage.delete(thumb_key)
        raise
    session.refresh(row)
    return row


def discard_staged(session: Session, storage: FileStorage, account_id: int, file_id: str) -> bool:
    """Remove one of the account's own staged files (the × on a thumbnail
    before sending). False when there is no such staged file. Commits."""
    if not valid_key(file_id):
        return False
    row = session.exec(
        select(Attachment).where(
            Attachment.file_id == file_id,
            Attachment.account_id == account_id,
            col(Attachment.message_id).is_(None),
        )
    ).first()
    if row is None:
        return False
    keys = [row.storage_key, row.thumb_key]
    session.delete(row)
    session.commit()
    _delete_blobs(storage, keys)
    return True


def attach_staged(
    session: Session, account_id: int, message: Message, file_ids: Iterable[str], staged_for: str = ""
) -> list[Attachment]:
    """Tie the account's own files staged at `staged_for` to `message`, inside the
    caller's transaction (flushes, never commits). Raises EvidenceRefused, and the
    caller rolls back, when more than MAX_FILES_PER_MESSAGE would be on the
    message or any ID is not a file this account has staged there (someone else's,
    staged for another ticket, already sent, discarded or unknown). The author of
    the message must be the account."""
    ids = list(dict.fromkeys(file_ids))
    if not ids:
        return []
    if message.author_id != account_id:
        raise ValueError("files are attached only to the uploader's own message")
    if message.id is None:
        session.add(message)
        session.flush()
    already = session.exec(select(func.count(col(Attachment.id))).where(Attachment.message_id == message.id)).one()
    if already + len(ids) > MAX_FILES_PER_MESSAGE:
        raise EvidenceRefused("too_many")
    if not all(valid_key(file_id) for file_id in ids):
        raise _refuse("not_staged")
    now = utc_now()
    # One statement: a file two messages try to claim at once goes to one of them only
    # (the other's WHERE no longer matches once the first commits).
    result = session.exec(
        sa.update(Attachment)
        .where(
            col(Attachment.file_id).in_(ids),
            Attachment.account_id == account_id,
            col(Attachment.message_id).is_(None),
            Attachment.staged_for == staged_for,
        )
        .values(message_id=message.id, attached_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(ids):
        raise _refuse("not_staged")
    rows = session.exec(
        select(Attachment).where(col(Attachment.file_id).in_(ids)).execution_options(populate_existing=True)
    ).all()
    order = {file_id: index for index, file_id in enumerate(ids)}
    return sorted(rows, key=lambda row: order[row.file_id])


def store_message_with_files(
    session: Session, message: Message, account_id: int, file_ids: Iterable[str]
) -> list[Attachment]:
    """Add a message and attach the account's staged files in one transaction
    and commit; on any error roll back (nothing stored, files stay staged)."""
    try:
        session.add(message)
        session.flush()
        attached = attach_staged(session, account_id, message, file_ids)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.refresh(message)
    return attached


def attachments_for_messages(session: Session, message_ids: Iterable[int]) -> dict[int, list[Attachment]]:
    """The attachments of these messages, by message ID, in upload order.
    The caller has already decided the viewer may see these messages."""
    ids = list({int(i) for i in message_ids if i is not None})
    if not ids:
        return {}
    grouped: dict[int, list[Attachment]] = {}
    rows = session.exec(select(Attachment).where(col(Attachment.message_id).in_(ids)).order_by(col(Attachment.id)))
    for row in rows:
        grouped.setdefault(row.message_id, []).append(row)
    return grouped


def attachment_counts(session: Session, ticket_ids: Iterable[int], include_internal: bool = True) -> dict[int, int]:
    """How many files each ticket's thread holds (for the queue row); tickets
    without files are left out. include_internal=False counts only what the
    customer sees."""
    ids = list({int(i) for i in ticket_ids if i is not None})
    if not ids:
        return {}
    statement = (
        select(Message.ticket_id, func.count(col(Attachment.id)))
        .join(Message, col(Attachment.message_id) == Message.id)
        .where(col(Message.ticket_id).in_(ids))
        .group_by(Message.ticket_id)
    )
    if not include_internal:
        statement = statement.where(col(Message.internal).is_(False))
    return {ticket_id: count for ticket_id, count in session.exec(statement)}


def attachment_for_viewer(session: Session, file_id: str, account: Account | None) -> Attachment | None:
    """The attachment, only for someone allowed to see it: a staged file for
    the account that uploaded it; an attached file for the ticket's customer
    (not on internal notes) or any agent. None for everyone else, for unknown
    or malformed IDs, and for no account."""
    if account is None or account.id is None or not valid_key(file_id):
        return None
    row = session.exec(select(Attachment).where(Attachment.file_id == file_id)).first()
    if row is None:
        return None
    if row.message_id is None:
        return row if row.account_id == account.id else None
    found = session.exec(
        select(Message, Ticket).join(Ticket, col(Message.ticket_id) == Ticket.id).where(Message.id == row.message_id)
    ).first()
    if found is None:
        return None
    message, ticket = found
    if account.role == "agent":
        return row
    if message.internal:
        return None
    return row if ticket.customer_id == account.id else None


def remove_stale_staged(
    session: Session, storage: FileStorage, older_than: timedelta = STAGED_LIFETIME, now: datetime | None = None
) -> int:
    """Delete staged files never attached within `older_than` (rows first,
    committed, then their bytes). Returns how many were removed."""
    cutoff = (now or utc_now()) - older_than
    stale = list(
        session.exec(select(Attachment).where(col(Attachment.message_id).is_(None), Attachment.created_at < cutoff))
    )
    keys = [key for row in stale for key in (row.storage_key, row.thumb_key)]
    for row in stale:
        session.delete(row)
    session.commit()
    _delete_blobs(storage, keys)
    return len(stale)


def _delete_blobs(storage: FileStorage, keys: Iterable[str | None]) -> None:
    for key in keys:
        if key:
            try:
                storage.delete(key)
            except OSError:
                pass  # an orphaned blob is harmless: nothing points at it


# ------------------------------------------------------------ for the UI


@dataclass(frozen=True)
class AttachmentView:
    """What a thread shows for one file."""

    file_id: str
    name: str
    mime_type: str
    size: int
    size_label: str  # "1.4 MB"
    type_label: str  # "PNG image", "PDF"
    is_image: bool
    url: str  # full file (inline for images, download for PDFs)
    thumb_url: str | None  # small WebP preview, images only
    width: int | None
    height: int | None


_TYPE_LABELS = {
    "image/png": "PNG image",
    "image/jpeg": "JPEG image",
    "image/webp": "WebP image",
    "application/pdf": "PDF",
}


def size_label(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def file_url(file_id: str, thumb: bool = False) -> str:
    return routes.file(file_id, thumbnail=thumb)


def view(row: Attachment) -> AttachmentView:
    is_image = row.mime_type.startswith("image/")
    return AttachmentView(
        file_id=row.file_id,
        name=row.name,
        mime_type=row.mime_type,
        size=row.size,
        size_label=size_label(row.size),
        type_label=_TYPE_LABELS.get(row.mime_type, row.mime_type),
        is_image=is_image,
        url=file_url(row.file_id),
        thumb_url=file_url(row.file_id, thumb=True) if row.thumb_key else None,
        width=row.width,
        height=row.height,
    )
