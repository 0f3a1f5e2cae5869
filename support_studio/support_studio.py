"""The Reflex app: one module per page, registered here, behind the token
guard, with exceptions answered by a reference only."""

import asyncio

import reflex as rx
from sqlalchemy import event

from support_studio import errors, evidence, reply_drafts, routes
from support_studio.asgi_guard import HandshakeSignIn, TokenGuard
from support_studio.asset_cache import HashedAssetCache, versioned
from support_studio.components.connection import connection_notice
from support_studio.evidence.routes import account_from_cookie, make_files_app
from support_studio.pages import agent_queue, agent_ticket, login, my_tickets, standards, studio, ticket_thread
from support_studio.states.auth import TOKEN_STORAGE_KEY, sign_ins_per_connection

errors.screen_log_records()
app = rx.App(
    # Inner first: the attachment routes beside the app, then the token guard around both,
    # the sign-in cookie taken out of the websocket handshake, then cache headers for the
    # build's hashed files (served by this app in production).
    api_transformer=[
        make_files_app(rx.session, account_for_request=account_from_cookie),
        TokenGuard,
        HandshakeSignIn,
        HashedAssetCache,
    ],
    backend_exception_handler=errors.backend_exception_handler,
    frontend_exception_handler=errors.frontend_exception_handler,
    stylesheets=["/styles.css"],
    # The toaster reads the page's direction on every draw; without this attribute
    # it asks for the computed style, which makes the browser style the page early.
    html_custom_attrs={"dir": "ltr"},
    head_components=[
        rx.el.link(rel="icon", type="image/svg+xml", href=versioned("/favicon.svg")),
        rx.el.script(src=versioned("/evidence_paste.js"), async_=True),  # async: never holds up the page
        rx.el.script(src=versioned("/page_focus.js"), async_=True),
        rx.el.script(
            src=versioned("/sign_in_watch.js"),
            async_=True,
            data_key=TOKEN_STORAGE_KEY,
            data_sign_in=routes.SIGN_IN,
            data_signed_out=routes.sign_in(signed_out=True),
        ),
    ],
)
# The connection's state in plain words, in place of Reflex's toast (UX audit 9, F12).
app.app_wraps[5, "Overlay"] = lambda stateful: rx.fragment(connection_notice()) if stateful else None
# The dynamic thread route goes before /tickets/new can shadow it (Reflex's rule).
for page, module in (
    (ticket_thread.ticket_thread_page, ticket_thread),
    (agent_ticket.agent_ticket_page, agent_ticket),
    (studio.studio_page, studio),
    (my_tickets.my_tickets_page, my_tickets),
    (login.login_page, login),
    (standards.standards_page, standards),
    (agent_queue.agent_queue_page, agent_queue),
):
    app.add_page(page, **module.PAGE)


def _sqlite_for_many_customers(engine) -> None:
    """On SQLite (one worker): write-ahead logging, so the event loop's quick reads
    never wait behind a ticket being written in a thread, and commits without an
    fsync each (still durable across an app crash; PostgreSQL needs nothing here),
    and planner statistics kept fresh (a desk that grew from empty has none, and
    the queue's plans need them)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _pragmas(connection, _record) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA analysis_limit=1000")
        cursor.execute("PRAGMA optimize")
        cursor.close()


_sqlite_for_many_customers(rx.model.get_engine())

__all__ = ["app"]


def _sweep_unsent() -> None:
    with rx.session() as session:
        evidence.remove_stale_staged(session, evidence.default_storage())
        reply_drafts.remove_stale(session, evidence.STAGED_LIFETIME)  # the files staged with it go too


async def sweep_unsent():
    """Files attached to messages that were never sent, and replies kept over a
    reload that no page came back for, go after a day."""
    while True:
        await asyncio.to_thread(_sweep_unsent)
        await asyncio.sleep(3600)


app.register_lifespan_task(sweep_unsent)
app.register_lifespan_task(sign_ins_per_connection)
