"""Synthetic uittreksels from the Basisregistratie Personen (BRP).

A municipality issues an extract of the people registered at one address: the
address, and per person the name (the BRP prints it surname first: "Vries, Jan
Pieter de"), birth date, BSN and the date of settling at the address. Municipalities
print it in many ways; the layouts here cover the variation the extractor must
survive:

- `key_values`: unruled label/value lines, the address split into Straat,
  Huisnummer, Huisletter and Huisnummertoevoeging as the BRP stores it, then one
  block of lines per person (with birth place and sex as distractors).
- `ruled_table`: a ruled two-column table for the address ("Adres", "Postcode en
  woonplaats") and a ruled two-column table per person.
- `persons_table`: address lines and one table of persons, one row each; with many
  persons the table continues on page 2, header repeated.
- `verklaring`: a letter ("Hierbij verklaart de burgemeester ...") naming the address
  in a sentence, a persons table, and the issue date only in "Plaats en datum:
  Haarlem, 3 oktober 2026".

Issue-date labels vary ("Datum uitgifte", "Datum van afgifte", "Afgegeven op"), as do
"Burgerservicenummer"/"BSN" and "Datum aanvang adreshouding"/"Ingeschreven op dit
adres sinds"/"Datum vestiging op adres"; dates come in every style of
`people.print_date`, postcodes with or without a space.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, PageBreak, Signature, Spacer, Table, Text, Title

DOC_TYPE = "brp_uittreksel"
LAYOUTS = ("key_values", "ruled_table", "persons_table", "verklaring")

ISSUE_LABELS = ("Datum uitgifte", "Datum van afgifte", "Afgegeven op")
BSN_LABELS = ("Burgerservicenummer", "BSN")
SINCE_LABELS = ("Datum aanvang adreshouding", "Ingeschreven op dit adres sinds", "Datum vestiging op adres")


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One BRP extract in `layout`; `overrides` fix truth values.

    Overridable: `issue_date` (ISO), `municipality`, `street`, `house_number` ("12A"),
    `postcode` ("1234AB"), `city`, `persons`: a list of dicts with `name` (as printed),
    `birth_date`, `bsn`, `registered_since`; missing keys are drawn.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    drawn = people.address(rng)
    address = people.Address(
        street=overrides.get("street") or drawn.street,
        house_number=overrides.get("house_number") or drawn.house_number,
        postcode=overrides.get("postcode") or drawn.postcode,
        city=overrides.get("city") or drawn.city,
        municipality=overrides.get("municipality") or drawn.municipality,
    )
    issue_date = overrides.get("issue_date") or people.random_date(rng, date(2026, 1, 5), date(2026, 11, 20))
    persons = _persons(rng, overrides.get("persons"), issue_date)
    truth = {
        "issue_date": issue_date,
        "municipality": address.municipality,
        "street": address.street,
        "house_number": address.house_number,
        "postcode": address.postcode,
        "city": address.city,
        "persons": persons,
    }
    style = rng.choice(people.DATE_STYLES)
    build = {
        "key_values": _key_values,
        "ruled_table": _ruled_table,
        "persons_table": _persons_table,
        "verklaring": _verklaring,
    }[layout]
    blocks = build(rng, address=address, issue_date=issue_date, persons=persons, style=style)
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(blocks),
        truth=truth,
        font=rng.choice(("Helvetica", "Helvetica", "Times-Roman", "Courier")),
    )


def _persons(rng: random.Random, given: list[dict] | None, issue_date: str) -> list[dict]:
    """The household as printed: given dicts completed, or 1 to 6 drawn persons."""
    if given is None:
        count = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6))
        given = [{} for _ in range(count)]
    surname_first = rng.random() < 0.6
    household_surname = rng.choice(people.SURNAMES)
    latest = date.fromisoformat(issue_date) - timedelta(days=1)
    persons = []
    for index, wish in enumerate(given):
        drawn = people.person(rng, surname=household_surname if index and rng.random() < 0.5 else None)
        birth = wish.get("birth_date") or drawn.birth_date
        settle_from = max(date.fromisoformat(birth), date(1990, 1, 1))
        persons.append(
            {
                "name": wish.get("name") or (drawn.surname_first if surname_first else drawn.name),
                "birth_date": birth,
                "bsn": wish.get("bsn") or drawn.bsn,
                "registered_since": wish.get("registered_since")
                or people.random_date(rng, min(settle_from, latest), latest),
            }
        )
    return persons


def _printed_bsn(rng: random.Random, bsn: str) -> str:
    return rng.choice((bsn, bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"))


def _printed_postcode(rng: random.Random, postcode: str) -> str:
    return rng.choice((f"{postcode[:4]} {postcode[4:]}", postcode))


def _printed_number(rng: random.Random, number: str) -> str:
    """"12A" as "12A" or "12 A"; "7-2" stays "7-2" (a space would make it 72)."""
    if number[-1].isalpha() and rng.random() < 0.5:
        return f"{number[:-1]} {number[-1]}"
    return number


def _split_number(number: str) -> tuple[str, str, str]:
    """The BRP's own parts: huisnummer, huisletter, huisnummertoevoeging."""
    if "-" in number:
        base, addition = number.split("-", 1)
        return base, "", addition
    if number[-1].isalpha():
        return number[:-1], number[-1], ""
    return number, "", ""


