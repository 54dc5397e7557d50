"""Property: the strike detector (`extractors._ocr.struck_through`) leaves every correctly
printed, unstruck word as it is, whatever its letters (issue 17: a repair of OCR output
must leave correctly printed text unchanged); the comb joiner leaves words of more than
one character alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from extractors._ocr import struck_through
from woondossier.model import Word, combed

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïöü€.,-"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=14), min_size=1, max_size=6), st.integers(24, 44))
def test_an_unstruck_word_is_never_struck(texts, size):
    image, words = _drawn(texts, size, paper=255, ink=0)
    assert [w.text for w in struck_through(image, words, DPI)] == [w.text for w in words]


def _drawn(texts: list[str], size: int, paper: int, ink: int) -> tuple[Image.Image, list[Word]]:
    """A line of `texts` drawn in `ink` on a band of `paper` grey, and their words as OCR gives them."""
    image = Image.new("L", (1700, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 10, 1700, 110), fill=paper)
    font = ImageFont.truetype(FONT, size)
    words, x = [], 20
    for text in texts:
        left, top, right, bottom = draw.textbbox((x, 30), text, font=font)
        draw.text((x, 30), text, font=font, fill=ink)
        words.append(Word(text=text, bbox=tuple(v * 72 / DPI for v in (left, top, right, bottom)), confidence=0.95))
        x = right + size
        if x > 1600:
            break
    return image, words


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=14), min_size=1, max_size=6), st.integers(24, 44), st.integers(20, 90))
def test_an_unstruck_word_light_on_a_dark_band_is_never_struck(texts, size, band):
    """A letterhead's name in white on a dark bar ("CHP Zeeland" on a photo): the bar is
    no strike; the ink is the light letters."""
    image, words = _drawn(texts, size, paper=band, ink=245)
    assert [w.text for w in struck_through(image, words, DPI)] == [w.text for w in words]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, min_size=2, max_size=12), min_size=1, max_size=8))
def test_words_of_more_than_one_character_are_never_joined(texts):
    words, x = [], 0.0
    for text in texts:
        words.append(Word(text=text, bbox=(x, 0.0, x + 6.0 * len(text), 10.0), confidence=1.0))
        x += 6.0 * len(text) + 4.0
    assert [w.text for w in combed(words)] == texts
