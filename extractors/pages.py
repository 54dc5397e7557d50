"""Read any input file into `Page`s of words with boxes: the only seam to pdfplumber,
pypdfium2, Pillow and Tesseract.

- A PDF page with a usable text layer: words and boxes from pdfplumber, confidence 1.
- A PDF page without one (a scan, or an empty or garbage text layer): OCR'd from the
  scanner's own image when the page is one (`_stored_scan`), else rendered with
  pypdfium2 at `Limits.ocr_dpi`.
- JPEG/PNG/TIFF: EXIF orientation applied, lighting flattened, then OCR'd.

OCR is one Tesseract reading per page with the `nld` model (words, boxes and
confidences at once), in this process through libtesseract (`_tesseract`: a model is
loaded once and reused, not once per page). Small skew is measured and corrected before it, and a page
whose ink says it lies sideways or upside down (`_likely_turn`) is turned before it is read.
Only when that reading is poor is the page read again turned the other way round, and
across when it reads as text standing on end (each turn deskewed anew); the best
reading wins. Tesseract's own orientation detection is not used: it costs as much as a
reading and the reading still has to follow. Capitalised words
that may hide a letter the Dutch model cannot write ("Çelik" read "Gelik") are read
once more, all of a page's in one small `tur` reading (see `_reread_hidden_letters`).
An image's declared dpi is used unless it is a placeholder (a phone's 72 dpi). Tesseract runs single-threaded
(`OMP_THREAD_LIMIT=1`: on two cores its OpenMP threads made one page ~3x slower) and at
most `cpu_count` Tesseract readings run at once, whoever asks (`_TESSERACT_SLOTS`); pdfium is not
thread-safe, so rendering takes a lock.

Boxes are `[x0, top, x1, bottom]` in PDF points (CONTRACT.md §3); for OCR'd pages they
are pixels × 72 / dpi of the (deskewed, upright) image that was read.

Library exceptions are translated here into `woondossier.errors.InputError`s.
"""

from __future__ import annotations

import functools
import io
import os
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np  # noqa: E402
import pdfplumber  # noqa: E402
import pypdfium2  # noqa: E402
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect  # noqa: E402
from pdfplumber.utils.exceptions import PdfminerException  # noqa: E402
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError  # noqa: E402

from woondossier.errors import (  # noqa: E402
    EncryptedFileError,
    InputError,
    OcrError,
    TooLargeFileError,
    UnreadableFileError,
    UnsupportedFileError,
)
from woondossier.model import Page, Word  # noqa: E402

from . import _tesseract  # noqa: E402



@dataclass(frozen=True)
class Limits:
    """Bounds on the work one file may cause; settings with sane defaults."""

    ocr_dpi: int = 300
    max_pages: int = 200
    max_image_pixels: int = 80_000_000  # ~ A0 at 300 dpi; Pillow's bomb guard
    max_render_pixels: int = 40_000_000  # a huge PDF page is rendered at a lower dpi
    ocr_timeout_s: float = 120.0
    language: str = "nld"
    second_language: str | None = "tur"  # re-reads words that may hold a letter `language` cannot write; None: never


DEFAULT_LIMITS = Limits()

_TESSERACT_SLOTS = threading.BoundedSemaphore(os.cpu_count() or 1)
_PDFIUM_LOCK = threading.Lock()
_MIN_TEXT_CHARS = 20  # fewer characters than this in a text layer: treat the page as a scan
_POOR_READING = 0.60  # mean word confidence below which orientation is checked
_SIDEWAYS_RATIO = 1.0  # `_line_profile_ratio` below which a landscape page is read turned 90 degrees first
_UPSIDE_DOWN = 0.25  # `_left_aligned` below minus this: the page is read turned 180 degrees first
_FEW_WORDS = 5  # a page with ink but fewer words than this read upright may be a sparse page fed sideways


