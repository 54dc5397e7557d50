"""A care declaration written as a list of questions and answers by a neighbours' help
organisation (issue 17; fresh11's studied `burenhulp_opsomming`): "• Wie zorgt: NAME, buurman
en mantelzorger", "• Voor wie: NAME, address". Carer, cared-for and issuer were missing in
every rendering: the questions were no wordings of the label table, and no word of the
letterhead "Vrijwilligerspunt Burenhulp Heerhugowaard" told an organisation. Both are data
now (`labels.toml`, `lexicon/organisations.txt`)."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.lexicon import is_organisation
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like

DECLARATION = [
    "Vrijwilligerspunt Burenhulp Lelystad",
    "Verklaring mantelzorg",
    "Als coördinator van Vrijwilligerspunt Burenhulp Lelystad ken ik de situatie uit eigen waarneming.",
    "• Wie zorgt: Henk van Die, buurman en mantelzorger",
    "• Voor wie: Fatma Yilmaz, Kerkstraat 3, Lelystad",
    "• Sinds: januari 2024",
    "• 's Nachts: nee, de zorg is overdag",
    "Lelystad, 15-01-2026",
    "Jeroen Smit",
]


def test_questions_of_a_list_are_labels():
    for ocr in (False, True):
        pages = read_bytes(lines_pdf(DECLARATION), "verklaring.pdf")
        (document,) = documents_of(ocr_like(pages) if ocr else pages)
        values = {name: field.value for name, field in document.fields.items()}
        assert str(document.doc_type) == "mantelzorgverklaring"
        assert values["caregiver_name"] == "Henk van Die"
        assert values["care_recipient_name"] == "Fatma Yilmaz"
        assert values["issue_date"] == "2026-01-15"
        assert values["issuer"] == "Vrijwilligerspunt Burenhulp Lelystad"


def test_volunteers_and_neighbours_help_are_organisations():
    assert is_organisation("Vrijwilligerspunt Burenhulp Lelystad")
    assert is_organisation("Vrijwilligerscentrale Zaanstad") and is_organisation("Diaconie Protestantse Gemeente")
    assert not is_organisation("Henk van Die") and not is_organisation("Burendijk 4")
