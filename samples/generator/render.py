"""Draw a `DocSpec` the ways documents reach a housing corporation.

One layout yields every rendering, so a sample's truth holds for all of them:
- `render_digital`: a born-digital A4 PDF (reportlab) with a real text layer;
- `render_scan`: that PDF rasterised as a flatbed scanner or mail-room scanner
  delivers it: image-only pages, skewed, speckled, blurred, JPEG-compressed,
  now and then a page fed upside down or sideways;
- `render_photo`: one phone-camera JPEG per page: perspective, uneven light, a
  table top around the paper, and an EXIF Orientation tag that must be honoured;
- `render_batch`: several documents scanned into one PDF, as the mail room does,
  with blank separator sheets between some of them;
- `make_eml`: an e-mail carrying documents as attachments.

Everything is deterministic: the digital rendering depends on the spec only, the
others on the spec and the `random.Random` passed in (numpy noise is seeded from it).
Text is drawn in a Unicode TrueType face (DejaVu, or reportlab's bundled Vera), not
in the 14 standard PDF fonts: those cannot draw "ı" (Yılmaz) and give "€" no width,
and both occur in the synthetic names and amounts.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
from reportlab.platypus import PageBreak as _PageBreak
from reportlab.platypus import Spacer as _Spacer
from reportlab.platypus import Table as _Table
from reportlab.platypus import TableStyle

from samples.generator.spec import DocSpec, Heading, KeyValues, PageBreak, Signature, Spacer, Table, Text, Title

MARGIN = 2 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
EXIF_ORIENTATION = 0x0112
# Stored pixels for an upright page, per EXIF Orientation: exif_transpose undoes these.
_STORE_ROTATION = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}

# --- fonts -------------------------------------------------------------------------

_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/TTF"))
_FACES = {  # spec.font family -> (regular, bold) DejaVu files
    "Helvetica": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "Times-Roman": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "Courier": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}


def _fonts(family: str) -> tuple[str, str]:
    """Register (once) and return the regular and bold TrueType font names for a family."""
    regular, bold = _FACES.get(family, _FACES["Helvetica"])
    names = (f"wd-{regular[:-4]}", f"wd-{bold[:-4]}")
    if names[0] in pdfmetrics.getRegisteredFontNames():
        return names
    found = [d for d in _FONT_DIRS if (d / regular).exists() and (d / bold).exists()]
    paths = (found[0] / regular, found[0] / bold) if found else ("Vera.ttf", "VeraBd.ttf")  # in reportlab
    for name, path in zip(names, paths):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return names


# --- born-digital ------------------------------------------------------------------


class _Scribble(Flowable):
    """A signature: a pen scribble over a line, the signatory's text under it.
    The scribble's shape comes from a CRC of the text, so it is stable across runs."""

    def __init__(self, text: str, font: str):
        super().__init__()
        self.text, self.font = text, font
        self.width, self.height = 200, 52

    def draw(self) -> None:
        c, shape = self.canv, random.Random(zlib.crc32(self.text.encode()))
        c.setStrokeColor(colors.HexColor("#1b2a6b"))
        c.setLineWidth(1.1)
        path, x = c.beginPath(), 8.0
        path.moveTo(x, 26 + shape.uniform(-4, 4))
        for _ in range(shape.randint(4, 7)):
            nx = x + shape.uniform(14, 30)
            path.curveTo(x + 5, shape.uniform(22, 46), nx - 5, shape.uniform(14, 40), nx, shape.uniform(20, 34))
            x = nx
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.line(0, 16, 180, 16)
        c.setFont(self.font, 9)
        c.drawString(0, 4, self.text)


