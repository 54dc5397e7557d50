"""Read any input file into `Page`s of words with boxes: the one seam to pdfplumber,
pypdfium2, Pillow and Tesseract. Other modules import from here only.

The reading is split by concern into modules beside this one:

- `_pdf`: a PDF page's text layer, or its pixels (the scanner's own image, or rendered);
- `_image`: JPEG, PNG and TIFF frames: EXIF orientation, dpi, light;
- `_sheet`: a photographed sheet found in its frame and seen square on (OpenCV);
- `_ocr`: one page image read: orientation, skew, the readings and which one is kept;
- `_engine`: the OCR engine behind a small interface (Tesseract in this process,
  `_tesseract`); `use_engine` swaps it;
- `_geometry`: turns, skew, and each page's transform from the file's pixels to its
  words' frame, kept on the page (`Page.geometry`), so that every consumer of a box
  (the review application's page images) maps it the way the reader did.

Boxes are `[x0, top, x1, bottom]` in PDF points (CONTRACT.md §3); for OCR'd pages they
are pixels × 72 / dpi of the (deskewed, upright) image that was read, and
`Page.geometry` maps them back onto the file. Tesseract runs single-threaded
(`OMP_THREAD_LIMIT=1`: on two cores its OpenMP threads made one page ~3x slower) and
at most `cpu_count` readings run at once, whoever asks.

Library exceptions are translated into `woondossier.errors.InputError`s.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


from ._lazy import module  # noqa: E402  (numpy, Pillow, pypdfium2: imported on first use)

Image = module("PIL.Image")

from woondossier.errors import UnreadableFileError, UnsupportedFileError  # noqa: E402
from woondossier.model import Page, Word  # noqa: E402

from . import _engine, _ocr, _pdf  # noqa: E402
from ._engine import OcrEngine, TesseractEngine, use_engine  # noqa: E402,F401  (the seam's surface)
from ._geometry import frame_image, likely_turn, to_source  # noqa: E402,F401
from ._image import declared_dpi, image_frame, image_rasters  # noqa: E402
from ._letters import only_hidden_letters_differ  # noqa: E402,F401
from ._ocr import Raster, sideways  # noqa: E402,F401
from ._redact import bsn_boxes, read_failed, sheet  # noqa: E402,F401


__all__ = [
    "DEFAULT_LIMITS", "Limits", "OcrEngine", "Raster", "TesseractEngine",
    "bsn_boxes", "declared_dpi", "frame_image", "largest_first", "likely_turn", "only_hidden_letters_differ",
    "page_image", "read_bytes", "read_failed", "read_file", "share_tesseract_slots", "sheet", "sideways",
    "sniff", "source_image", "to_source", "use_engine",
]  # fmt: skip


@dataclass(frozen=True)
class Limits:
    """Bounds on the work one file may cause; settings with sane defaults."""

    ocr_dpi: int = 300
    max_pages: int = 200
    max_image_pixels: int = 80_000_000  # ~ A0 at 300 dpi; Pillow's bomb guard
    max_render_pixels: int = 40_000_000  # a huge PDF page is rendered at a lower dpi
    ocr_timeout_s: float = 120.0
    language: str = "nld"
    second_language: str | None = "tur+pol"  # re-read words that may hold a letter `language` cannot write, model by model (`_letters`); None: never
    find_sheet: bool = True  # a photographed sheet is cut out of its frame and seen square on (bench.reading compares)


DEFAULT_LIMITS = Limits()


def sniff(data: bytes) -> str | None:
    """The format of a file's first bytes: "pdf", "jpeg", "png", "tiff", "eml" or None.

    >>> sniff(b"%PDF-1.7..."), sniff(b"\\x89PNG\\r\\n\\x1a\\n"), sniff(b"hello")
    ('pdf', 'png', None)
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if re.match(rb"(?i)^(?:[\w-]+:[^\r\n]*\r?\n)+", head) and re.search(
        rb"(?im)^(from|subject|mime-version|content-type):", head
    ):
        return "eml"
    return None


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS, name: str | None = None) -> list[Page]:
    """Every page of a PDF or image file, read. Raises `InputError` for a bad file.

    `name` is how the file is called in pages and errors (default: the file name).
    """
    name = name or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot open the file: {exc.strerror}", file=name) from exc
    return read_bytes(data, name, limits)


