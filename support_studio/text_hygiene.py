"""What every text is cleaned of before it is checked, shown or stored. Plain Python.

Control characters (NUL and the rest, except newline and tab) corrupt logs and
exports and PostgreSQL refuses NUL outright; bidi embedding, override and isolate
characters make text display in another order than it is stored (a link or a
code that reads differently than it is). Both are removed; line breaks are
normalised to "\\n"."""

import re

# C0 and C1 controls except tab (\x09) and newline (\x0a); \r is handled first.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile("\r\n?")


def clean_text(text: str) -> str:
    """`text` without control characters (newline and tab kept) and bidi controls."""
    return _BIDI_CONTROL.sub("", _CONTROL.sub("", _LINE_BREAK.sub("\n", text)))


def text_argument(value: object, limit: int) -> str | None:
    """A text from an event (untrusted: any type, any size), cleaned and cut to
    `limit` characters, or None when it is not text."""
    if not isinstance(value, str):
        return None
    return clean_text(value[: limit + 64])[:limit]
