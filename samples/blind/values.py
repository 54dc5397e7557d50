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
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DATE_STYLES = ("dash", "long", "short", "iso", "slash", "dot")
AMOUNT_STYLES = ("euro", "EUR", "dash", "plain", "euro_nosep")
FRESH2_DATE_STYLES = ("nopad", "dot_pad", "upper_long", "mon_upper", "weekday", "short_year", "en_long", "en_us")
"""Notations only the fresh2 split's layouts print (kept out of DATE_STYLES, whose draws the other splits depend on).
`short_year` is for recent dates only: a birth date in it would leave the century to guess."""
FRESH2_AMOUNT_STYLES = ("en", "EUR_en", "EUR_grouped", "dash_bare", "suffix", "whole")
"""Amount notations only the fresh2 split's layouts print; `en` and `EUR_en` only on English documents."""
FRESH3_DATE_STYLES = ("words", "long_pad", "dash_mon", "slash_nopad", "short_nodot")
"""Notations only the fresh3 split's layouts print: "vijf maart 2026", "05 maart 2026", "05-mrt-2026", "5/3/2026", "5 mrt 2026"."""
FRESH3_AMOUNT_STYLES = ("dashdash", "EUR_after", "euro_nogroup", "euro_tight")
"""Amount notations only the fresh3 split's layouts print: "€ 650,--", "1.234,50 EUR", "€ 1234,50", "€1.234,50"."""
FRESH4_DATE_STYLES = ("en_short", "wd_dash", "iso_slash")
"""Notations only the fresh4 split's layouts print: "5 Mar 2026" (an app's English statement), "do 05-03-2026" (a bank's
transaction list), "2026/03/05" (a system export)."""
FRESH4_AMOUNT_STYLES = ("euro_after", "bare_nogroup", "euro_word")
"""Amount notations only the fresh4 split's layouts print: "1.234,50 €", "1234,50", "300 euro" (whole euros in a tenant's words)."""
FRESH5_DATE_STYLES = ("wd_abbr_short", "dash_2y", "compact", "roman", "space_pad")
"""Notations only the fresh5 split's layouts print: "do. 5 mrt. 2026" (a mail client's header), "05-03-26" (a receipt; recent
dates only), "20260305" (a system's record), "5-III-2026" (an old-fashioned clerk's hand), "05 03 2026" (a date in a form's boxes)."""
FRESH5_AMOUNT_STYLES = ("EUR_dot", "euro_dash_word", "tight_whole", "space_group")
"""Amount notations only the fresh5 split's layouts print: "EUR 2345.67" (an export), "2.345,- euro" (a tenant's hand),
"€2345" (whole euros, tight), "€ 2 345,67" (a space between the thousands)."""
FRESH6_DATE_STYLES = ("pad_short_nodot", "apos_year")
"""Notations only the fresh6 split's layouts print: "05 mrt 2026" (a kiosk's or a bank's print), "5 maart '26" (a typed
letter; recent dates only: a birth date in it would leave the century to guess)."""
FRESH6_AMOUNT_STYLES = ("EUR_dash", "EUR_nogroup_after")
"""Amount notations only the fresh6 split's layouts print: "EUR 1.234,50" or "EUR 650,-" (a contract's), "1234,50 EUR" (a bank's column)."""
FRESH7_DATE_STYLES = ("en_ordinal", "dash_mon_upper")
"""Notations only the fresh7 split's layouts print: "5th March 2026" (an English certificate or a sworn translation),
"05-MRT-2026" (a system's print, month abbreviated in capitals)."""
FRESH7_AMOUNT_STYLES = ("EUR_en_whole", "EUR_dashdash", "space_group_after")
"""Amount notations only the fresh7 split's layouts print: "EUR 34,567" or "EUR 1,234.50" (a translation into English),
"EUR 375,--" (a typewriter), "1 234,50 EUR" (a Polish-Dutch contract: a space between the thousands, the currency after)."""
FRESH8_DATE_STYLES = ("fy_long", "all_words", "en_dash_mon")
"""Notations only the fresh8 split's layouts print: "5 maaie 2026" (a Frisian municipality's month names), "vijf maart
tweeduizendzesentwintig" (a formal contract's date wholly in words; recent dates only), "05-Mar-2026" (a shipping
company's or an app's English day-month-year)."""
FRESH8_AMOUNT_STYLES = ("euro_zegge", "bare_whole", "euro_is")
"""Amount notations only the fresh8 split's layouts print: "€ 375,00 (zegge: driehonderdvijfenzeventig euro)" (a contract
that repeats the sum in words), "34.567" (whole euros under a column headed "in euro's"), "€ 300,=" (an old-fashioned
hand's or typist's "is-gelijk" for no cents)."""
FRESH9_DATE_STYLES = ("slash_2y",)
"""The notation only the fresh9 split's layouts print: "05/03/26" (a spreadsheet's cell, a PDF form's date field or a phone
app's short date, day first; recent dates only: a birth date in it would leave the century to guess)."""
FRESH9_AMOUNT_STYLES = ("dot_bare", "Euro_front")
"""Amount notations only the fresh9 split's layouts print: "1234.50" (a spreadsheet's cell of a CSV export: a dot for the
decimals, no grouping, no currency), "Euro 1.234,50" (the currency as a capitalised word before the sum, as a bank's
summary or a Flemish letter writes it)."""
FRESH10_DATE_STYLES = ("dot_2y", "slash_nopad_2y", "en_wd_short")
"""Date notations only the fresh10 split's layouts print: "05.03.26" (an agency's or a payroll system's short date with dots),
"5/3/26" (a quick hand's date, no padding, two-digit year; both recent dates only), "Thu 5 Mar 2026" (an English mail
client's or a neobank's date with the weekday)."""
FRESH10_AMOUNT_STYLES = ("EUR_tight", "en_EUR_after")
"""Amount notations only the fresh10 split's layouts print: "EUR1.234,50" (the currency code glued to the sum, as a bank's
or a payment system's field prints it) and "1,234.50 EUR" (English grouping with the code after it, as an international
platform or a neobank writes it)."""
FRESH11_DATE_STYLES = ("wd_nodot_long", "dash_mon_2y", "iso_dot", "id_bilingual")
"""Date notations only the fresh11 split's layouts print: "do 5 maart 2026" (a bank's day heading in its transaction overview:
the weekday abbreviated without a dot, the month in full), "5-mrt-26" (a spreadsheet's or a payroll system's d-mmm-jj; recent
dates only), "2026.03.05" (the date in a PDF's digital-signature stamp) and "05 MAA/MAR 2026" (an identity document's date, the
month in Dutch and English capitals)."""
FRESH11_AMOUNT_STYLES = ("EUR_whole_nl", "euro_lower_front")
"""Amount notations only the fresh11 split's layouts print: "EUR 34.567" (an accountant's whole euros with Dutch grouping after
the code; the cents only where there are some) and "euro 375,00" (the currency as a lower-case word before the sum, as a
typed plain-text contract writes it)."""
FRESH12_DATE_STYLES = ("wd_short_nodot", "spaced_dash", "pad_short_dot")
"""Date notations only the fresh12 split's layouts print: "do 5 mrt 2026" (a Dutch webmail's header and reply line: the
weekday and the month abbreviated, neither with a dot), "05 - 03 - 2026" (a date written into a paper form's preprinted
"dd - mm - jjjj" boxes) and "05 mrt. 2026" (a care organisation's client system: the day padded, the month with its dot)."""
FRESH12_AMOUNT_STYLES = ("EUR_space_group", "words_only")
"""Amount notations only the fresh12 split's layouts print: "EUR 1 234,50" (the currency code before a sum grouped with a
space, as a fax-printed tax letter or a tenants' union's model writes it) and "driehonderdvijfenzeventig euro" (the sum in
words only, no figures, as a plain-language contract spells it out; "... euro en vijftig cent" where there are cents)."""
FRESH13_DATE_STYLES = ("en_weekday_long", "wd_long_dash", "en_rfc")
"""Date notations only the fresh13 split's layouts print: "Thursday 5 March 2026" (an English certificate's issue line with the
weekday written out), "donderdag 05-03-2026" (a word processor's date field or a municipality's system: the weekday in full
before a padded day-month-year) and "Thu, 05 Mar 2026" (an e-mail header's or a browser's RFC 2822 date: an English weekday
with a comma, the day padded)."""
FRESH13_AMOUNT_STYLES = ("EURO_caps_front", "dash_pm", "eur_lower_after")
"""Amount notations only the fresh13 split's layouts print: "EURO 1.234,50" (the currency as a word in capitals before the sum,
as a typed template or a social-services letter writes it), "€ 375,- p.m." (a room advert's or a template's monthly sum with
"p.m." glued to it; the cents where there are some: "€ 1.234,50 p.m.") and "1.234,50 eur" (the code in lower case after the
sum, as a foreign bank's Dutch branch prints its columns)."""
FRESH14_DATE_STYLES = ("compact_mon_upper", "nopad_2y")
"""Date notations only the fresh14 split's layouts print: "05MRT2026" (a hospital's or a bank's back-office system: the day
padded, the Dutch month abbreviated in capitals and the year run together without spaces) and "5-3-26" (a date written quickly
on a form or in a chat: neither day nor month padded, the year in two figures; only where every date printed so is recent)."""
FRESH14_AMOUNT_STYLES = ("euro_eq", "eur_lower_front")
"""Amount notations only the fresh14 split's layouts print: "€ 375,=" (the old typed notation of a whole sum with ",=" for no
cents, as a home-made contract or a family's house rules write it; the cents where there are some: "€ 1.234,50") and "eur
1.234,50" (the code in lower case before the sum, as a hurried e-mail or a web form's free field writes it)."""
FRESH15_DATE_STYLES = ("nl_ordinal", "cap_month")
"""Date notations only the fresh15 split's layouts print: "5e maart 2026" (a formal deed's or an old-fashioned letter's ordinal
day, "de 5e maart 2026", as a municipality's declaration or a ministry's appointment letter still writes it) and "5 Maart 2026"
(the month with a capital, as a home-made contract or a tenant's form writes it after English habits)."""
FRESH15_AMOUNT_STYLES = ("euro_endash", "Euro_after")
"""Amount notations only the fresh15 split's layouts print: "€ 375,–" (a typeset whole sum with an en dash for no cents, as a
ministry's salary line or a word processor's autocorrect writes it; the cents where there are some: "€ 1.234,50") and
"1.234,50 Euro" (the currency as a capitalised word after the sum, as a home-made contract or a form's free field writes it)."""
FRESH16_DATE_STYLES = ("short_cap_nodot", "short_apos")
"""Date notations only the fresh16 split's layouts print: "5 Mrt 2026" (the month abbreviated with a capital and no dot, as a
phone app's card or a scanning app's footer writes it) and "5 mrt '26" (the month abbreviated and the year cut to two figures
after an apostrophe, as a nurse's hand in a care file or a quick note writes it; recent dates only: a birth date in it would
leave the century to guess)."""
FRESH16_AMOUNT_STYLES = ("euro_per_mnd", "EURO_after")
"""Amount notations only the fresh16 split's layouts print: "€ 375/mnd" (a monthly sum with "/mnd" glued to it, whole euros
without cents as a room advert, a web form's summary or a key-facts box writes it; the cents where there are some: "€ 1.234,50/mnd")
and "1.234,50 EURO" (the currency as a word in capitals after the sum, as a temping agency's system or a code form prints it)."""
FRESH17_DATE_STYLES = ("wd_nopad", "oracle_mon_2y")
"""Date notations only the fresh17 split's layouts print: "do 5-3-2026" (a two-letter weekday before the day and month without
leading zeros, as an agenda, a customer-contact system or a form builder's summary writes it) and "05-MRT-26" (day, the month's
three letters in capitals and the year in two figures, a database's default date as a back-office system prints it; recent dates
only: a birth date in it would leave the century to guess)."""
FRESH17_AMOUNT_STYLES = ("euro_per_maand",)
"""Amount notations only the fresh17 split's layouts print: "€ 375,00 per maand" (the sum with its cents and the period written
out after it, as a contract's appendix of filled-in values or a customer-contact note writes it)."""
MONTHS_ID = ("JAN/JAN", "FEB/FEB", "MAA/MAR", "APR/APR", "MEI/MAY", "JUN/JUN", "JUL/JUL", "AUG/AUG", "SEP/SEP", "OKT/OCT",
             "NOV/NOV", "DEC/DEC")  # fmt: skip
