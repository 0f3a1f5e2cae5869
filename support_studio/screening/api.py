"""The public API: scan, scan_context, scan_agent_reply, describe, redact, cut_out."""

from __future__ import annotations

import base64
import binascii
import bisect
import itertools
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from support_studio.screening.agent import agent_hits
from support_studio.screening.normalise import normalise
from support_studio.screening.rules import Hit, customer_hits

KIND_LABELS: dict[str, str] = {
    "password": "a password",
    "one_time_code": "a login or 2FA code",
    "recovery": "a recovery detail",
    "session": "a session string or token",
    "admin_access": "an offer of admin or account access",
}
# When two findings of different kinds overlap, the more specific kind names the span.
_KIND_PRIORITY = ("session", "recovery", "password", "one_time_code", "admin_access")
_MAX_CHARS = 200_000  # longer texts are scanned in their first part only


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    reason: str


_BASE64_BLOCK = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,4000}={0,2}(?![A-Za-z0-9+/=_-])")


def _decoded_blocks(text: str) -> list[tuple[int, int, str]]:
    """Base64 blocks that decode to readable text (looked for in tokens of 16+ chars only)."""
    found = []
    spans, cursor = [], 0
    for token in text.split():
        if len(token) >= 16:
            at = text.find(token, cursor)
            spans.append((at, at + len(token)))
            cursor = at + len(token)
    for m in (m for start, end in spans for m in _BASE64_BLOCK.finditer(text, start, end)):
        block = m.group()
        if len(block) % 4 == 1 or block.isalpha() or block.isdigit():
            continue
        try:
            raw = base64.b64decode(block + "=" * (-len(block) % 4), validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        printable = sum(ch.isprintable() or ch in "\n\t" for ch in decoded)
        if len(decoded) >= 6 and printable == len(decoded) and any(ch.isalpha() for ch in decoded):
            found.append((m.start(), m.end(), decoded))
    return found


_NON_SPACE = re.compile(r"\S+")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_HEX_TOKEN = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){12,2000}(?![0-9A-Za-z])")


def _encoded_tokens(text: str) -> list[tuple[int, int, str]]:
    """URL-encoded and hex-encoded text, decoded: "my%20telegram%20password%20is%20…",
    "6d792074656c…" (outside attack round 10). Hex that decodes to no readable text (a hash)
    is no text."""
    found = []
    if "%" in text:  # (token by token: one pattern for a token with two escapes backtracked quadratically)
        for m in _NON_SPACE.finditer(text):
            if m.group().count("%") >= 2 and len(_PERCENT_ESCAPE.findall(m.group())) >= 2:
                found.append((m.start(), m.end(), urllib.parse.unquote(m.group())))
    for m in _HEX_TOKEN.finditer(text):
        try:
            decoded = bytes.fromhex(m.group()).decode("utf-8")
        except ValueError:
            continue
        if decoded.isprintable() and sum(ch.isalpha() for ch in decoded) >= len(decoded) // 2 and " " in decoded:
            found.append((m.start(), m.end(), decoded))
    return found


def _findings(text: str, hits: list[Hit], norm) -> list[Finding]:
    findings = []
    for hit in hits:
        start, end = norm.span(hit.start, hit.end)
        if end <= start:
            continue
        findings.append(Finding(hit.kind, start, end, hit.reason))
        for kind in hit.also:
            findings.append(Finding(kind, start, end, hit.reason))
    return findings


def _merge(findings: list[Finding], dual: set[tuple[int, int]]) -> list[Finding]:
    """One finding per kind and span: overlapping findings of one kind are
    joined; a finding overlapped by one of a higher-priority kind is dropped,
    unless the rule gave that span both kinds and the higher finding is that very span
    (not one it was joined into: "Tehran!4455" is no code "4455", fresh-zq)."""
    by_kind: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        same = by_kind.setdefault(finding.kind, [])
        if same and finding.start < same[-1].end:
            last = same[-1]
            if finding.end > last.end:
                same[-1] = Finding(last.kind, last.start, finding.end, last.reason)
            continue
        same.append(finding)
    kept: list[Finding] = []
    higher: list[Finding] = []  # findings of the kinds ranked above, sorted by start
    for kind in _KIND_PRIORITY:
        # The furthest end among the first i higher findings: one overlaps [start, end) when
        # one starting before `end` reaches past `start` (a search, not a scan: a long
        # text can hold thousands of findings).
        starts = [h.start for h in higher]
        reach = list(itertools.accumulate((h.end for h in higher), max))
        spans = {(h.start, h.end) for h in higher}
        for finding in by_kind.get(kind, []):
            before = bisect.bisect_left(starts, finding.end)
            span = (finding.start, finding.end)
            if before and reach[before - 1] > finding.start and not (span in dual and span in spans):
                continue
            kept.append(finding)
        higher = sorted(higher + by_kind.get(kind, []), key=lambda f: f.start)
    return sorted(kept, key=lambda f: (f.start, f.end, _KIND_PRIORITY.index(f.kind)))


