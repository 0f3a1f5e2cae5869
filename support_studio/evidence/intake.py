"""One call for an uploaded file: checked by content, then read for secrets.

    checked = await acheck_evidence(name, data)   # in a worker thread
    attachment = stage_file(session, storage, account.id, checked)

Raises EvidenceRefused (its `reason` is the sentence to show); a file that
shows a secret raises its subclass SecretInScreenshot, whose `screening`
holds the preview PNG of where it was found. Plain Python, no Reflex.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import threading
import urllib.parse

from PIL import Image
from pypdf import PdfReader

from support_studio import screening
from support_studio.evidence.checking import (
    MAX_IMAGE_PIXELS,
    MAX_PDF_PAGES,
    CheckedFile,
    EvidenceRefused,
    check_file,
    safe_display_name,
)
from support_studio.evidence.ocr import SecretInScreenshot, reason_for, screen_image_detail
from support_studio.evidence.render import drawn_pages

PDF_SCREEN_CHARS = 200_000


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF (check_file allows MAX_PDF_PAGES), of its
    document information (title, subject, keywords...) and XMP metadata, and what a
    viewer shows beside the pages: notes and other annotations, link addresses, form
    field values, bookmarks, page labels. Refuses a PDF whose text can't be read, or with more text than
    PDF_SCREEN_CHARS: what is not read can't be let through."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        parts = [str(value) for value in (reader.metadata or {}).values()]
        parts += [page.extract_text() or "" for page in reader.pages]
        parts += _text_beside_the_pages(reader)
    except Exception:  # noqa: BLE001 - a PDF pypdf can't read can't be screened either
        raise EvidenceRefused("damaged_pdf") from None
    text = "\n".join(parts)
    if len(text) > PDF_SCREEN_CHARS:
        raise EvidenceRefused("wordy_pdf")
    return text


_ANNOTATION_TEXT = ("/Contents", "/T", "/TU", "/Subj", "/RC", "/V")


def _text_beside_the_pages(reader: PdfReader) -> list[str]:
    parts = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            parts += [str(annotation[key]) for key in _ANNOTATION_TEXT if key in annotation]
            action = annotation.get("/A")
            action = action.get_object() if action is not None else {}
            if "/URI" in action:  # a link's address, shown on hover (outside attack round 10)
                parts.append(urllib.parse.unquote(str(action["/URI"])))
    parts += list(reader.page_labels)  # the labels a viewer shows as page numbers
    for field in (reader.get_fields() or {}).values():
        parts += [str(field[key]) for key in _ANNOTATION_TEXT if key in field]
    parts += _outline_titles(reader.outline)
    metadata = reader.root_object.get("/Metadata")
    if metadata is not None:  # XMP: XML, its text between the tags
        parts.append(re.sub(r"<[^>]*>", " ", metadata.get_object().get_data().decode("utf-8", "replace")))
    return parts


def _outline_titles(outline: list) -> list[str]:
    titles = []
    for item in outline:
        titles += _outline_titles(item) if isinstance(item, list) else [str(item.title or "")]
    return titles


def pages_to_read(data: bytes) -> int:
    """How many pictures OCR reads for a file: every page of a PDF (to MAX_PDF_PAGES + 1,
    where check_file refuses it), one for anything else."""
    if not data.startswith(b"%PDF"):
        return 1
    try:
        return max(1, min(len(PdfReader(io.BytesIO(data), strict=False).pages), MAX_PDF_PAGES + 1))
    except Exception:  # noqa: BLE001 - a PDF that can't be read is refused by check_file
        return 1


def name_as_words(name: str) -> tuple[str, str]:
    """A file name as the words it is made of, to screen like text: percent-escapes
    decoded, the extension dropped, '_' and '+' as spaces, '=' as ': '; then also with
    camelCase and the dashes and dots between words split ("telegramPassword=X.png"
    reads "telegram Password: X"). The first keeps a dashed value whole."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", urllib.parse.unquote(name))
    kept = re.sub(r"[_+]+", " ", stem).replace("=", ": ")
    words = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", kept)
    return kept, re.sub(r"(?<=\D)[-.]+|[-.]+(?=\D)", " ", words)


def name_holds_secret(name: str) -> bool:
    """The name as sent and as it will be shown (invisible characters become spaces there)."""
    shown = safe_display_name(name, "")
    return any(screening.scan(form) for candidate in (name, shown) for form in name_as_words(candidate))


