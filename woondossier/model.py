"""The records that travel through the pipeline, all frozen and picklable.

Reading produces `Page`s of `Word`s; extraction turns pages into `Document`s whose
`fields` are `Field`s; validation turns documents plus the application into
`CheckResult`s; `ApplicationResult` is what `result.json` holds (CONTRACT.md §3, §4).
The enums hold the contract's strings verbatim.
"""

from __future__ import annotations

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
        return group_lines(self.words)

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


def group_lines(words) -> tuple[Line, ...]:
    """Group words into visual lines, top to bottom, each left to right.

    OCR words carry the engine's own line: those segments are kept whole (on a page
    with a little skew left, word-by-word grouping would braid two wrapped lines of a
    paragraph together) and segments side by side, such as the label and value cells
    of a ruled table, are joined into one visual line. Text-layer words have no line
    and are grouped by the vertical middle they share.
    """
    words = list(words)
    if words and all(w.line is not None for w in words):
        by_line: dict[int, list[Word]] = {}
        for word in words:
            by_line.setdefault(word.line, []).append(word)
        segments = list(by_line.values())
    else:
        segments = [[word] for word in words]
    lines: list[list[Word]] = []
    for segment in sorted(segments, key=lambda ws: (_middle(ws), min(w.bbox[0] for w in ws))):
        if lines and _same_line(lines[-1], segment):
            lines[-1].extend(segment)
        else:
            lines.append(list(segment))
    return tuple(Line(words=tuple(sorted(ws, key=lambda w: w.bbox[0]))) for ws in lines)


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
    if segment[0].line is not None:  # OCR segments: the same visual line only if they do not overlap
        x0, x1 = min(w.bbox[0] for w in segment), max(w.bbox[2] for w in segment)
        return all(w.bbox[2] <= x0 + 2 or w.bbox[0] >= x1 - 2 for w in line)
    return True


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
