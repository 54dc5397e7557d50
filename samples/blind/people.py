"""People and places drawn from the data files (see data/PROVENANCE.md).

A `Person` knows how its name prints in the forms Dutch documents use; the truth of
a name field is the printed form, without a salutation ("Mevrouw", "De heer") or an
academic title ("drs.", "mr. dr."): those are not part of the name in the BRP, and a
reader that returns them has read more than the name.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from samples.blind import values

DATA = Path(__file__).parent / "data"
PARTICLES = ("van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "der", "ter", "ten", "te", "el", "het")
TITLES = ("drs.", "mr.", "ing.", "dr.", "ir.", "mr. dr.", "prof. dr.", "bc.")
NAME_FORMS = ("first", "all", "initials", "reversed", "reversed_initials", "upper", "upper_reversed")
FRESH2_NAME_FORMS = ("caps", "caps_initials", "caps_bank", "caps_reversed", "reversed_comma")
FRESH4_NAME_FORMS = ("initials_core_upper", "all_core_upper", "particle_first_comma")
FRESH5_NAME_FORMS = ("initials_spaced", "given_initials")
FRESH6_NAME_FORMS = ("initials_nodot", "surname_caps_given")
FRESH7_NAME_FORMS = ("all_upper_surname", "particle_cap_reversed", "initials_roepnaam")
FRESH8_NAME_FORMS = ("first_initial", "surname_initials_nocomma")
FRESH9_NAME_FORMS = ("initials_particle_abbrev", "first_particle_abbrev")
FRESH10_NAME_FORMS = ("reversed_particle_brackets", "first_core_upper")
FRESH11_NAME_FORMS = ("caps_all", "reversed_comma_all")
FRESH12_NAME_FORMS = ("caps_surname_initials", "particle_first_comma_first")
FRESH13_NAME_FORMS = ("caps_initials_nodot", "caps_surname_comma_first")
FRESH14_NAME_FORMS = ("caps_reversed_initials_nodot", "surname_initials_paren_first")
FRESH15_NAME_FORMS = ("caps_reversed_initials", "initials_particle_slash")
FRESH16_NAME_FORMS = ("reversed_double_comma", "initials_vd")
FRESH17_NAME_FORMS = ("particle_cap_comma_initials",)
PARTICLE_ABBREVIATIONS = {"van der": "v.d.", "van den": "v.d.", "van de": "v.d.", "van 't": "v.'t", "van": "v."}
"""How a bank's, a spreadsheet's or a hurried writer's name field shortens a particle (fresh9)."""


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def given_names() -> dict[str, list[tuple[str, str]]]:
    """origin -> [(sex, name)]"""
    found: dict[str, list[tuple[str, str]]] = {}
    for origin, sex, name in _rows("given_names.tsv"):
        found.setdefault(origin, []).append((sex, name))
    return found


@cache
def surnames() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for origin, name in _rows("surnames.tsv"):
        found.setdefault(origin, []).append(name)
    return found


@cache
def places() -> list[tuple[str, str, int, int]]:
    return [(m, t, int(a), int(b)) for m, t, a, b in _rows("places.tsv")]


@cache
def _streets() -> tuple[list[str], list[str], list[str]]:
    stems, endings, whole = [], [], []
    for row in _rows("streets.tsv"):
        {"stem": stems, "ending": endings, "whole": whole}[row[0]].extend(row[1:])
    return stems, endings, whole


def split_particle(surname: str) -> tuple[str, str]:
    """(particle, surname without it) of a surname written after a given name.

    >>> split_particle("van 't Hof"), split_particle("El Amrani"), split_particle("de Vries")
    (("van 't", 'Hof'), ('', 'El Amrani'), ('de', 'Vries'))
    """
    for particle in PARTICLES:
        if surname.startswith(particle + " ") and particle == particle.lower():
            return particle, surname[len(particle) + 1 :]
    return "", surname


