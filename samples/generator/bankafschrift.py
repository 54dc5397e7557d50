"""Synthetic bank statements (bankafschriften), the evidence of a joint household.

What matters to the pipeline is who holds the account, its IBAN and the statement
date; everything else on a statement is there to mislead a careless reader: the
transactions name counterparties (people too) and print their IBANs, and the
statement period has two dates of its own. Banks are named after the Dutch ones,
but the layouts are invented.

Layouts:
- `ing`: key/value header ("Rekeninghouder(s): A en B", "IBAN", "Datum afschrift",
  "Periode d t/m d") and a ruled Datum/Omschrijving/Af/Bij table.
- `rabo`: a letter-like header ("T.n.v. A & B", "Rekeningnummer", "Afschriftdatum")
  and a table with the counterparty's name and IBAN per line.
- `abn`: a ruled key/value block with the holders one per line under
  "Rekeninghouders", and an unruled transaction list.
- `sns`: the statement date only as the end of "Periode d t/m d" (the truth is that
  end date), holders after "Ten name van".
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, Spacer, Table, Text, Title

DOC_TYPE = "bankafschrift"
LAYOUTS = ("ing", "rabo", "abn", "sns")

_BANK_CODE = {"ing": "INGB", "rabo": "RABO", "abn": "ABNA", "sns": "SNSB"}
_BANK_NAME = {"ing": "ING", "rabo": "Rabobank", "abn": "ABN AMRO", "sns": "SNS"}
_SHOPS = (
    "Albert Heijn 1402 Haarlem", "Jumbo Heemskerk", "NS Reizigers", "Eneco Services",
    "Ziggo B.V.", "Kruidvat 7731", "Gemeente Haarlem belastingen", "Zilveren Kruis",
    "Bol.com", "Vattenfall Klantenservice", "HEMA Beverwijk", "Apotheek De Linde",
)  # fmt: skip


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One bank statement in `layout`; `overrides` fix truth values.

    Overridable: `account_holders` (names as printed), `iban` (compact),
    `statement_date` (ISO).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    holders = list(overrides.get("account_holders") or _holders(rng))
    iban = overrides.get("iban") or _iban(rng, _BANK_CODE[layout])
    statement_date = overrides.get("statement_date") or people.random_date(
        rng, date(2026, 1, 31), date(2026, 11, 30)
    )
    end = date.fromisoformat(statement_date)
    start = end - timedelta(days=rng.choice((27, 29, 30)))
    truth = {"account_holders": holders, "iban": iban, "statement_date": statement_date}
    build = {"ing": _ing, "rabo": _rabo, "abn": _abn, "sns": _sns}[layout]
    blocks = build(rng, holders=holders, iban=iban, start=start, end=end)
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(blocks),
        truth=truth,
        font=rng.choice(("Helvetica", "Helvetica", "Courier")),
    )


def _holders(rng: random.Random) -> list[str]:
    first = people.person(rng)
    count = rng.choice((1, 2, 2, 2))
    if count == 1:
        return [rng.choice((first.name, first.initials_name))]
    second = people.person(rng)
    style = rng.choice(("name", "initials"))
    return [getattr(p, "name" if style == "name" else "initials_name") for p in (first, second)]


def _iban(rng: random.Random, bank: str) -> str:
    while True:
        number = people.iban(rng)
        if number[4:8] == bank:
            return number


def grouped(iban: str) -> str:
    """An IBAN as printed, in groups of four: "NL91 ABNA 0417 1643 00"."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _transactions(rng: random.Random, start: date, end: date, count: int) -> list[dict]:
    """Bank lines: date, counterparty (a shop or a person), its IBAN, amount, debit/credit."""
    lines = []
    for _ in range(count):
        day = start + timedelta(days=rng.randint(0, (end - start).days))
        if rng.random() < 0.35:
            other = people.person(rng)
            counterparty = rng.choice((other.name, other.initials_name))
        else:
            counterparty = rng.choice(_SHOPS)
        credit = rng.random() < 0.25
        amount = f"{rng.randint(3, 2400 if credit else 450)}.{rng.randint(0, 99):02d}"
        lines.append(
            {"date": day, "counterparty": counterparty, "iban": people.iban(rng), "amount": amount, "credit": credit}
        )
    return sorted(lines, key=lambda t: t["date"])


def _amount(amount: str) -> str:
    return people.print_amount(amount, "euro")[2:]  # statements print bare "1.234,56"


