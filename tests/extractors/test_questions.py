"""A question states nothing (issue 17). A municipal care declaration asks "Is 24 uur per
dag zorg of toezicht nodig?" and answers under it in a sentence, "Nee, zorg is overdag
nodig; ...": the question's own words name round-the-clock care, and were read as the
declaration stating it (true at 1.0, where the answer is no: a wrong pass of the
mantelzorg check). The answer in words is read as the form's answer; a question is never a
statement of the fact it asks about."""

from __future__ import annotations

import pytest

from tests.extractors.rendered import field_values, only_document, placed_pdf


def _declaration(question: str, answer: str) -> list[tuple[int, int, str]]:
    return [(63, 60, "Gemeente Pijnacker-Nootdorp"), (63, 80, "Team Wmo"),
            (63, 115, "Verklaring mantelzorg"),
            (69, 175, "Zorgvrager"), (300, 175, "Mantelzorger"),
            (69, 190, "Naam"), (120, 190, "BERHANE Saba"), (300, 190, "Naam"), (350, 190, "SCHOUTEN Tess"),
            (69, 206, "Adres"), (120, 206, "Molenstraat 14, Pijnacker"),
            (63, 256, "Zorgtaken"), (84, 281, "• begeleiding naar afspraken"), (84, 294, "• huishouden"),
            (63, 330, question), (63, 355, answer),
            (63, 378, "Datum verklaring: 17 mei 2026")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("Nee, zorg is overdag nodig; 's nachts is geen toezicht nodig.", False),
     ("Ja, de zorgvrager kan geen moment alleen zijn.", True),
     ("Nee \u2013 alleen overdag.", False)],
)
def test_an_answer_in_words_under_a_question_is_the_answer(answer, expected):
    fields = field_values(only_document(placed_pdf([_declaration("Is 24 uur per dag zorg of toezicht nodig?", answer)])))
    assert fields["round_the_clock"] is expected


def test_a_question_left_unanswered_states_nothing():
    rows = _declaration("Is 24 uur per dag zorg of toezicht nodig?", "Zie de toelichting van de wijkverpleegkundige.")
    assert field_values(only_document(placed_pdf([rows])))["round_the_clock"] is None


def test_a_question_naming_part_of_a_clause_is_answered_by_the_next_sentence():
    """"Wat gebeurt er als de hoofdhuur eindigt? Dan eindigt ook deze overeenkomst.": the
    question names the main lease's end, its answer the sublease's; together they are the
    end-with-main-lease clause."""
    rows = [(60, 50, "Onderhuurovereenkomst"),
            (60, 80, "Verhuurder: Pieter Jansen, Kerkstraat 4, 1311 AB Almere"),
            (60, 96, "Huurder: Amina Haddou"),
            (60, 112, "De huurprijs bedraagt EUR 450,00 per maand."),
            (60, 128, "Deze overeenkomst gaat in op 1 juni 2026."),
            (60, 160, "Wat gebeurt er als de hoofdhuur eindigt? Dan eindigt ook deze overeenkomst."),
            (60, 200, "Plaats en datum: Almere, 20 mei 2026")]
    assert field_values(only_document(placed_pdf([rows])))["end_with_main_lease"] is True


def _comb_form(answer_row: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A municipal form (fresh8's studied half): a question of which care is given, its
    options ticked with an X before each, then the 24-hour question with its answer row."""
    return [(49, 47, "Gemeente Velsen"), (49, 69, "Team Wmo"), (49, 99, "Verklaring mantelzorg"),
            (49, 171, "Voorletters en achternaam E. BOERSMA"), (49, 317, "Voorletters en achternaam E.E. BLOM"),
            (57, 445, "3. De zorg"),
            (49, 464, "Welke zorg geeft u?"), (134, 464, "X persoonlijke verzorging"), (251, 464, "X huishouden"),
            (321, 464, "X toezicht"), (52, 476, "X administratie"),
            (49, 493, "Is er 24 uur per dag zorg of toezicht nodig?"), *answer_row,
            (49, 582, "Datum 14-08-2026")]


def test_a_question_after_a_question_does_not_finish_it():
    """"Welke zorg geeft u? X ... Is er 24 uur per dag zorg of toezicht nodig?" is two
    questions: read as one window they named round-the-clock care and counted as stating
    it (true at 1.0, where the cross stood before "Nee"). A cross between "Ja" and "Nee"
    that stands about as near to both tells nothing: unknown, never true."""
    between = [(243, 493, "Ja"), (261, 493, "X"), (272, 493, "Nee")]
    assert field_values(only_document(placed_pdf([_comb_form(between)])))["round_the_clock"] is None
    boxed = [(243, 493, "[ ] Ja"), (280, 493, "[X] Nee")]  # Helvetica has no "☐"/"☒": its text layer gave "■ Ja ■ Nee"
    assert field_values(only_document(placed_pdf([_comb_form(boxed)])))["round_the_clock"] is False
