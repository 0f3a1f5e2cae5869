"""The seed's "What support does not need" list, shown on the standards page
and always visible in the studio and the thread."""

import reflex as rx

from support_studio import standards
from support_studio.components.plain import stack, text


def do_not_send_list(size: str = "2") -> rx.Component:
    return stack(
        *[
            stack(
                rx.badge("!", color_scheme="red", variant="solid", radius="full", size="2"),
                stack(
                    text(title, weight="bold", size=size),
                    text(explanation, size="1" if size == "1" else "2", color="gray"),
                    gap="0",
                ),
                direction="row",
            )
            for title, explanation in standards.DO_NOT_SEND
        ],
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
