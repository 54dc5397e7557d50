"""extractors._speckle: a speckled page cleared of its specks, its printed text kept pixel
for pixel; a clean page never touched."""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from extractors import _speckle
from extractors.pages import read_bytes
from samples.blind.render import degrade
from tests.extractors.rendered import lines_pdf

LINES = [
    "Rekeningafschrift SNS Bank N.V., Postbus 8444, 3503 RK Utrecht",
    "Rekeninghouders: Hao Tang en Seyma Simsek",
    "IBAN NL60 SNSB 0926 1472 82, aanmaakdatum 7 sep. 2026",
    "Saldo op 1 aug. 2026: EUR 2.984,00; saldo op 31 aug. 2026: EUR 6.157,00.",
]


def _page(dpi: int, size: float = 10) -> np.ndarray:
    """`LINES` printed at `size` points and scanned at `dpi`: greyscale pixels, clean."""
    page = pypdfium2.PdfDocument(lines_pdf(LINES, size))[0]
    return np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")).copy()


def _speckled(pixels: np.ndarray, dpi: int, per_square_inch: int, seed: int) -> np.ndarray:
    """`pixels` strewn with dark specks one to two pixels across (at 300 dpi; scaled with
    `dpi`), `per_square_inch` of them, over text and paper alike: paper grain and toner dust."""
    rng = np.random.default_rng(seed)
    height, width = pixels.shape
    count = int(per_square_inch * height * width / dpi / dpi)
    side = max(1, round(dpi / 300))
    out = pixels.copy()
    for y, x, tall, grey in zip(rng.integers(0, height - 3, count), rng.integers(0, width - 3, count), rng.integers(1, 3, count), rng.integers(30, 140, count)):
        out[y : y + tall * side, x : x + side] = np.minimum(out[y : y + tall * side, x : x + side], grey)
    return out


def test_a_clean_page_is_not_touched():
    for dpi in (150, 300):
        assert _speckle.cleared(Image.fromarray(_page(dpi)), dpi) is None


def test_a_speckled_page_loses_the_specks_away_from_its_text():
    clean = _page(300)
    speckled = _speckled(clean, 300, 400, seed=1)
    cleared = _speckle.cleared(Image.fromarray(speckled), 300)
    assert cleared is not None
    out = np.asarray(cleared)
    paper = np.ones_like(clean, dtype=bool)
    paper[: int(clean.shape[0] * 0.2)] = False  # the lines of text are all in the top fifth
    specks_before = int((speckled[paper] < 128).sum())
    specks_after = int((out[paper] < 128).sum())
    assert specks_before > 10_000
    assert specks_after < 0.02 * specks_before


@settings(max_examples=12, deadline=None)
@given(dpi=st.sampled_from([150, 200, 240, 300, 400]), size=st.sampled_from([7.0, 8.0, 10.0, 12.0]), density=st.integers(60, 1500), seed=st.integers(0, 2**16))
def test_clearing_keeps_every_printed_pixel(dpi, size, density, seed):
    """Whatever the resolution, the type's size and the specks' density: every pixel
    that is ink on the clean page (full stops, commas and hairlines included) is left as
    the speckled page has it."""
    clean = _page(dpi, size)
    speckled = _speckled(clean, dpi, density, seed)
    cleared = _speckle.cleared(Image.fromarray(speckled), dpi)
    if cleared is None:  # too few specks to count as speckled: nothing was changed
        return
    printed = clean < 200
    assert np.array_equal(np.asarray(cleared)[printed], speckled[printed])


def test_a_photocopied_scan_is_read():
    """The blind generator's photocopy (augraphy's BadPhotoCopy: a field of specks over
    the page) of `LINES` at 300 dpi reads every word. Read with its specks, none of them
    was read: Tesseract took the field for a picture."""
    photocopy = degrade(Image.fromarray(_page(300)), "photocopy", random.Random(7))
    buffer = io.BytesIO()
    photocopy.save(buffer, format="PNG", dpi=(300, 300))
    (page,) = read_bytes(buffer.getvalue(), "scan0007.png")
    words = page.text.split()
    for word in ("Rekeninghouders:", "Hao", "Tang", "Simsek", "Utrecht", "aanmaakdatum", "2.984,00;", "6.157,00."):
        assert word in words, word
