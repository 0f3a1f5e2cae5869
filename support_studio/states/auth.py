"""Who is signed in on this tab.

The browser keeps its sign-in token in localStorage and hands it over only as
the argument of a page's load event (read by a script when the tab does not
know its sign-in yet, never kept in a state var), so the raw token never sits
in the server's state store: the state keeps only its SHA-256, as the database
does. The account's role always comes from the database. Reads re-check the
sign-in at least every minute; every write and every page load re-check it in
the database.

When the sign-in ends (sign-out, expiry, another account on this tab) the tab
forgets everything: page data is reset and live channels unlinked before
anything else is sent.

A sign-in holds for the websocket connection the browser presented its token
on, not for the tab's Reflex token: that token travels in every websocket URL
(proxy logs, HAR files), and Reflex keeps a tab's state under it for an hour.
A new connection (a reload, a reconnect, or someone else using the tab's
token) starts signed out and with no page data, unless its handshake shows the
tab's own sign-in: the browser sends its token in a cookie, of which only the
hash gets past the ASGI guard (asgi_guard.HandshakeSignIn). Then the tab goes
on with its page (a reconnect keeps what was typed and pressed while the link
was down). Without the cookie, the page load asks the browser for its token.
An upload, which comes over HTTP with the tab's token, carries the browser's
sign-in token as its argument."""

import asyncio
import json
import time
from dataclasses import dataclass

import reflex as rx
from reflex.app import EventNamespace
from reflex.istate.manager.token import BaseStateToken

from support_studio import accounts, routes
from support_studio.asgi_guard import EVENT_PATH, SIGN_IN_SCOPE_KEY
from support_studio.domain import as_id
from support_studio.server_secret import server_secret
from support_studio.states import live
from support_studio.text_hygiene import text_argument
from support_studio.throttle import Throttle, storage_for

TOKEN_STORAGE_KEY = "support_studio_session"
RECHECK_SECONDS = 60
# What the browser answers when it keeps no token (an empty argument means "not asked yet").
NO_TOKEN = "none"
READ_TOKEN_SCRIPT = f"window.localStorage.getItem({json.dumps(TOKEN_STORAGE_KEY)}) || {json.dumps(NO_TOKEN)}"
# The cookies that carry the token beside localStorage: for the attachment routes,
# and for the websocket's handshake. Neither reaches the state: a cookie scoped to
# /files is never sent with the websocket, and the guard takes the other out.
_TOKEN_COOKIES = ((accounts.FILES_COOKIE, routes.FILES), (accounts.SOCKET_COOKIE, EVENT_PATH))


def _cookie_script(value: str, max_age: int) -> str:
    """Sets (or, with max_age 0, removes) both token cookies to the JavaScript expression `value`."""
    return "".join(
        f"document.cookie = '{name}=' + {value} + '; Path={path}; Max-Age={max_age}; SameSite=Strict'"
        " + (location.protocol === 'https:' ? '; Secure' : '');"
        for name, path in _TOKEN_COOKIES
    )


FORGET_TOKEN_SCRIPT = f"window.localStorage.removeItem({json.dumps(TOKEN_STORAGE_KEY)});" + _cookie_script("''", 0)


# Kept by the browser once it signed in (Throttle.new_device_proof), sent with the next sign-in.
DEVICE_STORAGE_KEY = "support_studio_device"
FILL_DEVICE_SCRIPT = (
    f"(() => {{ const field = document.getElementById('device-proof');"
    f" if (field) field.value = window.localStorage.getItem({json.dumps(DEVICE_STORAGE_KEY)}) || ''; }})()"
)


def _keep_sign_in_script(token: str, device_proof: str) -> str:
    """What the browser keeps after a sign-in: its token (and its cookies), and
    the proof that it signed in as this username (Throttle.new_device_proof)."""
    return (
        f"(() => {{ const t = {json.dumps(token)};"
        f"window.localStorage.setItem({json.dumps(TOKEN_STORAGE_KEY)}, t);"
        f"window.localStorage.setItem({json.dumps(DEVICE_STORAGE_KEY)}, {json.dumps(device_proof)});"
        f"{_cookie_script('t', int(accounts.SESSION_LIFETIME.total_seconds()))} }})()"
    )


@dataclass(frozen=True)
class SignedIn:
    """The signed-in account as handlers use it (same attribute names as Account)."""

    id: int
    role: str
    display_name: str


_throttle: Throttle | None = None


