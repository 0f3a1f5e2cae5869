"""Unit tests for support_studio.ticket_quality: issue guides, field validation,
the live checklist and the quality indicator. Pure Python, no database."""

from dataclasses import replace
from datetime import date

import pytest

from support_studio import telegram
from support_studio.domain import ISSUE_TYPES
from support_studio.ticket_quality import (
    ALREADY_CHECKED_MAX,
    ISSUE_GUIDES,
    MAX_COUNT,
    SUMMARY_MAX,
    TicketDraft,
    assess,
    checklist,
    field_errors,
    missing_required,
    parse_amount,
    parse_count,
    parse_payment_date,
    payment_date_range,
    still_typing,
    summary_is_clear,
)

CLEAR_SUMMARY = "The channel dropped from 17,400 to 15,900 members within three days of completion."
COUNT_REASON = "Type the count as a number, for example 12400."
ORDER_CONTEXT_KEYS = ["order", "target", "status"]

# A draft that satisfies every item the given type can show.
COMPLETE = TicketDraft(
    order_id=48201,
    target_text="https://t.me/cryptonewsdaily",
    reported_status="completed",
    current_count="15,900",
    payment_reference="CARD-7F3K29QX",
    payment_amount="25.00",
    payment_method="card",
    payment_date=date.today().isoformat(),
    summary=CLEAR_SUMMARY,
    already_checked="The channel is public and the link is unchanged.",
)

# issue type -> (keys shown in order, keys that are required)
EXPECTED_ITEMS = {
    "order": (
        ["order", "target", "status", "summary", "already_checked"],
        {"order", "target", "status", "summary"},
    ),
    "refill": (
        ["order", "target", "status", "current_count", "summary", "already_checked"],
        {"order", "target", "status", "current_count", "summary"},
    ),
    "cancellation": (
        ["order", "target", "status", "summary", "already_checked"],
        {"order", "target", "status", "summary"},
    ),
    "speed": (
        ["order", "target", "status", "current_count", "summary", "already_checked"],
        {"order", "target", "status", "summary"},
    ),
    "drop": (
        ["order", "target", "status", "current_count", "summary", "already_checked"],
        {"order", "target", "status", "current_count", "summary"},
    ),
    "payment": (
        ["payment_reference", "payment_amount", "payment_method", "payment_date", "summary", "already_checked"],
        {"payment_reference", "payment_amount", "payment_method", "payment_date", "summary"},
    ),
    "target": (
        ["order", "target", "status", "summary", "already_checked"],
        {"order", "target", "status", "summary"},
    ),
    "other": (
        ["order", "target", "status", "summary", "already_checked"],
        {"summary"},
    ),
}


def items_by_key(draft: TicketDraft) -> dict:
    return {item.key: item for item in checklist(draft)}


def label_for(draft: TicketDraft) -> str:
    return assess(draft).label


# ------------------------------------------------------------------ guides


def test_every_issue_type_has_a_guide_and_no_guide_is_orphaned():
    assert ISSUE_GUIDES.keys() == ISSUE_TYPES.keys()


def test_expectations_below_cover_every_issue_type():
    assert EXPECTED_ITEMS.keys() == ISSUE_TYPES.keys()


@pytest.mark.parametrize("issue_type", ISSUE_TYPES)
def test_guide_texts_are_filled_in(issue_type):
    guide = ISSUE_GUIDES[issue_type]
    assert guide.short.strip() and guide.include.strip() and guide.target_label.strip()
    assert guide.order_item in {"required", "optional", "hidden"}
    assert guide.count_item in {"required", "optional", "hidden"}


# --------------------------------------------------------------- checklist


@pytest.mark.parametrize("issue_type", ISSUE_TYPES)
def test_checklist_shows_the_items_the_type_needs(issue_type):
    keys, required = EXPECTED_ITEMS[issue_type]
    items = checklist(TicketDraft(issue_type=issue_type))
    assert [item.key for item in items] == keys
    assert {item.key for item in items if item.required} == required


