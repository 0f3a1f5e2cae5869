"""What a browser sees when a handler fails: a reference, never the exception.
The detail is logged on the server under the same reference."""

import logging
import secrets

import reflex as rx

logger = logging.getLogger("support_studio")
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to read out


def new_reference() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(6))


def backend_exception_handler(exception: Exception) -> rx.event.EventSpec:
    reference = new_reference()
    logger.error("Handler failed (reference %s)", reference, exc_info=exception)
    return rx.toast.error(
        f"Something went wrong (reference {reference}). Please try again; if it keeps happening, "
        "give support this reference.",
        id="backend-error",
        position="top-center",
    )


def frontend_exception_handler(exception: Exception) -> None:
    logger.warning("Browser reported an error: %s", exception)