@dataclass(frozen=True)
class Person:
    given: tuple[str, ...]
    surname: str  # with its particle, as after a given name: "van der Meer"
    sex: str  # "m" / "f"
    birth_date: dt.date
    bsn: str
    title: str = ""

    def name(self, form: str) -> str:
        """The name as printed in `form` (truth = this string).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in NAME_FORMS]
        ['Johannes van der Meer', 'Johannes Cornelis van der Meer', 'J.C. van der Meer', 'Meer, Johannes Cornelis van der', 'Meer, J.C. van der', 'Johannes VAN DER MEER', 'MEER, Johannes Cornelis van der']
        """
        particle, core = split_particle(self.surname)
        initials = "".join(part[0] + "." for name in self.given for part in name.split())
        tail = f" {particle}" if particle else ""
        if form == "first":
            return f"{self.given[0]} {self.surname}"
        if form == "all":
            return f"{' '.join(self.given)} {self.surname}"
        if form == "initials":
            return f"{initials} {self.surname}"
        if form == "reversed":
            return f"{core}, {' '.join(self.given)}{tail}"
        if form == "reversed_initials":
            return f"{core}, {initials}{tail}"
        if form == "upper":
            return f"{self.given[0]} {self.surname.upper()}"
        if form == "upper_reversed":
            return f"{core.upper()}, {' '.join(self.given)}{tail}"
        return self._name_fresh2(form, initials, particle, core)

    def _name_fresh2(self, form: str, initials: str, particle: str, core: str) -> str:
        """The fresh2 split's name forms (kept out of NAME_FORMS, whose draws the other splits depend on).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH2_NAME_FORMS]
        ['JOHANNES VAN DER MEER', 'J.C. VAN DER MEER', 'J C VAN DER MEER', 'MEER, JOHANNES CORNELIS VAN DER', 'Meer van der, J.C.']
        """
        if form == "caps":
            return f"{self.given[0]} {self.surname}".upper()
        if form == "caps_initials":
            return f"{initials} {self.surname}".upper()
        if form == "caps_bank":
            return f"{initials.replace('.', ' ').strip()} {self.surname}".upper()
        if form == "caps_reversed":
            return self.name("reversed").upper()
        if form == "reversed_comma":
            return f"{core} {particle}, {initials}" if particle else f"{core}, {initials}"
        return self._name_fresh4(form, initials, particle, core)

    def _name_fresh4(self, form: str, initials: str, particle: str, core: str) -> str:
        """The fresh4 split's name forms: the surname's core in capitals after the particle, or the whole surname first.

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH4_NAME_FORMS]
        ['J.C. van der MEER', 'Johannes Cornelis van der MEER', 'van der Meer, J.C.']
        """
        lead = f"{particle} " if particle else ""
        if form == "initials_core_upper":
            return f"{initials} {lead}{core.upper()}"
        if form == "all_core_upper":
            return f"{' '.join(self.given)} {lead}{core.upper()}"
        if form == "particle_first_comma":
            return f"{self.surname}, {initials}"
        return self._name_fresh5(form, initials)

    def _name_fresh5(self, form: str, initials: str) -> str:
        """The fresh5 split's name forms: initials with a space after each dot, or the first name and the others' initials.

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH5_NAME_FORMS]
        ['J. C. van der Meer', 'Johannes C. van der Meer']
        """
        if form == "initials_spaced":
            return f"{initials.replace('.', '. ').strip()} {self.surname}"
        if form == "given_initials":
            rest = "".join(part[0] + ". " for name in self.given[1:] for part in name.split())
            return f"{self.given[0]} {rest}{self.surname}"
        return self._name_fresh6(form, initials)

    def _name_fresh6(self, form: str, initials: str) -> str:
        """The fresh6 split's name forms: initials without dots (a bank's or a payroll system's), or the whole surname in
        capitals before the given names without a comma (a kiosk's or a register's print).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH6_NAME_FORMS]
        ['JC van der Meer', 'VAN DER MEER Johannes Cornelis']
        """
        if form == "initials_nodot":
            return f"{initials.replace('.', '')} {self.surname}"
        if form == "surname_caps_given":
            return f"{self.surname.upper()} {' '.join(self.given)}"
        return self._name_fresh7(form, initials)

    def _name_fresh7(self, form: str, initials: str) -> str:
        """The fresh7 split's name forms: all given names and the whole surname in capitals (a passport's order, as English
        and Polish documents print it), the surname first with its particle capitalised as Dutch writes a surname that
        leads ("Van der Meer, ..."), and the initials with the first given name as the name in use in brackets (a care
        record's or an HR system's "roepnaam"; the brackets are printed, so they are part of the name as printed).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH7_NAME_FORMS]
        ['Johannes Cornelis VAN DER MEER', 'Van der Meer, Johannes Cornelis', 'J.C. (Johannes) van der Meer']
        >>> Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name("particle_cap_reversed")
        'Jansen, Anna'
        """
        if form == "all_upper_surname":
            return f"{' '.join(self.given)} {self.surname.upper()}"
        if form == "particle_cap_reversed":
            return f"{self.surname[0].upper()}{self.surname[1:]}, {' '.join(self.given)}"
        if form == "initials_roepnaam":
            return f"{initials} ({self.given[0]}) {self.surname}"
        return self._name_fresh8(form, initials)

    def _name_fresh8(self, form: str, initials: str) -> str:
        """The fresh8 split's name forms: the first given name's initial only (a bank app's or a shipping company's
        crew list), and the whole surname with its particle before the initials without a comma (an HR system's or a
        municipality's list sorted as it is printed).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH8_NAME_FORMS]
        ['J. van der Meer', 'van der Meer J.C.']
        """
        if form == "first_initial":
            return f"{self.given[0][0]}. {self.surname}"
        if form == "surname_initials_nocomma":
            return f"{self.surname} {initials}"
        return self._name_fresh9(form, initials)

    def _name_fresh9(self, form: str, initials: str) -> str:
        """The fresh9 split's name forms: the particle shortened ("v.d.", "v.") after the initials or the first given
        name, as a bank's account name, a spreadsheet or a quick hand writes it; a surname without one of those particles
        prints whole.

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH9_NAME_FORMS]
        ['J.C. v.d. Meer', 'Johannes v.d. Meer']
        >>> Person(("Anna",), "de Vries", "f", dt.date(1980, 1, 2), "111222333").name("first_particle_abbrev")
        'Anna de Vries'
        """
        particle, core = split_particle(self.surname)
        short = f"{PARTICLE_ABBREVIATIONS[particle]} {core}" if particle in PARTICLE_ABBREVIATIONS else self.surname
        if form == "initials_particle_abbrev":
            return f"{initials} {short}"
        if form == "first_particle_abbrev":
            return f"{self.given[0]} {short}"
        return self._name_fresh10(form, initials, particle, core)

    def _name_fresh10(self, form: str, initials: str, particle: str, core: str) -> str:
        """The fresh10 split's name forms: the surname's core first with the particle in brackets after it (a municipal
        or a hospital system's sorted list), and the first given name with only the surname's core in capitals (a Flemish
        or a platform's print that marks the family name).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH10_NAME_FORMS]
        ['Meer (van der), J.C.', 'Johannes van der MEER']
        >>> Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name("reversed_particle_brackets")
        'Jansen, A.'
        """
        if form == "reversed_particle_brackets":
            return f"{core} ({particle}), {initials}" if particle else f"{core}, {initials}"
        if form == "first_core_upper":
            return f"{self.given[0]} {particle + ' ' if particle else ''}{core.upper()}"
        return self._name_fresh11(form, particle, core)

    def _name_fresh11(self, form: str, particle: str, core: str) -> str:
        """The fresh11 split's name forms: every given name and the surname in capitals (an identity document's or a
        benefit agency's print), and the surname's core, its particle after it without brackets, a comma and every given
        name written out (an old municipal or tax system's sorted list).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH11_NAME_FORMS]
        ['JOHANNES CORNELIS VAN DER MEER', 'Meer van der, Johannes Cornelis']
        >>> Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name("reversed_comma_all")
        'Jansen, Anna'
        """
        if form == "caps_all":
            return f"{' '.join(self.given)} {self.surname}".upper()
        if form == "reversed_comma_all":
            return f"{core} {particle}, {' '.join(self.given)}" if particle else f"{core}, {' '.join(self.given)}"
        return self._name_fresh12(form)

    def _name_fresh12(self, form: str) -> str:
        """The fresh12 split's name forms: the whole surname in capitals, its particle first, then the initials (a bank's
        account-owner field in a camt.053 file, a municipality's occupancy overview), and the surname as it follows a
        given name, a comma and the first given name only (a mail client's or a care system's "Last, First").

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH12_NAME_FORMS]
        ['VAN DER MEER J.C.', 'van der Meer, Johannes']
        >>> [Person(("Anna", "Maria"), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH12_NAME_FORMS]
        ['JANSEN A.M.', 'Jansen, Anna']
        """
        initials = "".join(part[0] + "." for name in self.given for part in name.split())
        if form == "caps_surname_initials":
            return f"{self.surname.upper()} {initials.upper()}"
        if form == "particle_first_comma_first":
            return f"{self.surname}, {self.given[0]}"
        return self._name_fresh13(form, initials)

    def _name_fresh13(self, form: str, initials: str) -> str:
        """The fresh13 split's name forms: the initials run together without dots before the whole surname in capitals (a
        foreign bank's account-name field, "JC VAN DER MEER"), and the whole surname in capitals, particle first, a comma and
        the first given name (an English certificate's or an embassy form's "SURNAME, Given name").

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH13_NAME_FORMS]
        ['JC VAN DER MEER', 'VAN DER MEER, Johannes']
        >>> [Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH13_NAME_FORMS]
        ['A JANSEN', 'JANSEN, Anna']
        """
        if form == "caps_initials_nodot":
            return f"{initials.replace('.', '')} {self.surname}".upper()
        if form == "caps_surname_comma_first":
            return f"{self.surname.upper()}, {self.given[0]}"
        return self._name_fresh14(form, initials)

    def _name_fresh14(self, form: str, initials: str) -> str:
        """The fresh14 split's name forms: the surname's core first, its particle after it and the initials without dots, all
        in capitals (a bank's back-office name field sorted on the core, "MEER VAN DER JC"), and the surname, the initials
        and the first given name in brackets (a hospital's or a care system's patient line, "van der Meer, J.C. (Johannes)").

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH14_NAME_FORMS]
        ['MEER VAN DER JC', 'van der Meer, J.C. (Johannes)']
        >>> [Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH14_NAME_FORMS]
        ['JANSEN A', 'Jansen, A. (Anna)']
        """
        if form == "caps_reversed_initials_nodot":
            particle, core = split_particle(self.surname)
            return " ".join(part for part in (core, particle, initials.replace(".", "")) if part).upper()
        if form == "surname_initials_paren_first":
            return f"{self.surname}, {initials} ({self.given[0]})"
        return self._name_fresh15(form, initials)

    def _name_fresh15(self, form: str, initials: str) -> str:
        """The fresh15 split's name forms: the surname's core, a comma, the initials and the particle after them, all in
        capitals (a municipal register's or a practice system's sorted card, "MEER, J.C. VAN DER"), and the initials before
        the surname with a "van der", "van den" or "van de" written "v/d" (a quick hand's or a tenant's form, "J.C. v/d Meer";
        other surnames print whole).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH15_NAME_FORMS]
        ['MEER, J.C. VAN DER', 'J.C. v/d Meer']
        >>> [Person(("Anna",), "de Vries", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH15_NAME_FORMS]
        ['VRIES, A. DE', 'A. de Vries']
        """
        particle, core = split_particle(self.surname)
        if form == "caps_reversed_initials":
            return f"{core}, {initials}{' ' + particle if particle else ''}".upper()
        if form == "initials_particle_slash":
            short = f"v/d {core}" if particle in ("van der", "van den", "van de") else self.surname
            return f"{initials} {short}"
        return self._name_fresh16(form, initials)

    def _name_fresh16(self, form: str, initials: str) -> str:
        """The fresh16 split's name forms: the surname's core, a comma, the particle, a second comma and the initials (a
        municipal desk system's or a payroll system's sorted field, "Meer, van der, J.C."), and the initials before the surname
        with a "van der", "van den" or "van de" run together as "vd" (a nurse's or a tenant's quick hand, "J.C. vd Meer"; other
        surnames print whole).

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH16_NAME_FORMS]
        ['Meer, van der, J.C.', 'J.C. vd Meer']
        >>> [Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH16_NAME_FORMS]
        ['Jansen, A.', 'A. Jansen']
        """
        particle, core = split_particle(self.surname)
        if form == "reversed_double_comma":
            return f"{core}, {particle}, {initials}" if particle else f"{core}, {initials}"
        if form == "initials_vd":
            short = f"vd {core}" if particle in ("van der", "van den", "van de") else self.surname
            return f"{initials} {short}"
        return self._name_fresh17(form, initials)

    def _name_fresh17(self, form: str, initials: str) -> str:
        """The fresh17 split's name form: the whole surname first with its particle capitalised, a comma and the initials (a
        shared service's or an international employer's list sorted on the particle, "Van der Meer, J.C.").

        >>> p = Person(("Johannes", "Cornelis"), "van der Meer", "m", dt.date(1970, 1, 2), "111222333")
        >>> [p.name(f) for f in FRESH17_NAME_FORMS]
        ['Van der Meer, J.C.']
        >>> [Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333").name(f) for f in FRESH17_NAME_FORMS]
        ['Jansen, A.']
        """
        if form == "particle_cap_comma_initials":
            return f"{self.surname[0].upper()}{self.surname[1:]}, {initials}"
        raise ValueError(form)

    def salutation(self) -> str:
        return "De heer" if self.sex == "m" else "Mevrouw"

    def titled(self, form: str) -> str:
        """The name with its title in front, as a letter's address block prints it."""
        return f"{self.title} {self.name(form)}" if self.title else self.name(form)


