"""Safe tokens: links, e-mails, @usernames, hashes, wallet addresses, card
references, dates, times, phone numbers and amounts. A number inside one is
never a login code and a word inside one is never a password value.

Everything here runs on the `cased` view (case matters for base58 wallets).
Every pattern starts with a literal or a character class (re skips ahead to
it quickly); a check on the char before goes after the first char.
"""

from __future__ import annotations

import bisect
import re

_TLDS = (
    r"com|me|org|net|io|ru|ly|gg|app|xyz|co|uk|in|tr|id|ir|br|es|ua|de|fr|pt|info|biz|su|kz|by|pro|shop"
    r"|store|site|online|top|dev|ai|to|cc|tv|link|live|club|sa|ae|eg|mx|ar|cz"
)
_SCHEME_LINK = re.compile(r"(?:https?://|tg://|www\.)[^\s\"'<>]+")
# "t.me/name", "smmpanel.com/reset?x": found at the top-level domain, then read from the domain's start.
_TLD = re.compile(rf"\.(?:{_TLDS})(?![a-z0-9-])")
_DOMAIN_LINK = re.compile(rf"(?:[a-z0-9-]{{1,63}}\.){{1,4}}(?:{_TLDS})(?:/[^\s\"'<>]*)?(?![\w.-])")
_DOMAIN_CHAR_SET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
# A link written so that it can't be clicked, as phishing reports do: "smmpanel-login[.]de".
_DEFANGED_DOT = r"(?:\[\.\]|\(\.\)|\[dot\])"
_DEFANGED_LINK = re.compile(
    rf"(?<![\w.-])[a-z0-9-]{{1,63}}(?:(?:{_DEFANGED_DOT}|\.)[a-z0-9-]{{1,63}}){{0,3}}{_DEFANGED_DOT}(?:{_TLDS})"
    r"(?:/[^\s\"'<>]*)?(?![\w-])"
)
_EMAIL_LOCAL = re.compile(r"[\w.+-]{1,64}\Z")
_EMAIL_DOMAIN = re.compile(r"@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_HANDLE = re.compile(r"@(?<![\w@]@)[A-Za-z0-9_]{3,32}\b")
_LONG_TOKEN = re.compile(r"[0-9A-Za-z_]{25,}")
_TOKENS = re.compile(
    r"""
    (?:0x)?[0-9a-fA-F]{64}                       # transaction hash
  | 0x[0-9a-fA-F]{40}                            # ETH address
  | T[1-9A-HJ-NP-Za-km-z]{33}                    # TRON address
  | bc1[02-9ac-hj-np-z]{11,71}                   # BTC bech32
  | [13][1-9A-HJ-NP-Za-km-z]{25,34}              # BTC legacy
  | (?:pi|ch|py|re|txn|cs|in|po|pm)_[A-Za-z0-9]{10,40}  # card provider references
""",
    re.VERBOSE,
)
_D = r"(?:0?[1-9]|[12]\d|3[01])"  # day
_M = r"(?:0?[1-9]|1[0-2])"  # month
# Dates (12.03.2024, 2024-03-12, 1403/09/02, 02.04), times (14:32, 14h32), phone
# numbers (+7 916 555-23-41, 0812-3456-7890, 09127654321), Telegram chat IDs, masked card numbers.
_NUMBERS = [
    re.compile(source)
    for source in (
        (
            rf"\d(?<![\d./-]\d)(?:\d{{3}}[./-]{_M}[./-]{_D}|\d{{3}}/\d{{1,2}}/\d{{1,2}}"
            rf"|\d?(?<![4-9]\d)(?<![3]\d(?=[2-9]))[./-]{_M}[./-](?:\d{{4}}|\d{{2}})|\d?\.\d{{1,2}})(?![\d]|[./-]\d)"
        ),
        # (with a Turkish suffix: "şifremi 09:30'da değiştirdim", fresh-zzs)
        r"\d(?<![\d:]\d)\d?:\d{2}(?::\d{2})?(?:['’][^\W\d_]{1,4})?(?![\d:])",
        # (or written with an "h": "hoje às 10h40", fresh-zzzzn)
        r"\d(?<![\w:.]\d)\d?h[0-5]\d(?![\w:])",
        r"\+\d[\d \-().]{7,18}\d",
        r"0(?<![\d+]0)(?:\d{2,4}[ -]\d{3,4}[ -]\d{3,4}|\d{9,11})(?!\d)",
        r"[89](?<![\d+][89])\d{9,10}(?!\d)",
        r"-100\d{10}",
        # A masked card number: "**** **** **** 4821", "VISA ••••4821", "XXXX-XXXX-XXXX-4821"
        r"[*•·xX](?<![*•·\w][*•·xX])[*•·xX]{3}(?:[ -]?[*•·xX]{2,4}){0,3}[ -]?\d{4}(?!\d)",
    )
]  # one pattern each: re skips ahead fast only to a single first char or class
# What a text must hold for a pattern to match at all (skips a pass over the text).
_NUMBER_NEEDS = list(
    zip(_NUMBERS, (None, (":",), ("h",), ("+",), None, None, ("-100",), ("*", "•", "·", "xxxx")), strict=True)
)
# A Windows computer's own name, as Telegram's list of sessions shows it: "DESKTOP-7HQ2K1" (fresh-zzzzn).
_DEVICE_NAME = re.compile(r"(?<![\w-])(?:DESKTOP|LAPTOP)-[A-Z0-9]{6,8}(?![\w-])")
# A token's network: "USDT TRC20", "ERC-20", "BEP20".
_NETWORK = re.compile(r"(?<![\w-])(?:TRC|ERC|BEP|trc|erc|bep)-?\d{1,3}(?![\w-])")
_MONEY_SIGN = re.compile(r"[$€£₽₹](?<![\w$€£₽₹][$€£₽₹])\s?\d(?:[\d,.]*\d)?(?!\w)")
# An amount starts after a blank, a bracket, a mark or a currency sign, not inside a word: the
# "2024$" of "Kiwi!2024$" is the end of a password (outside attack round 6).
_MONEY_UNIT = re.compile(
    r"(?<![^\s(:=\[\"'«“$€£₽₹~≈+/-])\d(?<!\w-\d)(?:[\d,.]*\d)?\s?(?:[$€£₽₹%](?![^\W\d_])|(?:usdt?|rub|tl|eur|usd)\b)"
)


def _links(cased: str, lower: str) -> list[tuple[int, int, str]]:
    spans = []
    if "://" in lower or "www." in lower:
        spans += [(m.start(), m.end(), "link") for m in _SCHEME_LINK.finditer(lower)]
    if "[.]" in lower or "(.)" in lower or "[dot]" in lower:
        spans += [(m.start(), m.end(), "link") for m in _DEFANGED_LINK.finditer(lower)]
        spans.sort()
    scheme_starts = [s for s, _, _ in spans]
    scheme_ends = [e for _, e, _ in spans]
    last = 0
    for tld in _TLD.finditer(lower):
        index = bisect.bisect_right(scheme_starts, tld.start()) - 1
        if tld.start() < last or index >= 0 and tld.start() < scheme_ends[index]:
            continue
        start = tld.start()
        floor = max(0, start - 255)
        while start > floor and (lower[start - 1] in _DOMAIN_CHAR_SET):
            start -= 1
        if start == tld.start():
            continue
        while start < tld.start() and cased[start] in ".-":
            start += 1
        if start and (cased[start - 1].isalnum() or cased[start - 1] in "_.@-"):
            continue
        m = _DOMAIN_LINK.match(lower, start)
        if m is not None:
            spans.append((m.start(), m.end(), "link"))
            last = m.end()
    return spans


def _emails(cased: str) -> list[tuple[int, int, str]]:
    spans = []
    at = cased.find("@")
    while at >= 0:
        before, after = cased[at - 1 : at], cased[at + 1 : at + 2]
        if not (before.isalnum() or before in "_.+-") or not (after.isalnum() or after in "_-"):
            at = cased.find("@", at + 1)
            continue
        domain = _EMAIL_DOMAIN.match(cased, at)
        local = _EMAIL_LOCAL.search(cased, max(0, at - 64), at)
        if domain is not None and local is not None:
            spans.append((local.start(), domain.end(), "email"))
        at = cased.find("@", at + 1)
    return spans


def safe_spans(cased: str, lower: str | None = None) -> list[tuple[int, int, str]]:
    """Sorted (start, end, kind) spans of safe tokens; kind is link, email,
    handle, token, device, number or money. lower: the same text in lower case."""
    if lower is None:
        lower = cased.lower()
    spans: list[tuple[int, int, str]] = []
    if "." in cased or "://" in cased:
        spans += _links(cased, lower)
    if "@" in cased:
        spans += _emails(cased)
        spans += [(m.start(), m.end(), "handle") for m in _HANDLE.finditer(cased)]
    for long_token in _LONG_TOKEN.finditer(cased):
        m = _TOKENS.fullmatch(cased, long_token.start(), long_token.end())
        if m is not None:
            spans.append((m.start(), m.end(), "token"))
    if "DESKTOP-" in cased or "LAPTOP-" in cased:
        spans += [(m.start(), m.end(), "device") for m in _DEVICE_NAME.finditer(cased)]
    for pattern, needs in _NUMBER_NEEDS:
        if needs is None or any(part in lower for part in needs):
            spans += [(m.start(), m.end(), "number") for m in pattern.finditer(cased)]
    if any(ch in cased for ch in "$€£₽₹"):
        spans += [(m.start(), m.end(), "money") for m in _MONEY_SIGN.finditer(cased)]
    if "trc" in lower or "erc" in lower or "bep" in lower:
        spans += [(m.start(), m.end(), "money") for m in _NETWORK.finditer(cased)]
    if any(ch in cased for ch in "$€£₽₹%") or "usd" in lower or "rub" in lower or "tl" in lower or "eur" in lower:
        spans += [(m.start(), m.end(), "money") for m in _MONEY_UNIT.finditer(lower)]
    spans.sort()
    return spans


class SafeSpans:
    """The safe spans of a text with a fast overlap query."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        longest = max((e - s for s, e, _ in spans), default=0)
        self.reach = longest

    def covered(self, start: int, end: int) -> str | None:
        """The kind of a safe span overlapping [start, end), if any."""
        spans = self.spans
        index = bisect.bisect_left(self.starts, end)
        low = bisect.bisect_left(self.starts, start - self.reach)
        for _, e, kind in spans[low:index][::-1]:
            if e > start:
                return kind
        return None

    def starting(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The safe spans that start in [start, end)."""
        return self.spans[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def __iter__(self):
        return iter(self.spans)


def covered(spans, start: int, end: int) -> str | None:
    """The kind of a safe span overlapping [start, end), if any."""
    if isinstance(spans, SafeSpans):
        return spans.covered(start, end)
    for s, e, kind in spans:
        if s >= end:
            break
        if e > start:
            return kind
    return None