"""Months as a Dutch identity card or passport prints them, Dutch over English (fresh11)."""
MONTHS_FY = ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber", "oktober",
             "novimber", "desimber")  # fmt: skip
"""Month names in Frisian, as a bilingual municipality in Fryslân prints them beside the Dutch ones."""
WEEKDAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DAY_WORDS = ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
             "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "eenentwintig",
             "tweeëntwintig", "drieëntwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig",
             "achtentwintig", "negenentwintig", "dertig", "eenendertig")  # fmt: skip
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
    return _date_text_fresh2(day, style)


def _date_text_fresh2(day: dt.date, style: str) -> str:
    """The fresh2 split's date notations.

    >>> d = dt.date(2026, 12, 1)
    >>> [date_text(d, s) for s in FRESH2_DATE_STYLES]
    ['1-12-2026', '01.12.2026', '1 DECEMBER 2026', '01 DEC 2026', 'dinsdag 1 december 2026', "1-12-'26", '1 December 2026', 'December 1, 2026']
    """
    if style == "nopad":
        return f"{day.day}-{day.month}-{day.year}"
    if style == "dot_pad":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "upper_long":
        return f"{day.day} {MONTHS[day.month - 1].upper()} {day.year}"
    if style == "mon_upper":
        return f"{day.day:02d} {MONTHS_SHORT[day.month - 1].rstrip('.').upper()} {day.year}"
    if style == "weekday":
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "short_year":
        return f"{day.day}-{day.month}-'{day.year % 100:02d}"
    if style == "en_long":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    if style == "en_us":
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    return _date_text_fresh3(day, style)