def _scan(text: str, depth: int = 0) -> list[Finding]:
    norm = normalise(text)
    hits = customer_hits(norm)
    findings = _findings(text, hits, norm)
    dual = {norm.span(h.start, h.end) for h in hits if h.also}
    if depth == 0 and len(text) >= 16:
        for start, end, decoded in _decoded_blocks(text):
            kinds = {f.kind for f in _scan(decoded, depth + 1)}
            for kind in kinds:
                findings.append(Finding(kind, start, end, "Looks like an encoded secret."))
                if len(kinds) > 1:
                    dual.add((start, end))
        # URL- or hex-encoded text adds only what the plain text does not show already
        # ("remember_web_…=eyJp…%3D%3D" is found as a cookie where it is).
        for start, end, decoded in _encoded_tokens(text):
            found_here = {f.kind for f in findings if f.start < end and start < f.end}
            for kind in {f.kind for f in _scan(decoded, depth + 1)} - found_here:
                findings.append(Finding(kind, start, end, "Looks like an encoded secret."))
    return _merge(findings, dual)


def scan(text: str) -> list[Finding]:
    """Credentials in a customer's text, as spans of the original text."""
    if not isinstance(text, str) or not text.strip():
        return []
    return _scan(text[:_MAX_CHARS])


def scan_context(previous: str, text: str, following: str = "") -> list[Finding]:
    """scan(text), also catching a secret split between `previous` (the same
    author's previous messages in the thread, or the form's earlier fields,
    one per line) and `text`: "my password is" then "Sunflower88"; and, on a
    form, between `text` and the fields after it: "Tr0ub4dor&3x" then "is my
    Telegram password". Offsets are in `text` only; a finding that lies wholly
    in `previous` or `following` is left out."""
    if not isinstance(text, str) or not text.strip():
        return []
    own = scan(text)
    extra, labelled = [], []
    if isinstance(previous, str) and previous.strip():
        # Lines with nothing to read ("." "…" "👍"), sent between a label and its value, are left out.
        previous = "\n".join(line for line in previous.split("\n") if readable(line))[-2000:]
        extra += _found_in_text(previous, text)
        # "My password is" / "wait, I'll send it" / "Tr0ub4dor&3x": each earlier line is also read
        # right before the new text's opening, where a value sent after its label stands; that far
        # from its label, only a made-up looking value (a label left in one field of a form is no
        # reason to flag the count "5,400" in another), or a code after a line that is only its
        # label (a subject "Login code", then a summary that opens with "48213 - …").
        head = text[:_SPLIT_SIDE]
        for line in [line for line in previous.split("\n") if line.strip()][-_SPLIT_LINES:-1]:
            found = _found_in_text(line[-_SPLIT_SIDE:], head)
            labelled += [f for f in found if len(line.split()) <= _LABEL_WORDS and f.kind == "one_time_code"]
            extra += [f for f in found if _MADE_UP.search(head[f.start : f.end])]
    if isinstance(following, str) and following.strip():
        extra += _found_before(text, following[:_SPLIT_SIDE])
    extra = [f for f in extra if any(o.start < f.end and f.start < o.end for o in own) or _sent_as_a_value(text, f)]
    return _merge(own + extra + labelled, set())


def _found_before(text: str, following: str) -> list[Finding]:
    """Findings of the end of `text` and `following` read as one sentence ("Tr0ub4dor&3x" /
    "is my Telegram password") that lie in `text`, in its offsets."""
    start = max(0, len(text) - _SPLIT_SIDE)
    return [
        Finding(f.kind, f.start + start, min(f.end, len(text) - start) + start, f.reason)
        for f in scan(text[start:] + " " + following)
        if f.start < len(text) - start
    ]


_SPLIT_LINES = 8  # the previous text's last lines (messages, a form's fields) read on their own
_LABEL_WORDS = 3  # a line this short is a label at most ("Login code", "my 2FA password")
_READABLE = re.compile(r"[^\W_]")


def readable(text: str) -> bool:
    """The text has a letter or a digit: "." "…" "👍" say nothing a secret could be split by."""
    return _READABLE.search(text) is not None


_MADE_UP = re.compile(r"(?=.*[^\W\d_])(?=.*[\d\W])", re.S)  # a letter, and a digit or a symbol
_SPLIT_SIDE = 300  # characters of each line's end, and of the new text's start, read together


def _found_in_text(previous: str, text: str) -> list[Finding]:
    """Findings of `previous` and `text` read as one that reach into `text`, in its offsets."""
    offset = len(previous) + 1
    joined = scan(previous + "\n" + text)
    return [Finding(f.kind, max(f.start, offset) - offset, f.end - offset, f.reason) for f in joined if f.end > offset]


