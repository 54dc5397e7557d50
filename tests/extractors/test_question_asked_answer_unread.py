"""A form that asks whether care is needed round the clock, with radio buttons to mark,
whose mark no reading gives (issue 17; fresh11's `wijkteam_pdf_radioknoppen`, unseen and
studied for its values wrong at >= 0.80): a fillable PDF draws its buttons as circles, so
its text layer holds "Is zorg of toezicht nodig gedurende 24 uur per dag (dag én nacht)?
Ja Nee" and nothing of the dot. Its "Aantal uur zorg per week 28" made round-the-clock
care false at 1.0: a wrong value that decides. A question asked with its answers to mark,
none read, is unknown, whatever else the form says.

The same form's row "Naam  E. Sutedja   Adres  Leliesingel 32" gave the cared-for person
as "E. Sutedja Adres Leliesingel": a free-text value ends before a word that is, as a
whole, a field's label (`locating._before_next_label`)."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import placed_pdf

ROWS = [
    (60, 60, "Wijkteam Malburgen"),
    (60, 90, "Verklaring mantelzorg"),
    (60, 120, "1. Mantelzorger"),
    (60, 136, "Naam"), (150, 136, "Aicha Tahiri"), (300, 136, "Geboortedatum"), (390, 136, "12-10-1978"),
    (60, 160, "2. Zorgvrager"),
    (60, 176, "Naam"), (150, 176, "E. Sutedja"), (282, 176, "Adres"), (370, 176, "Leliesingel 32"),
    (60, 200, "3. Zorg"),
    (60, 216, "Is zorg of toezicht nodig gedurende 24 uur per dag (dag en nacht)?"), (440, 216, "Ja"), (475, 216, "Nee"),
    (60, 232, "Aantal uur zorg per week"), (215, 232, "28"),
    (60, 256, "Organisatie"), (150, 256, "Wijkteam Malburgen"), (300, 256, "Datum"), (390, 256, "20 juli 2026"),
]  # fmt: skip


def test_a_question_asked_with_its_answer_unread_is_unknown():
    (document,) = documents_of(read_bytes(placed_pdf([ROWS]), "formulier.pdf"))
    assert str(document.doc_type) == "mantelzorgverklaring"
    assert document.fields["round_the_clock"].value is None


def test_a_name_ends_before_the_next_cells_label():
    (document,) = documents_of(read_bytes(placed_pdf([ROWS]), "formulier.pdf"))
    assert document.fields["care_recipient_name"].value == "E. Sutedja"
    assert document.fields["caregiver_name"].value == "Aicha Tahiri"


def test_the_answer_marked_is_still_read():
    marked = [(x, y, "[X] Ja" if text == "Ja" else "[ ] Nee" if text == "Nee" else text) for x, y, text in ROWS]
    (document,) = documents_of(read_bytes(placed_pdf([marked]), "formulier.pdf"))
    assert document.fields["round_the_clock"].value is True
