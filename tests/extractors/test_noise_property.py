"""Property: leaving noise out of a noisy scan's reading (`extractors._noise`) leaves a
correctly printed page exactly as OCR read it (issue 17: a repair of OCR output must leave
correctly printed text unchanged), and never drops a word that may be a value or a label.

The pages are read by real Tesseract: text drawn on white at 300 dpi, as a clean scan
gives it, and the same text under a photocopy's toner bands."""

from __future__ import annotations

import io
import random
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from bench.reading import cer
from extractors import _noise
from extractors.pages import read_bytes
from woondossier.model import Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DUTCH = ["Gemeente", "Utrecht", "Geboortedatum", "woonadres", "Burgerservicenummer", "Datum", "uittreksel", "Bewoners",
         "van", "dit", "adres", "Sinds", "Postcode", "huurder", "ingeschreven", "De", "Vries", "Jansen", "Bakker", "straat"]
NUMBERS = ["12", "3512 JK", "14-02-1987", "23 okt. 2026", "€ 1.250,00", "7", "2003"]


def _page(lines: list[str], bands: int = 0, seed: int = 0) -> bytes:
    """A PNG of `lines` at 300 dpi, with `bands` streaks of toner specks across it."""
    image = Image.new("L", (2480, 200 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 42)
    for row, text in enumerate(lines):
        draw.text((150, 100 + 90 * row), text, font=font, fill=0)
    rng = random.Random(seed)
    for band in range(bands):
        y = 100 + 90 * (band % len(lines)) + 20
        for _ in range(2500):
            x, dy = rng.randrange(0, 2480), rng.gauss(0, 18)
            r = rng.choice((2, 3, 4))
            draw.ellipse((x, y + dy, x + r, y + dy + r), fill=rng.choice((0, 60, 110)))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(300, 300))
    return buffer.getvalue()


def _word(text: str, confidence: float) -> Word:
    return Word(text=text, bbox=(0.0, 0.0, 1.0, 1.0), confidence=confidence)


def _read(data: bytes, name: str, noise_left_out: bool = True):
    """The page as the reader gives it; with `noise_left_out` false, as it read before the pass."""
    if noise_left_out:
        return read_bytes(data, name)[0]
    with patch.object(_noise, "without_noise", lambda words: words):
        return read_bytes(data, name)[0]


@settings(max_examples=6, deadline=None)
@given(st.lists(st.lists(st.sampled_from(DUTCH + NUMBERS), min_size=2, max_size=6).map(" ".join), min_size=3, max_size=8))
def test_a_correctly_printed_page_keeps_its_reading(lines):
    data = _page(lines)
    assert _read(data, "clean.png").words == _read(data, "clean.png", noise_left_out=False).words


def _blind_scan(doc_type: str, layout: str) -> tuple[bytes, str, str]:
    """A scan of the blind generator's dev split as `samples.blind` writes it (its print-scan
    and photocopy damage), its file name, and the text of its born-digital twin."""
    from samples.blind import corpus, render

    seed = corpus.SPLITS["dev"]
    html, _truth = corpus.make(doc_type, layout, random.Random(f"{seed}:{doc_type}:{layout}:0"))
    digital = render.render_digital(html)
    content, extension = render.render_scan(digital, random.Random(f"{seed}:{doc_type}/{layout}-scan-0"))
    return content, f"{layout}-scan-0.{extension}", read_bytes(digital, "twin.pdf")[0].text


def test_a_noisy_scan_loses_its_noise_and_keeps_its_values():
    # a care centre's table photocopied: toner bands over its lines, read as runs of "EE", "##", "ae"
    data, name, twin = _blind_scan("mantelzorgverklaring", "steunpunt_table")
    raw, kept = _read(data, name, noise_left_out=False), _read(data, name)
    assert len(kept.words) < len(raw.words)
    assert all(w in raw.words for w in kept.words)
    digits = lambda page: [w for w in page.words if any(c.isdigit() for c in w.text)]
    assert digits(kept) == digits(raw)  # every value, and every number the black-out looks at
    assert cer(twin, kept.text) < cer(twin, raw.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=10), st.floats(0, 1)), max_size=40))
def test_never_drops_a_value_a_label_or_a_well_read_word(pairs):
    words = [_word(text, confidence) for text, confidence in pairs]
    kept = _noise.without_noise(words)
    assert kept == [w for w in words if w in kept]  # in order, nothing added
    for word in words:
        if word.confidence >= _noise.NOISE_CONFIDENCE or any(c.isdigit() for c in word.text) or sum(c.isalpha() for c in word.text) >= 4 or word.text.upper().startswith("BSN"):
            assert word in kept
    if sum(w.confidence < _noise.NOISE_CONFIDENCE for w in words) < _noise.NOISY_SHARE * len(words):
        assert kept == words