def married_name(person: Person, partner: Person, form: str = "initials") -> str:
    """A married person's name in use (naamgebruik): the partner's surname, a hyphen, the own surname.

    >>> a = Person(("Anna",), "Jansen", "f", dt.date(1980, 1, 2), "111222333")
    >>> b = Person(("Kees",), "de Vries", "m", dt.date(1979, 1, 2), "111222333")
    >>> married_name(a, b), married_name(a, b, "first")
    ('A. de Vries-Jansen', 'Anna de Vries-Jansen')
    """
    given = "".join(part[0] + "." for name in person.given for part in name.split()) if form == "initials" else person.given[0]
    return f"{given} {partner.surname}-{person.surname}"


def double_surname_reversed(person: Person, partner: Person) -> str:
    """A married person's own surname joined to the partner's by a hyphen, surname first, then the initials, as a
    register's list prints it (fresh8: "Jansen-de Vries, M."); the leading particle is capitalised as Dutch writes a
    surname that leads.

    >>> a = Person(("Maria",), "Jansen", "f", dt.date(1980, 1, 2), "111222333")
    >>> b = Person(("Kees",), "de Vries", "m", dt.date(1979, 1, 2), "111222333")
    >>> double_surname_reversed(a, b), double_surname_reversed(b, a)
    ('Jansen-de Vries, M.', 'De Vries-Jansen, K.')
    """
    initials = "".join(part[0] + "." for name in person.given for part in name.split())
    return f"{person.surname[0].upper()}{person.surname[1:]}-{partner.surname}, {initials}"


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str  # contract form
    house_number_text: str  # as printed
    postcode: str
    city: str
    municipality: str

    def line1(self) -> str:
        return f"{self.street} {self.house_number_text}"


