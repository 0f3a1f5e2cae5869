"""Checking an attachment by its content: limits while receiving, the type from
the bytes, images re-encoded without metadata, PDFs parsed, everything else
refused with a reason the customer can act on. Plain Python, no Reflex.

The type is decided from the bytes only (magic numbers through `filetype`, then
Pillow or pypdf must actually open the file); the name the browser sent and
the Content-Type it claimed are never trusted, the name is only used to pick
a clearer refusal (a `.session` file, a `tdata` folder) and, cleaned, as the
display name.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

import filetype
import pillow_heif
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import FileNotDecryptedError, PyPdfError

pillow_heif.register_heif_opener()  # HEIC/HEIF from iPhones, decoded by libheif

MAX_FILES_PER_MESSAGE = 5
MAX_FILE_BYTES = 10 * 1024 * 1024  # 10 MB, checked while the bytes arrive
# Decompression bombs: a small file that declares a huge canvas. Pillow's own
# check (Image.MAX_IMAGE_PIXELS, ~89 MP) is also caught; ours is lower, since a
# screenshot, even a long scrolled one, is far below it.
MAX_IMAGE_PIXELS = 50_000_000
MAX_PDF_PAGES = 10  # each page is drawn and read by OCR like a screenshot (about a second each)
THUMBNAIL_MAX_SIDE = 320
NAME_MAX_CHARS = 100

IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic")
ACCEPTED_TYPES = (*IMAGE_TYPES, "application/pdf")

# ------------------------------------------------------------------ reasons
# Customer-facing, in the product's voice: what happened, and what to do instead.
WHAT_FITS = "Attach screenshots (PNG, JPEG, WebP or HEIC) or a PDF receipt."
REASONS: dict[str, str] = {
    "session": (
        "This looks like a Telegram session file or tdata. Support never needs session files: "
        "anyone who has one can use your account. Don't send it here or to anyone else."
    ),
    "archive": "Archives (zip, rar, 7z) can't be attached. Attach the screenshots or the PDF receipt themselves.",
    "executable": "Programs and scripts can't be attached. " + WHAT_FITS,
    "unsupported": "This type of file can't be attached. " + WHAT_FITS,
    "too_large": f"This file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB. "
    "Attach a smaller screenshot, or crop it to the part that matters.",
    "empty": "This file is empty. Take the screenshot again and attach it.",
    "too_many": f"Attach at most {MAX_FILES_PER_MESSAGE} files to one message.",
    "uploading": "Your last files are still being checked. Add more once they appear below.",
    "busy": "Support is receiving many files right now. Try again in a minute.",
    "image_too_big": (
        "This image is too large to open safely. Attach a normal screenshot, or crop it to the part that matters."
    ),
    "damaged_image": "This image could not be opened: it may be damaged. Take the screenshot again and attach it.",
    "damaged_pdf": "This PDF could not be read: it may be damaged. Download the receipt again, or attach a screenshot of it.",
    "locked_pdf": (
        "This PDF is locked, so support can't open it. Save the receipt without protection, "
        "or attach a screenshot of it."
    ),
    "active_pdf": (
        "This PDF contains scripts or files inside it, which support can't open safely. "
        "Save the receipt as a plain PDF, or attach a screenshot of it."
    ),
    "long_pdf": f"This PDF has more than {MAX_PDF_PAGES} pages. Attach only the pages of the receipt.",
    "wordy_pdf": "This PDF holds more text than support can check. Attach only the pages of the receipt.",
    "secret_name": (
        "A file's name looks like it holds a password or a code. Support never needs it: "
        "rename the file and attach it again."
    ),
    "unreadable": (
        "This picture holds more small text than support can check in time. "
        "Crop it to the part that matters and attach it again."
    ),
    "not_checked": "This file could not be checked. Attach it again, or attach a screenshot of it instead.",
    "heavy_pdf": "This PDF takes too long to draw, so support can't check it. Attach a screenshot of the receipt.",
    "odd_page": (
        "This PDF has a page far longer than it is wide, too long to check. Attach a screenshot of the receipt."
    ),
}


class EvidenceRefused(Exception):
    """A file support won't take. `reason` is the sentence to show the customer;
    `code` names the rule (a key of REASONS, or "secret" for screening)."""

    def __init__(self, code: str, reason: str | None = None):
        self.code = code
        self.reason = reason or REASONS[code]
        super().__init__(self.reason)


# ------------------------------------------------------------ size limits


class SizeGuard:
    """Counts bytes as they arrive and refuses the file the moment it passes the
    limit, so an upload handler stops receiving instead of buffering the rest.

        guard = SizeGuard()
        async for chunk in upload_stream:
            guard.feed(chunk)          # raises EvidenceRefused("too_large")
            parts.append(chunk)
    """

    def __init__(self, limit: int = MAX_FILE_BYTES):
        self.limit = limit
        self.received = 0

    def feed(self, chunk: bytes) -> bytes:
        self.received += len(chunk)
        if self.received > self.limit:
            raise EvidenceRefused("too_large")
        return chunk


def read_capped(source, limit: int = MAX_FILE_BYTES, chunk_size: int = 256 * 1024) -> bytes:
    """All bytes of a binary file object or an iterable of chunks, refusing as
    soon as more than `limit` bytes arrived (never reads more than limit + one chunk)."""
    guard, parts = SizeGuard(limit), []
    if hasattr(source, "read"):
        while chunk := source.read(chunk_size):
            parts.append(guard.feed(chunk))
    else:
        for chunk in source:
            parts.append(guard.feed(chunk))
    return b"".join(parts)


async def aread_capped(source, limit: int = MAX_FILE_BYTES, chunk_size: int = 256 * 1024) -> bytes:
    """read_capped for an async source: an object with `async read(n)` (Starlette's
    UploadFile, Reflex's rx.UploadFile) or an async iterable of chunks
    (`request.stream()`)."""
    guard, parts = SizeGuard(limit), []
    if hasattr(source, "read"):
        while chunk := await source.read(chunk_size):
            parts.append(guard.feed(chunk))
    else:
        async for chunk in source:  # type: ignore[union-attr]
            parts.append(guard.feed(chunk))
    return b"".join(parts)


def check_count(count: int) -> None:
    """Refuse a message with more files than allowed."""
    if count > MAX_FILES_PER_MESSAGE:
        raise EvidenceRefused("too_many")


# ------------------------------------------------------------- the result


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks, ready to be stored.

    `data` is what gets stored and served: images re-encoded (no EXIF, GPS, ICC
    or text chunks left), PDFs as received (they parsed). `mime_type` is the
    type of `data`; `source_type` what the upload was (HEIC is stored as JPEG so
    every browser shows it)."""

    name: str
    mime_type: str
    size: int
    data: bytes = field(repr=False)
    source_type: str
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    thumbnail: bytes | None = field(default=None, repr=False)
    thumbnail_type: str | None = None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


# ---------------------------------------------------------- type detection

_SQLITE = b"SQLite format 3\x00"  # Telethon and Pyrogram .session files
_TDATA = b"TDF$"  # every file Telegram Desktop writes into tdata/
_TDATA_NAMES = re.compile(r"(?:^|[/\\])(?:tdata|key_datas?|D877F783D5D3EF8C\w*|map[0-9s])(?:$|[/\\.])", re.I)
_SESSION_NAMES = re.compile(r"\.session(?:-journal)?$|(?:^|[/\\_.-])tdata(?:$|[/\\_.-])|string[_ -]?session", re.I)
_ARCHIVE_TYPES = {
    "application/zip",
    "application/x-rar-compressed",
    "application/x-7z-compressed",
    "application/gzip",
    "application/x-bzip2",
    "application/x-xz",
    "application/x-tar",
    "application/zstd",
    "application/x-lzip",
    "application/x-lz4",
    "application/x-lzop",
    "application/x-compress",
    "application/x-unix-archive",
    "application/x-deb",
    "application/x-rpm",
    "application/vnd.ms-cab-compressed",
    "application/x-brotli",
    "application/epub+zip",
    "application/x-google-chrome-extension",
}
_EXECUTABLE_TYPES = {
    "application/x-msdownload",
    "application/x-executable",
    "application/wasm",
    "application/x-shockwave-flash",
    "application/x-nintendo-nes-rom",
}
_EXECUTABLE_MAGIC = (
    b"MZ",
    b"\x7fELF",
    b"#!",
    b"\xca\xfe\xba\xbe",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xd0\xcf\x11\xe0",  # OLE: .msi, old Office macros
    b"dex\n",
)
_EXECUTABLE_NAMES = re.compile(
    r"\.(?:exe|msi|bat|cmd|com|scr|ps1|vbs|js|jse|wsf|sh|apk|jar|app|dmg|pkg|deb|rpm|elf|bin|py|pif|lnk)$",
    re.I,
)
_PILLOW_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "HEIF": "image/heic"}


