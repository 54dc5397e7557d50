"""Labels as data: the wordings documents print before a field's value, matched fuzzily.

The table is `labels.toml` beside this module: per contract doc type and field, the
field's `kind` (what a value must look like, `extractors.locating.KINDS`), its `labels`
and its `generic` labels (wordings that also name other things, such as "datum"). A new
wording an issuer prints is a line of that file, not code.

A label is matched on a line of a read page word by word, after folding case, accents
and punctuation away ("Geboortedatum:" is "geboortedatum", "Naam zorgvrager" is "naam
zorgvrager"). OCR's slips are allowed as an edit distance that grows with the label's
length (`allowed_edits`): none for a label of up to four letters ("bsn", "naam"), one up
to nine, two up to sixteen, three beyond. Words OCR split or joined match too, since a
window's words are compared joined without spaces ("geboorte datum" is "geboortedatum").
A text layer has no OCR slips: on its lines a label differs from its wording only by an
ending ("Rekeninghouders" for "rekeninghouder"), never inside ("Datum bestelling" is no
"instelling", whose value was then the next line's "Ordernummer:").

A match is a `LabelMatch`: the line, the words the label spans, the match's likeness and
whether the label stands in a label's place (`in_label_position`): first on its line or
in its own cell (a gap before it), or followed by a colon. A word in running prose
("... de huurder zal ...") is not a label of a name, and `extractors.locating` uses only
matches in a label's place for values that are free text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from woondossier.model import Line, Page

TABLE_PATH = Path(__file__).with_name("labels.toml")
CELL_GAP = 14.0
"""Points of empty space before a word that make it the start of a new cell (about three
spaces at 10-12 points): a label may stand there rather than first on its line."""


@dataclass(frozen=True)
class FieldLabels:
    """One contract field's wordings (a table row of `labels.toml`)."""

    doc_type: str
    field: str
    kind: str
    labels: tuple[str, ...]
    generic: tuple[str, ...] = ()
    columns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a list field's parts: name -> wordings
    range: tuple[float, float] | None = None  # the least and most a value of the field can be
    primary: tuple[str, ...] = ()  # the labels that name the field's own role: they win when labels disagree
    acts: tuple[str, ...] = ()  # what a sentence says the field's person does ("huurt"): "<name>, die de woning huurt"
    done_by: tuple[str, ...] = ()  # what is done by the field's person, said in the passive: "de woning wordt bewoond door <name>"
    per: str | None = None  # an amount's period ("month"): an amount said per week or per year is no value of the field

    @property
    def wordings(self) -> tuple[tuple[str, bool], ...]:
        """Every wording with whether it is generic, the specific ones first."""
        return tuple((w, False) for w in self.labels) + tuple((w, True) for w in self.generic)


@dataclass(frozen=True)
class LabelMatch:
    page: Page
    index: int  # the line's index on the page
    start: int  # first word of the label in line.words
    end: int  # one past its last word
    likeness: float  # 1.0 exact, less for each edit allowed
    generic: bool
    wording: str
    in_label_position: bool

    @property
    def line(self) -> Line:
        return self.page.lines[self.index]

    @property
    def x0(self) -> float:
        return self.line.words[self.start].bbox[0]


@cache
def table() -> dict[str, dict[str, FieldLabels]]:
    """The whole label table: doc type -> field -> its wordings (read once)."""
    data = _data()
    return {
        doc_type: {
            name: FieldLabels(
                doc_type,
                name,
                row["kind"],
                tuple(row["labels"]),
                tuple(row.get("generic", ())),
                tuple((part, tuple(wordings)) for part, wordings in row.get("columns", {}).items()),
                tuple(row["range"]) if "range" in row else None,
                tuple(row.get("primary", ())),
                tuple(row.get("acts", ())),
                tuple(row.get("done_by", ())),
                row.get("per"),
            )
            for name, row in fields.items()
        }
        for doc_type, fields in data.items()
        if not doc_type.startswith("_")
    }


@cache
def _data() -> dict:
    return tomllib.loads(TABLE_PATH.read_text(encoding="utf-8"))


