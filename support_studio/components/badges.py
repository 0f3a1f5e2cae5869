"""Status badges and the tone-to-colour match, one of each for every page."""

import reflex as rx

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
