"""The records that travel through the pipeline, all frozen and picklable.

Reading produces `Page`s of `Word`s; extraction turns pages into `Document`s whose
`fields` are `Field`s; validation turns documents plus the application into
`CheckResult`s; `ApplicationResult` is what `result.json` holds (CONTRACT.md §3, §4).
The enums hold the contract's strings verbatim.
"""

from __future__ import annotations

import math

from enum import StrEnum
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict

BBox = tuple[float, float, float, float]
"""`[x0, top, x1, bottom]` in PDF points of the page, origin top-left (CONTRACT.md §3)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class DocType(StrEnum):
    brp_uittreksel = "brp_uittreksel"
    inkomensverklaring = "inkomensverklaring"
    huurovereenkomst_onderhuur = "huurovereenkomst_onderhuur"
    mantelzorgverklaring = "mantelzorgverklaring"
    huisbewaring_aanvraag = "huisbewaring_aanvraag"
    arbeidsovereenkomst = "arbeidsovereenkomst"
    bankafschrift = "bankafschrift"
    unknown = "unknown"


class ApplicationType(StrEnum):
    medehuur = "medehuur"
    mantelzorg_medehuur = "mantelzorg_medehuur"
    inwoning = "inwoning"
    onderhuur = "onderhuur"
    huisbewaring = "huisbewaring"


class CheckStatus(StrEnum):
    pass_ = "pass"
    fail = "fail"
    unknown = "unknown"


class Decision(StrEnum):
    pass_ = "pass"
    fail = "fail"
    incomplete = "incomplete"
    review = "review"


# --- reading -------------------------------------------------------------------


class Word(_Frozen):
    text: str
    bbox: BBox
    confidence: float  # [0, 1]; 1.0 for a text layer
    line: int | None = None
    """The OCR engine's own line (block, paragraph, line) as one number; None for a text layer."""


