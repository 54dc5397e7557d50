"""Helpers for reading names, keywords and yes/no statements out of letters and forms.

`_locate` finds a value beside its label; letters (a GP's declaration, a tax
letter) instead name people inside sentences ("... mantelzorg ontvangt van de heer
Jan de Vries."), and scanned titles come back from OCR with a letter or two wrong.
This module holds what the inkomensverklaring, bankafschrift and
mantelzorgverklaring extractors share for that:

- `NAME_PATTERN` / `take_name` / `strip_honorific`: a person's name as printed, at the
  start of a text, titles ("de heer", "Mevrouw", "drs.", "T.a.v.") stripped; these are
  `extractors.names`'s, importable from here as before.
- `find_word`: a keyword on the pages, tolerant of OCR slips (rapidfuzz ratio).
- `mean_confidence`: how well the pages were read, which decides whether an absent
  statement may be reported as false or only as unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from extractors._locate import Hit, flow, iter_lines, line_beside, line_hit, span_hit
# The name reader and its patterns, built from the lexicon, are extractors/names.py's;
# importable from here as before.
from extractors.names import NAME_PATTERN, NOT_NAME_WORDS, name_split_after, pipe_as_initial, take_name  # noqa: F401
from extractors.names import strip_titles as strip_honorific  # noqa: F401
from woondossier.model import Field, Page


def name_from_hit(hit: Hit | None) -> tuple[str | None, Hit | None]:
    """The name at the start of a hit's text, with the hit, or (None, hit)."""
    if hit is None:
        return None, None
    return take_name(hit.text), hit


def find_word(pages: Sequence[Page], word: str, min_ratio: float = 84.0, max_line_words: int | None = None) -> Hit | None:
    """The first word on the pages that reads as `word`, allowing OCR slips.

    Exact (case-insensitive) containment counts; otherwise rapidfuzz's ratio of the
    word (punctuation stripped) to `word` must reach `min_ratio`. Short keywords
    need a higher ratio to avoid matching unrelated words. With `max_line_words`,
    only lines of at most that many words count: a title, not a mention in prose.
    """
    target = word.lower()
    threshold = max(min_ratio, 92.0) if len(target) < 6 else min_ratio
    for page in pages:
        for line in page.lines:
            if max_line_words is not None and len(line.words) > max_line_words:
                continue
            for w in line.words:
                text = re.sub(r"[^\w/-]", "", w.text.lower())
                if not text:
                    continue
                contained = target in text and len(text) <= len(target) + 6
                if contained or (abs(len(text) - len(target)) <= 3 and fuzz.ratio(text, target) >= threshold):
                    return Hit(text=w.text, page=page.number, bbox=w.bbox, confidence=w.confidence)
    return None


def labelled_values(pages: Sequence[Page], labels: Sequence[str], flags: int = re.IGNORECASE) -> Iterator[Hit]:
    """For every line holding one of `labels`: the rest of that line after it (a colon
    or table rule skipped), or when nothing follows, the line beside it (a photo's slant
    lifts "Sanne Leeuwen" onto a line of its own just above its "Naam zorgvrager"; see
    `line_beside`), then the next line if it lies in the label's column or right of it.
    Callers validate each candidate and go on to the next, so a label word wrapped to
    the start of a prose line costs nothing."""
    label_re = re.compile("|".join(f"(?:{label})" for label in labels), flags)
    for page, index, line in iter_lines(pages):
        if not (m := label_re.search(line.text)):
            continue
        rest = pipe_as_initial(line.text[m.end() :])  # "|. Koster" keeps its initial (same length: offsets hold)
        stripped = rest.lstrip(" :|;_{}[]¦")  # a colon, or the rule of a table cell as OCR reads it
        if stripped.strip():
            start = len(line.text) - len(stripped)
            yield span_hit(page, line, start, len(line.text.rstrip()))
            continue
        if (beside := line_beside(page, index)) is not None:
            yield line_hit(page, beside)
        if index + 1 < len(page.lines) and (below := page.lines[index + 1]) is not beside:
            if below.bbox[2] >= line.bbox[0]:
                yield line_hit(page, below)


def value_after(pages: Sequence[Page], labels: Sequence[str], flags: int = re.IGNORECASE) -> Hit | None:
    """The first of `labelled_values`."""
    return next(labelled_values(pages, labels, flags), None)


def search_prose(pages: Sequence[Page], pattern: str, flags: int = re.IGNORECASE) -> Iterator[tuple[Hit, re.Match]]:
    """Every match of `pattern` in each page's text (lines joined by newlines), as the
    hit of its group 1 (or of the whole match when it has no group) and the match.

    Lets a caller try every "... ontvangt van <name>" until one yields a name.
    """
    compiled = re.compile(pattern, flags)
    group = 1 if compiled.groups else 0
    for page in pages:
        text = flow(page)
        for m in compiled.finditer(text.text):
            if (hit := text.hit(*m.span(group))) is not None:
                yield hit, m


def mean_confidence(pages: Sequence[Page]) -> float:
    """Mean confidence of words of two or more characters (specks do not count)."""
    real = [w.confidence for page in pages for w in page.words if len(w.text) >= 2]
    return sum(real) / len(real) if real else 0.0


WELL_READ = 0.7
"""Mean word confidence above which an absent statement may be reported as absent."""


def absent_or_unknown(pages: Sequence[Page]) -> Field:
    """A boolean field for a statement that was not found: false if the pages were
    read well, else unknown (a statement may hide in a misread line)."""
    confidence = mean_confidence(pages)
    if confidence >= WELL_READ:
        return Field(value=False, confidence=round(confidence, 3))
    return Field(value=None, confidence=0.0)


def first_field(*candidates: Field | None) -> Field:
    """The first candidate with a value, else an empty field."""
    for field in candidates:
        if field is not None and field.value is not None:
            return field
    return Field()
