"""A phone photo of a whole A4 sheet comes to 100-160 dpi, and one threshold over letters
10-14 pixels high breaks their strokes: the page is read resampled up to 200 dpi, as a
PDF's scan stored coarser is rendered finer. Its boxes still map onto the stored pixels."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors import _image, pages
from extractors.pages import read_bytes

SMALL_PRINT = (
    "Ingangsdatum onderhuur: 12-07-2026, einddatum 31-12-2027",
    "Huurprijs kamer per maand: EUR 487,50 inclusief servicekosten",
    "IBAN verhuurder NL91 ABNA 0417 1643 00 t.n.v. R. Oudshoorn",
    "Postcode en woonplaats: 3514 BK Utrecht, huisnummer 118-2",
    "Geboortedatum onderhuurder 03-11-1998",
    "Getekend te Amersfoort op 28 september 2026 door beide partijen",
)
VALUES = ("12-07-2026", "487,50", "3514", "Oudshoorn", "28 september 2026", "03-11-1998", "Amersfoort", "31-12-2027")


def coarse_photo(sheet_width: int = 760, points: float = 8, blur: float = 0.9) -> bytes:
    """A photo of a sheet of 8 pt type, the sheet `sheet_width` pixels wide (760: 92 dpi)
    on a darker table, a little out of focus, saved as a phone does (JPEG, 72 dpi)."""
    frame = Image.new("RGB", (round(sheet_width * 1.09), round(sheet_width * 1.09 * 1.415)), (90, 80, 70))
    per_inch = sheet_width / 8.27
    sheet = Image.new("RGB", (sheet_width, round(11.69 * per_inch)), (235, 232, 225))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", round(points * per_inch / 72))
    for i, line in enumerate(SMALL_PRINT * 3):
        draw.text((round(0.9 * per_inch), round(1.2 * per_inch + i * 14 * per_inch / 72)), line, fill=(40, 40, 40), font=font)
    frame.paste(sheet, ((frame.width - sheet.width) // 2, (frame.height - sheet.height) // 2))
    frame = frame.filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=80, dpi=(72, 72))
    return buffer.getvalue()


def test_a_coarse_photo_is_read_at_200_dpi_and_its_small_print_is_read():
    (page,) = read_bytes(coarse_photo(), "IMG_0101.jpg")
    assert page.geometry.dpi == 200
    read = sum(page.text.count(value) for value in VALUES)
    assert read >= 20, page.text  # of 24 (each value three times); at the sheet's own 92 dpi, 12


def test_a_coarse_photos_boxes_map_back_onto_the_stored_pixels():
    data = coarse_photo()
    (page,) = read_bytes(data, "IMG_0102.jpg")
    stored = np.asarray(Image.open(io.BytesIO(data)).convert("L"))
    words = [w for w in page.words if w.text == "Oudshoorn"]
    assert words
    for word in words:
        corners = np.array(pages.to_source(page.geometry, word.bbox))
        x0, y0 = corners.min(axis=0)
        x1, y1 = corners.max(axis=0)
        assert 30 < x1 - x0 < 80  # the word's width in the stored frame, not in the resampled one
        inside = stored[int(y0) : int(y1) + 1, int(x0) : int(x1) + 1]
        assert (inside < 180).mean() > 0.2  # ink (its grey blurred from 40 to 125-180 on paper of 232): the word is there


@pytest.mark.parametrize("size, dpi, expected", [
    ((760, 1075), None, 200),  # no dpi: the sheet's size says 100 dpi (A4), read at 200
    ((1240, 1754), 150, 200),  # a 150 dpi scan as TIFF or PNG
    ((1654, 2339), 200, 200),  # as it is
    ((2480, 3508), 300, 300),
    ((4960, 7016), 600, 300),  # finer than 400: read at 300
])  # fmt: skip
def test_an_image_is_read_between_200_and_400_dpi(size, dpi, expected):
    image = Image.new("L", size, 255)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    (raster,) = _image.image_rasters(buffer.getvalue(), "page.png", pages.DEFAULT_LIMITS)
    assert raster.dpi == expected
    source_dpi = dpi or _image.sheet_dpi(size)
    assert abs(raster.image.width - size[0] * expected / source_dpi) <= 1
