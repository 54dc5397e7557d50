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
from collections.abc import Sequence

from extractors._locate import Hit, flow, iter_lines, span_hit
from extractors.values import DATE_PATTERN, parse_date
from woondossier.model import Field, Page

_CHECKED = re.compile(r"^[\[(|{lI1]{0,2}[xX×][\])|}lI1]{0,2}$")
"""A ticked box as printed "[X]" and as OCR returns it ("[x]", "(X]", "|X|", "X", "[Xl]":
the box's side read as a letter beside its bracket)."""
_BOX = re.compile(r"^[\s\[\](){}|lI1xX×_]{0,6}$")
"""What may stand before an option's text: its box, ticked or not, or nothing (OCR
often drops an empty box)."""
_ANSWER = re.compile(r"^[|\[\](){}_]?(ja|nee)[.,:;|_]?$", re.IGNORECASE)  # "|Ja", "ja_": a cell's rule or a speck stuck to it
_HINTS = re.compile(
    r"\(?\s*doorhalen\s+wat\s+niet\s+van\s+toepassing\s+is\s*\)?|\(?\bja\s*/\s*nee\b\)?\*?",
    re.IGNORECASE,
)


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
        for next_line in page.lines[index + 1 : index + 1 + below]:
            if label_re.search(next_line.text):
                break
            if m := date_re.search(next_line.text):
                if re.search(r"[^\W_]", next_line.text[: m.start()]):
                    break  # "Einddatum | 11 september 2027": another label's date, never this one's
                return span_hit(page, next_line, m.start(), m.end())
    return None


def read_yes_no(pages: Sequence[Page], question: str, *, below: int = 1) -> Field:
    """The answer to a yes/no `question` (a regex of its label) as True/False, or None.

    Reads the rest of the question's line, or the line under it when that is empty:
    "[ ] ja [X] nee" counts the ticked option, a bare "nee" / "Nee" is the answer,
    and the "ja / nee (doorhalen ...)" hint printed next to a question is ignored.
    """
    question_re = re.compile(question, re.IGNORECASE)
    for page, index, line in iter_lines(pages):
        m = question_re.search(line.text)
        if not m:
            continue
        answer = _answer(page, line, m.end())
        if answer is not None:
            return answer
        for next_line in page.lines[index + 1 : index + 1 + below]:
            if not _only_answer(next_line.text):
                break  # the next question's line: its answer is not this one's
            answer = _answer(page, next_line, 0)
            if answer is not None:
                return answer
        return Field()
    return Field()


def _only_answer(text: str) -> bool:
    """Whether a line holds nothing but an answer: options, boxes and the ja/nee hint.

    >>> _only_answer("[X] ja [ ] nee"), _only_answer("Nee"), _only_answer("Minderjarige kinderen | Nee")
    (True, True, False)
    """
    tokens = _HINTS.sub(" ", text).split()
    return bool(tokens) and all(_ANSWER.match(t) or _CHECKED.match(t) or _BOX.match(t) for t in tokens)


def _answer(page: Page, line, offset: int) -> Field | None:
    """The answer on `line` from character `offset`; Field() when it is there but
    unreadable, None when the line holds no answer at all."""
    text = _HINTS.sub(lambda h: " " * len(h.group(0)), line.text[offset:])
    tokens = [(m.start() + offset, m.end() + offset, m.group(0)) for m in re.finditer(r"\S+", text)]
    options = [(i, tok) for i, tok in enumerate(tokens) if _ANSWER.match(tok[2])]
    if not options:
        return None
    if len(options) == 1:
        start, end, word = options[0][1]
        hit = span_hit(page, line, start, end)
        return hit.field(_ANSWER.match(word).group(1).lower() == "ja")
    ticked = [(i, tok) for i, tok in options if i > 0 and _CHECKED.match(tokens[i - 1][2])]
    if len(ticked) != 1:
        return Field()
    i, (start, end, word) = ticked[0]
    hit = span_hit(page, line, tokens[i - 1][0], end)
    return hit.field(_ANSWER.match(word).group(1).lower() == "ja")


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