def _person_rows(rng, person: dict, style: str, bsn_label: str, since_label: str, city: str) -> tuple:
    rows = [
        ("Naam", person["name"]),
        ("Geboortedatum", people.print_date(person["birth_date"], style)),
        ("Geboorteplaats", rng.choice((city, "Rotterdam", "Utrecht", "Istanbul", "Paramaribo"))),
        ("Geslacht", rng.choice(("M", "V"))),
        (bsn_label, _printed_bsn(rng, person["bsn"])),
        (since_label, people.print_date(person["registered_since"], style)),
    ]
    if rng.random() < 0.5:
        rows = [rows[0], rows[4], rows[1], rows[2], rows[3], rows[5]]
    return tuple(rows)


def _header(address: people.Address) -> list:
    return [Heading(f"Gemeente {address.municipality}"), Text("Publiekszaken - Burgerzaken", size=8)]


def _footer(rng: random.Random) -> Text:
    return Text(
        rng.choice(
            (
                "Dit uittreksel is verstrekt op grond van de Wet basisregistratie personen (Wet BRP).",
                "Deze gegevens zijn ontleend aan de Basisregistratie Personen en actueel op de datum van afgifte.",
            )
        ),
        size=8,
    )


def _key_values(rng, *, address, issue_date, persons, style) -> list:
    number, letter, addition = _split_number(address.house_number)
    address_rows = [("Straat", address.street), ("Huisnummer", number)]
    if letter:
        address_rows.append(("Huisletter", letter))
    if addition:
        address_rows.append(("Huisnummertoevoeging", addition))
    address_rows += [("Postcode", _printed_postcode(rng, address.postcode)), ("Woonplaats", address.city)]
    bsn_label, since_label = rng.choice(BSN_LABELS), rng.choice(SINCE_LABELS)
    blocks = [
        *_header(address),
        Spacer(10),
        Title("Uittreksel Basisregistratie Personen"),
        KeyValues(
            (
                (rng.choice(ISSUE_LABELS), people.print_date(issue_date, rng.choice(people.DATE_STYLES))),
                ("Kenmerk", f"BRP/{rng.randint(100000, 999999)}"),
            )
        ),
        Heading("Adresgegevens"),
        KeyValues(tuple(address_rows)),
        Heading("Personen ingeschreven op dit adres"),
    ]
    for index, person in enumerate(persons, start=1):
        if index == 4:
            blocks.append(PageBreak())
        blocks += [
            Heading(f"Persoon {index}", size=10),
            KeyValues(_person_rows(rng, person, style, bsn_label, since_label, address.city)),
        ]
    return [*blocks, Spacer(10), _footer(rng)]