def _paragraph(text: str, font: str, size: float, **style) -> Paragraph:
    """A wrapped paragraph; a newline in the text is a line break (address blocks)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.25, **style))


def _column_widths(rows: list[tuple[str, ...]], header: bool, size: float, fonts: tuple[str, str]) -> list[float]:
    """Widths that keep every value on one line when the frame allows, as a form designer would.

    A column gets its widest value; what the frame has left goes to the columns whose
    header is wider than their values (a long header may wrap). Only when the values
    themselves do not fit are all columns scaled down, and the values wrap.
    """
    width = lambda r, text: pdfmetrics.stringWidth(text, fonts[1] if header and r == 0 else fonts[0], size)  # noqa: E731
    body = rows[1:] if header and len(rows) > 1 else rows
    need = [max(width(1, row[i]) for row in body) + 16 for i in range(len(rows[0]))]
    if header:  # a header may wrap between its words, never inside one
        need = [max(n, max(width(0, word) for word in rows[0][i].split() or [""]) + 16) for i, n in enumerate(need)]
    natural = [max(n, width(0, rows[0][i]) + 16) if header else n for i, n in enumerate(need)]
    if sum(natural) <= FRAME_WIDTH:
        return natural
    if sum(need) <= FRAME_WIDTH:
        spare, wanted = FRAME_WIDTH - sum(need), [nat - n for nat, n in zip(natural, need)]
        return [n + spare * w / sum(wanted) for n, w in zip(need, wanted)]
    return [n * FRAME_WIDTH / sum(need) for n in need]


def _table(rows: list[tuple[str, ...]], header: bool, ruled: bool, size: float, fonts: tuple[str, str], widths=None) -> _Table:
    regular, bold = fonts
    cells = [[_paragraph(t, bold if header and r == 0 else regular, size) for t in row] for r, row in enumerate(rows)]
    table = _Table(cells, colWidths=widths or _column_widths(rows, header, size, fonts), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _flowables(spec: DocSpec) -> list[Flowable]:
    fonts = regular, bold = _fonts(spec.font)
    out: list[Flowable] = []
    for block in spec.blocks:
        match block:
            case Title(text, size):
                out.append(_paragraph(text, bold, size, spaceAfter=10))
            case Heading(text, size):
                out.append(_paragraph(text, bold, size, spaceBefore=8, spaceAfter=4))
            case Text(text, size):
                out.append(_paragraph(text, regular, size, spaceAfter=6))
            case KeyValues(rows, ruled, size) if rows:
                label_width = min(max(pdfmetrics.stringWidth(k, regular, size) for k, _ in rows) + 14, FRAME_WIDTH * 0.45)
                out.append(_table(list(rows), False, ruled, size, fonts, [label_width, FRAME_WIDTH - label_width]))
                out.append(_Spacer(1, 6))
            case Table(header, rows, ruled, size) if rows or header:
                out.append(_table(([header] if header else []) + list(rows), header is not None, ruled, size, fonts))
                out.append(_Spacer(1, 6))
            case Spacer(height):
                out.append(_Spacer(1, height))
            case PageBreak():
                out.append(_PageBreak())
            case Signature(text):
                out.append(_Scribble(text, regular))
    return out


def render_digital(spec: DocSpec) -> bytes:
    """A born-digital A4 PDF of the spec; the same spec always gives the same bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        invariant=1, title=spec.layout, creator="woondossier sample generator",
    )  # fmt: skip
    doc.build(_flowables(spec) or [_Spacer(1, 1)])
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


# --- scanner -----------------------------------------------------------------------


def _noise_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.getrandbits(64))


def _gaussian(noise: np.random.Generator, shape: tuple[int, ...], sigma: float) -> np.ndarray:
    return noise.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def _rasterise(pdf: bytes, scale: float, grayscale: bool) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    return [page.render(scale=scale, grayscale=grayscale).to_pil().convert("L" if grayscale else "RGB") for page in document]


def _scan_page(page: Image.Image, rng: random.Random) -> Image.Image:
    """Degrade one clean greyscale page as a scanner does."""
    noise = _noise_rng(rng)
    paper, ink = rng.uniform(222, 245), rng.uniform(15, 55)
    pixels = ink + (paper - ink) * np.asarray(page, dtype=np.float32) / 255
    image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    image = image.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, fillcolor=int(paper) - rng.randint(0, 25))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    pixels = np.asarray(image, dtype=np.float32) + _gaussian(noise, (image.height, image.width), rng.uniform(3, 9))
    specks = noise.random(pixels.shape, dtype=np.float32) < rng.uniform(2e-4, 1.5e-3)
    pixels[specks] = noise.uniform(0, 110, int(specks.sum()))
    image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    if rng.random() < 1 / 6:  # a sheet fed the wrong way round
        image = image.transpose(rng.choice((Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270)))
    return image


