"""Synthetic people, addresses and numbers for sample documents. Nothing here is real.

Every function takes a `random.Random`, so a seed reproduces a corpus exactly.
BSNs pass the elfproef and IBANs their checksum, as real ones do; they are drawn
from ranges that make collisions with real persons irrelevant for test data.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

FIRST_NAMES = (
    "Jan", "Fatima", "Pieter", "Sanne", "Mohammed", "Eva", "Daan", "Noor", "Lucas",
    "Anouk", "Sem", "Yara", "Thijs", "Ilse", "Bram", "Zeynep", "Ruben", "Mila",
    "Kees", "Aïcha", "Joris", "Esmée", "Hüseyin", "Chantal", "Wouter", "Linh",
    "Johannes", "Marieke", "Ahmed", "Lotte", "Gerrit", "Priya",
)  # fmt: skip
MIDDLE_NAMES = ("Pieter", "Maria", "Johanna", "Willem", "Hendrik", "Anna", "Cornelis")
TUSSENVOEGSELS = ("", "", "", "de", "van", "van der", "van den", "de", "ter", "van 't")
SURNAMES = (
    "Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Berg",
    "Dijk", "El Amrani", "Yılmaz", "Kaya", "Hoekstra", "Brink", "Veen", "Wit",
    "Koster", "Postma", "Nguyen", "Boer", "Dekker", "Leeuwen", "Kuipers", "Graaf",
    "Ouali", "Çelik", "Haan", "Sluis", "Wijk",
)  # fmt: skip
STREETS = (
    "Kerkstraat", "Dorpsweg", "Lindenlaan", "Molenweg", "Spaarnelaan", "Rijksstraatweg",
    "Bloemgracht", "Zeeweg", "Prinsengracht", "Stationsplein", "Van Ostadestraat",
    "Burgemeester de Withstraat", "Eikenlaan", "Havenkade",
)  # fmt: skip
CITIES = (  # (city, municipality, first two postcode digits)
    ("Amsterdam", "Amsterdam", "10"), ("Haarlem", "Haarlem", "20"),
    ("Heemskerk", "Heemskerk", "19"), ("Hilversum", "Hilversum", "12"),
    ("Almere", "Almere", "13"), ("Beverwijk", "Beverwijk", "19"),
    ("Velsen-Noord", "Velsen", "19"), ("Huizen", "Huizen", "12"),
)  # fmt: skip
EMPLOYERS = (
    "Zorggroep Kennemerland B.V.", "Gemeente Haarlem", "Universiteit van Amsterdam",
    "Bouwbedrijf De Vries & Zn.", "Stichting Welzijn Noord", "Tata Steel IJmuiden B.V.",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    first_names: str
    tussenvoegsel: str
    surname: str
    birth_date: str  # ISO
    bsn: str

    @property
    def name(self) -> str:
        """The name as printed in a document body: "Jan Pieter de Vries"."""
        return " ".join(p for p in (self.first_names, self.tussenvoegsel, self.surname) if p)

    @property
    def surname_first(self) -> str:
        """The BRP way: "Vries, Jan Pieter de"."""
        rest = " ".join(p for p in (self.first_names, self.tussenvoegsel) if p)
        return f"{self.surname}, {rest}"

    @property
    def initials_name(self) -> str:
        """"J.P. de Vries"."""
        initials = "".join(n[0] + "." for n in self.first_names.split())
        return " ".join(p for p in (initials, self.tussenvoegsel, self.surname) if p)


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str  # contract format: "12A", "7-2"
    postcode: str  # contract format: "1234AB"
    city: str
    municipality: str

    @property
    def printed_postcode(self) -> str:
        return f"{self.postcode[:4]} {self.postcode[4:]}"


def bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the elfproef."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        digits[0] = rng.randint(1, 6)
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        last = total % 11
        if last <= 9:
            return "".join(map(str, digits)) + str(last)


def iban(rng: random.Random) -> str:
    """A Dutch IBAN (compact) with a valid checksum."""
    from stdnum import iban as _iban

    bank = rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"))
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    body = f"{bank}{account}NL00"
    numeric = "".join(str(int(c, 36)) for c in body)
    check = 98 - int(numeric) % 97
    number = f"NL{check:02d}{bank}{account}"
    assert _iban.is_valid(number)  # generator self-check, not input validation
    return number


def random_date(rng: random.Random, start: date, end: date) -> str:
    return (start + timedelta(days=rng.randint(0, (end - start).days))).isoformat()


def person(rng: random.Random, *, born_from: date = date(1950, 1, 1), born_to: date = date(2004, 12, 31), surname: str | None = None, tussenvoegsel: str | None = None) -> Person:
    first = rng.choice(FIRST_NAMES)
    if rng.random() < 0.3:
        first = f"{first} {rng.choice(MIDDLE_NAMES)}"
    return Person(
        first_names=first,
        tussenvoegsel=rng.choice(TUSSENVOEGSELS) if tussenvoegsel is None else tussenvoegsel,
        surname=surname or rng.choice(SURNAMES),
        birth_date=random_date(rng, born_from, born_to),
        bsn=bsn(rng),
    )


_POSTCODE_LETTERS = "ABCEGHJKLNPRSTVWXZ"
_UNUSED_POSTCODE_LETTERS = {"SA", "SD", "SS"}


def address(rng: random.Random) -> Address:
    city, municipality, prefix = rng.choice(CITIES)
    number = str(rng.randint(1, 240))
    addition = rng.choice(("", "", "", "A", "B", "H", "-2", "-1"))
    street = rng.choice(STREETS)
    digits = rng.randint(10, 99)
    letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
    if letters in _UNUSED_POSTCODE_LETTERS:  # PostNL never issues SA, SD, SS; no extra draw keeps other samples as they were
        letters = letters[0] + "T"
    return Address(
        street=street,
        house_number=number + addition,
        postcode=f"{prefix}{digits}{letters}",
        city=city,
        municipality=municipality,
    )


DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
                "augustus", "september", "oktober", "november", "december")  # fmt: skip


def period_end(iso: str, months: int) -> str:
    """The last day of a period of `months` months from `iso`: the day before the same
    day `months` later, clamped to month end ("van 1 maart tot en met 28 februari").

    >>> period_end("2026-03-01", 12), period_end("2026-01-31", 1)
    ('2027-02-28', '2026-02-27')
    """
    d = date.fromisoformat(iso)
    year, month = divmod(d.month - 1 + months, 12)
    year, month = d.year + year, month + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return (date(year, month, day) - timedelta(days=1)).isoformat()


SHORT_MONTHS = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")
"""Month abbreviations as Dutch documents print them (and Dutch locales format them)."""


def print_date(iso: str, style: str) -> str:
    """A date as documents print it: style `dash` 12-10-2026, `dot` 12.10.2026,
    `long` 12 oktober 2026, `short` 12 okt. 2026, `iso` 2026-10-12."""
    d = date.fromisoformat(iso)
    month = DUTCH_MONTHS[d.month - 1]
    return {
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{d.day} {month} {d.year}",
        "short": f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}",
        "iso": iso,
    }[style]


def print_amount(amount: str, style: str) -> str:
    """An amount ("1234.50") as printed: `euro` € 1.234,50, `eur` EUR 1234,50, `dash` € 850,-."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    if style == "dash" and cents == "00":
        return f"€ {grouped},-"
    if style == "eur":
        return f"EUR {whole},{cents}"
    return f"€ {grouped},{cents}"


DATE_STYLES = ("dash", "dot", "long", "short", "iso")
AMOUNT_STYLES = ("euro", "eur", "dash")
