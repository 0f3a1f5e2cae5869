"""Per-language word lists, merged into one compiled pattern per family.

Each language module (en, ru, ru_latn, es, pt, tr, id, ar, fa, hi, fr, de)
defines the same families as lists of regex fragments written in lower
case; a text may mix languages, so every family matches the words of all
languages at once. Fragments go through the same character table as the
text (normalise.fold_word), so they are written in natural spelling.

Families, customer side:
  PASSWORD / PASSWORD_WEAK  words for a password (weak ones need ':' '=' 'is')
  TWO_FA         2FA words: a password word with ':' and a word, a code word with digits
  CODE           words for a login, SMS, e-mail or authenticator code
  CODE_BLOCK     phrases where "code" is a promo, error, order, payment... code
  OWNER / UNIT   words that own a number before it (order 48213) or after it (500 members)
  RECOVERY       backup codes, recovery keys; RECOVERY_CONTEXT: recovery e-mail, reset
  NEGATION / QUESTION   refusals and question frames
  OFFER          first-person offers to send or give something
  CREDENTIAL     what an offer may hand over (password, code, login, access...)
  ROLE / GRANT / RECIPIENT   admin or owner rights, the verbs that grant them,
                 and words that name support as the receiver
  LOGIN_INVITE   support invited to log in to the customer's account
Agent side:
  REQUEST        imperative and request frames (send, share, we need, what is)
  ASK_ACCESS     asking to be made admin, to get ownership, to log in
  ASKED          what must never be asked for; ASK_BLOCK: what may be (order ID, link)
"""

from __future__ import annotations

import re
from types import ModuleType

from support_studio.screening.lexicon import ar, de, en, es, fa, fr, hi, id, pt, ru, ru_latn, tr
from support_studio.screening.normalise import fold_variants

LANGUAGES: dict[str, ModuleType] = {
    "en": en, "ru": ru, "ru-latn": ru_latn, "es": es, "pt": pt, "tr": tr, "id": id, "ar": ar, "fa": fa,
    "hi-latn": hi, "fr": fr, "de": de,
}
FAMILIES = ("THIRD_PARTY", "PASSWORD", "PASSWORD_WEAK", "PASSWORD_AMBIGUOUS", "TWO_FA", "CODE", "CODE_BLOCK", "OWNER", "RANGE", "UNIT", "RECOVERY",
            "RECOVERY_CONTEXT", "NEGATION", "QUESTION", "OFFER", "CREDENTIAL", "ROLE", "GRANT", "RECIPIENT",
            "LOGIN_INVITE", "REQUEST", "ASK_ACCESS", "ASKED", "ASK_BLOCK")


_ARABIC_START = re.compile(r"(?:\(\?:ال\)\?)?[\u0621-\u064a]")


def fragments(family: str) -> list[str]:
    seen: dict[str, None] = {}
    for name, module in LANGUAGES.items():
        for fragment in getattr(module, family, ()):
            if name == "ar" and _ARABIC_START.match(fragment):
                fragment = "(?:و)?" + fragment  # "والباسورد": and + the password
            for form in fold_variants(fragment):
                seen[form] = None
    return sorted(seen, key=len, reverse=True)


def alternation(family: str) -> str:
    return "(?:" + "|".join(fragments(family)) + ")"


def word_pattern(*families: str) -> re.Pattern[str]:
    """Whole words or phrases of the families, anywhere."""
    body = "|".join(alternation(family) for family in families)
    return re.compile(r"(?<![^\W_])(?:" + body + r")(?![^\W_])")


def fullmatch_set(family: str) -> re.Pattern[str]:
    return re.compile(alternation(family))


def folded(source: str, flags: int = 0) -> re.Pattern[str]:
    """A regex whose top-level alternatives are written in natural spelling,
    compiled in the lower view's form (each alternative in its folded forms)."""
    alternatives = [part for part in _split_top(source) if part]
    return re.compile("|".join(form for part in alternatives for form in fold_variants(part)), flags)


def _split_top(source: str) -> list[str]:
    parts, depth, current, escape = [], 0, [], False
    for ch in source:
        if escape:
            current.append(ch)
            escape = False
            continue
        if ch == "\\":
            escape = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    parts.append("".join(current).strip())
    return parts


# ------------------------------------------------------------ fast anchor scan
#
# Python's re tries a pattern that starts with a lookbehind at every position
# of the text. The anchor families (the words every rule starts from) are
# instead found by one trigger pass: a pattern that starts with the literal
# first characters of every fragment (re scans for those quickly) and checks
# the word start right after the first character. At each trigger hit, only
# the families that have a fragment with that two-character prefix are tried,
# with Pattern.match at that position. The prefixes come from a small parser
# of the regex subset the lexicons are written in (no private re internals).

_ANY = object()


