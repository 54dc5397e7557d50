"""Parse printed values into the contract's formats (CONTRACT.md §3), or None.

Every parser takes the text as printed (possibly with OCR noise) and returns the
normalised value, or None when the text is not a valid value of that kind. None
is the honest answer: a parser never repairs a value by guessing.

Dates: "12-10-2026", "12/10/2026", "12 oktober 2026", "12 okt. 2026", "12-okt-2026",
"1e oktober 2026", "maandag 12 oktober 2026", "12.10.2026", "2026-10-12".
Amounts: "€ 1.234,56", "EUR 1234,56", "€ 850,-", "1 234,50", "€ 1234.50", "1,234.56".
Postcodes "1234 AB", "1234ab", house numbers "12 a", "7-2", "101 H", "12 hs"; BSN with
the elfproef and IBAN with its checksum come from python-stdnum; towns and
municipalities from the lexicon (`extractors.lexicon`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from decimal import Decimal, InvalidOperation

from stdnum import iban as _iban
from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as _bsn
from stdnum.nl import postcode as _postcode

from extractors import lexicon

MONTHS = lexicon.months()
"""A month's name or abbreviation, lower case, in the languages documents print dates in
(`extractors/lexicon/months.txt`), with its number."""
WEEKDAYS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",  # German
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",  # French
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",  # Spanish
)  # fmt: skip



def _day_words() -> dict[str, int]:
    """The days of a month written out, as letters, deeds and tenants print a date in
    full ("zestien september 2026", "de eenentwintigste november 2026"): cardinals and
    ordinals, with and without the diaeresis and the accents of "één".

    >>> words = _day_words()
    >>> words["een"], words["eerste"], words["acht"], words["achtste"], words["tweeëntwintig"], words["tweeentwintig"]
    (1, 1, 8, 8, 22, 22)
    >>> words["negentiende"], words["twintigste"], words["eenendertigste"], len(words) >= 62
    (19, 20, 31, True)
    """
    units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
    cardinals = {**{w: i + 1 for i, w in enumerate(units)}, **{w: i + 10 for i, w in enumerate(teens)}, "twintig": 20, "dertig": 30}
    for tens, word in ((20, "twintig"), (30, "dertig")):
        for unit in range(1, 10 if tens == 20 else 2):
            name = units[unit - 1]
            cardinals[f"{name}{'ën' if name.endswith('e') else 'en'}{word}"] = tens + unit
    words = dict(cardinals)
    for word, day in cardinals.items():
        if day == 1:
            words["eerste"] = 1
        elif day == 3:
            words["derde"] = 3
        else:
            words[word + ("ste" if day == 8 or day >= 20 else "de")] = day
    for word, day in list(words.items()):
        words[word.replace("ë", "e")] = day
        if word.startswith("een"):
            words["één" + word[3:]] = day
    return words


DAY_WORDS = _day_words()


def _year_words() -> dict[str, int]:
    """The years 1900-2099 written out, as a notary's deed or a formal contract prints them
    ("tweeduizendzesentwintig", "negentienhonderdzesennegentig"), with and without the
    diaeresis.

    >>> years = _year_words()
    >>> years["tweeduizendzesentwintig"], years["tweeduizend"], years["negentienhonderdzesennegentig"], years["tweeduizendeen"]
    (2026, 2000, 1996, 2001)
    >>> years["tweeduizendtweeentwintig"], years["tweeduizendtweeëntwintig"], len(set(years.values()))
    (2022, 2022, 200)
    """
    units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
    tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    below = {"": 0, **{w: i + 1 for i, w in enumerate(units)}, **{w: i + 10 for i, w in enumerate(teens)}}
    for t, ten in enumerate(tens, start=2):
        below[ten] = 10 * t
        for u, unit in enumerate(units, start=1):
            below[f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}"] = 10 * t + u
    words = {}
    for head, century in (("negentienhonderd", 1900), ("tweeduizend", 2000)):
        for rest, value in below.items():
            words[head + rest] = century + value
    return {**words, **{w.replace("ë", "e"): y for w, y in words.items()}}


YEAR_WORDS = _year_words()
_YEAR_WORD_NAMES = "|".join(sorted(YEAR_WORDS, key=len, reverse=True))
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_WORD_NAMES = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
_ORDINAL = r"(?:ste|de|e|st|nd|rd|th|er|º|°)?"  # "1e", "1ste", "2de", "8ste"; English "1st", "22nd", "3rd", "5th"; French "1er"; Spanish "1º", Italian "1°"
_OF = r"(?:de\s+)?"
"""Spanish and Portuguese join a date's day and month by "de" ("1 de marzo", "1 de março")."""
_OF_YEAR = r"(?:(?:de|del)\s+)?"
"""... and its month and year ("marzo de 2027", "marzo del 2027")."""
ROMAN_MONTHS = {r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
"""Months as some forms print them, in Roman numerals ("6-XI-2026")."""
_ROMAN_MONTHS = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
DATE_PATTERN = (
    r"(?:\d{4}-\d{2}-\d{2}(?!\d)|\d{4}[./]\d{2}[./]\d{2}(?!\d)"
    r"|\d{1,2}[-./;:]\d{1,2}[-./;:]\d{4}"  # "07.09;1991": OCR's semicolon for a dot
    r"|(?<!\d)\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{4}(?!\d)"  # "02 - 06 - 1978": a form's "dd - mm - jjjj", spaced
    rf"|\d{{1,2}}{_ORDINAL}[.-]?\s*{_OF}(?:{_MONTH_NAMES})(?:\b|(?=\d{{4}}))[.:-]?\s*{_OF_YEAR}\d{{4}}"  # "16 aug: 1993": OCR's colon for a full stop; "19.maart"; "februari-2026"; "12-okt-2026"; a hospital's "13NOV2026"
    rf"|(?<![^\W\d_])(?:{_DAY_WORD_NAMES})\s+(?:{_MONTH_NAMES})\b\.?\s*(?:\d{{4}}|(?:{_YEAR_WORD_NAMES})\b)"  # "zestien september 2026", "... tweeduizendzesentwintig"
    rf"|\d{{1,2}}[-./ ](?-i:{_ROMAN_MONTHS})[-./ ]\d{{4}}"  # "12-XI-2001": the month in Roman numerals
    rf"|(?<![^\W\d_])(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}{_ORDINAL},\s+\d{{4}})"  # "May 11, 2026", "Oct. 4th, 2026": English, the month first, its comma always
)
"""A regular expression finding any date the parser understands (case-insensitive)."""

_WEEKDAY = re.compile(rf"^(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b\.?,?\s*", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})\s?[-./;:]\s?(\d{1,2})\s?[-./;:]\s?(\d{4})$")
_ISO = re.compile(r"^(\d{4})([-./])(\d{2})\2(\d{2})$")  # strict: "1958-04-3" is a cut-off date, not 3 April
_WRITTEN = re.compile(rf"^(\d{{1,2}}){_ORDINAL}[.-]?\s*{_OF}({_MONTH_NAMES})(?:\b|(?=\d{{4}}))[.:-]?\s*{_OF_YEAR}(\d{{4}})$", re.IGNORECASE)


