"""The frame every page shares: a header with the navigation (a menu on a
phone), the main content and a footer, as landmarks a screen reader can jump
between."""

import reflex as rx

from support_studio import routes
from support_studio.asset_cache import versioned
from support_studio.components.plain import stack
from support_studio.states.auth import AuthState

# Breakpoint values for rx display props: hidden or shown from the md (768px) width.
WIDE_ONLY = rx.breakpoints(initial="none", md="flex")
NARROW_ONLY = rx.breakpoints(initial="flex", md="none")


def _links() -> list[tuple[str, str, object]]:
    """(label, href, shown) of every navigation link."""
    agent = AuthState.signed_in_role == "agent"
    customer = AuthState.signed_in_role == "customer"
    return [
        ("Queue", routes.QUEUE, agent),
        ("Open a ticket", routes.NEW_TICKET, customer),
        ("My tickets", routes.MY_TICKETS, customer),
        ("Support Standards", routes.STANDARDS, True),
    ]


def _current(href: str):
    """`aria-current` of a link to `href`: a screen reader says which page this is
    (Reflex names the "/" page "/index")."""
    path = AuthState.router.page.path
    here = (path == href) | (path == "/index") if href == routes.STANDARDS else path == href
    return rx.cond(here, "page", "false")


def _inline_nav() -> rx.Component:
    return rx.hstack(
        *[
            rx.cond(
                shown,
                rx.link(
                    label,
                    href=href,
                    size="2",
                    weight="medium",
                    color_scheme="gray",
                    high_contrast=True,
                    aria_current=_current(href),
                ),
            )
            for label, href, shown in _links()
        ],
        rx.cond(
            AuthState.signed_in_name != "",
            rx.hstack(
                rx.badge(AuthState.signed_in_name, variant="soft", id="signed-in-name"),
                rx.button("Sign out", size="1", variant="outline", on_click=AuthState.sign_out),
                spacing="3",
                align="center",
            ),
            rx.link("Sign in", href=routes.SIGN_IN, size="2", weight="bold"),
        ),
        spacing="4",
        align="center",
        display=WIDE_ONLY,
    )


def _menu() -> rx.Component:
    return rx.box(
        # Not modal: a modal menu hides the page from screen readers with aria-hidden
        # while its links stay focusable (axe: aria-hidden-focus).
        rx.menu.root(
            rx.menu.trigger(rx.button(rx.icon("menu", aria_hidden="true"), "Menu", variant="soft", size="2")),
            rx.menu.content(
                rx.cond(
                    AuthState.signed_in_name != "",
                    rx.text(
                        "Signed in as ",
                        AuthState.signed_in_name,
                        size="1",
                        color_scheme="gray",
                        padding="0.25em 0.75em",
                    ),
                ),
                *[
                    rx.cond(shown, rx.menu.item(label, on_click=rx.redirect(href), aria_current=_current(href)))
                    for label, href, shown in _links()
                ],
                rx.menu.separator(),
                rx.cond(
                    AuthState.signed_in_name != "",
                    rx.menu.item("Sign out", on_click=AuthState.sign_out),
                    rx.menu.item("Sign in", on_click=rx.redirect(routes.SIGN_IN)),
                ),
            ),
            modal=False,
        ),
        display=NARROW_ONLY,
    )


def page_shell(*children: rx.Component, width: str = "1100px") -> rx.Component:
    """Every page's content goes in <main>; each page brings its one <h1>."""
    return rx.box(
        # A sign-in that ended while the page was open: to the sign-in page, which says so.
        rx.cond(AuthState.sign_in_ended, rx.box(on_mount=AuthState.sign_in_again, display="none")),
        # The browser only scrolls to a fragment; focus moves with set_focus.
        rx.el.a("Skip to content", href="#main", class_name="sr-only skip-link", on_click=rx.set_focus("main")),
        rx.el.header(
            rx.hstack(
                rx.link(
                    rx.hstack(
                        rx.image(src=versioned("/logo.svg"), alt="", width="28px", height="28px"),
                        rx.text("Support Review Studio", weight="bold", size="4", class_name="brand-name"),
                        align="center",
                        spacing="2",
                    ),
                    href=routes.STANDARDS,
                    underline="none",
                    color_scheme="gray",
                    high_contrast=True,
                ),
                rx.spacer(),
                rx.el.nav(_inline_nav(), _menu(), aria_label="Main"),
                align="center",
                spacing="4",
                max_width=width,
                margin="0 auto",
                padding=rx.breakpoints(initial="0.7em 1em", md="0.9em 1.5em"),
            ),
            border_bottom=f"1px solid {rx.color('gray', 5)}",
            background=rx.color("gray", 1),
            position="sticky",
            top="0",
            z_index="10",
        ),
        rx.el.main(
            *children,
            id="main",
            tab_index=-1,  # the skip link moves focus here, not only the view
            max_width=width,
            margin="0 auto",
            padding=rx.breakpoints(initial="1.25em 1em 3em", md="2em 1.5em 4em"),
        ),
        rx.el.footer(
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
        overflow_x="clip",
        # Lets browser tests wait for the websocket before they type.
        data_hydrated=rx.cond(rx.State.is_hydrated, "yes", "no"),
    )


def ticket_columns(
    *main: rx.Component, side: rx.Component, side_width: str, main_spacing: str = "4", **props
) -> rx.Component:
    """A ticket (or the studio's form) in a wide column, its details beside it
    (stacked on a phone); `props` go on the grid."""
    return rx.el.div(
        stack(*main, gap=main_spacing, full_width=True, class_name="shrinkable"),
        side,
        class_name="ticket-columns",
        style={"--side-width": side_width},
        **props,
    )


def section_heading(eyebrow: str, title: str, intro: str = "") -> rx.Component:
    return rx.vstack(
        rx.text(eyebrow.upper(), size="1", weight="bold", color_scheme="indigo", letter_spacing="0.08em"),
        rx.heading(title, as_="h2", size="6"),
        *([rx.text(intro, color_scheme="gray", size="3", max_width="760px")] if intro else []),
        spacing="2",
        margin_bottom="1em",
    )


def card_grid(*cards: rx.Component, columns: str = "4") -> rx.Component:
    return rx.grid(*cards, columns=rx.breakpoints(initial="1", sm="2", md=columns), spacing="4", width="100%")


def numbered_card(number: str, title: str, text: str, color: str = "indigo", level: str = "h3") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.badge(number, color_scheme=color, variant="soft", size="2"),
            rx.heading(title, as_=level, size="3"),
            rx.text(text, size="2", color_scheme="gray"),
            spacing="2",
        ),
        size="2",
    )


def link_button(label: str, href: str, **props) -> rx.Component:
    """A link that looks like a button (one control, not a button inside a link)."""
    return rx.button(rx.link(label, href=href, underline="none"), as_child=True, **props)
