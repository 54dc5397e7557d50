"""The second reading of a BSN misread by one digit (`extractors._digits`), through real
Tesseract on drawn pixels: it puts right the digit OCR changed, added or lost, and, the
property, leaves correctly printed text exactly as it was read, numbers of any length and
grouping included (issue 17: a repair of OCR output must leave correctly printed text
unchanged)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors._digits import REREAD_CONFIDENCE, reread_numbers
from extractors.values import is_valid_bsn
from tests.extractors.rendered import drawn_words

DPI = 300


def _misread(words, printed: str, read: str):
    """`words` with the one word `printed` as OCR misread it, `read`."""
    return [w.model_copy(update={"text": read}) if w.text == printed else w for w in words]


def test_a_digit_misread_is_read_again():
    image, words = drawn_words([["BSN", "375333800"]], 44, DPI, 90)
    assert is_valid_bsn("375333800") and not is_valid_bsn("375333300")
    again = reread_numbers(image, _misread(words, "375333800", "375333300"), DPI, "x.png", 1, "nld", 30.0)
    assert [w.text for w in again] == ["BSN", "375333800"]
    assert again[1].confidence <= REREAD_CONFIDENCE


def test_a_digit_added_by_a_rule_is_read_again():
    image, words = drawn_words([["BSN", "307423049", "13-04-2021"]], 44, DPI, 90)
    again = reread_numbers(image, _misread(words, "307423049", "3074230493"), DPI, "x.png", 1, "nld", 30.0)
    assert [w.text for w in again] == ["BSN", "307423049", "13-04-2021"]


def test_a_number_printed_in_groups_is_read_again_as_one():
    image, words = drawn_words([["Naam", "BSN"], ["Rachid", "Chaouch", "375", "333", "800"]], 44, DPI, 90)
    again = reread_numbers(image, _misread(words, "800", "300"), DPI, "x.png", 1, "nld", 30.0)
    assert [w.text for w in again] == ["Naam", "BSN", "Rachid", "Chaouch", "375333800"]


def test_a_page_that_names_no_bsn_is_not_read_again():
    # a dossier's nine-digit number misread on a page without a BSN stays as read: no BSN is looked for
    image, words = drawn_words([["Dossiernummer", "375333800"]], 44, DPI, 90)
    misread = _misread(words, "375333800", "375333300")
    assert reread_numbers(image, misread, DPI, "x.png", 1, "nld", 30.0) == misread


def test_a_misread_that_reads_the_same_again_stays_unread():
    # the pixels say what OCR read: no valid number one digit away, nothing is put in its place
    image, words = drawn_words([["Dossier", "375333300"]], 44, DPI, 90)
    assert reread_numbers(image, words, DPI, "x.png", 1, "nld", 30.0) == words


_DIGIT_GROUPS = st.lists(st.text(alphabet="0123456789", min_size=1, max_size=10), min_size=1, max_size=4)
_OTHER = st.sampled_from(["BSN", "Burgerservicenummer", "Datum", "13-04-2021", "04.04.2026", "Postbus", "€", "1.313,00", "NL91ABNA0417164300"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.one_of(_DIGIT_GROUPS, _OTHER.map(lambda w: [w])), min_size=1, max_size=3), min_size=1, max_size=3), st.integers(34, 56))
def test_correctly_printed_text_is_unchanged(rows, size):
    lines = [[word for group in row for word in group] for row in rows]
    image, words = drawn_words(lines, size, DPI, 110)
    assert reread_numbers(image, words, DPI, "x.png", 1, "nld", 30.0) == words
