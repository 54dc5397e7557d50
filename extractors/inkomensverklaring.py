"""Inkomensverklaring: the Belastingdienst's statement of one person's income in one year.

The Belastingdienst issues it (form IB 60, or a print from Mijn Belastingdienst) on
request; housing corporations use its verzamelinkomen to test affordability
(`income_sufficient`). Fields (CONTRACT.md §3):

- `name`: after "Naam", else the addressee of the letter (the line above the
  street and postcode lines, "De heer"/"Mevrouw"/"T.a.v." dropped), surer when the
  salutation greets the same surname.
- `bsn`: after "Burgerservicenummer" or "BSN"; None when it fails the elfproef.
- `tax_year`: from the title "Inkomensverklaring 2025", "Belastingjaar 2025" or
  "verzamelinkomen over 2025".
- `income`: the verzamelinkomen only: the amount on the line labelled
  "Verzamelinkomen" (ruled table or label/value lines), or in the sentence "Uw
  verzamelinkomen over 2025 was € 38.450". The page also prints box amounts
  ("belastbaar inkomen uit werk en woning"); they are never taken.
- `issue_date`: after "Dagtekening", "Datum uitgifte" or a "Datum" label.

Layouts known: a letter with a ruled table, a letter stating the income in a
sentence, and the Mijn Belastingdienst overview (`samples/generator/inkomensverklaring.py`).
More information: https://www.belastingdienst.nl/wps/wcm/connect/nl/inkomensverklaring/
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors._locate import Hit, find_value, iter_lines, line_hit
from extractors._prose import find_word, search_prose, strip_honorific, take_name, value_after
from extractors.labels import CELL_GAP, cell_at, cells
from extractors.names import name_field
from extractors.values import AMOUNT_END, BSN_LABEL, DATE_PATTERN, FOOTNOTE_MARK, parse_amount, parse_bsn, parse_date, repair_initials
from woondossier.model import DocType, Field, Fields, Page

DOC_TYPE = DocType.inkomensverklaring

_MONEY = (
    r"(?:(?:€|EUR)\s*\d{1,3}(?:(?:\.\s?|\s)?\d{3})*(?:,\s?(?:\d{2}|-))?"  # € 38.450 / € 950,00 / OCR's "€ 38. 450, 00"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{2})?"  # 38.450 / 38.450,00 without the sign (OCR lost it)
    r"|\d+,\d{2})"
    + AMOUNT_END
)
"""An amount that cannot be a year: with a euro sign, thousands dots or cents, and
not cut short of digits that follow it."""
_BSN_VALUE = r"\d{9}(?!\d)|\d[\d .]{7,12}\d"  # a plain nine-digit run first: "565267036 209665841" holds the partner's beside it
_YEAR = r"(?:19[89]\d|20\d\d)"
_POSTCODE_LINE = r"^[\W_]{0,3}[1-9]\d{3}\s?\S{2}\s+[^\W\d_]{2,}"  # "1910 JK HEEMSKERK", letters possibly misread


def score(pages: Sequence[Page]) -> float | None:
    """Title evidence: "Inkomensverklaring" as a heading, "Verzamelinkomen", the issuer
    (or the income tax it is based on).

    A mention of an inkomensverklaring in another document's prose (a rental
    contract asking for one) does not count without a verzamelinkomen beside it.
    """
    title = find_word(pages, "inkomensverklaring", max_line_words=4)
    mentioned = title or find_word(pages, "inkomensverklaring")
    total = find_word(pages, "verzamelinkomen")
    # the issuer by name, or the tax the figure comes from ("Gebaseerd op aanslag inkomstenbelasting"
    # in an app's view whose footer a scan lost); an assessment itself is vetoed by its title
    issuer = find_word(pages, "belastingdienst") or find_word(pages, "inkomstenbelasting")
    if title and (total or issuer):
        return 0.95
    if mentioned and total:
        return 0.85
    if title:
        return 0.6
    if total and issuer:
        return 0.5
    return None


def extract(pages: Sequence[Page]) -> Fields:
    return {
        "name": _name(pages),
        "bsn": _bsn(pages),
        "tax_year": _tax_year(pages),
        "income": _income(pages),
        "issue_date": _issue_date(pages),
    }


def _name(pages: Sequence[Page]) -> Field:
    hit = value_after(pages, [r"^[\W_]{0,3}Naam\b"])
    if hit and (named := name_field(hit)) is not None:
        return named  # with the name reader's doubt: "Bilal lias Akkouh" read as "Bilal" is a part of a name
    hit = _addressee(pages)
    if hit and (name := take_name(hit.text)):
        # The letter's addressee is the person it is about; a salutation to the same
        # surname ("Geachte heer/mevrouw Visser,") confirms the address block was read right.
        return hit.field(name, 0.95 if _greets(pages, name) else 0.9)
    return Field()


def _greets(pages: Sequence[Page], name: str) -> bool:
    """Whether the letter's salutation names `name`'s surname."""
    surname = re.escape(name.split()[-1])
    salutation = rf"^[\W_]{{0,3}}Geachte\b[^\n]{{0,40}}?\b{surname}\s*,?\s*$"
    return next(search_prose(pages, salutation, re.IGNORECASE | re.MULTILINE), None) is not None


def _addressee(pages: Sequence[Page]) -> Hit | None:
    """The name line of the first postal address block that is not a Postbus."""
    for page, index, line in iter_lines(pages):
        if index < 2:
            continue
        for postcode in cells(line):  # the block may stand beside a column of references
            if not re.match(_POSTCODE_LINE, postcode.text):
                continue
            above = [cell_at(page.lines[i], postcode.words[0].bbox[0]) for i in (index - 2, index - 1)]
            if None in above:
                continue
            (name_cell, street_cell), street = above, above[1].text
            if re.search(r"(?i)postbus|antwoordnummer", street) or not re.search(r"[^\W\d_]{2,}.*\s\d{1,5}", street):
                continue
            bare = strip_honorific(name_cell.text)
            if take_name(bare) == repair_initials(bare).strip(" ,."):
                return Hit(text=bare, page=page.number, bbox=name_cell.bbox, confidence=name_cell.confidence)
    return None


def _bsn(pages: Sequence[Page]) -> Field:
    hit = find_value(pages, [BSN_LABEL, r"Sofinummer"], _BSN_VALUE)
    if hit is None:
        return _lone_bsn(pages)
    return hit.field(parse_bsn(hit.text))  # None when the elfproef fails


_LONE_BSN_CONFIDENCE = 0.75
"""A BSN read without its label (a scan lost "Burgerservicenummer"): below the threshold."""


def _lone_bsn(pages: Sequence[Page]) -> Field:
    """The BSN when its label was not read: the one line that is nothing but a nine-digit
    number passing the elfproef, if the pages hold exactly one such number anywhere."""
    numbers = [m.group(0) for page in pages for m in re.finditer(_BSN_VALUE, page.text) if parse_bsn(m.group(0))]
    if len({parse_bsn(n) for n in numbers}) != 1:
        return Field()
    for page, _, line in iter_lines(pages):
        if re.fullmatch(rf"\W*({_BSN_VALUE})\W*", line.text) and (value := parse_bsn(line.text.strip(" |:.,"))):
            return line_hit(page, line).field(value, _LONE_BSN_CONFIDENCE)
    return Field()


def _tax_year(pages: Sequence[Page]) -> Field:
    for pattern in (
        rf"inkomensverklaring\s*(?:over\s*(?:het\s+jaar\s*)?)?({_YEAR})\b",
        rf"(?:belasting|kalender)jaar\s*:?\s*(?:[^\s\d]{{1,3}}\s+)?({_YEAR})\b",  # a speck read as letters may stand between ("Sn")
        rf"verzamelinkomen\s+over\s+(?:het\s+jaar\s+)?({_YEAR})\b",
        # a heading over its figure ("Verzamelinkomen 2025" / "€ 54.198,00"), first on its line:
        # "Ter vergelijking: verzamelinkomen 2024" mid-line is another year's
        rf"(?:^|\n)[^\S\n]*verzamelinkomen[^\S\n]+({_YEAR})\b(?![.,]\d)",
        rf"inkomensgegevens\s+over\s+(?:het\s+jaar\s+)?({_YEAR})\b",
    ):
        for hit, match in search_prose(pages, pattern):
            return hit.field(int(match.group(1)))
    return Field()


def _income(pages: Sequence[Page]) -> Field:
    """The verzamelinkomen: a labelled cell first, then the sentence that states it."""
    hit = find_value(pages, [r"^[\W_]{0,3}Verzamelinkomen\b"], _MONEY, below=1)
    if hit is None:
        verb = r"(?:was|bedroeg|bedraagt|is)"
        # with its year, the verb may be one garbled word ("over 2025 Deng: € 81.926"): the amount is still the total
        sentence = rf"verzamelinkomen{FOOTNOTE_MARK}\s+(?:(?:over\s+(?:het\s+jaar\s+)?\d{{4}}\s+)?{verb}|over\s+(?:het\s+jaar\s+)?\d{{4}}\s+[^\s\d€]{{2,8}})\s*:?\s*({_MONEY})"
        hit = next((h for h, _ in search_prose(pages, sentence)), None)
    if hit is None:
        return Field()
    columns = _year_columns(pages, hit)
    if columns:
        year = _tax_year(pages).value
        if year not in columns:
            return Field()  # a figure per year, and which year is the statement's was not read: cannot tell
        hit = columns[year]
    return hit.field(parse_amount(hit.text))


_YEAR_HEADER_LINES = 6
"""Lines above the income's row, at most, that a header of years may stand on."""


