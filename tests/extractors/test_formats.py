"""Scans in every form a mail room makes, read and classified: grey and bilevel TIFF
(LZW, CCITT G4, JPEG-in-TIFF, 16-bit, multi-page), PNG, JPEG, and image-only PDFs with
JPEG or CCITT G4 images; 150 to 600 dpi; skewed up to 5 degrees either way.

Each is made here with Pillow from one generated BRP extract and read with the real
reader (`extract_file`): it must come out a `brp_uittreksel` with its fields, never
`unknown` or "no text". (JBIG2 is left out: no encoder is packaged for Debian; pdfium
decodes it through the same `_stored_scan` path as CCITT.)
"""

from __future__ import annotations

import random

import numpy as np
import pypdfium2
import pytest
from PIL import Image

from extractors.documents import extract_file
from samples.generator.corpus import layout_modules
from samples.generator.render import render_digital

_BRP = layout_modules()["brp_uittreksel"]
_PDF = render_digital(_BRP.make(random.Random("formats"), _BRP.LAYOUTS[0]))


def _page(dpi: int, skew: float = 0.0) -> Image.Image:
    image = pypdfium2.PdfDocument(_PDF)[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    return image.rotate(skew, fillcolor=255, resample=Image.Resampling.BICUBIC) if skew else image


def _bilevel(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v > 160 else 0).convert("1")


def _grey16(image: Image.Image) -> Image.Image:
    return Image.fromarray(np.asarray(image).astype(np.uint16) * 257)


CASES = {
    "TIFF grey LZW 300 dpi": (lambda: _page(300), {"format": "TIFF", "compression": "tiff_lzw", "dpi": (300, 300)}),
    "TIFF 16-bit grey LZW 300 dpi": (lambda: _grey16(_page(300)), {"format": "TIFF", "compression": "tiff_lzw", "dpi": (300, 300)}),
    "TIFF bilevel G4 300 dpi": (lambda: _bilevel(_page(300)), {"format": "TIFF", "compression": "group4", "dpi": (300, 300)}),
    "TIFF bilevel G4 600 dpi, skewed 5": (lambda: _bilevel(_page(600, 5)), {"format": "TIFF", "compression": "group4", "dpi": (600, 600)}),
    "TIFF JPEG-in-TIFF 200 dpi": (lambda: _page(200), {"format": "TIFF", "compression": "jpeg", "dpi": (200, 200)}),
    "PNG 150 dpi": (lambda: _page(150), {"format": "PNG", "dpi": (150, 150)}),
    "PNG without dpi": (lambda: _page(300), {"format": "PNG"}),
    "JPEG 600 dpi, skewed -5": (lambda: _page(600, -5), {"format": "JPEG", "quality": 75, "dpi": (600, 600)}),
    "PDF with JPEG 200 dpi, skewed 5": (lambda: _page(200, 5), {"format": "PDF", "resolution": 200}),
    "PDF with CCITT G4 300 dpi, skewed -5": (lambda: _bilevel(_page(300, -5)), {"format": "PDF", "resolution": 300}),
    "PDF with CCITT G4 150 dpi": (lambda: _bilevel(_page(150)), {"format": "PDF", "resolution": 150}),
    "PDF with CCITT G4 600 dpi": (lambda: _bilevel(_page(600)), {"format": "PDF", "resolution": 600}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_scan_format_is_read_and_classified(case, tmp_path):
    make, options = CASES[case]
    path = tmp_path / f"scan.{options['format'].lower()}"
    make().save(path, **options)
    result = extract_file(path)
    assert not result.errors, result.errors
    (document,) = result.documents
    assert document.doc_type == "brp_uittreksel" and document.ocr
    assert document.value("postcode") and document.value("issue_date"), document.fields
    if options["format"] == "PDF" and "CCITT" in case:
        assert b"/CCITTFaxDecode" in path.read_bytes()  # the image really is G4 in the PDF


def test_a_multi_page_lzw_tiff_reads_every_page(tmp_path):
    path = tmp_path / "batch.tif"
    first, second = _page(250), _bilevel(_page(250, 2))
    first.save(path, "TIFF", compression="tiff_lzw", save_all=True, append_images=[second.convert("L")], dpi=(250, 250))
    result = extract_file(path)
    assert not result.errors
    assert [p for d in result.documents for p in d.pages] == [1, 2]
    assert all(d.doc_type == "brp_uittreksel" for d in result.documents)
