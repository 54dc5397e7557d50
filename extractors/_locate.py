"""Find values on read pages by label and pattern, never by coordinates of one template.

A `Hit` is a piece of text with where it was read (page, bbox) and the lowest
confidence of the words it spans. The helpers here look for a label on a line and
take the value from the rest of that line, or from the line(s) below it (ruled
tables and forms often put the value under or beside the label in its own cell).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extractors import lexicon
from woondossier.model import BBox, Field, Line, Page, Word, union_bbox


APOSTROPHE_PARTICLES = frozenset(
    mark + particle[1:] for particle in lexicon.particles() if particle.startswith("'") for mark in lexicon.APOSTROPHES
)
"""Name particles ("van 't Hof", "'s-Gravendeel") Tesseract reads right but rates low: the
apostrophe is a speck next to one letter. Read exactly as one of these few forms, the
word is vouched for by the closed vocabulary; read as anything else it keeps its rating."""
PARTICLE_CONFIDENCE = 0.85
"""What an exact particle reading counts for (above the 0.80 review threshold, below a clear word)."""


def reading_confidence(words: Iterable[Word]) -> float:
    """The confidence of a reading: its least confident word, a particle of the closed
    vocabulary read at 0.5 or more counting `PARTICLE_CONFIDENCE`.

    >>> from woondossier.model import Word
    >>> words = [Word(text="van", confidence=0.96, bbox=(0, 0, 1, 1)), Word(text="'t", confidence=0.75, bbox=(0, 0, 1, 1))]
    >>> reading_confidence(words), reading_confidence(words[:1] + [Word(text="'l", confidence=0.75, bbox=(0, 0, 1, 1))])
    (0.85, 0.75)
    """
    return min(
        max(w.confidence, PARTICLE_CONFIDENCE) if w.text in APOSTROPHE_PARTICLES and w.confidence >= 0.5 else w.confidence
        for w in words
    )


SPECK_WORD_CONFIDENCE = 0.3
"""Below this, a word at the start of a name is likely a smudge or a rule OCR made letters of
("Ee Wit, Chantal": 0.08 beside 0.96); the names' own words read at 0.9 and more."""
SPECKS_DROPPED_CONFIDENCE = 0.6
"""The most a name can count for once such words were dropped from it: the analyst looks."""
VALUE_COLUMN_TOLERANCE = 4.0
"""Points a value's first word may stand off its block's value column (a deskewed scan's
values start within a point or two of each other; a photo's slant may move them more, and
then no word is taken for off the column)."""
VALUE_GAP = 6.0
"""Points at least between a value and what stands left of its column (twice a space at 10-12 points)."""
_NAME_PART = re.compile(rf"(?:[A-Z]\.)+|{lexicon.particle_regex()}")
"""An initial or a particle: a name's own word even when read unsurely, never taken for a speck."""


