"""One layout-generic locator for every doc type: a field's value found from its label.

Given a label match (`extractors.labels`), the value is looked for where documents put
it, in this order:

1. after the label on its own line, past a colon, dots or a cell's rule, up to the next
   label on that line or the next cell;
2. on a line OCR put beside the label (a photo's slant lifts a value a few points);
3. under the label: in its column when the label heads a column of a table (its line
   holds other labels), else on the next lines at or right of the label's start, until a
   line that starts with a label of its own.

What is found there counts only when it reads as a value of the field's kind (`KINDS`):
a date, an amount, a postcode, a BSN or IBAN passing its checksum, a year, a name, a
town, an organisation. So "Datum" above a table's header finds no date in "Omschrijving"
and goes on, and a label whose value the document left empty finds nothing rather than
the next field's value.

Confidence is the least sure word's reading (`_locate.reading_confidence`), at most
`GENERIC_LABEL_CONFIDENCE` after a generic label ("datum", "naam": the analyst looks) and
at most `FREE_TEXT_CONFIDENCE` for free text (names, towns, organisations) that no
checksum or lexicon vouches for.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from extractors._common import HOUSE_NUMBER, STREET, TOWN, example_words, tidy
from extractors._locate import Hit, is_translation, line_beside, reading_confidence
from extractors._prose import strip_honorific, take_name
from extractors.labels import (
    CELL_GAP,
    _folded_wording,
    captions_over_values,
    FieldLabels,
    LabelMatch,
    cell_at,
    cells,
    find_label,
    fold,
    is_label,
    is_label_wording,
    label_matches,
    labels_on_line,
    section_rows,
    starts_with_label,
    table,
)
from extractors import lexicon
from extractors.names import JOINED, ONE_SLIP, repair_initials
from extractors.prose_facts import (
    ADDRESSEE_FIELDS,
    BORN_FIELDS,
    ISSUED_FIELDS,
    LETTERHEAD_FIELDS,
    PERIOD_FIELDS,
    SEAT,
    SIGNED_FIELDS,
    WRITER_FIELDS,
    addressee,
    addressees,
    date_line,
    defined_party,
    employer_in_prose,
    issuing_municipality,
    issued_on,
    person_born,
    letterhead_organisation,
    signing_organisation,
    named_in_role,
    period,
    place_in_prose,
    signer,
    writer_in_role,
    letting_signer,
    writer,
)
from extractors.values import (
    AMOUNT_PATTERN,
    DATE_PATTERN,
    IBAN_PATTERN,
    POSTCODE_PATTERN,
    OTHER_PERIOD,
    SQUEEZED_DATE_CONFIDENCE,
    SHORT_YEAR_DATE_PATTERN,
    SQUEEZED_DATE_PATTERN,
    TIME_OF_DAY,
    parse_amount,
    parse_bsn,
    parse_date,
    parse_house_number,
    parse_iban,
    parse_municipality,
    parse_recent_date,
    parse_postcode,
    parse_squeezed_date,
    parse_town,
)
from woondossier.model import Field, Line, Page, Word, union_bbox

GENERIC_LABEL_CONFIDENCE = 0.75
"""The most a value found after a generic label counts for: below the policies' 0.80
threshold, so a decision resting on it goes to an analyst."""
FREE_TEXT_CONFIDENCE = 0.79
"""The most a name, town or organisation found by label alone counts for, when the field's
own reader (the doc type's module) found nothing: its layout was not one we know."""
IN_SENTENCE_CONFIDENCE = 0.79
"""The most a value counts for whose label stands inside a running sentence, which does not
state it as the label's value ("... de aanslag met aanslagnummer ... en dagtekening 22
januari 2026": another document's date): below the policies' 0.80, so an analyst looks."""
BELOW_LINES = 2
"""Lines under a label searched for its value (a form's cell, a wrapped value)."""


# --- kinds: text -> value, or None --------------------------------------------------


def _first(pattern: str, parse: Callable[[str], object], flags: int = re.IGNORECASE) -> Callable[[str], tuple[object, str] | None]:
    compiled = re.compile(pattern, flags)

    def read(text: str) -> tuple[object, str] | None:
        for match in compiled.finditer(text):
            value = parse(match.group(0))
            if value is not None:
                return value, match.group(0)
        return None

    return read


_MONEY_MARK = re.compile(r"(?i)€|\beur\b|\beuro\b|[.,]\d{2}\b|,-|,—")


_RANGE_END = re.compile(r"(?i)\b(?:tot\s+en\s+met|t\s*/\s*m|tot|until|to)\b")


def _date(text: str) -> tuple[object, str] | tuple[object, str, bool, float] | None:
    """A date as printed; else one whose separators OCR lost ("2821948"), at most
    `SQUEEZED_DATE_CONFIDENCE` (`values.parse_squeezed_date`). Never the end of a range
    whose first date was not read: after "met ingang van", "Ol oktober 2026 tot en met 01
    oktober 2027" holds no start date that can be read.

    >>> _date("01 oktober 2026 tot en met 01 oktober 2027")[0], _date("Ol oktober 2026 tot en met 01 oktober 2027")
    ('2026-10-01', None)
    """
    if found := _birth_date(text):
        return found
    if found := _recent_date(text):
        return None if _RANGE_END.search(text[: text.find(found[1])]) else found
    return None


def _birth_date(text: str) -> tuple[object, str] | tuple[object, str, bool, float] | None:
    """`_date` without years in two digits: nobody's birth date is read from them
    (`values.parse_recent_date`)."""
    if found := _printed_date(text):
        if _RANGE_END.search(text[: text.find(found[1])]):
            return None
        return found
    for match in re.finditer(SQUEEZED_DATE_PATTERN, text):
        if value := parse_squeezed_date(match.group(0)):
            return value, match.group(0), False, SQUEEZED_DATE_CONFIDENCE
    return None


_recent_date = _first(SHORT_YEAR_DATE_PATTERN, parse_recent_date)
"""A date the document was made on or speaks of in its year's two digits ("6 juli '26")."""


_printed_date = _first(DATE_PATTERN, parse_date)


def _amount(text: str) -> tuple[object, str] | None:
    """An amount marked as money: a euro sign, "EUR" or "euro" beside it, or cents ("275,00",
    "275,-"); a bare number after a label is a date's day or a count as often as a price.
    An amount in brackets is a note's ("bij ingang (inclusief € 30,00 servicekosten) euro
    300,00": a part of the value, not the value) when one stands outside them.

    >>> _amount("bij ingang (inclusief € 30,00 servicekosten) euro 300,00"), _amount("(€ 300,00 per maand)")
    (('300.00', 'euro 300,00'), ('300.00', '€ 300,00'))
    >>> _amount("€ 300,00 (waarvan € 30,00 servicekosten)")
    ('300.00', '€ 300,00')
    """
    found = []
    for match in re.finditer(AMOUNT_PATTERN, text, re.IGNORECASE):
        around = text[max(0, match.start() - 4) : match.end() + 6]
        if _MONEY_MARK.search(match.group(0)) or _MONEY_MARK.search(around):
            if (value := parse_amount(match.group(0))) is not None:
                found.append((text.count("(", 0, match.start()) > text.count(")", 0, match.start()), value, match.group(0)))
    outside = [(value, printed) for bracketed, value, printed in found if not bracketed]
    return outside[0] if outside else (found[0][1:] if found else None)


def _bsn(text: str) -> tuple[object, str] | None:
    for match in re.finditer(r"(?<![\d.])\d[\d .]{7,11}\d(?![\d])", text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) in (8, 9) and (value := parse_bsn(match.group(0))):
            return value, match.group(0)
    return None


def _year(text: str) -> tuple[object, str] | None:
    match = re.search(r"(?<!\d)(?<!\d[-/.])(?<!\d[-/.]\s)(19[89]\d|20\d\d)(?!\d)(?![-/.]\d)", text)  # "31/05/1999" is a date, not a year
    return (int(match.group(1)), match.group(1)) if match else None


def _name(text: str) -> tuple[object, str] | None:
    name = take_name(strip_honorific(tidy(text)))
    if not name or is_label(name) or _a_place(name) or _a_word(name):
        return None  # "Onderhuurder": the next cell's label; "Bovenkarspel": the place of signing
    return name, name


def _a_word(name: str) -> bool:
    """A one-word "name" the lexicon does not know as a name's word: a heading
    ("Ondertekening") or another word of the page, not a person. A surname alone is kept
    only when the lexicon knows it ("Jansen"); a form prints a person's name whole."""
    return " " not in name.strip() and not lexicon.is_known_name_word(name.strip(" .,"))


def _a_place(name: str) -> bool:
    """A one-word "name" that is a town and no name the lexicon knows."""
    return " " not in name and lexicon.town(name) is not None and not lexicon.is_known_name_word(name)


def _names(text: str) -> tuple[object, str] | None:
    text = _TWO_JOINS.sub(r"\1 ", text)  # "Çağrı Yıldız en/of" over "Malika Mansouri": the line's own "en/of", and the "en" the lines were joined with
    parts = re.split(rf"{JOINED}|(?:^|\s+)\d{{1,2}}[.)]\s+", tidy(repair_initials(text)))  # "A en/of B", "1. A 2. B"; "|. Tavares": I.
    names = [n for part in parts if (n := take_name(strip_honorific(part))) and not is_label(n)]
    return (names, text) if names else None


_TWO_JOINS = re.compile(r"(?i)\b(en\s*/\s*of|e\s*/\s*o|and\s*/\s*or|en|and|&)\s+(?:en|and)\s+")
"""A joining word twice: the names' own and the one `_more_names` joins their lines with."""


_NOT_A_PLACE = re.compile(r"(?i)^(?:de|het|een|van|te|in|op|postbus|datum|naam|nummer|adres)$")


def _town(text: str) -> tuple[object, str] | tuple[object, str, bool] | None:
    """A town: the lexicon's (vouched for, as printed), else capitalised words that look
    like one (free text); abroad, with its country after a comma.

    >>> _town("Willemstad, Curaçao")[0], _town("Kopenhagen, Denemarken")[0], _town("CSG Het Noordik, Ridderkerk")[0]
    ('Willemstad, Curaçao', 'Kopenhagen, Denemarken', 'Ridderkerk')
    """
    text = tidy(re.sub(r"^\s*(?i:gemeente)\s+", "", text))
    head, _, last = text.rpartition(",")
    if head and lexicon.country(last.strip(" .;")) and (town := _town(head)) is not None:
        abroad = f"{town[0]}, {last.strip(' .;')}"
        return abroad, abroad, *town[2:]  # abroad, its country after a comma: "Willemstad, Curaçao", as printed
    if known := parse_town(text) or parse_municipality(text):
        return known, known, True
    if head and not (parse_town(head) or parse_municipality(head)) and (known := parse_town(last.strip())):
        return known, text, True  # "CSG Het Noordik, Ridderkerk": a school or an office, then its town
    words = text.split()
    if 1 < len(words) <= 4 and words[0][:1].islower():
        # "gemeentewerf Julianadorp", "kantoor Den Haag": a kind of place, then the town it is in
        for start in range(1, len(words)):
            if known := parse_town(" ".join(words[start:])):
                return known, text, True
    match = re.match(rf"(?:'s-|’s-)?{TOWN}", text)
    if not match:
        return None
    town = match.group(0).strip(" -")
    words = town.split()
    if not words or _NOT_A_PLACE.match(words[0]) or len(words) > 4 or not re.search(r"[^\W\d_]{2,}", town):
        return None
    if not (town[0].isupper() or town[:1] in lexicon.APOSTROPHES):
        return None  # "toepassing": a word of a sentence; a town no lexicon knows is printed capitalised
    return town, town


def _municipality(text: str) -> tuple[object, str, bool] | None:
    """A municipality the lexicon knows (all of them are in it), in its spelling, or a
    town it knows (a municipality since merged: "Gemeente Spijkenisse" on an old extract);
    any other word is none, whatever stands where a municipality would ("Verzoek")."""
    text = tidy(re.sub(r"^\s*(?i:gemeente)\s+", "", text))
    known = parse_municipality(text) or parse_town(text)
    return (known, known, True) if known else None


def _street(text: str) -> tuple[object, str] | None:
    """The street a cell starts with, and the text that fills the cell (its number too).

    >>> _street("Merelerf 36"), _street("Persoon 1"), _street("Postbus 12")
    (('Merelerf', 'Merelerf 36'), None, None)
    """
    match = re.match(rf"\s*({STREET})\s+{HOUSE_NUMBER}(?!\d)", tidy(text))
    if not match or re.match(r"(?i)postbus|antwoordnummer", match.group(1)) or is_label(match.group(1)):
        return None  # "Persoon 1": a block's heading and its number, no address
    return match.group(1), match.group(0).strip()  # the cell holds the number too: "Meidoornhof 25" fills it


def _house_number(text: str) -> tuple[object, str] | None:
    text = tidy(text)
    if re.match(r"(?i)\s*(?:postbus|antwoordnummer)", text):
        return None
    after_street = re.match(rf"\s*{STREET}\s+({HOUSE_NUMBER})(?![\d])", text)
    alone = re.match(rf"\s*({HOUSE_NUMBER})(?![\d])", text)
    if alone and (value := parse_house_number(alone.group(1))):
        return value, alone.group(1)
    if after_street and (value := parse_house_number(after_street.group(1))):
        return value, after_street.group(0).strip()  # the cell holds the street too: "Sint Annastraat 211" fills it
    return None


_ORGANISATION_END = re.compile(rf"(?i),?\s+(?:gevestigd|hierna|te\s+noemen|statutair|kvk|handelend|vertegenwoordigd|{SEAT})\b"
                                rf"|\s*[(;]|\s*,(?!\s*(?-i:{lexicon.legal_form_regex()})\s*(?:[,;(]|$))")
"""Where an organisation's name ends: at a clause about its seat or its representative, or at a
bracket or a comma, except a comma before its legal form that ends it ("Hotel Mar Azul, Lda.")."""


def _organisation(text: str) -> tuple[object, str] | None:
    text = tidy(_ORGANISATION_END.split(text, maxsplit=1)[0])
    words = text.split()
    if not words or len(words) > 8 or not re.match(r"[^\W\d_a-z]", text) or re.search(r"\d{2}", text):
        return None
    return text, text


@dataclass(frozen=True)
class Kind:
    read: Callable[[str], tuple[object, str] | None]
    free_text: bool  # vouched for by no checksum or pattern: capped at FREE_TEXT_CONFIDENCE


KINDS: dict[str, Kind] = {
    "date": Kind(_date, False),
    "birth_date": Kind(_birth_date, False),
    "amount": Kind(_amount, False),
    "postcode": Kind(_first(POSTCODE_PATTERN, parse_postcode), False),
    "house_number": Kind(_house_number, True),
    "bsn": Kind(_bsn, False),
    "iban": Kind(_first(IBAN_PATTERN, parse_iban, 0), False),
    "year": Kind(_year, False),
    "name": Kind(_name, True),
    "names": Kind(_names, True),
    "town": Kind(_town, True),
    "municipality": Kind(_municipality, True),
    "street": Kind(_street, True),
    "organisation": Kind(_organisation, True),
}
"""What a value of each kind of field (`labels.toml`) reads as; the text is what follows
a label, the result the value in the contract's format and the text it was read from."""


# --- where the value stands ---------------------------------------------------------


_LEADER = re.compile(r"^[\s:;.…·_|\-–—=>\[\]()]*$")


def _after_label(match: LabelMatch, doc_type: str, kind: str | None = None) -> list[Word]:
    """The words after the label on its line, up to the next label or cell. A cell that
    goes on with the label's own words and a note in brackets, with no value of `kind`
    outside the brackets ("Huurprijs per maand | bij ingang (inclusief € 30,00
    servicekosten) | euro 300,00"), is the label's: the value is the next cell."""
    line = match.line
    stops = [s for s, _ in labels_on_line(match.page, match.index, doc_type) if s >= match.end]
    end = min(stops, default=len(line.words))
    words = list(line.words[match.end : end])
    while words and _LEADER.match(words[0].text):
        words.pop(0)  # a colon, dots or a rule between label and value
    if words and words[0].text.startswith("("):
        closing = next((i for i, w in enumerate(words[:NOTE_WORDS]) if w.text.rstrip(":").endswith(")")), None)
        if closing is not None:
            # "Hoofdhuurder (verhuurder kamer) El Idrissi, Rachid": the label's note; a note alone
            # after it ("HOOFDHUURDER (VERHUURT DE KAMER)" heading a column) leaves the label no value on its line
            words = words[closing + 1 :]
            while words and _LEADER.match(words[0].text):
                words.pop(0)
    cells_after = _cells_of(words, 3 * _height(line))
    if len(cells_after) > 1 and is_translation(cells_after[0]):
        return cells_after[1]  # "Einddatum / Expiry   02-Sep-2026": the label's translation in its cell, then the value
    if len(cells_after) > 1 and not match.generic and _label_tail(cells_after[0]):
        # "Startdatum plaatsing   01.11.25": the label's own words in small letters, then its value;
        # after a generic label they say what else the value is of ("Datum inschrijving")
        return cells_after[1]
    if len(cells_after) > 1 and kind in KINDS and _noted_label_cell(cells_after[0], kind):
        return cells_after[1]
    return cells_after[0] if cells_after else []


def _noted_label_cell(words: list[Word], kind: str) -> bool:
    """Whether a cell after a label ends with a note in brackets and holds no value of `kind`
    outside it: the label's words go on in it ("bij ingang (inclusief € 30,00 servicekosten)")."""
    text = " ".join(w.text for w in words)
    if not text.rstrip(" .:").endswith(")") or "(" not in text:
        return False
    return KINDS[kind].read(re.sub(r"\([^()]*\)", " ", text)) is None


_DATED_KINDS = ("date", "birth_date")
_OWN_VALUE_CHARACTERS = 4
_OWN_VALUE_DIGITS = 2
"""A cell after a date's label holding this many letters and digits or more, digits among
them, is the label's date as printed ("O2-Sep-2O26"): when it does not read as a date, the
label has none to give, and none is taken from the lines under it (another row's). Fewer are
a speck; words alone are the header's other labels ("Datum  Naam casemanager  Handtekening")."""


def _value_goes_on(match: LabelMatch, words: list[Word]) -> list[Word] | None:
    """The line under a value that goes on under itself: an address cell's second line
    ("Dorpspark 12-2" over "1948TX Beverwijk"), which starts where the value starts, close
    under it, with nothing left of it and no label of its own; None when there is none."""
    page, index = match.page, match.index + 1
    if index >= len(page.lines):
        return None
    line, height = page.lines[index], _height(match.line)
    if abs(line.words[0].bbox[0] - words[0].bbox[0]) > height / 2 or line.bbox[1] - match.line.bbox[3] > height:
        return None
    if starts_with_label(page, index):
        return None
    return list(line.words)


def _cells_of(words: list[Word], gap: float) -> list[list[Word]]:
    """The words in cells: a gap wider than `gap` starts the next."""
    found: list[list[Word]] = []
    for word in words:
        if found and word.bbox[0] - found[-1][-1].bbox[2] <= gap:
            found[-1].append(word)
        else:
            found.append([word])
    return found


def _label_tail(words: list[Word]) -> bool:
    """Whether a cell is a label's last words in small letters ("plaatsing" of "Startdatum
    plaatsing"): at most two words of letters, none capitalised."""
    return len(words) <= 2 and all(re.fullmatch(r"[a-zß-ÿ]+", w.text) for w in words)


NOTE_WORDS = 4
"""The most words of a bracketed note a label carries before its value ("(voluit)",
"(verhuurder kamer)"): a longer bracket is the value's own."""


def _height(line: Line) -> float:
    return max(line.bbox[3] - line.bbox[1], 4.0)


def _column(match: LabelMatch) -> tuple[float, float] | None:
    """The x-range of the label's column when more stands right of it on its line (the
    label heads a column of a table: its value is under it, left of what stands next),
    else None."""
    line = match.line
    rest = [w for w in line.words[match.end :] if not _LEADER.match(w.text)]
    if rest and rest[0].text.startswith("("):
        closing = next((i for i, w in enumerate(rest[:NOTE_WORDS]) if w.text.rstrip(":").endswith(")")), None)
        if closing is not None:
            rest = rest[closing + 1 :]  # "Verhuurder (hoofdbewoner)   Huurder ...": the label's note is the label's
    if not rest and match.start > 0 and match.x0 - line.words[match.start - 1].bbox[2] >= CELL_GAP:
        # the last of the line's cells, another cell left of it: the right one of two party columns
        # ("HOOFDHUURDER  ONDERHUURDER" over "Naam S. Maduro  Naam Abena Boateng"), its column the rest of the page
        return match.x0 - 6.0, match.page.width
    if not rest or rest[0].text == "/":
        return None  # nothing right of it, or its English after a slash: no column's head
    return match.x0 - 6.0, rest[0].bbox[0] - 3.0


def _note_of_label(match: LabelMatch) -> bool:
    """Whether the label is the bracketed note of a label before it: "Huurder (kamerbewoner)"."""
    return match.line.words[match.start].text.startswith("(") and any(
        end == match.start for _, end in labels_on_line(match.page, match.index)
    )


def _after_row_label(words: list[Word], kind: str) -> list[Word] | None:
    """The words after a plain row label (`labels.section_rows`: "Naam") that opens
    `words`, [] for a row of another label ("E-mail", "Telefoon"), None when `words` open
    with no label (a value under its column's head)."""
    folded = [fold(w.text) for w in words]
    for wording in section_rows(kind):
        target, count = _folded_wording(wording)
        if count and "".join(folded[:count]) == target:
            rest = words[count:]
            while rest and _LEADER.match(rest[0].text):
                rest.pop(0)
            return rest
    if words and folded[0] and is_label(words[0].text):
        return []
    return None


def _in_heading_column(match: LabelMatch, line: Line, kind: str) -> list[Word] | None:
    """The words after the row label in the label's column, when the label heads one of
    the cells of its line ("Verhuurder (hoofdbewoner)   Huurder (kamerbewoner)") and the
    row repeats its label in each ("Naam Fadumo Warsame   Naam Grzegorz Wiśniewska")."""
    heads = cells(match.line)
    own = next((i for i, c in enumerate(heads) if c.words[0].bbox[0] <= match.x0 + 1 and match.x0 < c.words[-1].bbox[2]), None)
    if own is None or len(heads) < 2:
        return None
    left = heads[own].words[0].bbox[0] - 6.0
    right = heads[own + 1].words[0].bbox[0] - 3.0 if own + 1 < len(heads) else float("inf")
    words = [w for w in line.words if left <= (w.bbox[0] + w.bbox[2]) / 2 <= right]
    return _after_row_label(words, kind) or None


def _section_row(page: Page, index: int, kind: str) -> list[Word] | None:
    """The words after a plain row label ("Naam") that opens line `index`, when such a
    row may stand under a section heading for a value of `kind` (`labels.section_rows`)."""
    for wording in section_rows(kind):
        for start, end, _likeness in find_label(page, index, wording):
            first = next(i for i, w in enumerate(page.lines[index].words) if fold(w.text))
            if start == first:
                words = list(page.lines[index].words[end:])
                while words and _LEADER.match(words[0].text):
                    words.pop(0)
                if words and _next_head(page, index, words, kind):
                    return _under_head(page, index, start, words[0])
                if not words and index + 1 < len(page.lines) and not starts_with_label(page, index + 1):
                    return _under_head(page, index, start, None)  # "Naam" over "Truus Vos": an app's rows
                return words or None
    return None


def _next_head(page: Page, index: int, words: list[Word], kind: str) -> bool:
    """Whether `words`, the rest of a row after its row label, are the next column's head:
    a label as printed ("geboortedatum"), or one OCR slipped in ("geboonedatum") that
    stands where a label of the table starts and reads as no value of `kind`."""
    text = " ".join(w.text for w in words)
    if is_label(text):
        return True
    at = len(page.lines[index].words) - len(words)
    return any(start == at for start, _ in labels_on_line(page, index)) and KINDS[kind].read(text) is None


def _under_head(page: Page, index: int, start: int, next_head: Word | None) -> list[Word] | None:
    """The value under a row of column heads that a section opens with ("Zorgvrager" over
    "naam  geboortedatum" over "Aydın, Erdoğan  24.12.1988"): the next line's words in the
    first head's column, up to where the next head's column begins (with no next head, a
    row label alone on its line: "Huurder" over "Naam" over "Truus Vos")."""
    if index + 1 >= len(page.lines):
        return None
    left = page.lines[index].words[start].bbox[0] - 3.0
    right = next_head.bbox[0] - 3.0 if next_head is not None else math.inf
    words = [w for w in page.lines[index + 1].words if left <= w.bbox[0] and w.bbox[2] <= right]
    return words or None


def _heads_section(match: LabelMatch) -> bool:
    """Whether the label is a section's heading: alone on its line but for the section's
    number and punctuation ("1. Huurder", "B  Huurder:")."""
    words = match.line.words
    rest = [w.text for i, w in enumerate(words) if i not in range(match.start, match.end)]
    return all(not fold(t) or re.fullmatch(r"[\dA-Za-z]{1,2}[.)]?|[IVX]{1,4}[.)]?", t) for t in rest) and match.start <= 1


def _section_row_below(match: LabelMatch, kind: str) -> list[Word] | None:
    """The value of the first plain row under a section heading ("Naam ..."), if the line
    right under the heading is such a row."""
    index = match.index + 1
    if index >= len(match.page.lines):
        return None
    return _section_row(match.page, index, kind)


def _runs_on(match: LabelMatch) -> bool:
    """Whether the label's line runs on after it at a word's spacing: a sentence that
    happens to begin with the label's word ("hoofdhuurder met de corporatie, ..."), not a
    label heading a cell or a column."""
    rest = [w for w in match.line.words[match.end :] if not _LEADER.match(w.text)]
    if rest and rest[0].text == "/":
        return False  # "Adres van de kamer / Address of the room": a bilingual label goes on in English
    label_end = match.line.words[match.end - 1].bbox[2]
    if rest and rest[0].text.startswith("(") and (closing := next((i for i, w in enumerate(rest[:NOTE_WORDS]) if w.text.rstrip(":").endswith(")")), None)) is not None:
        label_end, rest = rest[closing].bbox[2], rest[closing + 1 :]  # "HOOFDHUURDER (VERHUURT DE KAMER)   ONDERHUURDER ...": the note is the label's
    return bool(rest) and rest[0].bbox[0] - label_end < CELL_GAP and len(rest) >= 3


def _below(match: LabelMatch, kind: str) -> Iterator[list[Word]]:
    """The words under the label, line by line: in its column, or at and right of its start."""
    if _runs_on(match):
        return
    page, column = match.page, _column(match)
    found = 0
    for index in range(match.index + 1, min(match.index + 1 + BELOW_SCAN, len(page.lines))):
        line = page.lines[index]
        if column:
            words = [w for w in line.words if column[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= column[1]]
            if (row := _after_row_label(words, kind)) is not None:
                if row:
                    yield row  # a party's column: "Verhuurder (hoofdbewoner)" over "Naam  Fadumo Warsame"
                    found += 1
                if found >= BELOW_LINES:
                    return
                continue
        else:
            row = _section_row(page, index, kind)
            if row:
                # "Gegevens mantelzorger", then "Naam  Anneke van der Heijden"; under a heading of
                # one of two party columns, the row's part in the heading's column
                yield _in_heading_column(match, line, kind) or row
                return
            first = next((i for i, w in enumerate(line.words) if w.bbox[2] > _left_of_answer(match) - 2), None)
            if first and _paragraph_under_heading(match, line, first):
                # "Artikel 3 Huurprijs" over "De onderhuurder betaalt ... € 480,00 per maand": the
                # heading's sentence may hold the value; the lines after it are other headings'
                yield list(line.words[first:])
                return
            if first != 0:
                # a line that starts in a column of the page left of the label's (a folder's text
                # beside its tear-off strip: "huisbewaarder. U heeft ..." under "Naam huisbewaarder"):
                # its words from the label's column on, unless a label starts them
                if first is not None and any(start == first for start, _ in labels_on_line(page, index)):
                    return
                words = list(line.words[first:]) if first is not None else []
            elif starts_with_label(page, index):  # a plain row label ("Full name") or any field's label
                return  # the next row's own label: this one's value was left empty
            else:
                words = list(line.words)
        if words:
            if kind == "names" and (more := _more_names(page, index, words[0].bbox[0])):
                words = words + more  # one holder a line under the label
            yield words
            if kind not in _NUMBER_KINDS or any(c.isdigit() for w in words for c in w.text):
                found += 1  # a header's second row ("box 1 | box 2", "werk en woning") holds no number to read
        elif index - match.index > BELOW_LINES and not (_heads_a_table(match) and _in_header_rows(page, match.index, index)):
            return  # an empty line in the column, not a header's second row: no value under the label
        if found >= BELOW_LINES:
            return


_QUESTION_WORDS = re.compile(r"^[\W_]*(?:\d{1,2}[.)]?\s+)?(?:wat|wie|wanneer|waar|hoeveel|hoe|welke?|heeft|bent|is|what|who|when|where|how)\b", re.IGNORECASE)


def _left_of_answer(match: LabelMatch) -> float:
    """Where an answer under the label may start: the label's start, or its question's
    when the label ends a question of the line ("Wat is uw naam?" over "Fatma Doğan": the
    answer stands under the question, left of "uw naam")."""
    words = match.line.words
    if match.start and _QUESTION_WORDS.match(words[0].text) and words[-1].text.endswith("?"):
        return words[0].bbox[0]
    return match.x0


def _paragraph_under_heading(match: LabelMatch, line: Line, first: int) -> bool:
    """Whether the line under a label that does not start its cell ("Artikel 3 - Plaats
    van tewerkstelling") is the heading's paragraph: it starts where the heading's cell
    starts and runs on into the label's column at a word's spacing. Its words under the
    label are the middle of a sentence ("van tewerkstelling is Brugge.", "hoofdhuurder
    € 480,00 per maand"), and the lines after it belong to other headings ("Artikel 4 -
    Loon"), never a value of this label."""
    words = match.line.words
    start = match.start
    while start and words[start].bbox[0] - words[start - 1].bbox[2] < CELL_GAP:
        start -= 1
    if start == match.start:
        return False  # the label starts its cell: a column of the page left of it is another's
    return (
        abs(line.words[0].bbox[0] - words[start].bbox[0]) <= _height(match.line)
        and line.words[first].bbox[0] - line.words[first - 1].bbox[2] < CELL_GAP
    )


_NUMBER_KINDS = frozenset({"amount", "year"})
"""Kinds whose value is a figure of a table's row ("Jaar" and "Verzamelinkomen" over
"box 1 | box 2" over "2024 | € 35.874,01"): a line under the label without a digit is a
header's row, not the row of values. Not dates: a date further down is as likely the
first of a list of transactions as the label's own."""
BELOW_SCAN = 8
"""Lines under a label looked through for its value past the rows of a two-row header
("Belastbaar inkomen" over "box 1 | box 2 | box 3"), whose other columns hold words and
the label's own column none."""


def _heads_a_table(match: LabelMatch) -> bool:
    """Whether the label heads a table's column: a capitalised word in a row of other
    words (a caption under a box is small lower case, `_above`)."""
    words = match.line.words
    return words[match.start].text[:1].isupper() and len(words) > match.end - match.start


def _in_header_rows(page: Page, first: int, index: int) -> bool:
    """Whether the lines first..index (a label's line and the lines under it with nothing
    in its column) are a header's rows: no digit on any of them."""
    return not any(re.search(r"\d{2}", page.lines[i].text) for i in range(first, index + 1))


def _part_of_longer_label(match: LabelMatch, doc_type: str) -> bool:
    """Whether the label is part of a longer label ("Naam" of "Naam zorgvrager"). A generic
    label ("Datum" of "Datum aanvang") is part of any doc type's longer wording; a specific
    one only of its own doc type's: another type's wording ("huisnummer toevoeging" of a
    BRP extract over a sublet form's captions "huisnummer | toevoeging") hides it not."""
    return any(
        start <= match.start and end >= match.end and end - start > match.end - match.start
        for start, end in labels_on_line(match.page, match.index, None if match.generic else doc_type)
    )


def _candidates(match: LabelMatch, doc_type: str, kind: str) -> Iterator[tuple[list[Word], bool]]:
    """Places the value may stand, each with whether it is a cell of its own (beside or
    under the label), where free text must fill the cell: a name under "Onderhuurder" is
    the whole line, never the first word of the article below ("Artikel 1 ...")."""
    if (caption := _captioned(match)) is not None:
        if caption:
            yield caption, True  # a model form's blank filled in: "5-B (huisnummer), 3907GK (postcode)"
        return
    if _ends_its_line(match) and _in_right_label_column(match, doc_type):
        if words := _before_label(match):
            yield words, True  # "Khaled Al Hassan   naam werknemer": the value is the cell left of the label
        return
    if not match.in_label_position and (stated := _stated(match)):
        yield stated, False  # "De plaats van tewerkstelling is Brugge.": a sentence states the value
        return
    heads_a_row = bool(words := _after_label(match, doc_type, kind)) and not _known_value(words, kind) and _heads_a_row_of_values(match, words)
    if heads_a_row:
        words = []  # "Razón social   CIF" over "Escuela de Idiomas S.L.   B03745777": the next column's head, the value under the label
    if words:
        text = " ".join(w.text for w in words)
        if kind in _DATED_KINDS and _printed_value(text) and KINDS[kind].read(text) is None:
            return  # "Einddatum  O2-Sep-2O26" unreadable: another row's date under it is not this one
        if kind == "names" and (more := _names_under(match, words)):
            yield words + more, False  # "Account holders  M. Farah" over "H. Farah": one holder a line
        yield words, False
        if kind == "postcode" and (more := _value_goes_on(match, words)):
            yield words + more, False  # "Adres van de kamer  Dorpspark 12-2" over "1948TX Beverwijk"
    if kind == "names" and (listed := _numbered_list(match)):
        yield listed, True  # "Rekeninghouders" over "1. Tesfamariam, Senait" and "2. Tesfamariam, Tesfay"
    if words := _above(match, kind):
        yield words, True  # a box's value over its caption: "14.7.2026" over "ingangsdatum"
    if _asks(match) and (answer := _answer(match)) and not (kind in ("date", "birth_date") and _dates_in(answer) > 1):
        yield answer, True  # a period's two dates answer "from when until when": the period's reader knows which is which  # "13. Welke vergoeding betaalt de huisbewaarder u per maand?" over "€ 350,-"
    if (translated := _beside_translation(match, doc_type, kind)) is not None:
        yield translated, True  # "Naam huurder" over "Nome do inquilino      Oğuz Doğan": the value beside the caption's second language
    beside = line_beside(match.page, match.index)
    if beside is not None and not _runs_on(match):
        yield list(beside.words), True
    if not match.generic or heads_a_row and kind in _ONE_PER_RECORD or _in_header_row(match, doc_type):
        # "Datum" over a table of transactions heads their dates, not the statement's; but in a
        # row of the doc type's own labels ("Rekeninghouder | IBAN | Datum") it heads the statement's
        for words in _below(match, kind):
            yield words, True
            if kind in _DATED_KINDS and _unread_own_date(" ".join(w.text for w in words)):
                return  # "Datum overzicht" over "7..2026": its date unread, the period's "1.6.2026" under it is another's
    elif _heads_section(match) and (row := _section_row_below(match, kind)):
        yield row, True  # "1. Huurder" over "Naam  Samira Kaddouri": a section of the form, its rows the label's
    elif (lone := _lone_value_under(match, kind)) is not None:
        yield lone, True  # a sidebar's "Datum" over "01-10-2026", nothing of its kind under that: a caption, no column's head


def _known_value(words: list[Word], kind: str) -> bool:
    """Whether a cell after a label is, by more than its look, a value of `kind`: one a pattern
    or checksum vouches for (a date, an amount), a town or municipality the lexicon knows
    ("Stageplaats   Zeewolde"), a name holding a name the lexicon knows, an organisation by
    its words or its legal form. Such a cell is the label's value, never the next column's head."""
    text = " ".join(w.text for w in words)
    if kind not in KINDS:
        return False
    read = KINDS[kind].read(text)
    if read is None:
        return False
    if not KINDS[kind].free_text:
        return True
    if kind in ("town", "municipality"):
        return len(read) > 2 and bool(read[2])
    if kind in ("name", "names"):
        return any(lexicon.is_known_name_word(w) for w in re.findall(r"[^\W\d_]{2,}", text))
    if kind == "organisation":
        return lexicon.is_organisation(text) or bool(re.search(rf"(?:^|\s){lexicon.legal_form_regex()}$", text.strip()))
    return False


_ONE_PER_RECORD = ("name", "organisation")
"""Kinds a generic label heading a column gives one value of ("Nombre y apellidos" over a
person's name): a generic "Datum" heading a column heads a table's many rows (transactions)."""


HEAD_WORDS = 3
"""The most words of a column's head beside a label in a row of heads ("Fecha de nacimiento")."""


def _heads_a_row_of_values(match: LabelMatch, words: list[Word]) -> bool:
    """Whether the label and the cell after it are heads of a table's columns over a row of
    their values ("Razón social   CIF" over "Escuela de Idiomas Sol y Mar S.L.   B03745777";
    "Nombre y apellidos   NIE" over "Anneke van IJssel   X1791279J"): the cell stands apart,
    short and without digits, with no colon after the label; the line right under it is no
    label's row and has a word starting under the label and one under the cell. A label's
    row under another ("Werkgever   Jansen BV" over "Plaats   Utrecht", "2 Burgerservicenummer  456 904 761")
    holds a label."""
    line, page = match.line, match.page
    last = line.words[match.end - 1]
    if any(w.text.endswith(":") for w in line.words[match.start : match.end]) or words[0].bbox[0] - last.bbox[2] < CELL_GAP:
        return False  # "Werkgever: (detacheerder)   Randstad": a label and its value
    if any(_LEADER.match(w.text) for w in words):
        return False
    if len(words) > HEAD_WORDS or any(re.search(r"\d", w.text) for w in words) or match.index + 1 >= len(page.lines):
        return False
    below, height = page.lines[match.index + 1], _height(line)
    if below.bbox[1] - line.bbox[3] > 1.5 * height or starts_with_label(page, match.index + 1) or labels_on_line(page, match.index + 1):
        return False  # "2 Burgerservicenummer  456 904 761": the next numbered row of labels and values
    if any(w.text.endswith(":") for w in below.words):
        return False  # "Opdrachtgever (inlener) :  Tandartspraktijk Oost": a row of a label the table does not know, and its value
    starts = [w.bbox[0] for w in below.words]
    return any(abs(x - match.x0) <= height for x in starts) and any(abs(x - words[0].bbox[0]) <= height for x in starts)


def _printed_value(text: str) -> bool:
    """Whether a cell holds a value as printed: `_OWN_VALUE_CHARACTERS` letters and digits or
    more, `_OWN_VALUE_DIGITS` digits among them."""
    return len(re.findall(r"[^\W_]", text)) >= _OWN_VALUE_CHARACTERS and len(re.findall(r"\d", text)) >= _OWN_VALUE_DIGITS


def _unread_own_date(text: str) -> bool:
    """Whether a cell is a date as printed that does not read as one ("7..2026"): a value as
    printed (`_printed_value`) with a year's four digits and no more digits than a date has."""
    return (_printed_value(text) and len(re.findall(r"\d", text)) <= 8
            and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) is not None and KINDS["date"].read(text) is None)


def _beside_translation(match: LabelMatch, doc_type: str, kind: str) -> list[Word] | None:
    """The value beside a label's translation: a bilingual form's caption cell holds the
    label over its translation ("Naam huurder" over "Nome do inquilino") and the value in
    the next cell, beside the translation's line. The label is alone on its line; the line
    under it starts under the label with a cell of words that is no value of `kind` and holds
    no digit (on a scan, the pale translation may read as specks), and a cell gap later, right
    of where the label ends, holds the value."""
    page, line = match.page, match.line
    before, after = line.words[: match.start], line.words[match.end:]
    if any(len(w.text) > 2 and any(c.isalpha() for c in w.text) for w in before) or (after and not after[0].text.startswith("/")):
        return None  # the label alone, after its row's number at most ("2 Arbeidstaker"), or with its own translation ("/ virksomhet")
    if match.index + 1 >= len(page.lines):
        return None
    lower = page.lines[match.index + 1]
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    if not -height / 2 <= lower.bbox[1] - line.bbox[3] <= height:
        return None
    parts = cells(lower)
    label_x1 = line.words[match.end - 1].bbox[2]
    caption = [w for part in parts if part.words[0].bbox[0] <= label_x1 for w in part.words]
    value = [w for part in parts if part.words[0].bbox[0] > label_x1 for w in part.words]
    if not caption or not value or not line.words[0].bbox[0] - height / 2 <= caption[0].bbox[0]:
        return None  # the translation starts under the label; the value right of where the label ends
    text = " ".join(w.text for w in caption)
    specks = sum(w.confidence for w in caption) / len(caption) < _SPECKS_CONFIDENCE
    if any(c.isdigit() for c in text) or (KINDS[kind].read(text) is not None and not specks):
        return None
    if is_label(text) and not _translates(text, match, doc_type):
        return None  # "Naam huurder" (its value left empty) over "Naam huisbewaarder   Rob Tol": the next row's label and value
    return value


def _translates(text: str, match: LabelMatch, doc_type: str) -> bool:
    """Whether a caption that is a label is one of the same field's wordings ("Employee" under
    "Arbeidstaker"), or of none: another field's label is the next row's, no translation."""
    own = next((f for f in table().get(doc_type, {}).values() if match.wording in f.labels + f.generic), None)
    if own is None:
        return False
    wordings = {fold(w) for w in own.labels + own.generic}
    return any(fold(part) in wordings for part in re.split(r"[/|·]", text) if fold(part))


_SPECKS_CONFIDENCE = 0.4
"""Below this mean word confidence a cell OCR read is specks (a pale caption's), whatever it
spells ("Bn HE" for "Employee"): no value of its own."""


def _lone_value_under(match: LabelMatch, kind: str) -> list[Word] | None:
    """The value right under a generic label alone on its line when it is a cell of one value
    of `kind` and the line under it holds no other value of that kind where it starts: a
    caption over its value ("Datum" over "01-10-2026" in a letter's sidebar), never the head of
    a column of dates (a table's "Datum" over its transactions' days)."""
    page, line = match.page, match.line
    if match.start != 0 or match.end != len(line.words) or match.index + 1 >= len(page.lines):
        return None
    x0, x1 = line.words[0].bbox[0], line.words[-1].bbox[2]
    height = max(line.bbox[3] - line.bbox[1], 1.0)

    def cell_under(upper: Line, lower: Line) -> list[Word] | None:
        if not 0 <= lower.bbox[1] - upper.bbox[3] <= height:
            return None
        cell = next((c for c in cells(lower) if c.words[0].bbox[0] < x1 and c.words[-1].bbox[2] > x0 - 2), None)
        if cell is None or KINDS[kind].read(cell.text) is None:
            return None
        return list(cell.words)

    under = cell_under(line, page.lines[match.index + 1])
    if under is None or (match.index + 2 < len(page.lines) and cell_under(page.lines[match.index + 1], page.lines[match.index + 2])):
        return None
    return under


def _captioned(match: LabelMatch) -> list[Word] | None:
    """The value a label in brackets captions: the words before it, back to the previous
    caption or comma, or at the end of the line above when the caption starts its line
    ("Sint Annastraat (straat) 5-B" over "(huisnummer), 3907GK (postcode)"); None when
    the label is not in brackets or qualifies another label ("Verhuurder (hoofdbewoner)"),
    [] when nothing stands before it."""
    words = match.line.words
    if not (words[match.start].text.startswith("(") and words[match.end - 1].text.rstrip(",.;:").endswith(")")):
        return None
    if _captions(match.page) < CAPTIONED_BLANKS:
        return None  # "Inkomen (verzamelinkomen) EUR 50.364": a label's other name, its value after it
    before: list[Word] = []
    for word in reversed(words[: match.start]):
        if word.text.rstrip(",.;:").endswith(")") or word.text.endswith((",", ";", ":")):
            break
        before.insert(0, word)
    if not before and match.start == 0 and match.index > 0:  # the caption starts its line: the blank ends the line above
        for word in reversed(match.page.lines[match.index - 1].words):
            if word.text.rstrip(",.;:").endswith(")") or word.text.endswith((",", ";", ":")):
                break
            before.insert(0, word)
    if before and is_label(" ".join(w.text for w in before)):
        return None  # "Verhuurder (hoofdbewoner)": a heading qualified, its value elsewhere
    return before


CAPTIONED_BLANKS = 3
"""Labels in brackets on a page, at least, that make it a model form whose blanks are
captioned after they were filled in ("(naam hoofdhuurder)", "(straat)", "(datum)")."""


def _captions(page: Page) -> int:
    """How many bracketed labels the page prints, worked out once per page."""
    cache = page.__dict__.setdefault("_captions", [])
    if not cache:
        cache.append(sum(1 for m in re.finditer(r"\(([^()\n]{2,40})\)", page.text) if is_label(m.group(1))))
    return cache[0]


RIGHT_LABEL_LINES = 3
"""Lines whose label stands right of its value, at one x, that make a page a form with its
labels in a column to the right (a deed of appointment: "1 OKTOBER 2025   ingangsdatum")."""
RIGHT_LABEL_TOLERANCE = 6.0
"""Points a label's start may stray from its column's."""
_NOTE = re.compile(r"^\s*(?:\([^)]*\)?|[^\W\d_A-Z][^\d]*)?\s*$")
"""What may follow a label that ends its line: a bracketed note ("(school, plaats)") or the
label's own words in small letters ("deze benoeming"), never a value."""


def _ends_its_line(match: LabelMatch) -> bool:
    """Whether the label stands after a cell's gap and nothing but a note follows it."""
    words = match.line.words
    if match.start == 0 or words[match.start].bbox[0] - words[match.start - 1].bbox[2] < CELL_GAP:
        return False
    return bool(_NOTE.match(" ".join(w.text for w in words[match.end :])))


def labels_right_of_values(page: Page, doc_type: str) -> tuple[float | None, float | None]:
    """Where a column of the doc type's labels stands right of their values, each the last
    cell of its line: (the x its labels start at, the x they end at), each None unless
    `RIGHT_LABEL_LINES` lines agree on it (a column is aligned left or right). A form with
    two columns of label and value ("Naam ...   Geboortedatum ...") has values after its
    second labels and no such column. Worked out once per page and doc type."""
    cache = page.__dict__.setdefault("_labels_right", {})
    if doc_type not in cache:
        starts, ends = [], []
        for index, line in enumerate(page.lines):
            spans = labels_on_line(page, index, doc_type)
            if spans and spans[0][0] == 0:
                continue  # a row that starts with its label: labels left of values
            for start, end in spans:
                if _ends_its_line(LabelMatch(page, index, start, end, 1.0, False, "", True)) and not _value_under(page, index, line.words[start], doc_type):
                    starts.append(line.words[start].bbox[0])
                    ends.append(line.words[-1].bbox[2])
        cache[doc_type] = (_aligned(starts), _aligned(ends))
    return cache[doc_type]


def _value_under(page: Page, index: int, label: Word, doc_type: str) -> bool:
    """Whether the first line below with words right of the label's start holds, where
    the label starts, a word that is no label: the label heads its value in a column of the
    page ("Naam huurder" over "Arie Hendriks" in a folder's tear-off strip, beside two
    columns of text whose lines fall between), not a label right of its value, under which
    the next label stands."""
    for below_index in range(index + 1, min(index + 3, len(page.lines))):
        below = page.lines[below_index]
        if not any(w.bbox[2] > label.bbox[0] for w in below.words):
            continue  # a line of the columns left of the label's only
        at = next((i for i, w in enumerate(below.words) if abs(w.bbox[0] - label.bbox[0]) <= RIGHT_LABEL_TOLERANCE), None)
        return at is not None and not any(start == at for start, _ in labels_on_line(page, below_index, doc_type))
    return False


def _aligned(xs: list[float]) -> float | None:
    return next((x for x in sorted(xs) if sum(abs(other - x) <= RIGHT_LABEL_TOLERANCE for other in xs) >= RIGHT_LABEL_LINES), None)


def _in_right_label_column(match: LabelMatch, doc_type: str) -> bool:
    start, end = labels_right_of_values(match.page, doc_type)
    return (start is not None and abs(match.x0 - start) <= RIGHT_LABEL_TOLERANCE) or (
        end is not None and abs(match.line.words[-1].bbox[2] - end) <= RIGHT_LABEL_TOLERANCE
    )


def _before_label(match: LabelMatch) -> list[Word]:
    """The cell left of the label, and the lines under it that carry it on left of the
    label with no label of their own ("... Onderwijs Midden-" over "Nederland")."""
    line = match.line
    words = list(line.words[: match.start])
    cell = next((c for c in reversed(cells(Line(words=tuple(words)))) if c.words), None) if words else None
    if cell is None:
        return []
    found = list(cell.words)
    if match.x0 - found[-1].bbox[2] < CELL_GAP:
        return []  # "DATOS DEL TRABAJADOR/A": a heading's own words run into the label, no cell of their own
    left = found[0].bbox[0] - RIGHT_LABEL_TOLERANCE
    page = match.page
    for index in range(match.index + 1, min(match.index + 3, len(page.lines))):
        below = page.lines[index]
        if labels_on_line(page, index) or not below.words or below.words[0].bbox[0] < left:
            break
        if any(w.bbox[2] > match.x0 - CELL_GAP / 2 for w in below.words):
            break
        found.extend(below.words)
    return found


def _names_under(match: LabelMatch, words: list[Word]) -> list[Word]:
    """The lines under a names value that each hold one more name, starting where the
    value starts and holding nothing else (no label, no other cell): "Rekeninghouders
    J. de Boer" over "K. Smit". Each is joined with " en " so the names stay apart."""
    return _more_names(match.page, match.index, words[0].bbox[0])


def _more_names(page: Page, above: int, x0: float) -> list[Word]:
    """`_names_under` the line `above`, for a value that starts at `x0`: "Tenaamstelling"
    over "Dorota Nowak" over "Mohammed Ait Taleb", the second under the first. A column
    right of the names (a statement's balances beside its holders) is passed over: a line
    of it alone between two names, or its cell beside a name."""
    found: list[Word] = []
    start = cell_at(page.lines[above], x0, RIGHT_LABEL_TOLERANCE)
    right = start.bbox[2] if start is not None else x0  # where the names' column ends, as far as the line above shows
    for index in range(above + 1, min(above + 1 + LISTED_NAMES, len(page.lines))):
        line = page.lines[index]
        if line.words[0].bbox[0] > right + CELL_GAP:
            continue  # "Saldo 01-08-2026: € 2.259,07" in a column right of the names, read between them
        parts = cells(line)
        if len(parts) > 1 and abs(parts[0].words[0].bbox[0] - x0) <= RIGHT_LABEL_TOLERANCE and parts[1].words[0].bbox[0] > right + CELL_GAP:
            line = parts[0]  # "Malika Mansouri      Saldo 31-08-2026: € 298,53": the name's cell, a column beside it
        elif abs(line.words[0].bbox[0] - x0) > RIGHT_LABEL_TOLERANCE or labels_on_line(page, index) or len(parts) > 1:
            break
        if is_label(line.text):
            break
        name = take_name(tidy(line.text))
        if name is None or len(name) < 0.8 * len(tidy(line.text)) or _a_word(name):
            break
        found.append(Word(text="en", bbox=line.words[0].bbox, confidence=1.0))
        found.extend(line.words)
    return found


_LIST_NUMBER = re.compile(r"^\W{0,2}(\d{1,2})[.)]\s")
LISTED_NAMES = 6
"""The most names a numbered list under a label holds (account holders, tenants)."""


def _numbered_list(match: LabelMatch) -> list[Word] | None:
    """The lines of a numbered list under the label ("1. ...", "2. ..."), one after the
    other; a line that is only a label between (a bilingual "Account holders") is passed."""
    page, lines, expected = match.page, [], 1
    column = _column(match)  # "Rekeninghouders | IBAN": the list is in the label's column
    for index in range(match.index + 1, min(match.index + 1 + 2 * LISTED_NAMES, len(page.lines))):
        line = page.lines[index]
        if column:
            line = Line(words=tuple(w for w in line.words if column[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= column[1]))
        number = _LIST_NUMBER.match(line.text)
        if number is None:
            if not lines and is_label(line.text):
                continue
            break
        if int(number.group(1)) != expected:
            break
        lines.append(line)
        expected += 1
        if expected > LISTED_NAMES:
            break
    return [word for line in lines for word in line.words] if len(lines) >= 2 else None


CAPTION_SCALE = 1.15
"""How much larger than its caption a box's value is printed, at least (a form's captions
under its boxes are small print: 7-8 points under 10-11)."""


def _above(match: LabelMatch, kind: str) -> list[Word] | None:
    """The value a caption stands under: a form that prints its labels in small lower-case
    type under the boxes ("€ 450,00 | 14.7.2026" over "huurprijs per maand | ingangsdatum").
    The words of the line just above that start in the caption's column, printed larger
    than the caption; None for a label in capitals or as large as what stands above it
    (a table's header, a section's heading), or with a value of `kind` right under it (a
    form that prints its labels over the values, small as captions are)."""
    if match.index == 0 or not match.in_label_position:
        return None
    if not match.line.words[match.start].text[:1].islower() and (
        not all(is_label(cell.text) for cell in cells(match.line))
        or starts_with_label(match.page, match.index - 1)
        or is_label_wording(match.page.lines[match.index - 1].words[0].text.strip(":"))
    ):
        # "Deze gegevens zijn verstrekt op grond van ...": words of a sentence caption nothing; a row of
        # captions does, unless the line above opens with a label of its own ("Name Canada Feeder Lines
        # B.V." over "Naam": a bilingual form's translation under its label, not a caption)
        return None
    page = match.page
    caption = max(w.bbox[3] - w.bbox[1] for w in match.line.words[match.start : match.end])
    above = page.lines[match.index - 1]
    if match.line.bbox[1] - above.bbox[3] > 2.5 * caption:
        return None
    left, right = _column(match) or (match.x0 - 6.0, page.width)
    words = [w for w in above.words if left <= w.bbox[0] < right]
    if not words or max(w.bbox[3] - w.bbox[1] for w in words) < CAPTION_SCALE * caption:
        return None
    if match.index + 1 < len(page.lines):
        below = page.lines[match.index + 1]
        under = [w for w in below.words if left <= w.bbox[0] < right]
        if under and below.bbox[1] - match.line.bbox[3] <= 2.5 * caption and KINDS[kind].read(" ".join(w.text for w in under)) is not None:
            return None  # a value of its kind right under it too: a label over its value ("tot en met" over "06-04-2027")
    return words


_COPULA = re.compile(r"(?i)^(?:is|zijn|bedraagt|bedragen|luidt)$")


def _stated(match: LabelMatch) -> list[Word] | None:
    """The words a sentence states as the label's value: the label, then "is", "bedraagt"
    or "luidt", then the value ("De plaats van tewerkstelling is Brugge."); None when no
    such verb follows the label. A town, a name or an organisation must start right after
    the verb, capitalised: "is gewijzigd" or "is in overleg" reads as none."""
    words = match.line.words[match.end :]
    if len(words) < 2 or not _COPULA.match(words[0].text):
        return None
    stated = list(words[1:])
    end = next((i + 1 for i, w in enumerate(stated[:-1]) if _SENTENCE_END.search(w.text)), len(stated))
    return stated[:end]  # "is Vigo, Spanje. De plaats van aanwerving is Zwolle.": the sentence ends the value


_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?]$|[a-z]{2}[.!?]$")
"""A word that ends a sentence: a word of three letters or more, or one ending in lower
case, then its stop ("Spanje."); an initial or a legal form ("J.", "B.V.") goes on."""


_QUESTION_END = re.compile(r"\?\s*(?:\([^)]*\)?\s*)?$")
"""A question's end: its mark, maybe with an instruction in brackets after it that may wrap
onto the next line ("per maand? (vul 0 in als er geen" / "vergoeding is)")."""


def _asks(match: LabelMatch) -> bool:
    """Whether the label stands in a form's question: its line ends in a question mark
    ("8. Wat is de naam van de huisbewaarder?"), or in one and its bracketed instruction,
    and the answer is the line under it."""
    return bool(_QUESTION_END.search(match.line.text.rstrip()))


def _answer(match: LabelMatch) -> list[Word] | None:
    """The whole line under a question (under the rest of its bracketed instruction, when
    that wraps), unless it is the next question or row."""
    page, index = match.page, match.index + 1
    text = match.line.text
    if text.rfind("(") > text.rfind(")"):  # the instruction goes on under the question: its closing line is no answer
        while index < len(page.lines) and ")" not in page.lines[index].text and index <= match.index + 2:
            index += 1
        index += 1
    while index < len(page.lines) and TIME_OF_DAY.fullmatch(page.lines[index].text.strip()):
        index += 1  # a chat's time stamp under its message ("17:29"): the answer is the message after it
    if index >= len(page.lines) or starts_with_label(page, index):
        return None
    line = page.lines[index]
    if line.text.rstrip().endswith("?") or re.match(r"^\W*\d{1,2}[.)]\s", line.text):
        return None
    words = list(line.words)
    end = next((i + 1 for i, w in enumerate(words[:-1]) if _SENTENCE_END.search(w.text)), len(words))
    return words[:end]  # "Tess Fleur de Vries. Ik huur de hele woning zelf.": the answer's first sentence


def _dates_in(words: list[Word]) -> int:
    """How many dates the words hold, a year in two digits included ("van 20-5-26 tot 27-7-26")."""
    text = " ".join(w.text for w in words)
    return len(re.findall(rf"{DATE_PATTERN}|{SHORT_YEAR_DATE_PATTERN}", text, re.IGNORECASE))


def _in_header_row(match: LabelMatch, doc_type: str) -> bool:
    """Whether the label stands in a row with two or more other labels of its doc type, or
    with one when the two labels are all the line holds ("Huurder  Huisbewaarder"), or heads
    a signing row ("Datum | Naam casemanager | Handtekening" over "31 mei 2026 | M.
    Monteiro"): its date is the document's. Never a transactions table's header ("Datum |
    Omschrijving | Bedrag"), whose dates are the transactions'."""
    others = [span for span in labels_on_line(match.page, match.index, doc_type) if span != (match.start, match.end)]
    if len(others) >= 2:
        return True
    covered = set(range(match.start, match.end)) | {i for start, end in others for i in range(start, end)}
    covered |= {i for i, word in enumerate(match.line.words) if not re.search(r"[^\W_]", word.text)}  # a rule, a speck
    if others and len(covered) == len(match.line.words):
        return True  # "Huurder   Huisbewaarder" over their names: two parties' headings, the line nothing else
    if not _SIGNING.search(match.line.text):
        return False
    words = match.line.words
    headed = {i for i, w in enumerate(words) if i not in range(match.start, match.end) and is_label(w.text)}
    headed |= {i for start, end in others for i in range(start, end)}
    return len(headed) >= 2 and len(headed) + (match.end - match.start) >= 0.6 * len(words)


_SIGNING = re.compile(r"(?i)\b(?:handtekening|ondertekening|paraaf|signature|getekend)\b")


def _fills(value_text: str, words: list[Word]) -> bool:
    cell = tidy(" ".join(w.text for w in words))
    return len(value_text) >= 0.8 * len(cell)


def _hit(page: Page, words: list[Word], text: str) -> Hit:
    """A hit over the words that hold `text` (all of them when it cannot be placed)."""
    joined = " ".join(w.text for w in words)
    at = joined.find(text) if text else -1
    chosen = words
    if at >= 0:
        chosen, position = [], 0
        for word in words:
            if position + len(word.text) > at and position < at + len(text):
                chosen.append(word)
            position += len(word.text) + 1
        chosen = chosen or words
    return Hit(
        text=text,
        page=page.number,
        bbox=union_bbox(w.bbox for w in chosen),
        confidence=reading_confidence(chosen),
        words=tuple(chosen),
    )


def locate(pages: Sequence[Page], labels: FieldLabels, *, generic: bool = True, in_sentences: bool = True) -> Field:
    """The field's value after the first of its labels that has one; an empty Field when
    none does. Specific labels are tried before generic ones (none with generic=False),
    each in reading order; with in_sentences=False only labels where labels stand (a
    form's row or cell), none inside a running sentence. When another specific label of
    the field gives another value ("Plaats tewerkstelling Arnhem" and "Vestiging Urk"), the
    labels disagree and the value is flagged for the analyst (at most
    `DISAGREEING_LABELS_CONFIDENCE`)."""
    found = _label_values(pages, labels, generic, in_sentences)
    first = next(found, None)
    if first is None:
        return Field()
    field, from_generic, wording = first
    if labels.primary and wording not in labels.primary and any(m.wording in labels.primary for m in label_matches(pages, labels)):
        # a label that names the field itself ("Werklocatie") stands on the page unread, and one
        # that may name something else gave the value ("Vestiging Naarden", the agency's branch)
        field = Field(value=field.value, confidence=min(field.confidence, DISAGREEING_LABELS_CONFIDENCE), page=field.page, bbox=field.bbox)
    if from_generic:
        return field
    specific = [first, *itertools.takewhile(lambda later: not later[1], found)]
    if all(other.value == field.value for other, _, _ in specific):
        return field
    # the labels disagree: the analyst decides, shown the value of a label that names the
    # field's own role ("werkgever") before one that may stand for it ("onderwijsinstelling"
    # of a student's proof of enrolment, the school beside the employer on a work-study contract)
    chosen = next((other for other, _, wording in specific if wording in labels.primary), field)
    return Field(value=chosen.value, confidence=min(chosen.confidence, DISAGREEING_LABELS_CONFIDENCE), page=chosen.page, bbox=chosen.bbox)


DISAGREEING_LABELS_CONFIDENCE = 0.79
"""Two specific labels of one field with two values: the analyst decides which holds."""


def _label_values(pages: Sequence[Page], labels: FieldLabels, generic: bool, in_sentences: bool = True) -> Iterator[tuple[Field, bool, str]]:
    """(value, read after a generic label, the label's wording) for each label of the field that has a value."""
    kind = KINDS[labels.kind]
    matches = [m for m in label_matches(pages, labels) if (generic or not m.generic) and (in_sentences or m.in_label_position)]
    matches = _translations_joined(matches)
    # specific before generic; of each, a label where labels stand (a form's cell, a row's
    # start) before one inside a sentence, each in reading order
    for match in sorted(matches, key=lambda m: (m.generic, not m.in_label_position)):
        if kind.free_text and not (match.in_label_position or _asks(match) or _note_of_label(match) or _stated(match)):
            continue  # "... de huurder zal ..." is prose, not a label
        if _part_of_longer_label(match, labels.doc_type):
            continue  # "Naam" of "Naam zorgvrager": another field's label
        if id(match.line.words[match.start]) in example_words(match.page):
            continue  # "Voorbeeld. ... dan is uw verzamelinkomen € 36.750": an example, not the document's own figure
        for words, own_cell in _candidates(match, labels.doc_type, labels.kind):
            if kind.free_text:
                words = _before_next_label(words)
            read = kind.read(" ".join(w.text for w in words))
            if read is None:
                continue
            value, text, vouched = read[0], read[1], len(read) > 2 and read[2]
            cap = read[3] if len(read) > 3 else 1.0  # a value repaired from what OCR lost
            if labels.range is not None and _in_range(Field(value=value), labels.range).value is None:
                continue  # "1.00" after "kamerhuur": another number, not the rent
            if labels.per == "month" and _per_other_period(words, text):
                continue  # "De huur bedraagt € 110,00 per week": the week's rent, not the month's
            if kind.free_text and own_cell and not _fills(text, words):
                continue
            if kind.free_text and len(words) <= LABEL_CELL_WORDS and words[-1].text.endswith(":"):
                continue  # "Ordernummer:": a short cell that ends in a colon is a label, never a value
            if kind.free_text and isinstance(value, str) and is_label(value):
                continue  # "Werkgever  Functie  Afdeling": the next column's caption, never the value
            hit = _hit(match.page, words, text)
            if match.generic:
                cap = min(cap, GENERIC_LABEL_CONFIDENCE)
            if not match.in_label_position and not _stated(match):
                cap = min(cap, IN_SENTENCE_CONFIDENCE)
            if kind.free_text and not vouched:  # a town the lexicon knows is vouched for
                cap = min(cap, FREE_TEXT_CONFIDENCE)
            confidence = min(hit.confidence * match.likeness, cap)
            yield Field(value=value, confidence=round(confidence, 3), page=hit.page, bbox=hit.bbox), match.generic, match.wording
            break


def _per_other_period(words: Sequence[Word], text: str) -> bool:
    """Whether the amount read as `text` from `words` is said to be per week, per year or
    per any period but the month (`values.OTHER_PERIOD`)."""
    joined = " ".join(w.text for w in words)
    at = joined.find(text)
    return at >= 0 and bool(OTHER_PERIOD.search(joined[at + len(text) :]))


def _before_next_label(words: Sequence[Word]) -> Sequence[Word]:
    """A free-text value's words up to one that is, as a whole, a field's label, capitalised
    as a form's label is ("E. Sutedja Adres Leliesingel 32": a form's row whose next cell
    stood too close to be a cell of its own). Not in a sentence ("Eliëtte de Vries, geboren
    op ..." stays whole, and so no name of a cell it does not fill). No name the lexicon
    knows is a label's wording."""
    cut = next((i for i, word in enumerate(words)
                if i > 0 and word.text[:1].isupper() and not words[i - 1].text.endswith(",") and is_label_wording(word.text.rstrip(":"))),
               len(words))  # fmt: skip
    if cut < len(words) and all(w.text.lower() in _ARTICLES for w in words[:cut]):
        return []  # "De bediende" of a signing block: an article before a role's label, no value
    return words[:cut]


_ARTICLES = frozenset(("de", "het", "een", "der", "den", "the", "a", "an"))


LABEL_CELL_WORDS = 3
"""Words of a cell, at most, that make a label when its last ends in a colon ("Datum
bestelling:"); a longer cell is a value with OCR's specks after it ("Giovanni de Windt j nl:")."""


def _translations_joined(matches: list[LabelMatch]) -> list[LabelMatch]:
    """The field's labels with each bilingual pair, a slash between them ("Account holders
    / Rekeninghouders  Ruba Al Ahmad" over "Budi Sutedja"), as one label from the first's
    start to the second's end. After the first alone stands only the slash, so its value
    was looked for under it: the second holder alone, or the next row's date as a start
    date ("Start date / Ingangsdatum  Sat 1 Aug 2026" over "Agreed on / ...")."""
    by_start = {(id(m.line), m.start): m for m in matches}
    joined = []
    for match in matches:
        words = match.line.words
        second = by_start.get((id(match.line), match.end + 1))
        if second is not None and match.end < len(words) and words[match.end].text in ("/", "|"):
            match = dataclasses.replace(match, end=second.end, likeness=min(match.likeness, second.likeness))
        joined.append(match)
    return joined


EVIDENCE_FIELDS = 4
"""Distinct fields of one doc type, each read after one of its own specific labels, that
type a page no module and no title claims (a form's second page: "Huurder", "Huisbewaarder",
"Begindatum", "Einddatum", "Maandelijkse vergoeding")."""


def field_evidence(pages: Sequence[Page]) -> tuple[str, int] | None:
    """The doc type most of whose fields the pages state, after their own specific labels
    or in its sentences' concepts (`extractors.prose_facts`), with how many, when that is
    at least `EVIDENCE_FIELDS` and no other type has as many; else None. Values after a
    generic label ("Datum") are no evidence, nor are dates alone (every document has them)."""
    counts: dict[str, int] = {}
    for doc_type, rows in table().items():
        filled = fill_from_labels(doc_type, pages, {})
        found = [
            rows[name].kind
            for name, field in filled.items()
            if field.value is not None and field.confidence > GENERIC_LABEL_CONFIDENCE and name in rows
        ]
        if any(kind not in ("date", "birth_date") for kind in found):
            counts[doc_type] = _facts(found)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, count = ranked[0]
    if count < EVIDENCE_FIELDS or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    return best, count


_ADDRESS_KINDS = frozenset({"street", "house_number", "postcode", "town", "municipality"})


def _facts(kinds: Sequence[str]) -> int:
    """How many facts fields of these kinds state: the parts of an address (street, house
    number, postcode, town, the municipality it lies in) are one fact, the address every
    letter is sent to, not four pieces of evidence of a BRP extract (a school's confirmation
    of enrolment addressed to the parents at "Tulpenerf 177, 6420 AA Heerlen").

    >>> _facts(["street", "house_number", "postcode", "municipality"]), _facts(["name", "name", "date", "postcode", "town"])
    (1, 4)
    """
    return sum(kind not in _ADDRESS_KINDS for kind in kinds) + any(kind in _ADDRESS_KINDS for kind in kinds)


def _town_spelling(field: Field, pages: Sequence[Page]) -> Field:
    """A place read where it is printed in capitals ("GEMEENTE ALMERE" heading a letter)
    as the document prints it elsewhere in ordinary case ("de gemeente Almere"), else
    as printed: the contract keeps a value's capitals, and no lexicon knows which
    spelling a document would have used (tests/extractors/test_as_printed.py)."""
    if not (isinstance(field.value, str) and field.value.isupper()):
        return field
    quote = f"[{lexicon.APOSTROPHES}]"
    words = [re.sub(quote, quote, re.escape(w)) for w in re.split(r"[\s\-]+", field.value.strip()) if w]  # "'S-" printed "‘s-" below
    if not words:
        return field
    pattern = re.compile(rf"(?<![\w{lexicon.APOSTROPHES}])" + r"[\s\-]+".join(words) + r"(?![\w])", re.IGNORECASE)
    for page in pages:
        for line in page.lines:
            for match in pattern.finditer(line.text):
                printed = re.sub(quote, "'", match.group(0)) if "'" in field.value else match.group(0)  # the elision's mark as the value has it
                if not printed.isupper() and lexicon.same_place_name(printed, field.value):
                    return field.model_copy(update={"value": printed})
    return field


def _town_checked(field: Field) -> Field:
    """A place the lexicon does not know is not vouched for: at most `FREE_TEXT_CONFIDENCE`
    (an analyst looks: "Proeftijd" read as a place of work). One that runs on into a label
    ("Tilburg Naam": the next row's label on the same line) is the town before it."""
    if not isinstance(field.value, str) or field.confidence <= FREE_TEXT_CONFIDENCE:
        return field
    if lexicon.town(field.value) or lexicon.municipality(field.value):
        return field
    known = parse_town(field.value) or parse_municipality(field.value)
    if known and field.value.startswith(known) and is_label(field.value[len(known) :]):
        return field.model_copy(update={"value": known})
    return field.model_copy(update={"confidence": FREE_TEXT_CONFIDENCE})


def _in_range(field: Field, bounds: tuple[float, float]) -> Field:
    """An amount outside what the field can be ("1.00" a month for a room: the "1" of "vanaf
    1 okt.") is no reading of it."""
    try:
        amount = float(field.value)
    except (TypeError, ValueError):
        return field
    if bounds[0] <= amount <= bounds[1]:
        return field
    return Field()  # unread: the label table may still find the field's own amount


WRAPPED_CONFIDENCE = 0.79
"""A name whose cell wraps onto the line under it, told by the layout alone: the analyst looks."""
_NAME_WORD = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*")


def wrapped_name(pages: Sequence[Page], field: Field) -> Field:
    """A name with the rest of its cell from the line under it (an app's narrow column:
    "Naam  Sheryl Shaquira" over "Dirksz"): the value ends its line, and the line under
    it, close under, starts where the value starts and holds one or two capitalised words
    of letters, no label, no town. The name as read when there is no such line.

    >>> from woondossier.model import Word
    >>> def line(y, *cells): return [Word(text=t, bbox=(x, y, x + 6 * len(t), y + 9), confidence=1.0) for x, t in cells]
    >>> page = Page(file="app.pdf", number=1, width=220, height=460, ocr=False, words=tuple(
    ...     line(190, (17, "Naam"), (110, "Sheryl"), (150, "Shaquira")) + line(202, (110, "Dirksz")) + line(219, (17, "BSN"), (110, "406471939"))))
    >>> wrapped_name([page], Field(value="Sheryl Shaquira", confidence=1.0, page=1, bbox=(110, 190, 198, 199))).value
    'Sheryl Shaquira Dirksz'
    """
    if not isinstance(field.value, str) or field.bbox is None or field.page is None:
        return field
    page = next((p for p in pages if p.number == field.page), None)
    if page is None:
        return field
    x0, top, x1, bottom = field.bbox
    for index, line in enumerate(page.lines[:-1]):
        if not (line.bbox[1] <= (top + bottom) / 2 <= line.bbox[3]) or line.words[-1].bbox[2] > x1 + 1:
            continue  # not the value's line, or something stands right of the value
        under, height = page.lines[index + 1], _height(line)
        words = under.words
        if not 1 <= len(words) <= 2 or abs(words[0].bbox[0] - x0) > height / 2 or under.bbox[1] - line.bbox[3] > height:
            return field
        if starts_with_label(page, index + 1) or not all(_NAME_WORD.fullmatch(w.text) and not is_label_wording(w.text) for w in words):
            return field
        if lexicon.town(under.text) is not None:
            return field  # "Amsterdam" under a name: the address block's town
        return Field(value=f"{field.value} {under.text}", confidence=round(min(field.confidence, WRAPPED_CONFIDENCE), 3),
                     page=field.page, bbox=union_bbox([field.bbox, under.bbox]))  # fmt: skip
    return field


def _without_labels(field: Field) -> Field:
    """A name field without what is a label as a whole ("IBAN" read as an account holder:
    the next column's heading); a list keeps its other names."""
    if isinstance(field.value, str) and is_label(field.value):
        return Field(value=None, confidence=0.0, page=field.page, bbox=field.bbox)
    if isinstance(field.value, list) and any(isinstance(v, str) and is_label(v) for v in field.value):
        kept = [v for v in field.value if not (isinstance(v, str) and is_label(v))]
        return field.model_copy(update={"value": kept or None})
    return field


def _signing_date(pages: Sequence[Page], labels: FieldLabels) -> Field:
    """The date a document was signed or issued on: after its label where a form's labels
    stand, else the date of a letter's place-and-date line ("Vught, woensdag 03-06-2026"),
    and only then after a label inside a sentence, which may date another paper ("Een
    machtiging van mijn vader, getekend op 10 mei 2026, stuur ik mee")."""
    found = locate(pages, labels, in_sentences=False)
    if found.value is None:
        found = date_line(pages)
    return found if found.value is not None else locate(pages, labels)


def fill_from_labels(doc_type: str, pages: Sequence[Page], fields: dict[str, Field]) -> dict[str, Field]:
    """`fields` with every field the doc type's own reader left unread looked up by label.

    The doc type's module knows its layouts best; the label table reads the layouts it
    does not know. A field the module read (even one it read as None because its
    checksum failed, with a page to show for it) is kept as the module read it.
    """
    rows = table().get(str(doc_type), {})
    filled = dict(fields)
    # a row of captions over one row of values ("Werkgever  Functie  Afdeling" over "Hogeschool
    # Zuidwest  Planner  Logistiek"): each caption read with the value under it, not the caption beside it
    captioned = [captions_over_values(page) for page in pages]
    for name, labels in rows.items():
        if labels.kind not in KINDS:
            continue  # a list of records (a BRP extract's persons): its module reads it by the table's columns
        current = filled.get(name)
        if current is not None and labels.kind in ("name", "names", "organisation", "street"):
            filled[name] = _without_labels(current)
            if filled[name].value is None and current.value is not None:
                filled[name] = current = Field()  # a label read as the value: look for the value itself
            current = filled[name]
        if current is not None and labels.kind == "name" and current.value is not None:
            filled[name] = current = wrapped_name(pages, current)
        if current is not None and labels.kind in ("town", "municipality"):
            filled[name] = current = _town_checked(current)
        if current is not None and labels.range is not None:
            filled[name] = current = _in_range(current, labels.range)
        if not _unread(current) and current.value != []:
            continue
        if name == SIGNED_FIELDS.get(str(doc_type)):
            found = _signing_date(pages, labels)
        else:
            # a caption row's own labels first; a generic one ("Datum") heads a table's column
            # over its one row as often as a value ("Datum | Omschrijving | Bedrag"): read as printed
            found = locate(captioned, labels, generic=False)
            if found.value is None:
                found = locate(pages, labels)
        if found.value is None and labels.kind in ("name", "organisation"):
            found = defined_party(pages, labels, KINDS[labels.kind].read)  # "..., hierna te noemen 'werkgever'"
        if found.value is None and labels.kind == "name":
            found = named_in_role(pages, labels)  # a letter: "de huisbewaarder, de heer A. Bakker"
        if found.value is None and labels.kind == "name":
            found = writer_in_role(pages, labels)  # "Ondergetekende, Tekle Berhane, huurder van de woning ..."
        if found.value is not None:
            filled[name] = found
    if (name := BORN_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (born := person_born(pages)).value:
        filled[name] = born  # "het verzamelinkomen van Lina Al Khatib, geboren op 31/05/1999"
    if (name := ISSUED_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (issued := issued_on(pages)).value:
        filled[name] = issued  # "Deze verklaring is afgegeven te Apeldoorn op 21/11/2026"
    if (name := SIGNED_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (dated := date_line(pages)).value:
        filled[name] = dated  # a letter's "Tilburg, 12 januari 2027"
    if (str(doc_type) == "huisbewaring_aanvraag" and _unread(filled.get("tenant_name")) and (signed := signer(pages)).value
            and signed.value != getattr(filled.get("sitter_name"), "value", None)):  # the sitter's own letter, the tenant agreeing
        filled["tenant_name"] = signed  # the tenant's own letter, signed by the tenant
    if (str(doc_type) == "huurovereenkomst_onderhuur" and _unread(filled.get("tenant_name")) and (signed := letting_signer(pages)).value
            and signed.value != getattr(filled.get("subtenant_name"), "value", None)):  # the subtenant signing "voor akkoord" below
        filled["tenant_name"] = signed  # the main tenant's own letter on the room in "mijn woning"
    if (name := ADDRESSEE_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (addressed := addressee(pages)).value:
        filled[name] = addressed  # a letter to the employee: "De heer Jurgen Statia, Tulpendijk 18"
    if str(doc_type) == "bankafschrift" and _unread(filled.get("account_holders")) and (holders := addressees(pages)):
        # a statement names its holders only in the address window: "Mevrouw H. Ouali" / "en de heer K. el Yousfi"
        filled["account_holders"] = Field(value=[h.value for h in holders], confidence=min(h.confidence for h in holders),
                                          page=holders[0].page, bbox=union_bbox(h.bbox for h in holders))
    if str(doc_type) == "arbeidsovereenkomst":
        if _unread(filled.get("employer")) and (employer := employer_in_prose(pages)).value:
            filled["employer"] = employer
        if _unread(filled.get("place")) and (place := place_in_prose(pages)).value:
            filled["place"] = place
    if (name := WRITER_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (wrote := writer(pages)).value:
        filled[name] = wrote  # "Ik, Kofi Mensah, verhuur ..."
    if str(doc_type) == "brp_uittreksel" and _unread(filled.get("municipality")) and (issuer := issuing_municipality(pages)).value:
        filled["municipality"] = issuer  # "Amsterdam" heading the extract, or "Amsterdam, 1 aug. 2026"
    if (name := LETTERHEAD_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (head := letterhead_organisation(pages)).value:
        filled[name] = head  # an employer's or a municipality's letter on its own paper
    if (name := LETTERHEAD_FIELDS.get(str(doc_type))) and _unread(filled.get(name)) and (signed := signing_organisation(pages)).value:
        filled[name] = signed  # a mail signed "Team HR / Jumbo Supermarkten B.V."
    if (names := PERIOD_FIELDS.get(str(doc_type))) and any(_unread(filled.get(n)) for n in names):
        if stated := period(pages):  # a letter: "van 1 maart 2027 tot en met 30 september 2027"
            agrees = all(_unread(filled.get(n)) or filled[n].value == f.value for n, f in zip(names, stated))
            for name, found in zip(names, stated):
                if agrees and _unread(filled.get(name)):
                    filled[name] = found
    for name, labels in rows.items():
        if labels.kind in ("town", "municipality") and name in filled:
            filled[name] = _town_spelling(filled[name], pages)
        if labels.kind in ("name", "names") and name in filled and any(page.ocr for page in pages):
            filled[name] = slips_flagged(filled[name])  # a text layer prints a name as it is: no slip to suspect
    return filled


def slips_flagged(field: Field) -> Field:
    """A person's name (or a list of them) with a word one letter away from a name the
    lexicon knows ("Yusuf Getin", Çetin's C read as a G) flagged for the analyst: at most
    `names.ONE_SLIP`, however surely OCR read the letters. The value is kept as read.

    >>> slips_flagged(Field(value="Yusuf Getin", confidence=0.9)).confidence, slips_flagged(Field(value=["Yusuf Çetin"], confidence=0.9)).confidence
    (0.75, 0.9)
    >>> slips_flagged(Field(value="Yasemin KOG", confidence=0.94)).confidence  # KOÇ's Ç read as a G: `lexicon.diacritic_doubted`
    0.75
    """
    values = field.value if isinstance(field.value, list) else [field.value]
    words = [word.strip(",.") for value in values if isinstance(value, str) for word in value.split()]
    if field.confidence > ONE_SLIP and any(lexicon.one_slip_from_a_name(word) or lexicon.diacritic_doubted(word)
                                          for word in words if word[:1].isupper() and not lexicon.is_particle(word)):
        return field.model_copy(update={"confidence": ONE_SLIP})
    return field


def _unread(field: Field | None) -> bool:
    return field is None or (field.value is None and field.page is None)


__all__ = ["FREE_TEXT_CONFIDENCE", "GENERIC_LABEL_CONFIDENCE", "KINDS", "fill_from_labels", "locate", "fold"]
