"""extractors._ocr: a reading that left out lines of type the page shows is noticed
(`_lines_left_out`), so the page is read once more as one block of text."""

from __future__ import annotations

import numpy as np
import pypdfium2
from dataclasses import replace

from extractors import _ocr
from extractors.pages import DEFAULT_LIMITS
from tests.extractors.rendered import lines_pdf

LINES = [f"Geboortedatum {day:02d}-05-1966 Burgerservicenummer 26221590{day % 10}" for day in range(1, 13)]


def _read(dpi: int = 200) -> _ocr._Reading:
    image = pypdfium2.PdfDocument(lines_pdf(LINES))[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    raster = _ocr.Raster(image=image, dpi=dpi, matrix=np.eye(3), source="points", source_size=(595.0, 842.0))
    return _ocr._reading(raster, 0, "page.pdf", 1, DEFAULT_LIMITS)


def test_a_reading_with_every_line_leaves_none_out():
    reading = _read()
    assert len({w.line for w in reading.words}) == 12  # the engine read all twelve lines
    assert not _ocr._lines_left_out(reading)


def test_a_reading_without_half_the_lines_left_them_out():
    reading = _read()
    lines = sorted({w.line for w in reading.words})
    kept = [w for w in reading.words if w.line in lines[::2]]  # every other line, as layout analysis drops rows
    assert _ocr._lines_left_out(replace(reading, words=kept))
    # specks and rules are no letters' size: a blank reading of an empty page leaves nothing out
    assert not _ocr._lines_left_out(replace(reading, words=[]))
