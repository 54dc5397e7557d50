"""Upright rules of comb boxes and ruled tables are taken out of a page before it is read
(`extractors._rules`), and nothing else is: a page of text, checkboxes or a struck word
comes back as it was (issue 17: a repair must leave correctly printed text unchanged)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from extractors._rules import unruled
from extractors.pages import read_bytes

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïöü€.,-|[]lI1"


def _png(image: Image.Image) -> bytes:
    import io

    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=14), min_size=1, max_size=8), st.integers(18, 60), st.booleans())
def test_a_page_of_text_without_rules_comes_back_as_it_was(texts, size, underlined):
    """Letters of any size up to a 22 pt heading's at 200 dpi ("l", "I", "|" and "[" among
    them), underlined or not, struck or not: the same image, untouched."""
    image = Image.new("L", (1700, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    x, y = 20, 40
    for i, text in enumerate(texts):
        left, top, right, bottom = draw.textbbox((x, y), text, font=font)
        draw.text((x, y), text, font=font, fill=0)
        if underlined:
            draw.line((left, bottom + 2, right, bottom + 2), fill=0, width=2)
        if i % 3 == 1:
            draw.line((left, (top + bottom) // 2, right, (top + bottom) // 2), fill=0, width=2)  # struck through
        x = right + size
        if x > 1500:
            x, y = 20, y + 2 * size
    assert unruled(image, DPI) is image


def test_checkboxes_stay_as_drawn():
    image = Image.new("L", (1000, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    for i, label in enumerate(("Ja", "Nee", "Weet niet")):
        x = 40 + 300 * i
        draw.rectangle((x, 100, x + 28, 128), outline=0, width=3)
        if i == 1:
            draw.line((x + 4, 104, x + 24, 124), fill=0, width=3)
            draw.line((x + 24, 104, x + 4, 124), fill=0, width=3)
        draw.text((x + 45, 96), label, font=font, fill=0)
    assert unruled(image, DPI) is image


def _comb_form() -> Image.Image:
    """A municipal form's BSN and name in comb boxes, 200 dpi."""
    image = Image.new("L", (1654, 600), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    for row, (label, value) in enumerate((("Burgerservicenummer", "488274382"), ("Achternaam", "BOERSMA"))):
        top = 120 + 150 * row
        draw.text((60, top + 8), label, font=font, fill=0)
        left, box = 560, 52
        draw.rectangle((left, top, left + box * len(value), top + 62), outline=0, width=2)
        for i, ch in enumerate(value):
            if i:
                draw.line((left + box * i, top, left + box * i, top + 62), fill=0, width=2)
            draw.text((left + box * i + 14, top + 10), ch, font=font, fill=0)
    return image


def test_the_upright_rules_of_comb_boxes_are_taken_out_and_their_letters_kept():
    image = _comb_form()
    out = np.asarray(unruled(image, DPI))
    before = np.asarray(image)
    assert (out[130:175, 560 + 52 - 1 : 560 + 52 + 2] > 200).all()  # the rule between the first two boxes is gone
    assert (out[130:175, 560 + 52 * 4 - 1 : 560 + 52 * 4 + 2] > 200).all()
    assert (out[130:175, 560:1028] < 100).sum() > 0.5 * (before[130:175, 560:1028] < 100).sum()  # the digits stay
    assert (out[100:500, 0:550] == before[100:500, 0:550]).all()  # the labels are untouched


def test_a_bsn_in_comb_boxes_is_read_without_its_rules():
    page = read_bytes(_png(_comb_form()), "comb.png")[0]
    assert "488274382" in page.text.replace(" ", "")
    assert "|" not in page.text
