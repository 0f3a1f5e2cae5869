"""The guard on the blind corpus: texts written from the label rules only, by
people who never saw the code (tests/blind_corpus/). The batches were read
after their first measurement (see LOG.md) and rules were improved on them,
so their thresholds here guard against regressions (mixed-after and
mixed-final too: each was a frozen batch until its first figures were
logged). No rule was tuned on the frozen batches, and none of them was read:
frozen, frozen-last (measured once at the end of round three), frozen-5
(first measured before round four's rule changes), frozen-6 (written after
them), frozen-7 to frozen-10 (written in round five), frozen-11 to frozen-14 (written in round
six; frozen-14 measured once at its last rule change), frozen-15 (round seven, measured once), frozen-16 (round eight, measured once), frozen-17 (round nine, measured once), frozen-18 (round ten, measured once), frozen-19 (round eleven, measured once), frozen-20 (round twelve, measured once), frozen-21 (round thirteen, measured once), frozen-22 (round fourteen, measured once), frozen-23 (round fifteen, measured once), frozen-24 (round sixteen, measured once), frozen-25 (round seventeen, measured once), frozen-26 (round eighteen, measured once), frozen-27 (round nineteen, measured once), frozen-28 (round twenty, measured once), frozen-29 (round twenty-one, measured once), frozen-30 (round twenty-two, measured once), frozen-31 (round twenty-three, measured once), frozen-32 (round twenty-four, measured once), frozen-33 (round twenty-five, measured once), frozen-34 (round twenty-six, measured once), frozen-35 (round twenty-seven, measured once), frozen-36 (round twenty-eight, measured once), frozen-37 (round twenty-nine, measured once), frozen-38 (round thirty, measured once), frozen-39 (round thirty-one, measured once), frozen-40 (round thirty-two, measured once), frozen-41 (round thirty-three, measured once), frozen-42 (round thirty-four, measured once), frozen-43 (round thirty-five, measured once), frozen-44 (round thirty-six, measured once), frozen-45 (round thirty-seven, measured once), frozen-46 (round thirty-eight, measured once), frozen-47 (round thirty-nine, measured once), frozen-48 (round forty, measured once), frozen-49 (round forty-one, measured once), frozen-50 (round forty-two, measured once), frozen-51 (round forty-three, measured once), frozen-52 (round forty-four, measured once), frozen-53 (round forty-five, measured once), frozen-54 (round forty-six, measured once), frozen-55 (round forty-seven, measured once), frozen-56 (round forty-eight, measured once), frozen-57 (round forty-nine, measured once), frozen-58 (round fifty, measured once), frozen-59 (round fifty-one, measured once), frozen-60 (round fifty-two, measured once), frozen-61 and frozen-62 (round fifty-four, 40 texts each, measured once), frozen-63 (round fifty-five, 40 texts, measured once), frozen-64 and frozen-65 (round fifty-six, 40 texts each, measured once; frozen-65 negatives only), frozen-66 (round fifty-seven, 40 texts, measured once), frozen-67 (round fifty-eight, 40 texts, measured once), frozen-68 and frozen-69 (round sixty, 40 texts each, measured once), frozen-70 and frozen-71 (round sixty-one, 40 texts each, measured once), frozen-72 to frozen-75 (round sixty-two, 40 texts each, measured once; frozen-73 and frozen-75 negatives only), frozen-76 to frozen-79 (round sixty-four, 40 texts each, measured once; frozen-77 and frozen-79 negatives only), frozen-80 to frozen-83 (round sixty-five, 40 texts each, measured once; frozen-81 and frozen-83 negatives only), frozen-84 to frozen-87 (round sixty-six, 40 texts each, measured once; frozen-84 agent texts only, frozen-86 negatives only), frozen-88 to frozen-91 (round sixty-seven, 40 texts each, measured once; frozen-88 agent texts only, frozen-90 negatives only), frozen-92 to frozen-94 (round sixty-eight, 40 texts each, measured once; frozen-92 agent texts only, frozen-93 negatives only). Only their aggregate figures are checked, against the issue's aims
where they are met and the first-measured floor where they are not (see
tests/blind_corpus/README.md)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import screening_report as report  # noqa: E402

from support_studio.screening import scan  # noqa: E402

BATCHES = report.blind_batches()
# The later frozen batches hold 240 texts, save these.
FROZEN_SIZES = {
    "frozen-61": 40,
    "frozen-62": 40,
    "frozen-63": 40,
    "frozen-64": 40,
    "frozen-65": 40,
    "frozen-66": 40,
    "frozen-67": 40,
    "frozen-68": 40,
    "frozen-69": 40,
    "frozen-70": 40,
    "frozen-71": 40,
    "frozen-72": 40,
    "frozen-73": 40,
    "frozen-74": 40,
    "frozen-75": 40,
    "frozen-76": 40,
    "frozen-77": 40,
    "frozen-78": 40,
    "frozen-79": 40,
    "frozen-80": 40,
    "frozen-81": 40,
    "frozen-82": 40,
    "frozen-83": 40,
    "frozen-84": 40,
    "frozen-85": 40,
    "frozen-86": 40,
    "frozen-87": 40,
    "frozen-88": 40,
    "frozen-89": 40,
    "frozen-90": 40,
    "frozen-91": 40,
    "frozen-92": 40,
    "frozen-93": 40,
    "frozen-94": 40,
}
# fresh-zd: customers disguising a secret on purpose (spelled out, split in parts, written
# backwards, encoded). Read like the others, but held to its own floors (below), not theirs.
ON_PURPOSE = "fresh-zd"
BATCH_ITEMS = [item for name, items in BATCHES.items() if name != ON_PURPOSE for item in items]
FROZEN = report.frozen_items()


def _rate(pair) -> float:
    hit, total = pair
    return hit / total


def _meets(figure: dict, floor: float | None, at_most: bool = False) -> bool:
    """A batch's figure over all its languages against its floor (its ceiling, `at_most`); None: the
    batch has no such texts."""
    pair = figure.get("all", (0, 0))
    if floor is None:
        return pair[1] == 0
    return _rate(pair) <= floor if at_most else _rate(pair) >= floor


@pytest.fixture(scope="module")
def batches():
    return report.measure(BATCH_ITEMS)


@pytest.fixture(scope="module")
def frozen():
    return report.measure(FROZEN)


def test_the_blind_corpus_is_large_and_half_hard_negatives():
    assert len(BATCHES) == 151 and len(BATCH_ITEMS) + len(FROZEN) >= 600
    customer = [item for item in BATCH_ITEMS + FROZEN if item.source == "customer"]
    hard = [item for item in customer if item.hard_negative]
    assert len(hard) * 2 >= len(customer) * 0.95


def test_batches_every_kind_is_caught(batches):
    for kind in report.KINDS:
        assert _rate(batches["caught"][kind]) >= 0.97, kind


def test_batches_kinds_are_named_and_hard_negatives_stay_clean(batches):
    # Most kinds named "wrong" are an invitation to log in that came with the password ("if you need
    # to get in, the password is …"): the label rules make that admin_access too, some writers did not.
    assert _rate(batches["kind_right"]["all"]) >= 0.965
    assert _rate(batches["hard_neg"]["all"]) <= 0.01


def test_batches_agent_asks_are_refused_and_warnings_pass(batches):
    assert _rate(batches["agent_ask"]["all"]) >= 0.97
    assert _rate(batches["agent_clean"]["all"]) <= 0.02


def test_disguised_secrets_are_caught_as_often_as_plain_ones(batches):
    plain = batches["disguised"]["plain"][0]
    for name in report.DISGUISES:
        assert batches["disguised"][name][0] >= plain, name


def test_the_batch_disguised_on_purpose_keeps_its_figures_after_reading():
    """fresh-zd first measured 64/96 caught, 59/96 kind right, 2/96 hard negatives flagged and
    18/24 asks refused (LOG.md); after reading 81/96, 77/96, 1/96 and 23/24. What it still misses
    is a value split in parts, written backwards, spelled in words or pointed at from another
    sentence; its disguised variants miss two more (an HTML entity or a percent escape whose own
    characters are disguised: "&＃５８；", "%３Ａ")."""
    figures = report.measure(BATCHES[ON_PURPOSE])
    assert _rate(figures["caught"]["all"]) >= 81 / 96
    assert _rate(figures["kind_right"]["all"]) >= 77 / 96
    assert _rate(figures["hard_neg"]["all"]) <= 1 / 96
    assert _rate(figures["agent_ask"]["all"]) >= 23 / 24
    assert _rate(figures["agent_clean"]["all"]) == 0
    for name in report.DISGUISES:
        assert figures["disguised"][name][0] >= figures["disguised"]["plain"][0] - 3, name


def test_frozen_batch_aggregate_figures(frozen):
    assert _rate(frozen["caught"]["all"]) >= 0.95
    assert _rate(frozen["kind_right"]["all"]) >= 0.90
    assert _rate(frozen["hard_neg"]["all"]) <= 0.01
    assert _rate(frozen["agent_clean"]["all"]) <= 0.02
    assert _rate(frozen["agent_ask"]["all"]) >= 0.85  # below the aim: see README.md
    for name in report.DISGUISES:
        assert frozen["disguised"][name][0] >= frozen["disguised"]["plain"][0], name


# Each frozen batch's floors: the aims where they are met, else its first measurement.
@pytest.mark.parametrize(
    "folder, caught, kind_right, hard_negatives, agent_asks, agent_clean",
    [
        ("frozen-last", 0.95, 0.90, 0.03, 0.95, 0.02),  # 2/96 hard negatives at its first measurement
        ("frozen-5", 0.95, 0.90, 0.02, 0.90, 0.02),  # 4/96 and 22/24 first, 1/96 after round four
        # written mid-round: 90/96, 82/96, 2/96, 23/24, 1/24 first; 93/96 and 88/96 after reading fresh-e to g
        ("frozen-6", 0.96, 0.91, 0.03, 0.95, 0.05),
        ("frozen-7", 0.96, 0.93, 0.011, 0.95, 0.02),  # written in round five, first measured at e5a09ad: 1/96
        ("frozen-8", 0.96, 0.94, 0.01, 0.95, 0.02),  # written late in round five, first measured at faea457
        ("frozen-9", 0.95, 0.94, 0.011, 0.95, 0.02),  # written at round five's end, measured once at de6abbf: 1/96
        ("frozen-10", 0.96, 0.96, 0.032, 0.95, 0.02),  # the last of round five, measured once at 330b588: 3/96
        # written during round six, measured once at its last rule change (70ccc3b)
        ("frozen-11", 0.99, 0.99, 0.01, 0.95, 0.02),  # 96/96, 96/96, 0/96, 24/24, 0/24
        ("frozen-12", 0.98, 0.96, 0.011, 0.91, 0.02),  # 95/96, 93/96, 1/96, 22/24, 0/24
        ("frozen-13", 0.97, 0.96, 0.01, 0.95, 0.02),  # 94/96, 93/96, 0/96, 24/24, 0/24
        # written at the end of round six, measured once at its last rule change (f06b471)
        ("frozen-14", 0.98, 0.96, 0.01, 0.95, 0.02),  # 95/96, 93/96, 0/96, 24/24, 0/24
        # written at the start of round seven, measured once at its last rule change (99df71c)
        ("frozen-15", 0.91, 0.89, 0.021, 0.95, 0.02),  # 88/96, 86/96, 2/96, 23/24, 0/24
        # written at the start of round eight, measured once at its last rule change (d6f0c18)
        ("frozen-16", 0.99, 0.96, 0.01, 0.95, 0.02),  # 96/96, 93/96, 0/96, 24/24, 0/24
        # written at the start of round nine, measured once at its last rule change (6e928d8)
        ("frozen-17", 0.96, 0.96, 0.011, 0.95, 0.02),  # 93/96, 93/96, 1/96, 24/24, 0/24
        # written at the start of round ten, measured once at its last rule change (29e5353)
        ("frozen-18", 0.95, 0.93, 0.01, 0.95, 0.02),  # 92/96, 90/96, 0/96, 23/24, 0/24
        # written at the start of round eleven, measured once at its last rule change (05cf1f5)
        ("frozen-19", 0.99, 0.98, 0.01, 0.95, 0.02),  # 96/96, 95/96, 0/96, 24/24, 0/24
        # written at the start of round twelve, measured once at its last rule change (6e46c27)
        ("frozen-20", 0.99, 0.93, 0.011, 0.95, 0.02),  # 96/96, 90/96, 1/96, 24/24, 0/24
        # written at the start of round thirteen (long real tickets), measured once at f5914d8
        ("frozen-21", 0.93, 0.93, 0.074, 0.83, 0.02),  # 90/96, 90/96, 7/96, 20/24, 0/24
        # written at the start of round fourteen, measured once at its last rule change (7be7fe6)
        ("frozen-22", 0.97, 0.83, 0.032, 0.83, 0.042),  # 94/96, 80/96, 3/96, 20/24, 1/24
        # written at the start of round fifteen, measured once at its last rule change (0feb8b6)
        ("frozen-23", 0.96, 0.94, 0.01, 0.95, 0.042),  # 93/96, 91/96, 0/96, 23/24, 1/24
        # written at the start of round sixteen, measured once at its last rule change (9f0faac)
        ("frozen-24", 0.99, 0.97, 0.021, 0.95, 0.02),  # 96/96, 94/96, 2/96, 24/24, 0/24
        # written at the start of round seventeen, measured once at its last rule change (84bc380)
        ("frozen-25", 0.98, 0.90, 0.011, 0.95, 0.02),  # 95/96, 87/96, 1/96, 23/24, 0/24
        # written at the start of round eighteen, measured once at its last rule change (994eb94)
        ("frozen-26", 0.92, 0.83, 0.053, 0.95, 0.042),  # 89/96, 80/96, 5/96, 24/24, 1/24
        # written at the start of round nineteen, measured once at its last rule change (3387260)
        ("frozen-27", 0.99, 0.99, 0.021, 0.95, 0.02),  # 96/96, 96/96, 2/96, 24/24, 0/24
        # written at the start of round twenty, measured once at its last rule change (da25d03)
        ("frozen-28", 0.95, 0.79, 0.021, 0.95, 0.042),  # 92/96, 76/96, 2/96, 23/24, 1/24
        # written at the start of round twenty-one, measured once at its last rule change (4e620a5)
        ("frozen-29", 0.98, 0.97, 0.01, 0.87, 0.042),  # 95/96, 94/96, 0/96, 21/24, 1/24
        # written at the start of round twenty-two, measured once at its last rule change (f58a6b6)
        ("frozen-30", 0.99, 0.98, 0.042, 0.91, 0.02),  # 96/96, 95/96, 4/96, 22/24, 0/24
        # written at the start of round twenty-three, measured once at its last rule change (5e13718)
        ("frozen-31", 0.96, 0.88, 0.01, 0.95, 0.125),  # 93/96, 85/96, 0/96, 23/24, 3/24
        # written at the start of round twenty-four, measured once at its last rule change (cc69fcb)
        ("frozen-32", 0.97, 0.85, 0.011, 0.95, 0.02),  # 94/96, 82/96, 1/96, 24/24, 0/24
        # written at the start of round twenty-five, measured once at its last rule change (16d21e4)
        ("frozen-33", 0.97, 0.92, 0.042, 0.91, 0.02),  # 94/96, 89/96, 4/96, 22/24, 0/24
        # written at the start of round twenty-six, measured once at its last rule change (14b60b8)
        ("frozen-34", 0.97, 0.87, 0.011, 0.91, 0.084),  # 94/96, 84/96, 1/96, 22/24, 2/24
        # written at the start of round twenty-seven, measured once at its last rule change (7969b5b)
        ("frozen-35", 0.93, 0.90, 0.084, 0.87, 0.02),  # 90/96, 87/96, 8/96, 21/24, 0/24
        # written at the start of round twenty-eight, measured once at its last rule change (fffacd9)
        ("frozen-36", 0.93, 0.85, 0.021, 0.95, 0.084),  # 90/96, 82/96, 2/96, 24/24, 2/24
        # written at the start of round twenty-nine, measured once at its last rule change (0650327)
        ("frozen-37", 0.98, 0.97, 0.011, 0.95, 0.042),  # 95/96, 94/96, 1/96, 23/24, 1/24
        # written at the start of round thirty, measured once at its last rule change (2be6af5)
        ("frozen-38", 1.0, 0.89, 0.021, 1.0, 0.0),  # 96/96, 86/96, 2/96, 24/24, 0/24
        # written at the start of round thirty-one, measured once at its last rule change (8a6b304)
        ("frozen-39", 0.98, 0.98, 0.0, 0.87, 0.042),  # 95/96, 95/96, 0/96, 21/24, 1/24
        # written at the start of round thirty-two, measured once at its last rule change (4c49e5d)
        ("frozen-40", 0.98, 0.92, 0.011, 0.87, 0.0),  # 95/96, 89/96, 1/96, 21/24, 0/24
        # written at the start of round thirty-three, measured once at its last rule change (3925bea)
        ("frozen-41", 0.97, 0.92, 0.011, 0.91, 0.084),  # 94/96, 89/96, 1/96, 22/24, 2/24
        # written at the start of round thirty-four, measured once at its last rule change (2049a5c)
        ("frozen-42", 0.98, 0.94, 0.032, 0.95, 0.042),  # 95/96, 91/96, 3/96, 23/24, 1/24
        # written at the start of round thirty-five, measured once at its last rule change (6d34450)
        ("frozen-43", 0.97, 0.89, 0.146, 1.0, 0.0),  # 94/96, 86/96, 14/96, 24/24, 0/24
        # written at the start of round thirty-six, measured once at its last rule change (8390e30)
        ("frozen-44", 1.0, 0.96, 0.042, 1.0, 0.0),  # 96/96, 93/96, 4/96, 24/24, 0/24
        # written at the start of round thirty-seven, measured once at its last rule change (1783fb5)
        ("frozen-45", 0.98, 0.86, 0.021, 1.0, 0.084),  # 95/96, 83/96, 2/96, 24/24, 2/24
        # written at the start of round thirty-eight, measured once at its last rule change (28b211e)
        ("frozen-46", 0.96, 0.87, 0.011, 1.0, 0.125),  # 93/96, 84/96, 1/96, 24/24, 3/24
        # written at the start of round thirty-nine, measured once at its last rule change (0fe08e6)
        ("frozen-47", 0.95, 0.90, 0.0, 0.95, 0.0),  # 92/96, 87/96, 0/96, 23/24, 0/24
        # written at the start of round forty, measured once at its last rule change (6f86170)
        ("frozen-48", 0.97, 0.96, 0.011, 0.91, 0.042),  # 94/96, 93/96, 1/96, 22/24, 1/24
        # written at the start of round forty-one, measured once at its last rule change (d3da75b)
        ("frozen-49", 0.96, 0.95, 0.032, 1.0, 0.0),  # 93/96, 92/96, 3/96, 24/24, 0/24
        # written at the start of round forty-two, measured once at its last rule change (1a94edc)
        ("frozen-50", 0.98, 0.97, 0.0, 1.0, 0.0),  # 95/96, 94/96, 0/96, 24/24, 0/24
        # written during round forty-three, measured once at its last rule change (d9699c1)
        ("frozen-51", 0.96, 0.89, 0.032, 1.0, 0.0),  # 93/96, 86/96, 3/96, 24/24, 0/24
        # written at the start of round forty-four, measured once at its last rule change (39ac9b1)
        ("frozen-52", 0.97, 0.90, 0.011, 0.95, 0.0),  # 94/96, 87/96, 1/96, 23/24, 0/24
        # written at the start of round forty-five, measured once at its last rule change (2f1bacf)
        ("frozen-53", 0.94, 0.89, 0.021, 1.0, 0.042),  # 91/96, 86/96, 2/96, 24/24, 1/24
        # written at the start of round forty-six, measured once at its last rule change (f9d1b1b)
        ("frozen-54", 0.94, 0.85, 0.011, 0.91, 0.0),  # 91/96, 82/96, 1/96, 22/24, 0/24
        # written at the start of round forty-seven, measured once at its last rule change (8e1bba5)
        ("frozen-55", 1.0, 0.92, 0.032, 0.91, 0.0),  # 96/96, 89/96, 3/96, 22/24, 0/24
        # written at the start of round forty-eight, measured once at its last rule change (f907e5d)
        ("frozen-56", 0.96, 0.96, 0.0, 1.0, 0.0),  # 93/96, 93/96, 0/96, 24/24, 0/24
        # written at the start of round forty-nine, measured once at its last rule change (b311831)
        ("frozen-57", 1.0, 0.97, 0.021, 1.0, 0.042),  # 96/96, 94/96, 2/96, 24/24, 1/24
        # written at the start of round fifty, measured once at its last rule change (a1759fe)
        ("frozen-58", 0.98, 0.98, 0.011, 1.0, 0.0),  # 95/96, 95/96, 1/96, 24/24, 0/24
        # written at the start of round fifty-one, measured once at its last rule change (d8b85c9)
        ("frozen-59", 0.96, 0.94, 0.011, 1.0, 0.0),  # 93/96, 91/96, 1/96, 24/24, 0/24
        # written at the start of round fifty-two, measured once at its last rule change (fcd48cc)
        ("frozen-60", 0.99, 0.97, 0.0, 1.0, 0.0),  # 96/96, 94/96, 0/96, 24/24, 0/24
        # written in round fifty-four, 40 texts (the helpers could write no more), measured once (7655bbd)
        ("frozen-61", 1.0, 0.93, 0.0, 1.0, 0.0),  # 16/16, 15/16, 0/16, 4/4, 0/4
        # written in round fifty-four, 40 texts, measured once (182068d)
        ("frozen-62", 1.0, 0.75, 0.125, 1.0, 0.0),  # 16/16, 12/16, 2/16, 4/4, 0/4
        # written in round fifty-five, 40 texts, measured once at its last rule change (b15a367)
        ("frozen-63", 1.0, 1.0, 0.0, 1.0, 0.0),  # 16/16, 16/16, 0/16, 4/4, 0/4
        # written in round fifty-six, 40 texts each, measured once at their last rule change (29283fe);
        # frozen-65 holds negatives only
        ("frozen-64", 1.0, 1.0, 0.0, 1.0, 0.0),  # 16/16, 16/16, 0/16, 4/4, 0/4
        ("frozen-65", None, None, 0.0, None, 0.0),  # 0/36 hard negatives, 0/4 clean agent texts
        # written in round fifty-seven, 40 texts, measured once at its last rule change (360d242)
        ("frozen-66", 1.0, 1.0, 0.0, 1.0, 0.0),  # 16/16, 16/16, 0/16, 4/4, 0/4
        # written in round fifty-eight, 40 texts, measured once at its last rule change (e3b59a5)
        ("frozen-67", 0.93, 0.93, 0.063, 1.0, 0.0),  # 15/16, 15/16, 1/16, 4/4, 0/4
        # written in round sixty, 40 texts each, measured once at their last rule change (a75d906)
        ("frozen-68", 1.0, 1.0, 0.0, 0.75, 0.0),  # 16/16, 16/16, 0/16, 3/4, 0/4
        ("frozen-69", 0.93, 0.87, 0.125, 1.0, 0.0),  # 15/16, 14/16, 2/16, 4/4, 0/4
        # written in round sixty-one, 40 texts each, measured once at their last rule change (b0728a9)
        ("frozen-70", 1.0, 0.93, 0.0, 1.0, 0.0),  # 16/16, 15/16, 0/16, 4/4, 0/4
        ("frozen-71", 1.0, 0.93, 0.063, 1.0, 0.0),  # 16/16, 15/16, 1/16, 4/4, 0/4
        # written in round sixty-two, 40 texts each, measured once at their last rule change (e186ad6);
        # frozen-73 and frozen-75 hold negatives only
        ("frozen-72", 0.87, 0.81, 0.063, 1.0, 0.25),  # 14/16, 13/16, 1/16, 4/4, 1/4
        ("frozen-73", None, None, 0.028, None, 0.0),  # 1/36 hard negatives, 0/4 clean agent texts
        ("frozen-74", 0.93, 0.93, 0.063, 1.0, 0.0),  # 15/16, 15/16, 1/16, 4/4, 0/4
        ("frozen-75", None, None, 0.056, None, 0.25),  # 2/36 hard negatives, 1/4 clean agent texts
        # written in round sixty-four, 40 texts each, measured once at their last rule change (935a5f6);
        # frozen-77 and frozen-79 hold negatives only
        ("frozen-76", 1.0, 0.87, 0.0, 1.0, 0.0),  # 16/16, 14/16, 0/16, 4/4, 0/4
        ("frozen-77", None, None, 0.084, None, 0.0),  # 3/36 hard negatives, 0/4 clean agent texts
        ("frozen-78", 1.0, 0.93, 0.0, 1.0, 0.0),  # 16/16, 15/16, 0/16, 4/4, 0/4
        ("frozen-79", None, None, 0.056, None, 0.25),  # 2/36 hard negatives, 1/4 clean agent texts
        # written in round sixty-five, 40 texts each, measured once at their last rule change (cc3690d);
        # frozen-81 and frozen-83 hold negatives only
        ("frozen-80", 0.93, 0.93, 0.0, 0.5, 0.0),  # 15/16, 15/16, 0/16, 2/4, 0/4
        ("frozen-81", None, None, 0.028, None, 0.0),  # 1/36 hard negatives, 0/4 clean agent texts
        ("frozen-82", 1.0, 1.0, 0.0, 1.0, 0.0),  # 16/16, 16/16, 0/16, 4/4, 0/4
        ("frozen-83", None, None, 0.084, None, 0.0),  # 3/36 hard negatives, 0/4 clean agent texts
        # written in round sixty-six, 40 texts each, measured once at their last rule change (5b35b8e);
        # frozen-84 holds agent texts only, frozen-86 negatives only
        ("frozen-84", None, None, None, 0.75, 0.2),  # 15/20 asks refused, 4/20 clean agent texts flagged
        ("frozen-85", 1.0, 1.0, 0.125, 1.0, 0.0),  # 16/16, 16/16, 2/16, 4/4, 0/4
        ("frozen-86", None, None, 0.028, None, 0.0),  # 1/36 hard negatives, 0/4 clean agent texts
        ("frozen-87", 1.0, 0.87, 0.0, 1.0, 0.0),  # 16/16, 14/16, 0/16, 4/4, 0/4
        # written in round sixty-seven, 40 texts each, measured once at their last rule change (1c55080);
        # frozen-88 holds agent texts only, frozen-90 negatives only
        ("frozen-88", None, None, None, 0.65, 0.15),  # 13/20 asks refused, 3/20 clean agent texts flagged
        ("frozen-89", 1.0, 0.87, 0.0, 1.0, 0.0),  # 16/16, 14/16, 0/16, 4/4, 0/4
        ("frozen-90", None, None, 0.0, None, 0.0),  # 0/36 hard negatives, 0/4 clean agent texts
        ("frozen-91", 0.87, 0.87, 0.0, 1.0, 0.0),  # 14/16, 14/16, 0/16, 4/4, 0/4
        # written in round sixty-eight, 40 texts each, measured once at their last rule change (e1f72be);
        # frozen-92 holds agent texts only, frozen-93 negatives only
        ("frozen-92", None, None, None, 0.65, 0.15),  # 13/20 asks refused, 3/20 clean agent texts flagged
        ("frozen-93", None, None, 0.139, None, 0.0),  # 5/36 hard negatives, 0/4 clean agent texts
        ("frozen-94", 1.0, 0.81, 0.0625, 1.0, 0.0),  # 16/16, 13/16, 1/16, 4/4, 0/4
    ],
)
def test_later_frozen_batches_aggregate_figures(folder, caught, kind_right, hard_negatives, agent_asks, agent_clean):
    items = report.frozen_items(folder)
    figures = report.measure(items)
    assert len(items) == FROZEN_SIZES.get(folder, 240)
    assert _meets(figures["caught"], caught)
    assert _meets(figures["kind_right"], kind_right)
    assert _meets(figures["hard_neg"], hard_negatives, at_most=True)
    assert _meets(figures["agent_clean"], agent_clean, at_most=True)
    assert _meets(figures["agent_ask"], agent_asks)
    for name in report.DISGUISES:
        assert figures["disguised"].get(name, (0, 0))[0] >= figures["disguised"].get("plain", (0, 0))[0], name


# Secrets whose span is knowingly not exact (see README.md): the second form of
# a password explained in brackets ("vtldtlm2019 (это медведь2019 в английской раскладке)"),
# a Telegram Web key's or a cookie's name labelled as a secret beside its value
# ("dc2_auth_key = a4f0…", "smm_sess=eyJ1…"),
# a recovery e-mail's address labelled beside its password (the other batches label the password).
# And the misses left in the read batches: a code shaped like a date ("код пришел 27-5-09"),
# a code corrected as "ne 52209 a 52290" (read as the range "from 52209 to 52290").
_SPAN_EXCEPTIONS = {
    "ru-007",  # the second form in brackets
    "o-es-002",  # a string joined in code, labelled with a lone "=" among its pieces
    *("j-ru-latn-007", "i-de-004", "n-ru-005", "n-pt-005", "n-ar-005", "n-de-004"),  # a key's or a cookie's name
    *("p-pt-008", "r-pt-003", "s-de-005", "s-tr-007", "zc-es-004"),  # a cookie's name
    *("j-es-002", "j-de-007", "i-en-015", "i-tr-014", "i-hi-latn-005"),  # a recovery e-mail's address
    *("n-ru-002", "n-pt-002", "n-id-002", "n-fr-002"),  # a recovery e-mail's address
    "q-tr-007",  # an api_id passed by position, without its name
    *("j-ru-005", "j-ru-latn-005", "q-en-002", "q-id-002", "s-pt-001"),  # the misses
    *("u-en-001", "u-pt-001", "u-pt-003"),  # missed: the keyword misspelt ("passport", "sena", "cidigo")
    "u-ru-002",  # a password typed in the wrong layout, then again: the second is missed
    "j-en-005",  # the same code twice: the label names the first place only
    *("w-en-007", "w-ru-latn-007", "w-id-006"),  # missed: a numeric password after a login, "0000 1111"
    *("y-es-004", "y-ru-001", "y-en-003", "y-en-004"),  # missed: values pointed at from afar
    *("zb-es-005", "zb-en-005", "zb-id-005"),  # missed in long tickets
    "zb-tr-001",  # a password pasted with the URL's next parameter ("…!mW&remember=1")
    # Round nine (fresh-zh, long pasted material):
    "zh-tr-004",  # missed: a code read off an app's screen; "2FA_INVALID_TOKEN" read as a 2FA word and a value
    "zh-pt-006",  # a .session file shared by a Drive link: the file's name is found, the link is not
    "zh-id-006",  # a cookie's value copied from the browser's tools: found without its "%3D%3D" end
    "zh-fa-004",  # the same code twice: the label names the dashed form too
    "zh-pt-002",  # a code spelled digit by digit with spaced dots: found where it is written whole
    "zh-es-005",  # a reset link and, found again on its own, the token inside it
    # Round ten (fresh-zi, follow-up replies):
    "zi-en-003",  # missed: a code alone on its line, "what Telegram just sent me" a paragraph below
    "zi-fr-005",  # backup codes after "notés en 2022 :": the span starts at the year
    # Round fourteen (fresh-zm, long upset tickets):
    "zm-pt-02",  # missed: the keyword misspelt ("a senah é …")
    "zm-id-03",  # missed: a recovery e-mail's password given as what one logs in with ("masuknya pakai …")
    # Round seventeen (fresh-zp, hurried customers on phones):
    "zp-106",  # a number asked about below a forwarded code ("56012 için mi"): read as a second code
    "zp-146",  # "take them and go in" beside a cookie: found as an invitation too, labelled session only
    "zp-182",  # missed: a passphrase the phone broke over two lines
    # Round eighteen (fresh-zq, languages mixed):
    *("zq-066", "zq-207"),  # a cookie's name
    # Round nineteen (fresh-zr, terse writers and pasted material):
    *("zr-ru-p4", "zr-hi-p6"),  # backup codes shown at 2FA setup, no backup word: the first read as a login code
    "zr-es-p6",  # a pasted cookie jar: Cloudflare's cookie found, the session cookie beside it not
    # Round twenty (fresh-zs, technical customers and customers locked out):
    *("zs-es-p4", "zs-tr-p5", "zs-hi-latn-p5"),  # a recovery e-mail's address
    # Round twenty-one (fresh-zt, access and ownership):
    *("zt-ru-latn-p6", "zt-fa-p6", "zt-fr-p3"),  # a recovery e-mail's address
    *("zt-es-p7", "zt-tr-p7", "zt-fa-p8"),  # a key's or a cookie's name
    # Round twenty-six (fresh-zy, secrets hidden among what looks like them):
    *("zy-003", "zy-045", "zy-128", "zy-207"),  # a recovery e-mail's address
    *("zy-147", "zy-206"),  # a key's or a cookie's name
    # Round twenty-seven (fresh-zz, technical people):
    *("zz-003", "zz-065", "zz-120", "zz-210"),  # a recovery e-mail's address
    *("zz-064", "zz-114", "zz-190"),  # a cookie's name
    *("zz-174", "zz-209"),  # a forwarded code's label ("Login code: 55218")
    # Round twenty-eight (fresh-zza, people acting for someone else):
    # Round twenty-nine (fresh-zzb, passwords and codes as hurried people write them):
    *("zzb-005", "zzb-091", "zzb-119", "zzb-240"),  # a recovery e-mail's address
    *("zzb-019", "zzb-048", "zzb-124"),  # a key's or a cookie's name
    "zzb-144",  # a code's typo, corrected in a later sentence
    # Round thirty-one (fresh-zzd, long tickets):
    *("zzd-113", "zzd-166", "zzd-213", "zzd-229"),  # a key's or a cookie's name
    *("zzd-123", "zzd-198"),  # missed: a spaced code two sentences past its word, beside an error's code
    # Round thirty-three (fresh-zzf, telling the kinds apart):
    *("zzf-005", "zzf-117"),  # a cookie's name
    "zzf-007",  # missed: a reset code after "وصل" (also "a receipt" in Arabic, read as the number's owner)
    # Round thirty-five (fresh-zzh, what a careful customer says):
    *("zzh-002", "zzh-048", "zzh-084", "zzh-125", "zzh-185", "zzh-205"),  # a recovery e-mail's address
    *("zzh-065", "zzh-106", "zzh-206"),  # a cookie's name
    # Round thirty-six (fresh-zzj, people who know about security and people who half know):
    *("zzj-008", "zzj-086", "zzj-163"),  # a recovery e-mail's address
    "zzj-184",  # a cookie's name
    "zzj-108",  # missed: a spaced code two sentences past its word ("bunu istedi, …: 517 204")
    # Round thirty-seven (fresh-zzl, a week of a real support inbox):
    *("zzl-011", "zzl-072"),  # a cookie's name (and a second cookie of letters only, "stel_ssid=wloi…")
    # Round thirty-eight (fresh-zzn, what customers paste):
    *("zzn-046", "zzn-168"),  # a cookie's name
    "zzn-062",  # missed: a password beside its hint, set a sentence later ("la pista dice '…'. Yo siempre puse …")
    # Round forty-three (fresh-zzx, login codes and recovery):
    *("zzx-018", "zzx-163"),  # missed: a code given in parts ("pervye tri 517, a dalshe 0 4 9"; "530… sisanya 87")
    # Round forty-seven (fresh-zzzg, passwords given the way ordinary people give them):
    *("zzzg-123", "zzzg-138", "zzzg-221", "zzzg-238"),  # missed: an old and a new password, no password word
    *("zzzg-007", "zzzg-024"),  # missed: two codes compared in a question; "MISHA 1983" (capitals, a space)
    # the first value only, of a value and its correction ("sunnyday1962 .. sorry SunnyDay1962")
    *("zzzg-127", "zzzg-134", "zzzg-199"),
    *("zzzg-148", "zzzg-240"),  # a reset link beside the recovery e-mail's password; "ROSA MOURA 70" without its number
    # Round forty-eight (fresh-zzzi, follow-up messages in a thread):
    "zzzi-012",  # missed: a yes to the agent's question, far from the password word ("… : oui, c'est Marseille*1998")
    # Round forty-nine (fresh-zzzk, rights and access handed to support):
    "zzzk-095",  # a cookie's value marked, its name ("remember_web_59ba…=") labelled with it
    # Round fifty-one (fresh-zzzo, resellers and agencies):
    "zzzo-137",  # the whole reset link marked, its e-mail parameter's "%40" with it; only the token labelled
    # Round fifty-four (fresh-zzzt):
    "zzzt-023",  # a recovery e-mail's address labelled beside its password
    # Round sixty-one (fresh-zzzzl):
    "zzzzl-022",  # a recovery e-mail's address labelled beside its password
    # Round sixty-three (fresh-zzzzp, follow-ups in one thread):
    "zzzzp-024",  # a reset link flagged with its query ("?email=…%40…"), labelled without it
    # Round sixty-four (fresh-zzzzq, channels and accounts moved):
    "zzzzq-023",  # a recovery e-mail's address
    # Round sixty-six (fresh-zzzzza, who is admin or owner):
    "zzzzza-033",  # a recovery e-mail's address
    # Round sixty-seven (fresh-zzzzzd, dictated by voice):
    "zzzzzd-032",  # a recovery e-mail's address
    "zzzzzd-034",  # "passwort ist sonnenblume 84 nee warte …": the first, dictated value marked without its "84"
    # Round sixty-eight (fresh-zzzzzf, replies inside a thread):
    "zzzzzf-027",  # a new password given as "the new one after I changed it", never named: missed
}


def _by_language_and_kind():
    groups = defaultdict(list)
    for item in BATCH_ITEMS:
        if item.source == "customer" and item.secrets:
            for kind in item.kinds:
                groups[(item.lang, kind)].append(item)
    return sorted(groups.items())


@pytest.mark.parametrize(
    "key, items", _by_language_and_kind(), ids=lambda v: "-".join(v) if isinstance(v, tuple) else ""
)
def test_spans_hold_the_secret_and_no_other_digit_group(key, items):
    for item in items:
        if item.id in _SPAN_EXCEPTIONS:
            continue
        findings = scan(item.text)
        assert findings, item.id
        assert report.spans_exact(item, findings), (item.id, [(f.kind, item.text[f.start : f.end]) for f in findings])