# --- public surface ----------------------------------------------------------------


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
    global _TESSERACT_SLOTS
    _TESSERACT_SLOTS = slots


# --- PDF -----------------------------------------------------------------------------


def _read_pdf(data: bytes, name: str, limits: Limits) -> list[Page]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise UnreadableFileError("the PDF has no pages", file=name)
            if count > limits.max_pages:
                raise TooLargeFileError(
                    f"the PDF has {count} pages, more than the limit of {limits.max_pages}; split it",
                    file=name,
                )
            layers = [_text_layer(page, name, i) for i, page in enumerate(pdf.pages, start=1)]
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many untyped errors on damaged PDFs
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedFileError(
                "the PDF is password-protected; ask the sender for an unprotected copy", file=name
            ) from exc
        raise UnreadableFileError(
            f"not a readable PDF ({type(cause).__name__}); it may be truncated or damaged", file=name
        ) from exc

    def page_at(index: int) -> Page:
        layer = layers[index]
        if layer is not None:
            return layer
        image, dpi = page_image(data, index, name, limits)
        return _ocr_page(image, dpi, name, index + 1, limits)

    return _map_pages(page_at, len(layers))


def _text_layer(page, name: str, number: int) -> Page | None:
    """The page from its text layer, or None when the layer is missing or unusable."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    text = "".join(w["text"] for w in words)
    if len(text) < _MIN_TEXT_CHARS or _is_garbage(text):
        return None
    strokes = _strokes(page)
    return Page(
        file=name,
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=tuple(
            Word(text=_struck(w["text"]) if _is_struck(w, strokes) else w["text"], bbox=(w["x0"], w["top"], w["x1"], w["bottom"]), confidence=1.0)
            for w in words
        ),
        ocr=False,
    )


STRIKE = "\u0336"
"""Unicode's combining long stroke: a word struck through in the text layer is given as
each of its letters followed by it ("j̶a̶"), as Unicode writes struck text, so a form's
"ja / nee (doorhalen wat niet van toepassing is)" keeps which answer was struck."""


def _struck(text: str) -> str:
    return "".join(ch + STRIKE for ch in text)


def _strokes(page) -> list[dict]:
    """The page's straight horizontal strokes: level lines and rectangles at most 2 points
    high (as a strikethrough is drawn), each as top, x0, x1. Curves (a signature's
    scribble) are none."""
    lines = [{"top": (line["top"] + line["bottom"]) / 2, "x0": line["x0"], "x1": line["x1"]} for line in page.lines if line["bottom"] - line["top"] < 1]
    rects = [{"top": (rect["top"] + rect["bottom"]) / 2, "x0": rect["x0"], "x1": rect["x1"]} for rect in page.rects if rect["bottom"] - rect["top"] <= 2]
    return lines + rects


def _is_struck(word: dict, strokes: list[dict]) -> bool:
    """Whether a horizontal line or a thin rectangle runs through the middle of
    `word` (between 30 % and 75 % of its height, over 70 % of its width): a strike, not
    an underline (at its foot) nor a table's rule (between lines)."""
    height, width = word["bottom"] - word["top"], word["x1"] - word["x0"]
    for edge in strokes:
        if not word["top"] + 0.3 * height <= edge["top"] <= word["top"] + 0.75 * height:
            continue
        if min(edge["x1"], word["x1"]) - max(edge["x0"], word["x0"]) >= 0.7 * width:
            return True
    return False


def _is_garbage(text: str) -> bool:
    """A text layer of (cid:NN) codes or mostly unprintable glyphs is no text layer.

    >>> _is_garbage("Uittreksel Basisregistratie Personen"), _is_garbage("(cid:3)(cid:4)(cid:5)")
    (False, True)
    """
    if text.count("(cid:") * 6 > len(text) / 2:
        return True
    readable = sum(ch.isalnum() or ch in ".,:;-/()€'\"&%+" for ch in text)
    return readable < 0.7 * len(text)


