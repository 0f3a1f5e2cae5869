"""Read the Telegram link or @username a customer pastes as an order target.

`parse_target` accepts the forms people actually paste (t.me links with or
without a scheme, @name, tg:// app links, invite, post and topic links) and
returns one normalised `TelegramTarget`. Anything that is not an order target
raises ValueError with a short, user-facing reason. Plain Python, no Reflex.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_INPUT_LENGTH = 2048
# IDs and post numbers are stored as 64-bit integers, Telegram's own limit.
MAX_NUMBER = 2**63 - 1
CANONICAL_BASE = "https://t.me/"
# Hosts that serve the same links as t.me; an optional "www." is allowed too.
TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})

TARGET_KIND_LABELS: dict[str, str] = {
    "username": "Channel, group, bot or user",
    "public_post": "Public post",
    "private_post": "Private channel post",
    "invite": "Invite link",
}

EMPTY_REASON = "Paste the Telegram link or @username you ordered for."
TOO_LONG_REASON = f"That is too long for a Telegram link ({MAX_INPUT_LENGTH:,} characters at most)."
HIDDEN_CHARACTERS_REASON = "The link has spaces or hidden characters in it; paste just the link or @username."
NOT_A_LINK_REASON = "This does not look like a Telegram link or @username."
HIDDEN_HOST_REASON = "This link hides its real address behind an @ sign; paste the plain t.me link."
PORT_REASON = "Links with a port number are not Telegram links."
MISSING_NAME_REASON = "Add the channel, group or bot name: links look like t.me/durov."
MISSING_INVITE_REASON = "Add the invite code: invite links look like t.me/+AbCdEf123."
BAD_INVITE_REASON = "This invite link is not valid: it should look like t.me/+AbCdEf123."
MISSING_CHANNEL_ID_REASON = "Add the channel ID and post number: private channel links look like t.me/c/1234567890/15."
MISSING_PRIVATE_POST_REASON = "Add the post number: private channel links look like t.me/c/1234567890/15."
BAD_PRIVATE_POST_REASON = (
    "Private channel links use only numbers, like t.me/c/1234567890/15 (or t.me/c/1234567890/5/15 for a topic)."
)
BAD_POST_REASON = "Post links end in the post number, like t.me/durov/123 (or t.me/group/5/123 for a topic)."
MISSING_DOMAIN_REASON = "Add the name: app links look like tg://resolve?domain=durov."
LOGIN_REASON = "Login links are never needed: support does not need access to your account."
STICKER_REASON = "Sticker and emoji pack links are not order targets."
PHONE_REASON = "Phone-number links are not order targets."
BOOST_REASON = "Boost links are not order targets; paste the channel link itself, like t.me/durov."

# First path words (t.me/<word>/...) and tg://<word> actions that Telegram
# reserves for features; none of them names a channel, group, bot or post.
_SPECIFIC_NON_TARGETS: dict[str, str] = {
    "login": LOGIN_REASON,
    "addstickers": STICKER_REASON,
    "addemoji": STICKER_REASON,
    "boost": BOOST_REASON,
}
_OTHER_NON_TARGETS = frozenset(
    {
        "share",
        "msg",
        "msg_url",
        "proxy",
        "socks",
        "setlanguage",
        "addtheme",
        "bg",
        "invoice",
        "addlist",
        "confirmphone",
        "contact",
        "iv",
        "m",
        "nft",
        "giftcode",
    }
)

# Telegram's own link grammar; screening's link patterns are about reset links, not targets.
_DIGITS = re.compile(r"[0-9]+")
_INVITE_HASH = re.compile(r"[A-Za-z0-9_-]+")
_USERNAME_CHARACTER = re.compile(r"[A-Za-z0-9_]")
# A scheme such as "https:" or "tg:"; "t.me:8080" is a port, not a scheme.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?![0-9])")
# Copy-paste leaves whitespace and invisible direction/zero-width marks at the ends.
_EDGE_JUNK = re.compile(r"^[\s\u200b-\u200f\u2060\ufeff]+|[\s\u200b-\u200f\u2060\ufeff]+$")
_SPACE_AROUND_SEPARATOR = re.compile(r"\s*([/@?&=:#])\s*")
# Authority (host) and path of a link with its scheme removed; query and fragment dropped.
_AUTHORITY_AND_PATH = re.compile(r"([^/?#]*)([^?#]*)")


@dataclass(frozen=True)
class TelegramTarget:
    kind: str  # one of TARGET_KIND_LABELS
    canonical: str  # the https://t.me/... form
    username: str | None = None  # lowercased, for username/public_post
    channel_id: int | None = None  # for private_post (t.me/c/<id>/<post>)
    post_id: int | None = None  # post number for public_post/private_post
    topic_id: int | None = None  # for topic links
    invite_hash: str | None = None  # for invite, case kept

    @property
    def owner(self) -> str:
        """The chat a link belongs to: t.me/name for a post of @name, the link itself otherwise."""
        return CANONICAL_BASE + self.username if self.username else self.canonical


def parse_target(text: str) -> TelegramTarget:
    """Return the normalised target for `text`, or raise ValueError(reason)."""
    if len(text) > MAX_INPUT_LENGTH:
        raise ValueError(TOO_LONG_REASON)
    link = _SPACE_AROUND_SEPARATOR.sub(r"\1", _EDGE_JUNK.sub("", text))
    if not link:
        raise ValueError(EMPTY_REASON)
    if any(ch.isspace() or not ch.isprintable() for ch in link):
        raise ValueError(HIDDEN_CHARACTERS_REASON)
    if link.startswith("@"):
        # "@name", "@name/123" and "@name_bot?start=x" read as the t.me link they stand for.
        return _parse_web_path(
            [segment for segment in _AUTHORITY_AND_PATH.match(link[1:]).group(0).split("/") if segment]
        )

    scheme_match = _SCHEME.match(link)
    if scheme_match:
        scheme = scheme_match.group(1).lower()
        rest = link[scheme_match.end() :]
        if scheme == "tg":
            return _parse_app_link(rest)
        if scheme not in ("http", "https"):
            shown = _shorten(scheme)
            raise ValueError(f"Only https:// and tg:// links are accepted, not {shown}: links.")
        return _parse_web_link(rest)
    if "." not in link and "/" not in link:
        return _username_target(link)  # a bare name such as "durov"
    return _parse_web_link(link)


def _parse_web_link(rest: str) -> TelegramTarget:
    """Parse "host/path?query#fragment" (scheme already removed)."""
    authority, path = _AUTHORITY_AND_PATH.match(rest.lstrip("/")).groups()
    if "@" in authority:  # https://t.me@evil.com/x really goes to evil.com
        raise ValueError(HIDDEN_HOST_REASON)
    if ":" in authority:
        raise ValueError(PORT_REASON)
    host = authority.lower().removeprefix("www.")
    segments = [segment for segment in path.split("/") if segment]
    if host in TELEGRAM_HOSTS:
        return _parse_web_path(segments)
    if host.endswith(".t.me"):  # name.t.me is the same as t.me/name
        return _username_target(host.removesuffix(".t.me"), segments)
    if "." not in host:
        raise ValueError(NOT_A_LINK_REASON)
    raise ValueError(f"This is a link to another website ({_shorten(host)}), not Telegram.")


def _parse_web_path(segments: list[str]) -> TelegramTarget:
    """Parse the path segments of a t.me link."""
    if not segments:
        raise ValueError(MISSING_NAME_REASON)
    first, rest = segments[0], segments[1:]
    keyword = first.lower()
    if first.startswith("+"):
        # t.me/+<digits> opens a chat with a phone number; anything else is an invite.
        if _DIGITS.fullmatch(first[1:].replace("-", "")):
            raise ValueError(PHONE_REASON)
        return _invite_target(first[1:], rest)
    if keyword == "joinchat":
        return _invite_target(rest[0] if rest else "", rest[1:])
    if keyword == "c":
        return _private_post_target(rest)
    if keyword == "s":  # t.me/s/name is the web preview of t.me/name
        if not rest:
            raise ValueError(MISSING_NAME_REASON)
        return _username_target(rest[0], rest[1:])
    return _username_target(first, rest)


def _parse_app_link(rest: str) -> TelegramTarget:
    """Parse a tg: app link such as "//resolve?domain=durov" (scheme removed)."""
    action, _, query = rest.split("#", 1)[0].lstrip("/").partition("?")
    action = action.rstrip("/").lower()
    params = _query_params(query)
    topic = params.get("thread") or params.get("topic")
    if action == "resolve":
        if "phone" in params:
            raise ValueError(PHONE_REASON)
        if not params.get("domain"):
            raise ValueError(MISSING_DOMAIN_REASON)
        # Same order as t.me/name/<topic>/<post>; a topic alone is t.me/name/<topic>.
        numbers = [number for number in (topic, params.get("post")) if number is not None]
        return _username_target(params["domain"], numbers)
    if action == "join":
        return _invite_target(params.get("invite", ""))
    if action == "privatepost":
        if not params.get("channel"):
            raise ValueError(MISSING_CHANNEL_ID_REASON)
        if not params.get("post"):
            raise ValueError(MISSING_PRIVATE_POST_REASON)
        numbers = [number for number in (params["channel"], topic, params["post"]) if number]
        return _private_post_target(numbers)
    raise ValueError(_SPECIFIC_NON_TARGETS.get(action) or _feature_link_reason(f"tg://{action}"))


def _query_params(query: str) -> dict[str, str]:
    """Lower-cased keys to raw values; the first occurrence of a key wins."""
    params: dict[str, str] = {}
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        params.setdefault(key.lower(), value)
    return params


def _username_target(name: str, numbers: Sequence[str] = ()) -> TelegramTarget:
    """A username, optionally followed by [post] or [topic, post] number strings."""
    word = name.lower()
    if word in _SPECIFIC_NON_TARGETS:
        raise ValueError(_SPECIFIC_NON_TARGETS[word])
    if word in _OTHER_NON_TARGETS:
        raise ValueError(_feature_link_reason(f"t.me/{word}"))
    username = _checked_username(name).lower()
    if not numbers:
        return TelegramTarget("username", CANONICAL_BASE + username, username=username)
    if len(numbers) > 2:
        raise ValueError(BAD_POST_REASON)
    *topic, post = [_positive_number(n, BAD_POST_REASON) for n in numbers]
    topic_id = topic[0] if topic else None
    path = "/".join(str(part) for part in (username, *topic, post))
    return TelegramTarget("public_post", CANONICAL_BASE + path, username=username, post_id=post, topic_id=topic_id)


def _private_post_target(numbers: Sequence[str]) -> TelegramTarget:
    """[channel, post] or [channel, topic, post] number strings of a t.me/c/ link."""
    if not numbers:
        raise ValueError(MISSING_CHANNEL_ID_REASON)
    if len(numbers) == 1:
        raise ValueError(MISSING_PRIVATE_POST_REASON)
    if len(numbers) > 3:
        raise ValueError(BAD_PRIVATE_POST_REASON)
    channel, *topic, post = [_positive_number(n, BAD_PRIVATE_POST_REASON) for n in numbers]
    topic_id = topic[0] if topic else None
    path = "/".join(str(part) for part in ("c", channel, *topic, post))
    return TelegramTarget("private_post", CANONICAL_BASE + path, channel_id=channel, post_id=post, topic_id=topic_id)


def _invite_target(invite_hash: str, extra_segments: Sequence[str] = ()) -> TelegramTarget:
    """An invite from its hash; nothing may follow the hash in the path."""
    if not invite_hash:
        raise ValueError(MISSING_INVITE_REASON)
    if extra_segments or not _INVITE_HASH.fullmatch(invite_hash):
        raise ValueError(BAD_INVITE_REASON)
    return TelegramTarget("invite", f"{CANONICAL_BASE}+{invite_hash}", invite_hash=invite_hash)


def _feature_link_reason(shown: str) -> str:
    """Reason for a link to a Telegram feature (share, proxy, ...) rather than a chat."""
    shown = _shorten(shown)
    return f"{shown} links are not order targets; paste a channel, group, bot or post link."


def _checked_username(name: str) -> str:
    """Return `name` if it follows Telegram's username rules, else raise ValueError."""
    shown = _shorten(name)
    bad_character = next((ch for ch in name if not _USERNAME_CHARACTER.fullmatch(ch)), None)
    if bad_character is not None:
        raise ValueError(f'Usernames use only English letters, digits and _; "{shown}" has "{bad_character}".')
    if len(name) < 5:
        raise ValueError(f'Usernames are 5-32 characters long; "{shown}" is too short.')
    if len(name) > 32:
        raise ValueError(f'Usernames are 5-32 characters long; "{shown}" is too long.')
    if not name[0].isalpha():
        raise ValueError(f'Usernames start with a letter; "{shown}" does not.')
    if name.endswith("_"):
        raise ValueError(f'Usernames cannot end with _; "{shown}" does.')
    if "__" in name:
        raise ValueError(f'Usernames cannot have two _ in a row; "{shown}" does.')
    return name


def _positive_number(text: str, reason: str) -> int:
    """Parse ASCII digits as an int above zero (IDs and posts start at 1)."""
    if not _DIGITS.fullmatch(text) or int(text) == 0:
        raise ValueError(reason)
    if int(text) > MAX_NUMBER:
        raise ValueError(f"The number {_shorten(text)} is too large for a Telegram link.")
    return int(text)


def _shorten(text: str, limit: int = 40) -> str:
    """Keep quoted user input short inside a reason."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
