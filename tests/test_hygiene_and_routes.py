"""Unit tests for text hygiene, same-site redirects, routes and what pages import."""

import pytest

from support_studio import routes
from support_studio.text_hygiene import clean_text, text_argument


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b", "ab"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
        ("tab\tkept\nnewline kept", "tab\tkept\nnewline kept"),
        ("\u202egnp.exe", "gnp.exe"),
        ("x\u2066y\u2069z\u202a\u202b\u202c\u202d", "xyz"),
        ("bell\x07 esc\x1b del\x7f c1\x85", "bell esc del c1"),
        ("Привет, مرحبا 👋", "Привет, مرحبا 👋"),
    ],
)
def test_clean_text_removes_controls_and_bidi_overrides(raw, clean):
    assert clean_text(raw) == clean


def test_text_argument_refuses_non_text_and_caps_length():
    assert text_argument(None, 10) is None
    assert text_argument(["a"], 10) is None
    assert text_argument({"a": 1}, 10) is None
    assert text_argument("x" * 1000, 10) == "x" * 10
    assert text_argument("a\x00b", 10) == "ab"


@pytest.mark.parametrize(
    "path",
    ["/tickets/12", "/agent", "/tickets?x=1", "/agent/tickets/5#note"],
)
def test_same_site_paths_are_kept_after_sign_in(path):
    assert routes.safe_next(path, "customer") == path


@pytest.mark.parametrize(
    "path",
    [
        "",
        "//evil.example",
        "/\\evil.example",
        "/\\/evil.example",
        "https://evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/tickets\n/x",
        "/tickets\x00",
        "/ tickets",
        "\\\\evil.example",
        None,
        42,
    ],
)
def test_anything_else_lands_on_the_role_landing_page(path):
    assert routes.safe_next(path, "agent") == routes.QUEUE
    assert routes.safe_next(path, "customer") == routes.NEW_TICKET


def test_url_builders():
    assert routes.ticket(12) == "/tickets/12"
    assert routes.agent_ticket(12) == "/agent/tickets/12"
    assert routes.sign_in("/tickets/12") == "/login?next=/tickets/12"
    assert routes.sign_in(signed_out=True) == "/login?signed_out=1"
    assert routes.sign_in("/tickets/new", signed_out=True) == "/login?signed_out=1&next=/tickets/new"
    assert routes.file("abc", thumbnail=True) == "/files/abc/thumb"


def test_every_page_names_its_icons():
    """An icon whose name is computed in the browser (DynamicIcon) makes the
    build ship every lucide icon, about 700 KB, to every page."""
    from support_studio.support_studio import app

    for route, page in app._unevaluated_pages.items():
        component = page.component() if callable(page.component) else page.component
        imports = component._get_all_imports()
        tags = {str(item.tag) for library, items in imports.items() if "lucide" in library for item in items}
        assert "DynamicIcon" not in tags, route
