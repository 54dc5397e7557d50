"""Hostile and broken files, made on the spot: what an upload form receives from the world.

Each maker returns the bytes of one file; `HOSTILE` names them with the file name the
upload would carry (an extension that may lie) and what a reader must do with it.
Nothing here is stored in the repository: a decompression bomb is a few kilobytes of
instructions, not a file to keep.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of numbered objects (1-based) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_page(text: str, media: bytes = b"[0 0 595 842]") -> list[bytes]:
    content = b"BT /F1 12 Tf 72 760 Td (" + text.encode("latin-1") + b") Tj ET"
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def inflating_stream(mebibytes: int = 400) -> bytes:
    """A page whose content stream is a few hundred KiB that inflates to `mebibytes` MiB."""
    compressor = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * 4096
    packed = b"".join(compressor.compress(chunk) for _ in range(mebibytes * (1 << 20) // len(chunk))) + compressor.flush()
    objects = _text_page("bomb")
    objects[3] = _stream(packed, b"/Filter /FlateDecode")
    return _pdf(objects)


def twice_deflated_stream(mebibytes: int = 512) -> bytes:
    """Issue 20's bomb: a PDF of under 2 KB whose content stream, deflated twice
    (`/Filter [/FlateDecode /FlateDecode]`), inflates to `mebibytes` MiB."""
    inner = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    once = b"".join(inner.compress(chunk) for _ in range(mebibytes)) + inner.flush()
    twice = zlib.compress(once, 9)
    objects = _text_page("bomb")
    objects[3] = _stream(twice, b"/Filter [/FlateDecode /FlateDecode]")
    return _pdf(objects)


def huge_page() -> bytes:
    """One page of 14,400 x 14,400 pt (the largest PDF allows), nothing on it to read."""
    objects = _text_page("", media=b"[0 0 14400 14400]")
    objects[3] = _stream(b"0 0 m 14400 14400 l S")
    return _pdf(objects)


def page_tree_loop(times: int = 5000) -> bytes:
    """A page tree whose /Kids lists the same page `times` times."""
    objects = _text_page("Uittreksel Basisregistratie Personen, steeds dezelfde pagina")
    kids = b" ".join(b"3 0 R" for _ in range(times))
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % times
    return _pdf(objects)


def nested_arrays(depth: int = 50_000) -> bytes:
    """An object of arrays nested `depth` deep, referenced from the page."""
    objects = _text_page("Diep geneste objecten")
    objects[2] = objects[2].replace(b">> >> >>", b">> >> /Junk 6 0 R >>")
    objects.append(b"[" * depth + b"]" * depth)
    return _pdf(objects)


def javascript_pdf() -> bytes:
    """A readable PDF that asks to run JavaScript when opened (never run: it is only read)."""
    objects = _text_page("Verklaring met een script erin")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript 7 0 R >> >>"
    objects.append(b"<< /Type /Action /S /JavaScript /JS (app.alert\\('hallo'\\);) >>")
    objects.append(b"<< /Names [(x) 6 0 R] >>")
    return _pdf(objects)


def zero_pages() -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def png_bomb(side: int = 50_000) -> bytes:
    """A PNG declaring `side` x `side` pixels: a few KiB on disk, gigabytes when decoded."""
    raw_row = b"\x00" + b"\x00" * side
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(raw_row) for _ in range(64)) + compressor.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _photo(kind: str) -> bytes:
    """A page photographed: a few lines of a tenant's letter, 300 dpi."""
    font = ImageFont.load_default(size=42)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    lines = ("Beste woningcorporatie,", "hierbij stuur ik de gevraagde stukken", "voor mijn aanvraag.", "Met vriendelijke groet,")
    for i, line in enumerate(lines):
        draw.text((300, 400 + 90 * i), line, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    data = _photo("JPEG")
    return data[: len(data) // 3]


def truncated_tiff() -> bytes:
    data = _photo("TIFF")
    return data[: len(data) // 3]


def jpeg_named_pdf() -> bytes:
    return _photo("JPEG")


def docx_named_pdf() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Verklaring</w:document>")
    return buffer.getvalue()


def text_named_pdf() -> bytes:
    return "Beste woningcorporatie,\nhierbij mijn aanvraag.\n".encode()


def random_bytes() -> bytes:
    import random

    return random.Random(20261123).randbytes(64 * 1024)


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[], bytes]
    outcome: str  # "error": an errors entry; "read": read as what it really is


HOSTILE = (
    Hostile("bom-stroom.pdf", inflating_stream, "error"),
    Hostile("bom-dubbel.pdf", twice_deflated_stream, "error"),
    Hostile("enorme-pagina.pdf", huge_page, "error"),
    Hostile("paginalus.pdf", page_tree_loop, "either"),  # pdfminer visits a page once: one page read
    Hostile("genest.pdf", nested_arrays, "either"),
    Hostile("script.pdf", javascript_pdf, "read"),
    Hostile("nul-paginas.pdf", zero_pages, "error"),
    Hostile("bom.png", png_bomb, "error"),
    Hostile("afgebroken.jpg", truncated_jpeg, "error"),
    Hostile("afgebroken.tif", truncated_tiff, "error"),
    Hostile("foto.pdf", jpeg_named_pdf, "read"),
    Hostile("brief.pdf", docx_named_pdf, "error"),
    Hostile("tekst.pdf", text_named_pdf, "error"),
    Hostile("ruis.pdf", random_bytes, "error"),
)
"""Every hostile file, as uploaded. "either": a reader may read it or refuse it, within its bounds."""
