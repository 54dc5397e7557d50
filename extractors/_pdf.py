"""PDF pages: a text layer's words, or the page as pixels for OCR.

- A page with a usable text layer: words and boxes from pdfplumber, confidence 1.
- A page without one (a scan, or an empty or garbage text layer): the scanner's own
  image when the page is one (`_stored_scan`: JPEG, CCITT G4, JBIG2, Flate, whatever
  pdfium decodes), else the page rendered with pypdfium2 at `Limits.ocr_dpi`.

pdfium is not thread-safe, so rendering takes a lock. Library exceptions become
`woondossier.errors.InputError`s here.
"""

from __future__ import annotations

import contextlib
import io
import threading

from ._lazy import module

# Imported on first use (`_lazy`): a text-layer page needs pdfplumber only.
np = module("numpy")
pdfplumber = module("pdfplumber")
pypdfium2 = module("pypdfium2")
pdfdocument = module("pdfminer.pdfdocument")
plumber_exceptions = module("pdfplumber.utils.exceptions")
Image = module("PIL.Image")

from woondossier.errors import EncryptedFileError, InputError, TooLargeFileError, UnreadableFileError
from woondossier.model import Page, Word

from . import _pdfium_text
from ._ocr import Raster

_PDFIUM_LOCK = threading.Lock()
_MIN_TEXT_CHARS = 20  # fewer characters than this in a text layer: treat the page as a scan


def text_layers(data: bytes, name: str, limits) -> list[Page | None]:
    """Each page's text layer read (None for a page without a usable one). Raises
    `InputError` for a PDF that cannot be read or has too many pages.

    pdfium reads the layers of an ordinary file (`_pdfium_text`, ten times faster);
    pdfplumber reads the rest (a turned or cropped page, a form XObject), and a file
    pdfium would not open or that may be damaged or protected, and says what is wrong."""
    pages = _pages_without_fonts(data, limits)
    if pages is not None:
        return [None] * pages
    layers = _pdfium_layers(data, limits)
    if layers is not None:
        return [_text_layer(layer, name, i) for i, layer in enumerate(layers, start=1)]
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
            return [_text_layer(_plumber_layer(page), name, i) for i, page in enumerate(pdf.pages, start=1)]
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many untyped errors on damaged PDFs
        cause = exc.args[0] if isinstance(exc, plumber_exceptions.PdfminerException) and exc.args else exc
        if isinstance(cause, (pdfdocument.PDFPasswordIncorrect, pdfdocument.PDFEncryptionError)):
            raise EncryptedFileError(
                "the PDF is password-protected; ask the sender for an unprotected copy", file=name
            ) from exc
        raise UnreadableFileError(
            f"not a readable PDF ({type(cause).__name__}); it may be truncated or damaged", file=name
        ) from exc


def _pdfium_layers(data: bytes, limits) -> list[_pdfium_text.Layer] | None:
    """Every page's text layer read by pdfium, or None when pdfplumber is to read the
    file: one that may be damaged or protected (as `_pages_without_fonts` tells them),
    that pdfium cannot open, whose page count is out of bounds (pdfplumber says so), or
    with a page `_pdfium_text.plain` does not take."""
    if _doubtful(data):
        return None
    with _pdfium_document(data) as pdf:
        if pdf is None or not 0 < len(pdf) <= limits.max_pages:
            return None
        layers = []
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    if not _pdfium_text.plain(page):
                        return None
                    layers.append(_pdfium_text.layer(page))
                finally:
                    page.close()
        except pypdfium2.PdfiumError:
            return None
        return layers


def _doubtful(data: bytes) -> bool:
    """Whether a PDF may be protected (`/Encrypt`) or cut short (no `%%EOF` at its end:
    pdfium would repair what pdfminer refuses): pdfplumber reads it and says what is wrong."""
    return b"/Encrypt" in data or b"%%EOF" not in data[-1024:]


@contextlib.contextmanager
def _pdfium_document(data: bytes):
    """The PDF opened by pdfium under its lock (pdfium is not thread-safe), or None when
    pdfium cannot open it."""
    with _PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            yield None
            return
        try:
            yield pdf
        finally:
            pdf.close()