@cache
def section_rows(kind: str) -> tuple[str, ...]:
    """The plain labels that may stand under a section's heading for a value of `kind`
    ("Naam" under "Gegevens mantelzorger"): `[_section_rows]` of the table."""
    return tuple(sorted(_data().get("_section_rows", {}).get(kind, ()), key=lambda wording: -len(wording.split())))  # "bedrag per maand" before "bedrag"


@cache
def other_columns(doc_type: str) -> str:
    """A pattern for the headers of the columns a `doc_type`'s tables print that no field
    reads (`[_other_columns]`): they mark where a column starts all the same."""
    return _column_pattern("_other_columns", doc_type)


def departed_columns(doc_type: str) -> str:
    """A pattern for the headers of a column that says a row's person left the address
    (`[_departed_columns]`: "Datum vertrek", "Vertrokken naar"): a row with anything in it
    is a former resident."""
    return _column_pattern("_departed_columns", doc_type)


@cache
def amendment_columns() -> tuple[frozenset[str], frozenset[str]]:
    """The headers of an amendment's old and new columns (`[_amendment_columns]`), each
    folded as `_folded_wording` folds a label ("oude situatie" is "oudesituatie")."""
    section = _data().get("_amendment_columns", {})
    old, new = (frozenset(_folded_wording(w)[0] for w in section.get(side, ())) for side in ("old", "new"))
    return old, new


@cache
def specimen_headings() -> tuple[frozenset[str], frozenset[str]]:
    """The headings of a specimen panel and the words that end one by saying its data are
    made up (`[_specimen_headings]`), folded as `fold` folds a word."""
    section = _data().get("_specimen_headings", {})
    return tuple(frozenset(fold(w) for w in section.get(part, ())) for part in ("headings", "ending"))  # type: ignore[return-value]


def _column_pattern(section: str, doc_type: str) -> str:
    wordings = _data().get(section, {}).get(doc_type, ())
    spaced = (r"\s+".join(map(re.escape, w.split())) for w in sorted(wordings, key=len, reverse=True))
    return "|".join(rf"\b{w}\b" for w in spaced)