def _date_text_fresh3(day: dt.date, style: str) -> str:
    """The fresh3 split's date notations.

    >>> d = dt.date(2026, 3, 22)
    >>> [date_text(d, s) for s in FRESH3_DATE_STYLES]
    ['tweeëntwintig maart 2026', '22 maart 2026', '22-mrt-2026', '22/3/2026', '22 mrt 2026']
    >>> date_text(dt.date(2026, 5, 1), "words"), date_text(dt.date(2026, 5, 1), "long_pad")
    ('één mei 2026', '01 mei 2026')
    """
    month, short = MONTHS[day.month - 1], MONTHS_SHORT[day.month - 1].rstrip(".")
    if style == "words":
        return f"{DAY_WORDS[day.day - 1]} {month} {day.year}"
    if style == "long_pad":
        return f"{day.day:02d} {month} {day.year}"
    if style == "dash_mon":
        return f"{day.day:02d}-{short}-{day.year}"
    if style == "slash_nopad":
        return f"{day.day}/{day.month}/{day.year}"
    if style == "short_nodot":
        return f"{day.day} {short} {day.year}"
    return _date_text_fresh4(day, style)


def _date_text_fresh4(day: dt.date, style: str) -> str:
    """The fresh4 split's date notations.

    >>> d = dt.date(2026, 3, 5)
    >>> [date_text(d, s) for s in FRESH4_DATE_STYLES]
    ['5 Mar 2026', 'do 05-03-2026', '2026/03/05']
    """
    if style == "en_short":
        return f"{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}"
    if style == "wd_dash":
        return f"{WEEKDAYS_SHORT[day.weekday()]} {day.day:02d}-{day.month:02d}-{day.year}"
    if style == "iso_slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return _date_text_fresh5(day, style)


