"""Speed and accuracy of support_studio.screening next to Yelp's detect-secrets.

Run from the project root: python benchmarks/screening_speed.py
Times scan() on 5,000-character tickets (p50 and p95 over many runs) and
runs detect-secrets 1.5.0 (default plugins, scan_line per line) over the
same texts in the same run; then the worst time on adversarial texts (100 KB, and cut to a
5,000-character ticket, for the customer scan and the agent guard),
and recall and false-positive rate on the own corpus side by side.
Prints figures only; asserts nothing (tests/test_screening_properties.py
holds only a runaway guard, five times the aim).

Tickets:
  dense    the own corpus's hard negatives back to back: a credential word,
           an order ID, a hash or a link on nearly every line (the worst case)
  blind    blind-corpus customer texts in all 12 languages back to back,
           secrets included (one ticket of many voices)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from screening_corpus import CUSTOMER_ITEMS, CorpusItem  # noqa: E402

from support_studio.screening import scan, scan_agent_reply  # noqa: E402

LONG_TICKET_CHARS = 5_000
REPEATS = 400
ADVERSARIAL = [
    "password " * 11_000,
    "code 12345 " * 9_000,
    "пароль: " * 12_000,
    "admin you added " * 6_000,
    "i " * 50_000,
    "@" * 100_000,
    "a@" * 50_000,
    "1 " * 50_000,
    "https://t.me/ " * 7_000,
    "\u200b" * 100_000,
    "a\u0301" * 50_000,
    "&amp;" * 20_000,
    "رمز @" * 20_000,
    ("A" * 60 + "\n") * 1600,
    ".session password: " * 5_200,
    "backup codes:\n1) " * 5_800,
    "tdata https://file.io/x " * 4_000,
    "Admin rights\n@x_support\n✅ a\n" * 4_000,
    "رمز backup codes " * 5_800,
    "give admin " * 9_100,
    "make @support admin " * 5_000,
    # the slowest pairs of the property test's fragments
    "4 8 2 1 3 رمز " * 7_100,
    "48-213 رمز " * 9_000,
    "2 step is " * 10_000,
    # one token with an escape at its start, and escapes that are none (URL-decoding, round 10)
    "%41" + "x" * 100_000,
    "%4g" * 30_000,
    "you can log in Mango#77 " * 4_000,  # values beside invitations to log in (round 10)
]


def dense_ticket() -> str:
    """About 5,000 characters of ordinary ticket text with one code in it."""
    negatives = [item.text for item in CUSTOMER_ITEMS if not item.labels and len(item.text) < 300]
    parts, size, index = [], 0, 0
    while size < LONG_TICKET_CHARS - 40:
        parts.append(negatives[index % len(negatives)])
        size += len(parts[-1]) + 1
        index += 1
    text = "\n".join(parts) + "\nlogin code: 48213"
    return text[-LONG_TICKET_CHARS:]


def blind_ticket() -> str:
    import screening_report

    texts = [
        item.text for items in screening_report.blind_batches().values() for item in items if item.source == "customer"
    ]
    parts, size, index = [], 0, 0
    while size < LONG_TICKET_CHARS and texts:
        parts.append(texts[(index * 37) % len(texts)])
        size += len(parts[-1]) + 1
        index += 1
    return "\n".join(parts)[:LONG_TICKET_CHARS]


def percentiles(function, text: str, repeats: int, clock=time.perf_counter) -> tuple[float, float]:
    """p50 and p95 seconds per call, after a few warm-up calls."""
    for _ in range(3):
        function(text)
    samples = []
    for _ in range(repeats):
        started = clock()
        function(text)
        samples.append(clock() - started)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


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
    tickets = {"dense": dense_ticket(), "blind": blind_ticket()}
    detect, default_settings = load_detect_secrets()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"5,000-character tickets, p50 / p95 per call ({REPEATS} runs for scan), wall clock and CPU time;"
        f" load average {load:.2f} on {os.cpu_count()} cores (CPU time leaves out time other processes took)"
    )
    print(f"{'ticket':8} {'engine':22} {'wall p50':>10} {'wall p95':>10} {'cpu p50':>10} {'cpu p95':>10}")
    for name, ticket in tickets.items():
        rows = [("screening.scan", scan, REPEATS, None)]
        if detect is not None:
            rows.append(("detect-secrets 1.5.0", detect, 20, default_settings))
        for engine, function, repeats, context in rows:
            if context is not None:
                with context():
                    wall = percentiles(function, ticket, repeats)
                    cpu = percentiles(function, ticket, repeats, time.process_time)
            else:
                wall = percentiles(function, ticket, repeats)
                cpu = percentiles(function, ticket, repeats, time.process_time)
            print(f"{name:8} {engine:22} " + " ".join(f"{v * 1000:7.3f} ms" for v in (*wall, *cpu)))
    if detect is None:
        print("(detect-secrets is not installed: pip install detect-secrets==1.5.0)")

    print()
    for size, texts in (("100 KB", ADVERSARIAL), ("5,000-character", [t[:LONG_TICKET_CHARS] for t in ADVERSARIAL])):
        for engine, function in (("scan", scan), ("scan_agent_reply", scan_agent_reply)):
            worst, worst_text = 0.0, ""
            for text in texts:
                started = time.process_time()
                function(text)
                took = time.process_time() - started
                if took > worst:
                    worst, worst_text = took, text[:16]
            print(f"{size} adversarial texts ({len(texts)}), {engine}: worst {worst:.3f} s of CPU ({worst_text!r}...)")

    print(f"\nOwn corpus: {len(CUSTOMER_ITEMS)} customer texts")
    print(f"{'engine':22} {'fixed recall':>13} {'prose recall':>13} {'FP rate':>8}")
    rows = [("screening.scan", accuracy(CUSTOMER_ITEMS, lambda t: bool(scan(t))))]
    if detect is not None:
        with default_settings():
            rows.append(("detect-secrets 1.5.0", accuracy(CUSTOMER_ITEMS, lambda t: bool(detect(t)))))
    for name, (fixed, prose, false_positive) in rows:
        print(f"{name:22} {fixed:12.1%} {prose:13.1%} {false_positive:8.1%}")
    print(
        "(recall here = any finding on a positive ticket; FP rate = any finding on a hard negative;\n"
        " detect-secrets' entropy plugins flag most plain words, so its recall and FP rate both come\n"
        " mostly from that, not from recognising secrets)"
    )


if __name__ == "__main__":
    main()
