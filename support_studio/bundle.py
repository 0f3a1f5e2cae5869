"""A build plugin: the icons and the UI components every page uses come in two
chunks. Left to itself the bundler gives each Lucide icon and each Radix
component its own file, so a page waits for some twenty requests before it can
start (the studio's load was 1.7x a blank Reflex app's, most of it that)."""

import reflex as rx

_GROUPS = (
    '{ test: /lucide-react/, name: "icons" },',
    '{ test: /@radix-ui|radix-themes/, name: "ui" },',
)
_ANCHOR = 'name: "reflex-env",\n            },'


def _group_chunks(vite_config: str) -> str:
    if _GROUPS[0] in vite_config or _ANCHOR not in vite_config:
        return vite_config
    groups = "".join(f"\n            {group}" for group in _GROUPS)
    return vite_config.replace(_ANCHOR, _ANCHOR + groups)


class GroupSharedChunks(rx.plugins.Plugin):
    def pre_compile(self, **context) -> None:
        context["add_modify_task"]("vite.config.js", _group_chunks)
