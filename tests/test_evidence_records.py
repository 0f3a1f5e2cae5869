"""Attachments in the database and over HTTP: staging, attaching in the message's
transaction, who may see a file, cleanup, private storage, and the Starlette
routes (headers, 404s, uploads) on a real SQLite file with the demo panel."""

import io
import os
import stat
from datetime import timedelta

import pytest
import test_evidence_samples as samples
from PIL import Image
from sqlmodel import Session, func, select
from starlette.testclient import TestClient

from support_studio import accounts
from support_studio.evidence import (
    MAX_FILES_PER_MESSAGE,
    EvidenceRefused,
    LocalFileStorage,
    attach_staged,
    attachment_counts,
    attachment_for_viewer,
    attachments_for_messages,
    check_file,
    discard_staged,
    remove_stale_staged,
    stage_file,
    staged_files,
    store_message_with_files,
    view,
)
from support_studio.evidence.routes import SESSION_COOKIE, make_file_routes, make_files_app
from support_studio.models import Attachment, Message, utc_now


@pytest.fixture
def storage(tmp_path):
    return LocalFileStorage(tmp_path / "files")


@pytest.fixture
def png():
    return check_file("Screenshot 2026-11-12.png", samples.image_bytes("PNG", size=(640, 480)))


@pytest.fixture
def pdf():
    return check_file("receipt.pdf", samples.pdf_bytes())


def reply(ticket, author, body="Here is the screenshot of the count.", internal=False, kind="reply"):
    return Message(ticket_id=ticket.id, author_id=author.id, body=body, internal=internal, kind=kind)


def count_messages(session, ticket):
    return session.exec(select(func.count(Message.id)).where(Message.ticket_id == ticket.id)).one()


def sent_file(session, storage, account, ticket, checked, **message):
    row = stage_file(session, storage, account.id, checked)
    store_message_with_files(session, reply(ticket, account, **message), account.id, [row.file_id])
    session.refresh(row)
    return row


# ------------------------------------------------------------------ storage


def test_staged_file_is_stored_privately_under_random_keys(session, storage, maria, png):
    row = stage_file(session, storage, maria.id, png)
    assert row.message_id is None and row.account_id == maria.id
    assert row.name == "Screenshot 2026-11-12.png" and row.mime_type == "image/png" and row.size == png.size
    assert len({row.file_id, row.storage_key, row.thumb_key}) == 3  # three unrelated random keys
    stored = [p for p in storage.root.rglob("*") if p.is_file() and p.name != ".gitignore"]
    assert {p.name for p in stored} == {row.storage_key, row.thumb_key}
    assert not any("Screenshot" in str(p) for p in storage.root.rglob("*"))
    assert storage.read(row.storage_key) == png.data
    assert stat.S_IMODE(os.stat(storage.root / row.storage_key[:2] / row.storage_key).st_mode) == 0o600
    assert (storage.root / ".gitignore").read_text() == "*\n"


def test_storage_refuses_keys_that_are_not_its_own(storage):
    for key in ("../../etc/passwd", "short", "a/b" * 10, ""):
        with pytest.raises(ValueError):
            storage.put(key, b"x")
    with pytest.raises(FileNotFoundError):
        storage.open("A" * 43)


def test_storage_is_never_a_public_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("REFLEX_UPLOADED_FILES_DIR", str(tmp_path / "uploaded_files"))
    with pytest.raises(ValueError):
        LocalFileStorage(tmp_path / "uploaded_files" / "evidence")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError):
        LocalFileStorage(tmp_path / "assets" / "files")
    LocalFileStorage(tmp_path / "data" / "files")  # the default place is fine


# ---------------------------------------------------------- staging, attach


def test_message_and_its_files_are_stored_together(session, storage, maria, maria_ticket, png, pdf):
    first, second = (stage_file(session, storage, maria.id, checked) for checked in (png, pdf))
    message = reply(maria_ticket, maria)
    attached = store_message_with_files(session, message, maria.id, [first.file_id, second.file_id])
    assert [a.file_id for a in attached] == [first.file_id, second.file_id]
    assert all(a.message_id == message.id and a.attached_at is not None for a in attached)
    assert staged_files(session, maria.id) == []
    listed = attachments_for_messages(session, [message.id])
    assert [a.name for a in listed[message.id]] == ["Screenshot 2026-11-12.png", "receipt.pdf"]


