"""Property: the check-box reader (`extractors._boxes`) leaves a page without boxes exactly
as OCR read it, whatever its words (issue 17: a repair of OCR output must leave correctly
printed text unchanged), brackets, rules and letters O, D and 0 included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from extractors._boxes import find_boxes, marked_boxes
from woondossier.model import Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïöü€.,-[]()|_/ODQ#"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=12), min_size=1, max_size=6), min_size=1, max_size=5), st.integers(28, 60))
def test_a_page_without_boxes_keeps_its_words(lines, size):
    image = Image.new("L", (2400, 160 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    words = []
    for row, texts in enumerate(lines):
        x, y = 40, 40 + 90 * row
        for text in texts:
            left, top, right, bottom = draw.textbbox((x, y), text, font=font)
            draw.text((x, y), text, font=font, fill=0)
            words.append(Word(text=text, bbox=tuple(v * 72 / DPI for v in (left, top, right, bottom)), confidence=0.95, line=row))
            x = right + size
            if x > 2200:
                break
    assert find_boxes(image, DPI) == []
    assert marked_boxes(image, words, DPI, "x.png", 1, "nld", 30.0) == words
