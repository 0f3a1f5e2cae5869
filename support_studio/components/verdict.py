"""A rules verdict as a panel: the customer's "What to expect" in the studio,
"Rules compared" beside the ticket for agents."""

import reflex as rx

from support_studio.components.badges import tone_color
from support_studio.states.views import CheckView


def _check(check: CheckView) -> rx.Component:
    return rx.hstack(
        rx.match(
            check.result,
            ("ok", rx.icon("circle-check", color=rx.color("green", 9), size=16, flex_shrink="0", aria_hidden="true")),
            ("mismatch", rx.icon("circle-x", color=rx.color("red", 9), size=16, flex_shrink="0", aria_hidden="true")),
            rx.icon("circle-help", color=rx.color("gray", 9), size=16, flex_shrink="0", aria_hidden="true"),
        ),
        rx.text(
            rx.text.strong(check.label, ": "),
            check.detail,
            # What the icon shows, for a screen reader, after the detail it is about.
            rx.el.span(
                rx.match(check.result, ("ok", " (matches)"), ("mismatch", " (differs)"), " (not checked)"),
                class_name="sr-only",
            ),
            size="1",
        ),
        align="start",
        spacing="2",
        data_result=check.result,
        class_name="rule-check",
    )


def verdict_panel(verdict, title: str, panel_id: str, heading_level: str = "h3") -> rx.Component:
    """`verdict` is a VerdictView var (None shows nothing)."""
    return rx.cond(
        verdict,
        rx.callout.root(
            rx.callout.icon(rx.icon("scale", aria_hidden="true")),
            rx.vstack(
                rx.heading(title, as_=heading_level, size="2"),
                rx.text(verdict.headline, size="2", class_name="verdict-headline"),
                rx.cond(
                    verdict.reasons.length() > 0,
                    rx.unordered_list(
                        rx.foreach(verdict.reasons, lambda reason: rx.list_item(rx.text(reason, size="1")))
                    ),
                ),
                rx.foreach(verdict.checks, _check),
                rx.cond(verdict.boundary != "", rx.text(verdict.boundary, size="1", style={"font_style": "italic"})),
                spacing="1",
            ),
            color_scheme=tone_color(verdict.tone),
            id=panel_id,
            width="100%",
        ),
    )