@dataclass(frozen=True)
class Hit:
    text: str
    page: int
    bbox: BBox
    confidence: float
    words: tuple[Word, ...] = field(default=(), repr=False, compare=False)  # as read, in text order

    def without_leading_specks(self) -> Hit:
        """The hit without the words read below `SPECK_WORD_CONFIDENCE` at its start (at
        least one surer word is kept), then confidence at most `SPECKS_DROPPED_CONFIDENCE`.
        For a name whose form tells a speck from the name's own first word ("Ee Wit,
        Chantal": no word stands before the surname of "Surname, Given names"): a name
        may begin with a word read as unsurely ("Ruben" at 0.02 beside "Jansen" at 0.91).

        >>> from woondossier.model import Word
        >>> def w(text, confidence): return Word(text=text, confidence=confidence, bbox=(0, 0, 1, 1))
        >>> words = (w("EE", 0.12), w("Tee", 0.2), w("Wit,", 0.96), w("Chantal", 0.96))
        >>> hit = Hit(text="EE Tee Wit, Chantal", page=1, bbox=(0, 0, 1, 1), confidence=0.12, words=words)
        >>> trimmed = hit.without_leading_specks(); trimmed.text, trimmed.confidence
        ('Wit, Chantal', 0.6)
        >>> hit = Hit(text="Wit, Chantal", page=1, bbox=(0, 0, 1, 1), confidence=0.96, words=words[2:])
        >>> hit.without_leading_specks() is hit
        True
        >>> hit = Hit(text="J. Wit", page=1, bbox=(0, 0, 1, 1), confidence=0.2, words=(w("J.", 0.2), w("Wit", 0.9)))
        >>> hit.without_leading_specks() is hit  # an initial: the name's own
        True
        """
        words, text = list(self.words), self.text.strip()
        while (
            len(words) > 1
            and words[0].confidence < SPECK_WORD_CONFIDENCE
            and not _NAME_PART.fullmatch(words[0].text)
            and text.startswith(words[0].text + " ")
        ):
            text = text[len(words.pop(0).text) :].lstrip()
        if len(words) == len(self.words) or max(w.confidence for w in words) < SPECK_WORD_CONFIDENCE:
            return self
        return Hit(
            text=text,
            page=self.page,
            bbox=union_bbox(w.bbox for w in words),
            confidence=min(reading_confidence(words), SPECKS_DROPPED_CONFIDENCE),
            words=tuple(words),
        )

    def from_column(self, x: float, tolerance: float = VALUE_COLUMN_TOLERANCE) -> Hit:
        """The hit without the words that start left of the value column at `x`, when
        a later word starts on it: in a label/value block the value begins on the column
        its neighbours' values begin on, so what OCR read in the gap between label and
        value is a rule or a smudge ("Naam — Pelt , Eva Nguyen": "Pelt" at 0.12, 65
        points left of the column every value of the page starts on). When no word
        starts on the column, or the word before it runs on to it with no more than a
        space between (`VALUE_GAP`), the hit is returned as it is.

        >>> from woondossier.model import Word
        >>> def w(text, x0, confidence=0.96): return Word(text=text, confidence=confidence, bbox=(x0, 0, x0 + 20, 9))
        >>> words = (w("—", 107, 0.32), w("Pelt", 182, 0.12), w(",", 240, 0.0), w("Eva", 270), w("Nguyen", 294))
        >>> hit = Hit(text="— Pelt , Eva Nguyen", page=1, bbox=(107, 0, 314, 9), confidence=0.0, words=words)
        >>> trimmed = hit.from_column(271.0); trimmed.text, trimmed.confidence, trimmed.bbox
        ('Eva Nguyen', 0.96, (270.0, 0.0, 314.0, 9.0))
        >>> hit.from_column(230.0) is hit, hit.from_column(300.0) is hit  # no word starts on it
        (True, True)
        >>> words = (w("Aicha", 60), w("ter", 83), w("Ouali", 106))  # a space apart: one name
        >>> Hit(text="Aicha ter Ouali", page=1, bbox=(60, 0, 126, 9), confidence=0.96, words=words).from_column(106.0).text
        'Aicha ter Ouali'
        """
        words = list(self.words)
        cut = next((i for i, word in enumerate(words) if word.bbox[0] >= x - tolerance), None)
        if not cut or words[cut].bbox[0] > x + tolerance or words[cut].bbox[0] - words[cut - 1].bbox[2] < VALUE_GAP:
            return self  # no word starts on the column, or one runs on to it as a name's words do
        # The text is a stretch of the words joined by spaces (it may begin inside the
        # first, after its label): keep it from the first kept word on.
        joined, text = " ".join(w.text for w in words), self.text.strip()
        start, kept_at = joined.find(text), len(" ".join(w.text for w in words[:cut])) + 1
        if start < 0 or kept_at >= start + len(text):
            return self
        kept = words[cut:]
        return Hit(
            text=joined[max(kept_at, start) : start + len(text)],
            page=self.page,
            bbox=union_bbox(w.bbox for w in kept),
            confidence=reading_confidence(kept),
            words=tuple(kept),
        )

    def first_cell(self, gap: float) -> Hit:
        """The hit up to the first gap of `gap` points or more between two of its words: a
        note or a remark written beside a value is no part of it ("Serkan Erdoğan      aanvraag
        medehuur"). Gaps are looked for from the first word wholly in the text on (the
        text may begin inside a label's word, "‚Naam. ‘Mehmet").

        >>> from woondossier.model import Word
        >>> def w(text, x0): return Word(text=text, confidence=0.96, bbox=(x0, 0, x0 + 8 * len(text), 9))
        >>> words = (w("Serkan", 200), w("Erdogan", 252), w("aanvraag", 399), w("medehuur", 467))
        >>> Hit(text="Serkan Erdogan aanvraag medehuur", page=1, bbox=(200, 0, 531, 9), confidence=0.96, words=words).first_cell(14.0).text
        'Serkan Erdogan'
        >>> words = (w("Naam.", 60), w("Mehmet", 194), w("Yildiz", 246))
        >>> Hit(text=". Mehmet Yildiz", page=1, bbox=(60, 0, 294, 9), confidence=0.96, words=words).first_cell(14.0).text
        '. Mehmet Yildiz'
        """
        words = list(self.words)
        joined, text = " ".join(w.text for w in words), self.text.strip()
        start = joined.find(text)
        if start < 0:
            return self
        starts, pos = [], 0
        for word in words:
            starts.append(pos)
            pos += len(word.text) + 1
        first = next((i for i, at in enumerate(starts) if at >= start), None)
        if first is None:
            return self
        for i in range(first + 1, len(words)):
            if words[i].bbox[0] - words[i - 1].bbox[2] >= gap:
                kept = words[first:i]
                return Hit(
                    text=joined[start : starts[i] - 1].strip(),
                    page=self.page,
                    bbox=union_bbox(w.bbox for w in kept),
                    confidence=reading_confidence(kept),
                    words=tuple(words[:i]),
                )
        return self

    def field(self, value, validity: float = 1.0) -> Field:
        """The hit as a contract field; `validity` scales confidence (e.g. a failed checksum)."""
        if value is None:
            return Field(value=None, confidence=0.0, page=self.page, bbox=self.bbox)
        return Field(
            value=value, confidence=round(self.confidence * validity, 3), page=self.page, bbox=self.bbox
        )


