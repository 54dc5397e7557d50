"""extractors._tesseract: libtesseract in this process reads as the `tesseract` command does."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pypdfium2
import pytest
from PIL import Image

from extractors import _tesseract
from extractors import pages as pages_module
from samples.generator import render
from samples.generator import huisbewaring_aanvraag
from woondossier.errors import OcrError

from tests.conftest import ROOT
from tests.extractors.rendered import lines_pdf

LINES = [
    "Uittreksel Basisregistratie Personen",
    "Gemeente Haarlem, Datum uitgifte: 12 oktober 2026",
    "Naam: Yılmaz, Ayşe Çelik",
    "Burgerservicenummer: 123456782",
    "Adres: Kerkstraat 12 A, 2011 AB Haarlem",
]


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> tuple[Image.Image, str]:
    """A page rendered at 300 dpi as a scanner would see it, and the same pixels as a PNG file."""
    image = pypdfium2.PdfDocument(lines_pdf(LINES, size=12))[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    path = tmp_path_factory.mktemp("scan") / "page.png"
    image.save(path, dpi=(300, 300))
    return image, str(path)


def _command_tsv(path: str, language: str = "nld") -> str:
    done = subprocess.run(
        ["tesseract", path, "-", "-l", language, "--psm", "3", "--dpi", "300", "tsv"],
        capture_output=True, text=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )  # fmt: skip
    return done.stdout.split("\n", 1)[1]  # without the command's header line


@pytest.mark.parametrize("language", ["nld", "tur"])
def test_the_same_words_boxes_and_confidences_as_the_command(scan, language):
    image, path = scan
    ours = _tesseract.tsv(image, language, 300, 3, 60.0)
    assert ours.rstrip("\n") == _command_tsv(path, language).rstrip("\n")
    assert "Basisregistratie" in ours


def test_threads_reading_at_once_read_as_one_alone(scan):
    image, _ = scan
    alone = _tesseract.tsv(image, "nld", 300, 3, 60.0)
    with ThreadPoolExecutor(max_workers=3) as pool:
        together = list(pool.map(lambda _: _tesseract.tsv(image, "nld", 300, 3, 60.0), range(3)))
    assert together == [alone] * 3


def test_tesseracts_messages_never_reach_the_terminal(tmp_path, capfd):
    spec = huisbewaring_aanvraag.make(random.Random("2026:huisbewaring_aanvraag:checkbox-form:0"), "checkbox-form")
    scan = render.render_scan(spec, random.Random("2026:huisbewaring_aanvraag/checkbox-form:scan"))
    image = pypdfium2.PdfDocument(scan)[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    image.save(tmp_path / "form.png", dpi=(300, 300))
    command = subprocess.run(["tesseract", str(tmp_path / "form.png"), "-", "-l", "nld", "--dpi", "300", "tsv"], capture_output=True, text=True)
    assert "diacritics" in command.stderr  # this page makes Tesseract talk: "Detected 135 diacritics"
    capfd.readouterr()
    _tesseract.tsv(image, "nld", 300, 3, 60.0)
    assert capfd.readouterr() == ("", "")


def test_a_reading_out_of_time_is_an_error_of_its_page(scan):
    image, _ = scan
    with pytest.raises(_tesseract.TesseractFailed, match="longer than"):
        _tesseract.tsv(image, "nld", 300, 3, 0.001)
    assert "Basisregistratie" in _tesseract.tsv(image, "nld", 300, 3, 60.0)  # the engine still reads after it


def test_a_language_not_installed_says_what_to_install(scan):
    image, _ = scan
    assert not _tesseract.available("xx_not_a_language")
    limits = pages_module.Limits(language="xx_not_a_language", second_language=None)
    with pytest.raises(OcrError, match="not installed.*apt-get install tesseract-ocr"):
        pages_module._tesseract_words(image, 300, "scan.pdf", 1, limits)


_LEPTONICA_ERROR = """
import ctypes, sys
if sys.argv[1] == "loaded":
    from extractors import _tesseract
    _tesseract._library()
leptonica = ctypes.CDLL("liblept.so.5")
leptonica.boxClipToRectangle.restype = ctypes.c_void_p
leptonica.boxClipToRectangle.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
leptonica.boxClipToRectangle(None, 10, 10)  # an error Leptonica reports on stderr
"""


def test_leptonicas_messages_never_reach_the_terminal():
    # A speck at a page's edge made it print "Error in boxClipToRectangle: box outside rectangle".
    said = {
        mode: subprocess.run([sys.executable, "-c", _LEPTONICA_ERROR, mode], cwd=ROOT, capture_output=True, text=True, timeout=60).stderr
        for mode in ("bare", "loaded")
    }
    assert "boxClipToRectangle" in said["bare"]  # the call does make Leptonica speak
    assert said["loaded"] == ""
