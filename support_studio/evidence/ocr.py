"""Reading screenshots for secrets: OCR with Tesseract (pytesseract and Debian's
tesseract-ocr with the eng, rus, spa, por, tur and ind models), then the same
screening as typed text (`support_studio.screening.scan`). Plain Python, no Reflex.

    findings = screen_image(data)            # list[screening.Finding]
    result = screen_image_detail(data)       # findings, reason, preview PNG, regions

Both are CPU-bound and take ~0.3-1 s on a 2-core machine: never call them on
the event loop; use `await ascreen_image_detail(data)` (asyncio.to_thread).

The pipeline (tuned with benchmarks/evidence_ocr.py):
1. decode with Pillow (ValueError for anything that is not an image), apply the
   EXIF orientation, flatten transparency on white, grayscale;
2. dark themes are inverted, then the local background is subtracted, so text
   on coloured bubbles, cards and bars becomes dark ink on white;
3. the typical line height is measured from the rows that hold ink and the
   image is scaled so lines are ~TARGET_LINE_PX high: small text (desktop
   crops) is enlarged, big phone text (3x screens) reduced, which is both more
   accurate and faster;
4. Tesseract (LSTM, automatic page segmentation, OMP_THREAD_LIMIT=1: OpenMP
   threads make it several times slower on a small machine) reads it with the
   English and Russian models; when nothing is found and the words are
   Spanish, Portuguese, Turkish or Indonesian, a second run puts that model
   first (loading all six models costs ~0.4 s per run by itself);
5. the words are put back into lines (reading order) and joined into text
   whose offsets map back to word boxes; tokens the screen wrapped over lines
   are joined back; the text goes through screening.scan plus a few
   picture-only rules (OCR-damaged tokens, backup codes listed under their
   heading); each finding's words give the region for the preview.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import os
import re
import statistics
import time
import unicodedata
from dataclasses import dataclass, field

import pytesseract
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from support_studio import screening
from support_studio.evidence import checking

# Tesseract uses OpenMP; with more than one thread on a small machine it spins
# and gets several times slower. An operator may still set it explicitly.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANGUAGES = "eng+rus+spa+por+tur+ind"  # every model installed; see FIRST_PASS / _second_pass
TESSERACT_TIMEOUT_S = 20
TARGET_LINE_PX = 26  # line height (ascender to descender) Tesseract reads best at
INK_FLOOR = 24  # differences from the background below this are noise (JPEG, gradients)
MIN_SCALE, MAX_SCALE = 0.4, 3.0
MAX_OCR_PIXELS = 6_000_000  # never hand Tesseract more than this (time is ~linear in pixels)
PREVIEW_MARGIN_PX = 48
PREVIEW_MAX_SIDE = 720

# Screenshot wording, apart from screening's: the finding is in a picture, not in typed text.
SCREENSHOT_REASONS: dict[str, str] = {
    "password": "This screenshot shows a password.",
    "one_time_code": "This screenshot shows a login code.",
    "recovery": "This screenshot shows a recovery detail (backup codes, a recovery e-mail or a reset link).",
    "session": "This screenshot shows a session string or token.",
    "admin_access": "This screenshot shows an offer of admin or account access.",
}
ASKED_FOR = {
    "recovery": "Support never asks for recovery details.",
    "session": "Support never asks for session strings or tokens.",
}
NEVER_NEEDED = "Support never needs it: crop it out, or attach a screenshot without it."


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in the original image's pixels
    conf: float


@dataclass(frozen=True)
class ImageScreening:
    """What screen_image_detail found.

    `findings` are spans of `text` (the OCR text, which may hold the secret
    itself: keep it in memory, never store or log it). `regions` are the
    boxes (left, top, right, bottom, in the uploaded image's pixels) where each
    finding was read, in the same order. `preview` is a PNG of the flagged area
    with the region blacked out and outlined, to show next to `reason`; None when clean."""

    findings: list[screening.Finding]
    text: str = field(repr=False)
    reason: str
    regions: list[tuple[int, int, int, int] | None]
    preview: bytes | None = field(repr=False)
    seconds: float

    @property
    def flagged(self) -> bool:
        return bool(self.findings)


class SecretInScreenshot(checking.EvidenceRefused):
    """A file refused because it shows something support never needs (code
    "secret"). For images `screening` carries the preview and the regions to
    show with the reason; for a PDF's text `screening` is None."""

    def __init__(self, reason: str, result: ImageScreening | None = None):
        self.screening = result
        super().__init__("secret", reason)


# ------------------------------------------------------------ decode + prep


def _decode(data: bytes) -> Image.Image:
    if not isinstance(data, (bytes, bytearray, memoryview)) or not data:
        raise ValueError("not an image: no bytes")
    try:
        image = Image.open(io.BytesIO(bytes(data)))
        width, height = image.size
        if width * height > checking.MAX_IMAGE_PIXELS:
            raise ValueError("image too large to read")
        image.load()
    except ValueError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        EOFError,
        IndexError,
        KeyError,
        TypeError,
        Image.DecompressionBombError,
    ) as error:
        raise ValueError(f"not an image: {error}") from None
    return ImageOps.exif_transpose(image)


