"""The reply box of a ticket thread, for the customer's page and the agent's
workspace: screened on every edit, like the studio's fields, and never echoing
the text back (the textarea is uncontrolled). A flagged reply is kept only
without its flagged spans. The reply is kept in the database as it is typed (a
reload or a reconnect starts the tab afresh, sometimes under a new token) and put
back by the page's next load, until it is sent or emptied."""

import asyncio
import json

import reflex as rx

from support_studio import evidence, reply_drafts, screening
from support_studio.states.alerts import REMOVED_NOTE, ScreeningAlert
from support_studio.states.auth import run_in_session
from support_studio.text_hygiene import text_argument
from support_studio.ticket_quality import SUMMARY_MAX

REPLY_INPUT_ID = "reply"
BACK_WITHOUT_FLAGGED = "Your reply is back without the part that looked like a password or a code."


def typed_into_box(box_id: str, new_value_js: str) -> rx.event.EventSpec:
    """Sets a box to `new_value_js` (JavaScript, with `typed`: what the box holds now) as if the
    person had typed it, so the box's own edit carries the result to the server. The server
    never writes over the box: on a slow link, keys typed after a click arrive before its
    answer, and a value the server built from its copy would remove them (UX audit 9, F3)."""
    return rx.call_script(
        f"(() => {{ const box = document.getElementById({json.dumps(box_id)}); if (!box) return;"
        f" const typed = box.value;"
        " Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value').set.call(box, "
        f"{new_value_js});"
        " box.dispatchEvent(new Event('input', { bubbles: true })); })()"
    )


def box_text_if_changed(box_id: str, known: str, edit) -> rx.event.EventSpec:
    """After a reconnect: the box's text, when it is not `known` (what the server holds), goes to
    `edit` (the box's own edit handler; null, which it ignores, when nothing differs). An edit typed
    as the link went silent was sent into a dead socket and is lost, but the box still shows it."""
    return rx.call_script(
        f"(box => box && ['INPUT', 'TEXTAREA'].includes(box.tagName) && box.value !== {json.dumps(known)}"
        f" ? box.value : null)(document.getElementById({json.dumps(box_id)}))",
        callback=edit,
    )


def without_flagged_in_box(box_id: str, cleaned: str, typed_length: int) -> rx.event.EventSpec:
    """ "Remove it": the box gets `cleaned` (its text without the flagged spans) and keeps what was
    typed after the `typed_length` characters it was cut from (keys typed while the answer came)."""
    after = f"typed.length > {typed_length} ? typed.slice({typed_length}) : ''"
    return typed_into_box(box_id, f"{json.dumps(cleaned)} + ({after})")


def screened_edit(value: str, rescan, field: str, field_label: str, explain) -> tuple[str, list[ScreeningAlert]]:
    """A box's text as it may be kept (without the flagged spans) and its alerts: `rescan(text)`
    screens it, `explain(findings)` says what was found."""
    findings = rescan(value) if value.strip() else []
    if not findings:
        return value, []
    spans = screening.cut_spans(value, findings, rescan)
    alert = ScreeningAlert.from_findings(field, field_label, value, findings, spans, explain(findings))
    return screening.kept_after(value, spans, rescan), [alert]


