"""Normalisation before any rule, with offsets back to the original text.

Every character goes through one table built at import:
  NFKD (fullwidth and mathematical letters, ligatures, presentation forms,
  circled and superscript digits to their plain form), combining marks,
  format characters (zero-width spaces and joiners, bidi marks, soft hyphen,
  tags) and fillers dropped, every decimal digit script (Arabic-Indic,
  Persian, Devanagari, fullwidth...) to ASCII digits, Arabic letter variants
  to one form (ي ى -> ی, ك -> ک, ة -> ه, no tatweel), dashes, quotes and
  odd spaces to ASCII, and letters that look like Latin letters (Cyrillic,
  Greek, Armenian... from Unicode's confusables data, as shipped by the
  confusable-homoglyphs package) to that Latin letter: the skeleton.
HTML entities (&#112; &amp; &nbsp;) and a link's percent-encoded reserved
characters (%3A %2F %3D…) are decoded, and runs of four or more
single letters or digits separated by single spaces ("m a r i n a 8 7",
"4 8 2 1 3") or dots ("M.a.r.i.g.o.l.d.7.7") are joined.

Two views come out, of the same length: `cased` (letter case kept, for
machine formats such as base64 and tokens) and `lower` (lower-cased first,
then skeleton, for words: "ПАРОЛЬ", "пароль" and "пaроль" with a Latin a
all give the same text). `span(start, end)` maps a span of either view back
to the original text.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Scripts whose look-alikes map to Latin letters. Arabic, Persian and
# Devanagari letters are words of their own languages and are left alone.
_SKELETON_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LATIN", "MODIFIER", "SMALL")

_ARABIC_FOLD = {
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0643": "\u06a9",
    "\u0629": "\u0647",
    "\u06c0": "\u0647",
    "\u06d5": "\u0647",
}
_PUNCT_FOLD = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    "\u2039": "'",
    "\u203a": "'",
    "\u060c": ",",
    "\u061b": ";",
    "\u061f": "?",
    "\u06d4": ".",
    "\u066a": "%",
    "\u066b": ".",
    "\u066c": ",",
    "\u0964": ".",
    "\u3002": ".",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u00a0": " ",
    "\u0640": "",
    "\u3164": "",
    "\u115f": "",
    "\u1160": "",
    "\u00df": "ss",
    "\u0131": "i",
    "\u2024": ".",
    # Bullets and dots between a code's digit groups read as a middle dot: "83•51•07".
    **dict.fromkeys("\u2022\u2219\u22c5\u2027\u30fb\uff65", "\u00b7"),
    "\u2116": "#",  # "№ 80017" is a number sign, not the word "no" (a negation in five languages)
    "\u0085": "\n",
}
_DROP_CATEGORIES = ("Mn", "Me", "Cf")
# Ranges whose characters get an entry; anything else maps to itself.
_RANGES = (
    (0x0080, 0x2FFF),
    (0x3000, 0x303F),
    (0x3164, 0x3164),
    (0xA640, 0xA69F),
    (0xA720, 0xA7FF),  # Latin Extended-D: small capitals such as ꜱ
    (0xFB00, 0xFFFF),
    (0x1D400, 0x1D7FF),
    (0x1F100, 0x1F1FF),
    (0xE0000, 0xE007F),
)


def _confusable_letters() -> dict[str, str]:
    """Non-ASCII letters of the skeleton scripts that Unicode's confusables
    data lists as look-alikes of one ASCII letter."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        if not unicodedata.name(char, "").startswith(_SKELETON_SCRIPTS):
            continue
        targets = sorted({g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()})
        if targets:
            table[char] = targets[0]
    return table


# Letters drawn as other letters that confusables data does not list: small capitals
# ("ᴘᴀꜱꜱᴡᴏʀᴅ") and the regional indicators flags are made of ("🇵🇦🇸🇸"): outside attack round 10.
_LETTER_NAMED = re.compile(r"(?:LATIN LETTER SMALL CAPITAL|REGIONAL INDICATOR SYMBOL LETTER) ([A-Z])")