@pytest.mark.parametrize("issue_type", [t for t, guide in ISSUE_GUIDES.items() if guide.order_item != "hidden"])
def test_order_based_types_always_carry_the_seeds_four_items(issue_type):
    keys = {item.key for item in checklist(TicketDraft(issue_type=issue_type))}
    assert {"order", "target", "status", "summary"} <= keys


def test_payment_asks_for_a_reference_and_no_order_items():
    keys = [item.key for item in checklist(TicketDraft(issue_type="payment"))]
    assert "payment_reference" in keys
    assert not set(ORDER_CONTEXT_KEYS) & set(keys)


def test_target_type_labels_the_target_as_it_is_now():
    item = items_by_key(TicketDraft(issue_type="target"))["target"]
    assert item.label == "Telegram target as it is now"


def test_unknown_or_missing_type_falls_back_to_the_order_checklist():
    expected = [item.key for item in checklist(TicketDraft(issue_type="order"))]
    assert [item.key for item in checklist(TicketDraft())] == expected
    assert [item.key for item in checklist(TicketDraft(issue_type="bogus"))] == expected


@pytest.mark.parametrize("issue_type", ISSUE_TYPES)
def test_empty_draft_ticks_nothing(issue_type):
    assert not any(item.met for item in checklist(TicketDraft(issue_type=issue_type)))


@pytest.mark.parametrize("issue_type", ISSUE_TYPES)
def test_complete_draft_ticks_every_item(issue_type):
    items = checklist(replace(COMPLETE, issue_type=issue_type))
    assert all(item.met for item in items)
    assert missing_required(items) == []


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("order_id", 48201, "order"),
        ("target_text", "@cryptonewsdaily", "target"),
        ("reported_status", "completed", "status"),
        ("current_count", "12,400", "current_count"),
        ("summary", CLEAR_SUMMARY, "summary"),
        ("already_checked", "Checked the link.", "already_checked"),
    ],
)
def test_filling_a_field_ticks_only_its_item(field, value, key):
    draft = replace(TicketDraft(issue_type="refill"), **{field: value})
    assert [item.key for item in checklist(draft) if item.met] == [key]


def test_payment_reference_ticks_its_item():
    draft = TicketDraft(issue_type="payment", payment_reference="PIX-20261127-4471")
    assert items_by_key(draft)["payment_reference"].met


@pytest.mark.parametrize(
    ("field", "bad_value", "key"),
    [
        ("target_text", "t.me/login", "target"),
        ("reported_status", "shipped", "status"),
        ("current_count", "abc", "current_count"),
        ("summary", CLEAR_SUMMARY + "x" * SUMMARY_MAX, "summary"),
        ("already_checked", "x" * (ALREADY_CHECKED_MAX + 1), "already_checked"),
    ],
)
def test_a_field_with_an_error_is_not_ticked(field, bad_value, key):
    draft = replace(COMPLETE, issue_type="refill", **{field: bad_value})
    assert not items_by_key(draft)[key].met


def test_whitespace_only_fields_are_not_ticked():
    draft = TicketDraft(issue_type="refill", target_text="   ", current_count=" ", already_checked="\n")
    items = items_by_key(draft)
    assert not items["target"].met
    assert not items["current_count"].met
    assert not items["already_checked"].met


def test_missing_required_lists_labels_of_unmet_required_items_only():
    draft = TicketDraft(issue_type="speed", order_id=48201, summary=CLEAR_SUMMARY)
    # current_count is optional for speed and already_checked never required
    assert missing_required(checklist(draft)) == ["Telegram target", "Current status"]


# ----------------------------------------------------------- quality label


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (TicketDraft(), "Pick an issue type"),
        (replace(COMPLETE, issue_type="bogus"), "Pick an issue type"),
        (TicketDraft(issue_type="order"), "Needs order context"),
        (
            TicketDraft(issue_type="order", order_id=1, target_text="@durov"),
            "Needs order context",
        ),
        (
            TicketDraft(issue_type="order", order_id=1, target_text="@durov", reported_status="pending"),
            "Needs a clear summary",
        ),
        (replace(COMPLETE, issue_type="order", current_count=""), "Ready for review"),
    ],
    ids=["no-type", "unknown-type", "empty", "no-status", "no-summary", "ready"],
)
def test_quality_label_for_an_order_issue_progresses(draft, expected):
    assert label_for(draft) == expected


