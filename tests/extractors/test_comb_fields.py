"""A form in comb boxes, one letter or digit per box (issue 17, fresh8's studied half: a
municipality's care declaration "in blokletters"). Each box's character is printed, and
read, as a word of its own: "4 8 8 2 7 4 3 8 2", "E . B O E R S M A". The boxes' characters
are joined into the value they spell, an empty box being a space ("E. BOERSMA"), and a
name asked with a plain "Voorletters en achternaam" under a part's heading ("1. Gegevens
mantelzorger") is that part's person."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf

PITCH = 14.8  # points from one box to the next


def _boxes(x: float, y: float, value: str) -> list[tuple[float, float, str]]:
    """One placed character per box; a space leaves its box empty."""
    return [(x + i * PITCH, y, c) for i, c in enumerate(value) if c != " "]


def _form() -> list[tuple[float, float, str]]:
    return [(49, 47, "Gemeente Velsen"), (49, 69, "Team Wmo"), (49, 99, "Verklaring mantelzorg"),
            (49, 126, "Vul dit formulier in met blokletters. Schrijf één letter of cijfer per vakje."),
            (57, 152, "1. Gegevens mantelzorger"),
            (49, 171, "Voorletters en achternaam"), *_boxes(178, 171, "E. BOERSMA"),
            (49, 195, "Burgerservicenummer"), *_boxes(178, 195, "488274382"),
            (49, 218, "Geboortedatum (dd-mm-jjjj)"), *_boxes(178, 218, "07-07-1954"),
            (57, 298, "2. Gegevens zorgvrager"),
            (49, 317, "Voorletters en achternaam"), *_boxes(178, 317, "E.E. BLOM"),
            (49, 341, "Burgerservicenummer"), *_boxes(178, 341, "345875941"),
            (57, 445, "3. De zorg"),
            (49, 464, "Welke zorg geeft u?"), (134, 464, "X persoonlijke verzorging"), (251, 464, "X huishouden"),
            (57, 520, "4. In te vullen door de gemeente"),
            (49, 540, "De gemeente verklaart dat de zorg na een huisbezoek is vastgesteld."),
            (49, 559, "Naam consulent B. El Khattabi"),
            (49, 582, "Datum"), *_boxes(178, 582, "14-08-2026")]


def test_the_characters_of_comb_boxes_spell_their_values():
    fields = field_values(only_document(placed_pdf([_form()])))
    assert fields["caregiver_name"] == "E. BOERSMA"
    assert fields["care_recipient_name"] == "E.E. BLOM"
    assert fields["issue_date"] == "2026-08-14"


def test_a_form_question_names_no_caregiver():
    """"Welke zorg geeft u?" is a question: "Welke" gives no care (it was read as the
    caregiver at 0.95)."""
    rows = [row for row in _form() if not row[2].startswith("Voorletters") and row[1] not in (171, 317)]
    assert field_values(only_document(placed_pdf([rows])))["caregiver_name"] is None
