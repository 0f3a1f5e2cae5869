"""Small files for the evidence tests, made on the spot (Pillow, pypdf, raw bytes).
Helpers only (no tests here): imported by test_evidence.py and test_evidence_records.py."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def image_bytes(fmt: str = "PNG", size=(64, 48), color=(30, 120, 200), **save) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, color)
    ImageDraw.Draw(image).rectangle((4, 4, size[0] // 2, size[1] // 2), fill=(250, 250, 250))
    image.save(out, fmt, **save)
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 15"  # Model
    exif[0x0132] = "2026:11:12 14:32:00"  # DateTime
    exif[0x8825] = {1: "N", 2: (55.0, 45.0, 21.0), 3: "E", 4: (37.0, 36.0, 56.0)}  # GPS
    return image_bytes("JPEG", size=(200, 100), exif=exif.tobytes())


def rotated_jpeg() -> bytes:
    """200x100 pixels with EXIF orientation 6 (shown rotated: 100x200)."""
    exif = Image.Exif()
    exif[0x0112] = 6
    return image_bytes("JPEG", size=(200, 100), exif=exif.tobytes())


def png_with_text_chunks() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "maria")
    info.add_text("Comment", "phone: +1 555 0100")
    return image_bytes("PNG", pnginfo=info)


def heic_bytes() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    return image_bytes("HEIF", size=(64, 64))


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A tiny PNG that declares a canvas of width x height (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grayscale
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(64)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def raw_pdf(*objects: bytes) -> bytes:
    """A PDF of `objects` (numbered from 1; the first is the catalog), with its xref table."""
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), entries) + data + b"\nendstream"


CATALOG_AND_PAGES = (b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")


def one_page_pdf(content: bytes, resources: bytes, *more: bytes) -> bytes:
    """A 400x200 page drawn by `content`, using `resources`; `more` objects from number 5."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources %s >>" % resources
    return raw_pdf(*CATALOG_AND_PAGES, page, pdf_stream(content), *more)


def shown_text(text: str) -> bytes:
    return f"BT /F1 14 Tf 20 100 Td ({text}) Tj ET".encode("latin-1")


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bytes(text: str | None = None, pages: int = 1) -> bytes:
    """A small valid PDF; with `text`, one page shows it in Helvetica."""
    from pypdf import PdfWriter

    if text is None:
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(width=300, height=200)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    return one_page_pdf(shown_text(text), b"<< /Font << /F1 5 0 R >> >>", HELVETICA)


