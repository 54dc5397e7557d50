"""Helpers for application forms and contracts: sections, check boxes, yes/no answers.

`_locate` finds a value right of or under its label. Forms need three more things:

- `section`: generic labels ("Naam", "Geboortedatum") mean different people under
  "Gegevens huurder" and "Gegevens huisbewaarder"; restricting the pages to the lines
  of one section lets `find_value` read them.
- `find_group`: contracts state facts inside sentences that wrap over lines ("treedt
  met ingang van 1 maart 2027 in dienst"); this finds one regex group and its words.
- `read_yes_no` / `checked_option`: a question answered by ticking "[X] ja [ ] nee",
  by writing "nee" after it, or by writing "Nee" in a ruled table's value cell.
  Anything else (two ticks, no tick, a tick OCR could not read) is None: a form
  that cannot be read reliably must not be reported as answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from extractors._locate import Hit, flow, iter_lines, span_hit
from extractors.labels import cells as _cells
from extractors.labels import is_label
from extractors.values import DATE_PATTERN, TIME_OF_DAY, parse_date
from woondossier.model import Field, Line, Page, Word, union_bbox

_TICKS = "☒☑✓✔✗✘■●⊠⊗◉▣⬛"
"""Glyphs of a ticked box or a mark beside an option, as fonts print them."""
_EMPTIES = "☐□○◯▢❏⬜"
"""Glyphs of an empty box."""
_CHECKED = re.compile(
    rf"^(?:[\[(|{{lI1]{{0,2}}[xX×✓✔✗✘][\])|}}lI1]{{0,2}}|[\[(|{{]{{1,2}}[xX×✓✔✗✘]{{2,3}}[\])|}}]{{0,2}}|[{_TICKS}])$"
)
"""A ticked box as printed ("[X]", "(x)", "☒", "✓") and as OCR returns it ("[x]", "(X]",
"|X|", "X", "[Xl]": the box's side read as a letter beside its bracket; "[xxx]", "[xx": a
heavy cross read as two or three, only inside a bracket)."""
_ORNAMENT = re.compile(rf"[^\w\s{_TICKS}{_EMPTIES}\[\](){{}}|/\\-]{{1,3}}")
"""A line of one to three signs and no letter, digit or mark: a pictogram printed beside a
question in plain language (☺, ⌂, €, →), no answer and no next question."""
_BOX = re.compile(rf"^[\s\[\](){{}}|lI1xX×_{_TICKS}{_EMPTIES}]{{0,6}}$")
"""What may stand before an option's text: its box, ticked or not, or nothing (OCR
often drops an empty box)."""
_TOKEN = re.compile(rf"[{_TICKS}{_EMPTIES}/]|[^\s/{_TICKS}{_EMPTIES}]+")
"""A word, or a box glyph or a slash on its own: fonts set "☒Ja" without a space."""
_YES, _NO = ("ja", "yes"), ("nee", "no")
"""The two answers' words: Dutch, and English as expat tenants' forms print them."""
_WORDS = "|".join((*_YES, *_NO))
_ANSWER = re.compile(rf"^[|\[\](){{}}_]?({_WORDS})[.,:;|_]?$", re.IGNORECASE)  # "|Ja", "ja_": a cell's rule or a speck stuck to it
_CIRCLED = re.compile(rf"^[(\[{{©@O0]\s?({_WORDS}|ia)[)\]}}]$", re.IGNORECASE)
"""An answer circled by hand, as OCR reads the ring: "(nee)", "[ja]"; "(ia)": the ring
cut through the descender of the j."""
_STRIKES = "\u0335\u0336\u0338"  # combining strokes: "j̶a̶" as a text layer writes a struck word
_STRUCK = re.compile(rf"^(?:[-—–~=_+]+({_WORDS})[-—–~=_+]*|[-—–~=_+]*({_WORDS})[-—–~=_+]+)$", re.IGNORECASE)
"""An answer struck out, as OCR reads the stroke through it: "-ja-", "—nee—", "~ja"."""
_HINTS = re.compile(
    r"\(?\s*doorhalen\s+wat\s+niet\s+van\s+toepassing\s+is\s*\)?|\(\s*ja\s*/\s*nee\s*\)\*?|\bja\s*/\s*nee\b\*?(?=\s*$|\s*[|)])",
    re.IGNORECASE,
)
"""The hint printed beside a question: "(ja/nee)", "(doorhalen wat niet van toepassing is)".
A bare "ja / nee" is the hint only at the end of what is read (nothing struck, nothing
ticked); with a stroke through one of them it is the answer, read by `_answer`."""
_ROUTING = re.compile(
    rf"(?P<option>(?<![^\W\d_])(?:{_WORDS})(?![^\W\d_]))?"
    r"(?P<how>\s*[,:;]?\s*(?:[-–—=]*[>→⇒»›]+|[-–—]{1,2})?\s*"
    r"(?:ga\s+(?:dan\s+)?(?:verder\s+|door\s+)?(?:naar|met|bij)|door\s+naar|verder\s+(?:met|bij)|sla\s+\w+(?:\s+\w+)?\s+over"
    r"|go\s+(?:on\s+)?to|skip\s+to|continue\s+(?:with|at))\s+(?:(?:de\s+)?(?:vraag|question|onderdeel|stap|deel|blok|punt)\s*)?\d{1,2}[a-z]?\b)",
    re.IGNORECASE,
)
"""A routing form's instruction after an option: "Ja → ga naar vraag 9", "Nee, ga door met
vraag 12", "No - go to question 5". The instruction is printed, not answered; so is its
option, unless a box or ring before it marks it (`_unrouted`)."""


_BOXED_BEFORE = re.compile(rf"(?:[{_TICKS}{_EMPTIES}]|\[\s*[xX×]?\s*\])\s*$")


def _unrouted(text: str) -> str:
    """`text` with a routing form's instructions blanked out, each character a space: the
    option they follow too when nothing marks it, so that "Ja → ga naar vraag 9 Nee → ga
    naar vraag 10" over the answer "Ja (Nee)" is no answer of its own.

    >>> _unrouted("Ja → ga naar vraag 9  Nee → ga naar vraag 10").strip()
    ''
    >>> " ".join(_unrouted("☒ Ja, ga door met vraag 5  ☐ Nee").split()), " ".join(_unrouted("ja (nee)").split())
    ('☒ Ja ☐ Nee', 'ja (nee)')
    """

    def blank(m: re.Match) -> str:
        option, before = m.group("option"), text[: m.start()]
        if option and (_BOXED_BEFORE.search(before) or before.endswith(("(", "["))):
            return option + " " * len(m.group("how"))  # "☒ Ja → ga naar vraag 9": the box answers
        return " " * len(m.group(0))

    return _ROUTING.sub(blank, text)


def section(pages: Sequence[Page], start: str, stop: str) -> list[Page]:
    """The pages cut down to the lines after the first line matching `start`, up to a
    line matching `stop` (both case-insensitive regexes). Empty when `start` is absent."""
    start_re, stop_re = re.compile(start, re.IGNORECASE), re.compile(stop, re.IGNORECASE)
    kept: list[Page] = []
    inside = False
    for page in pages:
        words = []
        for line in page.lines:
            if not inside:
                inside = bool(start_re.search(line.text))
                continue
            if stop_re.search(line.text):
                if words:
                    kept.append(page.model_copy(update={"words": tuple(words)}))
                return kept
            words.extend(line.words)
        if words:
            kept.append(page.model_copy(update={"words": tuple(words)}))
    return kept


def find_group(pages: Sequence[Page], pattern: str, group: str = "v", flags: int = re.IGNORECASE) -> Hit | None:
    """The first match of named `group` of `pattern` in a page's text, lines joined by
    newlines (write `\\s+` where a sentence may wrap), with the words it covers."""
    value_re = re.compile(pattern, flags)
    for page in pages:
        text = flow(page)
        m = value_re.search(text.text)
        if not m or m.group(group) is None:
            continue
        hit = text.hit(*m.span(group))
        if hit is None:
            continue
        return Hit(text=re.sub(r"\s+", " ", hit.text).strip(), page=hit.page, bbox=hit.bbox, confidence=hit.confidence)
    return None


def find_groups(pages: Sequence[Page], pattern: str, group: str = "v", flags: int = re.IGNORECASE) -> Iterator[tuple[Hit, str]]:
    """Every match of named `group` of `pattern` as `find_group` finds the first, each
    with its sentence up to the match's end (from the last full stop, question or
    exclamation mark before it): what the sentence says of the value ("je huidige
    arbeidsovereenkomst eindigt op ...")."""
    value_re = re.compile(pattern, flags)
    for page in pages:
        text = flow(page)
        for m in value_re.finditer(text.text):
            if m.group(group) is None or (hit := text.hit(*m.span(group))) is None:
                continue
            before = text.text[: m.start()]
            opening = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind(".\n")) + 1
            found = Hit(text=re.sub(r"\s+", " ", hit.text).strip(), page=hit.page, bbox=hit.bbox, confidence=hit.confidence)
            yield found, re.sub(r"\s+", " ", text.text[opening : m.end()])


