"""Name matching tolerance (`validators.names`) and calendar arithmetic (`validators.dates`)."""

from __future__ import annotations

from datetime import date

import pytest

from validators.dates import add_months, add_weeks, add_years, age_on, parse_iso
from validators.names import NameMatch, find_person, match_name

M, N, A = NameMatch.match, NameMatch.no_match, NameMatch.ambiguous


@pytest.mark.parametrize(
    ("expected", "found", "verdict"),
    [
        pytest.param("Jan de Vries", "Jan de Vries", M, id="same"),
        pytest.param("Jan de Vries", "JAN DE VRIES", M, id="case"),
        pytest.param("jan de vries", "Jan De Vries", M, id="case-of-tussenvoegsel"),
        pytest.param("José Núñez", "Jose Nunez", M, id="accents"),
        pytest.param("Aïcha Yılmaz", "Aicha Yilmaz", M, id="dotless-i-and-trema"),
        pytest.param("Jan de Vries", "Vries, Jan de", M, id="brp-order"),
        pytest.param("Jan de Vries", "De Vries, Jan", M, id="surname-first-with-prefix"),
        pytest.param("Jan de Vries", "De Vries Jan", M, id="word-order-without-comma"),
        pytest.param("Jan de Vries", "J. de Vries", M, id="initial"),
        pytest.param("Jan de Vries", "J de Vries", M, id="initial-without-dot"),
        pytest.param("J.P. de Vries", "Johannes Pieter de Vries", M, id="two-initials"),
        pytest.param("Jan de Vries", "Jan Pieter de Vries", M, id="extra-given-name"),
        pytest.param("Fatima El Amrani", "Amrani, Fatima El", M, id="el-as-given-word"),
        pytest.param("Fatima El Amrani", "EL AMRANI, Fatima", M, id="el-as-surname-word"),
        pytest.param("Jan de Vries", "Jan deVries", M, id="glued-tussenvoegsel"),
        pytest.param("Jan de Vries", "Jan de Vrles", M, id="one-ocr-error"),
        pytest.param("Jan de Vries", "Jan de Bruin", N, id="other-surname"),
        pytest.param("Jan de Vries", "Kees de Vries", N, id="other-given-name"),
        pytest.param("Jan de Vries", "Jan de Vos", N, id="other-short-surname"),
        pytest.param("Pieter Bos", "Pieter Vos", N, id="short-surnames-must-be-exact"),
        pytest.param("Jan Bakker", "Jan Bakkor", M, id="one-ocr-error-in-6-letters"),
        pytest.param("Jan Bakker", "Jan Bokkor", N, id="two-errors-in-6-letters-is-another-name"),
        pytest.param("Jan Verhoeven", "Jan Verhaevan", M, id="two-ocr-errors-in-9-letters"),
        pytest.param("Pieter Bakker", "Pieter Bos", N, id="other-surname-same-given"),
        pytest.param("Jan de Vries", "Johannes de Vries", A, id="maybe-call-name"),
        pytest.param("Jan de Vries", "de Vries", A, id="surname-only"),
        pytest.param("Jan de Vries", "Jan", A, id="given-name-only"),
        pytest.param("Jan de Vries", "Kees", N, id="other-single-word"),
        pytest.param("Jan de Vries", None, A, id="unread"),
        pytest.param(None, "Jan de Vries", A, id="not-registered"),
        pytest.param("Jan de Vries", "", A, id="empty"),
    ],
)
def test_match_name(expected, found, verdict):
    assert match_name(expected, found) is verdict
    assert match_name(found, expected) is verdict  # symmetric


def test_match_name_birth_date_confirms_or_refutes():
    assert match_name("Jan de Vries", "Johannes de Vries", expected_birth_date="1980-01-01",
                      found_birth_date=date(1980, 1, 1)) is M  # fmt: skip
    assert match_name("Jan de Vries", "Jan de Vries", expected_birth_date="1980-01-01",
                      found_birth_date="2005-06-01") is N  # fmt: skip


@pytest.mark.parametrize(
    ("name", "candidates", "answer"),
    [
        pytest.param("Jan de Vries", ["Amrani, Fatima El", "Vries, Jan de"], (M, 1), id="found"),
        pytest.param("Jan de Vries", ["Amrani, Fatima El", "Bakker, Kees"], (N, None), id="not-there"),
        pytest.param("Jan de Vries", ["Vries, Jan de", "Vries, Jan de"], (A, None), id="two-candidates"),
        pytest.param("Jan de Vries", ["Bakker, Kees", None], (A, None), id="an-unread-candidate"),
        pytest.param("Jan de Vries", [], (N, None), id="nobody"),
        pytest.param(None, ["Vries, Jan de"], (A, None), id="no-name"),
    ],
)
def test_find_person(name, candidates, answer):
    assert find_person(name, candidates) == answer


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 30), -3, date(2026, 8, 30)),
        (date(2026, 5, 31), -3, date(2026, 2, 28)),
        (date(2024, 5, 31), -3, date(2024, 2, 29)),
        (date(2026, 11, 2), -3, date(2026, 8, 2)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 11, 2), 0, date(2026, 11, 2)),
        (date(2026, 11, 2), -24, date(2024, 11, 2)),
    ],
    ids=str,
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_add_years_and_weeks():
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2026, 11, 2), -5) == date(2021, 11, 2)
    assert add_weeks(date(2026, 11, 2), 4) == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2008, 12, 7), date(2026, 12, 7), 18),
        (date(2008, 12, 8), date(2026, 12, 7), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 18),
        (date(2008, 2, 29), date(2026, 2, 27), 17),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
    ],
    ids=str,
)
def test_age_on(birth, day, age):
    assert age_on(birth, day) == age


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2026-11-02", date(2026, 11, 2)), ("2026-02-30", None), ("02-11-2026", None), ("2026-11-2", None),
     ("", None), (None, None), (20261102, None), (date(2026, 1, 1), date(2026, 1, 1))],  # fmt: skip
    ids=repr,
)
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected
