"""Accuracy and behaviour of support_studio.screening on the labelled corpus."""

from __future__ import annotations

import pytest

from screening_corpus import AGENT_ITEMS, CORPUS, CUSTOMER_ITEMS, LANGUAGES
from support_studio.screening import KIND_LABELS, Finding, describe, redact, scan, scan_agent_reply

FIXED_FORMAT_RECALL = 1.0
PROSE_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.02


def _caught(item, findings) -> bool:
    return set(item.labels) <= {f.kind for f in findings}


def _recall(items, scanner) -> float:
    return sum(_caught(item, scanner(item.text)) for item in items) / len(items)


def test_corpus_is_large_varied_and_mostly_hard_negatives():
    assert len(CORPUS) >= 400
    negatives = [item for item in CORPUS if not item.labels]
    assert len(negatives) * 2 >= len(CORPUS)
    assert {item.language for item in CORPUS} == set(LANGUAGES)
    assert {item.category for item in CORPUS if item.labels} == {"fixed_format", "prose"}
    assert {kind for item in CUSTOMER_ITEMS for kind in item.labels} == set(KIND_LABELS)
    assert len(AGENT_ITEMS) >= 30


def test_every_fixed_format_secret_is_caught():
    fixed = [item for item in CUSTOMER_ITEMS if item.category == "fixed_format"]
    missed = [item.text[:80] for item in fixed if not _caught(item, scan(item.text))]
    assert len(missed) <= (1 - FIXED_FORMAT_RECALL) * len(fixed), missed


def test_prose_recall_meets_threshold():
    prose = [item for item in CUSTOMER_ITEMS if item.category == "prose"]
    assert _recall(prose, scan) >= PROSE_RECALL


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_positives_that_are_caught(language):
    positives = [item for item in CUSTOMER_ITEMS if item.labels and item.language == language]
    assert positives
    assert _recall(positives, scan) >= PROSE_RECALL


def test_hard_negatives_are_rarely_flagged():
    negatives = [item for item in CUSTOMER_ITEMS if not item.labels]
    flagged = [item.text[:80] for item in negatives if scan(item.text)]
    assert len(flagged) <= MAX_FALSE_POSITIVE_RATE * len(negatives), flagged


def test_fixed_format_spans_cover_the_secret():
    for item in CUSTOMER_ITEMS:
        if item.category != "fixed_format":
            continue
        start = item.text.index(item.secret)
        end = start + len(item.secret)
        assert any(f.start <= start and f.end >= end for f in scan(item.text)), item.text[:80]


def test_agent_replies_asking_for_secrets_are_flagged_and_warnings_are_not():
    asks = [item for item in AGENT_ITEMS if item.labels]
    fine = [item for item in AGENT_ITEMS if not item.labels]
    assert _recall(asks, scan_agent_reply) >= PROSE_RECALL
    flagged = [item.text for item in fine if scan_agent_reply(item.text)]
    assert len(flagged) <= MAX_FALSE_POSITIVE_RATE * len(fine), flagged


@pytest.mark.parametrize("text, kind, secret", [
    ("Login code: 48213. Do not give this code to anyone!", "one_time_code", "48213"),
    ("vot kod 4 8 2 1 3", "one_time_code", "4 8 2 1 3"),
    ("kod: 48-213", "one_time_code", "48-213"),
    ("код ４８２１３", "one_time_code", "４８２１３"),
    ("my code is '48213'", "one_time_code", "48213"),
    ("moi parol: Kotik2024!", "password", "Kotik2024!"),
    ("mera password hai dilli@99", "password", "dilli@99"),
    ("alex@gmail.com:Passw0rd!", "password", "Passw0rd!"),
    ("şifrem Istanbul34", "password", "Istanbul34"),
    ("https://t.me/login/AbCdEf123_-x", "recovery", "https://t.me/login/AbCdEf123_-x"),
    ("bot 123456789:AAH4x2kq9QzVb8n3W1mPq0rStUvWxYz-_1A done", "session",
     "123456789:AAH4x2kq9QzVb8n3W1mPq0rStUvWxYz-_1A"),
    ("I can add you as admin", "admin_access", "add you as admin"),
])
def test_known_secrets_are_found_with_exact_offsets(text, kind, secret):
    findings = scan(text)
    start = text.index(secret)
    assert any(f.kind == kind and f.start <= start and f.end >= start + len(secret) for f in findings)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


@pytest.mark.parametrize("text", [
    "I won't send my password",
    "should I send the code?",
    "the channel admin changed the link",
    "order 48213 not started, 5000 members",
    "promo code 12345 doesn't work",
    "tx " + "ab" * 32,
    "paid to TXyz1234567890abcdefghijkLMNPQRSTU",
    "https://t.me/mychannel/48213 code",
    "@code48213",
    "date 12.03.2024 at 14:35",
])
def test_innocent_texts_are_not_flagged(text):
    assert scan(text) == []


def test_findings_have_user_facing_reasons():
    for finding in scan("password: Qwerty123 and code 48213"):
        assert isinstance(finding, Finding)
        assert finding.kind in KIND_LABELS
        assert finding.reason and len(finding.reason) < 80


def test_describe_names_what_was_found():
    assert describe([]) == ""
    one = describe(scan("the code is 48213"))
    assert one == "This looks like a login or 2FA code. Support never needs it: remove it before sending."
    both = describe(scan("password: Qwerty123, code 48213"))
    assert "a password" in both and "a login or 2FA code" in both


def test_redact_removes_flagged_spans_only():
    text = "order 123456, login code 48213, password: Qwerty123!"
    cleaned = redact(text, scan(text))
    assert "48213" not in cleaned and "Qwerty123" not in cleaned
    assert "order 123456" in cleaned
    assert scan(cleaned) == []
    assert redact(text, []) == text


def test_agent_reply_reasons_name_the_thing_asked():
    (finding,) = scan_agent_reply("Please send us your 2FA code.")
    assert finding.kind == "one_time_code"
    assert finding.reason == "Support never asks for a login code."
    assert scan_agent_reply("We never need your password and you should not send codes.") == []