def _year_columns(pages: Sequence[Page], hit: Hit) -> dict[int, Hit]:
    """The income's row's amounts by the year heading each, where the row holds one
    amount per year under a header of years (a download from Mijn Belastingdienst
    printing three years side by side, "2022 | 2023 | 2024" over "Verzamelinkomen
    € 55.908,59 | € 48.985,05 | € 60.269,55"); empty when the row holds one amount or no
    such header stands above it. An amount belongs to the year whose words lie over it."""
    page = next(p for p in pages if p.number == hit.page)
    middle = (hit.bbox[1] + hit.bbox[3]) / 2
    index = next((i for i, line in enumerate(page.lines) if line.bbox[1] <= middle <= line.bbox[3]), None)
    if index is None:
        return {}
    amounts = [cell for cell in cells(page.lines[index]) if re.fullmatch(rf"\W*{_MONEY}\W*", cell.text)]
    if len(amounts) < 2:
        return {}
    for above in reversed(page.lines[max(0, index - _YEAR_HEADER_LINES) : index]):
        years = [w for w in above.words if re.fullmatch(rf"{_YEAR}\W?", w.text)]
        if len(years) < 2:
            continue
        found: dict[int, Hit] = {}
        for word in years:
            centre = (word.bbox[0] + word.bbox[2]) / 2
            under = [cell for cell in amounts if cell.bbox[0] - CELL_GAP <= centre <= cell.bbox[2] + CELL_GAP]
            if len(under) == 1:
                found[int(word.text[:4])] = line_hit(page, under[0])
        return found if len(found) >= 2 else {}
    return {}


def _issue_date(pages: Sequence[Page]) -> Field:
    hit = find_value(
        pages,
        [r"Dagtekening", r"Datum\s+(?:van\s+)?uitgifte", r"(?<![^\W_])Datum\b"],
        DATE_PATTERN,
        below=1,
        in_position=True,  # "Belastingdienst | Datum" over its date, not "... aanslag met dagtekening 22 januari 2026"
    )
    if hit is None:
        return Field()
    return hit.field(parse_date(hit.text))  # None for an impossible date

