"""Facts a letter states in sentences (`extractors.prose_facts`), through the whole
extraction of real PDFs read by real pdfplumber: the layouts no module was written for."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.labels import table
from extractors.pages import read_bytes
from extractors.prose_facts import PROSE_CONFIDENCE, named_in_role, period
from tests.extractors.rendered import lines_pdf
from woondossier.model import DocType

TENANTS_LETTER = [
    "J. de Vries", "Kerkstraat 12", "1234 AB Tilburg", "", "Tilburg, 12 januari 2027", "",
    "Betreft: aanvraag huisbewaring", "", "Geachte heer/mevrouw,",
    "Hierbij vraag ik toestemming voor huisbewaring van mijn woning van 1 maart 2027 tot en met",
    "30 september 2027. Ik ga in deze periode werken in Duitsland. Mijn huisbewaarder is de heer Ahmed Bakker,",
    "geboren op 3 mei 1995. Hij betaalt mij een vergoeding van € 150,00 per maand.", "",
    "Met vriendelijke groet,", "", "J. de Vries",
]  # fmt: skip
EMPLOYERS_LETTER = [
    "Acme Zorg B.V.", "Postbus 1, 1000 AA Amsterdam", "", "Werkgeversverklaring", "",
    "Hierbij verklaren wij dat mevrouw S. Öztürk, hierna te noemen de werknemer, bij ons in dienst is",
    "voor de periode van 01-01-2026 t/m 31-12-2026 als verpleegkundige.",
]  # fmt: skip


def _document(lines: list[str]):
    (document,) = documents_of(read_bytes(lines_pdf(lines), "letter.pdf"))
    return document


def test_a_tenants_own_letter_gives_the_forms_facts():
    document = _document(TENANTS_LETTER)
    assert document.doc_type is DocType.huisbewaring_aanvraag
    values = {name: field.value for name, field in document.fields.items()}
    assert values["tenant_name"] == "J. de Vries"
    assert values["sitter_name"] == "Ahmed Bakker"
    assert (values["start_date"], values["end_date"]) == ("2027-03-01", "2027-09-30")
    assert values["signed_date"] == "2027-01-12"
    assert values["compensation"] == "150.00"
    # names read from sentences go past an analyst
    assert document.fields["sitter_name"].confidence <= PROSE_CONFIDENCE
    assert document.fields["tenant_name"].confidence <= PROSE_CONFIDENCE


def test_an_employers_letter_gives_the_contracts_facts():
    document = _document(EMPLOYERS_LETTER)
    assert document.doc_type is DocType.arbeidsovereenkomst
    values = {name: field.value for name, field in document.fields.items()}
    assert values["employee_name"] == "S. Öztürk"
    assert values["employer"] == "Acme Zorg B.V."
    assert (values["start_date"], values["end_date"]) == ("2026-01-01", "2026-12-31")


def test_two_periods_that_do_not_nest_give_no_period():
    pages = read_bytes(lines_pdf(["De eerste periode loopt van 01-01-2026 tot 01-06-2026.", "Het contract loopt van 01-03-2026 tot en met 31-12-2026."]), "x.pdf")
    assert period(pages) is None


def test_of_nested_periods_the_one_holding_the_others_is_taken_and_flagged():
    # a trial period inside the contract; a training schedule's posts inside the whole training
    pages = read_bytes(lines_pdf(["De proeftijd loopt van 01-01-2026 tot 01-02-2026.", "Het contract loopt van 01-01-2026 tot en met 31-12-2026."]), "x.pdf")
    start, end = period(pages)
    assert (start.value, end.value) == ("2026-01-01", "2026-12-31")
    assert start.confidence < 0.8 and end.confidence < 0.8  # one of several: the analyst looks
    schedule = read_bytes(lines_pdf([
        "De overeenkomst wordt aangegaan voor de duur van de opleiding, met ingang van",
        "01-12-2026 tot en met 30-11-2031.",
        "Periode Opleidingsinrichting Plaats",
        "01-12-2026 – 30-11-2027 Medisch Spectrum Twente Enschede",
        "01-12-2027 – 30-11-2030 Amphia Breda",
        "01-12-2030 – 30-11-2031 Medisch Spectrum Twente Enschede",
    ]), "x.pdf")
    start, end = period(schedule)
    assert (start.value, end.value) == ("2026-12-01", "2031-11-30")


def test_two_people_in_one_role_give_no_name():
    pages = read_bytes(lines_pdf(["De huisbewaarder is Ahmed Bakker.", "Later wordt Pieter Smit, hierna te noemen de huisbewaarder, gevraagd."]), "x.pdf")
    assert named_in_role(pages, table()["huisbewaring_aanvraag"]["sitter_name"]).value is None