def _parse(pattern: str) -> list:
    """The fragment as a list of alternatives, each a list of (atom, min, max);
    an atom is a char, a frozenset of chars, _ANY, None (zero-width) or a
    nested list of alternatives."""
    alternatives, index = _parse_alternatives(pattern, 0)
    if index != len(pattern):
        raise ValueError(f"cannot parse {pattern!r} at {index}")
    return alternatives


def _parse_alternatives(p: str, i: int) -> tuple[list, int]:
    alternatives, sequence = [], []
    while i < len(p) and p[i] != ")":
        if p[i] == "|":
            alternatives.append(sequence)
            sequence = []
            i += 1
            continue
        atom, i = _parse_atom(p, i)
        low, high, i = _parse_quantifier(p, i)
        sequence.append((atom, low, high))
    alternatives.append(sequence)
    return alternatives, i


# The views have no tab or carriage return (normalise maps them to spaces).
_CLASS_ESCAPES = {"s": frozenset(" \n"), "S": _ANY, "w": _ANY, "W": _ANY, "d": frozenset("0123456789"), "D": _ANY}


def _parse_atom(p: str, i: int):
    ch = p[i]
    if ch == "(":
        if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            _, j = _parse_alternatives(p, p.index("(", i) + (4 if p.startswith(("(?<=", "(?<!"), i) else 3))
            return None, j + 1
        start = i + 3 if p.startswith("(?:", i) else i + 1
        alternatives, j = _parse_alternatives(p, start)
        return alternatives, j + 1
    if ch == "[":
        j = i + 1
        negate = p[j] == "^"
        chars: set[str] = set()
        if negate:
            j += 1
        while p[j] != "]" or j == i + 1:
            if p[j] == "\\":
                escaped = p[j + 1]
                if escaped == "s":
                    chars.update(" \n")
                elif escaped in _CLASS_ESCAPES:
                    chars.add("\0any")
                else:
                    chars.add(escaped)
                j += 2
            elif j + 2 < len(p) and p[j + 1] == "-" and p[j + 2] != "]":
                chars.update(chr(c) for c in range(ord(p[j]), ord(p[j + 2]) + 1))
                j += 3
            else:
                chars.add(p[j])
                j += 1
        if negate or "\0any" in chars or len(chars) > 40:
            return _ANY, j + 1
        return frozenset(chars), j + 1
    if ch == "\\":
        escaped = p[i + 1]
        if escaped in "bB":
            return None, i + 2
        return _CLASS_ESCAPES.get(escaped, escaped), i + 2
    if ch == ".":
        return _ANY, i + 1
    if ch in "^$":
        return None, i + 1
    return ch, i + 1


def _parse_quantifier(p: str, i: int) -> tuple[int, int, int]:
    low = high = 1
    if i < len(p) and p[i] in "?*+":
        low, high = {"?": (0, 1), "*": (0, 99), "+": (1, 99)}[p[i]]
        i += 1
    elif i < len(p) and p[i] == "{":
        j = p.index("}", i)
        parts = p[i + 1:j].split(",")
        low = int(parts[0] or 0)
        high = int(parts[-1]) if parts[-1] else 99
        i = j + 1
    if i < len(p) and p[i] == "?":  # lazy
        i += 1
    return low, high, i


_OPEN, _END, _CUT = "open", "end", "cut"  # may go on, the fragment ends, unknown chars follow


def _starts(alternatives: list, n: int) -> set[tuple[str, str]]:
    """(prefix, state) pairs: the first up to n chars of every match."""
    out: set[tuple[str, str]] = set()
    for sequence in alternatives:
        current = {("", _OPEN)}
        for atom, low, high in sequence:
            if atom is None:
                continue
            grown: set[tuple[str, str]] = set()
            for prefix, state in current:
                if state != _OPEN or len(prefix) >= n:
                    grown.add((prefix, _CUT if state == _OPEN else state))
                    continue
                if low == 0:
                    grown.add((prefix, _OPEN))
                for piece, piece_state in _atom_starts(atom, n - len(prefix)):
                    if piece_state == _END:
                        piece_state = _OPEN
                    if piece_state == _OPEN and high > 1:
                        piece_state = _CUT  # more repeats: unknown chars follow
                    grown.add((prefix + piece, piece_state))
            current = grown
        out |= {(prefix, _END if state == _OPEN and len(prefix) < n else
                 (_CUT if state == _OPEN else state)) for prefix, state in current}
    return out


def _atom_starts(atom, n: int) -> set[tuple[str, str]]:
    if atom is _ANY:
        return {("", _CUT)}
    if isinstance(atom, str):
        return {(atom, _OPEN)}
    if isinstance(atom, frozenset):
        return {(ch, _OPEN) for ch in atom}
    return _starts(atom, n)


def literal_prefixes(fragment: str, n: int = 3) -> set[tuple[str, str]]:
    """(prefix, state) for the strings of up to n chars every match of the
    fragment starts with; state "end" when the whole match may be the prefix,
    "cut" when unknown chars may follow, "open" when known ones do."""
    return _starts(_parse(fragment), n)


