"""Property: the check-box reader (`extractors._boxes`) leaves a page without boxes exactly
as OCR read it, whatever its words (issue 17: a repair of OCR output must leave correctly
printed text unchanged), brackets, rules and letters O, D and 0 included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors._boxes import find_boxes, marked_boxes
from tests.extractors.rendered import drawn_words

DPI = 300
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëïöü€.,-[]()|_/ODQ#"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=12), min_size=1, max_size=6), min_size=1, max_size=5), st.integers(28, 60))
def test_a_page_without_boxes_keeps_its_words(lines, size):
    image, words = drawn_words(lines, size, DPI, 90)
    assert find_boxes(image, DPI) == []
    assert marked_boxes(image, words, DPI, "x.png", 1, "nld", 30.0) == words
