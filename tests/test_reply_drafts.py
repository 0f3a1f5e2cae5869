"""Unsent thread replies kept over a reload, on a real SQLite file."""

from datetime import timedelta

from support_studio import reply_drafts
from support_studio.models import ReplyDraft, utc_now


def test_a_reply_is_kept_until_it_is_sent_or_emptied(session, maria, sam, maria_ticket):
    reply_drafts.keep(session, maria.id, maria_ticket.id, "Still dropping, 40 more gone.", trimmed=False)
    reply_drafts.keep(session, sam.id, maria_ticket.id, "We are checking the refill log.", trimmed=False)
    reply_drafts.keep(session, maria.id, maria_ticket.id, "Still dropping, 60 more gone.", trimmed=True)
    assert reply_drafts.kept(session, maria.id, maria_ticket.id) == ("Still dropping, 60 more gone.", True)
    assert reply_drafts.kept(session, sam.id, maria_ticket.id) == ("We are checking the refill log.", False)
    reply_drafts.keep(session, maria.id, maria_ticket.id, "  ", trimmed=False)  # sent or emptied
    assert reply_drafts.kept(session, maria.id, maria_ticket.id) is None
    assert reply_drafts.kept(session, sam.id, maria_ticket.id) is not None


def test_replies_no_page_came_back_for_go_after_a_while(session, maria, sam, maria_ticket):
    reply_drafts.keep(session, maria.id, maria_ticket.id, "Old words.", trimmed=False)
    reply_drafts.keep(session, sam.id, maria_ticket.id, "New words.", trimmed=False)
    old = session.get(ReplyDraft, (maria.id, maria_ticket.id))
    old.updated_at = utc_now() - timedelta(days=2)
    session.add(old)
    session.commit()
    reply_drafts.remove_stale(session, timedelta(days=1))
    assert reply_drafts.kept(session, maria.id, maria_ticket.id) is None
    assert reply_drafts.kept(session, sam.id, maria_ticket.id) == ("New words.", False)


def test_an_agents_note_is_kept_beside_the_reply_until_both_are_gone(session, sam, maria_ticket):
    reply_drafts.keep_note(session, sam.id, maria_ticket.id, "Provider log shows the drop on day 40.")
    assert reply_drafts.kept(session, sam.id, maria_ticket.id) is None  # no reply yet
    reply_drafts.keep(session, sam.id, maria_ticket.id, "We are checking the refill log.", trimmed=False)
    reply_drafts.keep(session, sam.id, maria_ticket.id, "", trimmed=False)  # the reply was sent
    assert reply_drafts.kept_note(session, sam.id, maria_ticket.id) == "Provider log shows the drop on day 40."
    reply_drafts.keep_note(session, sam.id, maria_ticket.id, "")  # the note was added
    assert session.get(ReplyDraft, (sam.id, maria_ticket.id)) is None
