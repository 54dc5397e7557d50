"""extractors._sheet: a photographed sheet found in its frame, a scan left whole."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2
from PIL import Image, ImageOps

from extractors import _sheet
from extractors.pages import read_bytes
from samples.generator.corpus import layout_modules
from samples.generator.render import render_digital, render_photo


def _spec():
    module = layout_modules()["inkomensverklaring"]
    return module.make(random.Random("sheet"), module.LAYOUTS[0])


def _on_a_table(page: Image.Image, corners) -> Image.Image:
    """`page` warped onto `corners` of a dark 1300 x 1700 frame."""
    from samples.generator.render import _perspective_coefficients

    w, h = page.size
    coefficients = _perspective_coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    frame = (1300, 1700)
    warped = page.transform(frame, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(frame, Image.Transform.PERSPECTIVE, coefficients)
    return Image.composite(warped, Image.new("L", frame, 70), mask)


def test_the_sheet_is_found_at_its_corners():
    page = pypdfium2.PdfDocument(render_digital(_spec()))[0].render(scale=1.5).to_pil().convert("L")
    corners = [(120, 90), (1180, 140), (1210, 1600), (80, 1560)]
    found = _sheet.find_sheet(_on_a_table(page, corners))
    assert found is not None
    assert np.abs(found - np.array(corners)).max() < 12  # pixels of a 1700-pixel frame


def test_a_scan_is_read_whole():
    page = pypdfium2.PdfDocument(render_digital(_spec()))[0].render(scale=200 / 72).to_pil().convert("L")
    assert _sheet.find_sheet(page) is None
    assert _sheet.find_sheet(Image.new("L", (800, 1100), 240)) is None  # nothing but paper


def test_a_photographed_sheet_reads_with_level_lines():
    photo = render_photo(_spec(), random.Random("sheet-photo"))[0]
    (page,) = read_bytes(photo, "IMG_0003.jpg")
    assert "Belastingdienst" in page.text
    # seen square on, the page is the sheet: no table left around it in the geometry's frame
    upright = ImageOps.exif_transpose(Image.open(io.BytesIO(photo)))
    assert page.width * page.geometry.dpi / 72 < upright.width * 0.97
    # the photo states no dpi: the sheet's own size says it, so the page is an A4 in points
    assert abs(page.height - 842) < 3 and abs(page.width - 595) < 12
