"""The live do-not-send alert: names what screening found in a field, shows
where, and offers to remove it. Used by the studio and the thread reply box."""

import dataclasses

import reflex as rx

from support_studio import screening

# Characters of context shown on each side of the flagged span.
CONTEXT = 40


@dataclasses.dataclass
class ScreeningAlert:
    field: str
    field_label: str
    message: str
    before: str
    flagged: str
    after: str

    @classmethod
    def from_findings(
        cls, field: str, field_label: str, text: str, findings: list[screening.Finding],
        message: str = "",
    ) -> "ScreeningAlert":
        first = min(findings, key=lambda finding: finding.start)
        before = text[max(0, first.start - CONTEXT) : first.start]
        after = text[first.end : first.end + CONTEXT]
        return cls(
            field=field,
            field_label=field_label,
            message=message or screening.describe(findings),
            before=("…" if first.start > CONTEXT else "") + before,
            flagged=text[first.start : first.end],
            after=after + ("…" if first.end + CONTEXT < len(text) else ""),
        )


def screening_alerts(alerts, remove) -> rx.Component:
    """`alerts` is a list var of ScreeningAlert; `remove(field)` is the handler."""
    return rx.foreach(
        alerts,
        lambda alert: rx.callout.root(
            rx.callout.icon(rx.icon("shield-x")),
            rx.vstack(
                rx.text(alert.field_label, ": ", alert.message, weight="medium", size="2"),
                rx.text(
                    alert.before,
                    rx.el.mark(alert.flagged, style={"background": rx.color("red", 5), "padding": "0 2px"}),
                    alert.after,
                    size="2",
                    font_family="monospace",
                    white_space="pre-wrap",
                    word_break="break-word",
                ),
                rx.button(
                    "Remove it", size="1", color_scheme="red", variant="soft",
                    on_click=remove(alert.field),
                ),
                spacing="2",
                align="start",
            ),
            color_scheme="red",
            role="alert",
            class_name="screening-alert",
            width="100%",
        ),
    )
