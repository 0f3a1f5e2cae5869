"""Passwords and sign-in sessions. Plain Python on a SQLModel session, no Reflex.

Passwords are bcrypt hashes. A browser holds a random token; the database (and
the server's state) keeps only its SHA-256, so neither can be replayed as a
sign-in."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

import bcrypt
from sqlmodel import Session, select

from support_studio.models import Account, SignInSession, utc_now
from support_studio.throttle import Throttle

SESSION_LIFETIME = timedelta(days=14)
# The browser keeps its token in localStorage for the app, and in this cookie,
# scoped to the attachment routes (/files), for the file requests it makes itself.
FILES_COOKIE = "support_studio_files"
# ... and in this one, scoped to the websocket's path, so a page load needs no
# round trip to ask for it (asgi_guard.HandshakeSignIn).
SOCKET_COOKIE = "support_studio_socket"
# bcrypt reads at most 72 bytes; longer passwords are refused rather than cut.
MAX_PASSWORD_BYTES = 72
USERNAME_MAX = 64
PASSWORD_MAX = 256
WRONG_CREDENTIALS = "That username and password don't match an account."


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


# Checked against when the username is unknown, so an unknown name costs the same
# bcrypt work as a wrong password and answers in the same time.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _password_matches(password: str, password_hash: str) -> bool:
    encoded = password.encode()
    if len(encoded) > MAX_PASSWORD_BYTES:
        encoded = encoded[:MAX_PASSWORD_BYTES] + b"\0"  # never equal, same work
    return (
        bcrypt.checkpw(encoded[:MAX_PASSWORD_BYTES], password_hash.encode())
        and len(password.encode()) <= MAX_PASSWORD_BYTES
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def authenticate(session: Session, username: str, password: str) -> Account | None:
    """The account for these credentials, or None (same answer and the same time
    for an unknown username and a wrong password)."""
    account = session.exec(select(Account).where(Account.username == username.strip().lower())).first()
    matches = _password_matches(password, account.password_hash if account else _DUMMY_HASH)
    return account if account is not None and matches else None


@dataclass(frozen=True)
class SignInResult:
    account: Account | None = None
    token: str = ""  # for the browser only: never kept on the server
    error: str = ""
    device_proof: str = ""  # for the browser to keep (Throttle.new_device_proof)


def sign_in(
    session: Session, throttle: Throttle, username: str, password: str, address: str, device_proof: str = ""
) -> SignInResult:
    """Check the credentials under the failed-attempt limits and start a session.
    `device_proof` is what the browser kept from an earlier sign-in, if any."""
    if not username.strip() or not password:
        return SignInResult(error="Enter your username and password.")
    # A browser that kept its proof, or an address the username signed in from before.
    device = device_proof if throttle.known_device(username, device_proof) else ""
    known = bool(device) or throttle.known_address(username, address)
    wait = throttle.sign_in_attempt(username, address, known=known, device=device)
    if wait:
        return SignInResult(error=wait)
    account = authenticate(session, username[:USERNAME_MAX], password[:PASSWORD_MAX])
    if account is None:
        throttle.sign_in_failed(username, address, known=known, device=device)
        return SignInResult(error=WRONG_CREDENTIALS)
    throttle.sign_in_succeeded(username, address, device=device)
    proof = throttle.new_device_proof(username, device)
    return SignInResult(account, start_session(session, account), device_proof=proof)


def start_session(session: Session, account: Account) -> str:
    """Record a new sign-in and return the token the browser keeps."""
    token = secrets.token_urlsafe(32)
    session.add(
        SignInSession(
            token_hash=token_hash(token),
            account_id=account.id,
            expires_at=utc_now() + SESSION_LIFETIME,
        )
    )
    session.commit()
    return token


def _sign_in_row(session: Session, hashed: str) -> SignInSession | None:
    if not hashed:
        return None
    return session.exec(select(SignInSession).where(SignInSession.token_hash == hashed)).first()


def sign_in_expired(session: Session, hashed: str) -> bool:
    """The sign-in behind a token's hash ran out of time (it was not ended: a sign-out deletes it)."""
    sign_in_row = _sign_in_row(session, hashed)
    return sign_in_row is not None and sign_in_row.expires_at <= utc_now()


def account_for_token_hash(session: Session, hashed: str) -> Account | None:
    """The signed-in account behind a token's hash, if the sign-in is still valid."""
    sign_in_row = _sign_in_row(session, hashed)
    if sign_in_row is None or sign_in_row.expires_at <= utc_now():
        return None
    return session.get(Account, sign_in_row.account_id)


def account_for_token(session: Session, token: str) -> Account | None:
    """The signed-in account behind a browser token, if the sign-in is still valid."""
    if not isinstance(token, str) or not token or len(token) > 128:
        return None
    return account_for_token_hash(session, token_hash(token))


def end_session(session: Session, hashed: str) -> None:
    """Sign out: the token behind this hash no longer signs anyone in."""
    sign_in_row = session.exec(select(SignInSession).where(SignInSession.token_hash == hashed)).first()
    if sign_in_row is not None:
        session.delete(sign_in_row)
        session.commit()
