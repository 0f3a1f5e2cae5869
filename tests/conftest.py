import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# ---- a real SQLite file per test, seeded with the demo panel ----------------
# Used by the database tests (test_tickets, test_agent_desk); test_queue builds
# its own small desk and overrides `engine` and `session`.

import shutil  # noqa: E402

import pytest  # noqa: E402
from sqlmodel import Session, SQLModel, create_engine, select  # noqa: E402

import support_studio.models  # noqa: E402,F401  (registers every table on SQLModel.metadata)
from support_studio import demo_data  # noqa: E402
from support_studio.models import Account, Ticket  # noqa: E402
from support_studio.throttle import SqlStorage, Throttle  # noqa: E402


def sqlite_engine(path):
    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    return engine


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    """Seed once (bcrypt makes seeding slow); every test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = sqlite_engine(path)
    with Session(engine) as session:
        demo_data.seed(session)
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path, seeded_template):
    path = tmp_path / "t.db"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def engine(db_path):
    engine = sqlite_engine(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        demo_data.seed(session)  # a no-op on the seeded copy, as in the app
        yield session


@pytest.fixture
def throttle(engine):
    """The app's limiter, with its counters in the test's database."""
    return Throttle(SqlStorage(engine))


@pytest.fixture
def users(session):
    return {account.username: account for account in session.exec(select(Account))}


@pytest.fixture
def maria(users):
    return users["maria"]


@pytest.fixture
def arif(users):
    return users["arif"]


@pytest.fixture
def sam(users):
    return users["sam"]


@pytest.fixture
def nadia(users):
    return users["nadia"]


def demo_ticket(session, key) -> Ticket:
    return session.exec(select(Ticket).where(Ticket.submission_key == key)).one()


@pytest.fixture
def maria_ticket(session):
    """maria's open speed ticket about order 48207 (in progress)."""
    return demo_ticket(session, "demo-ticket-3")


@pytest.fixture
def arif_ticket(session):
    """arif's open drop ticket about order 48222."""
    return demo_ticket(session, "demo-ticket-1")
