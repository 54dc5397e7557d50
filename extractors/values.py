"""Parse printed values into the contract's formats (CONTRACT.md §3), or None.

Every parser takes the text as printed (possibly with OCR noise) and returns the
normalised value, or None when the text is not a valid value of that kind. None
is the honest answer: a parser never repairs a value by guessing.

Dates: "12-10-2026", "12 oktober 2026", "12 okt. 2026", "12.10.2026", "2026-10-12".
Amounts: "€ 1.234,56", "EUR 1234,56", "€ 850,-", "1,234.56".
Postcodes "1234 AB", house numbers "12 a", "7-2", "101 H"; BSN with the elfproef and
IBAN with its checksum come from python-stdnum.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from stdnum import iban as _iban
from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as _bsn
from stdnum.nl import postcode as _postcode

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "maa": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERN = (
    r"(?:\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\d{1,2}[-./;:]\d{1,2}[-./;:]\d{4}"  # "07.09;1991": OCR's semicolon for a dot
    rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})[.:-]?\s*\d{{4}})"  # "16 aug: 1993": OCR's colon for a full stop; "19.maart"; "februari-2026"
)
"""A regular expression finding any date the parser understands (case-insensitive)."""

_NUMERIC = re.compile(r"^(\d{1,2})[-./;:](\d{1,2})[-./;:](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")  # strict: "1958-04-3" is a cut-off date, not 3 April
_WRITTEN = re.compile(rf"^(\d{{1,2}})\.?\s*({_MONTH_NAMES})[.:-]?\s*(\d{{4}})$", re.IGNORECASE)


def parse_date(text: str | None) -> str | None:
    """A printed Dutch date as `YYYY-MM-DD`, or None.

    >>> parse_date("12-10-2026"), parse_date("12 oktober 2026"), parse_date("12 okt. 2026")
    ('2026-10-12', '2026-10-12', '2026-10-12')
    >>> parse_date("12.10.2026"), parse_date("2026-10-12"), parse_date("3 Mrt 2024")
    ('2026-10-12', '2026-10-12', '2024-03-03')
    >>> parse_date("31-02-2026") is None, parse_date("29-02-2024")
    (True, '2024-02-29')
    >>> parse_date("8 aug. 1992."), parse_date("16 aug: 1993"), parse_date("3jul.1972"), parse_date("07.09;1991")
    ('1992-08-08', '1993-08-16', '1972-07-03', '1991-09-07')
    >>> parse_date("19.maart 2026"), parse_date("13 februari-2026")  # OCR's full stop or hyphen for a space
    ('2026-03-19', '2026-02-13')
    """
    if not text:
        return None
    text = text.strip().strip(",;:")
    if re.search(r"\d{4}\.$", text):  # "8 aug. 1992." at the end of a sentence or a speck after it
        text = text[:-1]
    if m := _ISO.match(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := _WRITTEN.match(text):
        d, mo, y = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    else:
        return None
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[str]:
    """Every parseable date in a text, in order.

    >>> find_dates("Haarlem, 3 oktober 2026; geboren 01-02-1980")
    ['2026-10-03', '1980-02-01']
    """
    found = (parse_date(m.group(0)) for m in re.finditer(DATE_PATTERN, text, re.IGNORECASE))
    return [d for d in found if d]


AMOUNT_END = r"(?!\d|[.,:] ?\d(?!\.))"
"""What may not follow an amount: digits OCR broke off ("€ 12. 0", "€ 71:379" for
€ 71.379); the amount before them would be a wrong one."""
AMOUNT_PATTERN = r"(?:€|EUR)?\s*-?\d{1,3}(?:(?:\.\s?|\s)?\d{3})*(?:,\s?(?:\d{2}|-{1,2})|\.\d{2})?" + AMOUNT_END
"""A regular expression finding amounts as printed ("€ 1.234,56", "EUR 850,-"), also
with the space OCR puts after a separator ("€ 44. 457, 00"), never a part of one:
"€ 12. 0" (digits OCR broke off) is no amount of 12."""


def parse_amount(text: str | None) -> str | None:
    """A printed euro amount as a string with two decimals, or None.

    >>> parse_amount("€ 1.234,56"), parse_amount("EUR 1234,56"), parse_amount("€ 850,-")
    ('1234.56', '1234.56', '850.00')
    >>> parse_amount("1,234.56"), parse_amount("€ 520"), parse_amount("twaalf")
    ('1234.56', '520.00', None)
    """
    if not text:
        return None
    t = re.sub(r"(?i)€|eur(o)?|\s", "", text).rstrip(".")
    t = re.sub(r",-+$|\.-+$", "", t)
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


def parse_postcode(text: str | None) -> str | None:
    """A Dutch postcode as `1234AB`, or None.

    >>> parse_postcode("1012 ab"), parse_postcode("1012AB"), parse_postcode("0123 AB"), parse_postcode("1371\\nBR")
    ('1012AB', '1012AB', None, '1371BR')
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
    """A house number without spaces, letters upper case, or None.

    >>> parse_house_number("12 a"), parse_house_number("7-2"), parse_house_number("101 H")
    ('12A', '7-2', '101H')
    >>> parse_house_number("12-III"), parse_house_number("abc")
    ('12-III', None)
    """
    if not text:
        return None
    t = re.sub(r"\s+", "", text.strip()).upper()
    if re.fullmatch(r"[1-9]\d{0,4}(?:[-/]?[A-Z0-9]{1,4})?", t):
        return t
    return None


