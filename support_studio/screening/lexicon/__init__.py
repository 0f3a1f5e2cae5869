"""Per-language word lists, merged into one compiled pattern per family.

Each language module (en, ru, ru_latn, es, pt, tr, id, ar, fa, hi, fr, de)
defines the same families (other: a few of them, for languages read only in part) as lists of regex fragments written in lower
case; a text may mix languages, so every family matches the words of all
languages at once. Fragments go through the same character table as the
text (normalise.fold_word), so they are written in natural spelling.

Families, customer side:
  PASSWORD / PASSWORD_WEAK  words for a password (weak ones need ':' '=' 'is')
  TWO_FA         2FA words: a password word with ':' and a word, a code word with digits
  CODE           words for a login, SMS, e-mail or authenticator code
  CODE_BLOCK     phrases where "code" is a promo, error, order, payment... code
  PAYMENT_CODE   a card payment's approval or authorisation code on a receipt: no
                 login code, unless LOGIN_CONTEXT (telegram, login, sms...) is near;
                 RECEIPT_CODE ("onay kodu", "код подтверждения") only when RECEIPT
                 words (card, terminal, visa...) are around too
  SOFTENER       "just", "literally", "einfach", "просто": between a password word
                 and its value they change nothing
  OWNER / UNIT   words that own a number before it (order 48213) or after it (500 members)
  RECOVERY       backup codes, recovery keys; RECOVERY_CONTEXT: recovery e-mail, reset
  NEGATION / QUESTION   refusals and question frames
  SOMEONE_ASKS / SOMEONE_ASKS_AFTER   someone else asks for it (the second where the
                 verb comes after what is asked for: "tdata klasörümü istedi")
  OFFER          first-person offers to send or give something
  CREDENTIAL     what an offer may hand over (password, code, login, access...)
  ROLE / GRANT / RECIPIENT   admin or owner rights, the verbs that grant them,
                 and words that name support as the receiver; GIVEN_ACCOUNT: support's
                 account or person described, not named ("the account you gave me")
  LOGIN_INVITE   support invited to log in to the customer's account
  POLITE_ASK     a second-person request put as a question ("could you", "pouvez-vous",
                 "bakabilir misiniz"): with LOGIN_INVITE an invitation, not a question
  FIELD          account fields listed beside a password word (username, e-mail,
                 phone): never a password value ("senha e usuário", "password ya email")
Agent side:
  REQUEST        imperative and request frames (send, share, we need, what is)
  ASK_ACCESS     asking to be made admin, to get ownership, to log in
  ASKED          what must never be asked for; ASK_BLOCK: what may be (order ID, link)
  ACCESS_WORD / ACCOUNT_WORD   "access" and "account": asking access to the account
"""

from __future__ import annotations

import re
from types import ModuleType

from support_studio.screening.lexicon import ar, de, en, es, fa, fr, hi, id, other, pt, ru, ru_latn, tr
from support_studio.screening.normalise import fold_variants

LANGUAGES: dict[str, ModuleType] = {
    "en": en, "ru": ru, "ru-latn": ru_latn, "es": es, "pt": pt, "tr": tr, "id": id, "ar": ar, "fa": fa,
    "hi-latn": hi, "fr": fr, "de": de, "other": other,
}
FAMILIES = ("ACCESS_WORD", "ACCOUNT_WORD", "THIRD_PARTY", "PASSWORD", "PASSWORD_WEAK", "PASSWORD_AMBIGUOUS", "TWO_FA", "CODE", "CODE_BLOCK", "OWNER", "RANGE", "UNIT", "RECOVERY",
            "RECOVERY_CONTEXT", "NEGATION", "QUESTION", "OFFER", "CREDENTIAL", "ROLE", "GRANT", "RECIPIENT", "GIVEN_ACCOUNT",
            "LOGIN_INVITE", "REQUEST", "ASK_ACCESS", "ASKED", "ASK_BLOCK", "PAYMENT_CODE", "LOGIN_CONTEXT",
            "SOFTENER", "RECEIPT_CODE", "RECEIPT", "FIELD", "POLITE_ASK", "STATUS")


_ARABIC_START = re.compile(r"(?:\(\?:ال\)\?)?[\u0621-\u064a]")


def _entries(module: ModuleType, family: str) -> list[str]:
    if family == "DIGIT_WORD":  # the family of every digit word, from each language's DIGITS
        return [re.escape(word) for forms in getattr(module, "DIGITS", ()) for word in forms]
    return getattr(module, family, ())