def page_image(data: bytes, index: int, name: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Image.Image, int]:
    """Page `index` of a PDF as the greyscale image OCR reads (before it is turned and
    deskewed), and its dpi: a scanned page's own image when `_stored_scan` finds one,
    else the page rendered at `limits.ocr_dpi` (lower for a page too large to render whole)."""
    with _PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
            try:
                page = pdf[index]
                stored = _stored_scan(page, limits)
                if stored is not None:
                    return stored
                width, height = page.get_size()
                dpi = limits.ocr_dpi
                pixels = (width * dpi / 72) * (height * dpi / 72)
                if pixels > limits.max_render_pixels:
                    dpi = int(dpi * (limits.max_render_pixels / pixels) ** 0.5)
                    if dpi < 50:
                        raise TooLargeFileError(
                            f"page {index + 1} is {width:.0f} x {height:.0f} pt, too large to read",
                            file=name,
                            page=index + 1,
                        )
                image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            finally:
                pdf.close()
        except pypdfium2.PdfiumError as exc:
            raise UnreadableFileError(f"page {index + 1} cannot be rendered: {exc}", file=name, page=index + 1) from exc
    return image.convert("L"), dpi


_MIN_STORED_DPI = 200  # a scan stored at fewer dpi is rendered at `Limits.ocr_dpi`: Tesseract wants its letters larger
_EDGE_PT = 1.0  # how far a scan's image may miss the page's edge


def _stored_scan(page: pypdfium2.PdfPage, limits: Limits) -> tuple[Image.Image, int] | None:
    """A scanned page's own image, greyscale, and its dpi, when the page is nothing but
    one opaque, upright image covering it at `_MIN_STORED_DPI` to `limits.ocr_dpi`; else None.

    Its pixels are what the scanner saw: rendering the page would only resample them
    (a 200 dpi scan up to 300 dpi: 2.25 times the pixels to binarise and lay out, no
    more detail) and cost ~75 ms more than pdfium's decoding of the image (~10 ms)."""
    if page.get_rotation() != 0:
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or not isinstance(objects[0], pypdfium2.PdfImage):
        return None
    image = objects[0]
    if pypdfium2.raw.FPDFPageObj_HasTransparency(image):
        return None
    a, b, c, d, _, _ = image.get_matrix().get()
    left, bottom, right, top = image.get_bounds()
    box = page.get_cropbox()
    covers = all(abs(mine - its) <= _EDGE_PT for mine, its in zip((left, bottom, right, top), box))
    if b or c or a <= 0 or d <= 0 or not covers:
        return None
    width, height = image.get_px_size()
    if width * height > limits.max_render_pixels:
        return None  # rendered, at the lower dpi that keeps it within bounds
    across, down = width * 72 / (box[2] - box[0]), height * 72 / (box[3] - box[1])
    # 2 % either way: a page's size in points is rounded (a 200 dpi scan's can make 199.99)
    if abs(across - down) > 0.02 * across or not _MIN_STORED_DPI * 0.98 <= across <= limits.ocr_dpi * 1.02:
        return None
    return image.get_bitmap(render=False).to_pil().convert("L"), round(across)


# --- images --------------------------------------------------------------------------


