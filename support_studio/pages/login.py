"""Sign in, for customers and agents alike."""

import reflex as rx

from support_studio import accounts, routes
from support_studio.components.fields import field_label
from support_studio.components.layout import page_shell
from support_studio.states.auth import FILL_DEVICE_SCRIPT, SignInState


def login_page() -> rx.Component:
    return page_shell(
        rx.center(
            rx.card(
                rx.form(
                    rx.vstack(
                        rx.heading("Sign in", as_="h1", size="6"),
                        rx.el.div(
                            rx.cond(SignInState.signed_out, rx.text("You are signed out.", size="2", weight="medium")),
                            role="status",
                        ),
                        rx.text("Sign in to open a ticket or follow your tickets.", color_scheme="gray", size="2"),
                        field_label("Username", "username"),
                        rx.input(
                            id="username",
                            name="username",
                            auto_complete="username",
                            width="100%",
                            max_length=accounts.USERNAME_MAX,
                            aria_describedby="sign-in-error",
                        ),
                        # Two plain fields: the sign-in form has no errors per field (one message for both, by design).
                        field_label("Password", "password"),
                        rx.input(
                            id="password",
                            name="password",
                            type="password",
                            auto_complete="current-password",
                            width="100%",
                            max_length=accounts.PASSWORD_MAX,
                            aria_describedby="sign-in-error",
                        ),
                        rx.cond(
                            SignInState.sign_in_error != "",
                            rx.text(
                                SignInState.sign_in_error,
                                color_scheme="red",
                                size="2",
                                id="sign-in-error",
                                role="alert",
                            ),
                        ),
                        # What this browser kept from an earlier sign-in (see Throttle.new_device_proof).
                        rx.el.input(
                            type="hidden", name="device", id="device-proof", on_mount=rx.call_script(FILL_DEVICE_SCRIPT)
                        ),
                        rx.button("Sign in", type="submit", width="100%", loading=SignInState.signing_in),
                        spacing="3",
                        width="100%",
                    ),
                    on_submit=SignInState.sign_in,
                    reset_on_submit=False,
                ),
                size=rx.breakpoints(initial="2", sm="4"),
                width="100%",
                max_width="420px",
            ),
            padding_y="2em",
        ),
    )


PAGE = dict(route=routes.SIGN_IN, title="Sign in | Support Review Studio", on_load=SignInState.load_sign_in)