def date_field(hit: Hit | None) -> Field:
    """A found date as a contract field; an impossible date ("31-02-2027") is None."""
    if hit is None:
        return Field()
    return hit.field(parse_date(hit.text))


def find_date(pages: Sequence[Page], labels: Sequence[str], *, below: int = 1) -> Hit | None:
    """The date after the first of `labels` that has one: on the label's line, or on
    the `below` lines under it when nothing follows the label on its own line.

    Unlike `find_value`, a label followed by an unreadable date does not borrow the
    date of the next line (on a form that is another field's date), nor does an empty
    label take a date the next line prints after words of its own (another label).
    """
    label_re = re.compile("|".join(f"(?:{label})" for label in labels), re.IGNORECASE)
    date_re = re.compile(DATE_PATTERN, re.IGNORECASE)
    for page, index, line in iter_lines(pages):
        label = label_re.search(line.text)
        if not label:
            continue
        rest = line.text[label.end() :]
        if m := date_re.search(rest):
            return span_hit(page, line, label.end() + m.start(), label.end() + m.end())
        if re.search(r"\w", rest):
            continue
        left = span_hit(page, line, label.start(), label.end()).bbox[0]
        for next_line in page.lines[index + 1 : index + 1 + below]:
            if label_re.search(next_line.text):
                break
            # under the label, not left of it: "Begindatum  Einddatum" over "5-3-2026  4-9-2026"
            # gives the end date the second date, never the first
            dates = [m for m in date_re.finditer(next_line.text) if span_hit(page, next_line, m.start(), m.end()).bbox[0] >= left - _UNDER_TOLERANCE]
            if m := next(iter(dates), None):
                if re.search(r"[^\W_]", next_line.text[: m.start()]) and not _only_dates(next_line.text[: m.start()]):
                    break  # "Einddatum | 11 september 2027": another label's date, never this one's
                return span_hit(page, next_line, m.start(), m.end())
            if date_re.search(next_line.text):
                break  # a date only left of the label: another column's
    return None


_UNDER_TOLERANCE = 6.0
"""Points a value under its label may start left of the label (a cell's padding)."""


def _only_dates(text: str) -> bool:
    """Whether `text` holds nothing but dates and separators (the column left of the value)."""
    return not re.search(r"[^\W_]", re.sub(DATE_PATTERN, " ", text, flags=re.IGNORECASE))


