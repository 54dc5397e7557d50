"""Answers circled by hand on a scanned or photographed form, told by their pixels.

A paper form that asks "(omcirkel)" gets a ring drawn round the chosen option: "Ja  (Nee)",
"(werk / studie)  zorg voor iemand  reis". OCR reads the ring as junk round the word ("He
oe" for a circled "Nee"), or leaves the word out. The forms' readers understand a circled
option as a text layer gives it and as OCR at its best reads it, in brackets (`_forms`,
`huisbewaring_aanvraag`), so each ring found in the page's pixels gives its inside read
again, set apart on white without the ring, in brackets:

- a ring is one mark of its own, about an ellipse (its area that of the ellipse its box
  holds, within `_ELLIPSE`: a table's cell, a box or a rounded frame is fuller), wider
  than tall (a letter O, a 0 or a D is taller), a line or two of text high (`_HEIGHT`, in
  the page's own words' heights: a stamp or a logo is larger, a letter smaller), thin
  (its hole most of it) and with ink inside (a circled word, not a bullet or a blot);
- the words OCR read inside it are replaced by the reading of its inside, the first given
  an opening bracket and the last a closing one.

A page without rings keeps its words exactly as they were read (a repair of OCR output
leaves correctly printed text alone: the property test of
tests/extractors/test_circled_and_routed_answers.py).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from woondossier.model import Word

from . import _engine
from ._boxes import holes_area
from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

_ELLIPSE = (0.85, 1.12)
"""The ring's area over that of the ellipse its box holds: a hand's or a pen tool's ellipse
is near 1, a rounded rectangle's 1.2 and more, a rectangle's 1.27."""
_HEIGHT = (1.15, 3.2)
"""The ring's height in the page's median word height: round one line of type, with room."""
_CORNER = (0.12, 0.2)  # of the ring's box, the width and height of a corner
_CORNER_FILLED = 0.25  # of a corner, at most, inside the mark: an ellipse's a few per cent, a rectangle's all
_WIDER = 1.15  # the ring's width over its height, at least (a letter O or a 0 is taller than wide)
_HOLLOW = 0.45  # of the ellipse's area, at least, its hole takes: a line round a word, not a blob
_INSIDE_INK = (0.03, 0.6)  # of the hole, the share inked: a word inside, not an empty ring nor a filled one
_RING_END = 0.3
"""A word read inside a ring below this confidence, at either end, is what is left of the ring's
line (":" at 0.0, "5" at 0.07 round "werk / studie" read at 0.96)."""
RING_CONFIDENCE = 0.85
"""The confidence of an option read inside a ring told by its pixels."""


def find_rings(image: Image.Image, dpi: int, words: list[Word]) -> list[Ring]:
    """The boxes, in points, of the rings drawn round text on the page (see the module)."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import

    heights = [w.bbox[3] - w.bbox[1] for w in words if len(w.text) >= 2]
    if not heights:
        return []
    line = statistics.median(heights) * dpi / 72.0
    pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
    _, ink = cv2.threshold(pixels, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    scale = dpi / 72.0
    found = []
    for index, contour in enumerate(contours):
        if hierarchy[0][index][3] != -1 or hierarchy[0][index][2] == -1:
            continue  # a hole, or a mark without one
        x, y, w, h = cv2.boundingRect(contour)
        if not (_HEIGHT[0] * line <= h <= _HEIGHT[1] * line) or w < _WIDER * h:
            continue
        ellipse = np.pi / 4 * w * h
        if not (_ELLIPSE[0] <= cv2.contourArea(contour) / ellipse <= _ELLIPSE[1]) or _cornered(contour, x, y, w, h):
            continue
        holes = holes_area(contours, hierarchy[0], index)
        if holes < _HOLLOW * ellipse:
            continue
        stroke = max(1.0, (cv2.contourArea(contour) - holes) / max(cv2.arcLength(contour, True), 1.0))
        ring = Ring((x / scale, y / scale, (x + w) / scale, (y + h) / scale), cv2.fitEllipse(contour), stroke)
        inside = ink[y : y + h, x : x + w][_band(ring, x, y, (h, w), inner=True) > 0]
        if inside.size == 0 or not (_INSIDE_INK[0] <= float(inside.mean()) <= _INSIDE_INK[1]):
            continue  # nothing inside (an "O" of a big type, a drawn oval) or a blot
        found.append(ring)
    return found


def _cornered(contour, x: int, y: int, w: int, h: int) -> bool:
    """Whether the mark fills a corner of its box: a rectangle's or a rounded frame's (a cell
    round a value, its sides broken by a scan's grain into a shape whose area passes for an
    ellipse's), where an ellipse leaves its box's corners empty."""
    import cv2

    filled = np.zeros((h, w), np.uint8)
    cv2.drawContours(filled, [contour], -1, 1, cv2.FILLED, offset=(-x, -y))
    dx, dy = max(1, round(_CORNER[0] * w)), max(1, round(_CORNER[1] * h))
    corners = (filled[:dy, :dx], filled[:dy, -dx:], filled[-dy:, :dx], filled[-dy:, -dx:])
    return max(float(corner.mean()) for corner in corners) > _CORNER_FILLED


@dataclass(frozen=True)
class Ring:
    bbox: tuple[float, float, float, float]  # in points, as the words'
    ellipse: tuple  # OpenCV's ellipse fitted to its outer edge, in the page's pixels
    stroke: float  # its line's width in pixels


def circled_words(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str, timeout_s: float) -> list[Word]:
    """`words` with each option circled on the page read again inside its ring and given in
    brackets (see the module); `words` as they were when the page has no ring."""
    rings = find_rings(image, dpi, words)
    if not rings:
        return words
    drop: set[int] = set()
    added: list[Word] = []
    for ring in rings:
        inside = [i for i, w in enumerate(words) if i not in drop and _in_ring(w, ring.bbox)]
        read = _read_inside(image, ring, dpi, name, number, language, timeout_s)
        while len(read) > 1 and min(read[0].confidence, read[-1].confidence) < _RING_END:
            read = read[1:] if read[0].confidence < read[-1].confidence else read[:-1]  # what is left of the ring's ends (":", "5")
        if not read or read[0].confidence < _RING_END:
            continue  # nothing legible inside: the page keeps what OCR read there
        line = words[inside[0]].line if inside else None
        read[0] = read[0].model_copy(update={"text": "(" + read[0].text})
        read[-1] = read[-1].model_copy(update={"text": read[-1].text + ")"})
        added += [w.model_copy(update={"line": line, "confidence": min(w.confidence, RING_CONFIDENCE)}) for w in read]
        drop.update(inside)
    if not added:
        return words
    return [w for i, w in enumerate(words) if i not in drop] + added


def _in_ring(word: Word, ring: tuple[float, float, float, float]) -> bool:
    """Whether OCR's word is (mostly) the ring's reading: its middle within the ring's
    height, half its width or more across the ring ("oe" for a ring's end and a speck)."""
    y = (word.bbox[1] + word.bbox[3]) / 2
    across = min(word.bbox[2], ring[2]) - max(word.bbox[0], ring[0])
    return ring[1] <= y <= ring[3] and across >= 0.5 * (word.bbox[2] - word.bbox[0])


def _band(ring: Ring, left: int, top: int, shape: tuple[int, int], inner: bool = False):
    """A mask of `shape` (its corner at `left`, `top` of the page's pixels): the ring's
    line, a pixel wider each side; or with `inner`, what it encloses."""
    import cv2

    (cx, cy), (width, height), angle = ring.ellipse
    mask = np.zeros(shape, np.uint8)
    centre = (round(cx - left), round(cy - top))
    if inner:
        axes = (max(1, round(width / 2 - ring.stroke - 1)), max(1, round(height / 2 - ring.stroke - 1)))
        cv2.ellipse(mask, centre, axes, angle, 0, 360, 1, thickness=cv2.FILLED)
    else:
        axes = (max(1, round((width - ring.stroke) / 2)), max(1, round((height - ring.stroke) / 2)))
        cv2.ellipse(mask, centre, axes, angle, 0, 360, 1, thickness=max(2, round(ring.stroke) + 2))
    return mask


def _read_inside(image, ring: Ring, dpi: int, name: str, number: int, language: str, timeout_s: float) -> list[Word]:
    """The words inside `ring`, read as one line from its pixels with the ring itself
    whitened (a ring's ends read as brackets or letters; a letter it touches keeps all
    but the touch), in the page's points."""
    import cv2

    scale = dpi / 72.0
    pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
    x0, top, x1, bottom = (round(v * scale) for v in ring.bbox)
    margin = max(2, round(ring.stroke))
    x0, top, x1, bottom = max(0, x0 - margin), max(0, top - margin), min(pixels.shape[1], x1 + margin), min(pixels.shape[0], bottom + margin)
    crop = pixels[top:bottom, x0:x1].copy()
    crop[_band(ring, x0, top, crop.shape) > 0] = 255
    pad = max(4, (bottom - top) // 3)
    canvas = Image.new("L", (crop.shape[1] + 2 * pad, crop.shape[0] + 2 * pad), 255)
    canvas.paste(Image.fromarray(crop), (pad, pad))
    zoom = 2 if dpi < 200 else 1  # a photo's letters of ten pixels: Tesseract reads them larger
    if zoom > 1:
        canvas = canvas.resize((canvas.width * zoom, canvas.height * zoom), Image.LANCZOS)
    read = _engine.read_words(canvas, dpi * zoom, name, number, language, 7, timeout_s)
    shift_x, shift_y = (x0 - pad) / scale, (top - pad) / scale
    return [w.model_copy(update={"bbox": (w.bbox[0] + shift_x, w.bbox[1] + shift_y, w.bbox[2] + shift_x, w.bbox[3] + shift_y)})
            for w in read if w.text.strip()]  # fmt: skip
