"""What the sixteenth session's name repairs leave alone (issue 17): a name as printed stays
as printed. A small l opening a word before a consonant is OCR's capital I, and no printed
name has one; a name read twice in a row is read once, and no printed name of the
lexicon's words is shortened, not even one that repeats itself on its line. And, from the
seventeenth session: the last initial of a surname-first name whose stop OCR read as a
comma, or which it read as a small letter, is put back, and initials as printed stay; a
row's number and a speck before a name in a register's row are cut, the name kept whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import lexicon
from extractors.brp_uittreksel import _clean_name
from extractors.names import _once, capital_i, repair_initials, take_name

_GIVEN = sorted(w for w in lexicon.given_names() if w.isalpha())
_SURNAMES = sorted(w for w in lexicon.surnames() if w.isalpha())
_PARTICLES = ["", "van", "de", "van der", "van den", "ter", "el", "la", "le", "di", "da"]


def _printed(given_names: list[str], particle: str, surname: str, surname_first: bool) -> str:
    given = " ".join(w.capitalize() for w in given_names)
    last = " ".join(part for part in (particle, surname.capitalize()) if part)
    return f"{last}, {given}" if surname_first else f"{given} {last}"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3), st.sampled_from(_PARTICLES), st.sampled_from(_SURNAMES), st.booleans())
def test_a_printed_name_keeps_every_letter(given_names, particle, surname, surname_first):
    name = _printed(given_names, particle, surname, surname_first)
    assert capital_i(name) == name
    assert _once(name, name) == name and _once(f"{name} {name}", f"{name} {name}") == f"{name} {name}"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([w for w in _GIVEN if w[0] == "I" and w[1].lower() not in "aeiouyl"]), st.sampled_from(_SURNAMES))
def test_a_capital_i_read_as_a_small_l_is_put_back(given_name, surname):
    printed = f"{surname.capitalize()}, {given_name}"
    assert take_name(printed.replace(given_name, "l" + given_name[1:], 1)) == take_name(printed)


_INITIALS = st.lists(st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWZ"), min_size=1, max_size=3).map(lambda letters: "".join(f"{c}." for c in letters))


@settings(max_examples=400, deadline=None)
@given(_INITIALS, st.sampled_from(_PARTICLES), st.sampled_from(_SURNAMES), st.booleans())
def test_printed_initials_stay_as_printed(initials, particle, surname, surname_first):
    last = surname.capitalize()
    name = f"{last}, {initials}" + (f" {particle}" if particle else "") if surname_first else " ".join(p for p in (initials, particle, last) if p)
    assert repair_initials(name) == name


@settings(max_examples=200, deadline=None)
@given(_INITIALS, st.sampled_from(_SURNAMES))
def test_a_last_initials_stop_read_as_a_comma_is_put_back(initials, surname):
    printed = f"{surname.capitalize()}, {initials}"
    assert repair_initials(printed[:-1] + ",") == printed


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2), st.sampled_from(_PARTICLES), st.sampled_from(_SURNAMES),
       st.sampled_from(["1", "2.1", "12."]), st.sampled_from(["", "_ ", "» ", "| "]))
def test_a_registers_row_number_and_speck_leave_the_name_whole(given_names, particle, surname, number, speck):
    name = _printed(given_names, particle, surname, True)
    assert _clean_name(f"{number} {speck}{name}") == _clean_name(name)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_GIVEN + _SURNAMES))
def test_a_name_the_lexicon_knows_is_never_taken_for_a_slip(word):
    from extractors.names import word_factor

    assert word_factor(word.capitalize()) == 1.0 and word_factor(word.upper()) == 1.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("ABCDEFGHJKLMNOPRSTUVWZ"), min_size=3, max_size=4), st.sampled_from(["van", "de", "van der", "ter", "den"]),
       st.sampled_from(_SURNAMES))
def test_initials_whose_stops_ocr_lost_before_a_particle_are_put_back(letters, particle, surname):
    printed = "".join(f"{c}." for c in letters) + f" {particle} {surname.capitalize()}"
    assert repair_initials("".join(letters) + f". {particle} {surname.capitalize()}") == printed and repair_initials(printed) == printed