@cache
def _in_words() -> re.Pattern:
    """A date written in words ("zestien september 2026"): compiled when first asked for,
    as few documents print one and its alternatives of every day's and year's name take a
    one-file call some milliseconds to compile."""
    return re.compile(rf"^({_DAY_WORD_NAMES})\s+({_MONTH_NAMES})\b\.?\s*(\d{{4}}|{_YEAR_WORD_NAMES})$", re.IGNORECASE)


_ROMAN = re.compile(rf"^(\d{{1,2}})[-./ ]({_ROMAN_MONTHS})[-./ ](\d{{4}})$")
_MONTH_FIRST = re.compile(rf"^({_MONTH_NAMES})\.?\s+(\d{{1,2}}){_ORDINAL},\s+(\d{{4}})$", re.IGNORECASE)
"""English's month first, with its comma ("May 11, 2026"): without it ("november 2 2026") it is
OCR's damage to a Dutch "2 november 2026" or a table's columns, and no date is read."""


def parse_date(text: str | None) -> str | None:
    """A printed date as `YYYY-MM-DD`, or None: day-month-year with any separator, the
    month as a number, a name or an abbreviation, a day as an ordinal, after a weekday;
    year-month-day; or, as English prints it, the month's name first ("May 11, 2026").

    >>> parse_date("12-10-2026"), parse_date("12 oktober 2026"), parse_date("12 okt. 2026")
    ('2026-10-12', '2026-10-12', '2026-10-12')
    >>> parse_date("12.10.2026"), parse_date("2026-10-12"), parse_date("3 Mrt 2024"), parse_date("12/10/2026")
    ('2026-10-12', '2026-10-12', '2024-03-03', '2026-10-12')
    >>> parse_date("12-okt-2026"), parse_date("1e oktober 2026"), parse_date("1ste mei 2026"), parse_date("2de juni 2026")
    ('2026-10-12', '2026-10-01', '2026-05-01', '2026-06-02')
    >>> parse_date("1st March 2026"), parse_date("22nd May 2026"), parse_date("3rd June 2026"), parse_date("28th February 2027")
    ('2026-03-01', '2026-05-22', '2026-06-03', '2027-02-28')
    >>> parse_date("maandag 12 oktober 2026"), parse_date("Ma 12-10-2026"), parse_date("vrijdag, 3 april 2026")
    ('2026-10-12', '2026-10-12', '2026-04-03')
    >>> parse_date("2026/10/12"), parse_date("12 October 2026"), parse_date("12 - 10 - 2026"), parse_date("OKTOBER")
    ('2026-10-12', '2026-10-12', '2026-10-12', None)
    >>> parse_date("31-02-2026") is None, parse_date("29-02-2024"), parse_date("12-10-26"), parse_date("2026-1-5")
    (True, '2024-02-29', None, None)
    >>> parse_date("8 aug. 1992."), parse_date("16 aug: 1993"), parse_date("3jul.1972"), parse_date("07.09;1991")
    ('1992-08-08', '1993-08-16', '1972-07-03', '1991-09-07')
    >>> parse_date("19.maart 2026"), parse_date("13 februari-2026")  # OCR's full stop or hyphen for a space
    ('2026-03-19', '2026-02-13')
    >>> parse_date("zestien september 2026"), parse_date("Eenentwintigste november 2026"), parse_date("één mei 2026")
    ('2026-09-16', '2026-11-21', '2026-05-01')
    >>> parse_date("12-XI-2001"), parse_date("6 IX 2026"), parse_date("6-xi-2026"), parse_date("6-IIX-2026")
    ('2001-11-12', '2026-09-06', None, None)
    >>> parse_date("May 11, 2026"), parse_date("Thursday, February 12, 2026"), parse_date("Oct. 4th, 2026"), parse_date("February 30, 2026")
    ('2026-05-11', '2026-02-12', '2026-10-04', None)
    >>> parse_date("november 2 2026")  # no comma: OCR's damage to "2 november 2026", not English
    """
    if not text:
        return None
    text = _WEEKDAY.sub("", text.strip()).strip(",;:")
    if re.search(r"\d{4}\.$", text):  # "8 aug. 1992." at the end of a sentence or a speck after it
        text = text[:-1]
    if m := _ISO.match(text):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
    elif m := _NUMERIC.match(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := _WRITTEN.match(text):
        d, mo, y = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    elif m := _in_words().match(text):
        d, mo, y = DAY_WORDS[m[1].lower()], MONTHS[m[2].lower()], int(m[3]) if m[3].isdigit() else YEAR_WORDS[m[3].lower()]
    elif m := _ROMAN.match(text):
        d, mo, y = int(m[1]), ROMAN_MONTHS[m[2]], int(m[3])
    elif m := _MONTH_FIRST.match(text):
        d, mo, y = int(m[2]), MONTHS[m[1].lower()], int(m[3])
    else:
        return None
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


OTHER_PERIOD = re.compile(
    r"^[\s,.\-–]{0,4}(?:per|p\.?|/|in\s+de|elke|iedere|a)\s*(?:week|wk|(?:twee|vier|2|4)\s*weken|jaar|dag|kwartaal|nacht|overnachting)\b"
    r"|^[\s,.\-–]{0,4}(?:wekelijks|jaarlijks|p\.?\s?w\.?|p\.?\s?j\.?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""What says, right after an amount, that it is paid per another period than the month
("€ 110,00 per week", "€ 440,- per vier weken", "EUR 1.200 per jaar", "€ 7,50 p.w."):
no value of a field that is a month's amount (a rent, a compensation)."""

SQUEEZED_DATE_PATTERN = r"(?<![\d.,/-])\d{1,2}[-./]?\d{1,2}[-./]?\d{4}(?![\d.,/-])"
"""A numeric day-month-year that lost a separator or both in reading ("2821948" for
28.2.1948: a photo's small full stops are the first thing OCR drops)."""
SQUEEZED_DATE_CONFIDENCE = 0.6
"""The most a date read from its digits alone counts for: the analyst looks."""


def parse_squeezed_date(text: str | None) -> str | None:
    """A numeric date whose separators were lost, as `YYYY-MM-DD`, only when the digits
    split into a day and a month in exactly one valid way (the separators still read
    must lie at the cuts); None when two readings are possible or none is.

    The true date is always one of the valid readings, so a unique one is the true one
    (if the digits themselves were read right):

    >>> parse_squeezed_date("2821948"), parse_squeezed_date("12102024"), parse_squeezed_date("27.62026")
    ('1948-02-28', '2024-10-12', '2026-06-27')
    >>> parse_squeezed_date("2062014"), parse_squeezed_date("1112025"), parse_squeezed_date("20140620")  # 20-6 or 2-06; 1-11 or 11-1; year first
    (None, None, None)
    """
    if not text or not re.fullmatch(SQUEEZED_DATE_PATTERN, text.strip()):
        return None
    text = text.strip()
    digits = re.sub(r"\D", "", text)
    head, year = digits[:-4], int(digits[-4:])
    kept = [len(re.sub(r"\D", "", part)) for part in re.split(r"[-./]", text)[:-1]] if re.search(r"[-./]", text) else []
    cuts = {sum(kept[: i + 1]) for i in range(len(kept))}  # where a separator still read stands
    readings = set()
    for cut in range(1, len(head)):
        if len(head[:cut]) > 2 or len(head[cut:]) > 2 or not cuts <= {cut, len(head)}:
            continue
        try:
            readings.add(date(year, int(head[cut:]), int(head[:cut])).isoformat())
        except ValueError:
            continue
    if len(readings) != 1 or not 1900 <= year <= 2100:
        return None
    return readings.pop()


def read_date(text: str | None) -> tuple[str | None, bool]:
    """A date as printed (`parse_date`), else one that lost its separators
    (`parse_squeezed_date`), with whether it was the latter (its confidence is then
    at most `SQUEEZED_DATE_CONFIDENCE`).

    >>> read_date("28.2.1948"), read_date("2821948"), read_date("2062014")
    (('1948-02-28', False), ('1948-02-28', True), (None, False))
    """
    if value := parse_date(text):
        return value, False
    if value := parse_squeezed_date(text):
        return value, True
    return None, False


SHORT_YEAR_DATE_PATTERN = (
    r"(?:(?<![\d./-])\d{1,2}[-./]\d{1,2}[-./]['’]?\d{2}(?![\d./-])"
    rf"|(?<!\d)\d{{1,2}}{_ORDINAL}[.-]?\s*(?:{_MONTH_NAMES})\b\.?\s*['’‘]\d{{2}}(?!\d))"
)
"""A date with its year in two digits ("27-08-26", "5.3.'26", "6 juli '26"), as a till
receipt, a cash machine's slip, a stamp or a tenant's letter prints the day it was made."""


def parse_recent_date(text: str | None) -> str | None:
    """A date whose year is printed in two digits, read as this century's (`YYYY-MM-DD`),
    or None. Only for a date the document itself was made on (a statement's, a stamp's):
    nobody's birth date can be read this way, so `parse_date` never does.

    >>> parse_recent_date("27-08-26"), parse_recent_date("5.3.'26"), parse_recent_date("31-02-26"), parse_recent_date("27-08-2026")
    ('2026-08-27', '2026-03-05', None, None)
    >>> parse_recent_date("6 juli '26"), parse_recent_date("14 mei \u201926"), parse_recent_date("6 juli 26")
    ('2026-07-06', '2026-05-14', None)
    """
    if not text:
        return None
    if m := re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./]['’]?(\d{2})", text.strip()):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(rf"(\d{{1,2}}){_ORDINAL}[.-]?\s*({_MONTH_NAMES})\b\.?\s*['’‘](\d{{2}})", text.strip(), re.IGNORECASE):
        day, month, year = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    else:
        return None
    try:
        return date(2000 + year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[str]:
    """Every parseable date in a text, in order.

    >>> find_dates("Haarlem, 3 oktober 2026; geboren 01-02-1980")
    ['2026-10-03', '1980-02-01']
    >>> find_dates("Van eenentwintig november 2026 tot en met zevenentwintig augustus 2027; geboren op acht juli 1987")
    ['2026-11-21', '2027-08-27', '1987-07-08']
    """
    found = (parse_date(m.group(0)) for m in re.finditer(DATE_PATTERN, text, re.IGNORECASE))
    return [d for d in found if d]


TIME_OF_DAY = re.compile(r"[\W_]*[0-2]?\d[:.][0-5]\d(?:\s*(?:uur|u\.?))?[\W_]*")
"""A text that is a time of day and nothing else (`fullmatch`): a chat's or a log's stamp
under a message ("17:29", "9.45 uur")."""


AMOUNT_END = r"(?!\d|[.,:] ?\d(?!\.))"
"""What may not follow an amount: digits OCR broke off ("€ 12. 0", "€ 71:379" for
€ 71.379); the amount before them would be a wrong one."""
_WHOLE = r"\d{1,3}(?:(?:\.\s?|\s)?\d{3})*"
_COMMA_CENTS = r",\s?(?:\d{2}|[-–—=]{1,2})"
AMOUNT_PATTERN = rf"(?:€|EUR(?:O\b)?|(?-i:Euro\b))?\s*-?{_WHOLE}(?:{_COMMA_CENTS}|\.\d{{2}})?" + AMOUNT_END
"""A regular expression finding amounts as printed ("€ 1.234,56", "EUR 850,-", "€ 850,—"),
also with the space OCR puts after a separator ("€ 44. 457, 00"), never a part of one:
"€ 12. 0" (digits OCR broke off) is no amount of 12."""
PER_MONTH = r"(?:per\s+maand|per\s+mnd\b\.?|p\.\s?m\.|p/m\b|pm\b|in\s+de\s+maand|maandelijks|per\s+month|a\s+month|monthly)"
"""How an amount says it is a month's: "per maand", "p.m.", "p/m", "in de maand", "per month"."""
MARKED_AMOUNT_PATTERN = (rf"(?:(?:€|EUR(?:O\b)?|(?-i:Euro\b))\s*-?{_WHOLE}(?:{_COMMA_CENTS}|\.\d{{2}})?"
                         rf"|-?{_WHOLE}(?:{_COMMA_CENTS})?\s*(?:euro|EUR)\b|-?{_WHOLE}{_COMMA_CENTS})" + AMOUNT_END)
"""An amount that says it is one: a euro sign or word before or after it, or cents after a
comma ("€ 50", "50 euro", "50,-"). A bare number after a label such as "Vergoeding" may be
anything (a count, a house number), so where a form's value is read off a label this is
what to look for.

>>> [parse_amount(m.group(0)) for m in re.finditer(MARKED_AMOUNT_PATTERN, "€ 0,- of 250 euro of 75,50; 3 keer; EUR 1.234")]
['0.00', '250.00', '75.50', '1234.00']
"""


def parse_amount(text: str | None) -> str | None:
    """A printed euro amount as a string with two decimals, or None: Dutch notation (dot
    or space for thousands, comma for cents, ",-" or ",—" for none) or English (comma
    for thousands, dot for cents), with "€", "EUR" or "euro" before or after. A text
    that could be read either way and is neither is None, never a guess.

    >>> parse_amount("€ 1.234,56"), parse_amount("EUR 1234,56"), parse_amount("€ 850,-")
    ('1234.56', '1234.56', '850.00')
    >>> parse_amount("1,234.56"), parse_amount("€ 520"), parse_amount("twaalf")
    ('1234.56', '520.00', None)
    >>> parse_amount("€ 1.234,-"), parse_amount("1 234,50"), parse_amount("€ 1234.50"), parse_amount("€ 1.234")
    ('1234.00', '1234.50', '1234.50', '1234.00')
    >>> parse_amount("€ 1.234,—"), parse_amount("1.234,50 euro"), parse_amount("− € 12,50"), parse_amount("€ 1.234.56")
    ('1234.00', '1234.50', '-12.50', None)
    """
    if not text:
        return None
    t = re.sub(r"(?i)€|eur(o)?|\s", "", text.replace("−", "-")).rstrip(".").lstrip("+")
    t = re.sub(r",[-–—=]+$|\.-+$", "", t)
    if not re.fullmatch(r"-?[\d.,]+", t) or not re.search(r"\d", t):
        return None
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?", t) or re.fullmatch(r"-?\d+(,\d{1,2})?", t):
        t = t.replace(".", "").replace(",", ".")  # Dutch: dot for thousands, comma for cents
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})*(\.\d{1,2})?", t) or re.fullmatch(r"-?\d+\.\d{1,2}", t):
        t = t.replace(",", "")
    else:
        return None
    try:
        return f"{Decimal(t):.2f}"
    except InvalidOperation:
        return None


