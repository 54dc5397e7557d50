"""Properties of two readings added for fresh11 (issue 17: a repair of OCR output must leave
correctly printed text unchanged).

- `_forms._radio_buttons` turns OCR's readings of radio buttons ("© Ja Onee") into the
  glyphs a text layer has. Whatever words a line prints, it changes nothing unless a dot's
  reading ("©", "@", "®") stands right before an answer and both answers are there: words
  that merely begin with "O" ("Oost", "Onee"), a lone "O" before an answer, and the glyphs
  a text layer already gives ("◉", "○") pass through as printed.
- `classify.enclosure` leaves a document's fields to its later pages only behind a covering
  letter. Pages that neither greet nor close as a letter does keep every page, whatever
  they say of annexes and enclosures; so does a letter whose next page is not marked an
  annex and which does not say the document is behind it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors._forms import _radio_buttons
from extractors.classify import covering_letter, enclosure
from woondossier.model import Page, Word

PRINTED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëü€.,:;-()[]"
"""Letters a correctly printed line holds; no dot's reading of a radio button among them."""
OPTIONS = ["Ja", "Nee", "ja", "nee", "JA", "NEE", "Yes", "No", "O", "o", "0", "()", "Oost", "Onee", "Oja", "◉", "○", "☒", "☐", "[X]", "[ ]"]
"""Answers, rings without a dot, words that begin with "O", and the glyphs a text layer gives."""


def _tokens(texts: list[str]) -> list[tuple[int, int, str]]:
    tokens, at = [], 0
    for text in texts:
        tokens.append((at, at + len(text), text))
        at += len(text) + 1
    return tokens


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(OPTIONS), st.text(alphabet=PRINTED, min_size=1, max_size=10)), min_size=1, max_size=10))
def test_printed_words_are_never_taken_for_radio_buttons(texts):
    tokens = _tokens([text for text in texts if text.strip() == text and " " not in text])
    assert _radio_buttons(tokens) == (tokens, False)


def test_a_dot_s_reading_before_one_of_both_answers_is_a_radio_button():
    """The property above is not vacuous: the same function does change OCR's reading."""
    tokens, radios = _radio_buttons(_tokens(["Dag", "en", "nacht?", "©", "Ja", "Onee"]))
    assert radios and [t[2] for t in tokens][-4:] == ["◉", "Ja", "○", "nee"]


SENTENCES = [
    "Inkomensverklaring 2025", "Bijlage 1", "BIJLAGE", "Als bijlage treft u de verklaring aan.", "Bijgaand de loonstrook.",
    "Hierbij ontvangt u het uittreksel.", "Zie de volgende pagina.", "Datum 17 augustus 2026", "Naam Liban Abdullahi Osman",
    "Verzamelinkomen € 25.323", "Burgerservicenummer 117050726", "Belastingdienst", "Postbus 9047, 7300 GK Apeldoorn",
    "enclosed", "attached", "Ondertekening", "Handtekening verhuurder",
]
"""Lines of ordinary documents, among them every word a covering letter encloses with; none
greets or closes as a letter does."""


def _page(number: int, lines: list[str]) -> Page:
    words = []
    for row, line in enumerate(lines):
        x = 60.0
        for text in line.split():
            words.append(Word(text=text, bbox=(x, 70.0 + 16 * row, x + 5.5 * len(text), 80.0 + 16 * row), confidence=1.0))
            x += 5.5 * len(text) + 3.0
    return Page(file="brief.pdf", number=number, width=595.0, height=842.0, words=tuple(words), ocr=False)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8), min_size=1, max_size=4))
def test_pages_that_are_no_letter_keep_every_page(pages_lines):
    pages = [_page(i + 1, lines) for i, lines in enumerate(pages_lines)]
    assert not covering_letter(pages[0])
    assert list(enclosure(pages)) == pages


LETTER = ["Geachte heer Osman,", "Hierbij ontvangt u de gevraagde verklaring.", "Met vriendelijke groet,", "S. Ramdjan"]
UNMARKED = [s for s in SENTENCES if not s.lower().startswith("bijlage") and "volgende pagina" not in s]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(UNMARKED), min_size=1, max_size=8))
def test_a_letter_s_own_next_page_stays_the_letter_s(next_lines):
    pages = [_page(1, LETTER), _page(2, next_lines)]
    assert covering_letter(pages[0])
    assert list(enclosure(pages)) == pages


def test_a_letter_before_its_marked_annex_hands_the_fields_to_it():
    """Not vacuous: the same letter before a page marked an annex gives that page."""
    pages = [_page(1, LETTER), _page(2, ["BIJLAGE 1", "Inkomensverklaring 2025"])]
    assert list(enclosure(pages)) == pages[1:]
