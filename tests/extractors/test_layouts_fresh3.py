"""Mechanisms for layouts the code was not written for (issue 17), third round, each on a
real PDF or a page's lines. Found on the studied half of the blind generator's `fresh3`
split (bench/blind_first_contact.md); the documents here are our own, written to the
concept, not copies of the split's:
- a date with its day written out ("zestien september 2026"), as tenants and deeds print it;
- an address block beside a column of references: the block is its cells, not its lines;
- a persons table's columns nobody reads ("Geslacht") keep their values out of the name;
- a form's labels read where its values were lost are no name;
- a list of amounts of care whose ticks OCR lost says nothing of round-the-clock care;
- a renewal letter: the new contract's period, not the one it replaces;
- a statement titled with its number, dated on the title's line before its period's end;
- a company register extract and a landlord's reference are no BRP extract nor sublet;
- a tenant's letter: the sitter has no home of their own, no children come along.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import mantelzorgverklaring
from extractors.concepts import states
from extractors.names import read_name
from extractors.values import DAY_WORDS, find_dates, parse_date
from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf
from woondossier.model import DocType, Line, Page, Word

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
WORDS_OF = {}
for _word, _day in DAY_WORDS.items():
    WORDS_OF.setdefault(_day, []).append(_word)


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), data=st.data())
def test_a_day_written_out_is_read_as_its_number(day, data):
    word = data.draw(st.sampled_from(WORDS_OF[day.day]))
    written = f"{word} {MONTHS[day.month - 1]} {day.year}"
    assert parse_date(written) == day.isoformat()
    assert find_dates(f"Van {written} tot en met 3 maart 2101 ben ik niet thuis.") == [day.isoformat()]


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_printed_in_figures_read_as_before(day):
    # the words are an alternative of their own: a date in figures never reaches them
    for printed in (f"{day.day} {MONTHS[day.month - 1]} {day.year}", day.strftime("%d-%m-%Y"), day.isoformat()):
        assert parse_date(printed) == day.isoformat() and find_dates(f"op {printed}.") == [day.isoformat()]


def test_words_that_only_look_like_a_day_are_no_date():
    assert find_dates("Zij heeft een jaar in maart 2026 gewerkt; de eendracht mei 2026") == []  # "een jaar", "eendracht"


def test_a_tenants_letter_with_its_dates_in_words():
    pdf = lines_pdf([
        "Wezep, zestien september 2026",
        "Aan Kennemer Wonen, afdeling Verhuur",
        "Betreft: aanvraag huisbewaring",
        "Beste mevrouw, meneer,",
        "Van eenentwintig november 2026 tot en met zevenentwintig augustus 2027 ben ik niet",
        "thuis, want ik ga voor mijn werk een tijd naar het buitenland.",
        "Mijn huisbewaarder is Tarek Al Ahmad, geboren op acht juli 1987. Hij heeft zelf",
        "geen huis en huurt nu een kamer. Er komen geen kinderen mee.",
        "Met vriendelijke groet,",
        "Bilal Lahlou",
    ])
    values = field_values(only_document(pdf))
    assert (values["start_date"], values["end_date"], values["signed_date"]) == ("2026-11-21", "2027-08-27", "2026-09-16")
    assert values["sitter_birth_date"] == "1987-07-08"
    assert values["sitter_has_own_home"] is False and values["sitter_has_minor_children"] is False


@pytest.mark.parametrize(
    ("sentence", "own_home", "children"),
    [
        ("Hij heeft zelf geen huis en huurt nu een kamer van iemand anders.", False, None),
        ("Zij heeft zelf een huurwoning in Zwolle.", True, None),
        ("Er komen geen kinderen mee.", None, False),
        ("Zij neemt haar twee kinderen mee.", None, True),
    ],
)
def test_the_sitters_home_and_children_in_a_tenants_words(sentence, own_home, children):
    assert states(sentence, "own_home") is own_home and states(sentence, "minor_children") is children


def test_an_address_block_beside_a_column_of_references():
    rows = [
        (60, 60, "Belastingdienst"), (330, 60, "Postbus 9047, 7300 GK Apeldoorn"),
        (300, 100, "Datum"), (300, 112, "22-09-2026"),
        (60, 130, "Mevrouw G.A. Mangroelal"), (300, 130, "Burgerservicenummer"),
        (60, 142, "Rozensingel 100"), (300, 142, "3400.12.961"),
        (60, 154, "6712 PH EDE"), (300, 154, "Uw verzoek van"),
        (300, 166, "11-09-2026"),
        (60, 200, "Onderwerp Inkomensverklaring 2024"),
        (60, 230, "Geachte mevrouw Mangroelal,"),
        (60, 250, "Uw verzamelinkomen over 2024 is € 17.225,--."),
    ]
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == DocType.inkomensverklaring
    name = document.fields["name"]
    assert name.value == "G.A. Mangroelal" and name.confidence >= 0.9  # never "... Burgerservicenummer"


def test_a_column_nobody_reads_keeps_its_values_out_of_the_name():
    rows = [
        (40, 50, "Gemeente Enkhuizen"),
        (40, 80, "Uittreksel BRP - bewoners"),
        (40, 100, "Woonadres: Vermeerlaan 6, 1602 AM Enkhuizen"),
        (40, 130, "Naam"), (190, 130, "Geslacht"), (240, 130, "Geboortedatum"), (320, 130, "Geboorteplaats"),
        (400, 130, "BSN"), (450, 130, "Datum vestiging"),
        (40, 145, "Kishan Glenn Emanuelson"), (190, 145, "M"), (240, 145, "11-02-1950"), (320, 145, "Dokkum"),
        (400, 145, "121952319"), (450, 145, "27-11-2023"),
        (40, 160, "Anna Emanuelson-de Wit"), (190, 160, "V"), (240, 160, "03-04-1952"), (320, 160, "Hoorn"),
        (400, 160, "111222333"), (450, 160, "27-11-2023"),
    ]
    persons = only_document(placed_pdf([rows])).fields["persons"].value
    assert [p["name"] for p in persons] == ["Kishan Glenn Emanuelson", "Anna Emanuelson-de Wit"]
    assert [p["birth_date"] for p in persons] == ["1950-02-11", "1952-04-03"]


def test_a_forms_labels_where_its_values_were_lost_are_no_name():
    assert read_name("Naam Geboortedatum Relatie") is None and read_name("Rekeninghouder IBAN") is None
    assert read_name("Jan Bakker").value == "Jan Bakker"


def _page(lines: list[str]) -> Page:
    words = tuple(
        Word(text=t, bbox=(40 + 30 * i, 40 + 14 * n, 68 + 30 * i, 50 + 14 * n), confidence=0.9)
        for n, text in enumerate(lines) for i, t in enumerate(text.split())
    )
    return Page(file="form.png", number=1, width=600, height=800, ocr=True, words=words)


def test_a_list_of_amounts_whose_ticks_were_lost_says_nothing_of_24_hour_care():
    options = ["D minder dan 8 uur per week", "8 tot 16 uur per week", "16 tot 24 uur per week",
               "D meer dan 24 uur per week", "D 24 uur per dag (dag en nacht)"]
    field = mantelzorgverklaring._round_the_clock([_page(["4. Omvang van de zorg", *options])])
    assert field.value is None  # never True from the unticked "24 uur per dag" read as a statement
    stated = mantelzorgverklaring._round_the_clock([_page(["De zorgvrager heeft 24 uur per dag toezicht nodig."])])
    assert stated.value is True


def test_a_renewal_letter_gives_the_new_contracts_period():
    pdf = lines_pdf([
        "Schoonmaakbedrijf Clean Team",
        "De heer Ricardo Sabajo",
        "Mr. P.J. Troelstralaan 243 A",
        "2136 HL Hoofddorp",
        "Betreft verlenging arbeidsovereenkomst",
        "Beste Ricardo,",
        "Je bent sinds 1 aug 2025 bij ons in dienst. Je huidige arbeidsovereenkomst voor bepaalde tijd eindigt",
        "op 31 jul 2026. Wij zijn blij je te kunnen laten weten dat wij je arbeidsovereenkomst verlengen.",
        "De nieuwe arbeidsovereenkomst is aangegaan voor 6 maanden: zij gaat in op 1 aug 2026 en eindigt",
        "zonder dat opzegging nodig is op 30 jan 2027.",
        "Je standplaats blijft Haren.",
    ])
    values = field_values(only_document(pdf))
    assert (values["start_date"], values["end_date"], values["place"]) == ("2026-08-01", "2027-01-30", "Haren")


def test_an_employers_statement_about_the_current_contract_keeps_its_end():
    pdf = lines_pdf([
        "Werkgeversverklaring",
        "Naam werknemer: Ricardo Sabajo",
        "Werkgever: Schoonmaakbedrijf Clean Team",
        "Zijn huidige arbeidsovereenkomst voor bepaalde tijd eindigt op 31 juli 2026.",
    ])
    assert field_values(only_document(pdf))["end_date"] == "2026-07-31"  # no renewal: "huidige" is this one


def test_a_numbered_statement_is_dated_on_its_title_line_before_its_periods_end():
    rows = [
        (40, 40, "SNS"), (200, 40, "Rekeningafschrift nr. 27"), (330, 40, "Datum 4 mei 2026"), (450, 40, "Blad 1 van 1"),
        (40, 60, "Dhr. K.P.T. Dąbrowski en Mw. L.S. Gebreyesus"),
        (40, 72, "Da Costaweg 27 D"), (40, 84, "6132 JL Sittard"),
        (40, 110, "Rekeningnummer"), (160, 110, "NL48 SNSB 3093 4162 06"),
        (40, 122, "T.n.v."), (160, 122, "Dhr. K.P.T. Dąbrowski en Mw. L.S. Gebreyesus"),
        (40, 134, "Periode"), (160, 134, "1 mei 2026 - 2 mei 2026"),
        (40, 160, "Datum"), (130, 160, "Omschrijving"), (330, 160, "Af"), (400, 160, "Bij"),
        (40, 172, "1 mei 2026"), (130, 172, "Albert Heijn 1234"), (330, 172, "€138,75"),
    ]
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == DocType.bankafschrift
    assert document.fields["statement_date"].value == "2026-05-04"
    assert document.fields["statement_date"].confidence < 0.8  # after a plain "Datum": the analyst looks
    undated = only_document(placed_pdf([[r for r in rows if r[2] != "Datum 4 mei 2026"]]))
    assert undated.fields["statement_date"].value == "2026-05-02"  # no date of its own: its period's end


@pytest.mark.parametrize(
    "lines",
    [
        ["KVK", "Uittreksel Handelsregister Kamer van Koophandel", "Eigenaar", "Naam IJzerman, Marloes",
         "Geboortedatum 28-12-1986", "Bezoekadres Frans Halslaan 2, 4531 ZV Terneuzen", "Datum aanvang 14-07-2022"],
        ["Ymere", "Verklaring van goed huurderschap", "Naam huurder Mariam Sultani", "Adres Tweede Oosterparkstraat 236",
         "Postcode en plaats 3132 AX Vlaardingen", "Huidige huurprijs per maand €611,88", "Datum: 11 januari 2026"],
    ],
    ids=["kvk-extract", "landlords-reference"],
)
def test_look_alikes_with_a_title_of_their_own_are_unknown(lines):
    assert only_document(lines_pdf(lines)).doc_type == DocType.unknown
