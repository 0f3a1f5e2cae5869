"""Support Standards: the published page the product grew from."""

import reflex as rx

from support_studio import routes, standards
from support_studio.components.layout import card_grid, link_button, numbered_card, page_shell, section_heading
from support_studio.components.reminders import do_not_send_list
from support_studio.states.auth import AuthState


def _hero() -> rx.Component:
    return rx.vstack(
        rx.heading("Support Standards", as_="h1", size="8"),
        rx.text(standards.INTRO, size="4", color_scheme="gray", max_width="780px"),
        rx.hstack(
            link_button("Open a ticket", routes.NEW_TICKET, size="3"),
            link_button("My tickets", routes.MY_TICKETS, size="3", variant="soft"),
            spacing="3",
        ),
        card_grid(*_numbered_cards(standards.SHORT_STANDARDS, "indigo", level="h2")),  # straight under the h1
        spacing="5",
        margin_bottom="3em",
    )


def _checklist_card(mark: str, color: str, title: str, text: str) -> rx.Component:
    return rx.hstack(
        rx.badge(mark, color_scheme=color, variant="solid", radius="full", size="2"),
        rx.vstack(rx.text(title, weight="bold"), rx.text(text, size="2", color_scheme="gray"), spacing="1"),
        align="start",
        spacing="3",
    )


def _good_ticket() -> rx.Component:
    return rx.card(
        section_heading(
            "Better ticket checklist",
            "What a good ticket includes",
            "A clear support ticket helps the team review the issue faster and with fewer follow-up questions.",
        ),
        rx.vstack(*[_checklist_card("✓", "green", t, d) for t, d in standards.GOOD_TICKET], spacing="4"),
        size="3",
    )


# A card like _good_ticket, holding the shared do-not-send list instead of checklist rows.
def _do_not_send() -> rx.Component:
    return rx.card(
        section_heading(
            "Do not send",
            "What support does not need",
            "Support can review normal orders with dashboard records and public Telegram details. "
            "Private account access is not required.",
        ),
        do_not_send_list(),
        size="3",
    )


def _numbered_cards(items: list[tuple[str, str]], color: str, level: str = "h3") -> list[rx.Component]:
    return [
        numbered_card(f"0{i}", title, text, color=color, level=level) for i, (title, text) in enumerate(items, start=1)
    ]


def _card_section(heading: rx.Component, cards: list[rx.Component], **props) -> rx.Component:
    return rx.box(heading, card_grid(*cards), **props)


def _numbered_section(eyebrow: str, title: str, intro: str, items, color: str, **props) -> rx.Component:
    return _card_section(section_heading(eyebrow, title, intro), _numbered_cards(items, color), **props)


def _boundaries() -> rx.Component:
    return _card_section(
        section_heading("Support boundaries", "What support can and cannot guarantee", standards.BOUNDARIES_INTRO),
        [
            numbered_card(letter, title, text, color="green" if can else "orange")
            for letter, title, text, can in standards.BOUNDARIES
        ],
        margin_bottom="3em",
    )


def standards_page() -> rx.Component:
    return page_shell(
        _hero(),
        _numbered_section(
            "8 Support Standards",
            "How customer help is reviewed",
            standards.STANDARDS_INTRO,
            standards.STANDARDS,
            "violet",
            margin_bottom="3em",
        ),
        rx.grid(_good_ticket(), _do_not_send(), columns=rx.breakpoints(initial="1", md="2"), spacing="5"),
        _numbered_section(
            "Review flow",
            "How a support ticket is reviewed",
            standards.REVIEW_FLOW_INTRO,
            standards.REVIEW_FLOW,
            "cyan",
            margin_y="3em",
        ),
        _boundaries(),
        rx.card(
            rx.vstack(
                rx.heading("Need help with an order?", as_="h2", size="6"),
                rx.text(standards.CALL_TO_ACTION, color_scheme="gray", size="3"),
                link_button("Open a ticket", routes.NEW_TICKET, size="3"),
                spacing="3",
                align="center",
                text_align="center",
            ),
            size="4",
        ),
    )


PAGE = dict(route=routes.STANDARDS, title="Support Standards | Support Review Studio", on_load=AuthState.load_public)