def span_hit(page: Page, line: Line, start: int, end: int) -> Hit:
    """The words of `line` covering characters start..end of `line.text`."""
    words, pos = [], 0
    for word in line.words:
        w_start, w_end = pos, pos + len(word.text)
        if w_end > start and w_start < end:
            words.append(word)
        pos = w_end + 1
    words = words or list(line.words)
    return Hit(
        text=line.text[start:end].strip(),
        page=page.number,
        bbox=union_bbox(w.bbox for w in words),
        confidence=reading_confidence(words),
        words=tuple(words),
    )


_TRANSLATION_WORDS = 3
"""A label's translation is a few words ("Expiry", "Home base", "Date of birth")."""


def is_translation(cell: Sequence[Word], after_slash: bool = False) -> bool:
    """Whether a cell after a label is the label's translation after a slash ("/ Expiry",
    "/ Home base"; `after_slash`: the slash was read with the label): a few words, no digit."""
    words = [w.text for w in cell if w.text != "/"]
    text = " ".join(w.text for w in cell)
    return (after_slash or text.startswith("/")) and 0 < len(words) <= _TRANSLATION_WORDS and not re.search(r"\d", text)


def after_translation(line: Line, start: int) -> int:
    """Where a label's value starts on `line` when the text from `start` (just after the
    label) opens with the label's translation after a slash, in the label's own cell
    ("Einddatum / Expiry   02-Sep-2026", "Thuisbasis / Home base   Groningen"): the start of
    the next cell. `start` itself when there is no such translation (`is_translation`, then a
    cell's gap) before the value. `line.text` is its words joined by single spaces."""
    offsets, at = [], 0
    for word in line.words:
        offsets.append(at)
        at += len(word.text) + 1
    first = next((i for i, offset in enumerate(offsets) if offset + len(line.words[i].text) > start), None)
    if first is None:
        return start
    height = max(line.words[first].bbox[3] - line.words[first].bbox[1], 1.0)
    for i in range(first + 1, len(line.words)):
        if line.words[i].bbox[0] - line.words[i - 1].bbox[2] > 3 * height:  # the translation's cell ends here
            slash = line.text[:start].rstrip().endswith("/")
            return offsets[i] if is_translation(line.words[first:i], after_slash=slash) else start
    return start


def line_hit(page: Page, line: Line) -> Hit:
    return span_hit(page, line, 0, len(line.text))