def _zip_holds_session(data: bytes) -> bool:
    """An archive whose listing names a session file or tdata (read from the
    central directory only; nothing is extracted)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()[:2000]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False
    return any(_SESSION_NAMES.search(n) or _TDATA_NAMES.search(n) for n in names)


def detect_type(data: bytes) -> str | None:
    """The MIME type the bytes say they are (None when nothing matched)."""
    if data.startswith(_SQLITE):
        return "application/x-sqlite3"
    if data.startswith(_TDATA):
        return "application/x-telegram-tdata"
    kind = filetype.guess(data[:8192])
    if kind is not None:
        mime = kind.mime
        return "image/heic" if mime == "image/heif" else mime
    if data.startswith(_EXECUTABLE_MAGIC):
        return "application/x-executable"
    return None


def _refuse_unaccepted(name: str, data: bytes, mime: str | None) -> None:
    """Raise the clearest refusal for bytes that are not an accepted type."""
    if mime in ("application/x-sqlite3", "application/x-telegram-tdata"):
        raise EvidenceRefused("session")
    if _SESSION_NAMES.search(name) or _TDATA_NAMES.search(name):
        raise EvidenceRefused("session")
    if mime in _ARCHIVE_TYPES:
        if mime == "application/zip" and _zip_holds_session(data):
            raise EvidenceRefused("session")
        if mime == "application/zip" and re.search(r"\.(?:apk|jar|xpi|crx|ipa|aab)$", name, re.I):
            raise EvidenceRefused("executable")
        raise EvidenceRefused("archive")
    if mime in _EXECUTABLE_TYPES or data.startswith(_EXECUTABLE_MAGIC) or _EXECUTABLE_NAMES.search(name):
        raise EvidenceRefused("executable")
    raise EvidenceRefused("unsupported")


# ------------------------------------------------------------ display name

_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "application/pdf": ".pdf"}
_DEFAULT_STEM = {"application/pdf": "receipt"}


def safe_display_name(name: str, mime_type: str) -> str:
    """A name that is safe to show and to put in Content-Disposition: no folders,
    no control or bidi characters (no "receipt\u202egnp.exe"), at most
    NAME_MAX_CHARS, and always the extension of the stored type."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs") else ch for ch in name)
    name = re.sub(r"[\"<>:|?*;]", "_", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name).strip(" .")
    extension = _EXTENSIONS.get(mime_type, "")
    stem = stem[: NAME_MAX_CHARS - len(extension)].rstrip(" .")
    return (stem or _DEFAULT_STEM.get(mime_type, "screenshot")) + extension


