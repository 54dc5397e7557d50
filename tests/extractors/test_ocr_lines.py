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


def test_a_line_left_out_of_a_well_read_page_is_read_on_its_own():
    """One line of a framed box left out by the layout analysis ("Ten name van ..." between
    two lines it read, on a photographed year statement) is read in a strip of the page,
    with its words where the page shows them; the lines read before stay as they were."""
    reading = _read()
    lines = sorted({w.line for w in reading.words})
    dropped = [w for w in reading.words if w.line == lines[5]]
    kept = [w for w in reading.words if w.line != lines[5]]
    assert not _ocr._lines_left_out(replace(reading, words=kept))  # one line of twelve: no reason to read the page as one block
    added = _ocr._Further(DEFAULT_LIMITS).lines_left_out(replace(reading, words=kept), "page.pdf", 1, 0)
    assert " ".join(w.text for w in added) == " ".join(w.text for w in dropped) == LINES[5]
    for new, old in zip(added, dropped):
        assert abs(new.bbox[0] - old.bbox[0]) < 2 and new.bbox[1] < old.bbox[3] and old.bbox[1] < new.bbox[3]


def test_a_page_read_whole_has_no_line_to_read_again():
    reading = _read()
    assert _ocr._Further(DEFAULT_LIMITS).lines_left_out(reading, "page.pdf", 1, 0) == []