def _read_image(data: bytes, name: str, limits: Limits) -> list[Page]:
    Image.MAX_IMAGE_PIXELS = 2 * limits.max_image_pixels  # Pillow's own guard, a backstop to ours
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > limits.max_image_pixels:
            raise TooLargeFileError(
                f"the image is {image.width} x {image.height} pixels, more than the limit of "
                f"{limits.max_image_pixels:,}; scan or photograph it at a lower resolution",
                file=name,
            )
        frames = getattr(image, "n_frames", 1)
        if frames > limits.max_pages:
            raise TooLargeFileError(f"the image has {frames} pages, more than {limits.max_pages}", file=name)
        dpi = _declared_dpi(image)
        if image.format in ("JPEG", "MPO"):  # MPO: a phone's JPEG with a second, smaller frame
            # libjpeg hands out its luma channel as the greyscale: half the decoding time
            # of colour followed by Pillow's conversion, and the same pixels but for a few
            # off by 1-2 grey levels from rounding
            image.draft("L", image.size)
        loaded = []
        for frame in range(frames):
            image.seek(frame)
            # greyscale first: turning one channel is a third of turning three, and the same pixels
            loaded.append(_flatten_light(ImageOps.exif_transpose(image.convert("L"))))
    except InputError:
        raise
    except Image.DecompressionBombError as exc:
        raise TooLargeFileError(f"the image is too large to read safely ({exc})", file=name) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnreadableFileError(
            f"not a readable image ({type(exc).__name__}); it may be truncated or damaged", file=name
        ) from exc

    return _map_pages(lambda i: _ocr_page(loaded[i], dpi, name, i + 1, limits), len(loaded))


_MAX_PAGE_INCHES = 17.0  # A3's long side is 16.5 in: a "page" larger than this is a made-up dpi


def _declared_dpi(image: Image.Image) -> int:
    """The dpi the image says it has; 300 when it says nothing sensible.

    Phone cameras write 72 dpi, a placeholder: at 72 dpi a 2000 x 2700 photo would be a
    sheet of 28 x 38 inches, and Tesseract, told so, takes the letters for headings
    and loses whole ruled tables.

    >>> _declared_dpi(Image.new("L", (2480, 3508))), _declared_dpi(Image.new("L", (1240, 1754)))
    (300, 300)
    >>> photo = Image.new("L", (1952, 2737)); photo.info["dpi"] = (72, 72)
    >>> scan = Image.new("L", (1654, 2339)); scan.info["dpi"] = (200, 200)
    >>> _declared_dpi(photo), _declared_dpi(scan)
    (300, 200)
    """
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    if not 70 <= value <= 1200 or max(image.size) / value > _MAX_PAGE_INCHES:
        return 300
    return value


def _flatten_light(gray: Image.Image) -> Image.Image:
    """Divide out uneven lighting (a phone photo's shadow) so one threshold fits the page."""
    small = gray.reduce(8) if min(gray.size) > 800 else gray
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(12))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)  # smooth already: bicubic adds nothing
    g = np.array(gray, dtype=np.float32)
    b = np.array(background, dtype=np.float32)
    np.maximum(b, 1.0, out=b)
    np.divide(g, b, out=g)  # in place: the same arithmetic as g / b * 255 without three page-sized temporaries
    np.multiply(g, 255.0, out=g)
    np.clip(g, 0, 255, out=g)
    return Image.fromarray(g.astype(np.uint8))


# --- OCR -------------------------------------------------------------------------------


def _map_pages(read: Callable[[int], Page], count: int) -> list[Page]:
    """Read pages concurrently (Tesseract slots bound the real parallelism)."""
    if count == 1:
        return [read(0)]
    with ThreadPoolExecutor(max_workers=min(count, os.cpu_count() or 1)) as pool:
        return list(pool.map(read, range(count)))


def _ocr_page(image: Image.Image, dpi: int, name: str, number: int, limits: Limits) -> Page:
    small = _thumbnail(image)
    skew = _skew(small)
    first = _likely_turn(small.rotate(skew, fillcolor=255) if skew else small)  # a slanted margin is no margin
    # A half turn keeps the slant of the lines, a quarter turn does not: measured again then.
    best = _reading(image, first, dpi, name, number, limits, skew if first in (0, 180) else None)
    if not _well_read(best) and _has_ink(image):
        # Turned the other way round first (one more reading), then across if the
        # reading stands on end or is too sparse to be a page: no orientation detection
        # (Tesseract's OSD costs as much as a reading and still needs the reading after it).
        if _sideways(best.words):
            turns = [first + 270, first + 90, first + 180]
        elif len(best.words) < _FEW_WORDS:
            turns = [first + 180, first + 90, first + 270]
        else:
            turns = [first + 180]
        for rotation in turns:
            again = _reading(image, rotation % 360, dpi, name, number, limits)
            if _merit(again) > _merit(best):
                best = again
            if _well_read(best):
                break
    words = _reread_hidden_letters(best.image, best.words, dpi, name, number, limits)
    scale = 72.0 / dpi
    return Page(
        file=name,
        number=number,
        width=best.image.width * scale,
        height=best.image.height * scale,
        words=tuple(words),
        ocr=True,
        rotation=best.rotation,
    )