def fold(text: str) -> str:
    """A word as labels are compared: lower case, no accents, letters and digits only.

    >>> fold("Geboortedatum:"), fold("Cliënt"), fold("T.n.v."), fold("—")
    ('geboortedatum', 'client', 'tnv', '')
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def allowed_edits(length: int) -> int:
    """How many OCR slips a label of `length` letters may carry and still be that label.

    >>> [allowed_edits(n) for n in (3, 4, 5, 9, 10, 16, 17)]
    [0, 0, 1, 1, 2, 2, 3]
    """
    return 0 if length <= 4 else 1 if length <= 9 else 2 if length <= 16 else 3


@cache
def _folded_wording(wording: str) -> tuple[str, int]:
    words = [fold(w) for w in wording.split()]
    words = [w for w in words if w]
    return "".join(words), len(words)


def _each_word_slipped(window: Sequence[str], wording: str) -> bool:
    """Whether each word of `window` is the label's word at its place but for OCR's slips:
    at most one letter in three ("vam" for "van"), never a word of its own ("afwezig met"
    is not "afwezig tot", though the two differ in two letters of eleven).

    >>> _each_word_slipped(("afwezig", "met"), "afwezig tot"), _each_word_slipped(("afwczig", "tot"), "afwezig tot")
    (False, True)
    """
    parts = [w for w in (fold(w) for w in wording.split()) if w]
    return all(Levenshtein.distance(seen, part) <= max(1, len(part) // 3) for seen, part in zip(window, parts))


def _folded_words(line: Line) -> tuple[str, ...]:
    """The line's words folded, worked out once per line: every wording of every field
    and title is looked for on it (~3,000 times for a two-page letter). Kept with the
    words it was made from: a copy of the line with other words folds them anew."""
    words, folded = line.__dict__.get("_folded_words", (None, ()))
    if words is not line.words:
        folded = tuple(fold(w.text) for w in line.words)
        line.__dict__["_folded_words"] = (line.words, folded)
    return folded


def find_label(page: Page, index: int, wording: str) -> list[tuple[int, int, float]]:
    """Where `wording` stands on line `index`: (first word, one past the last, likeness).

    Windows of the label's word count, one fewer and one more (OCR splits and joins
    words) are compared; of overlapping candidates the closest wins. A window is words
    side by side: punctuation between a label's words ends it ("Naam | Datum").
    """
    return find_label_on_line(page.lines[index], wording)


def find_label_on_line(line: Line, wording: str) -> list[tuple[int, int, float]]:
    """`find_label` on one line: (first word, one past the last, likeness) of each place."""
    target, count = _folded_wording(wording)
    if not target:
        return []
    words = _folded_words(line)
    edits = allowed_edits(len(target))
    if ends_total := _letters_of(line, words):
        if len(target) > ends_total[0] + 1 or len(_letter_set(target) - ends_total[1]) > edits:
            return []  # longer than the line, or holding letters the line lacks beyond OCR's slips
    runs, ends = _runs_and_ends(line, words)
    printed = all(w.line is None for w in line.words)  # a text layer's characters, no OCR's
    slack = min(edits, 1)
    sizes = sorted({count, count - 1, count + 1} - {0})
    found: list[tuple[int, int, float]] = []
    for start, first in enumerate(words):
        if not first or first[0] != target[0] and edits == 0:
            continue
        best: tuple[int, int, float] | None = None
        for size in sizes:
            end = start + size
            # the window's words all read (none is punctuation), and its length within a slip of the label's
            if runs[start] < size or abs(ends[end] - ends[start] - len(target)) > slack:
                continue
            joined = "".join(words[start:end])
            # words joined to make the label are a slip of their own: "ver huurder" is "verhuurder",
            # "de huurder" (two slips more) is "huurder" after "de"
            allowed = edits - (size > count)
            distance = Levenshtein.distance(joined, target, score_cutoff=max(allowed, 0))
            if distance and printed and not (joined.startswith(target) or target.startswith(joined)):
                continue  # a text layer has no OCR slips: "bestelling" is no "instelling"; "rekeninghouders" is "rekeninghouder"
            if distance <= max(allowed, 0) and (distance == 0 or size != count or _each_word_slipped(words[start:end], wording)):
                likeness = 1.0 - distance / max(len(target), 1)
                if best is None or likeness > best[2]:
                    best = (start, end, likeness)
        if best and not (found and best[0] < found[-1][1]):
            found.append(best)
    return found


@cache
def _letter_set(target: str) -> frozenset[str]:
    return frozenset(target)


def _letters_of(line: Line, words: tuple[str, ...]) -> tuple[int, frozenset[str]] | None:
    """(how many letters and digits the line's folded words hold, which ones): a label
    found on the line is made of them, but for its allowed slips. Worked out once per line."""
    cached = line.__dict__.get("_letters_of")
    if cached is not None and cached[0] is words:
        return cached[1]
    joined = "".join(words)
    letters = (len(joined), frozenset(joined))
    line.__dict__["_letters_of"] = (words, letters)
    return letters


def _runs_and_ends(line: Line, words: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """For the line's folded words: how many words from each on are read (not
    punctuation, which folds to nothing) side by side, and the folded text's length
    before each word; worked out once per line, as its folded words are."""
    cached = line.__dict__.get("_runs_and_ends")
    if cached is not None and cached[0] is words:
        return cached[1]
    runs = [0] * (len(words) + 1)
    for i in range(len(words) - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if words[i] else 0
    ends = [0]
    for word in words:
        ends.append(ends[-1] + len(word))
    line.__dict__["_runs_and_ends"] = (words, (runs, ends))
    return runs, ends


_COLON = re.compile(r"[:;]\W*$")


def cells(line: Line) -> list[Line]:
    """The line's words grouped into cells: a gap of `CELL_GAP` points or more starts the next."""
    grouped: list[list] = []
    for word in line.words:
        if grouped and word.bbox[0] - grouped[-1][-1].bbox[2] < CELL_GAP:
            grouped[-1].append(word)
        else:
            grouped.append([word])
    return [Line(words=tuple(words)) for words in grouped]


