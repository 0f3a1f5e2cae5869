"""Evidence checks by content, size limits, metadata stripping, refusals, and
screenshots read for secrets. No database, no browser."""

import asyncio
import io
import time

import pytest
import test_evidence_samples as samples
from PIL import Image

from support_studio.evidence import (
    MAX_FILE_BYTES,
    MAX_FILES_PER_MESSAGE,
    MAX_PDF_PAGES,
    REASONS,
    EvidenceRefused,
    SecretInScreenshot,
    SizeGuard,
    acheck_evidence,
    aread_capped,
    ascreen_image,
    check_evidence,
    check_file,
    check_files,
    detect_type,
    read_capped,
    safe_display_name,
    screen_image,
    screen_image_detail,
)


def refusal(name, data, check=check_file) -> EvidenceRefused:
    with pytest.raises(EvidenceRefused) as caught:
        check(name, data)
    return caught.value


# ------------------------------------------------------------ type from bytes


@pytest.mark.parametrize("fmt, mime", [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")])
def test_images_are_accepted_and_reencoded_in_their_type(fmt, mime):
    checked = check_file("shot", samples.image_bytes(fmt, size=(900, 600)))
    assert checked.mime_type == checked.source_type == mime
    assert checked.is_image and (checked.width, checked.height) == (900, 600)
    assert checked.size == len(checked.data)
    assert checked.name == "shot" + {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}[mime]
    thumb = Image.open(io.BytesIO(checked.thumbnail))
    assert thumb.format == "WEBP" and max(thumb.size) == 320 and checked.thumbnail_type == "image/webp"


def test_heic_is_accepted_and_stored_as_jpeg():
    checked = check_file("IMG_0001.HEIC", samples.heic_bytes())
    assert checked.source_type == "image/heic"
    assert checked.mime_type == "image/jpeg" and checked.name == "IMG_0001.jpg"
    assert Image.open(io.BytesIO(checked.data)).format == "JPEG"


def test_type_comes_from_the_bytes_never_the_name():
    png_named_pdf = check_file("receipt.pdf", samples.image_bytes("PNG"))
    assert png_named_pdf.mime_type == "image/png" and png_named_pdf.name == "receipt.png"
    pdf_named_png = check_file("screenshot.png", samples.pdf_bytes())
    assert pdf_named_png.mime_type == "application/pdf" and pdf_named_png.name == "screenshot.pdf"
    assert refusal("photo.png", b"<html><script>alert(1)</script></html>").code == "unsupported"
    assert refusal("photo.jpg", b"MZ\x90\x00" + b"\x00" * 60).code == "executable"


def test_detect_type():
    assert detect_type(samples.image_bytes("PNG")) == "image/png"
    assert detect_type(samples.heic_bytes()) == "image/heic"
    assert detect_type(samples.pdf_bytes()) == "application/pdf"
    assert detect_type(samples.zip_bytes()) == "application/zip"
    assert detect_type(b"SQLite format 3\x00" + bytes(100)) == "application/x-sqlite3"
    assert detect_type(b"plain text") is None


# ------------------------------------------------------------------ metadata


def test_gps_exif_is_stripped_from_jpeg():
    original = Image.open(io.BytesIO(samples.jpeg_with_gps()))
    assert original.getexif().get_ifd(0x8825)  # the sample really carries GPS
    checked = check_file("IMG_2041.jpg", samples.jpeg_with_gps())
    cleaned = Image.open(io.BytesIO(checked.data))
    assert not cleaned.getexif()  # no EXIF at all: no GPS, camera, time
    assert "exif" not in cleaned.info and "icc_profile" not in cleaned.info and "xmp" not in cleaned.info
    assert b"PhoneMaker" not in checked.data and b"Exif" not in checked.data


def test_exif_orientation_is_applied_before_it_is_dropped():
    checked = check_file("rotated.jpg", samples.rotated_jpeg())
    assert (checked.width, checked.height) == (100, 200)
    assert not Image.open(io.BytesIO(checked.data)).getexif()


def test_png_text_chunks_are_dropped():
    checked = check_file("shot.png", samples.png_with_text_chunks())
    assert b"maria" not in checked.data and b"555" not in checked.data
    assert not {"Author", "Comment"} & set(Image.open(io.BytesIO(checked.data)).info)


# --------------------------------------------------------------- size limits


def test_size_guard_refuses_the_moment_the_limit_is_passed():
    guard = SizeGuard(limit=10)
    guard.feed(b"12345")
    guard.feed(b"67890")  # exactly at the limit is fine
    with pytest.raises(EvidenceRefused) as caught:
        guard.feed(b"x")
    assert caught.value.code == "too_large" and "10 MB" in caught.value.reason


def test_read_capped_stops_reading_an_endless_stream():
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield b"\x00" * 1024 * 1024

    with pytest.raises(EvidenceRefused):
        read_capped(endless())
    assert pulled == MAX_FILE_BYTES // (1024 * 1024) + 1  # one chunk past the limit, not one more
    assert read_capped(io.BytesIO(b"abc")) == b"abc"


def test_aread_capped_reads_async_sources():
    class Upload:  # like Starlette's UploadFile
        def __init__(self, data):
            self.stream = io.BytesIO(data)

        async def read(self, n=-1):
            return self.stream.read(n)

    async def chunks(count):
        for _ in range(count):
            yield b"\x00" * (1024 * 1024)

    assert asyncio.run(aread_capped(Upload(b"receipt"))) == b"receipt"
    with pytest.raises(EvidenceRefused):
        asyncio.run(aread_capped(Upload(b"\x00" * (MAX_FILE_BYTES + 1))))
    with pytest.raises(EvidenceRefused):
        asyncio.run(aread_capped(chunks(11)))


def test_check_file_refuses_more_than_10_mb_and_empty_files():
    assert refusal("big.png", b"\x89PNG" + bytes(MAX_FILE_BYTES)).code == "too_large"
    assert refusal("empty.png", b"").code == "empty"


def test_at_most_five_files_per_message():
    files = [(f"{i}.png", samples.image_bytes()) for i in range(MAX_FILES_PER_MESSAGE)]
    assert len(check_files(files)) == MAX_FILES_PER_MESSAGE
    with pytest.raises(EvidenceRefused) as caught:
        check_files(files + [("6.png", samples.image_bytes())])
    assert caught.value.code == "too_many" and "5 files" in caught.value.reason


# ------------------------------------------------------------------ refusals

SESSION_REASON = REASONS["session"]


@pytest.mark.parametrize(
    "name, data",
    [
        ("my_account.session", b"SQLite format 3\x00" + bytes(200)),  # Telethon / Pyrogram
        ("anything.png", b"SQLite format 3\x00" + bytes(200)),  # the bytes decide, not the name
        ("tdata/key_datas", b"TDF$" + bytes(64)),  # Telegram Desktop
        ("D877F783D5D3EF8Cs", b"TDF$" + bytes(64)),
        ("tdata/settingss", b"\x01\x02\x03 not a known type"),  # a tdata file by its folder
        ("account.session", b"\x00\x01 unknown bytes"),
        ("backup.zip", samples.zip_bytes(["tdata/key_datas", "tdata/D877F783D5D3EF8C/maps"])),
        ("files.zip", samples.zip_bytes(["sessions/main.session"])),
    ],
)
def test_session_files_and_tdata_are_refused_with_the_do_not_send_reason(name, data):
    error = refusal(name, data)
    assert error.code == "session" and error.reason == SESSION_REASON
    assert "Support never needs session files" in error.reason


@pytest.mark.parametrize(
    "data",
    [
        samples.zip_bytes(),
        b"Rar!\x1a\x07\x01\x00" + bytes(64),
        b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(64),
        b"\x1f\x8b\x08\x00" + bytes(64),
    ],
)
def test_archives_are_refused(data):
    error = refusal("screens.zip", data)
    assert error.code == "archive" and "zip, rar, 7z" in error.reason


@pytest.mark.parametrize(
    "name, data",
    [
        ("setup.exe", b"MZ\x90\x00\x03" + bytes(200)),
        ("tool", b"\x7fELF\x02\x01\x01" + bytes(100)),
        ("run.sh", b"#!/bin/sh\nrm -rf ~\n"),
        ("app.apk", samples.zip_bytes(["classes.dex", "AndroidManifest.xml"])),
        ("invoice.js", b"fetch('https://example.invalid')"),
    ],
)
def test_executables_are_refused(name, data):
    assert refusal(name, data).code == "executable"


@pytest.mark.parametrize(
    "name, data",
    [
        ("notes.txt", b"Order 48207 is stuck"),
        ("shot.gif", samples.image_bytes("GIF")),
        ("shot.bmp", samples.image_bytes("BMP")),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
    ],
)
def test_anything_else_is_refused(name, data):
    error = refusal(name, data)
    assert error.code == "unsupported" and "PNG, JPEG, WebP or HEIC" in error.reason


def test_decompression_bomb_is_refused():
    bomb = samples.png_bomb()
    assert len(bomb) < 100_000  # tiny file, 400 megapixels declared
    error = refusal("huge.png", bomb)
    assert error.code == "image_too_big" and "too large to open safely" in error.reason


def test_damaged_images_are_refused():
    png = samples.image_bytes("PNG", size=(300, 300), color=(1, 2, 3))
    assert refusal("cut.png", png[: len(png) // 2]).code == "damaged_image"
    jpeg = samples.image_bytes("JPEG", size=(300, 300))
    assert refusal("cut.jpg", jpeg[:200]).code == "damaged_image"


def test_pdfs_are_accepted_only_if_they_parse():
    checked = check_file("receipt.pdf", samples.pdf_bytes(pages=2))
    assert checked.mime_type == "application/pdf" and checked.pages == 2 and checked.thumbnail is None
    assert check_file("receipt.pdf", checked.data).pages == 2  # stored as written afresh, still the same pages
    assert refusal("receipt.pdf", b"%PDF-1.4\n%garbage that is no pdf\n").code == "damaged_pdf"
    assert refusal("receipt.pdf", samples.pdf_bytes()[:60]).code == "damaged_pdf"


def test_a_pdf_is_stored_without_what_its_pages_no_longer_use():
    """Outside attack round 6: a PDF was stored as received, so text an incremental update had
    "deleted" (or any object nothing refers to) went to support, unread by the screening."""
    original = samples.pdf_bytes(pages=1)
    left_over = b"\n99 0 obj\n(my telegram password is Sunflower88)\nendobj\n"
    checked = check_file("receipt.pdf", original + left_over)
    assert b"Sunflower88" not in checked.data and checked.pages == 1 and checked.size == len(checked.data)


def test_locked_and_scripted_pdfs_are_refused():
    locked = refusal("receipt.pdf", samples.encrypted_pdf())
    assert locked.code == "locked_pdf" and "password" not in locked.reason.lower()
    assert refusal("receipt.pdf", samples.pdf_with_javascript()).code == "active_pdf"
    assert refusal("receipt.pdf", samples.pdf_with_embedded_file()).code == "active_pdf"


def test_safe_display_name():
    assert safe_display_name("C:\\Users\\maria\\Desktop\\receipt.PNG", "image/png") == "receipt.png"
    assert safe_display_name("../../etc/passwd", "image/png") == "passwd.png"
    assert safe_display_name("invoice\u202egnp.exe", "image/png") == "invoice gnp.png"
    assert safe_display_name('a"b<c>.png', "image/png") == "a_b_c_.png"
    assert safe_display_name("", "application/pdf") == "receipt.pdf"
    assert safe_display_name("   ", "image/jpeg") == "screenshot.jpg"
    assert len(safe_display_name("x" * 500 + ".png", "image/png")) == 100


# ------------------------------------------------------- read for secrets


def test_screenshot_of_a_login_code_is_flagged_with_reason_and_preview():
    data = samples.screenshot(samples.LOGIN_CODE_TEXT, dark=True)
    result = screen_image_detail(data)
    assert [f.kind for f in result.findings] == ["one_time_code"]
    assert result.text[result.findings[0].start : result.findings[0].end] == "48213"
    assert result.reason.startswith("This screenshot shows a login code.")
    assert "Support never needs it" in result.reason
    left, top, right, bottom = result.regions[0]
    assert 0 < left < right < 1080 and 300 < top < bottom < 500  # the first line of the bubble
    preview = Image.open(io.BytesIO(result.preview))
    assert preview.format == "PNG" and max(preview.size) <= 720
    assert screen_image(data) == result.findings


def test_screenshot_of_a_member_count_is_clean():
    result = screen_image_detail(samples.screenshot(samples.MEMBER_COUNT_TEXT))
    assert result.findings == [] and result.reason == "" and result.preview is None
    assert "12,480" in result.text


@pytest.mark.parametrize("data", [b"", b"not an image at all", samples.pdf_bytes(), samples.zip_bytes()])
def test_screen_image_raises_value_error_for_non_images(data):
    with pytest.raises(ValueError):
        screen_image(data)


def test_ascreen_image_runs_off_the_event_loop():
    async def main():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.create_task(ticker())
        findings = await ascreen_image(samples.screenshot(samples.LOGIN_CODE_TEXT))
        task.cancel()
        return findings, ticks

    findings, ticks = asyncio.run(main())
    assert findings and ticks >= 5  # the loop kept running while Tesseract worked


def test_check_evidence_refuses_a_secret_screenshot_before_anything_is_stored():
    with pytest.raises(SecretInScreenshot) as caught:
        check_evidence("Screenshot_20261112.png", samples.screenshot(samples.LOGIN_CODE_TEXT))
    error = caught.value
    assert error.code == "secret" and error.reason.startswith("This screenshot shows a login code.")
    assert error.screening.preview.startswith(b"\x89PNG")
    checked = check_evidence("members.png", samples.screenshot(samples.MEMBER_COUNT_TEXT))
    assert checked.mime_type == "image/png"


def test_a_picture_tesseract_can_not_read_in_time_is_refused(monkeypatch):
    import pytesseract

    def out_of_time(*_args, **_kwargs):
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pytesseract, "image_to_data", out_of_time)
    with pytest.raises(EvidenceRefused) as caught:
        check_evidence("members.png", samples.screenshot(samples.MEMBER_COUNT_TEXT))
    assert caught.value.code == "unreadable" and "Crop it" in caught.value.reason


def test_check_evidence_reads_a_pdf_receipt_text():
    assert check_evidence("receipt.pdf", samples.pdf_bytes("Payment 25.00 USD, reference INV-2026-11-0042"))
    with pytest.raises(SecretInScreenshot) as caught:
        check_evidence("notes.pdf", samples.pdf_bytes("My Telegram password: Sunflower#2024"))
    assert caught.value.reason.startswith("This PDF shows a password.")


def test_check_evidence_reads_the_pictures_and_information_of_a_pdf():
    receipt = samples.screenshot_pdf(samples.MEMBER_COUNT_TEXT)
    assert check_evidence("members.pdf", receipt).mime_type == "application/pdf"
    with pytest.raises(SecretInScreenshot) as caught:  # a screenshot saved as a PDF: no text layer
        check_evidence("scan.pdf", samples.screenshot_pdf(samples.MEMBER_COUNT_TEXT, samples.LOGIN_CODE_TEXT))
    assert caught.value.reason.startswith("This PDF shows a login code.")
    assert caught.value.screening.preview.startswith(b"\x89PNG")
    with pytest.raises(SecretInScreenshot):
        check_evidence("blank.pdf", samples.pdf_with_metadata(subject="My Telegram password: Sunflower#2024"))
    with pytest.raises(EvidenceRefused) as too_many:
        check_evidence("album.pdf", samples.pdf_bytes(pages=MAX_PDF_PAGES + 1))
    assert too_many.value.code == "long_pdf"


@pytest.mark.parametrize(
    "make", [samples.pdf_with_note, samples.pdf_with_form_value, samples.pdf_with_xmp, samples.pdf_with_bookmark]
)
def test_check_evidence_reads_what_a_pdf_viewer_shows_beside_the_page(make):
    """Notes, form values, XMP metadata and bookmarks are shown by viewers (to the agent too)."""
    assert check_evidence("receipt.pdf", make("Paid 25.00 USD for order 48207")).mime_type == "application/pdf"
    with pytest.raises(SecretInScreenshot) as caught:
        check_evidence("receipt.pdf", make("My Telegram password: Sunflower#2024"))
    assert caught.value.reason.startswith("This PDF shows a password.")


@pytest.mark.parametrize(
    "make", [samples.pdf_with_lying_font, samples.pdf_with_text_as_shapes, samples.pdf_with_picture_in_strips]
)
def test_a_pdf_is_read_as_a_viewer_draws_it_not_as_its_text_layer_says(make):
    """Each of these shows the password to whoever opens it, while a text extractor
    reads junk or nothing, and no one picture holds it: every page is drawn and read."""
    with pytest.raises(SecretInScreenshot) as caught:
        check_evidence("receipt.pdf", make("My Telegram password is Tr0ub4dor&3x"))
    assert caught.value.reason.startswith("This PDF shows a password.")
    assert caught.value.screening.preview.startswith(b"\x89PNG")  # the page, the password blacked out
    assert check_evidence("receipt.pdf", make("Paid 25.00 USD for order 48207")).mime_type == "application/pdf"


def test_what_ocr_reads_of_a_file_is_counted_by_its_pages():
    from support_studio.evidence import pages_to_read

    assert pages_to_read(samples.screenshot(samples.MEMBER_COUNT_TEXT)) == 1
    assert pages_to_read(samples.pdf_bytes(pages=7)) == 7
    assert pages_to_read(samples.pdf_bytes(pages=MAX_PDF_PAGES + 30)) == MAX_PDF_PAGES + 1  # refused anyway
    assert pages_to_read(b"%PDF-1.4 not really") == 1


def test_a_pdf_too_heavy_to_draw_is_refused_and_the_app_lives_on():
    """Drawing happens in a child process with a time and memory limit: a 4 KB PDF of
    a hundred million shapes is refused instead of taking the worker's memory."""
    started = time.monotonic()
    assert refusal("bomb.pdf", samples.pdf_of_nested_drawings(8), check=check_evidence).code == "heavy_pdf"
    assert time.monotonic() - started < 40
    assert check_evidence("receipt.pdf", samples.pdf_of_nested_drawings(3)).mime_type == "application/pdf"


def test_a_page_built_to_be_slow_to_draw_is_refused_after_a_few_seconds_of_processor_time():
    """One page of the reading budget buys at most a few seconds of a core, not the whole time limit."""
    started = time.monotonic()
    assert refusal("stats.pdf", samples.pdf_of_a_slow_shading(), check=check_evidence).code == "heavy_pdf"
    assert time.monotonic() - started < 15


def test_a_page_far_longer_than_it_is_wide_is_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=14_400)  # drawn to fit OCR, its text would be 2 px high
    tall = io.BytesIO()
    writer.write(tall)
    assert refusal("receipt.pdf", tall.getvalue(), check=check_evidence).code == "odd_page"


def test_a_pdf_with_a_file_attached_to_its_page_is_refused():
    assert refusal("receipt.pdf", samples.pdf_with_file_on_its_page()).code == "active_pdf"


def test_check_evidence_reads_every_page_of_a_pdf():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(MAX_PDF_PAGES - 1):
        writer.add_blank_page(width=300, height=200)
    writer.append(PdfReader(io.BytesIO(samples.pdf_bytes("My Telegram password: Sunflower#2024"))))
    every_page = io.BytesIO()
    writer.write(every_page)
    with pytest.raises(SecretInScreenshot):  # the password is on the last page
        check_evidence("statement.pdf", every_page.getvalue())


def test_a_file_whose_name_holds_a_secret_is_refused_without_repeating_the_name():
    with pytest.raises(EvidenceRefused) as caught:
        check_evidence("my telegram password is Tulip#2024.png", samples.image_bytes("PNG"))
    assert caught.value.code == "secret_name" and "Tulip" not in caught.value.reason
    assert check_evidence("Screenshot 2026-11-12 at 10.42.png", samples.image_bytes("PNG"))


@pytest.mark.parametrize(
    "name",
    [
        "telegramPassword=Sunflower88.png",
        "MyPassword_is_Tulip2024.png",
        "login_code_48213.jpg",
        "Telegram_Login_Code_92817.png",
        "backup-codes-8f3k-29qx-77ab.pdf",
        "pass%3A%20Tulip2024.png",
        "my-2fa-code-483921.png",
        "telegram\u200bpassword\u200bis\u200bSunflower88.png",  # shown with spaces where the marks were
    ],
)
def test_a_secret_in_a_file_name_without_spaces_is_found(name):
    with pytest.raises(EvidenceRefused) as caught:
        check_evidence(name, samples.image_bytes("PNG"))
    assert caught.value.code == "secret_name"


@pytest.mark.parametrize(
    "name",
    [
        "password_reset_screen.png",
        "2fa_settings.png",
        "login-code-screen.png",
        "order_48207_screenshot.png",
        "promo_code_SALE20.png",
        "receipt_INV-2026-11-0042.pdf",
        "IMG_20261130_123456.jpg",
        "how_to_enable_2fa.png",
    ],
)
def test_a_file_named_for_what_it_shows_is_attached(name):
    assert check_evidence(name, samples.image_bytes("PNG"))


# ------------------------------------------------- picture-only text rules


def test_wrapped_tokens_are_joined_back_and_ocr_damaged_tokens_caught():
    from support_studio.evidence.ocr import Word, _join, screenshot_findings

    def line(*texts, top=0):
        return [Word(text, (i * 100, top, i * 100 + 90, top + 30), 90.0) for i, text in enumerate(texts)]

    lines = [
        line("Use", "this", "token", "to", "access", "the", "HTTP", "API:", top=0),
        line("7222485214:AAZJ2QNdffR9656KO", top=40),
        line("UajVDGtW948F1Wur6T", top=80),  # wrapped by the screen
        line("Keep", "your", "token", "secure.", top=120),
    ]
    text, spans = _join(lines)
    assert "7222485214:AAZJ2QNdffR9656KOUajVDGtW948F1Wur6T\n" in text
    found = screenshot_findings(text)
    assert [f.kind for f in found] == ["session"]
    assert {w.text for s, e, w in spans if s < found[0].end and e > found[0].start} == {
        "7222485214:AAZJ2QNdffR9656KO",
        "UajVDGtW948F1Wur6T",
    }
    # a misread character (")" for "j") still reads as a bot token
    assert screenshot_findings("7720192981:AAxfPsGK-TtWq4hFf)hVmtB7L9tURUcfRsc")
    # ordinary lines with numbers and links are not tokens
    assert screenshot_findings("Order #48207 14:32 t.me/cryptosignals_daily/184\nPhotos 312 Videos 48") == []


def test_backup_codes_listed_under_their_heading_are_caught():
    from support_studio.evidence.ocr import screenshot_findings

    text = (
        "Backup codes\nEach code can be used once. Keep them somewhere safe.\n\n"
        "5658-2694 3028-7365\n1361-4435 7649-8430\n"
    )
    assert [f.kind for f in screenshot_findings(text)] == ["recovery"]
    assert screenshot_findings("Yedek kodlar\nHer kod bir kez kullanılabilir.\n6044-5653 9481-7437\n")
    assert screenshot_findings("Order codes\n48207 48195\n") == []
    assert screenshot_findings("Backup codes\nNone generated yet.\n") == []


def test_language_guess_picks_the_second_pass():
    from support_studio.evidence.ocr import _second_pass, guess_language

    assert guess_language("Verificación en dos pasos de Telegram. Contraseña: ...")[0] == "spa"
    assert guess_language("Não dê este código a ninguém, mesmo que digam ser do Telegram")[0] == "por"
    assert guess_language("Bu kodu kimseye vermeyin, Telegram hesabınıza giriş için")[0] == "tur"
    assert guess_language("Jangan berikan kode ini kepada siapa pun")[0] == "ind"
    assert guess_language("Код для входа в Telegram: 48213. Не давайте код никому") == []
    assert _second_pass("Jangan berikan kode ini kepada siapa pun") == "ind+eng"
    assert _second_pass("Do not give this code to anyone, even if they say") is None
    # an English screenshot the Russian model misread part of: English alone again
    assert (
        _second_pass("Saved Messages\nTelegram two-step verification\nPassword: ПВА 7{МВ}е!\nHint: first dog") == "eng"
    )


# ------------------------------------------------------------ decoded pixels held at once


def test_checks_hold_their_decoded_pixels_against_one_budget(monkeypatch):
    """Outside attack round 7: a 158 KB PNG that declares 50 million pixels took a worker from
    147 MB to 671 MB, and three at once to 1.85 GB. A check now holds its image's decoded size
    first, waiting while others hold the rest, and is refused as busy when it waits too long."""
    from support_studio.evidence import intake

    picture = samples.image_bytes("PNG", size=(2000, 1000))
    assert intake.decoded_size(picture) == 2000 * 1000 * 12  # from the header: nothing is decoded
    assert intake.decoded_size(b"not a picture") == 0
    budget = intake.DecodingBudget(total=3_000_000 * 12, wait=0.2)
    monkeypatch.setattr(intake, "DECODING", budget)
    with budget.holding(2_000_000 * 12):  # another check holds two thirds
        assert refusal("big.png", picture, check_evidence).reason == REASONS["busy"]
    assert check_evidence("big.png", picture).mime_type == "image/png"  # alone, it fits
    assert budget.held == 0
    with budget.holding(10**12):  # larger than the whole budget: alone it still goes through
        assert budget.held == budget.total

    async def uploads_meanwhile():
        with budget.holding(2_000_000 * 12):  # the upload path waits on the event loop, not in a thread
            with pytest.raises(EvidenceRefused, match="many files"):
                await acheck_evidence("big.png", picture)
        return await acheck_evidence("big.png", picture)

    assert asyncio.run(uploads_meanwhile()).mime_type == "image/png" and budget.held == 0


def test_an_agents_picture_that_asks_for_the_login_code_is_refused_and_a_customers_is_not():
    ask = samples.screenshot("Refill check, step 2: please send us the login code Telegram sent you.")
    with pytest.raises(EvidenceRefused) as refused:
        check_evidence("refill-steps.png", ask, asks=True)
    assert refused.value.code == "agent_ask"
    assert check_evidence("refill-steps.png", ask).name == "refill-steps.png"  # a customer's screenshot of it


def test_an_agents_picture_of_the_order_page_is_taken():
    shot = samples.screenshot("Order 48213: 10,000 members, 6,120 delivered, status partial.")
    assert check_evidence("order.png", shot, asks=True).mime_type == "image/png"


def _pdf_with_a_link_and_a_page_label(uri: str, label: str) -> bytes:
    """A one-page receipt whose link address and page label a viewer shows beside its text."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(20), FloatObject(95), FloatObject(250), FloatObject(115)]),
            NameObject("/A"): DictionaryObject(
                {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(uri)}
            ),
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    labels = ArrayObject([NumberObject(0), DictionaryObject({NameObject("/P"): TextStringObject(label)})])
    writer._root_object[NameObject("/PageLabels")] = DictionaryObject({NameObject("/Nums"): labels})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdfs_link_addresses_and_page_labels_are_read_for_secrets():
    hidden_link = _pdf_with_a_link_and_a_page_label("https://example.com/?my_telegram_password=Q10Pdf%2342", "1")
    hidden_label = _pdf_with_a_link_and_a_page_label(
        "https://example.com/receipt", "my telegram password is Q10Lbl#43 "
    )
    for data in (hidden_link, hidden_label):
        with pytest.raises(SecretInScreenshot):
            check_evidence("receipt.pdf", data)
    plain = _pdf_with_a_link_and_a_page_label("https://example.com/receipt/48213", "1")
    assert check_evidence("receipt.pdf", plain).mime_type == "application/pdf"