_OPTIONS = (re.compile(r"(?i)(?<![^\W\d_])\W?[^\W\d_]?ja\b"), re.compile(r"(?i)(?<![^\W\d_])\W?[^\W\d_]?nee\b"))
"""The two answers as OCR reads them with their boxes glued on ("oja", "mnee", "[ja")."""


def asked_with_options(pages: Sequence[Page], question: str) -> bool:
    """Whether a line words the question and it or the next line holds both answers to
    tick: a form's caption, not a sentence that states the fact."""
    for page in pages:
        lines = page.lines
        for index, line in enumerate(lines):
            if re.search(question, line.text, re.IGNORECASE):
                below = lines[index + 1].text if index + 1 < len(lines) else ""
                if any(all(option.search(text) for option in _OPTIONS) for text in (line.text, below)):
                    return True
    return False


def read_yes_no(pages: Sequence[Page], question: str, *, below: int = 1) -> Field:
    """The answer to a yes/no `question` (a regex of its label) as True/False, or None.

    Reads the rest of the question's line, or the line under it when that is empty:
    "[ ] ja [X] nee" / "☐ Ja ☒ Nee" / "Ja [ ] Nee [X]" count the ticked option, "ja / -nee-"
    the one not struck out, "ja (nee)" the circled one, a bare "nee" / "Nee" is the
    answer; a lone "X" in a "Ja | Nee" table is read by its column. The "ja / nee
    (doorhalen ...)" hint printed next to a question is ignored.
    """
    question_re = re.compile(question, re.IGNORECASE)
    for page, index, line in iter_lines(pages):
        m = question_re.search(line.text)
        if not m:
            if (answered := _answer_of_wrapped_question(page, index, question_re)) is not None:
                return answered
            continue
        answer = _answer(page, line, m.end())
        if answer is None:
            answer = _column_answer(page, index, line, m.end())
        if answer is None:
            answer = _answer_above(page, index, m.start())
        if answer is not None:
            return answer
        following = [under for under in page.lines[index + 1 :]
                     if not TIME_OF_DAY.fullmatch(under.text.strip()) and not _ORNAMENT.fullmatch(under.text.strip())]  # a chat's stamps, a pictogram
        for next_line in following[:below]:
            if len(_cells(line)) > 1 and (cell := _cell_under(line, m.start(), next_line)) is not None and _only_answer(cell.text):
                # a row of questions over a row of answers ("eigen woonruimte | minderjarige kinderen"
                # over "□ ja ■ nee | □ ja ■ nee"): each question's answer is the cell under it
                answer = _answer(page, cell, 0)
                if answer is not None:
                    return answer
            if (leading := _leading_answer(page, line, next_line)) is not None:
                return leading
            if not _only_answer(next_line.text):
                # the next question's line, or a grid's row: only the cell under the question answers it
                cell = _cell_under(line, m.start(), next_line)
                answer = _answer(page, cell, 0) if cell is not None and _only_answer(cell.text) else None
                if answer is not None:
                    return answer
                break
            answer = _answer(page, next_line, 0)
            if answer is not None:
                return answer
        # no answer beside or under this line ("• De huisbewaarder heeft geen eigen woning." in a
        # leaflet's rules): the question itself may stand further on
    return Field()


_OPTIONS_START = re.compile(rf"[{_TICKS}{_EMPTIES}\[]|(?<![^\W_])(?:{_WORDS})(?![^\W_])", re.IGNORECASE)
_WRAPPED_WORDS = 4


def _answer_of_wrapped_question(page: Page, index: int, question: re.Pattern) -> Field | None:
    """The answer beside a question whose last words wrap onto the line under it, the
    options on the question's first line: "Huisbewaarder heeft minderjarige [ ] ja [X] nee"
    over "kinderen". None unless the question is found in the first line's words before
    its options and the next line's few words (at most `_WRAPPED_WORDS`: "dan 18 jaar?", at the same left
    edge, right under it) together."""
    if index + 1 >= len(page.lines):
        return None
    line, under = page.lines[index], page.lines[index + 1]
    options = _OPTIONS_START.search(line.text)
    if options is None or options.start() == 0 or not 0 < len(under.words) <= _WRAPPED_WORDS or _only_answer(under.text):
        return None
    height = line.bbox[3] - line.bbox[1]
    if abs(under.bbox[0] - line.bbox[0]) > height or not 0 <= under.bbox[1] - line.bbox[3] <= height:
        return None
    head = line.text[: options.start()].rstrip()
    m = question.search(f"{head} {under.text}")
    if m is None or m.start() >= len(head) or m.end() <= len(head):
        return None  # the question must run from the first line onto the second
    return _answer(page, line, options.start())


def _answer_above(page: Page, index: int, start: int) -> Field | None:
    """The answer beside the first line of a question that wraps in its cell: "Does the
    house-sitter rent or   Yes / N̶o̶" over "own a home?", the question's words found on the
    second line (from character `start`, at its beginning). None when the line above is
    not the question's first line (tight above, at the same left edge) or holds no answer."""
    if index == 0 or page.lines[index].text[:start].strip():
        return None
    line, above = page.lines[index], page.lines[index - 1]
    height = max(above.bbox[3] - above.bbox[1], 1.0)
    if not (0 <= line.bbox[1] - above.bbox[3] < 0.6 * height and abs(line.bbox[0] - above.bbox[0]) <= 6):
        return None
    if not has_answer(above.text) or _only_answer(above.text):
        return None  # no options beside it, or a line of options only: another question's answer row
    return _answer(page, above, 0)


_LEADING = re.compile(r"^\W{0,3}(ja|nee)\s*[,.;:\u2013\u2014-]", re.IGNORECASE)
"""An answer in words that opens with yes or no: "Nee, zorg is overdag nodig."."""