def line_beside(page: Page, index: int) -> Line | None:
    """The line just above or below line `index` that starts right of where it ends and
    overlaps it in height: the value of a label that OCR put on a line of its own (a
    photo's slant lifts "El Amrani, Kees" 4 points above its "Naam"; tested on that photo
    in tests/extractors/test_sublet_and_brp.py).
    """
    line = page.lines[index]
    for other in page.lines[max(0, index - 1) : index] + page.lines[index + 1 : index + 2]:
        overlap = min(line.bbox[3], other.bbox[3]) - max(line.bbox[1], other.bbox[1])
        if other.bbox[0] >= line.bbox[2] and overlap > 0:
            return other
    return None


SIDE_GAP = 14.0
"""Points, at least, between the text left of a side column and the column's words (a cell's gap)."""


def side_column(line: Line, x0: float, tolerance: float, is_label=lambda text: False) -> Line | None:
    """The words of `line` in a side column that starts at `x0` (within `tolerance`): those
    from `x0` on, when the text left of them ends a cell's gap before (`SIDE_GAP`); None when
    a word runs on across the column's edge, or when the text left of it is a label
    (`is_label`: "IBAN  NL60SNSB..." is a row of a label/value block, no side column). A
    statement's summary down its right side shares its lines with the transactions:
    "06-02-2026  Action  -€ 61,24    NL07 KNAB 8295 ...".

    >>> def w(text, x0): return Word(text=text, confidence=0.96, bbox=(x0, 0, x0 + 6 * len(text), 9))
    >>> side_column(Line(words=(w("Action", 112), w("-€", 300), w("A.M.", 363), w("Akkouh", 385))), 363.0, 6.0).text
    'A.M. Akkouh'
    >>> side_column(Line(words=(w("NL64RABO5646273649", 112),)), 363.0, 6.0).words, side_column(Line(words=(w("aanvraag", 320), w("medehuur", 371))), 363.0, 6.0)
    ((), None)
    """
    left = [w for w in line.words if w.bbox[0] < x0 - tolerance]
    side = [w for w in line.words if w.bbox[0] >= x0 - tolerance]
    if left and (left[-1].bbox[2] > x0 - SIDE_GAP or is_label(" ".join(w.text for w in left))):
        return None
    return Line(words=tuple(side))


def iter_lines(pages: Sequence[Page]) -> Iterable[tuple[Page, int, Line]]:
    for page in pages:
        for index, line in enumerate(page.lines):
            yield page, index, line


_SENTENCE_ENDED = re.compile(r"[a-zß-ÿ]{4,}[.!?](?=\s+[A-ZÀ-Þ]|\s*$)")
"""The end of a sentence the label's line goes on as ("Verzamelinkomen 2025 gecontroleerd.
Inkomensgrens ..."): a word of small letters, its full stop, then a capital or the line's end
(an abbreviation's stop, "incl. btw", goes on in small letters)."""


def find_value(
    pages: Sequence[Page],
    labels: Sequence[str],
    value: str,
    *,
    below: int = 2,
    flags: int = re.IGNORECASE,
    in_position: bool = False,
) -> Hit | None:
    """The first text matching regex `value` after a label matching one of `labels`.

    Looks right of the label on the same line first, then up to `below` lines under it,
    only in the label's column or to its right (a two-column table puts the value in the
    next cell). With `in_position`, a label counts only where a label stands (first on its
    line or cell, or before a colon: `labels.in_label_position`): a sentence's "... met
    dagtekening 22 januari 2026" speaks of another document's date.
    """
    label_re = re.compile("|".join(f"(?:{label})" for label in labels), flags)
    value_re = re.compile(value, flags)
    for page, index, line in iter_lines(pages):
        label = label_re.search(line.text)
        if label and in_position:
            label = next((m for m in label_re.finditer(line.text) if _stands_as_label(line, m.start(), m.end())), None)
        if not label:
            continue
        ended = _SENTENCE_ENDED.search(line.text, label.end())
        if m := value_re.search(line.text, label.end(), ended.end() if ended else len(line.text)):
            return span_hit(page, line, m.start(), m.end())
        if ended:
            continue  # "Verzamelinkomen 2025 gecontroleerd. Inkomensgrens: €": the label's sentence ended; what follows is another's
        label_x0 = span_hit(page, line, label.start(), label.end()).bbox[0]
        for next_line in page.lines[index + 1 : index + 1 + below]:
            if next_line.bbox[2] < label_x0:
                continue
            if label_re.search(next_line.text):
                break
            # the label's column and right of it: a grid's row under "Naam huurder | Naam
            # huisbewaarder" holds both names, and the second label's value is only the second
            under = Line(words=tuple(w for w in next_line.words if w.bbox[2] > label_x0 + 1))
            if _runs_across(next_line, under):
                under = next_line  # "8. Wat is de naam van de huisbewaarder?" over "Tekle Kidane": one value, not a grid's cells
            if m := value_re.search(under.text):
                return span_hit(page, under, m.start(), m.end())
    return None


