"""What one file read alone costs besides its reading (issue 18, item 6): the work
skipped must change nothing that is read. What a fresh process imports is looked at in
a subprocess: this test process has every library imported already. Timings are
measured in bench/throughput.py, never asserted here."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import _pdf
from extractors.pages import DEFAULT_LIMITS, Limits, read_bytes
from tests.conftest import ROOT, SAMPLE_INBOX
from woondossier.errors import EncryptedFileError, TooLargeFileError, UnreadableFileError

DIGITAL = SAMPLE_INBOX / "OH-2026-001" / "brp-uittreksel.pdf"
SCANNED = SAMPLE_INBOX / "OH-2026-003" / "scan_brp.pdf"
PHOTO = SAMPLE_INBOX / "HB-2026-008" / "IMG_3310.jpg"


def _text_pdf(encrypt=None) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, "Uittreksel Basisregistratie Personen, Gemeente Haarlem")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _image_pdf(pages: int = 1) -> bytes:
    """Pages of nothing but an image, as a scanner writes them (Pillow: no fonts)."""
    frames = [Image.new("L", (1654, 2339), 250) for _ in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "PDF", resolution=200, save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def _plumbers_layers(data: bytes, limits: Limits = DEFAULT_LIMITS):
    """`_pdf.text_layers` the whole way through pdfplumber, as before the shortcut."""
    original = _pdf._pages_without_fonts
    _pdf._pages_without_fonts = lambda data, limits: None
    try:
        return _pdf.text_layers(data, "x.pdf", limits)
    finally:
        _pdf._pages_without_fonts = original


def test_a_pdf_of_images_only_is_known_to_have_no_text_layer_without_pdfplumber():
    data = _image_pdf(pages=3)
    assert _pdf._pages_without_fonts(data, DEFAULT_LIMITS) == 3
    assert _pdf.text_layers(data, "scan.pdf", DEFAULT_LIMITS) == _plumbers_layers(data) == [None, None, None]


@pytest.mark.parametrize(
    "data",
    [
        _text_pdf(),
        _text_pdf(encrypt=pdfencrypt.StandardEncryption("", canPrint=0)),  # opens without a password, may hide the name
        _image_pdf()[:-200],  # cut short: no %%EOF
        b"%PDF-1.4\n%%EOF\n",  # no pages pdfium can find
    ],
    ids=["text-layer", "encrypted", "truncated", "no-pages"],
)
def test_any_pdf_that_may_hold_text_or_be_damaged_goes_through_pdfplumber(data):
    assert _pdf._pages_without_fonts(data, DEFAULT_LIMITS) is None


def test_the_page_bound_and_the_errors_are_pdfplumbers_own():
    with pytest.raises(TooLargeFileError, match="more than the limit of 2"):
        _pdf.text_layers(_image_pdf(pages=3), "scan.pdf", Limits(max_pages=2))
    with pytest.raises(UnreadableFileError, match="truncated or damaged"):
        read_bytes(_image_pdf()[:-200][:400], "scan.pdf")
    with pytest.raises(EncryptedFileError):
        read_bytes(_text_pdf(encrypt=pdfencrypt.StandardEncryption("geheim", canPrint=0)), "locked.pdf")


def test_the_samples_scans_read_the_same_with_the_shortcut_as_without():
    for path in (SCANNED, SAMPLE_INBOX / "HB-2026-005" / "scan_formulier.pdf"):
        data = path.read_bytes()
        assert _pdf._pages_without_fonts(data, DEFAULT_LIMITS) is not None
        assert _pdf.text_layers(data, path.name, DEFAULT_LIMITS) == _plumbers_layers(data)


PROBE = """
import json, sys
from woondossier.cli import main
main(["extract", sys.argv[1], "--json"])
print(json.dumps(sorted(m for m in ("validators", "woondossier.inbox", "pdfplumber", "prefect") if m in sys.modules)))
"""


def _probe_cli(path) -> tuple[list[str], dict]:
    """`woondossier extract PATH --json` in a fresh process: what the parent imported
    (the child is forked from it) and the JSON printed."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    *printed, seen = done.stdout.strip().splitlines()
    return json.loads(seen), json.loads("\n".join(printed))


def test_extract_of_one_file_imports_neither_the_validators_nor_prefect():
    seen, printed = _probe_cli(DIGITAL)
    assert printed["documents"][0]["doc_type"] == "brp_uittreksel"
    assert seen == []  # pdfplumber is the child's, which reads the page


def test_extract_of_a_folder_still_says_so_in_the_inbox_words(tmp_path):
    seen, printed = _probe_cli(tmp_path)
    assert "a folder, not a file" in printed["errors"][0]["error"]
    assert "woondossier.inbox" in seen


PROBE_READING = """
import json, sys
from pathlib import Path
from extractors import _tesseract

asked = []  # the languages of Tesseract's readings, in order
original = _tesseract.tsv
def recorded(image, language, *args, **kwargs):
    asked.append(language)
    return original(image, language, *args, **kwargs)
_tesseract.tsv = recorded

import subprocess
spawned = []  # processes started (ctypes.util.find_library runs ldconfig)
class Counted(subprocess.Popen):
    def __init__(self, args, *rest, **kwargs):
        spawned.append(args)
        super().__init__(args, *rest, **kwargs)
subprocess.Popen = Counted

from extractors.documents import extract_file
result = extract_file(Path(sys.argv[1]))
print(json.dumps({
    "asked": asked,
    "pdfplumber": "pdfplumber" in sys.modules,
    "spawned": len(spawned),
    "documents": [d.doc_type for d in result.documents],
}))
"""


def _probe_reading(path) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE_READING, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("path", [SCANNED, PHOTO], ids=["scan", "photo"])
def test_a_page_to_ocr_costs_its_reading_and_the_names_re_reading_and_no_pdfplumber(path):
    """One `nld` reading and one `tur` re-reading of names, no orientation tries on an
    upright page; a scan's PDF is known to hold no text without pdfplumber."""
    seen = _probe_reading(path)
    assert seen["documents"]
    assert seen["asked"] == ["nld", "tur"]
    assert seen["pdfplumber"] is False
    assert seen["spawned"] == 0  # libtesseract and Leptonica opened by name, no ldconfig run


def test_a_library_not_found_by_its_file_name_is_looked_up():
    from extractors import _tesseract

    assert _tesseract._open_library("libnot-there.so.9", "tesseract") is not None
    assert _tesseract._open_library(("libnot-there.so.9",), "not-there-either") is None


def test_a_text_layer_page_asks_nothing_of_tesseract():
    seen = _probe_reading(DIGITAL)
    assert seen["asked"] == [] and seen["pdfplumber"] is True and seen["documents"] == ["brp_uittreksel"]


def test_a_lines_folded_words_are_worked_out_once_and_anew_for_other_words():
    from extractors.labels import _folded_words, find_label
    from woondossier.model import Line, Page, Word

    words = tuple(Word(text=t, bbox=(10.0 * i, 0, 10.0 * i + 8, 10), confidence=1.0) for i, t in enumerate(("Geboorte-", "datum:", "1-2-1990")))
    page = Page(file="x.pdf", number=1, width=595, height=842, words=words, ocr=False)
    line = page.lines[0]
    assert _folded_words(line) == ("geboorte", "datum", "121990")
    assert _folded_words(line) is _folded_words(line)
    assert find_label(page, 0, "Geboortedatum") == [(0, 2, 1.0)]
    other = line.model_copy(update={"words": words[1:]})
    assert _folded_words(other) == ("datum", "121990")
    assert other == Line(words=words[1:])  # the cache is no field: equality, pickling as before
