"""The server's own secret and the names derived from it. No Reflex import.

The secret comes from SUPPORT_STUDIO_SECRET, else it is generated once and kept
in the database, so it survives restarts and is the same on every worker. It
names the live channels a page links to: a name is an HMAC of the ticket
number, so nobody can derive a channel's name from a ticket number, and the
names never reach a browser."""

import hashlib
import hmac
import os
import secrets

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from support_studio.models import ServerSecret

ENVIRONMENT_VARIABLE = "SUPPORT_STUDIO_SECRET"
_ROW_NAME = "server"
_cached: bytes | None = None


def server_secret(session: Session) -> bytes:
    global _cached
    if _cached is None:
        from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "")
        _cached = (from_environment or _stored_secret(session)).encode()
    return _cached


def _stored_secret(session: Session) -> str:
    row = session.get(ServerSecret, _ROW_NAME)
    if row is None:
        try:
            session.add(ServerSecret(name=_ROW_NAME, value=secrets.token_hex(32)))
            session.commit()
        except IntegrityError:  # another worker generated it first: use theirs
            session.rollback()
        row = session.get(ServerSecret, _ROW_NAME)
    return row.value


def channel_name(secret: bytes, kind: str, ticket_id: int) -> str:
    """The live channel of one ticket ("thread" or "desk"). Hex only: no
    underscore (Reflex refuses those) and never the shape of a browser's token."""
    digest = hmac.new(secret, f"{kind}:{ticket_id}".encode(), hashlib.sha256).hexdigest()
    return f"ch{digest[:48]}"