def test_a_staged_file_waits_only_where_it_was_attached(session, storage, maria, png, pdf):
    for_new_ticket = stage_file(session, storage, maria.id, png, "new-ticket")
    for_ticket_3 = stage_file(session, storage, maria.id, pdf, "ticket-3")
    assert [a.file_id for a in staged_files(session, maria.id, "new-ticket")] == [for_new_ticket.file_id]
    assert [a.file_id for a in staged_files(session, maria.id, "ticket-3")] == [for_ticket_3.file_id]
    assert staged_files(session, maria.id, "ticket-4") == []


def test_a_refused_file_refuses_the_whole_message(session, storage, maria, arif, maria_ticket, png):
    mine = stage_file(session, storage, maria.id, png)
    theirs = stage_file(session, storage, arif.id, png)
    before = count_messages(session, maria_ticket)
    with pytest.raises(EvidenceRefused) as caught:
        store_message_with_files(session, reply(maria_ticket, maria), maria.id, [mine.file_id, theirs.file_id])
    assert caught.value.code == "not_staged"
    assert count_messages(session, maria_ticket) == before  # no message stored
    assert [a.file_id for a in staged_files(session, maria.id)] == [mine.file_id]  # still staged
    assert session.get(Attachment, theirs.id).message_id is None


def test_attach_inside_the_callers_transaction_rolls_back_with_it(session, storage, maria, maria_ticket, png):
    row = stage_file(session, storage, maria.id, png)
    before = count_messages(session, maria_ticket)
    message = reply(maria_ticket, maria)
    session.add(message)
    assert [a.message_id for a in attach_staged(session, maria.id, message, [row.file_id])] == [message.id]
    session.rollback()  # e.g. the message failed a later check
    assert session.get(Attachment, row.id).message_id is None
    assert count_messages(session, maria_ticket) == before


def test_a_sent_file_cannot_be_attached_again(session, storage, maria, maria_ticket, png):
    row = sent_file(session, storage, maria, maria_ticket, png)
    with pytest.raises(EvidenceRefused):
        store_message_with_files(session, reply(maria_ticket, maria), maria.id, [row.file_id])


def test_at_most_five_files_on_one_message(session, storage, maria, maria_ticket, png):
    rows = [stage_file(session, storage, maria.id, png) for _ in range(MAX_FILES_PER_MESSAGE + 1)]
    with pytest.raises(EvidenceRefused) as caught:
        store_message_with_files(session, reply(maria_ticket, maria), maria.id, [r.file_id for r in rows])
    assert caught.value.code == "too_many"
    assert len(staged_files(session, maria.id)) == MAX_FILES_PER_MESSAGE + 1
    store_message_with_files(session, reply(maria_ticket, maria), maria.id, [r.file_id for r in rows[:5]])
    assert len(staged_files(session, maria.id)) == 1


def test_unknown_and_malformed_ids_refuse_the_message(session, maria, maria_ticket):
    for ids in (["A" * 43], ["../../x"], [""]):
        with pytest.raises(EvidenceRefused):
            store_message_with_files(session, reply(maria_ticket, maria), maria.id, ids)


def test_files_attach_only_to_the_uploaders_own_message(session, storage, maria, sam, maria_ticket, png):
    row = stage_file(session, storage, maria.id, png)
    with pytest.raises(ValueError):
        attach_staged(session, maria.id, reply(maria_ticket, sam), [row.file_id])
    session.rollback()


def test_discard_staged_removes_only_your_own_staged_file(session, storage, maria, arif, png):
    row = stage_file(session, storage, maria.id, png)
    assert discard_staged(session, storage, arif.id, row.file_id) is False
    assert discard_staged(session, storage, maria.id, row.file_id) is True
    assert session.exec(select(Attachment).where(Attachment.file_id == row.file_id)).first() is None
    assert not storage.exists(row.storage_key) and not storage.exists(row.thumb_key)
    assert discard_staged(session, storage, maria.id, row.file_id) is False


