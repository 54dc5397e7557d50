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
from collections.abc import Callable, Iterator, Sequence

from rapidfuzz import fuzz

from extractors._common import example_words, sentences
from extractors.labels import cells, is_label_wording
from extractors.lexicon import abbreviations
from extractors.concepts import choice_readings
from extractors._locate import Hit, flow, iter_lines, line_beside, line_hit, span_hit
# The name reader and its patterns, built from the lexicon, are extractors/names.py's;
# importable from here as before.
from extractors.names import NAME_PATTERN, NOT_NAME_WORDS, name_split_after, pipe_as_initial, take_name  # noqa: F401
from extractors.names import strip_titles as strip_honorific  # noqa: F401
from woondossier.model import Field, Line, Page, Word


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
            for w, text in _plain_words(line):
                contained = target in text and len(text) <= len(target) + 6
                if contained or (abs(len(text) - len(target)) <= 3 and fuzz.ratio(text, target) >= threshold):
                    return Hit(text=w.text, page=page.number, bbox=w.bbox, confidence=w.confidence)
    return None


_NOT_IN_WORD = re.compile(r"[^\w/-]")


def _written_out(printed: str, text: str) -> str:
    """A word's plain text, or the word an abbreviation printed with its full stop or hyphen
    stands for ("Mz." is "mantelzorg", "pt." "patiënt": `lexicon.abbreviations`).

    >>> _written_out("Mz.", "mz"), _written_out("mz-er", "mz-er"), _written_out("pt", "pt")
    ('mantelzorg', 'mantelzorger', 'pt')
    """
    if (printed.rstrip(",;:").endswith(".") or "-" in text) and (full := abbreviations().get(text.rstrip("."))):
        return full
    return text


def _plain_words(line) -> tuple:
    """(word, its text in lower case without punctuation) for the line's words that keep
    any: worked out once per line, as every doc type's keywords are looked for on it."""
    words, plain = line.__dict__.get("_plain_words", (None, ()))
    if words is not line.words:
        plain = tuple((w, _written_out(w.text, text)) for w in line.words if (text := _NOT_IN_WORD.sub("", w.text.lower())))
        line.__dict__["_plain_words"] = (line.words, plain)
    return plain


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
        if (translated := _past_translation(line, len(line.text) - len(stripped))) is None:
            continue  # "Naam / Surname" on an identity card: the label means another thing than the field's
        stripped = line.text[translated:]
        if stripped.strip():
            start = len(line.text) - len(stripped)
            yield span_hit(page, line, start, cell_end(line, start))
            continue
        if (beside := line_beside(page, index)) is not None:
            yield line_hit(page, beside)
        if index + 1 < len(page.lines) and (below := page.lines[index + 1]) is not beside:
            if below.bbox[2] >= line.bbox[0]:
                yield line_hit(page, below)


def _past_translation(line: Line, start: int) -> int | None:
    """Where a label's value starts when the label's own cell goes on with its translation
    after a slash: after that translation when it is a wording of some field ("Naam / Name"),
    so that the value is in the next cell or under the caption; None when it is no wording
    of any field, which makes the label another thing than a field's ("Naam / Surname": an
    identity card's surname, never a whole name). `start` when no translation follows.

    >>> from woondossier.model import Line, Word
    >>> def line(*cells):
    ...     words, x = [], 0.0
    ...     for cell in cells:
    ...         for text in cell.split():
    ...             words.append(Word(text=text, confidence=0.9, bbox=(x, 0, x + 6 * len(text), 10))); x += 6 * len(text) + 4
    ...         x += 60
    ...     return Line(words=tuple(words), bbox=(0, 0, x, 10))
    >>> _past_translation(line("Naam / Surname", "Lengte / Height"), 5), _past_translation(line("Naam / Name"), 5)
    (None, 11)
    >>> _past_translation(line("Naam:", "Jan de Vries"), 6), _past_translation(line("Naam / Name", "Jan de Vries"), 5)
    (6, 12)
    """
    cell = line.text[start : cell_end(line, start)]
    if not cell.startswith("/"):
        return start
    translation = cell[1:].strip()
    if not translation or re.search(r"\d", translation) or len(translation.split()) > 3:
        return start  # a value after a slash ("/ 12-10-2026"), or a sentence
    if not is_label_wording(translation):
        return None
    end = cell_end(line, start)
    return end + 1 if end < len(line.text) else end


def cell_end(line: Line, start: int) -> int:
    """Where the cell (`labels.cells`) that holds character `start` of the line ends ("Bram
    Oosterhuis      Ingangsdatum 1-9-2026": the next column's label is another cell)."""
    position = 0
    for cell in cells(line):
        end = position + len(cell.text)
        if end > start:
            return end
        position = end + 1
    return len(line.text.rstrip())


def value_after(pages: Sequence[Page], labels: Sequence[str], flags: int = re.IGNORECASE) -> Hit | None:
    """The first of `labelled_values`."""
    return next(labelled_values(pages, labels, flags), None)


