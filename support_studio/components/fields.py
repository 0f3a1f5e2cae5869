"""A labelled form field: its label tied to the control (`for`), its hint and
its error announced with the control (`aria-describedby`), and an optional
alert directly under it."""

import json

import reflex as rx

from support_studio.components.plain import stack, text


def field_error(errors, name: str) -> rx.Component:
    """A live region that is always on the page and filled when there is an error:
    one that appears already filled is often not read out."""
    return rx.el.div(
        rx.cond(errors.contains(name), text(errors[name], color="red", size="2")),
        id=f"{name}-error",
        role="status",
    )


def field_note(shown, note: str, note_id: str, color: str = "gray") -> rx.Component:
    """A note under a field, in a live region that is always on the page: it says `note`
    while `shown` (a region that appears already filled is often not read out)."""
    return text(rx.cond(shown, note, ""), size="1", color=color, id=note_id, role="status")


def limit_note(at_limit, limit: int, note_id: str, what: str = "a message") -> rx.Component:
    """Says that a box is full: the browser cuts a longer paste at `max_length` without a word."""
    note = f"This is as long as {what} can be ({limit:,} characters): anything pasted past it was left out."
    return field_note(at_limit, note, note_id)


def invalid(errors, name: str):
    """`aria-invalid` of the control `name`."""
    return rx.cond(errors.contains(name), "true", "false")


def field_label(text, for_id: str) -> rx.Component:
    """A real <label for=...> (Radix has none) in the theme's label look."""
    return rx.el.label(text, html_for=for_id, class_name="rt-Text rt-r-size-2 rt-r-weight-medium")


def labelled(label, control: rx.Component, name: str, errors, *below: rx.Component, hint: str = "") -> rx.Component:
    """`control` must carry id=name; `errors` is a dict var of field -> message."""
    return stack(
        field_label(label, name),
        *([text(hint, size="1", color="gray", id=f"{name}-hint")] if hint else []),
        control,
        *below,
        field_error(errors, name),
        gap="1",
        full_width=True,
    )


def described_by(name: str, hint: bool = False) -> str:
    return f"{name}-error" + (f" {name}-hint" if hint else "")


def shown_value(element_id: str) -> rx.Var:
    """What the element `element_id` shows when the event is sent: a button applies that, not the
    server's copy, whose last (debounced) edit may still be on its way."""
    return rx.Var(f"document.getElementById({json.dumps(element_id)}).value").to(str)


def native_select(*options: rx.Component, width: str = "auto", **props) -> rx.Component:
    """The browser's own select, in the theme's look: labelled with `for`,
    keyboard and screen-reader friendly, and simple to fill in tests."""
    return rx.el.select(
        *options, class_name="rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface", style={"width": width}, **props
    )


def search_box(
    input_id: str, label: str, on_change, placeholder: str, searched="", input_props: dict | None = None, **props
) -> rx.Component:
    """A labelled search field that searches as the person types (debounced). It shows
    `searched`, the search in force, when the page is drawn again (coming back to it).
    `input_props` go to the input (its error's aria-describedby, aria-invalid)."""
    return rx.vstack(
        field_label(label, input_id),
        rx.input(
            id=input_id,
            dir="auto",
            default_value=searched,
            on_change=on_change.debounce(200),
            placeholder=placeholder,
            type="search",
            width="100%",
            **(input_props or {}),
        ),
        spacing="1",
        **props,
    )
