"""Amounts as printed, found and parsed the same way by every extractor (`extractors.values`):
any amount in any Dutch or English notation, with its euro sign or word before or after it,
comes back as its value; a bare whole number is never taken for a marked amount."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.values import AMOUNT_PATTERN, MARKED_AMOUNT_PATTERN, parse_amount

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
