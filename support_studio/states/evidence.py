"""Files on the message being written (screenshots, PDF receipts): dropped,
picked or pasted into the page's dropzone, streamed to the server, where the
size limit holds while the bytes arrive; checked by content and read for
secrets off the event loop; staged until the message is sent, when the data
layer attaches them in the message's own transaction."""

import asyncio
import base64
import collections
import dataclasses
import logging

import reflex as rx

from support_studio import evidence
from support_studio.evidence.checking import MAX_FILE_BYTES, MAX_FILES_PER_MESSAGE
from support_studio.states.auth import throttle

# One account's files are read one after another: a flood of uploads from one
# account keeps at most one OCR running (per worker), not one per upload.
_reading_for_account: collections.defaultdict[int, asyncio.Lock] = collections.defaultdict(asyncio.Lock)


class _UploadsInFlight:
    """The bytes uploads hold in this worker's memory, from their first chunk until
    their files are checked: one account's uploads at most two full uploads' worth,
    all of them together at most eight; an upload that would pass either is refused
    at that chunk, so parallel uploads can't fill the worker's memory."""

    PER_ACCOUNT = 2 * MAX_FILES_PER_MESSAGE * MAX_FILE_BYTES
    IN_ALL = 8 * MAX_FILES_PER_MESSAGE * MAX_FILE_BYTES

    def __init__(self) -> None:
        self.per_account: collections.Counter[int] = collections.Counter()
        self.in_all = 0

    def hold(self, account_id: int, size: int) -> None:
        if self.per_account[account_id] + size > self.PER_ACCOUNT:
            raise evidence.EvidenceRefused("uploading")
        if self.in_all + size > self.IN_ALL:
            raise evidence.EvidenceRefused("busy")
        self.per_account[account_id] += size
        self.in_all += size

    def give_back(self, account_id: int, size: int) -> None:
        self.in_all -= size
        self.per_account[account_id] -= size
        if self.per_account[account_id] <= 0:
            del self.per_account[account_id]


_in_flight = _UploadsInFlight()


@dataclasses.dataclass
class FileView:
    file_id: str
    name: str
    size_label: str
    type_label: str
    is_image: bool
    url: str
    thumb_url: str


def files_base() -> str:
    """Where the browser reaches the backend (the attachment routes live there)."""
    return rx.config.get_config().api_url.rstrip("/")


def file_view(row) -> FileView:
    shown = evidence.view(row)
    base = files_base()
    return FileView(
        shown.file_id,
        shown.name,
        shown.size_label,
        shown.type_label,
        shown.is_image,
        base + shown.url,
        base + shown.thumb_url if shown.thumb_url else "",
    )


class EvidenceComposer(rx.State, mixin=True):
    """Subclasses say who is writing (`_composer`, as ReplyComposer does)."""

    staged: list[FileView] = []
    evidence_error: str = ""
    # Where a refused screenshot showed a secret: a PNG with that area blacked out.
    evidence_preview: str = ""
    uploading: bool = False
    upload_percent: int = 0

    def _staged_ids(self) -> list[str]:
        return [file.file_id for file in self.staged]

    def _staging_place(self) -> str:
        """Where this page's files wait to be sent ("new-ticket", "ticket-12"); "" while
        the page shows nothing to send them with."""
        raise NotImplementedError

    def _restore_staged(self, account_id: int) -> None:
        """On a page load: a reload or a reconnect starts the tab afresh, and the files
        the account has waiting to be sent from this page come back from the database
        (else they would sit unseen, counted against the limit of waiting files); those
        waiting elsewhere stay there (a file attached for one ticket never goes with another)."""
        place = self._staging_place()
        if not place:
            self.staged = []
            return
        with rx.session() as session:
            self.staged = [file_view(row) for row in evidence.staged_files(session, account_id, place)]

    def _clear_staged(self) -> None:
        self.staged, self.evidence_error, self.evidence_preview = [], "", ""

    @rx.event
    def upload_progress(self, progress: dict):
        if isinstance(progress, dict) and isinstance(progress.get("progress"), (int, float)):
            self.upload_percent = max(0, min(100, int(progress["progress"] * 100)))

    @rx.event
    def files_rejected(self, rejections: list):
        """The browser already refused some files (type, size, count) before sending:
        each is named (unless its name holds a secret) with why."""
        if self._composer() is None or not isinstance(rejections, list):
            return
        if rejections and all(str(item).endswith("too-many-files") for item in rejections):
            # The browser refuses every file of a drop that holds too many: said once.
            self.evidence_error = (
                f"{len(rejections)} files chosen: at most {MAX_FILES_PER_MESSAGE} go with one message. "
                f"Choose up to {max(0, MAX_FILES_PER_MESSAGE - len(self.staged))} and attach them."
            )
            return
        self.evidence_error = " ".join(_rejection(item) for item in rejections[: MAX_FILES_PER_MESSAGE * 2]) or (
            "That file can't be attached."
        )

    @rx.event(background=True)
    async def attach_files(self, chunks: rx.UploadChunkIterator, sign_in: str = ""):
        """`sign_in` is the browser's sign-in token: an upload comes over HTTP with
        only the tab's Reflex token, which is no proof of who sends it. The files
        are checked in the background: what comes of them reaches the tab only
        while the connection that sent them still holds the sign-in (another may
        have taken the tab's token meanwhile)."""
        async with self:
            account = self._composer() if self._proved_by(sign_in) is not None else None
            if account is None:
                return  # and the tab it names is left as it was
            connection, place = self._proved_on, self._staging_place()
            if not place:
                return
            room = MAX_FILES_PER_MESSAGE - len(self.staged)
            self.uploading, self.upload_percent = True, 0
        held = [0]  # the bytes this upload holds, given back when it ends
        try:
            await self._check_upload(chunks, account, connection, place, room, held)
        finally:
            _in_flight.give_back(account.id, held[0])

    async def _check_upload(self, chunks, account, connection: str, place: str, room: int, held: list[int]) -> None:
        received: list[tuple[str, bytes]] = []
        try:
            received = await _receive(chunks, room, account.id, held)
            refusal = await asyncio.to_thread(_take_reading_budget, account.id, received) if received else None
        except evidence.EvidenceRefused as refused:
            refusal = refused.reason
        async with self:
            if self._proved_on != connection:
                return
            # An upload of no files follows a file the browser refused: its message stays.
            if received or refusal:
                self.evidence_error, self.evidence_preview = refusal or "", ""
            self.uploading = bool(received) and not refusal
            if not self.uploading:
                return
        for name, data in received:
            try:
                async with _reading_for_account[account.id]:
                    checked = await evidence.acheck_evidence(name, data, asks=account.role == "agent")
                row = await asyncio.to_thread(_stage, account.id, checked, place)
            except Exception as error:  # noqa: BLE001 - a check that broke refuses its file; the rest go on
                refused = error if isinstance(error, evidence.EvidenceRefused) else _broken_check(error)
                preview = getattr(getattr(refused, "screening", None), "preview", None)
                async with self:
                    if self._proved_on != connection:
                        return
                    if self._staging_place() != place:
                        continue  # the page moved on: the refusal belongs to the one it was sent from
                    # A name that holds a secret is not repeated (nor kept in the state).
                    self.evidence_error = (
                        refused.reason if refused.code == "secret_name" else f"{name}: {refused.reason}"
                    )
                    self.evidence_preview = (
                        "data:image/png;base64," + base64.b64encode(preview).decode() if preview else ""
                    )
                continue
            async with self:
                if self._proved_on != connection:
                    return  # staged under the sender's account; swept after a day if never sent
                if self._staging_place() == place:  # else it waits where it was sent from
                    self.staged = [*self.staged, row]
        async with self:
            if self._proved_on == connection:
                self.uploading = False

    def _discard_staged(self, account_id: int, file_ids: list[str]) -> None:
        with rx.session() as session:
            for file_id in file_ids:
                evidence.discard_staged(session, evidence.default_storage(), account_id, file_id)
        self.staged = [file for file in self.staged if file.file_id not in file_ids]

    @rx.event
    def remove_staged(self, file_id: str):
        account = self._composer()
        if account is not None and file_id in self._staged_ids():
            self._discard_staged(account.id, [file_id])
            return rx.call_script(_FOCUS_CHOOSE_FILES)  # its Remove button is gone: not to the page's body


