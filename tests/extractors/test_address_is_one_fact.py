"""A page that no module and no title claims is typed by the facts it states after its
type's own labels (`locating.field_evidence`). An address is one fact, however many lines
it takes: a letter addressed to a family that states a child's name, birth date and BSN
(a school's or a club's confirmation of enrolment) is no BRP extract, though the extract
labels its street, house number, postcode and municipality too (fresh9's school letter,
studied for this, was typed a BRP extract in all three renderings)."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf


def _types(lines: list[str]) -> list[str]:
    return [str(d.doc_type) for d in documents_of(read_bytes(lines_pdf(lines), "brief.pdf"))]


def test_a_clubs_confirmation_to_a_familys_address_is_no_brp_extract():
    lines = [
        "Zwem- en Polovereniging De Dolfijn",
        "Aan de ouders van Sem",
        "Berkenlaan 12",
        "3811 KL Amersfoort",
        "Amersfoort, 3 maart 2026",
        "Onderwerp: bevestiging van uw aanmelding",
        "Beste ouders,",
        "Met genoegen bevestigen wij de aanmelding van Sem als jeugdlid.",
        "Naam lid Sem Bakker",
        "Geboortedatum 14 juni 2017",
        "Adres Berkenlaan 12, 3811 KL Amersfoort",
        "Lid per 1 april 2026",
        "Met sportieve groet,",
        "het bestuur",
    ]
    assert _types(lines) == ["unknown"]


def test_a_form_page_of_labelled_facts_is_still_told_by_them():
    """The second page of a house-sitting form, no title and no module's words on it:
    four facts of its type after their own labels type it."""
    lines = [
        "Huurder Petra de Wit",
        "Huisbewaarder Karim Benali",
        "Begindatum 1 juli 2026",
        "Einddatum 31 december 2026",
        "Maandelijkse vergoeding EUR 0,00",
        "Adres van de woning Kastanjelaan 8, 5611 AB Eindhoven",
    ]
    assert _types(lines) == ["huisbewaring_aanvraag"]
