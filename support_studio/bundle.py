"""A build plugin: the icons every page uses come in one chunk. Left to itself
the bundler gives each Lucide icon its own file, so a page with a dozen icons
waits for a dozen requests before it can start."""

import reflex as rx

_GROUP = '{ test: /lucide-react/, name: "icons" },'
_ANCHOR = 'name: "reflex-env",\n            },'


def _group_icons(vite_config: str) -> str:
    if _GROUP in vite_config or _ANCHOR not in vite_config:
        return vite_config
    return vite_config.replace(_ANCHOR, f"{_ANCHOR}\n            {_GROUP}")


class GroupIconChunks(rx.plugins.Plugin):
    def pre_compile(self, **context) -> None:
        context["add_modify_task"]("vite.config.js", _group_icons)
