"""Helpers for reading names, keywords and yes/no statements out of letters and forms.

`_locate` finds a value beside its label; letters (a GP's declaration, a tax
letter) instead name people inside sentences ("... mantelzorg ontvangt van de heer
Jan de Vries."), and scanned titles come back from OCR with a letter or two wrong.
This module holds what the inkomensverklaring, bankafschrift and
mantelzorgverklaring extractors share for that:

- `NAME_PATTERN` / `take_name`: a person's name as printed, at the start of a text,
  honorifics ("de heer", "Mevrouw", "T.a.v.") stripped.
- `find_word`: a keyword on the pages, tolerant of OCR slips (rapidfuzz ratio).
- `mean_confidence`: how well the pages were read, which decides whether an absent
  statement may be reported as false or only as unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from rapidfuzz import fuzz

from extractors._common import sentences
from extractors._locate import Hit, flow, iter_lines, line_beside, line_hit, span_hit
from extractors.values import pipe_as_initial, plain_apostrophes, repair_initials
from woondossier.model import Field, Page

_UPPER = r"[^\W\d_a-zß-öø-ÿ]"  # a letter that is not lower case (re has no \p{Lu})
_PARTICLES = r"(?:van|von|de|der|den|ter|ten|te|het|['’‘`´]{1,2}t|in|op|la|le|du|da|dos|el|al|bin|ben|zu)"
_WORD = rf"(?:(?:{_UPPER}[a-z]?\.)+|[A-Z]{{2}}\.|{_UPPER}[\w'’-]*)"  # "J.P." / "Th." or "Vries", "El", "Çelik"; "GJ." (OCR lost a stop)
_SPECK = rf"[\\_~¦]{{1,2}}\s+(?={_PARTICLES}\s)"  # "Sanne \\ van 't Dijk": OCR's speck before a particle
NAME_PATTERN = rf"(?-i:(?<![\w.-]){_WORD}(?:\s+(?:{_SPECK})?(?:{_PARTICLES}\s+)*{_WORD})*)"  # never from inside a word
"""A name as printed: capitalised words and initials, joined by lower-case particles.
Case-sensitive even inside a case-insensitive pattern: capitals are what make a name."""

_HONORIFIC = re.compile(
    r"^(?:(?:de\s+)?heer|mevrouw|mevr\.?|mw\.?|dhr\.?|hr\.?|t\.?a\.?v\.?|de\s+familie|fam\.?)\s+",
    re.IGNORECASE,
)
_LEADING_SPECKS = re.compile(r"^(?:(?!['’‘`])[\W_])+")  # "— _… _" before a name; an elision's apostrophe stays
# "Sanne \ van 't Dijk": a speck between a name's words, taken out before a particle only (a
# table rule "|" before a capitalised word may end a cell: "Jan de Vries | Geboortedatum")
_INNER_SPECK = re.compile(rf"(?<=\w)\s+{_SPECK}")  # `_SPECK`, which lets NAME_PATTERN run on past one
_PARTICLE_SPECK = re.compile(rf"(\s{_PARTICLES})[.,;:]+(?=\s+{_UPPER})")  # "Lotte van 't. Nguyen": a speck read after a particle
_NEXT_SENTENCE = frozenset(
    "Door Hij Zij Wij Ik Dit Deze Die Dat Het Een Met Voor Bij Als Ook Hierbij Daarom Sinds Vanaf Omdat "
    "Namens Mijn Uw Onze Wordt Is Was Verder Tevens Wanneer Indien".split()
)  # capitalised Dutch words that begin a sentence and end no name ("ter Haar" does: not listed)
NOT_NAME_WORDS = frozenset(
    "aan de het een en dat die deze dit zijn haar hij zij uw wij ik is was geboren "
    "ondergetekende verklaart verklaar verleent ontvangt patiënt zorgvrager mantelzorger".split()
)  # capitalised words that start a sentence, not a name


_SPLIT_OFF = re.compile(
    rf"\s+(?!(?:en|of|is|in|op|te|bij|met|aan|om|tot|uit|na|er|al|nu|zo)\s)[a-zß-ÿ]{{1,3}}(?:\s+[a-z])?\s+(?:{_UPPER}|{_PARTICLES}\s)"
)
"""After a name: a fragment of a word, no Dutch word, before a capital or a particle: the
name went on and OCR split one of its words ("Es mée Smit", "Joris va n den Kuipers")."""


def name_split_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` of `text` went on in a word OCR split (`_SPLIT_OFF`):
    then what was matched is the name's first part only, and no name."""
    return bool(_SPLIT_OFF.match(text, end))


def strip_honorific(text: str) -> str:
    """A name without the title in front of it.

    >>> strip_honorific("De heer J.P. de Vries"), strip_honorific("Mevrouw F. El Amrani")
    ('J.P. de Vries', 'F. El Amrani')
    >>> strip_honorific("T.a.v. Jan Bakker"), strip_honorific("Dhr. Jan Bakker")
    ('Jan Bakker', 'Jan Bakker')
    """
    previous = None
    while previous != text:
        previous, text = text, _HONORIFIC.sub("", text.strip())
    return text


