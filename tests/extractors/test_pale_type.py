"""Pale type on a scanned page (issue 18): a web page printed and scanned sets small grey
captions over its values ("Werkgever" over "Hogeschool Zuidwest"). One threshold for the page
loses them, and so does bare Tesseract; the lines of type the reading left out are now found
by a local threshold too, and read on their own (`extractors._ocr`). A page of dark type
reads as it did: the re-read strips add words only where nothing was read."""

from __future__ import annotations

import io
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from extractors import _ocr
from extractors.pages import read_bytes

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_ROWS = [("Werkgever", "Hogeschool Zuidwest", "Functie", "Planner", "Afdeling", "Logistiek"),
         ("Standplaats", "Hoofddorp", "Datum in dienst", "1 okt 2025", "Einde contract", "onbepaalde tijd"),
         ("Uren per week", "32", "Salarisschaal", "11, trede 9", "Soort contract", "onbepaalde tijd")]  # fmt: skip


def _portal(caption_grey: int, rows=_ROWS) -> bytes:
    """A portal's page as a 200 dpi scan: a dark title bar, a greeting, and rows of small
    captions in `caption_grey` over bold values."""
    image = Image.new("L", (1654, 1200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 120, 1530, 190), fill=70)
    draw.text((150, 135), "Personeelsloket online", font=ImageFont.truetype(BOLD, 30), fill=255)
    draw.text((150, 230), "Welkom, Henk Maarten van Wijk", font=ImageFont.truetype(BOLD, 40), fill=20)
    draw.text((150, 300), "Laatst ingelogd: 04-10-2025 om 10:19", font=ImageFont.truetype(FONT, 24), fill=90)
    y = 400
    for row in rows:
        for i in range(3):
            draw.text((170 + 470 * i, y), row[2 * i], font=ImageFont.truetype(FONT, 18), fill=caption_grey)
            draw.text((170 + 470 * i, y + 28), row[2 * i + 1], font=ImageFont.truetype(BOLD, 28), fill=25)
        y += 130
    draw.text((150, y + 40), "Klopt er iets niet? Neem contact op met uw HR-adviseur.", font=ImageFont.truetype(FONT, 24), fill=40)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(200, 200))
    return buffer.getvalue()


def test_pale_grey_captions_over_values_are_read():
    (page,) = read_bytes(_portal(185), "portal.png")
    for caption in ("Werkgever", "Standplaats", "Datum in dienst", "Salarisschaal"):
        assert caption in page.text
    assert "Hogeschool Zuidwest" in page.text


@settings(max_examples=4, deadline=None)
@given(st.permutations(_ROWS))
def test_a_page_of_dark_type_reads_as_without_the_pale_lines(rows):
    data = _portal(25, rows)
    with patch.object(_ocr, "_PALE_CONTRAST", 255):  # nothing is that much darker than its neighbourhood: no pale line found
        before = read_bytes(data, "dark.png")[0].words
    assert read_bytes(data, "dark.png")[0].words == before
