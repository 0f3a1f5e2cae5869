"""RevisionWatcher: reloads a page's data when a live channel's revision changes."""

import reflex as rx
from reflex_base.components.component import field
from reflex_base.event import EventChain, EventHandler, no_args_event_spec
from reflex_base.utils.format import format_prop, wrap
from reflex_base.vars import get_unique_variable_name
from reflex_base.vars.base import Var, VarData


class RevisionWatcher(rx.Fragment):
    """Renders nothing; calls on_change each time `revision` changes after the
    first render (the page's own load already showed the data it started with)."""

    revision: Var[int | str] = field(doc="The value watched: a channel's revision, a saved choice.")
    on_change: EventHandler[no_args_event_spec] = field(doc="Called when the revision changes.")

    def _exclude_props(self) -> list[str]:
        return [*super()._exclude_props(), "revision", "on_change"]

    def add_hooks(self) -> list[str | Var]:
        on_change = self.event_triggers.get("on_change")
        if on_change is None:
            return []
        if isinstance(on_change, EventChain):
            on_change = wrap(str(format_prop(on_change)).strip("{}"), "(")
        seen = f"seen_{get_unique_variable_name()}"
        revision = str(self.revision)
        return [
            Var(
                f"const {seen} = useRef({revision});\n"
                f"useEffect(() => {{ if ({seen}.current !== {revision}) {{ {seen}.current = {revision}; "
                f"{on_change}(); }} }}, [{revision}]);",
                _var_data=VarData.merge(
                    self.revision._get_all_var_data(),
                    VarData(imports={"react": ["useEffect", "useRef"]}),
                ),
            )
        ]


revision_watcher = RevisionWatcher.create
