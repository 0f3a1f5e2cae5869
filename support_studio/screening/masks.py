"""Safe tokens: links, e-mails, @usernames, hashes, wallet addresses, card
references, dates, times, phone numbers and amounts. A number inside one is
never a login code and a word inside one is never a password value.

Everything here runs on the `cased` view (case matters for base58 wallets).
"""

from __future__ import annotations

import re

LINK = re.compile(r"""(?:https?://|tg://|www\.)[^\s"'<>]+
  | (?<![\w.@-])(?:[a-z0-9-]{1,63}\.){1,4}(?:com|me|org|net|io|ru|ly|gg|app|xyz|co|uk|in|tr|id|ir|br|es|ua|de|fr
      |pt|info|biz|su|kz|by|pro|shop|store|site|online|top|dev|ai|to|cc|tv|link|live|club)(?:/[^\s"'<>]*)?(?![\w.-])""",
                  re.VERBOSE | re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}\b")
_TOKENS = re.compile(r"""
    (?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])            # transaction hash
  | (?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])                  # ETH address
  | (?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])          # TRON address
  | (?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,71}(?![0-9A-Za-z])         # BTC bech32
  | (?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z_\-+/=])  # BTC legacy
  | (?<![\w])(?:pi|ch|py|re|txn|cs|in|po|pm)_[A-Za-z0-9]{10,40}\b     # card provider references
""", re.VERBOSE)
# Dates (12.03.2024, 2024-03-12, 1403/09/02, 02.04), times (14:32), phone
# numbers (+7 916 555-23-41, 09127654321) and numbers with a sign or currency.
_D = r"(?:0?[1-9]|[12]\d|3[01])"  # day
_M = r"(?:0?[1-9]|1[0-2])"  # month
_NUMBERS = re.compile(rf"""
    \d(?<![\d./-]\d)(?:\d{{3}}[./-]{_M}[./-]{_D}|\d{{3}}/\d{{1,2}}/\d{{1,2}}
      |\d?(?<![4-9]\d)(?<![3]\d(?=[2-9]))[./-]{_M}[./-](?:\d{{4}}|\d{{2}})|\d?\.\d{{1,2}})(?![\d]|[./-]\d)
  | \d(?<![\d:]\d)\d?:\d{{2}}(?::\d{{2}})?(?![\d:])
  | \+\d[\d \-().]{{7,18}}\d
  | 0(?<![\d+]0)(?:\d{{2,4}}[ -]\d{{3,4}}[ -]\d{{3,4}}|\d{{9,11}})(?!\d)
  | [89](?<![\d+][89])\d{{9,10}}(?!\d)
  | -?100\d{{10}}
""", re.VERBOSE)
_MONEY = re.compile(r"""(?<![\w$€£₽₹])[$€£₽₹]\s?\d(?:[\d,.]*\d)?(?![\w])
  | \d(?<![\w.,]\d)(?:[\d,.]*\d)?\s?(?:[$€£₽₹%](?![^\W\d_])|(?:usdt?|rub|tl|eur|usd)\b)""",
                    re.IGNORECASE | re.VERBOSE)


def safe_spans(cased: str) -> list[tuple[int, int, str]]:
    """Sorted (start, end, kind) spans of safe tokens; kind is link, email,
    handle, token, number or money."""
    spans: list[tuple[int, int, str]] = []
    if "." in cased or "://" in cased:
        spans += [(m.start(), m.end(), "link") for m in LINK.finditer(cased)]
    if "@" in cased:
        spans += [(m.start(), m.end(), "email") for m in EMAIL.finditer(cased)]
        spans += [(m.start(), m.end(), "handle") for m in HANDLE.finditer(cased)]
    spans += [(m.start(), m.end(), "token") for m in _TOKENS.finditer(cased)]
    spans += [(m.start(), m.end(), "number") for m in _NUMBERS.finditer(cased)]
    spans += [(m.start(), m.end(), "money") for m in _MONEY.finditer(cased)]
    spans.sort()
    return spans


def covered(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The kind of a safe span overlapping [start, end), if any."""
    for s, e, kind in spans:
        if s >= end:
            break
        if e > start:
            return kind
    return None
