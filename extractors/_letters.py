"""Letters the main model cannot write: Tesseract's `nld` model has no "Ç", "ı", "ş" or
"ğ", nor "ł", "ą", "ę", "ś", "ż" or "ń", in its character set: it reads "Çelik" as "Gelik",
"Yılmaz" as "Yilmaz", "Wiśniewska" as "Wisniewska" and "Małgorzata" as "Matgorzata", with
high confidence, and tenants' names hold these letters often. Capitalised words that could
hide one are read a second time, cut out of the page and stacked in one strip, by a model
that has them (`Limits.second_language`: "tur+pol", each model in turn, with its own
`Script`). Its reading replaces the first only where the two differ in exactly those
letters, each where the first model read its look-alike, and the second model is sure of
the word; elsewhere the first reading stands (the second model knows no Dutch words).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._lazy import module

Image = module("PIL.Image")

from woondossier.model import Word

from . import _engine


@dataclass(frozen=True)
class Script:
    """What a second model can put back: each letter the main model lacks with the
    letters it reads instead (`look_alikes`), and which words may be of this language
    (`may_hide`, a regex a word must match, `not_this`, spellings the language never has)."""

    look_alikes: dict[str, str]
    may_hide: re.Pattern[str]
    not_this: re.Pattern[str]

    def may_hide_a_letter(self, text: str) -> bool:
        return bool(_CAPITALISED.match(text) and self.may_hide.search(text) and not self.not_this.search(text))


_CAPITALISED = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'1-]*[.,;:]?$")
SCRIPTS = {
    "tur": Script(
        look_alikes={"Ç": "CG", "ç": "c", "ı": "i1", "Ş": "S", "ş": "s", "Ğ": "G", "ğ": "g"},  # "Y1lmaz" too
        may_hide=re.compile(r"[CGSigcs1]"),
        # Spelled as no Turkish word or name is: letters Turkish lacks, Dutch digraphs (vowel
        # pairs break Turkish vowel harmony; "aa" is left out: Arabic loans such as "Maaş" keep it).
        not_this=re.compile(r"[qwxQWX]|ij|ie|oe|ui|ee|oo|uu|eu|ou|ei|ch", re.IGNORECASE),
    ),
    "pol": Script(
        look_alikes={"ł": "lt1I|i", "Ł": "L", "ą": "a", "ę": "e", "ś": "s", "Ś": "S", "ź": "z", "ż": "z",
                     "Ź": "Z", "Ż": "Z", "ń": "n", "ć": "c", "Ć": "C"},
        # Spelled as Polish names are and Dutch words seldom: "sz", "cz", "rz", "dz", "-ski",
        # "-ska", "-cki", "-wicz" (a word without any of these is not re-read: "Paweł" stays "Pawel")
        may_hide=re.compile(r"sz|cz|rz|dz|[sc]k[ai]\b|wicz", re.IGNORECASE),
        # Dutch digraphs and letters Polish never writes; a Dutch compound's "-zaken", "-zorg",
        # "-zitter" after an "r" or "s" ("Burgerzaken", "Publiekszaken", "Voorzitter")
        not_this=re.compile(r"[qvxQVX]|ij|oe|ui|ee|oo|uu|eu|ou|aa|[rs]z(?:ak|org|it|am|ek|ie|et|ond|end|uid|ag)", re.IGNORECASE),
    ),
}
"""The second models and the letters each puts back; a language not listed re-reads nothing."""

_SURE = 0.8  # the second model's word confidence needed to change a letter
_MAX_REREAD = 120  # words per page: a full page of prose has about this many capitalised words


def reread_hidden_letters(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str | None, timeout_s: float) -> list[Word]:
    """`words` with the letters of each second model's `Script` put back where that
    model saw them; `language` names the models, "+" between them ("tur+pol"; None: none)."""
    for each in (language or "").split("+"):
        # a model is asked for (and loaded) only for a page with words that may be of its language
        if each in SCRIPTS and any(SCRIPTS[each].may_hide_a_letter(w.text) for w in words) and _has_language(each):
            words = _reread(image, words, dpi, name, number, each, SCRIPTS[each], timeout_s)
    return words


def _reread(image: Image.Image, words: list[Word], dpi: int, name: str, number: int, language: str, script: Script, timeout_s: float) -> list[Word]:
    candidates = _candidates(words, script)
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
        second = [w for w in seen[slot] if w.confidence >= _SURE and only_hidden_letters_differ(words[index].text, w.text, script.look_alikes)]
        if len(second) == 1:
            words[index] = words[index].model_copy(update={"text": second[0].text})
        elif len(seen[slot]) == 1 and _another_word_with_hidden_letters(words[index].text, seen[slot][0], script):
            # "Cagr" where the second model surely reads "Çağrı": letters were lost, not only
            # changed; the first reading stands, flagged
            words[index] = words[index].model_copy(update={"confidence": min(words[index].confidence, LOST_LETTERS_CONFIDENCE)})
    return words


def _candidates(words: list[Word], script: Script) -> list[int]:
    """The words that may hide a letter of `script`, and the capitalised words beside them on
    their line: a given name is of the surname's language ("Paweł Kozłowska" read "Pawet
    Kozłowska": the given name alone shows no Polish spelling).

    >>> w = lambda text, line=1: Word(text=text, bbox=(0, 0, 1, 1), confidence=0.9, line=line)
    >>> _candidates([w("Pawet"), w("Kozlowska"), w("verleent"), w("Jan", 2)], SCRIPTS["pol"])
    [0, 1]
    >>> _candidates([w("Pawel"), w("de"), w("Vries")], SCRIPTS["pol"])
    []
    >>> _candidates([w("Kemal"), w("Mustafa"), w("Yildirim")], SCRIPTS["tur"])
    [1, 2]
    """
    hiding = {i for i, w in enumerate(words) if script.may_hide_a_letter(w.text)}
    read_as = set("".join(script.look_alikes.values()))  # what the main model reads the script's letters as
    beside = {
        j
        for i in hiding
        for j in (i - 1, i + 1)
        if 0 <= j < len(words) and j not in hiding and words[j].line == words[i].line
        and _CAPITALISED.match(words[j].text) and not script.not_this.search(words[j].text)
        and read_as.intersection(words[j].text)  # "Kemal" beside "Yildirim" can hide no Turkish letter
    }
    return sorted(hiding | beside)


LOST_LETTERS_CONFIDENCE = 0.5
"""The most a word counts for when the second model surely reads it as another word that
holds letters the main model lacks ("Cagr" for "Çağrı": "ğ" and "ı" lost, not read as
look-alikes)."""


def _another_word_with_hidden_letters(first: str, second: Word, script: Script) -> bool:
    """Whether `second` (the second model's reading of the word, sure of it) holds a
    letter of `script` the main model lacks and is another spelling than `first`.

    >>> w = lambda text: Word(text=text, bbox=(0, 0, 1, 1), confidence=0.9)
    >>> _another_word_with_hidden_letters("Cagr", w("Çağrı"), SCRIPTS["tur"]), _another_word_with_hidden_letters("Cagr", w("Cagri"), SCRIPTS["tur"])
    (True, False)
    """
    return (second.confidence >= _SURE and second.text != first and any(c in script.look_alikes for c in second.text)
            and not only_hidden_letters_differ(first, second.text, script.look_alikes))


def _may_hide_a_letter(text: str, language: str = "tur") -> bool:
    """Whether a word as `nld` read it may be a word or name of `language` with a letter
    `nld` lacks.

    >>> [_may_hide_a_letter(w) for w in ("Gelik", "Yilmaz", "Aydin.", "Maas", "Dogan")]
    [True, True, True, True, True]
    >>> [_may_hide_a_letter(w) for w in ("Vries", "Bouwbedrijf", "Afschrift", "Kuipers", "Groot", "Ahmed", "gemeente")]
    [False, False, False, False, False, False, False]
    >>> [_may_hide_a_letter(w, "pol") for w in ("Wisniewska", "Matgorzata", "Dabrowski", "Lukasz", "Grzegorz,")]
    [True, True, True, True, True]
    >>> [_may_hide_a_letter(w, "pol") for w in ("Vries", "Schouten", "Kerkstraat", "Pawel", "Rotterdam", "Bijlsma", "Uitzendbureau")]
    [False, False, False, False, False, False, False]
    >>> [_may_hide_a_letter(w, "pol") for w in ("Burgerzaken", "Publiekszaken", "Voorzitter", "Verzorging", "Jerzy", "Brzezinski")]
    [False, False, False, False, True, True]
    """
    return SCRIPTS[language].may_hide_a_letter(text)


def only_hidden_letters_differ(first: str, second: str, look_alikes: dict[str, str] | None = None) -> bool:
    """Whether `second` is `first` with look-alikes replaced by letters `nld` cannot
    write (`look_alikes`: one script's; all scripts' when None).

    >>> only_hidden_letters_differ("Gelik", "Çelik"), only_hidden_letters_differ("Yilmaz.", "Yılmaz.")
    (True, True)
    >>> only_hidden_letters_differ("Gelik", "Gelik"), only_hidden_letters_differ("Geluk", "Çelik")
    (False, False)
    >>> only_hidden_letters_differ("Vries", "Vrles"), only_hidden_letters_differ("Celik", "Çelik,")
    (False, False)
    >>> only_hidden_letters_differ("Matgorzata", "Małgorzata"), only_hidden_letters_differ("Wisniewska", "Wiśniewska")
    (True, True)
    >>> only_hidden_letters_differ("Dabrowski", "Dąbrowski", SCRIPTS["tur"].look_alikes), only_hidden_letters_differ("Molen", "Mołen", SCRIPTS["pol"].look_alikes)
    (False, True)
    """
    if look_alikes is None:
        look_alikes = {letter: reads for script in SCRIPTS.values() for letter, reads in script.look_alikes.items()}
    if len(first) != len(second) or first == second:
        return False
    return all(a == b or (b in look_alikes and a in look_alikes[b]) for a, b in zip(first, second))


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
