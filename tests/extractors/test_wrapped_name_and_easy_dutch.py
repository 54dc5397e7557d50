"""Two unseen layouts of fresh11 with values wrong at >= 0.80, studied for that (issue 17):

- the tax app's income statement in dark mode, printed narrow: "Naam  Sheryl Shaquira"
  over "Dirksz" gave "Sheryl Shaquira" at 1.0. A name whose cell wraps onto the line under
  it is read whole, flagged (`locating.wrapped_name`: told by the layout alone);
- a social firm's contract in easy Dutch that speaks to the employee ("Jouw naam ...", "Je
  werkt in Zaandam", "Je begint op ...", "Je contract stopt op ..."): the place of work was
  the letterhead's branch ("vestiging Amsterdam") at 1.0, the rest unread. The informal
  register is wordings of the label table now, "Je werkt in" among the place's own."""

from __future__ import annotations

from extractors.documents import documents_of
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like, placed_pdf

APP = [
    (17, 60, "Inkomensverklaring"), (17, 80, "2024"),
    (17, 110, "Verzamelinkomen"), (17, 126, "€ 38.295"),
    (17, 160, "Belastingjaar"), (110, 160, "2024"),
    (17, 180, "Naam"), (110, 180, "Sheryl Shaquira"),
    (110, 192, "Dirksz"),
    (17, 210, "BSN"), (110, 210, "406471939"),
    (17, 228, "Datum verklaring"), (110, 228, "ma 9 juni 2025"),
    (17, 260, "Belastingdienst"),
]  # fmt: skip


def test_a_name_wrapped_onto_the_line_under_it_is_read_whole_and_flagged():
    for ocr in (False, True):
        pages = read_bytes(placed_pdf([APP], pagesize=(221, 468)), "app.pdf")
        (document,) = documents_of(ocr_like(pages) if ocr else pages)
        name = document.fields["name"]
        assert name.value == "Sheryl Shaquira Dirksz" and name.confidence < 0.8


def test_a_name_over_its_town_is_no_wrapped_name():
    rows = [r for r in APP if r[2] != "Dirksz"] + [(110, 192, "Amsterdam")]
    (document,) = documents_of(read_bytes(placed_pdf([rows], pagesize=(221, 468)), "app.pdf"))
    assert document.fields["name"].value == "Sheryl Shaquira"


EASY = [
    "Pantar Amsterdam   Personeelsnummer 15857",
    "vestiging Amsterdam - werk dat bij je past",
    "Jouw arbeidscontract",
    "Dit zijn de afspraken. We hebben ze makkelijk opgeschreven.",
    "Jouw naam Klaas den Hartog",
    "Je werkgever is Pantar Amsterdam",
    "Je werkt in Zaandam",
    "Je begint op dinsdag 1 september 2026",
    "Je contract stopt op dinsdag 2 maart 2027",
    "Juridische tekst: deze arbeidsovereenkomst voor bepaalde tijd valt onder de cao.",
]


def test_a_contract_in_easy_dutch():
    (document,) = documents_of(read_bytes(lines_pdf(EASY), "contract.pdf"))
    values = {name: field.value for name, field in document.fields.items()}
    assert str(document.doc_type) == "arbeidsovereenkomst"
    assert values["employee_name"] == "Klaas den Hartog"
    assert values["start_date"] == "2026-09-01" and values["end_date"] == "2027-03-02"
    assert values["place"] == "Zaandam"
    assert document.fields["place"].confidence < 0.8  # the letterhead's branch says otherwise: the analyst looks


def test_a_signing_block_gives_no_employer():
    """"De werkgever   De bediende" over the signatures, read by OCR: no label's wording of
    the informal register may take "De werkgever" for its own ("je werkgever" would, one
    letter apart), and an article before the next role's label is no value."""
    lines = ["Arbeidsovereenkomst voor bedienden", "Werknemer Wassim Sabbagh", "Artikel 1. De bediende treedt in dienst op 15-12-2025.",
             "Opgemaakt te Brugge op 10-12-2025.", "De werkgever        De bediende"]  # fmt: skip
    (document,) = documents_of(ocr_like(read_bytes(lines_pdf(lines), "contract.pdf")))
    assert document.fields["employer"].value is None
