"""The app's real backend (its ASGI app under uvicorn, in this process) on a
seeded SQLite file, and a hostile websocket client that speaks Socket.IO to it
like the browser does, but with whatever token, handler and arguments a test
chooses. No browser."""

import os
import re
import socket
import tempfile
import threading
import time
import uuid
from pathlib import Path

import engineio
import pytest
import socketio
from sqlmodel import Session, SQLModel, create_engine, select

import support_studio.models  # noqa: F401  (registers every table on SQLModel.metadata)
from support_studio import accounts, demo_data
from support_studio.models import Account

NAMESPACE = "/_event"
ROOT_STATE = "reflex___state____state"
# An event every tab may send, whose update always comes back: once it does,
# everything the tab sent before it has been processed (events run in order).
SENTINEL = f"{ROOT_STATE}.set_is_hydrated"
# What the header shows once each demo account is signed in.
DISPLAY_NAMES = {username: name for username, name, _role, _password in demo_data.DEMO_ACCOUNTS}
# Reflex reads its database URL when the app is first imported (at collection).
DATABASE = Path(tempfile.mkdtemp(prefix="support-studio-security-")) / "app.db"
os.environ["REFLEX_DB_URL"] = f"sqlite:///{DATABASE}"


class Refused(Exception):
    """The server refused the websocket connection."""


class Tab:
    """One browser tab, as a crafted client: its own token, the updates it got."""

    def __init__(self, url: str, token: str | None = None, headers: dict | None = None):
        self.token = token if token is not None else str(uuid.uuid4())
        self.updates: list[dict] = []
        self.new_tokens: list[str] = []  # Reflex's answer to a token another connection holds
        self._lock = threading.Lock()
        self._client = socketio.Client(reconnection=False)
        self._client.on("event", self._received, namespace=NAMESPACE)
        self._client.on("new_token", self.new_tokens.append, namespace=NAMESPACE)
        try:
            self._client.connect(
                f"{url}?token={self.token}",
                headers=headers or {},
                socketio_path=NAMESPACE,
                transports=["websocket"],
                namespaces=[NAMESPACE],
                wait_timeout=10,
            )
        except socketio.exceptions.ConnectionError as error:
            raise Refused(str(error)) from None
        self.send(f"{ROOT_STATE}.hydrate", {})

    def _received(self, update: dict) -> None:
        with self._lock:
            self.updates.append(update)

    def emit(self, handler: str, payload: dict, path: str = "/", params: dict | None = None) -> None:
        """Send an event the way the browser's state.js does (the route's
        parameters in `query`, as React Router gives them), without waiting."""
        router = {"pathname": path, "asPath": path}
        number = re.fullmatch(r"(?:/agent)?/tickets/(\d+)", path)
        params = params if params is not None else ({"ticket_number": number.group(1)} if number else None)
        if params:
            router["query"] = params
        self._client.emit("event", {"name": handler, "payload": payload, "router_data": router}, namespace=NAMESPACE)

    def send(self, handler: str, payload: dict, path: str = "/", params: dict | None = None) -> list[dict]:
        """Send an event, wait until the server processed it; the updates it caused."""
        start = len(self.updates)
        self.emit(handler, payload, path, params)
        self.emit(SENTINEL, {"value": True}, path, params)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with self._lock:
                answered = any(
                    "is_hydrated_rx_state_" in str(update.get("delta", {}).get(ROOT_STATE, {}))
                    for update in self.updates[start:]
                )
            if answered:
                # A failed handler's error toast is sent once its task is done,
                # possibly just after the sentinel: wait until the tab is quiet.
                seen = -1
                while seen != len(self.updates) and time.monotonic() < deadline:
                    seen = len(self.updates)
                    time.sleep(0.05)
                return self.received_since(start)
            time.sleep(0.01)
        raise TimeoutError(f"no answer to {handler}")

    def received_since(self, start: int) -> list[dict]:
        with self._lock:
            return self.updates[start:]

    def go_silent(self) -> None:
        """Stop answering the server's pings, as a tab whose link went silent: the server
        hears nothing more from it, and the tab keeps its side open."""
        engine = self._client.eio
        answer = engine._receive_packet
        engine._receive_packet = lambda pkt: None if pkt.packet_type == engineio.packet.PING else answer(pkt)

    @property
    def connected(self) -> bool:
        return self._client.connected

    def close(self) -> None:
        self._client.disconnect()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def backend():
    """The backend on its own seeded database; yields (url, engine)."""
    engine = create_engine(f"sqlite:///{DATABASE}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        demo_data.seed(session)

    import uvicorn

    from support_studio.support_studio import app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app(), host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", engine
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def url(backend):
    return backend[0]


@pytest.fixture(scope="session")
def db(backend):
    return backend[1]


@pytest.fixture
def open_tab(url):
    tabs = []

    def opened(token: str | None = None, headers: dict | None = None) -> Tab:
        tab = Tab(url, token, headers)
        tabs.append(tab)
        return tab

    yield opened
    for tab in tabs:
        tab.close()


@pytest.fixture
def sign_in_token(db):
    """A fresh sign-in token for a demo username, made the way sign-in makes one."""

    def token_for(username: str) -> str:
        with Session(db) as session:
            account = session.exec(select(Account).where(Account.username == username)).one()
            return accounts.start_session(session, account)

    return token_for