class DecodingBudget:
    """The memory a worker's checks may hold in decoded pixels at once. A 158 KB PNG can
    declare 50 million pixels, which decoding, cleaning and the thumbnail hold about
    three times over (outside attack round 7): each check holds its image's share
    first, waiting its turn (up to `wait` seconds, then refused as busy) while others
    hold the rest. One check alone always fits."""

    def __init__(self, total: int, wait: float = 30.0):
        self.total, self.wait, self.held = total, wait, 0
        self._turn = threading.Condition()

    def _fits(self, size: int) -> bool:
        return self.held + size <= self.total

    @contextlib.contextmanager
    def holding(self, size: int):
        size = min(size, self.total)
        with self._turn:
            if not self._turn.wait_for(lambda: self._fits(size), timeout=self.wait):
                raise EvidenceRefused("busy")
            self.held += size
        try:
            yield
        finally:
            self._give_back(size)

    @contextlib.asynccontextmanager
    async def aholding(self, size: int):
        """The same for async code: the wait is on the event loop, holding no worker thread
        (a thread waiting its turn would keep other work, database writes too, from running)."""
        size, waited = min(size, self.total), 0.0
        while True:
            with self._turn:
                if self._fits(size):
                    self.held += size
                    break
            if waited >= self.wait:
                raise EvidenceRefused("busy")
            await asyncio.sleep(0.05)
            waited += 0.05
        try:
            yield
        finally:
            self._give_back(size)

    def _give_back(self, size: int) -> None:
        with self._turn:
            self.held -= size
            self._turn.notify_all()


# Decoded RGBA, the cleaned copy and the thumbnail's: what one image costs while it is checked.
_BYTES_PER_PIXEL_HELD = 3 * 4
_PDF_PAGE_PIXELS = 8_000_000  # a page drawn for OCR; one page is read at a time
DECODING = DecodingBudget(MAX_IMAGE_PIXELS * _BYTES_PER_PIXEL_HELD)  # one of the largest at a time, or many screenshots


def decoded_size(data: bytes) -> int:
    """What checking `data` holds in decoded pixels, from its header alone (nothing is decoded)."""
    if data[:5] == b"%PDF-":
        return _PDF_PAGE_PIXELS * _BYTES_PER_PIXEL_HELD
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # noqa: BLE001 - not a picture Pillow knows: check_file refuses it, decoding nothing
        return 0
    return min(width * height, MAX_IMAGE_PIXELS) * _BYTES_PER_PIXEL_HELD


def check_evidence(name: str, data: bytes, screen: bool = True, asks: bool = False) -> CheckedFile:
    """check_file, then (screen=True) OCR an image or read a PDF's text and
    refuse it when it shows something support never needs; an agent's file
    (`asks`) also when it asks for a credential or for access, as a typed reply
    would. Blocking (~0.3-1.5 s for a screenshot): use acheck_evidence from async code."""
    _refuse_a_secret_name(name, screen)
    with DECODING.holding(decoded_size(data)):
        return _checked(name, data, screen, asks)


def _refuse_a_secret_name(name: str, screen: bool) -> None:
    if screen and name_holds_secret(str(name or "")):
        raise EvidenceRefused("secret_name")  # a name is shown, to agents too, and kept


AGENT_ASK = "This file asks the customer for a password, a code, a session or access; support never asks for these."


def _refuse_an_ask(text: str, asks: bool) -> None:
    """An agent's picture or PDF that asks what the reply box would refuse (outside attack round 10)."""
    if asks and screening.scan_agent_reply(text):
        raise EvidenceRefused("agent_ask", AGENT_ASK)


def _checked(name: str, data: bytes, screen: bool, asks: bool = False) -> CheckedFile:
    checked = check_file(name, data)
    if not screen:
        return checked
    if checked.is_image:
        result = screen_image_detail(checked.data)
        if result.flagged:
            raise SecretInScreenshot(result.reason, result)
        _refuse_an_ask(result.text, asks)
    elif checked.mime_type == "application/pdf":
        text = pdf_text(checked.data)
        findings = screening.scan(text)
        if findings:
            raise SecretInScreenshot(reason_for(findings, what="PDF"))
        _refuse_an_ask(text, asks)
        for page in drawn_pages(checked.data):
            result = screen_image_detail(page)
            if result.flagged:
                raise SecretInScreenshot(reason_for(result.findings, what="PDF"), result)
            _refuse_an_ask(result.text, asks)
    return checked


async def acheck_evidence(name: str, data: bytes, screen: bool = True, asks: bool = False) -> CheckedFile:
    """check_evidence in a worker thread, so the event loop stays free."""
    await asyncio.to_thread(_refuse_a_secret_name, name, screen)
    async with DECODING.aholding(decoded_size(data)):
        return await asyncio.to_thread(_checked, name, data, screen, asks)
