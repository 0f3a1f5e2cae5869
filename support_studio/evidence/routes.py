"""HTTP routes for attachments (Starlette, no Reflex import). The app mounts them
through Reflex's `api_transformer`:

    from support_studio.evidence.routes import make_files_app
    app = rx.App(api_transformer=make_files_app(rx.session))

Routes (all answer 404, the same way, to anyone not allowed: signed out, a
guessed or old ID, someone else's file, a staged file of another account):

- GET  /files/{file_id}         the file: re-encoded images inline, PDFs as a download
- GET  /files/{file_id}/thumb   the WebP thumbnail of an image
- POST /files?name=<file name>  upload one file as the raw request body (not
  multipart), with the header `X-Evidence-Upload: 1` (a cross-site form can't
  send it). The size limit is enforced while the body arrives; the file is
  checked and read for secrets in a worker thread, then staged for the
  signed-in account. 201 with the file's JSON view; 413/422 with
  {"code", "reason"} (and "preview", a data: URL PNG, when a screenshot shows
  a secret); 404 when signed out.
- DELETE /files/{file_id}       discard one of your own staged files (204), with the same header.

The signed-in account comes from the sign-in cookie scoped to /files
(accounts.FILES_COOKIE, the browser's sign-in token), resolved with accounts.account_for_token; pass
`account_for_request` to resolve it differently.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from sqlmodel import Session

from support_studio.accounts import FILES_COOKIE, account_for_token
from support_studio.evidence import records
from support_studio.evidence.checking import MAX_FILE_BYTES, EvidenceRefused, SizeGuard
from support_studio.evidence.intake import check_evidence
from support_studio.evidence.ocr import SecretInScreenshot
from support_studio.evidence.storage import FileStorage, default_storage
from support_studio.models import Account

SESSION_COOKIE = FILES_COOKIE
UPLOAD_HEADER = "x-evidence-upload"

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


def _refused(error: EvidenceRefused, status: int = 422) -> JSONResponse:
    body = {"code": error.code, "reason": error.reason}
    if isinstance(error, SecretInScreenshot) and error.screening is not None and error.screening.preview:
        body["preview"] = "data:image/png;base64," + base64.b64encode(error.screening.preview).decode()
    return JSONResponse(body, status_code=status, headers=PRIVATE_HEADERS)


def _view_json(row) -> dict:
    return dataclasses.asdict(records.view(row))


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

    def signed_in(request: Request) -> Account | None:
        with session_factory() as session:
            account = account_for_request(session, request)
            if account is not None:
                session.expunge(account)
            return account

    async def upload(request: Request) -> Response:
        if request.headers.get(UPLOAD_HEADER) != "1":
            return _not_found()
        account = await run_in_threadpool(signed_in, request)
        if account is None:
            return _not_found()
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_FILE_BYTES:
            return _refused(EvidenceRefused("too_large"), status=413)
        guard, parts = SizeGuard(), []
        try:
            async for chunk in request.stream():  # stops reading as soon as the limit is passed
                parts.append(guard.feed(chunk))
        except EvidenceRefused as error:
            return _refused(error, status=413)
        name = request.query_params.get("name", "")[:300]
        try:
            checked = await run_in_threadpool(check_evidence, name, b"".join(parts))
        except EvidenceRefused as error:
            return _refused(error)

        def stage():
            with session_factory() as session:
                return _view_json(records.stage_file(session, files(), account.id, checked))

        try:
            body = await run_in_threadpool(stage)
        except EvidenceRefused as error:
            return _refused(error)
        return JSONResponse(body, status_code=201, headers=PRIVATE_HEADERS)

    def discard(request: Request) -> Response:
        if request.headers.get(UPLOAD_HEADER) != "1":
            return _not_found()
        with session_factory() as session:
            account = account_for_request(session, request)
            if account is None or not records.discard_staged(
                session, files(), account.id, request.path_params["file_id"]
            ):
                return _not_found()
        return Response(status_code=204, headers=PRIVATE_HEADERS)

    return [
        Route(prefix, upload, methods=["POST"]),
        Route(prefix + "/{file_id}", serve_file, methods=["GET", "HEAD"]),
        Route(prefix + "/{file_id}", discard, methods=["DELETE"]),
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
