"""Credential screening for support tickets: finds passwords, login codes,
recovery details, session strings and offers of account access in chat text
so they can be stopped before they leave the browser. Plain Python, no Reflex
import.

How it works: the text is folded to a same-length form (fullwidth and
Arabic/Persian/Devanagari digits to ASCII, accents dropped, invisible marks to
spaces), so every offset found on the folded text is an offset in the original.
Format rules (session strings, bot tokens, login links, cookies) run first;
then links, e-mails, @usernames, wallet addresses, transaction hashes, dates
and times are masked with same-length placeholders, and the keyword rules for
codes, passwords, recovery details and offers run on the masked text.
Every pattern is linear: bounded repeats, anchored starts, no nested
unbounded quantifiers.

Speed: a pattern that starts with \\b or a lookbehind is tried by re at every
position, so the keyword patterns are only tried where a trigger built from
their literal prefixes matches (_Triggered, _WordRules), and the mask, link
and format rules are only tried where their tokens can start. Each of these
gives exactly the matches of the plain pattern.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

KIND_LABELS: dict[str, str] = {
    "password": "a password",
    "one_time_code": "a login or 2FA code",
    "recovery": "a recovery detail",
    "session": "a session string or token",
    "admin_access": "an offer of admin or account access",
}

# When two findings overlap, the more specific kind names the span.
_KIND_PRIORITY = ("session", "recovery", "password", "one_time_code", "admin_access")

_ASKED_FOR = {
    "password": "Support never asks for a password.",
    "one_time_code": "Support never asks for a login code.",
    "recovery": "Support never asks for recovery details.",
    "session": "Support never asks for session strings or tokens.",
    "admin_access": "Support never asks for admin or account access.",
}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    reason: str


# ---------------------------------------------------------------- folding

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # fullwidth ASCII
        table[code] = chr(code - 0xFEE0)
    for zero in (0x0660, 0x06F0, 0x0966):  # Arabic-Indic, Persian, Devanagari digits
        for offset in range(10):
            table[zero + offset] = str(offset)
    for code in range(0x00C0, 0x0180):  # Latin accents: contraseña -> contrasena
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    table[0x0131] = "i"  # Turkish dotless i
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, 0xFEFF,
                 0xFE0F, 0x20E3, 0x00A0, 0x2007, 0x202F, 0x3000):
        table[code] = " "  # invisible marks, keycaps and odd spaces split nothing
    for code in (*range(0x2010, 0x2016), 0x2212):
        table[code] = "-"
    table.update({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x00AB: '"', 0x00BB: '"'})
    return table


_FOLD_TABLE = _build_fold_table()


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD_TABLE)) + "]")


def _fold(text: str) -> str:
    # Substituting only the foldable characters beats str.translate on mostly-plain text.
    return _FOLDABLE.sub(lambda m: _FOLD_TABLE[ord(m.group())], text)


def _lower(text: str) -> str:
    """Lower case of the same length (str.lower can grow a few rare letters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _c(pattern: str) -> re.Pattern[str] | _Triggered:
    """Keyword patterns are written in lower case and run on lower-cased text:
    IGNORECASE makes Python's re several times slower on Unicode text."""
    return _triggered(re.compile(pattern, re.VERBOSE))


# --------------------------------------------------------- fast keyword search
#
# Python's re only skips ahead quickly when a pattern starts with a literal or a
# character set; a pattern that starts with \b or a lookbehind is tried at every
# position, which is what made the keyword rules slow. So each keyword pattern
# gets a trigger, derived from its parsed form: the prefixes (up to
# _TRIGGER_DEPTH chars or char classes) that every one of its matches must start
# with. The real pattern is then only tried, with Pattern.match, where the
# trigger matches. Because every match starts at such a position, the results
# (finditer order, non-overlap, search, pos/endpos) are exactly the pattern's.

_TRIGGER_DEPTH = 6
_TRIGGER_LIMIT = 400
_EXPAND_CHARS = 8  # a set of up to this many literal chars becomes separate prefixes
_WORD_START_MIN_FIRSTS = 12
_WORD_START = "\\b"  # first atom of a prefix that starts at a word boundary
_CATEGORY_SOURCE = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_Prefix = tuple[str, ...]


class _NoTrigger(Exception):
    pass


def _charset_atoms(items: list) -> list[str]:
    """A parsed character set as one-char literal atoms, or as one class atom."""
    chars: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            chars.append(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < _EXPAND_CHARS:
            chars.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:
            break
    else:
        if len(chars) <= _EXPAND_CHARS:
            return chars
    parts = []
    for op, av in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORY_SOURCE:
            parts.append(_CATEGORY_SOURCE[av])
        elif op is _sre.NEGATE and not parts:
            parts.append("^")
        else:
            raise _NoTrigger
    return ["[" + "".join(parts) + "]"]


def _depth(prefix: _Prefix) -> int:
    return len(prefix) - (prefix[:1] == (_WORD_START,))


def _starts(items, opens: set[_Prefix], closed: set[_Prefix]) -> set[_Prefix]:
    """Extend the open prefixes by a parsed sequence; prefixes that cannot grow
    go to closed. A prefix is a tuple of atoms: a one-char literal, a class
    source such as "[\\s]", or _WORD_START before the first character."""
    for op, av in items:
        if not opens:
            break
        if op is _sre.LITERAL:
            opens = {s + (chr(av),) for s in opens}
        elif op is _sre.NOT_LITERAL:
            opens = {s + (f"[^{re.escape(chr(av))}]",) for s in opens}
        elif op is _sre.IN:
            atoms = _charset_atoms(av)
            opens = {s + (atom,) for s in opens for atom in atoms}
        elif op is _sre.AT and av is _sre.AT_BOUNDARY:
            opens = {(_WORD_START,) if not s else s for s in opens}
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: leaving it out only widens the trigger
        elif op is _sre.SUBPATTERN:
            opens = _starts(av[-1], opens, closed)
        elif op is _sre.BRANCH:
            opens = set().union(*(_starts(alt, set(opens), closed) for alt in av[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, item = av
            for _ in range(min(low, _TRIGGER_DEPTH + 1)):
                opens = _starts(item, opens, closed)
            if low > _TRIGGER_DEPTH + 1:
                closed |= opens
                return set()
            if high > low:
                more = _starts(item, set(opens), closed)
                if high == low + 1:
                    opens |= more
                else:  # one more repeat, then possibly more: stop there
                    closed |= more
        else:
            closed |= opens
            return set()
        done = {s for s in opens if _depth(s) >= _TRIGGER_DEPTH}
        closed |= done
        opens -= done
        if len(opens) + len(closed) > _TRIGGER_LIMIT:
            raise _NoTrigger
    return opens


_WORD_SCRIPTS = (0x0000, 0x06FF), (0x0900, 0x097F)  # Latin, Greek, Cyrillic, Arabic, Devanagari


def _non_word_class(leave_out: str = "") -> str:
    """A class of every char \\W matches (and a few word chars) less leave_out,
    written as the complement of the runs of 4+ word chars in the ticket
    scripts: re checks a few ranges much faster than the \\W category."""
    runs: list[list[int]] = []
    for low, high in _WORD_SCRIPTS:
        for code in range(low, high + 1):
            if chr(code).isalnum() or code == 0x5F:  # \w
                if runs and runs[-1][1] == code - 1:
                    runs[-1][1] = code
                else:
                    runs.append([code, code])
    parts = [f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in runs if hi - lo >= 3]
    return "[^" + "".join(parts) + re.escape(leave_out) + "]"


_MASK_CHAR = "\u2591"  # not a word char, digit or base64 char
_MASK_RUN = re.compile(_MASK_CHAR + "(?!" + _MASK_CHAR + ")")  # the last char of a masked run


def _mask_run_ends(text: str) -> list[int]:
    """Where each run of mask chars ends."""
    return [run.end() for run in _MASK_RUN.finditer(text)] if _MASK_CHAR in text else []


_NON_WORD = _non_word_class()
_NON_WORD_UNMASKED = _non_word_class(_MASK_CHAR)


class _Triggered:
    """A compiled pattern tried only where its trigger matches.

    Python's re skips ahead quickly only when a pattern starts with a literal
    or a character set; a pattern that starts with \\b or a lookbehind is
    tried at every position. The triggers are built from the literal prefixes
    that every match must start with, as "first char + lookahead" branches:
    prefixes that start a word (\\b then a letter) are looked for after a
    non-word char, so only word starts are visited (one-char prefixes that
    are themselves non-word chars, such as "$", in the same pass); the others
    wherever their first char occurs. The pattern itself is then tried, with
    Pattern.match, only at those positions, in order; since every match
    starts at one of them, finditer and search give exactly the pattern's
    own results."""

    __slots__ = ("pattern", "word_trigger", "free_trigger", "word_prefixes", "match", "fullmatch")

    def __init__(self, pattern: re.Pattern[str], word_trigger: re.Pattern[str] | None,
                 free_trigger: re.Pattern[str] | None, word_prefixes: set[_Prefix] | None) -> None:
        self.pattern, self.word_trigger, self.free_trigger = pattern, word_trigger, free_trigger
        self.word_prefixes = word_prefixes  # when every match starts a word
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def _positions(self, text: str, pos: int, endpos: int) -> list[int]:
        positions = []
        if self.word_trigger is not None:
            # A word trigger hit is a non-word char: group 1 marks a word
            # prefix just after it, group 2 a one-char prefix at it.
            hits = self.word_trigger.finditer(text, max(pos - 1, 0), endpos)
            if self.word_trigger.groups:
                positions = [0] if pos <= 0 else []
                for hit in hits:
                    word, here = hit.groups()
                    if here is not None and hit.start() >= pos:
                        positions.append(hit.start())
                    if word is not None:
                        positions.append(hit.start() + 1)
            else:
                positions = [hit.start() + 1 for hit in hits]
                if pos <= 0:
                    positions.insert(0, 0)
        if self.free_trigger is not None:
            free = [hit.start() for hit in self.free_trigger.finditer(text, pos, endpos)]
            positions = sorted(positions + free) if positions else free
        return positions

    def _matches(self, text: str, pos: int, endpos: int, first_only: bool) -> list[re.Match[str]]:
        match = self.pattern.match
        found: list[re.Match[str]] = []
        last = pos
        for at in self._positions(text, pos, endpos):
            if at >= last:
                m = match(text, at, endpos)
                if m is not None:
                    found.append(m)
                    if first_only:
                        break
                    last = m.end()  # never empty: it holds the prefix
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(self._matches(text, pos, endpos, False))

    def positions(self, text: str, lo: int, hi: int) -> list[int]:
        """Sorted trigger positions in [lo, hi): every match starting there
        within any window [a, b) inside [lo, hi) starts at one of them."""
        return self._positions(text, lo, hi)

    def last_then_first(self, text: str, lo: int, left_end: int, right_start: int, hi: int,
                        positions: list[int] | None = None,
                        ) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The last match of finditer(text, lo, left_end) and search(text, right_start, hi),
        from one trigger pass (left_end <= right_start), or from positions()
        of a range holding [lo, hi)."""
        match = self.pattern.match
        left = right = None
        last = lo
        if positions is None:
            positions = self._positions(text, lo, hi)
        else:
            positions = positions[bisect.bisect_left(positions, lo):bisect.bisect_left(positions, hi)]
        for at in positions:
            if at < left_end:
                if at >= last:
                    m = match(text, at, left_end)
                    if m is not None:
                        left, last = m, m.end()
            elif at >= right_start:
                right = match(text, at, hi)
                if right is not None:
                    break
        return left, right

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._matches(text, pos, endpos, True)
        return found[0] if found else None


def _trie_source(prefixes: set[_Prefix]) -> str:
    """A regex matching any of the prefixes, shared beginnings written once."""
    trie: dict = {}
    for prefix in sorted(prefixes, key=len):  # a shorter prefix covers longer ones
        node = trie
        for atom in prefix:
            if node.get("") is not None:
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[""] = {}  # end of a prefix: whatever follows is fine

    def source(node: dict) -> str:
        branches = [(atom if len(atom) > 1 else re.escape(atom)) + source(child)
                    for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return source(trie)


def _trigger_source(prefixes: set[_Prefix]) -> str:
    """One branch per first char (consumed), the rest of the prefixes as a lookahead."""
    by_first: dict[str, set[_Prefix]] = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if () in rests:
            branches.append(re.escape(first))
        else:
            branches.append(f"{re.escape(first)}(?={_trie_source(rests)})")
    return "|".join(branches)


def _triggered(pattern: re.Pattern[str]) -> re.Pattern[str] | _Triggered:
    """The pattern with triggers, or the pattern itself when none fits."""
    if pattern.flags & ~(re.UNICODE | re.VERBOSE):
        return pattern
    closed: set[_Prefix] = set()
    try:
        opens = _starts(_sre_parse.parse(pattern.pattern, pattern.flags), {()}, closed)
    except _NoTrigger:
        return pattern
    word, free = set(), set()
    for prefix in opens | closed:
        if prefix[:1] == (_WORD_START,):
            prefix = prefix[1:]
            if prefix and len(prefix[0]) == 1 and prefix[0].isalnum():
                word.add(prefix)  # \b before a letter or digit: a word start
                continue
        if not prefix or len(prefix[0]) != 1:
            return pattern  # some match may start with anything
        free.add(prefix)
    word_prefixes = None if free else set(word)
    # Visiting every word start costs about as much as visiting every letter
    # of a dozen kinds: worth it only for many first letters.
    if len({prefix[0] for prefix in word}) < _WORD_START_MIN_FIRSTS:
        free |= word
        word = set()
    if not word:
        return _Triggered(pattern, None, re.compile(_trigger_source(free)), word_prefixes)
    here = ""
    if free and all(len(prefix) == 1 and re.fullmatch(_NON_WORD, prefix[0]) for prefix in free):
        here = "".join(sorted(re.escape(prefix[0]) for prefix in free))
        free = set()
    word_trigger = (f"{_NON_WORD}(?:(?={_trie_source(word)})()|(?<=[{here}]))(?:(?<=[{here}])())?"
                    if here else f"{_NON_WORD}(?={_trie_source(word)})")
    return _Triggered(pattern, re.compile(word_trigger),
                      re.compile(_trigger_source(free)) if free else None, word_prefixes)


class _WordRules:
    """Several word-start patterns run over the same text with one trigger
    scan: the trigger finds the word starts where any of them may match, and
    an empty group per pattern marks the ones whose own prefixes are there.
    finditer_each gives, per pattern, exactly pattern.finditer(text)."""

    def __init__(self, *patterns: _Triggered) -> None:
        assert all(p.word_prefixes for p in patterns)
        self.patterns = [p.pattern for p in patterns]
        anywhere = _trie_source(set().union(*(p.word_prefixes for p in patterns)))
        marks = "".join(f"(?:(?={_trie_source(p.word_prefixes)})())?" for p in patterns)
        # Masked runs are skipped fast; the word start after one is checked apart.
        self.trigger = re.compile(f"{_NON_WORD_UNMASKED}(?={anywhere}){marks}")
        self.after_mask = re.compile(f"(?={anywhere}){marks}")
        self.first_chars = frozenset(prefix[0] for p in patterns for prefix in p.word_prefixes)

    def finditer_each(self, text: str, mask_ends: list[int] | None = None) -> list[list[re.Match[str]]]:
        """mask_ends: _mask_run_ends(text), when known."""
        positions: list[list[int]] = [[0] for _ in self.patterns]  # 0 starts a word if anything does
        for hit in self.trigger.finditer(text):
            for starts, mark in zip(positions, hit.groups()):
                if mark is not None:
                    starts.append(hit.start() + 1)
        if mask_ends is None:
            mask_ends = _mask_run_ends(text)
        if mask_ends:
            first_chars = self.first_chars
            for end in mask_ends:
                if text[end:end + 1] not in first_chars:
                    continue
                hit = self.after_mask.match(text, end)
                if hit is not None:
                    for starts, mark in zip(positions, hit.groups()):
                        if mark is not None:
                            starts.append(end)
            for starts in positions:
                starts.sort()
        found_each = []
        for pattern, starts in zip(self.patterns, positions):
            match = pattern.match
            found: list[re.Match[str]] = []
            last = 0
            for at in starts:
                if at >= last:
                    m = match(text, at)
                    if m is not None:
                        found.append(m)
                        last = m.end()  # never empty
            found_each.append(found)
        return found_each


# ------------------------------------------------------- format-only rules

_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9_\-+/=])[A-Za-z0-9_\-+/]{20,}={0,2}")
# Where a run of 20 may start: the char before it, found by a fast set scan.
_BASE64_RUN_START = re.compile(r"[^A-Za-z0-9_\-+/=\u2591][A-Za-z0-9_\-+/]{20}")  # after a mask: apart
_SESSION_MIN_CHARS = 200  # real Telethon/Pyrogram/GramJS strings are ~350
_WRAPPED_LINE_MIN_CHARS = 40  # each wrapped line except the last
_LINE_BREAK_GAP = re.compile(r"[ \t>]*\r?\n[ \t>]*")

# (?<![\w:])\d{8,10}:... with the lookbehind after the first digit, so re
# scans for digits instead of trying every position.
_BOT_TOKEN = re.compile(r"\d(?<![\w:]\d)\d{7,9}:[A-Za-z0-9_-]{35}(?![\w-])")
_BOT_TOKEN_COLON = re.compile(r":(?=[A-Za-z0-9_-]{35})")  # found fast; the token starts 8-10 before
_LOGIN_LINK = _c(r"""
    (?:https?://)?(?:t|telegram)\.me/login/[\w-]+
  | tg://login\?[^\s"'<>]+
""")
_ANY_LINK = re.compile(r"""(?:https?://|tg://|www\.)[^\s"'<>]+
  | (?<![\w.@-])(?:[\w-]{1,63}\.){1,4}(?:com|me|org|net|io|ru|ly|gg|app|xyz|dog|co|uk|in|tr|id|ir|br|es|ua)/[^\s"'<>]*""",
    re.VERBOSE)
# Where a link can start: after a scheme, at www., or at the start of the
# [\w.-] run that ends in ".tld/".
_DOMAIN_TAIL = re.compile(r"\.(?:com|me|org|net|io|ru|ly|gg|app|xyz|dog|co|uk|in|tr|id|ir|br|es|ua)/")
_DOMAIN_REACH = 4 * 64 + 40
_DOMAIN_CHARS = "_.-"  # with the letters and digits of \w
_RESET_LINK_HINT = re.compile(r"reset|recover|passw|token=|magic|/login\b|login\?|auth\?|verify|confirm")
_AUTH_COOKIE = _c(r"""\b(?:stel_[a-z_]{2,20}|sessionid|session_id|phpsessid|auth_token|remember_token
  |laravel_session|connect\.sid|sid|ssid|_session)\s?[=:]\s?"?[A-Za-z0-9%._\-]{12,200}""")
_API_HASH = re.compile(r"[0-9a-f](?<![0-9A-Za-z][0-9a-f])[0-9a-f]{31}(?![0-9A-Za-z])")
_API_CONTEXT = _c(r"\bapi[\s_-]?(?:id|hash)\b|\bapp[\s_-]?hash\b|my\.telegram\.org")
_API_ID_VALUE = _c(r"\bapi[\s_-]?id\s?[:=]?\s?(\d{5,10})\b")
_TDATA = _c(r"\btdata\b|\bтдат[аыу]\b")
_TDATA_OFFER = re.compile(r"""\.(?:zip|rar|7z)\b|send|attach|here|upload|give|share|folder|archive|drive|file
  |скин|отправ|пришл|архив|папк|skin|otprav|kirim|gonder|dosya|envi|mand|arquivo|archivo|pasta|carpeta
  |bhej|ab3at|befrest|ersal""", re.VERBOSE)


def _base64_runs(text: str, mask_ends: list[int] | None = None) -> Iterator[re.Match[str]]:
    """_BASE64_RUN.finditer(text): a run starts at 0 or after a char outside
    the run set, and runs cannot overlap, so trying only those starts is exact."""
    if len(text) < 20:
        return
    run = _BASE64_RUN.match(text)
    if run is not None:
        yield run
    starts = [start.start() + 1 for start in _BASE64_RUN_START.finditer(text)]
    if mask_ends or mask_ends is None and _MASK_CHAR in text:
        starts = sorted(starts + (_mask_run_ends(text) if mask_ends is None else mask_ends))
    for start in starts:
        run = _BASE64_RUN.match(text, start)
        if run is not None:
            yield run


def _session_blobs(masked: str, mask_ends: list[int] | None = None) -> list[tuple[int, int]]:
    """Long base64 runs, joined across line breaks when wrapped."""
    # A blob of 200+ chars holds a run of 40+ (each wrapped line but the last
    # is one), and a run holds no space or mask: without such a token, skip.
    tokens = masked.replace(_MASK_CHAR, " ").split()
    if max(map(len, tokens), default=0) < _WRAPPED_LINE_MIN_CHARS:
        return []
    spans: list[tuple[int, int]] = []
    group_start = group_end = -1
    last_line_len = 0
    for run in _base64_runs(masked, mask_ends):
        gap = masked[group_end:run.start()] if group_start >= 0 else ""
        if (group_start >= 0 and last_line_len >= _WRAPPED_LINE_MIN_CHARS
                and _LINE_BREAK_GAP.fullmatch(gap)):
            group_end = run.end()
        else:
            if group_start >= 0:
                spans.append((group_start, group_end))
            group_start, group_end = run.start(), run.end()
        last_line_len = run.end() - run.start()
    if group_start >= 0:
        spans.append((group_start, group_end))
    return [(s, e) for s, e in spans if _looks_like_key_material(masked, s, e)]


def _looks_like_key_material(text: str, start: int, end: int) -> bool:
    blob = text[start:end]
    length = sum(ch not in " \t\r\n>" for ch in blob)
    return (length >= _SESSION_MIN_CHARS and any(c.isupper() for c in blob)
            and any(c.islower() for c in blob) and any(c.isdigit() for c in blob))


def _format_findings(folded: str, lower: str, masked: str, masked_lower: str,
                     links: list[re.Match[str]], mask_ends: list[int] | None = None) -> list[Finding]:
    found: list[Finding] = []
    for start, end in _session_blobs(masked, mask_ends):
        found.append(Finding("session", start, end, "Looks like a Telegram session string."))
    if ":" in folded:
        starts = sorted({colon.start() - digits for colon in _BOT_TOKEN_COLON.finditer(folded)
                         for digits in (8, 9, 10) if colon.start() >= digits})
        for m in _matches_at(_BOT_TOKEN, folded, starts):
            found.append(Finding("session", m.start(), m.end(), "Looks like a Telegram bot token."))
    if "sid" in lower or "session" in lower or "stel_" in lower or "_token" in lower:
        for m in _AUTH_COOKIE.finditer(lower):
            found.append(Finding("session", m.start(), m.end(), "Looks like a login cookie."))
    if ".me/login/" in lower or "tg://login?" in lower:
        for m in _LOGIN_LINK.finditer(lower):
            found.append(Finding("recovery", m.start(), m.end(), "Looks like a Telegram login link."))
    for m in links:
        if _RESET_LINK_HINT.search(m.group()) and not _LOGIN_LINK.match(m.group()):
            found.append(Finding("recovery", m.start(), m.end(),
                                 "Looks like a password-reset or login link."))
    if ("api" in lower or "app" in lower or "my.telegram.org" in lower) and _API_CONTEXT.search(lower):
        for m in _API_HASH.finditer(masked):
            found.append(Finding("session", m.start(), m.end(), "Looks like a Telegram api_hash."))
        if _API_HASH.search(masked):
            for m in _API_ID_VALUE.finditer(masked_lower):
                found.append(Finding("session", m.start(1), m.end(1), "Looks like a Telegram api_id."))
    if "tdata" not in masked_lower and "тдат" not in masked_lower:
        return found
    for m in _TDATA.finditer(masked_lower):
        sentence = _sentence_around(masked_lower, m.start(), m.end())
        if (_TDATA_OFFER.search(sentence) and "?" not in sentence
                and not _NEGATION.search(masked_lower, _sentence_start(masked_lower, m.start()), m.start())):
            found.append(Finding("session", m.start(), m.end(),
                                 "Looks like an offer of Telegram tdata (a full session)."))
    return found


# ------------------------------------------------------------------ masks

_SAFE_TOKENS = re.compile(r"""
    (?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}   # e-mail
  | (?<![\w@])@[A-Za-z0-9_]{3,32}\b                                 # @username
  | (?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])           # tx hash
  | (?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])                # ETH address
  | (?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])        # TRON address
  | (?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,71}(?![0-9A-Za-z])       # BTC bech32
  | (?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z_\-+/=])  # BTC legacy
  | (?<![\w])(?:pi|ch|py|re|txn|cs|in|po|pm)_[A-Za-z0-9]{10,40}\b   # card provider refs
  | (?<![\d./-])(?:\d{4}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])
      |(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})
      |(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d{4})(?![\d]|[./-]\d)  # date
  | (?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])                     # time
""", re.VERBOSE)
# Tried at every position, _SAFE_TOKENS cost more than all other rules; it is
# now tried only where one of its alternatives can start (see _token_starts).
_EMAIL_LOCAL_CHARS = "_.+-"
_EMAIL_LOCAL = re.compile(r"[\w.+-]{1,64}\Z")
_LONG_ALNUM = re.compile(r"[0-9A-Za-z]{14}")
_LONG_ALNUM_START = re.compile(r"[^0-9A-Za-z][0-9A-Za-z]{14}")
_DATE_OR_TIME_SEPARATOR = re.compile(r"[./:-](?<=\d[./:-])(?=\d)")
_CARD_REF_PREFIXES = ("pi", "ch", "py", "re", "cs", "in", "po", "pm")


def _token_starts(text: str) -> list[int]:
    """Every position where a _SAFE_TOKENS alternative can match (and a few more):
    e-mails start at the [\\w.+-] run before an '@', usernames at the '@';
    hashes and wallet addresses at an ASCII letter/digit run of 14 or more;
    card refs two or three chars before '_'; dates and times at the start
    of the (up to 4) digits before a [./:-] that has a digit after it."""
    starts = []
    at = text.find("@")
    while at >= 0:
        starts.append(at)
        before = text[at - 1] if at else ""
        if before and (before.isalnum() or before in _EMAIL_LOCAL_CHARS):
            local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
            if local is not None:
                starts.append(local.start())
        at = text.find("@", at + 1)
    underscore = text.find("_")
    while underscore >= 0:
        if text[underscore - 2:underscore] in _CARD_REF_PREFIXES and underscore >= 2:
            starts.append(underscore - 2)
        if underscore >= 3 and text[underscore - 3:underscore] == "txn":
            starts.append(underscore - 3)
        underscore = text.find("_", underscore + 1)
    if _LONG_ALNUM.match(text):
        starts.append(0)
    starts += [m.start() + 1 for m in _LONG_ALNUM_START.finditer(text)]
    for separator in _DATE_OR_TIME_SEPARATOR.finditer(text):
        start = end = separator.start()
        while start > end - 4 and start > 0 and text[start - 1].isdecimal():  # \d
            start -= 1
        starts.append(start)
    return sorted(set(starts))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """pattern.finditer(text) when every match starts at one of the sorted starts."""
    found = []
    last = 0
    match = pattern.match
    for start in starts:
        if start >= last:
            m = match(text, start)
            if m is not None:
                found.append(m)
                last = m.end()  # never empty
    return found


def _links(lower: str) -> list[re.Match[str]]:
    """_ANY_LINK.finditer(lower), tried only where a link can start."""
    starts = []
    if "://" in lower:
        scheme = lower.find("://")
        while scheme >= 0:
            if lower.startswith("https", scheme - 5) and scheme >= 5:
                starts.append(scheme - 5)
            if lower.startswith("http", scheme - 4) and scheme >= 4:
                starts.append(scheme - 4)
            if lower.startswith("tg", scheme - 2) and scheme >= 2:
                starts.append(scheme - 2)
            scheme = lower.find("://", scheme + 1)
    www = lower.find("www.")
    while www >= 0:
        starts.append(www)
        www = lower.find("www.", www + 1)
    if "/" in lower:
        for tail in _DOMAIN_TAIL.finditer(lower):
            start = dot = tail.start()
            reach = max(0, dot - _DOMAIN_REACH)
            while start > reach and (lower[start - 1].isalnum() or lower[start - 1] in _DOMAIN_CHARS):
                start -= 1  # to the start of the [\w.-] run before ".tld/"
            starts.append(start)
    if not starts:
        return []
    return _matches_at(_ANY_LINK, lower, sorted(set(starts)))


def _safe_spans(folded: str, lower: str,
                links: list[re.Match[str]] | None = None) -> list[tuple[int, int, bool]]:
    """Spans of links and safe tokens; the flag marks e-mails and @usernames."""
    if links is None:
        links = _links(lower)
    spans = [(m.start(), m.end(), False) for m in links]
    spans += [(m.start(), m.end(), "@" in m.group())
              for m in _matches_at(_SAFE_TOKENS, folded, _token_starts(folded))]
    return sorted(spans)


def _apply_mask(text: str, spans: list[tuple[int, int, bool]]) -> str:
    """Same-length copy with the spans blanked, so offsets stay valid."""
    if not spans:
        return text
    pieces = []
    cursor = 0  # everything before it is copied or masked
    for start, end, _ in spans:  # sorted by start; may overlap
        if end <= cursor:
            continue
        if start > cursor:
            pieces.append(text[cursor:start])
            cursor = start
        pieces.append(_MASK_CHAR * (end - cursor))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _masked_run_ends(folded: str, spans: list[tuple[int, int, bool]]) -> list[int] | None:
    """_mask_run_ends of the masked text, from the spans; None if the text
    has mask chars of its own."""
    if _MASK_CHAR in folded:
        return None
    ends: list[int] = []
    for start, end, _ in spans:  # sorted by start
        if ends and start <= ends[-1]:  # overlapping or touching: one run
            ends[-1] = max(ends[-1], end)
        else:
            ends.append(end)
    return ends


# ---------------------------------------------------------- keyword rules

def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, lo, hi):
        pass
    return last



_NEGATION = _c(r"""\b(?:not|never|no|dont|don't|do\s+not|wont|won't|will\s+not|cannot|can't|cant
  |didn't|didnt|shouldn't|nobody|не|нет|никогда|ne|nikogda|nunca|nao|jamais|asla|degil|hicbir|asla
  |tidak|gak|nggak|ngga|enggak|jangan|bukan|nahi|nahin|nhi|mat|kabhi|mesh|msh|mish|mush|abadan
  |nemi\w*|hargiz|na\s+mikonam)\b""")
_QUESTION_FRAME = _c(r"""\b(?:should\s+i|do\s+i|do\s+you|shall\s+i|can\s+i|must\s+i|is\s+it|are\s+you
  |nado\s+li|nuzhno\s+li|надо\s+ли|нужно\s+ли|debo|devo|preciso|gerek|perlu|harus|chahiye|lazem|lazim|bayad)\b""")
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 120


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _sentence_around(text: str, start: int, end: int) -> str:
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return text[_sentence_start(text, start):stop.end() if stop else end + _SENTENCE_REACH]


def _is_innocent_mention(text: str, start: int, end: int) -> bool:
    """Negated ("I won't send ...") or asked ("should I add you as admin?")."""
    if _NEGATION.search(text, _sentence_start(text, start), start):
        return True
    sentence = _sentence_around(text, start, end)
    return sentence.rstrip().endswith("?") and bool(_QUESTION_FRAME.search(sentence))


# Words near a number. Phrases that merely contain "code" (promo code, kupon
# kodu, código de pedido) are listed as blockers so they win over "code".
_NUMBER_CONTEXT = _c(r"""
  (?P<block>\b(?:promo|coupon|discount|referral|ref|invite|gift|voucher|bonus|error|status|country
      |area|zip|postal|qr|tracking|order|transaction|payment|service|product|reference|indirim|kupon
      |hata|siparis|takip|referans|promocional)\s?-?(?:codes?|kodu?|kode|код|c[oó]digos?)\b
    | \b(?:c[oó]digos?|kode)\s+(?:de\s+)?(?:promo\w*|descuento|desconto|pedido|rastreo|rastreio
      |transacci[oó]n|transac[aã]o|pago|pagamento|referencia|voucher|pesanan|transaksi|referensi|kupon)\b
    | \bпромокод\w*|\bpromokod\w*
    | \b(?:orders?|ord|id|ids|qty|quantity|amount|count|price|cost|total|balance|sum|payment|paid|txn|tx
      |transaction|ref|reference|invoice|ticket|refill|post|date|number|nr|phone|tel|card|zakaz\w*|заказ\w*
      |номер|pedidos?|orden|pago|precio|cantidad|pagamento|valor|quantidade|siparis\w*|tutar|odeme|pesanan
      |jumlah|harga|pembayaran|bayar|talab|sefaresh|tedad|gheymat|hesab|wallet|hash|start|current|shuru
      |limit|min|max)\b
    | \bno\.
    | [#№$€£₽₹]
  )
  | (?P<unit>\b(?:usdt?|rub|руб\w*|rs|inr|tl|lira|rp|rupiah|reais|pesos|eur|euro|dollars?|members?
      |subscribers?|subs|followers?|views?|reactions?|likes?|votes?|comments?|shares?|pcs|k|days?|hours?
      |hrs?|minutes?|mins?|sec|podpis\w*|подпис\w*|prosmotr\w*|просмотр\w*|реакци\w*|miembros|seguidores
      |vistas|visualiza\w*|membros|inscritos|uye|takipci|goruntuleme|izlenme|adet|anggota|penonton|paise
      |rupay\w*|dias|gun|hari|din|roz|rooz|ribu|rb|member|view)\b
    | [$€£₽₹%]
  )
  | (?P<code>\b(?:codes?|kod|kodu|kodum|kodunu|koda|kode|kodenya|kodnya|код\w*|c[oó]digos?|cod|codice
      |code(?:sh|esh|am|et)|otp|sms|smska|смс|2fa|2-fa|tfa|two[\s-]factor|2[\s-]step|authenticator|verification|verify|verifikasi
      |dogrulama|verificaci[oó]n|verifica[cç][aã]o|pin|one[\s-]time|одноразов\w*|подтвержд\w*
      |podtverzhd\w*|tayid|taeed|ta'?yid)\b)
""")
# (?<![\w#№$€£₽₹+])(?<!\d[.,:/ -])\d... with the lookbehinds after the first
# digit (each widened by it), so re scans for digits only.
_CODE_CANDIDATE = re.compile(
    r"\d(?<![\w#№$€£₽₹+]\d)(?<!\d[.,:/ -]\d)(?:[ -]{0,2}\d){3,7}(?![\w%$€£₽₹])(?![.,:/ -]{0,2}\d)")
_ANY_DIGIT = re.compile(r"\d")
_LEFT_REACH, _RIGHT_REACH = 45, 30
_ADJACENT = 3  # "code: 48213", "500 members"


def _nearest_context(masked: str, start: int, end: int, positions: list[int] | None = None) -> str | None:
    """Whether the words around a number make it a code: 'code', 'block' or None.

    A unit right after the number ("500 members") blocks; a word right before
    it ("code: 48213", "order 48213") decides; otherwise the nearest word
    decides, blockers winning ties. positions: _NUMBER_CONTEXT.positions()
    of a range holding both windows, shared by nearby numbers."""
    if isinstance(_NUMBER_CONTEXT, _Triggered):
        left, right = _NUMBER_CONTEXT.last_then_first(masked, max(0, start - _LEFT_REACH), start,
                                                      end, end + _RIGHT_REACH, positions)
    else:
        left = _last_match(_NUMBER_CONTEXT, masked, max(0, start - _LEFT_REACH), start)
        right = _NUMBER_CONTEXT.search(masked, end, end + _RIGHT_REACH)
    right_distance = right.start() - end if right else None
    if right is not None and right.lastgroup == "unit" and right_distance <= _ADJACENT:
        return "block"
    left_kind = None if left is None else ("block" if left.lastgroup == "unit" else left.lastgroup)
    left_distance = None if left is None else start - left.end()
    if left is not None and left_distance <= _ADJACENT:
        return left_kind
    right_kind = None if right is None else ("block" if right.lastgroup == "unit" else right.lastgroup)
    if left is None:
        return right_kind
    if right is None or left_distance < right_distance:
        return left_kind
    if right_distance < left_distance:
        return right_kind
    return "block" if "block" in (left_kind, right_kind) else left_kind


_CODE_WORD = _c(r"""\b(?:codes?|kod\w*|kode\w*|код\w*|c[oó]dig\w*|cod|codice|code\w*|otp|sms|smska|смс|2fa|2-fa|tfa
  |two[\s-]factor|2[\s-]step|authenticator|verif\w*|dogrulama|pin|one[\s-]time|одноразов\w*|подтвержд\w*
  |podtverzhd\w*|tayid|taeed|ta'?yid)\b""")  # cheap pre-check: a superset of the "code" words above


def _code_findings(masked: str, code_words: list[re.Match[str]] | None = None) -> list[Finding]:
    if not _ANY_DIGIT.search(masked):
        return []
    if code_words is None:
        code_words = list(_CODE_WORD.finditer(masked))
    code_word_ends = [m.end() for m in code_words]
    if not code_word_ends:
        return []
    near = []
    for m in _CODE_CANDIDATE.finditer(masked):
        nearest = bisect.bisect_left(code_word_ends, m.start() - _LEFT_REACH)
        if nearest == len(code_word_ends) or code_word_ends[nearest] > m.end() + _RIGHT_REACH + 40:
            continue  # no code word anywhere near this number
        near.append(m)
    found = []
    cluster_end, positions = -1, None
    for index, m in enumerate(near):
        if isinstance(_NUMBER_CONTEXT, _Triggered) and m.start() - _LEFT_REACH >= cluster_end:
            # One trigger pass for this number's windows and those overlapping them.
            cluster_start = max(0, m.start() - _LEFT_REACH)
            cluster_end = m.end() + _RIGHT_REACH
            for after in near[index + 1:]:
                if after.start() - _LEFT_REACH >= cluster_end:
                    break
                cluster_end = after.end() + _RIGHT_REACH
            positions = _NUMBER_CONTEXT.positions(masked, cluster_start, cluster_end)
        if _nearest_context(masked, m.start(), m.end(), positions) == "code":
            found.append(Finding("one_time_code", m.start(), m.end(),
                                 "Looks like a login or 2FA code."))
    return found


# Secret-bearing keywords; a value must follow (or precede) them.
_PASSWORD_WORD = _c(r"""\b(?:pa?s{1,2}w(?:or|ro|r)?d[sz]?|passwort|passcode|pwd|psw|parol[ь']?|пароль|парол[ьяюе]
  |contrasena|clave|senha|sifre(?:m|si|mi|yi|niz)?|kata\s?sandi(?:nya)?|sandi(?:nya)?|ramz(?:am|e|esh)?
  |kalim[ae]t\s(?:el\s|al\s)?s[ie]r+|kelmet\s(?:el\s)?s[ie]r+|kalmet\s(?:el\s)?s[ie]r+|baswor[dt]|paswor[dt]
  |pass|pw)\b""")
_WEAK_PASSWORD_WORDS = frozenset({"pass", "pw", "clave"})  # need ":" "=" or "is"
_RECOVERY_WORD = _c(r"""\b(?:recovery|backup|reset|restore)\s(?:codes?|keys?|phrase|e-?mail|mail)\b
  |\b(?:kod\w*|код\w*|c[oó]digos?|kode)\s(?:de\s)?(?:vosstanovleni\w*|восстановлени\w*|recupera\w*
      |pemulihan|cadangan|backup)\b
  |\b(?:kurtarma|yedek)\s(?:kodu|kodlari|kodlar|e-?postasi)\b
  |\b(?:e-?mail|correo|pochta|почта)\s(?:de\s|dlya\s|для\s)?(?:recupera\w*|vosstanovleni\w*|восстановлени\w*|pemulihan)\b
  |\bбэкап[\s-]код\w*""")
_RECOVERY_CONTEXT = re.compile(r"recover|recupera|vosstanov|восстанов|kurtarma|pemulihan|backup|bazyabi")

_CONNECTORS = frozenset("""is es e eh est hai h he hain ye yeh howa hwa huwa hoa ine in ast adalah
    nya это eto vot вот aqui aca here it's its this sera será seria é era was : = - -> => — – is: to""".split())
_FILLERS = frozenset("""my mine the your for of from to on in at account acc telegram tg telega telegi
    телеги телеграм телеграма телеграмма аккаунта аккаунт акка akkaunta akkaunt akka ot от мой моя мои
    moi moy moj mi mis de del da do la el meu minha a o cuenta conta hesap hesabimin hesabim benim akun
    saya aku gue gw dari untuk mera meri mere mujhe ka ki ke ko wala wali man manam e-man -e panel smm
    site website painel gmail email mail e-mail inbox cloud 2fa 2-step two-step login log old new current
    yeni eski nuevo nueva novo nova novyi novyy новый baru naya nayi jadid""".split())
_STOP_VALUES = frozenset("""is was not no never wrong incorrect invalid correct right changed change
    reset forgot forgotten lost stolen hacked leaked same different weak strong secure safe required
    needed necessary asked requested private secret too very also still already expired ok okay fine
    working work works set enabled disabled on off turned active and or but if please pls plz
    because so then when where why how what which who that this it there here a an the with without
    only just even yet again now later never neverny nepravilny неверный неправильный incorrecta
    incorreta errada errado equivocada yanlis hatali salah galat ghalat eshtebah ghalate doesn't
    doesnt isn't isnt wasn't hasn't won't will would should could can cannot i you we they he she me
    us them him her protected hidden field box manager reset-link recovery protection length rules
    requirements expire updated update required? mandatory needed? asks asked wont dont""".split())
_VALUE_TOKEN_MAX = 80
_VALUE_TOKEN = re.compile(r"\S{1,80}")
_STRONG_VALUE = re.compile(r"(?=\S*\d)(?=\S*[A-Za-zА-Яа-я])|[^\w\s'\".,!?:;()\[\]{}-]|[a-zа-я][A-ZА-Я]")
_QUOTE_CHARS = "\"'`*«»()[]{}<>"


def _clean_value(token: str, offset: int) -> tuple[str, int, int]:
    """Strip quotes and trailing punctuation; returns value and its span."""
    left = len(token) - len(token.lstrip(_QUOTE_CHARS))
    core = token[left:].rstrip(_QUOTE_CHARS + ".,;")
    return core, offset + left, offset + left + len(core)


def _is_placeholder(value: str) -> bool:
    return _MASK_CHAR in value or set(value.lower()) <= set("*x•.#?-_")


def _value_after(masked: str, keyword_end: int, reach: int = 60) -> tuple[int, int, bool] | None:
    """First non-filler token after a keyword; returns (start, end, explicit) or None.

    explicit is True when a connector such as ':' '=' 'is' 'hai' came first."""
    explicit = False
    for m in _VALUE_TOKEN.finditer(masked, keyword_end, keyword_end + reach):
        token = m.group()
        if token[0] in ":=" and len(token) > 1 and token[1] not in ":=":  # "password:abc"
            explicit = True
            token, start = token.lstrip(":="), m.start() + len(token) - len(token.lstrip(":="))
        else:
            start = m.start()
        bare = token.strip(_QUOTE_CHARS + ".,;!").lower()
        if bare in _CONNECTORS or bare.rstrip(":=") in _CONNECTORS or not bare.strip(":=-–—>"):
            explicit = explicit or bool(bare) or token.endswith((":", "="))
            continue
        if bare.rstrip(":") in _FILLERS:
            explicit = explicit or token.endswith(":")
            continue
        value, vstart, vend = _clean_value(token, start)
        if token.rstrip().endswith("?") or not value:
            return None
        return vstart, vend, explicit
    return None


def _is_password_like(value: str, explicit: bool, weak_keyword: bool) -> bool:
    if len(value) < 4 or _is_placeholder(value) or value.lower() in _STOP_VALUES:
        return False
    strong = bool(_STRONG_VALUE.search(value))
    if weak_keyword or value.isdigit():
        return explicit
    return strong or explicit


_PAIR_SECOND_VALUE = re.compile(r"[ \t]{0,2}[/|:][ \t]{0,2}(\S{4,64})")


def _extend_pair(masked: str, end: int) -> int:
    """'login / Qwerty1': a value followed by a separator and a second value."""
    m = _PAIR_SECOND_VALUE.match(masked, end)
    return m.end(1) if m and not _is_placeholder(m.group(1)) else end


def _password_findings(masked: str, masked_lower: str,
                       words: list[re.Match[str]] | None = None) -> list[Finding]:
    found = []
    for m in _PASSWORD_WORD.finditer(masked_lower) if words is None else words:
        after = _value_after(masked, m.end())
        keyword = m.group().lower()
        weak = keyword in _WEAK_PASSWORD_WORDS
        explicit = after is not None and (after[2] or keyword.endswith("nya"))
        if after and _is_password_like(masked[after[0]:after[1]], explicit, weak):
            start, end = after[0], _extend_pair(masked, after[1])
        else:
            before = _value_before(masked, m.start())
            if before is None:
                continue
            start, end = before
        if _RECOVERY_CONTEXT.search(masked_lower, max(0, m.start() - 80), m.start()):
            found.append(Finding("recovery", start, end, "Looks like a recovery e-mail password."))
        else:
            found.append(Finding("password", start, end, "Looks like a password."))
    return found


_BEFORE_CONNECTORS = frozenset("is es e hai".split())
_BEFORE_OWNERS = frozenset("my mera meri benim mi meu minha moi мой man the".split())


def _last_tokens(text: str, start: int, end: int, count: int = 3) -> list[tuple[int, int]]:
    """Spans of the last tokens of _VALUE_TOKEN.finditer(text, start, end).

    Same as that regex (\\S and str.split agree on whitespace) when no run of
    non-space chars is over 80 long, which the regex would cut in pieces."""
    window = text[start:end]
    parts = window.split()
    if max(map(len, parts), default=0) > _VALUE_TOKEN_MAX:
        return [(m.start(), m.end()) for m in _VALUE_TOKEN.finditer(text, start, end)][-count:]
    spans = []
    stop = len(window.rstrip())
    for part in reversed(parts[-count:]):
        begin = stop - len(part)
        spans.append((start + begin, start + stop))
        stop = len(window[:begin].rstrip())
    spans.reverse()
    return spans


def _value_before(masked: str, keyword_start: int) -> tuple[int, int] | None:
    """'Qwerty123 mera password hai': a strong token just before the keyword."""
    tokens = _last_tokens(masked, max(0, keyword_start - 90), keyword_start)
    while tokens and masked[tokens[-1][0]:tokens[-1][1]].lower() in _BEFORE_OWNERS:
        tokens.pop()
    while tokens and masked[tokens[-1][0]:tokens[-1][1]].lower() in _BEFORE_CONNECTORS:
        tokens.pop()
    if not tokens:
        return None
    value, start, end = _clean_value(masked[tokens[-1][0]:tokens[-1][1]], tokens[-1][0])
    if len(value) < 6 or _is_placeholder(value) or value.isdigit() or not _STRONG_VALUE.search(value):
        return None
    return start, end


_RECOVERY_VALUE = re.compile(r"[A-Za-z0-9]{2,}(?:-[A-Za-z0-9]{2,}){0,7}")


def _recovery_findings(masked: str, masked_lower: str,
                       words: list[re.Match[str]] | None = None) -> list[Finding]:
    found = []
    for m in _RECOVERY_WORD.finditer(masked_lower) if words is None else words:
        start = end = -1
        pos = m.end()
        while True:
            after = _value_after(masked, pos, reach=40)
            if after is None:
                break
            value = masked[after[0]:after[1]]
            if not (_RECOVERY_VALUE.fullmatch(value) and any(ch.isdigit() for ch in value)
                    and len(value) >= 4):
                break
            start = after[0] if start < 0 else start
            end = pos = after[1]
        if start >= 0:
            found.append(Finding("recovery", start, end, "Looks like a recovery or backup code."))
    return found


_ID_THEN_SECRET = re.compile(r"[ \t]{0,2}[:|/][ \t]{0,2}(\S{6,64})")


def _identifier_password_findings(masked: str, spans: list[tuple[int, int, bool]]) -> list[Finding]:
    """'me@mail.com:Qwerty123' or '@user / Qwerty123': a password after an identifier."""
    found = []
    for _, end, is_identifier in spans:
        if not is_identifier:
            continue
        m = _ID_THEN_SECRET.match(masked, end)
        if m is None:
            continue
        value, start, stop = _clean_value(m.group(1), m.start(1))
        if (len(value) >= 6 and not _is_placeholder(value) and not value.isdigit()
                and _STRONG_VALUE.search(value)):
            found.append(Finding("password", start, stop, "Looks like a password after a login."))
    return found


# Offers: someone says they will send a secret or hand over access.
_OFFER_TARGET = _c(r"""\b(?:pa?s{1,2}w(?:or|ro|r)?d|parol\w*|пароль|пароля|contrasena|clave|senha|sifre\w*
  |kata\s?sandi|sandi|ramz|codes?|kod\w*|код\w*|c[oó]digo|otp|sms|2fa|login|logins|credentials|details
  |access|dostup|доступ|acesso|acceso|akses|erisim|tdata|session)\b""")
_SEND_OFFER = _c(r"""
    \b(?:i|we)\s(?:can(?!['’]t|not)|could|will|would|am\sready\sto|'m\sready\sto|'ll|m\sready\sto)
        \s(?:\w{2,12}\s)?(?:send|give|share|provide|tell|forward|dm|pass|text|show)\b
  | \bi['’]?ll\s(?:send|give|share|provide|tell|forward|dm|pass|text)\b
  | \b(?:mogu|могу|gotov|готов)\s(?:vam\s|вам\s|tebe\s|тебе\s)?(?:skinut|dat|otpravit|prislat|skazat|скинуть|дать|отправить|прислать|сказать)\w*
  | \b(?:skinu|dam|otpravlyu|prishlyu|скину|дам|отправлю|пришлю|скажу)\b
  | \b(?:te|le|les)\s(?:puedo|podria|voy\sa)\s(?:dar|enviar|mandar|pasar)
  | \b(?:puedo|podria|voy\sa)\s(?:darte|enviarte|mandarte|pasarte|dar|enviar|mandar|pasar)\b
  | \b(?:te|le)\s(?:doy|envio|mando|paso)\b
  | \b(?:posso|vou)\s(?:te\s|lhe\s)?(?:passar|mandar|enviar|dar)\b
  | \b(?:te|lhe)\s(?:passo|mando|envio|dou)\b
  | \b(?:gonderebilirim|verebilirim|atabilirim|atarim|gonderirim|veririm|paylasabilirim|atayim|gondereyim|vereyim)\b
  | \b(?:saya|aku|gue|gw)\s(?:bisa|akan|mau|siap)\s(?:kirim|kasih|berikan|kasi|share|kirimkan|kirimin)\w*
  | \b(?:de|bhej|send\skar|share\skar|bata)\s?(?:sakta|sakti|deta|deti|dunga|dungi|doon|dun|du)\b
  | \b(?:mumkin|momken|mmkn|ha|h)\s?(?:ab3at|ab3atlak|ab3tlk|a3tik|a3teek|adilak|arsel|ersal)\w*
  | \b(?:mitunam|mitoonam|mifrestam|midam|befrestam)\b
""")
_ACCESS_OFFER = _c(r"""
    \b(?:add|make|set|appoint|promote|invite)\s(?:you|u|ya|ur\steam|your\s(?:team|support|manager|bot|account)|the\ssupport|support)
        \s(?:as\s)?(?:an?\s)?(?:admin|administrator|owner|co-?owner|moderator)\b
  | \b(?:give|grant|provide)\s(?:you|u|support|your\steam)\s(?:full\s)?(?:admin|owner|ownership|full)\b
  | \b(?:give|grant|provide)\s(?:you\s)?(?:full\s)?access\sto\smy\b
  | \btransfer\s(?:the\s)?(?:channel\s|group\s)?(?:ownership|owner\srights|the\schannel|the\sgroup|channel|group)\s(?:to\syou|to\ssupport|to\syour)\b
  | \b(?:you|u|support|your\steam)\s(?:can|may|could|are\sfree\sto|should)\s(?:just\s)?(?:log|sign)\s?in(?:to)?\s(?:to\s)?my\b
  | \b(?:please|pls|plz|just|feel\sfree\sto|go\sahead\sand)\s(?:log|sign)\s?in(?:to)?\s(?:to\s)?my\b
  | \b(?:take|use)\smy\s(?:account|acc|login)\b
  | \b(?:dobavlyu|добавлю|sdelayu|сделаю|naznachu|назначу)\s(?:vas|тебя|вас|tebya)\s(?:adminom|админом|vladeltsem|владельцем)
  | \b(?:mogu|могу)\s(?:dat|дать)\s(?:vam\s|вам\s)?(?:adminku|админку|prava|права|dostup|доступ)
  | \b(?:peredam|передам)\s(?:vam\s|вам\s)?(?:prava|права|kanal|канал)
  | \b(?:zaydite|zaidite|zaydi|зайдите|зайди|voydite|войдите)\s(?:v|в|na|на)\s(?:moi|moy|мой|мою)\s(?:akkaunt|аккаунт|akk|акк)
  | \b(?:te|los|les)\s(?:hago|pongo|agrego|anado)\s(?:como\s)?(?:admin|administrador|dueno|propietario)
  | \b(?:puedo|podemos)\s(?:agregarte|anadirte|hacerte|ponerte|darte)\s(?:como\s)?(?:admin|administrador|acceso)
  | \bentr[ae]n?\s(?:a|en)\smi\scuenta\b
  | \btransferir(?:te|le)?\sla\spropiedad\b
  | \b(?:posso\s)?(?:te\s)?(?:adicionar|colocar|tornar|fazer)\s(?:voce\s)?(?:como\s)?(?:admin|administrador|dono)\b
  | \b(?:entra|entre|acesse|acessa)\s(?:na|em)\sminha\sconta\b
  | \btransferir\sa\spropriedade\b
  | \b(?:sizi|seni)\s(?:admin|yonetici)\s(?:yapabilirim|yaparim|ekleyebilirim|ekleyeyim|olarak\sekle\w*)
  | \bhesabima\s(?:girin|girebilirsiniz|giris\syap\w*|gir)\b
  | \bsahipligi(?:ni)?\sdevred\w*
  | \b(?:jadikan|jadiin|tambahkan|tambahin|angkat)\s(?:kamu|anda|kalian)\s(?:sebagai\s|jadi\s)?admin\b
  | \b(?:masuk|login)\s(?:ke\s)?akun\s(?:saya|aku|gue)\b
  | \b(?:aapko|apko|tumko|tumhe|aap\sko)\s(?:admin|owner)\s(?:bana|add\skar)\w*
  | \bmere\s(?:account|acc)\s(?:me|mein|main)\s(?:login|log\sin)\s(?:kar|karo|kar\slo|kar\slijiye)\b
  | \b(?:a3melak|a3mlak|hakhalik|ha5alik|akhalik|a5alik|adifak|azeedak|hadifak)\s(?:admin|mashrif|moshrif)\b
  | \b(?:odkhol|od5ol|ud5ul|udkhul)\s(?:3ala|ala|le)\s(?:hesabi|7esabi|accounti|account)\b
  | \b(?:shoma\sro|shomaro|toro|to\sro)\sadmin\s(?:mikonam|konam)\b
  | \badmin(?:et|etun|etoon)\smikonam\b
  | \b(?:vared|login)\s(?:e\s)?(?:accountam|hesabam)\s(?:sho|shid|beshid)\b
""")
_OFFER_REACH = 40


def _offer_findings(masked: str, access_offers: list[re.Match[str]] | None = None,
                    send_offers: list[re.Match[str]] | None = None) -> list[Finding]:
    found = []
    for m in _ACCESS_OFFER.finditer(masked) if access_offers is None else access_offers:
        if not _is_innocent_mention(masked, m.start(), m.end()):
            found.append(Finding("admin_access", m.start(), m.end(),
                                 "Looks like an offer of admin or account access."))
    for m in _SEND_OFFER.finditer(masked) if send_offers is None else send_offers:
        target = (_OFFER_TARGET.search(masked, m.end(), m.end() + _OFFER_REACH)
                  or _last_match(_OFFER_TARGET, masked, max(0, m.start() - _OFFER_REACH), m.start()))
        if target is None or _is_innocent_mention(masked, m.start(), m.end()):
            continue
        start, end = min(m.start(), target.start()), max(m.end(), target.end())
        found.append(Finding("admin_access", start, end,
                             "Looks like an offer to send a password or code."))
    return found


_KEYWORD_RULES = _WordRules(_CODE_WORD, _PASSWORD_WORD, _RECOVERY_WORD, _ACCESS_OFFER, _SEND_OFFER)


# ----------------------------------------------------------------- public

def _merge(findings: list[Finding]) -> list[Finding]:
    """Drop findings overlapped by a higher-priority one; keep the rest in order."""
    ranked = sorted(findings, key=lambda f: (_KIND_PRIORITY.index(f.kind), f.start))
    kept: list[Finding] = []  # non-overlapping, sorted by start
    kept_starts: list[int] = []
    for finding in ranked:
        index = bisect.bisect_left(kept_starts, finding.end)
        if index and kept[index - 1].end > finding.start:
            continue
        kept.insert(index, finding)
        kept_starts.insert(index, finding.start)
    return kept


def scan(text: str) -> list[Finding]:
    """Credentials in a customer's ticket text, as spans of the original text."""
    if not isinstance(text, str) or not text.strip():
        return []
    folded = _fold(text)
    lower = _lower(folded)
    links = _links(lower)
    spans = _safe_spans(folded, lower, links)
    masked, masked_lower = _apply_mask(folded, spans), _apply_mask(lower, spans)
    mask_ends = _masked_run_ends(folded, spans)
    findings = _format_findings(folded, lower, masked, masked_lower, links, mask_ends)
    code_words, password_words, recovery_words, access_offers, send_offers = (
        _KEYWORD_RULES.finditer_each(masked_lower, mask_ends))
    findings += _code_findings(masked_lower, code_words)
    findings += _password_findings(masked, masked_lower, password_words)
    findings += _recovery_findings(masked, masked_lower, recovery_words)
    findings += _identifier_password_findings(masked, spans)
    findings += _offer_findings(masked_lower, access_offers, send_offers)
    return _merge(findings)


# Agent replies: asking for a secret is flagged, warning against it is not.
_REQUEST = _c(r"""
    \b(?:send|share|give|provide|tell|forward|paste|type|write|dm|post|reply\swith|submit|drop)\b
  | \b(?:what(?:'s|s|\sis|\swas|\sare)|(?:we|i)\s(?:need|require|will\sneed)|need)\s(?:your|the|us\sthe)\b
  | \b(?:otpravte|отправьте|пришлите|prishlite|skinte|скиньте|скажите|skazhite|nazovite|назовите|envie|envia
      |envienos|mande|manda|pasanos|diganos|kirim|kirimkan|berikan|ab3atli)\w*
""")
# Turkish, Hindi and Persian put the verb last: "sifrenizi gonderin".
_REQUEST_VERB_LAST = _c(r"\b(?:gonderin|gonder|iletin|yazin|bhejiye|bhejo|batao|bataiye|befrestid|befrest|bedid)\w*")
_REQUESTED_THING = _c(r"""
    (?P<block>\b(?:promo|coupon|order|transaction|payment|tracking|referral|discount)\s?(?:codes?|id)\b
      |\border\b|\blink\b|\bscreenshot\b)
  | (?P<recovery>\b(?:recovery|backup|reset)\s?(?:codes?|keys?|e-?mail|link|phrase)\b|\brecovery\b)
  | (?P<session>\b(?:session|tdata|bot\stoken|token|cookies?|api[\s_]hash|string\ssession)\b)
  | (?P<password>\b(?:(?:2fa|cloud|two[\s-]step)\s)?(?:pa?s{1,2}w(?:or|ro|r)?d|passcode|parol\w*|пароль|пароля|contrasena|clave|senha
      |sifre\w*|kata\s?sandi|ramz|credentials|login\sdetails|login\sand\spassword)\b)
  | (?P<one_time_code>\b(?:codes?|otp|2fa|sms|kod\w*|код\w*|c[oó]digo|kode\w*)\b)
  | (?P<admin_access>\b(?:admin|administrator|owner|ownership|access\sto\syour|account\saccess)\b)
""")
_ASK_ADMIN = _c(r"""
    \b(?:add|make|set|promote|appoint)\s(?:us|me|our\s(?:team|bot|account|manager|support)|support|the\ssupport|@?\w{0,32}bot)
        \s(?:as\s)?(?:an?\s)?(?:admin|administrator|owner|moderator)\b
  | \btransfer\s(?:the\s)?(?:channel\s|group\s)?(?:ownership|channel|group)\sto\s(?:us|me|our)\b
  | \b(?:give|grant)\s(?:us|me)\s(?:full\s)?(?:admin|access|owner|ownership)\b
  | \b(?:let\sus|allow\sus\sto|we\s(?:need|have)\sto)\s(?:log|sign)\s?in(?:to)?\s(?:to\s)?your\b
""")
_REQUEST_REACH = 45


def _add_request(masked: str, verb: re.Match[str], thing: re.Match[str] | None,
                 findings: list[Finding]) -> None:
    if thing is None or thing.lastgroup == "block":
        return
    if _NEGATION.search(masked, _sentence_start(masked, verb.start()), verb.start()):
        return
    start, end = min(verb.start(), thing.start()), max(verb.end(), thing.end())
    findings.append(Finding(thing.lastgroup, start, end, _ASKED_FOR[thing.lastgroup]))


def scan_agent_reply(text: str) -> list[Finding]:
    """Places where a support agent asks the customer for a credential."""
    if not isinstance(text, str) or not text.strip():
        return []
    folded = _fold(text)
    lower = _lower(folded)
    masked = _apply_mask(lower, _safe_spans(folded, lower))
    findings = []
    for m in _ASK_ADMIN.finditer(masked):
        if not _NEGATION.search(masked, _sentence_start(masked, m.start()), m.start()):
            findings.append(Finding("admin_access", m.start(), m.end(), _ASKED_FOR["admin_access"]))
    for m in _REQUEST.finditer(masked):
        stop = _SENTENCE_END.search(masked, m.end(), m.end() + _REQUEST_REACH)
        thing = _REQUESTED_THING.search(masked, m.end(), stop.start() if stop else m.end() + _REQUEST_REACH)
        _add_request(masked, m, thing, findings)
    for m in _REQUEST_VERB_LAST.finditer(masked):
        thing = _last_match(_REQUESTED_THING, masked, _sentence_start(masked, m.start()), m.start())
        _add_request(masked, m, thing, findings)
    return _merge(findings)


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


def redact(text: str, findings: list[Finding]) -> str:
    """The text with every flagged span removed."""
    pieces, cursor = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        start = max(finding.start, cursor)
        pieces.append(text[cursor:start])
        cursor = max(cursor, finding.end)
    pieces.append(text[cursor:])
    return "".join(pieces)