def _date_text_fresh5(day: dt.date, style: str) -> str:
    """The fresh5 split's date notations; `dash_2y` is for recent dates only (a birth date in it would leave the century to guess).

    >>> d = dt.date(2026, 3, 5)
    >>> [date_text(d, s) for s in FRESH5_DATE_STYLES]
    ['do. 5 mrt. 2026', '05-03-26', '20260305', '5-III-2026', '05 03 2026']
    """
    if style == "wd_abbr_short":
        return f"{WEEKDAYS_SHORT[day.weekday()]}. {day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"
    if style == "dash_2y":
        return f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}"
    if style == "compact":
        return f"{day.year}{day.month:02d}{day.day:02d}"
    if style == "roman":
        return f"{day.day}-{ROMAN_MONTHS[day.month - 1]}-{day.year}"
    if style == "space_pad":
        return f"{day.day:02d} {day.month:02d} {day.year}"
    return _date_text_fresh6(day, style)


def _date_text_fresh6(day: dt.date, style: str) -> str:
    """The fresh6 split's date notations; `apos_year` is for recent dates only.

    >>> d = dt.date(2026, 3, 5)
    >>> [date_text(d, s) for s in FRESH6_DATE_STYLES]
    ['05 mrt 2026', "5 maart '26"]
    """
    if style == "pad_short_nodot":
        return f"{day.day:02d} {MONTHS_SHORT[day.month - 1].rstrip('.')} {day.year}"
    if style == "apos_year":
        return f"{day.day} {MONTHS[day.month - 1]} '{day.year % 100:02d}"
    return _date_text_fresh7(day, style)


def _date_text_fresh7(day: dt.date, style: str) -> str:
    """The fresh7 split's date notations.

    >>> [date_text(dt.date(2026, 3, d), s) for d in (1, 2, 3, 5, 11, 22) for s in FRESH7_DATE_STYLES][::2]
    ['1st March 2026', '2nd March 2026', '3rd March 2026', '5th March 2026', '11th March 2026', '22nd March 2026']
    >>> date_text(dt.date(2026, 3, 5), "dash_mon_upper")
    '05-MRT-2026'
    """
    if style == "en_ordinal":
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {MONTHS_EN[day.month - 1]} {day.year}"
    if style == "dash_mon_upper":
        return f"{day.day:02d}-{MONTHS_SHORT[day.month - 1].rstrip('.').upper()}-{day.year}"
    return _date_text_fresh8(day, style)


_UNITS = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
          "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")  # fmt: skip
_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")


def number_words(n: int) -> str:
    """A whole number below a million in Dutch words, as a contract or a deed writes it out (one word, "ën" where a
    vowel would clash).

    >>> [number_words(n) for n in (5, 22, 375, 1000, 1234, 2026, 34567)]
    ['vijf', 'tweeëntwintig', 'driehonderdvijfenzeventig', 'duizend', 'duizend tweehonderdvierendertig', 'tweeduizendzesentwintig', 'vierendertigduizend vijfhonderdzevenenzestig']
    """
    if n == 0:
        return "nul"
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "duizend" if thousands == 1 else f"{number_words(thousands)}duizend"
        if not rest:
            return head
        return f"{head}{number_words(rest)}" if rest < 100 and thousands > 1 else f"{head} {number_words(rest)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "honderd" if hundreds == 1 else f"{_UNITS[hundreds]}honderd"
        return head + (number_words(rest) if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return _TENS[tens]
    joint = "ën" if _UNITS[unit].endswith("e") else "en"
    return f"{_UNITS[unit]}{joint}{_TENS[tens]}"


def _date_text_fresh8(day: dt.date, style: str) -> str:
    """The fresh8 split's date notations; `all_words` is for recent dates only (a deed's or a formal contract's).

    >>> [date_text(dt.date(2026, 5, 5), s) for s in FRESH8_DATE_STYLES]
    ['5 maaie 2026', 'vijf mei tweeduizendzesentwintig', '05-May-2026']
    >>> date_text(dt.date(2026, 3, 22), "all_words"), date_text(dt.date(2026, 10, 1), "fy_long")
    ('tweeëntwintig maart tweeduizendzesentwintig', '1 oktober 2026')
    """
    if style == "fy_long":
        return f"{day.day} {MONTHS_FY[day.month - 1]} {day.year}"
    if style == "all_words":
        return f"{DAY_WORDS[day.day - 1]} {MONTHS[day.month - 1]} {number_words(day.year)}"
    if style == "en_dash_mon":
        return f"{day.day:02d}-{MONTHS_EN[day.month - 1][:3]}-{day.year}"
    return _date_text_fresh9(day, style)


def _date_text_fresh9(day: dt.date, style: str) -> str:
    """The fresh9 split's date notation; `slash_2y` is for recent dates only (a birth date in it would leave the century to guess).

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH9_DATE_STYLES]
    ['05/03/26']
    """
    if style == "slash_2y":
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    return _date_text_fresh10(day, style)


def _date_text_fresh10(day: dt.date, style: str) -> str:
    """The fresh10 split's date notations; `dot_2y` and `slash_nopad_2y` are for recent dates only.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH10_DATE_STYLES]
    ['05.03.26', '5/3/26', 'Thu 5 Mar 2026']
    """
    if style == "dot_2y":
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    if style == "slash_nopad_2y":
        return f"{day.day}/{day.month}/{day.year % 100:02d}"
    if style == "en_wd_short":
        return f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}"
    return _date_text_fresh11(day, style)