def _leading_answer(page: Page, question: Line, below: Line) -> Field | None:
    """The answer to a question line ending in "?" given as a sentence under it that
    opens with yes or no ("Is 24 uur per dag zorg of toezicht nodig?" over "Nee, zorg is
    overdag nodig; 's nachts is geen toezicht nodig."), or None."""
    if not question.text.rstrip().endswith("?") or not (m := _LEADING.match(below.text)):
        return None
    return span_hit(page, below, m.start(1), m.end(1)).field(m.group(1).lower() == "ja")


def _cell_under(line: Line, offset: int, below: Line) -> Line | None:
    """The cell of `below` standing under the cell of `line` that holds character
    `offset`: a ruled grid of questions puts each answer under its own question
    ("Reden | Huisbewaarder heeft eigen woning" over "[X] Werk ... | [ ] ja [X] nee")."""
    position, own = 0, None
    for cell in _cells(line):
        position = line.text.find(cell.text, position)
        if position <= offset < position + len(cell.text):
            own = cell
            break
        position += len(cell.text)
    if own is None:
        return None
    x0, x1 = own.bbox[0], own.bbox[2]
    overlaps = [(min(x1, c.bbox[2]) - max(x0, c.bbox[0]), c) for c in _cells(below)]
    overlap, cell = max(overlaps, key=lambda o: o[0], default=(0.0, None))
    return cell if overlap > 0 else None


LOST_MARKS_CONFIDENCE = 0.5
"""The most a lone plain "ja" or "nee" counts for on a page where another question's
circled or struck option was read as junk: the analyst looks."""


def _beside_lost_mark(tokens, i: int) -> bool:
    """Whether option `i` stands beside junk, or across a slash from a word that is no
    option ("je / nee": the hint "ja / nee" misread, so "nee" is no answer)."""
    if any(_lost_mark(tok[2]) for j, tok in enumerate(tokens) if abs(j - i) == 1):
        return True
    for slash, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= other < len(tokens) and 0 <= slash < len(tokens) and tokens[slash][2] == "/" and not _option(tokens[other][2]):
            return True
    return False


def _marks_lost(page: Page) -> bool:
    """Whether some line of the page holds a yes/no option beside junk (`_lost_mark`)."""
    cache = page.__dict__.setdefault("_marks_lost", [])
    if not cache:
        lost = False
        for line in page.lines:
            tokens = [(0, 0, t) for t in _TOKEN.findall(_HINTS.sub(" ", _unrouted(line.text)))]
            if any(_option(t[2]) and _beside_lost_mark(tokens, i) for i, t in enumerate(tokens)):
                lost = True
                break
        cache.append(lost)
    return cache[0]


def _lost_mark(token: str) -> bool:
    """Whether a token beside a lone yes/no option is what OCR made of the other option
    under its circle or strike: a short run that is no lower-case word ("@", "Ged",
    "(ne", "©").

    >>> _lost_mark("@"), _lost_mark("Ged"), _lost_mark("(ne"), _lost_mark("want"), _lost_mark("[X]"), _lost_mark("/"), _lost_mark("?")
    (True, True, True, False, False, False, False)
    >>> _lost_mark("mja"), _lost_mark("onee"), _lost_mark("ja")
    (True, True, False)
    """
    if _option(token) or _CHECKED.match(token) or _BOX.match(token) or re.fullmatch(r"[/*?:.,;!-]+", token):
        return False  # an option, a box, or the question's own punctuation
    if (glued := _BOX_AS_READ.match(token)) and glued.group("answer") and len(glued.group("answer")) < len(token):
        return True  # "mja": the other option with its box glued on, ticked or not
    bare = token.strip(".,;:")
    return len(bare) <= 4 and not (bare.isalpha() and bare.islower())


def _only_answer(text: str) -> bool:
    """Whether a line holds nothing but an answer: options, boxes and the ja/nee hint.

    >>> _only_answer("[X] ja [ ] nee"), _only_answer("Nee"), _only_answer("Minderjarige kinderen | Nee")
    (True, True, False)
    >>> _only_answer("☐ Ja ☒ Nee"), _only_answer("-ja- / nee*")
    (True, True)
    """
    tokens = [t for t in _TOKEN.findall(_HINTS.sub(" ", _unrouted(text))) if t not in "/*"]
    tokens = [t for _, _, t in _boxes_as_read([(0, 0, t) for t in tokens])[0]]
    return bool(tokens) and all(_option(t) or _CHECKED.match(t) or _BOX.match(t) for t in tokens)


def _option(token: str) -> tuple[bool, str] | None:
    """(answer is yes, how it is marked: "plain", "circled" or "struck"), or None.

    >>> _option("Nee,"), _option("(ja)"), _option("-ja-"), _option("j\u0336a\u0336"), _option("jam")
    ((False, 'plain'), (True, 'circled'), (True, 'struck'), (True, 'struck'), None)
    >>> _option("(ia)"), _option("ia")
    ((True, 'circled'), None)
    """
    bare = token.rstrip("*")
    if any(c in _STRIKES for c in bare):
        bare = "".join(c for c in bare if c not in _STRIKES).rstrip("*")  # "n̶e̶e̶*̶": the hint's star struck too
        m = _ANSWER.match(bare) or _STRUCK.match(bare)
        return (next(g for g in m.groups() if g).lower() in _YES, "struck") if m else None
    if m := _ANSWER.match(bare):
        return m.group(1).lower() in _YES, "plain"
    if m := _CIRCLED.match(bare):
        return m.group(1).lower() in (*_YES, "ia"), "circled"
    if m := _STRUCK.match(bare):
        return next(g for g in m.groups() if g).lower() in _YES, "struck"
    return None