WRAP_GAP = 0.5
"""The most white between a row's line and the next, as a share of the line's height, for the
next to carry on the row's cells: a ruled table pads its rows apart, its cells' own lines
stand closer."""
_CELL_EDGE = 4.0  # points: how far a carried-on cell's words may start from the cell's edge


def unwrapped_cells(page: Page) -> Page:
    """The page with each table row whose cells wrap onto the lines under it read as one line
    per cell, the cell's wrapped words after its first line's: "geb. 20-09-1956 te | BSN |
    Op dit adres vanaf: 23" over "Amsterdam-Duivendrecht | 523898782 | maart 2010" reads
    "geb. 20-09-1956 te Amsterdam-Duivendrecht", "BSN 523898782", "Op dit adres vanaf: 23
    maart 2010". A line carries the row on when it stands right under it (`WRAP_GAP`) and
    each of its cells starts where one of the row's starts. Only a row that holds a value and
    a label alone in its cell wraps so: a row of labels only is a table's header over its
    rows, a row of values only is one of those rows. Words keep their boxes; the page itself
    is unchanged when no row wraps."""
    lines, out, index = page.lines, [], 0
    while index < len(lines):
        row = cells(lines[index])
        starts = [cell.words[0].bbox[0] for cell in row]
        below, last = [], lines[index]
        bare = [is_label(cell.text) for cell in row]
        # a row whose values wrap: a value in it, and a label whose value went onto the next line
        # ("BSN" over "523898782"); not a header (labels only) nor a table's row (values only)
        wraps = len(row) >= 2 and any(bare) and not all(bare) and any(c.isdigit() for c in lines[index].text)
        while wraps and index + 1 + len(below) < len(lines):
            following = lines[index + 1 + len(below)]
            height = last.bbox[3] - last.bbox[1]
            parts = cells(following)
            if not 0 <= following.bbox[1] - last.bbox[3] <= WRAP_GAP * height:
                break
            if not all(any(abs(part.words[0].bbox[0] - start) <= _CELL_EDGE for start in starts) for part in parts):
                break
            below.append(parts)
            last = following
        if not below:
            out.append(lines[index])
            index += 1
            continue
        for start, cell in zip(starts, row):
            carried = [w for parts in below for part in parts if abs(part.words[0].bbox[0] - start) <= _CELL_EDGE for w in part.words]
            out.append(Line(words=cell.words + tuple(carried)))
        index += 1 + len(below)
    if len(out) == len(lines):
        return page
    view = page.model_copy()
    view.__dict__["lines"] = tuple(out)  # the rows cut into cells stand for the page's own lines (`Page.lines` is cached)
    return view


def captions_over_values(page: Page, is_caption: Callable[[Line], bool] = lambda cell: is_label(cell.text)) -> Page:
    """The page with each row of captions over one row of values read as one line per
    caption, its value after it: a card of an extract prints "Naam | Burgerservicenummer"
    over "Rachid Chaouch | 375 333 800" and reads "Naam Rachid Chaouch", "Burgerservicenummer
    375 333 800". A caption row has two cells or more, each a caption as a whole
    (`is_caption`; a speck's cell is left aside); the row of values stands right under it
    (`CAPTION_GAP`), no cell of it a caption, and each of its cells starts at or right of
    the first caption's start; a cell is the caption's it starts under (the last caption
    starting at or left of it, unless it overlaps another caption more). A caption with nothing under it keeps its line alone. A row of captions over two rows of values or
    more is a table's header over its rows, read as a table: left as it is. Words keep their
    boxes; the page itself is unchanged when no caption row is found."""
    lines, out, index, paired = page.lines, [], 0, False
    while index < len(lines):
        row = [cell for cell in cells(lines[index]) if fold(cell.text)]  # a speck beside a caption is none
        under = lines[index + 1] if index + 1 < len(lines) else None
        if len(row) < 2 or under is None or not all(is_caption(cell) for cell in row) or not _right_under(lines[index], under):
            out.append(lines[index])
            index += 1
            continue
        values = [cell for cell in cells(under) if fold(cell.text)]
        starts = [cell.words[0].bbox[0] - _CELL_EDGE for cell in row]
        further = lines[index + 2] if index + 2 < len(lines) else None
        table = further is not None and _right_under(under, further) and not any(is_caption(c) for c in cells(further) if fold(c.text))
        if table or not values or any(is_caption(cell) for cell in values) or values[0].words[0].bbox[0] < starts[0]:
            out.append(lines[index])
            index += 1
            continue
        held: list[list] = [[] for _ in row]
        for cell in values:
            column = _caption_over(row, starts, cell)
            held[column].extend(cell.words)
        out.extend(Line(words=cell.words + tuple(words)) for cell, words in zip(row, held))
        index, paired = index + 2, True
    if not paired:
        return page
    view = page.model_copy()
    view.__dict__["lines"] = tuple(out)  # the caption rows and their values stand for the page's own lines (`Page.lines` is cached)
    return view


