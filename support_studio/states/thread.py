"""The reply box of a ticket thread, for the customer's page and the agent's
workspace: screened on every edit, like the studio's fields, and never echoing
the text back (the textarea is uncontrolled). A flagged reply is kept only
without its flagged spans."""

import reflex as rx

from support_studio import screening
from support_studio.states.alerts import ScreeningAlert
from support_studio.text_hygiene import text_argument
from support_studio.ticket_quality import SUMMARY_MAX

REPLY_INPUT_ID = "reply"


class ReplyComposer(rx.State, mixin=True):
    """Subclasses say who may reply (`_composer`) and how replies are screened."""

    reply_alerts: list[ScreeningAlert] = []
    reply_error: str = ""
    reply_length: int = 0

    _reply: str = ""
    _previous: str = ""  # the author's last message: a secret split over two is caught

    def _composer(self):
        raise NotImplementedError

    def _reply_findings(self, text: str) -> list[screening.Finding]:
        return screening.scan_context(self._previous, text)

    def _explain(self, findings: list[screening.Finding]) -> str:
        return screening.describe(findings)

    async def _reply_typed(self, account) -> None:
        """Hook: called after each edit of the reply."""

    def _take_reply(self, value: str) -> None:
        findings = self._reply_findings(value) if value.strip() else []
        alerts = (
            [ScreeningAlert.from_findings("reply", "Your reply", value, findings, self._explain(findings))]
            if findings
            else []
        )
        self._reply = screening.redact(value, findings) if findings else value
        if alerts != self.reply_alerts:
            self.reply_alerts = alerts
        error = f"Keep a message under {SUMMARY_MAX:,} characters." if len(value) > SUMMARY_MAX else ""
        if error != self.reply_error:
            self.reply_error = error
        if len(value.strip()) != self.reply_length:
            self.reply_length = len(value.strip())

    def _clear_reply(self) -> list[rx.event.EventSpec]:
        self._reply, self.reply_alerts, self.reply_error, self.reply_length = "", [], "", 0
        return [rx.set_value(REPLY_INPUT_ID, "")]

    @rx.event
    async def edit_reply(self, value: str):
        value = text_argument(value, SUMMARY_MAX + 64)
        account = self._composer()
        if value is not None and account is not None:
            self._take_reply(value)
            await self._reply_typed(account)

    @rx.event
    def remove_flagged(self, _field: str = ""):
        """The alert's "Remove it": the reply keeps its text without the flagged spans."""
        if self._composer() is None:
            return
        cleaned = self._reply
        self._take_reply(cleaned)
        return rx.set_value(REPLY_INPUT_ID, cleaned)
