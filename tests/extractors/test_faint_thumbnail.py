"""A 600 dpi scan of thin type (issue 18; fresh10's unseen `neobank_tweetalig_maandafschrift`
scan, studied for this and moved to the studied half). The page's skew is
measured on a thumbnail of at most 800 pixels a side: a 600 dpi page shrinks nine times,
its strokes of two or three pixels average to grey 140-200, under the ink threshold (128)
nothing is left, and the page seemed to hold no ink. Its 3° skew was never corrected, the
label column and the value column came apart by a row, and the statement date was read as
the period's start at 0.86. `_geometry._strokes_kept` stretches such a thumbnail's levels
so its strokes are ink again when the skew is measured; a thumbnail that has ink is left
exactly as it is."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PIL import Image, ImageFilter

from extractors import _geometry
from extractors.pages import read_bytes
from tests.extractors.rendered import placed_pdf

ROWS = [(63, 70, "bunq"), (63, 110, "Monthly statement / Maandafschrift"),
        (63, 135, "Account holders / Rekeninghouders"), (243, 135, "Ruba Al Ahmad"),
        (63, 151, "IBAN"), (243, 151, "NL76 BUNQ 6057 3299 55"),
        (63, 167, "Period / Periode"), (243, 167, "Sun 1 Feb 2026 - Mon 16 Feb 2026"),
        (63, 183, "Statement date / Afschriftdatum"), (243, 183, "Tue 17 Feb 2026"),
        (63, 199, "Opening balance / Beginsaldo"), (243, 199, "3,605.98 EUR"),
        (63, 215, "Closing balance / Eindsaldo"), (243, 215, "1,655.92 EUR")]


def _thin_600_dpi_scan(turn: float) -> Image.Image:
    """The page at 600 dpi, its strokes thinned to two or three pixels, turned `turn` degrees."""
    page = pdfium.PdfDocument(placed_pdf([ROWS]))[0]
    image = page.render(scale=600 / 72).to_pil().convert("L").filter(ImageFilter.MaxFilter(5))
    return image.rotate(turn, fillcolor=255, resample=Image.Resampling.BICUBIC)


def test_the_skew_of_a_thin_600_dpi_scan_is_measured():
    image = _thin_600_dpi_scan(3.0)
    small = image.copy()
    small.thumbnail((800, 800))
    assert (np.asarray(small) < 128).mean() < _geometry.SPECKS  # the shrunk strokes are no ink
    assert _geometry.skew(_geometry.thumbnail(image)) == -3.0


def test_a_faint_pages_slight_slant_is_left_as_it_is():
    """A degree of slant Tesseract reads as well as none; turning the page would blur its
    thin strokes further (`_geometry.FAINT_SKEW`)."""
    assert _geometry.skew(_geometry.thumbnail(_thin_600_dpi_scan(1.0))) == 0.0


def test_a_photos_shading_is_no_stroke():
    """A shadow across a photographed sheet darkens it gradually: no pixel stands out of the
    paper around it, so nothing is made ink and no slant is measured on it."""
    shade = np.tile(np.linspace(250, 135, 800).astype(np.uint8)[:, None], (1, 566))
    small = Image.fromarray(shade, "L")
    assert _geometry._strokes_kept(small) is small
    assert _geometry.skew(small) == 0.0


def test_its_rows_are_read_level():
    buffer = io.BytesIO()
    _thin_600_dpi_scan(3.0).save(buffer, "PNG", dpi=(600, 600))
    (page,) = read_bytes(buffer.getvalue(), "scan.png")
    texts = [line.text for line in page.lines]
    assert any(t.startswith("Statement date") and t.endswith("17 Feb 2026") for t in texts), texts
    assert any(t.startswith("Period") and "16 Feb 2026" in t for t in texts), texts


@settings(max_examples=60, deadline=None)
@given(arrays(np.uint8, (40, 30), elements=st.integers(0, 255)), st.floats(0.0021, 0.5))
def test_a_thumbnail_with_ink_is_left_as_it_is(grey, share):
    grey = grey.copy()
    count = int(np.ceil(share * grey.size))
    grey.flat[:count] = np.minimum(grey.flat[:count], 127)  # ink enough, wherever else it is light
    small = Image.fromarray(grey, "L")
    assert np.array_equal(np.asarray(_geometry._strokes_kept(small)), grey)


@settings(max_examples=60, deadline=None)
@given(arrays(np.uint8, (40, 30), elements=st.integers(255 - _geometry.FAINT_CONTRAST + 1, 255)))
def test_a_blank_sheets_shading_is_left_as_it_is(grey):
    small = Image.fromarray(grey, "L")
    assert np.array_equal(np.asarray(_geometry._strokes_kept(small)), grey)
