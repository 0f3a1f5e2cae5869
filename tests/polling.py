"""Waiting for something another process does (a push, a write) without a fixed sleep."""

import time


def wait_for(condition, seconds: float = 10) -> bool:
    """True as soon as `condition()` is; False if it is still false after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False