def _answer(page: Page, line, offset: int) -> Field | None:
    """The answer on `line` from character `offset`; Field() when it is there but
    unreadable, None when the line holds no answer at all.

    Two options are told apart by a tick before them (or after them, when the boxes
    stand after the options), else by one struck out or one circled; two options
    with nothing to tell them apart are the hint, unanswered.
    """
    text = _HINTS.sub(lambda h: " " * len(h.group(0)), _unrouted(line.text[offset:]))
    tokens = [(m.start() + offset, m.end() + offset, m.group(0)) for m in _TOKEN.finditer(text)]
    tokens, radios = _radio_buttons(tokens)
    tokens, glyphs = (tokens, False) if radios else _boxes_as_read(tokens)
    options = [(i, tok, found) for i, tok in enumerate(tokens) if (found := _option(tok[2]))]
    if not options:
        return None
    if radios or glyphs:
        found = _answer_of(page, line, tokens, options)
        if found is None or found.value is None:
            return found
        return found.model_copy(update={"confidence": min(found.confidence, RADIO_CONFIDENCE if radios else BOX_AS_READ_CONFIDENCE)})
    return _answer_of(page, line, tokens, options)


BOX_AS_READ_CONFIDENCE = 0.7
"""The most an answer counts for when its ticked box was told only by the letter OCR made of
it ("m", "B", "ME" for a filled box beside an empty one read as "o" or "[]"): the analyst looks."""
_EMPTY_AS_READ = rf"\[\s?[lI1]?\]?|[lI1]\]|L[\]J]|[oO0D]|\(\s?\)|[{_EMPTIES}]"
"""An empty box as OCR reads it: "[]", "[", "[l", "[1", "L]", "LJ", "o", "O", "0", "D", "()"."""
_TICK_AS_BOX = rf"\[?[xX×][JjlI1\]]?|[{_TICKS}]"
"""A crossed box whose bracket OCR misread ("[XJ", "X]"): a tick as sure as "[X]"."""
_FILLED_AS_READ = r"[mMBHEWN8]|ME|MM|[©@®#&]"
"""A filled box ("■", "█") as OCR reads its block of ink: a capital or "m", or a sign."""
_BOX_AS_READ = re.compile(rf"^(?:(?P<empty>{_EMPTY_AS_READ})|(?P<tick>{_TICK_AS_BOX})|(?P<filled>{_FILLED_AS_READ}))(?P<answer>{_WORDS})?$", re.IGNORECASE)


def _boxes_as_read(tokens: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], bool]:
    """The tokens with the boxes of a yes/no pair as OCR reads them given as printed ("☐",
    "☒"), and whether a filled box was told by a letter. Only when both answers stand there,
    each right after a box read as such (apart, "o ja", or glued, "oja mnee"), and exactly
    one box reads as ticked or filled and the other as empty: a "B" or an "o" elsewhere is a
    letter. Tokens of a pair it cannot read so come back as they were.

    >>> [t[2] for t in _boxes_as_read([(0, 3, "oja"), (4, 8, "mnee")])[0]], _boxes_as_read([(0, 3, "oja"), (4, 8, "mnee")])[1]
    (['☐', 'ja', '☒', 'nee'], True)
    >>> [t[2] for t in _boxes_as_read([(0, 2, "[]"), (3, 5, "ja"), (6, 9, "[XJ"), (10, 13, "nee")])[0]]
    ['☐', 'ja', '☒', 'nee']
    >>> [t[2] for t in _boxes_as_read([(0, 1, "B"), (2, 4, "ja"), (5, 6, "B"), (7, 10, "nee")])[0]]
    ['B', 'ja', 'B', 'nee']
    >>> [t[2] for t in _boxes_as_read([(0, 3, "[ja"), (4, 7, "[XJ"), (8, 11, "nee")])[0]]
    ['☐', 'ja', '☒', 'nee']
    """
    out: list[tuple[int, int, str]] = []
    boxes: list[tuple[bool, bool]] = []  # per answer: (ticked, told by a letter)
    for index, (start, end, text) in enumerate(tokens):
        m = _BOX_AS_READ.match(text)  # "[ja" too, an option with a rule stuck to it: the pair decides
        following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if m is None or (m.group("answer") is None and _option(following) is None) or (m.group("answer") and len(text) == len(m.group("answer"))):
            out.append((start, end, text))
            continue
        ticked = m.group("empty") is None
        boxes.append((ticked, m.group("filled") is not None))
        cut = start + len(text) - len(m.group("answer") or "")
        out.append((start, cut, "☒" if ticked else "☐"))
        if m.group("answer"):
            out.append((cut, end, m.group("answer")))
    answers = [found[0] for _, _, text in out if (found := _option(text))]
    if len(boxes) != 2 or sorted(answers) != [False, True] or sorted(ticked for ticked, _ in boxes) != [False, True]:
        return tokens, False
    return out, any(ticked and letter for ticked, letter in boxes)


RADIO_CONFIDENCE = 0.79
"""The most an answer counts for when it was told by radio buttons as OCR reads them ("© Ja
O Nee"): a reading of a glyph, not of a box's pixels, so the analyst looks."""
_FILLED_RADIO = re.compile(r"^[(\[]?[©@®][)\]]?$")
"""A radio button with its dot, as OCR reads it: "©", "@", "®", "©)"."""
_EMPTY_RADIO = re.compile(r"^(?:[Oo0Q]|\(\))$")
"""An empty radio button, as OCR reads its ring: "O", "o", "0", "()"."""
_GLUED_RADIO = re.compile(rf"^([©@®]|[Oo0])({_WORDS})$", re.IGNORECASE)


