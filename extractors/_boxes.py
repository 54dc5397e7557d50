"""Check boxes on a scanned or photographed form, told by their pixels.

OCR reads a printed box as whatever its sides resemble: "[Jia" for an empty box and the
"ja" beside it, "[/]nee" for a ticked one, "|_" for a box alone, or nothing at all. The
forms' readers (`extractors._forms`) understand the box glyphs a text layer gives ("☐ ja
☒ nee"), so each box found in the page's pixels is given as that glyph, in its place:

- a box is an outline of its own (a connected mark), square (a letter O, D, B or 0 is
  taller than wide), at least a small box's size (`SIDE_POINTS`: a photographed "a" is
  smaller), its four sides drawn the whole way and straight, enclosing most of its square
  (a bold serif "H" has its sides drawn by its serifs, and no hole), and standing apart
  from the box beside it on its row (a comb of boxes for a BSN's digits is no row of check
  boxes; a comb whose cells share their sides is one outline, too large);
- it is ticked when ink covers enough of its inside (a tick, a cross, a scribble), empty
  when next to none does; a box between the two is left as OCR read it;
- the words OCR read over it are replaced: a word inside it is the box's reading; a word
  that runs on past its side ("[Jia") is the box and the option's word, which is read again
  from the pixels beside the box.

A page without such boxes keeps its words exactly as they were read (a repair of OCR
output leaves correctly printed text alone: tests/extractors/test_boxes_property.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from woondossier.model import Word

from . import _engine
from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

TICKED, EMPTY = "☒", "☐"
SIDE_POINTS = (6.5, 16.0)
"""The sides a check box has, in points (about 2.3 to 6 mm): a capital letter's size, not a table's cell."""
_SQUARE = 1.15  # the longer side over the shorter, at most (a letter O, D, B or 0 is taller than wide)
_SIDE_DRAWN = 0.9  # of each side's length, at least, that is ink
_APART = 0.5  # of a side, at least, between two boxes: boxes closer are a comb's cells
_TICKED_INK = 0.08  # of the inside, at least, inked when ticked
_EMPTY_INK = 0.02  # of the inside, at most, inked when empty
_SOLID_INK = 0.6  # of the inside, at most: a filled square is a bullet, not a ticked box
_HOLLOW = 0.35  # of its box, at least, the holes of an outline enclose (a letter H encloses none)
_CORNERED = 0.04  # of its outline's length, how far a box's outline strays from four straight sides
_SMALL_DPI = 200  # below this a word beside a box is enlarged before it is read again
BOX_CONFIDENCE = 0.9
"""The confidence of a box told by its pixels."""


@dataclass(frozen=True)
class Box:
    bbox: tuple[float, float, float, float]  # in points, as the words'
    ticked: bool

    @property
    def side(self) -> float:
        return self.bbox[2] - self.bbox[0]


def find_boxes(image: Image.Image, dpi: int) -> list[Box]:
    """The page's check boxes, each ticked or empty; a box neither clearly is left out."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import

    pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
    _, ink = cv2.threshold(pixels, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    scale = dpi / 72.0
    low, high = (side * scale for side in SIDE_POINTS)
    found: list[tuple[int, int, int, int, bool]] = []
    for index, contour in enumerate(contours):
        if hierarchy[0][index][3] != -1:
            continue  # a hole, not a mark
        x, y, w, h = cv2.boundingRect(contour)
        if not (low <= w <= high and low <= h <= high) or max(w, h) > _SQUARE * min(w, h):
            continue
        if holes_area(contours, hierarchy[0], index) < _HOLLOW * w * h:
            continue  # a mark that encloses little: a bold serif "H", a bullet
        outline = cv2.approxPolyDP(contour, _CORNERED * cv2.arcLength(contour, True), True)
        if len(outline) != 4 or not cv2.isContourConvex(outline):
            continue  # not four straight sides: a handwritten "B" or "a", a loop of a pen
        cell = ink[y : y + h, x : x + w]
        edge = max(2, round(0.15 * min(w, h)))
        sides = (cell[:edge].any(axis=0), cell[-edge:].any(axis=0), cell[:, :edge].any(axis=1), cell[:, -edge:].any(axis=1))
        if any(side.mean() < _SIDE_DRAWN for side in sides):
            continue
        inset = max(edge + 1, round(0.2 * min(w, h)))
        inside = cell[inset : h - inset, inset : w - inset]
        if inside.size == 0:
            continue
        share = float(inside.mean())
        if share > _SOLID_INK or _EMPTY_INK < share < _TICKED_INK:
            continue
        found.append((x, y, w, h, share >= _TICKED_INK))
    boxes = [Box(bbox=(x / scale, y / scale, (x + w) / scale, (y + h) / scale), ticked=ticked) for x, y, w, h, ticked in found]
    return [box for box in boxes if not any(other is not box and _near(box, other) for other in boxes)]


def holes_area(contours, hierarchy, index: int) -> float:
    """The area of the holes the mark `index` encloses (its children in OpenCV's
    two-level hierarchy): an outline's inside, in one piece or cut up by a tick."""
    import cv2

    area, child = 0.0, hierarchy[index][2]
    while child != -1:
        area += cv2.contourArea(contours[child])
        child = hierarchy[child][0]
    return area


def _near(a: Box, b: Box) -> bool:
    """Whether two boxes stand side by side closer than `_APART` of a side: the cells of
    a comb drawn apart, one character each. A list's boxes stand one under the other."""
    gap_x = max(a.bbox[0], b.bbox[0]) - min(a.bbox[2], b.bbox[2])
    gap_y = max(a.bbox[1], b.bbox[1]) - min(a.bbox[3], b.bbox[3])
    return gap_y < 0 and gap_x < _APART * min(a.side, b.side)


def marked_boxes(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str, timeout_s: float) -> list[Word]:
    """`words` with every check box of the page given as its glyph (see the module)."""
    boxes = find_boxes(image, dpi)
    if not boxes:
        return words
    words = list(words)
    rereads: list[tuple[int, tuple[float, float, float, float]]] = []  # (word index, the region beside the box)
    added: list[Word] = []
    drop: set[int] = set()
    for box in boxes:
        over = [i for i, w in enumerate(words) if i not in drop and _over(w, box)]
        line = words[over[0]].line if over else _line_beside(words, box)
        added.append(Word(text=TICKED if box.ticked else EMPTY, bbox=box.bbox, confidence=BOX_CONFIDENCE, line=line))
        for i, word in enumerate(words):
            if i not in drop and i not in over and _side_read_into(word, box):
                drop.add(i)  # "Z]ree": the box's side read into the option's first letters
                rereads.append((i, word.bbox))
        for i in over:
            word = words[i]
            drop.add(i)
            margin = 0.25 * box.side
            if word.bbox[2] > box.bbox[2] + margin:  # "[Jia": the option's word runs on right of the box
                rereads.append((i, (box.bbox[2] + 0.15 * box.side, word.bbox[1], word.bbox[2], word.bbox[3])))
            elif word.bbox[0] < box.bbox[0] - margin:  # "ja[": the option's word before a box after it
                rereads.append((i, (word.bbox[0], word.bbox[1], box.bbox[0] - 0.15 * box.side, word.bbox[3])))
    added += _read_again(image, words, rereads, dpi, name, number, language, timeout_s)
    return [w for i, w in enumerate(words) if i not in drop] + added


def _line_beside(words: list[Word], box: Box) -> int | None:
    """The engine's line of the word nearest the box on its row (OCR left the box out,
    "anders, namelijk:" read without it), or a line of its own."""
    middle = (box.bbox[1] + box.bbox[3]) / 2
    row = [w for w in words if w.bbox[1] <= middle <= w.bbox[3]]
    if row:
        return min(row, key=lambda w: min(abs(w.bbox[0] - box.bbox[2]), abs(box.bbox[0] - w.bbox[2]))).line
    lines = [w.line for w in words if w.line is not None]
    return max(lines) + 1 if lines else None


def _over(word: Word, box: Box) -> bool:
    """Whether OCR's word covers the box: across a quarter of its width, its middle
    within the box's height."""
    across = min(word.bbox[2], box.bbox[2]) - max(word.bbox[0], box.bbox[0])
    middle = (word.bbox[1] + word.bbox[3]) / 2
    return across >= _OVER * box.side and box.bbox[1] - 0.25 * box.side <= middle <= box.bbox[3] + 0.25 * box.side


def _side_read_into(word: Word, box: Box) -> bool:
    """Whether the word right after the box begins with a bracket or a rule among its
    first two characters: the box's right side, read into it ("Z]ree" for "nee")."""
    gap = word.bbox[0] - box.bbox[2]
    middle = (word.bbox[1] + word.bbox[3]) / 2
    return 0 <= gap <= 0.6 * box.side and box.bbox[1] <= middle <= box.bbox[3] and any(c in "[](){}|" for c in word.text[:2])


_OVER = 0.1
"""Of a box's side, at least, a word must reach across it to be (in part) the box's reading:
OCR reads a box's right side into the word after it ("Z]ree")."""


def _read_again(image, words: list[Word], rereads, dpi: int, name: str, number: int, language: str, timeout_s: float) -> list[Word]:
    """The option's words beside each box, read from the pixels there: each region cut
    out and set apart on white, read as one line. A region that reads as nothing keeps
    nothing: its word was the box and a speck."""
    found: list[Word] = []
    scale = dpi / 72.0
    for index, region in rereads:
        x0, top, x1, bottom = (v * scale for v in region)
        if x1 - x0 < 2 or bottom - top < 2:
            continue
        pad = round(max(4.0, (bottom - top) * 0.3))
        crop = image.convert("L").crop((round(x0), round(top), round(x1), round(bottom)))
        canvas = Image.new("L", (crop.width + 2 * pad, crop.height + 2 * pad), 255)
        canvas.paste(crop, (pad, pad))
        zoom = 2 if dpi < _SMALL_DPI else 1  # a photo's letters of ten pixels: Tesseract reads them larger
        if zoom > 1:
            canvas = canvas.resize((canvas.width * zoom, canvas.height * zoom), Image.LANCZOS)
        read = _engine.read_words(canvas, dpi * zoom, name, number, language, 7, timeout_s)
        for word in read:
            shift = (x0 - pad) / scale, (top - pad) / scale
            bbox = (word.bbox[0] + shift[0], word.bbox[1] + shift[1], word.bbox[2] + shift[0], word.bbox[3] + shift[1])
            found.append(word.model_copy(update={"bbox": bbox, "line": words[index].line}))
    return found