# ------------------------------------------------------------------ images

_SRGB = None


def _to_srgb(image: Image.Image) -> Image.Image:
    """Apply an embedded colour profile (Display P3 on phones) before dropping it."""
    global _SRGB
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        if _SRGB is None:
            _SRGB = ImageCms.createProfile("sRGB")
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode=image.mode) or image
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _open_image(data: bytes) -> tuple[Image.Image, str]:
    """Decode the image fully (so malformed files fail here), refusing bombs."""
    try:
        image = Image.open(io.BytesIO(data))
        fmt = _PILLOW_FORMATS.get(image.format or "")
        if fmt is None:
            raise EvidenceRefused("unsupported")
        width, height = image.size
        if width <= 0 or height <= 0:
            raise EvidenceRefused("damaged_image")
        if width * height > MAX_IMAGE_PIXELS:
            raise EvidenceRefused("image_too_big")
        image.seek(0)  # the first frame of an animation or an image sequence
        image.load()
    except EvidenceRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise EvidenceRefused("image_too_big") from None
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        IndexError,
        KeyError,
        TypeError,
        MemoryError,
        RuntimeError,
    ):
        raise EvidenceRefused("damaged_image") from None
    return image, fmt


def _clean_pixels(image: Image.Image) -> Image.Image:
    """Upright, sRGB pixels in a mode every encoder takes; nothing else carried over."""
    image = ImageOps.exif_transpose(image)  # the EXIF orientation, applied before EXIF goes
    if image.mode in (
        "P",
        "PA",
        "LA",
        "La",
        "RGBa",
        "I;16",
        "I;16B",
        "I;16L",
        "I",
        "F",
        "CMYK",
        "YCbCr",
        "LAB",
        "HSV",
        "1",
    ):
        has_alpha = image.mode in ("PA", "LA", "La", "RGBa") or (image.mode == "P" and "transparency" in image.info)
        image = image.convert("RGBA" if has_alpha else "RGB")
    image = _to_srgb(image)
    clean = Image.new(image.mode, image.size)
    clean.paste(image)  # a fresh image: no info dict, no EXIF, XMP, ICC, text chunks
    return clean


