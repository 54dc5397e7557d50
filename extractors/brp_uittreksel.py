"""Uittreksel uit de Basisregistratie Personen (BRP), issued by a municipality.

Every Dutch municipality keeps the BRP (formerly GBA, Gemeentelijke
Basisadministratie) and issues extracts of it on request. For a housing application
the extract shows one address and everyone registered there: the corporations ask for
it to see who lives in the dwelling, since when, and whether the tenant lives there
(seed 001: "uittreksel ... maximaal drie maanden oud"; seed 002: "een uittreksel uit
de gemeentelijke basisadministratie (GBA) van uw eigen huishouden").

Fields (CONTRACT.md §3): `issue_date`, `municipality`, `street`, `house_number`,
`postcode`, `city`, and `persons`: one field whose value is a list of
`{"name", "birth_date", "bsn", "registered_since"}` (a sub-value None when it could
not be read; a BSN that fails the elfproef is None, never reported), page and bbox of
the persons block, confidence the lowest of the values read (a check that needs a
sub-value that is None reports `unknown` for it).

Layouts known (all anchored on labels and value patterns, never on coordinates):
- label/value lines, the address split as the BRP stores it (Straat, Huisnummer,
  Huisletter, Huisnummertoevoeging, Postcode, Woonplaats) or as "Adres" and
  "Postcode en woonplaats"; one block of lines per person starting at "Naam";
- the same as ruled two-column tables;
- a persons table (Naam | Geboortedatum | BSN | Op dit adres sinds), possibly
  continued on a second page with its header repeated;
- a letter ("... dat op het adres Kerkstraat 12, 2011 AB Haarlem ... staan
  ingeschreven:") with the issue date only in "Plaats en datum: Haarlem, 3 oktober 2026".

Label variants: "Datum uitgifte" / "Datum van afgifte" / "Afgegeven op";
"Burgerservicenummer" / "BSN"; "Datum aanvang adreshouding" / "Ingeschreven op dit
adres sinds" / "Datum vestiging op adres". Names are kept as printed, usually surname
first ("Vries, Jan Pieter de").

More information: https://www.rvig.nl/brp (Rijksdienst voor Identiteitsgegevens).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from rapidfuzz import fuzz

from extractors import _common as common
from extractors import lexicon
from extractors.labels import captions_over_values, unwrapped_cells, CELL_GAP, cells, departed_columns, find_label_on_line, fold, is_label, is_label_wording, only_labels, other_columns, table, wording_pattern
from extractors.locating import FREE_TEXT_CONFIDENCE, locate, slips_flagged
from extractors.names import PART_OF_NAME, SPECK, capital_i, take_name
from extractors.titles import titled
from extractors._locate import VALUE_COLUMN_TOLERANCE, Hit, find_value, iter_lines, line_beside, line_hit, span_hit
from extractors.values import (
    BOX_EDGE,
    BSN_LABEL,
    DATE_PATTERN,
    POSTCODE_PATTERN,
    SQUEEZED_DATE_CONFIDENCE,
    SQUEEZED_DATE_PATTERN,
    parse_bsn,
    parse_date,
    parse_house_number,
    parse_municipality,
    parse_postcode,
    parse_town,
    plain_apostrophes,
    read_date,
)
from woondossier.model import DocType, Field, Fields, Line, Page, union_bbox

DOC_TYPE = DocType.brp_uittreksel

_ISSUE_LABELS = (
    r"datum\s*(?:van\s*)?(?:uitgifte|afgifte|verstrekking)",
    r"afgegeven\s*op",
    r"uitgegeven\s*op",
    r"plaats\s*en\s*datum",
)
_COLUMN_WORDINGS = dict(table()["brp_uittreksel"]["persons"].columns)  # labels.toml: a new wording is a line of data
_BIRTH_LABEL = rf"geboortedatum|geboren(?:\s*op)?\b|{wording_pattern(_COLUMN_WORDINGS['birth_date'])}"
_SINCE_LABEL = (
    r"aanvang\s*adreshouding|(?:op\s*dit\s*)?adres\s*sinds|(?:datum\s*)?vestiging(?:\s*op\s*(?:dit\s*)?adres)?"
    r"|ingeschreven\s*(?:op\s*dit\s*adres\s*)?sinds"
    rf"|{wording_pattern(_COLUMN_WORDINGS['registered_since'])}"
)
_NAME_WORDS = wording_pattern(_COLUMN_WORDINGS["name"])
_NAME_LABEL = rf"^(?:\S{{1,3}}\s+)?[\W_]{{0,6}}(?:naam\b|{_NAME_WORDS})"  # after a margin's tick or specks ("/___Naam"), as `_LINE_START`
_BSN_VALUE = r"(?<!\d)(?:\d(?:[. ]?\d){7,8}|\d{3}[ .,]\d{3}[ .,]\d{3})(?!\d)"
""""1234.56.789", "123 456 789", "1234.56.7 89" (OCR split a group), "247 490,295" (a gap read
as a comma: `values.parse_bsn`)."""
_TOWN, _STREET, _NUMBER, _ADDRESS = common.TOWN, common.STREET, common.HOUSE_NUMBER, common.ADDRESS
_PERSON_COLUMNS = {
    "name": rf"\bnaam\b|{_NAME_WORDS}",
    "birth_date": _BIRTH_LABEL,
    "bsn": rf"{BSN_LABEL}|{wording_pattern(_COLUMN_WORDINGS['bsn'])}",
    "registered_since": _SINCE_LABEL,
}


def score(pages: Sequence[Page]) -> float | None:
    """Evidence of a BRP extract: its title words, and the labels of its person data.

    A continuation page with only a persons table scores about 0.45: enough to keep
    it with the extract before it, too little to start a document on its own.
    """
    text = "\n".join(page.text for page in pages[:2]).lower()
    if not text.strip():
        return None
    title = 0.0
    if "basisregistratie" in text or common.fuzzy_span(text, "basisregistratie personen"):
        title += 0.55
    if re.search(r"uittreksel|verklaring van inschrijving", text):
        title += 0.2
    if re.search(r"\b(?:brp|gba)\b", text):
        title += 0.2
    labels = sum(  # each at a word's start: "Bevestiging van uw opdracht" holds no "vestiging"
        bool(re.search(rf"(?<![^\W\d_])(?:{pattern})", text, re.IGNORECASE)) for pattern in (BSN_LABEL, _BIRTH_LABEL, _SINCE_LABEL)
    )
    evidence = title + 0.15 * labels
    if evidence == 0:
        return None
    if labels == 0 and not titled(pages, DOC_TYPE):
        # the municipality's letter that mentions the BRP ("uw adreswijziging is verwerkt in
        # de Basisregistratie Personen") lists no person: not an extract
        return round(min(evidence, 0.45), 3)
    return round(min(1.0, evidence), 3)


def extract(pages: Sequence[Page]) -> Fields:
    address = _address(pages)
    for name in ("street", "house_number"):  # "Huidig adres Lindenpad 40-1": the label table's wordings
        if address[name].value is None:
            address[name] = locate(pages, table()["brp_uittreksel"][name])
    issued = _issue_date(pages)
    return {
        "issue_date": issued,
        "municipality": _municipality(pages),
        **address,
        "persons": _names_slipped(_not_after(_persons(pages, address), issued.value or date.today().isoformat()), pages),
    }


def _names_slipped(persons: Field, pages: Sequence[Page]) -> Field:
    """The persons flagged for the analyst when OCR read a name with a word one letter away
    from a name the lexicon knows ("Tekeste, Kilane", Kidane's d read as an l):
    `locating.slips_flagged`."""
    if not persons.value or not any(page.ocr for page in pages):
        return persons
    names = [person.get("name") for person in persons.value if isinstance(person, dict)]
    flagged = slips_flagged(Field(value=[n for n in names if isinstance(n, str)], confidence=persons.confidence))
    return persons if flagged.confidence == persons.confidence else persons.model_copy(update={"confidence": flagged.confidence})


def _not_after(persons: Field, issued: str | None) -> Field:
    """The persons without a date of birth or of settling later than the extract's own date
    of issue (today's, when it was not read): no one is born or settles after the register
    was printed, so such a date is a misreading ("07-10-2047" for 2017) and is unread,
    never passed on."""
    if not issued or not persons.value:
        return persons
    kept = [{key: (None if key in _DATE_COLUMNS and value and value > issued else value) for key, value in person.items()}
            for person in persons.value]  # fmt: skip
    return persons if kept == persons.value else persons.model_copy(update={"value": kept})


# --- issue date and municipality -------------------------------------------------------


def _issue_date(pages: Sequence[Page]) -> Field:
    hit = find_value(pages, _ISSUE_LABELS, DATE_PATTERN)
    if hit is None:  # a letter that only ends in "Haarlem, 3 oktober 2026", a town the lexicon knows
        for text, m in common.search(pages, rf"(?m)^\s*(?P<town>{_TOWN}),\s*(?P<date>{DATE_PATTERN})\s*$"):
            if parse_town(m["town"]) and (value := parse_date(m["date"])) and (found := common.group_hit(text, m, "date")):
                return found.field(value)  # never "otd Sides, 25 feb. 2003": a person's line OCR garbled
        return Field()
    return hit.field(parse_date(hit.text))


_NOT_THIS = r"(?<!vorige )(?<!eerdere )(?<!nieuwe )(?<!andere )(?<!geboorte)"
"""Before "gemeente", what makes it another municipality than the register's: "Vorige gemeente
Maashorst" on a person's card, the "geboortegemeente"."""
_MUNICIPALITY = (
    rf"(?m){_NOT_THIS}\bgemeente\b[ \t]*[:|¦]?[ \t]*(?P<name>{_TOWN})[ \t]*[|¦]?[ \t]*$",  # the heading or a table row: the line ends
    rf"\bde\s+gemeente[ \t]+(?P<name>{_TOWN})",  # in a sentence: "de burgemeester van de gemeente Haarlem verklaart"
)
"""Where the municipality stands. Not any capitalised word after "Gemeente": on a page
whose lines OCR jumbled, "Gemeente" is followed by the title ("Gemeente Uittreksel uit
de BRP")."""


def _municipality(pages: Sequence[Page]) -> Field:
    """The municipality in the lexicon's spelling ("Krimpen aan den. IJssel", a speck read
    as a stop, is "Krimpen aan den IJssel"); one the lexicon does not know is not vouched
    for (at most `FREE_TEXT_CONFIDENCE`)."""
    for pattern in _MUNICIPALITY:
        if found := common.first_group(pages, pattern, "name", lambda t: common.tidy(t) or None):
            if known := parse_municipality(found.value) or _completed_at_hyphen(pages, found):
                return found.model_copy(update={"value": known})
            if not any(page.ocr for page in pages if page.number == found.page):
                continue  # printed in a text layer, no slip of OCR: a word that is no municipality
            if str(found.value)[:1].islower() and not str(found.value).startswith("'s"):
                continue  # "aan de gemeente gemeld": a sentence's verb, no name (every municipality is capitalised)
            return found.model_copy(update={"confidence": min(found.confidence, FREE_TEXT_CONFIDENCE)})
    return Field()


_FOLLOWING_LINES = 2  # the lines under a name broken at its hyphen that may hold its rest (a form's caption between)


def _completed_at_hyphen(pages: Sequence[Page], found: Field) -> str | None:
    """A municipality broken at its hyphen at the end of a line ("gemeente Goeree-" over
    "Overflakkee."), completed by a word of the next lines that makes a name the lexicon
    knows exactly; None when none does."""
    head = found.value or ""
    if not head.endswith("-") or found.bbox is None:
        return None
    page = next((p for p in pages if p.number == found.page), None)
    if page is None:
        return None
    at = next((i for i, line in enumerate(page.lines) if line.words and line.words[-1].bbox[2] >= found.bbox[2] - 1
               and line.bbox[1] <= found.bbox[3] and line.bbox[3] >= found.bbox[1]), None)
    if at is None:
        return None
    for line in page.lines[at + 1 : at + 1 + _FOLLOWING_LINES]:
        for word in line.words:
            rest = word.text.strip(".,;:()|")
            if rest[:1].isupper() and (place := lexicon.municipality(head + rest)) is not None and place.score == 1.0:
                return place.name
    return None


# --- address -----------------------------------------------------------------------------


_ROW_START = r"^(?:\d{2}\.\d{2}\.\d{2}\s+)?[\W_]{0,2}"
"""Where an address row's label stands: first on its line, after a BRP element's code
("08.11.10 Straatnaam") or a rule's specks."""


def _address(pages: Sequence[Page]) -> dict[str, Field]:
    """The address from BRP-style separate labels, else from an address written out."""
    fields = {
        "street": _labelled(pages, rf"{_ROW_START}straat(?:naam)?\b", rf"{_STREET}", common.tidy),
        "house_number": _house_number(pages),
        "postcode": _labelled(pages, rf"{_ROW_START}postcode\b", POSTCODE_PATTERN, parse_postcode),
        "city": _labelled(pages, rf"{_ROW_START}woonplaats(?:naam)?\b", _TOWN, common.tidy),
    }
    if fields["street"].value is not None and is_label(str(fields["street"].value)):
        fields["street"] = Field()  # "Straat en huisnummer  Postcode en plaats ...": a table's heads, no street
    if fields["street"].value is not None and fields["house_number"].value is None:
        fields["house_number"] = _number_after_street(pages, fields["street"])
    written = _history_address(pages) or _written_address(pages)
    if fields["street"].value is not None and written.get("street", Field()).value not in (None, fields["street"].value):
        written = {}  # another address (the letter's addressee, a postal address): none of its parts is this one's
    return {name: field if field.value is not None else written.get(name, Field()) for name, field in fields.items()}


def _history_address(pages: Sequence[Page]) -> dict[str, Field] | None:
    """The address of an address history's current row (a BRP extract "met adreshistorie":
    "Straat en huisnummer | Postcode en plaats | Gemeente | Datum aanvang | Datum einde"):
    the one row with a start date and an open end, read cell by cell, so that the town is
    the postcode's cell's and not the municipality's column after it. None when the pages
    hold no history or not exactly one open row (then no row is known to be the current one)."""
    for page in pages:
        current = _open_history_rows(page.lines)
        if current is None:
            continue
        if len(current) != 1:
            return None
        line, date = current[0]
        first_date, end = date.start(), 0
        for cell in cells(line):
            end += len(cell.text) + (1 if end else 0)
            if end > first_date:
                break
            if m := re.fullmatch(_ADDRESS, line.text[:end].strip()):
                parsers = {"street": common.tidy, "house_number": parse_house_number, "postcode": parse_postcode, "city": common.tidy}
                fields = {}
                for name, parse in parsers.items():
                    hit = span_hit(page, line, m.start(name), m.end(name))
                    fields[name] = hit.field(parse(m.group(name)))
                return fields
        return None
    return None


def _number_after_street(pages: Sequence[Page], street: Field) -> Field:
    """The house number printed after the labelled street on its own line ("Straat en
    huisnummer  Leliegracht 1"): the number of that street, never one of another address."""
    for page, _, line in iter_lines(pages):
        if page.number != street.page or not any(w.bbox[1] <= street.bbox[3] and w.bbox[3] >= street.bbox[1] and w.bbox[0] >= street.bbox[0] - 1 for w in line.words):
            continue
        if m := re.search(rf"{re.escape(str(street.value))}\s+({_NUMBER})(?!\d)", line.text):
            if value := parse_house_number(m.group(1)):
                hit = span_hit(page, line, m.start(1), m.end(1))
                return Field(value=value, confidence=min(hit.confidence, street.confidence), page=page.number, bbox=hit.bbox)
    return Field()


def _labelled(pages, label: str, value: str, parse) -> Field:
    """The value after a row's label, up to the end of its cell: a block of the object's
    data beside the address's rows ("Straat  Vermeerpark      Verblijfsobject-ID ...")
    is another column, however its words would run on the value's."""
    hit = find_value(pages, [label], value, below=0)
    if hit is None:
        return Field()
    if hit.words:
        hit = hit.first_cell(_CELL_HEIGHTS * max(w.bbox[3] - w.bbox[1] for w in hit.words))
    return hit.field(parse(_before_caps_label(hit.text)))


_CELL_HEIGHTS = 3
"""A gap between a value's words of this many times their height, at least, ends its cell
(a name's or street's words stand a space apart, some tenth of it)."""


def _before_caps_label(text: str) -> str:
    """`text` without the labels in capitals that follow the value on its line: a grid whose
    labels are set in small capitals reads, by OCR, "Stationsdijk HUISNUMMER 2", where its
    text layer has "Stationsdijk huisnummer 2"; an address in one row of pairs prints
    "Straat Lijsterdreef Huisnummer 20 Postcode ...". A value in capitals itself keeps its
    words, and a word that labels a street ("Oude Straat") is the street's.

    >>> _before_caps_label("Stationsdijk HUISNUMMER"), _before_caps_label("STATIONSDIJK"), _before_caps_label("Lange Nieuwstraat")
    ('Stationsdijk', 'STATIONSDIJK', 'Lange Nieuwstraat')
    >>> _before_caps_label("Lijsterdreef Huisnummer"), _before_caps_label("Oude Straat")
    ('Lijsterdreef', 'Oude Straat')
    """
    words = text.split()
    if not words or words[0].isupper():
        return text
    for index in range(1, len(words)):
        word = words[index]
        if len(word) < 3 or not is_label_wording(word):
            continue
        if word.isupper() or (word[:1].isupper() and fold(word) not in _STREET_WORDS()):
            return " ".join(words[:index])
    return text


@functools.cache
def _STREET_WORDS() -> frozenset[str]:
    """The one-word labels of a street ("straat", "adres"): words a street's name may hold."""
    return frozenset(fold(w) for w in table()["brp_uittreksel"]["street"].labels if " " not in w)


def _house_number(pages: Sequence[Page]) -> Field:
    """Huisnummer with the letter or addition printed after it ("126 D"), plus Huisletter
    ("12" "A" is 12A) and Huisnummertoevoeging ("7" "2" is 7-2)."""
    number = find_value(pages, [rf"{_ROW_START}huisnummer\b(?!\s*toevoeging)"], rf"\b{_NUMBER}", below=0)  # "126 D" is 126D
    if number is None:
        return Field()
    letter = find_value(pages, [rf"{_ROW_START}huisletter\b"], r"\b[A-Za-z]\b", below=0)
    addition = find_value(pages, [rf"{_ROW_START}huisnummertoevoeging\b|{_ROW_START}toevoeging\b"], r"\b[A-Za-z0-9]{1,4}\b", below=0)
    text = number.text + (letter.text if letter else "") + (f"-{addition.text}" if addition else "")
    parts = [hit for hit in (number, letter, addition) if hit]
    confidence = min(hit.confidence for hit in parts)
    value = parse_house_number(text)
    if value is None:
        return Field()
    return Field(value=value, confidence=confidence, page=number.page, bbox=union_bbox(h.bbox for h in parts))


def _written_address(pages: Sequence[Page]) -> dict[str, Field]:
    """"Kerkstraat 12 A, 2011 AB Haarlem" in a line or sentence (after "adres" when possible)."""
    labelled = list(common.search(pages, rf"\badres\b\s*:?\s*(?:de\s+)?{_ADDRESS}"))
    matches = labelled or list(common.search(pages, _ADDRESS, 0))
    # a street that holds a label's word is a table's heads run on into the value below
    # them ("STRAAT HUISNUMMER POSTCODE WOONPLAATS" over "Multatuliweg 12 1215 AB ..."), no street
    matches = [(text, m) for text, m in matches if not any(is_label(word) for word in m["street"].split())]
    if not matches:
        return _split_written_address(pages)
    text, m = matches[0]
    # an address no label names, where the pages print others too (a letter's addressee, a
    # previous address): the first is likely, not sure, and the analyst looks
    others = {(common.tidy(o["street"]).lower(), o["house_number"]) for _, o in matches}
    doubt = 1.0 if labelled or len(others) == 1 else UNLABELLED_ADDRESS_CONFIDENCE
    parsers = {
        "street": common.tidy,
        "house_number": parse_house_number,
        "postcode": parse_postcode,
        "city": common.tidy,
    }
    fields = {}
    for name, parse in parsers.items():
        hit = common.group_hit(text, m, name)
        fields[name] = hit.field(parse(m.group(name)), doubt) if hit else Field()
    return fields


UNLABELLED_ADDRESS_CONFIDENCE = 0.75
"""The most the first of several written addresses counts for when no label says which is
the extract's own."""


def _split_written_address(pages: Sequence[Page]) -> dict[str, Field]:
    """"Adres: Kerkstraat 12" and "Postcode en woonplaats: 2011 AB Haarlem" on two lines."""
    fields: dict[str, Field] = {}
    street_line = find_value(pages, [r"^[\W_]{0,2}adres\b"], rf"{_STREET}\s{_NUMBER}(?!\w)", below=0)
    if street_line is not None and (m := re.fullmatch(rf"(?P<street>{_STREET})\s(?P<number>{_NUMBER})", street_line.text)):
        fields["street"] = street_line.field(common.tidy(m["street"]))
        fields["house_number"] = street_line.field(parse_house_number(m["number"]))
    place = find_value(pages, [r"postcode\s*en\s*(?:woon)?plaats"], rf"{POSTCODE_PATTERN}\s+{_TOWN}", below=0)
    if place is not None and (m := re.fullmatch(rf"(?P<postcode>{POSTCODE_PATTERN})\s+(?P<city>{_TOWN})", place.text)):
        fields["postcode"] = place.field(parse_postcode(m["postcode"]))
        fields["city"] = place.field(common.tidy(m["city"]))
    return fields


# --- persons -------------------------------------------------------------------------------


def _persons(pages: Sequence[Page], address: dict[str, Field]) -> Field:
    """Everyone registered at the address, from a persons table, label blocks, bare
    table rows or a declaration's sentences."""
    listed, said = _persons_from_lines(pages), _persons_from_prose(pages)  # each read once: the fallbacks and the check of the others
    people = _persons_from_columns(pages) or _persons_from_table(pages) or _persons_from_cells_or_blocks(pages, address) or listed or said
    people = _more_of_the_same(_more_of_the_same(people, listed), said)
    people = [person for person in people or () if any(hit is not None for _, hit in person.values())]
    if not people:
        return Field()  # no person, or only rows of which nothing was read: no resident is known
    values = [{name: value for name, (value, _) in person.items()} for person in people]
    hits = [hit for person in people for _, hit in person.values() if hit is not None]
    confidence = min(hit.confidence for hit in hits)
    first_page = min(hit.page for hit in hits)
    bbox = union_bbox(hit.bbox for hit in hits if hit.page == first_page)
    return Field(
        value=values,
        confidence=round(confidence, 3),
        page=first_page,
        bbox=bbox,
    )


def _persons_from_cells_or_blocks(pages: Sequence[Page], address: dict[str, Field]) -> list[_Person]:
    """Label blocks, read as the page prints its lines or, where a ruled table's cells wrap
    ("geb. 20-09-1956 te" over "Amsterdam-Duivendrecht"), a cell a line
    (`labels.unwrapped_cells`), or where a card prints a row of captions over a row of
    values ("Naam | Burgerservicenummer" over "Rachid Chaouch | 375 333 800"), a caption
    with its value a line (`labels.captions_over_values`): whichever reading gives more of
    the persons' values."""
    read = _persons_from_blocks(pages, address)
    for view in (unwrapped_cells, lambda page: captions_over_values(page, _person_caption)):
        cut = [view(page) for page in pages]
        if all(seen is page for seen, page in zip(cut, pages)):
            continue
        by_cells = _persons_from_blocks(cut, address)
        if _values_read(by_cells) > _values_read(read):
            read = by_cells
    return read


def _person_caption(cell: Line) -> bool:
    """Whether a cell is, as a whole, a caption: a label of some field, or a person block's
    label as OCR read it ("Geboortedattim")."""
    if is_label(cell.text):
        return True
    found = _line_label(_block_labels(), cell)
    return found is not None and not cell.text[found[1]:].strip(" :.")


def _values_read(people: list[_Person]) -> int:
    return sum(hit is not None for person in people for _, hit in person.values())


def _more_of_the_same(people: list[_Person], listed: list[_Person]) -> list[_Person]:
    """`listed` (everyone a list of sentences or of bare rows names: "1. Jansen, Pieter,
    geboren ...") where it holds everyone `people` holds and more: a reader that took such a
    list for a table with one row found one resident of two, a table whose row OCR broke
    ended there, and a resident left out is a wrong "lives alone"."""
    names = {fold(person["name"][0] or "") for person in people}
    if len(listed) > len(people) and names <= {fold(person["name"][0] or "") for person in listed}:
        return listed
    return people


_SURNAME_FIRST = re.compile(r"[^\W\d_][^\s,]*,")
"""A name printed surname first ("Wit, Chantal Hendrik"), no particle before the surname."""
_Person = dict[str, tuple[object, Hit | None]]
_PARSERS = {"name": lambda t: _clean_name(t), "birth_date": parse_date, "bsn": parse_bsn, "registered_since": parse_date}


_SEX_MARK = re.compile(r"\s*\((?:m|v|x|man|vrouw|male|female|mnl|vrl)\.?\)\s*$", re.IGNORECASE)
"""The sex after a name, as some extracts print it: "P. Jansen (M)", "Bakker, Anna (vrouw)"."""


_BIRTH_NOTE = re.compile(r"\s+(?:born\s+(?:in|at)|geboren\s+(?:te|in)|geb\.?\s+te)\s.*$", re.IGNORECASE | re.DOTALL)
"""The place of birth under or after a name, in a column "Name and place of birth"."""


_ROW_NUMBER = re.compile(rf"^\s*\d{{1,2}}(?:\.\d{{1,2}})*[.)]?\s+(?:(?:{SPECK}){{1,2}}\s*)?(?=[^\W\d_]|[{lexicon.APOSTROPHES}])")
"""A row's number before a name ("2.1 Tekeste, Dawit"), with a speck OCR read between
them ("2.1 _ Tekeste"); an elision's apostrophe ("4 't Hart") is the name's own."""


def _clean_name(text: str) -> str | None:
    """A person's name as printed ("Vries, Jan Pieter de"), None if it holds no name.

    A full stop right after a whole word is a speck, not part of the name (initials
    and abbreviations such as "Joh." keep theirs):

    >>> _clean_name("Anouk Cornelis. Meijer"), _clean_name("Mulder, Thijs van den."), _clean_name("Vries, Joh. de")
    ('Anouk Cornelis Meijer', 'Mulder, Thijs van den', 'Vries, Joh. de')
    >>> _clean_name("Dekker, Aïcha -"), _clean_name("Dijk, Eva van't"), _clean_name(". Joris ter Leeuwen")
    ('Dekker, Aïcha', "Dijk, Eva van 't", 'Joris ter Leeuwen')
    >>> _clean_name("E Postma, Linh Hendrik van"), _clean_name("J. Postma")  # a table edge read as a letter
    ('Postma, Linh Hendrik van', 'J. Postma')
    >>> _clean_name("Í Sem Anna de Kaya Ï"), _clean_name("Çelik, Ömer")  # a cell's edges, not a name's letters
    ('Sem Anna de Kaya', 'Çelik, Ömer')
    >>> _clean_name("1 Simatupang, W."), _clean_name("12. Jansen, P."), _clean_name("2.1 Tekeste, Dawit")  # the row's number in a "Nr" column nobody reads, a section's
    ('Simatupang, W.', 'Jansen, P.', 'Tekeste, Dawit')
    >>> _clean_name("2.1 _ Tekeste, Dawit"), _clean_name("2.3 _Owusu, Mehari"), _clean_name("4 » 't Hart, Anna")  # a speck between the number and the name
    ('Tekeste, Dawit', 'Owusu, Mehari', "'t Hart, Anna")
    >>> _clean_name("Nederweert; BSN"), _clean_name("Jan de Bij")  # a label's word is no name's; "Bij" is a surname
    (None, 'Jan de Bij')
    >>> _clean_name("P. Jansen (M)"), _clean_name("Bakker, Anna (vrouw)")  # the sex the register keeps, printed beside the name
    ('P. Jansen', 'Bakker, Anna')
    >>> _clean_name("Emma van Beek born in Vlissingen"), _clean_name("Vries, Jan de geboren te Utrecht")  # "Name and place of birth"
    ('Emma van Beek', 'Vries, Jan de')
    >>> _clean_name("Owusu, K. Lopes, K.") is None  # two cards' names on one line
    True
    """
    text = _ROW_NUMBER.sub("", text)  # the row's number before it ("1  Simatupang, W.", "2.1 _ Tekeste, Dawit"): no name starts with a digit
    text = _SEX_MARK.sub("", _BIRTH_NOTE.sub("", text))
    name = re.sub(r"(?<=[a-zà-ÿ]{3})\.(?=\s|$)", "", plain_apostrophes(common.tidy(text)))
    name = re.sub(r"\s+-$", "", name).lstrip(". ")  # a cell's rule read as a dash after it, a speck before it
    name = re.sub(r"^[^\W\d_]\s+(?=[^\W\d_][^\s,]*,)", "", name)  # "E Postma, Linh": no surname starts with a lone letter
    name = re.sub(rf"^{BOX_EDGE}\s+|\s+{BOX_EDGE}$", "", name)  # a cell's edges read as accented capitals
    if not re.search(r"[^\W\d_]{2,}", name) or re.search(r"\d", name):
        return None
    if ";" in name or any(is_label_wording(w) for w in name.replace(",", " ").split() if len(w) >= 3):
        return None  # "Nederweert; BSN": a sentence's place of birth and the next fact's label, no name
    if name.count(",") > 1:
        return None  # "Owusu, K. Lopes, K.": two names printed surname first, run together (two cards side by side)
    return capital_i(name)  # "Prins, lvone": OCR's small l for the capital I


def _person(values: dict[str, Hit | None]) -> _Person:
    person: _Person = {}
    for name, parse in _PARSERS.items():
        hit = values.get(name)
        if hit is not None and name == "name":
            trimmed = hit.without_leading_specks()
            if _SURNAME_FIRST.match(trimmed.text):  # else what went before is the name's own
                hit = trimmed
        value = parse(hit.text) if hit is not None else None
        if value is None and hit is not None and name == "name" and (lost := re.fullmatch(rf"(.*[^\W\d_].*?)\s+{_MISREAD_INITIAL.pattern}", hit.text)):
            value = parse(lost.group(1))  # "CHAOUCH 1.": the surname is read, an initial is not: the analyst looks
            hit = replace(hit, confidence=min(hit.confidence, PART_OF_NAME))
        if value is None and hit is not None and name in _DATE_COLUMNS:
            value, squeezed = read_date(hit.text)  # "Geboortedatum 2821948": its stops lost
            if squeezed:
                hit = replace(hit, confidence=min(hit.confidence, SQUEEZED_DATE_CONFIDENCE))
        person[name] = (value, hit if value is not None else None)
    return person


def _persons_from_table(pages: Sequence[Page]) -> list[_Person]:
    def is_row(row: common.Row) -> bool:
        """A person: a name without digits or a colon ("Plaats en datum: ..." is not one)
        and at least two of birth date, BSN and date of settling; or no name (OCR lost
        it) but all three, the dates readable and the BSN passing the elfproef."""
        name = row.text("name")
        if not name:
            return len(_row_dates(row)) == 2 and len(_row_bsns(row)) == 1
        if re.search(r"[\d:]", re.sub(rf"\s+{_MISREAD_INITIAL.pattern}$", "", name)):  # "CHAOUCH 1.": an initial misread
            return False
        values = (
            re.search(DATE_PATTERN, row.text("birth_date"), re.IGNORECASE),
            re.search(r"\d{4}", row.text("bsn")),
            re.search(DATE_PATTERN, row.text("registered_since"), re.IGNORECASE),
        )
        if sum(bool(v) for v in values) >= 2:
            return True
        # a rule or a header OCR lost shifts values between cells: count them in the whole row
        dates = min(2, len(row.matches(DATE_PATTERN)))
        return dates + bool(row.matches(r"\d{4}", outside=DATE_PATTERN)) >= 2

    columns = dict(_PERSON_COLUMNS, departed=departed_columns(DOC_TYPE.value))
    rows = common.read_table(pages, columns, is_row, first="name", mend=_value_out_of_name_cell, others=other_columns(DOC_TYPE.value),
                             wordings=_COLUMN_WORDINGS, damaged=_unreadable_row)
    return [_beside_unread(row, _fill_from_row(row, _person({name: row.hit(name) for name in _PARSERS}))) for row in rows if not row.hit("departed")]


UNREAD_ROW_CONFIDENCE = 0.6
"""The most a resident's values are worth when a row beside theirs in the persons table could
not be read: the list may lack someone, and an analyst looks before anyone is taken to live
alone or a household to be whole."""
_UNREAD_ROW_NUMBERS = 3


def _unreadable_row(row: common.Row) -> bool:
    """Whether a line in a persons table that is no row carries a person's row all the same,
    too damaged to read: words with letters where the name stands and at least
    `_UNREAD_ROW_NUMBERS` words with digits after it ("Tekêste, Kilane * ® 15 jantudri $005 4%
    508": a photocopy's noise over a birth date and a BSN). A section's heading ("3 Ingeschreven
    met briefadres") or a date line ("Uitgereikt op 2026-02-01") has too few numbers."""
    name = row.text("name")
    numbers = sum(bool(re.search(r"\d", word.text)) for column, words in row.cells.items() if column != "name" for word in words)
    return bool(re.search(r"[^\W\d_]{2}", name)) and numbers >= _UNREAD_ROW_NUMBERS


def _beside_unread(row: common.Row, person: _Person) -> _Person:
    if not row.unread_beside:
        return person
    return {name: (value, replace(hit, confidence=min(hit.confidence, UNREAD_ROW_CONFIDENCE)) if hit is not None else None)
            for name, (value, hit) in person.items()}  # fmt: skip


def _row_dates(row: common.Row) -> list[Hit]:
    """The readable dates anywhere in the row, left to right, cells ignored."""
    return [hit for hit in row.matches(DATE_PATTERN) if parse_date(hit.text)]


def _row_bsns(row: common.Row) -> list[Hit]:
    """The nine-digit numbers outside the row's dates that pass the elfproef."""
    return [hit for hit in row.matches(_BSN_VALUE, outside=DATE_PATTERN) if parse_bsn(hit.text)]


_MISREAD_INITIAL = re.compile(r"[1l|!][.)]?")
"""An initial "I." as OCR may read it: "1.", "l.", "|."."""


_SPECK_WORD = re.compile(rf"(?:{SPECK})+")
"""A word of OCR's marks alone (`names.SPECK`): a rule ("|", "[") or a speck ("_", "»")."""


_ROW_NUMBER_WORD = re.compile(r"\d{1,2}(?:[.:,]\d{1,2})*[.)]?")
_MARGIN_SPECK = re.compile(r"[^\W\d_]|[\W_]{1,2}")  # a letter alone, or marks: no word of a name's
_MARGIN_SPECKS = 3


def _value_out_of_name_cell(row: common.Row) -> common.Row:
    """The row with the words from the first one holding a digit on moved out of the
    name cell into the next: a photo's slant shifts a row's words left against the
    header's, so "Sem Anna de Kaya [29.10.1989" lands in the name cell whole (and a row
    whose name OCR lost, "18-01-1987 | 5517.69.890 ...", has no name at all). A row's own
    number before the name ("1  Simatupang, W.", a section's "2.1 Tekeste, Dawit") is dropped,
    with the specks of a photocopy's margin before it ("d À È 2:5 » Tekeste, Helen": a
    number's dot read as a colon or comma)."""
    columns = list(row.cells)  # left to right
    words = row.cells.get("name", ())
    margin = next((i for i in range(min(_MARGIN_SPECKS, len(words) - 1) + 1) if _ROW_NUMBER_WORD.fullmatch(words[i].text)), 0)
    if margin and all(_MARGIN_SPECK.fullmatch(word.text) for word in words[:margin]):
        words = words[margin:]
    rules = 1
    while len(words) > rules + 1 and _SPECK_WORD.fullmatch(words[rules].text):
        rules += 1  # "1 | Lopes, Djenifer", "2.1 _ Tekeste, Dawit": the rule between the number's column and the name's, a speck
    numbered = len(words) > rules and _ROW_NUMBER_WORD.fullmatch(words[0].text) and re.search(r"[^\W\d_]", words[rules].text)
    if numbered:  # "1  Simatupang, W.": the row's number, in a "Nr" column nobody reads, is no value
        words = words[rules:]
    cut = next((i for i, word in enumerate(words) if re.search(r"\d", word.text)), len(words))
    if cut < len(words) and _MISREAD_INITIAL.fullmatch(words[cut].text) and (cut + 1 == len(words) or words[cut + 1].text[:1].isdigit()):
        cut += 1  # "CHAOUCH 1. 19 mrt. 1991": an initial read as a digit stays the name's, which `_person` flags
    if numbered and cut == len(words):
        return replace(row, cells={**row.cells, "name": words})
    if cut == len(words) or columns[-1] == "name":
        return row
    after = columns[columns.index("name") + 1]
    cells = {**row.cells, "name": words[:cut], after: tuple(words[cut:]) + tuple(row.cells[after])}
    return replace(row, cells=cells)


_HEADER_WORDS = rf"{_BIRTH_LABEL}|{BSN_LABEL}|{_SINCE_LABEL}"
_DATE_COLUMNS = ("birth_date", "registered_since")
_USUAL_ORDER = ("birth_date", "bsn", "registered_since")


def _fill_from_row(row: common.Row, person: _Person) -> _Person:
    """Dates and BSN its cells did not give, read from the row as a whole.

    OCR may lose the rule between two cells or misread a column's header, so a cell
    holds two values or none. The row then still holds them in the columns' order:
    with exactly two dates, they are the date columns in the header's order; a single
    date is the date column on its side of the BSN, if only one stands there. A column
    the header lost is taken where BRP extracts print it (birth date, BSN, date of
    settling). A BSN is the one nine-digit number outside the dates that passes the
    elfproef, and only if there is exactly one.
    """
    if person["bsn"][0] is None:
        numbers = _row_bsns(row)
        if len(numbers) == 1:
            person["bsn"] = (parse_bsn(numbers[0].text), numbers[0])
    columns = [c for c in row.cells if c in _DATE_COLUMNS + ("bsn",)]  # as the header orders them, left to right
    for column in _DATE_COLUMNS + ("bsn",):  # one the header lost (misread): where BRP extracts print it
        if column not in columns:
            columns.insert(min(_USUAL_ORDER.index(column), len(columns)), column)
    dates = _row_dates(row)
    bsn = person["bsn"][1]
    slots: list[str] = []
    if len(dates) == 2:
        slots = [c for c in columns if c in _DATE_COLUMNS]
    elif len(dates) == 1 and bsn is not None:  # the other date unreadable: the BSN's side tells which this is
        side = columns[: columns.index("bsn")] if dates[0].bbox[0] < bsn.bbox[0] else columns[columns.index("bsn") + 1 :]
        slots = side if len(side) == 1 else []
    for name, hit in zip(slots, dates):
        if person[name][0] is None:
            person[name] = (parse_date(hit.text), hit)
    return person


_NAME_WORD = re.compile(r"[A-ZÀ-Þ][^\s\d]*|(?:[A-Z]\.)+|van|von|de|der|den|ter|ten|te|het|['’‘`]t|[|_—-]")
"""A word of a name as a table row prints it (capital, initials, particles) or a cell's rule."""


def _persons_from_lines(pages: Sequence[Page]) -> list[_Person]:
    """Rows of a persons table whose header OCR lost ("Be adroa ne, hi" on a photo): a
    line that is a name followed by two dates and at most one BSN, or by one date and a
    BSN. With no header to name the columns, the earlier date is the birth date and the
    later the date of settling at the address (no one settles before being born); a
    single date could be either and is left unread. Prose ("Hierbij verklaren wij dat
    ...") is no row: every word before the values must be a name's.
    """
    people = []
    for page, _, line in iter_lines(pages):
        dates = [m for m in re.finditer(DATE_PATTERN, line.text, re.IGNORECASE) if parse_date(m.group(0))]
        rest = re.sub(DATE_PATTERN, lambda m: " " * len(m.group(0)), line.text, flags=re.IGNORECASE)
        numbers = [m for m in re.finditer(_BSN_VALUE, rest) if parse_bsn(m.group(0))]
        if len(dates) > 2 or len(numbers) > 1 or len(dates) + len(numbers) < 2 or not dates:
            continue
        before = line.text[: min(m.start() for m in dates + numbers)]
        if not before.split() or not all(_NAME_WORD.fullmatch(word) for word in before.split()):
            continue
        values: dict[str, Hit | None] = {"name": span_hit(page, line, 0, len(before.rstrip(" |_—-")))}
        if numbers:
            values["bsn"] = span_hit(page, line, *numbers[0].span())
        if len(dates) == 2:
            early, late = sorted(dates, key=lambda m: parse_date(m.group(0)))
            values["birth_date"], values["registered_since"] = span_hit(page, line, *early.span()), span_hit(page, line, *late.span())
        person = _person(values)
        if person["name"][0] is not None:
            people.append(person)
    return people


@cache
def _prose_birth() -> re.Pattern:
    """"geboren op <date>" in a sentence; compiled when a declaration in prose is first read."""
    return re.compile(rf"[,(]?\s*geboren\s*(?:op\s*)?:?\s*(?P<date>{DATE_PATTERN})", re.IGNORECASE)


_PROSE_SEPARATOR = re.compile(r"[:;•·▪●*\n]|\b(?:en|namelijk)\b|^")


def _persons_from_prose(pages: Sequence[Page]) -> list[_Person]:
    """Persons a municipality's declaration names in its sentences: "Serkan Şimşek,
    geboren op 26-08-1961, burgerservicenummer 580499960, ingeschreven op dit adres
    sinds 01-10-2019; ...". A person is a name right before "geboren"; their BSN and
    date of settling are the labelled values that follow, up to the next person or the
    end of the sentence.
    """
    people = []
    spans = list(common.sentences(pages))
    for index, (text, start, end) in enumerate(spans):
        births = list(_prose_birth().finditer(text.text, start, end))
        for birth, following in zip(births, births[1:] + [None]):
            stop = following.start() if following else _statement_end(spans, index)
            before = text.text[start : birth.start()]
            cut = max((m.end() for m in _PROSE_SEPARATOR.finditer(before)), default=0)
            name_start = start + cut + len(before[cut:]) - len(re.sub(r"^[\W_]+", "", before[cut:]))  # past a bullet
            name = take_name(text.text[name_start : birth.start()])
            if not name or len(name) < 0.9 * len(text.text[name_start : birth.start()].strip()):
                continue
            values: dict[str, Hit | None] = {
                "name": text.hit(name_start, birth.start()),
                "birth_date": text.hit(*birth.span("date")),
            }
            rest = text.text[birth.end() : stop]
            for key, label, value in (("bsn", BSN_LABEL, _BSN_VALUE), ("registered_since", _SINCE_LABEL, DATE_PATTERN)):
                if m := re.search(rf"(?:{label})\s*(?:op\s*)?:?\s*(?P<value>{value})", rest, re.IGNORECASE):
                    values[key] = text.hit(birth.end() + m.start("value"), birth.end() + m.end("value"))
            people.append(_person(values))
    return people


def _statement_end(spans: Sequence[tuple[object, int, int]], index: int) -> int:
    """Where the statement of the person whose birth sentence `spans[index]` holds ends: at
    its full stop, though semicolons part it into sentences ("Dima Haddad, geboren 20 mei
    1959; BSN 446943320; adreshouding vanaf 4 november 2025."), and never past another
    person's birth or the page."""
    text, _, end = spans[index]
    while not text.text[:end].rstrip().endswith((".", "!", "?")) and index + 1 < len(spans):
        following, start, next_end = spans[index + 1]
        if following is not text or _prose_birth().search(following.text, start, next_end):
            break
        index, end = index + 1, next_end
    return end


_LINE_START = r"^(?:\d{2}\.\d{2}\.\d{2}\s+|\S{1,3}\s+)?[\W_]{0,6}"
"""Where a block's label stands: first on its line, after a BRP element's code ("01.02.40
Geslachtsnaam") or at most a speck OCR made of the margin or a rule ("otd Sinds",
"4 Geboortedatum", "__“Burgerservicenummer"), or a reader's tick in the margin ("/___Naam"):
a label mid-sentence is prose, not a block's."""


_NAME_PARTS = ("given", "prefix", "surname")
"""A name printed in its parts, as the BRP keeps it: "Voornamen", "Voorvoegsel",
"Geslachtsnaam" (elements 01.02.10, 01.02.30, 01.02.40)."""


def _block_labels() -> dict[str, tuple[str, str]]:
    """Per person field: (its label first on a line, the pattern of its value); a name's
    parts before the whole name's labels, which "Geslachtsnaam" alone would match."""
    return {
        "given": (rf"{_LINE_START}voornamen\b|{_LINE_START}voornaam\b(?!\s+en\b)", r".+"),
        "prefix": (rf"{_LINE_START}voorvoegsel(?:\s+(?:geslachts)?naam)?\b", r".*"),
        "surname": (rf"{_LINE_START}geslachtsnaam\b(?!\s+en\b)|{_LINE_START}achternaam\b(?!\s+en\b)", r".+"),
        "name": (_NAME_LABEL, r".+"),
        "birth_date": (rf"{_LINE_START}(?:{_BIRTH_LABEL})", rf"{DATE_PATTERN}|{SQUEEZED_DATE_PATTERN}"),
        "bsn": (rf"{_LINE_START}(?:{BSN_LABEL})", _BSN_VALUE),
        "registered_since": (rf"{_LINE_START}(?:datum\s*)?(?:{_SINCE_LABEL})", rf"{DATE_PATTERN}|{SQUEEZED_DATE_PATTERN}"),
    }


def _persons_from_columns(pages: Sequence[Page]) -> list[_Person]:
    """A persons table turned on its side: one column per person, the labels down the
    left ("Naam | Owusu, K.K. | Dijkstra, Z.", "Geboortedatum | 1991-08-20 | 1952-10-02").
    Taken when the name row and at least one other person row hold the same number (two
    or more) of cells, each cell a value of its row's kind; the i-th cell of each row
    is the i-th person's. Else no persons: the other readers try."""
    labels = _block_labels()
    rows: dict[str, list[Hit]] = {}
    for page, index, line in iter_lines(pages):
        found_label = _block_label(labels, page, index)
        if found_label is None or found_label[0] in rows:
            continue
        name, offset = found_label
        row_cells = _cells(page, line, offset)
        if len(row_cells) >= 2 and all(re.fullmatch(labels[name][1], c.text, re.IGNORECASE) and not is_label(c.text) for c in row_cells):
            rows[name] = row_cells
    width = len(rows.get("name", ()))
    if width < 2 or not any(len(found) == width for key, found in rows.items() if key != "name"):
        return []
    if any(re.search(_HEADER_WORDS, c.text, re.IGNORECASE) for c in rows["name"]):
        return []
    return [_person({key: found[i] for key, found in rows.items() if len(found) == width}) for i in range(width)]


def _cells(page: Page, line, offset: int) -> list[Hit]:
    """The cells of `line` from character `offset` on (`labels.cells`), each as a hit."""
    hits: list[Hit] = []
    pos = 0
    starts = {}
    for word in line.words:
        starts[id(word)] = pos
        pos += len(word.text) + 1
    for cell in cells(line):
        words = [w for w in cell.words if starts[id(w)] >= offset and w.text.strip(" :|")]
        if words:
            hits.append(span_hit(page, line, starts[id(words[0])], starts[id(words[-1])] + len(words[-1].text)))
    return hits


def _persons_from_blocks(pages: Sequence[Page], address: dict[str, Field]) -> list[_Person]:
    """Label/value blocks, one per person: a "Naam" line starts the next person. A
    block without a date of settling may have it in the address history below it."""
    labels = _block_labels()
    people: list[dict[str, Hit | None]] = []
    headed: set[int] = set()  # the blocks a name heading began (ids of `people`'s dicts)
    away: set[int] = set()  # the blocks that say their person does not live at the address
    viewed = [_one_pair_per_line(page, labels) for page in pages]
    for page, index, line in iter_lines(viewed):
        found_label = _block_label(labels, page, index)
        if found_label is None:
            if people and _NOT_RESIDENT.search(line.text):
                away.add(id(people[-1]))  # "moeder · niet op dit adres": a relative drawn for the family's sake
                continue
            # a name alone on its line after a person's values heads the next block: the
            # values below it are that person's even when OCR lost one of their labels
            if people and set(people[-1]) - {"name"} and (heading := _heading_name(page, line)) is not None:
                people.append({"name": heading})
                headed.add(id(people[-1]))
            continue
        name, offset = found_label
        value = labels[name][1]
        held = line  # the line holding the value
        bare = not line.text[offset:].strip(" :.|")  # the label alone on its line, its colon at most
        found = None if bare else re.search(value, line.text[offset:], re.IGNORECASE)
        if bare and (beside := line_beside(page, index) or _line_under(page, index, labels)):
            held, offset = beside, 0  # beside the label, a line lower; or under it, a form's caption over its value
            found = re.match(value, beside.text, re.IGNORECASE)
        if found is None:
            continue
        if name == "name" and re.search(_HEADER_WORDS, found.group(0), re.IGNORECASE):
            continue  # "Naam Geboren Burgerservi...": a table's header, no person
        if only_labels(found.group(0)):
            continue  # "Name · Nom · Name" under "Naam Marloes de Vries": a multilingual form's caption, no value
        hit = span_hit(page, held, offset + found.start(), offset + found.end())
        if name == "name" and people and id(people[-1]) in headed and set(people[-1]) == {"name"}:
            people.pop()  # the heading was the labelled name's block title
        current = people[-1] if people else None
        if name == "registered_since" and current is not None and name in current and _settled_at_address(line.text) and not _settled_at_address(current["_since_label"].text):
            current[name] = hit  # "Datum aanvang adreshouding" after "Datum inschrijving": the address's, not the municipality's
            current["_since_label"] = line_hit(page, line)
            continue
        if current is None or name == "name" or name in current or (name in _NAME_PARTS and "name" in current):
            people.append({})
        people[-1][name] = hit
        if name == "registered_since":
            people[-1]["_since_label"] = line_hit(page, line)
    people = [values for values in people if id(values) not in away]
    for values in people:
        values.pop("_since_label", None)
        _join_name_parts(values)
    people = [values for values in people if not (id(values) in headed and set(values) == {"name"})]  # a heading with nothing under it
    columns = _value_columns([(key, hit) for values in people for key, hit in values.items() if key != "name"])
    for values in people:
        if (name := values.get("name")) is not None and name.page in columns:
            values["name"] = name.from_column(columns[name.page])
        if (name := values.get("name")) is not None:
            values["name"] = name.first_cell(CELL_GAP)  # "Naam Serkan Erdoğan      aanvraag medehuur": a note beside it
    # A block whose "Naam" line OCR lost is still a person (with no name: the checks
    # take an unreadable name as "cannot tell"), if two of its values were read.
    for values in people:
        if "name" not in values and len(values) >= 2:
            values["name"] = _name_above(viewed, values)  # "Anand Fränkel" alone above "Geboortedatum ..."
    people = [values for values in people if values.get("name") is not None or len(values) >= 2]
    street, number = address["street"].value, address["house_number"].value
    for values, after in zip(people, people[1:] + [{}]):
        if "registered_since" not in values or not _near_block(values["registered_since"], values):
            # a date of settling beside the block's rows beats one whose label stands away from
            # them: a bar chart's "vanaf ..." captions, read in the page's order after the last card
            beside = next((found for page in pages if (found := _since_beside(page, values)) is not None), None)
            if beside is not None or "registered_since" not in values:
                values["registered_since"] = beside
        if values.get("registered_since") is None and street and number:
            values["registered_since"] = _since_from_history(pages, values, after, f"{street} {number}")
    return [_person(values) for values in people]


def _one_pair_per_line(page: Page, labels: dict[str, tuple[str, str]]) -> Page:
    """The page with a line that holds several label/value pairs cut into one line per
    pair: a form in two columns prints "Name  KOÇ, Yasemin  Date of birth  10 August 1998"
    as one visual line, a card "geb. 24-03-1990 · BSN 355053044" (OCR: "geb. 24-03-1950
    „BSN 3559053044, vanaf ..."), and a block's value ends where the next label begins. A
    line is cut only when it starts with a block label, before each later word that starts
    another one, once the words before it hold their own label's value; a separator
    between ("·", "|", ";") goes with neither. A line that holds one label twice ("Naam
    A  Naam B") is two records side by side, cards in two columns: the page is then read
    column by column (`_cards_in_columns`)."""
    page = _beside_side_column(page, labels)
    lines: list[Line] = []
    for line in page.lines:
        first = _line_label(labels, line)
        if first is None or len(line.words) < 3 or only_labels(line.text):
            lines.append(line)  # one pair at most; or a multilingual form's caption ("Name · Nom · Name"): no pairs, no cards
            continue
        words, cuts, label, start = line.words, [], first[0], 0
        seen = {first[0]}
        for index in range(1, len(words)):
            if _SEPARATOR.fullmatch(words[index].text) or (found := _line_label(labels, Line(words=words[index:]))) is None:
                continue
            if found[0] == "registered_since" and _settled_elsewhere(" ".join(w.text for w in words[max(start + 1, index - 3) :])):
                continue  # "in gemeente sinds": the municipality's date beside the address's, no label of its own
            if index + 1 < len(words) and (later := _line_label(labels, Line(words=words[index + 1 :]))) is not None and later[0] == found[0]:
                continue  # "TAHIRI, R.  burgerservicenummer": the label begins at its own word, "R." is the value's
            held = " ".join(w.text for w in words[start:index])
            if re.search(labels[label][1], held[first[1]:] if start == 0 else held, re.IGNORECASE) is None:
                continue  # "Datum" of "Datum aanvang adreshouding": no value yet, one label
            cuts.append(index)
            label, start = found[0], index
            if found[0] in seen:
                return _cards_in_columns(page, labels, words[index].bbox[0])  # one label twice on a line: two cards side by side
            seen.add(found[0])
        if not cuts:
            lines.append(line)
            continue
        for begin, end in zip([0, *cuts], [*cuts, len(words)]):
            part = list(words[begin:end])
            while len(part) > 1 and _SEPARATOR.fullmatch(part[-1].text):
                part.pop()
            lines.append(Line(words=tuple(part)))
    if len(lines) == len(page.lines):
        return page
    view = page.model_copy()
    view.__dict__["lines"] = tuple(lines)  # the cut lines stand for the page's own (`Page.lines` is cached)
    return view


def _beside_side_column(page: Page, labels: dict[str, tuple[str, str]]) -> Page:
    """The page with each line that holds another column's words before a block's
    label cut in two at the label's cell: a sidebar's "telefoon 14 029" beside a card's
    "Geboortedatum 30-10-1980" on one visual line is the sidebar's line and the card's.
    A line is cut only where a cell (`labels.cells`) starts with a block label and no cell
    before it holds one."""
    out: list[Line] = []
    for line in page.lines:
        parts = cells(line)
        if len(parts) < 2 or _line_label(labels, line) is not None:
            out.append(line)
            continue
        at = next((i for i, part in enumerate(parts) if i > 0 and _line_label(labels, part) is not None), None)
        if at is None:
            out.append(line)
            continue
        cut = sum(len(part.words) for part in parts[:at])
        out += [Line(words=line.words[:cut]), Line(words=line.words[cut:])]
    if len(out) == len(page.lines):
        return page
    view = page.model_copy()
    view.__dict__["lines"] = tuple(out)  # the cut lines stand for the page's own (`Page.lines` is cached)
    return view


def _cards_in_columns(page: Page, labels: dict[str, tuple[str, str]], split: float) -> Page:
    """The page with its cards side by side read one column after the other: every line
    from the first to the last that holds block labels on both sides of `split` (where the
    second card starts) is cut there, and the left column's parts come before the right
    column's, each top to bottom; a side column's words left of the left cards' labels come
    before both. Lines above and below the cards keep their place."""
    def both_sides(line: Line) -> bool:
        right = [w for w in line.words if w.bbox[0] >= split - 1]
        return bool(right) and len(right) < len(line.words) and _line_label(labels, Line(words=tuple(right))) is not None

    rows = [index for index, line in enumerate(page.lines) if both_sides(line)]
    if not rows:
        return page
    top, bottom = page.lines[rows[0]].bbox[1], page.lines[rows[-1]].bbox[3]
    first = page.lines[rows[0]]
    heads = [line for line in page.lines if line.bbox[3] <= top + 1 and top - line.bbox[3] < first.bbox[3] - first.bbox[1]
             and any(w.bbox[0] < split - 1 for w in line.words) and any(w.bbox[0] >= split - 1 for w in line.words)]  # fmt: skip
    if heads:
        top = min(line.bbox[1] for line in heads)  # the cards' headings, their names, right above their first labels
    inside = [line for line in page.lines if line.bbox[1] >= top - 1 and line.bbox[3] <= bottom + 1]
    # the left cards' edge: where their labels start; a side column's words left of it are its own column
    edge = min((line.words[0].bbox[0] for index in rows for line in [page.lines[index]] if _line_label(labels, line) is not None), default=-1.0)
    side = [Line(words=words) for line in inside if (words := tuple(w for w in line.words if w.bbox[2] < edge - CELL_GAP))]
    left = [Line(words=words) for line in inside if (words := tuple(w for w in line.words if edge - CELL_GAP <= w.bbox[2] and w.bbox[0] < split - 1))]
    right = [Line(words=words) for line in inside if (words := tuple(w for w in line.words if w.bbox[0] >= split - 1))]
    ordered = lambda lines: sorted(lines, key=lambda line: line.bbox[1])  # noqa: E731
    before = [line for line in page.lines if line.bbox[3] < top - 1 and line not in inside]
    after = [line for line in page.lines if line not in inside and line not in before]
    view = page.model_copy()
    view.__dict__["lines"] = tuple(before + ordered(side) + ordered(left) + ordered(right) + after)
    return view


_SEPARATOR = re.compile(r"[·•|;–—„+]")
"""A word that only separates the pairs of a line ("·"; "„" and "+" as OCR reads a centred dot)."""


def _line_under(page: Page, index: int, labels: dict[str, tuple[str, str]]) -> Line | None:
    """The line right under label line `index` when it starts where the label starts and is
    no label itself: the value of a caption printed above it ("Naam:" over "Jansen, Pieter")."""
    if index + 1 >= len(page.lines):
        return None
    line, under = page.lines[index], page.lines[index + 1]
    height = line.bbox[3] - line.bbox[1]
    if abs(under.bbox[0] - line.bbox[0]) > VALUE_COLUMN_TOLERANCE or under.bbox[1] - line.bbox[3] > height:
        return None
    return None if _line_label(labels, under) is not None else under


def _near_block(hit: Hit | None, values: dict[str, Hit | None]) -> bool:
    """Whether `hit` stands among or just under the rows of the block's other values (a
    block's own "Op dit adres sinds" line), not lines above it or far below."""
    rows = [h for key, h in values.items() if key not in ("registered_since",) and h is not None and hit is not None and h.page == hit.page]
    if hit is None or not rows:
        return True
    top, bottom = min(h.bbox[1] for h in rows), max(h.bbox[3] for h in rows)
    height = max(h.bbox[3] - h.bbox[1] for h in rows)
    return top - height <= hit.bbox[1] <= bottom + _NEAR_LINES * height


_NEAR_LINES = 3
"""Line heights under a block's last value within which its date of settling's line stands."""


def _since_beside(page: Page, values: dict[str, Hit | None]) -> Hit | None:
    """The date of settling printed on the same row as a block's values, in a column of its
    own right of them ("geb. 24-03-1990 · BSN 355053044" beside "vanaf 01-10-2015 t/m
    heden", a bar chart's caption): the one such date on the rows of the block's values."""
    rows = [hit for key, hit in values.items() if key not in ("name",) and hit is not None and hit.page == page.number]
    found = []
    for line in page.lines:
        if not any(line.bbox[0] > hit.bbox[2] and min(line.bbox[3], hit.bbox[3]) - max(line.bbox[1], hit.bbox[1]) > 0 for hit in rows):
            continue
        if m := _SINCE_BESIDE.match(line.text):
            found.append(span_hit(page, line, m.start("date"), m.end("date")))
    return found[0] if len(found) == 1 else None


_SINCE_BESIDE = re.compile(rf"^\W*(?:vanaf|sinds|since|from)\s+(?P<date>{DATE_PATTERN})(?:\s*(?:t/m|tot|-)\s*(?:heden|nu|present|now))?\W*$", re.IGNORECASE)
"""A line that is a date of settling and nothing else: "vanaf 01-10-2015 t/m heden"."""


def _settled_at_address(label: str) -> bool:
    """Whether a date's label speaks of the address ("aanvang adreshouding", "op dit adres
    sinds"), not of registering in the municipality ("datum inschrijving")."""
    return bool(re.search(r"adres|vestiging|bewoning|woont|woonachtig", label, re.IGNORECASE))


PART_OF_NAME_CONFIDENCE = PART_OF_NAME
"""The most a surname read without its given names counts for (`names.PART_OF_NAME`)."""


def _join_name_parts(values: dict[str, Hit | None]) -> None:
    """A name printed in its parts made whole, given names first ("Kartini Yvonne" +
    "Sutedja"); without a surname read, no name (the parts alone are not a person's name).
    A surname whose given names were not read ("Voornamen" lost to a scan's grain) is a
    name in part only: it counts for at most `PART_OF_NAME_CONFIDENCE`, so that the
    analyst looks before "Blom" is taken for Saskia Blom."""
    parts = [values.pop(part, None) for part in _NAME_PARTS]
    given, prefix, surname = parts
    if "name" in values or surname is None or not surname.text.strip():
        return
    used = [hit for hit in (given, prefix, surname) if hit is not None and hit.text.strip()]
    text = " ".join(hit.text.strip() for hit in used)
    page = surname.page
    values["name"] = Hit(
        text=text,
        page=page,
        bbox=union_bbox(hit.bbox for hit in used if hit.page == page),
        confidence=min(min(hit.confidence for hit in used), 1.0 if given is not None else PART_OF_NAME_CONFIDENCE),
        words=tuple(word for hit in used for word in hit.words),
    )



def _block_label(labels: dict[str, tuple[str, str]], page: Page, index: int) -> tuple[str, int] | None:
    """(field, where its value's search begins in the line's text) of the person-block
    label line `index` starts with (`_line_label`)."""
    return _line_label(labels, page.lines[index])


def _line_label(labels: dict[str, tuple[str, str]], line: Line) -> tuple[str, int] | None:
    """(field, where its value's search begins in the line's text) of the person-block
    label `line` starts with: by the block's patterns, else by labels.toml's wordings
    matched fuzzily ("Geboortedattim:" as OCR read "Geboortedatum:")."""
    text = line.text
    for name, (label, _) in labels.items():
        if (m := re.search(label, text, re.IGNORECASE)) is not None:
            return None if name == "registered_since" and _settled_elsewhere(text) else (name, m.end())
    words = line.words
    for name in ("birth_date", "bsn", "registered_since"):
        for wording in _COLUMN_WORDINGS[name]:
            for start, end, _ in find_label_on_line(line, wording):
                if all(not fold(w.text) for w in words[:start]):  # first on its line, after punctuation only
                    return None if name == "registered_since" and _settled_elsewhere(text) else (name, len(" ".join(w.text for w in words[:end])))
    return None


_NOT_RESIDENT = re.compile(
    r"^[\W_]*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[·•|,:;–—*«»-]\s*)?\(?"
    r"(?:niet\s+(?:(?:meer\s+)?(?:ingeschreven|woonachtig)\s+)?op\s+(?:dit|het)\s+adres(?:\s+(?:ingeschreven|woonachtig))?"
    r"|woont\s+(?:niet\s+(?:hier|op\s+dit\s+adres)|elders)|not\s+(?:living\s+|registered\s+)?at\s+this\s+address)"
    r"[\s.)]*$",
    re.IGNORECASE)
"""A line of a person's block that says, and says only, that the person does not live at
the address ("moeder · niet op dit adres", "(woont elders)"): a family tree's parent drawn
for the family's sake. An extract's residents are the people registered at the address; a
legend's sentence about such boxes says it of no one in particular.

>>> [bool(_NOT_RESIDENT.search(t)) for t in ("vader · niet op dit adres", "(woont elders)", "een familielid dat niet op dit adres woont en", "Niet op dit adres ingeschreven")]
[True, True, False, True]
"""


_ELSEWHERE = re.compile(
    r"\b(?:vestiging|inschrijving|ingeschreven|aankomst|binnenkomst)\s+(?:in|uit)\s+(?:nl|nederland|de\s+gemeente|gemeente|het\s+buitenland)\b"
    r"|\b(?:immigratie|vestiging\s+(?:in\s+)?nederland)\b|arrival\s+in"
    r"|\bin\s+(?:de\s+)?(?:gemeente|nederland|nl)\s+(?:sinds|vanaf)\b", re.IGNORECASE)
"""A date of settling somewhere else than at the address: in the country ("Datum vestiging in
NL", "Immigratie") or in the municipality ("in gemeente sinds"); the date at the address is
the one that counts."""


def _settled_elsewhere(text: str) -> bool:
    """Whether the label `text` begins with speaks of settling elsewhere (`_ELSEWHERE`), read
    up to its first date: "adres sinds 19 januari 2011  in gemeente sinds 25-01-2002" is
    the address's date with the municipality's beside it.

    >>> _settled_elsewhere("adres sinds 19 januari 2011 in gemeente sinds 25-01-2002"), _settled_elsewhere("in gemeente sinds 25-01-2002")
    (False, True)
    >>> _settled_elsewhere("Datum vestiging in Nederland 01-01-2000")
    True
    """
    date = re.search(DATE_PATTERN, text, re.IGNORECASE)
    return bool(_ELSEWHERE.search(text[: date.start()] if date else text))


def _bare_name(page: Page, line, known: bool = False) -> Hit | None:
    """The line as a name when it is a name and nothing else (no digits, no label);
    `known`: with a word the lexicon knows as a name's ("Geslacht V" is formed as a name is)."""
    name = _surname_first(line.text) or take_name(line.text)
    if not name or len(name) < 0.9 * len(line.text.strip()) or is_label(name) or re.search(r"[\d:]", line.text):
        return None  # a digit or a colon: a value or a label's, no name
    if known and not any(lexicon.is_known_name_word(word.strip(",")) for word in name.split()) and not _INITIALS_LAST.search(name):
        return None
    return span_hit(page, line, 0, len(line.text))


_INITIALS_LAST = re.compile(r"^[^,]{2,},\s*(?:[^\W\d_]\.\s?){1,5}$")
"""A name formed as a register prints it, the surname, a comma and the initials ("Kromodimedjo,
R.S."): formed as a name, whether the lexicon knows its words or not."""


def _heading_name(page: Page, line) -> Hit | None:
    """A block's heading: the line as a name (`_bare_name`), or its first cell when a
    labelled note stands beside it ("Kromodimedjo, R.S.      Relatie: partner")."""
    if (whole := _bare_name(page, line, known=True)) is not None:
        return whole
    first = cells(line)
    if len(first) < 2 or ":" not in " ".join(cell.text for cell in first[1:]):
        return None  # a table's row ("K. Mensah  10 05 1976  ..."), no heading with a note beside it
    return _bare_name(page, first[0], known=True)


def _surname_first(text: str) -> str | None:
    """A name printed surname first ("Gosal, Lies", "Vries, Jan Pieter de") when both
    sides of its comma are a name's: `take_name` reads up to the comma only."""
    surname, comma, given = text.strip().partition(",")
    if not comma or not _SURNAME_FIRST.match(text.strip()) or not take_name(surname) or not take_name(given.strip()):
        return None
    return _clean_name(text)


_HISTORY_HEADER = re.compile(r"\b(?:aanvang|vanaf|begin\w*|ingang|sinds)\b.*\b(?:einde|eind\w*|tot|t/m)\b", re.IGNORECASE)
"""The header of an address history ("Adres | Datum aanvang | Datum einde"): a start
column before an end column."""
_OPEN_END = re.compile(r"(?:^|\s)(?:[-–—]|heden|nu|tot\s+heden)\s*$", re.IGNORECASE)


def _since_from_history(pages: Sequence[Page], values: dict[str, Hit | None], after: dict[str, Hit | None], address: str) -> Hit | None:
    """A person's date of settling at the address from the address history below their
    block (a BRP extract "met adreshistorie" gives each address with its start and end
    date): the start date of the row of the extract's own address whose end is open. Any
    doubt (no such row, two of them, the address not read) leaves it unread: the date
    decides how long someone has lived there, and an older address's start date would
    make it look longer.
    """
    hits = [hit for hit in values.values() if hit is not None]
    last = max(hits, key=lambda hit: (hit.page, hit.bbox[3]))
    following = [hit for hit in after.values() if hit is not None]
    limit = min(following, key=lambda hit: (hit.page, hit.bbox[1])) if following else None
    page = next(p for p in pages if p.number == last.page)
    region = [
        line for line in page.lines
        if line.bbox[1] >= last.bbox[3] - 1 and (limit is None or limit.page != page.number or line.bbox[3] <= limit.bbox[1] + 1)
    ]
    rows = _open_history_rows(region)
    if rows is None:
        return None
    current = [span_hit(page, line, *date.span()) for line, date in rows if fuzz.partial_ratio(address.lower(), line.text[: date.start()].lower()) >= 90]
    return current[0] if len(current) == 1 else None


def _open_history_rows(lines) -> list[tuple[object, re.Match]] | None:
    """The rows of an address history whose end is open (one date, then nothing or a dash
    or "heden"), each with its start date's match; None when the lines hold no history's
    header ("Adres | Datum aanvang | Datum einde")."""
    header = next((i for i, line in enumerate(lines) if _HISTORY_HEADER.search(line.text)), None)
    if header is None:
        return None
    rows = []
    for line in lines[header + 1 :]:
        dates = [m for m in re.finditer(DATE_PATTERN, line.text, re.IGNORECASE) if parse_date(m.group(0))]
        if len(dates) == 1 and _OPEN_END.search(line.text[dates[0].end() :] or " -"):
            rows.append((line, dates[0]))
    return rows


def _name_above(pages: Sequence[Page], values: dict[str, Hit | None]) -> Hit | None:
    """The line right above a person's first value when it is a name and nothing else: a
    block that prints the name as its heading, with no "Naam" label."""
    first = min((hit for hit in values.values() if hit is not None), key=lambda hit: (hit.page, hit.bbox[1]))
    page = next(p for p in pages if p.number == first.page)
    above = [line for line in page.lines if line.bbox[3] <= first.bbox[1] + 1 and line.bbox[0] < first.bbox[2]]
    if not above:
        return None
    low = max(line.bbox[3] for line in above)
    height = first.bbox[3] - first.bbox[1]
    # the nearest line above it, not in a column right of it; of two side by side, the one nearer the value (a sidebar's line is left of the card's)
    nearest = max((line for line in above if low - line.bbox[3] <= height / 2), key=lambda line: line.bbox[0])
    # "Petra van Dijk-  jd WEEDE": a chart's bar read beside it; its first cell a name only when the lexicon knows a word of it
    return _bare_name(page, nearest) or _bare_name(page, cells(nearest)[0], known=True)


def _value_columns(hits: Sequence[tuple[str, Hit]]) -> dict[int, float]:
    """Per page, the x at which the blocks' dates and BSNs begin, when most of them begin
    there, the values of different labels among them: a label/value layout aligns its
    values. Values that follow their labels give none, even where one label's values
    line up under each other ("Geboortedatum 4 feb. 1972" in every block).

    >>> def at(key, x0, page=1): return key, Hit(text="2002-10-14", page=page, bbox=(x0, 0, x0 + 50, 9), confidence=0.9)
    >>> _value_columns([at("birth_date", 270.2), at("bsn", 270.7), at("birth_date", 271.0), at("bsn", 180.0), at("bsn", 120.0, page=2)])
    {1: 270.7}
    >>> _value_columns([at("birth_date", 150.0), at("bsn", 210.0), at("registered_since", 270.0)])
    {}
    >>> _value_columns([at("birth_date", 150.0), at("birth_date", 150.0), at("birth_date", 150.0)])
    {}
    """
    columns = {}
    for page in sorted({hit.page for _, hit in hits}):
        starts = sorted((hit.bbox[0], key) for key, hit in hits if hit.page == page)
        middle = starts[len(starts) // 2][0]
        on_it = [key for x, key in starts if abs(x - middle) <= VALUE_COLUMN_TOLERANCE]
        if 2 * len(on_it) > len(starts) and len(set(on_it)) >= 2:
            columns[page] = middle
    return columns
