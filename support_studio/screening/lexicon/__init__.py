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
