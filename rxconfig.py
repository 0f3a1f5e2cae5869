import os

import reflex as rx

from support_studio.bundle import GroupSharedChunks

# Several Reflex workers share state through Redis (REFLEX_REDIS_URL); a single
# worker keeps it in memory, so drafts never touch the disk (.states/).
state_manager_mode = "redis" if os.environ.get("REFLEX_REDIS_URL") else "memory"

# A link that goes silent (a phone between cells) is noticed by both ends within 20 s, not
# Reflex's 145 s: until then the page sends edits into a dead socket and says nothing.
os.environ.setdefault("REFLEX_SOCKET_INTERVAL", "10")
os.environ.setdefault("REFLEX_SOCKET_TIMEOUT", "10")

config = rx.Config(
    app_name="support_studio",
    # REFLEX_DB_URL / REFLEX_ASYNC_DB_URL override this (e.g. PostgreSQL).
    db_url="sqlite:///support_studio.db",
    state_manager_mode=state_manager_mode,
    # A tab's state (memory or Redis) is dropped this long after its last event;
    # in Redis every state key carries this expiry (REFLEX_REDIS_TOKEN_EXPIRATION).
    # What it holds is rebuilt from the database on the next page load, and a
    # draft is saved there too, so expiry loses nothing.
    redis_token_expiration=60 * 60,
    # How long (ms) one event may hold a tab's state lock in Redis before another
    # worker may take it, and when to warn that an event held it too long.
    redis_lock_expiration=10_000,
    redis_lock_warning_threshold=1_000,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    plugins=[
        rx.plugins.RadixThemesPlugin(theme=rx.theme(accent_color="indigo", gray_color="slate", radius="medium")),
        GroupSharedChunks(),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