def _grayscale(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    return image.convert("L")


def _is_dark(gray: Image.Image) -> bool:
    """Mostly dark pixels: a dark theme (light text on dark)."""
    small = gray.resize((64, max(1, 64 * gray.height // max(1, gray.width))), Image.Resampling.BOX)
    return statistics.median(small.getdata()) < 110


def _flatten_background(gray: Image.Image) -> Image.Image:
    """Dark text on white, whatever the theme: dark themes are inverted, then
    the local background (the lightest 4x4 block within ~28 px, so strokes
    vanish from it) is subtracted, so coloured bubbles, cards and bars become
    white and only the ink stays."""
    if _is_dark(gray):
        gray = ImageOps.invert(gray)
    factor = 4 if min(gray.size) >= 64 else 1
    small = gray.reduce(factor) if factor > 1 else gray
    background = small.filter(ImageFilter.MaxFilter(7)).resize(gray.size, Image.Resampling.BILINEAR)
    ink = ImageChops.subtract(background, gray)
    ink = ink.point([0 if v < INK_FLOOR else min(255, (v - INK_FLOOR) * 2) for v in range(256)])
    return ImageOps.invert(ink)


def _line_height(flat: Image.Image) -> float | None:
    """The typical height of text lines (ascender to descender): runs of rows
    holding ink, in four vertical strips so columns don't merge."""
    width = min(flat.width, 800)
    scale = width / flat.width
    small = flat.resize((width, max(1, round(flat.height * scale))), Image.Resampling.BOX)
    ink = small.point([255 if v < 128 else 0 for v in range(256)])
    runs: list[int] = []
    strips = 4 if width >= 200 else 1
    for index in range(strips):
        strip = ink.crop((index * width // strips, 0, (index + 1) * width // strips, ink.height))
        rows = list(strip.resize((1, strip.height), Image.Resampling.BOX).getdata())
        start = None
        for y, value in enumerate(rows + [0]):
            if value > 0 and start is None:
                start = y
            elif value == 0 and start is not None:
                if y - start >= 3:  # shorter: separators, dots
                    runs.append(y - start)
                start = None
    if not runs:
        return None
    return statistics.median(runs) / scale


def _ocr_scale(flat: Image.Image) -> float:
    height = _line_height(flat)
    scale = TARGET_LINE_PX / height if height else 1.0
    scale = min(MAX_SCALE, max(MIN_SCALE, scale))
    pixels = flat.width * flat.height * scale * scale
    if pixels > MAX_OCR_PIXELS:
        scale *= (MAX_OCR_PIXELS / pixels) ** 0.5
    return 1.0 if 0.9 <= scale <= 1.1 else scale


def prepare(image: Image.Image) -> tuple[Image.Image, float]:
    """The grayscale, dark-on-white, rescaled image Tesseract reads, and its scale."""
    flat = _flatten_background(_grayscale(image))
    scale = _ocr_scale(flat)
    if scale != 1.0:
        size = (max(1, round(flat.width * scale)), max(1, round(flat.height * scale)))
        flat = flat.resize(size, Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC)
    return flat, scale


# ---------------------------------------------------------------- words


def read_words(prepared: Image.Image, scale: float, languages: str) -> list[list[Word]]:
    """Lines of words in reading order, from one Tesseract run on a prepared
    image; boxes are mapped back to the original image's pixels (/ scale)."""
    try:
        data = pytesseract.image_to_data(
            prepared,
            lang=languages,
            config="--oem 1 --psm 3 -c tessedit_do_invert=0",
            output_type=pytesseract.Output.DICT,
            timeout=TESSERACT_TIMEOUT_S,
        )
    except RuntimeError as error:  # pytesseract's timeout: what is not read can't be let through
        raise checking.EvidenceRefused("unreadable") from error
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        left, top = data["left"][i] / scale, data["top"][i] / scale
        box = (int(left), int(top), int(left + data["width"][i] / scale + 1), int(top + data["height"][i] / scale + 1))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(Word(text, box, float(data["conf"][i])))
    ordered = sorted(lines.values(), key=lambda words: (min(w.box[1] for w in words), words[0].box[0]))
    return [sorted(words, key=lambda w: w.box[0]) for words in ordered]


# Common words of each language, without accents (the first pass, with the
# English and Russian models, often drops them): enough to tell which Latin
# language a screenshot is in, so a second pass can put that model first.
_STOPWORDS = {
    "spa": set(
        """la el que los las por para con una del tu su es se al lo como pero este esta dos pasos
        codigo contrasena sesion nadie cuenta pedido estado enlace verificacion recuperacion correo
        guardados mensajes nunca hola gracias aunque digan ser sirve iniciar pediste ignora mensaje
        suscriptores cantidad restantes importe fecha pago realizado metodo recibo conteo""".split()
    ),
    "por": set(
        """que do da em para com uma um os as nao voce seu sua meu minha este esta codigo senha
        ninguem conta pedido entrar salvas mensagens verificacao etapas duas recuperacao inscritos
        quantidade restante valor pagamento aprovado comprovante mesmo digam pediu mensagem
        contagem inicial obrigado""".split()
    ),
    "tur": set(
        """ve bir bu icin ile kod kodu sifre sifreniz hesap hesabiniza giris degil bile kimseye
        vermeyin abone siparis durum baglanti tutar odeme basarili islem tarih kayitli mesajlar
        dogrulama iki adimli kurtarma yedek kodlar guvenlik merhaba kalan miktar""".split()
    ),
    "ind": set(
        """dan yang untuk dengan ini itu akun kode kata sandi anda saya tidak dari pesanan tautan
        jangan berikan masuk kepada siapa pun pelanggan sisa jumlah pembayaran berhasil tanggal
        selesai pesan tersimpan verifikasi langkah pemulihan cadangan keamanan halo bisa""".split()
    ),
    "eng": set(
        """the to and of you your is for on in this that it code password account order with do
        not be are can will if or from have was""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]{2,}")
# Latin words the Russian model read as Cyrillic lookalikes ("еп" for "en").
_AS_LATIN = str.maketrans("аеорсухпмткнвиі", "aeopcyxnmtkhbui")


def guess_language(text: str) -> list[str]:
    """The Tesseract codes of the Latin-script languages most words are in,
    best first (a close second is kept: Spanish and Portuguese share words);
    [] when the text is Russian or has too few words to tell."""
    plain = unicodedata.normalize("NFD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ı", "i")
    words = _WORD.findall(plain)
    cyrillic = [w for w in words if re.search("[а-яё]", w)]
    if not words or sum(1 for w in cyrillic if w.translate(_AS_LATIN) == w) * 2 > len(words):
        return []
    words = [w.translate(_AS_LATIN) for w in words]
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _STOPWORDS.items()}
    ranked = sorted(hits, key=hits.get, reverse=True)
    best = ranked[0]
    if hits[best] < 2:
        return []
    return [lang for lang in ranked[:2] if hits[lang] >= max(2, hits[best] - 1)]


_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-+/=:|()\[\]{}!]+")
# OCR reads Latin letters of a token as Cyrillic lookalikes when rus is loaded.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсухіІЅѕјЈ", "ABEKMHOPCTXaeopcyxiISsjJ")


def _fold_token(text: str) -> str:
    """A token as it was typed: Cyrillic lookalikes and accented letters the OCR
    put in it read as the plain Latin letters (same length)."""
    text = text.translate(_LOOKALIKES)
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text)


def _is_gibberish(word: str) -> bool:
    """A word no language writes: digits among letters, or capitals inside."""
    letters = any(ch.isalpha() for ch in word)
    return (letters and any(ch.isdigit() for ch in word)) or any(
        a.islower() and b.isupper() for a, b in itertools.pairwise(word)
    )


def _is_fragment(line: list[Word]) -> bool:
    """A line that is a piece of a token or string wrapped over lines (OCR may
    also have split it at a misread character): letters and digits, no
    sentence punctuation, one long word or mostly gibberish words."""
    compact = _fold_token("".join(word.text for word in line))
    if (
        len(compact) < 14
        or _TOKEN_CHARS.fullmatch(compact) is None
        or not any(ch.isdigit() for ch in compact)
        or not any(ch.isalpha() for ch in compact)
    ):
        return False
    if len(line) <= 3:
        return max(len(word.text) for word in line) >= 10
    return sum(_is_gibberish(word.text) for word in line) * 3 >= len(line)


def _is_tail(line: list[Word]) -> bool:
    """The last few characters of a wrapped token, alone on their line (not a
    word such as the "Message" of the input bar below it)."""
    if len(line) != 1:
        return False
    text = _fold_token(line[0].text)
    return (
        len(text) <= 12
        and _TOKEN_CHARS.fullmatch(text) is not None
        and (len(text) <= 4 or _is_gibberish(text) or text.isupper())
    )


# Keywords the OCR misreads in a way that hides them from screening.
_OCR_FIXES = (
    (re.compile(r"(?i)\b(contrase)(?:fi|fl|ri|ii|h)(as?)\b"), r"\1ñ\2"),  # contraseña
    (re.compile(r"(?i)\b(c)[eé6ò](digos?)\b"), r"\1ó\2"),  # código read as "Cédigo"
)


def _fix_word(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # ligatures the OCR emits ("ﬁ") as letters
    for pattern, replacement in _OCR_FIXES:
        text = pattern.sub(replacement, text)
    return text


def _join(lines: list[list[Word]]) -> tuple[str, list[tuple[int, int, Word]]]:
    """The text of the lines and each word's span in it. Runs of wrapped token
    fragments are joined back into one unbroken string (no spaces, lookalikes
    read as Latin), as they were before the screen wrapped them."""
    parts: list[str] = []
    spans: list[tuple[int, int, Word]] = []
    cursor = 0
    joined = [_is_fragment(line) for line in lines]
    for index in range(1, len(lines)):
        if joined[index - 1] and not joined[index] and _is_tail(lines[index]):
            joined[index] = True
    for index, line in enumerate(lines):
        for position, word in enumerate(line):
            text = _fold_token(word.text) if joined[index] else _fix_word(word.text)
            if position and not joined[index]:
                parts.append(" ")
                cursor += 1
            spans.append((cursor, cursor + len(text), word))
            parts.append(text)
            cursor += len(text)
        if not (joined[index] and index + 1 < len(lines) and joined[index + 1]):
            parts.append("\n")
            cursor += 1
    return "".join(parts), spans


# ------------------------------------------------------ screenshot rules
# Added to screening.scan for what only shows up in pictures: tokens the OCR
# misread a character of, and lists of codes under their heading.

_OCR_BOT_TOKEN = re.compile(r"(?<![\w:])\d{8,10}\s?[:;]\s?([A-Za-z0-9_\-|()\[\]{}/!]{30,42})")
_OCR_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-|()\[\]{}!]{150,}")
_CODE_LIST_HEADING = re.compile(
    r"(?:backup|recovery|reserve|резервн\w*|восстановл\w*|respaldo|recuperaci\w*|recupera\w*|"
    r"backup|yedek|kurtarma|cadangan|pemulihan)\W{0,3}\w{0,12}\W{0,3}"
    r"(?:codes?|kod\w*|код\w*|c[oó]digos?|kode\w*)|"
    r"(?:codes?|c[oó]digos?|kode|kodlar\w*)\s(?:de\s)?(?:backup|recovery|respaldo|recupera\w*|cadangan|pemulihan)",
    re.IGNORECASE,
)
_LISTED_CODE = re.compile(r"(?<![\w-])(?:\d{4,5}[- ]\d{4,5}|[a-z0-9]{4,5}-[a-z0-9]{4,5}|\d{8,10})(?![\w-])", re.I)
_CODE_LIST_REACH = 8  # lines after the heading


def _token_chars_ratio(text: str) -> float:
    return sum(ch.isalnum() or ch in "_-+/=" for ch in text) / max(1, len(text))


def screenshot_findings(text: str) -> list[screening.Finding]:
    """Findings only pictures need: OCR-damaged bot tokens and session strings,
    and backup codes listed under their heading."""
    found: list[screening.Finding] = []
    for match in _OCR_BOT_TOKEN.finditer(text):
        if _token_chars_ratio(match.group(1).replace("/", "|")) >= 0.93 and any(ch.isupper() for ch in match.group(1)):
            found.append(screening.Finding("session", match.start(), match.end(), ASKED_FOR["session"]))
    for match in _OCR_LONG_TOKEN.finditer(text):
        run = match.group(0)
        if (
            _token_chars_ratio(run) >= 0.97
            and sum(ch.isdigit() for ch in run) >= 8
            and any(ch.isupper() for ch in run)
            and any(ch.islower() for ch in run)
        ):
            found.append(screening.Finding("session", match.start(), match.end(), ASKED_FOR["session"]))
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for index, (_, line) in enumerate(lines):
        if not _CODE_LIST_HEADING.search(line):
            continue
        codes = [
            (line_start + m.start(), line_start + m.end())
            for line_start, later in lines[index + 1 : index + 1 + _CODE_LIST_REACH]
            for m in _LISTED_CODE.finditer(later)
        ]
        if len(codes) >= 2:
            found.append(screening.Finding("recovery", codes[0][0], codes[-1][1], ASKED_FOR["recovery"]))
    return found


def _merge(first: list[screening.Finding], extra: list[screening.Finding]) -> list[screening.Finding]:
    """`first`, plus the findings of `extra` that overlap none of them."""
    kept = list(first)
    for finding in extra:
        if not any(f.start < finding.end and finding.start < f.end for f in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _region(finding: screening.Finding, spans: list[tuple[int, int, Word]]) -> tuple[int, int, int, int] | None:
    boxes = [word.box for start, end, word in spans if start < finding.end and end > finding.start]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _preview(image: Image.Image, regions: list[tuple[int, int, int, int]]) -> bytes:
    """A PNG of the flagged area (all regions, with a margin), each region
    blacked out and outlined: it shows where the secret was read, never the
    secret itself, so it can be shown and kept like any other page data."""
    left = max(0, min(r[0] for r in regions) - PREVIEW_MARGIN_PX)
    top = max(0, min(r[1] for r in regions) - PREVIEW_MARGIN_PX)
    right = min(image.width, max(r[2] for r in regions) + PREVIEW_MARGIN_PX)
    bottom = min(image.height, max(r[3] for r in regions) + PREVIEW_MARGIN_PX)
    crop = image.convert("RGB").crop((left, top, right, bottom))
    draw = ImageDraw.Draw(crop)
    thickness = max(2, round(min(crop.size) / 120))
    for r in regions:
        draw.rectangle(
            (r[0] - left - 6, r[1] - top - 6, r[2] - left + 6, r[3] - top + 6),
            fill=(33, 33, 33),
            outline=(229, 57, 53),
            width=thickness,
        )
    crop.thumbnail((PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    crop.save(out, "PNG", optimize=True)
    return out.getvalue()


def reason_for(findings: list[screening.Finding], what: str = "screenshot") -> str:
    """ "This screenshot shows a login code. Support never needs it: ...", or ''
    (`what`: "screenshot", or "PDF" for a receipt's text)."""
    if not findings:
        return ""
    kinds = list(dict.fromkeys(f.kind for f in findings))
    first = SCREENSHOT_REASONS.get(kinds[0], "This screenshot shows something support never needs.")
    if len(kinds) > 1:
        others = [screening.KIND_LABELS.get(kind, kind) for kind in kinds[1:]]
        first = first[:-1] + " and " + " and ".join(others) + "."
    never_needed = (
        NEVER_NEEDED
        if what == "screenshot"
        else ("Support never needs it: remove it from the file, or attach a screenshot of the receipt without it.")
    )
    return f"{first.replace('This screenshot', f'This {what}')} {never_needed}"


# ---------------------------------------------------------------- public

FIRST_PASS = "eng+rus"  # one run reads English and Russian (and most Latin text) fast
SECOND_PASS_LANGUAGES = ("spa", "por", "tur", "ind")


_CYRILLIC_WORD = re.compile(r"\b\w*[а-яёА-ЯЁ]\w*\b")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def _second_pass(text: str) -> str | None:
    """The languages for a second run: the Latin language the text is in when
    the first run reads it without its accents, or English alone when an
    English screenshot came back with Cyrillic misreadings in it."""
    guessed = guess_language(text)
    languages = [lang for lang in guessed if lang in SECOND_PASS_LANGUAGES]
    if languages:
        return "+".join([*languages, "eng"])
    cyrillic = len(_CYRILLIC_WORD.findall(text))
    if cyrillic and guessed[:1] in (["eng"], []) and len(_LATIN_WORD.findall(text)) >= 3 * cyrillic:
        return "eng"
    return None


def _screen_text(lines: list[list[Word]]):
    text, spans = _join(lines)
    return text, spans, _merge(screening.scan(text), screenshot_findings(text))


def screen_image_detail(data: bytes, languages: str | None = None) -> ImageScreening:
    """OCR an image and screen its text like a typed message.

    By default one Tesseract run with English and Russian; when that finds
    nothing and the text is Spanish, Portuguese, Turkish or Indonesian, a second
    run with that language's model first (accents and letters such as ñ, ş, ã
    read right). `languages` ("eng+rus+spa+por+tur+ind", ...) forces one run.
    Raises ValueError when the bytes are not an image Pillow can open, and
    EvidenceRefused("unreadable") when Tesseract runs out of time.
    Blocking (~0.3-1.5 s): run it in a thread (see ascreen_image_detail)."""
    started = time.perf_counter()
    image = _decode(data)
    prepared, scale = prepare(image)
    text, spans, findings = _screen_text(read_words(prepared, scale, languages or FIRST_PASS))
    if languages is None and not findings:
        second = _second_pass(text)
        if second:
            text, spans, findings = _screen_text(read_words(prepared, scale, second))
    regions = [_region(finding, spans) for finding in findings]
    found = [r for r in regions if r is not None]
    return ImageScreening(
        findings=findings,
        text=text,
        reason=reason_for(findings),
        regions=regions,
        preview=_preview(image, found) if found else None,
        seconds=time.perf_counter() - started,
    )


def screen_image(data: bytes) -> list[screening.Finding]:
    """Findings in an image's text (offsets into the OCR text); [] when clean.
    Raises ValueError for bytes that are not an image. Blocking: see screen_image_detail."""
    return screen_image_detail(data).findings


async def ascreen_image_detail(data: bytes) -> ImageScreening:
    """screen_image_detail in a worker thread, so the event loop stays free."""
    return await asyncio.to_thread(screen_image_detail, data)


async def ascreen_image(data: bytes) -> list[screening.Finding]:
    return (await ascreen_image_detail(data)).findings
