"""Mechanisms of the twenty-first session (issue 17), each said without the layout that showed
it: an extract's card prints a row of captions over a row of values ("Naam | Burgerservicenummer"
over "Rachid Chaouch | 375 333 800"), read as one caption and its value a line; a sidebar of the
issuer's address and references stands beside cards of residents on the same visual lines, and
is a column of its own; a download printing one income per year picks the tax year's column (and
none when the year was not read); "dat X mantelzorger is van Y" makes X the carer; a tenant's
letter in English (month-first dates, "born on", "Yours faithfully", "will pay me", "no
children", "for personal reasons"); a school's education agreement is a study contract; a main
tenant's letter on the room "in mijn woning aan de ..." is signed by the tenant and places the
room at her own address; holders under their label beside a column of balances; a municipality
in capitals takes the spelling its own text prints, whatever apostrophe OCR gave it.
Properties: `labels.captions_over_values` is a view of the page's own words, each kept once, and
a page without a caption row over a row of values is left as it is; a persons table's header
over its rows is no caption row; a Dutch date printed correctly reads as it did before English
month-first dates were added."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import brp_uittreksel
from extractors.labels import captions_over_values
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, placed_pdf

_HEAD = [(60, 60, "Gemeente Zuidplas"), (60, 80, "Uittreksel uit de Basisregistratie Personen"),
         (60, 110, "Adres"), (60, 124, "Dorpsstraat 14"), (60, 138, "2761 AB Zevenhuizen")]  # fmt: skip


def _card(top: float, name: str, bsn: str, born: str, since: str) -> list[tuple[float, float, str]]:
    return [(60, top, "Naam"), (250, top, "Burgerservicenummer"), (60, top + 12, name), (250, top + 12, bsn),
            (60, top + 30, "Geboortedatum"), (250, top + 30, "Datum aanvang adreshouding"),
            (60, top + 42, born), (250, top + 42, since)]  # fmt: skip


_CARDS = _HEAD + [(60, 170, "Persoon 1")] + _card(182, "Rachid Chaouch", "375 333 800", "19 mei 1957", "19 jul 2011") + [
    (60, 250, "Persoon 2")] + _card(262, "Eliëtte van Leeuwen", "320 756 439", "30 jul 1986", "23 jul 2013") + [
    (60, 340, "Datum afgifte"), (60, 352, "4 feb 2026")]  # fmt: skip
_RESIDENTS = [
    {"name": "Rachid Chaouch", "birth_date": "1957-05-19", "bsn": "375333800", "registered_since": "2011-07-19"},
    {"name": "Eliëtte van Leeuwen", "birth_date": "1986-07-30", "bsn": "320756439", "registered_since": "2013-07-23"},
]


def test_cards_of_captions_over_values_give_every_resident_whole():
    pages = read_bytes(placed_pdf([_CARDS]), "uittreksel.pdf")
    assert brp_uittreksel.extract(pages)["persons"].value == _RESIDENTS


def test_cards_as_ocr_reads_them_give_every_resident_whole():
    pages = ocr_like(read_bytes(placed_pdf([_CARDS]), "uittreksel.pdf"))
    assert brp_uittreksel.extract(pages)["persons"].value == _RESIDENTS


def test_a_caption_row_becomes_one_caption_and_its_value_a_line():
    (page,) = read_bytes(placed_pdf([_CARDS]), "uittreksel.pdf")
    texts = [line.text for line in captions_over_values(page).lines]
    assert "Naam Rachid Chaouch" in texts and "Burgerservicenummer 375 333 800" in texts
    assert "Datum aanvang adreshouding 23 jul 2013" in texts


def test_a_persons_tables_header_over_its_rows_is_no_caption_row():
    rows = _HEAD + [(60, 170, "Naam"), (250, 170, "Geboortedatum"), (400, 170, "BSN"),
                    (60, 182, "Rachid Chaouch"), (250, 182, "19-05-1957"), (400, 182, "375333800"),
                    (60, 194, "Eliëtte van Leeuwen"), (250, 194, "30-07-1986"), (400, 194, "320756439")]  # fmt: skip
    (page,) = read_bytes(placed_pdf([rows]), "uittreksel.pdf")
    assert captions_over_values(page) is page


_WORDS = st.sampled_from(["Naam", "Geboortedatum", "BSN", "Adres", "Jansen", "Pieter", "12-03-1990", "375333800",
                          "Kerkstraat", "12", "Utrecht", "en", "de"])  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)),
                min_size=1, max_size=5))  # fmt: skip
def test_captions_over_values_keeps_every_word_of_the_page_once(rows):
    placed = [(x, 60 + 12 * i, text) for i, pair in enumerate(rows) for x, text in zip((60, 300), pair)]
    (page,) = read_bytes(placed_pdf([placed]), "p.pdf")
    view = captions_over_values(page)
    kept = sorted(id(word) for line in view.lines for word in line.words)
    assert kept == sorted(id(word) for line in page.lines for word in line.words)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=6))
def test_a_page_of_single_cells_is_left_as_it_is(lines):
    (page,) = read_bytes(lines_pdf(lines), "p.pdf")
    assert captions_over_values(page) is page


# --- a sidebar beside cards of residents ---------------------------------------------------------

_SIDEBAR_CARDS = [
    (20, 60, "gemeente"), (150, 60, "Uittreksel Basisregistratie Personen"), (20, 78, "Doetinchem"),
    (150, 90, "Op het adres Dr. Schaepmanstraat 6, 7003 NF Doetinchem staan ingeschreven:"),
    (20, 117, "Publiekszaken"), (20, 129, "Postbus 63183"),
    (20, 141, "7009 CA DOETINCHEM"), (163, 140, "Owusu, K."), (362, 140, "Lopes, K."),
    (20, 153, "telefoon 14 029"), (163, 154, "Geboortedatum"), (252, 154, "30-10-1980"), (362, 154, "Geboortedatum"), (452, 154, "08-08-2018"),
    (163, 170, "BSN"), (252, 170, "380022886"), (362, 170, "BSN"), (452, 170, "556296084"),
    (20, 186, "Uw aanvraag"), (163, 186, "Op dit adres sinds"), (252, 186, "30-09-2019"), (362, 186, "Op dit adres sinds"), (452, 186, "29-08-2020"),
    (20, 200, "21 september 2026"), (163, 202, "Geslacht"), (252, 202, "man"), (362, 202, "Geslacht"), (452, 202, "man"),
]  # fmt: skip


def test_a_sidebar_on_the_cards_lines_is_a_column_of_its_own():
    pages = read_bytes(placed_pdf([_SIDEBAR_CARDS]), "uittreksel.pdf")
    persons = brp_uittreksel.extract(pages)["persons"].value
    assert persons == [
        {"name": "Owusu, K.", "birth_date": "1980-10-30", "bsn": "380022886", "registered_since": "2019-09-30"},
        {"name": "Lopes, K.", "birth_date": "2018-08-08", "bsn": "556296084", "registered_since": "2020-08-29"},
    ]


# --- the income in a column per year -------------------------------------------------------------

_YEARS = [(60, 60, "Belastingdienst · Mijn Belastingdienst"), (60, 90, "Inkomensverklaring 2024"),
          (60, 110, "Naam"), (200, 110, "Dorota Kowalczyk"), (60, 124, "Belastingjaar"), (200, 124, "2024"),
          (60, 150, "Bedragen in euro's"), (334, 150, "2022"), (423, 150, "2023"), (512, 150, "2024"),
          (60, 166, "Box 1 werk en woning"), (308, 166, "€55.908,59"), (397, 166, "€46.354,56"), (488, 166, "€55.786,36"),
          (60, 182, "Verzamelinkomen"), (308, 182, "€55.908,59"), (397, 182, "€48.985,05"), (488, 182, "€60.269,55")]  # fmt: skip


def test_the_income_is_the_amount_under_the_tax_year_in_a_row_of_one_amount_per_year():
    from extractors import inkomensverklaring

    fields = inkomensverklaring.extract(read_bytes(placed_pdf([_YEARS]), "ib.pdf"))
    assert (fields["tax_year"].value, fields["income"].value) == (2024, "60269.55")


def test_a_row_of_one_amount_per_year_whose_year_was_not_read_gives_no_income():
    from extractors import inkomensverklaring

    rows = [row for row in _YEARS if row[2] not in ("Belastingjaar", "Inkomensverklaring 2024") and row[:2] != (200, 124)]
    fields = inkomensverklaring.extract(read_bytes(placed_pdf([rows]), "ib.pdf"))
    assert fields["income"].value is None  # three years, none said to be the statement's: cannot tell, never the first


def test_one_amount_on_the_income_row_is_the_income_whatever_years_stand_above():
    from extractors import inkomensverklaring

    rows = [(60, 60, "Inkomensverklaring 2024"), (60, 80, "Belastingjaar 2024"), (60, 100, "Verzamelinkomen"), (308, 100, "€ 41.200,00")]
    assert inkomensverklaring.extract(read_bytes(placed_pdf([rows]), "ib.pdf"))["income"].value == "41200.00"


# --- whose carer -----------------------------------------------------------------------------

def test_the_carer_of_a_clause_whose_verb_ends_it_is_its_subject_not_the_particle_after_it():
    document = only_document(lines_pdf([
        "Steunpunt Mantelzorg Maastricht",
        "Datum 19 november 2026",
        "Bevestiging registratie en verklaring mantelzorg",
        "U staat bij ons ingeschreven als mantelzorger. Met deze brief verklaren wij dat Jun Huang mantelzorger is van Mebrat",
        "Haile (geboren 17-09-1942), die aan de Beukenstraat 6b in Maastricht woont.",
        "Jun Huang zorgt dag en nacht voor Mebrat Haile.",
        "Met vriendelijke groet,",
        "Djenifer Tavares, mantelzorgconsulent",
    ]))  # fmt: skip
    fields = field_values(document)
    assert (fields["caregiver_name"], fields["care_recipient_name"]) == ("Jun Huang", "Mebrat Haile")


# --- a tenant's letter in English ------------------------------------------------------------------

_ENGLISH_LETTER = [
    "M.T.N. van IJssel", "Hoogesingel 32-2", "5462 PD Veghel", "de Alliantie", "Veghel, February 12, 2026",
    "Re: request for house-sitting during my absence", "Dear Sir or Madam,",
    "I am the tenant of the flat at Hoogesingel 32-2 in Veghel. I will be away from May 11, 2026 until",
    "October 4, 2026, because I have to stay with relatives in Ghana for personal reasons.",
    "During my absence I would like a friend of the family, Dawit Haile, born on March 30, 1983, to live",
    "in my home and look after it as house-sitter. He does not own a home; at the moment he rents a room. He has no",
    "children under the age of 18. Dawit Haile will pay me EUR 400.00 per month towards the fixed costs.",
    "Yours faithfully,", "M.T.N. van IJssel",
]  # fmt: skip


def test_a_tenants_letter_in_english_gives_every_fact_of_a_house_sitting_request():
    document = only_document(lines_pdf(_ENGLISH_LETTER))
    fields = field_values(document)
    assert document.doc_type == "huisbewaring_aanvraag"
    assert fields == {
        "tenant_name": "M.T.N. van IJssel", "sitter_name": "Dawit Haile", "sitter_birth_date": "1983-03-30",
        "start_date": "2026-05-11", "end_date": "2026-10-04", "reason": "other", "compensation": "400.00",
        "sitter_has_own_home": False, "sitter_has_minor_children": False, "signed_date": "2026-02-12",
    }  # fmt: skip


def test_an_english_date_with_the_month_first_is_read():
    from extractors.values import find_dates, parse_date

    assert parse_date("May 11, 2026") == "2026-05-11" and parse_date("Thursday, February 12, 2026") == "2026-02-12"
    assert find_dates("from May 11, 2026 until October 4th, 2026") == ["2026-05-11", "2026-10-04"]
    assert parse_date("February 30, 2026") is None and find_dates("Ingangsdatum: november 2 2026") == []


_MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1920, 1, 1), max_value=__import__("datetime").date(2090, 12, 31)),
       st.sampled_from(["{d} {m} {y}", "{d}-{n:02d}-{y}", "{d}.{n}.{y}", "{y}-{n:02d}-{d:02d}", "{d} {m}. {y}"]))  # fmt: skip
def test_a_dutch_date_printed_correctly_reads_as_it_did(day, form):
    from extractors.values import find_dates, parse_date

    text = form.format(d=day.day, m=_MONTH_NAMES[day.month - 1], n=day.month, y=day.year)
    if form == "{d} {m}. {y}":
        text = text.replace(_MONTH_NAMES[day.month - 1], _MONTH_NAMES[day.month - 1][:3])
    assert parse_date(text) == day.isoformat()
    assert find_dates(f"Utrecht, {text}; daarna {text}") == [day.isoformat()] * 2


# --- a study contract --------------------------------------------------------------------------

def test_a_schools_education_agreement_is_a_study_contract_with_its_place_of_study():
    document = only_document(lines_pdf([
        "ROC Midden Nederland", "Onderwijsovereenkomst", "als bedoeld in artikel 8.1.3 van de Wet educatie en beroepsonderwijs",
        "Naam onderwijsinstelling ROC Midden Nederland", "Onderwijslocatie Amersfoort", "Naam student Ahmad Shah Sultani",
        "Startdatum opleiding 30.08.2026", "Verwachte einddatum 31.07.2029",
    ]))  # fmt: skip
    fields = field_values(document)
    assert document.doc_type == "arbeidsovereenkomst"
    assert (fields["place"], fields["start_date"]) == ("Amersfoort", "2026-08-30")


# --- the main tenant's letter on the room ------------------------------------------------------

_AGREED = [
    "Helen Luwam Tesfamariam", "Vechtdreef 218d", "4105 AX Culemborg", "Culemborg, 10 maart 2026",
    "Onderwerp: onze afspraken over de kamer", "Beste Lucas,",
    "Leuk dat je bij mij komt wonen! Ik zet onze afspraken over de kamer in mijn woning aan de Vechtdreef 218d op een rij.",
    "Je huurt de achterkamer vanaf woensdag 1 april 2026. De huur van de kamer is € 450,00 per maand.",
    "Jouw huur loopt nooit langer dan mijn eigen huurcontract met Woonstad Rotterdam: eindigt dat, dan eindigt deze onderhuur ook.",
    "Groet,", "Helen Luwam Tesfamariam", "Voor akkoord, de onderhuurder:", "Lucas Huisman", "datum: zondag 15 maart 2026",
]  # fmt: skip


def test_a_main_tenants_letter_on_the_room_in_her_home_names_her_the_tenant_and_her_address_the_rooms():
    document = only_document(lines_pdf(_AGREED))
    fields = field_values(document)
    assert document.doc_type == "huurovereenkomst_onderhuur"
    assert (fields["tenant_name"], fields["subtenant_name"]) == ("Helen Luwam Tesfamariam", "Lucas Huisman")
    assert (fields["postcode"], fields["house_number"]) == ("4105AX", "218D")


def test_a_letter_whose_writer_lets_nothing_of_her_own_names_no_tenant_by_its_signature():
    lines = [line.replace("in mijn woning aan de Vechtdreef 218d", "aan de Vechtdreef 218d").replace("mijn eigen huurcontract", "het huurcontract")
             .replace("Leuk dat je bij mij komt wonen! ", "") for line in _AGREED]  # fmt: skip
    assert field_values(only_document(lines_pdf(lines)))["tenant_name"] != "Helen Luwam Tesfamariam"


# --- holders beside a column of balances ----------------------------------------------------------

def test_account_holders_under_their_label_with_a_column_of_balances_beside_them():
    rows = [(75, 68, "RegioBank"), (75, 89, "Rekeningafschrift · afschrift nr. 10"),
            (75, 109, "Rekeninghouder(s)"), (337, 109, "Datum afschrift"), (426, 109, "08-09-2026"),
            (75, 121, "Joëlle Ruiz en/of"), (337, 125, "Saldo 01-08-2026: € 2.259,07"),
            (75, 133, "Malika Mansouri"), (337, 133, "Saldo 31-08-2026: € 298,53"),
            (75, 148, "IBAN"), (75, 160, "NL07 RBRB 0447 1588 49")]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert field_values(document)["account_holders"] == ["Joëlle Ruiz", "Malika Mansouri"]


# --- a municipality in capitals, printed in ordinary case with a typographic apostrophe ---------

def test_a_municipality_in_capitals_takes_its_ordinary_spelling_whatever_apostrophe_prints_it():
    from extractors.locating import _town_spelling
    from woondossier.model import Field

    pages = read_bytes(lines_pdf(["GEMEENTE 'S-HERTOGENBOSCH", "Afgegeven door de burgemeester van \u2018s-Hertogenbosch."]), "brp.pdf")
    assert _town_spelling(Field(value="'S-HERTOGENBOSCH", confidence=0.9), pages).value == "'s-Hertogenbosch"
