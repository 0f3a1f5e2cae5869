"""Passwords and sign-in sessions. Plain Python on a SQLModel session, no Reflex.

Passwords are bcrypt hashes. A browser holds a random token; the database keeps
only its SHA-256, so a leaked database can't be replayed as a sign-in."""

import hashlib
import secrets
from datetime import timedelta

import bcrypt
from sqlmodel import Session, select

from support_studio.models import Account, SignInSession, utc_now

SESSION_LIFETIME = timedelta(days=14)
# bcrypt reads at most 72 bytes; longer passwords are refused rather than cut.
MAX_PASSWORD_BYTES = 72


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def _password_matches(password: str, password_hash: str) -> bool:
    encoded = password.encode()
    if len(encoded) > MAX_PASSWORD_BYTES:
        return False
    return bcrypt.checkpw(encoded, password_hash.encode())


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def authenticate(session: Session, username: str, password: str) -> Account | None:
    """The account for these credentials, or None (same answer for either mistake)."""
    account = session.exec(
        select(Account).where(Account.username == username.strip().lower())
    ).first()
    if account is None or not _password_matches(password, account.password_hash):
        return None
    return account


def start_session(session: Session, account: Account) -> str:
    """Record a new sign-in and return the token the browser keeps."""
    token = secrets.token_urlsafe(32)
    session.add(
        SignInSession(
            token_hash=_token_hash(token),
            account_id=account.id,
            expires_at=utc_now() + SESSION_LIFETIME,
        )
    )
    session.commit()
    return token


def account_for_token(session: Session, token: str) -> Account | None:
    """The signed-in account behind a browser token, if the sign-in is still valid."""
    if not token or len(token) > 128:
        return None
    sign_in = session.exec(
        select(SignInSession).where(SignInSession.token_hash == _token_hash(token))
    ).first()
    if sign_in is None or sign_in.expires_at <= utc_now():
        return None
    return session.get(Account, sign_in.account_id)


def end_session(session: Session, token: str) -> None:
    sign_in = session.exec(
        select(SignInSession).where(SignInSession.token_hash == _token_hash(token))
    ).first()
    if sign_in is not None:
        session.delete(sign_in)
        session.commit()
