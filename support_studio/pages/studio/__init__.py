"""Support Review Studio: the guided new-ticket form, its live checklist and the
do-not-send guard. state: the draft and what derives from it; draft_store: the
unsent draft in the database; views: the page."""

from support_studio import routes
from support_studio.pages.studio.state import StudioState
from support_studio.pages.studio.views import studio_page

PAGE = dict(
    route=routes.NEW_TICKET,
    title="Open a ticket | Support Review Studio",
    on_load=StudioState.load_studio,
)

__all__ = ["PAGE", "StudioState", "studio_page"]
