"""A volunteer's declaration in sentences: "verklaar ik ... dat Djenifer Lopes zorgt voor
F.A.S. Rahimi", care "overdag" only, "'s nachts ... geen zorg nodig" (fresh10's studied
church deacon's letter): carer, patient, and no round-the-clock care."""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document

LETTER = [
    "Stichting Buurtkerk De Hoeksteen",
    "Verklaring mantelzorg",
    "Hierbij verklaar ik, als ouderling van onze kerk, dat Samira Haddou zorgt voor",
    "H.J. Vermeer, wonend Kerkstraat 4 te Almelo. Ik zie hen iedere week.",
    "Samira helpt overdag; 's nachts heeft meneer geen hulp nodig.",
    "Almelo, 3 maart 2026",
]


def test_carer_and_patient_of_zorgt_voor_and_care_by_day_only():
    values = field_values(only_document(lines_pdf(LETTER)))
    assert values["caregiver_name"] == "Samira Haddou"
    assert values["care_recipient_name"] == "H.J. Vermeer"
    assert values["round_the_clock"] is False


def test_care_by_day_and_by_night_is_round_the_clock():
    letter = LETTER[:4] + ["Samira helpt overdag en 's nachts.", "Almelo, 3 maart 2026"]
    assert field_values(only_document(lines_pdf(letter)))["round_the_clock"] is True
