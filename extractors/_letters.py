"""Letters the main model cannot write: Tesseract's `nld` model has no "Ç", "ı", "ş" or
"ğ" in its character set: it reads "Çelik" as "Gelik" or "Celik" and "Yılmaz" as
"Yilmaz", with high confidence, and tenants' names hold these letters often.
Capitalised words that could hide one are read a second time, cut out of the page and
stacked in one strip, by a model that has them (`Limits.second_language`, `tur`). Its
reading replaces the first only where the two differ in exactly those letters, each
where the first model read its look-alike, and the second model is sure of the word;
elsewhere the first reading stands (the second model knows no Dutch words).
"""

from __future__ import annotations

import functools
import re

from ._lazy import module

Image = module("PIL.Image")

from woondossier.model import Word

from . import _engine

_LOOK_ALIKES = {"Ç": "CG", "ç": "c", "ı": "i1", "Ş": "S", "ş": "s", "Ğ": "G", "ğ": "g"}  # "Y1lmaz" too
_MAY_HIDE = re.compile(r"^[A-Z][a-zà-ÿ'1-]*[.,;:]?$")
_HIDING_PLACES = re.compile(r"[CGSigcs1]")
# Spelled as no Turkish word or name is: letters Turkish lacks, Dutch digraphs (vowel
# pairs break Turkish vowel harmony; "aa" is left out: Arabic loans such as "Maaş" keep it).
_NOT_TURKISH = re.compile(r"[qwxQWX]|ij|ie|oe|ui|ee|oo|uu|eu|ou|ei|ch", re.IGNORECASE)
_SURE = 0.8  # the second model's word confidence needed to change a letter
_MAX_REREAD = 120  # words per page: a full page of prose has about this many capitalised words


def reread_hidden_letters(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str | None, timeout_s: float) -> list[Word]:
    """`words` with the letters of `_LOOK_ALIKES` put back where `language`'s model saw them
    (None: as they are)."""
    if not language or not _has_language(language):
        return words
    candidates = [i for i, w in enumerate(words) if _may_hide_a_letter(w.text)]
    if not candidates:
        return words
    heights = sorted(words[i].bbox[3] - words[i].bbox[1] for i in candidates)
    usual = heights[len(heights) // 2] * 2  # a box taller than this holds a rule or a scribble too
    candidates = [i for i in candidates if words[i].bbox[3] - words[i].bbox[1] <= usual][:_MAX_REREAD]
    strip, slots = _word_strip(image, [words[i] for i in candidates], dpi)
    read = _engine.read_words(strip, dpi, name, number, language, 4, timeout_s)
    seen: list[list[Word]] = [[] for _ in candidates]
    for word in read:
        middle = (word.bbox[1] + word.bbox[3]) / 2
        for slot, (top, bottom) in enumerate(slots):
            if top <= middle < bottom:
                seen[slot].append(word)
    words = list(words)
    for slot, index in enumerate(candidates):
        # the one word of the slot that is this word with hidden letters: a crop's margin
        # may catch a neighbour ("Gelik" boxed over the "en" after it)
        second = [w for w in seen[slot] if w.confidence >= _SURE and only_hidden_letters_differ(words[index].text, w.text)]
        if len(second) == 1:
            words[index] = words[index].model_copy(update={"text": second[0].text})
    return words


def _may_hide_a_letter(text: str) -> bool:
    """Whether a word as `nld` read it may be a Turkish word or name with a letter it lacks.

    >>> [_may_hide_a_letter(w) for w in ("Gelik", "Yilmaz", "Aydin.", "Maas", "Dogan")]
    [True, True, True, True, True]
    >>> [_may_hide_a_letter(w) for w in ("Vries", "Bouwbedrijf", "Afschrift", "Kuipers", "Groot", "Ahmed", "gemeente")]
    [False, False, False, False, False, False, False]
    """
    return bool(_MAY_HIDE.match(text) and _HIDING_PLACES.search(text) and not _NOT_TURKISH.search(text))


def only_hidden_letters_differ(first: str, second: str) -> bool:
    """Whether `second` is `first` with look-alikes replaced by letters `nld` cannot write.

    >>> only_hidden_letters_differ("Gelik", "Çelik"), only_hidden_letters_differ("Yilmaz.", "Yılmaz.")
    (True, True)
    >>> only_hidden_letters_differ("Gelik", "Gelik"), only_hidden_letters_differ("Geluk", "Çelik")
    (False, False)
    >>> only_hidden_letters_differ("Vries", "Vrles"), only_hidden_letters_differ("Celik", "Çelik,")
    (False, False)
    """
    if len(first) != len(second) or first == second:
        return False
    return all(a == b or (b in _LOOK_ALIKES and a in _LOOK_ALIKES[b]) for a, b in zip(first, second))


def _word_strip(image: Image.Image, words: list[Word], dpi: int) -> tuple[Image.Image, list[tuple[float, float]]]:
    """The words cut out of the page and set one under the other on white, and each
    word's vertical slot in the strip, in points as Tesseract's boxes will be."""
    scale = dpi / 72.0
    crops = []
    for word in words:
        x0, top, x1, bottom = (v * scale for v in word.bbox)
        pad = max(4.0, (bottom - top) * 0.25)
        crops.append(image.crop((round(x0 - pad), round(top - pad), round(x1 + pad), round(bottom + pad))))
    gap = round(dpi / 20)  # white between the words: about 4 points
    strip = Image.new("L", (max(c.width for c in crops) + 2 * gap, sum(c.height + gap for c in crops) + gap), 255)
    slots, y = [], gap
    for crop in crops:
        strip.paste(crop, (gap, y))
        slots.append(((y - gap / 2) / scale, (y + crop.height + gap / 2) / scale))
        y += crop.height + gap
    return strip, slots


@functools.cache
def _has_language(language: str) -> bool:
    return _engine.engine().has_language(language)