def _encode(image: Image.Image, fmt: str) -> tuple[bytes, str]:
    out = io.BytesIO()
    if fmt == "image/png":
        image.save(out, "PNG", compress_level=6)
        return out.getvalue(), "image/png"
    if fmt == "image/webp":
        image.save(out, "WEBP", quality=90, method=4)
        return out.getvalue(), "image/webp"
    # JPEG, and HEIC (stored as JPEG so every browser shows it)
    if image.mode != "RGB":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A") if "A" in image.getbands() else None)
        image = background
    image.save(out, "JPEG", quality=90, optimize=True)
    return out.getvalue(), "image/jpeg"


def make_thumbnail(image: Image.Image, max_side: int = THUMBNAIL_MAX_SIDE) -> bytes:
    """A small WebP preview, at most max_side pixels on its longer side."""
    thumb = image.copy()
    thumb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    thumb.save(out, "WEBP", quality=80, method=4)
    return out.getvalue()


def _check_image(name: str, data: bytes, detected: str) -> CheckedFile:
    image, fmt = _open_image(data)
    if fmt != detected and not (fmt == "image/heic" and detected.startswith("image/hei")):
        raise EvidenceRefused("damaged_image")  # the magic and the decoder disagree
    clean = _clean_pixels(image)
    encoded, mime = _encode(clean, fmt)
    return CheckedFile(
        name=safe_display_name(name, mime),
        mime_type=mime,
        size=len(encoded),
        data=encoded,
        source_type=fmt,
        width=clean.width,
        height=clean.height,
        thumbnail=make_thumbnail(clean),
        thumbnail_type="image/webp",
    )


# -------------------------------------------------------------------- PDFs


_ACTIVE_ACTIONS = ("/JavaScript", "/Launch", "/ImportData")


