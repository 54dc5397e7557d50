"""A speckled print-scan that a global threshold reads as nothing (issue 18).

`pages/speckled-print-scan-150dpi.pdf` is a page of the blind generator's dev split
(`mantelzorgverklaring/steunpunt_table-scan-0`, seed 17011, synthetic people): a 150 dpi
print-scan strewn with specks by augraphy. Tesseract's layout analysis of it with a
global (Otsu) threshold takes 13-43 s a reading and finds no word; Sauvola's local
threshold reads its heading and labels in about 1.5 s. Before, the reading ladder tried
the page's turns, its speckled original and one block all with the global threshold
first: eight readings, 140 s. Counted here by readings, never by seconds."""

from __future__ import annotations

from pathlib import Path

from extractors import _engine
from extractors.pages import read_file

PAGE = Path(__file__).parent / "pages" / "speckled-print-scan-150dpi.pdf"
_AUTO, _SAUVOLA = 3, 2


def test_a_speckled_page_read_poorly_is_read_with_a_local_threshold_before_its_turns(monkeypatch):
    readings = []
    read_words = _engine.read_words

    def counted(image, dpi, name, number, language, psm, timeout, thresholding=0):
        words = read_words(image, dpi, name, number, language, psm, timeout, thresholding)
        readings.append((psm, thresholding, len(words)))
        return words

    monkeypatch.setattr(_engine, "read_words", counted)  # observed, not replaced: Tesseract reads every page
    (page,) = read_file(PAGE)
    assert "Naam" in page.text or "uur" in page.text  # read as well as before: its labels, not nothing
    global_readings = [r for r in readings if r[0] == _AUTO and r[1] != _SAUVOLA]
    assert len(global_readings) == 1, readings  # the first reading only; then the way that read better
    assert readings[1][1] == _SAUVOLA
