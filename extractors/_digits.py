"""A citizen service number misread by one digit, read again from its pixels.

A BSN carries its own check (the elfproef): a run of digits OCR read where nine were
printed, but one of them misread ("375 333 300" for 375333800), one doubled by a rule or
a speck ("3074230493" for 307423049) or one lost, fails it, and the extraction rightly
leaves the value unread. Such a run is cut out of the page and read again on its own, digits
only, in a few ways (enlarged or not, as a line or as a word: Tesseract reads no one way every
print right). What it read again replaces the first reading only when a reading is a valid
BSN that differs from the first by one digit (one changed, added or lost) and no reading
gives another such number; two readings that agree count for `REREAD_CONFIDENCE`, one alone
is shown for review. The check makes one slip in nine digits show, and a valid number one
slip from what was read is what was printed unless the readings made the same second slip.

What is left alone (a repair of OCR output leaves correctly printed text unchanged:
tests/extractors/test_digits_property.py):
- a run that is a valid BSN already, and any run that is not nine digits give or take one
  (a date, an amount, a postcode, a phone number of ten digits that starts "0");
- a run whose second reading is not a valid BSN, or is one more than one digit away.
"""

from __future__ import annotations

import re

from woondossier.model import Word

from . import _engine
from ._lazy import module

Image = module("PIL.Image")

_RUN_WORD = re.compile(r"^[\W_]{0,2}(\d[\d.]*)[\W_]{0,2}$")  # a group of digits, a rule or a stop beside it
_DATE_WORD = re.compile(r"^\W{0,2}\d{1,2}[.]\d{1,2}[.]\d{2,4}\W{0,2}$")  # "04.04.2026": a date, whatever its digits
_BSN_WORD = re.compile(r"(?i)^\W{0,2}(?:bsn|burger\s?service\w*|sofi\w*|persoonsnummer|citizen)\W{0,2}$")
"""A word that says a page holds BSNs: the label or a column's heading ("Sofinummer" on an
older statement; "Citizen service number" on an English one)."""
_MAX_RUNS = 12  # per page: a BRP extract's residents, each with a number
REREAD_CONFIDENCE = 0.9
"""The most a number put right by its readings again counts for: two of them agree, they and
the first reading agree on all but one digit, and the check vouches for the one they differ in."""
_ONE_READING = 0.7
"""The most it counts for when one reading again gave it and the others none: shown for review."""
_GAP = 1.5  # of a line's height, at most, between two groups of one number ("375 333 300")


def reread_numbers(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str, timeout_s: float) -> list[Word]:
    """`words` with each run of digits that `_misread_bsn` finds replaced by the valid BSN
    one digit away that it reads as again (`_read_again`); the others as they were."""
    if not any(_BSN_WORD.match(w.text) for w in words):
        return words  # a page that speaks of no BSN: its numbers are others
    runs = _runs(words)[:_MAX_RUNS]
    if not runs:
        return words
    replaced: dict[int, Word] = {}
    dropped: set[int] = set()
    for run in runs:
        first = "".join(re.sub(r"\D", "", words[i].text) for i in run)
        read = _read_again(image, [words[i] for i in run], dpi, name, number, language, timeout_s, first)
        if read is not None:
            digits, confidence = read
            x0 = min(words[i].bbox[0] for i in run)
            top = min(words[i].bbox[1] for i in run)
            x1 = max(words[i].bbox[2] for i in run)
            bottom = max(words[i].bbox[3] for i in run)
            replaced[run[0]] = words[run[0]].model_copy(
                update={"text": digits, "bbox": (x0, top, x1, bottom), "confidence": confidence}
            )
            dropped.update(run[1:])
    if not replaced:
        return words
    return [replaced.get(i, word) for i, word in enumerate(words) if i not in dropped]


def _runs(words: list[Word]) -> list[list[int]]:
    """The indices of each run of digit groups on one line (one word, or groups a space apart
    as "375 333 300" prints them) that `_misread_bsn` holds for a BSN read with one slip."""
    runs: list[list[int]] = []
    i = 0
    while i < len(words):
        if not _RUN_WORD.match(words[i].text) or _DATE_WORD.match(words[i].text):
            i += 1
            continue
        run = [i]
        height = max(words[i].bbox[3] - words[i].bbox[1], 1.0)
        while (
            run[-1] + 1 < len(words)
            and _RUN_WORD.match(words[run[-1] + 1].text)
            and not _DATE_WORD.match(words[run[-1] + 1].text)
            and words[run[-1] + 1].line == words[i].line
            and 0 <= words[run[-1] + 1].bbox[0] - words[run[-1]].bbox[2] <= _GAP * height
            and len(run) < 4
        ):
            run.append(run[-1] + 1)
        digits = "".join(re.sub(r"\D", "", words[j].text) for j in run)
        if _misread_bsn(digits):
            runs.append(run)
        elif len(run) > 1 and _misread_bsn(re.sub(r"\D", "", words[i].text)):
            runs.append([i])  # a number and the next column's figure: the number alone
        i = run[-1] + 1
    return runs