def _blank_scan_page(dpi: int, rng: random.Random) -> Image.Image:
    """A separator sheet: near-white paper with sensor noise and a few specks."""
    noise = _noise_rng(rng)
    size = (round(A4[1] * dpi / 72), round(A4[0] * dpi / 72))
    pixels = rng.uniform(232, 248) + _gaussian(noise, size, rng.uniform(2, 6))
    specks = noise.random(size, dtype=np.float32) < rng.uniform(5e-5, 4e-4)
    pixels[specks] = noise.uniform(40, 160, int(specks.sum()))
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def _images_to_pdf(images: list[Image.Image], dpi: int, rng: random.Random) -> bytes:
    """An image-only PDF; each page measures pixels*72/dpi points. The pages are stored
    as JPEG at the low quality (35..70) scanners use, which leaves the usual artefacts.
    No dates are written, so the bytes are reproducible."""
    buffer = io.BytesIO()
    images[0].save(
        buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=rng.randint(35, 70),
        title="scan", creationDate=None, modDate=None,
    )  # fmt: skip
    return buffer.getvalue()


def _scan_pages(spec: DocSpec, dpi: int, rng: random.Random) -> list[Image.Image]:
    return [_scan_page(page, rng) for page in _rasterise(render_digital(spec), dpi / 72, grayscale=True)]


def render_scan(spec: DocSpec, rng: random.Random) -> bytes:
    """An image-only PDF as a scanner makes it, at one dpi (200..300) for the whole document."""
    dpi = rng.randint(200, 300)
    return _images_to_pdf(_scan_pages(spec, dpi, rng), dpi, rng)


# --- phone camera ------------------------------------------------------------------


