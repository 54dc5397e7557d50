"""A PDF page's text layer read by pdfium: its characters, grouped into words by
pdfplumber's own word rules, and the straight strokes and curves drawn on it.

pdfplumber parses a page with pdfminer, in Python: 0.1 s for an ordinary one-page letter
that WeasyPrint or a word processor wrote, seconds for a page of fine guilloche lines.
pdfium, already here to render pages, finds the same characters in C in a tenth of that.
The characters are given to pdfplumber's `WordExtractor` with the keys pdfminer gives
them (`x0`, `x1`, `top`, `bottom` from the top of the page, `upright`), so a word is
the same word either way: a character's box is its advance across by the font's size
up from its descent, as pdfminer makes it.

Only plain pages are read here (`plain`): upright, their boxes at the origin, no
content in form XObjects (whose paths pdfium gives in the form's own space). Any other
page goes through pdfplumber, which the caller falls back to; so does a file pdfium
cannot open.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field

from ._lazy import module

pdfium = module("pypdfium2")
raw = module("pypdfium2.raw")
plumber_text = module("pdfplumber.utils.text")


@dataclass(frozen=True)
class Layer:
    """What `_pdf` needs of a page: words as pdfplumber gives them, and the page's
    drawn strokes (level lines, thin bars) and curves, each as a dict of its box."""

    width: float
    height: float
    words: list[dict]
    strokes: list[dict]
    rings: list[dict]
    buttons: list[dict] = field(default_factory=list)  # round outlines a letter's size: radio buttons
    dots: list[dict] = field(default_factory=list)  # small shapes filled dark: a button's dot


_UNMAPPED = "\ufffd"  # a glyph with no Unicode value: pdfminer writes "(cid:N)"
_LINE_END_HYPHEN = 2  # pdfium's code for a hyphen that ends a line ("Midden-" over "Brabant")


def plain(page) -> bool:
    """Whether pdfium reads this page as pdfplumber would: not turned, its media and
    crop boxes the same and at the origin, nothing drawn inside a form XObject."""
    if page.get_rotation() != 0:
        return False
    media, crop = page.get_mediabox(), page.get_cropbox()
    if media[0] != 0 or media[1] != 0 or any(abs(a - b) > 0.01 for a, b in zip(media, crop)):
        return False
    return not any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_FORM], max_depth=1))


def layer(page) -> Layer:
    """The page's words, strokes and rings (`plain(page)` holds)."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, height)
    finally:
        textpage.close()
    words = plumber_text.WordExtractor(keep_blank_chars=False, use_text_flow=False).extract_words(chars)
    strokes, rings, buttons, dots = _shapes(page, height)
    return Layer(width=width, height=height, words=words, strokes=strokes, rings=rings, buttons=buttons, dots=dots)


def _chars(textpage, height: float) -> list[dict]:
    """The page's characters in content order, each with pdfminer's keys. Characters
    pdfium makes up (a space between words set apart, a line break) are left out: the
    word rules see the gap as pdfplumber does."""
    handle = textpage.raw
    box, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    # the calls bound once: a page has thousands of characters, and each name looked up
    # through the lazy module costs an import lookup
    generated, unicode, unmapped = raw.FPDFText_IsGenerated, raw.FPDFText_GetUnicode, raw.FPDFText_HasUnicodeMapError
    loose_box, char_matrix, font_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetMatrix, raw.FPDFText_GetFontSize
    char_origin, origin_x, origin_y = raw.FPDFText_GetCharOrigin, ctypes.c_double(), ctypes.c_double()
    chars = []
    for index in range(raw.FPDFText_CountChars(handle)):
        if generated(handle, index) == 1:
            continue
        code = unicode(handle, index)
        text = "-" if code == _LINE_END_HYPHEN else _UNMAPPED if code == 0 or unmapped(handle, index) == 1 else chr(code)
        if not loose_box(handle, index, box) or not char_matrix(handle, index, matrix):
            continue
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        upright = a * d > 0 and b * c <= 0  # pdfminer's rule: a slightly turned line is upright still
        size = font_size(handle, index) * math.hypot(c, d)
        x0, x1 = min(box.left, box.right), max(box.left, box.right)
        low, high = min(box.bottom, box.top), max(box.bottom, box.top)
        char_bottom = height - low
        level = abs(b) < 1e-6 and abs(c) < 1e-6
        if level and a > 0 and char_origin(handle, index, origin_x, origin_y) and origin_x.value < x1:
            # a glyph may reach left of where it is set ("j" under the "i" before it in a bold
            # "ij"): pdfminer's box starts at the pen's position, and words are put in order by it
            x0 = origin_x.value
        char_top = char_bottom - size if level and size > 0 else height - high  # turned: the box round it
        chars.append({"text": text, "x0": x0, "x1": x1, "top": char_top, "bottom": char_bottom,
                      "doctop": char_top, "upright": upright, "size": size})
    return chars