def search_prose(pages: Sequence[Page], pattern: str, flags: int = re.IGNORECASE) -> Iterator[tuple[Hit, re.Match]]:
    """Every match of `pattern` in each page's text (lines joined by newlines), as the
    hit of its group 1 (or of the whole match when it has no group) and the match.

    Lets a caller try every "... ontvangt van <name>" until one yields a name. A match
    in an example's sentence ("Voorbeeld. Had u ..., dan is uw verzamelinkomen € 36.750")
    states no fact of the document and is passed over (`_common.example_words`).
    """
    compiled = re.compile(pattern, flags)
    group = 1 if compiled.groups else 0
    for page in pages:
        text = flow(page)
        examples = example_words(page)
        for m in compiled.finditer(text.text):
            if _in_question(text.text, m.end(group)):
                continue  # "Welke zorg geeft u?": a form's question names no one and states nothing
            if (hit := text.hit(*m.span(group))) is not None and not all(id(w) in examples for w in hit.words):
                yield hit, m


_LINE_REST = re.compile(r"[^\n.!?]*([.!?]|\n|$)")


def _in_question(text: str, end: int) -> bool:
    """Whether the words up to `end` belong to a question: the sentence they are in ends
    with "?" on the same line.

    >>> _in_question("Welke zorg geeft u? X persoonlijke verzorging", 10), _in_question("Naam: Welke\\nIs er zorg nodig?", 11)
    (True, False)
    """
    rest = _LINE_REST.match(text, end)
    return rest is not None and rest.group(1) == "?"


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
    """The start of the sentence `text[start:end]` past a heading line stuck before it. A
    sentence that opens in the middle of a line, after the full stop of the one before it,
    opens with no heading ("... huisbewaring. Uw huurder is vanaf" / "11-11-2026 opgenomen").
    A section's letter or number before it is no sentence ("A. De huisbewaarder" / "Naam ...").

    >>> text = "Aanvraag\\nIk ga nu reizen. Uw huurder is vanaf\\n1 maart weg.\\nVergoeding nihil\\nZij woont elders."
    >>> text[_without_heading(text, 0, 25):25], text[_without_heading(text, 25, 58):58], text[_without_heading(text, 58, len(text)):]
    ('Ik ga nu reizen.', ' Uw huurder is vanaf\\n1 maart weg.', 'Zij woont elders.')
    >>> text = "A. De huurder\\nNaam Jan Bos\\nHij woont elders."
    >>> text[_without_heading(text, 2, len(text)):]
    'Hij woont elders.'

    """
    first = start + len(text[start:end]) - len(text[start:end].lstrip())  # the sentence's first character
    if len(text[text.rfind("\n", 0, first) + 1 : first].split()) >= 3:
        return start  # after a sentence on its line; not after a section's letter ("A. De huisbewaarder")
    for m in _HEADING_BREAK.finditer(text, start, end):
        head = text[start : m.start()].strip()
        if not head:
            continue  # the sentence starts on a new line
        if len(head.split()) > 5 or re.search(r"[.,;:!?]$", head):
            break
        start = m.start()  # and the next line may be a heading, or a form's "Label: value", too
    return start


_OPEN = object()
"""The verdict of a sentence that prints a choice left open ("eindigt wel / niet ...")."""


def _judged(judge: Callable[[str], object], text: str) -> object:
    """`judge`'s verdict on `text`, read as its filler made any choice it prints
    (`concepts.choice_readings`): `_OPEN` when the verdict depends on a choice left open."""
    verdicts = {judge(reading) for reading in choice_readings(text)}
    if len(verdicts) == 1:
        return verdicts.pop()
    return _OPEN


def asks(sentence: str) -> bool:
    """Whether a sentence is a question: it states nothing by itself ("Is 24 uur per
    dag zorg of toezicht nodig?"), though with the sentence after it, its answer, it may
    ("Wat als de hoofdhuur eindigt? Dan eindigt ook deze overeenkomst.": `stated`).

    >>> asks("Is 24 uur per dag zorg of toezicht nodig? "), asks("Er is 24 uur per dag toezicht nodig.")
    (True, False)
    """
    return sentence.rstrip().endswith("?")


_ANSWERED = re.compile(r"\W{0,3}(?:ja|nee)\b", re.IGNORECASE)
"""A sentence that opens with yes or no: the answer to the question before it."""


_DANGLING = re.compile(
    r"(?:de|het|een|van|als|aan|in|op|met|voor|door|te|tot|bij|naar|uit|over|zoals|volgens|onder|the|a|an|of|to|by|as|with|for|on|under)",
    re.IGNORECASE,
)
_LOST_LINE = 2.5
"""A gap under a line, in its words' height, from which a line is missing (a form's rows
stand 1.5 to 2 heights apart: "Onderhuurder Kamp, Jan van de" over "Adres kamer ...")."""


