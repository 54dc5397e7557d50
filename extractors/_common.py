"""Helpers shared by extractors: text that runs over lines, OCR-tolerant labels,
clauses, and tables of people.

`_locate` reads one value beside its label. Contracts and municipal extracts need a
few more things, kept here so every extractor does them the same way:

- `flow` / `search` / `group_hit`: a page's text as one string, lines joined by
  newlines, so a regex with `\\s+` matches a sentence that wraps; any regex group
  maps back to the words it covers (page, bbox, lowest word confidence).
- `sentences`: the sentences of the pages, for clauses ("... eindigt zodra de
  hoofdhuurovereenkomst eindigt") that must be judged as a whole.
- `fuzzy_span`: where a label stands in a line, allowing an OCR slip or two
  ("Burgerservicenumrner"), via rapidfuzz's partial-ratio alignment.
- `clause_field`: the contract's booleans: true when the clause was found, false only
  when the pages were read well enough to say it is absent, else unknown (None).
- `read_table`: rows of a table under a header line whose columns are found by
  their labels, cells assigned by x position (never fixed coordinates).
- `tidy`: a cell or value without the table rules and specks OCR leaves around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractors import lexicon
from extractors._locate import Flow, Hit, flow, reading_confidence
from extractors.labels import CELL_GAP, find_label_on_line
from extractors.names import NAME_WORD, PARTICLE, UPPER
from extractors.values import POSTCODE_PATTERN
from woondossier.model import Field, Line, Page, Word, union_bbox

WELL_READ = 0.7
"""Mean word confidence of the pages from which an absent clause may be called absent."""

_UPPER = UPPER
_PARTICLES = PARTICLE  # the lexicon's particles (extractors/lexicon/particles.txt)
_NAME_WORD = NAME_WORD
NAME = rf"(?-i:(?<![\w-])(?<!\D\.){_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+)*{_NAME_WORD})*)"
"""A name in running text ("J.P. de Vries", "Aïcha van 't Veen"); it may wrap over lines.
It starts after no letter and no stop but an article's number's ("1.J. van der Bos": not
"Bos", OCR lost the space after "1.")."""

TOWN = rf"(?:{lexicon.joined_towns_regex()}|(?-i:(?:['’‘`´]{{1,2}}[st][ -])?[^\W\d_][\w'’-]*(?:[ -][^\W\d_a-z][\w'’-]*)*))"
"""A place name: capitalised words, maybe hyphenated, maybe after an elided article
("Haarlem", "'s-Hertogenbosch", "'t Harde"), or one of the lexicon's towns that join
words with small ones ("Alphen aan den Rijn", "Bergen op Zoom")."""
STREET = r"(?-i:(?:[1-9]\d?e\s|['’‘`´]{1,2}[st][ -])?[^\W\d_a-z][\w'’.-]*(?:\s(?:[a-z'’]{1,4}\s){0,2}[^\W\d_a-z][\w'’.-]*){0,3})"
"""A street name: capitalised words with short particles ("Burg. van Leeuwenlaan",
"Gerrit van der Veenstraat"), maybe after an ordinal ("1e Jan Steenstraat", "2e Helmersstraat")
or an elided article ("'t Hoogt", "'s-Gravendijkwal")."""
HOUSE_NUMBER = r"[1-9]\d{0,4}(?:\s?[A-Za-z](?!\w)|[A-Za-z]{2,4}(?!\w)|\s(?i:hs|huis)(?!\w)|-\s?[A-Za-z0-9]{1,4}(?!\w))?"
"""A house number as printed, with letter or addition ("12", "12 A", "7-2"). What follows
it in a pattern must accept any non-word character: else "106 H‚" (OCR's comma) falls
back to a confident "106"."""
ADDRESS = (
    rf"(?!(?i:postbus|antwoordnummer)\b)(?P<street>{STREET})\s(?P<house_number>{HOUSE_NUMBER})(?:[,‚]?\s+|[,‚][\s_.-]*)"  # "33 A,-1983AZ": a speck after the comma; "‚" is OCR's comma too
    rf"(?P<postcode>{POSTCODE_PATTERN})\s+(?P<city>{TOWN})"
)
"""A written-out address, "Kerkstraat 12 A, 2011 AB Haarlem", with named groups; never a
"Postbus 16200, 3500 CE Utrecht" (an issuer's mail box is nobody's home)."""


def search(pages: Sequence[Page], pattern: str, flags: int = re.IGNORECASE) -> Iterator[tuple[Flow, re.Match]]:
    """Every match of `pattern` in the pages' flowing text, in reading order."""
    regex = re.compile(pattern, flags)
    for page in pages:
        text = flow(page)
        for match in regex.finditer(text.text):
            yield text, match


def group_hit(text: Flow, match: re.Match, group: str | int = 0) -> Hit | None:
    if match.group(group) is None:
        return None
    return text.hit(match.start(group), match.end(group))


def first_group(pages: Sequence[Page], pattern: str, group: str, parse: Callable[[str], object]) -> Field | None:
    """The first match whose `group` parses, as a field; None when nothing parses. A date
    with another date right after it ("gaat in op 05-05-2026 04-06-2026": a correction beside
    the value it replaces, its strike lost to the scan) is flagged."""
    for text, match in search(pages, pattern):
        value = parse(match.group(group))
        hit = group_hit(text, match, group)
        if value is not None and hit is not None:
            field = hit.field(value)
            if _ISO_DATE.fullmatch(str(value)) and _ANOTHER_DATE.match(text.text, match.end(group)):
                field = field.model_copy(update={"confidence": min(field.confidence, CORRECTED_CONFIDENCE)})
            return field
    return None


CORRECTED_CONFIDENCE = 0.79
"""The most a date counts for when another date stands right after it: which one holds is
the analyst's to say."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ANOTHER_DATE = re.compile(r"[ \t]+\(?\d{1,2}[ ./-]{1,2}\d{1,2}[ ./-]{1,2}\d{4}\b")
"""A date as printed or with its separators lost to OCR ("04 06 2026"), right after a value."""


_NUMBERED_REFERENCE = "".join(rf"(?<!\b(?i:{word}))" for word in ("art", "nr", "no", "blz", "pag", "hfst", "par", "bijl", "lid", "sub", "fig", "tab", "vgl", "ref"))
"""Abbreviations printed with a number glued to their stop ("art.2 Lid 1", "blz.12 Bijlage B"),
as one negative look-behind each: that number is no footnote's mark."""


def sentences(pages: Sequence[Page]) -> Iterator[tuple[Flow, int, int]]:
    """(flow, start, end) of each sentence: text up to a full stop, semicolon or colon
    before a capital or an article's number ("4. De", "4, De", "3: Wanneer": OCR reads its
    stop as a comma or a colon, and the sentence before must not run on into this one),
    or a blank between blocks; line breaks inside count as spaces. A footnote's mark
    after the stop ("eindigt.¹ De ...", and as OCR reads a raised one: "inkomstenbelasting.2
    Gebruik", never the number of an abbreviation that takes one: "art.2 Lid 1";
    "€ 57.600,34. * Dit") stays with its sentence."""
    boundary = re.compile(r"[.;!?][\u00b9\u00b2\u00b3\u2070-\u2079*†]*(?=\s+[^\W\d_a-z]|\s+\d{1,2}[.,:]\s|\s*$)"
                          rf"|(?<=[^\W\d_]){_NUMBERED_REFERENCE}\.\d{{1,2}}(?=\s+[^\W\d_a-z])|[.;!?]\s[*†](?=\s+[^\W\d_a-z])|;|\n(?=\d{1,2}[.,:]\s)")
    for page in pages:
        text = flow(page)
        start = 0
        for m in boundary.finditer(text.text):
            if m.end() - start > 1:
                yield text, start, m.end()
            start = m.end()
        if len(text.text) - start > 1:
            yield text, start, len(text.text)


_EXAMPLE = re.compile(
    r"(?i)^\W*(?:voorbeeld|rekenvoorbeeld)\b|\b(?:bijvoorbeeld|stel\s+dat|stel\s+u\b|had\s+u\b|for\s+example|example)\b"
)
"""Words that make a sentence an example or a supposition, not a statement of the
document's own facts: "Voorbeeld. Had u in 2022 een inkomen van € 38.000, dan is uw
verzamelinkomen € 36.750" explains how a figure is made."""


_EXAMPLE_LINE = re.compile(r"(?im)\n[^\w\n]*(?:voorbeeld|rekenvoorbeeld|example)\b\s*:")
"""An example's heading at a line's start, with its colon."""
_EXAMPLE_HEADING_LINE = re.compile(r"(?i)\n[^\w\n]*(?:(?:een|an)\s+)?(?:voorbeeld|rekenvoorbeeld|example)\W*$")
"""A sentence's last line that is an example's heading alone ("Bon: aanvraag huisbewaring" over
"Een voorbeeld."): the next sentence is the example."""


def example_words(page: Page) -> frozenset[int]:
    """The ids of the words in the page's example sentences (`_EXAMPLE`), and in the
    sentence after one that is only the word "Voorbeeld". Worked out once per page."""
    if "_example_words" not in page.__dict__:
        ids: set[int] = set()
        follows_heading = False
        for text, start, end in sentences([page]):
            sentence = text.text[start:end]
            # "Voorbeeld." or "Een voorbeeld." alone, or opening the sentence's last line (a heading before it without a full stop)
            heading = bool(re.fullmatch(r"(?i)\W*(?:(?:een|an)\s+)?(?:voorbeeld|rekenvoorbeeld|example)\W*", sentence)
                           or _EXAMPLE_HEADING_LINE.search(sentence))
            if heading or follows_heading or _EXAMPLE.search(sentence):
                ids.update(id(w) for s, e, w in text.spans if e > start and s < end)
            elif opening := _EXAMPLE_LINE.search(sentence):
                # "Voorbeeld:" opening a line inside a run-on sentence (a leaflet's columns read as
                # one text): the example runs from there to the sentence's end
                ids.update(id(w) for s, e, w in text.spans if e > start + opening.start() and s < end)
            follows_heading = heading
        page.__dict__["_example_words"] = frozenset(ids)
    return page.__dict__["_example_words"]


def fuzzy_span(text: str, label: str, min_ratio: float = 86.0) -> tuple[int, int] | None:
    """Where `label` stands in `text` (case-insensitive), allowing OCR slips, or None.

    >>> start, end = fuzzy_span("Burgerservicenumrner 123456782", "burgerservicenummer")
    >>> start, 15 <= end <= 20
    (0, True)
    >>> fuzzy_span("Geboortedatum 01-02-1980", "burgerservicenummer") is None
    True
    >>> fuzzy_span("overeenkomst.", "arbeidsovereenkomst") is None
    True
    """
    lower = text.lower()
    if (at := lower.find(label)) >= 0:
        return at, at + len(label)
    if len(label) < 6:
        return None  # short labels ("BSN") only match exactly: fuzz would find them anywhere
    if len(lower) < len(label) * 0.85:
        return None  # rapidfuzz would align the text inside the label: "overeenkomst" is not "arbeidsovereenkomst"
    found = fuzz.partial_ratio_alignment(label, lower, score_cutoff=min_ratio)
    if found is None or found.dest_end - found.dest_start < len(label) * 0.85:
        return None
    if _another_word(label, _whole_words(lower, found.dest_start, found.dest_end)):
        return None
    return found.dest_start, found.dest_end


def _whole_words(text: str, start: int, end: int) -> str:
    """The words of `text` that characters `start` to `end` fall in, whole."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _another_word(label: str, span: str) -> bool:
    """Whether the words of `span` spell another word than one-word `label` that it
    contains whole: "de huurovereenkomst" is not an "onderhuurovereenkomst" misread, but a
    "huurovereenkomst" after its article. A word OCR split ("onder huurovereenkomst", with a
    letter misread or not) still spells the label: the rest of its letters are there.

    >>> _another_word("onderhuurovereenkomst", "de huurovereenkomst"), _another_word("onderhuurovereenkomst", "onder huurovereenkornst")
    (True, False)
    >>> _another_word("burgerservicenummer", "burgerservicenumrner"), _another_word("arbeidsovereenkomst", "deze overeenkomst.")
    (False, True)
    """
    words = re.findall(r"[^\W\d_]+", span)
    if " " in label or len(words) < 2:
        return False
    for i, word in enumerate(words):
        if len(word) < 4 or word == label or not (label.startswith(word) or label.endswith(word)):
            continue
        rest = label[len(word) :] if label.startswith(word) else label[: -len(word)]
        others = "".join(words[:i] + words[i + 1 :])
        if Levenshtein.distance(rest, others) > max(1, len(rest) // 4):
            return True
    return False


def in_order(start: Field, end: Field) -> tuple[Field, Field]:
    """A period's start and end, both unread when the start does not lie before the end:
    one of the two is misread (a handwritten "2026" read "2028"), and nothing tells which.
    Each keeps its place on the page for the analyst.

    >>> a, b = in_order(Field(value="2028-12-10", confidence=0.88, page=1), Field(value="2027-01-28", confidence=0.9, page=1))
    >>> a.value, b.value, a.page, in_order(Field(value="2026-12-10", confidence=0.9), Field(value="2027-01-28", confidence=0.9))[0].value
    (None, None, 1, '2026-12-10')
    """
    if start.value is None or end.value is None or str(start.value) < str(end.value):
        return start, end
    return Field(page=start.page, bbox=start.bbox), Field(page=end.page, bbox=end.bbox)


def mean_confidence(pages: Sequence[Page]) -> float:
    """Mean confidence of words of two or more characters (specks do not count)."""
    real = [w.confidence for page in pages for w in page.words if len(w.text) >= 2]
    return sum(real) / len(real) if real else 0.0


def clause_field(pages: Sequence[Page], found: Hit | None, body_read: bool = True) -> Field:
    """A contract clause as a boolean field.

    True when found (confidence of its words); false when absent from pages read well
    (mean word confidence at least `WELL_READ`, which becomes the confidence) and read
    whole (`body_read`: the caller found the document's other parts; a photo whose
    reading kept a tenth of the text, each word of it sure, proves no absence); None
    when the reading is too poor to tell absence from a misread line.
    """
    if found is not None:
        return found.field(True)
    quality = mean_confidence(pages)
    if quality >= WELL_READ and body_read:
        return Field(value=False, confidence=round(quality, 3))
    return Field(value=None, confidence=0.0)


_JUNK = "|[]{}_¦‘’\"'`~*«»“”„"
_READ = re.compile(r"[^\W_]")
_JOINERS = frozenset("&+-/")  # words without letters that still belong to a value ("Bakker & Zn.")
_GLUED_RULE = re.compile(r"^[-—–]+(?=[^\W\d_])")
_ELIDED = re.compile(r"[|]?['’‘`´]{1,3}([a-z]{1,2})[.,;:]?")  # "'t" in "van 't Veen" is part of the name; "'t." a speck after it


_ELIDED_PLACE = re.compile(r"[|]?['’‘`´]{1,3}([st]-[^\W\d_][\w'’-]*)")  # "'s-Hertogenbosch", "’s-Gravenhage"


def _elided(word: str) -> str | None:
    """An elided particle ("'t", "'s"), or a word it is hyphenated to ("'s-Hertogenbosch"),
    with a plain apostrophe, as names are written; None if `word` is none."""
    if m := _ELIDED.fullmatch(word):
        return f"'{m.group(1)}"
    if m := _ELIDED_PLACE.fullmatch(word.rstrip(_JUNK)):
        return f"'{m.group(1)}"
    return None


def tidy(text: str) -> str:
    """A value without table rules, quotes and specks around it, single-spaced.

    >>> tidy("| Vries, Jan de |"), tidy("Kerkstraat  12 ]"), tidy("Veen, Aïcha van 't")
    ('Vries, Jan de', 'Kerkstraat 12', "Veen, Aïcha van 't")
    >>> tidy("2007-11-04 )"), tidy("Wit, Sem van —")  # a cell's rule read as a bracket or a dash
    ('2007-11-04', 'Wit, Sem van')
    >>> tidy("Kees van '‘t Koster"), tidy("Veen, Aïcha van ’t"), tidy("Lotte van 't. Nguyen")  # the elision, however OCR drew it
    ("Kees van 't Koster", "Veen, Aïcha van 't", "Lotte van 't Nguyen")
    >>> tidy("_— Fatima Boer"), tidy("-Mohammed van Ouali"), tidy("Aicha ter Ouali .")  # specks glued on or left alone
    ('Fatima Boer', 'Mohammed van Ouali', 'Aicha ter Ouali')
    >>> tidy("Velsen- Noord"), tidy("Jansen- de Vries"), tidy("Bakker - de Wit")  # a hyphenated word OCR or a line wrap split
    ('Velsen-Noord', 'Jansen-de Vries', 'Bakker - de Wit')
    >>> tidy("Wit,-Noor"), tidy("850,-")  # a speck OCR glued after a comma; an amount's dash stays
    ('Wit, Noor', '850,-')
    >>> tidy("Dekker, Ahmed Johanna de /"), tidy("& Bakker & Zn."), tidy("Bakker -")  # a joiner at an end joins nothing
    ('Dekker, Ahmed Johanna de', 'Bakker & Zn.', 'Bakker')
    >>> tidy("’s-Hertogenbosch |"), tidy("Jan 's-Gravendeel")  # an elided article keeps its apostrophe
    ("'s-Hertogenbosch", "Jan 's-Gravendeel")
    """
    text = _COMMA_DASH.sub(", ", text)
    words = [_elided(w) or w.strip(_JUNK) for w in text.split()]
    # a word left with no letter or digit is a rule or a speck ("&" and "-" join names);
    # a dash glued before a word is the cell's rule
    words = [_GLUED_RULE.sub("", w) for w in words if re.search(r"[^\W_]", w) or w in _JOINERS]
    while words and words[-1] in _JOINERS:
        words.pop()  # a joiner joins nothing at the end: a cell's rule or a speck ("Dekker, Ahmed de /")
    while words and words[0] in _JOINERS:
        words.pop(0)
    return _SPLIT_HYPHEN.sub("-", " ".join(w for w in words if w)).strip(" ,;:")


_COMMA_DASH = re.compile(r",[-–—]+(?=[^\W\d_])")  # "Wit,-Noor": no word begins with a dash after a comma
_SPLIT_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])")  # "Velsen- Noord": one word, as printed


# --- tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One table row: each column's words, keyed by column name."""

    page: Page
    cells: Mapping[str, tuple[Word, ...]]
    unread_beside: bool = False
    """A line next to this row held a row's values in a form no value could be read from
    (`read_table`'s `damaged`): the table may list someone whose row is lost."""

    def text(self, column: str) -> str:
        return tidy(" ".join(w.text for w in self.cells.get(column, ())))

    def hit(self, column: str) -> Hit | None:
        """The cell's value, without the rules and specks around it: a word with no letter
        or digit at either end ("|", "__", "“") is the cell's edge, and its confidence
        says nothing of the value's."""
        words = self.cells.get(column, ())
        while words and not _READ.search(words[0].text):
            words = words[1:]
        while words and not _READ.search(words[-1].text):
            words = words[:-1]
        if not words:
            return None
        return Hit(
            text=self.text(column),
            page=self.page.number,
            bbox=union_bbox(w.bbox for w in words),
            confidence=reading_confidence(words),
            words=tuple(words),
        )

    def matches(self, pattern: str, outside: str | None = None) -> list[Hit]:
        """Every match of `pattern` in the whole row read left to right, cells ignored
        (for a value whose cell rule OCR lost, or whose column header it misread);
        with `outside`, not within that pattern's matches."""
        words = [word for cell in self.cells.values() for word in cell]
        text = " ".join(word.text for word in words)
        if outside is not None:
            text = re.sub(outside, lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
        spans, pos = [], 0
        for word in words:
            spans.append((pos, pos + len(word.text)))
            pos += len(word.text) + 1
        hits = []
        for m in re.finditer(pattern, text, re.IGNORECASE):
            covered = [word for word, (start, end) in zip(words, spans) if start < m.end() and end > m.start()]
            hits.append(
                Hit(
                    text=m.group(0).strip(),
                    page=self.page.number,
                    bbox=union_bbox(w.bbox for w in covered),
                    confidence=reading_confidence(covered),
                    words=tuple(covered),
                )
            )
        return hits


def header_columns(line: Line, columns: Mapping[str, str], min_found: int,
                   wordings: Mapping[str, Sequence[str]] | None = None, others: str = "") -> dict[str, float] | None:
    """The x where each column starts, if `line` names at least `min_found` of them.

    `columns` maps a column name to a regex for its header label. With `wordings` (a
    column's labels as data), a line that names all but one of `min_found` columns
    exactly is a header too if it names one more within OCR's slips ("geboörtedatum"):
    the others already say what the line is. `others` (headers of columns nobody reads):
    a label found inside a longer header of such a column is that column's, not the
    label's ("Datum vestiging" in "Datum vestiging in Nederland" is no date of settling
    at the address); the label's column is where it stands on its own, if anywhere.
    """
    starts: dict[str, float] = {}
    text = line.text
    unread = [m.span() for m in re.finditer(others, text, re.IGNORECASE)] if others else []
    for name, pattern in columns.items():
        m = next((m for m in re.finditer(pattern, text, re.IGNORECASE) if not _inside_longer(m.span(), unread)), None)
        if m is None:
            continue
        if words := _span_words(line, m.start(), m.end()):
            starts[name] = min(w.bbox[0] for w in words)
    if wordings and min_found - 1 <= len(starts) < min_found:
        taken = {round(x, 1) for x in starts.values()}
        for name in (n for n in columns if n not in starts and n in wordings):
            places = [place for wording in wordings[name] for place in find_label_on_line(line, wording)]
            x = min((line.words[start].bbox[0] for start, _, _ in places), default=None)
            if x is not None and round(x, 1) not in taken:
                starts[name] = x
                break
    return starts if len(starts) >= min_found else None


def _inside_longer(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `span` lies within one of `spans` that is longer than it."""
    return any(start <= span[0] and span[1] <= end and end - start > span[1] - span[0] for start, end in spans)


def _span_words(line: Line, start: int, end: int) -> list[Word]:
    """The words of `line` that characters start..end of `line.text` (its words joined by
    single spaces) fall in."""
    words, pos = [], 0
    for word in line.words:
        if pos + len(word.text) > start and pos < end:
            words.append(word)
        pos += len(word.text) + 1
    return words


def split_row(page: Page, line: Line, starts: Mapping[str, float]) -> Row:
    """The line's words assigned to the column whose start is left of them, closest.

    A small tolerance allows for cell padding and OCR boxes that start a little early.
    """
    order = sorted(starts.items(), key=lambda item: item[1])
    cells: dict[str, list[Word]] = {name: [] for name, _ in order}
    for word in line.words:
        column = order[0][0]
        for name, x in order:
            if word.bbox[0] >= x - 6:
                column = name
        cells[column].append(word)
    return Row(page=page, cells={name: tuple(words) for name, words in cells.items()})


def read_table(
    pages: Sequence[Page],
    columns: Mapping[str, str],
    is_row: Callable[[Row], bool],
    min_found: int = 3,
    first: str | None = None,
    mend: Callable[[Row], Row] | None = None,
    others: str = "",
    wordings: Mapping[str, Sequence[str]] | None = None,
    damaged: Callable[[Row], bool] | None = None,
) -> list[Row]:
    """Rows under every header line naming `min_found` of `columns`, over all pages.

    Lines just under the header that are not rows are the header's own wrapped labels
    and are skipped; a line tight under a row that is not a row itself is that row's
    cells wrapping ("Koster, Zeynep Maria" / "van den") and is merged into it. Any other
    line that `is_row` rejects ends the table; a header on a later page (a table
    continued, header repeated) starts more rows of the same table. A header whose
    label of column `first` OCR lost ("Geboren BSN ..." without "Naam") still has
    that column: from the left edge to the first column found. `mend`, if given, puts
    right a row as split before it is judged (a word a photo's slant put in the wrong cell).
    `others`: a pattern for headers of columns nobody reads ("Geslacht"); on a header
    line they start a column of their own (named "_other", "_other2", ...), so their
    values never run into a neighbour's cell. `wordings`: the columns' labels as data, for
    a header one of whose labels OCR misread (`header_columns`). `damaged`: whether a line
    under a row, no row itself, is one all the same, its values too damaged to read (a
    photocopy's noise over it): the table goes on under it when a row follows, and the rows
    beside it are marked (`Row.unread_beside`), for what they list may be incomplete.
    """
    rows: list[Row] = []
    for page in pages:
        starts, last, header_lines, taken, noted, unread = None, None, 0, set(), False, False
        for index, line in enumerate(page.lines):
            if found := header_columns(line, columns, min_found, wordings, others) or _split_header(page.lines, index, columns, min_found):
                stacked = stacked_header(page.lines, index)
                if stacked is not None and len(more := header_columns(stacked, columns, 1, wordings, others) or {}) > len(found):
                    found, line = more, stacked  # "Datum" over "vestiging": the wrapped labels read whole
                if first is not None and first not in found:
                    found[first] = 0.0
                starts, last, header_lines = found | _other_starts(line, others, found), None, 0
                if caption := _row_above_caption(page, index, starts, is_row, mend, taken):
                    rows.append(caption)
                continue
            if starts is None:
                continue
            if _PAGE_FURNITURE.search(line.text):  # "Vervolg op de volgende pagina" is no cell of the last row
                starts = None
                continue
            row = split_row(page, line, starts)
            if mend is not None:
                row = mend(row)
            if is_row(row):
                rows.append(replace(row, unread_beside=True) if unread else row)
                last, noted, unread = line, False, False
                taken.add(index)
            elif last is not None and _wraps_under(last, line) and not all(row.cells.values()) and not _NUMBERED_LINE.match(line.text):
                # a line with words in every cell is a sentence running across the table
                # under its last row ("Deze gegevens zijn ontleend aan ..."), not that row wrapping;
                # nor is a line opening with a number ("3 Ingeschreven met briefadres", a section)
                rows[-1] = _merge_rows(rows[-1], row)
                last = line
            elif last is None and header_lines < 2:
                header_lines += 1
            elif last is not None and not noted and _is_note(line, page.lines[index + 1 : index + 2], starts, is_row, mend, page):
                noted = True  # "born in Velsen-Noord" under its row, a photo's gap between: the table goes on
            elif last is not None and damaged is not None and damaged(row):
                rows[-1] = replace(rows[-1], unread_beside=True)
                unread = _is_row_at(page, index + 1, starts, is_row, mend)  # the rows go on under it, the next marked too
                if not unread:
                    starts = None
            else:
                starts = None
    return rows


def _is_row_at(page: Page, index: int, starts: Mapping[str, float], is_row: Callable[[Row], bool], mend: Callable[[Row], Row] | None) -> bool:
    if index >= len(page.lines):
        return False
    row = split_row(page, page.lines[index], starts)
    return is_row(mend(row) if mend is not None else row)


def _is_note(line: Line, after: Sequence[Line], starts: Mapping[str, float], is_row: Callable[[Row], bool],
             mend: Callable[[Row], Row] | None, page: Page) -> bool:
    """Whether `line`, under a row and no row itself, is a note to it that the table goes on
    after: words without a value (no digit), and a row on the line right after it."""
    if re.search(r"\d", line.text) or not after:
        return False
    row = split_row(page, after[0], starts)
    return is_row(mend(row) if mend is not None else row)


def stacked_header(lines: Sequence[Line], index: int) -> Line | None:
    """A header line with its labels' wrapped words under it, read whole: "Datum" over
    "vestiging" and "Datum" over "vertrek" are "Datum vestiging" and "Datum vertrek"; a label
    wrapped over three lines ("Datum aanvang" over "adreshouding") too. Only while the line
    below sits tight under the last, holds no value (a year, a longer number) and every word
    of it stands under a word of the header; None when no line does. A footnote's mark among
    the wrapped words ("Datum aanvang ¹", its "1" on a line of its own) is no label's word."""
    words = list(lines[index].words)
    last, stacked = lines[index], 0
    for below in lines[index + 1 : index + 1 + _STACKED_LINES]:
        if not _wraps_under(last, below, lines[index]) or _HOLDS_VALUE.search(below.text) or not below.words:
            break
        joined = list(words)
        for word in below.words:
            over = [i for i, top in enumerate(joined) if top.bbox[0] - 2.0 < word.bbox[2] and word.bbox[0] < top.bbox[2] + 2.0]
            if len(over) > 1 and all(joined[b].bbox[0] - joined[a].bbox[2] < CELL_GAP for a, b in zip(over, over[1:])):
                over = over[-1:]  # under the words of one label ("adreshouding" under "Datum aanvang"): that label's
            if len(over) != 1:
                joined = None
                break  # under no header word, or under two labels: not the header's own wrapped labels
            if _FOOTNOTE_MARK.fullmatch(word.text):
                continue
            top = joined[over[0]]
            text = _GLUED_MARK.sub("", word.text)  # "adreshouding¹", its mark glued to it by a text layer
            joined[over[0]] = Word(text=f"{_GLUED_MARK.sub('', top.text)} {text}", bbox=union_bbox((top.bbox, word.bbox)),
                                   confidence=min(top.confidence, word.confidence), line=top.line)
        if joined is None:
            break
        words, last, stacked = joined, below, stacked + 1
    return Line(words=tuple(words)) if stacked else None


_STACKED_LINES = 3
"""A header's label wraps over this many lines under its first, at most."""
_FOOTNOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹*]+|\(?[1-9]\)?")
_GLUED_MARK = re.compile(r"(?<=[^\W\d_]{3})(?:[¹²³⁴⁵⁶⁷⁸⁹*]+|[1-9])$")


def _row_above_caption(page: Page, index: int, starts: Mapping[str, float], is_row: Callable[[Row], bool],
                       mend: Callable[[Row], Row] | None, taken: set[int]) -> Row | None:
    """The row a header line captions from below, if it has one: a form that prints each
    field's label in small type under its box ("26/10/1960" over "geboortedatum") repeats
    the header under every row, so the first row stands above the first header. The line
    right above the header, tight against it and not already a row, read in the header's
    columns and accepted by `is_row`."""
    if index == 0 or index - 1 in taken:
        return None
    above, header = page.lines[index - 1], page.lines[index]
    height = max(above.bbox[3] - above.bbox[1], 1.0)
    if not -0.5 * height <= header.bbox[1] - above.bbox[3] < height:  # OCR's boxes of two tight lines may overlap
        return None
    row = split_row(page, above, starts)
    if mend is not None:
        row = mend(row)
    if not is_row(row):
        return None
    taken.add(index - 1)
    return row


_JOINED_HEADER = re.compile(r"(?i)(?:\b(?:and|en|of|or)|[&/+])\s*$")
"""A header's word that joins the next words to it: "Name and place of birth", "Naam en geboorteplaats"."""


def _other_starts(line: Line, others: str, found: Mapping[str, float]) -> dict[str, float]:
    """Where the columns nobody reads start on a header line (each header word once, not
    joined to the header before it; one already a read column's start is that column)."""
    if not others:
        return {}
    starts: dict[str, float] = {}
    taken = set(found.values())
    for m in re.finditer(others, line.text, re.IGNORECASE):
        words = _span_words(line, m.start(), m.end())
        if not words or _JOINED_HEADER.search(line.text[: m.start()]):
            continue  # "Name and place of birth": the second part of another column's header, no column of its own
        x = min(w.bbox[0] for w in words)
        if all(abs(x - t) > 1.0 for t in taken):
            starts[f"_other{len(starts) + 1 if starts else ''}"] = x
            taken.add(x)
    return starts


_HOLDS_VALUE = re.compile(r"\d{4}")
"""A year or a longer number: a header's labels hold none."""


def _split_header(lines: Sequence[Line], index: int, columns: Mapping[str, str], min_found: int) -> dict[str, float] | None:
    """A header OCR broke into two lines beside each other ("Geboortedatum BSN" a little
    above "Naam Datum vestiging" on a skewed scan): their columns together, if they name
    `min_found` different ones and the two lines overlap or touch vertically."""
    if index + 1 >= len(lines):
        return None
    line, below = lines[index], lines[index + 1]
    if any(_HOLDS_VALUE.search(each.text) for each in (line, below)):
        return None  # "..., geboren 20 mei 1959; BSN" over "446943320; adreshouding vanaf ...": sentences, no header
    first, second = header_columns(line, columns, 1), header_columns(below, columns, 1)
    if not first or not second or set(first) & set(second) or len(first) + len(second) < min_found:
        return None
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    if below.bbox[1] - line.bbox[3] >= 0.6 * height:
        return None
    return {**first, **second}


_PAGE_FURNITURE = re.compile(r"^[\W_]{0,3}(?:vervolg\b|z\.?o\.?z\b|zie\s+(?:ommezijde|volgende|achterzijde)|pagina\s+\d)", re.IGNORECASE)


_NUMBERED_LINE = re.compile(r"^(?:\S\s+){0,3}?[\W_]{0,3}\d{1,2}(?:[.:,]\d{1,2})*[.)]?\s+[^\W\d_]{2}")
"""A line that opens with a number and a word, after a margin's specks if any: a row's or a
section's own ("È 3 Ingeschreven met briefadres"), no cell's wrapped rest."""


def _wraps_under(above: Line, line: Line, first: Line | None = None) -> bool:
    """Whether `line` sits tight under `above`, as the next line of the same cells does. With
    the cells' `first` line (a header's), its height counts when `above` is smaller (a line
    of footnote marks), and the lines may overlap a little: a raised mark or a table's rule
    reaches into the next line's box."""
    height = max(above.bbox[3] - above.bbox[1], first.bbox[3] - first.bbox[1] if first is not None else 0.0, 1.0)
    least = -height if first is not None else 0.0
    return least <= line.bbox[1] - above.bbox[3] < 0.6 * height


def _merge_rows(row: Row, more: Row) -> Row:
    """`row` with the words of its wrapped continuation; a number broken over two lines
    ("1958-04-3" / "0") is joined back into one word."""
    cells = {name: list(words) for name, words in row.cells.items()}
    for name, words in more.cells.items():
        target = cells.setdefault(name, [])
        for word in words:
            if target and re.search(r"[\d./-]$", target[-1].text) and word.text[:1].isdigit():
                head = target.pop()
                word = Word(
                    text=head.text + word.text,
                    bbox=union_bbox((head.bbox, word.bbox)),
                    confidence=min(head.confidence, word.confidence),
                    line=head.line,
                )
            target.append(word)
    return Row(page=row.page, cells={name: tuple(words) for name, words in cells.items()}, unread_beside=row.unread_beside)
