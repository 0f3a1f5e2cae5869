"""The frame every page shares: header with navigation, content column, footer."""

import reflex as rx

from support_studio.states.auth import AuthState


def _nav_link(label: str, href: str) -> rx.Component:
    return rx.link(label, href=href, size="2", weight="medium", color_scheme="gray", high_contrast=True)


def _account_menu() -> rx.Component:
    return rx.cond(
        AuthState.signed_in_name != "",
        rx.hstack(
            rx.cond(
                AuthState.signed_in_role == "agent",
                _nav_link("Queue", "/agent"),
                rx.fragment(_nav_link("Open a ticket", "/tickets/new"), _nav_link("My tickets", "/tickets")),
            ),
            rx.badge(AuthState.signed_in_name, variant="soft", id="signed-in-name"),
            rx.button("Sign out", size="1", variant="outline", on_click=AuthState.sign_out),
            spacing="4",
            align="center",
        ),
        rx.link(rx.button("Sign in", size="2"), href="/login"),
    )


def page_shell(*children: rx.Component, width: str = "1100px") -> rx.Component:
    return rx.box(
        rx.box(
            rx.hstack(
                rx.link(
                    rx.hstack(
                        rx.icon("life-buoy", size=22),
                        rx.text("Support Review Studio", weight="bold", size="4"),
                        align="center",
                        spacing="2",
                    ),
                    href="/",
                    underline="none",
                    color_scheme="gray",
                    high_contrast=True,
                ),
                rx.spacer(),
                _nav_link("Support Standards", "/"),
                _account_menu(),
                align="center",
                spacing="5",
                max_width=width,
                margin="0 auto",
                padding="0.9em 1.5em",
            ),
            border_bottom=f"1px solid {rx.color('gray', 5)}",
            background=rx.color("gray", 1),
            position="sticky",
            top="0",
            z_index="10",
        ),
        rx.box(*children, max_width=width, margin="0 auto", padding="2em 1.5em 4em"),
        rx.box(
            rx.text(
                "Support is handled through tickets. Support never asks for Telegram "
                "passwords, 2FA codes, recovery keys or admin access.",
                size="1",
                color_scheme="gray",
                align="center",
            ),
            padding="1.5em",
            border_top=f"1px solid {rx.color('gray', 4)}",
        ),
        min_height="100vh",
        background=rx.color("gray", 2),
        # Lets browser tests wait for the websocket before they type.
        data_hydrated=rx.cond(rx.State.is_hydrated, "yes", "no"),
    )


def section_heading(eyebrow: str, title: str, intro: str = "") -> rx.Component:
    return rx.vstack(
        rx.text(eyebrow.upper(), size="1", weight="bold", color_scheme="indigo", letter_spacing="0.08em"),
        rx.heading(title, size="6"),
        rx.cond(intro != "", rx.text(intro, color_scheme="gray", size="3", max_width="760px")),
        spacing="2",
        margin_bottom="1em",
    )


def card_grid(*cards: rx.Component, columns: str = "4") -> rx.Component:
    return rx.grid(*cards, columns=rx.breakpoints(initial="1", sm="2", md=columns), spacing="4", width="100%")


def numbered_card(number: str, title: str, text: str, color: str = "indigo") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.badge(number, color_scheme=color, variant="soft", size="2"),
            rx.text(title, weight="bold", size="3"),
            rx.text(text, size="2", color_scheme="gray"),
            spacing="2",
        ),
        size="2",
    )
