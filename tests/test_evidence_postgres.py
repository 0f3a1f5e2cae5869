"""Attachments on PostgreSQL: the migration's types, staging and attaching in one
transaction, and two messages racing for one staged file. Uses the throwaway
server and the migrated, seeded template of tests/test_postgres.py (same
TEST_POSTGRES_URL / SUPPORT_STUDIO_SKIP_POSTGRES rules)."""

import threading

import pytest
import sqlalchemy as sa
import test_evidence_samples as samples
from sqlmodel import Session, select
from test_postgres import admin, engine, server_url, session, template, users  # noqa: F401 (fixtures)

from support_studio.evidence import (
    EvidenceRefused,
    LocalFileStorage,
    attach_staged,
    attachment_for_viewer,
    check_file,
    stage_file,
    store_message_with_files,
)
from support_studio.models import Attachment, Message, Ticket

pytestmark = pytest.mark.postgres


@pytest.fixture
def storage(tmp_path):
    return LocalFileStorage(tmp_path / "files")


@pytest.fixture
def png():
    return check_file("count.png", samples.image_bytes("PNG"))


def maria_ticket(session) -> Ticket:
    return session.exec(select(Ticket).where(Ticket.submission_key == "demo-ticket-3")).one()


def test_migration_builds_the_attachment_table_with_native_types(engine):
    with engine.connect() as connection:
        types = dict(
            connection.exec_driver_sql(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'attachment'"
            ).all()
        )
    assert types["created_at"] == types["attached_at"] == "timestamp with time zone"
    assert types["size"] == types["message_id"] == "integer"
    assert types["file_id"] == "character varying"
    indexes = {ix["name"]: ix for ix in sa.inspect(engine).get_indexes("attachment")}
    assert indexes["ix_attachment_file_id"]["unique"]


def test_stage_attach_and_access_on_postgres(session, users, storage, png):
    maria, arif, sam = users["maria"], users["arif"], users["sam"]
    ticket = maria_ticket(session)
    row = stage_file(session, storage, maria.id, png)
    message = Message(ticket_id=ticket.id, author_id=maria.id, body="The count now.")
    store_message_with_files(session, message, maria.id, [row.file_id])
    session.refresh(row)
    assert row.message_id == message.id and row.attached_at.utcoffset().total_seconds() == 0
    assert attachment_for_viewer(session, row.file_id, maria) is not None
    assert attachment_for_viewer(session, row.file_id, sam) is not None
    assert attachment_for_viewer(session, row.file_id, arif) is None


def test_two_messages_racing_for_one_staged_file(engine, users, storage, png):
    maria = users["maria"]
    with Session(engine) as setup:
        row = stage_file(setup, storage, maria.id, png)
        ticket_id = maria_ticket(setup).id
    first, second = Session(engine), Session(engine)
    outcome = {}
    try:
        winner = Message(ticket_id=ticket_id, author_id=maria.id, body="first send")
        first.add(winner)
        attach_staged(first, maria.id, winner, [row.file_id])  # holds the row until commit

        def second_send():
            loser = Message(ticket_id=ticket_id, author_id=maria.id, body="second send")
            second.add(loser)
            try:
                attach_staged(second, maria.id, loser, [row.file_id])  # waits for the first
                second.commit()
                outcome["second"] = "attached"
            except EvidenceRefused as error:
                second.rollback()
                outcome["second"] = error.code

        thread = threading.Thread(target=second_send)
        thread.start()
        thread.join(timeout=1)
        assert thread.is_alive()  # blocked on the first transaction's row lock
        first.commit()
        thread.join(timeout=10)
        assert outcome == {"second": "not_staged"}
        with Session(engine) as check:
            stored = check.exec(select(Attachment).where(Attachment.file_id == row.file_id)).one()
            assert stored.message_id == winner.id
            assert check.exec(select(Message).where(Message.body == "second send")).first() is None
    finally:
        first.close()
        second.close()