def _date_text_fresh11(day: dt.date, style: str) -> str:
    """The fresh11 split's date notations; `dash_mon_2y` is for recent dates only.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH11_DATE_STYLES]
    ['do 5 maart 2026', '5-mrt-26', '2026.03.05', '05 MAA/MAR 2026']
    >>> date_text(dt.date(1998, 10, 12), "id_bilingual"), date_text(dt.date(2026, 5, 1), "dash_mon_2y")
    ('12 OKT/OCT 1998', '1-mei-26')
    """
    if style == "wd_nodot_long":
        return f"{WEEKDAYS_SHORT[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "dash_mon_2y":
        return f"{day.day}-{MONTHS_SHORT[day.month - 1].rstrip('.')}-{day.year % 100:02d}"
    if style == "iso_dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "id_bilingual":
        return f"{day.day:02d} {MONTHS_ID[day.month - 1]} {day.year}"
    return _date_text_fresh12(day, style)


def _date_text_fresh12(day: dt.date, style: str) -> str:
    """The fresh12 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH12_DATE_STYLES]
    ['do 5 mrt 2026', '05 - 03 - 2026', '05 mrt. 2026']
    >>> date_text(dt.date(2026, 5, 11), "wd_short_nodot"), date_text(dt.date(1998, 5, 11), "pad_short_dot")
    ('ma 11 mei 2026', '11 mei 1998')
    """
    if style == "wd_short_nodot":
        return f"{WEEKDAYS_SHORT[day.weekday()]} {day.day} {MONTHS_SHORT[day.month - 1].rstrip('.')} {day.year}"
    if style == "spaced_dash":
        return f"{day.day:02d} - {day.month:02d} - {day.year}"
    if style == "pad_short_dot":
        return f"{day.day:02d} {MONTHS_SHORT[day.month - 1]} {day.year}"
    return _date_text_fresh13(day, style)


WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date_text_fresh13(day: dt.date, style: str) -> str:
    """The fresh13 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH13_DATE_STYLES]
    ['Thursday 5 March 2026', 'donderdag 05-03-2026', 'Thu, 05 Mar 2026']
    >>> date_text(dt.date(2026, 11, 30), "wd_long_dash"), date_text(dt.date(1987, 6, 1), "en_rfc")
    ('maandag 30-11-2026', 'Mon, 01 Jun 1987')
    """
    if style == "en_weekday_long":
        return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    if style == "wd_long_dash":
        return f"{WEEKDAYS[day.weekday()]} {day.day:02d}-{day.month:02d}-{day.year}"
    if style == "en_rfc":
        return f"{WEEKDAYS_EN[day.weekday()][:3]}, {day.day:02d} {MONTHS_EN[day.month - 1][:3]} {day.year}"
    return _date_text_fresh14(day, style)


def _date_text_fresh14(day: dt.date, style: str) -> str:
    """The fresh14 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH14_DATE_STYLES]
    ['05MRT2026', '5-3-26']
    >>> date_text(dt.date(2026, 11, 30), "compact_mon_upper"), date_text(dt.date(2026, 12, 1), "nopad_2y")
    ('30NOV2026', '1-12-26')
    """
    if style == "compact_mon_upper":
        return f"{day.day:02d}{MONTHS_SHORT[day.month - 1].rstrip('.').upper()[:3]}{day.year}"
    if style == "nopad_2y":
        return f"{day.day}-{day.month}-{day.year % 100:02d}"
    return _date_text_fresh15(day, style)


def _date_text_fresh15(day: dt.date, style: str) -> str:
    """The fresh15 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH15_DATE_STYLES]
    ['5e maart 2026', '5 Maart 2026']
    >>> date_text(dt.date(1970, 11, 21), "nl_ordinal"), date_text(dt.date(2026, 12, 1), "cap_month")
    ('21e november 1970', '1 December 2026')
    """
    if style == "nl_ordinal":
        return f"{day.day}e {MONTHS[day.month - 1]} {day.year}"
    if style == "cap_month":
        return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}"
    return _date_text_fresh16(day, style)


