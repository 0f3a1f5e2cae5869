"""Abuse limits: sign-in attempts per username and address, per username and per
client address; new tickets, messages and attached files per account. Built on the
`limits` package (fixed windows), with its counters in the database, or in Redis
when the app runs on several workers with Redis, so every worker sees the same
counts. No Reflex import: the app hands in its engine (and Redis URL).

Sign-in attempts: each tier is a window; once a tier's attempts are used up the
next attempt waits until that window ends, so the wait grows with the failures
(1 minute after 5, 5 minutes after 10, a 15-minute lock after 15, for one username
from one address, or from one browser that signed in as it before; a success clears
those)."""

import hashlib
import hmac
import math
import random
import secrets
import time
from dataclasses import dataclass

import limits
import limits.storage
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from support_studio.models import RateLimitCounter

# Per username and address: a stranger's wrong guesses never lock the owner out elsewhere.
SIGN_IN_TIERS = (limits.parse("5/minute"), limits.parse("10/5 minutes"), limits.parse("15/15 minutes"))
# Per username from every address together: guessing spread over many addresses.
ACCOUNT_TIERS = (limits.parse("100/hour"),)
# The same for attempts from a known browser or address (which a stranger can't fill up to lock
# the owner out): higher, but a ceiling all the same, should a browser's proof be copied.
KNOWN_ACCOUNT_TIERS = (limits.parse("300/hour"),)
# An address a username signed in from is remembered this long (a counter used as a mark):
# from there, a new browser of the owner (a private window, a second desk) is known too.
KNOWN_ADDRESS = limits.parse("1000000/30 days")
# A browser's device proof (a random value, new at each sign-in) is remembered as long, as a mark.
KNOWN_DEVICE = KNOWN_ADDRESS
# Many people can share one address (an office, a mobile carrier): a wider budget.
ADDRESS_TIERS = (limits.parse("20/minute"), limits.parse("40/5 minutes"), limits.parse("60/15 minutes"))


@dataclass(frozen=True)
class AccountLimit:
    limit: limits.RateLimitItem
    what: str  # "new tickets", as in "You can open 10 new tickets an hour"


ACCOUNT_LIMITS = {
    "ticket": AccountLimit(limits.parse("10/hour"), "You can open 10 tickets an hour"),
    "message": AccountLimit(limits.parse("30/minute"), "You can send 30 messages a minute"),
    # Each picture and each PDF page is read by OCR (up to a few seconds of CPU): one account's budget.
    "file": AccountLimit(limits.parse("30/10 minutes"), "You can attach 30 screenshots or PDF pages every 10 minutes"),
}


class SqlStorage(limits.storage.Storage):
    """Fixed-window counters in the rate_limit_counter table, one upsert per hit.
    Portable across SQLite (3.35+) and PostgreSQL."""

    STORAGE_SCHEME = ["support-studio-sql"]

    def __init__(self, engine: Engine):
        super().__init__()
        self.engine = engine
        dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
        self._insert = dialect.insert

    @property
    def base_exceptions(self):
        return Exception

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        table = RateLimitCounter.__table__
        expired = table.c.expires_at <= now
        statement = (
            self._insert(table)
            .values(key=key, count=amount, expires_at=now + expiry)
            .on_conflict_do_update(
                index_elements=[table.c.key],
                set_={
                    "count": case((expired, amount), else_=table.c.count + amount),
                    "expires_at": case((expired, now + expiry), else_=table.c.expires_at),
                },
            )
            .returning(table.c.count)
        )
        with self.engine.begin() as connection:
            count = connection.execute(statement).scalar_one()
            if random.random() < 0.01:  # keep the table small: drop long-ended windows
                connection.execute(delete(table).where(table.c.expires_at < now - 3600))
        return count

    def _row(self, key: str):
        table = RateLimitCounter.__table__
        with self.engine.connect() as connection:
            return connection.execute(select(table.c.count, table.c.expires_at).where(table.c.key == key)).first()

    def get(self, key: str) -> int:
        row = self._row(key)
        return row.count if row is not None and row.expires_at > time.time() else 0

    def get_expiry(self, key: str) -> float:
        row = self._row(key)
        return row.expires_at if row is not None and row.expires_at > time.time() else time.time()

    def check(self) -> bool:
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as connection:
            return connection.execute(delete(RateLimitCounter.__table__)).rowcount

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(RateLimitCounter.__table__).where(RateLimitCounter.__table__.c.key == key))


def storage_for(engine: Engine, redis_url: str = "") -> limits.storage.Storage:
    """Redis when the app shares state through it, else the database."""
    if redis_url:
        return limits.storage.RedisStorage(redis_url)
    return SqlStorage(engine)


def _wait_text(seconds: float) -> str:
    minutes = math.ceil(seconds / 60)
    return "in a minute" if minutes <= 1 else f"in {minutes} minutes"


def _username_key(username: str, secret: bytes) -> str:
    """The counter's key for a username: its HMAC under the server's secret, since a
    password typed into the username box would otherwise be kept in the counters
    (and a plain hash of it could be guessed back from a leaked table)."""
    return _keyed(username.strip().lower(), secret)


