"""Sign in, for customers and agents alike."""

import reflex as rx

from support_studio.components.layout import page_shell
from support_studio.states.auth import SignInState


def login_page() -> rx.Component:
    return page_shell(
        rx.center(
            rx.card(
                rx.form(
                    rx.vstack(
                        rx.heading("Sign in", size="6"),
                        rx.text("Sign in to open a ticket or follow your tickets.", color_scheme="gray", size="2"),
                        rx.text("Username", as_="label", size="2", weight="medium", html_for="username"),
                        rx.input(id="username", name="username", auto_complete="username", width="100%", max_length=64),
                        rx.text("Password", as_="label", size="2", weight="medium", html_for="password"),
                        rx.input(
                            id="password", name="password", type="password",
                            auto_complete="current-password", width="100%", max_length=256,
                        ),
                        rx.cond(
                            SignInState.sign_in_error != "",
                            rx.text(SignInState.sign_in_error, color_scheme="red", size="2", id="sign-in-error"),
                        ),
                        rx.button("Sign in", type="submit", width="100%", loading=SignInState.signing_in, id="sign-in"),
                        spacing="3",
                        width="100%",
                    ),
                    on_submit=SignInState.sign_in,
                    reset_on_submit=False,
                ),
                size="4",
                width="100%",
                max_width="420px",
            ),
            padding_y="3em",
        ),
    )


PAGE = dict(route="/login", title="Sign in | Support Review Studio", on_load=SignInState.check_session)