def _misread_bsn(digits: str) -> bool:
    """Whether a run of digits may be a BSN with one digit misread or added: nine or ten
    digits, not a valid BSN as read, and no telephone number ("0" then nine digits). Eight
    digits are left: an application's, a client's or a chamber of commerce number has them.

    >>> _misread_bsn("375333300"), _misread_bsn("3074230493"), _misread_bsn("64500510")
    (True, True, False)
    >>> _misread_bsn("375333800"), _misread_bsn("0612345678"), _misread_bsn("2026"), _misread_bsn("12345678901")
    (False, False, False, False)
    """
    if not 9 <= len(digits) <= 10:
        return False
    if len(digits) == 10 and digits.startswith("0"):
        return False
    return not (len(digits) == 9 and _valid(digits))


def _valid(digits: str) -> bool:
    from extractors.values import is_valid_bsn

    return len(digits) == 9 and is_valid_bsn(digits)


def _one_slip(first: str, second: str) -> bool:
    """Whether `second` is `first` with one digit changed, added or lost.

    >>> _one_slip("375333300", "375333800"), _one_slip("3074230493", "307423049"), _one_slip("37533380", "375333800")
    (True, True, True)
    >>> _one_slip("375333300", "375338800"), _one_slip("375333800", "375333800"), _one_slip("30742304933", "307423049")
    (False, False, False)
    """
    if first == second:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second)) == 1
    shorter, longer = sorted((first, second), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


_READINGS = ((2, 7), (3, 7), (1, 8), (2, 8), (3, 8), (1, 7))
"""(enlargement, Tesseract's page segmentation: 7 one line, 8 one word) of each reading of a
run, digits only: no one of them reads every print right ("375333800" read "3775333800" as
one line at 300 dpi, right as one word or enlarged)."""
_AGREE = 2  # readings that give the same valid number before the rest are spared


def _read_again(image: Image.Image, run: list[Word], dpi: int, name: str, number: int, language: str, timeout_s: float, first: str) -> tuple[str, float] | None:
    """The valid BSN one slip from `first` that the run's box, cut out on white, reads as
    in `_READINGS`, digits only, and how sure that is (two readings that agree, or one; the
    engine's own confidence says nothing of a reading restricted to digits: it gives 0);
    None when no reading gives one, or two readings give two different ones."""
    scale = dpi / 72.0
    x0 = min(w.bbox[0] for w in run) * scale
    top = min(w.bbox[1] for w in run) * scale
    x1 = max(w.bbox[2] for w in run) * scale
    bottom = max(w.bbox[3] for w in run) * scale
    pad = round(max(4.0, (bottom - top) * 0.4))
    crop = image.convert("L").crop((round(x0) - 1, round(top) - 1, round(x1) + 1, round(bottom) + 1))
    canvas = Image.new("L", (crop.width + 2 * pad, crop.height + 2 * pad), 255)
    canvas.paste(crop, (pad, pad))
    found: dict[str, int] = {}  # each valid number one slip away: how many readings gave it
    same = 0  # readings that read what the first did
    for zoom, psm in _READINGS:
        enlarged = canvas if zoom == 1 else canvas.resize((canvas.width * zoom, canvas.height * zoom), Image.LANCZOS)
        read = _engine.read_words(enlarged, dpi * zoom, name, number, language, psm, timeout_s, characters="0123456789")
        digits = "".join(w.text for w in read)
        if digits.isdigit() and _valid(digits) and _one_slip(first, digits):
            found[digits] = found.get(digits, 0) + 1
        same += digits == first
        if len(found) > 1 or same >= _AGREE:
            return None  # two numbers, each one slip away, or the first reading read again: the pixels do not tell
        if any(count >= _AGREE for count in found.values()):
            break
    if not found:
        return None
    ((digits, count),) = found.items()
    return digits, REREAD_CONFIDENCE if count >= _AGREE else _ONE_READING