@dataclass(frozen=True)
class _Reading:
    image: Image.Image  # as read: turned upright and deskewed
    words: list[Word]
    rotation: int  # degrees clockwise the page was turned


def _reading(image: Image.Image, rotation: int, dpi: int, name: str, number: int, limits: Limits, skew: float | None = None) -> _Reading:
    """The page read turned `rotation` degrees clockwise (a lossless quarter turn), then
    deskewed by `skew` degrees (None: measured on the turned page): one resampling of
    the page, whichever way it came in."""
    image = _deskew(image.rotate(-rotation, expand=True) if rotation else image, skew)
    return _Reading(image, _tesseract_words(image, dpi, name, number, limits), rotation)


def _well_read(reading: _Reading) -> bool:
    words = reading.words
    return _mean_confidence(words) >= _POOR_READING and not _sideways(words) and len(words) >= _FEW_WORDS


def _likely_turn(image: Image.Image) -> int:
    """Degrees clockwise the page most likely needs to be turned to stand upright,
    from its ink alone, levelled by `_skew` (a few milliseconds; the reading confirms it or tries again).

    A landscape page whose ink runs in columns is a sheet fed sideways (on generated
    scans: sideways pages 0.15-0.8, upright A4 pages 1.1-6.3, but a sparse upright page
    0.4, hence the landscape condition). Which way up follows from the margins: lines
    of text start at one margin and end ragged, so the side where most lines begin is
    the left (right on 18 of 18 turned and upright test pages).
    """
    small = _thumbnail(image)
    if small.width > small.height and _line_profile_ratio(small) < _SIDEWAYS_RATIO:
        return 90 if _left_aligned(small.rotate(-90, expand=True, fillcolor=255)) >= 0 else 270
    return 180 if _left_aligned(small) < -_UPSIDE_DOWN else 0


def _left_aligned(small: Image.Image) -> float:
    """Share of text lines starting at the commonest left edge minus the share ending
    at the commonest right edge: near 1 for left-aligned text, near -1 upside down."""
    ink = np.asarray(small) < 128
    rows = np.append(ink.sum(axis=1) > 2, False)
    firsts, lasts, top = [], [], None
    for y, on in enumerate(rows):
        if on and top is None:
            top = y
        elif not on and top is not None:
            if y - top >= 3:  # a line of text, not a speck or a rule
                columns = np.flatnonzero(ink[top:y].any(axis=0))
                firsts.append(columns[0])
                lasts.append(columns[-1])
            top = None
    if len(firsts) < 3:
        return 0.0
    tolerance = 0.01 * ink.shape[1]

    def aligned(edges: list[int]) -> float:
        values = np.asarray(edges)
        return max(float(np.mean(np.abs(values - v) <= tolerance)) for v in values)

    return aligned(firsts) - aligned(lasts)


def _line_profile_ratio(small: Image.Image) -> float:
    """How much more the ink varies from row to row than from column to column, each
    at its best angle within ±4°: lines of text make rows vary (well above 1); a page
    lying sideways makes columns vary. `small` is a thumbnail of the page."""
    rows = across = 0.0
    for angle in np.arange(-4.0, 4.01, 1.0):
        ink = np.asarray(small.rotate(angle, fillcolor=255) if angle else small) < 128
        rows, across = max(rows, _profile_score(ink)), max(across, _profile_score(ink.T))
    return rows / across if across else 1.0


