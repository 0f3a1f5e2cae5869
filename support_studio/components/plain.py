"""Radix Themes' stack, text, card, badge, button, heading and radio cards,
written as the plain element with the classes Radix would give it. The page
looks the same; the browser does far less: a Radix component is several React
components and a pass over its props each, and the studio draws a few hundred
of them when its data comes in (in a new tab, before the JIT has warmed up)."""

import reflex as rx
from reflex_base.components.component import field
from reflex_base.event import EventHandler, JavascriptInputEvent
from reflex_base.vars.base import Var
from reflex_base.vars.object import ObjectVar
from reflex_components_core.el.elements.forms import Input


def _classes(*names: str) -> str:
    return " ".join(name for name in names if name)


def _accent(props: dict, color) -> dict:
    """Radix's colour prop, as the attribute its CSS reads ("" is the theme's accent)."""
    props["data_accent_color"] = color
    return props


def stack(
    *children: rx.Component,
    direction: str = "column",
    gap: str = "3",
    align: str = "start",
    full_width: bool = False,
    class_name: str = "",
    **props,
) -> rx.Component:
    """rx.vstack / rx.hstack (`direction="row"`) with `spacing=gap`."""
    return rx.el.div(
        *children,
        class_name=_classes(
            f"rt-Flex rt-r-fd-{direction} rt-r-ai-{align} rt-r-gap-{gap} rx-Stack",
            "full-width" if full_width else "",
            class_name,
        ),
        **props,
    )


def text(
    *children,
    size: str = "",
    weight: str = "",
    color: str = "",
    class_name: str = "",
    **props,
) -> rx.Component:
    """rx.text with `color_scheme=color`, as a <p>."""
    if color:
        _accent(props, color)
    return rx.el.p(
        *children,
        class_name=_classes(
            "rt-Text", f"rt-r-size-{size}" if size else "", f"rt-r-weight-{weight}" if weight else "", class_name
        ),
        **props,
    )


def heading(*children, level: str = "h2", size: str = "4", color: str = "", **props) -> rx.Component:
    """rx.heading(as_=level) with `color_scheme=color`."""
    if color:
        _accent(props, color)
    return getattr(rx.el, level)(*children, class_name=f"rt-Heading rt-r-size-{size}", **props)


def card(*children: rx.Component, size: str = "1", class_name: str = "", **props) -> rx.Component:
    """rx.card (surface variant)."""
    return rx.el.div(
        *children,
        class_name=_classes(f"rt-reset rt-BaseCard rt-Card rt-r-size-{size} rt-variant-surface", class_name),
        **props,
    )


def badge(*children, color="", size: str = "1", variant: str = "soft", class_name: str = "", **props) -> rx.Component:
    """rx.badge with `color_scheme=color` (a string or a var)."""
    return rx.el.span(
        *children,
        class_name=_classes(f"rt-reset rt-Badge rt-r-size-{size} rt-variant-{variant}", class_name),
        **_accent(props, color),
    )


def button(*children, size: str = "2", variant: str = "soft", color: str = "", class_name: str = "", **props):
    """rx.button with `color_scheme=color`; a plain button, never a form's submit."""
    return rx.el.button(
        *children,
        type="button",
        class_name=_classes(f"rt-reset rt-BaseButton rt-r-size-{size} rt-variant-{variant} rt-Button", class_name),
        **_accent(props, color),
    )


def _date_event(e: ObjectVar[JavascriptInputEvent]) -> tuple[Var[str], Var[bool]]:
    """The date, and whether one of its parts is half typed (the browser then says "", which is
    not "no date")."""
    return e.target.value, Var(f"{e}.target.validity.badInput", _var_type=bool)


class DateInput(Input):
    """<input type="date"> whose change and blur also say whether a part of the date is half typed."""

    on_change: EventHandler[_date_event] = field(doc="The date changed: (value, half_typed).")
    on_blur: EventHandler[_date_event] = field(doc="The field was left: (value, half_typed).")


def text_box(**props) -> rx.Component:
    """rx.input at full width, or rx.text_area when `rows` is given (a DateInput for
    type="date"). Free text sets its own direction (dir="auto"): Arabic and Persian run
    right to left."""
    props.setdefault("dir", "auto")
    if "rows" in props:
        return rx.el.div(
            rx.el.textarea(class_name="rt-reset rt-TextAreaInput", **props),
            class_name="rt-TextAreaRoot rt-r-size-2 rt-variant-surface full-width",
        )
    element = DateInput.create if props.get("type") == "date" else rx.el.input
    return rx.el.div(
        element(class_name="rt-reset rt-TextFieldInput", **props),
        class_name="rt-TextFieldRoot rt-r-size-2 rt-variant-surface full-width",
    )


def radio_cards(name: str, label: str, choices: list[tuple[str, str, str]], value, on_pick) -> rx.Component:
    """rx.radio_cards as the browser's own radio group: each card a <label> whose
    radio covers it (arrow keys move between them; a screen reader hears a radio
    group named `label`, each radio named by its title and described by its
    detail). `choices` are (value, title, detail); `on_pick(value)` is the event
    a choice sends."""
    return rx.el.div(
        *[
            rx.el.label(
                rx.el.input(
                    type="radio",
                    name=name,
                    value=key,
                    id=f"{name}-{key}",
                    checked=value == key,
                    on_change=on_pick(key),
                    aria_labelledby=f"{name}-{key}-title",
                    aria_describedby=f"{name}-{key}-detail",
                    class_name="card-radio",
                ),
                stack(
                    text(title, weight="bold", size="2", id=f"{name}-{key}-title"),
                    text(detail, size="1", color="gray", id=f"{name}-{key}-detail"),
                    gap="1",
                    full_width=True,
                ),
                class_name="rt-reset rt-BaseCard rt-RadioCardsItem choice-card",
                data_state=rx.cond(value == key, "checked", "unchecked"),
            )
            for key, title, detail in choices
        ],
        role="radiogroup",
        aria_label=label,
        class_name="rt-Grid rt-RadioCardsRoot rt-r-size-1 rt-variant-surface rt-r-gtc-1 sm:rt-r-gtc-2 md:rt-r-gtc-4"
        " rt-r-gap-4 full-width",
    )