class Line(_Frozen):
    """Words on one visual line, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union_bbox(w.bbox for w in self.words)

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)


class Geometry(_Frozen):
    """How a page's words' frame (points, origin top-left) lies on the file's own pixels.

    `matrix` (3 x 3, row-major, homogeneous) maps a point of the source, the file as
    stored, to the frame the words' boxes are in: for an image its frame's pixels before
    EXIF orientation; for a PDF page its points as rendered (its /Rotate applied, origin
    top-left). It holds every step the reader took: EXIF, turns, deskew, the sheet's crop
    or perspective, and the scale from pixels at `dpi` to points. A box maps back to the
    source through the inverse (`extractors.pages.to_source`, `frame_image`).
    """

    matrix: tuple[float, float, float, float, float, float, float, float, float]
    source: str  # "pixels" (an image's frame) or "points" (a PDF page)
    source_width: float
    source_height: float
    dpi: int  # the resolution the page was read at


class Page(_Frozen):
    """One page of an input file as read: its words with boxes, however they were obtained."""

    file: str
    number: int  # 1-based within the file
    width: float  # points
    height: float  # points
    words: tuple[Word, ...]
    ocr: bool
    rotation: int = 0  # degrees the page was turned to read it upright
    geometry: Geometry | None = None  # None: the frame is the PDF page's own points (a text layer)

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """The words grouped into lines, once per page: every extractor asks for them."""
        return group_lines(self.words, self.width, self.height)

    @cached_property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Page:
        """A copy whose lines and text are worked out anew (the words may have changed)."""
        copied = super().model_copy(update=update, deep=deep)
        for cached in ("lines", "text"):
            copied.__dict__.pop(cached, None)
        for cached in [key for key in copied.__dict__ if key.startswith("_")]:  # what extractors worked out once per page
            copied.__dict__.pop(cached)
        return copied

    @property
    def is_blank(self) -> bool:
        """Fewer than 8 characters of words read with some confidence (0.6) that hold at
        least two letters or digits. Tesseract reads specks and sensor noise on a blank
        separator sheet as a hundred or more one- and two-letter "words" at 0.0-0.5."""
        return sum(len(w.text) for w in self.words if w.confidence >= 0.6 and sum(c.isalnum() for c in w.text) >= 2) < 8


def union_bbox(boxes) -> BBox:
    boxes = list(boxes)
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def group_lines(words, width: float | None = None, height: float | None = None) -> tuple[Line, ...]:
    """Group words into visual lines, top to bottom, each left to right.

    OCR words carry the engine's own line: those segments are kept whole (on a page
    with a little skew left, word-by-word grouping would braid two wrapped lines of a
    paragraph together) and segments side by side, such as the label and value cells
    of a ruled table, are joined into one visual line. Text-layer words have no line
    and are grouped by the vertical middle they share. A landscape sheet that holds two
    pages side by side (`sheet_halves`, given the page's size) is read as two: the left
    page's lines, then the right page's.
    """
    words = list(words)
    if (halves := sheet_halves(words, width, height)) is not None:
        left, right = (group_lines(half) for half in halves)
        if len(left) >= COLUMN_LINES and len(right) >= COLUMN_LINES:
            return left + right
    if words and all(w.line is not None for w in words):
        by_line: dict[int, list[Word]] = {}
        for word in words:
            by_line.setdefault(word.line, []).append(word)
        segments = list(by_line.values())
    else:
        segments = _text_segments(words)
    lines: list[list[Word]] = []
    for segment in sorted(segments, key=lambda ws: (_middle(ws), min(w.bbox[0] for w in ws))):
        if lines and _same_line(lines[-1], segment):
            lines[-1].extend(segment)
        else:
            lines.append(list(segment))
    return tuple(Line(words=combed(ws)) for ws in in_columns([sorted(ws, key=lambda w: w.bbox[0]) for ws in lines]))


SHEET_GUTTER = 0.04
"""The white strip between the two pages of a sheet printed two on one, at least, as a
share of the sheet's width (two A5 pages on landscape A4 leave two margins between them)."""
SHEET_MARGIN = 0.06
"""How far the right page's left margin may differ from the left page's, as a share of
the sheet's width: the two pages of a sheet are set alike."""
SHEET_TOP = 0.1
"""How far apart, as a share of the sheet's height, the two pages' first lines may start."""


def sheet_halves(words: list[Word], width: float | None, height: float | None) -> tuple[list[Word], list[Word]] | None:
    """The words of a landscape sheet's left and right halves, when the sheet holds two
    pages side by side (a municipality's extract of two A5 pages printed on one A4: "Straat
    Zwaluwpad" beside "Ingeschreven personen (vervolg)"); None for any other page.

    Two pages, when no word with a letter or digit crosses the sheet's middle, a strip of
    `SHEET_GUTTER` or more parts the halves, the right half's text starts as far right of
    the middle as the left half's starts right of the sheet's edge (`SHEET_MARGIN`) and both
    start at the top alike (`SHEET_TOP`). A landscape form or statement has a title, a row
    or a footer across its middle; a form's labels and values share no margin."""
    if not width or not height or width <= height:
        return None
    middle = width / 2
    left: list[Word] = []
    right: list[Word] = []
    for word in words:
        if word.bbox[2] <= middle:
            left.append(word)
        elif word.bbox[0] >= middle:
            right.append(word)
        elif any(c.isalnum() for c in word.text):
            return None  # text across the middle: one page
        else:
            (left if word.bbox[0] + word.bbox[2] < 2 * middle else right).append(word)  # a rule or a speck
    inked_left = [w for w in left if any(c.isalnum() for c in w.text)]
    inked_right = [w for w in right if any(c.isalnum() for c in w.text)]
    if not inked_left or not inked_right:
        return None
    left_edge, right_edge = min(w.bbox[0] for w in inked_left), min(w.bbox[0] for w in inked_right)
    if right_edge - max(w.bbox[2] for w in inked_left) < SHEET_GUTTER * width:
        return None
    if abs((right_edge - middle) - left_edge) > SHEET_MARGIN * width:
        return None
    if abs(min(w.bbox[1] for w in inked_left) - min(w.bbox[1] for w in inked_right)) > SHEET_TOP * height:
        return None
    return left, right


COLUMN_LINES = 4
"""Lines in a row, at least, that a gutter must part for the page to be set in columns."""
_GUTTER = 6.0  # points: the narrowest white strip between two columns of text
_WORDS_PER_LINE = 3  # words a line of running text holds on average, at least
_CELLS = 0.2  # of a column's lines, at most, that hold a cell's gap (a table's row of cells is no running text)
_DEPTH = 2  # columns within columns within columns, at most
_RUNNING = 0.15  # of a column's lines, at least, that run on into the next (a sentence wrapped)


def in_columns(lines: list[list[Word]], depth: int = 0) -> list[list[Word]]:
    """The lines in reading order: where a page is set in columns of running text (a
    newsletter, a leaflet's panels, a contract in Dutch and English side by side), each
    column's lines before the next column's, instead of each visual line running across
    them all.

    A stretch of lines is in columns when the same white strip (`_GUTTER` wide or more)
    parts at least `COLUMN_LINES` of them with words on both sides, no line of the stretch
    crosses it, and every column holds running text: lines of `_WORDS_PER_LINE` words or more on
    average, few of them with a cell's gap between words, one in seven or more of them running on into the next (a line ending in no full
    stop before a line in lower case, or in a comma or hyphen). A form's table has a gutter
    too, between its labels and values, but its rows do not run on, so it keeps its rows.
    """
    out: list[list[Word]] = []
    i = 0
    while i < len(lines):
        end, gutters = _column_run(lines, i)
        if not gutters:
            out.append(lines[i])
            i += 1
            continue
        columns = _columns(lines[i:end], gutters)
        if columns is None:
            out += lines[i:end]  # a stretch that is no columns of text is none in part either
        else:
            for column in columns:
                out += in_columns(column, depth + 1) if depth < _DEPTH else column  # a column may hold columns again
        i = end
    return out


def _gaps(line: list[Word]) -> list[tuple[float, float]]:
    return [(a.bbox[2], b.bbox[0]) for a, b in zip(line, line[1:]) if b.bbox[0] - a.bbox[2] >= _GUTTER]


def _free(line: list[Word], strip: tuple[float, float]) -> tuple[float, float] | None:
    """What of `strip` no word of the line covers, when it is one strip `_GUTTER` wide or more."""
    low, high = strip
    for word in line:
        if word.bbox[2] <= low or word.bbox[0] >= high:
            continue
        if low == -math.inf or (high != math.inf and word.bbox[0] - low < high - word.bbox[2]):
            low = max(low, word.bbox[2])  # the strip's open left end, or its nearer end, moves
        else:
            high = min(high, word.bbox[0])
        if high - low < _GUTTER:
            return None
    return (low, high)


def _column_run(lines: list[list[Word]], start: int) -> tuple[int, list[tuple[float, float]]]:
    """(one past the last line, the gutters) of the longest stretch from `start` that one
    or more white strips part: a gap in its first line, or the white left or right of it (a
    column's line beside no other), narrowed by each line after; a strip is a gutter when
    `COLUMN_LINES` lines or more of the stretch stand left of it, and as many right of it."""
    strips = [(-math.inf, lines[start][0].bbox[0])] + _gaps(lines[start]) + [(lines[start][-1].bbox[2], math.inf)]
    sides = [(0, 1)] + [(1, 1) for _ in strips[1:-1]] + [(1, 0)]
    best: tuple[int, list[tuple[float, float]]] = (start + 1, [])
    end = start + 1
    while strips and end < len(lines):
        kept = []
        for strip, (left, right) in zip(strips, sides):
            if (free := _free(lines[end], strip)) is not None:
                kept.append((free, (left + any(w.bbox[2] <= free[0] for w in lines[end]), right + any(w.bbox[0] >= free[1] for w in lines[end]))))
        if not kept:
            break
        strips, sides = [k[0] for k in kept], [k[1] for k in kept]
        end += 1
        good = [strip for strip, (left, right) in zip(strips, sides) if left >= COLUMN_LINES and right >= COLUMN_LINES and -math.inf < strip[0] and strip[1] < math.inf]
        if good:
            best = (end, good)
    return best


def _columns(run: list[list[Word]], gutters: list[tuple[float, float]]) -> list[list[list[Word]]] | None:
    """The run's lines cut at the gutters, column by column; None when a column holds a
    table's cells, or a gutter has no running text on either side (a form's labels and
    values: a leaflet's tear-off form beside its text panels is a column all the same)."""
    edges = sorted(g[0] for g in gutters)
    columns: list[list[list[Word]]] = [[] for _ in range(len(edges) + 1)]
    for line in run:
        parts: list[list[Word]] = [[] for _ in columns]
        for word in line:
            parts[sum(1 for edge in edges if word.bbox[0] >= edge)].append(word)
        for column, part in zip(columns, parts):
            if part:
                column.append(part)
    running = []
    for column in columns:
        if len(column) < 2 or sum(1 for part in column if _holds_cells(part)) > _CELLS * len(column):
            return None  # a table's cells, not a column of text
        words = sum(len(part) for part in column) / len(column)
        runs = sum(1 for part, after in zip(column, column[1:]) if _runs_on(part, after))
        running.append(words >= _WORDS_PER_LINE and runs >= _RUNNING * (len(column) - 1))
        if not _set_close(column) and not running[-1]:
            return None  # rows spread down the page (a form's labels), not lines of text; a margin's notes, each beside its article, are text
    for i, (left, right) in enumerate(zip(running, running[1:])):
        if left and right:
            continue
        # one side no running text: columns only when the sides never share a line (a
        # leaflet's text panel beside a form set at its own pitch), not a form's labels and
        # values, which stand in pairs on one line ("Monthly fee paid by the house-  €250.00")
        paired = sum(1 for line in run if any(w.bbox[0] < edges[i] for w in line) and any(w.bbox[0] >= edges[i] for w in line))
        if not (left or right) or paired > 0:
            return None
    return columns


_CLOSE = 2.2  # a gap between two lines of a column of text, at most, in the lines' height
_CLOSE_SHARE = 0.75  # of a column's gaps, at least, that close


def _set_close(column: list[list[Word]]) -> bool:
    """Whether a column's lines follow one another as text does, most of them closer than
    `_CLOSE` heights (a paragraph's break is wider, now and then)."""
    gaps = []
    for part, after in zip(column, column[1:]):
        height = max(max(w.bbox[3] - w.bbox[1] for w in part), 1.0)
        gaps.append(min(w.bbox[1] for w in after) - max(w.bbox[3] for w in part) <= _CLOSE * height)
    return sum(gaps) >= _CLOSE_SHARE * len(gaps)


def _holds_cells(part: list[Word]) -> bool:
    """Whether a line's words stand apart as a table's cells do: a gap wider than the
    line's height ("19 oktober 1994   4058.44.219   21 december 2025")."""
    height = max(max(w.bbox[3] - w.bbox[1] for w in part), 1.0)
    return any(b.bbox[0] - a.bbox[2] > max(_GUTTER, height) for a, b in zip(part, part[1:]))


def _runs_on(part: list[Word], after: list[Word]) -> bool:
    last, first = part[-1].text, after[0].text
    return last.endswith((",", "-")) or (not last.endswith((".", ":", ";", "!", "?")) and first[:1].islower())


COMB_RUN = 3
"""Characters in a row, evenly spaced, that make a comb field's value (one per box)."""
_PITCH_SLACK = 0.2  # how far a step between boxes may stray from a whole number of boxes


def combed(words: list[Word]) -> tuple[Word, ...]:
    """The line's words with each comb field's characters joined into words: a form's
    boxes hold one letter or digit each ("4 8 8 2 7 4 3 8 2", "E . B O E R S M A"), printed
    or read as as many one-character words at one pitch. An empty box between two is a
    space ("E." and "BOERSMA"). A run counts as a comb when it holds at least `COMB_RUN`
    characters whose steps are one or two boxes each, the box no wider than two and a half
    times the line's height; a line's other words are left as they are.

    >>> box = lambda t, x: Word(text=t, bbox=(x, 0.0, x + 5.0, 10.0), confidence=1.0)
    >>> [w.text for w in combed([box("BSN", 0.0)] + [box(c, 40.0 + 14 * i) for i, c in enumerate("488274382")])]
    ['BSN', '488274382']
    >>> [w.text for w in combed([box(c, 40.0 + 14 * i) for i, c in enumerate("E.") ] + [box(c, 82.0 + 14 * i) for i, c in enumerate("BLOM")])]
    ['E.', 'BLOM']
    >>> [w.text for w in combed([box("Ja", 0.0), box("X", 20.0), box("Nee", 30.0)])]
    ['Ja', 'X', 'Nee']
    """
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _one_character(words[j]):
            j += 1
        run = words[i:j]
        if len(run) >= COMB_RUN and (pitch := _comb_pitch(run)) is not None:
            out += _joined(run, pitch)
            i = j
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _one_character(word: Word) -> bool:
    text = word.text.strip()
    return len(text) == 1 and (text.isalnum() or text in ".-/")


def _comb_pitch(run: list[Word]) -> float | None:
    """The boxes' pitch (the median step from one character to the next) when every step
    is about one box (a separator printed between two boxes, "0 7 - 0 7", makes two steps
    a little shorter) or about two (an empty box); None when the run is no comb."""
    steps = sorted(b.bbox[0] - a.bbox[0] for a, b in zip(run, run[1:]))
    pitch = steps[len(steps) // 2]
    height = max(w.bbox[3] - w.bbox[1] for w in run)
    if pitch <= 0 or pitch > 2.5 * max(height, 1.0):
        return None
    if any(_boxes(step, pitch) is None for step in steps) or all(_boxes(step, pitch) == 2 for step in steps):
        return None
    return pitch


def _boxes(step: float, pitch: float) -> int | None:
    """1 for a step of about one box, 2 for about two (an empty box between), else None."""
    ratio = step / pitch
    return 1 if 1 - _PITCH_SLACK * 2 <= ratio <= 1 + _PITCH_SLACK * 2 else 2 if 2 - _PITCH_SLACK * 2 <= ratio <= 2 + _PITCH_SLACK * 2 else None


def _joined(run: list[Word], pitch: float) -> list[Word]:
    groups: list[list[Word]] = [[run[0]]]
    for a, b in zip(run, run[1:]):
        if _boxes(b.bbox[0] - a.bbox[0], pitch) == 2:
            groups.append([b])  # an empty box: a space
        else:
            groups[-1].append(b)
    return [
        Word(text="".join(w.text.strip() for w in group), bbox=union_bbox(w.bbox for w in group),
             confidence=min(w.confidence for w in group), line=group[0].line)
        for group in groups
    ]


def _middle(words) -> float:
    return (min(w.bbox[1] for w in words) + max(w.bbox[3] for w in words)) / 2


def _same_line(line: list[Word], segment: list[Word]) -> bool:
    """Whether `segment` stands beside `line`: its middle within the line's band, similar height."""
    top, bottom = min(w.bbox[1] for w in line), max(w.bbox[3] for w in line)
    s_top, s_bottom = min(w.bbox[1] for w in segment), max(w.bbox[3] for w in segment)
    height, s_height = max(bottom - top, 1.0), max(s_bottom - s_top, 1.0)
    middle = (s_top + s_bottom) / 2
    if not (top - 0.25 * s_height <= middle <= bottom + 0.25 * s_height):
        return False
    if abs(height - s_height) >= 1.5 * max(height, s_height):
        return False
    x0, x1 = min(w.bbox[0] for w in segment), max(w.bbox[2] for w in segment)
    if segment[0].line is None:
        # a text layer's chains of words: side by side on one baseline, never one column's line
        # beside another's a few points lower (a newsletter's columns each keep their own lines)
        first = line[0]
        if abs((first.bbox[1] + first.bbox[3]) / 2 - middle) > _BASELINE * max(first.bbox[3] - first.bbox[1], s_height, 1.0):
            return False
    return all(w.bbox[2] <= x0 + 2 or w.bbox[0] >= x1 - 2 for w in line)  # segments side by side, not overlapping


_BASELINE = 0.35
"""How far (of the line's height) two chains of a text layer's words may stand apart
vertically to be one visual line."""
_WORD_GAP = 1.0
"""Widest space between two words of one chain, in the words' height: wider is a cell's
or a column's gap, and the chains are joined into lines (or kept as columns) after."""


def _text_segments(words: list[Word]) -> list[list[Word]]:
    """A text layer's words chained left to right: each word after the nearest chain that
    ends just before it (within `_WORD_GAP` of its height) on its baseline (of equal gaps,
    the chain begun first). Chains are looked up by their last word's middle, in bands of
    `_BAND` points, so a page of a thousand words is not a million comparisons."""
    chains: list[list[Word]] = []
    bands: dict[int, list[int]] = {}  # band of the last word's middle -> indexes of its chains

    def band(w: Word) -> int:
        return int((w.bbox[1] + w.bbox[3]) / 2 // _BAND)

    for word in sorted(words, key=lambda w: (w.bbox[0], w.bbox[1])):
        height = max(word.bbox[3] - word.bbox[1], 1.0)
        middle = (word.bbox[1] + word.bbox[3]) / 2
        low, high = int((middle - _BASELINE * height) // _BAND), int((middle + _BASELINE * height) // _BAND)
        best, best_gap = None, None
        for index in sorted(i for b in range(low, high + 1) for i in bands.get(b, ())):
            last = chains[index][-1]
            gap = word.bbox[0] - last.bbox[2]
            if -1.0 <= gap <= _WORD_GAP * height and abs((last.bbox[1] + last.bbox[3]) / 2 - middle) <= _BASELINE * height:
                if best_gap is None or gap < best_gap:
                    best, best_gap = index, gap
        if best is None:
            chains.append([word])
            bands.setdefault(band(word), []).append(len(chains) - 1)
        else:
            bands[band(chains[best][-1])].remove(best)
            chains[best].append(word)
            bands.setdefault(band(word), []).append(best)
    return chains


_BAND = 4.0  # points: the bands chains are looked up by


# --- extraction ----------------------------------------------------------------


class Field(_Frozen):
    """One extracted value with where it was read and how sure we are.

    `value` is None when the document does not show it or it could not be read.
    """

    value: Any = None
    confidence: float = 0.0
    page: int | None = None
    bbox: BBox | None = None


Fields = dict[str, Field]


class Sheet(_Frozen):
    """What showing one page needs besides its fields: its geometry, where its reading
    holds a BSN-like number, and whether the reading can be trusted to have found them."""

    page: int
    geometry: Geometry | None = None
    width: float = 0.0  # points, the words' frame
    height: float = 0.0
    bsn_boxes: tuple[BBox, ...] = ()  # every elfproef-valid nine-digit run read, whatever its confidence
    read_failed: bool = False  # too little read to know where numbers are: shown blurred until revealed


class Document(_Frozen):
    """One document found in an input file (a file may hold several)."""

    doc_type: DocType
    pages: tuple[int, ...]
    confidence: float
    ocr: bool
    fields: dict[str, Field]
    file: str | None = None  # relative to the application folder (result.json)
    attachment: str | None = None  # the e-mail attachment it came from, for an .eml file
    sheets: tuple[Sheet, ...] = ()  # per page, for showing it (not in the contract's JSON)

    def value(self, name: str) -> Any:
        field = self.fields.get(name)
        return None if field is None else field.value


class FileError(_Frozen):
    file: str
    page: int | None = None
    error: str


class FileResult(_Frozen):
    """What `extract --json` prints for one input file."""

    file: str
    documents: tuple[Document, ...] = ()
    errors: tuple[FileError, ...] = ()


# --- validation ------------------------------------------------------------------


class Evidence(_Frozen):
    file: str | None = None
    page: int | None = None
    field: str | None = None
    bbox: BBox | None = None
    source: str | None = None  # "register", "aanvraag", or None for a document


class CheckResult(_Frozen):
    status: CheckStatus
    reason: str
    evidence: tuple[Evidence, ...] = ()
    low_confidence: bool = False  # a field it used is below the confidence threshold


class ApplicationResult(_Frozen):
    application_id: str
    type: str
    corporation: str
    decision: Decision
    checks: dict[str, CheckResult]
    documents: tuple[Document, ...]
    errors: tuple[FileError, ...]


def to_jsonable(record: BaseModel) -> dict[str, Any]:
    """The contract's JSON shape of a record (enums as strings, tuples as lists)."""
    return record.model_dump(mode="json")
