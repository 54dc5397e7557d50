"""extractors._sheet: a photographed sheet found in its frame, a scan left whole."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter, ImageOps

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


def _on_grained_table(page: Image.Image, corners) -> Image.Image:
    """`page` warped onto `corners` of a 1300 x 1700 frame of grained stone that grows as
    light as paper to the right, with a shadow across the sheet's foot: no one threshold
    tells the sheet from its surround (the blind generator's phone photos)."""
    rng = np.random.default_rng(5)
    grain = Image.fromarray(rng.normal(0, 60, (1700, 1300)).clip(-127, 127).astype(np.int16).astype(np.uint8) + 128).filter(ImageFilter.GaussianBlur(2))
    light = np.linspace(120, 235, 1300)[None, :].repeat(1700, axis=0)
    table = Image.fromarray((light + (np.asarray(grain, dtype=np.float64) - 128) * 0.8).clip(0, 255).astype(np.uint8))
    photo = _on_a_table(page, corners)
    sheet = np.asarray(_on_a_table(Image.new("L", page.size, 255), corners)) > 128
    out = np.where(sheet, np.asarray(photo, dtype=np.float64), np.asarray(table, dtype=np.float64))
    shadow = np.zeros(out.shape, bool)
    shadow[1250:, 300:900] = True  # a hand's shadow over the sheet's foot
    out[shadow] *= 0.6
    return Image.fromarray(out.astype(np.uint8))


def test_a_sheet_as_light_as_its_surround_in_places_is_found_by_its_smoothness():
    page = pypdfium2.PdfDocument(render_digital(_spec()))[0].render(scale=1.5).to_pil().convert("L")
    corners = [(140, 110), (1150, 150), (1190, 1590), (100, 1560)]
    frame = _on_grained_table(page, corners)
    small = np.asarray(frame.resize((round(frame.width * 800 / 1700), 800)))
    bright = _sheet._brighter(small)
    by_brightness = None if bright is None else _sheet._quadrilateral(bright)
    assert by_brightness is None or np.abs(_sheet._ordered(by_brightness * 1700 / 800) - np.array(corners)).max() > 100  # not the sheet
    found = _sheet.find_sheet(frame)
    assert found is not None
    assert np.abs(found - np.array(corners)).max() < 15  # pixels of a 1700-pixel frame


def _bitten_and_leaking(page: Image.Image, corners) -> Image.Image:
    """`page` on a dark table (`_on_a_table`), with a shadow as dark as the table over its
    bottom-right corner and a thin strip of light table (a highlight) joined to its top
    edge: the bright region is the sheet less a corner, plus a spike."""
    frame = np.asarray(_on_a_table(page, corners), dtype=np.uint8).copy()
    (x2, _), (x3, y3) = corners[1], corners[2]
    rows, cols = np.mgrid[0 : frame.shape[0], 0 : frame.shape[1]]
    frame[(x3 - cols) / 260 + (y3 - rows) / 200 < 1] = 70  # a triangle across the corner
    frame[20:180, int(x2) - 260 : int(x2) - 254] = 250  # six pixels wide, up from the top edge into the sheet
    return Image.fromarray(frame)


def test_a_shadows_bite_and_a_highlights_spike_leave_the_corners_where_the_sides_meet():
    """A shadow that cuts a corner off the bright region, or a thin highlight joined to
    its edge, does not move the sheet's corners: they are where its four sides meet."""
    page = pypdfium2.PdfDocument(render_digital(_spec()))[0].render(scale=1.5).to_pil().convert("L")
    corners = [(120, 160), (1180, 170), (1210, 1600), (80, 1560)]
    found = _sheet.find_sheet(_bitten_and_leaking(page, corners))
    assert found is not None
    assert np.abs(found - np.array(corners)).max() < 15  # pixels of a 1700-pixel frame
