"""ASGI middleware in front of the whole backend. No Reflex import.

TokenGuard refuses any connection whose Reflex client token is not of the form
Reflex's own browser code generates (a version-4 UUID; its variant digit is
8-f, not only 8-b). Shared states live under their own tokens
(support_studio.server_secret.channel_name: "ch" + hex, never a UUID), so no
client can connect as a channel, whatever name it guesses.

HandshakeSignIn takes the browser's sign-in cookie out of the websocket
handshake (see its docstring)."""

import re
from urllib.parse import parse_qs, urlsplit

from support_studio.accounts import SOCKET_COOKIE, token_hash

BROWSER_TOKEN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89a-f][0-9a-f]{3}-[0-9a-f]{12}")
EVENT_PATH = "/_event"
UPLOAD_PATH = "/_upload"


def is_browser_token(token: str) -> bool:
    return bool(BROWSER_TOKEN.fullmatch(token))


class TokenGuard:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        token = self._token(scope)
        if token is not None and not is_browser_token(token):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            else:
                await send(
                    {"type": "http.response.start", "status": 403, "headers": [(b"content-type", b"text/plain")]}
                )
                await send({"type": "http.response.body", "body": b"Refused."})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _token(scope) -> str | None:
        """The client token this request claims, "" when it claims none on a
        path that needs one, None for every other path."""
        if scope["type"] not in ("http", "websocket"):
            return None
        path = scope.get("path", "")
        if path.startswith(EVENT_PATH):
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            return (query.get("token") or [""])[0]
        if path.startswith(UPLOAD_PATH):
            headers = dict(scope.get("headers") or [])
            return headers.get(b"reflex-client-token", b"").decode("latin-1")
        return None


# Where HandshakeSignIn leaves the hash of the handshake's sign-in token, in the connection's scope.
SIGN_IN_SCOPE_KEY = "support_studio.sign_in_token_hash"


class HandshakeSignIn:
    """The browser sends its sign-in token in a cookie scoped to the websocket's
    path (accounts.SOCKET_COOKIE), so the connection's first page load knows who
    is signed in without asking the browser (a round trip). The cookie is taken
    out of the headers here, before Reflex copies them into the state's router
    data (and with it into the state store): only the token's SHA-256 goes on, in
    the scope, and only when the handshake comes from this very origin. The
    cookie is SameSite=Strict, but a sibling subdomain is the "same site" and
    would have it sent."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket") and scope.get("path", "").startswith(EVENT_PATH):
            headers, token = _without_cookie(scope.get("headers") or [], SOCKET_COOKIE.encode())
            scope = {**scope, "headers": headers}
            if token and _from_same_origin(headers):
                scope[SIGN_IN_SCOPE_KEY] = token_hash(token)
        await self.app(scope, receive, send)


def _without_cookie(headers, name: bytes) -> tuple[list, str]:
    """The headers without the cookie `name`, and its value ("" when absent)."""
    kept, value = [], ""
    for header, content in headers:
        if header.lower() == b"cookie":
            others = []
            for pair in content.split(b";"):
                key, _, cookie = pair.strip().partition(b"=")
                if key == name:
                    value = cookie.decode("latin-1")
                elif pair.strip():
                    others.append(pair.strip())
            if others:
                kept.append((header, b"; ".join(others)))
        else:
            kept.append((header, content))
    return kept, value


def _from_same_origin(headers) -> bool:
    """The page that opened the socket is this app's: its origin is the request's host (or,
    on one's own machine, both are a loopback address: `reflex run` in development and the
    test harness serve the pages on another port than the backend)."""
    values = {header.lower(): content.decode("latin-1") for header, content in headers}
    origin, host = urlsplit(values.get(b"origin", "")), values.get(b"host", "")
    if not host or not origin.netloc:
        return False
    return origin.netloc == host or (origin.hostname in _LOOPBACK and urlsplit(f"//{host}").hostname in _LOOPBACK)


_LOOPBACK = frozenset(("127.0.0.1", "localhost", "::1"))