def _shapes(page, height: float) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """The page's drawn strokes, rings, buttons and dots as `_pdf` reads them from
    pdfplumber: each subpath of a filled or stroked path is a line (one straight segment),
    a rectangle (four straight, level and upright sides) or a curve (anything else); the
    strokes are level lines under a point high and rectangles at most two points high, the
    rings every curve, the buttons (`_pdf.buttons_of`) the round outlines and the dots the
    small shapes filled dark."""
    strokes, rings, outlines, filled = [], [], [], []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    matrix = raw.FS_MATRIX()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=1):
        handle = obj.raw
        if not raw.FPDFPath_GetDrawMode(handle, fill, stroke) or (fill.value == 0 and not stroke.value):
            continue
        if not raw.FPDFPageObj_GetMatrix(handle, matrix):
            continue
        dark = bool(fill.value) and raw.FPDFPageObj_GetFillColor(handle, r, g, b, a) and a.value > 0 and (r.value + g.value + b.value) < 3 * 128
        curves = []
        for points, curved in _subpaths(handle, matrix, x, y):
            xs = [p[0] for p in points]
            tops = [height - p[1] for p in points]
            shape = {"x0": min(xs), "x1": max(xs), "top": min(tops), "bottom": max(tops)}
            kind = _kind(points, curved)
            if kind == "curve":
                rings.append(shape)
                curves.append(shape)
            elif (kind == "line" and shape["bottom"] - shape["top"] < 1) or (kind == "rect" and shape["bottom"] - shape["top"] <= 2):
                strokes.append({"top": (shape["top"] + shape["bottom"]) / 2, "x0": shape["x0"], "x1": shape["x1"]})
            if dark:
                filled.append(shape)
        outlines.append((curves, bool(fill.value), bool(stroke.value)))
    return strokes, rings, _outlined(outlines), filled


def _outlined(objects: list[tuple[list[dict], bool, bool]]) -> list[dict]:
    """The round outlines among the paths' curves: a curve stroked and not filled, or a
    filled ring (two concentric curves of one path, its outer and inner edge). A filled
    disc alone is a bullet or a dot, no outline."""
    found = []
    for curves, filled, stroked in objects:
        if stroked and not filled:
            found += curves
        elif filled and len(curves) == 2 and _concentric(*curves):
            found.append(max(curves, key=lambda c: c["x1"] - c["x0"]))
    return found


def _concentric(a: dict, b: dict) -> bool:
    """Whether two curves share a centre (within a point) and differ in size by at most a third."""
    centre = lambda c: ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2)  # noqa: E731
    (ax, ay), (bx, by) = centre(a), centre(b)
    wa, wb = a["x1"] - a["x0"], b["x1"] - b["x0"]
    return abs(ax - bx) <= 1 and abs(ay - by) <= 1 and 0 < min(wa, wb) and max(wa, wb) <= 1.34 * min(wa, wb)


def _subpaths(handle, matrix, x, y):
    """Each subpath of a path object as its points in page space, and whether a Bézier
    segment is among them; a subpath starts at every move."""
    points: list[tuple[float, float]] = []
    curved = False
    for index in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO and points:
            yield points, curved
            points, curved = [], False
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        px, py = x.value, y.value
        points.append((matrix.a * px + matrix.c * py + matrix.e, matrix.b * px + matrix.d * py + matrix.f))
        curved = curved or kind == raw.FPDF_SEGMENT_BEZIERTO
        if raw.FPDFPathSegment_GetClose(segment) and points[0] != points[-1]:
            points.append(points[0])
    if points:
        yield points, curved


def _kind(points: list[tuple[float, float]], curved: bool) -> str:
    """"line", "rect" or "curve", as pdfminer sorts a subpath.

    >>> _kind([(0, 0), (10, 0)], False), _kind([(0, 0), (10, 0), (10, 2), (0, 2), (0, 0)], False), _kind([(0, 0), (5, 5), (10, 0)], False)
    ('line', 'rect', 'curve')
    """
    if curved:
        return "curve"
    if len(points) == 2:
        return "line"
    corners = points[:-1] if len(points) == 5 and points[0] == points[-1] else points
    if len(corners) == 4:
        sides = list(zip(corners, corners[1:] + corners[:1]))
        if all(a[0] == b[0] or a[1] == b[1] for a, b in sides):
            return "rect"
    return "curve"