def _plain(char: str, skeleton: dict[str, str], lower: bool) -> str:
    named = _LETTER_NAMED.fullmatch(unicodedata.name(char, ""))
    if named is not None:
        return named.group(1).lower() if lower else named.group(1)
    if lower and char in skeleton and char.isupper():
        # An upper-case look-alike (Cyrillic В, Н, М, Т, К...) keeps its Latin
        # twin in the lower view too, so "ВоtFаthеr" reads "botfather".
        return skeleton[char].lower()
    if char in _PUNCT_FOLD:
        out = _PUNCT_FOLD[char]
    else:
        out = unicodedata.normalize("NFKD", char)
        out = "".join(c for c in out if unicodedata.category(c) not in _DROP_CATEGORIES)
    if lower:
        out = out.lower()
    pieces = []
    for c in out:
        if c.isdecimal() and not c.isascii():
            c = str(unicodedata.decimal(c))
        c = _PUNCT_FOLD.get(c, c) if c in ("\u00df", "\u0131") else c
        c = _ARABIC_FOLD.get(c, c)
        c = skeleton.get(c, c)
        if lower:
            c = c.lower()
        pieces.append(c)
    return "".join(pieces)


def _build_tables() -> tuple[dict[int, str], dict[int, str], str]:
    skeleton = _confusable_letters()
    cased: dict[int, str] = {}
    lower: dict[int, str] = {}
    special: list[str] = []
    for low, high in _RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            as_cased, as_lower = _plain(char, skeleton, False), _plain(char, skeleton, True)
            if len(as_cased) != 1 or len(as_lower) != 1:
                special.append(char)
            if as_cased != char:
                cased[code] = as_cased
            if as_lower != char:
                lower[code] = as_lower
    # ASCII upper case: lower() of the ASCII letters in the lower table
    for code in range(0x41, 0x5B):
        lower[code] = chr(code + 32)
    for code in (9, 11, 12, 13, 28, 29, 30, 31):  # tab, carriage return...: a space
        cased[code] = lower[code] = " "
    ranges: list[list[int]] = []
    for code in sorted(ord(ch) for ch in special):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    special_class = (
        "["
        + "".join(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges)
        + "]"
    )
    return cased, lower, special_class


_CASED, _LOWER, _SPECIAL_CLASS = _build_tables()
_ENTITY = r"&(?:\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)"
_SPECIAL_CHARS = re.compile(f"{_SPECIAL_CLASS}+")
# A link's reserved characters percent-encoded, as a copied address has them: "bot60345%3AAAz…",
# "https%3A%2F%2F…%3Ftoken%3D…" (: / ? = & # + @).
_PERCENT = r"%(?:3[AaDdFf]|2[Ff]|26|23|2[Bb]|40)"
_SPECIAL = re.compile(f"{_ENTITY}|{_PERCENT}|{_SPECIAL_CLASS}+")  # only for texts with an '&' or a '%'

# Four or more single letters, digits or underscores, one space apart, after a space or a line
# break ("l i l i y a _ 2 0 0 5", ":\n۵ ۲ ۶ ۰ ۷"); or with a dot between them, letters among them
# ("M.a.r.i.g.o.l.d.7.7").
_SPACED = re.compile(r"[ \n](?:\w ){3,}\w(?=[\s.,!?:;)\"']|$)")
_DOTTED = re.compile(r"[^\w.](?=[\w.]*[^\W\d_])(?:\w\.){3,}\w(?!\w|\.\w)")
# Or single letters with a dash between them ("p-a-s-s-w-o-r-d": outside attack round 10).
_DASHED = re.compile(r"[^\w-](?:[^\W\d_]-){3,}[^\W\d_](?![\w-])")


