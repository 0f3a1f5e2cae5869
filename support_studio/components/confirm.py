"""A button whose action is asked about first, in a dialog that starts on "keep"."""

import reflex as rx


def confirmed_button(
    label: str,
    question,
    explanation,
    keep: str,
    on_confirm,
    color: str,
    confirm_label=None,
    on_open_change=None,
    **trigger_props,
) -> rx.Component:
    """`label` opens the dialog; its button `confirm_label` (by default the same name) runs `on_confirm`.
    `on_open_change(is_open)`, when given, hears the dialog open and close."""
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(rx.button(label, color_scheme=color, **trigger_props)),
        rx.alert_dialog.content(
            rx.alert_dialog.title(question),
            rx.alert_dialog.description(explanation),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button(keep, variant="soft", color_scheme="gray")),
                rx.alert_dialog.action(
                    # High contrast: white on Radix's solid green or gray is under 4.5:1.
                    rx.button(
                        label if confirm_label is None else confirm_label,
                        color_scheme=color,
                        high_contrast=True,
                        on_click=on_confirm,
                    )
                ),
                spacing="3",
                justify="end",
                margin_top="1em",
            ),
        ),
        **({"on_open_change": on_open_change} if on_open_change is not None else {}),
    )