def test_quality_label_for_a_refill_asks_for_count_before_summary():
    steps = [
        TicketDraft(issue_type="refill"),
        TicketDraft(issue_type="refill", order_id=1, target_text="@durov", reported_status="completed"),
        TicketDraft(
            issue_type="refill",
            order_id=1,
            target_text="@durov",
            reported_status="completed",
            current_count="12 400",
        ),
        TicketDraft(
            issue_type="refill",
            order_id=1,
            target_text="@durov",
            reported_status="completed",
            current_count="12 400",
            summary=CLEAR_SUMMARY,
        ),
    ]
    assert [label_for(d) for d in steps] == [
        "Needs order context",
        "Needs the current count",
        "Needs a clear summary",
        "Ready for review",
    ]


def test_a_count_being_typed_keeps_the_label_until_it_is_whole_or_left():
    """UX audit 9, F11: "12,400" typed key by key was Ready, Needs the count, Ready again (each said)."""
    typing = frozenset({"current_count"})
    labels = [
        assess(replace(COMPLETE, issue_type="refill", current_count="12,400"[:keys]), typing=typing).label
        for keys in range(1, 7)
    ]
    assert labels == ["Ready for review"] * 6
    left_half_typed = replace(COMPLETE, issue_type="refill", current_count="12,4")
    assert assess(left_half_typed).label == "Needs the current count"
    assert "current_count" in field_errors(left_half_typed)  # and said, once the field is left
    assert assess(replace(left_half_typed, current_count="12,4x"), typing=typing).label == "Needs the current count"


@pytest.mark.parametrize(
    ("name", "value", "typing"),
    [
        ("current_count", "12,", True),
        ("current_count", "1 2", True),
        ("current_count", "12,40", True),
        ("current_count", "12,400", False),  # whole: judged
        ("current_count", "about 5k", False),
        ("payment_date", "0002-05-01", True),  # a date field as the year's first digit is typed
        ("payment_date", "0202-05-01", True),
        ("payment_date", "2026-05-01", False),
        ("summary", "12,4", False),
    ],
)
def test_still_typing_is_a_count_or_a_date_part_way(name, value, typing):
    assert still_typing(name, value) is typing


def test_quality_label_for_speed_does_not_demand_the_count():
    draft = replace(COMPLETE, issue_type="speed", current_count="")
    assert label_for(draft) == "Ready for review"


def test_quality_label_for_payment_asks_for_payment_details_then_summary():
    assert label_for(TicketDraft(issue_type="payment")) == "Needs payment details"
    draft = TicketDraft(issue_type="payment", payment_reference="CARD-9D2M44LB")
    assert label_for(draft) == "Needs payment details"
    draft = replace(draft, payment_amount="25", payment_method="card", payment_date=date.today().isoformat())
    assert label_for(draft) == "Needs a clear summary"
    assert label_for(replace(draft, summary=CLEAR_SUMMARY)) == "Ready for review"


def test_quality_label_for_other_needs_only_a_summary():
    assert label_for(TicketDraft(issue_type="other")) == "Needs a clear summary"
    assert label_for(TicketDraft(issue_type="other", summary=CLEAR_SUMMARY)) == "Ready for review"


# ------------------------------------------------------------ field errors


def test_empty_draft_has_no_field_errors():
    assert field_errors(TicketDraft()) == {}


def test_complete_draft_has_no_field_errors():
    assert field_errors(replace(COMPLETE, issue_type="refill")) == {}


@pytest.mark.parametrize("target", ["t.me/login", "hello world", "ftp://t.me/durov", "t.me/c/abc/1", "t.me/+"])
def test_bad_target_error_is_the_parsers_reason(target):
    with pytest.raises(ValueError) as parsed:
        telegram.parse_target(target)
    assert field_errors(TicketDraft(target_text=target)) == {"target_text": str(parsed.value)}