def _ing(rng, *, holders, iban, start, end) -> list:
    joiner = rng.choice((" en ", " & "))
    lines = _transactions(rng, start, end, rng.randint(5, 9))
    return [
        Title("ING"),
        Heading("Afschrift betaalrekening"),
        KeyValues(
            (
                ("Rekeninghouder(s)", joiner.join(holders)),
                ("IBAN", grouped(iban)),
                ("Datum afschrift", people.print_date(end.isoformat(), "dash")),
                ("Periode", f"{people.print_date(start.isoformat(), 'dash')} t/m {people.print_date(end.isoformat(), 'dash')}"),
            )
        ),
        Spacer(12),
        Table(
            ("Datum", "Omschrijving", "Af", "Bij"),
            tuple(
                (
                    people.print_date(t["date"].isoformat(), "dash"),
                    t["counterparty"],
                    "" if t["credit"] else _amount(t["amount"]),
                    _amount(t["amount"]) if t["credit"] else "",
                )
                for t in lines
            ),
        ),
        Spacer(10),
        Text("Controleer dit afschrift. Klopt er iets niet, neem dan binnen 13 maanden contact met ons op."),
    ]


def _rabo(rng, *, holders, iban, start, end) -> list:
    lines = _transactions(rng, start, end, rng.randint(5, 8))
    address = people.address(rng)
    return [
        Title("Rabobank"),
        Text("Rekeningoverzicht", size=12),
        Spacer(8),
        Text(f"T.n.v. {' & '.join(holders)}"),
        Text(f"{address.street} {address.house_number}"),
        Text(f"{address.printed_postcode} {address.city}"),
        Spacer(10),
        KeyValues(
            (
                ("Rekeningnummer", grouped(iban)),
                ("Afschriftnummer", str(end.month)),
                ("Afschriftdatum", people.print_date(end.isoformat(), rng.choice(("long", "dash")))),
            )
        ),
        Spacer(10),
        Table(
            ("Datum", "Naam tegenpartij", "Rekening tegenpartij", "Bedrag", "Af/Bij"),
            tuple(
                (
                    people.print_date(t["date"].isoformat(), "dot"),
                    t["counterparty"],
                    grouped(t["iban"]),
                    _amount(t["amount"]),
                    "Bij" if t["credit"] else "Af",
                )
                for t in lines
            ),
            size=8,
        ),
    ]


def _abn(rng, *, holders, iban, start, end) -> list:
    lines = _transactions(rng, start, end, rng.randint(4, 7))
    label = "Rekeninghouders" if len(holders) > 1 else "Rekeninghouder"
    holder_rows = [(label, holders[0])] + [("", h) for h in holders[1:]]
    return [
        Title("ABN AMRO"),
        Heading("Bankafschrift"),
        KeyValues(
            (
                *holder_rows,
                ("Rekening", grouped(iban)),
                ("Afschriftdatum", people.print_date(end.isoformat(), "long")),
            ),
            ruled=True,
        ),
        Spacer(12),
        Heading("Mutaties"),
        Table(
            ("Boekdatum", "Tegenpartij", "Bedrag"),
            tuple(
                (
                    people.print_date(t["date"].isoformat(), "dash"),
                    t["counterparty"],
                    ("+" if t["credit"] else "-") + _amount(t["amount"]),
                )
                for t in lines
            ),
            ruled=False,
        ),
    ]


def _sns(rng, *, holders, iban, start, end) -> list:
    lines = _transactions(rng, start, end, rng.randint(4, 7))
    style = rng.choice(("long", "dash"))
    return [
        Title("SNS"),
        Heading("Rekeningafschrift"),
        Text(f"Ten name van: {' en '.join(holders)}"),
        Text(f"IBAN: {grouped(iban)}"),
        Text(
            f"Periode: {people.print_date(start.isoformat(), style)} t/m "
            f"{people.print_date(end.isoformat(), style)}"
        ),
        Spacer(12),
        Table(
            ("Datum", "Omschrijving", "Bedrag"),
            tuple(
                (
                    people.print_date(t["date"].isoformat(), "dash"),
                    f"{'Van' if t['credit'] else 'Naar'} {t['counterparty']}",
                    ("" if t["credit"] else "-") + _amount(t["amount"]),
                )
                for t in lines
            ),
        ),
        Spacer(10),
        Text(f"Saldo per {people.print_date(end.isoformat(), style)} zie uw online bankieren."),
    ]
