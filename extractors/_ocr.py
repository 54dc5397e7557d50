"""OCR of one page image: orientation, skew, the readings, and which one is kept.

One reading per page in the usual case: a speckled page is cleared of its specks
(`_speckle`), the skew is measured and corrected, and a page
whose ink says it lies sideways or upside down (`_geometry.likely_turn`) is turned
before it is read. Only when that reading is poor does more work follow, cheapest first:

1. a second opinion on the orientation: the engine's own detection (Tesseract's OSD,
   `--psm 0`), then the page read turned that way; failing that, turned the other way
   round, and across when it reads as text standing on end (each turn deskewed anew);
2. when no turn reads well, the image as it was given (EXIF applied, its own light,
   no deskew, no crop: what bare `tesseract` reads), at the dpi it declares when it
   declares a sensible one;
3. when that is poor too, the best so far binarised locally (Sauvola, Tesseract's own)
   instead of with one threshold for the page: print-scan noise over grey ink;
4. when a speckled page cleared of its specks still reads poorly, the page smoothed
   by a median filter (every speck gone, among the letters too) right after the
   local threshold of the first reading, and at the end the page with its specks, as it came;
5. when the reading left out lines of text the page shows (`_lines_left_out`: Tesseract's
   layout analysis drops rows of small, light type as if they were a picture, at a
   confidence that looks fine), the page read as one block of text (`--psm 6`), kept
   only when it is well read itself; and, when most lines are still left out, the image
   as given (step 2) if it was not read yet, kept when it reads more.

The best reading wins (`_merit`): a legible page never ends as "no text" because a
correction of ours went wrong. Capitalised words that may hide a letter the Dutch
model cannot write are then read once more (`_letters`). On a noisy scan the short words read
under 0.3 that are noise are left out (`_noise`).

Each reading carries its transform from the file's pixels (`Raster.matrix` and the
turn and deskew added here), so the page's `Geometry` says where every box lies.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace

from ._lazy import module

np = module("numpy")
Image = module("PIL.Image")

from woondossier.errors import OcrError
from woondossier.model import Page, Word

from . import _boxes, _digits, _engine, _geometry, _noise, _rings, _speckle
from ._letters import reread_hidden_letters

_POOR_READING = 0.60  # mean word confidence below which orientation is checked
_FEW_WORDS = 5  # a page with ink but fewer words than this read upright may be a sparse page fed sideways
_SURE_ORIENTATION = 1.5  # OSD's confidence from which its turn is tried first
_SAUVOLA = 2  # Tesseract's thresholding_method for local (Sauvola) binarisation
_AUTO, _ONE_BLOCK = 3, 6  # Tesseract's page segmentation modes: its own layout analysis; one uniform block of text
_CLEARLY_MORE = 2  # times the well-read characters a smoothed reading must hold to replace the cleared one
_LINES_READ = 0.8  # of the page's lines of type that hold a word read, below which lines were left out
_MOST_LEFT_OUT = 0.5  # of the page's lines of type left out, above which the image as given is read too
"""(A reading that left out a few lines keeps its own: read as given, a GP's letter whose logo
and signature were left out read "24 vur per dag" where the corrected image read "24 uur".)"""


@dataclass(frozen=True)
class Raster:
    """A page as pixels, ready for OCR, and how they came from the file."""

    image: Image.Image  # greyscale
    dpi: int  # the resolution the page's points are counted at
    matrix: np.ndarray  # the file's source (pixels or points) -> `image`'s pixels
    source: str  # "pixels" or "points" (see `woondossier.model.Geometry`)
    source_size: tuple[float, float]
    as_given: Raster | None = None  # the same page before our corrections of light and sheet
    told_dpi: int | None = None  # the dpi to tell the engine when it differs from `dpi` (a photo's declared 72)


@dataclass(frozen=True)
class _Reading:
    image: Image.Image  # as read: turned upright and deskewed
    words: list[Word]
    rotation: int  # degrees clockwise the page was turned
    matrix: np.ndarray  # the file's source -> `image`'s pixels
    raster: Raster


def ocr_page(raster: Raster, name: str, number: int, limits) -> Page:
    """The page of `raster` read (see the module's docstring)."""
    speckled = None
    clear = _speckle.cleared(raster.image, raster.dpi)
    if clear is not None:
        speckled, raster = raster, replace(raster, image=clear)
    image = raster.image
    small = _geometry.thumbnail(image)
    skew = _geometry.skew(small)
    first = _geometry.likely_turn(small.rotate(skew, fillcolor=255) if skew else small)  # a slanted margin is no margin
    # A half turn keeps the slant of the lines, a quarter turn does not: measured again then.
    best = _reading(raster, first, name, number, limits, skew if first in (0, 180) else None)
    further = _Further(limits)  # the readings tried for a better one share one time bound
    ink = _geometry.ink_share(small)
    thresholding, local_tried = 0, False
    if speckled is not None and not _well_read(best) and ink >= _geometry.SPECKS:
        # speckled paper read poorly: a global threshold keeps the specks that survived the
        # clearing, and Tesseract's layout analysis of a field of specks is slow (13-25 s a
        # reading of a 150 dpi print-scan, for nothing) where Sauvola's local threshold
        # reads the letters in a second or two. So it is tried first, and the turns after
        # it are read the way that read better.
        local = further.read(best.raster, best.rotation, name, number, thresholding=_SAUVOLA)
        local_tried = True
        if _better(local, best):
            best, thresholding = local, _SAUVOLA
    if speckled is not None and not _well_read(best):
        # specks as thick between the letters as around them survive the clearing (faint type
        # under a photocopy's grain): the page smoothed, every speck erased, read locally; the
        # turns after it are read from it when it reads better. Whatever the ink: faint type
        # on a thumbnail is below the share that stands for a page with something on it
        smooth = replace(speckled, image=_speckle.smoothed(speckled.image, speckled.dpi))
        again = further.read(smooth, best.rotation, name, number, thresholding=_SAUVOLA)
        # kept only when clearly better: smoothing also blurs a digit's or letter's detail
        # ("18" read "16"), so a page the clearing read fairly keeps that reading
        if _better(again, best) and (_well_read(again) or _well_read_chars(again.words) >= _CLEARLY_MORE * _well_read_chars(best.words)):
            best, raster, thresholding = again, smooth, _SAUVOLA
    if not _well_read(best) and ink >= _geometry.SPECKS:
        for rotation in _other_turns(best, first):
            again = further.read(raster, rotation % 360, name, number, thresholding=thresholding)
            if _better(again, best):
                best = again
            if _well_read(best):
                break
    # next to nothing read is worth one more reading whatever the ink: a 10 pt letter photographed
    # whole covers less of the frame than specks would, and read as given it is legible
    given_tried = False
    if raster.as_given is not None and not _well_read(best) and (ink >= _geometry.SPECKS or len(best.words) < _FEW_WORDS):
        given, given_tried = further.read(raster.as_given, 0, name, number, skew=0.0), True
        if _better(given, best):
            best = given
    if not local_tried and not _well_read(best) and ink >= _geometry.SPECKS:
        # paper dirtier than the ink is dark (a print-scan's noise, a grey toner): one global
        # threshold keeps the dirt or loses the ink, Sauvola's local one keeps the letters
        local = further.read(best.raster, best.rotation, name, number, thresholding=_SAUVOLA)
        if _better(local, best):
            best = local
    if speckled is not None and not _well_read(best):
        again = further.read(speckled, best.rotation, name, number, thresholding=thresholding)
        if _better(again, best):
            best = again
    lines, left_out = _lines_of_type(best)
    if _many_left_out(lines, left_out):
        block = further.read(best.raster, best.rotation, name, number, thresholding=thresholding, psm=_ONE_BLOCK)
        # well read itself, or it is not taken: a noisy page read as one block gives thousands
        # of junk "words", some of them at 0.6 and more (a steunpunt table at 150 dpi: 4,355
        # words at a mean of 0.21 beat 17 words at 0.42 on well-read characters)
        if block is not None and _well_read(block) and _merit(block) > _merit(best):
            best = block
            lines, left_out = _lines_of_type(best)
    if raster.as_given is not None and not given_tried and len(lines) >= _FEW_WORDS and len(left_out) > _MOST_LEFT_OUT * len(lines):
        # a few lines read well and most of the page left out: our light and sheet
        # corrections may have cost the rest (a photo's shadow evened out over a textured
        # desk read two lines of a statement that bare Tesseract reads whole), so the
        # image as given is read too and kept when it reads more
        given = further.read(raster.as_given, 0, name, number, skew=0.0)
        if _better(given, best):
            best = given
            lines, left_out = _lines_of_type(best)
    if _well_read(best):
        # the lines left out, pale type's among them (a web page's grey captions) when they are few
        _, pale = _lines_of_type(best, pale=True)
        margin, height = best.raster.dpi * _PRINT_MARGIN, best.image.height  # a scanner's edge of the sheet is no line of type
        pale = [(top, bottom) for top, bottom in pale if top >= margin and bottom <= height - margin and not any(top < b and bottom > t for t, b in left_out)]
        strips = sorted(left_out + pale)
        best = replace(best, words=best.words + further.lines_left_out(best, name, number, thresholding, strips if len(strips) <= _LINES_REREAD else left_out))
    words = reread_hidden_letters(best.image, best.words, best.raster.dpi, name, number, limits.second_language, limits.ocr_timeout_s)
    words = _digits.reread_numbers(best.image, words, best.raster.dpi, name, number, limits.language, limits.ocr_timeout_s)
    words = struck_through(best.image, words, best.raster.dpi)
    words = _rings.circled_words(best.image, words, best.raster.dpi, name, number, limits.language, limits.ocr_timeout_s)
    words = _boxes.marked_boxes(best.image, words, best.raster.dpi, name, number, limits.language, limits.ocr_timeout_s)
    words = _noise.without_noise(words)
    scale = 72.0 / best.raster.dpi
    return Page(
        file=name,
        number=number,
        width=best.image.width * scale,
        height=best.image.height * scale,
        words=tuple(words),
        ocr=True,
        rotation=best.rotation,
        geometry=_geometry.as_geometry(_geometry.scale(scale) @ best.matrix, raster.source, *raster.source_size, best.raster.dpi),
    )


_LEAST_FURTHER = 5.0
"""Seconds left of the further readings' bound below which none is begun."""


class _Further:
    """The readings of a page tried after its first for a better one (another threshold,
    turn or layout). They share one time bound, `Limits.ocr_timeout_s` in all, and one the
    engine gives up on (its bound reached) is no reading: the page keeps the one it has. A
    speckled photocopy whose first reading took a minute was lost whole when its last try,
    on the uncleared pixels, ran past two minutes under load."""

    def __init__(self, limits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.ocr_timeout_s

    def read(self, raster: Raster, rotation: int, name: str, number: int, **how) -> _Reading | None:
        left = self.deadline - time.monotonic()
        if left < _LEAST_FURTHER:
            return None
        try:
            return _reading(raster, rotation, name, number, replace(self.limits, ocr_timeout_s=left), **how)
        except OcrError:
            return None


    def lines_left_out(self, reading: _Reading, name: str, number: int, thresholding: int,
                       left_out: list[tuple[int, int]] | None = None) -> list[Word]:
        """The words of the lines of type a well-read page's reading left out, each line
        read on its own: Tesseract's layout analysis may drop one line of a framed box
        ("Ten name van  Bashar Ammar Al-Masri" between two lines it read) that it reads
        in a strip of the page. A line is taken only when read well itself (a mean of
        `_POOR_READING`), so a signature or a picture's edge adds no words, and of it only
        the words read at `_BAND_WORD` or more; at most
        `_LINES_REREAD` lines, the few a reading drops (many say the block reading's case).
        `left_out`: `_lines_of_type(reading)`'s, when the caller has them already."""
        if left_out is None:
            _, left_out = _lines_of_type(reading)
        if not left_out or len(left_out) > _LINES_REREAD:
            return []
        image, dpi = reading.image, reading.raster.dpi
        told = reading.raster.told_dpi or dpi
        added: list[Word] = []
        for index, (top, bottom) in enumerate(left_out):
            if self.deadline - time.monotonic() < _LEAST_FURTHER:
                break
            margin = (bottom - top) // 2 + 2
            upper, lower = max(0, top - margin), min(image.height, bottom + margin)
            try:
                words = _engine.read_words(image.crop((0, upper, image.width, lower)), told, name, number, self.limits.language,
                                           _ONE_BLOCK, self.deadline - time.monotonic(), thresholding)  # fmt: skip
            except OcrError:
                continue
            ratio, offset = told / dpi, upper * 72.0 / dpi
            first, last = top * 72.0 / dpi, bottom * 72.0 / dpi  # the engine boxes a strip's words its whole height
            words = [w.model_copy(update={"bbox": (w.bbox[0] * ratio, max(first, w.bbox[1] * ratio + offset),
                                                   w.bbox[2] * ratio, min(last, w.bbox[3] * ratio + offset)),
                                          "line": _BAND_LINES + index})
                     for w in words]  # fmt: skip
            words = [w for w in words if not any(_overlap(w.bbox, o.bbox) for o in reading.words)]
            if len([w for w in words if len(w.text) >= 2]) and _mean_confidence(words) >= _POOR_READING:
                added.extend(w for w in words if w.confidence >= _BAND_WORD)
        return added


_LINES_REREAD = 6
"""Lines of type left out of a well-read page, at most, that are read again one by one."""
_BAND_WORD = 0.5
"""A word of a line read on its own counts from this confidence: the strip adds what it reads
well ("Es" at 0.28 where a form's box holds a name written in a light hand is left out)."""
_BAND_LINES = 900_000_000
"""The engine's line numbers of the lines read one by one: past any of a page's own (block × 10⁶)."""


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _better(candidate: _Reading | None, best: _Reading) -> bool:
    return candidate is not None and _merit(candidate) > _merit(best)


_STRIKE_BAND = (0.3, 0.75)  # of a word's height: where a strike runs (an underline is at its foot)
_STRIKE_WIDTH = 0.85  # of a word's width, at least, a strike's row is dark over
_STRIKE_PIXELS = 12  # a word's height, in pixels, below which its letters blur into bars (a photo at 100 dpi)
_BESIDE_STRIKE = 0.6  # of a word's width, at most, the rows just above and under a strike are dark over
_STRIKE_LETTERS = 3  # characters a word must have for a strike through it to be told from its letters' bars
_STRIKE_THICKNESS = 0.3  # of a word's height, at most, a strike is thick (a word's own ink is thicker)
_INKED_ROW = 0.05  # of a word's width, at least, a row of its box is dark over to hold the word's ink


def struck_through(image: Image.Image, words: list[Word], dpi: int) -> list[Word]:
    """The words with those struck through given as a text layer gives them, each letter
    followed by Unicode's combining long stroke ("j̶a̶", `_pdf.STRIKE`): a scanned form's
    "ja / nee" with one struck out, a contract printed with a deleted clause struck through.
    A word is struck when, in the middle of its height (`_STRIKE_BAND`), a thin band of
    rows (`_STRIKE_THICKNESS`) is dark over nearly its whole width (`_STRIKE_WIDTH`): no
    letter's own stroke runs unbroken from the word's first letter to its last. The two
    options OCR reads as one word ("ja/nee") are told apart, each over its share of the word.

    >>> import numpy as np
    >>> page = np.full((40, 200), 255, np.uint8)
    >>> page[10:30, 20:24] = page[10:30, 40:44] = page[10:30, 60:64] = 0  # three letters' stems
    >>> page[10:30, 120:124] = page[10:30, 140:144] = page[10:30, 160:164] = 0
    >>> page[19:21, 118:166] = 0  # a strike through the second word
    >>> box = lambda x0, x1: Word(text="nee", bbox=(x0 * 0.24, 10 * 0.24, x1 * 0.24, 30 * 0.24), confidence=0.9)
    >>> [w.text for w in struck_through(Image.fromarray(page), [box(18, 66), box(118, 166)], 300)]
    ['nee', 'n̶e̶e̶']
    """
    from ._pdf import STRIKE

    pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
    scale = dpi / 72.0
    marked = []
    for word in words:
        if STRIKE in word.text:
            marked.append(word)
            continue
        parts = _option_parts(word)
        texts = [_struck(text) if _is_struck(pixels, [round(v * scale) for v in box], _STRUCK_MISREAD.get(text.lower(), text)) else text
                 for text, box in parts]
        text = "/".join(texts)
        marked.append(word if text == word.text else word.model_copy(update={"text": text}))
    return marked


_STRUCK_MISREAD = {"ne": "no"}
"""An option as OCR reads it struck through: the stroke across the o of "No" makes an e."""


def _struck(text: str) -> str:
    """`text` struck through as a text layer writes it, an option OCR misread by its strike
    given its own letters ("Ne" → "N̶o̶")."""
    from ._pdf import STRIKE

    if (option := _STRUCK_MISREAD.get(text.lower())) is not None:
        text = option.capitalize() if text[0].isupper() else option
    return "".join(ch + STRIKE for ch in text)


_OPTION_PAIR = re.compile(r"^(ja|nee|yes|no)/(ja|nee|yes|no)$", re.IGNORECASE)
_OPTIONS = ("ja", "nee", "yes", "no")
_SHORT_OPTIONS = ("ja", "no")
"""Answers of two letters: a strike through them is told though their letters are few (neither
has a bar of its own across the word, as "4" or "H" has)."""


def _option_parts(word: Word) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The word as (text, box) parts: the two options of "ja/nee" read as one word, each with
    its share of the word's width by its letters; any other word whole.

    >>> [(t, round(b[0]), round(b[2])) for t, b in _option_parts(Word(text="ja/nee", bbox=(0, 0, 60, 10), confidence=0.9))]
    [('ja', 0, 20), ('nee', 30, 60)]
    """
    m = _OPTION_PAIR.match(word.text)
    if m is None:
        return [(word.text, word.bbox)]
    x0, top, x1, bottom = word.bbox
    unit = (x1 - x0) / len(word.text)
    first = len(m.group(1))
    return [(m.group(1), (x0, top, x0 + first * unit, bottom)), (m.group(2), (x0 + (first + 1) * unit, top, x1, bottom))]


def _is_struck(pixels: np.ndarray, box: list[int], text: str) -> bool:
    """Whether a strike runs through the word `text` whose pixels `box` holds (see `struck_through`)."""
    x0, y0, x1, y1 = box
    crop = pixels[max(0, y0) : y1, max(0, x0) : x1]
    if len(text) < _STRIKE_LETTERS and text.lower() not in _SHORT_OPTIONS:
        return False  # a glyph's own bar runs across it ("4", "H", "€"): a strike is told only on a word of some length
    wide = 0.8 if text.lower() in _OPTIONS else 1.5  # an answer is told however short ("ja" is about as wide as it is tall)
    if crop.shape[0] < _STRIKE_PIXELS or crop.shape[1] < wide * crop.shape[0] or int(crop.max()) - int(crop.min()) < 60:
        return False
    dark = crop < (int(crop.max()) + int(crop.min())) / 2
    if dark.mean() > 0.5:
        dark = ~dark  # light letters on a dark band (a letterhead's bar): the ink is what is fewer
    inked = np.flatnonzero(dark.mean(axis=1) >= _INKED_ROW)
    if not len(inked) or inked.max() - inked.min() + 1 < _STRIKE_PIXELS:
        return False  # the letters themselves too small to tell a strike from their bars, however tall OCR's box around them
    dark = dark[inked.min() : inked.max() + 1]  # the word's own rows: its box may hold the line's spacing too
    height = dark.shape[0]
    rows = dark[int(_STRIKE_BAND[0] * height) : int(_STRIKE_BAND[1] * height) + 1].mean(axis=1)
    full = np.flatnonzero(rows >= _STRIKE_WIDTH)
    if not len(full) or full.max() - full.min() >= len(full) + 1:
        return False
    # a line, not letters blurred into one another: thin, and the rows beside it far lighter;
    # a scan's blur spreads the line over the rows next to it (0.7, 1.0, 0.74), which count as its own
    # (a row at most on each side: a bold word's letters are dark over many rows running)
    top, bottom = int(full.min()), int(full.max())
    if top > 0 and rows[top - 1] >= _BESIDE_STRIKE:
        top -= 1
    if bottom + 1 < len(rows) and rows[bottom + 1] >= _BESIDE_STRIKE:
        bottom += 1
    if (top > 0 and rows[top - 1] >= _BESIDE_STRIKE) or (bottom + 1 < len(rows) and rows[bottom + 1] >= _BESIDE_STRIKE):
        return False
    spread = top < full.min() or bottom > full.max()
    if spread and (top == 0 or bottom + 1 == len(rows)):
        return False  # a blur must end in lighter rows on both sides: a "4"'s bar over a "4"'s foot is no strike
    return bottom - top + 1 <= max(2, _STRIKE_THICKNESS * height)


def _other_turns(best: _Reading, first: int) -> list[int]:
    """The turns to try after a poor reading at `first`: the engine's own opinion first
    when it has a clear one, then the other way round, then across when the reading
    stands on end or is too sparse to be a page."""
    if sideways(best.words):
        turns = [first + 270, first + 90, first + 180]
    elif len(best.words) < _FEW_WORDS:
        turns = [first + 180, first + 90, first + 270]
    else:
        turns = [first + 180]
    opinion = _engine.engine().orientation(best.image, best.raster.dpi)
    if opinion is not None and opinion[0] and opinion[1] >= _SURE_ORIENTATION:
        turns = [first + opinion[0]] + [t for t in turns if t % 360 != (first + opinion[0]) % 360]
    return [t % 360 for t in turns]


def _reading(raster: Raster, rotation: int, name: str, number: int, limits, skew: float | None = None, thresholding: int = 0, psm: int = _AUTO) -> _Reading:
    """The page read turned `rotation` degrees clockwise (a lossless quarter turn), then
    deskewed by `skew` degrees (None: measured on the turned page): one resampling of
    the page, whichever way it came in."""
    image = raster.image
    turned = image.rotate(-rotation, expand=True) if rotation else image
    upright, angle = _geometry.deskew(turned, skew)
    matrix = _geometry.rotation_about_centre(angle, turned.width, turned.height) @ _geometry.quarter_turn(rotation, image.width, image.height) @ raster.matrix
    told = raster.told_dpi or raster.dpi
    words = _engine.read_words(upright, told, name, number, limits.language, psm, limits.ocr_timeout_s, thresholding)
    if told != raster.dpi:  # boxes in points at the page's own dpi, as every other reading's
        ratio = told / raster.dpi
        words = [w.model_copy(update={"bbox": tuple(v * ratio for v in w.bbox)}) for w in words]
    return _Reading(upright, words, rotation, matrix, raster)


def _well_read(reading: _Reading) -> bool:
    words = reading.words
    return _mean_confidence(words) >= _POOR_READING and not sideways(words) and len(words) >= _FEW_WORDS


def _lines_left_out(reading: _Reading) -> bool:
    """Whether the page shows lines of type the reading holds no word of: rows where
    three or more marks of a letter's size (by the words read: a third to one and a half
    times their height) stand side by side, against the rows a word read at 0.5 or more
    covers. Specks, rules and pictures are no letters' size and count for nothing."""
    return _many_left_out(*_lines_of_type(reading))


def _many_left_out(lines: list[tuple[int, int]], left_out: list[tuple[int, int]]) -> bool:
    return len(lines) >= _FEW_WORDS and len(left_out) > (1 - _LINES_READ) * len(lines)


def _lines_of_type(reading: _Reading, pale: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The rows of the reading's image (top, bottom, in its pixels) where a line of type
    stands (see `_lines_left_out`), and those of them no word read at 0.5 or more covers.
    `pale`: type is told from the paper around it (a local threshold, `_PALE_CONTRAST` grey
    levels darker than its neighbourhood) instead of by one threshold for the page: a web
    page's small grey captions ("Werkgever" over "Hogeschool Zuidwest") are paler than
    the page's threshold, and the engine's own reading loses them with it."""
    import cv2  # here, not at the top: a text-layer PDF never pays OpenCV's import (~0.15 s)

    pixels = np.asarray(reading.image)
    shrink = 2 if reading.raster.dpi >= 200 else 1  # letters stay letters at half the size, at a quarter of the cost
    if shrink > 1:
        pixels = cv2.resize(pixels, None, fx=1 / shrink, fy=1 / shrink, interpolation=cv2.INTER_AREA)
    scale = reading.raster.dpi / 72.0 / shrink
    read = [w for w in reading.words if len(w.text) >= 2 and w.confidence >= 0.5]
    heights = [(w.bbox[3] - w.bbox[1]) * scale for w in read if len(w.text) >= 3]
    if not heights:
        return [], []  # nothing read well enough to say what a letter's size is: the other steps' case
    height = float(np.median(heights))
    if pale:
        block = 2 * max(int(2 * height), 3) + 1  # a neighbourhood of about four letters' height
        ink = cv2.adaptiveThreshold(pixels, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, _PALE_CONTRAST)
    else:
        _, ink = cv2.threshold(pixels, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tops, tall, wide = stats[1:, cv2.CC_STAT_TOP], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = (tall >= 0.3 * height) & (tall <= 1.5 * height) & (wide <= 3 * height)
    marks = np.zeros(ink.shape[0] + 1, np.int32)
    np.add.at(marks, tops[letters], 1)
    np.add.at(marks, tops[letters] + tall[letters], -1)
    lines = _runs(np.cumsum(marks)[:-1] >= 3, least=0.4 * height)
    left_out = [(top, bottom) for top, bottom in lines if not any(w.bbox[1] * scale < bottom and w.bbox[3] * scale > top for w in read)]
    return [(top * shrink, bottom * shrink) for top, bottom in lines], [(top * shrink, bottom * shrink) for top, bottom in left_out]


_PRINT_MARGIN = 0.25
"""Inches at the top and bottom of a page where no printer sets type: pale marks there are the sheet's edge."""
_PALE_CONTRAST = 12
"""Grey levels a pixel must be darker than the mean of its neighbourhood to be pale type's ink."""


def _runs(rows: np.ndarray, least: float) -> list[tuple[int, int]]:
    """The runs of true rows at least `least` long, as (first, one past the last)."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a >= least]


def sideways(words: list[Word]) -> bool:
    """Whether most words stand upright on end: a page fed sideways, which Tesseract
    reads as vertical text with a confidence that looks fine."""
    long = [w for w in words if len(w.text) >= 4]
    tall = sum(1 for w in long if (w.bbox[3] - w.bbox[1]) > (w.bbox[2] - w.bbox[0]))
    return bool(long) and tall >= 0.5 * len(long)


def _mean_confidence(words: list[Word]) -> float:
    """Mean confidence of words of two or more characters (specks don't count)."""
    real = [w.confidence for w in words if len(w.text) >= 2]
    return sum(real) / len(real) if real else 0.0


def _merit(reading: _Reading) -> tuple[bool, int]:
    """How good a reading is: a well-read page first, then more well-read characters.
    Tesseract reads a page lying on its side as vertical text just as well, boxes
    standing on end: the same characters, but only the upright reading is well read."""
    return _well_read(reading), _well_read_chars(reading.words)


def _well_read_chars(words: list[Word]) -> int:
    return sum(len(w.text) for w in words if w.confidence >= 0.6 and len(w.text) >= 2)
