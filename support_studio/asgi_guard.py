"""ASGI middleware in front of the whole backend: refuses any connection whose
Reflex client token is not of the form Reflex's own browser code generates (a
version-4 UUID; its variant digit is 8-f, not only 8-b). Shared states live
under their own tokens (support_studio.server_secret.channel_name: "ch" + hex,
never a UUID), so no client can connect as a channel, whatever name it
guesses. No Reflex import."""

import re
from urllib.parse import parse_qs

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