def test_staged_files_never_sent_are_cleaned_up_after_a_day(session, storage, maria, maria_ticket, png):
    old = stage_file(session, storage, maria.id, png)
    fresh = stage_file(session, storage, maria.id, png)
    sent = sent_file(session, storage, maria, maria_ticket, png)
    for row in (old, sent):
        row.created_at = utc_now() - timedelta(days=2)
        session.add(row)
    session.commit()
    assert remove_stale_staged(session, storage) == 1
    assert session.exec(select(Attachment).where(Attachment.file_id == old.file_id)).first() is None
    assert not storage.exists(old.storage_key)
    assert storage.exists(fresh.storage_key) and storage.exists(sent.storage_key)


def test_too_many_staged_files_are_refused(session, storage, maria, png, monkeypatch):
    from support_studio.evidence import records

    monkeypatch.setattr(records, "MAX_STAGED_PER_ACCOUNT", 2)
    stage_file(session, storage, maria.id, png)
    stage_file(session, storage, maria.id, png)
    with pytest.raises(EvidenceRefused) as caught:
        stage_file(session, storage, maria.id, png)
    assert caught.value.code == "too_many_staged"


def test_attachment_counts_per_ticket(session, storage, maria, sam, maria_ticket, arif_ticket, png):
    sent_file(session, storage, maria, maria_ticket, png)
    sent_file(session, storage, sam, maria_ticket, png, body="Internal: checked", internal=True, kind="note")
    assert attachment_counts(session, [maria_ticket.id, arif_ticket.id]) == {maria_ticket.id: 2}
    assert attachment_counts(session, [maria_ticket.id], include_internal=False) == {maria_ticket.id: 1}


# ------------------------------------------------------------------- access


def test_who_may_see_an_attached_file(session, storage, maria, arif, sam, nadia, maria_ticket, png):
    row = sent_file(session, storage, maria, maria_ticket, png)
    assert attachment_for_viewer(session, row.file_id, maria).id == row.id  # the ticket's customer
    assert attachment_for_viewer(session, row.file_id, sam).id == row.id  # any agent
    assert attachment_for_viewer(session, row.file_id, nadia).id == row.id
    assert attachment_for_viewer(session, row.file_id, arif) is None  # another customer
    assert attachment_for_viewer(session, row.file_id, None) is None  # signed out
    assert attachment_for_viewer(session, "Q" * 43, maria) is None  # unknown
    assert attachment_for_viewer(session, "../" + row.file_id, maria) is None  # malformed


def test_an_agent_reply_file_is_seen_by_the_customer(session, storage, maria, arif, sam, maria_ticket, png):
    row = sent_file(session, storage, sam, maria_ticket, png, body="This is the count we see.")
    assert attachment_for_viewer(session, row.file_id, maria) is not None
    assert attachment_for_viewer(session, row.file_id, arif) is None


def test_files_on_internal_notes_are_for_agents_only(session, storage, maria, sam, nadia, maria_ticket, png):
    row = sent_file(session, storage, sam, maria_ticket, png, body="Provider panel", internal=True, kind="note")
    assert attachment_for_viewer(session, row.file_id, nadia) is not None
    assert attachment_for_viewer(session, row.file_id, maria) is None


def test_a_staged_file_is_seen_only_by_its_uploader(session, storage, maria, arif, sam, png):
    row = stage_file(session, storage, maria.id, png)
    assert attachment_for_viewer(session, row.file_id, maria) is not None
    assert attachment_for_viewer(session, row.file_id, arif) is None
    assert attachment_for_viewer(session, row.file_id, sam) is None


def test_view_for_the_thread(session, storage, maria, maria_ticket, png, pdf):
    image, receipt = (view(sent_file(session, storage, maria, maria_ticket, c)) for c in (png, pdf))
    assert image.is_image and image.url == f"/files/{image.file_id}" and image.thumb_url.endswith("/thumb")
    assert image.type_label == "PNG image" and image.size_label.endswith(("B", "KB"))
    assert not receipt.is_image and receipt.thumb_url is None and receipt.type_label == "PDF"


