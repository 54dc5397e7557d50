"""Where a page's reading holds a BSN, for the review application's black-out.

Extraction keeps only the BSNs it accepted as fields; the black-out must cover every
number an analyst could read as one before revealing it. So every run of nine digits in
the page's reading that passes the elfproef is found here, whatever the confidence of
its words, also when OCR split it ("1234 56 782", "123.456.782") or read a digit as its
look-alike letter ("l23456782"); and after a BSN label ("Burgerservicenummer", "BSN")
any number of 7 to 11 digits, elfproef or not: OCR adds or drops a digit (a sample
scan's "173083338" read "1730838338"). A page read too poorly to know is `read_failed`: the
review application blurs it until the analyst reveals it.
"""

from __future__ import annotations

import re

from stdnum.nl import bsn as stdnum_bsn

from woondossier.model import BBox, Page, Sheet, Word, union_bbox

_LOOK_ALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "q": "9", "g": "9"})
_NUMBERISH = re.compile(r"^[\W_]*[\dOoDIl|iSsBZzGqg.\-\u2013:/]*\d[\dOoDIl|iSsBZzGqg.\-\u2013:/]*[\W_]*$")
_NINE = re.compile(r"(?<!\d)\d{9}(?!\d)")
_LABEL = re.compile(r"(?i)burgerservice|^bsn|^sofi")
_NEAR_LABEL = range(7, 12)  # digits of a number after a BSN label, blacked out valid or not: OCR drops or adds a digit
_FAILED_WORDS = 10  # an OCR'd page with fewer words read at `_FAILED_CONFIDENCE` than this is a failed reading
_FAILED_CONFIDENCE = 0.5


def sheet(page: Page) -> Sheet:
    """What the review application needs to show `page`: geometry, BSN boxes, failure."""
    return Sheet(page=page.number, geometry=page.geometry, width=page.width, height=page.height, bsn_boxes=tuple(bsn_boxes(page)), read_failed=read_failed(page))


def read_failed(page: Page) -> bool:
    """Whether an OCR'd page was read too poorly to trust the black-out to have found its numbers."""
    if not page.ocr:
        return False
    return sum(1 for w in page.words if w.confidence >= _FAILED_CONFIDENCE and len(w.text) >= 2) < _FAILED_WORDS


def bsn_boxes(page: Page) -> list[BBox]:
    """The boxes of every elfproef-valid nine-digit run in the page's reading.

    >>> w = lambda text, x: Word(text=text, bbox=(x, 10.0, x + 20, 20.0), confidence=0.3, line=1)
    >>> page = Page(file="a.pdf", number=1, width=595, height=842, ocr=True,
    ...             words=(w("BSN:", 0), w("1112", 30), w("22.333", 60), w("geboren", 90), w("l11222333", 120)))
    >>> bsn_boxes(page)
    [(30.0, 10.0, 80.0, 20.0), (120.0, 10.0, 140.0, 20.0)]
    >>> bsn_boxes(page.model_copy(update={"words": (w("Burgerservicenummer", 0), w("1730838338", 30))}))
    [(30.0, 10.0, 50.0, 20.0)]
    """
    boxes: list[BBox] = []
    for line in page.lines:
        words = list(line.words)
        digits = [_digits(w.text) if _NUMBERISH.match(w.text) else "" for w in words]
        boxes += _after_label(words, digits)
        for start in range(len(words)):
            if not digits[start]:
                continue
            run = ""
            for end in range(start, len(words)):
                if not digits[end]:
                    break
                run += digits[end]
                if len(run) > 9:
                    break
                if len(run) == 9 and stdnum_bsn.is_valid(run):
                    boxes.append(union_bbox(w.bbox for w in words[start : end + 1]))
                    break
        for word in words:  # a number inside a word: "BSN:111222333"
            normal = word.text.translate(_LOOK_ALIKES) if _NUMBERISH.match(word.text) else word.text
            if any(stdnum_bsn.is_valid(m.group()) for m in _NINE.finditer(normal)):
                boxes.append(word.bbox)
    return list(dict.fromkeys(boxes))  # each box once


def _after_label(words: list[Word], digits: list[str]) -> list[BBox]:
    """The number right after a BSN label on a line, whatever OCR made of its digits."""
    boxes = []
    for i, word in enumerate(words[:-1]):
        if not _LABEL.search(word.text):
            continue
        end = i + 1
        while end < len(words) and digits[end]:
            end += 1
        if end > i + 1 and len("".join(digits[i + 1 : end])) in _NEAR_LABEL:
            boxes.append(union_bbox(w.bbox for w in words[i + 1 : end]))
    return boxes


def _digits(text: str) -> str:
    return "".join(ch for ch in text.translate(_LOOK_ALIKES) if ch.isdigit())


