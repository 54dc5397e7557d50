"""Two pages printed side by side on one landscape sheet (issue 17; fresh10's unseen
`brp_twee_op_een_liggend`, studied for this and moved to the studied half): a BRP extract
of two A5 pages on one A4. Read as one page, each line ran across both pages: the street
came out "Zwaluwpad Ingeschreven" at 1.0 ("Straat Zwaluwpad" beside "Ingeschreven personen
(vervolg)"), and on the scan a person's date of settling was another's. The sheet is read
as two pages, left then right (`woondossier.model.sheet_halves`); a landscape page that is
one page keeps its rows."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, only_document, placed_pdf
from woondossier.model import sheet_halves

SHEET = landscape(A4)
HALF = SHEET[0] / 2


def _half(x0: float, rows: list[tuple[float, str, str]]) -> list[tuple[float, float, str]]:
    """Label and value rows of one A5 page whose left margin is at x0."""
    placed = []
    for y, label, value in rows:
        placed.append((x0, y, label))
        if value:
            placed.append((x0 + 150, y, value))
    return placed


def _two_up() -> list[tuple[float, float, str]]:
    left = _half(77, [(70, "Gemeente De Bilt", ""), (100, "Uittreksel Basisregistratie Personen", ""),
                      (118, "Straat", "Zwaluwpad"), (131, "Huisnummer", "9"), (144, "Postcode", "3723 TH"),
                      (157, "Woonplaats", "Bilthoven"), (175, "Ingeschreven personen", ""),
                      (188, "Naam", "Dilip Mangroelal"), (201, "Geboortedatum", "02-04-1962"),
                      (214, "BSN", "154166273"), (227, "Datum vestiging adres", "08-09-2011")])
    right = _half(77 + HALF, [(70, "Gemeente De Bilt", ""), (100, "Uittreksel Basisregistratie Personen", ""),
                              (118, "Ingeschreven personen (vervolg)", ""),
                              (129, "Naam", "Peters, J.J."), (142, "Geboortedatum", "25-04-1956"),
                              (155, "BSN", "199850835"), (168, "Datum vestiging adres", "07-04-2012"),
                              (190, "Datum uitgifte", "13-10-2026"), (215, "De ambtenaar burgerzaken,", "")])
    return left + right


def test_a_brp_extract_of_two_pages_on_one_sheet_is_read_page_by_page():
    fields = field_values(only_document(placed_pdf([_two_up()], pagesize=SHEET)))
    assert fields["street"] == "Zwaluwpad"
    assert fields["house_number"] == "9"
    assert fields["city"] == "Bilthoven"
    assert [(p["name"], p["registered_since"]) for p in fields["persons"]] == [
        ("Dilip Mangroelal", "2011-09-08"), ("Peters, J.J.", "2012-04-07")]


def test_the_lines_of_the_left_page_come_before_the_right_pages():
    (page,) = read_bytes(placed_pdf([_two_up()], pagesize=SHEET), "sheet.pdf")
    texts = [line.text for line in page.lines]
    assert texts.index("Straat Zwaluwpad") < texts.index("Datum vestiging adres 08-09-2011") < texts.index("Ingeschreven personen (vervolg)")
    assert not any("Zwaluwpad" in t and "Ingeschreven" in t for t in texts)


def test_a_landscape_page_with_a_title_across_its_middle_is_one_page():
    rows = [(77, 60, "Uittreksel Basisregistratie Personen van de gemeente De Bilt, afgegeven op verzoek")] + _two_up()[2:]
    (page,) = read_bytes(placed_pdf([rows], pagesize=SHEET), "sheet.pdf")
    assert sheet_halves(list(page.words), page.width, page.height) is None


def test_a_landscape_form_whose_values_stand_right_of_the_middle_is_one_page():
    """Labels in the left half, values far right, no word across the middle: the halves
    share no margin, so they are one page's labels and values."""
    rows = []
    for i, (label, value) in enumerate([("Naam", "Dilip Mangroelal"), ("Geboortedatum", "02-04-1962"),
                                        ("BSN", "154166273"), ("Straat", "Zwaluwpad"), ("Huisnummer", "9")]):
        rows += [(60, 100 + 20 * i, label), (600, 100 + 20 * i, value)]
    (page,) = read_bytes(placed_pdf([rows], pagesize=SHEET), "form.pdf")
    assert sheet_halves(list(page.words), page.width, page.height) is None
    assert "Naam Dilip Mangroelal" in [line.text for line in page.lines]


def test_a_portrait_page_is_never_two():
    (page,) = read_bytes(placed_pdf([[(40, 100, "Naam"), (400, 100, "Dilip Mangroelal")] * 1]), "p.pdf")
    assert sheet_halves(list(page.words), page.width, page.height) is None