def _pages_without_fonts(data: bytes, limits) -> int | None:
    """The number of pages of a PDF that cannot hold a text layer, or None when it may.

    Text is drawn in a font, and every font is named `/Font` in a resource dictionary; a
    file without that name (a scanner's or a fax's: pages of nothing but images) has no
    text layer on any page, which pdfplumber would take ~70 ms to find (importing
    pdfminer, parsing every page). A name spelled with escapes (`/F#6Fnt`), which no
    writer we know of does, makes its pages read by OCR: read still, never skipped.
    Dictionaries packed in object streams (`/ObjStm`)
    are not seen in the raw bytes, and an encrypted file (`/Encrypt`) may hide the
    name, and a file cut short (no `%%EOF` at its end: pdfium would repair what pdfminer
    refuses) may be damaged: these, like a file pdfium cannot open or whose page count
    is out of bounds, go the whole way through pdfplumber, which says what is wrong."""
    if b"/Font" in data or b"/ObjStm" in data or _doubtful(data):
        return None
    with _pdfium_document(data) as pdf:
        count = len(pdf) if pdf is not None else 0
    return count if 0 < count <= limits.max_pages else None


def page_raster(data: bytes, index: int, name: str, limits) -> Raster:
    """Page `index` as pixels for OCR, with the transform from the page's points to them."""
    image, dpi, (width, height) = _page_pixels(data, index, name, limits)
    matrix = np.diag([image.width / width, image.height / height, 1.0])
    return Raster(image=image, dpi=dpi, matrix=matrix, source="points", source_size=(width, height))


def page_image(data: bytes, index: int, name: str, limits) -> tuple[Image.Image, int]:
    """Page `index` of a PDF as the greyscale image OCR reads (before it is turned and
    deskewed), and its dpi: a scanned page's own image when `_stored_scan` finds one,
    else the page rendered at `limits.ocr_dpi` (lower for a page too large to render whole)."""
    image, dpi, _ = _page_pixels(data, index, name, limits)
    return image, dpi


