"""Values as the contract writes them, and as Dutch documents print them.

Every printed form is made from the contract's value, so the truth is always the
contract form: dates `YYYY-MM-DD`, amounts `"1234.50"`, postcodes `1234AB`, BSN nine
digits passing the elfproef, IBAN valid by its check digits.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban as _iban

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")  # fmt: skip
MONTHS_SHORT = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")
DATE_STYLES = ("dash", "long", "short", "iso", "slash", "dot")
AMOUNT_STYLES = ("euro", "EUR", "dash", "plain", "euro_nosep")
BANKS = {  # BIC-like code of the IBAN: bank name as printed
    "INGB": "ING", "RABO": "Rabobank", "ABNA": "ABN AMRO", "SNSB": "SNS", "ASNB": "ASN Bank",
    "TRIO": "Triodos Bank", "BUNQ": "bunq", "KNAB": "Knab", "RBRB": "RegioBank",
}  # fmt: skip


def iso(day: dt.date) -> str:
    return day.isoformat()


def date_text(day: dt.date, style: str) -> str:
    """A date as printed.

    >>> d = dt.date(2026, 10, 2)
    >>> [date_text(d, s) for s in DATE_STYLES]
    ['02-10-2026', '2 oktober 2026', '2 okt. 2026', '2026-10-02', '02/10/2026', '2.10.2026']
    """
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "long":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "short":
        return f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "slash":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day}.{day.month}.{day.year}"
    raise ValueError(style)


def amount(value: float) -> str:
    """The contract's amount: two decimals, a dot.

    >>> amount(1234.5)
    '1234.50'
    """
    return f"{value:.2f}"


def amount_text(value: str, style: str) -> str:
    """An amount as printed, from the contract's string.

    >>> [amount_text("1234.50", s) for s in AMOUNT_STYLES]
    ['€ 1.234,50', 'EUR 1234,50', '€ 1.234,50', '1.234,50', '€1234,50']
    >>> amount_text("650.00", "dash")
    '€ 650,-'
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro":
        return f"€ {grouped},{cents}"
    if style == "EUR":
        return f"EUR {euros},{cents}"
    if style == "dash":
        return f"€ {grouped},-" if cents == "00" else f"€ {grouped},{cents}"
    if style == "plain":
        return f"{grouped},{cents}"
    if style == "euro_nosep":
        return f"€{euros},{cents}"
    raise ValueError(style)


def bsn(rng: random.Random) -> str:
    """Nine digits passing the elfproef (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11)."""
    while True:
        digits = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        total = sum(w * d for w, d in zip(range(9, 1, -1), digits))
        last = total % 11
        if last <= 9:
            return "".join(map(str, digits)) + str(last)


def elfproef(number: str) -> bool:
    """Whether nine digits pass the BSN elfproef.

    >>> elfproef("111222333"), elfproef("123456789")
    (True, False)
    """
    if len(number) != 9 or not number.isdigit():
        return False
    digits = [int(c) for c in number]
    return (sum(w * d for w, d in zip(range(9, 1, -1), digits)) - digits[8]) % 11 == 0


def bsn_text(number: str, style: int) -> str:
    """A BSN as printed: plain, dotted or in groups of three.

    >>> [bsn_text("123456782", s) for s in range(3)]
    ['123456782', '1234.56.782', '123 456 782']
    """
    return (number, f"{number[:4]}.{number[4:6]}.{number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}")[style]


def iban(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN of `bank` (four letters) with valid check digits."""
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    body = f"{bank}{account}"
    check = _iban.calc_check_digits(f"NL00{body}")
    return f"NL{check}{body}"


def iban_text(number: str, grouped: bool) -> str:
    """An IBAN as printed, plain or in groups of four.

    >>> iban_text("NL91ABNA0417164300", True)
    'NL91 ABNA 0417 1643 00'
    """
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if grouped else number


def postcode(rng: random.Random, low: int, high: int) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    while True:
        pair = rng.choice(letters) + rng.choice(letters)
        if pair not in ("SA", "SD", "SS"):
            return f"{rng.randint(low, high)}{pair}"


def postcode_text(code: str, spaced: bool) -> str:
    return f"{code[:4]} {code[4:]}" if spaced else code


def house_number(rng: random.Random) -> tuple[str, str]:
    """(contract value, printed form): "12A" may print "12 A" or "12a", "7-2" as "7-2", "101H" as "101-H"... """
    number = rng.choice((rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 9)))
    kind = rng.random()
    if kind < 0.6:
        return str(number), str(number)
    if kind < 0.8:
        letter = rng.choice("ABCD")
        return f"{number}{letter}", rng.choice((f"{number}{letter}", f"{number} {letter}", f"{number}{letter.lower()}"))
    if kind < 0.9:
        floor = rng.randint(1, 4)
        return f"{number}-{floor}", f"{number}-{floor}"
    return f"{number}H", rng.choice((f"{number}H", f"{number}-H", f"{number}-hs".replace("-hs", "H")))


def between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
