import os

import reflex as rx

from support_studio.bundle import GroupSharedChunks

# Several Reflex workers share state through Redis (REFLEX_REDIS_URL); a single
# worker keeps it in memory, so drafts never touch the disk (.states/).
state_manager_mode = "redis" if os.environ.get("REFLEX_REDIS_URL") else "memory"

config = rx.Config(
    app_name="support_studio",
    # REFLEX_DB_URL / REFLEX_ASYNC_DB_URL override this (e.g. PostgreSQL).
    db_url="sqlite:///support_studio.db",
    state_manager_mode=state_manager_mode,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="indigo", gray_color="slate", radius="medium")
        ),
        GroupSharedChunks(),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