def _caption_over(row: list[Line], starts: list[float], cell: Line) -> int:
    """The caption a value's cell stands under: the one it overlaps most (an amount set right
    under its caption may start left of it), else the last caption starting at or left of it."""
    x0, x1 = cell.words[0].bbox[0], cell.words[-1].bbox[2]
    overlaps = [min(x1, c.words[-1].bbox[2]) - max(x0, c.words[0].bbox[0]) for c in row]
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    return max(i for i, start in enumerate(starts) if start <= x0)


CAPTION_GAP = 0.8
"""The most white between a caption row and its row of values, as a share of the caption
row's height: a caption stands right over its value, further down a next block begins."""


def _right_under(line: Line, below: Line) -> bool:
    height = line.bbox[3] - line.bbox[1]
    return 0 <= below.bbox[1] - line.bbox[3] <= CAPTION_GAP * max(height, 1.0)


def cell_at(line: Line, left: float, tolerance: float = 6.0) -> Line | None:
    """The cell of `line` that starts at `left` (a block's left edge), or None. A letter
    prints its address block beside a column of references ("Mevrouw A. Smit
    Burgerservicenummer"): the block's lines are these cells, not the whole lines."""
    return next((c for c in cells(line) if abs(c.words[0].bbox[0] - left) <= tolerance), None)


_REFERENCE = re.compile(r"\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|\(?[a-z][.)]")
"""A number before a label: a question's ("8."), an article's ("3.2"), a BRP element's
("08.11.10"), a list's ("b)")."""


def in_label_position(line: Line, start: int, end: int) -> bool:
    """Whether words start..end stand where a label stands: first on the line (after
    punctuation only), at the start of a cell, or followed by a colon.

    Checked on the words themselves: ruled cells OCR read as "|" count as punctuation.
    """
    words = line.words
    before = [w for w in words[:start] if fold(w.text)]
    if not before or all(_REFERENCE.fullmatch(w.text) for w in before):
        return True  # first on its line, or after a question's or an element's number ("08.11.10 Straatnaam")
    if words[start].bbox[0] - before[-1].bbox[2] >= CELL_GAP or not fold(words[start - 1].text):
        return True
    last = words[end - 1].text
    return bool(_COLON.search(last)) or (end < len(words) and words[end].text.strip() in {":", ";"})


def label_matches(pages: Sequence[Page], labels: FieldLabels) -> list[LabelMatch]:
    """Every place one of the field's wordings stands, in reading order; where two
    wordings match the same words the more specific (longer, then listed first) wins."""
    matches: list[LabelMatch] = []
    for page in pages:
        for index in range(len(page.lines)):
            taken: list[LabelMatch] = []
            for wording, generic in sorted(labels.wordings, key=lambda wg: (wg[1], -len(_folded_wording(wg[0])[0]))):
                for start, end, likeness in find_label(page, index, wording):
                    if any(start < m.end and m.start < end for m in taken):
                        continue
                    line = page.lines[index]
                    if likeness < 1.0 and _words_folded(line, start, end) in _other_wordings(labels.doc_type, labels.field):
                        continue  # "Naam werknemer" is two slips from "naam werkgever", and exactly another field's label
                    position = in_label_position(line, start, end) and not (start == 0 and _carries_on_a_sentence(page, index))
                    taken.append(LabelMatch(page, index, start, end, likeness, generic, wording, position))
            if not taken and (wrapped := _wrapped_label(page, index, labels)) is not None:
                taken.append(wrapped)
            matches.extend(sorted(taken, key=lambda m: m.start))
    return matches