@dataclass(frozen=True)
class Normalised:
    original: str
    cased: str
    lower: str
    starts: list[int] | None  # view index -> original start; None: the identity
    ends: list[int] | None  # view index -> original end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view[start:end]."""
        if self.starts is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def original_of(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _views(chunk: str) -> tuple[str, str]:
    """(cased, lower) of a chunk with no special char: ASCII runs through
    str.lower, the others through the tables."""
    if chunk.isascii():
        if _ODD_SPACE.search(chunk):
            return chunk.translate(_ASCII_SPACES), chunk.lower().translate(_ASCII_SPACES)
        return chunk, chunk.lower()
    cased, lower = [], []
    cursor = 0
    for run in _NON_ASCII.finditer(chunk):
        if run.start() > cursor:
            ascii_part = chunk[cursor : run.start()]
            cased.append(ascii_part)
            lower.append(ascii_part.lower())
        part = run.group()
        cased.append(part.translate(_CASED))
        lower.append(part.translate(_LOWER))
        cursor = run.end()
    if cursor < len(chunk):
        ascii_part = chunk[cursor:]
        cased.append(ascii_part)
        lower.append(ascii_part.lower())
    cased_text, lower_text = "".join(cased), "".join(lower)
    if _ODD_SPACE.search(cased_text):
        cased_text, lower_text = cased_text.translate(_ASCII_SPACES), lower_text.translate(_ASCII_SPACES)
    return cased_text, lower_text


_WORD_START = re.compile(r"\S*$")


def _in_link(text: str, pos: int) -> bool:
    """pos lies in a word that is an address: "https://…", "https%3A%2F%2F…", "api.telegram.org/bot…"."""
    word = _WORD_START.search(text, max(0, pos - 300), pos).group().translate(_LOWER)
    return word.startswith(("http", "www.")) or "telegram.org/" in word


def _map_chars(text: str) -> tuple[str, str, list[int] | None, list[int] | None]:
    special = _SPECIAL if "&" in text or "%" in text else _SPECIAL_CHARS
    if not special.search(text):
        cased, lower = _views(text)
        return cased, lower, None, None
    cased_parts, lower_parts = [], []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    for m in special.finditer(text):
        if m.start() > cursor:
            cased_chunk, lower_chunk = _views(text[cursor : m.start()])
            cased_parts.append(cased_chunk)
            lower_parts.append(lower_chunk)
            starts.extend(range(cursor, m.start()))
            ends.extend(range(cursor + 1, m.start() + 1))
        token = m.group()
        if token[0] == "%" and not _in_link(text, m.start()):
            decoded = token  # a cookie's or a form's own encoding ("connect.sid=s%3Ae6Qb…") stays
            cased_parts.append(decoded)
            lower_parts.append(decoded.lower())
            starts.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))
        elif token.startswith(("&", "%")):
            decoded = html.unescape(token) if token[0] == "&" else chr(int(token[1:], 16))
            as_cased, as_lower = decoded.translate(_CASED), decoded.translate(_LOWER)
            if len(as_cased) != len(as_lower):
                as_cased = as_lower
            cased_parts.append(as_cased)
            lower_parts.append(as_lower)
            starts.extend([m.start()] * len(as_cased))
            ends.extend([m.end()] * len(as_cased))
        else:
            for offset, char in enumerate(token):
                as_cased, as_lower = _CASED.get(ord(char), char), _LOWER.get(ord(char), char)
                if len(as_cased) != len(as_lower):
                    as_cased = as_lower
                at = m.start() + offset
                if not as_cased and ends and ends[-1] == at:
                    ends[-1] = at + 1  # a dropped mark belongs to the char before it: "7️⃣", "é"
                cased_parts.append(as_cased)
                lower_parts.append(as_lower)
                starts.extend([at] * len(as_cased))
                ends.extend([at + 1] * len(as_cased))
        cursor = m.end()
    if cursor < len(text):
        cased_chunk, lower_chunk = _views(text[cursor:])
        cased_parts.append(cased_chunk)
        lower_parts.append(lower_chunk)
        starts.extend(range(cursor, len(text)))
        ends.extend(range(cursor + 1, len(text) + 1))
    return "".join(cased_parts), "".join(lower_parts), starts, ends


def _join_spaced(
    cased: str, lower: str, starts: list[int] | None, ends: list[int] | None, length: int
) -> tuple[str, str, list[int] | None, list[int] | None]:
    padded = " " + lower
    # A dotted run is joined like a spaced one: both start with the char before their first.
    runs = sorted(
        [*_SPACED.finditer(padded), *_DOTTED.finditer(padded), *_DASHED.finditer(padded)], key=lambda run: run.start()
    )
    if not runs:
        return cased, lower, starts, ends
    if starts is None:
        starts, ends = list(range(length)), list(range(1, length + 1))
    keep = []
    cursor = 0
    for run in runs:
        # padded[run.start()] is the space before the run: lower[run.start()] is its first char.
        first, end = run.start(), run.end() - 1
        chars = list(range(first, end, 2))
        # "4 8 1 0 2 é esse": a letter after digits starts a new word.
        for index, at in enumerate(chars[1:], 1):
            if lower[at].isalpha() and lower[chars[index - 1]].isdigit():
                chars = chars[:index]
                break
        # "…, é 7 2 4 0 5 1": a one-letter word before the digits stays a word.
        if len(chars) > 1 and lower[chars[0]].isalpha() and lower[chars[1]].isdigit():
            chars = chars[1:]
        if len(chars) < 4:
            continue
        first = chars[0]
        keep.append((cursor, first))
        keep.extend((at, at + 1) for at in chars)
        cursor = chars[-1] + 1
    keep.append((cursor, len(lower)))
    new_cased = "".join(cased[a:b] for a, b in keep)
    new_lower = "".join(lower[a:b] for a, b in keep)
    new_starts = [s for a, b in keep for s in starts[a:b]]
    new_ends = [e for a, b in keep for e in ends[a:b]]
    return new_cased, new_lower, new_starts, new_ends


