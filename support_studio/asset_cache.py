"""Cache headers for the production build's hashed files (ASGI middleware).

Vite names every file under /assets/ after a hash of its content, so what a
URL there serves never changes: a browser may keep it a year without asking
again. Starlette's StaticFiles sends only ETag and Last-Modified, so without
this every page load asks again for each script and stylesheet (16 of them on
the studio) and waits for the 304s before it can start. Page addresses and
the files in assets/ (logo, scripts) keep revalidating. No Reflex import."""

ASSETS_PATH = "/assets/"
IMMUTABLE = (b"cache-control", b"public, max-age=31536000, immutable")


class HashedAssetCache:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith(ASSETS_PATH):
            await self.app(scope, receive, send)
            return

        async def send_cacheable(message):
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != IMMUTABLE[0]]
                message = {**message, "headers": [*headers, IMMUTABLE]}
            await send(message)

        await self.app(scope, receive, send_cacheable)