def throttle() -> Throttle:
    """The app's limiter, on the app's database or Redis (created on first use)."""
    global _throttle
    if _throttle is None:
        config = rx.config.get_config()
        with rx.session() as session:
            secret = server_secret(session)
        _throttle = Throttle(storage_for(rx.model.get_engine(), config.redis_url or ""), secret)
    return _throttle


class AuthState(rx.State):
    # Shown in the header only: every decision uses the backend vars below.
    signed_in_name: str = ""
    signed_in_role: str = ""
    # This tab found its sign-in ended (expired, or ended elsewhere) while a page was open:
    # the page shell then sends it to the sign-in page, which says so (UX audit 8).
    sign_in_ended: bool = False

    _account_id: int = 0
    _account_role: str = ""
    _token_hash: str = ""
    _checked_at: float = 0.0
    # The websocket connection the sign-in was proved on (see the module docstring).
    _proved_on: str = ""

    def _signed_in(self, fresh: bool = False) -> SignedIn | None:
        """The account signed in on this tab, re-read from the database when
        `fresh` (before any write) or when the last check is a minute old."""
        if not self._token_hash or self._proved_on != self.router.session.session_id:
            return None
        if fresh or time.time() - self._checked_at > RECHECK_SECONDS:
            with rx.session() as session:
                account = accounts.account_for_token_hash(session, self._token_hash)
            if account is None:
                self._token_hash = ""
                self.sign_in_ended = True
                return None
            self._remember(account)
        return SignedIn(self._account_id, self._account_role, self.signed_in_name)

    @staticmethod
    def _draft_kept_for(account_id: int, token_hash: str) -> int | None:
        """After a fresh check found the tab signed out: the account what was typed meanwhile
        is still kept for, when its sign-in only ran out of time (for its next sign-in, UX audit
        9); None when it was ended (a sign-out, perhaps of a lost device: attack round 11).
        `account_id` and `token_hash` are the tab's, read before the check forgot them."""
        if account_id and token_hash and run_in_session(accounts.sign_in_expired, token_hash):
            return account_id
        return None

    def _signed_in_as(self, role: str, fresh: bool = False) -> SignedIn | None:
        account = self._signed_in(fresh)
        return account if account is not None and account.role == role else None

    def _remember(self, account) -> None:
        self._account_id, self._account_role = account.id, account.role
        self._checked_at = time.time()
        self._update(signed_in_name=account.display_name, signed_in_role=account.role)

    def _update(self, **values) -> None:
        """Assign only the vars whose value differs: an unchanged one stays out of
        the delta, so a page load that finds nothing new does not redraw the page."""
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)

    async def _adopt(self, token: object) -> SignedIn | None:
        """Take the browser's token (untrusted) and check it in the database. A
        different sign-in than before on this tab forgets the old one."""
        token = token if isinstance(token, str) and len(token) <= 128 and token != NO_TOKEN else ""
        hashed = accounts.token_hash(token) if token else ""
        if hashed != self._token_hash and self._token_hash:
            await self._forget()
        self._hold(hashed)
        return await self._still_signed_in(None)

    def _hold(self, token_hash: str) -> None:
        """The sign-in `token_hash` was proved on this connection: it holds it from now."""
        self._token_hash, self._proved_on = token_hash, self.router.session.session_id

    def _proved_by(self, token: object) -> SignedIn | None:
        """The account, when `token` (the browser's sign-in token, sent with an
        upload) is this tab's sign-in."""
        account = self._signed_in()
        valid = isinstance(token, str) and 0 < len(token) <= 128 and accounts.token_hash(token) == self._token_hash
        return account if valid else None

    async def _still_signed_in(self, role: str | None) -> SignedIn | None:
        """The account (with `role`, unless None), checked in the database now.
        A sign-in that ended (expired, signed out elsewhere) makes this tab
        forget everything first: no channel stays linked, no page keeps data."""
        had_account = self._account_id
        account = self._signed_in(fresh=True)
        if account is None and had_account:
            await self._forget()
        return account if account is not None and (role is None or account.role == role) else None

    async def _who(self, token: object, reload) -> tuple[SignedIn | None, list]:
        """Who loads this page. A tab that knows its sign-in goes on at once (checked
        again in the database); otherwise the browser is asked for its token and
        `reload(token)`, the page's load handler, runs again with it."""
        if token:
            return await self._adopt(token), []
        account = await self._still_signed_in(None)
        if account is not None:
            return account, []
        handshake = _handshake_sign_ins.pop(self.router.session.session_id, "")
        if handshake:
            self._hold(handshake)  # presented on this connection, by its handshake
            return await self._still_signed_in(None), []
        return None, [rx.call_script(READ_TOKEN_SCRIPT, callback=reload)]

    async def _forget(self) -> None:
        """The sign-in ended: unlink live channels, then clear every page's data."""
        await live.unfollow(self)
        for state_class in _page_state_classes():
            state = await self.get_state(state_class)
            state.reset()
        self._drop_sign_in()

    async def _keep_then_forget(self) -> None:
        """Another websocket took this tab's token, or the sign-in ended: what a page keeps
        for a reload (`_keep_for_reload`, the studio's unsaved draft) is saved, then the tab forgets."""
        for state_class in _page_state_classes():
            keep = getattr(await self.get_state(state_class), "_keep_for_reload", None)
            if keep is not None:
                await asyncio.to_thread(keep)
        await self._forget()

    async def _resumed_by(self, sid: str) -> bool:
        """The new connection `sid` presented this tab's sign-in in its handshake (a reconnect
        after a drop, or a reload): the tab goes on with its page data, and each page keeps what
        is typed in its boxes (`_resume`), which a page load would otherwise write over."""
        if _handshake_sign_ins.get(sid) != self._token_hash:
            return False
        account = await asyncio.to_thread(run_in_session, accounts.account_for_token_hash, self._token_hash)
        if account is None:
            return False
        _handshake_sign_ins.pop(sid, None)
        self._proved_on = sid
        self._remember(account)
        for state_class in _page_state_classes():
            resume = getattr(await self.get_state(state_class), "_resume", None)
            if resume is not None:
                resume()
        return True

    def _drop_sign_in(self) -> None:
        self._account_id, self._account_role, self._token_hash, self._proved_on = 0, "", "", ""
        self.signed_in_name = self.signed_in_role = ""

    def _route_ticket_id(self) -> int | None:
        """The ticket number in the page's URL; anything else (it is user input) is None."""
        return as_id(getattr(self, routes.TICKET_PARAM, ""))

    def _to_sign_in(self, ended: bool = False) -> rx.event.EventSpec:
        """To the sign-in page and back here afterwards; `ended`: it says the sign-in ended."""
        return rx.redirect(routes.sign_in(self.router.url.path, signed_out=ended))

    async def _require(self, token: object, role: str, reload) -> tuple[SignedIn | None, list]:
        """For a page load: the account when it has `role`, else the events that
        come first (asking the browser for its token, or where to send it)."""
        account, events = await self._who(token, reload)
        if events:
            return None, events
        if account is None:
            return None, [self._to_sign_in()]
        if account.role != role:
            return None, [rx.redirect(routes.landing(account.role))]
        return account, []

    @rx.event
    async def sign_in_again(self):
        """The page's sign-in ended: the tab forgets its token and goes to sign in, and back here."""
        if not self.sign_in_ended:
            return
        self.sign_in_ended = False
        await self._keep_then_forget()
        return [rx.call_script(FORGET_TOKEN_SCRIPT), self._to_sign_in(ended=True)]

    @rx.event
    async def load_public(self, token: str = ""):
        """Load of a page anyone may see: fill the header if someone is signed in."""
        _, events = await self._who(token, AuthState.load_public)
        return events

    @rx.event
    async def sign_out(self):
        hashed = self._token_hash
        await self._forget()
        if hashed:
            with rx.session() as session:
                accounts.end_session(session, hashed)
        return [rx.call_script(FORGET_TOKEN_SCRIPT), rx.redirect(routes.sign_in(signed_out=True))]