def take_name(text: str) -> str | None:
    """The name at the start of `text` (after any honorific), or None.

    Stops at the first word that cannot be part of a name, so the rest of a
    sentence or a table cell to the right stays out.

    >>> take_name("de heer Jan Pieter de Vries, geboren op 01-02-1950")
    'Jan Pieter de Vries'
    >>> take_name("Mevrouw Aïcha van 't Veen verleent zorg"), take_name("J.P. de Vries.")
    ("Aïcha van 't Veen", 'J.P. de Vries')
    >>> take_name("Hüseyin Çelik (geboren 1950)"), take_name("de patiënt"), take_name("12-10-2026")
    ('Hüseyin Çelik', None, None)
    >>> take_name("— _… _G.Bos"), take_name("_| Jan de Vries"), take_name("|. Koster")  # specks, or an I read as a rule
    ('G. Bos', 'Jan de Vries', 'I. Koster')
    >>> take_name("Sanne \\\\ van 't Dijk. De zorg"), take_name("Jan de Vries | Geboortedatum")  # a speck inside, a rule after
    ("Sanne van 't Dijk", 'Jan de Vries')
    >>> take_name("J.W. van '‘t Veen"), take_name("Lotte van 't. Nguyen")  # the apostrophe drawn twice; a speck after a particle
    ("J.W. van 't Veen", "Lotte van 't Nguyen")
    >>> take_name("Es mée Smit, geboren op"), take_name("Joris va n den Kuipers."), take_name("Jan Smit en Piet Bos")  # a word OCR split
    (None, None, 'Jan Smit')
    >>> take_name("Priya van der Leeuwen Door de aard van de aandoening"), take_name("Anna ter Haar")  # a stop lost
    ('Priya van der Leeuwen', 'Anna ter Haar')
    """
    rest = _INNER_SPECK.sub(" ", _LEADING_SPECKS.sub("", pipe_as_initial(text.strip())))
    rest = strip_honorific(repair_initials(_PARTICLE_SPECK.sub(r"\1", rest)))
    m = re.match(NAME_PATTERN, rest)
    if not m:
        return None
    name = plain_apostrophes(m.group(0))
    if name.split()[0].lower() in NOT_NAME_WORDS or name_split_after(rest, m.end()):
        return None  # a sentence's first word; or a name OCR split, whose first part is no name
    words = name.split()
    while len(words) > 1 and words[-1] in _NEXT_SENTENCE:
        words.pop()  # the next sentence's first word, its full stop lost
    name = " ".join(words)
    return name if re.search(r"[^\W\d_]{2,}", name) else None


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


# --- facts stated in sentences, judged by concept (`extractors.concepts`) ----------------

_HEADING_BREAK = re.compile(r"(?<=\n)(?=[^\W\d_a-zß-öø-ÿ]|\d)")
"""Where a line starts with a capital or a number: a heading above it ("Artikel 5
Algemene voorwaarden", "Naam huisbewaarder: Piet Jansen") ends there when it is short
and has no stop, since a heading runs on into the sentence under it in `sentences`."""


def _without_heading(text: str, start: int, end: int) -> int:
    """The start of the sentence `text[start:end]` past a heading line stuck before it."""
    for m in _HEADING_BREAK.finditer(text, start, end):
        head = text[start : m.start()].strip()
        if not head:
            continue  # the sentence starts on a new line
        if len(head.split()) > 5 or re.search(r"[.,;:!?]$", head):
            break
        start = m.start()  # and the next line may be a heading, or a form's "Label: value", too
    return start


def stated(pages: Sequence[Page], judge: Callable[[str], object]) -> Field | None:
    """What the pages state about one fact, judged sentence by sentence (and over two
    adjacent sentences, where a fact is said in two: "Het kan zijn dat de
    hoofdhuurovereenkomst eindigt. In dat geval eindigt ook deze overeenkomst.").

    `judge` says of a text True (it states the fact), False (it denies it) or None
    (it says nothing of it); or, for a fact with more values, the value it states. The field is True or False at the confidence of the
    words of the sentence that says so; Field() (unknown) when the pages say both;
    None when no sentence speaks of the fact, for the caller to judge absence.
    """
    said: list[tuple[bool, Hit]] = []
    by_flow: dict[int, list[tuple[object, int, int]]] = {}
    for text, start, end in sentences(pages):
        by_flow.setdefault(id(text), []).append((text, _without_heading(text.text, start, end), end))
    for spans in by_flow.values():
        for index, (text, start, end) in enumerate(spans):
            verdict = judge(text.text[start:end])
            if verdict is None and index + 1 < len(spans):
                _, after, next_end = spans[index + 1]
                # the next sentence's heading, if any, stays out of the window (blanked: offsets hold)
                verdict = judge(text.text[start:end] + " " * (after - end) + text.text[after:next_end])
                end = next_end
            if verdict is not None and (hit := text.hit(start, end)) is not None:
                said.append((verdict, hit))
    verdicts = {verdict for verdict, _ in said}
    if not said:
        return None
    if len(verdicts) > 1:
        return Field()  # the document says both: an analyst must read it
    verdict, hit = said[0]
    return hit.field(verdict)
