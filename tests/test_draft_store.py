"""The studio's draft store on a real SQLite file: one draft per customer, and a tab
that another tab left behind saves nothing over the newer draft."""

from support_studio.pages.studio import draft_store
from support_studio.pages.studio.draft_store import SavedDraft

SPEED = SavedDraft("speed", None, {"summary": "The views order has not started after two days."})
OTHER = SavedDraft("other", None, {"summary": "A question about monthly invoices for my company."})


def test_each_save_goes_over_the_revision_it_knows(session, maria):
    assert draft_store.load(session, maria.id) == SavedDraft()
    first = draft_store.save(session, maria.id, SPEED, 0)
    assert first == 1 and draft_store.load(session, maria.id).revision == 1
    assert draft_store.save(session, maria.id, OTHER, first) == 2
    kept = draft_store.load(session, maria.id)
    assert (kept.issue_type, kept.fields, kept.revision) == ("other", OTHER.fields, 2)


def test_a_tab_left_behind_saves_nothing_until_it_chooses_to_keep_its_draft(session, maria):
    tab_a = draft_store.save(session, maria.id, SPEED, 0)
    tab_b = draft_store.save(session, maria.id, OTHER, tab_a)  # tab B loaded revision 1 and typed
    assert draft_store.save(session, maria.id, SPEED, tab_a) is None  # tab A types on revision 1
    assert draft_store.load(session, maria.id).issue_type == "other"  # B's typing is not lost
    assert draft_store.save(session, maria.id, SPEED, None) == tab_b + 1  # A: "Keep this tab's draft"
    assert draft_store.load(session, maria.id).issue_type == "speed"


def test_a_draft_sent_or_started_over_in_another_tab_is_not_brought_back_by_a_tab_left_behind(session, maria):
    revision = draft_store.save(session, maria.id, SPEED, 0)
    draft_store.discard(session, maria.id)  # sent as a ticket in the other tab
    assert draft_store.save(session, maria.id, SPEED, revision) is None
    assert draft_store.load(session, maria.id) == SavedDraft()