# The page's one evidence zone's "choose files" button (components/evidence.py).
_FOCUS_CHOOSE_FILES = "document.querySelector('[data-evidence-zone] button')?.focus()"


async def _receive(chunks, room: int, account_id: int, held: list[int]) -> list[tuple[str, bytes]]:
    """Every file of the upload, each refused the moment it passes the size
    limit (so the rest of it is never read), and at most `room` files. Each
    chunk counts against what uploads may hold in memory (added to `held[0]`)."""
    files: list[tuple[str, evidence.SizeGuard, list[bytes]]] = []
    async for chunk in chunks:
        # A file's first chunk starts at offset 0 (pasted images often share a name).
        if not files or chunk.offset == 0 and files[-1][1].received:
            if len(files) == room:
                raise evidence.EvidenceRefused("too_many")
            files.append((chunk.filename, evidence.SizeGuard(), []))
        _, guard, parts = files[-1]
        data = guard.feed(chunk.data)
        _in_flight.hold(account_id, len(data))
        held[0] += len(data)
        parts.append(data)
    return [(name, b"".join(parts)) for name, _, parts in files]


# react-dropzone's codes for a file the browser refused
_REFUSED_BY_THE_BROWSER = {
    "file-too-large": f"is larger than {MAX_FILE_BYTES // 1_000_000} MB: attach a smaller screenshot, or crop it.",
    "file-invalid-type": "can't be attached: attach PNG, JPEG, WebP or HEIC images or PDF receipts.",
    "too-many-files": f"was not attached: at most {MAX_FILES_PER_MESSAGE} files go with one message.",
}


def _rejection(item: object) -> str:
    """One refused file, as "name|code,code" (react-dropzone's codes)."""
    name, _, codes = str(item).rpartition("|")
    name = name.rsplit("/", 1)[-1][:80]
    name = name if name and not evidence.name_holds_secret(name) else "A file"
    reason = next(
        (_REFUSED_BY_THE_BROWSER[code] for code in codes.split(",") if code in _REFUSED_BY_THE_BROWSER),
        "can't be attached.",
    )
    return f"{name} {reason}"


def _take_reading_budget(account_id: int, received: list[tuple[str, bytes]]) -> str | None:
    """Count what OCR will read (a PDF's every page) against the account's budget."""
    return throttle().take("file", account_id, sum(evidence.pages_to_read(data) for _, data in received))


def _broken_check(error: Exception) -> evidence.EvidenceRefused:
    logging.getLogger(__name__).error("An attachment could not be checked", exc_info=error)
    return evidence.EvidenceRefused("not_checked")


def _stage(account_id: int, checked, place: str) -> FileView:
    with rx.session() as session:
        return file_view(evidence.stage_file(session, evidence.default_storage(), account_id, checked, place))
