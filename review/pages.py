"""Document pages as PNG images, for the application page, with their size in points.

The store records each file by its path relative to the application folder and its
SHA-256; the folder is `<inbox>/<application_id>` (or the folder whose aanvraag.json
names the application), the inbox being the one of the run that last evaluated it
(`runs.inbox`) unless the review app is given another. A file whose SHA-256 no longer
matches the database is not shown: its boxes would be drawn on another document.

PDF pages are rendered with pypdfium2, images with Pillow (EXIF orientation applied,
as the reader does), at `DPI`. The PNGs are cached in the review service's own
directory (`review.keys`, mode 0700), one folder per file SHA-256 (dropped by
`woondossier purge`), by page, dpi and redaction; a cached PNG is used only when its
record names the file's SHA-256 and the PNG's own, else the page is rendered again.

BSNs are blacked out on the image itself unless the analyst revealed one of the file:
the boxes of `bsn` fields, on a text layer every nine-digit number passing the
elfproef (a BRP extract lists people's BSNs in one table, read as one field), and on an
OCR'd page every such number in the page's reading, whatever its confidence (the
reader's `Sheet.bsn_boxes`). A page whose reading failed is blurred until revealed.

Boxes are in PDF points of the frame the reader read the page in. With the reader's
record of the page (`Sheet.geometry`: EXIF, turns, deskew, crop, the dpi it read at) the
page is drawn through that very transform (`extractors.pages.frame_image`), so a box lies
over its words whatever the file declares. A result stored before pages carried their
geometry falls back to the file's declared dpi (300 when it declares none).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError
from stdnum.nl import bsn as stdnum_bsn

from extractors import pages as reading
from woondossier.errors import InputError, ReviewError
from woondossier.model import Sheet

DPI = 110
MAX_WIDTH_PX = 1400  # a photo declaring 72 dpi is a 27-inch "page": shown no wider than a screen
MAX_POINTS = 14_400  # PDF's own page size limit; larger is a hostile file, not a document
MAX_PIXELS = 80_000_000  # the reader's limit for images
PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


BBox = tuple[float, float, float, float]
_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# PDFium is not thread-safe, not even across documents (pypdfium2's docs: "Incompatibility
# with Threading"); the app renders in FastAPI's thread pool, so one page at a time.
# Without it, analysts opening new applications together crashed the process (SIGSEGV).
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class RenderedPage:
    png: bytes
    width: float  # points
    height: float  # points


def find_file(inbox: Path, application_id: str, name: str, sha256: str) -> Path:
    """The original file of an application, checked against its recorded SHA-256."""
    folder = _folder(inbox, application_id)
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        raise ReviewError(f"{name} is not in {folder}; start the review app with --inbox pointing at the inbox", file=name)
    if _sha256(path) != sha256:
        raise ReviewError(f"{name} has changed since it was read; run woondossier again to read it", file=name)
    return path


def _folder(inbox: Path, application_id: str) -> Path:
    direct = inbox / application_id
    if direct.is_dir():
        return direct
    for folder in sorted(p for p in inbox.iterdir() if p.is_dir()) if inbox.is_dir() else ():
        try:
            if json.loads((folder / "aanvraag.json").read_text(encoding="utf-8")).get("application_id") == application_id:
                return folder
        except (OSError, ValueError, AttributeError):
            continue
    raise ReviewError(f"the folder of {application_id} is not in {inbox}; start the review app with --inbox")


def render_page(path: Path, sha256: str, page: int, cache: Path, redact: tuple[BBox, ...] | None = (), sheet: Sheet | None = None) -> RenderedPage:
    """Page `page` (1-based) of a PDF or image file as PNG, from the cache when rendered before.

    `redact`: boxes (points) to black out, BSNs found on the text layer included; None
    shows the page as it is (the analyst revealed a BSN of this file). `sheet`: the
    reader's record of the page (`Document.sheets`): the page is shown in the frame its
    boxes were read in, every BSN-like number of its reading blacked out too, and
    blurred when its reading failed (unless revealed).
    """
    tag = "plain" if redact is None else "r" + hashlib.sha256(json.dumps(sorted(redact)).encode()).hexdigest()[:12]
    tag += _sheet_tag(sheet)
    entry = _cache_entry(cache, sha256, page, tag)
    cached = _from_cache(entry, sha256)
    if cached is not None:
        return cached
    suffix = path.suffix.lower()
    if sheet is not None and sheet.geometry is not None and suffix in PDF_SUFFIXES + IMAGE_SUFFIXES:
        with _PDFIUM:
            (image, width, height), found = _page_as_read(path, page, sheet), []
    elif suffix in PDF_SUFFIXES:
        with _PDFIUM:
            image, width, height, found = _pdf_page(path, page)
    elif suffix in IMAGE_SUFFIXES:
        (image, width, height), found = _image_page(path, page), []
    else:
        raise ReviewError(f"no page image for {path.name}: only PDF and image files are shown", file=path.name)
    if redact is not None:
        _black_out(image, [*redact, *found, *(sheet.bsn_boxes if sheet else ())], image.width / width)
        if sheet is not None and sheet.read_failed:
            image = _blurred(image)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=3)  # fast: pages are rendered while the analyst waits
    png = buffer.getvalue()
    _to_cache(entry, sha256, png, width, height)
    return RenderedPage(png, width, height)


def clear_cache(cache: Path, sha256s) -> int:
    """Remove the cached pages of the files with these SHA-256s (a purge); returns how many files had some."""
    cleared = 0
    for sha256 in set(sha256s):
        folder = cache / sha256
        if _SHA256.fullmatch(sha256) and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
            cleared += 1
    return cleared


def _cache_entry(cache: Path, sha256: str, page: int, tag: str) -> Path:
    """`<cache>/<sha256>/<page>-<dpi>-<tag>`: one folder per file content (0700), so a purge can drop it whole."""
    if not _SHA256.fullmatch(sha256):
        raise ReviewError("a file without a recorded SHA-256 is not shown")
    folder = cache / sha256
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"{int(page)}-{DPI}-{tag}"


def _from_cache(entry: Path, sha256: str) -> RenderedPage | None:
    """The cached page, only when its record names this file's SHA-256 and the PNG's own; else None (render again)."""
    try:
        record = json.loads(entry.with_suffix(".json").read_text(encoding="utf-8"))
        png = entry.with_suffix(".png").read_bytes()
        if record["file_sha256"] != sha256 or record["png_sha256"] != hashlib.sha256(png).hexdigest():
            return None
        return RenderedPage(png, float(record["width"]), float(record["height"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _to_cache(entry: Path, sha256: str, png: bytes, width: float, height: float) -> None:
    """Write the PNG, then its record; each whole or not at all, so a concurrent request never reads half of one."""
    record = {"file_sha256": sha256, "png_sha256": hashlib.sha256(png).hexdigest(), "width": width, "height": height}
    for target, data in ((entry.with_suffix(".png"), png), (entry.with_suffix(".json"), json.dumps(record).encode())):
        descriptor, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")  # 0600
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, target)


def _sheet_tag(sheet: Sheet | None) -> str:
    """What of the reader's record changes the picture, for the cache's file name."""
    if sheet is None:
        return ""
    record = [sheet.geometry.model_dump(mode="json") if sheet.geometry else None, sheet.bsn_boxes, sheet.read_failed]
    return "-s" + hashlib.sha256(json.dumps(record).encode()).hexdigest()[:12]


def _page_as_read(path: Path, page: int, sheet: Sheet) -> tuple[Image.Image, float, float]:
    """The page in the frame its words' boxes are in: the file's own pixels taken through
    the reader's geometry (EXIF, turns, deskew, the sheet's perspective, the dpi it read
    at), whatever dpi the file declares. A box of the reading lies over its words here."""
    width, height = sheet.width, sheet.height
    if max(width, height) > MAX_POINTS:
        raise ReviewError(f"page {page} of {path.name} is too large to show", file=path.name, page=page)
    scale = _scale(width)
    try:
        source, per_unit = reading.source_image(path, page, scale)
    except InputError as exc:
        raise ReviewError(f"{path.name} cannot be shown ({exc.message})", file=path.name, page=page) from exc
    if source.width * source.height > MAX_PIXELS:
        raise ReviewError(f"{path.name} is too large to show", file=path.name)
    return reading.frame_image(source, sheet.geometry, per_unit, scale, (width, height), fill=(255, 255, 255)), width, height


def _blurred(image: Image.Image) -> Image.Image:
    """The page too blurred to read a number on: its reading failed, so where its BSNs are is not known."""
    return image.filter(ImageFilter.GaussianBlur(max(6.0, image.width / 150)))


def _pdf_page(path: Path, page: int) -> tuple[Image.Image, float, float, list[BBox]]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ReviewError(f"{path.name} cannot be opened as a PDF ({exc})", file=path.name) from exc
    try:
        if not 1 <= page <= len(pdf):
            raise ReviewError(f"{path.name} has no page {page}", file=path.name, page=page)
        pdf_page = pdf[page - 1]
        width, height = pdf_page.get_size()
        if max(width, height) > MAX_POINTS:
            raise ReviewError(f"page {page} of {path.name} is too large to show", file=path.name, page=page)
        image = pdf_page.render(scale=_scale(width)).to_pil().convert("RGB")
        return image, width, height, _text_layer_bsns(pdf_page, height)
    finally:
        pdf.close()


def _image_page(path: Path, page: int) -> tuple[Image.Image, float, float]:
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ReviewError(f"{path.name} is too large to show", file=path.name)
            if not 1 <= page <= getattr(image, "n_frames", 1):
                raise ReviewError(f"{path.name} has no page {page}", file=path.name, page=page)
            image.seek(page - 1)
            dpi = _declared_dpi(image)
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ReviewError(f"{path.name} cannot be opened as an image ({type(exc).__name__})", file=path.name) from exc
    width, height = upright.width * 72 / dpi, upright.height * 72 / dpi
    scale = _scale(width)
    shown = upright.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BILINEAR)
    return shown, width, height


def _text_layer_bsns(pdf_page, height: float) -> list[BBox]:
    """Boxes (points, origin top-left) of the nine-digit numbers on the text layer that pass the elfproef."""
    textpage = pdf_page.get_textpage()
    try:
        text = textpage.get_text_range()
        if len(text) != textpage.count_chars():  # characters and indices out of step: rely on field boxes only
            return []
        boxes = []
        for match in _NINE_DIGITS.finditer(text):
            if stdnum_bsn.is_valid(match.group()):
                chars = [textpage.get_charbox(i) for i in range(match.start(), match.end())]
                left, right = min(c[0] for c in chars), max(c[2] for c in chars)
                bottom, top = min(c[1] for c in chars), max(c[3] for c in chars)
                boxes.append((left, height - top, right, height - bottom))
        return boxes
    finally:
        textpage.close()


def _black_out(image: Image.Image, boxes: list[BBox], scale: float) -> None:
    draw = ImageDraw.Draw(image)
    for x0, top, x1, bottom in boxes:
        draw.rectangle((x0 * scale - 2, top * scale - 2, x1 * scale + 2, bottom * scale + 2), fill="black")


def _scale(width_points: float) -> float:
    """Pixels per point: `DPI`, or less for a page wider than `MAX_WIDTH_PX` would allow."""
    return min(DPI / 72, MAX_WIDTH_PX / max(width_points, 1.0))


def _declared_dpi(image: Image.Image) -> int:
    """As `extractors.pages` reads it: the declared dpi, or 300 when it is missing or absurd."""
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    return value if 70 <= value <= 1200 else 300


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