def _sent_as_a_value(text: str, finding: Finding) -> bool:
    """A value found only with the previous text's label counts when it looks made up
    or is all the new text says: "my password is" then "sunflower" is a password;
    then "Thanks, any news?" is not (a label left dangling, say by "Remove it", must
    not flag the first word of every later message)."""
    value = text[finding.start : finding.end]
    alone = not text[: finding.start].strip(_AROUND) and not text[finding.end :].strip(_AROUND)
    return alone or _MADE_UP_VALUE.search(value) is not None


# As _MADE_UP, but a space is no symbol here: "Adding more info" is words, not a value.
_MADE_UP_VALUE = re.compile(r"(?=.*[^\W\d_])(?=.*(?:\d|[^\w\s]))", re.S)
_AROUND = " \t\n.,!;:()\"'"


def scan_agent_reply(text: str) -> list[Finding]:
    """Places where a support agent asks the customer for a credential or access."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:_MAX_CHARS]
    norm = normalise(text)
    return _merge(_findings(text, agent_hits(norm), norm), set())


def describe(findings: list[Finding]) -> str:
    """One user-facing sentence naming what was found, or '' if nothing."""
    kinds = list(dict.fromkeys(f.kind for f in findings))
    if not kinds:
        return ""
    labels = [KIND_LABELS[k] for k in kinds]
    named = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    if len(findings) == 1:
        return f"This looks like {named}. Support never needs it: remove it before sending."
    return f"This looks like {named}. Support never needs these: remove them before sending."


def cut_out(text: str, findings: list[Finding], scan_again: Callable[[str], list[Finding]] = scan) -> str:
    """What may be kept of `text`: without the spans `cut_spans` finds (the blanks
    around a cut closed up, as `redact` does); "" when something is still flagged."""
    return kept_after(text, cut_spans(text, findings, scan_again), scan_again)


def kept_after(
    text: str, spans: list[tuple[int, int]] | None, scan_again: Callable[[str], list[Finding]] = scan
) -> str:
    """What is left of `text` once `spans` (what cut_spans gave) are cut; "" when that
    was None, or when what is left is still flagged. (A caller that also shows the
    alert cuts once and hands the same spans to both.)"""
    if spans is None:
        return ""
    kept = "".join(text[i] for i in _kept_offsets(text, spans))
    return kept if not spans or not scan_again(kept) else ""


def cut_spans(
    text: str, findings: list[Finding], scan_again: Callable[[str], list[Finding]] = scan
) -> list[tuple[int, int]] | None:
    """The spans of `text` to cut, in its offsets: its flagged spans, cut again while
    `scan_again` flags what is left (the pieces either side of a cut can join into a
    new secret), and every other copy of a cut value, in any case ("Kiwi2024. I
    repeat, kiwi2024"); None when something is still flagged after three cuts."""
    kept, spans, current = list(range(len(text))), [], text
    for _ in range(3):
        if not findings:
            break
        spans += [(kept[f.start], kept[f.end - 1] + 1) for f in findings if f.end > f.start]
        survivors = _kept_offsets(current, [(f.start, f.end) for f in findings])
        kept = [kept[i] for i in survivors]
        current = "".join(current[i] for i in survivors)
        findings = scan_again(current)
    if findings:
        return None
    copies = (
        [m.span() for m in _whole_copies({text[start:end] for start, end in spans}).finditer(text)] if spans else []
    )
    return sorted({*spans, *copies})


def _whole_copies(values: set[str]) -> re.Pattern[str]:
    """Any of `values` as a whole token in any case (not "4821" inside order 48213), in one
    pass however many there are."""
    alternatives = "|".join(re.escape(value) for value in sorted(values, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + alternatives + r")(?![^\W_])", re.IGNORECASE)


def redact(text: str, findings: list[Finding], replacement: str = "") -> str:
    """The text with every flagged span removed, and the spaces around a
    removed span closed up so the rest reads cleanly; or, with a
    `replacement` ("[removed]" in a log), each span replaced by it."""
    spans = [(f.start, f.end) for f in findings]
    if replacement:
        return replacement.join(text[piece.start : piece.stop] for piece in _pieces(text, spans))
    return "".join(text[i] for i in _kept_offsets(text, spans))


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[range]:
    """The offsets of the text before, between and after the spans."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        pieces.append(range(cursor, max(start, cursor)))
        cursor = max(cursor, end)
    return [*pieces, range(cursor, len(text))]


def _kept_offsets(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The offsets of the characters `redact` keeps: the pieces between the spans,
    less the blanks before a cut that a blank or a stop follows."""
    first, *rest = _pieces(text, spans)
    kept = list(first)
    for piece in rest:
        if kept and text[kept[-1]] in " \t" and (not piece or text[piece[0]] in " \t,.!?;:"):
            while kept and text[kept[-1]] in " \t":
                kept.pop()
        kept += piece
    return kept