def _ruled_table(rng, *, address, issue_date, persons, style) -> list:
    bsn_label, since_label = rng.choice(BSN_LABELS), rng.choice(SINCE_LABELS)
    blocks = [
        *_header(address),
        Spacer(10),
        Title(rng.choice(("Uittreksel uit de BRP", "Uittreksel Basisregistratie Personen"))),
        KeyValues(
            (
                ("Gemeente", address.municipality),
                (rng.choice(ISSUE_LABELS), people.print_date(issue_date, rng.choice(people.DATE_STYLES))),
                ("Adres", f"{address.street} {_printed_number(rng, address.house_number)}"),
                ("Postcode en woonplaats", f"{_printed_postcode(rng, address.postcode)} {address.city}"),
            ),
            ruled=True,
        ),
        Spacer(8),
        Heading(f"Op dit adres ingeschreven personen ({len(persons)})"),
    ]
    for index, person in enumerate(persons, start=1):
        if index == 4 and len(persons) > 4:
            blocks.append(PageBreak())
        blocks += [
            Spacer(6),
            KeyValues(_person_rows(rng, person, style, bsn_label, since_label, address.city), ruled=True),
        ]
    return [*blocks, Spacer(10), _footer(rng)]


def _table_rows(rng, persons: list[dict], style: str) -> tuple:
    return tuple(
        (
            p["name"],
            people.print_date(p["birth_date"], style),
            _printed_bsn(rng, p["bsn"]),
            people.print_date(p["registered_since"], style),
        )
        for p in persons
    )


def _split_table(rng, header: tuple, rows: tuple, ruled: bool) -> list:
    """A persons table, continued on a second page (header repeated) when long."""
    if len(rows) >= 4 and rng.random() < 0.6:
        cut = rng.randint(2, len(rows) - 1)
        return [
            Table(header, rows[:cut], ruled=ruled),
            Text("Vervolg op de volgende pagina", size=8),
            PageBreak(),
            Text("Pagina 2 van 2", size=8),
            Table(header, rows[cut:], ruled=ruled),
        ]
    return [Table(header, rows, ruled=ruled)]


def _persons_table(rng, *, address, issue_date, persons, style) -> list:
    header = ("Naam", "Geboortedatum", rng.choice(BSN_LABELS), rng.choice(("Op dit adres sinds", "Datum vestiging")))
    number = _printed_number(rng, address.house_number)
    return [
        *_header(address),
        Spacer(10),
        Title("Uittreksel Basisregistratie Personen (BRP)"),
        KeyValues(
            (
                (rng.choice(ISSUE_LABELS), people.print_date(issue_date, rng.choice(people.DATE_STYLES))),
                ("Aanvraagnummer", str(rng.randint(10_000_000, 99_999_999))),
                ("Adres", f"{address.street} {number}, {_printed_postcode(rng, address.postcode)} {address.city}"),
            )
        ),
        Spacer(8),
        Text("Op het genoemde adres staan de volgende personen ingeschreven:"),
        *_split_table(rng, header, _table_rows(rng, persons, style), ruled=rng.random() < 0.7),
        Spacer(10),
        _footer(rng),
    ]


def _verklaring(rng, *, address, issue_date, persons, style) -> list:
    header = ("Naam", "Geboren", "Burgerservicenummer", "Datum vestiging op adres")
    number = _printed_number(rng, address.house_number)
    postcode = _printed_postcode(rng, address.postcode)
    return [
        *_header(address),
        Spacer(10),
        Title("Uittreksel BRP: bewoners van een adres"),
        Text(
            f"Hierbij verklaart de burgemeester van de gemeente {address.municipality} dat op het adres "
            f"{address.street} {number}, {postcode} {address.city} volgens de Basisregistratie Personen "
            "de volgende personen staan ingeschreven:"
        ),
        Spacer(6),
        *_split_table(rng, header, _table_rows(rng, persons, style), ruled=True),
        Spacer(12),
        Text(f"Plaats en datum: {address.municipality}, {people.print_date(issue_date, rng.choice(('long', 'dash')))}"),
        Signature(f"namens de burgemeester van {address.municipality}"),
    ]
