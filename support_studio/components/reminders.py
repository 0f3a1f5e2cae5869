"""The seed's "What support does not need" list, shown on the standards page
and always visible in the studio and the thread."""

import reflex as rx

from support_studio import standards
from support_studio.components.plain import badge, card, heading, stack, text


def do_not_send_list(size: str = "2") -> rx.Component:
    return stack(
        *[
            stack(
                badge("!", color="red", variant="solid", size="2", data_radius="full", aria_hidden="true"),
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
    return card(
        stack(
            stack(
                rx.icon("shield-alert", color=rx.color("red", 9), aria_hidden="true"),
                heading("Never send", size="3"),
                direction="row",
            ),
            do_not_send_list(size="1"),
        ),
        id="do-not-send",
    )
