"""The live do-not-send alert: names what screening found in a field, shows
where (the flagged text itself masked), and offers to remove it."""

import reflex as rx

from support_studio.states.alerts import ScreeningAlert


def screening_alert(alert: ScreeningAlert, remove) -> rx.Component:
    """`remove(field)` is the handler of the alert's "Remove it"."""
    return rx.callout.root(
        rx.callout.icon(rx.icon("shield-x", aria_hidden="true")),
        rx.vstack(
            # Only the headline is the live alert: the context below changes with every
            # keystroke, and a changed alert is read out again in full.
            rx.text(
                alert.field_label,
                ": ",
                alert.message,
                weight="medium",
                size="2",
                role="alert",
                id=alert.field + "-alert",
            ),
            rx.text(
                "Found here: ",
                alert.before,
                rx.el.mark(
                    rx.el.span(alert.masked, aria_hidden="true"),
                    rx.el.span("(hidden text)", class_name="sr-only"),
                    style={"background": rx.color("red", 5), "padding": "0 2px"},
                ),
                alert.after,
                size="2",
                font_family="monospace",
                white_space="pre-wrap",
            ),
            rx.button(
                "Remove it",
                size="1",
                color_scheme="red",
                variant="soft",
                # Focus back in the box at once (keys typed before the answer would go to this
                # button, which the answer removes), then the server cuts the flagged part.
                on_click=[
                    rx.call_script("document.getElementById(" + alert.field.to_string() + ")?.focus()"),
                    remove(alert.field),
                ],
                aria_label=f"Remove it from {alert.field_label}",
            ),
            spacing="2",
            align="start",
        ),
        color_scheme="red",
        class_name="screening-alert",
        width="100%",
    )


def alerts_for(alerts, name: str, remove) -> rx.Component:
    """The alert of one field, placed directly under that field."""
    return rx.foreach(alerts, lambda alert: rx.cond(alert.field == name, screening_alert(alert, remove)))
