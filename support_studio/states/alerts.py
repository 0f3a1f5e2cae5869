"""The do-not-send alert as pages show it. The flagged text itself is never
kept: the preview masks every flagged span (every span the caller cuts, and
every copy of a flagged value), so neither the server's state (nor
Redis, with several workers) nor a delta ever holds the secret."""

import dataclasses

from support_studio import screening

CONTEXT = 32  # characters of context shown on each side of the flagged span
MASK = "•"
# Said once "Remove it" took exactly the flagged words: what is left may read as a broken sentence.
REMOVED_NOTE = "Removed. Read it again before sending: the sentence around it may need rewording."


@dataclasses.dataclass
class ScreeningAlert:
    field: str
    field_label: str
    message: str
    before: str
    masked: str  # the first flagged span, as mask characters
    after: str

    @classmethod
    def from_findings(
        cls,
        field: str,
        field_label: str,
        text: str,
        findings: list[screening.Finding],
        spans: list[tuple[int, int]] | None,
        message: str = "",
    ) -> "ScreeningAlert":
        """`spans`: what screening.cut_spans cuts of `text` (the caller keeps
        kept_after(text, spans)): every one of them is masked (all of it when None)."""
        masked_text = list(text)
        for start, end in spans if spans is not None else [(0, len(text))]:
            masked_text[start:end] = MASK * (end - start)
        masked_text = "".join(masked_text)
        first = min(findings, key=lambda finding: finding.start)
        return cls(
            field=field,
            field_label=field_label,
            message=message or screening.describe(findings),
            before=("…" if first.start > CONTEXT else "") + masked_text[max(0, first.start - CONTEXT) : first.start],
            masked=MASK * min(first.end - first.start, 16),
            after=masked_text[first.end : first.end + CONTEXT] + ("…" if first.end + CONTEXT < len(text) else ""),
        )