_SENTENCE_WORDS = 6


def _carries_on_a_sentence(page: Page, index: int) -> bool:
    """Whether line `index` carries on the running sentence of the line above it: that line
    is prose (six words or more, mostly words, in one cell) at the same left edge, just above, ending in no stop, and
    this one opens in lower case ("... en de uitvoeringsbepalingen van de" over "instelling
    van toepassing."): its first word stands first by the wrap, not as a label."""
    if index == 0 or not page.lines[index].words:
        return False
    line, above = page.lines[index], page.lines[index - 1]
    first, last = line.words[0], above.words[-1] if above.words else None
    if last is None or len(above.words) < _SENTENCE_WORDS or not first.text.lstrip("‘'\"„“,.`").startswith(tuple("abcdefghijklmnopqrstuvwxyz")):
        return False
    if len(cells(above)) > 1 or sum(w.text.strip(",.;:()").isalpha() for w in above.words) < 0.7 * len(above.words):
        return False  # "€ 450,00   14.7.2026   onbepaalde tijd" over its captions: boxes, no sentence
    height = first.bbox[3] - first.bbox[1]
    return (
        abs(above.words[0].bbox[0] - first.bbox[0]) <= height
        and -height <= first.bbox[1] - above.bbox[3] <= height
        and last.text[-1:].isalpha()
    )


WRAPPED_WORDS = 2
"""The most words of a label carried onto the next line of its cell ("Plaats van" over
"tewerkstelling" in a narrow column of labels, the value beside the first line)."""


def _wrapped_label(page: Page, index: int, labels: FieldLabels) -> LabelMatch | None:
    """A specific label of the field wrapped in its cell: a cell of the line begins it
    (the first, or one further on in a table of two label/value pairs a row: "Datum
    indiensttreding  01.03.2026  Einde van de  28.02.2027" over "overeenkomst") and the
    next line, nothing on it but the label's last words at the cell's left edge, ends it.
    The match spans the first line's part; its value stands after it."""
    if index + 1 >= len(page.lines):
        return None
    line, below = page.lines[index], page.lines[index + 1]
    rest = below.words
    if not line.words or not 0 < len(rest) <= WRAPPED_WORDS or len(cells(below)) != 1:
        return None
    if not all(_CARRIED_ON.fullmatch(w.text) for w in rest):
        return None  # "2 Onderhuurder" under "naam": a section's number and heading, no label carried on
    at = 0
    for cell in cells(line):
        if abs(rest[0].bbox[0] - cell.words[0].bbox[0]) <= 3.0:
            joined = Line(words=tuple(cell.words) + tuple(rest))
            for wording in labels.labels:  # a generic wording ("datum") is too short to be wrapped
                for start, end, likeness in find_label_on_line(joined, wording):
                    if start == 0 and end == len(joined.words):
                        return LabelMatch(page, index, at, at + len(cell.words), likeness, False, wording, True)
        at += len(cell.words)
    return None


_CARRIED_ON = re.compile(r"[a-zß-ÿ][\w'’-]*:?")
"""A word of a label carried onto its next line: in small letters, no digits ("tewerkstelling")."""


def _words_folded(line: Line, start: int, end: int) -> str:
    return "".join(fold(word.text) for word in line.words[start:end])


@cache
def _other_wordings(doc_type: str, field: str) -> frozenset[str]:
    """The folded wordings of the doc type's other fields (and of their list parts)."""
    rows = table().get(doc_type, {})
    wordings = [
        w
        for name, row in rows.items()
        if name != field
        for w in (*row.labels, *row.generic, *(x for _, part in row.columns for x in part))
    ]
    own = rows.get(field)
    mine = {_folded_wording(w)[0] for w in (*own.labels, *own.generic)} if own else set()
    return frozenset(_folded_wording(w)[0] for w in wordings) - mine


