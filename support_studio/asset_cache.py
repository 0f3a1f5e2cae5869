"""Cache headers for files whose address names their content (ASGI middleware).

Vite names every file under /assets/ after a hash of its content, so what a
URL there serves never changes: a browser may keep it a year without asking
again. Starlette's StaticFiles sends only ETag and Last-Modified, so without
this every page load asks again for each script and stylesheet (16 of them on
the studio) and waits for the 304s before it can start. The app's own files
in assets/ (logo, scripts) get the same when a page asks for them by
`versioned(path)`, an address with their content's hash; page addresses, and
those files asked for by any other address, keep revalidating. No Reflex import."""

import hashlib
from pathlib import Path
from urllib.parse import parse_qsl

ASSETS_PATH = "/assets/"
IMMUTABLE = (b"cache-control", b"public, max-age=31536000, immutable")
PUBLIC_FOLDER = Path(__file__).resolve().parents[1] / "assets"  # Reflex serves it at /
# Hashed once at start: the middleware never reads a file a request names.
_VERSIONS = {
    "/" + file.name: hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    for file in PUBLIC_FOLDER.iterdir()
    if file.is_file()
}


def versioned(path: str) -> str:
    """The address of `path`, a file in assets/, that names its content."""
    return f"{path}?v={_VERSIONS[path]}"


def _names_its_content(scope) -> bool:
    path = scope.get("path", "")
    if path.startswith(ASSETS_PATH):
        return True
    query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
    return path in _VERSIONS and query == [("v", _VERSIONS[path])]


class HashedAssetCache:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _names_its_content(scope):
            await self.app(scope, receive, send)
            return

        async def send_cacheable(message):
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != IMMUTABLE[0]]
                message = {**message, "headers": [*headers, IMMUTABLE]}
            await send(message)

        await self.app(scope, receive, send_cacheable)