def fragments(family: str) -> list[str]:
    seen: dict[str, None] = {}
    for name, module in LANGUAGES.items():
        for fragment in _entries(module, family):
            if name == "ar" and family != "DIGIT_WORD" and _ARABIC_START.match(fragment):
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


def digit_words() -> dict[str, int]:
    """Every language's words for the digits 0-9 (DIGITS), in the lower view's
    form: the digit of each match of the family DIGIT_WORD."""
    words: dict[str, int] = {}
    for module in LANGUAGES.values():
        for digit, forms in enumerate(getattr(module, "DIGITS", ())):
            for form in forms:
                for variant in fold_variants(form):
                    words.setdefault(variant, digit)
    return words


def number_words() -> frozenset[str]:
    """Every language's number words (DIGITS and NUMBERS), in the lower view's form."""
    return frozenset(
        variant
        for module in LANGUAGES.values()
        for form in [*(form for forms in getattr(module, "DIGITS", ()) for form in forms), *getattr(module, "NUMBERS", ())]
        for variant in fold_variants(form)
    )


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


_PREFIX_CHARS = 6
_HEAD = re.compile(r"[^\W_]+")  # the same word boundary as word_pattern: "_" is not a letter


class AnchorScanner:
    """All matches of several families at word starts, in one pass.

    Each fragment is reached through its literal prefix (up to six chars,
    from _starts): the prefixes of all fragments of all families make one
    trie-shaped regex, looked for right after a non-word char (re skips
    ahead to those fast and tries a few chars at each). Where a prefix
    starts, the families that have a fragment with that prefix (or with a
    shorter prefix it begins with) are tried with Pattern.match. The
    matches are exactly those of lexicon.word_pattern(family).finditer:
    tests/test_screening_properties.py checks it on the corpus and on
    hypothesis-generated text. Nothing here relies on private re internals."""

    def __init__(self, families: tuple[str, ...]) -> None:
        self.families = families
        keys: dict[str, set[str]] = {}
        # family -> [(fragment, its keys)], in the alternation's order
        self._keyed: dict[str, list[tuple[str, set[str]]]] = {}
        for family in families:
            keyed = self._keyed[family] = []
            for fragment in fragments(family):
                fragment_keys = set()
                for prefix, state in literal_prefixes(fragment, _PREFIX_CHARS):
                    head = _HEAD.match(prefix)
                    if head is None:
                        raise ValueError(f"{family} fragment {fragment!r} does not start with a word char")
                    if len(head.group()) == len(prefix) and len(prefix) > 3 and state != _END:
                        prefix = prefix[:3]  # three letters are selective enough
                    keys.setdefault(prefix, set()).add(family)
                    fragment_keys.add(prefix)
                keyed.append((fragment, fragment_keys))
        self.key_families = {key: tuple(sorted(set().union(*(found for other, found in keys.items()
                                                             if key.startswith(other)))))
                             for key in keys}
        # Looked ahead, not consumed: "code code" has a key after each space.
        self.trigger = re.compile(r"[\W_](?=(" + trie_source(set(keys)) + "))")
        self._at_key: dict[tuple[str, str], re.Pattern[str]] = {}

    def _pattern(self, key: str, family: str) -> re.Pattern[str]:
        """The family's pattern cut down to the fragments that can match where
        the trigger found `key`. The trie takes the longest key at a place, so
        every fragment that can match there has a key that `key` begins with;
        the others cannot match, and the ones kept stay in the alternation's
        order, so Pattern.match returns what the whole family's pattern does."""
        pattern = self._at_key.get((key, family))
        if pattern is None:
            kept = [fragment for fragment, fragment_keys in self._keyed[family]
                    if any(key.startswith(other) for other in fragment_keys)]
            pattern = self._at_key[(key, family)] = re.compile("(?:" + "|".join(kept) + r")(?![^\W_])")
        return pattern

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        found: dict[str, list[re.Match[str]]] = {family: [] for family in self.families}
        last_end = dict.fromkeys(self.families, 0)
        key_families, at_key = self.key_families, self._at_key
        for hit in self.trigger.finditer(" " + text):
            pos = hit.start(1) - 1
            key = hit.group(1)
            for family in key_families[key]:
                if pos < last_end[family]:
                    continue
                pattern = at_key.get((key, family)) or self._pattern(key, family)
                m = pattern.match(text, pos)
                if m is not None and m.end() > pos:
                    found[family].append(m)
                    last_end[family] = m.end()
        return found


def trie_source(keys: set[str]) -> str:
    """One regex for a set of literal keys, factored by prefix (a trie), so
    that re tries a few chars at each place instead of every key; at each
    place it takes the longest key."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        branches = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return source(trie)
