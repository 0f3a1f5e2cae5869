"""scan and scan_agent_reply accept any str, never raise, return valid spans
and finish promptly, even on adversarial input (no catastrophic backtracking)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support_studio.screening import redact, scan, scan_agent_reply

SCAN_TIME_LIMIT = 3.0  # seconds per scan of up to 100 KB: the worst linear case takes ~0.6 s idle; backtracking takes minutes

_FRAGMENTS = [
    "code ", "kod ", "код ", "password: ", "parol ", "şifre ", "1", "4 8 2 1 3 ", "48-213 ", "@", "@user ",
    "a@b.com:", "https://t.me/", "t.me/login/", "tg://login?", "=", ":", "/", "-", "_", "A" * 50, "aB3" * 40,
    "0x", "f" * 64, "T", "bc1q", "\n", " ", "?", "!", ".", "#", "I can ", "add you as admin ", "stel_ssid=",
    "123456789:AA", "api_hash ", "tdata ", "١٢٣٤٥", "４８２１３", "\u200f", "\u202e", "😀", "\ufe0f\u20e3",
    "recovery code ", "order ", "never ", "send ", "your ", "İ", "ı",
]
adversarial_text = st.lists(st.sampled_from(_FRAGMENTS), max_size=400).map("".join)
any_text = st.one_of(st.text(max_size=2000), adversarial_text,
                     st.binary(max_size=2000).map(lambda b: b.decode("latin-1")))


def _check(text: str) -> None:
    for scanner in (scan, scan_agent_reply):
        started = time.perf_counter()
        findings = scanner(text)
        assert time.perf_counter() - started < SCAN_TIME_LIMIT
        for finding in findings:
            assert 0 <= finding.start < finding.end <= len(text)
        assert len(redact(text, findings)) <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_returns_valid_findings_promptly(text):
    _check(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_FRAGMENTS), st.sampled_from(_FRAGMENTS))
def test_100kb_of_repeated_fragments_is_prompt(first, second):
    unit = first + second
    _check(unit * (100_000 // len(unit)))


def test_pathological_inputs_are_prompt():
    for text in [
        "", " " * 100_000, "a" * 100_000, "1" * 100_000, "1 " * 50_000, "1-" * 50_000,
        "@" * 100_000, "a@" * 50_000, "a." * 50_000, ("x" * 63 + ".") * 1500, "password " * 11_000,
        "code " * 20_000, "1" + "A" * 99_999, ("A" * 60 + "\n") * 1600, "=" * 100_000,
        "\x00\xff" * 50_000, "😀" * 50_000, "مرحبا " * 16_000, "https://" + "a" * 100_000,
        "stel_ssid=" + "a" * 100_000, "code: " + "4 " * 50_000, "I can " * 16_000,
    ]:
        _check(text)


def test_non_str_input_returns_nothing():
    assert scan(None) == []  # type: ignore[arg-type]
    assert scan_agent_reply(b"password: x") == []  # type: ignore[arg-type]