def cut_off(words: Sequence[Word]) -> bool:
    """Whether a sentence (its words, in order) stops where no sentence can, on an article
    or a preposition with no full stop ("De onderhuurder is gebonden aan dezelfde
    huurvoorwaarden als de"), and goes on, if at all, only after a gap a line would fill:
    on a scan the next line was not read (a line struck through is often lost), so what the
    sentence says is open.

    >>> w = lambda t, x, y: Word(text=t, bbox=(x, y, x + 20, y + 10), confidence=0.9)
    >>> cut_off([w("gebonden", 0, 0), w("als", 30, 0), w("de", 60, 0), w("Aldus", 0, 40)])
    True
    >>> cut_off([w("gebonden", 0, 0), w("aan", 30, 0), w("de", 60, 0), w("Algemene", 0, 13)]), cut_off([w("toepassing.", 0, 0)])
    (False, False)
    >>> cut_off([w("Kamp,", 0, 0), w("Jan", 30, 0), w("van", 60, 0), w("de", 90, 0), w("Adres", 0, 19)])  # a form's next row: a name's particles
    False
    """
    for word, after in zip(words, [*words[1:], None]):
        if not _DANGLING.fullmatch(word.text):
            continue
        height = max(word.bbox[3] - word.bbox[1], after.bbox[3] - after.bbox[1] if after is not None else 0.0, 1.0)
        if after is None or after.bbox[1] - word.bbox[3] > _LOST_LINE * height:
            return True
    return False


_HOLE = 2.5
"""A gap between two words of one line of prose wider than this many times their
height: a word stood there that OCR did not give (a circled "niet" is often lost)."""


def _gaps(words: Sequence[Word]) -> Iterator[tuple[Word, Word]]:
    """Each pair of words side by side on one line with more than `_HOLE` word heights between."""
    for a, b in zip(words, words[1:]):
        height = max(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1], 1.0)
        same_line = abs((a.bbox[1] + a.bbox[3]) - (b.bbox[1] + b.bbox[3])) / 2 < height / 2 and b.bbox[0] > a.bbox[2]
        if same_line and b.bbox[0] - a.bbox[2] > _HOLE * height:
            yield a, b


_ALIGNED = 4.0
"""Points within which the words after two gaps start in one column."""


def _column_starts(page: Page) -> list[float]:
    """Where words start after a wide gap on the page's lines: a form's value column is
    where several do, a hole in a sentence is where one does."""
    if "_column_starts" not in page.__dict__:
        page.__dict__["_column_starts"] = [b.bbox[0] for line in page.lines for _, b in _gaps(line.words)]
    return page.__dict__["_column_starts"]


def _word_left_out(words: Sequence[Word], column_starts: Sequence[float] = ()) -> bool:
    """Whether OCR left a word out of this sentence: between two lower-case words
    on one line, a gap wider than `_HOLE` word heights, where no column starts (a form's
    "Omvang van de zorg    dag en nacht" has its values in a column: two other rows of
    the page start a word there after a gap too). A verdict on such a sentence may turn
    on the word missing ("zijn [niet] van toepassing"), so it is left open.

    >>> w = lambda text, x0, x1, y=430: Word(text=text, bbox=(x0, y, x1, y + 10), confidence=0.96)
    >>> _word_left_out([w("woning", 338, 370), w("zijn", 374, 389), w("van", 426, 442)])
    True
    >>> _word_left_out([w("woning", 338, 370), w("zijn", 374, 389), w("van", 393, 409)])
    False
    >>> _word_left_out([w("de", 90, 100), w("zorg", 104, 124), w("dag", 200, 215)], [200.0, 201.0, 199.5])
    False
    """
    for a, b in _gaps(words):
        prose = a.text[:1].islower() and b.text[:1].islower()
        in_column = sum(abs(x - b.bbox[0]) <= _ALIGNED for x in column_starts) >= 3  # this row's and two others'
        if prose and not in_column:
            return True
    return False


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
            question = asks(text.text[start:end])
            verdict = None if question else _judged(judge, text.text[start:end])
            if verdict is None and index + 1 < len(spans):
                _, after, next_end = spans[index + 1]
                if asks(text.text[after:next_end]):
                    continue  # a question after it asks, it does not finish what this one said ("Welke zorg geeft u? ... Is 24 uur zorg nodig?")
                if question and (_ANSWERED.match(text.text[after:next_end]) or _judged(judge, text.text[start:end]) is not None):
                    # a question naming the whole fact asks whether it holds ("Is 24 uur per dag zorg
                    # nodig?"): only a yes or no answers it, and that is a form's answer (`_forms.read_yes_no`);
                    # a question naming part of it ("Wat als de hoofdhuur eindigt?") is answered by the next sentence
                    continue
                # the next sentence's heading, if any, stays out of the window (blanked: offsets hold)
                verdict = _judged(judge, text.text[start:end] + " " * (after - end) + text.text[after:next_end])
                end = next_end
            if verdict is not None and (hit := text.hit(start, end)) is not None:
                cut = text.page.ocr and (_word_left_out(hit.words, _column_starts(text.page)) or cut_off(hit.words))
                said.append((_OPEN if cut else verdict, hit))
    verdicts = {verdict for verdict, _ in said}
    if not said:
        return None
    if len(verdicts) > 1 or _OPEN in verdicts:
        return Field()  # the document says both, or leaves the choice open: an analyst must read it
    verdict, hit = said[0]
    return hit.field(verdict)