def largest_first(paths: Sequence[Path]) -> list[int]:
    """The order to read `paths` in on several workers, as indices into `paths`: the
    largest file first (bytes stand in for pages and pixels), so that a batch does not
    end on one long file with the other cores idle. A file that cannot be looked at
    goes last (its reading fails at once).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name, size in (("a.jpg", 10), ("b.pdf", 30), ("c.jpg", 20)): _ = (folder / name).write_bytes(b"x" * size)
    >>> largest_first([folder / "a.jpg", folder / "b.pdf", folder / "c.jpg", folder / "gone.pdf"])
    [1, 2, 0, 3]
    """
    def size(index: int) -> int:
        try:
            return paths[index].stat().st_size
        except OSError:
            return -1

    return sorted(range(len(paths)), key=lambda index: -size(index))


def read_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> list[Page]:
    """Like `read_file`, for content already in memory (an e-mail attachment)."""
    if not data:
        raise UnreadableFileError("the file is empty (0 bytes); ask the sender to upload it again", file=name)
    kind = sniff(data)
    if kind == "pdf":
        return _read_pdf(data, name, limits)
    if kind in ("jpeg", "png", "tiff"):
        return _read_image(data, name, limits)
    raise UnsupportedFileError(
        "not a PDF, JPEG, PNG, TIFF or e-mail (.eml) file (whatever its name says); ask for a PDF or a photo",
        file=name,
    )


def share_tesseract_slots(slots) -> None:
    """Bound Tesseract with `slots`, a semaphore shared with other processes (extractors.sandbox)."""
    _engine.share_slots(slots)


def page_image(data: bytes, index: int, name: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Image.Image, int]:
    """Page `index` of a PDF as the greyscale image OCR reads (before it is turned and
    deskewed), and its dpi: the scanner's own image when the page is one, else rendered."""
    return _pdf.page_image(data, index, name, limits)


def source_image(path: Path, number: int, pixels_per_point: float) -> tuple[Image.Image, float]:
    """Page `number` (1-based) of a file as stored, in colour, for showing it: a PDF page
    rendered at `pixels_per_point`, an image's frame as stored (before EXIF orientation),
    and the pixels per unit of `Geometry.source` (points for a PDF, pixels for an image).
    `frame_image` turns it into the words' frame. Raises `InputError`."""
    data = path.read_bytes()
    if sniff(data) == "pdf":
        return _pdf.rendered(data, number - 1, path.name, pixels_per_point), pixels_per_point
    return image_frame(data, number - 1, path.name), 1.0


def _read_pdf(data: bytes, name: str, limits: Limits) -> list[Page]:
    layers = _pdf.text_layers(data, name, limits)

    def page_at(index: int) -> Page:
        layer = layers[index]
        if layer is not None:
            return layer
        return _ocr.ocr_page(_pdf.page_raster(data, index, name, limits), name, index + 1, limits)

    return _map_pages(page_at, len(layers))


def _read_image(data: bytes, name: str, limits: Limits) -> list[Page]:
    rasters = image_rasters(data, name, limits)
    return _map_pages(lambda i: _ocr.ocr_page(rasters[i], name, i + 1, limits), len(rasters))


def _map_pages(read: Callable[[int], Page], count: int) -> list[Page]:
    """Read pages concurrently (the engine's slots bound the real parallelism)."""
    if count == 1:
        return [read(0)]
    with ThreadPoolExecutor(max_workers=min(count, os.cpu_count() or 1)) as pool:
        return list(pool.map(read, range(count)))


def _tesseract_words(image: Image.Image, dpi: int, name: str, number: int, limits: Limits, language: str | None = None, psm: int = 3) -> list[Word]:
    """The engine's words on `image` (boxes in points at `dpi`)."""
    return _engine.read_words(image, dpi, name, number, language or limits.language, psm, limits.ocr_timeout_s)


_declared_dpi = declared_dpi  # the name the review application knew it by