def test_login_link_target_is_refused_with_the_login_reason():
    errors = field_errors(TicketDraft(target_text="https://t.me/login/12345"))
    assert errors["target_text"] == telegram.LOGIN_REASON


@pytest.mark.parametrize("target", ["@cryptonewsdaily", "t.me/cryptonewsdaily/1520", "https://t.me/+Xk3pL9qRzT1hYWEy"])
def test_good_target_has_no_error(target):
    assert "target_text" not in field_errors(TicketDraft(target_text=target))


@pytest.mark.parametrize("count", ["12400", "12,400", "12 400", "12.400", "12'400", " 0 "])
def test_count_with_separators_is_accepted(count):
    assert "current_count" not in field_errors(TicketDraft(current_count=count))


@pytest.mark.parametrize("count", ["abc", "12k", "-5", "1e6", ",", "12,4OO"])
def test_count_that_is_not_a_number_is_refused(count):
    assert field_errors(TicketDraft(current_count=count)) == {"current_count": COUNT_REASON}


def test_count_above_any_channel_size_is_refused():
    errors = field_errors(TicketDraft(current_count=str(MAX_COUNT + 1)))
    assert errors == {"current_count": "That count is larger than any Telegram channel."}
    assert field_errors(TicketDraft(current_count=str(MAX_COUNT))) == {}


def test_count_with_a_superscript_digit_gets_the_user_facing_reason():
    # "²".isdigit() is True but int("²") fails: the reason must still be ours.
    assert field_errors(TicketDraft(current_count="12²")) == {"current_count": COUNT_REASON}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12,400", 12400), ("12 400", 12400), ("1_000_000", 1000000), ("007", 7)],
)
def test_parse_count_reads_counts_as_people_type_them(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["12.5", "1,5", "12.40", "1.2.3", "12,4000"])
def test_a_count_with_decimals_or_odd_groups_is_refused_not_misread(text):
    with pytest.raises(ValueError) as refused:
        parse_count(text)
    assert "12400" in str(refused.value)


def test_summary_at_the_limit_is_fine_and_one_over_is_refused():
    assert "summary" not in field_errors(TicketDraft(summary="x" * SUMMARY_MAX))
    errors = field_errors(TicketDraft(summary="x" * (SUMMARY_MAX + 1)))
    assert errors == {"summary": "Keep this under 5,000 characters."}


def test_already_checked_at_the_limit_is_fine_and_one_over_is_refused():
    assert field_errors(TicketDraft(already_checked="x" * ALREADY_CHECKED_MAX)) == {}
    errors = field_errors(TicketDraft(already_checked="x" * (ALREADY_CHECKED_MAX + 1)))
    assert errors == {"already_checked": "Keep this under 2,000 characters."}


@pytest.mark.parametrize(
    "reference",
    [
        "CARD-7F3K29QX",
        "USDT-TRC20-8c1e5b7a90",
        "PIX-20261127-4471",
        "TX_2026_4471",
        "a.b:c/d",
        "X" * 80,
    ],
)
def test_good_payment_reference_has_no_error(reference):
    assert field_errors(TicketDraft(payment_reference=reference)) == {}


@pytest.mark.parametrize("reference", ["CARD 7F3K29QX", "ABC", "-CARD-1", "X" * 81, "CARD#7F3K", "ref\t123"])
def test_bad_payment_reference_is_refused(reference):
    assert set(field_errors(TicketDraft(payment_reference=reference))) == {"payment_reference"}


def test_unknown_reported_status_is_refused():
    errors = field_errors(TicketDraft(reported_status="shipped"))
    assert errors == {"reported_status": "Pick the status your order shows."}


def test_unknown_issue_type_is_refused():
    assert field_errors(TicketDraft(issue_type="bogus")) == {"issue_type": "Pick one of the issue types."}


def test_several_bad_fields_each_get_their_own_error():
    draft = TicketDraft(
        target_text="t.me/login",
        reported_status="shipped",
        current_count="abc",
        payment_reference="a b",
    )
    assert set(field_errors(draft)) == {
        "target_text",
        "reported_status",
        "current_count",
        "payment_reference",
    }