def _perspective_coefficients(targets: list[tuple[float, float]], sources: list[tuple[float, float]]) -> list[float]:
    """The 8 PIL PERSPECTIVE coefficients mapping output points `targets` to input `sources`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(targets, sources):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float)))


def _table_top(size: tuple[int, int], rng: random.Random, noise: np.random.Generator) -> Image.Image:
    """A darker surface under the paper: a base colour with low-frequency mottling."""
    base = np.array([rng.uniform(60, 130), rng.uniform(45, 110), rng.uniform(30, 95)], dtype=np.float32)
    mottle = Image.fromarray((noise.random((12, 12)) * 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
    pixels = base + (np.asarray(mottle, dtype=np.float32)[..., None] - 128) * rng.uniform(0.05, 0.15)
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")


def _photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """One clean RGB page as an upright phone photo on a table."""
    noise = _noise_rng(rng)
    tint = np.array([rng.uniform(0.95, 1.0), rng.uniform(0.93, 0.99), rng.uniform(0.86, 0.96)], dtype=np.float32)
    paper = Image.fromarray((np.asarray(page, dtype=np.float32) * tint).clip(0, 255).astype(np.uint8), "RGB")
    w, h = paper.size
    margins = [round(w * rng.uniform(0.04, 0.10)) for _ in range(4)]  # left, top, right, bottom
    size = (w + margins[0] + margins[2], h + margins[1] + margins[3])
    jitter = lambda: rng.uniform(-0.03, 0.03) * w  # noqa: E731 - a few % of the page width
    corners = [(margins[0] + jitter(), margins[1] + jitter()), (margins[0] + w + jitter(), margins[1] + jitter()),
               (margins[0] + w + jitter(), margins[1] + h + jitter()), (margins[0] + jitter(), margins[1] + h + jitter())]  # fmt: skip
    coefficients = _perspective_coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = paper.transform(size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", paper.size, 255).transform(size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR)
    photo = Image.composite(warped, _table_top(size, rng, noise), mask)
    # Light falls off across the sheet from one side: a linear gradient in a random direction.
    angle, low, high = rng.uniform(0, 2 * math.pi), rng.uniform(0.68, 0.85), rng.uniform(0.98, 1.08)
    xs, ys = np.linspace(-0.5, 0.5, size[0], dtype=np.float32), np.linspace(-0.5, 0.5, size[1], dtype=np.float32)
    ramp = xs[None, :] * math.cos(angle) + ys[:, None] * math.sin(angle)
    light = low + (high - low) * (ramp - ramp.min()) / (ramp.max() - ramp.min())
    pixels = np.asarray(photo, dtype=np.float32) * light[..., None] + _gaussian(noise, (size[1], size[0], 3), rng.uniform(2, 6))
    photo = Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")
    return photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))


def render_photo(spec: DocSpec, rng: random.Random) -> list[bytes]:
    """One JPEG per page as a phone photographs it. The pixels are stored turned as the
    phone held them and the EXIF Orientation (1, 3, 6 or 8) says how to turn them upright."""
    width = rng.randint(1400, 1800)
    photos = []
    for page in _rasterise(render_digital(spec), width / A4[0], grayscale=False):
        photo = _photograph(page, rng)
        orientation = rng.choice((1, 1, 3, 6, 6, 8))
        if _STORE_ROTATION[orientation]:
            photo = photo.transpose(_STORE_ROTATION[orientation])
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = orientation
        exif[0x010F], exif[0x0110] = "Synthetic", "Phone camera"  # Make, Model
        buffer = io.BytesIO()
        photo.save(buffer, "JPEG", quality=rng.randint(78, 92), exif=exif.tobytes())
        photos.append(buffer.getvalue())
    return photos


# --- mail room ---------------------------------------------------------------------


def _merge_pdfs(parts: list[bytes | None]) -> bytes:
    """Concatenate PDFs; None is a blank A4 page."""
    merged = pdfium.PdfDocument.new()
    for part in parts:
        if part is None:
            merged.new_page(*A4)
        else:
            merged.import_pages(pdfium.PdfDocument(part))
    buffer = io.BytesIO()
    merged.save(buffer)
    return buffer.getvalue()


def render_batch(specs: list[DocSpec], rng: random.Random, rendering: str = "scan", blank_separators: bool = True) -> tuple[bytes, list[list[int]]]:
    """Several documents one after another in one PDF, as a mail room scans a stack,
    with a blank sheet between some of them. Returns the PDF and each document's
    1-based page numbers in it."""
    if rendering not in ("scan", "digital"):
        raise ValueError(f"a batch is rendered 'scan' or 'digital', not {rendering!r}")
    dpi = rng.randint(200, 300)
    parts: list[list[Image.Image]] | list[bytes | None] = []
    pages: list[list[int]] = []
    next_page = 1
    for index, spec in enumerate(specs):
        if index and blank_separators and rng.random() < 0.5:
            parts.append([_blank_scan_page(dpi, rng)] if rendering == "scan" else None)
            next_page += 1
        part = _scan_pages(spec, dpi, rng) if rendering == "scan" else render_digital(spec)
        count = len(part) if rendering == "scan" else page_count(part)
        parts.append(part)
        pages.append(list(range(next_page, next_page + count)))
        next_page += count
    if rendering == "digital":
        return _merge_pdfs(parts), pages
    return _images_to_pdf([image for part in parts for image in part], dpi, rng), pages


def make_eml(subject: str, sender: str, body: str, attachments: list[tuple[str, bytes, str]], *, to: str = "post@woningcorporatie.example", sent: datetime = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)) -> bytes:
    """An RFC 822 message with the attachments (filename, content, mime type).
    Message-ID and MIME boundary derive from the content, so equal input gives equal bytes."""
    digest = hashlib.sha256(repr((subject, sender, body)).encode() + b"".join(content for _, content, _ in attachments)).hexdigest()
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, to
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{digest[:24]}@samples.woondossier.example>"
    message.set_content(body)
    for filename, content, mime_type in attachments:
        maintype, _, subtype = mime_type.partition("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype or "octet-stream", filename=filename)
    if attachments:
        message.set_boundary(f"===============wd{digest[24:48]}==")
    return message.as_bytes()
