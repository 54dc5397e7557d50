"""Mechanisms of the nineteenth session (issue 17), each said without the layout that showed
it. From the older splits' studied scans and photos: the boxes of a yes/no pair as OCR reads
them ("oja mnee", "[]ja [XJ nee": an empty box as "o" or "[]", a filled one as a letter), told
only by their contrast; a persons table with a row a photocopy's noise made unreadable goes on
under it and says a resident may be missing; a BSN whose gap OCR read as a comma; a bank's
monthly overview. From fresh25's studied half: a question wrapping onto four words; an account
to pay to named in a sentence is no holder; holders in a statement of two columns; a form's
numbered parts for the tenant and the sitter and the date on its signature line; an English
practice's statement; a sublet on a houseboat. Properties: boxes printed as boxes read as
before, and a BSN printed correctly, in any of its groupings, reads as its digits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import brp_uittreksel
from extractors._forms import BOX_AS_READ_CONFIDENCE, _boxes_as_read, read_yes_no
from extractors.pages import read_bytes
from extractors.values import parse_bsn
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, placed_pdf

_QUESTION = r"eigen\s+woning"


def _answer(line: str):
    pages = ocr_like(read_bytes(lines_pdf(["Aanvraag huisbewaring", f"Heeft de huisbewaarder een eigen woning? {line}", "Datum 3-8-2026"]), "scan.pdf"))
    return read_yes_no(pages, _QUESTION)


@pytest.mark.parametrize("line, answer", [
    ("oja mnee", False),  # the empty box read as "o", the filled one as "m", each glued to its answer
    ("Oja ME nee", False),
    ("mja onee", True),
    ("[] ja B nee", False),
])  # fmt: skip
def test_a_filled_box_read_as_a_letter_beside_an_empty_one_is_the_answer_for_an_analyst_to_see(line, answer):
    found = _answer(line)
    assert found.value is answer
    assert found.confidence <= BOX_AS_READ_CONFIDENCE


@pytest.mark.parametrize("line, answer", [
    ("[]ja [XJ nee", False),  # a crossed box whose bracket was read as a J: a tick as sure as "[X]"
    ("[ja [X] nee", False),  # the empty box's bracket stuck to its answer
    ("Oja ☒ nee", False),
])  # fmt: skip
def test_a_crossed_box_beside_an_empty_box_as_ocr_reads_it_is_the_answer(line, answer):
    assert _answer(line).value is answer


@pytest.mark.parametrize("line", [
    "B ja B nee",  # two filled: nothing tells them apart
    "o ja o nee",  # two empty
    "mja nee",  # one box: the other answer has none to compare
    "Oost ja",
])  # fmt: skip
def test_boxes_that_do_not_contrast_give_no_answer(line):
    assert _answer(line).value is None


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["☐", "□", "[ ]", "( )"]),
    st.sampled_from(["☒", "■", "[X]", "✓", "(x)"]),
    st.booleans(),
    st.sampled_from([("ja", "nee"), ("Ja", "Nee"), ("yes", "no")]),
)
def test_boxes_printed_as_boxes_read_as_before(empty, ticked, yes_ticked, words):
    # the glyphs a text layer holds are never rewritten into something else
    tokens = [(0, 0, t) for t in f"{ticked if yes_ticked else empty} {words[0]} {empty if yes_ticked else ticked} {words[1]}".split()]
    read, by_letter = _boxes_as_read(tokens)
    assert not by_letter
    shown = [t for _, _, t in read]
    assert [t for t in shown if t.lower() in ("ja", "nee", "yes", "no")] == list(words)
    assert ("☒" in shown or any(t == ticked for t in shown))


def _persons_pdf(rows: list[str], after: list[str]) -> bytes:
    cells = [(40, 60, "Gemeente Valkenswaard"), (40, 75, "Uittreksel Basisregistratie Personen"), (40, 90, "Adres Kwakoe-erf 9, 5551 GZ Valkenswaard")]
    cells += [(40, 120, "Naam"), (220, 120, "Geboren"), (330, 120, "BSN"), (430, 120, "Op dit adres sinds")]
    for i, row in enumerate(rows):
        name, born, bsn, since = row.split(" | ")
        y = 135 + 15 * i
        cells += [(40, y, name), (220, y, born), (330, y, bsn), (430, y, since)]
    cells += [(40, 135 + 15 * len(rows) + 20 + 15 * i, line) for i, line in enumerate(after)]
    return placed_pdf([cells])


_ROWS = [
    "Tekeste, Dawit | 23-07-1958 | 648 130 022 | 09-12-2021",
    "Owusu, Abena | 17-07-1995 | 299 484 300 | 23-05-2022",
]


def test_a_persons_table_goes_on_under_a_row_too_damaged_to_read_and_says_someone_may_be_missing():
    damaged = "Tekêste, Kilane * ® | 15 jantudri $005 | 4% 508 oo | + U ON 7"
    pages = ocr_like(read_bytes(_persons_pdf([*_ROWS, damaged, "Tekeste, Helen | 21-12-2016 | 247 490 295 | 27-09-2022"], []), "scan.pdf"))
    persons = brp_uittreksel.extract(pages)["persons"]
    assert [p["name"] for p in persons.value] == ["Tekeste, Dawit", "Owusu, Abena", "Tekeste, Helen"]
    assert persons.confidence <= brp_uittreksel.UNREAD_ROW_CONFIDENCE


def test_a_whole_persons_table_is_not_doubted():
    pages = ocr_like(read_bytes(_persons_pdf(_ROWS, ["Uitgereikt op 14-10-2026", "3 Ingeschreven met briefadres"]), "scan.pdf"))
    persons = brp_uittreksel.extract(pages)["persons"]
    assert [p["name"] for p in persons.value] == ["Tekeste, Dawit", "Owusu, Abena"]
    assert persons.confidence > brp_uittreksel.UNREAD_ROW_CONFIDENCE


def test_a_section_heading_under_the_last_row_is_no_part_of_its_name():
    # tight under the row, as a scan's tall lines stand: a numbered line is a section, not the name wrapping
    cells = [(40, 60, "Uittreksel Basisregistratie Personen"), (40, 90, "Naam"), (220, 90, "Geboren"), (330, 90, "BSN"),
             (430, 90, "Op dit adres sinds"), (40, 105, "Owusu, Abena"), (220, 105, "17-07-1995"), (330, 105, "299 484 300"),
             (430, 105, "23-05-2022"), (40, 116, "3 Ingeschreven met briefadres")]  # fmt: skip
    pages = ocr_like(read_bytes(placed_pdf([cells]), "scan.pdf"))
    assert [p["name"] for p in brp_uittreksel.extract(pages)["persons"].value] == ["Owusu, Abena"]


def test_a_bsn_whose_gap_ocr_read_as_a_comma_is_read():
    assert parse_bsn("247 490,295") == "247490295"
    assert parse_bsn("2474,90.295") == "247490295"


@pytest.mark.parametrize("text", ["1.234.567,89", "247,490295", "24,7490295", "€ 247.490,29"])
def test_an_amount_or_a_comma_inside_a_group_is_no_bsn(text):
    assert parse_bsn(text) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10_000_000, max_value=999_999_999), st.sampled_from(["{a}{b}{c}", "{a} {b} {c}", "{a}.{b}.{c}", "{d}.{e}.{c}"]))
def test_a_bsn_printed_correctly_reads_as_its_digits(number, form):
    digits = f"{number:09d}"
    text = form.format(a=digits[:3], b=digits[3:6], c=digits[6:], d=digits[:4], e=digits[4:6])
    expected = digits if sum(int(x) * w for x, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0 and number else None
    assert parse_bsn(text) == expected


def _overview(issuer: str) -> list:
    from extractors.classify import classify_pages

    return classify_pages(read_bytes(lines_pdf([
        f"Gemaakt op di 3 feb 2026   {issuer}",
        "Maandoverzicht januari 2026",
        "Akosua Mensah",
        "Betaalrekening NL77 SNSB 7610 3237 95",
        "Saldo op 1 januari 2026   € 552,59",
        "Saldo op 31 januari 2026   € 1.143,87",
    ]), "overzicht.pdf"))[0]  # fmt: skip


def test_a_banks_monthly_overview_of_an_account_is_a_statement():
    assert _overview("SNS") == "bankafschrift"


def test_a_monthly_overview_of_no_bank_is_no_statement():
    # the IBAN is the one the energy company is paid on: no bank prints this overview
    assert _overview("Vattenfall Klantenservice") == "unknown"


def test_a_question_wrapping_onto_a_line_of_four_words_is_answered_on_its_first_line():
    pages = read_bytes(lines_pdf(["Heeft de huisbewaarder kinderen jonger [X] ja [ ] nee", "dan 18 jaar?", "Datum 3-8-2026"]), "form.pdf")
    assert read_yes_no(pages, r"kinderen\s+jonger\s+dan\s+18").value is True


def test_an_account_to_pay_to_named_in_a_sentence_makes_no_statement():
    from extractors.classify import classify_pages

    pages = read_bytes(lines_pdf([
        "Belastingdienst",
        "Dagtekening 15 april 2026",
        "Aanslag inkomensafhankelijke bijdrage Zorgverzekeringswet 2023",
        "Nog te betalen € 2.290,71",
        "Betaal het bedrag vóór de vervaldatum op NL86 INGB 0002 4455 88 t.n.v. Belastingdienst, onder vermelding",
        "van betalingskenmerk 9654 3093 1775 7778.",
    ]), "aanslag.pdf")  # fmt: skip
    assert classify_pages(pages)[0] == "unknown"


def test_holders_under_a_label_of_the_table_in_a_statement_of_two_columns():
    from extractors import bankafschrift

    cells = [(63, 60, "Kwartaalafschrift 2 / 2026"), (63, 75, "Triodos Bank"), (63, 95, "Rekening op naam van"),
             (63, 110, "Michal Lewandowska"), (331, 110, "Saldo per 1 april 2026"), (480, 110, "€ 3.942,84"),
             (63, 125, "Marloes Smits"), (331, 125, "Totaal bijgeschreven"), (480, 125, "€ 1.195,01"),
             (63, 140, "IBAN"), (331, 140, "Totaal afgeschreven"), (480, 140, "€ 411,61"),
             (63, 155, "NL84 TRIO 5025 0081 57")]  # fmt: skip
    holders = bankafschrift.extract(read_bytes(placed_pdf([cells]), "afschrift.pdf"))["account_holders"]
    assert holders.value == ["Michal Lewandowska", "Marloes Smits"]


# --- from the studied half of fresh25: a form with a part for an institution, an English GP's
# statement, a sublet on a houseboat ------------------------------------------------------------

_ADMISSION_FORM = [
    "Woonstad Rotterdam   Formulier HB-3",
    "Aanvraag huisbewaring tijdens een opname",
    "1 Uw gegevens (huurder)",
    "Naam D. Kassab",
    "Adres Zuiderkade 28, 5344 RH Oss",
    "2 De huisbewaarder",
    "Naam Giovanni Gijsbertha",
    "Geboortedatum 09.05.1975",
    "3 Periode en reden",
    "Huisbewaring van 30.04.2026 tot en met 05.10.2026",
    "4 Ondertekening huurder",
    "Plaats: Oss   Datum: 25.03.2026   Handtekening:",
    "5 Verklaring van de instelling (in te vullen door de kliniek)",
    "Naam instelling Jellinek Kliniek, Amsterdam",
    "Datum 14-03-2026",
]


def test_the_tenant_and_the_sitter_are_read_in_their_numbered_parts_and_the_date_on_the_signature_line_is_the_signing():
    from extractors import huisbewaring_aanvraag

    fields = huisbewaring_aanvraag.extract(read_bytes(lines_pdf(_ADMISSION_FORM), "form.pdf"))
    assert (fields["tenant_name"].value, fields["sitter_name"].value) == ("D. Kassab", "Giovanni Gijsbertha")
    # a bare "Naam" under a heading of one or two words: the analyst looks
    assert max(fields["tenant_name"].confidence, fields["sitter_name"].confidence) <= huisbewaring_aanvraag.PART_CONFIDENCE
    assert fields["signed_date"].value == "2026-03-25"


def test_a_bare_date_label_beside_another_bare_date_label_of_another_day_is_flagged():
    from extractors import huisbewaring_aanvraag
    from extractors.locating import GENERIC_LABEL_CONFIDENCE

    lines = [line for line in _ADMISSION_FORM if not line.startswith("Plaats:")]
    lines.insert(lines.index("4 Ondertekening huurder") + 1, "Datum 25.03.2026")
    signed = huisbewaring_aanvraag.extract(read_bytes(lines_pdf(lines), "form.pdf"))["signed_date"]
    assert signed.value == "2026-03-25" and signed.confidence <= GENERIC_LABEL_CONFIDENCE





def test_an_english_practices_statement_of_care_day_and_night():
    document = only_document(lines_pdf([
        "Beatrixhof 133, Amstelveen",
        "International Health Centre Amstelveen",
        "Date: 6th October 2026",
        "Re: Statement of informal care (mantelzorgverklaring)",
        "Patient G. Jansen",
        "I hereby confirm that G. Jansen is a patient of our practice and cannot be left alone. Zahra Ahmadzai",
        "provides care and supervision 24 hours a day, seven days a week, including at night.",
        "Zahra Ahmadzai is the informal carer (mantelzorger) of G. Jansen.",
    ]))  # fmt: skip
    fields = field_values(document)
    assert document.doc_type == "mantelzorgverklaring"
    assert (fields["round_the_clock"], fields["issue_date"], fields["issuer"]) == (True, "2026-10-06", "International Health Centre Amstelveen")


def test_a_sublet_of_a_cabin_ends_with_the_lease_of_the_houseboat_and_was_signed_on_board():
    from extractors import huurovereenkomst_onderhuur

    pages = read_bytes(lines_pdf([
        "Onderhuurovereenkomst hut op woonark",
        "Sheryl Winklaar, huurder van de woonark van Ymere, hierna: hoofdhuurder, en Hendrik van Dijk, hierna: onderhuurder.",
        "Artikel 4 Eindigt de huurovereenkomst van de woonark met Ymere, om welke reden ook, dan eindigt deze onderhuur",
        "op dezelfde dag.",
        "Aldus getekend aan boord van de Vrouwe Johanna te Urk op 23-05-2026.",
    ]), "contract.pdf")  # fmt: skip
    fields = huurovereenkomst_onderhuur.extract(pages)
    assert fields["end_with_main_lease"].value is True
    assert fields["signed_date"].value == "2026-05-23"
