"""A form that prints two label/value pairs side by side on one line (issue 17: fresh13's
studied `brp_certificate_of_registration_embassy`, a municipality's English certificate of
registration for an embassy). Its persons' block read nothing: "Name  KOÇ, Yasemin  Date of
birth  10 August 1998" is one visual line, and a block's label was looked for at the line's
start only (`brp_uittreksel._one_pair_per_line` cuts such a line at each later cell that
starts with a block label). The address's English labels ("Street and number", "Town") are
lines of `labels.toml`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import brp_uittreksel
from extractors.pages import read_bytes
from tests.extractors.rendered import ocr_like, only_document, placed_pdf

CERTIFICATE = [
    (63, 50, "Municipality of Zwolle"), (330, 50, "Your reference: EMB-2231/2026"),
    (63, 80, "CERTIFICATE OF REGISTRATION"),
    (63, 96, "Verklaring van inschrijving in de Basisregistratie Personen"),
    (63, 120, "The Mayor and Aldermen of the municipality of Zwolle certify that, according to the Personal"),
    (63, 133, "Records Database (BRP), the persons below are registered at the following address:"),
    (63, 160, "Street and number"), (200, 160, "Populierenlaan 14B"),
    (63, 175, "Postal code"), (200, 175, "8011 AB"),
    (63, 190, "Town"), (200, 190, "Zwolle"),
    (63, 215, "Name"), (200, 215, "DEMIR, Elif"), (330, 215, "Date of birth"), (460, 215, "3 March 1991"),
    (63, 230, "Citizen service number"), (200, 230, "111222333"), (330, 230, "Registered at this address"), (460, 230, "1 June 2015"),
    (63, 243, "(BSN)"), (330, 243, "since"),
    (63, 258, "Nationality"), (200, 258, "Turkish"), (330, 258, "First registered in the"), (460, 258, "12 May 2009"),
    (63, 290, "Issued on Monday 14 September 2026, at the request of the person concerned."),
]


def test_an_english_certificate_reads_its_address_and_its_person_from_pairs_side_by_side():
    document = only_document(placed_pdf([CERTIFICATE]))
    assert document.doc_type == "brp_uittreksel"
    fields = document.fields
    assert (fields["street"].value, fields["house_number"].value) == ("Populierenlaan", "14B")
    assert (fields["postcode"].value, fields["city"].value) == ("8011AB", "Zwolle")
    assert fields["persons"].value == [
        {"name": "DEMIR, Elif", "birth_date": "1991-03-03", "bsn": "111222333", "registered_since": "2015-06-01"}
    ]


def test_pairs_on_one_line_with_separators_between_and_the_date_of_settling_beside_them():
    """fresh14's studied `brp_bewoning_tijdlijn_balken`: each resident a name over "geb. DATE ·
    BSN N", the date of settling in a column of its own on the same row (a bar chart's
    caption), and the former residents in a section of their own."""
    rows = [
        (63, 40, "Gemeente Bergen"), (400, 40, "Aanmaakdatum: 14-06-2026"),
        (63, 70, "Uittreksel BRP - bewoning van het adres in de tijd"),
        (63, 95, "Adres"), (200, 95, "Dorpsstraat 4"), (63, 110, "Postcode en woonplaats"), (200, 110, "1861 AB Bergen"),
        (63, 140, "Huidige bewoners"), (230, 140, "2014 2016 2018 2020 2022 2024"),
        (63, 160, "Fleur de Groot"), (63, 173, "geb. 02-05-1988 · BSN 111222333"), (230, 173, "vanaf 01-03-2014 t/m heden"),
        (63, 193, "Milan de Groot"), (63, 206, "geb. 19-09-2015 · BSN 123456782"), (230, 206, "vanaf 19-09-2015 t/m heden"),
        (63, 235, "Eerdere bewoners (niet meer op dit adres ingeschreven)"),
        (63, 255, "T. Smit"), (63, 268, "vertrokken naar onbekend"), (230, 268, "12-01-2010 t/m 28-02-2014"),
    ]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.fields["issue_date"].value == "2026-06-14"
    assert document.fields["persons"].value == [
        {"name": "Fleur de Groot", "birth_date": "1988-05-02", "bsn": "111222333", "registered_since": "2014-03-01"},
        {"name": "Milan de Groot", "birth_date": "2015-09-19", "bsn": "123456782", "registered_since": "2015-09-19"},
    ]


def test_the_first_registration_in_the_country_is_not_the_date_at_the_address():
    """The date beside "First registered in the Netherlands" stays in its own line's pair,
    which no block label starts: the person keeps the date at the address."""
    (person,) = only_document(placed_pdf([CERTIFICATE])).fields["persons"].value
    assert person["registered_since"] != "2009-05-12"


_PAIRS = [("Name", "DEMIR, Elif"), ("Naam", "Jansen, Piet"), ("Date of birth", "3 March 1991"), ("Geboortedatum", "12-05-1980"),
          ("geb.", "24-03-1990"), ("Citizen service number", "111222333"), ("Burgerservicenummer", "123456782"), ("BSN", "111222333"),
          ("vanaf", "01-10-2015")]  # fmt: skip
_FIELD = {"Name": "name", "Naam": "name", "Date of birth": "birth", "Geboortedatum": "birth", "geb.": "birth",
          "Citizen service number": "bsn", "Burgerservicenummer": "bsn", "BSN": "bsn", "vanaf": "since"}  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(pairs=st.lists(st.sampled_from(_PAIRS), min_size=1, max_size=3),
       lone=st.lists(st.sampled_from(["Nationality Turkish", "Leges EURO 15,40", "Afgegeven door de gemeente"]), max_size=2))
def test_a_line_is_cut_into_its_pairs_and_a_page_of_single_pairs_is_left_as_it_is(pairs, lone):
    """Cutting never loses or reorders a word: the cut lines hold the line's words in order,
    one line per pair (each label followed by a value of its kind); a page whose lines hold
    one pair each (or no block label first) is returned as it was; a line with one field's
    label twice (two cards side by side) is read by columns, every word kept once."""
    rows = [(40 + 300 * i, 60, label) for i, (label, _) in enumerate(pairs)]
    rows += [(40 + 300 * i + 140, 60, value) for i, (_, value) in enumerate(pairs)]
    rows += [(63, 90 + 15 * i, text) for i, text in enumerate(lone)]
    (page,) = read_bytes(placed_pdf([rows], pagesize=(960, 842)), "pairs.pdf")
    for shown in (page, ocr_like([page])[0]):
        labels = brp_uittreksel._block_labels()
        cut = brp_uittreksel._one_pair_per_line(shown, labels)
        fields = [_FIELD[label] for label, _ in pairs]
        if len(set(fields)) < len(fields):  # cards side by side, read column by column: every word once
            assert sorted(id(w) for line in cut.lines for w in line.words) == sorted(id(w) for line in shown.lines for w in line.words)
            continue
        assert [w for line in cut.lines for w in line.words] == [w for line in shown.lines for w in line.words]
        if len(pairs) == 1:
            assert cut is shown
        else:
            assert len(cut.lines) == len(shown.lines) + len(pairs) - 1


_HEAD = [(63, 40, "Gemeente Utrecht"), (63, 60, "Uittreksel Basisregistratie Personen"), (63, 80, "Datum uitgifte 3 maart 2026"),
         (63, 100, "Adres Kerkstraat 12"), (63, 114, "Postcode 3511 AB"), (63, 128, "Woonplaats Utrecht")]  # fmt: skip


def _card(x: float, top: float, name: str, born: str, bsn: str, since: str, headed: bool) -> list:
    rows = [(x, top, name)] if headed else [(x, top, "Naam"), (x + 97, top, name)]
    for i, (label, value) in enumerate((("Geboortedatum", born), ("BSN", bsn), ("Sinds", since)), start=1):
        rows += [(x, top + 15 * i, label), (x + 97, top + 15 * i, value)]
    return rows


def test_cards_side_by_side_are_read_one_column_after_the_other():
    """Two residents' cards in two columns (fresh14's unseen `brp_zijbalk_kaarten_twee_kolommen`,
    whose first reading with pairs cut per line mixed the cards up): "Naam A  Naam B" holds one
    label twice, so the page is read column by column (`brp_uittreksel._cards_in_columns`),
    with the cards' names as their headings or after a label."""
    for headed in (False, True):
        rows = _HEAD + _card(63, 160, "Jansen, Pieter", "12-03-1980", "111222333", "01-01-2010", headed)
        rows += _card(320, 160, "Bakker, Anna", "05-06-1982", "123456782", "01-01-2012", headed)
        rows += _card(63, 240, "Jansen, Noor", "07-07-2015", "100000009", "07-07-2015", headed)
        persons = only_document(placed_pdf([rows])).fields["persons"].value
        assert sorted(persons, key=lambda p: p["bsn"]) == [
            {"name": "Jansen, Noor", "birth_date": "2015-07-07", "bsn": "100000009", "registered_since": "2015-07-07"},
            {"name": "Jansen, Pieter", "birth_date": "1980-03-12", "bsn": "111222333", "registered_since": "2010-01-01"},
            {"name": "Bakker, Anna", "birth_date": "1982-06-05", "bsn": "123456782", "registered_since": "2012-01-01"},
        ], headed
