"""A letter that comes with a document (issue 17; fresh11's studied
`ib60_accountant_begeleidende_brief`): an accountant's letter says it encloses the IB 60
("treft u als bijlage aan"), and the IB 60 behind it is marked "BIJLAGE 1". The letter
read as an income statement of its own, with its own date (25 August, the IB 60 is of
17 August) at 1.0 and its addressee's initials as the name at 0.95; the IB 60 was a
second document.

A page of the letter's type behind a letter that comes with a document is that document
when the letter says it is behind it or the page marks itself an annex
(`classify._enclosed`), and the fields are read from the enclosure
(`classify.enclosure`). Two letters of one type each stand alone, and a letter of one
type with a document of another (a tenant's request with a work contract) are two."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import ocr_like, placed_pdf


def _page(lines: list[str]) -> list[tuple[float, float, str]]:
    return [(60, 70 + 16 * i, text) for i, text in enumerate(lines)]


LETTER = [
    "Belastingadvieskantoor Hoekstra",
    "L.A. Osman",
    "Prins Hendrikpark 16",
    "2031 KK Haarlem",
    "Datum 25 augustus 2026",
    "Betreft inkomensverklaring 2025",
    "Geachte de heer Osman,",
    "Namens u hebben wij bij de Belastingdienst de inkomensverklaring (IB 60) over 2025 opgevraagd.",
    "Deze is gedagtekend 17 augustus 2026 en treft u als bijlage aan.",
    "De Belastingdienst stelt uw verzamelinkomen over 2025 vast op EUR 25.323.",
    "Met vriendelijke groet,",
    "S. Ramdjan",
]
IB60 = [
    "Belastingdienst",
    "Postbus 9047, 7300 GK Apeldoorn",
    "BIJLAGE 1",
    "L.A. Osman",
    "Prins Hendrikpark 16",
    "2031 KK HAARLEM",
    "Datum 17 augustus 2026",
    "Burgerservicenummer 117050726",
    "Inkomensverklaring 2025",
    "Naam Liban Abdullahi Osman",
    "Verzamelinkomen € 25.323",
    "Dit is uw verzamelinkomen over het genoemde jaar.",
]


def _documents(pages: list[list[str]], ocr: bool = False):
    read = read_bytes(placed_pdf([_page(lines) for lines in pages]), "brief.pdf")
    return documents_of(ocr_like(read) if ocr else read)


def test_a_letter_and_the_statement_it_comes_with_are_one_document_read_from_the_statement():
    for ocr in (False, True):
        (document,) = _documents([LETTER, IB60], ocr)
        assert str(document.doc_type) == "inkomensverklaring" and document.pages == (1, 2)
        values = {name: field.value for name, field in document.fields.items()}
        assert values["issue_date"] == "2026-08-17"
        assert values["name"] == "Liban Abdullahi Osman"
        assert values["bsn"] == "117050726"


def test_a_letter_that_says_the_document_is_on_the_next_page_needs_no_annex_mark():
    letter = [line.replace("treft u als bijlage aan", "vindt u op de volgende pagina") for line in LETTER]
    statement = [line for line in IB60 if line != "BIJLAGE 1"]
    (document,) = _documents([letter, statement])
    assert document.pages == (1, 2) and document.fields["issue_date"].value == "2026-08-17"


def test_two_statements_of_one_type_each_a_letter_stay_two():
    """Each IB 60 greets and closes as a letter, and one says "bijgaand": without a word of
    the page behind it, a second statement is a document of its own."""
    first = ["Belastingdienst", "Geachte heer Osman,", "Bijgaand ontvangt u uw inkomensverklaring.", *IB60[6:], "Met vriendelijke groet,"]
    second = ["Belastingdienst", "Geachte mevrouw Osman,", "Datum 18 augustus 2026", "Inkomensverklaring 2025",
              "Naam Amina Osman", "Verzamelinkomen € 12.100", "Met vriendelijke groet,"]  # fmt: skip
    documents = _documents([first, second])
    assert [d.pages for d in documents] == [(1,), (2,)]


def test_a_request_letter_with_a_work_contract_behind_it_are_two_documents():
    request = ["J. de Vries", "Kerkstraat 3", "4811 XA Breda", "Betreft: aanvraag huisbewaring", "Geachte heer, mevrouw,",
               "Ik vraag huisbewaring aan voor mijn woning van 1 september 2026 tot 1 maart 2027, omdat ik in het buitenland",
               "ga werken. Mijn arbeidsovereenkomst vindt u op de volgende pagina.", "Met vriendelijke groet,", "J. de Vries"]  # fmt: skip
    contract = ["Arbeidsovereenkomst voor bepaalde tijd", "BIJLAGE 1", "Werkgever Bouwbedrijf Jansen B.V.", "Werknemer Jan de Vries",
                "Datum indiensttreding 01-09-2026", "Einddatum 28-02-2027", "Standplaats Antwerpen"]  # fmt: skip
    documents = _documents([request, contract])
    assert len(documents) == 2 and str(documents[1].doc_type) == "arbeidsovereenkomst"


def test_a_letters_own_second_page_is_read_with_it():
    """A letter that mentions something enclosed ("Bijgaand ...") and goes on on a second
    page of its own: no annex mark, not said to be behind it, so both pages are the letter's
    and its first page's facts are read."""
    first = ["Huisartsenpraktijk De Linde", "Geachte heer, mevrouw,", "Verklaring mantelzorg",
             "Bijgaand stuur ik u de gevraagde verklaring over de zorg voor mijn patient.",
             "Naam mantelzorger Henk Jansen", "Naam zorgvrager Fatma Yilmaz"]  # fmt: skip
    second = ["De mantelzorger zorgt dagelijks voor de patient.", "Met vriendelijke groet,", "Utrecht, 12-03-2026", "Dr. A. de Boer, huisarts"]
    documents = _documents([first, second])
    values = {name: field.value for d in documents for name, field in d.fields.items() if field.value is not None}
    assert values.get("caregiver_name") == "Henk Jansen"