def _keyed(text: str, secret: bytes) -> str:
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()[:32]


class Throttle:
    def __init__(self, storage: limits.storage.Storage, key_secret: bytes = b""):
        self._limiter = FixedWindowRateLimiter(storage)
        self._key_secret = key_secret

    def _own_keys(self, username: str, address: str, device: str = ""):
        """The tiers of one username from one address, or from one known browser
        (`device`, its proof): counted before the password is checked, cleared by a
        success. A known browser's are its own, so guesses from others at its address
        (an office, a carrier's shared address) never lock it out."""
        username = _username_key(username, self._key_secret)
        place = ("sign-in-user-device", _keyed(device, self._key_secret)) if device else ("sign-in-user", address[:64])
        return [(tier, place[0], username, place[1]) for tier in SIGN_IN_TIERS]

    def _known_address_key(self, username: str, address: str) -> tuple[str, str, str]:
        return ("sign-in-known-address", _username_key(username, self._key_secret), address[:64])

    def known_address(self, username: str, address: str) -> bool:
        """`username` signed in from `address` in the last 30 days."""
        stats = self._limiter.get_window_stats(KNOWN_ADDRESS, *self._known_address_key(username, address))
        return stats.remaining < KNOWN_ADDRESS.amount

    def _wide_keys(self, username: str, address: str, known: bool, device: str = ""):
        """The tiers of one username from every address (a known browser or address has
        its own, higher ones) and of one address, except for a known browser (`device`),
        whose proof is for this username alone: they count failures only, so successes
        from one office's address, or one account's many devices, never use them up."""
        key = _username_key(username, self._key_secret)
        account = [(tier, "sign-in-account-known", key) for tier in KNOWN_ACCOUNT_TIERS] if known else []
        account = account or [(tier, "sign-in-account", key) for tier in ACCOUNT_TIERS]
        return account + ([] if device else [(tier, "sign-in-address", address[:64]) for tier in ADDRESS_TIERS])

    def _device_key(self, username: str, proof: str) -> tuple[str, str, str]:
        return ("sign-in-device", _username_key(username, self._key_secret), _keyed(proof, self._key_secret))

    def new_device_proof(self, username: str, old_proof: str = "") -> str:
        """What a browser keeps once it signed in as `username`: a random value, remembered
        (as its HMAC) for 30 days. Its attempts for that username then count in the known
        tiers, which a stranger can't fill from many addresses to lock the owner out. The
        browser's `old_proof` is forgotten: a copy of it is no use after the next sign-in."""
        if old_proof:
            self._limiter.clear(KNOWN_DEVICE, *self._device_key(username, old_proof))
        proof = secrets.token_urlsafe(24)
        self._limiter.hit(KNOWN_DEVICE, *self._device_key(username, proof))
        return proof

    def known_device(self, username: str, proof: object) -> bool:
        """`proof` is one a browser was given at a sign-in as `username` in the last 30 days."""
        if not isinstance(proof, str) or not 16 <= len(proof) <= 64:
            return False
        stats = self._limiter.get_window_stats(KNOWN_DEVICE, *self._device_key(username, proof))
        return stats.remaining < KNOWN_DEVICE.amount

    def sign_in_attempt(self, username: str, address: str, known: bool = False, device: str = "") -> str | None:
        """Why an attempt must wait now, or None. Counts it in the username-and-address
        (or known browser's) tiers before its password is checked: guesses sent at once
        can't all pass a limit that is only read first. `known`: a known_device or
        known_address, counted in the known tiers over every address; `device`: the
        proof of a known_device."""
        own = self._own_keys(username, address, device)
        over = [(tier, key) for tier, *key in own if not self._limiter.hit(tier, *key)]
        over += [
            (tier, key)
            for tier, *key in self._wide_keys(username, address, known, device)
            if not self._limiter.test(tier, *key)
        ]
        if not over:
            return None
        ends = [self._limiter.get_window_stats(tier, *key).reset_time for tier, key in over]
        return (
            f"Too many sign-in attempts for this account or network. Try again {_wait_text(max(ends) - time.time())}."
        )

    def sign_in_failed(self, username: str, address: str, known: bool = False, device: str = "") -> None:
        for tier, *key in self._wide_keys(username, address, known, device):
            self._limiter.hit(tier, *key)

    def sign_in_succeeded(self, username: str, address: str, device: str = "") -> None:
        for tier, *key in self._own_keys(username, address, device):
            self._limiter.clear(tier, *key)
        self._limiter.hit(KNOWN_ADDRESS, *self._known_address_key(username, address))

    def take(self, action: str, account_id: int, count: int = 1) -> str | None:
        """Count `count` of `action` ("ticket", "message" or "file") for the account;
        the refusal to show when the account is over its limit, else None."""
        rule = ACCOUNT_LIMITS[action]
        if self._limiter.hit(rule.limit, action, str(account_id), cost=count):
            return None
        stats = self._limiter.get_window_stats(rule.limit, action, str(account_id))
        return f"{rule.what}. Try again {_wait_text(stats.reset_time - time.time())}."
