"""The OCR engine behind one small interface (as OCRmyPDF's `OcrEngine`), so that the
reading's orchestration (`extractors._ocr`) does not care which engine reads and a test
can swap it (`use_engine`).

The engine in use is Tesseract in this process (`extractors._tesseract`), bounded by
slots: at most `ocr_slots()` readings at once (woondossier.resources), whoever asks (`share_slots` lets the
reader children of `extractors.sandbox` share one semaphore across processes).
"""

from __future__ import annotations

import re

import threading
from typing import Protocol

from ._lazy import module

Image = module("PIL.Image")

from woondossier.errors import OcrError
from woondossier.model import Word
from woondossier.resources import ocr_slots

from . import _tesseract


class OcrEngine(Protocol):
    """What the reading needs of an OCR engine. Boxes in points (pixels × 72 / `dpi`)."""

    def words(self, image: Image.Image, dpi: int, language: str, psm: int, timeout_s: float, thresholding: int = 0, characters: str = "") -> list[Word]:
        """Every word on the greyscale `image` with its box, confidence and line; `thresholding`
        as Tesseract's `thresholding_method` (0 Otsu, 2 Sauvola), for an engine that has one;
        `characters`: the only characters to read (a number's digits), "" for all."""

    def orientation(self, image: Image.Image, dpi: int) -> tuple[int, float] | None:
        """Degrees clockwise that turn `image` upright and the engine's confidence, or None."""

    def has_language(self, language: str) -> bool:
        """Whether `language`'s model is installed."""


class EngineFailed(RuntimeError):
    """The engine could not read the image (a message for the clerk)."""


class EngineUnavailable(EngineFailed):
    """The engine or a model it needs is not installed."""


class TesseractEngine:
    """libtesseract through its C API; the words are those of `tesseract IMG - tsv`."""

    def words(self, image: Image.Image, dpi: int, language: str, psm: int, timeout_s: float, thresholding: int = 0, characters: str = "") -> list[Word]:
        with _slots():
            try:
                table = _tesseract.tsv(image, language, dpi, psm, timeout_s, thresholding, characters)
            except _tesseract.TesseractUnavailable as exc:
                raise EngineUnavailable(f"Tesseract is not installed ({exc}): apt-get install tesseract-ocr tesseract-ocr-nld") from exc
            except _tesseract.TesseractFailed as exc:
                raise EngineFailed(str(exc)) from exc
        return words_of_tsv(table, dpi)

    def orientation(self, image: Image.Image, dpi: int) -> tuple[int, float] | None:
        with _slots():
            try:
                return _tesseract.orientation(image, dpi)
            except _tesseract.TesseractUnavailable:
                return None  # no `osd` model: the reading's own tries decide

    def has_language(self, language: str) -> bool:
        return _tesseract.available(language)


def words_of_tsv(table: str, dpi: int) -> list[Word]:
    """The words of Tesseract's TSV, boxes in points.

    >>> words_of_tsv("5\\t1\\t1\\t1\\t1\\t1\\t300\\t600\\t150\\t30\\t91.5\\tHaarlem", 300)[0].bbox
    (72.0, 144.0, 108.0, 151.2)
    >>> [w.confidence for w in words_of_tsv("5\\t1\\t1\\t1\\t1\\t1\\t300\\t600\\t150\\t30\\t96\\t5-III-2026", 300)]  # see ROMAN_MONTH_CONFIDENCE
    [0.75]
    """
    scale = 72.0 / dpi
    words = []
    for row in table.splitlines():
        # level page block paragraph line word left top width height confidence text
        columns = row.split("\t")
        if len(columns) < 12 or columns[0] != "5":  # not a word
            continue
        block, par, line, _, left, top, width, height = (int(c) for c in columns[2:10])
        text, conf = columns[11].strip(), int(float(columns[10]))  # whole percents, as the command gave them (thresholds were set on those)
        if not text or conf < 0:
            continue
        words.append(
            Word(
                text=text,
                bbox=(left * scale, top * scale, (left + width) * scale, (top + height) * scale),
                confidence=round(conf / 100.0, 3),
                line=block * 1_000_000 + par * 1_000 + line,
            )
        )
    return _roman_months_doubted(words)


def _roman_months_doubted(words: list[Word]) -> list[Word]:
    """The words with every date whose month is in Roman numerals ("5-III-2026", or "5",
    "III", "2026" as three words of one line) at most `ROMAN_MONTH_CONFIDENCE`."""
    doubted = {i for i, w in enumerate(words) if _ROMAN_MONTH_DATE.search(w.text)}
    for i in range(1, len(words) - 1):
        before, roman, after = words[i - 1 : i + 2]
        if before.line == roman.line == after.line and re.fullmatch(r"\d{1,2}[-./]?", before.text) and re.fullmatch(r"[-./]?[IVX]{1,4}[-./]?", roman.text) and re.match(r"[-./]?\d{2,4}", after.text):
            doubted |= {i - 1, i, i + 1}
    return [w.model_copy(update={"confidence": min(w.confidence, ROMAN_MONTH_CONFIDENCE)}) if i in doubted else w for i, w in enumerate(words)]


ROMAN_MONTH_CONFIDENCE = 0.75
"""The most a date whose month OCR read in Roman numerals ("5-III-2026") counts for: one
stroke lost or added is another month ("II", "IV"), with nothing to tell it, so the
analyst looks. Printed text (a PDF's text layer) is read as it is."""
_ROMAN_MONTH_DATE = re.compile(r"\d[-./][IVXl1]{1,4}[-./]\d|\d[-./][IVX]{1,4}[-./]?$|^[-./]?[IVX]{1,4}[-./]\d")


_engine: OcrEngine = TesseractEngine()
_SLOTS = threading.BoundedSemaphore(ocr_slots())  # WOONDOSSIER_OCR_SLOTS, else the usable CPUs


def engine() -> OcrEngine:
    return _engine


def use_engine(new: OcrEngine) -> OcrEngine:
    """Read with `new` from now on; returns the engine it replaces (tests put it back)."""
    global _engine
    old, _engine = _engine, new
    return old


def share_slots(slots) -> None:
    """Bound Tesseract with `slots`, a semaphore shared with other processes (extractors.sandbox)."""
    global _SLOTS
    _SLOTS = slots


def _slots():
    return _SLOTS


def read_words(image: Image.Image, dpi: int, name: str, number: int, language: str, psm: int, timeout_s: float, thresholding: int = 0, characters: str = "") -> list[Word]:
    """The engine's words, its failures as `OcrError`s naming the file and page."""
    options: dict[str, int | str] = {}
    if thresholding:
        options["thresholding"] = thresholding
    if characters:
        options["characters"] = characters
    try:
        return _engine.words(image, dpi, language, psm, timeout_s, **options)
    except EngineUnavailable as exc:
        raise OcrError(str(exc), file=name, page=number) from exc
    except EngineFailed as exc:
        raise OcrError(f"OCR failed on page {number}: {exc}", file=name, page=number) from exc
