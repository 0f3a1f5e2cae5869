"""Database tables. Plain SQLModel (rx.Model is deprecated) and portable types
only, so the same migrations run on SQLite and PostgreSQL."""

from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Field, SQLModel

from support_studio.text_hygiene import clean_text


def utc_now() -> datetime:
    """Timestamps are aware and stored as UTC (SQLModel's UTCDateTime)."""
    return datetime.now(UTC)


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    display_name: str = Field(max_length=120)
    email: str = Field(max_length=254)
    password_hash: str = Field(max_length=128)
    role: str = Field(max_length=16)  # "customer" or "agent"
    created_at: datetime = Field(default_factory=utc_now)


class SignInSession(SQLModel, table=True):
    """A signed-in browser. Only a hash of its token is kept."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    created_at: datetime = Field(default_factory=utc_now)
    expires_at: datetime


class Service(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=160, unique=True)
    category: str = Field(max_length=32)  # members, views, reactions...
    target_kind: str = Field(max_length=16)  # channel, post or bot
    rate_cents_per_1000: int
    refill_days: int | None = None  # None: no refill
    refill_partial: bool = False
    cancel_allowed: bool = False
    cancel_while_processing: bool = False
    start_hours: int
    speed_per_day: int
    expected_drop_percent: int | None = None
    terms_note: str = Field(max_length=400)  # the terms as the panel words them


class Order(SQLModel, table=True):
    __tablename__ = "panel_order"  # "order" is an SQL keyword

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="account.id", index=True)
    service_id: int = Field(foreign_key="service.id")
    link: str = Field(max_length=512)
    quantity: int
    start_count: int | None = None
    remains: int
    status: str = Field(max_length=16, index=True)
    charge_cents: int
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    started_at: datetime | None = None
    completed_at: datetime | None = None


class Payment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="account.id", index=True)
    reference: str = Field(max_length=80, unique=True)
    method: str = Field(max_length=32)
    amount_cents: int
    status: str = Field(max_length=16)  # completed, pending, failed
    created_at: datetime = Field(default_factory=utc_now)


class Ticket(SQLModel, table=True):
    __table_args__ = (
        # One ticket per submitted draft: a double click on send can't make two.
        sa.UniqueConstraint("customer_id", "submission_key"),
        # The queue pages a status tab by status, then by last activity or by age.
        sa.Index("ix_ticket_status_activity", "status", "last_activity_at", "id"),
        sa.Index("ix_ticket_status_created", "status", "created_at", "id"),
        # Tabs of several statuses (active, all) walk these in sort order, checking
        # the status (and, for the quiet stretch of the waiting sort, that nobody
        # waits) in the index itself.
        sa.Index("ix_ticket_created", "created_at", "id", "status"),
        sa.Index("ix_ticket_activity", "last_activity_at", "id", "status", "waiting_since"),
        # Customers waiting, the longest first. Partial: "waiting_since IS NULL"
        # must not look like a selective lookup in any index (SQLite would pick it
        # for the 90% of tickets nobody waits on, then sort them all).
        sa.Index(
            "ix_ticket_waiting",
            "waiting_since",
            "id",
            "status",
            sqlite_where=sa.text("waiting_since IS NOT NULL"),
            postgresql_where=sa.text("waiting_since IS NOT NULL"),
        ),
        # Status counts per filter, each read from one index without the table
        # (issue type with order status too: the two an agent combines most).
        sa.Index("ix_ticket_issue_status", "issue_type", "status", "order_status"),
        sa.Index("ix_ticket_order_status", "order_status", "status"),
        sa.Index("ix_ticket_assigned_status", "assigned_agent_id", "status"),
        sa.Index("ix_ticket_customer_status", "customer_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)  # the ticket number
    customer_id: int = Field(foreign_key="account.id", index=True)
    issue_type: str = Field(max_length=16)
    subject: str = Field(default="", max_length=120)
    order_id: int | None = Field(default=None, foreign_key="panel_order.id", index=True)
    # The order's status, copied here for the queue (order_status.copy_to_tickets).
    order_status: str | None = Field(default=None, max_length=16)
    payment_reference: str | None = Field(default=None, max_length=80, index=True)
    # What the customer says they paid (payment tickets); the record may differ.
    payment_amount_cents: int | None = None
    payment_method: str | None = Field(default=None, max_length=32)
    payment_date: date | None = None
    telegram_target: str | None = Field(default=None, max_length=512, index=True)
    reported_status: str | None = Field(default=None, max_length=16)
    reported_count: int | None = None  # the count the customer saw when writing
    summary: str = Field(sa_type=sa.Text)
    already_checked: str = Field(default="", sa_type=sa.Text)
    status: str = Field(default="open", max_length=24, index=True)
    assigned_agent_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    submission_key: str = Field(max_length=64)
    # A fingerprint of what was sent under submission_key: the same key with
    # other content is refused instead of landing on this ticket.
    content_hash: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    last_activity_at: datetime = Field(default_factory=utc_now)
    # Since when the customer has been waiting for support; None once answered.
    waiting_since: datetime | None = None
    last_support_reply_at: datetime | None = None
    customer_seen_at: datetime | None = None  # replies after this are unread


class Message(SQLModel, table=True):
    """A thread entry: a reply the customer sees, an agents-only note, or a
    recorded change (status, assignment)."""

    __table_args__ = (sa.Index("ix_message_ticket_created", "ticket_id", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id")
    author_id: int = Field(foreign_key="account.id")
    kind: str = Field(default="reply", max_length=8)  # reply, note or event
    internal: bool = False  # True: only agents ever see it
    body: str = Field(sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utc_now)


class AuditEntry(SQLModel, table=True):
    """Who did what to a ticket, when: every agent action, append-only."""

    __table_args__ = (sa.Index("ix_auditentry_ticket_created", "ticket_id", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id")
    actor_id: int = Field(foreign_key="account.id")
    action: str = Field(max_length=24)  # opened, reply, note, status, assign, ...
    detail: str = Field(default="", max_length=400)
    created_at: datetime = Field(default_factory=utc_now)


class ServerSecret(SQLModel, table=True):
    """Secrets the server generates once and every worker shares (when the
    environment does not provide them)."""

    name: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=128)


class RateLimitCounter(SQLModel, table=True):
    """Fixed-window counters of the rate limiter (support_studio.throttle)."""

    key: str = Field(primary_key=True, max_length=255)
    count: int = 0
    expires_at: float = 0.0  # Unix time the window ends


class Presence(SQLModel, table=True):
    """An agent's open page on a ticket, refreshed by a heartbeat while it stays open."""

    __table_args__ = (sa.UniqueConstraint("ticket_id", "page_key"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    agent_id: int = Field(foreign_key="account.id")
    page_key: str = Field(max_length=64)  # a hash of the page's connection, never the raw token
    seen_at: datetime = Field(default_factory=utc_now)
    typing_until: datetime | None = None


class StudioDraft(SQLModel, table=True):
    """A customer's unsent ticket, so a new tab or a new day can pick it up.
    Holds only what screening let through: flagged spans are cut out first."""

    account_id: int = Field(primary_key=True, foreign_key="account.id")
    content: str = Field(sa_type=sa.Text)  # JSON: issue type, order, fields, trimmed fields
    updated_at: datetime = Field(default_factory=utc_now)
    # One more at every save: a tab that saves on top of a revision it never saw was left behind.
    revision: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class ReplyDraft(SQLModel, table=True):
    """A reply (and an agent's note) typed in a ticket's thread and not sent when the
    page reloaded or reconnected (which starts the tab afresh); the page takes it back on load.
    Holds only what screening let through: flagged spans are cut out first."""

    account_id: int = Field(primary_key=True, foreign_key="account.id")
    ticket_id: int = Field(primary_key=True, foreign_key="ticket.id")
    body: str = Field(sa_type=sa.Text)
    trimmed: bool = False  # flagged spans were cut out: the page says so
    updated_at: datetime = Field(default_factory=utc_now)
    # An agent's internal note typed beside the reply, kept the same way (screened first).
    note: str = Field(default="", sa_type=sa.Text, sa_column_kwargs={"server_default": ""})


class Attachment(SQLModel, table=True):
    """A checked file (screenshot or PDF receipt). Staged (message_id None, tied
    to the uploading account) until the message it belongs to is stored; then
    attached in the same transaction. The bytes live in private file storage
    under random keys, never under the uploader's file name."""

    __table_args__ = (
        # Staged files of an account, and the sweep of old staged files.
        sa.Index("ix_attachment_account_staged", "account_id", "message_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    file_id: str = Field(max_length=64, unique=True, index=True)  # random, in the file's URL
    account_id: int = Field(foreign_key="account.id")  # who uploaded it
    message_id: int | None = Field(default=None, foreign_key="message.id", index=True)
    name: str = Field(max_length=120)  # cleaned display name
    mime_type: str = Field(max_length=64)  # of the stored bytes, decided from the content
    size: int  # bytes stored
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    # Where a staged file waits to be sent ("new-ticket", "ticket-12"): it comes back only there.
    staged_for: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})
    storage_key: str = Field(max_length=64)  # random key of the bytes in file storage
    thumb_key: str | None = Field(default=None, max_length=64)  # WebP thumbnail, images only
    created_at: datetime = Field(default_factory=utc_now)
    attached_at: datetime | None = None


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session, _flush_context, _instances) -> None:
    """The audit trail is append-only, and every text column is stored without
    control or bidi characters, whoever wrote it."""
    if any(isinstance(row, AuditEntry) for row in (*session.dirty, *session.deleted)):
        raise PermissionError("The audit trail is append-only.")
    for row in (*session.new, *session.dirty):
        for name, value in vars(row).items():
            if isinstance(value, str) and not name.startswith("_"):
                cleaned = clean_text(value)
                if cleaned != value:
                    setattr(row, name, cleaned)