def _tesseract_words(image: Image.Image, dpi: int, name: str, number: int, limits: Limits, language: str | None = None, psm: int = 3) -> list[Word]:
    with _TESSERACT_SLOTS:
        try:
            table = _tesseract.tsv(image, language or limits.language, dpi, psm, limits.ocr_timeout_s)
        except _tesseract.TesseractUnavailable as exc:
            raise OcrError(
                f"Tesseract is not installed ({exc}): apt-get install tesseract-ocr tesseract-ocr-nld",
                file=name,
                page=number,
            ) from exc
        except _tesseract.TesseractFailed as exc:
            raise OcrError(f"OCR failed on page {number}: {exc}", file=name, page=number) from exc
    scale = 72.0 / dpi
    words = []
    for row in table.splitlines():
        # level page block paragraph line word left top width height confidence text
        columns = row.split("\t")
        if len(columns) < 12 or columns[0] != "5":  # not a word
            continue
        block, par, line, _, left, top, width, height = (int(c) for c in columns[2:10])
        text, conf = columns[11].strip(), int(float(columns[10]))  # whole percents, as the command gave them (thresholds were set on those)
        if not text or conf < 0:
            continue
        words.append(
            Word(
                text=text,
                bbox=(left * scale, top * scale, (left + width) * scale, (top + height) * scale),
                confidence=round(conf / 100.0, 3),
                line=block * 1_000_000 + par * 1_000 + line,
            )
        )
    return words


def _sideways(words: list[Word]) -> bool:
    """Whether most words stand upright on end: a page fed sideways, which Tesseract
    reads as vertical text with a confidence that looks fine."""
    long = [w for w in words if len(w.text) >= 4]
    tall = sum(1 for w in long if (w.bbox[3] - w.bbox[1]) > (w.bbox[2] - w.bbox[0]))
    return bool(long) and tall >= 0.5 * len(long)


def _mean_confidence(words: list[Word]) -> float:
    """Mean confidence of words of two or more characters (specks don't count)."""
    real = [w.confidence for w in words if len(w.text) >= 2]
    return sum(real) / len(real) if real else 0.0


def _has_ink(image: Image.Image) -> bool:
    """Whether the page holds more than specks: a blank separator sheet has under 0.1 % dark pixels."""
    return float((np.asarray(_thumbnail(image)) < 128).mean()) >= 0.002


def _merit(reading: _Reading) -> tuple[bool, int]:
    """How good a reading is: a well-read page first, then more well-read characters.
    Tesseract reads a page lying on its side as vertical text just as well, boxes
    standing on end: the same characters, but only the upright reading is well read."""
    return _well_read(reading), _well_read_chars(reading.words)


def _well_read_chars(words: list[Word]) -> int:
    return sum(len(w.text) for w in words if w.confidence >= 0.6 and len(w.text) >= 2)


# --- letters the main model cannot write ---------------------------------------------------

# Tesseract's `nld` model has no "Ç", "ı", "ş" or "ğ" in its character set: it reads
# "Çelik" as "Gelik" or "Celik" and "Yılmaz" as "Yilmaz", with high confidence, and
# tenants' names hold these letters often. Capitalised words that could hide one are
# read a second time, cut out of the page and stacked in one strip, by a model that
# has them (`Limits.second_language`, `tur`). Its reading replaces the first only where
# the two differ in exactly those letters, each where the first model read its
# look-alike, and the second model is sure of the word; elsewhere the first reading
# stands (the second model knows no Dutch words).
_LOOK_ALIKES = {"Ç": "CG", "ç": "c", "ı": "i1", "Ş": "S", "ş": "s", "Ğ": "G", "ğ": "g"}  # "Y1lmaz" too
_MAY_HIDE = re.compile(r"^[A-Z][a-zà-ÿ'1-]*[.,;:]?$")
_HIDING_PLACES = re.compile(r"[CGSigcs1]")
# Spelled as no Turkish word or name is: letters Turkish lacks, Dutch digraphs (vowel
# pairs break Turkish vowel harmony; "aa" is left out: Arabic loans such as "Maaş" keep it).
_NOT_TURKISH = re.compile(r"[qwxQWX]|ij|ie|oe|ui|ee|oo|uu|eu|ou|ei|ch", re.IGNORECASE)
_SURE = 0.8  # the second model's word confidence needed to change a letter
_MAX_REREAD = 120  # words per page: a full page of prose has about this many capitalised words