# Per websocket connection (its sid), the sign-in token hash its handshake carried,
# until the connection's first page load takes it (asgi_guard.HandshakeSignIn).
_handshake_sign_ins: dict[str, str] = {}
_UNLINK_WAITS = 200  # of 10 ms, for a closed connection's token to be unlinked


class SignInPerConnection(EventNamespace):
    """Reflex's websocket namespace, but a connection that takes a tab's token
    without showing the tab's sign-in in its handshake (AuthState._resumed_by)
    finds the tab signed out and without page data before Reflex sends it the
    tab's state (the connect's first event). The tab is cleared before the token
    is linked to the new connection: a handler still running for the old one
    (holding the tab's lock: a sign-in waiting for bcrypt, a page load) finishes
    first, and what it sends reaches no socket. A duplicate of a tab that is
    open, which Reflex gives a new token, leaves the open tab alone; a tab that comes back
    while the server still holds its old connection, gone quiet, is no duplicate (_gone_quiet)."""

    async def on_connect(self, sid: str, environ: dict, auth=None):
        token_hash = environ.get("asgi.scope", {}).get(SIGN_IN_SCOPE_KEY)
        if token_hash:
            _handshake_sign_ins[sid] = token_hash
        try:
            return await super().on_connect(sid, environ, auth)
        except BaseException:
            _handshake_sign_ins.pop(sid, None)  # a refused connect never disconnects
            raise

    def on_disconnect(self, sid: str):
        _handshake_sign_ins.pop(sid, None)
        return super().on_disconnect(sid)

    def _gone_quiet(self, sid: str) -> bool:
        """The connection `sid` left the server's last ping unanswered for half a ping interval
        (an open tab answers within milliseconds): its link went silent, and the tab that comes
        back under its token is that tab, not a copy. Only a connection to this worker can tell."""
        engine = self.server.eio
        socket = engine.sockets.get(self.server.manager.eio_sid_from_sid(sid, self.namespace))
        return (
            socket is not None
            and socket.last_ping is not None
            and time.time() - socket.last_ping > engine.ping_interval / 2
        )

    async def link_token_to_sid(self, sid: str, token: str, *, update_state: bool = True):
        old_sid = self.token_to_sid.get(token)
        if old_sid not in (None, sid) and self._gone_quiet(old_sid):
            # Closed now, as the server would close it in a moment: the tab reconnects as after any drop.
            await self.server.disconnect(old_sid, namespace=self.namespace)
            for _ in range(_UNLINK_WAITS):  # (Reflex unlinks the token in a task of its own)
                if token not in self.token_to_sid:
                    break
                await asyncio.sleep(0.01)
        if token not in self.token_to_sid:
            async with self.app.modify_state(BaseStateToken(ident=token, cls=AuthState)) as root:
                auth = await root.get_state(AuthState)
                if auth._token_hash and not await auth._resumed_by(sid):
                    await auth._keep_then_forget()
        await super().link_token_to_sid(sid, token, update_state=update_state)


