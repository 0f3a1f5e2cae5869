"""The seed's "What support does not need" list, shown on the standards page
and always visible in the studio and the thread."""

import reflex as rx

from support_studio import standards


def do_not_send_list(size: str = "2") -> rx.Component:
    return rx.vstack(
        *[
            rx.hstack(
                rx.badge("!", color_scheme="red", variant="solid", radius="full", size="2"),
                rx.vstack(
                    rx.text(title, weight="bold", size=size, as_="p"),
                    rx.text(text, size="1" if size == "1" else "2", color_scheme="gray"),
                    spacing="0",
                ),
                align="start",
                spacing="3",
            )
            for title, text in standards.DO_NOT_SEND
        ],
        spacing="3",
    )


def do_not_send_reminder() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("shield-alert", color=rx.color("red", 9), aria_hidden="true"),
                rx.heading("Never send", as_="h2", size="3"),
            ),
            do_not_send_list(size="1"),
            spacing="3",
        ),
        id="do-not-send",
        size="1",
    )