ORIGINS = ("nl", "nl", "nl", "ma", "ma", "tr", "tr", "sr", "an", "pl", "sy", "er", "so", "cn", "id", "cv", "gh", "af")


def person(rng: random.Random, *, sex: str | None = None, born: tuple[int, int] = (1950, 2003),
           surname: str | None = None, origin: str | None = None, titled: float = 0.0) -> Person:
    """A person of some origin; `surname` to make family members."""
    origin = origin or rng.choice(ORIGINS)
    sex = sex or rng.choice("mf")
    pool = [n for s, n in given_names()[origin] if s == sex] or [n for _, n in given_names()[origin]]
    count = rng.choice((1, 1, 1, 2, 2, 3)) if origin in ("nl", "pl", "an") else rng.choice((1, 1, 2))
    given = tuple(dict.fromkeys(rng.choice(pool) for _ in range(count)))
    day = values.between(rng, dt.date(born[0], 1, 1), dt.date(born[1], 12, 31))
    title = rng.choice(TITLES) if rng.random() < titled else ""
    return Person(given, surname or rng.choice(surnames()[origin]), sex, day, values.bsn(rng), title)


def origin_of(person_: Person) -> str:
    for origin, names in surnames().items():
        if person_.surname in names:
            return origin
    return "nl"


def address(rng: random.Random) -> Address:
    municipality, town, low, high = rng.choice(places())
    stems, endings, whole = _streets()
    if rng.random() < 0.25:
        street = rng.choice(whole)
    else:
        stem, ending = rng.choice(stems), rng.choice(endings)
        street = f"{stem}{ending}" if " " not in stem else f"{stem}{ending}".replace(" ", " ", 1)
    number, printed = values.house_number(rng)
    return Address(street, number, printed, values.postcode(rng, low, high), town, municipality)


def issuer_address(rng: random.Random, town: str | None = None) -> tuple[str, str]:
    """A Postbus address of an organisation: ("Postbus 1234", "2500 GA 's-Gravenhage")."""
    municipality, place, low, high = rng.choice([p for p in places() if p[1] == town] or places())
    code = values.postcode(rng, low, high)
    return f"Postbus {rng.randint(10, 99999)}", f"{code[:4]} {code[4:]}  {place.upper() if rng.random() < 0.5 else place}"