def parse_bsn(text: str | None) -> str | None:
    """A BSN as nine digits if it passes the elfproef, else None.

    >>> parse_bsn("1112.22.333"), parse_bsn("111222334")
    ('111222333', None)
    >>> parse_bsn("12345672")
    '012345672'
    """
    if not text:
        return None
    digits = re.sub(r"[\s.\-]", "", text)
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

    >>> parse_iban("NL91 ABNA 0417 1643 00"), parse_iban("NL91 ABNA 0417 1643 01")
    ('NL91ABNA0417164300', None)
    """
    if not text:
        return None
    try:
        return _iban.validate(text)
    except ValidationError:
        return None


IBAN_PATTERN = r"\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,7}[A-Z0-9]{1,4}\b"


_INITIALS_RUN = re.compile(r"(?<![\w.])([A-Z])([A-Z])\.(?=\s+(?:van|von|de|der|den|ter|ten|te|het|'t|el|al|[A-Z]))")
BOX_EDGE = "[ÌÍÎÏÈÉÊËÒÓÔÖÙÚÛÜìíîïèéêëòóôöùúûü]"  # a box's or a cell's edge as OCR reads it: an accented letter alone, no Dutch initial or word
_BOX_MARK = re.compile(rf"^\s*{BOX_EDGE}\s+(?=[A-Z])")
_INITIAL_J = re.compile(r"(?<=\b[A-Z]\.)[)\]|}](?=\.)")
_BEFORE_A_NAME = r"(?=\s*(?:[A-Z]|(?:van|de|der|den|ter|ten|te|het)\s))"
_PIPE_INITIAL = re.compile(rf"(?<!\S)\|\.{_BEFORE_A_NAME}")  # "|. Koster", "|. ter Vries": the initial I read as a rule
_IL_INITIAL = re.compile(rf"(?<!\S)Il\.{_BEFORE_A_NAME}")  # "Il. Boer": the initial I read as two letters
_BRACKET_INITIAL = re.compile(r"(?<![^\s.])[)\]}]\.(?=\s+(?:[A-Z]|(?:van|de|der|den|ter|ten|te|het)\s))")  # "T.n.v.). de Smit": J


def pipe_as_initial(text: str) -> str:
    """A capital I that OCR read as "|", before its stop and a name, put back (the
    text keeps its length: offsets into it hold).

    >>> pipe_as_initial("|. Koster"), pipe_as_initial("T.a.v. |.J. de Vries"), pipe_as_initial("| Koster"), pipe_as_initial("a |. b")
    ('I. Koster', 'T.a.v. I.J. de Vries', '| Koster', 'a |. b')
    >>> pipe_as_initial("|. ter Vries & |. van den Sluis"), pipe_as_initial("|. vandaag")
    ('I. ter Vries & I. van den Sluis', '|. vandaag')
    """
    return _PIPE_INITIAL.sub("I.", text)


_GLUED_SURNAME = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)(?=[A-Z][a-zà-ÿ])")  # "G.Bos": the space after the initials lost
_INITIAL_STOP = re.compile(r"\b([A-Z])[;,:](?=\s+(?:van|von|de|der|den|ter|ten|te|het|'t|el|al|[A-Z]))")
_LOW_STOP = re.compile(r"(?<![\w.])([A-Z])[‚,-](?=[A-Z]\.)")  # "E‚W. ter Visser", "E-W. Bos": the stop between initials


def repair_initials(text: str) -> str:
    """Initials as printed, where OCR made the usual slips in them: a "J" read as a
    bracket ("E.).", "). de Smit"), a full stop read as a semicolon or comma before the rest of the
    name ("S; de Visser") or between two initials ("E‚W."), the stop between two initials lost ("KJ. van"), the space
    after them lost ("G.Bos"); and a box's edge read as an accented capital before the
    name is dropped. Only a single capital counts as an initial.

    >>> repair_initials("E.). van 't Boer"), repair_initials("M.P. van den Wijk en S; de Visser")
    ("E.J. van 't Boer", 'M.P. van den Wijk en S. de Visser')
    >>> repair_initials("Vries, Jan de"), repair_initials("A. Bakker, B. de Wit"), repair_initials("KJ. van 't Kuipers")
    ('Vries, Jan de', 'A. Bakker, B. de Wit', "K.J. van 't Kuipers")
    >>> repair_initials("Ï Ruben de Wit"), repair_initials("ù Mantelzorgsteunpunt Zuid-Kennemerland")  # a box's edge before the name
    ('Ruben de Wit', 'Mantelzorgsteunpunt Zuid-Kennemerland')
    >>> repair_initials("G.Bos"), repair_initials("J.H.Meijer en K.P. Bos"), repair_initials("J.P.")
    ('G. Bos', 'J.H. Meijer en K.P. Bos', 'J.P.')
    >>> repair_initials("|. Koster")  # the initial I read as a rule
    'I. Koster'
    >>> repair_initials("). de Smit & N. Çelik"), repair_initials("T.n.v.). de Smit"), repair_initials("(2011 AB). De")  # a J alone read as a bracket
    ('J. de Smit & N. Çelik', 'T.n.v.J. de Smit', '(2011 AB). De')
    >>> repair_initials("M. ter Meijer en E‚W. ter Visser"), repair_initials("Bos,K. de"), repair_initials("E-W. Bos")  # a stop between initials read low
    ('M. ter Meijer en E.W. ter Visser', 'Bos,K. de', 'E.W. Bos')
    >>> repair_initials("Il. Boer & K. de Boer"), repair_initials("Il. van den Sluis")  # the initial I read as two letters
    ('I. Boer & K. de Boer', 'I. van den Sluis')
    """
    text = _IL_INITIAL.sub("I.", _LOW_STOP.sub(r"\1.", text))
    text = _GLUED_SURNAME.sub(r"\1 ", _BOX_MARK.sub("", _BRACKET_INITIAL.sub("J.", pipe_as_initial(text))))
    return _INITIALS_RUN.sub(r"\1.\2.", _INITIAL_STOP.sub(r"\1.", _INITIAL_J.sub("J", text)))


def clean_name(text: str | None) -> str | None:
    """A name as printed, with single spaces; None when it holds no letters.

    >>> clean_name("  Jan   de  Vries "), clean_name("12-10-2026"), clean_name("_Huisartsenpraktijk De Linde")
    ('Jan de Vries', None, 'Huisartsenpraktijk De Linde')
    """
    if not text:
        return None
    t = repair_initials(plain_apostrophes(re.sub(r"\s+", " ", text).strip(" ,;:_|")))
    return t if re.search(r"[^\W\d_]{2,}", t) else None


def plain_apostrophes(name: str) -> str:
    """A name's elided particles written as names are: "'t", "'s" with a plain
    apostrophe and a space before them, however OCR drew or joined them.

    >>> plain_apostrophes("Kees van ‘t Kaya"), plain_apostrophes("Kuipers, Hüseyin van't"), plain_apostrophes("Jan ’s Gravendeel")
    ("Kees van 't Kaya", "Kuipers, Hüseyin van 't", "Jan 's Gravendeel")

    A lone small "t" after the particle is its elision with the apostrophe lost: no name
    has a word "t" of its own ("van t" is how "van 't" is typed without it):

    >>> plain_apostrophes("Dijk, Yara van t"), plain_apostrophes("Jan van t Hof"), plain_apostrophes("Jan van T. Hof")
    ("Dijk, Yara van 't", "Jan van 't Hof", 'Jan van T. Hof')
    >>> plain_apostrophes("Fatima van tJansen")  # and the space after it: no Dutch word has a small t before a capital
    "Fatima van 't Jansen"
    """
    name = re.sub(r"(?<=\s)['’‘`´]{1,2}([ts])\b", r"'\1", name)
    name = re.sub(r"\b(van|in|op) t(?=\s|,|$)", r"\1 't", name)
    name = re.sub(r"\b(van|in|op) t(?=[A-Z])", r"\1 't ", name)
    return re.sub(r"\b(van|in|op)['’‘`´]{1,2}([ts])\b", r"\1 '\2", name)
