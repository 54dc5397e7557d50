"""Property-based tests (hypothesis) of the date arithmetic and the name matching.

The example tests pin the contract's worked cases; these state the rules that must
hold for every date and every name, so a regression on an input nobody wrote down
still shows.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import assume, example, given
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from tests.validators.dossier import FAIL, PASS, brp, house_sitting_form, run
from validators.dates import add_months, add_weeks, add_years, age_on
from validators.names import TUSSENVOEGSELS, NameMatch, find_person, match_name
from validators.residence import brp_extract_recent
from validators.sitter import sitter_adult

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))
MONTHS = st.integers(min_value=-1200, max_value=1200)


# --- dates -----------------------------------------------------------------------------


@given(DAYS, MONTHS)
@example(date(2026, 11, 30), -3)
@example(date(2024, 2, 29), 12)
def test_add_months_moves_the_month_and_clamps_the_day(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@given(DAYS, MONTHS)
def test_add_months_round_trip_is_exact_below_the_29th(day, months):
    assume(day.day <= 28)
    assert add_months(add_months(day, months), -months) == day


@given(DAYS, DAYS, MONTHS)
def test_add_months_keeps_the_order_of_days(a, b, months):
    earlier, later = sorted((a, b))
    assert add_months(earlier, months) <= add_months(later, months)


@given(DAYS, st.integers(min_value=-100, max_value=100))
def test_years_are_twelve_months_and_weeks_seven_days(day, n):
    assert add_years(day, n) == add_months(day, 12 * n)
    assert add_weeks(day, n) - day == timedelta(days=7 * n)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.integers(min_value=1, max_value=100))
@example(date(2008, 2, 29), 18)
def test_a_person_turns_n_on_the_day_add_years_gives(birth, years):
    birthday = add_years(birth, years)
    assert age_on(birth, birthday) == years
    assert age_on(birth, birthday - timedelta(days=1)) == years - 1


@given(DAYS, DAYS, DAYS)
def test_age_never_decreases(x, y, z):
    birth, a, b = sorted((x, y, z))
    assert 0 <= age_on(birth, a) <= age_on(birth, b)


SUBMISSIONS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(SUBMISSIONS)
@example(date(2026, 5, 31))
@example(date(2028, 2, 29))
def test_brp_extract_exactly_three_months_old_passes_a_day_older_fails(submitted):
    limit = add_months(submitted, -3)
    at_limit = run(brp_extract_recent, brp(issue_date=limit.isoformat()), submitted_on=submitted.isoformat())
    older = run(brp_extract_recent, brp(issue_date=(limit - timedelta(days=1)).isoformat()), submitted_on=submitted.isoformat())
    assert (at_limit.status, older.status) == (PASS, FAIL), (at_limit.reason, older.reason)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2010, 12, 31)))
@example(date(2008, 2, 29))
def test_sitter_turning_18_on_the_start_date_is_adult(birth):
    start = add_years(birth, 18)
    on_the_day = run(sitter_adult, house_sitting_form(start=start.isoformat(), end=add_months(start, 6).isoformat(), sitter_birth_date=birth.isoformat()),
                     type="huisbewaring", submitted_on=(start - timedelta(days=40)).isoformat())  # fmt: skip
    day_before = run(sitter_adult, house_sitting_form(start=(start - timedelta(days=1)).isoformat(), end=add_months(start, 6).isoformat(),
                     sitter_birth_date=birth.isoformat()), type="huisbewaring", submitted_on=(start - timedelta(days=40)).isoformat())  # fmt: skip
    assert (on_the_day.status, day_before.status) == (PASS, FAIL), (on_the_day.reason, day_before.reason)


# --- names -----------------------------------------------------------------------------

LETTERS = "abcdefghijklmnoprstuvwyz"


def _word(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return (
        st.text(alphabet=LETTERS, min_size=min_size, max_size=max_size)
        .filter(lambda w: w not in TUSSENVOEGSELS)
        .map(str.capitalize)
    )


GIVEN = st.lists(_word(3, 9), min_size=1, max_size=3)
SURNAME = _word(4, 12)
PREFIX = st.sampled_from(("", "de", "van", "van der", "van den", "ter", "van 't"))


@st.composite
def names(draw) -> tuple[list[str], str, str]:
    return draw(GIVEN), draw(PREFIX), draw(SURNAME)


def _full(given: list[str], prefix: str, surname: str) -> str:
    return " ".join([*given, *prefix.split(), surname])


def _brp_order(given: list[str], prefix: str, surname: str) -> str:
    """How the BRP prints a name: "Vries, Jan Pieter de"."""
    return f"{surname}, " + " ".join([*given, *prefix.split()])


def _initials(given: list[str], prefix: str, surname: str) -> str:
    return "".join(f"{g[0]}." for g in given) + " " + " ".join([*prefix.split(), surname])


@given(names())
def test_a_name_matches_itself_in_every_way_it_is_printed(name):
    full = _full(*name)
    for printed in (full, full.upper(), full.lower(), _brp_order(*name), _initials(*name)):
        assert match_name(full, printed) is NameMatch.match, printed


@given(names())
def test_accents_do_not_matter(name):
    given, prefix, surname = name
    accented = surname.replace("e", "é").replace("i", "ï").replace("o", "ö")
    assert match_name(_full(given, prefix, surname), _full(given, prefix, accented)) is NameMatch.match


@given(names(), st.integers(min_value=0, max_value=100), st.sampled_from(LETTERS))
def test_one_ocr_error_in_a_surname_of_four_letters_or_more_still_matches(name, where, letter):
    given, prefix, surname = name
    i = where % len(surname)
    misread = surname[:i] + letter + surname[i + 1 :]
    assume(misread.lower() not in TUSSENVOEGSELS)
    assert match_name(_full(given, prefix, surname), _full(given, prefix, misread.capitalize())) is NameMatch.match


@given(names(), SURNAME)
def test_another_surname_is_another_person(name, other):
    given, prefix, surname = name
    assume(Levenshtein.distance(surname.lower(), other.lower()) >= 3)
    assume(surname.lower() not in other.lower() and other.lower() not in surname.lower())
    assert match_name(_full(given, prefix, surname), _full(given, prefix, other)) is NameMatch.no_match


@given(names(), names())
def test_matching_is_symmetric(a, b):
    left, right = _full(*a), _brp_order(*b)
    assert match_name(left, right) is match_name(right, left)


@given(names(), st.lists(names(), min_size=0, max_size=4), st.randoms(use_true_random=False))
def test_find_person_does_not_depend_on_the_order_of_the_list(sought, others, rnd):
    full = _full(*sought)
    candidates = [_brp_order(*sought)] + [_brp_order(*o) for o in others]
    verdict, index = find_person(full, candidates)
    shuffled = candidates[:]
    rnd.shuffle(shuffled)
    verdict_shuffled, index_shuffled = find_person(full, shuffled)
    assert verdict is verdict_shuffled
    if verdict is NameMatch.match:
        assert candidates[index] == shuffled[index_shuffled]
    else:
        assert index is None and index_shuffled is None
    assert verdict is not NameMatch.no_match  # the person is on the list