FOOTNOTE_MARK = r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†]|(?<=[^\W\d_])[”\"’'?°](?=\s+[^\W\d_]))?"
"""A footnote's mark a keyword may carry ("verzamelinkomen³"), as printed or as OCR reads a
raised digit glued to the word: a closing quote, an apostrophe, a degree sign, a question
mark before the sentence's next word ("Uw verzamelinkomen” over 2025 bedraagt ...")."""


def parse_postcode(text: str | None) -> str | None:
    """A Dutch postcode as `1234AB`, or None.

    >>> parse_postcode("1012 ab"), parse_postcode("1012AB"), parse_postcode("0123 AB"), parse_postcode("1371\\nBR")
    ('1012AB', '1012AB', None, '1371BR')
    >>> parse_postcode("1012ab"), parse_postcode("1012 SS")  # SA, SD and SS are never issued
    ('1012AB', None)
    >>> parse_postcode("1288}L"), parse_postcode("1288 L}"), parse_postcode("1390N)")  # a J as OCR draws it in a ruled cell
    ('1288JL', '1288LJ', '1390NJ')
    """
    if not text:
        return None
    text = _J_AS_BRACKET.sub(r"\1J", text.strip().replace("}", "J"))
    try:  # a postcode in a sentence may wrap after its digits
        return _postcode.validate(re.sub(r"\s+", " ", text)).replace(" ", "")
    except ValidationError:
        return None


BSN_LABEL = r"b[uüúù]rger\s*servi\w*|(?<![^\W_])BSN\b"
"""The BSN's label as printed ("Burgerservicenummer", "BSN"), as OCR reads it: with an
umlaut a speck put on its u ("Bürgerservicenummer"), broken inside the word by a narrow
column ("Burger servicenummer"), cut off by a photo ("Burgerservi")."""

POSTCODE_PATTERN = r"\b[1-9]\d{3}\s?(?:[A-Za-z]{2}\b|\}[A-Za-z]\b|[A-Za-z][})](?!\w))"
"""A postcode as printed, or with a J that OCR read as "}" or, last, ")" ("1288}L",
"1390N)"; `parse_postcode` puts it back)."""
_J_AS_BRACKET = re.compile(r"^(\d{4}\s?[A-Za-z])\)$")


def parse_house_number(text: str | None) -> str | None:
    """A house number without spaces, letters upper case, or None. An addition printed
    after a space is joined to the number; a number after a space gets a hyphen (no
    house is number 122 because "12 2" was printed); "hs" or "huis" (the ground floor)
    is the register's addition H, as the contract's `101H`.

    >>> parse_house_number("12 a"), parse_house_number("7-2"), parse_house_number("101 H")
    ('12A', '7-2', '101H')
    >>> parse_house_number("12-III"), parse_house_number("abc"), parse_house_number("12 hs"), parse_house_number("12 h.s.")
    ('12-III', None, '12H', '12H')
    >>> parse_house_number("35hs"), parse_house_number("35-huis"), parse_house_number("35-HS"), parse_house_number("35 HSA")
    ('35H', '35H', '35H', '35HSA')
    >>> parse_house_number("12 2"), parse_house_number("12 bis"), parse_house_number("0"), parse_house_number("12 2hg")
    ('12-2', '12BIS', None, '12-2HG')
    >>> parse_house_number("5-B"), parse_house_number("5-bis"), parse_house_number("7-2")
    ('5B', '5-BIS', '7-2')
    """
    if not text:
        return None
    t = re.sub(r"(?<=[A-Z])\.", "", text.strip().upper())
    t = re.sub(r"\s+", "", re.sub(r"(?<=\d)\s+(?=\d)", "-", t))
    t = re.sub(r"(?<=\d)[-/]?(?:HS|HUIS)$", "H", t)  # "35hs", "35-huis": the ground floor ("huis"), the register's H
    if re.fullmatch(r"[1-9]\d{0,4}(?:[-/]?[A-Z0-9]{1,4})?", t):
        return re.sub(r"^(\d+)[-/]([A-Z])$", r"\1\2", t)  # "5-B": one letter after the number is its huisletter, 5B
    return None


def parse_town(text: str | None) -> str | None:
    """A town (woonplaats) as printed, if the lexicon knows it, else None. The longest run
    of words from the start that is a town counts ("Alphen aan den Rijn Postbus 13"); a
    town read with a slip or a stray stop is given in the lexicon's spelling
    (`lexicon.town`), in capitals when printed in capitals, another name of a place as
    printed ("Den Haag").

    >>> parse_town("'s-Hertogenbosch"), parse_town("’s-Hertogenbosch"), parse_town("Den Haag"), parse_town("HAARLEM")
    ("'s-Hertogenbosch", "'s-Hertogenbosch", 'Den Haag', 'HAARLEM')
    >>> parse_town("Krimpen aan den. IJssel")
    'Krimpen aan den IJssel'
    >>> parse_town("Alphen aan den Rijn Postbus 13"), parse_town("Zoetermeor"), parse_town("Kerkstraat")
    ('Alphen aan den Rijn', 'Zoetermeer', None)
    >>> parse_town("ZOETERMEOR"), parse_town("S HERTOGENBOSCH")
    ('ZOETERMEER', "'S-HERTOGENBOSCH")
    """
    return _place(text, lexicon.town)


def parse_municipality(text: str | None) -> str | None:
    """A municipality as printed, if the lexicon knows it (or one merged into it), else None.

    >>> parse_municipality("Gemeente"), parse_municipality("Súdwest-Fryslân"), parse_municipality("Den Haag")
    (None, 'Súdwest-Fryslân', 'Den Haag')
    """
    return _place(text, lexicon.municipality)


def _place(text: str | None, find) -> str | None:
    if not text:
        return None
    words = lexicon.plain(text).strip(" ,;:|").split()
    for n in range(min(len(words), 6), 0, -1):
        printed = " ".join(words[:n]).rstrip(",;:.")
        if (found := find(printed)) is not None and (found.score == 1.0 or n == len(words)):
            if found.score == 1.0 and not lexicon.same_place_name(printed, found.name):
                return printed  # another name of the place, as printed ("Den Haag")
            if printed.isupper():
                return found.name.upper()  # as printed, in capitals (CONTRACT.md: original capitalisation)
            return found.name  # the lexicon's spelling of a name read with a slip or a stray stop
    return None


_GROUPED_BSN = re.compile(r"^(\d{3})[ .,]\s?(\d{3})[ .,]\s?(\d{3})$|^(\d{4})[.,](\d{2})[.,](\d{3})$")
"""A BSN in the groups it is printed in ("123 456 789", "1234.56.789"), a separator read as a
comma ("247 490,295": OCR reads a dot or a speck in the gap so): only at a group's edge, so
that an amount ("1.234.567,89") is never a BSN."""


def parse_bsn(text: str | None) -> str | None:
    """A BSN as nine digits if it passes the elfproef, else None.

    >>> parse_bsn("1112.22.333"), parse_bsn("111222334"), parse_bsn("247 490,295"), parse_bsn("2474,90.295")
    ('111222333', None, '247490295', '247490295')
    >>> parse_bsn("12345672")
    '012345672'
    """
    if not text:
        return None
    digits = re.sub(r"[\s.\-]", "", _GROUPED_BSN.sub(lambda m: "".join(g for g in m.groups() if g), text.strip()))
    if not re.fullmatch(r"\d{8,9}", digits):
        return None
    try:
        return _bsn.validate(digits).zfill(9)
    except ValidationError:
        return None


def is_valid_bsn(value: str | None) -> bool:
    """Whether a nine-digit string passes the elfproef.

    >>> is_valid_bsn("111222333"), is_valid_bsn("111222334"), is_valid_bsn(None)
    (True, False, False)
    """
    return bool(value) and _bsn.is_valid(value)


def mask_bsn(value: str | None) -> str:
    """A BSN as it may appear in a log: the last three digits only.

    >>> mask_bsn("111222333")
    '******333'
    """
    return "******" + value[-3:] if value else "-"


def parse_iban(text: str | None) -> str | None:
    """An IBAN in compact form if its checksum holds, else None.

    >>> parse_iban("NL91 ABNA 0417 1643 00"), parse_iban("NL91 ABNA 0417 1643 01"), parse_iban("nl91abna0417164300")
    ('NL91ABNA0417164300', None, 'NL91ABNA0417164300')
    """
    if not text:
        return None
    try:
        return _iban.validate(text)
    except ValidationError:
        return None


IBAN_PATTERN = r"\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,7}[A-Z0-9]{1,4}\b"


# The repairs of names as OCR reads them live with the name reader; importable from here
# as before.
from extractors.names import BOX_EDGE, clean_name, pipe_as_initial, plain_apostrophes, repair_initials  # noqa: E402, F401
