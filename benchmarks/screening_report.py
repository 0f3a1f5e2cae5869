"""Accuracy of support_studio.screening: own corpus and blind corpus side by side.

Run from the project root:
    python benchmarks/screening_report.py                 # everything, figures only
    python benchmarks/screening_report.py --batch ru      # one blind batch, figures only
    python benchmarks/screening_report.py --batch ru --log  # ... and append them to LOG.md
    python benchmarks/screening_report.py --batch ru --misses  # ... and list its misses

The own corpus is tests/screening_corpus.py (written with the rules). The blind
corpus is tests/blind_corpus/batches/<lang>.jsonl, written from the label rules
only by people who never saw the code; tests/blind_corpus/frozen/*.jsonl is a
blind batch no rule is ever tuned on, and so is tests/blind_corpus/frozen-last/
(a fourth batch, measured once at the end): only their aggregate figures are
printed, never their texts, whatever the flags. (Two later blind batches, mixed-after and
mixed-final, were first kept frozen and measured before anyone read them; once
their figures were logged they became training batches under batches/.)

Figures, for customer texts:
  caught      a positive raised at least one finding (the send is stopped)
  kind right  the set of kinds found equals the labelled set
  named       per kind: that kind is among the kinds found
  hard neg.   hard negatives that raised any finding (false alarms)
  spans       for caught positives with secret values: every secret is inside
              the flagged spans, and no flagged span holds a digit group that
              is not part of a secret (an order ID, a count); digits inside a
              session finding count as secret (an api_id beside its api_hash)
  disguised   the caught rate of the positives rewritten by code: Latin letters
              swapped for Cyrillic look-alikes, a zero-width space inside every
              longer word, fullwidth letters and digits, combining accents
For agent texts ("ask" or clean): asks flagged by scan_agent_reply, clean
agent texts flagged.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from screening_corpus import AGENT_ITEMS, CUSTOMER_ITEMS  # noqa: E402

from support_studio.screening import KIND_LABELS, scan, scan_agent_reply  # noqa: E402

BLIND = ROOT / "tests" / "blind_corpus"
KINDS = tuple(KIND_LABELS)


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    lang: str
    source: str  # customer | agent
    kinds: tuple[str, ...]  # customer kinds, or ("ask",) for an agent ask
    secrets: tuple[str, ...]
    hard_negative: bool


def load_jsonl(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        items.append(
            Item(
                str(row["id"]),
                row["text"],
                row["lang"],
                row.get("source", "customer"),
                tuple(row.get("kinds") or ()),
                tuple(row.get("secrets") or ()),
                bool(row.get("hard_negative")),
            )
        )
    return items


def blind_batches() -> dict[str, list[Item]]:
    return {path.stem: load_jsonl(path) for path in sorted((BLIND / "batches").glob("*.jsonl"))}


# Blind batches no rule is ever tuned on, in the order they were written; only
# their aggregate figures are ever printed.
FROZEN_FOLDERS = (
    "frozen",
    "frozen-last",
    "frozen-5",
    "frozen-6",
    "frozen-7",
    "frozen-8",
    "frozen-9",
    "frozen-10",
    "frozen-11",
    "frozen-12",
    "frozen-13",
    "frozen-14",
    "frozen-15",
    "frozen-16",
    "frozen-17",
    "frozen-18",
    "frozen-19",
    "frozen-20",
    "frozen-21",
    "frozen-22",
    "frozen-23",
    "frozen-24",
    "frozen-25",
    "frozen-26",
    "frozen-27",
    "frozen-28",
    "frozen-29",
    "frozen-30",
    "frozen-31",
    "frozen-32",
    "frozen-33",
    "frozen-34",
    "frozen-35",
    "frozen-36",
    "frozen-37",
    "frozen-38",
    "frozen-39",
    "frozen-40",
    "frozen-41",
    "frozen-42",
    "frozen-43",
    "frozen-44",
    "frozen-45",
    "frozen-46",
    "frozen-47",
    "frozen-48",
    "frozen-49",
    "frozen-50",
    "frozen-51",
    "frozen-52",
    "frozen-53",
    "frozen-54",
    "frozen-55",
    "frozen-56",
    "frozen-57",
    "frozen-58",
    "frozen-59",
    "frozen-60",
    "frozen-61",
    "frozen-62",
    "frozen-63",
    "frozen-64",
    "frozen-65",
    "frozen-66",
    "frozen-67",
    "frozen-68",
    "frozen-69",
    "frozen-70",
    "frozen-71",
    "frozen-72",
    "frozen-73",
    "frozen-74",
    "frozen-75",
    "frozen-76",
    "frozen-77",
    "frozen-78",
    "frozen-79",
    "frozen-80",
    "frozen-81",
    "frozen-82",
    "frozen-83",
    "frozen-84",
    "frozen-85",
    "frozen-86",
    "frozen-87",
    "frozen-88",
    "frozen-89",
    "frozen-90",
    "frozen-91",
    "frozen-92",
    "frozen-93",
    "frozen-94",
)


def frozen_items(folder: str = "frozen") -> list[Item]:
    return [item for path in sorted((BLIND / folder).glob("*.jsonl")) for item in load_jsonl(path)]


def own_items() -> list[Item]:
    items = []
    for index, item in enumerate(CUSTOMER_ITEMS):
        items.append(
            Item(
                f"own-{index}",
                item.text,
                item.language,
                "customer",
                tuple(item.labels),
                (item.secret,) if item.secret else (),
                not item.labels,
            )
        )
    for index, item in enumerate(AGENT_ITEMS):
        items.append(
            Item(f"own-agent-{index}", item.text, item.language, "agent", ("ask",) if item.labels else (), (), False)
        )
    return items


# ------------------------------------------------------------ disguises

_CYRILLIC_TWINS = dict(zip("aceopxyijsdhqwABCEHKMOPTXY", "асеорхуіјѕԁһԛԝАВСЕНКМОРТХУ", strict=True))
_WORD = re.compile(r"[^\W\d_]{4,}")
_ACCENTED = dict(zip("aeiouncAEIOUNC", "áéíóúñçÁÉÍÓÚÑÇ", strict=True))


def cyrillic(text: str) -> str:
    return "".join(_CYRILLIC_TWINS.get(ch, ch) for ch in text)


def zero_width(text: str) -> str:
    return _WORD.sub(lambda m: m.group()[:2] + "\u200b" + m.group()[2:], text)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


def combining(text: str) -> str:
    """A combining accent after every third Latin letter (the decomposed form people paste)."""
    out, count = [], 0
    for ch in text:
        out.append(ch)
        if ch.isascii() and ch.isalpha():
            count += 1
            if count % 3 == 0:
                out.append("\u0301")
    return "".join(out)


DISGUISES = {
    "cyrillic look-alikes": cyrillic,
    "zero-width": zero_width,
    "fullwidth": fullwidth,
    "combining accents": combining,
}


# ------------------------------------------------------------ measuring

_DIGITS = re.compile(r"\d+")


def spans_exact(item: Item, findings) -> bool:
    """Every secret lies inside the flagged spans and no flagged span holds a
    digit group outside the secrets."""
    covered = [False] * len(item.text)
    for f in findings:
        for i in range(f.start, f.end):
            covered[i] = True
    secret_chars = [False] * len(item.text)
    for secret in item.secrets:
        start = item.text.find(secret)
        if start < 0:
            continue
        for i in range(start, start + len(secret)):
            secret_chars[i] = True
        if not all(covered[start : start + len(secret)]):
            return False
    session_chars = [False] * len(item.text)
    for f in findings:
        if f.kind == "session":  # an api_id beside its api_hash is part of the session secret
            for i in range(f.start, f.end):
                session_chars[i] = True
    for m in _DIGITS.finditer(item.text):
        if (
            any(covered[m.start() : m.end()])
            and not all(secret_chars[m.start() : m.end()])
            and not all(session_chars[m.start() : m.end()])
        ):
            return False
    return True


class Tally(dict):
    def add(self, key, hit: bool) -> None:
        pair = self.setdefault(key, [0, 0])
        pair[0] += bool(hit)
        pair[1] += 1


def measure(items: list[Item], disguises: bool = True) -> dict:
    caught, named, kind_right = Tally(), Tally(), Tally()
    by_lang, hard_neg, other_neg = Tally(), Tally(), Tally()
    spans, agent_ask, agent_clean, disguised = Tally(), Tally(), Tally(), Tally()
    misses: list[tuple[Item, list]] = []
    false_alarms: list[tuple[Item, list]] = []
    for item in items:
        if item.source == "agent":
            findings = scan_agent_reply(item.text)
            if item.kinds:
                agent_ask.add(item.lang, bool(findings))
                agent_ask.add("all", bool(findings))
                if not findings:
                    misses.append((item, findings))
            else:
                agent_clean.add(item.lang, bool(findings))
                agent_clean.add("all", bool(findings))
                if findings:
                    false_alarms.append((item, findings))
            continue
        findings = scan(item.text)
        found = {f.kind for f in findings}
        if not item.kinds:
            (hard_neg if item.hard_negative else other_neg).add(item.lang, bool(findings))
            (hard_neg if item.hard_negative else other_neg).add("all", bool(findings))
            if findings:
                false_alarms.append((item, findings))
            continue
        right = found == set(item.kinds)
        by_lang.add(item.lang, bool(findings))
        caught.add("all", bool(findings))
        kind_right.add("all", right)
        kind_right.add(item.lang, right)
        for kind in item.kinds:
            caught.add(kind, bool(findings))
            named.add(kind, kind in found)
        if not findings or not right:
            misses.append((item, findings))
        if findings and item.secrets:
            spans.add("all", spans_exact(item, findings))
        if disguises:
            for name, disguise in DISGUISES.items():
                disguised.add(name, bool(scan(disguise(item.text))))
            disguised.add("plain", bool(findings))
    return {
        "caught": caught,
        "named": named,
        "kind_right": kind_right,
        "by_lang": by_lang,
        "hard_neg": hard_neg,
        "other_neg": other_neg,
        "spans": spans,
        "agent_ask": agent_ask,
        "agent_clean": agent_clean,
        "disguised": disguised,
        "misses": misses,
        "false_alarms": false_alarms,
    }


def pct(pair) -> str:
    if not pair or not pair[1]:
        return "     n/a    "
    hit, total = pair
    return f"{100 * hit / total:5.1f}% {hit:>3}/{total:<3}"


# ------------------------------------------------------------ printing


def print_side_by_side(columns: dict[str, dict]) -> None:
    names = list(columns)
    width = 14

    def row(label: str, values: list[str]) -> None:
        print(f"  {label:28}" + "".join(f"{v:>{width + 2}}" for v in values))

    row("", names)
    print("  customer positives, caught")
    row("all", [pct(m["caught"].get("all")) for m in columns.values()])
    for kind in KINDS:
        row(kind, [pct(m["caught"].get(kind)) for m in columns.values()])
    print("  kind named (kind among those found)")
    for kind in KINDS:
        row(kind, [pct(m["named"].get(kind)) for m in columns.values()])
    row("kind right (exact set)", [pct(m["kind_right"].get("all")) for m in columns.values()])
    row("hard negatives flagged", [pct(m["hard_neg"].get("all")) for m in columns.values()])
    row("other negatives flagged", [pct(m["other_neg"].get("all")) for m in columns.values()])
    row("spans exact", [pct(m["spans"].get("all")) for m in columns.values()])
    print("  disguised positives, caught")
    for name in ("plain", *DISGUISES):
        row(name, [pct(m["disguised"].get(name)) for m in columns.values()])
    print("  agent texts")
    row("asks refused", [pct(m["agent_ask"].get("all")) for m in columns.values()])
    row("clean texts flagged", [pct(m["agent_clean"].get("all")) for m in columns.values()])


def print_by_language(label: str, m: dict) -> None:
    langs = sorted({lang for tally in (m["by_lang"], m["hard_neg"], m["agent_ask"]) for lang in tally if lang != "all"})
    print(
        f"\n{label}, per language: caught | kind right | hard negatives flagged | agent asks refused "
        f"| agent clean flagged"
    )
    for lang in langs:
        print(
            f"  {lang:8} {pct(m['by_lang'].get(lang))} | {pct(m['kind_right'].get(lang))} | "
            f"{pct(m['hard_neg'].get(lang))} | {pct(m['agent_ask'].get(lang))} | "
            f"{pct(m['agent_clean'].get(lang))}"
        )


def print_items(m: dict) -> None:
    for label, rows in (("MISSED/WRONG KIND", m["misses"]), ("FALSE ALARM", m["false_alarms"])):
        for item, findings in rows:
            found = [(f.kind, item.text[f.start : f.end][:40]) for f in findings]
            print(f"  {label} {item.id} {list(item.kinds)}: {item.text[:220]!r}\n      found {found}")


def summary_line(m: dict) -> str:
    kinds = ", ".join(f"{kind} {pct(m['caught'].get(kind)).strip()}" for kind in KINDS)
    return (
        f"caught {pct(m['caught'].get('all')).strip()} ({kinds}); "
        f"kind right {pct(m['kind_right'].get('all')).strip()}; "
        f"hard negatives flagged {pct(m['hard_neg'].get('all')).strip()}; "
        f"spans exact {pct(m['spans'].get('all')).strip()}; "
        f"agent asks refused {pct(m['agent_ask'].get('all')).strip()}, "
        f"agent clean flagged {pct(m['agent_clean'].get('all')).strip()}; "
        + "; ".join(f"{name} {pct(m['disguised'].get(name)).strip()}" for name in DISGUISES)
    )


def commit_label() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    dirty = git("status", "--porcelain", "--", "support_studio/screening")
    return git("rev-parse", "--short", "HEAD") + (" (+ uncommitted engine changes)" if dirty else "")


def append_to_log(label: str, items: list[Item], m: dict) -> None:
    """One line of LOG.md: the date, the batch, the commit and its figures."""
    line = (
        f"- {datetime.date.today().isoformat()} · {label} ({len(items)} texts) · "
        f"commit {commit_label()} · {summary_line(m)}\n"
    )
    with (BLIND / "LOG.md").open("a", encoding="utf-8") as log:
        log.write(line)
    print("\nlogged:", line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", help="one blind batch, by file stem (e.g. ru, hi-latn)")
    parser.add_argument("--log", action="store_true", help="append the batch's figures to LOG.md")
    parser.add_argument("--no-frozen", action="store_true", help="leave the frozen batch out")
    parser.add_argument(
        "--frozen", choices=FROZEN_FOLDERS, help="one frozen batch, aggregate figures only (with --log: appended)"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list the misses and false alarms (never for the frozen batch)"
    )
    args = parser.parse_args()

    if args.frozen:
        items = frozen_items(args.frozen)
        m = measure(items)
        print(f"Frozen batch {args.frozen}: {len(items)} texts, at {commit_label()}")
        print_side_by_side({args.frozen: m})
        if args.log:
            append_to_log(f"`{args.frozen}`", items, m)
        return

    if args.batch:
        items = blind_batches()[args.batch]
        m = measure(items)
        print(f"Blind batch {args.batch}: {len(items)} texts, at {commit_label()}")
        print_side_by_side({args.batch: m})
        print_by_language(f"batch {args.batch}", m)
        if args.log:
            append_to_log(f"batch `{args.batch}`", items, m)
        if args.misses:
            print_items(m)
        return

    own = measure(own_items())
    batches = blind_batches()
    blind = measure([item for items in batches.values() for item in items])
    frozen = {} if args.no_frozen else {folder: frozen_items(folder) for folder in FROZEN_FOLDERS}
    columns = {"own corpus": own, "blind batches": blind}
    columns.update({folder: measure(items) for folder, items in frozen.items()})
    print(
        f"Own corpus: {len(own_items())} texts; blind batches: {sum(map(len, batches.values()))} texts "
        f"({', '.join(batches)}); frozen: {' + '.join(str(len(items)) for items in frozen.values()) or 'none'} "
        f"texts; at {commit_label()}\n"
    )
    print_side_by_side(columns)
    print_by_language("own corpus", own)
    print_by_language("blind batches", blind)
    for folder in frozen:
        print_by_language(folder, columns[folder])
    if args.misses:
        print("\nBlind batches, misses and false alarms:")
        print_items(blind)


if __name__ == "__main__":
    main()