def _radio_buttons(tokens: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], bool]:
    """The tokens with radio buttons as OCR reads them right before an option ("© Ja Onee",
    "©) Ja Nee") given as the glyphs a text layer has ("◉", "○"), and whether there were
    any. Only a ring before an option counts, only when a dot's reading ("©", "@", "®")
    stands before one of them ("O" alone is a letter as often as a ring) and only when both
    answers are there ("@ nee" is a circled "ja" read as "@").

    >>> [t[2] for t in _radio_buttons([(0, 1, "©"), (2, 4, "Ja"), (5, 9, "Onee")])[0]]
    ['◉', 'Ja', '○', 'nee']
    >>> _radio_buttons([(0, 1, "O"), (2, 4, "ja")])[1], _radio_buttons([(0, 4, "Oost")])[1]
    (False, False)
    """
    out: list[tuple[int, int, str]] = []
    filled = False
    for index, (start, end, text) in enumerate(tokens):
        following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if (_FILLED_RADIO.match(text) or _EMPTY_RADIO.match(text)) and _option(following):
            dot = bool(_FILLED_RADIO.match(text))
            filled |= dot
            out.append((start, end, "◉" if dot else "○"))
        elif (glued := _GLUED_RADIO.match(text)) is not None:
            dot = glued.group(1) in "©@®"
            filled |= dot
            out += [(start, start + 1, "◉" if dot else "○"), (start + 1, end, glued.group(2))]
        else:
            out.append((start, end, text))
    answers = {found[0] for _, _, text in out if (found := _option(text))}
    if not filled or answers != {True, False}:
        return tokens, False  # "@ nee": a circled "ja" read as "@", the other answer beside it, no radio button
    return out, True


def _answer_of(page: Page, line, tokens, options) -> Field | None:
    if len(options) == 3 and [o[2] for o in options[:2]] == [(True, "plain"), (False, "plain")] and options[1][0] - options[0][0] <= 2:
        options = options[2:]  # "ja/nee: Nee": the hint, then the answer
    if len(options) > 2 or len({yes for _, _, (yes, _) in options}) < len(options):
        return Field()
    if len(options) == 1:
        i, (start, end, _), (yes, mark) = options[0]
        if mark == "struck":
            return Field()  # "-ja-" alone: the other answer was not printed, or lost
        if _beside_lost_mark(tokens, i):
            return Field()  # "@ nee", "ja Ged": the other option beside it, its circle or strike read as junk
        found = span_hit(page, line, start, end).field(yes)
        if _marks_lost(page):  # this form's marks are lost elsewhere: this lone option may be the unmarked one
            return Field(value=found.value, confidence=min(found.confidence, LOST_MARKS_CONFIDENCE), page=found.page, bbox=found.bbox)
        return found
    if (between := _mark_between(page, line, tokens, options)) is not None:
        return between
    boxed = _ticked(tokens, options)
    if boxed is not None:
        return boxed if isinstance(boxed, Field) else span_hit(page, line, boxed[0], boxed[1]).field(boxed[2])
    marks = {mark for _, _, (_, mark) in options}
    if marks in ({"plain", "struck"}, {"circled", "struck"}, {"plain", "circled"}):
        keep = "circled" if "circled" in marks else "plain"
        i, (start, end, _), (yes, _) = next(o for o in options if o[2][1] == keep)
        return span_hit(page, line, start, end).field(yes)
    return Field()


MARK_BETWEEN_CONFIDENCE = 0.75
"""The most an answer counts for when a tick between two options is given to the nearer."""
_NEARER = 1.8
"""How many times wider the gap to one option than to the other must be to tell them apart."""


def _mark_between(page: Page, line, tokens, options) -> Field | None:
    """The option a lone tick between the two stands against ("ja ✓ nee", the empty box
    not printed as a glyph): the one it stands clearly nearer to, flagged; Field() when
    it stands as near to both; None when the line is not two options with one tick
    between them and no box beside either."""
    if len(options) != 2 or options[1][0] - options[0][0] != 2:
        return None
    first, second = options[0][0], options[1][0]
    if not _CHECKED.match(tokens[first + 1][2]) or any(
        0 <= j < len(tokens) and (_CHECKED.match(tokens[j][2]) or _BOX.match(tokens[j][2])) for j in (first - 1, second + 1)
    ):
        return None
    left, mark, right = (span_hit(page, line, tokens[j][0], tokens[j][1]) for j in (first, first + 1, second))
    to_left, to_right = mark.bbox[0] - left.bbox[2], right.bbox[0] - mark.bbox[2]
    if to_right * _NEARER <= to_left:
        chosen, yes = right, options[1][2][0]
    elif to_left * _NEARER <= to_right:
        chosen, yes = left, options[0][2][0]
    else:
        return Field()
    found = chosen.field(yes)
    return found.model_copy(update={"confidence": min(found.confidence, MARK_BETWEEN_CONFIDENCE)})


def _ticked(tokens, options) -> Field | tuple[int, int, bool] | None:
    """The option whose box is ticked: (start, end, yes); Field() when the boxes are
    there but not exactly one is ticked; None when the options have no boxes."""
    def box(j: int) -> str | None:
        if 0 <= j < len(tokens) and (_CHECKED.match(tokens[j][2]) or (_BOX.match(tokens[j][2]) and tokens[j][2].strip())):
            return tokens[j][2]
        return None

    option_at = {i for i, _, _ in options}
    # boxes before the options, as most forms print them, when the first has one; else
    # after them, when the last has one (OCR may drop an empty box, never both sides' first)
    for side, judged in ((-1, options[0][0]), (1, options[-1][0])):
        if box(judged + side) is None:
            continue
        boxes = [box(i + side) if i + side not in option_at else None for i, _, _ in options]
        ticked = [(o, b) for o, b in zip(options, boxes) if b is not None and _CHECKED.match(b)]
        if len(ticked) != 1:
            return Field()
        (i, (start, end, _), (yes, _)), _ = ticked[0]
        j = i + side
        return min(start, tokens[j][0]), max(end, tokens[j][1]), yes
    return None


_TICK_AS_READ = re.compile(r"^[/\\vV√]$")
"""A pen's tick as OCR reads it ("/", "v"), last on a question's line under a "Ja | Nee" header."""
TICK_AS_READ_CONFIDENCE = 0.7
"""The most an answer read from such a tick counts for: the analyst looks."""