def labels_on_line(page: Page, index: int, doc_type: str | None = None) -> list[tuple[int, int]]:
    """The word spans of every label of `doc_type` (of any doc type when None) standing in a
    label's place on the line: where one field's value ends, the next field's label begins.
    Worked out once per page and line (kept on the page, like its lines)."""
    cache = page.__dict__.setdefault("_label_spans", {})
    key = (index, doc_type)
    if key not in cache:
        cache[key] = _labels_on_line(page, index, doc_type)
    return cache[key]


def _labels_on_line(page: Page, index: int, doc_type: str | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    line = page.lines[index]
    rows = table().values() if doc_type is None else [table().get(doc_type, {})]
    wordings = sorted(
        {w for fields in rows for labels in fields.values() for w, _ in labels.wordings},
        key=lambda w: (-len(_folded_wording(w)[0]), w),  # longest first; of equal length, in one order whatever the hash seed
    )
    for wording in wordings:
        for start, end, _likeness in find_label(page, index, wording):
            if in_label_position(line, start, end) and not any(start < e and s < end for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


def wording_pattern(wordings: Sequence[str]) -> str:
    """A regex alternation of printed wordings, longest first, that allows any punctuation
    and spacing between their words (for modules that match lines with regexes).

    >>> import re; p = wording_pattern(["geb datum", "geboortedatum"])
    >>> bool(re.search(p, "Geb. datum:", re.I)), bool(re.search(p, "Geboortedatum", re.I)), bool(re.search(p, "gebdatumx", re.I))
    (True, True, False)
    """
    alternatives = sorted(
        (r"\W{0,2}\s*".join(re.escape(word) for word in wording.split()) for wording in wordings),
        key=len,
        reverse=True,
    )
    return rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])"


@cache
def _all_wordings() -> frozenset[str]:
    rows = [row for fields in table().values() for row in fields.values()]
    return frozenset(
        [_folded_wording(w)[0] for row in rows for w, _ in row.wordings]
        + [_folded_wording(w)[0] for row in rows for _, wordings in row.columns for w in wordings]
    )


def is_label_wording(text: str) -> bool:
    """Whether `text` is, as a whole, one wording of a field's label ("BSN", "IBAN",
    "Geboortedatum"), not merely a word a table's heading may hold ("Bij", "Af").

    >>> is_label_wording("BSN"), is_label_wording("Bij"), is_label_wording("Haddad")
    (True, False, False)
    """
    folded = "".join(fold(w) for w in text.split())
    return bool(folded) and folded in _all_wordings()


def is_label(text: str) -> bool:
    """Whether `text` is, as a whole, a label of some field ("IBAN", "Rekeninghouder:"):
    a column's heading read where a name was expected, never a name itself.

    >>> is_label("IBAN"), is_label("Geboortedatum:"), is_label("J. de Vries"), is_label("IBAN Valuta Datum")
    (True, True, False, True)
    """
    words = [fold(w) for w in text.split()]
    folded = "".join(words)
    if not folded:
        return False
    headings = set(_data().get("_headings", {}).get("words", ()))
    return folded in _all_wordings() or all(w in headings or w in _all_wordings() for w in words if w)


_CAPTION_SEPARATOR = re.compile(r"\s*[·•|/]\s*|\s+[-–—]\s+")


def only_labels(text: str) -> bool:
    """Whether `text` holds labels only, one or more set apart by a separator: a
    multilingual form's caption of a row ("Name · Nom · Name", the English, French and
    German of "Naam" under it), never a value, however a label's pattern reads it.

    >>> only_labels("· Nom · Name"), only_labels("Date of birth / Geburtsdatum"), only_labels("Marloes de Vries"), only_labels("")
    (True, True, False, False)
    """
    parts = [part for part in _CAPTION_SEPARATOR.split(text.strip()) if part.strip(" :.,")]
    return bool(parts) and all(is_label(part.strip(" :.,")) for part in parts)


def starts_with_label(page: Page, index: int) -> bool:
    """Whether line `index` opens with a label of any doc type, or with a word ending in a
    colon: a form's next row, never the value of the label above it."""
    line = page.lines[index]
    first = next((i for i, w in enumerate(line.words) if fold(w.text)), None)
    if first is None:
        return False
    if _COLON.search(line.words[first].text) and len(fold(line.words[first].text)) > 1:
        return True
    return any(start == first for start, _ in labels_on_line(page, index))