def _date_text_fresh16(day: dt.date, style: str) -> str:
    """The fresh16 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH16_DATE_STYLES]
    ['5 Mrt 2026', "5 mrt '26"]
    >>> date_text(dt.date(1970, 5, 21), "short_cap_nodot"), date_text(dt.date(2026, 12, 1), "short_apos")
    ('21 Mei 1970', "1 dec '26")
    """
    month = MONTHS_SHORT[day.month - 1].rstrip(".")
    if style == "short_cap_nodot":
        return f"{day.day} {month.capitalize()} {day.year}"
    if style == "short_apos":
        return f"{day.day} {month} '{day.year % 100:02d}"
    return _date_text_fresh17(day, style)


def _date_text_fresh17(day: dt.date, style: str) -> str:
    """The fresh17 split's date notations.

    >>> [date_text(dt.date(2026, 3, 5), s) for s in FRESH17_DATE_STYLES]
    ['do 5-3-2026', '05-MRT-26']
    >>> date_text(dt.date(2026, 11, 30), "wd_nopad"), date_text(dt.date(2026, 5, 1), "oracle_mon_2y")
    ('ma 30-11-2026', '01-MEI-26')
    """
    if style == "wd_nopad":
        return f"{WEEKDAYS_SHORT[day.weekday()]} {day.day}-{day.month}-{day.year}"
    if style == "oracle_mon_2y":
        return f"{day.day:02d}-{MONTHS_SHORT[day.month - 1].rstrip('.').upper()}-{day.year % 100:02d}"
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
    return _amount_text_fresh2(value, style)


def _amount_text_fresh2(value: str, style: str) -> str:
    """The fresh2 split's amount notations; `dash_bare` and `whole` drop the cents only when there are none.

    >>> [amount_text("1234.50", s) for s in FRESH2_AMOUNT_STYLES]
    ['€1,234.50', 'EUR 1,234.50', 'EUR 1.234,50', '1.234,50', '1.234,50 euro', '€ 1.234,50']
    >>> amount_text("34567.00", "whole"), amount_text("650.00", "dash_bare")
    ('€ 34.567', '650,-')
    """
    euros, cents = value.split(".")
    grouped_en = f"{int(euros):,}"
    grouped = grouped_en.replace(",", ".")
    if style == "en":
        return f"€{grouped_en}.{cents}"
    if style == "EUR_en":
        return f"EUR {grouped_en}.{cents}"
    if style == "EUR_grouped":
        return f"EUR {grouped},{cents}"
    if style == "dash_bare":
        return f"{grouped},-" if cents == "00" else f"{grouped},{cents}"
    if style == "suffix":
        return f"{grouped},{cents} euro"
    if style == "whole":
        return f"€ {grouped}" if cents == "00" else f"€ {grouped},{cents}"
    return _amount_text_fresh3(value, style)


def _amount_text_fresh3(value: str, style: str) -> str:
    """The fresh3 split's amount notations; `dashdash` writes ",--" for no cents.

    >>> [amount_text("1234.50", s) for s in FRESH3_AMOUNT_STYLES]
    ['€ 1.234,50', '1.234,50 EUR', '€ 1234,50', '€1.234,50']
    >>> amount_text("650.00", "dashdash")
    '€ 650,--'
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "dashdash":
        return f"€ {grouped},--" if cents == "00" else f"€ {grouped},{cents}"
    if style == "EUR_after":
        return f"{grouped},{cents} EUR"
    if style == "euro_nogroup":
        return f"€ {int(euros)},{cents}"
    if style == "euro_tight":
        return f"€{grouped},{cents}"
    return _amount_text_fresh4(value, style)


def _amount_text_fresh4(value: str, style: str) -> str:
    """The fresh4 split's amount notations; `euro_word` drops the cents only when there are none.

    >>> [amount_text("1234.50", s) for s in FRESH4_AMOUNT_STYLES]
    ['1.234,50 €', '1234,50', '1.234,50 euro']
    >>> amount_text("300.00", "euro_word")
    '300 euro'
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_after":
        return f"{grouped},{cents} €"
    if style == "bare_nogroup":
        return f"{int(euros)},{cents}"
    if style == "euro_word":
        return f"{grouped} euro" if cents == "00" else f"{grouped},{cents} euro"
    return _amount_text_fresh5(value, style)


