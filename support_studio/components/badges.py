"""Status badges, the tone-to-colour match and done/not-done rows, one of each for every page."""

import reflex as rx

from support_studio.components.plain import stack, text

STATUS_COLORS = (
    ("open", "blue"),
    ("in_review", "violet"),
    ("waiting_on_customer", "amber"),
    ("resolved", "green"),
)
# A verdict's tone (service_rules.OUTCOME_TONES) as a colour.
TONE_COLORS = (("positive", "green"), ("negative", "orange"))


def status_badge(status, label) -> rx.Component:
    return rx.badge(
        label, color_scheme=rx.match(status, *STATUS_COLORS, "gray"), variant="soft", class_name="status-badge"
    )


def tone_color(tone) -> rx.Var:
    return rx.match(tone, *TONE_COLORS, "blue")


def done_row(done, title: list, spoken_state, hint, **props) -> rx.Component:
    """A step or requirement that is done or not: the mark says so to the eye,
    `spoken_state` (hidden text after the title) to a screen reader."""
    return stack(
        rx.el.span(class_name="done-mark", aria_hidden="true"),  # drawn by its data-done (styles.css)
        stack(
            text(*title, rx.el.span(spoken_state, class_name="sr-only"), weight="medium", size="2"),
            text(hint, size="1", color="gray"),
            gap="0",
        ),
        direction="row",
        gap="2",
        data_done=rx.cond(done, "yes", "no"),
        **props,
    )
