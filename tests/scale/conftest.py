"""Several production workers, as scripts/start --scale runs them: a throwaway
Redis, a PostgreSQL database (migrated, demo panel loaded) and two backend
processes on their own ports, sharing both. Pages are driven over Socket.IO by
the hostile client of tests/security (`Tab`), one per browser tab, connected to
whichever worker a test picks."""

import json
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, select

from support_studio import accounts, routes
from support_studio.models import Account
from tests.scale.servers import Backend, postgres_database, prepare_database, redis_server
from tests.security.conftest import DISPLAY_NAMES, ROOT_STATE, Tab


def state_name(class_name: str) -> str:
    """The full name of one of the app's states (as the browser addresses it)."""
    from support_studio.pages.agent_ticket import AgentTicketState
    from support_studio.pages.my_tickets import MyTicketsState
    from support_studio.pages.studio.state import StudioState
    from support_studio.pages.ticket_thread import ThreadState
    from support_studio.states.auth import AuthState, SignInState

    classes = (AgentTicketState, MyTicketsState, StudioState, ThreadState, AuthState, SignInState)
    return next(cls for cls in classes if cls.__name__ == class_name).get_full_name()


@dataclass
class Cluster:
    db_url: str
    redis_url: str
    workers: list[Backend]
    engine: object

    def token(self, username: str) -> str:
        """A sign-in token, made the way sign-in makes one (bcrypt sign-in is throttled per address)."""
        with Session(self.engine) as session:
            account = session.exec(select(Account).where(Account.username == username)).one()
            return accounts.start_session(session, account)

    def restart(self) -> None:
        """Stop every worker, then start them again on the same ports."""
        for worker in self.workers:
            worker.stop()
        for worker in self.workers:
            worker.start()


@pytest.fixture(scope="session")
def cluster():
    with redis_server() as redis_url, postgres_database() as db_url:
        prepare_database(db_url)
        workers = [Backend(db_url, redis_url) for _ in range(2)]
        engine = create_engine(db_url)
        try:
            for worker in workers:
                worker.start()
            yield Cluster(db_url, redis_url, workers, engine)
        finally:
            for worker in workers:
                worker.stop()
            engine.dispose()


class Page:
    """One browser tab on one worker, signed in as `username` (or nobody)."""

    def __init__(self, worker: Backend, token: str = "", client_token: str | None = None):
        self.worker, self.sign_in = worker, token
        self.tab = Tab(worker.url, client_token)

    def send(self, state: str, handler: str, payload: dict | None = None, path: str = "/") -> list[dict]:
        return self.tab.send(f"{state_name(state)}.{handler}", payload or {}, path)

    def load(self, state: str, handler: str, path: str) -> list[dict]:
        """The page's on_load, as the browser runs it: the handler gets the sign-in token."""
        return self.send(state, handler, {"token": self.sign_in}, path)

    def mark(self) -> int:
        return len(self.tab.updates)

    def since(self, start: int) -> str:
        return json.dumps(self.tab.received_since(start))

    def close(self) -> None:
        self.tab.close()


@pytest.fixture
def open_page(cluster):
    pages = []

    def opened(worker: int, username: str = "", client_token: str | None = None) -> Page:
        page = Page(cluster.workers[worker], cluster.token(username) if username else "", client_token)
        pages.append(page)
        if username:
            shown = page.send("AuthState", "load_public", {"token": page.sign_in})
            assert DISPLAY_NAMES[username] in json.dumps(shown)  # signed in on that worker
        return page

    yield opened
    for page in pages:
        page.close()


def pushed(page: Page, start: int) -> bool:
    """A live channel's revision reached this page since `start` (its RevisionWatcher would reload)."""
    return "revision_rx_state_" in page.since(start)


def submit_ticket(page: Page, summary: str) -> int:
    """Open the studio, type a summary, send it: the new ticket's number."""
    page.load("StudioState", "load_studio", routes.NEW_TICKET)
    page.send("StudioState", "choose_issue_type", {"issue_type": "other"}, routes.NEW_TICKET)
    page.send("StudioState", "edit_field", {"name": "summary", "value": summary}, routes.NEW_TICKET)
    sent = page.send("StudioState", "submit", {}, routes.NEW_TICKET)
    numbers = [
        values["sent_ticket_number_rx_state_"]
        for update in sent
        for values in update.get("delta", {}).values()
        if values.get("sent_ticket_number_rx_state_")
    ]
    assert numbers, f"no ticket number in {json.dumps(sent)[:2000]}"
    return numbers[-1]


__all__ = ["ROOT_STATE", "Page", "pushed", "submit_ticket"]