def _column_answer(page: Page, index: int, line, offset: int) -> Field | None:
    """A question answered by one mark in a table whose columns are headed "Ja" and
    "Nee": the mark's column, by its middle; None when the rest of the line is not one
    mark or no such header stands above within eight lines."""
    rest = [m for m in _TOKEN.finditer(line.text[offset:]) if m.group(0) not in "|:"]
    marks = [m for m in rest if _CHECKED.match(m.group(0)) or (m is rest[-1] and _TICK_AS_READ.match(m.group(0)))]
    # the label may go on after what the question matched ("Eigen woning huisbewaarder X")
    if len(marks) != 1 or marks[0] is not rest[-1] or any(_option(m.group(0)) for m in rest):
        return None
    mark = span_hit(page, line, offset + marks[0].start(), offset + marks[0].end())
    if not _CHECKED.match(marks[0].group(0)):
        mark = Hit(text=mark.text, page=mark.page, bbox=mark.bbox, confidence=min(mark.confidence, TICK_AS_READ_CONFIDENCE))
    middle = (mark.bbox[0] + mark.bbox[2]) / 2
    for header in reversed(page.lines[max(0, index - 8) : index]):
        columns = {w.text.strip("|:").lower(): w.bbox for w in header.words if w.text.strip("|:").lower() in ("ja", "nee")}
        if set(columns) != {"ja", "nee"}:
            continue
        distance = {answer: abs((bbox[0] + bbox[2]) / 2 - middle) for answer, bbox in columns.items()}
        answer = min(distance, key=distance.get)
        width = abs((columns["ja"][0] + columns["ja"][2]) / 2 - (columns["nee"][0] + columns["nee"][2]) / 2)
        if distance[answer] > width / 2:
            return Field()  # the mark stands in neither column
        return mark.field(answer == "ja")
    return None


def checked_option(pages: Sequence[Page], options: Sequence[tuple[object, str]]) -> Field | None:
    """Which of a list of check boxes is ticked: `options` pairs a value with a regex
    of the option's text, printed after its box at the start of a line.

    None when the pages hold no such list (fewer than two boxed options found);
    Field() when the list is there but not exactly one box reads as ticked.
    """
    found = []
    for page, _, line in iter_lines(pages):
        for value, pattern in options:
            m = re.search(pattern, line.text, re.IGNORECASE)
            if m and _BOX.match(line.text[: m.start()]):
                box = line.text[: m.start()].replace(" ", "")
                found.append((value, bool(_CHECKED.match(box)), span_hit(page, line, 0, m.end())))
                break
    if len(found) < 2:
        return None
    ticked = [(value, hit) for value, is_ticked, hit in found if is_ticked]
    if len(ticked) != 1:
        return Field()
    value, hit = ticked[0]
    return hit.field(value)


BOX_MARK = re.compile(rf"\[\s*[xX×✓✔]?[lI1]?\s*[\]lI1|]|\(\s*[xX×]?\s*\)|[{_TICKS}{_EMPTIES}]")
"""A box as printed or as OCR reads it, ticked or empty: "[X]", "[ ]", "(x)", "☒", "☐"."""


_LIST_LABEL = re.compile(r"[^\W\d_][^\d:]{0,40}?:?")
"""A short label before a list's first box: words, no digits, at most a colon at its end."""


def boxed_options(pages: Sequence[Page]) -> list[tuple[bool, Hit]]:
    """Every option printed after a box, in reading order: (ticked, the option's text).

    A line counts when it starts with a box, holds two, or holds one after a short label
    ("Reden ☒ Werk of studie elders", the list's other boxes on the lines below); the
    options are the stretches after each box of that line ("☐ Werk ☒ Reis ☐ Zorg" holds
    three). Which list an option belongs to is for the caller to judge, by its words.
    """
    found = []
    for page, _, line in iter_lines(pages):
        text = line.text
        marks = list(BOX_MARK.finditer(text))
        before = text[: marks[0].start()].strip(" |_") if marks else ""
        if not marks or (before and len(marks) < 2 and not _LIST_LABEL.fullmatch(before)):
            continue  # a box starts the line, two stand on it ("Reden: ( ) werk (x) reis"), or a label leads it
        for mark, after in zip(marks, marks[1:] + [None]):
            end = after.start() if after is not None else len(text)
            if not text[mark.end() : end].strip():
                continue
            ticked = bool(_CHECKED.match(mark.group(0).replace(" ", "")))
            hit = span_hit(page, line, mark.start(), end)
            option = text[mark.end() : end].strip(" ]|")
            found.append((ticked, Hit(text=option, page=hit.page, bbox=hit.bbox, confidence=hit.confidence, words=hit.words)))
    return found


def ticked_among(options: Sequence[tuple[bool, Hit, object]]) -> Field | None:
    """The value of the one ticked option among `options` (ticked, hit, value): None
    when fewer than two options are listed (no list), Field() when not exactly one of
    them is ticked."""
    if len(options) < 2:
        return None
    ticked = [(hit, value) for is_ticked, hit, value in options if is_ticked]
    if len(ticked) != 1:
        return Field()
    hit, value = ticked[0]
    return hit.field(value)


_EMPTY_READ = re.compile(rf"^[\[\](){{}}|_0oODLlJI1{_EMPTIES}]{{1,3}}(?:[a-h][.)])?$")
"""What OCR makes of an empty box before an option ("0", "O", "L]", "LJ", "LD", "[]"),
the list's letter glued to it or not ("Lc.")."""
_ENUMERATOR = re.compile(r"^\(?[a-h1-9][.)]$")
"""A list's letter or number before an option ("b.", "c)"): no box."""
_OPTION_START = re.compile(r"^[(\[]?[^\W\d_]{2,}[^:]*$|^\d+$")
"""How an option's text begins: a word ("zorg", "(opname"), or a figure ("16 tot 24 uur")."""
ODD_BOX_CONFIDENCE = 0.7
"""An option told ticked only because its box reads unlike the others': the analyst looks."""
ODD_BOX_OPTIONS = 3
"""Options in a list, at least, for the odd one to tell: of two, either box may be the misread one."""
ODD_BOX_WORDS = 10
"""Words an option's text holds at most: a longer stretch is a sentence, not an option."""