def _amount_text_fresh5(value: str, style: str) -> str:
    """The fresh5 split's amount notations; `euro_dash_word` and `tight_whole` drop the cents only when there are none.

    >>> [amount_text("2345.67", s) for s in FRESH5_AMOUNT_STYLES]
    ['EUR 2345.67', '2.345,67 euro', '€2345,67', '€ 2 345,67']
    >>> amount_text("2345.00", "euro_dash_word"), amount_text("650.00", "tight_whole"), amount_text("650.00", "space_group")
    ('2.345,- euro', '€650', '€ 650,00')
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "EUR_dot":
        return f"EUR {int(euros)}.{cents}"
    if style == "euro_dash_word":
        return f"{grouped},- euro" if cents == "00" else f"{grouped},{cents} euro"
    if style == "tight_whole":
        return f"€{int(euros)}" if cents == "00" else f"€{int(euros)},{cents}"
    if style == "space_group":
        return f"€ {grouped.replace('.', ' ')},{cents}"
    return _amount_text_fresh6(value, style)


def _amount_text_fresh6(value: str, style: str) -> str:
    """The fresh6 split's amount notations; `EUR_dash` drops the cents only when there are none.

    >>> [amount_text("1234.50", s) for s in FRESH6_AMOUNT_STYLES]
    ['EUR 1.234,50', '1234,50 EUR']
    >>> amount_text("650.00", "EUR_dash")
    'EUR 650,-'
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "EUR_dash":
        return f"EUR {grouped},-" if cents == "00" else f"EUR {grouped},{cents}"
    if style == "EUR_nogroup_after":
        return f"{int(euros)},{cents} EUR"
    return _amount_text_fresh7(value, style)


def _amount_text_fresh7(value: str, style: str) -> str:
    """The fresh7 split's amount notations; `EUR_en_whole` and `EUR_dashdash` drop the cents only when there are none.

    >>> [amount_text("1234.50", s) for s in FRESH7_AMOUNT_STYLES]
    ['EUR 1,234.50', 'EUR 1.234,50', '1 234,50 EUR']
    >>> amount_text("34567.00", "EUR_en_whole"), amount_text("375.00", "EUR_dashdash")
    ('EUR 34,567', 'EUR 375,--')
    """
    euros, cents = value.split(".")
    grouped_en = f"{int(euros):,}"
    grouped = grouped_en.replace(",", ".")
    if style == "EUR_en_whole":
        return f"EUR {grouped_en}" if cents == "00" else f"EUR {grouped_en}.{cents}"
    if style == "EUR_dashdash":
        return f"EUR {grouped},--" if cents == "00" else f"EUR {grouped},{cents}"
    if style == "space_group_after":
        return f"{grouped.replace('.', ' ')},{cents} EUR"
    return _amount_text_fresh8(value, style)


def _amount_text_fresh8(value: str, style: str) -> str:
    """The fresh8 split's amount notations; `bare_whole` and `euro_is` drop the cents only when there are none.

    >>> [amount_text("375.00", s) for s in FRESH8_AMOUNT_STYLES]
    ['€ 375,00 (zegge: driehonderdvijfenzeventig euro)', '375', '€ 375,=']
    >>> [amount_text("34567.50", s) for s in FRESH8_AMOUNT_STYLES]
    ['€ 34.567,50 (zegge: vierendertigduizend vijfhonderdzevenenzestig euro en vijftig cent)', '34.567,50', '€ 34.567,50']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_zegge":
        words = f"{number_words(int(euros))} euro" + (f" en {number_words(int(cents))} cent" if cents != "00" else "")
        return f"€ {grouped},{cents} (zegge: {words})"
    if style == "bare_whole":
        return grouped if cents == "00" else f"{grouped},{cents}"
    if style == "euro_is":
        return f"€ {grouped},=" if cents == "00" else f"€ {grouped},{cents}"
    return _amount_text_fresh9(value, style)


def _amount_text_fresh9(value: str, style: str) -> str:
    """The fresh9 split's amount notations.

    >>> [amount_text("1234.50", s) for s in FRESH9_AMOUNT_STYLES]
    ['1234.50', 'Euro 1.234,50']
    >>> amount_text("375.00", "Euro_front")
    'Euro 375,00'
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "dot_bare":
        return f"{int(euros)}.{cents}"
    if style == "Euro_front":
        return f"Euro {grouped},{cents}"
    return _amount_text_fresh10(value, style)


def _amount_text_fresh10(value: str, style: str) -> str:
    """The fresh10 split's amount notations.

    >>> [amount_text("1234.50", s) for s in FRESH10_AMOUNT_STYLES]
    ['EUR1.234,50', '1,234.50 EUR']
    """
    euros, cents = value.split(".")
    grouped_en = f"{int(euros):,}"
    if style == "EUR_tight":
        return f"EUR{grouped_en.replace(',', '.')},{cents}"
    if style == "en_EUR_after":
        return f"{grouped_en}.{cents} EUR"
    return _amount_text_fresh11(value, style)


