"""HTTP routes for attachments (Starlette, no Reflex import). The app mounts them
through Reflex's `api_transformer`:

    from support_studio.evidence.routes import make_files_app
    app = rx.App(api_transformer=make_files_app(rx.session))

Routes (all answer 404, the same way, to anyone not allowed: signed out, a
guessed or old ID, someone else's file, a staged file of another account):

- GET  /files/{file_id}         the file: re-encoded images inline, PDFs as a download
- GET  /files/{file_id}/thumb   the WebP thumbnail of an image

Files arrive through the pages' dropzones (Reflex's streaming upload, see
support_studio.states.evidence), not through these routes.

The signed-in account comes from the sign-in cookie scoped to /files
(accounts.FILES_COOKIE, the browser's sign-in token), resolved with accounts.account_for_token; pass
`account_for_request` to resolve it differently.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import quote

from sqlmodel import Session
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from support_studio.accounts import FILES_COOKIE, account_for_token
from support_studio.evidence import records
from support_studio.evidence.storage import FileStorage, default_storage
from support_studio.models import Account

SESSION_COOKIE = FILES_COOKIE

SessionFactory = Callable[[], AbstractContextManager[Session]]
AccountResolver = Callable[[Session, Request], "Account | None"]

# Sent with every answer: never sniffed into HTML, never kept by a shared cache,
# never run as a page, never sent on as a referrer.
PRIVATE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "same-site",
    "Referrer-Policy": "no-referrer",
    "Vary": "Cookie",
}


def account_from_cookie(session: Session, request: Request) -> Account | None:
    """The account signed in through the sign-in cookie of the /files routes."""
    token = request.cookies.get(SESSION_COOKIE, "")
    return account_for_token(session, token) if token else None


def content_disposition(kind: str, name: str) -> str:
    """`inline` or `attachment` with the name twice: an ASCII fallback and the
    UTF-8 original (RFC 6266 / 5987). The name was cleaned when stored."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\%;' else "_" for ch in name) or "file"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _not_found() -> Response:
    return Response("Not found", status_code=404, media_type="text/plain", headers=PRIVATE_HEADERS)


def make_file_routes(
    session_factory: SessionFactory,
    account_for_request: AccountResolver = account_from_cookie,
    storage: FileStorage | None = None,
    prefix: str = records.FILES_PATH,
) -> list[Route]:
    """The attachment routes. `session_factory()` is a context manager giving a
    SQLModel Session (rx.session, or `lambda: Session(engine)`)."""
    store = storage

    def files() -> FileStorage:
        nonlocal store
        if store is None:
            store = default_storage()
        return store

    def serve(request: Request, thumb: bool) -> Response:
        file_id = request.path_params["file_id"]
        with session_factory() as session:
            account = account_for_request(session, request)
            row = records.attachment_for_viewer(session, file_id, account)
            if row is None:
                return _not_found()
            key = row.thumb_key if thumb else row.storage_key
            name, mime_type = row.name, row.mime_type
        if key is None:
            return _not_found()
        try:
            with files().open(key) as stream:
                data = stream.read()
        except (FileNotFoundError, ValueError):
            return _not_found()
        if thumb:
            mime_type, name = "image/webp", name.rsplit(".", 1)[0] + "-thumbnail.webp"
        kind = "attachment" if mime_type == "application/pdf" else "inline"
        headers = {**PRIVATE_HEADERS, "Content-Disposition": content_disposition(kind, name)}
        return Response(data, media_type=mime_type, headers=headers)

    def serve_file(request: Request) -> Response:
        return serve(request, thumb=False)

    def serve_thumb(request: Request) -> Response:
        return serve(request, thumb=True)

    return [
        Route(prefix + "/{file_id}", serve_file, methods=["GET", "HEAD"]),
        Route(prefix + "/{file_id}/thumb", serve_thumb, methods=["GET", "HEAD"]),
    ]


def make_files_app(
    session_factory: SessionFactory,
    account_for_request: AccountResolver = account_from_cookie,
    storage: FileStorage | None = None,
) -> Starlette:
    """A Starlette app with the file routes, for rx.App(api_transformer=...):
    Reflex mounts its own backend under it, so /files/... reaches these routes."""
    return Starlette(routes=make_file_routes(session_factory, account_for_request, storage))
