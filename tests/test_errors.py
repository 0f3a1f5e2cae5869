"""Log records are screened and kept on one line, without breaking formatters."""

import logging

from support_studio.errors import _screened_record_factory

make_record = _screened_record_factory(logging.LogRecord)


def record(message: str, *args) -> logging.LogRecord:
    return make_record("uvicorn.access", logging.INFO, __file__, 1, message, args, None)


def test_a_clean_record_keeps_its_arguments_for_formatters_that_read_them():
    access = record('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "OPTIONS", "/_upload", "1.1", 200)
    assert access.args == ("127.0.0.1:5000", "OPTIONS", "/_upload", "1.1", 200)  # uvicorn's formatter unpacks them
    assert access.getMessage() == '127.0.0.1:5000 - "OPTIONS /_upload HTTP/1.1" 200'


def test_a_record_with_a_secret_or_a_new_line_becomes_one_screened_line():
    forged = record("value %r", "my telegram password is Tulip#2024x\nERROR Handler failed (reference FORGED)")
    assert forged.args == ()
    assert "Tulip" not in forged.getMessage() and "\n" not in forged.getMessage()


def test_reflexs_terminal_handler_prints_a_long_record_on_one_line(capsys):
    """Rich wraps at 80 columns when the output is not a terminal: a client's value
    wrapped onto a line of its own would look like a record of the app's."""
    from reflex_base.utils.log import RichConsoleHandler

    logger = logging.getLogger("test_errors.unwrapped")
    logger.propagate, logger.handlers = False, [RichConsoleHandler()]
    previous = logging.getLogRecordFactory()
    logging.setLogRecordFactory(_screened_record_factory(previous))
    try:
        value = "x" * 70 + " Info: ticket 12 closed by sam"
        logger.warning("Error transforming event argument 'order_id' with value '%s'", value)
        logger.warning("with markup options", extra={"rich_kwargs": {"highlight": False}})
    finally:
        logging.setLogRecordFactory(previous)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].endswith("closed by sam'"), lines


def test_a_traceback_reaches_reflexs_terminal_handler_screened(capsys):
    """Reflex's handler formats an exception itself: a client's event name in it is screened too."""
    from reflex_base.utils.log import RichConsoleHandler

    logger = logging.getLogger("test_errors.traceback")
    logger.propagate, logger.handlers = False, [RichConsoleHandler()]
    previous = logging.getLogRecordFactory()
    logging.setLogRecordFactory(_screened_record_factory(previous))
    try:
        try:
            raise KeyError("No registered handler found for event: state.my telegram password is Kiwi9A77Q")
        except KeyError:
            logger.exception("Error processing event queue entry")
    finally:
        logging.setLogRecordFactory(previous)
    out = "".join(capsys.readouterr())
    assert "KeyError" in out and "Error processing event queue entry" in out
    assert "Kiwi9A77Q" not in out