def _amount_text_fresh11(value: str, style: str) -> str:
    """The fresh11 split's amount notations; `EUR_whole_nl` drops the cents only when there are none.

    >>> [amount_text("34567.00", s) for s in FRESH11_AMOUNT_STYLES]
    ['EUR 34.567', 'euro 34.567,00']
    >>> [amount_text("375.50", s) for s in FRESH11_AMOUNT_STYLES]
    ['EUR 375,50', 'euro 375,50']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "EUR_whole_nl":
        return f"EUR {grouped}" if cents == "00" else f"EUR {grouped},{cents}"
    if style == "euro_lower_front":
        return f"euro {grouped},{cents}"
    return _amount_text_fresh12(value, style)


def _amount_text_fresh12(value: str, style: str) -> str:
    """The fresh12 split's amount notations; `words_only` names the cents only where there are some.

    >>> [amount_text("1234.50", s) for s in FRESH12_AMOUNT_STYLES]
    ['EUR 1 234,50', 'duizend tweehonderdvierendertig euro en vijftig cent']
    >>> [amount_text("375.00", s) for s in FRESH12_AMOUNT_STYLES]
    ['EUR 375,00', 'driehonderdvijfenzeventig euro']
    """
    euros, cents = value.split(".")
    if style == "EUR_space_group":
        return f"EUR {int(euros):,}".replace(",", " ") + f",{cents}"
    if style == "words_only":
        return f"{number_words(int(euros))} euro" + (f" en {number_words(int(cents))} cent" if cents != "00" else "")
    return _amount_text_fresh13(value, style)


def _amount_text_fresh13(value: str, style: str) -> str:
    """The fresh13 split's amount notations; `dash_pm` writes ",-" for no cents.

    >>> [amount_text("1234.50", s) for s in FRESH13_AMOUNT_STYLES]
    ['EURO 1.234,50', '€ 1.234,50 p.m.', '1.234,50 eur']
    >>> [amount_text("375.00", s) for s in FRESH13_AMOUNT_STYLES]
    ['EURO 375,00', '€ 375,- p.m.', '375,00 eur']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "EURO_caps_front":
        return f"EURO {grouped},{cents}"
    if style == "dash_pm":
        return f"€ {grouped},- p.m." if cents == "00" else f"€ {grouped},{cents} p.m."
    if style == "eur_lower_after":
        return f"{grouped},{cents} eur"
    return _amount_text_fresh14(value, style)


def _amount_text_fresh14(value: str, style: str) -> str:
    """The fresh14 split's amount notations; `euro_eq` writes ",=" for no cents.

    >>> [amount_text("1234.50", s) for s in FRESH14_AMOUNT_STYLES]
    ['€ 1.234,50', 'eur 1.234,50']
    >>> [amount_text("375.00", s) for s in FRESH14_AMOUNT_STYLES]
    ['€ 375,=', 'eur 375,00']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_eq":
        return f"€ {grouped},=" if cents == "00" else f"€ {grouped},{cents}"
    if style == "eur_lower_front":
        return f"eur {grouped},{cents}"
    return _amount_text_fresh15(value, style)


def _amount_text_fresh15(value: str, style: str) -> str:
    """The fresh15 split's amount notations; `euro_endash` writes ",–" (an en dash) for no cents.

    >>> [amount_text("1234.50", s) for s in FRESH15_AMOUNT_STYLES]
    ['€ 1.234,50', '1.234,50 Euro']
    >>> [amount_text("375.00", s) for s in FRESH15_AMOUNT_STYLES]
    ['€ 375,–', '375,00 Euro']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_endash":
        return f"€ {grouped},–" if cents == "00" else f"€ {grouped},{cents}"
    if style == "Euro_after":
        return f"{grouped},{cents} Euro"
    return _amount_text_fresh16(value, style)


def _amount_text_fresh16(value: str, style: str) -> str:
    """The fresh16 split's amount notations; `euro_per_mnd` drops the cents only when there are none.

    >>> [amount_text("1234.50", s) for s in FRESH16_AMOUNT_STYLES]
    ['€ 1.234,50/mnd', '1.234,50 EURO']
    >>> [amount_text("375.00", s) for s in FRESH16_AMOUNT_STYLES]
    ['€ 375/mnd', '375,00 EURO']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_per_mnd":
        return f"€ {grouped}/mnd" if cents == "00" else f"€ {grouped},{cents}/mnd"
    if style == "EURO_after":
        return f"{grouped},{cents} EURO"
    return _amount_text_fresh17(value, style)


def _amount_text_fresh17(value: str, style: str) -> str:
    """The fresh17 split's amount notation: the cents always printed.

    >>> [amount_text(v, "euro_per_maand") for v in ("1234.50", "375.00")]
    ['€ 1.234,50 per maand', '€ 375,00 per maand']
    """
    euros, cents = value.split(".")
    grouped = f"{int(euros):,}".replace(",", ".")
    if style == "euro_per_maand":
        return f"€ {grouped},{cents} per maand"
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


def house_number_text2(number: str, rng: random.Random) -> str:
    """A contract house number as the fresh2 split's layouts print it: "12-A", "12 a", "14 hs", "14-hs", "7-2".

    >>> house_number_text2("14H", random.Random(1)) in ("14 hs", "14-hs", "14hs", "14-H")
    True
    """
    digits = "".join(ch for ch in number if ch.isdigit()) if number.isalnum() else number.split("-")[0]
    rest = number[len(digits) :]
    if rest == "H":
        return rng.choice((f"{digits} hs", f"{digits}-hs", f"{digits}hs", f"{digits}-H"))
    if rest.isalpha():
        return rng.choice((f"{digits}-{rest}", f"{digits} {rest.lower()}", f"{digits}-{rest.lower()}"))
    return number


def between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
