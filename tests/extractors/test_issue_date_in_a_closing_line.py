"""A BRP extract whose date of issue stands only in its closing line, "Uittreksel
vervaardigd op 01-07-2026 door de afdeling Burgerzaken" (issue 17; fresh11's studied
`brp_actueel_historie_kolommen`: missing in every rendering). A wording of the label
table (`labels.toml`), as "aangemaakt op" and "opgemaakt op" were."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like

EXTRACT = [
    "Gemeente Leeuwarden",
    "Uittreksel Basisregistratie Personen met historische gegevens",
    "Straat Gerrit van der Veenstraat",
    "Huisnummer 4",
    "Postcode 8939 HC",
    "Woonplaats Leeuwarden",
    "Persoon 1",
    "Naam Hove, Hendrik ten",
    "Geboortedatum 20-04-1997",
    "Datum aanvang adreshouding 14-12-2020",
    "Uittreksel vervaardigd op 01-07-2026 door de afdeling Burgerzaken van de gemeente Leeuwarden.",
]


def test_the_date_an_extract_was_made_is_its_date_of_issue():
    for ocr in (False, True):
        pages = read_bytes(lines_pdf(EXTRACT), "uittreksel.pdf")
        (document,) = documents_of(ocr_like(pages) if ocr else pages)
        assert document.fields["issue_date"].value == "2026-07-01"
