"""Noise read as words on a noisy scan, left out of the page's reading.

A photocopy's toner bands, a fax's streaks or a print-scan's grain lying over the lines
of type are read by Tesseract as runs of short "words" ("Pi BSM ## ES, 146947216 RE. ES",
"Postcode HE EME. f 8 | kik |"), at confidences under 0.3 where the page's own words
stand at 0.9. They come between a label and its value and double a page's characters.

On a page where at least `NOISY_SHARE` of the words were read under `NOISE_CONFIDENCE`,
such a word is left out when it is short: fewer than `KEPT_LETTERS` letters and no
digit. What is kept whatever its confidence:

- every word read at `NOISE_CONFIDENCE` or more, and every word of a page with less
  noise than that: a correctly printed page (read at 0.9) keeps its reading exactly
  (tests/extractors/test_noise_property.py);
- every word with a digit: a value, and the numbers the review application's black-out
  looks for (`_redact.bsn_boxes` finds a BSN in any run of numberish words);
- a word of four letters or more, read however poorly ("Sihds", "WoÓhplaats"): a
  label's or a name's that fuzzy matching still knows;
- a BSN label ("BSN", "Burgerservicenummer"): the black-out covers the number after it;
- a word a value is made of: a month ("nov."), a name's particle ("van", "'t"), an answer
  ("ja", "nee", "yes", "no"); a date read "29[0.96] nov.[0.05] 2020[0.96]" keeps its month.

Measured on the studied splits' 226 scanned and photographed pages (reading against the
born-digital twin, `bench.reading`'s measures): the 18 noisy pages' character error rate
falls on every one of them (e.g. a municipal letter 2.15 to 0.90); word recall over all
pages 0.9441 before, 0.9436 after.
"""

from __future__ import annotations

import re
from functools import cache

from woondossier.model import Word

NOISE_CONFIDENCE = 0.3
"""Below this a word may be noise (the page's own type is read at 0.8 and more)."""
NOISY_SHARE = 0.3
"""Of a page's words read below `NOISE_CONFIDENCE`, the share from which it is noisy.
(On the studied pages those at 0.26 and under read worse with their low words left out,
those at 0.32 and over better.)"""
KEPT_LETTERS = 4
_BSN_LABEL = re.compile(r"(?i)burgerservice|^bsn|^sofi")


def without_noise(words: list[Word]) -> list[Word]:
    """`words` without the short, poorly read ones when the page is noisy (see the module).

    >>> w = lambda text, c: Word(text=text, bbox=(0, 0, 1, 1), confidence=c)
    >>> page = [w("BSN", 0.96), w("Tet", 0.19), w("t", 0.0), w("116912805:", 0.21), w("Sihds.", 0.43), w("UE", 0.07)]
    >>> [x.text for x in without_noise(page)]
    ['BSN', '116912805:', 'Sihds.']
    >>> [x.text for x in without_noise([w("29", 0.96), w("nov.", 0.05), w("2020", 0.96), w("ae", 0.1), w("van", 0.2), w("LE", 0.1)])]
    ['29', 'nov.', '2020', 'van']
    >>> clean = [w("Datum", 0.96), w("23", 0.96), w("okt.", 0.95), w("ja", 0.1)]
    >>> without_noise(clean) == clean
    True
    """
    low = sum(1 for word in words if word.confidence < NOISE_CONFIDENCE)
    if not words or low < NOISY_SHARE * len(words):
        return words
    return [word for word in words if not _noise(word)]


def _noise(word: Word) -> bool:
    """A word poorly read, short, with no digit: what noise is read as."""
    if word.confidence >= NOISE_CONFIDENCE or any(ch.isdigit() for ch in word.text):
        return False
    if sum(ch.isalpha() for ch in word.text) >= KEPT_LETTERS or _BSN_LABEL.search(word.text):
        return False
    text = word.text.strip(".,:;()")
    words, particle = _value_words()
    return not (re.fullmatch(words, text, re.IGNORECASE) or re.fullmatch(particle, text))


@cache
def _value_words() -> tuple[str, str]:
    """Words a value is made of, whatever their confidence: a month or an answer in any case,
    and a name's particle written small as inside a name ("van", "'t"; noise reads "LE", "EL")."""
    from extractors import lexicon, values  # the vocabulary, loaded only when a noisy page is met

    months = "|".join(sorted(values.MONTHS, key=len, reverse=True))
    return f"(?:{months}|ja|nee|yes|no)", lexicon.particle_regex()
