"""The page image an analyst sees, checked by its pixels: field boxes lie over their
values and the black-out covers every BSN, whatever the file's geometry.

Each file is read with the real reader (`extract_file`: real pdfium, Pillow and
Tesseract) and shown with the real renderer (`review.pages.render_page`) through the
reader's record of the page (`Document.sheets`). Then Tesseract reads the shown image:
what it reads inside a field's box must be the words the reader found there, and no
BSN-like number may be left readable outside a revealed page.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import random
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image

from extractors import pages as reading
from extractors.documents import extract_file
from review.pages import render_page
from samples.generator.corpus import layout_modules
from samples.generator.render import render_digital
from woondossier.model import Page, Word

from tests.conftest import SAMPLE_INBOX


def _inkomensverklaring() -> bytes:
    module = layout_modules()["inkomensverklaring"]
    return render_digital(module.make(random.Random("pixels:inkomensverklaring"), "table"))


def _raster(pdf: bytes, dpi: int) -> Image.Image:
    return pypdfium2.PdfDocument(pdf)[0].render(scale=dpi / 72).to_pil().convert("RGB")


def _photo_exif_6(folder: Path) -> Path:
    """The page as a phone stores it held sideways: pixels turned, EXIF 6, 72 dpi declared."""
    exif = Image.Exif()
    exif[0x0112] = 6
    path = folder / "IMG_0006.jpg"
    _raster(_inkomensverklaring(), 150).transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", quality=88, exif=exif, dpi=(72, 72))
    return path


def _jpeg_72_dpi(folder: Path) -> Path:
    """An upright 200 dpi page image whose JPEG says 72 dpi (a "page" of 23 x 33 inches)."""
    path = folder / "scan_72dpi.jpg"
    _raster(_inkomensverklaring(), 200).save(path, "JPEG", quality=90, dpi=(72, 72))
    return path


def _skewed_scan(folder: Path) -> Path:
    """A scan fed 3 degrees askew, in an image-only PDF at 250 dpi."""
    page = _raster(_inkomensverklaring(), 250).convert("L").rotate(3, expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC)
    path = folder / "skewed.pdf"
    page.save(path, "PDF", resolution=250)
    return path


def _bsn_on_a_contract(folder: Path) -> Path:
    """A scanned sublet contract with a BSN written on it by hand at its foot ("BSN hoofdhuurder
    111222333"): a sublet contract has no BSN field, so extraction reads none, and the black-out
    must still cover it."""
    from PIL import ImageDraw, ImageFont

    module = layout_modules()["huurovereenkomst_onderhuur"]
    page = _raster(render_digital(module.make(random.Random("pixels:onderhuur"), "plain")), 200)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    ImageDraw.Draw(page).text((160, page.height - 260), "BSN hoofdhuurder 111222333", font=font, fill=(0, 0, 0))
    path = folder / "contract_scan.pdf"
    page.convert("L").save(path, "PDF", resolution=200)
    return path


FILES = {
    "photo turned 90 by EXIF": _photo_exif_6,
    "JPEG declaring 72 dpi": _jpeg_72_dpi,
    "deskewed scan": _skewed_scan,
    "OH-2026-007 photo (EXIF 8, 72 dpi)": lambda folder: SAMPLE_INBOX / "OH-2026-007" / "IMG_2041.jpg",
    "OH-2026-007 scan (a BRP extract)": lambda folder: SAMPLE_INBOX / "OH-2026-007" / "scan0001.pdf",
    "a scan whose BSN extraction does not read": _bsn_on_a_contract,
}

WITHOUT_BSN = {"OH-2026-007 photo (EXIF 8, 72 dpi)"}  # a sublet contract: names and addresses, no BSN


@pytest.fixture(scope="module", params=list(FILES))
def shown(request, tmp_path_factory):
    """(case, the file's first document, its first page's sheet, the plain and the redacted
    page as rendered, the reader's pages: the words the field boxes were made of)."""
    folder = tmp_path_factory.mktemp("pixels")
    path = FILES[request.param](folder)
    result = extract_file(path)
    assert result.documents, result.errors
    document = result.documents[0]
    sheet = document.sheets[0]
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    plain = render_page(path, sha, sheet.page, folder / "cache", None, sheet)
    redacted = render_page(path, sha, sheet.page, folder / "cache", (), sheet)
    return request.param, document, sheet, plain, redacted, reading.read_file(path)


def _image(rendered) -> Image.Image:
    return Image.open(io.BytesIO(rendered.png)).convert("L")


def _read(image: Image.Image, dpi: int) -> Page:
    """Tesseract's reading of a shown image (enlarged 3 times: the review shows 110 dpi)."""
    big = image.resize((image.width * 3, image.height * 3), Image.Resampling.LANCZOS)
    words = reading._tesseract_words(big, dpi * 3, "shown.png", 1, reading.DEFAULT_LIMITS)
    return Page(file="shown.png", number=1, width=big.width * 72 / (dpi * 3), height=big.height * 72 / (dpi * 3), words=tuple(words), ocr=True)


def _similar(a: str, b: str) -> float:
    squash = lambda text: "".join(ch for ch in text.lower() if ch.isalnum())  # noqa: E731
    return difflib.SequenceMatcher(None, squash(a), squash(b)).ratio()


def test_field_boxes_lie_over_their_values(shown):
    case, document, sheet, plain, _, read = shown
    image = _image(plain)
    scale = image.width / plain.width
    assert (plain.width, plain.height) == pytest.approx((sheet.width, sheet.height))
    pages = {p.number: p for p in read}
    checked = 0
    for name, field in document.fields.items():
        if field.bbox is None or field.page != sheet.page:
            continue
        x0, top, x1, bottom = field.bbox
        inside = [w.text for w in pages[sheet.page].words if x0 - 1 <= (w.bbox[0] + w.bbox[2]) / 2 <= x1 + 1 and top - 1 <= (w.bbox[1] + w.bbox[3]) / 2 <= bottom + 1]
        expected = " ".join(inside)
        if len(expected) < 4:
            continue
        pad = 3
        crop = image.crop((round(x0 * scale) - pad, round(top * scale) - pad, round(x1 * scale) + pad, round(bottom * scale) + pad))
        seen = " ".join(w.text for w in _read(crop, round(72 * scale)).words)
        assert _similar(seen, expected) >= 0.6, (case, name, seen, expected)
        checked += 1
    assert checked >= 1, (case, document.fields)


def test_the_black_out_covers_every_bsn(shown):
    case, document, sheet, plain, redacted, _ = shown
    if case not in WITHOUT_BSN:  # on the page as shown unredacted, Tesseract finds a BSN: something to hide
        assert reading.bsn_boxes(_read(_image(plain), round(72 * _image(plain).width / plain.width))), case
    hidden = _read(_image(redacted), round(72 * _image(redacted).width / redacted.width))
    assert not reading.bsn_boxes(hidden), (case, [w.text for w in hidden.words if any(c.isdigit() for c in w.text)])


def test_a_page_whose_reading_failed_is_blurred_until_revealed(tmp_path):
    path = _skewed_scan(tmp_path)
    (document,) = extract_file(path).documents
    failed = document.sheets[0].model_copy(update={"read_failed": True})
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    hidden = _image(render_page(path, sha, 1, tmp_path / "cache", (), failed))
    revealed = _image(render_page(path, sha, 1, tmp_path / "cache", None, failed))
    assert len(_read(revealed, 110).words) >= 30  # revealed: as legible as ever
    assert len([w for w in _read(hidden, 110).words if w.confidence >= 0.6 and len(w.text) >= 3]) <= 3
