"""Generated samples read through the real page reader, and how to compare them to truth.

`read_sample` renders a generator's document the way it reaches the back office
(born-digital PDF, scanned image-only PDF, phone photo) and reads it with
`extractors.pages`: real pdfplumber, real Tesseract.
"""

from __future__ import annotations

import io
import random
import unicodedata
from types import ModuleType

from rapidfuzz import fuzz
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.pages import read_bytes
from samples.generator import render
from samples.generator.spec import DocSpec
from woondossier.model import Field, Page

CONFIDENT = 0.8
"""The policies' field_confidence_threshold: a value read at or above it is used without review."""


def read_sample(generator: ModuleType, layout: str, seed: int, rendering: str) -> tuple[DocSpec, list[Page]]:
    rng = random.Random(f"{generator.DOC_TYPE}-{layout}-{seed}")
    spec = generator.make(rng, layout)
    if rendering == "digital":
        return spec, read_bytes(render.render_digital(spec), "sample.pdf")
    if rendering == "scan":
        return spec, read_bytes(render.render_scan(spec, rng), "scan.pdf")
    photos = render.render_photo(spec, rng)
    pages = []
    for number, photo in enumerate(photos, start=1):
        (page,) = read_bytes(photo, "photo.jpg")
        pages.append(page.model_copy(update={"number": number}))
    return spec, pages


def lines_pdf(lines: list[str], size: float = 10) -> bytes:
    """A born-digital one-page PDF holding `lines`, one under the other (a page as OCR left it, say)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", size)
    for i, line in enumerate(lines):
        c.drawString(40, 780 - 16 * i, line)
    c.save()
    return buffer.getvalue()


def unicode_pdf(*pages: list[str]) -> bytes:
    """A born-digital PDF of pages of lines in DejaVu Sans, which draws what the standard
    fonts cannot: pictograms (☺ ⌂ → €), boxes (☐ ☒ ■ □) and the letters of Polish,
    Romanian and the other languages of Central Europe (ł, ę, ș, ț)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        c.setFont("DejaVuSans", 10)
        for i, line in enumerate(lines):
            c.drawString(40, 800 - 15 * i, line)
        c.showPage()
    c.save()
    return buffer.getvalue()


def scanned_png(pdf: bytes, dpi: int = 300) -> bytes:
    """The first page of a PDF as a grey PNG scanned at `dpi`: read by OCR, not its text layer."""
    import pypdfium2

    image = pypdfium2.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def ocr_like(pages: list[Page]) -> list[Page]:
    """Pages of a born-digital PDF made to stand for what OCR read (`lines_pdf`'s "a page as
    OCR left it"): each word carries its line's number, as Tesseract's words do. A label
    on a text layer is matched without OCR's slips (`extractors.labels`); a test of how a
    slip is read gives its page this way."""
    return [page.model_copy(update={"words": tuple(
        word.model_copy(update={"line": number}) for number, line in enumerate(page.lines, start=1) for word in line.words)})
        for page in pages]  # fmt: skip


def _plain(name: str) -> str:
    """A name without accents, dotless i as i, lower case: how OCR tends to differ from print."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def same_name(expected: str, found: str) -> bool:
    return fuzz.ratio(_plain(expected), _plain(found)) >= 90


def verdict(name: str, truth, field: Field) -> str:
    """'right', 'missing', 'unsure' (wrong but below CONFIDENT: flagged for review) or 'wrong'."""
    value = field.value
    if value is None:
        return "missing"
    if value == truth or (name.endswith("name") and isinstance(truth, str) and same_name(truth, value)):
        return "right"
    if name == "persons" and isinstance(truth, list) and len(value) == len(truth):
        fine = all(
            same_name(t["name"], v["name"] or "") and all(v[k] in (t[k], None) for k in ("birth_date", "bsn", "registered_since"))
            for t, v in zip(truth, value)
        )
        if fine:
            return "right"
    return "unsure" if field.confidence < CONFIDENT else "wrong"


def placed_pdf(pages: list[list[tuple[float, float, str]]], circles: list[tuple[float, float, float, float]] = (),
               right: frozenset[int] = frozenset(), small: frozenset[int] = frozenset(),
               pagesize: tuple[float, float] = A4) -> bytes:
    """A born-digital PDF whose pages hold text at (x, y) in points from the top (rows whose
    index is in `right` drawn right-aligned at x, those in `small` at 7 points, a caption's
    size), and on its first page ellipses (x0, top, x1, bottom): a form as a layout places it."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=pagesize)
    height = pagesize[1]
    for number, rows in enumerate(pages):
        for i, (x, y, text) in enumerate(rows):
            c.setFont("Helvetica", 7 if i in small else 10)
            (c.drawRightString if i in right else c.drawString)(x, height - y, text)
        for x0, top, x1, bottom in circles if number == 0 else ():
            c.ellipse(x0, height - bottom, x1, height - top)
        c.showPage()
    c.save()
    return buffer.getvalue()


def only_document(pdf: bytes):
    """The one document `extractors.documents` finds in a PDF (fails on more or none)."""
    from extractors.documents import documents_of

    (document,) = documents_of(read_bytes(pdf, "sample.pdf"))
    return document


def field_values(document) -> dict:
    return {name: field.value for name, field in document.fields.items()}


def drawn_words(lines: list[list[str]], size: int, dpi: int, spacing: int):
    """A white image with `lines` of words drawn in DejaVu Sans at `size` pixels, `spacing`
    pixels apart, and the words as OCR would give them (boxes in points at `dpi`, each with
    its line): a page of correctly printed text for the property tests of OCR repairs."""
    from PIL import Image, ImageDraw, ImageFont

    from woondossier.model import Word

    image = Image.new("L", (2400, 160 + spacing * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", size)
    words = []
    for row, texts in enumerate(lines):
        x, y = 40, 40 + spacing * row
        for text in texts:
            left, top, right, bottom = draw.textbbox((x, y), text, font=font)
            draw.text((x, y), text, font=font, fill=0)
            words.append(Word(text=text, bbox=tuple(v * 72 / dpi for v in (left, top, right, bottom)), confidence=0.95, line=row))
            x = right + size
            if x > 2200:
                break
    return image, words
