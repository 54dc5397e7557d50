"""Titles as data (`extractors.titles`): a document named by its heading is typed by it,
a look-alike headed as another kind of document is `unknown`. Real PDFs, real pdfplumber."""

from __future__ import annotations

import pytest

from extractors.classify import classify_pages
from extractors.pages import read_bytes
from extractors.titles import OTHER, headed_by, table
from tests.extractors.rendered import lines_pdf
from woondossier.model import DocType


def _classify(lines: list[str]) -> DocType:
    return classify_pages(read_bytes(lines_pdf(lines), "doc.pdf"))[0]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ["Acme Holding B.V.", "Postbus 12, 1000 AA Amsterdam", "", "Werkgeversverklaring",
             "Hierbij verklaren wij dat mevrouw A. de Vries sinds 1 maart 2020 bij ons werkzaam is."],
            DocType.arbeidsovereenkomst,
        ),
        (
            ["Gemeente Utrecht", "Betreft: verklaring van inschrijving", "Naam: A. de Vries", "Geboortedatum 01-02-1990"],
            DocType.brp_uittreksel,
        ),
        (["Aanvraagformulier huisbewaring", "Naam huurder: P. Jansen"], DocType.huisbewaring_aanvraag),
        (["Loonstrook oktober 2026", "Werkgever: Acme B.V.", "Werknemer: A. de Vries", "Datum in dienst: 01-03-2020"], DocType.unknown),
        (["Voorstel huurverhoging 2027", "Huurder: P. Jansen", "Adres: Kerkstraat 1, 1234 AB Tilburg"], DocType.unknown),
    ],
    ids=["employer-letter", "brp-by-subject", "house-sitting-form", "payslip-look-alike", "rent-increase-look-alike"],
)
def test_documents_are_typed_by_their_titles(lines, expected):
    assert _classify(lines) is expected


def test_a_title_mentioned_in_a_sentence_heads_nothing():
    pages = read_bytes(lines_pdf(["Wij hebben uw inkomensverklaring en uw loonstrook van oktober in goede orde ontvangen, dank u."]), "x.pdf")
    assert headed_by(pages) == set()


def test_every_contract_doc_type_has_titles():
    assert set(table()) == {t.value for t in DocType if t is not DocType.unknown} | {OTHER}


REQUEST_FORM = [
    "Gemeente Zwolle Burgerzaken",
    "{heading}",
    "1 Uw gegevens",
    "Naam Kwame Boateng Geboortedatum 26-12-1978 Burgerservicenummer 123456782",
    "Adres Fazantlaan 16 Postcode 8011 AB Woonplaats Zwolle",
    "2 Welk uittreksel wilt u?",
    "{box} Uittreksel BRP (standaard)",
    "[ ] Uittreksel BRP met adreshistorie",
    "Uittreksel BRP met bewoners van het adres",
]


@pytest.mark.parametrize("heading", ["Aanvraag uittreksel BRP", "Aanvraagformulier uittreksel BRP", "Verzoek om een uittreksel BRP"])
@pytest.mark.parametrize("box", ["[X]", ""])  # a scan may lose the box
def test_a_form_asking_for_a_document_is_not_that_document(heading, box):
    pages = read_bytes(lines_pdf([line.format(heading=heading, box=box) for line in REQUEST_FORM]), "form.pdf")
    assert OTHER in headed_by(pages) and "brp_uittreksel" not in headed_by(pages)
    assert classify_pages(pages)[0] is DocType.unknown


def test_a_request_that_is_itself_the_document_keeps_its_type():
    pages = read_bytes(lines_pdf(["Aanvraag huisbewaring", "Naam huurder: Fatima Bouali", "Naam huisbewaarder: Noor Bakker"]), "form.pdf")
    assert headed_by(pages) == {"huisbewaring_aanvraag"}


def test_an_option_beside_a_box_is_no_heading():
    pages = read_bytes(lines_pdf(["Welk document stuurt u mee?", "[X] Uittreksel BRP", "[ ] Werkgeversverklaring"]), "form.pdf")
    assert headed_by(pages) == set()


def test_a_municipal_news_page_naming_residents_is_no_extract():
    """A municipality's page in the local weekly (fresh8's studied look-alike) announces an
    intended removal from the Basisregistratie Personen, with names, birth dates and last
    addresses: a notice about residents, never an extract of a household."""
    lines = ["Gemeentenieuws", "Gemeente Westerkwartier · week 42", "",
             "Basisregistratie Personen: voornemen tot uitschrijving",
             "Het college heeft vastgesteld dat de volgende personen niet meer wonen op het adres waar zij staan ingeschreven.",
             "S. Haile, geboren 03-01-1979, laatst bekend adres Westergracht 7 B, 6712 TF Zuidhorn",
             "N.Z. Lahlou, geboren 15-02-1995, laatst bekend adres Schoolhof 67, 1222 NG Zuidhorn"]
    assert _classify(lines) is DocType.unknown
