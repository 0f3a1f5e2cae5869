"""Speed and accuracy of support_studio.screening next to Yelp's detect-secrets.

Run from the project root: python benchmarks/screening_speed.py
Times scan() on the labelled corpus and on a 5,000-character ticket, runs
detect-secrets 1.5.0 (default plugins, scan_line per line) over the same texts
in the same run, and prints speed, recall and false-positive rate side by side.
Prints figures only; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from screening_corpus import CUSTOMER_ITEMS, CorpusItem  # noqa: E402
from support_studio.screening import scan  # noqa: E402

LONG_TICKET_CHARS = 5_000
REPEATS = 200


def long_ticket() -> str:
    """About 5,000 characters of ordinary ticket text with one code in it."""
    negatives = [item.text for item in CUSTOMER_ITEMS if not item.labels and len(item.text) < 300]
    parts, size, index = [], 0, 0
    while size < LONG_TICKET_CHARS - 40:
        parts.append(negatives[index % len(negatives)])
        size += len(parts[-1]) + 1
        index += 1
    text = "\n".join(parts) + "\nlogin code: 48213"
    return text[-LONG_TICKET_CHARS:]


def time_per_call(function, text: str, repeats: int) -> float:
    """Median seconds per call."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def accuracy(items: list[CorpusItem], flags) -> tuple[float, float, float]:
    """Recall on fixed-format and prose secrets, false-positive rate on negatives."""
    def rate(selected):
        return sum(flags(item.text) for item in selected) / len(selected)
    fixed = [item for item in items if item.category == "fixed_format"]
    prose = [item for item in items if item.category == "prose"]
    negatives = [item for item in items if not item.labels]
    return rate(fixed), rate(prose), rate(negatives)


def load_detect_secrets():
    """A function text -> list of secrets using detect-secrets defaults, or None."""
    try:
        from detect_secrets.core.scan import scan_line
        from detect_secrets.settings import default_settings
    except ImportError:
        return None, None

    def detect(text: str) -> list:
        return [secret for line in text.splitlines() for secret in scan_line(line)]

    return detect, default_settings


def main() -> None:
    ticket = long_ticket()
    corpus_texts = [item.text for item in CUSTOMER_ITEMS]
    corpus_chars = sum(map(len, corpus_texts))

    rows = []
    started = time.perf_counter()
    for text in corpus_texts:
        scan(text)
    corpus_seconds = time.perf_counter() - started
    rows.append(("screening.scan", time_per_call(scan, ticket, REPEATS), corpus_seconds,
                 accuracy(CUSTOMER_ITEMS, lambda t: bool(scan(t)))))

    detect, default_settings = load_detect_secrets()
    if detect is None:
        print("detect-secrets is not installed (pip install detect-secrets==1.5.0); showing scan only.\n")
    else:
        with default_settings():
            started = time.perf_counter()
            for text in corpus_texts:
                detect(text)
            ds_corpus_seconds = time.perf_counter() - started
            rows.append(("detect-secrets 1.5.0", time_per_call(detect, ticket, max(5, REPEATS // 20)),
                         ds_corpus_seconds, accuracy(CUSTOMER_ITEMS, lambda t: bool(detect(t)))))

    print(f"Corpus: {len(corpus_texts)} customer tickets, {corpus_chars:,} characters; "
          f"long ticket: {len(ticket):,} characters")
    print(f"{'engine':22} {'5k ticket':>11} {'corpus':>10} {'fixed recall':>13} {'prose recall':>13} {'FP rate':>8}")
    for name, ticket_seconds, corpus_total, (fixed, prose, false_positive) in rows:
        print(f"{name:22} {ticket_seconds * 1000:8.3f} ms {corpus_total * 1000:7.1f} ms "
              f"{fixed:12.1%} {prose:13.1%} {false_positive:8.1%}")
    print("(recall here = any finding on a positive ticket; FP rate = any finding on a hard negative)")
    if detect is not None:
        print("(detect-secrets' scan_line searches eagerly, so its entropy plugins flag most plain words:\n"
              " its recall and FP rate both come mostly from that, not from recognising secrets)")


if __name__ == "__main__":
    main()
