"""Every path of the app and every URL built from one. Plain Python (no Reflex):
pages register these routes, links and redirects call the builders, and nothing
else writes a route string. The builders also accept Reflex vars (an f-string
of a var is a var), so components use them as they are."""

import re
from urllib.parse import quote

STANDARDS = "/"
SIGN_IN = "/login"
MY_TICKETS = "/tickets"
NEW_TICKET = "/tickets/new"
QUEUE = "/agent"
# Dynamic segments: the page reads the ticket number from this parameter.
TICKET_PARAM = "ticket_number"
TICKET = f"/tickets/[{TICKET_PARAM}]"
AGENT_TICKET = f"/agent/tickets/[{TICKET_PARAM}]"
# Attachments are served by a plain HTTP route, outside the pages.
FILES = "/files"


def ticket(number) -> str:
    return f"/tickets/{number}"


def agent_ticket(number) -> str:
    return f"/agent/tickets/{number}"


def file(file_id, thumbnail: bool = False) -> str:
    return f"{FILES}/{file_id}" + ("/thumb" if thumbnail else "")


def landing(role: str) -> str:
    """Where a person lands after signing in."""
    return QUEUE if role == "agent" else NEW_TICKET


# A same-site path: one leading "/", then no "/" or "\" (which browsers read as
# "//", another host), and only printable ASCII without a scheme-like start.
_SAME_SITE_PATH = re.compile(r"/(?![/\\])[\x21-\x7e]{0,500}")


def safe_next(path: str, role: str) -> str:
    """Where to go after signing in: `path` if it is a same-site path, else the landing page."""
    if not isinstance(path, str) or not _SAME_SITE_PATH.fullmatch(path) or "\\" in path:
        return landing(role)
    return path


def sign_in(next_path: str = "", signed_out: bool = False) -> str:
    """The sign-in page, coming back to `next_path` afterwards; `signed_out`: the
    page says the person is signed out (they were, by their own hand or elsewhere)."""
    query = [*(["signed_out=1"] if signed_out else []), *([f"next={quote(next_path, safe='/')}"] if next_path else [])]
    return f"{SIGN_IN}?{'&'.join(query)}" if query else SIGN_IN