def odd_box_out(pages: Sequence[Page], value_of: Callable[[str], object]) -> Field | None:
    """The option ticked in a scanned list whose boxes OCR read as text: its empty boxes
    as junk of one kind ("0", "L]", "LJ", "[]"), its ticked box, dense with ink, dropped
    or read as something else ("B"). Of three or more options (`value_of` gives an
    option's value, None for text that is no option), the one and only one whose box
    does not read as empty, when all the others' do. At most `ODD_BOX_CONFIDENCE`: an
    empty box can be lost too. None when the pages were not read by OCR, no such list
    stands, or its boxes do not single one out (a box read as ticked is
    `boxed_options`' to read).

    An option is a line's text from its start, or from an empty box's reading, to the
    next such reading ("tijdelijk werk 0 zorg 0 reis" holds three), of at most
    `ODD_BOX_WORDS` words; the odd one must stand among the list's lines, on its page.
    """
    options: list[tuple[bool, Hit, object, int]] = []
    for page, index, line in iter_lines(pages):
        if not page.ocr:
            continue
        words = line.words
        cuts = [0] + [i for i, w in enumerate(words) if i and _EMPTY_READ.match(w.text)]
        for n, start in enumerate(cuts):
            end = cuts[n + 1] if n + 1 < len(cuts) else len(words)
            first = start
            while first < end and (_EMPTY_READ.match(words[first].text) or _ENUMERATOR.match(words[first].text) or not _OPTION_START.match(words[first].text)):
                first += 1  # the box's reading, a list's letter, junk
            if first >= end or end - first > ODD_BOX_WORDS or is_label(words[first].text):
                continue
            text = " ".join(w.text for w in words[first:end])
            if (value := value_of(text)) is None:
                continue
            before = [w.text for w in words[start:first] if not _ENUMERATOR.match(w.text)]
            if any(_CHECKED.match(t) for t in before):
                return None  # a box read as ticked: `boxed_options` reads that list
            empty = len(before) == 1 and bool(_EMPTY_READ.match(before[0]))
            chosen = words[start:end]
            hit = Hit(text=text, page=page.number, bbox=union_bbox(w.bbox for w in chosen),
                      confidence=min(w.confidence for w in chosen), words=tuple(chosen))
            options.append((empty, hit, value, index))
    if len(options) < ODD_BOX_OPTIONS:
        return None
    odd = [o for o in options if not o[0]]
    if len(odd) != 1 or len({o[1].page for o in options}) != 1:
        return None
    lines = [o[3] for o in options if o[0]]
    _, hit, value, index = odd[0]
    if not min(lines) - 1 <= index <= max(lines) + 1:
        return None  # a mention elsewhere on the page, not an option of the list
    found = hit.field(value)
    return found.model_copy(update={"confidence": min(found.confidence, ODD_BOX_CONFIDENCE)})


_ANSWER_WORDS = re.compile(rf"\(?\bja\s*/\s*nee\b\)?\*?|[{_TICKS}{_EMPTIES}]|\[\s*[xX×]?\s*\]|\(\s*[xX×]?\s*\)|\b(?:ja|nee)\b[.,:;]?|\byes\W{{1,4}}no\b", re.IGNORECASE)


def without_answers(text: str) -> str:
    """`text` with its yes/no options, boxes and the ja/nee hint blanked (offsets hold):
    the question a form's line asks, to be judged by its words.

    >>> without_answers("Onderhuur eindigt bij einde hoofdhuur: [X] ja [ ] nee").split()
    ['Onderhuur', 'eindigt', 'bij', 'einde', 'hoofdhuur:']
    """
    return _ANSWER_WORDS.sub(lambda m: " " * len(m.group(0)), text)


def has_answer(text: str) -> bool:
    """Whether `text` holds a yes/no option: a form's line, no sentence of prose. English
    options count as a pair only ("Yes / N̶o̶"): "no" alone is a word of English prose.

    >>> has_answer("Eigen woning: ja"), has_answer("Own home? Yes / N\u0336o\u0336"), has_answer("There is no need.")
    (True, True, False)
    """
    text = "".join(c for c in text if c not in _STRIKES)
    return bool(re.search(r"\b(?:ja|nee)\b|\byes\W{1,4}no\b|\bno\W{1,4}yes\b", text, re.IGNORECASE))


def without_answer_lines(text: str) -> str:
    """`text` with every line that holds a yes/no option blanked (offsets hold): the prose
    left when a form's answered question ran into the sentence under it."""
    return "\n".join(" " * len(line) if has_answer(line) else line for line in text.split("\n"))


def answered(pages: Sequence[Page], is_question) -> Field | None:
    """The answer to the first line that `is_question` (judged without its answers)
    and that is answered yes or no, on its line or the one under it, as `read_yes_no`
    reads it: Field() when the answer is unreadable; None when no such line is answered."""
    for page, index, line in iter_lines(pages):
        below = page.lines[index + 1] if index + 1 < len(page.lines) else None
        leading = _leading_answer(page, line, below) if below is not None else None
        if not has_answer(line.text) and not (below is not None and _only_answer(below.text)) and leading is None:
            continue
        if not is_question(without_answers(line.text)):
            continue
        answer = _answer(page, line, 0)
        if answer is None and below is not None and _only_answer(below.text):
            answer = _answer(page, below, 0)
        if answer is None:
            answer = leading
        if answer is not None:
            return answer
    return None