_ASCII_SPACES = {9: " ", 11: " ", 12: " ", 13: " ", 28: " ", 29: " ", 30: " ", 31: " "}
_ODD_SPACE = re.compile(r"[\t\x0b\x0c\r\x1c-\x1f]")


def normalise(text: str) -> Normalised:
    if text.isascii() and "&" not in text and "%" not in text:
        cased, lower, starts, ends = text, text.lower(), None, None
        if _ODD_SPACE.search(text):
            cased, lower = cased.translate(_ASCII_SPACES), lower.translate(_ASCII_SPACES)
    else:
        cased, lower, starts, ends = _map_chars(text)
    if " " in lower or "." in lower or "-" in lower:
        cased, lower, starts, ends = _join_spaced(cased, lower, starts, ends, len(text))
    return Normalised(text, cased, lower, starts, ends)


_LOWER_NON_ASCII = {code: out for code, out in _LOWER.items() if code >= 0x80}


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """A lexicon entry (regex source, written in lower case) in the lower
    view's form: its non-ASCII letters through the same table as the text."""
    return word.translate(_LOWER_NON_ASCII)


def fold_variants(word: str) -> list[str]:
    """fold_word of the entry as written, capitalised and in capitals: upper-
    case look-alikes map to Latin letters in the lower view ("ВОТ" reads
    "bot"), so an entry in a cased script needs its three forms. The polite
    "you" capitalised inside the entry ("просим Вас сообщить") is met by the
    first form (_either_case)."""
    forms = [word]
    letters = [i for i, ch in enumerate(word) if not ch.isascii() and ch.isalpha()]
    if letters and any(word[i].upper() != word[i] for i in letters):
        first = letters[0]
        forms.append(word[:first] + word[first].upper() + word[first + 1 :])
        forms.append(_capitalise_leading_groups(word))
        forms.append("".join(ch.upper() if not ch.isascii() and ch.isalpha() else ch for ch in word))
    return list(dict.fromkeys([_either_case(fold_word(word)), *(fold_word(form) for form in forms[1:])]))


# The polite "you" keeps its capital inside a sentence ("просим Вас сообщить", "Ваш код"), and the capital
# "В" reads "b" where the small letter reads "в": a word an entry starts with "в" matches either.
_POLITE_CAPITAL = fold_word("В").lower()
_WORD_START_V = re.compile(r"(?:^|(?<=\\s)|(?<=\\s\?)|(?<=\(\?:)|(?<=\|))в")


def _either_case(source: str) -> str:
    """A regex source whose words that start with "в" match "b" there too ("вас" -> "[вb]ac")."""
    return _WORD_START_V.sub(f"[в{_POLITE_CAPITAL}]", source)


def _capitalise_leading_groups(word: str) -> str:
    """Every alternative of the groups a fragment starts with, capitalised:
    "(?:добавьте|назначьте)…" also reads "Назначьте…" at a sentence's start
    (and an optional first group lets the next one start the match)."""
    out, at = [], 0
    while word.startswith("(?:", at):
        depth, end = 0, at
        for end in range(at, len(word)):
            depth += {"(": 1, ")": -1}.get(word[end], 0) if word[end - 1 : end] != "\\" else 0
            if depth == 0:
                break
        alternatives, depth, piece = [], 0, ""
        for ch in word[at + 3 : end]:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if ch == "|" and depth == 0:
                alternatives.append(piece)
                piece = ""
            else:
                piece += ch
        alternatives.append(piece)
        out.append("(?:" + "|".join(a[:1].upper() + a[1:] if not a[:1].isascii() else a for a in alternatives) + ")")
        at = end + 1
        if word[at : at + 1] not in ("?", "*"):
            break
        out.append(word[at])
        at += 1
    return "".join(out) + word[at:]