class ReplyComposer(rx.State, mixin=True):
    """Subclasses say who may reply (`_composer`) and how replies are screened."""

    reply_alerts: list[ScreeningAlert] = []
    reply_error: str = ""
    reply_length: int = 0
    reply_at_limit: bool = False
    # The reply kept from before, as the box shows it when it appears (once, on a page load).
    kept_reply: str = ""

    _reply: str = ""
    _reply_trimmed: bool = False  # flagged spans were cut out of _reply
    _reply_in_store: str = ""  # what the database keeps of the reply
    _reply_ticket: int = 0  # the ticket the page loaded for this account (not the event's URL)
    _previous: str = ""  # the author's last message: a secret split over two is caught
    # The message just sent: an edit still holding it was typed before the box was emptied
    _sent: str = ""
    _resumed: bool = False  # a new connection of this tab's sign-in: see _resume
    _reply_typed_length: int = 0  # of the box's text _reply was kept from

    def _composer(self, fresh: bool = False):
        """The account that writes in this box (checked in the database when `fresh`: before a write)."""
        raise NotImplementedError

    def _reply_findings(self, text: str) -> list[screening.Finding]:
        return screening.scan_context(self._previous, text)

    def _explain(self, findings: list[screening.Finding]) -> str:
        return screening.describe(findings)

    async def _reply_typed(self, account) -> None:
        """Hook: called after each edit of the reply."""

    def _take_reply(self, value: str) -> None:
        # The same text as kept is no new writing (the box's echo of "Remove it"): its note stays.
        unchanged = value == self._reply
        self._reply_typed_length = len(value)
        self._reply, alerts = screened_edit(value, self._reply_findings, "reply", "Your reply", self._explain)
        self._reply_trimmed = bool(alerts)
        if alerts != self.reply_alerts:
            self.reply_alerts = alerts
        error = f"Keep a message under {SUMMARY_MAX:,} characters." if len(value) > SUMMARY_MAX else ""
        if unchanged and not error:
            error = self.reply_error
        if error != self.reply_error:
            self.reply_error = error
        if len(value.strip()) != self.reply_length:
            self.reply_length = len(value.strip())
        if (len(value) >= SUMMARY_MAX) != self.reply_at_limit:
            self.reply_at_limit = len(value) >= SUMMARY_MAX  # the box keeps no more: a longer paste was cut

    def _not_ready_to_send(self, shown: object = None) -> list[rx.event.EventSpec] | None:
        """Send pressed while something stands in the way (a flagged part, a file still
        uploading, an empty box): say what, and go back to the box. `shown`: what the box
        showed as Send was pressed (its last edit may still be on its way), screened here."""
        value = text_argument(shown, SUMMARY_MAX + 64) if shown is not None else None
        if value is not None and self._composer() is not None:
            self._take_reply(value)
        if self.reply_alerts:
            self.reply_error = "Remove what the alert flags first, then send."
        elif self.uploading:
            self.reply_error = "Wait until the file is attached, then send."
        elif not self._reply.strip():
            self.reply_error = "Write a message first, for example what your screenshot shows."
        else:
            return None
        return [rx.set_focus(REPLY_INPUT_ID)]

    def _clear_reply(self, sent: str = "") -> list[rx.event.EventSpec]:
        self._reply, self.reply_alerts, self.reply_error, self.reply_length, self.kept_reply = "", [], "", 0, ""
        self.reply_at_limit, self._sent = False, sent
        return [rx.set_value(REPLY_INPUT_ID, "")]

    def _unsent_part(self, value: str) -> tuple[str, bool]:
        """What of an edit was not sent yet, and whether the box must be told. On a slow link
        the box can send an edit typed after Send ("…this morning. P.S. …") that still holds the
        sent message: only the part after it is the new reply, and the box, emptied by the
        send meanwhile, gets that part back (UX audit 8)."""
        sent, self._sent = self._sent, ""
        if not sent or not value.startswith(sent):
            return value, False
        return value[len(sent) :].lstrip(), True

    def _resume(self) -> None:
        """A new connection that proved this tab's sign-in (a reconnect, or a reload): the box
        on the page holds what was typed, and what was typed while the link was down follows
        as edits; a box drawn afresh (a reload) starts from kept_reply, which holds nothing
        flagged, and says so. The next load of the same ticket leaves the box alone (_resumes)."""
        self.kept_reply, self._resumed = self._reply, True
        if self.reply_alerts:
            self.reply_alerts, self.reply_error = [], BACK_WITHOUT_FLAGGED

    def _reply_left_on_page(self) -> rx.event.EventSpec:
        """On a resumed page: what the box shows and the server has not heard, as an edit."""
        return box_text_if_changed(REPLY_INPUT_ID, self._reply, type(self).edit_reply)

    def _resumes(self, ticket_id: int | None) -> bool:
        """This page load is the resumed tab's, on the ticket its reply is for."""
        resumed, self._resumed = self._resumed and ticket_id == self._reply_ticket, False
        return resumed

    def _reply_for_new_page(self) -> list[rx.event.EventSpec]:
        """A page load: the box emptied (it may hold another ticket's text) and tied to
        no ticket until the load shows one (_restore_reply)."""
        self._reply_ticket = 0
        return self._clear_reply()

    def _staging_place(self) -> str:
        """Files attached to the reply wait with it, on the ticket the page loaded."""
        return evidence.ticket_place(self._reply_ticket) if self._reply_ticket else ""

    def _draft_writer(self) -> int | None:
        """Whose draft a write may keep, checked in the database (another tab may have signed
        out a moment ago): the signed-in account's; after a sign-in that ran out of time, still
        that account's, for its next sign-in (as the studio keeps its draft, UX audit 9); after a
        sign-out, nobody's (attack round 11, finding 5). A failed check makes the tab forget the
        sign-in and go to the sign-in page (layout's sign_in_again)."""
        account_id, token_hash = self._account_id, self._token_hash
        account = self._composer(fresh=True)
        return account.id if account is not None else self._draft_kept_for(account_id, token_hash)

    async def _keep_reply(self) -> None:
        """The reply as it is now, kept for the page's next load (an empty reply keeps
        nothing), on the ticket the page loaded."""
        if not self._reply_ticket or self._reply == self._reply_in_store:
            return
        writer = self._draft_writer()
        if writer is None:
            return
        self._reply_in_store = self._reply
        await asyncio.to_thread(
            run_in_session, reply_drafts.keep, writer, self._reply_ticket, self._reply, self._reply_trimmed
        )

    def _restore_reply(self, account_id: int, ticket_id: int) -> list[rx.event.EventSpec]:
        """On a page load that shows the ticket: the reply kept from before, back in the box."""
        with rx.session() as session:
            kept = reply_drafts.kept(session, account_id, ticket_id)
        body, trimmed = kept or ("", False)
        self._reply_in_store, self.kept_reply, self._reply_ticket = body, body, ticket_id
        if not body:
            return []
        self._take_reply(body)
        if trimmed:
            self.reply_error = BACK_WITHOUT_FLAGGED
        return [rx.set_value(REPLY_INPUT_ID, body)]

    @rx.event
    async def edit_reply(self, value: str):
        value = text_argument(value, SUMMARY_MAX + 64)
        account = self._composer()
        if value is not None and account is not None:
            value, restore = self._unsent_part(value)
            self._take_reply(value)
            await self._keep_reply()
            await self._reply_typed(account)
            if restore:
                return rx.set_value(REPLY_INPUT_ID, value)

    @rx.event
    async def remove_flagged(self, _field: str = ""):
        """The alert's "Remove it": the reply keeps its text without the flagged spans."""
        if self._composer() is None:
            return
        cleaned, typed_length = self._reply, self._reply_typed_length
        self._take_reply(cleaned)
        self.reply_error = REMOVED_NOTE
        await self._keep_reply()
        return without_flagged_in_box(
            REPLY_INPUT_ID, cleaned, typed_length
        )  # (focus is back in the box: screening_alert)