def _stands_as_label(line: Line, start: int, end: int) -> bool:
    """Whether characters start..end of `line.text` stand where a label stands."""
    from extractors.labels import in_label_position

    first = last = None
    pos = 0
    for index, word in enumerate(line.words):
        if pos + len(word.text) > start and first is None:
            first = index
        if pos < end:
            last = index
        pos += len(word.text) + 1
    return first is not None and last is not None and in_label_position(line, first, last + 1)


def _runs_across(line: Line, right: Line) -> bool:
    """Whether `line` continues from its words left of `right` into `right` at a word's
    space, not across a cell's gap (which is wider than the line is high)."""
    if not right.words or len(right.words) == len(line.words):
        return False
    left = [w for w in line.words if w not in right.words]
    if not left:
        return False
    height = max(w.bbox[3] - w.bbox[1] for w in line.words)
    return right.words[0].bbox[0] - left[-1].bbox[2] < height


def find_pattern(pages: Sequence[Page], value: str, flags: int = re.IGNORECASE) -> list[Hit]:
    """Every match of regex `value` on any line, in reading order."""
    value_re = re.compile(value, flags)
    return [
        span_hit(page, line, m.start(), m.end())
        for page, _, line in iter_lines(pages)
        for m in value_re.finditer(line.text)
    ]


def has_text(pages: Sequence[Page], pattern: str, flags: int = re.IGNORECASE) -> Hit | None:
    """The first line matching `pattern` (for clauses and titles), or None."""
    hits = find_pattern(pages, pattern, flags)
    return hits[0] if hits else None


@dataclass(frozen=True)
class Flow:
    """One page's text as a single string, lines joined by newlines, with each word's span.

    A regex with `\\s+` between words then matches a sentence that wraps over lines, and
    any span of it maps back to the words it covers.
    """

    page: Page
    text: str
    spans: tuple[tuple[int, int, Word], ...]

    def hit(self, start: int, end: int) -> Hit | None:
        """The words covering characters start..end, as a Hit; None for a span without words."""
        words = [w for s, e, w in self.spans if e > start and s < end]
        if not words:
            return None
        return Hit(
            text=self.text[start:end],
            page=self.page.number,
            bbox=union_bbox(w.bbox for w in words),
            confidence=reading_confidence(words),
            words=tuple(words),
        )


_EDGE_SPECK = re.compile(r"[|>_{}\[\]¦—–~«»…•]+")
"""A word that is only a rule or a speck: OCR reads a margin's dirt or a box edge so."""


def flow(page: Page) -> Flow:
    """The page's text, lines joined by newlines; specks at either end of a line
    ("Priya van" / "> Yılmaz.") are left out, so a sentence runs on over them."""
    spans, parts, pos = [], [], 0
    for line in page.lines:
        words = list(line.words)
        while words and _EDGE_SPECK.fullmatch(words[0].text):
            words.pop(0)
        while words and _EDGE_SPECK.fullmatch(words[-1].text):
            words.pop()
        if not words and line.words:
            continue
        for word in words:
            spans.append((pos, pos + len(word.text), word))
            pos += len(word.text) + 1
        parts.append(" ".join(word.text for word in words))
    return Flow(page=page, text="\n".join(parts), spans=tuple(spans))


def find_text(pages: Sequence[Page], pattern: str, flags: int = re.IGNORECASE) -> Hit | None:
    """The first match of `pattern` in a page's whole text, which may run over lines.

    Lines are joined by newlines, so write `\\s+` between words of a clause that a
    paragraph may wrap.
    """
    value_re = re.compile(pattern, flags)
    for page in pages:
        text = flow(page)
        if (m := value_re.search(text.text)) and (hit := text.hit(m.start(), m.end())):
            return hit
    return None
