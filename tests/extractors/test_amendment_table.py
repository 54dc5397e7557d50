"""An amendment's table ("Artikel | Was | Wordt"): its old column is no term of the document
(issue 17; fresh12's studied `allonge_verlenging_was_wordt`). The label "Duur" gave the old
end date, 30 November 2025, at 1.0 where the allonge extends the contract to 1 December 2026;
the place of work, "Kopenhagen, Denemarken", lost its country (a town abroad keeps a country
the lexicon knows, `lexicon/countries.txt`) and its label was not read after the row's number.

`extractors.amendments.current_terms` leaves the old column's cells out of the pages the
fields are read from; a page without such a table is left as it is, whatever it says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.amendments import current_terms
from extractors.pages import read_bytes
from tests.extractors.rendered import ocr_like, only_document, placed_pdf
from woondossier.model import Page, Word

ALLONGE = [
    (63, 60, "Zorggroep Rivierenland"),
    (63, 90, "Allonge bij de arbeidsovereenkomst"),
    (63, 115, "1. Zorggroep Rivierenland, gevestigd te Schiedam, hierna: de werkgever;"),
    (63, 130, "2. Budi Tuhumury, geboren op 25-03-2003, hierna: de werknemer;"),
    (63, 145, "komen overeen dat de arbeidsovereenkomst met ingang van 01-12-2025 wordt verlengd, als volgt:"),
    (69, 170, "Artikel"), (248, 170, "Was"), (396, 170, "Wordt"),
    (69, 185, "2. Duur"), (248, 185, "tot en met 30-11-2025"), (396, 185, "tot en met 01-12-2026"),
    (69, 200, "3. Arbeidsduur"), (248, 200, "32 uur per week"), (396, 200, "36 uur per week"),
    (69, 212, "4. Plaats van de werkzaamheden"), (248, 212, "Schiedam"), (396, 212, "Kopenhagen, Denemarken"),
    (63, 225, "Alle overige bepalingen van de arbeidsovereenkomst blijven ongewijzigd van kracht, was afgesproken."),
    (63, 245, "Aldus opgemaakt in tweevoud te Schiedam op 12-11-2025."),
]


def test_the_new_column_gives_the_term():
    for pages in (read_bytes(placed_pdf([ALLONGE]), "allonge.pdf"), ocr_like(read_bytes(placed_pdf([ALLONGE]), "allonge.pdf"))):
        (page,) = current_terms(pages)
        assert "30-11-2025" not in page.text and "32 uur" not in page.text
        assert "tot en met 01-12-2026" in page.text and "was afgesproken" in page.text  # the sentence under the table is whole
    document = only_document(placed_pdf([ALLONGE]))
    assert document.fields["end_date"].value == "2026-12-01"
    assert document.fields["start_date"].value == "2025-12-01"
    assert document.fields["place"].value == "Kopenhagen, Denemarken"  # a numbered row's label; abroad, the country after a comma


def test_old_and_new_in_a_sentence_are_no_table():
    rows = [(63, 60, "Wijziging"), (63, 80, "Het adres was Dorpsstraat 1 en wordt Kerkstraat 2 per 01-12-2026.")]
    (page,) = read_bytes(placed_pdf([rows]), "brief.pdf")
    assert current_terms([page])[0] is page


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,:€", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=8), min_size=1, max_size=12))
def test_a_page_without_an_old_and_a_new_column_is_left_as_it_is(rows):
    """Correctly printed text is never changed: without a header naming an old column and
    a new one, `current_terms` returns the very page it was given."""
    words = []
    for row, texts in enumerate(rows):
        x = 60.0
        for text in texts:
            if text.lower().strip(".,:") in {"was", "oud", "wordt", "nieuw", "old", "new", "before", "after", "gewijzigd", "voorheen", "bestaand", "amended", "previous", "oorspronkelijk"}:
                continue
            words.append(Word(text=text, bbox=(x, 70.0 + 16 * row, x + 6.0 * len(text), 80.0 + 16 * row), confidence=1.0))
            x += 6.0 * len(text) + (30.0 if row % 2 else 4.0)
    page = Page(file="p.pdf", number=1, width=595.0, height=842.0, words=tuple(words), ocr=False)
    assert current_terms([page])[0] is page
