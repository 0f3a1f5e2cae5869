"""What a page says when its connection to the server drops and when it is back, in place of
Reflex's toast, which named the websocket's address and covered the reply box on a phone
(UX audit 9, F12). One failed attempt is a blip and says nothing; two are a lost connection."""

import reflex as rx
from reflex_base.vars.base import Var, VarData
from reflex_components_core.core.banner import connect_error_var_data

LOST = "Connection lost: trying again. What you type stays on this page and is sent once it is back."
BACK = "Connected again."

_SAID_HOOK = """const [connectionSaid, setConnectionSaid] = useState("");
useEffect(() => {
  if (connectErrors.length >= 2) setConnectionSaid("lost");
  else if (connectErrors.length === 0) setConnectionSaid((said) => (said === "lost" ? "back" : said));
}, [connectErrors]);
useEffect(() => {
  if (connectionSaid !== "back") return undefined;
  const quiet = setTimeout(() => setConnectionSaid(""), 4000);
  return () => clearTimeout(quiet);
}, [connectionSaid]);"""

# "lost", "back" (for four seconds), or "".
_said = Var(
    _js_expr="connectionSaid",
    _var_type=str,
    _var_data=VarData.merge(
        connect_error_var_data, VarData(hooks={_SAID_HOOK: None}, imports={"react": ["useState", "useEffect"]})
    ),
)


@rx.memo
def connection_notice() -> rx.Component:
    """A polite status line at the top of the page: shown while the connection is lost, and
    for a moment once it is back."""
    return rx.el.div(
        rx.match(_said, ("lost", LOST), ("back", BACK), ""),
        role="status",
        id="connection-notice",
        class_name="connection-notice",
        data_said=_said,
    )