# ------------------------------------------------------------------- routes


@pytest.fixture
def client(engine, storage):
    app = make_files_app(lambda: Session(engine), storage=storage)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def sign_in(session):
    def signed_in_as(client, account):
        client.cookies.clear()
        if account is not None:
            client.cookies.set(SESSION_COOKIE, accounts.start_session(session, account))
        return client

    return signed_in_as


def assert_private(response):
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "private, no-store"


def test_route_serves_an_image_to_the_customer_and_agents(
    client, sign_in, session, storage, maria, sam, maria_ticket, png
):
    row = sent_file(session, storage, maria, maria_ticket, png)
    for account in (maria, sam):
        response = sign_in(client, account).get(f"/files/{row.file_id}")
        assert response.status_code == 200 and response.content == png.data
        assert response.headers["content-type"] == "image/png"
        assert response.headers["content-disposition"].startswith('inline; filename="Screenshot 2026-11-12.png"')
        assert "filename*=UTF-8''Screenshot%202026-11-12.png" in response.headers["content-disposition"]
        assert_private(response)
        assert "sandbox" in response.headers["content-security-policy"]
        thumb = client.get(f"/files/{row.file_id}/thumb")
        assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/webp"
        assert max(Image.open(io.BytesIO(thumb.content)).size) == 320
        assert_private(thumb)


def test_route_sends_pdfs_as_a_download(client, sign_in, session, storage, maria, maria_ticket, pdf):
    row = sent_file(session, storage, maria, maria_ticket, pdf)
    response = sign_in(client, maria).get(f"/files/{row.file_id}")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith('attachment; filename="receipt.pdf"')
    assert_private(response)
    assert client.get(f"/files/{row.file_id}/thumb").status_code == 404  # PDFs have no thumbnail


def test_route_answers_404_to_everyone_else(client, sign_in, session, storage, maria, arif, sam, maria_ticket, png):
    row = sent_file(session, storage, maria, maria_ticket, png)
    staged = stage_file(session, storage, maria.id, png)
    note = sent_file(session, storage, sam, maria_ticket, png, body="Panel", internal=True, kind="note")
    cases = [
        (None, row.file_id),  # signed out
        (arif, row.file_id),  # someone else's ticket
        (arif, f"{row.file_id}/thumb"),
        (maria, "Z" * 43),  # guessed
        (maria, "not-a-valid-id"),
        (sam, staged.file_id),  # another account's staged file
        (maria, note.file_id),  # an internal note's file
    ]
    for account, path in cases:
        response = sign_in(client, account).get(f"/files/{path}")
        assert response.status_code == 404, (account and account.username, path)
        assert_private(response)
    client.cookies.set(SESSION_COOKIE, "forged-token")
    assert client.get(f"/files/{row.file_id}").status_code == 404


def test_route_404_after_sign_out_and_for_discarded_files(client, sign_in, session, storage, maria, png):
    row = stage_file(session, storage, maria.id, png)
    sign_in(client, maria)
    assert client.get(f"/files/{row.file_id}").status_code == 200  # the uploader previews it
    accounts.end_session(session, accounts.token_hash(client.cookies.get(SESSION_COOKIE)))
    assert client.get(f"/files/{row.file_id}").status_code == 404
    sign_in(client, maria)
    discard_staged(session, storage, maria.id, row.file_id)
    assert client.get(f"/files/{row.file_id}").status_code == 404  # an old URL


def test_make_file_routes_takes_another_account_resolver(engine, storage, session, maria, maria_ticket, png):
    from starlette.applications import Starlette

    row = sent_file(session, storage, maria, maria_ticket, png)
    maria_id = maria.id

    def header_account(db, request):
        from support_studio.models import Account

        return db.get(Account, maria_id) if request.headers.get("x-test-user") == "maria" else None

    app = Starlette(routes=make_file_routes(lambda: Session(engine), header_account, storage))
    with TestClient(app) as test_client:
        assert test_client.get(f"/files/{row.file_id}", headers={"x-test-user": "maria"}).status_code == 200
        assert test_client.get(f"/files/{row.file_id}").status_code == 404