def _has_active_content(reader: PdfReader) -> bool:
    """JavaScript, launch actions or embedded files (in the document's names, or as a
    file attached to a page): a receipt has none."""
    root = reader.trailer.get("/Root")
    root = root.get_object() if root is not None else {}
    names = root.get("/Names")
    names = names.get_object() if names is not None else {}
    if "/JavaScript" in names or "/EmbeddedFiles" in names:
        return True
    for key in ("/OpenAction", "/AA"):
        action = root.get(key)
        action = action.get_object() if action is not None else None
        if isinstance(action, dict) and action.get("/S") in _ACTIVE_ACTIONS:
            return True
        if isinstance(action, dict) and key == "/AA":
            return True
    for page in reader.pages:
        if "/AA" in page:  # actions run when the page opens or closes
            return True
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            action = action.get_object() if action is not None else {}
            kind = annotation.get("/Subtype")
            if kind == "/FileAttachment" or "/AA" in annotation or action.get("/S") in _ACTIVE_ACTIONS:
                return True
    return False


def _check_pdf(name: str, data: bytes) -> CheckedFile:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # readable without a password?
                    raise EvidenceRefused("locked_pdf")
            except (FileNotDecryptedError, NotImplementedError, PyPdfError):
                raise EvidenceRefused("locked_pdf") from None
        pages = len(reader.pages)
        if pages == 0:
            raise EvidenceRefused("damaged_pdf")
        if pages > MAX_PDF_PAGES:
            raise EvidenceRefused("long_pdf")
        for page in reader.pages:
            box = page.mediabox
            if box.width <= 0 or box.height <= 0:
                raise EvidenceRefused("damaged_pdf")
        if _has_active_content(reader):
            raise EvidenceRefused("active_pdf")
        # What is stored is written afresh from what its pages use: an earlier revision kept
        # in the file (text "deleted" by an incremental update, an object nothing refers to)
        # would otherwise reach support, unread by the screening, which reads the pages.
        rewritten = io.BytesIO()
        PdfWriter(clone_from=reader).write(rewritten)
        data = rewritten.getvalue()
    except EvidenceRefused:
        raise
    except (
        PyPdfError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        AssertionError,
        MemoryError,
        ZeroDivisionError,
    ):
        raise EvidenceRefused("damaged_pdf") from None
    return CheckedFile(
        name=safe_display_name(name, "application/pdf"),
        mime_type="application/pdf",
        size=len(data),
        data=data,
        source_type="application/pdf",
        pages=pages,
    )


# ------------------------------------------------------------------ public


def check_file(name: str, data: bytes) -> CheckedFile:
    """Check one received file by its content and return what may be stored,
    or raise EvidenceRefused with the reason to show.

    CPU-bound (decoding, re-encoding: ~50-300 ms for a phone screenshot): call
    it off the event loop (`await asyncio.to_thread(check_file, name, data)`)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("check_file takes the file's bytes")
    data = bytes(data)
    if len(data) > MAX_FILE_BYTES:
        raise EvidenceRefused("too_large")
    if not data:
        raise EvidenceRefused("empty")
    name = str(name or "")
    detected = detect_type(data)
    if detected in IMAGE_TYPES:
        return _check_image(name, data, detected)
    if detected == "application/pdf":
        return _check_pdf(name, data)
    _refuse_unaccepted(name, data, detected)
    raise AssertionError("unreachable")  # pragma: no cover


def check_files(files: Iterable[tuple[str, bytes]]) -> list[CheckedFile]:
    """check_file for every file of one message (at most MAX_FILES_PER_MESSAGE)."""
    files = list(files)
    check_count(len(files))
    return [check_file(name, data) for name, data in files]


__all__ = [
    "ACCEPTED_TYPES",
    "CheckedFile",
    "EvidenceRefused",
    "MAX_FILES_PER_MESSAGE",
    "MAX_FILE_BYTES",
    "MAX_IMAGE_PIXELS",
    "REASONS",
    "SizeGuard",
    "aread_capped",
    "check_count",
    "check_file",
    "check_files",
    "detect_type",
    "make_thumbnail",
    "read_capped",
    "safe_display_name",
]