_WORD = re.compile(r"[^\W_]+")  # the same word boundary as word_pattern: "_" is not a letter


_PREFIX_CHARS = 6


class AnchorScanner:
    """All matches of several families at word starts.

    The text's distinct words are collected in one C-level pass. Each
    fragment is reached through its literal prefix (up to six chars): a
    prefix that starts with three word chars through the words that start
    with them; a shorter complete word ("pw", "u") through that exact word;
    a prefix with a space or a dash in it ("u can", "2-step", "el co")
    through the exact word before the space, checked with str.startswith.
    At each place found, the family's pattern is tried with Pattern.match.
    The matches are exactly those of the family pattern at word starts
    (tests/test_screening_properties.py checks it), found without trying
    every position of the text."""

    def __init__(self, families: tuple[str, ...]) -> None:
        self.families = families
        self.at_start = {family: re.compile(alternation(family) + r"(?![^\W_])") for family in families}
        by_prefix: dict[str, set[str]] = {}
        by_word: dict[str, set[str]] = {}
        by_phrase: dict[str, dict[str, set[str]]] = {}
        for family in families:
            for fragment in fragments(family):
                for prefix, state in literal_prefixes(fragment, _PREFIX_CHARS):
                    head = _HEAD.match(prefix)
                    if head is None:
                        raise ValueError(f"{family} fragment {fragment!r} does not start with a word char")
                    head = head.group()
                    if len(head) < len(prefix):  # a phrase: the head is a whole word
                        by_phrase.setdefault(head, {}).setdefault(prefix, set()).add(family)
                    elif len(head) >= 3:
                        by_prefix.setdefault(head[:3], set()).add(family)
                    elif state == _END:
                        by_word.setdefault(head, set()).add(family)
                    else:
                        by_prefix.setdefault(head, set()).add(family)
        self.by_prefix = {key: frozenset(found) for key, found in by_prefix.items()}
        self.by_word = {key: frozenset(found) for key, found in by_word.items()}
        self.by_phrase = {head: tuple((phrase, frozenset(found)) for phrase, found in phrases.items())
                          for head, phrases in by_phrase.items()}
        self.prefix_sizes = sorted({len(key) for key in self.by_prefix}, reverse=True)
        self.memo: dict[str, tuple] = {}  # word -> (families, phrases) or () when it starts none
        # Words of one or two chars ("i", "el", "pw") are found by one pass of
        # a pattern that starts with the non-word char before them.
        short = sorted({key for key in (*self.by_word, *self.by_phrase) if len(key) <= 2}
                       | {key for key in self.by_prefix if len(key) <= 2}, key=len, reverse=True)
        body = "|".join(re.escape(word) for word in short)
        self.short_words = frozenset(short)
        self.short_after = re.compile(f"[\\W_]({body})(?![^\\W_])")
        self.short_first = re.compile(f"({body})(?![^\\W_])")

    def _short_starts(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        first = self.short_first.match(text)
        if first is not None:
            found.setdefault(first.group(1), []).append(0)
        for m in self.short_after.finditer(text):
            found.setdefault(m.group(1), []).append(m.start(1))
        return found

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        by_prefix, by_word, by_phrase, sizes = self.by_prefix, self.by_word, self.by_phrase, self.prefix_sizes
        starts: dict[str, list[int]] = {}
        short: dict[str, list[int]] | None = None
        memo = self.memo
        if len(memo) > 200_000:
            memo.clear()
        for word in set(_WORD.findall(text)):
            known = memo.get(word)
            if known is None:
                families = by_word.get(word, _NONE)
                for size in sizes:
                    if len(word) >= size:
                        families = families | by_prefix.get(word[:size], _NONE)
                known = memo[word] = (families, by_phrase.get(word)) if families or word in by_phrase else ()
            if not known:
                continue
            families, phrases = known
            if len(word) <= 2:
                if short is None:
                    short = self._short_starts(text)
                places = short.get(word, ())
            else:
                places = _word_starts(text, word)
            for at in places:
                for family in families:
                    starts.setdefault(family, []).append(at)
                if phrases:
                    for phrase, phrase_families in phrases:
                        if text.startswith(phrase, at):
                            for family in phrase_families:
                                starts.setdefault(family, []).append(at)
        found: dict[str, list[re.Match[str]]] = {family: [] for family in self.families}
        for family, positions in starts.items():
            pattern = self.at_start[family]
            last_end = 0
            out = found[family]
            for pos in sorted(set(positions)):
                if pos < last_end:
                    continue
                m = pattern.match(text, pos)
                if m is not None and m.end() > pos:
                    out.append(m)
                    last_end = m.end()
        return found


_NONE: frozenset[str] = frozenset()
_HEAD = re.compile(r"[^\W_]+")


def _word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands as a whole word (a run of word chars) in text."""
    found = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1:at]
        after = text[at + size:at + size + 1]
        if not before.isalnum() and not after.isalnum():
            found.append(at)
        at = text.find(word, at + size)
    return found