def _plumber_layer(page) -> _pdfium_text.Layer:
    """A page's words, strokes, rings, buttons and dots as pdfplumber reads them."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return _pdfium_text.Layer(float(page.width), float(page.height), words, _strokes(page), _rings(page), _plumber_buttons(page), _plumber_dots(page))


def _box_of(shape: dict) -> dict:
    return {"x0": shape["x0"], "x1": shape["x1"], "top": shape["top"], "bottom": shape["bottom"]}


def _plumber_buttons(page) -> list[dict]:
    """Round outlines as pdfplumber gives them: a curve stroked and not filled, or two
    concentric filled curves (a ring's outer and inner edge)."""
    curves = list(page.curves)
    found = [_box_of(c) for c in curves if c.get("stroke") and not c.get("fill")]
    filled = [c for c in curves if c.get("fill")]
    for i, a in enumerate(filled):
        for b in filled[i + 1 :]:
            if _pdfium_text._concentric(a, b):
                found.append(_box_of(max((a, b), key=lambda c: c["x1"] - c["x0"])))
    return found


def _plumber_dots(page) -> list[dict]:
    """Small shapes filled dark (a radio button's dot), as pdfplumber gives them."""
    return [_box_of(o) for o in [*page.rects, *page.curves]
            if o.get("fill") and _dark(o.get("non_stroking_color")) and o["x1"] - o["x0"] <= BUTTON_SIDE[1]]  # fmt: skip


def _dark(colour) -> bool:
    """Whether a fill colour (grey, RGB or CMYK components from 0 to 1) is dark."""
    if not isinstance(colour, (tuple, list)) or not colour or not all(isinstance(c, (int, float)) for c in colour):
        return False
    if len(colour) == 4:  # CMYK
        c, m, y, k = colour
        return (1 - min(1.0, (c + m + y) / 3 + k)) < 0.5
    return sum(colour) / len(colour) < 0.5


BUTTON_SIDE = (5.0, 16.0)
"""The sides a drawn radio button has, in points."""
_BUTTON_GAP = 1.5  # of its side, at most, between a button and its option's word
_DOT_SHARE = 0.75  # of a button's width, at most, its dot is wide


def button_words(layer: _pdfium_text.Layer) -> list[Word]:
    """A fillable form's radio buttons drawn as round outlines, each given as the glyph a
    form's readers know ("◉" with its dot, "○" without: `extractors._forms`). Only buttons
    of a row of two or more, each right before a word (its option): a drawing's circle,
    a logo's ring or a list's bullet is none.

    >>> ring = lambda x: {"x0": x, "x1": x + 10, "top": 100, "bottom": 110}
    >>> words = [{"text": "Ja", "x0": 113, "x1": 123, "top": 100, "bottom": 110}, {"text": "Nee", "x0": 148, "x1": 165, "top": 100, "bottom": 110}]
    >>> dot = {"x0": 103, "x1": 107, "top": 103, "bottom": 107}
    >>> layer = _pdfium_text.Layer(600, 800, words, [], [], [ring(100), ring(135)], [dot])
    >>> [w.text for w in button_words(layer)]
    ['◉', '○']
    """
    buttons: list[dict] = []
    for b in layer.buttons:
        side, tall = b["x1"] - b["x0"], b["bottom"] - b["top"]
        if not (BUTTON_SIDE[0] <= side <= BUTTON_SIDE[1] and BUTTON_SIDE[0] <= tall <= BUTTON_SIDE[1]) or max(side, tall) > 1.25 * min(side, tall):
            continue
        if any(abs(o["x0"] - b["x0"]) <= 1.5 and abs(o["top"] - b["top"]) <= 1.5 for o in buttons):
            continue  # the same ring drawn twice (its fill and its stroke)
        middle = (b["top"] + b["bottom"]) / 2
        option = next((w for w in layer.words if 0 <= w["x0"] - b["x1"] <= _BUTTON_GAP * side and w["top"] <= middle <= w["bottom"]), None)
        if option is not None:  # the glyph stands on its option's line, as a printed "☐ Ja" does
            buttons.append({**b, "line_top": option["top"], "line_bottom": option["bottom"]})
    rows = [b for b in buttons if sum(1 for o in buttons if abs((o["top"] + o["bottom"]) / 2 - (b["top"] + b["bottom"]) / 2) <= 2) >= 2]
    found = []
    for b in rows:
        side = b["x1"] - b["x0"]
        ticked = any(b["x0"] < d["x0"] and d["x1"] < b["x1"] and b["top"] < d["top"] and d["bottom"] < b["bottom"] and d["x1"] - d["x0"] <= _DOT_SHARE * side
                     for d in layer.dots)  # fmt: skip
        found.append(Word(text="◉" if ticked else "○", bbox=(b["x0"], b["line_top"], b["x1"], b["line_bottom"]), confidence=1.0))
    return found


def _text_layer(layer: _pdfium_text.Layer, name: str, number: int) -> Page | None:
    """The page from its text layer, or None when the layer is missing or unusable."""
    text = "".join(w["text"] for w in layer.words)
    if len(text) < _MIN_TEXT_CHARS or _is_garbage(text):
        return None
    return Page(
        file=name,
        number=number,
        width=float(layer.width),
        height=float(layer.height),
        words=tuple(
            Word(text=text, bbox=(w["x0"], w["top"], w["x1"], w["bottom"]), confidence=1.0)
            for w, text in zip(layer.words, _marked_words(layer.words, layer.strokes, layer.rings))
        ) + tuple(button_words(layer)),
        ocr=False,
    )


def _marked_words(words: list[dict], strokes: list[dict], rings: list[dict]) -> list[str]:
    """Each word's text as the form's filler marked it (`_marked`), and an option of
    several words circled whole given as OCR reads such a ring: "(werk / studie)", the
    ring's brackets on its first and last word."""
    texts = [_marked(word, strokes, rings) for word in words]
    for first, last in _circled_runs(words, rings):
        if first != last and not any(texts[i] != words[i]["text"] for i in range(first, last + 1)):
            texts[first], texts[last] = f"({texts[first]}", f"{texts[last]})"
    return texts


def _circled_runs(words: list[dict], rings: list[dict]) -> list[tuple[int, int]]:
    """(first, last) indices of the runs of words on one line that a curve closely
    encloses together: round them with at most a word's height to spare on each side,
    nothing else inside it.

    >>> word = lambda x0, x1: {"x0": x0, "x1": x1, "top": 100.0, "bottom": 110.0}
    >>> words = [word(100, 120), word(123, 126), word(129, 150), word(160, 180)]
    >>> _circled_runs(words, [{"x0": 95.0, "x1": 156.0, "top": 97.0, "bottom": 113.0}])
    [(0, 2)]
    >>> _circled_runs(words, [{"x0": 95.0, "x1": 300.0, "top": 60.0, "bottom": 300.0}])
    []
    """
    runs = []
    for ring in rings:
        inside = [i for i, w in enumerate(words) if _encloses(ring, w)]
        if len(inside) < 2 or inside != list(range(inside[0], inside[-1] + 1)):
            continue
        run = [words[i] for i in inside]
        top, bottom = min(w["top"] for w in run), max(w["bottom"] for w in run)
        height = max(w["bottom"] - w["top"] for w in run)
        if bottom - top > 1.5 * height:
            continue  # more than one line: a frame round a paragraph
        if ring["x1"] - ring["x0"] <= run[-1]["x1"] - run[0]["x0"] + 2 * height and ring["bottom"] - ring["top"] <= 2 * height:
            runs.append((inside[0], inside[-1]))
    return runs


def _encloses(ring: dict, word: dict) -> bool:
    return ring["x0"] <= word["x0"] + 1 and ring["x1"] >= word["x1"] - 1 and ring["top"] <= word["top"] + 1.5 and ring["bottom"] >= word["bottom"] - 1.5


def _marked(word: dict, strokes: list[dict], rings: list[dict]) -> str:
    """The word as the form's filler marked it: struck through ("j̶a̶"), circled ("(ja)",
    as OCR reads a circle round a word), or as printed."""
    if _is_struck(word, strokes):
        return _struck(word["text"])
    if _is_circled(word, rings):
        return f"({word['text']})"
    return word["text"]


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


def _rings(page) -> list[dict]:
    """The page's curves: a circle or an ellipse drawn round an answer is one (or two,
    its outer and inner edge)."""
    return [{"x0": c["x0"], "x1": c["x1"], "top": c["top"], "bottom": c["bottom"]} for c in page.curves]


def _is_circled(word: dict, rings: list[dict]) -> bool:
    """Whether a curve closely encloses `word`: round it with at most a word's height to
    spare on each side (a circled "ja"), not a drawing or a frame that holds a text.

    >>> word = {"x0": 341.0, "x1": 349.0, "top": 413.0, "bottom": 424.0}
    >>> _is_circled(word, [{"x0": 336.0, "x1": 353.0, "top": 411.0, "bottom": 424.5}]), _is_circled(word, [{"x0": 40.0, "x1": 560.0, "top": 100.0, "bottom": 700.0}])
    (True, False)
    """
    height, width = word["bottom"] - word["top"], word["x1"] - word["x0"]
    for ring in rings:
        encloses = _encloses(ring, word)
        close = ring["x1"] - ring["x0"] <= width + 2 * height and ring["bottom"] - ring["top"] <= 2 * height
        if encloses and close:
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



def rendered(data: bytes, index: int, name: str, pixels_per_point: float) -> Image.Image:
    """Page `index` rendered in colour as a viewer shows it (its /Rotate applied)."""
    with _PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
            try:
                if not 0 <= index < len(pdf):
                    raise UnreadableFileError(f"the PDF has no page {index + 1}", file=name, page=index + 1)
                return pdf[index].render(scale=pixels_per_point).to_pil().convert("RGB")
            finally:
                pdf.close()
        except pypdfium2.PdfiumError as exc:
            raise UnreadableFileError(f"page {index + 1} cannot be rendered: {exc}", file=name, page=index + 1) from exc


def _page_pixels(data: bytes, index: int, name: str, limits) -> tuple[Image.Image, int, tuple[float, float]]:
    """The page's image, its dpi, and the page's size in points as the image shows it."""
    with _PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
            try:
                page = pdf[index]
                width, height = page.get_size()
                stored = _stored_scan(page, limits)
                if stored is not None:
                    box = page.get_cropbox()
                    return (*stored, (box[2] - box[0], box[3] - box[1]))
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
    return image.convert("L"), dpi, (image.width * 72 / dpi, image.height * 72 / dpi)  # as rendered, turned or not


_MIN_STORED_DPI = 200  # a scan stored at fewer dpi is rendered at `Limits.ocr_dpi`: Tesseract wants its letters larger
_EDGE_PT = 1.0  # how far a scan's image may miss the page's edge


def _stored_scan(page: pypdfium2.PdfPage, limits) -> tuple[Image.Image, int] | None:
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

