"""Live updates between the pages open on one ticket, private by construction.

Each ticket has two channels, shared states linked per ticket:
- ThreadChannel: bumped whenever the public thread or status changes; the
  ticket's customer and every agent on it are linked.
- DeskChannel: bumped whenever what only agents see changes (notes, history,
  assignment, presence); only agents are linked.
A channel carries nothing but a revision number. When it changes, the page's
RevisionWatcher asks its own state to reload, and that reload checks the
sign-in and reads the database like any page load, so a page only ever shows
what its signed-in person may see. Channel names are HMACs of the ticket number
under the server's secret (support_studio.server_secret): nobody can derive them
and they never reach a browser; the ASGI guard refuses any browser token that
is not of the form Reflex's own browser code makes, so no client can connect
as a channel either."""

import asyncio
import hashlib

import reflex as rx
from reflex.istate.manager.token import BaseStateToken

from support_studio import presence
from support_studio.server_secret import channel_name, server_secret


class ThreadChannel(rx.SharedState):
    revision: int = 0


class DeskChannel(rx.SharedState):
    revision: int = 0


_CHANNELS = ((ThreadChannel, "thread"), (DeskChannel, "desk"))
# Announcements run after the handler's own event finished (it may hold the
# channel's lock); tests wait for them with settle().
_pending: set[asyncio.Task] = set()


def _secret() -> bytes:
    with rx.session() as session:
        return server_secret(session)


def page_key(state: rx.State) -> str:
    """This page's connection, as presence stores it: a hash, never the raw token."""
    return hashlib.sha256(state.router.session.client_token.encode()).hexdigest()[:32]


async def follow(state: rx.State, ticket_id: int, account) -> None:
    """Link this page to the ticket's channels (agents to both), after the caller
    checked that `account` may see the ticket; leave any other ticket first."""
    secret = _secret()
    for channel_class, kind in _CHANNELS:
        channel = await state.get_state(channel_class)
        wanted = channel_name(secret, kind, ticket_id) if account.role == "agent" or kind == "thread" else ""
        if channel._linked_to == wanted:
            continue
        if channel._linked_to:
            await channel._unlink()
            channel = await state.get_state(channel_class)
        if wanted:
            await channel._link_to(wanted)
    if account.role == "agent":
        key = page_key(state)
        with rx.session() as session:
            left = [t for t in presence.leave(session, key) if t != ticket_id]
            if presence.heartbeat(session, ticket_id, account.id, key):
                announce(ticket_id, desk_only=True)
        for other in left:
            announce(other, desk_only=True)


async def unfollow(state: rx.State) -> None:
    """This page no longer shows a ticket: unlink its channels, end its presence."""
    for channel_class, _ in _CHANNELS:
        channel = await state.get_state(channel_class)
        if channel._linked_to:
            await channel._unlink()
    with rx.session() as session:
        left = presence.leave(session, page_key(state))
    for ticket_id in left:
        announce(ticket_id, desk_only=True)


def announce(ticket_id: int, desk_only: bool = False) -> None:
    """Tell every page on the ticket to reload (agents only, when `desk_only`)."""
    from support_studio.support_studio import app  # the app module imports this one

    secret = _secret()
    kinds = [(DeskChannel, "desk")] if desk_only else _CHANNELS

    async def bump() -> None:
        for channel_class, kind in kinds:
            token = BaseStateToken(ident=channel_name(secret, kind, ticket_id), cls=channel_class)
            async with app.modify_state(token) as root:
                channel = await root.get_state(channel_class)
                channel.revision += 1

    task = asyncio.get_running_loop().create_task(bump())
    _pending.add(task)
    task.add_done_callback(_pending.discard)


async def settle() -> None:
    """Wait until every announcement made so far has been sent."""
    while _pending:
        await asyncio.gather(*list(_pending), return_exceptions=True)