def _reread_hidden_letters(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, limits: Limits) -> list[Word]:
    """`words` with the letters of `_LOOK_ALIKES` put back where the second model saw them."""
    if not limits.second_language or not _has_language(limits.second_language):
        return words
    candidates = [i for i, w in enumerate(words) if _may_hide_a_letter(w.text)]
    if not candidates:
        return words
    heights = sorted(words[i].bbox[3] - words[i].bbox[1] for i in candidates)
    usual = heights[len(heights) // 2] * 2  # a box taller than this holds a rule or a scribble too
    candidates = [i for i in candidates if words[i].bbox[3] - words[i].bbox[1] <= usual][:_MAX_REREAD]
    strip, slots = _word_strip(image, [words[i] for i in candidates], dpi)
    read = _tesseract_words(strip, dpi, name, number, limits, language=limits.second_language, psm=4)
    seen: list[list[Word]] = [[] for _ in candidates]
    for word in read:
        middle = (word.bbox[1] + word.bbox[3]) / 2
        for slot, (top, bottom) in enumerate(slots):
            if top <= middle < bottom:
                seen[slot].append(word)
    words = list(words)
    for slot, index in enumerate(candidates):
        # the one word of the slot that is this word with hidden letters: a crop's margin
        # may catch a neighbour ("Gelik" boxed over the "en" after it)
        second = [w for w in seen[slot] if w.confidence >= _SURE and only_hidden_letters_differ(words[index].text, w.text)]
        if len(second) == 1:
            words[index] = words[index].model_copy(update={"text": second[0].text})
    return words


def _may_hide_a_letter(text: str) -> bool:
    """Whether a word as `nld` read it may be a Turkish word or name with a letter it lacks.

    >>> [_may_hide_a_letter(w) for w in ("Gelik", "Yilmaz", "Aydin.", "Maas", "Dogan")]
    [True, True, True, True, True]
    >>> [_may_hide_a_letter(w) for w in ("Vries", "Bouwbedrijf", "Afschrift", "Kuipers", "Groot", "Ahmed", "gemeente")]
    [False, False, False, False, False, False, False]
    """
    return bool(_MAY_HIDE.match(text) and _HIDING_PLACES.search(text) and not _NOT_TURKISH.search(text))


def only_hidden_letters_differ(first: str, second: str) -> bool:
    """Whether `second` is `first` with look-alikes replaced by letters `nld` cannot write.

    >>> only_hidden_letters_differ("Gelik", "Çelik"), only_hidden_letters_differ("Yilmaz.", "Yılmaz.")
    (True, True)
    >>> only_hidden_letters_differ("Gelik", "Gelik"), only_hidden_letters_differ("Geluk", "Çelik")
    (False, False)
    >>> only_hidden_letters_differ("Vries", "Vrles"), only_hidden_letters_differ("Celik", "Çelik,")
    (False, False)
    """
    if len(first) != len(second) or first == second:
        return False
    return all(a == b or (b in _LOOK_ALIKES and a in _LOOK_ALIKES[b]) for a, b in zip(first, second))


def _word_strip(image: Image.Image, words: list[Word], dpi: int) -> tuple[Image.Image, list[tuple[float, float]]]:
    """The words cut out of the page and set one under the other on white, and each
    word's vertical slot in the strip, in points as Tesseract's boxes will be."""
    scale = dpi / 72.0
    crops = []
    for word in words:
        x0, top, x1, bottom = (v * scale for v in word.bbox)
        pad = max(4.0, (bottom - top) * 0.25)
        crops.append(image.crop((round(x0 - pad), round(top - pad), round(x1 + pad), round(bottom + pad))))
    gap = round(dpi / 20)  # white between the words: about 4 points
    strip = Image.new("L", (max(c.width for c in crops) + 2 * gap, sum(c.height + gap for c in crops) + gap), 255)
    slots, y = [], gap
    for crop in crops:
        strip.paste(crop, (gap, y))
        slots.append(((y - gap / 2) / scale, (y + crop.height + gap / 2) / scale))
        y += crop.height + gap
    return strip, slots


@functools.cache
def _has_language(language: str) -> bool:
    return _tesseract.available(language)


def _deskew(image: Image.Image, angle: float | None = None) -> Image.Image:
    """Correct a small skew (up to ±4°; None: measured on a thumbnail).

    Pillow turns the page, bilinearly. OpenCV's `warpAffine` would take a third of the
    time (~40 of ~125 ms on a 300 dpi page), but its fixed-point interpolation differs
    from Pillow's by a grey level here and there, and Tesseract's reading of a
    borderline page with it: on development seed 38, 4 more of 390 scanned field
    items were lost than gained. Not worth 61 MB and a re-tuning for 7 % of a page."""
    angle = _skew(_thumbnail(image)) if angle is None else angle
    if abs(angle) < 0.2:
        return image
    return image.rotate(angle, expand=False, fillcolor=255, resample=Image.Resampling.BILINEAR)


def _skew(small: Image.Image) -> float:
    """Degrees counter-clockwise that level the lines of text on `small`, a thumbnail
    of the page: the angle within ±4° whose horizontal ink profile is sharpest (0 for
    a page without ink). Ink in a wide dark area (the table or floor around a
    photographed sheet, whose edge would otherwise set the angle) does not count."""
    small = _without_dark_areas(small)
    ink = np.asarray(small) < 128
    if ink.mean() < 0.002:
        return 0.0
    best_angle, best_score = 0.0, _profile_score(ink)
    for angle in np.arange(-4.0, 4.01, 0.5):
        if angle == 0:
            continue
        score = _profile_score(np.asarray(small.rotate(angle, fillcolor=255)) < 128)
        if score > best_score:
            best_angle, best_score = float(angle), score
    for angle in (best_angle - 0.25, best_angle + 0.25):
        score = _profile_score(np.asarray(small.rotate(angle, fillcolor=255)) < 128)
        if score > best_score:
            best_angle, best_score = angle, score
    return best_angle


def _without_dark_areas(small: Image.Image) -> Image.Image:
    """`small` with every pixel whose surroundings are mostly dark made white: lines of
    text leave their neighbourhood light, the surround of a photographed page does not."""
    surroundings = np.asarray(small.filter(ImageFilter.BoxBlur(8)))
    return Image.fromarray(np.where(surroundings > 180, np.asarray(small), 255).astype(np.uint8))


def _thumbnail(image: Image.Image) -> Image.Image:
    """The page at most 800 pixels a side, resampled bicubically. Not `Image.reduce`,
    a tenth of the time (16 ms on a photo): its block means thin strokes lighter, and on
    seed 20270121 the skews and turns measured on it lost 1.3 % of scanned field items
    and 3 % of photographed ones."""
    small = image.copy()
    small.thumbnail((800, 800))
    return small


def _profile_score(ink: np.ndarray) -> float:
    rows = ink.sum(axis=1).astype(np.float64)
    return float(np.square(np.diff(rows)).sum())
