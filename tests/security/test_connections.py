"""A tab that comes back under its own token while the server still holds its old connection.
Reflex takes any second connection with a token for a copy of the tab and gives it a new token;
a connection that stopped answering pings is the same tab coming back, not a copy."""

import time

ONE_PING_UNANSWERED = 16  # seconds: the server pings every 10 s (rxconfig), and waits 5 s more


def test_a_tab_back_from_a_silent_link_keeps_its_token(open_tab):
    gone = open_tab()
    gone.go_silent()
    time.sleep(ONE_PING_UNANSWERED)
    back = open_tab(gone.token)
    assert back.new_tokens == []
    deadline = time.monotonic() + 5
    while gone.connected and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not gone.connected  # the quiet connection was closed, not left to time out


def test_a_copy_of_an_open_tab_gets_a_token_of_its_own(open_tab):
    first = open_tab()
    time.sleep(ONE_PING_UNANSWERED)  # (its pings are answered)
    copy = open_tab(first.token)
    assert len(copy.new_tokens) == 1 and copy.new_tokens[0] != first.token
    assert first.connected