def sign_ins_per_connection(app: rx.App) -> None:
    """Run at startup (a lifespan task, before the first websocket connects):
    Reflex's namespace becomes a SignInPerConnection. The same object, so what
    Reflex's event processor and token manager hold of it stays valid."""
    app.event_namespace.__class__ = SignInPerConnection


def run_in_session(action, *args):
    """`action(session, *args)` in its own database session (for asyncio.to_thread)."""
    with rx.session() as session:
        return action(session, *args)


def _page_state_classes() -> list[type[rx.State]]:
    """Every state below AuthState: the pages' data, which a sign-in owns."""
    found, stack = [], [AuthState]
    while stack:
        for child in stack.pop().get_substates():
            found.append(child)
            stack.append(child)
    return found


class SignInState(AuthState):
    sign_in_error: str = ""
    signing_in: bool = False
    signed_out: bool = False  # arrived from Sign out: the page says so

    @rx.event
    async def load_sign_in(self, token: str = ""):
        """The sign-in page starts without the error of an earlier attempt."""
        self.sign_in_error = ""
        self.signed_out = self.router.url.query_parameters.get("signed_out") == "1"
        _, events = await self._who(token, SignInState.load_sign_in)
        return events

    @rx.event
    async def sign_in(self, form_data: dict):
        if not isinstance(form_data, dict):
            return
        username = text_argument(form_data.get("username"), accounts.USERNAME_MAX) or ""
        password = form_data.get("password")
        password = password[: accounts.PASSWORD_MAX] if isinstance(password, str) else ""
        device = text_argument(form_data.get("device"), 64) or ""
        # An error cleared first is said again when the same refusal comes back (UX audit 8).
        self.signing_in, self.sign_in_error = True, ""
        yield
        # bcrypt is deliberately slow: keep it off the event loop.
        address = self.router.session.client_ip
        result = await asyncio.to_thread(run_in_session, _sign_in, username, password, address, device)
        self.signing_in = False
        if result.account is None:
            self.sign_in_error = result.error
            # Not lost to the page with the busy button: to the first field left empty (UX audit 11, F7).
            yield rx.set_focus("username" if not username.strip() else "password")
            return
        await self._forget()  # whoever was signed in on this tab before
        self.sign_in_error = ""
        self._hold(accounts.token_hash(result.token))  # the password was shown on this connection
        self._remember(result.account)
        next_path = self.router.url.query_parameters.get("next", "")
        yield rx.call_script(_keep_sign_in_script(result.token, result.device_proof))
        yield rx.redirect(routes.safe_next(next_path, result.account.role))


def _sign_in(session, username: str, password: str, address: str, device: str) -> accounts.SignInResult:
    result = accounts.sign_in(session, throttle(), username, password, address, device)
    if result.account is not None:
        session.refresh(result.account)
        session.expunge(result.account)  # read after the session closes
    return result
