"""What a browser sees when a handler fails: a reference, never the exception.
The detail is logged on the server under the same reference, and every log
record, the app's and Reflex's, is screened first (see screen_log_records)."""

import logging
import secrets
import traceback

import reflex as rx

from support_studio import screening

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


def _screened(text: str) -> str:
    """`text` with what screening flags replaced by "[removed]"."""
    return screening.redact(text, screening.scan(text), "[removed]")


class _UnwrappedRecord(logging.LogRecord):
    """A record Reflex's terminal handler prints unwrapped. Rich wraps a long line at
    the terminal's width (80 columns when the output is a file), and a wrapped piece of
    a client's value would start at the left margin like a record of its own. The
    handler passes the record's `rich_kwargs` to Rich; Reflex sets them as an `extra`,
    so they are a property here (an `extra` may not overwrite an attribute)."""

    @property
    def rich_kwargs(self) -> dict:
        return {**self.__dict__.get("_rich_kwargs", {}), "soft_wrap": True}

    @rich_kwargs.setter
    def rich_kwargs(self, value: dict) -> None:
        self.__dict__["_rich_kwargs"] = value


def _screened_record_factory(make_record):
    def make(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if type(record) is logging.LogRecord:
            record.__class__ = _UnwrappedRecord
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record that can't be formatted is logged as it is
            return record
        # One line per record: a client's value can't add a line that looks like the app's.
        screened = _screened(message).replace("\r", "\\r").replace("\n", "\\n")
        if screened != message:  # else msg and args stay, for formatters that read args (uvicorn's access log)
            record.msg, record.args = screened, ()
        if record.exc_info and record.exc_info[1] is not None:
            # A traceback has its own lines: each is marked as the record's, so a newline in
            # an exception's message can't start what looks like a record of its own. It goes
            # into the message, screened, and the exception itself is dropped: Reflex's handlers
            # format `exc_info` themselves, past `exc_text` ("KeyError: 'No registered handler
            # found for event: …'" carries a client's event name; outside attack round 10).
            trace = _screened("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
            record.msg = screened + "\n" + "\n".join("  | " + line for line in trace.split("\n"))
            record.args, record.exc_info, record.exc_text = (), None, None
        return record

    return make


def screen_log_records() -> None:
    """Every log record from now on is screened like a ticket: Reflex logs an event's
    arguments when they are not what the handler takes ("Error transforming event
    argument 'order_id' with value '…'"), and any client can send such an event.
    Text screening flags never reaches a log."""
    logging.setLogRecordFactory(_screened_record_factory(logging.getLogRecordFactory()))
