"""A PDF's pages drawn for OCR, in a child process with a time and a memory limit:
PDFium has neither, and a 4 KB PDF can ask it for a hundred million shapes (a
chain of drawings nested in drawings), which held a worker for minutes and took
gigabytes. The child draws each page as a viewer would and writes it as a PNG.

    python support_studio/evidence/render.py < file.pdf > pages   (length-prefixed PNGs)

The child runs this file as a script: it imports nothing of the app, so it starts fast.
"""

from __future__ import annotations

import io
import resource
import struct
import subprocess
import sys

RENDER_SECONDS = 30  # every page of one PDF, by the clock
# Processor time per page: a receipt's page takes a fraction of a second, and a page built
# to be slow (a shading whose formula runs for every pixel) would hold a core for the whole
# RENDER_SECONDS for one page of the reading budget.
CPU_SECONDS_PER_PAGE = 2
RENDER_MEMORY_BYTES = 1024 * 1024 * 1024
PAGE_LONG_SIDE_PX = 2000  # drawn like a phone screenshot: small print stays readable
MAX_PAGE_SIDES_RATIO = 5  # a receipt, even a till roll's, is not longer than this
_DAMAGED, _ODD_SHAPE = 3, 4  # the child's exit codes


def drawn_pages(data: bytes) -> list[bytes]:
    """Every page of the PDF `data` as a PNG. Raises EvidenceRefused: damaged_pdf when
    PDFium can't read it, odd_page when a page is far longer than it is wide (it would be
    drawn too small to read), heavy_pdf when drawing runs out of time or memory."""
    from support_studio.evidence.checking import EvidenceRefused

    try:
        child = subprocess.run(
            [sys.executable, __file__], input=data, capture_output=True, timeout=RENDER_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise EvidenceRefused("heavy_pdf") from None
    if child.returncode == _DAMAGED:
        raise EvidenceRefused("damaged_pdf")
    if child.returncode == _ODD_SHAPE:
        raise EvidenceRefused("odd_page")
    if child.returncode != 0:  # out of memory, or killed
        raise EvidenceRefused("heavy_pdf")
    pages, out = [], child.stdout
    while out:
        (size,) = struct.unpack(">I", out[:4])
        pages.append(out[4 : 4 + size])
        out = out[4 + size :]
    return pages


def _draw_all(data: bytes) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
        cpu = int(resource.getrusage(resource.RUSAGE_SELF).ru_utime) + 1 + CPU_SECONDS_PER_PAGE * len(document)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # then SIGXCPU ends the child: heavy_pdf
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            if max(width, height) > MAX_PAGE_SIDES_RATIO * max(1.0, min(width, height)):
                return _ODD_SHAPE
            picture = page.render(scale=min(3.0, PAGE_LONG_SIDE_PX / max(width, height, 1))).to_pil()
            encoded = io.BytesIO()
            picture.convert("RGB").save(encoded, "PNG")
            sys.stdout.buffer.write(struct.pack(">I", encoded.tell()) + encoded.getvalue())
    except pdfium.PdfiumError:
        return _DAMAGED
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_AS, (RENDER_MEMORY_BYTES, RENDER_MEMORY_BYTES))
    sys.exit(_draw_all(sys.stdin.buffer.read()))