def pdf_with_lying_font(text: str) -> bytes:
    """Helvetica draws `text`, but the font's ToUnicode map says every letter is an 'x':
    a text extractor reads 'xxxx'."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lie def /CMapType 2 def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <00> <FF> <0078> endbfrange "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>"
    return one_page_pdf(shown_text(text), b"<< /Font << /F1 5 0 R >> >>", font, pdf_stream(cmap))


def pdf_with_text_as_shapes(text: str) -> bytes:
    """`text` drawn as filled squares, one per pixel of a bitmap font: no font, no picture."""
    font = ImageFont.load_default()
    bitmap = Image.new("1", (int(font.getlength(text)) + 4, 14), 0)
    ImageDraw.Draw(bitmap).text((2, 1), text, fill=1, font=font)
    size = 380 / bitmap.width  # points per pixel: the text spans the page
    squares = [
        f"{10 + x * size:.2f} {150 - y * size:.2f} {size:.2f} {size:.2f} re"
        for y in range(bitmap.height)
        for x in range(bitmap.width)
        if bitmap.getpixel((x, y))
    ]
    content = ("0 g\n" + "\n".join(squares) + "\nf").encode()
    return one_page_pdf(content, b"<< >>")


def pdf_of_nested_drawings(depth: int = 8, copies: int = 10) -> bytes:
    """A few KB whose page draws a drawing that draws the next one `copies` times, `depth`
    deep: copies**depth rectangles for whoever draws it (no text anywhere)."""
    drawings = []
    for level in range(depth):
        number = 5 + level  # objects 5... (1-4 are the catalog, pages, page and its content)
        last = level == depth - 1
        body = b"0 0 1 1 re f" if last else b" ".join(b"q 1 0 0 1 0.01 0 cm /X Do Q" for _ in range(copies))
        resources = b"" if last else b"/Resources << /XObject << /X %d 0 R >> >> " % (number + 1)
        drawings.append(pdf_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 400 200] " + resources))
    return one_page_pdf(b"/X Do", b"<< /XObject << /X 5 0 R >> >>", *drawings)


def pdf_of_a_slow_shading(steps: int = 2000) -> bytes:
    """About 1 KB whose page is a shading whose colour formula (`steps` calculator steps)
    runs for every pixel: little memory, a long time on a processor for whoever draws it."""
    program = ("{ " + " ".join(["2 copy add 0.5 mul exch pop"] * steps) + " }").encode()
    formula = pdf_stream(
        zlib.compress(program), b"/FunctionType 4 /Domain [0 1 0 1] /Range [0 1] /Filter /FlateDecode "
    )
    shading = (
        b"<< /ShadingType 1 /ColorSpace /DeviceGray /Domain [0 1 0 1] /Matrix [400 0 0 200 0 0] /Function 5 0 R >>"
    )
    return one_page_pdf(b"/S sh", b"<< /Shading << /S 6 0 R >> >>", formula, shading)


def pdf_with_picture_in_strips(text: str, strip: int = 31) -> bytes:
    """`text` as a picture cut into two strips `strip` px high, stacked back together by
    the page: each strip alone is too thin to hold a line of text."""
    font = ImageFont.load_default(size=40)
    width = int(font.getlength(text)) + 20
    picture = Image.new("L", (width, strip * 2), 255)
    ImageDraw.Draw(picture).text((10, 8), text, fill=0, font=font)
    scale = 380 / width
    strips, drawing = [], []
    for index in range(2):
        part = picture.crop((0, index * strip, width, (index + 1) * strip))
        entries = (
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
            % (width, strip)
        )
        strips.append(pdf_stream(zlib.compress(part.tobytes()), entries))
        drawing.append(
            f"q {width * scale:.2f} 0 0 {strip * scale:.2f} 10 {120 - index * strip * scale:.2f} cm /S{index} Do Q"
        )
    resources = b"<< /XObject << /S0 5 0 R /S1 6 0 R >> >>"
    return one_page_pdf("\n".join(drawing).encode(), resources, *strips)


def screenshot_pdf(*texts: str) -> bytes:
    """Screenshots saved as a PDF (one page each): pictures, no text layer."""
    pages = [Image.open(io.BytesIO(screenshot(text))).convert("RGB") for text in texts]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:])
    return out.getvalue()


def pdf_with_metadata(**info: str) -> bytes:
    """A blank PDF whose document information (/Title, /Subject...) holds `info`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.add_metadata({f"/{key.title()}": value for key, value in info.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="hunter2", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_javascript() -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.actions import JavaScript

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.add_open_action(JavaScript("app.alert('hi');"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_embedded_file() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.add_attachment("main.session", b"SQLite format 3\x00" + bytes(64))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def edited_pdf(edit) -> bytes:
    """A one-page PDF changed by `edit(writer)` (pypdf's PdfWriter)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_note(text: str) -> bytes:
    """A sticky note on the page (a /Text annotation): shown by viewers, not in the page's text."""
    from pypdf.annotations import Text

    return edited_pdf(lambda writer: writer.add_annotation(0, Text(rect=(20, 20, 60, 60), text=text)))


def pdf_with_form_value(value: str) -> bytes:
    """A filled form field: its value lives in the field, not in the page's text."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    def add_field(writer):
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("notes"),
                NameObject("/V"): TextStringObject(value),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (20, 20, 200, 40)]),
            }
        )
        reference = writer._add_object(field)
        writer.pages[0][NameObject("/Annots")] = ArrayObject([reference])
        writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject([reference])}
        )

    return edited_pdf(add_field)


def pdf_with_xmp(description: str) -> bytes:
    """XMP metadata (an XML stream on the catalog) holding `description`."""
    from pypdf.generic import NameObject, StreamObject

    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>'
        f'<rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></dc:description></rdf:Description>'
        "</rdf:RDF></x:xmpmeta>"
    )

    def add_xmp(writer):
        stream = StreamObject()
        stream.set_data(xmp.encode())
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)

    return edited_pdf(add_xmp)


def pdf_with_bookmark(title: str) -> bytes:
    return edited_pdf(lambda writer: writer.add_outline_item(title, 0))


def pdf_with_file_on_its_page() -> bytes:
    """A file attached to the page (a /FileAttachment annotation), not in the document's names."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    def attach(writer):
        note = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (20, 20, 40, 40)]),
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(note)])

    return edited_pdf(attach)


def zip_bytes(names=("receipt.png",)) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, b"data")
    return out.getvalue()


def screenshot(text: str, dark: bool = False, width: int = 1080, font_size: int = 44) -> bytes:
    """A phone-like screenshot: an app bar and one chat bubble holding `text`."""
    background, bubble, ink = (
        ((14, 22, 33), (24, 37, 51), (245, 245, 245)) if dark else ((223, 231, 213), (255, 255, 255), (0, 0, 0))
    )
    font = ImageFont.truetype(FONT, font_size)
    lines = text.split("\n")
    line_height = int(font_size * 1.4)
    height = 400 + line_height * len(lines) + 200
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 180), fill=(23, 33, 43) if dark else (81, 125, 162))
    draw.text((60, 60), "Telegram", font=ImageFont.truetype(FONT, 52), fill=(255, 255, 255))
    draw.rounded_rectangle((30, 300, width - 100, 340 + line_height * len(lines) + 40), radius=30, fill=bubble)
    y = 340
    for line in lines:
        draw.text((60, y), line, font=font, fill=ink)
        y += line_height
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


LOGIN_CODE_TEXT = (
    "Login code: 48213. Do not give this code\n"
    "to anyone, even if they say they are from\n"
    "Telegram!\n\n"
    "This code can be used to log in to your\n"
    "Telegram account. We never ask it for\n"
    "anything else."
)
MEMBER_COUNT_TEXT = (
    "Crypto Signals\n"
    "12,480 subscribers\n\n"
    "t.me/cryptosignals_daily\n"
    "Daily crypto news and market notes.\n"
    "Photos 312   Videos 48   Links 96"
)