# -------------------------------------------------------- summary clarity


@pytest.mark.parametrize(
    ("summary", "clear"),
    [
        ("", False),
        # 8 words, 39 characters: one character short
        ("one two three four five six seven eight", False),
        # 8 words, 40 characters
        ("one two three four five six seven eights", True),
        # 7 words, well over 40 characters
        ("Delivery stopped completely yesterday afternoon without explanation", False),
        # 8 words, over 40 characters
        ("Delivery stopped completely yesterday afternoon without any explanation", True),
        # padding does not count towards the length
        ("   one two three four five six seven eight   ", False),
        # inner spaces count towards the 40 characters (8 words, 44 characters)
        ("a b c d e f g" + " " * 30 + "h", True),
        # trailing spaces do not (7 words, 13 characters once stripped)
        ("a b c d e f g" + " " * 40, False),
    ],
)
def test_summary_is_clear_needs_40_characters_and_8_words(summary, clear):
    assert summary_is_clear(summary) is clear


def test_summary_edge_strings_have_the_lengths_the_table_claims():
    assert len("one two three four five six seven eight") == 39
    assert len("one two three four five six seven eights") == 40
    assert len("a b c d e f g" + " " * 30 + "h") == 44
    assert len("Delivery stopped completely yesterday afternoon without explanation".split()) == 7


# ------------------------------------------------- one declaration, readiness


def test_every_field_is_declared_once_with_label_and_limit():
    from support_studio.ticket_quality import TICKET_FIELDS

    names = [f.name for f in TICKET_FIELDS]
    assert len(names) == len(set(names))
    assert all(f.label and f.limit > 0 for f in TICKET_FIELDS)


def test_a_flagged_field_is_never_ticked_and_blocks_readiness():
    draft = replace(COMPLETE, issue_type="order")
    assert assess(draft).ready
    flagged = assess(draft, frozenset({"summary"}))
    assert not flagged.ready
    assert flagged.label == "Remove what support never needs"
    assert not {item.key: item for item in flagged.items}["summary"].met
    # What holds it back is the flagged text, not anything missing: "Still missing" does not name it.
    assert {item.key: item for item in flagged.items}["summary"].flagged
    assert "Clear issue summary" not in flagged.missing


def test_switching_to_payment_drops_the_order_and_its_details():
    draft = replace(COMPLETE, issue_type="payment").visible_only()
    assert draft.order_id is None and draft.target_text == "" and draft.reported_status == ""
    assert draft.current_count == ""
    assert draft.payment_reference == "CARD-7F3K29QX"


def test_switching_to_an_order_type_drops_the_payment_details():
    draft = replace(COMPLETE, issue_type="refill").visible_only()
    assert draft.payment_reference == draft.payment_amount == draft.payment_method == ""
    assert draft.order_id == 48201


def test_fingerprint_ignores_hidden_fields_and_follows_visible_ones():
    base = replace(COMPLETE, issue_type="payment")
    assert base.fingerprint() == replace(base, current_count="1").fingerprint()
    assert base.fingerprint() != replace(base, summary=CLEAR_SUMMARY + " more").fingerprint()


@pytest.mark.parametrize(("text", "cents"), [("25", 2500), ("$25.50", 2550), ("25,50", 2550), ("1,200.00", 120000)])
def test_amounts_as_people_type_them(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["abc", "0", "-5", "1e3", "25.505", "100001"])
def test_bad_amounts_are_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_payment_dates_in_the_future_or_long_ago_are_refused():
    today = date(2026, 11, 30)
    assert payment_date_range(today) == (date(2024, 11, 30), date(2026, 12, 1))
    assert parse_payment_date("2024-11-30", today) == date(2024, 11, 30)
    assert parse_payment_date("2026-12-01", today) == date(2026, 12, 1)
    assert parse_payment_date("2026-11-29", today) == date(2026, 11, 29)
    for bad in ("2026-12-05", "2023-01-01", "29/11/2026", ""):
        with pytest.raises(ValueError):
            parse_payment_date(bad, today)
