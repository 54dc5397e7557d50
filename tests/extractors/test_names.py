"""Names, towns and typed values: the lexicon, the name reader and the value parsers.

The failures of issue 17 on ordinary input are read through the real extractors from
born-digital PDFs (real pdfplumber). The repairs of OCR output are proved harmless with
hypothesis: a correctly printed name, date, amount, postcode, house number, BSN or IBAN
comes through them unchanged, and each parser reads back what its format printed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from extractors import brp_uittreksel, inkomensverklaring, lexicon, mantelzorgverklaring
from extractors._common import tidy
from extractors.names import clean_name, pipe_as_initial, plain_apostrophes, read_name, repair_initials, take_name
from extractors.pages import read_bytes
from extractors.values import (
    DATE_PATTERN,
    MONTHS,
    find_dates,
    parse_amount,
    parse_bsn,
    parse_date,
    parse_house_number,
    parse_iban,
    parse_postcode,
    parse_municipality,
    parse_town,
)
from tests.extractors.rendered import lines_pdf

# --- the failures of issue 17, through the real extractors ---------------------------------


@pytest.mark.parametrize("name", ["Henk van Die", "Jan de Bij", "Anna van Voor", "Kees de Een", "Henk Die"])
def test_a_surname_that_is_also_a_dutch_word_is_kept(name):
    lines = ["Mantelzorgverklaring", f"Naam mantelzorger: {name}", "Naam zorgvrager: Fatma Öztürk"]
    fields = mantelzorgverklaring.extract(read_bytes(lines_pdf(lines), "verklaring.pdf"))
    assert (fields["caregiver_name"].value, fields["care_recipient_name"].value) == (name, "Fatma Öztürk")
    income = ["Belastingdienst", "Inkomensverklaring 2025", f"Naam {name}", "Datum 06-04-2026"]
    assert inkomensverklaring.extract(read_bytes(lines_pdf(income), "ib.pdf"))["name"].value == name


@pytest.mark.parametrize(
    "printed, name",
    [("Mevrouw drs. A. de Vries", "A. de Vries"), ("mr. dr. P. Jansen", "P. Jansen"), ("De heer ing. K. Öztürk MSc", "K. Öztürk")],
)
def test_titles_before_and_after_a_name_are_no_part_of_it(printed, name):
    lines = ["Mantelzorgverklaring", f"Naam mantelzorger: {printed}", f"Naam zorgvrager: {printed}"]
    fields = mantelzorgverklaring.extract(read_bytes(lines_pdf(lines), "verklaring.pdf"))
    assert (fields["caregiver_name"].value, fields["care_recipient_name"].value) == (name, name)
    income = ["Belastingdienst", "Inkomensverklaring 2025", f"Naam {printed}", "Datum 06-04-2026"]
    assert inkomensverklaring.extract(read_bytes(lines_pdf(income), "ib.pdf"))["name"].value == name


@pytest.mark.parametrize("town", ["'s-Hertogenbosch", "'s-Gravenhage", "'t Harde", "Alphen aan den Rijn"])
def test_a_town_keeps_its_apostrophe(town):
    lines = [
        "Gemeente Haarlem",
        "Uittreksel Basisregistratie Personen",
        "Straat Kerkstraat",
        "Huisnummer 12",
        "Postcode 2011 AB",
        f"Woonplaats {town}",
    ]
    fields = brp_uittreksel.extract(read_bytes(lines_pdf(lines), "brp.pdf"))
    assert fields["city"].value == town


# --- the lexicon's files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["particles", "titles", "given_names", "surnames", "municipalities", "towns", "sentence_words", "banks", "organisations", "countries", "roles", "abbreviations", "months", "legal_forms"])
def test_lexicon_files_are_clean(name):
    rows = lexicon._lines(f"{name}.txt")
    entries = [entry.lstrip("\t") for entry, _ in rows]
    assert len(rows) >= 10
    assert all(entry == " ".join(entry.split()) for entry in entries), "stray spaces"
    assert not any(re.search("[’‘`´]", entry) for entry in entries), "apostrophes are plain"
    primary = [entry for entry, _ in rows if not entry.startswith("\t")]
    assert len(primary) == len(set(primary)) or name in ("given_names", "surnames"), "duplicates"


def test_the_lexicon_knows_every_municipality_and_the_apostrophe_towns():
    assert len(lexicon.municipalities()) == 342
    assert len(lexicon.towns()) > 2300
    assert lexicon.municipality("Den Haag").name == "'s-Gravenhage"
    assert lexicon.town("s-Hertogenbosch").name == "'s-Hertogenbosch"
    assert lexicon.town("Den Bosch").name == "'s-Hertogenbosch"
    assert lexicon.town("'s-Heerenberg").name == "'s-Heerenberg"
    assert lexicon.town("Amsterdam") and lexicon.town("Postbus") is None


@given(st.sampled_from(sorted(lexicon.towns())))
def test_every_town_reads_as_printed(town):
    assert parse_town(town) == town
    assert lexicon.town(town.upper()).name == town


@given(st.sampled_from(sorted(lexicon.municipalities())))
def test_every_municipality_reads_as_printed_and_a_stray_stop_in_it_is_dropped(municipality):
    assert parse_municipality(municipality) == municipality
    words = municipality.split()
    if len(words) > 1:  # a speck read as a full stop after a word: the lexicon's spelling
        assert parse_municipality(" ".join([words[0] + "."] + words[1:])) == municipality


# --- names: the reader and the repairs leave a correctly printed name as it is ---------------

_DIACRITIC_LETTERS = "àáâäçèéêëìíîïñòóôöùúûüýÿčćęłńśšźžğış"


def _word(first: str, rest: str) -> str:
    return first + rest


invented_names = st.builds(
    _word,
    st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWYZÇÖÜŞÉ"),
    st.text(alphabet="abcdefghijklmnoprstuvwyz" + _DIACRITIC_LETTERS, min_size=2, max_size=9),
)
"""A name no lexicon knows, with diacritics: capital, then small letters."""
given_names = st.one_of(st.sampled_from(sorted(lexicon.given_names())), invented_names)
surnames = st.one_of(st.sampled_from(sorted(lexicon.surnames())), invented_names)
particles = st.sampled_from(sorted(lexicon.joining_particles() - {"d'", "l'", "de l'", "van de l'"}))
initials = st.lists(st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWZ"), min_size=1, max_size=3).map(lambda cs: "".join(c + "." for c in cs))


@st.composite
def printed_names(draw) -> str:
    """A name as printed: given names or initials, maybe a particle, a surname, maybe
    hyphenated; or surname first ("Vries, Jan de")."""
    first = draw(st.one_of(initials, st.lists(given_names, min_size=1, max_size=3).map(" ".join)))
    particle = draw(st.one_of(st.just(""), particles))
    surname = draw(surnames)
    if draw(st.booleans()):
        surname += "-" + draw(surnames)
    if draw(st.integers(0, 4)) == 0:
        surname = surname.upper()
    if draw(st.integers(0, 4)) == 0:
        return f"{surname}, {first}" + (f" {particle}" if particle else "")
    if particle and particle[0].isalpha() and draw(st.integers(0, 6)) == 0:
        return f"{particle[0].upper()}{particle[1:]} {surname}, {first}"  # "De Vries, A.": the particle leads, capitalised
    return " ".join(part for part in (first, particle, surname) if part)


@given(printed_names())
@example("Henk van Die")
@example("Jan de Bij")
@example("Kees van 't Hof")
@example("AIT TALEB, A.")  # a surname of two words, printed first
@example("Ait Taleb, Anna")
@example("Jan 's Gravendeel")
@example("Aïcha El Amrani")
@settings(max_examples=400)
def test_the_repairs_leave_a_correctly_printed_name_unchanged(name):
    assert pipe_as_initial(name) == name
    assert plain_apostrophes(name) == name
    assert repair_initials(name) == name
    assert clean_name(name) == name


@given(printed_names())
@example("Jansen- de Vries")
@settings(max_examples=300)
def test_tidying_a_cell_leaves_a_printed_name_unchanged(name):
    name = name.replace("- ", "-")  # a hyphen with a space after it is a broken word to tidy
    assert tidy(name) == name
    assert tidy(f"| {name} |") == name


@given(printed_names())
@example("Henk van Die")
@example("Jan de Bij")
@example("Kees van 't Hof")
@example("De Vries, A.")  # surname first, led by its particle, capitalised
@example("Van den Berg, J.K.")
@example("Noor al-Hassan")  # a particle hyphenated to the surname
@example("AIT TALEB-AIT TALEB, A.")  # two surnames of two words, printed first (found by this test)
@example("HAAR, A.")  # a surname that is a word too ("haar"), printed first (found by this test)
@settings(max_examples=400)
def test_the_name_reader_reads_a_printed_name_as_printed(name):
    if "," in name:  # surname first: read whole where it ends the text, as on a form's line
        given = name.split(",")[1].split()
        assume(not any(lexicon.town(w) and not lexicon.is_known_name_word(w) for w in given))
    assert take_name(name) == name
    assert take_name(f"{name}, geboren op 01-02-1980") == name
    assert take_name(f"{name} | Geboortedatum 01-02-1980") == name
    assert take_name(f"{name} |") == name


@given(printed_names(), st.sampled_from(["Mevrouw", "De heer", "dhr.", "Mevr.", "T.a.v.", "drs.", "mr. dr.", "Dhr. ir.", "prof. dr."]))
@settings(max_examples=200)
def test_titles_are_dropped_from_any_name(name, title):
    name = name.split(",")[0]
    assert take_name(f"{title} {name}") == name
    assert take_name(f"{title} {name}, geboren op 1 mei 1950") == name


def test_a_name_from_prose_stops_at_the_next_sentence_only_on_evidence():
    assert take_name("Priya van der Leeuwen Door de aard van de aandoening") == "Priya van der Leeuwen"
    assert take_name("Ahmed Bij verleent zorg") == "Ahmed"  # "Bij" begins the next sentence: it runs on
    assert take_name("Ahmed Bij") == "Ahmed Bij"  # ends the value: a surname
    assert take_name("Jan de Bij verleent zorg") == "Jan de Bij"  # after a particle: the surname


def test_confidence_is_lower_for_words_formed_as_no_name_is():
    assert read_name("Jan de Vries").confidence == 1.0
    assert read_name("Oluwaseun Adébáyọ̀").confidence == 1.0  # unknown to the lexicon, no damage
    assert read_name("Jan de Vr1es").confidence < 1.0
    assert read_name("Jan Xq7zk").confidence < read_name("Jan de Vr1es").confidence


# --- typed values round-trip --------------------------------------------------------------

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_MONTH_FORMS = {month: [name for name, number in MONTHS.items() if number == month] for month in range(1, 13)}
_WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


@st.composite
def printed_dates(draw) -> tuple[date, str]:
    d = draw(dates)
    month = draw(st.sampled_from(_MONTH_FORMS[d.month]))
    day = draw(st.sampled_from([str(d.day), f"{d.day:02d}"]))
    forms = [
        f"{day}-{d.month:02d}-{d.year}",
        f"{day}.{d.month:02d}.{d.year}",
        f"{day}/{d.month}/{d.year}",
        d.isoformat(),
        f"{d.day} {month} {d.year}",
        f"{d.day} {month}. {d.year}",
        f"{d.day}-{month}-{d.year}",
        f"{d.day}{'e' if d.day != 1 else 'ste'} {month.capitalize()} {d.year}",
        f"{_WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}",
        f"{d.day} {month.upper()} {d.year}",
    ]
    return d, draw(st.sampled_from(forms))


@given(printed_dates())
@settings(max_examples=500)
def test_every_printed_date_form_reads_back(case):
    d, printed = case
    assert parse_date(printed) == d.isoformat()
    assert find_dates(f"Haarlem, {printed}; verder") == [d.isoformat()]
    assert re.fullmatch(DATE_PATTERN, _WEEKDAY_FREE(printed), re.IGNORECASE)


def _WEEKDAY_FREE(text: str) -> str:  # noqa: N802
    return re.sub(r"^[a-z]+dag ", "", text)


amounts = st.decimals(min_value=Decimal("-99999.99"), max_value=Decimal("999999.99"), places=2, allow_nan=False)


def _dutch(value: Decimal, thousands: str = ".") -> str:
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", thousands)
    return f"{sign}{groups},{cents}"


@given(amounts, st.sampled_from(["€ {}", "EUR {}", "€{}", "{} euro", "{}"]), st.sampled_from([".", " ", ""]))
@settings(max_examples=500)
def test_every_printed_amount_form_reads_back(value, frame, thousands):
    assert parse_amount(frame.format(_dutch(value, thousands))) == f"{value:.2f}"
    assert parse_amount(frame.format(f"{value:.2f}")) == f"{value:.2f}"  # "€ 1234.50"
    if value == value.to_integral_value():
        assert parse_amount(frame.format(_dutch(value, thousands).split(",")[0] + ",-")) == f"{value:.2f}"


def test_amount_notations():
    assert [parse_amount(t) for t in ["€ 1.234,50", "EUR 1234,50", "€ 1.234,-", "1 234,50", "€ 1234.50", "€ 1.234"]] == [
        "1234.50", "1234.50", "1234.00", "1234.50", "1234.50", "1234.00"
    ]  # fmt: skip
    assert parse_amount("€ 1.234.56") is None and parse_amount("€ 12,345,6") is None


_POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTUVWXYZ"  # stdnum refuses SA, SD, SS; letters from the rest


@given(st.integers(1000, 9999), st.text(alphabet=_POSTCODE_LETTERS, min_size=2, max_size=2), st.sampled_from(["{} {}", "{}{}"]), st.booleans())
def test_every_printed_postcode_reads_back(digits, letters, form, lower):
    printed = form.format(digits, letters.lower() if lower else letters)
    assert parse_postcode(printed) == f"{digits}{letters}"


@given(st.integers(1, 99999), st.sampled_from(["", "A", "a", "H", "-2", "-III", " bis", " hs", "-12"]))
def test_every_printed_house_number_reads_back(number, addition):
    expected = f"{number}{'H' if addition.strip() == 'hs' else addition.strip().upper()}"  # "hs" (huis): the register's H
    assert parse_house_number(f"{number}{addition}") == expected
    if addition and addition[0].isalpha():
        assert parse_house_number(f"{number} {addition}") == expected


def _elfproef_bsn(digits: list[int]) -> str | None:
    total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
    last = total % 11
    return "".join(map(str, digits)) + str(last) if last < 10 else None


_BSN_FORMS = {"plain": lambda b: b, "dots": lambda b: f"{b[:4]}.{b[4:6]}.{b[6:]}", "spaces": lambda b: f"{b[:3]} {b[3:6]} {b[6:]}"}


@given(st.lists(st.integers(0, 9), min_size=8, max_size=8), st.sampled_from(sorted(_BSN_FORMS)))
def test_every_printed_bsn_reads_back(digits, form):
    bsn = _elfproef_bsn(digits)
    if bsn is None or bsn == "000000000":
        return
    assert parse_bsn(_BSN_FORMS[form](bsn)) == bsn
    wrong = bsn[:-1] + str((int(bsn[-1]) + 1) % 10)
    assert parse_bsn(wrong) is None


@given(st.sampled_from(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]), st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_every_printed_iban_reads_back(bank, account):
    body = f"{bank}{account}"
    check = stdnum_iban.calc_check_digits(f"NL00{body}")
    compact = f"NL{check}{body}"
    spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    assert parse_iban(compact) == compact and parse_iban(spaced) == compact and parse_iban(spaced.lower()) == compact
    assert parse_iban(compact[:-1] + str((int(compact[-1]) + 1) % 10)) is None


def test_names_keep_their_diacritics_in_any_normal_form():
    name = unicodedata.normalize("NFC", "Aïcha Öztürk-Şahin")
    assert take_name(name) == name


# --- the repairs on read words: a well-read name keeps every word ---------------------------


def _read_words(name: str, confidences: list[float], x0: float = 100.0) -> tuple:
    from woondossier.model import Word

    words, x = [], x0
    for text, confidence in zip(name.split(), confidences):
        width = 5.5 * len(text)
        words.append(Word(text=text, confidence=confidence, bbox=(x, 0, x + width, 10)))
        x += width + 2.8  # a space at 10 points
    return tuple(words)


@given(printed_names(), st.lists(st.floats(0.3, 1.0), min_size=12, max_size=12), st.floats(0, 400))
@settings(max_examples=300)
def test_words_read_surely_and_a_space_apart_are_never_cut_from_a_name(name, confidences, column):
    from extractors._locate import Hit
    from woondossier.model import union_bbox

    words = _read_words(name, confidences)
    hit = Hit(text=name, page=1, bbox=union_bbox(w.bbox for w in words), confidence=min(w.confidence for w in words), words=words)
    assert hit.without_leading_specks() is hit
    assert hit.from_column(column) is hit


@given(printed_names())
@settings(max_examples=200)
def test_a_line_of_a_name_flows_whole(name):
    from extractors._locate import flow
    from woondossier.model import Page

    page = Page(file="scan.pdf", number=1, width=595, height=842, words=_read_words(name, [0.96] * 12), ocr=True)
    assert flow(page).text == name


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Dhr. J.H.M. (Jan) de Vries", "J.H.M. (Jan) de Vries"),  # initials and the name a person goes by
        ("A.B.C. d'Ancona", "A.B.C. d'Ancona"),
        ("de Jong", "de Jong"),  # a surname alone, its particle first
        ("van 't Hof |", "van 't Hof"),
        ("de Gemeente Haarlem verklaart", None),  # a sentence, no name
        ("Vries, Jan de", "Vries, Jan de"),  # surname first
        ("YILMAZ, Ömer", "YILMAZ, Ömer"),
    ],
)
def test_names_in_the_forms_registers_print(printed, name):
    assert take_name(printed) == name
