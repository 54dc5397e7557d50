"""Typed values as printed, found and parsed the same way by every extractor
(`extractors.values`): any amount in any Dutch or English notation, with its euro sign or
word before or after it, comes back as its value, and a bare whole number is never taken
for a marked amount; a date with its year in two digits is read as this century's only
where a document's own date is read, never by `parse_date`; a month in Roman numerals
is that month."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.values import (
    AMOUNT_PATTERN,
    DATE_PATTERN,
    MARKED_AMOUNT_PATTERN,
    ROMAN_MONTHS,
    SHORT_YEAR_DATE_PATTERN,
    parse_amount,
    parse_date,
    parse_recent_date,
)

CENTS = st.integers(min_value=0, max_value=99_999_999).map(lambda c: Decimal(c) / 100)


def _dutch(value: Decimal, thousands: str, cents: str) -> str:
    whole, fraction = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", thousands)
    if cents == "digits" or fraction != "00":
        return f"{groups},{fraction}"
    return {"dash": f"{groups},-", "em": f"{groups},—", "none": groups}[cents]


PRINTED = st.builds(
    lambda value, thousands, cents, marker: (value, marker.format(_dutch(value, thousands, cents))),
    CENTS,
    st.sampled_from([".", " ", ""]),
    st.sampled_from(["digits", "dash", "em", "none"]),
    st.sampled_from(["€ {}", "€{}", "EUR {}", "{} euro", "{} EUR", "{} Euro"]),
)


@given(PRINTED, st.sampled_from(["Vergoeding: {} per maand", "{}", "betaalt mij {}.", "({})"]))
def test_a_marked_amount_in_any_notation_is_found_whole_and_read_as_its_value(printed, sentence):
    value, text = printed
    match = re.search(MARKED_AMOUNT_PATTERN, sentence.format(text), re.IGNORECASE)
    assert match is not None and match.group(0).strip() == text.strip()
    assert parse_amount(match.group(0)) == f"{value:.2f}"


@given(PRINTED)
def test_every_marked_amount_is_an_amount_and_reads_the_same_either_way(printed):
    value, text = printed
    plain = re.search(AMOUNT_PATTERN, text, re.IGNORECASE)
    assert plain is not None and parse_amount(plain.group(0)) == f"{value:.2f}"


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["Vergoeding {} ", "huisnummer {} ", "{} kinderen", "sinds {} jaar"]))
def test_a_bare_whole_number_is_never_a_marked_amount(number, sentence):
    assert re.search(MARKED_AMOUNT_PATTERN, sentence.format(number), re.IGNORECASE) is None


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12), st.integers(min_value=1950, max_value=2040))
def test_a_date_is_never_a_marked_amount(day, month, year):
    for text in (f"{day:02d}-{month:02d}-{year}", f"{day}.{month:02d}.{year}", f"{day:02d}/{month:02d}/{year}"):
        assert re.search(MARKED_AMOUNT_PATTERN, text) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["-", ".", "/"]), st.booleans(), st.booleans())
def test_a_two_digit_year_is_this_centurys_where_a_documents_own_date_is_read(day, separator, padded, apostrophe):
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    text = f"{d}{separator}{m}{separator}{chr(39) if apostrophe else ''}{day.year % 100:02d}"
    assert parse_recent_date(text) == day.isoformat()
    assert parse_date(text) is None  # a birth date is never read from two digits
    found = re.search(SHORT_YEAR_DATE_PATTERN, f"DATUM {text} TIJD 18:50")
    assert found is not None and found.group(0) == text


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_a_four_digit_year_is_no_short_year_date(day):
    assert re.search(SHORT_YEAR_DATE_PATTERN, f"Datum {day.day:02d}-{day.month:02d}-{day.year}") is None
    assert parse_recent_date(f"{day.day:02d}-{day.month:02d}-{day.year}") is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["-", ".", " ", "/"]))
def test_a_month_in_roman_numerals_is_that_month(day, separator):
    roman = {number: numeral for numeral, number in ROMAN_MONTHS.items()}[day.month]
    text = f"{day.day}{separator}{roman}{separator}{day.year}"
    assert parse_date(text) == day.isoformat()
    found = re.search(DATE_PATTERN, f"van {text} tot", re.IGNORECASE)
    assert found is not None and found.group(0) == text


def test_dates_with_the_year_in_words_as_a_deed_prints_them():
    """A contract that writes its dates out in full, year included ("op zevenentwintig
    januari tweeduizendzesentwintig", fresh8's studied half), as notarial deeds do."""
    from extractors.values import parse_date

    assert parse_date("zevenentwintig januari tweeduizendzesentwintig") == "2026-01-27"
    assert parse_date("één februari tweeduizendzesentwintig") == "2026-02-01"
    assert parse_date("tweeëntwintig mei negentienhonderdzesennegentig") == "1996-05-22"
    assert parse_date("zevenentwintig januari tweeduizendhonderd") is None
