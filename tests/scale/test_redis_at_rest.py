"""Nothing secret at rest in Redis: a password typed into the studio, keystroke
by keystroke, and the raw sign-in token never appear in any Redis key or value;
every key Redis holds expires."""

import json

import redis

from support_studio import routes
from tests.polling import wait_for

SECRET = "Sunflower#88"
TYPED = "my telegram password is " + SECRET
# Reflex's state expiry (rxconfig.py): no key may outlive it.
from rxconfig import config  # noqa: E402


def everything_in(url: str) -> list[tuple[bytes, bytes, int]]:
    """(key, value, TTL in seconds) of every key in Redis; values of every type, raw bytes."""
    client = redis.Redis.from_url(url)
    found = []
    for key in client.scan_iter(count=1000):
        kind = client.type(key).decode()
        if kind == "string":
            value = client.get(key) or b""
        elif kind == "hash":
            value = b"\n".join(k + b"=" + v for k, v in client.hgetall(key).items())
        elif kind == "set":
            value = b"\n".join(client.smembers(key))
        elif kind == "list":
            value = b"\n".join(client.lrange(key, 0, -1))
        elif kind == "zset":
            value = b"\n".join(member for member, _ in client.zrange(key, 0, -1, withscores=True))
        else:
            value = b""
        found.append((key, value, client.ttl(key)))
    return found


def redis_blob(url: str) -> bytes:
    return b"\n".join(key + b"\n" + value for key, value, _ in everything_in(url))


def test_a_password_typed_into_the_studio_never_reaches_redis(cluster, open_page):
    page = open_page(0, "lucas")
    page.load("StudioState", "load_studio", routes.NEW_TICKET)
    page.send("StudioState", "choose_issue_type", {"issue_type": "other"}, routes.NEW_TICKET)
    # Keystroke by keystroke, as the browser sends edits; Redis is searched after
    # each keystroke of the password (what a snapshot at that moment would hold).
    lead = TYPED.index(SECRET)
    for end in range(1, lead + 1):
        page.tab.emit(f"{page_state()}.edit_field", {"name": "summary", "value": TYPED[:end]}, routes.NEW_TICKET)
    for end in range(lead + 1, len(TYPED) + 1):
        shown = page.send("StudioState", "edit_field", {"name": "summary", "value": TYPED[:end]}, routes.NEW_TICKET)
        blob = redis_blob(cluster.redis_url)
        assert SECRET[:4].encode() not in blob or end - lead < 4, f"{TYPED[:end]!r} reached Redis"
    assert "alerts_rx_state_" in json.dumps(shown)  # the guard flagged it (positive control)

    # Positive control: the search sees the studio's draft (its unflagged words are kept),
    # once the worker wrote the tab's state back (at once, or when its lease on it ends).
    assert wait_for(lambda: b"my telegram password is" in redis_blob(cluster.redis_url), seconds=15)
    blob = redis_blob(cluster.redis_url)
    assert SECRET.encode() not in blob
    assert SECRET[:4].encode() not in blob  # nor what was typed on the way ("Sunf", "Sunfl", ...)
    assert page.sign_in.encode() not in blob  # the raw sign-in token: only its hash is kept


def test_every_redis_key_expires(cluster, open_page):
    page = open_page(1, "arif")
    page.load("StudioState", "load_studio", routes.NEW_TICKET)
    assert wait_for(lambda: len(everything_in(cluster.redis_url)) > 0)
    stored = everything_in(cluster.redis_url)
    lasting = [key for key, _, ttl in stored if ttl == -1]
    assert lasting == [], f"keys without expiry: {lasting[:10]}"
    state_keys = [ttl for key, _, ttl in stored if b"_state" in key]
    assert state_keys and max(state_keys) <= config.redis_token_expiration


def page_state() -> str:
    from tests.scale.conftest import state_name

    return state_name("StudioState")
