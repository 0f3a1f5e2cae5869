"""Accuracy of support_studio.screening on the labelled corpus.

Run from the project root: python benchmarks/screening_report.py
Prints recall per category and per language, the false-positive rate on hard
negatives, span coverage of fixed-format secrets, and the agent-reply figures.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from screening_corpus import AGENT_ITEMS, CUSTOMER_ITEMS, CorpusItem  # noqa: E402
from support_studio.screening import Finding, scan, scan_agent_reply  # noqa: E402


def is_caught(item: CorpusItem, findings: list[Finding]) -> bool:
    """Every expected kind was found."""
    return set(item.labels) <= {f.kind for f in findings}


def span_covers_secret(item: CorpusItem, findings: list[Finding]) -> bool:
    start = item.text.find(item.secret)
    end = start + len(item.secret)
    return any(f.start <= start and f.end >= end for f in findings)


def measure(items: list[CorpusItem], scanner) -> dict:
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    negatives = flagged = spans_checked = spans_ok = 0
    misses, false_positives = [], []
    for item in items:
        findings = scanner(item.text)
        if not item.labels:
            negatives += 1
            if findings:
                flagged += 1
                false_positives.append(item)
            continue
        caught = is_caught(item, findings)
        for bucket in (recall[item.category], by_language[item.language]):
            bucket[0] += caught
            bucket[1] += 1
        if not caught:
            misses.append(item)
        if caught and item.secret and item.category == "fixed_format":
            spans_checked += 1
            spans_ok += span_covers_secret(item, findings)
    return {"recall": dict(recall), "by_language": dict(by_language), "negatives": negatives,
            "flagged": flagged, "spans": (spans_ok, spans_checked), "misses": misses,
            "false_positives": false_positives}


def _pct(hit: int, total: int) -> str:
    return f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "  n/a"


def main() -> None:
    customer = measure(CUSTOMER_ITEMS, scan)
    agent = measure(AGENT_ITEMS, scan_agent_reply)
    print(f"Corpus: {len(CUSTOMER_ITEMS)} customer tickets, {len(AGENT_ITEMS)} agent replies")
    print("\nCustomer tickets, recall by category")
    for category, (hit, total) in sorted(customer["recall"].items()):
        print(f"  {category:13} {_pct(hit, total)}")
    print("Recall by language")
    for language, (hit, total) in sorted(customer["by_language"].items()):
        print(f"  {language:13} {_pct(hit, total)}")
    print(f"False positives on hard negatives: {_pct(customer['flagged'], customer['negatives'])}")
    print(f"Fixed-format spans covering the secret: {_pct(*customer['spans'])}")
    hit = sum(h for h, _ in agent["recall"].values())
    total = sum(t for _, t in agent["recall"].values())
    print(f"\nAgent replies: asks caught {_pct(hit, total)}, "
          f"fine replies flagged {_pct(agent['flagged'], agent['negatives'])}")
    for label, items in (("Missed", customer["misses"] + agent["misses"]),
                         ("Wrongly flagged", customer["false_positives"] + agent["false_positives"])):
        for item in items:
            print(f"  {label}: [{item.language}] {item.text[:100]!r}")


if __name__ == "__main__":
    main()
