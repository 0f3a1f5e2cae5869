"""Radix Themes' stack and text, written as the plain element with the classes
Radix would give it. The page looks the same; the browser does far less: a
Radix Flex or Text is several React components and a pass over its props each,
and the studio draws a few hundred of them when its data comes in."""

import reflex as rx


def _classes(*names: str) -> str:
    return " ".join(name for name in names if name)


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
        props["data_accent_color"] = color
    return rx.el.p(
        *children,
        class_name=_classes(
            "rt-Text", f"rt-r-size-{size}" if size else "", f"rt-r-weight-{weight}" if weight else "", class_name
        ),
        **props,
    )
