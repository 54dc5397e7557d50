"""Bankafschrift: a bank statement, the evidence of a joint household for medehuur.

Issued by the applicant's bank (ING, Rabobank, ABN AMRO, SNS, ...) as a PDF from
online banking or on paper. The `joint_household_evidence` check needs the tenant
and the applicant named as holders of one account. Fields (CONTRACT.md §3):

- `account_holders`: the names after "Rekeninghouder(s)", "T.n.v." or "Ten name van",
  split at " en ", " & ", " / " and ", ", plus names in the lines under the label in
  its value column (one holder per line). Counterparties in the transaction table
  are never holders: only labelled names count.
- `iban`: the IBAN after "IBAN", "Rekeningnummer" or "Rekening" (not "Rekening
  tegenpartij"); else the first IBAN above the transaction table. Printed in groups
  of four; OCR's O/0, I/1, S/5, B/8 confusions are undone only where the checksum
  then holds. None when the checksum fails.
- `statement_date`: after "Datum afschrift" / "Afschriftdatum"; else a letter's
  place-and-date line ("Zeist, 2026-08-11"); else the last day of "Periode d t/m d".

Layouts known: key/value header with a Datum/Omschrijving/Af/Bij table; a letter-like
"T.n.v." header with counterparty IBANs per line; a ruled block with one holder per
line; a period-only header (`samples/generator/bankafschrift.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors._forms import find_group
from extractors._locate import Hit, find_pattern, find_value, iter_lines, reading_confidence, side_column, span_hit
from extractors._prose import NAME_PATTERN, WELL_READ, find_word, mean_confidence, search_prose, strip_honorific
from extractors.values import (
    DATE_PATTERN,
    SHORT_YEAR_DATE_PATTERN,
    clean_name,
    parse_date,
    parse_iban,
    parse_recent_date,
    pipe_as_initial,
    plain_apostrophes,
    repair_initials,
)
from extractors import lexicon
from extractors.names import JOINED, take_name
from extractors.labels import cells, find_label, fold, is_label, table
from extractors.locating import GENERIC_LABEL_CONFIDENCE, locate
from extractors.prose_facts import date_line
from woondossier.model import DocType, Field, Fields, Line, Page, union_bbox

DOC_TYPE = DocType.bankafschrift

_TITLES = ("bankafschrift", "rekeningafschrift", "afschrift", "rekeningoverzicht", "dagafschrift")
_BANK_PERIOD_TITLES = ("maandoverzicht", "kwartaaloverzicht", "weekoverzicht")
"""Titles of an overview of a period, a statement only where a bank prints them for an account
(an energy company's or a care office's "Maandoverzicht" is none)."""
_HOLDER_LABELS = (
    r"^(?:\S\s)?[\W_]{0,3}(?:Naam\s+)?Rekeninghouders?(?:\s*\(s\))?\s*:?",  # "3 _Rekeninghouders": the ruled block's edge
    r"^[\W_]{0,3}T[.:,]?\s?n[.:,]?\s?v[.:,]?\s*:?",  # OCR reads a dot as a colon or comma ("T.n:v.")
    r"^[\W_]{0,3}Ten\s+name\s+van\s*:?",
    r"^[\W_]{0,3}(?:Gezamenlijke|En/of)[\s-]+rekening\s*:?$",  # a bank app's heading over its holders, one a line
    # the holder after the account's number that opens its line: "Rekening NL91 ABNA 0417 1643 00 t.n.v. J. Jansen";
    # never a payee in a sentence ("Betaal het bedrag op NL86 INGB 0002 4455 88 t.n.v. Belastingdienst")
    r"^[\W_]{0,3}(?:[^\W\d_]{0,20}rekening(?:nummer)?\s*:?\s*|IBAN\s*:?\s*)?[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\s*,?\s+t[.:,]?\s?n[.:,]?\s?v[.:,]?\s*:?",
)
_NUMBERED_TITLE = r"\b(?:bank|rekening|dag)?afschrift\s*(?:nr\.?|nummer|no\.?)\s*:?\s*\d{1,4}\b"
"""A statement's title with its number, on a line that goes on ("Rekeningafschrift nr. 27  Datum 4 mei 2026  Blad 1 van 2")."""
_STATEMENT_LABELS = r"^[\W_]{0,3}(?:Afschrift\s?(?:datum|nummer)|Datum\s+(?:van\s+)?(?:het\s+)?afschrift)\b"
_IBAN_LABELS = (r"\bIBAN\b", r"^[\W_]{0,3}Rekeningnummer\b", r"^[\W_]{0,3}Rekening\b(?!\s*tegenpartij)")
_IBAN_LOOSE = r"(?<![A-Za-z0-9])[A-Z]{2}\s?[0-9OIlSB]{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b"
# not `\b` in front: OCR glues a table rule or speck to the value ("_NL40 RABO ...")
_SPECKS = "…„‚_·•-–—«».,"  # what OCR makes of dots, dirt and the label's dash ("T.n.v.-", "Rekeninghouders. |") before its value
_SPLIT = re.compile(rf"{JOINED}|\s+/\s+|\s*[,;]\s+")  # "K.P. Bos &T. de Sluis": OCR may lose a space at "&"


def score(pages: Sequence[Page]) -> float | None:
    """A statement title on a short line or an account-holder label, with a bank or IBAN
    and a label only statements print ("Rekeninghouder", "Afschriftdatum").

    A bank is its printed name (`extractors.lexicon.bank_regex`) or a Dutch IBAN whose
    checksum holds and whose bank code is a bank's (NLkk HAND ...: Handelsbanken): a
    logo OCR could not read still leaves the bank's IBAN.

    An energy bill prints an IBAN and a period too, and a letter may mention "een
    afschrift": neither has a statement heading or a holder label.
    """
    title = any(find_word(pages, word, max_line_words=5) for word in _TITLES) or bool(find_pattern(pages, _NUMBERED_TITLE)) or _is_camt(pages)
    holder_label = any(find_pattern(pages, label) for label in _HOLDER_LABELS[:1] + _HOLDER_LABELS[2:])
    # "T.n.v." heads invoices too, so a statement that names its holders that way is
    # known instead by a label only a statement prints (Rabobank: "Afschriftdatum").
    statement_label = bool(find_pattern(pages, _STATEMENT_LABELS))
    ibans = [parse_iban(hit.text) for hit in find_pattern(pages, _IBAN_LOOSE, flags=0)]
    printed_bank = bool(find_pattern(pages, lexicon.bank_regex(), flags=0))
    bank = printed_bank or any(iban and iban.startswith("NL") and lexicon.bank_of_code(iban[4:8]) for iban in ibans)
    if not title and printed_bank and any(ibans):
        # "Maandoverzicht januari 2026" under a bank's name, over its account's IBAN: what
        # would title anyone's monthly overview titles the bank's statement
        title = any(find_word(pages, word, max_line_words=4) for word in _BANK_PERIOD_TITLES)
    iban = bool(ibans)
    if not (title or holder_label) and iban:
        holder_label = _holder_label_in_table(pages[0])  # "Tenaamstelling": a wording the regexes above never knew
    if not (title or holder_label):
        return None
    evidence = 0.45 * title + 0.3 * (holder_label or statement_label) + 0.15 * bank + 0.1 * iban
    return round(min(evidence + 0.05, 1.0), 2) if evidence >= 0.45 else None


def _holder_label_in_table(page: Page) -> bool:
    """Whether a line of `page` opens with a wording of the label table's account holders,
    after a spreadsheet's row number if it has one ("2  Tenaamstelling  Hassan Farah")."""
    wordings = table()[DOC_TYPE]["account_holders"].labels
    return any(
        start == 0 or start == 1 and re.fullmatch(r"\d{1,4}", page.lines[index].words[0].text)
        for index in range(len(page.lines)) for wording in wordings for start, _end, _ in find_label(page, index, wording)
    )  # fmt: skip


def extract(pages: Sequence[Page]) -> Fields:
    camt = _camt(pages) if _is_camt(pages) else {}
    readers = {"account_holders": _account_holders, "iban": _iban, "statement_date": _statement_date}
    return {name: camt[name] if name in camt and camt[name].value is not None else read(pages) for name, read in readers.items()}


# --- a camt.053 file as printed -------------------------------------------------------

_CAMT = re.compile(r"<\s*BkToCstmrStmt\s*>|camt\.?053", re.IGNORECASE)
def _tag(name: str, closing: bool = False) -> str:
    """A pattern for an XML tag as printed and as OCR reads it: "<Acct>", "<Accte", "<ld=" for
    "<Id>" (an I read as l, the bracket as "=" or "e")."""
    letters = "".join("[Il1]" if c in "Il" else c for c in name)
    return rf"<\s*/\s*{letters}" if closing else rf"<\s*{letters}\s*[>=»e]?\s*"


_CAMT_FIELDS = {
    # ISO 20022's bank-to-customer statement: the account's IBAN and owner, the statement's creation
    "iban": _tag("Acct") + _tag("Id") + _tag("IBAN") + r"(?P<v>[A-Z]{2}[0-9 ]{2,4}[A-Z0-9 ]{8,40}?)\s*" + _tag("IBAN", closing=True),
    "account_holders": _tag("Ownr") + _tag("Nm") + r"(?P<v>[^<\n]+?)\s*" + _tag("Nm", closing=True),
    "statement_date": _tag("Stmt") + r".*?" + _tag("CreDtTm") + r"(?P<v>\d{4}-\d{2}-\d{2})",
}
"""Where a camt.053 statement (the XML that internet banking exports, printed from a browser)
holds each field: the tags are its labels. The entries' own IBANs, names and dates
(`<Ntry>`, `<RltdPties>`) stand under other tags."""


def _owners(text: str) -> list[str]:
    """The account's owners as the bank's system writes them, surname first in capitals
    ("KOZLOWSKA P.K. EN/OF AHMADZAI M."), each part wholly a name; none when a part is not."""
    names = []
    for part in re.split(_SPLIT.pattern, text.strip(), flags=re.IGNORECASE):  # "EN/OF" in the system's capitals
        name = take_name(part.strip(" ,"))
        if not name or len(name) < 0.9 * len(part.strip(" ,")):
            return []
        names.append(name)
    return names


def _is_camt(pages: Sequence[Page]) -> bool:
    """Whether the pages are a camt.053 statement printed as its XML: named so, and its
    statement's tag there (a printed statement may offer "uw afschrift als camt.053")."""
    return any(_CAMT.search(page.text) and re.search(_tag("Stmt"), page.text) for page in pages[:1])


def _camt(pages: Sequence[Page]) -> Fields:
    """The fields read from the tags of a camt.053 statement printed as XML (`_CAMT_FIELDS`):
    never from a label of a printed statement, which the XML has none of.

    >>> from extractors.pages import read_bytes
    >>> from tests.extractors.rendered import lines_pdf
    >>> xml = ["<BkToCstmrStmt>", "<Stmt>", "<CreDtTm>2026-08-02T06:04:49</CreDtTm>", "<Acct>", "<Id>", "<IBAN>NL37ABNA6312257337</IBAN>",
    ...        "</Id>", "<Ownr>", "<Nm>KOZLOWSKA P.K. EN/OF AHMADZAI M.</Nm>", "</Ownr>", "</Acct>", "<Ntry>", "<RltdPties>",
    ...        "<Nm>WOONSTICHTING DE KEY</Nm>", "<IBAN>NL20INGB6158225468</IBAN>", "</RltdPties>", "</Ntry>"]
    >>> {name: field.value for name, field in _camt(read_bytes(lines_pdf(xml), "camt.pdf")).items()}
    {'account_holders': ['KOZLOWSKA P.K.', 'AHMADZAI M.'], 'iban': 'NL37ABNA6312257337', 'statement_date': '2026-08-02'}
    """
    found = {name: find_group(pages, pattern, flags=re.IGNORECASE | re.DOTALL) for name, pattern in _CAMT_FIELDS.items()}
    holders = found["account_holders"]
    names = _owners(holders.text) if holders is not None else []
    iban = _read_iban(found["iban"].text) if found["iban"] is not None else (None, False)
    return {
        "account_holders": holders.field(names or None) if holders is not None else Field(),
        "iban": found["iban"].field(iban[0], 0.9 if iban[1] else 1.0) if found["iban"] is not None else Field(),
        "statement_date": found["statement_date"].field(parse_date(found["statement_date"].text)) if found["statement_date"] is not None else Field(),
    }


# --- account holders ------------------------------------------------------------------


def _account_holders(pages: Sequence[Page]) -> Field:
    for label in _HOLDER_LABELS:
        label_re = re.compile(label, re.IGNORECASE)
        for page, index, line in iter_lines(pages):
            if m := label_re.search(line.text):
                if hits := _holder_hits(page, index, line, m.end()):
                    return _holders_field(page, hits)
    if (tabled := _holders_after_table_label(pages)) is not None:
        return tabled
    return _holders_by_role(pages)


def _holders_after_table_label(pages: Sequence[Page]) -> Field | None:
    """The holders after a wording of the label table's that opens a line ("Rekening op naam
    van", "Account holder"), read as after the module's own labels (`_holder_hits`: names
    beside it or under it in its column, each cell alone): a statement printed in two
    columns sets its balances beside the names ("Michał Lewandowska      Saldo per 1 april")."""
    wordings = table()[DOC_TYPE]["account_holders"].labels
    for page, index, line in iter_lines(pages):
        for wording in wordings:
            opening = [end for start, end, _ in find_label(page, index, wording) if start == 0]
            if not opening:
                continue
            offset = len(" ".join(w.text for w in line.words[: opening[0]]))
            if hits := _holder_hits(page, index, line, offset):
                return _holders_field(page, hits)
    return None


def _holders_field(page: Page, hits: list[tuple[str, Hit]]) -> Field:
    """The holders read, as one field: as sure as the least sure of them."""
    return Field(value=[name for name, _ in hits], confidence=round(min(h.confidence for _, h in hits), 3),
                 page=page.number, bbox=union_bbox(h.bbox for _, h in hits))  # fmt: skip


_ROLE_HEAD = re.compile(r"(?<![^\W\d_])(?:rol|role|functie|hoedanigheid)(?![^\W\d_])", re.IGNORECASE)
_HOLDER_ROLE = re.compile(
    r"^(?:hoofd|mede-?|co-?|joint\s+|main\s+)?(?:rekeninghouder|eigenaar|owner|account\s*holder|holder)(?![^\W\d_])", re.IGNORECASE
)
_OTHER_ROLE = re.compile(
    r"^(?:gemachtigde|volmacht|uitgenodigd|invited|pending|authori[sz]ed|machtiging|pashouder|card\s*holder|kind|child|viewer|lid\b)", re.IGNORECASE
)
ROLE_TABLE_CONFIDENCE = 0.79
"""Holders read from a table of the account's people by their role: a way of printing them
the labels do not cover, so the analyst looks."""


def _holders_by_role(pages: Sequence[Page]) -> Field:
    """The account's holders as a table of its people prints them, each in a row with a
    role: under a header with a role column ("Naam / Name  Rol / Role  Lid sinds"), the
    rows whose role is an owner's ("Eigenaar / Owner", "Mede-eigenaar", "Rekeninghouder")
    are the holders; one authorised, invited or holding a card only is not. None unless
    every row up to the table's end has a name and a role, one of them a holder's."""
    for page in pages:
        lines = page.lines
        for index, head in enumerate(lines):
            if not _ROLE_HEAD.search(head.text) or not re.search(r"(?i)\b(?:naam|name)\b", head.text):
                continue
            names, words = [], []
            for row in lines[index + 1 : index + 12]:
                cell = _first_cell(list(row.words))
                if len(cell) == len(row.words):
                    break  # no role beside it: the table has ended
                role = " ".join(w.text for w in row.words[len(cell) :])
                name = take_name(" ".join(w.text for w in cell))
                holder = bool(_HOLDER_ROLE.search(role))
                if name is None or not (holder or _OTHER_ROLE.search(role)):
                    break
                if holder:
                    names.append(name)
                    words.extend(cell)
            if names:
                return Field(value=names, confidence=min(ROLE_TABLE_CONFIDENCE, reading_confidence(words)),
                             page=page.number, bbox=union_bbox(w.bbox for w in words))  # fmt: skip
    return Field()


def _holder_hits(page: Page, index: int, line: Line, start: int) -> list[tuple[str, Hit]]:
    """Names right of the label, then names alone on the lines under them in the same
    column (one holder per line), until a line that is not just a name."""
    # "Rekeninghouders { S. de Yılmaz": a cell's rule; but "T.n.v. |. Boer": the initial I
    printed = pipe_as_initial(line.text[start:]).lstrip(" :|{}[]" + _SPECKS)
    if printed and is_label(printed):
        return []  # "Rekeninghouder IBAN Valuta Datum": a table's header, its row for the label table's column reading
    beside = cells(Line(words=_words_from(line, start))) if printed else []
    if len(beside) >= 2 and len(beside[0].words) == 1 and all(is_label(cell.text) for cell in beside[1:]):
        printed = ""  # "Rekeninghouders  BAN  Afgedrukt op": a row of captions, one OCR misread ("IBAN"); the holders stand under it
    if not printed:  # the value sits under the label, in its column
        found = _cell_under(page, index, line.words[0].bbox[0])
        if found is None:
            return []
        index, line = found
        printed = line.text
    first = span_hit(page, line, len(line.text) - len(printed), len(line.text))
    after = [w for w in line.words if w.bbox[0] >= first.bbox[0] - 0.5]
    cut_off = len(cell := _first_cell(after)) < len(after)  # another cell stands right of the holders
    if cut_off and printed.startswith(cell[0].text):
        # the name's cell only: "Rosita Fränkel" of "Rosita Fränkel      vaste lasten", a note in the margin
        start_at = len(line.text) - len(printed)
        printed = printed[: len(" ".join(w.text for w in cell))]
        first = span_hit(page, line, start_at, start_at + len(printed))
    whole, printed = printed, _before_other_label(printed)  # "Johanna van Beek en/of Kees IBAN NL52 ...": the next field's label ends the holders
    cut_off = cut_off or printed != whole
    rest = repair_initials(printed)  # after the offsets: a repair may add or drop a character
    hits = [(n, first) for n in _names(rest)]
    if not hits or len(hits) != len(_SPLIT.split(rest.strip())):
        return []  # something other than names follows the label: do not guess
    value_x0, passed = first.bbox[0], 0
    for below in page.lines[index + 1 : index + 4 + _SIDE_LINES]:
        if below.words and below.words[0].bbox[0] < value_x0 - 12:
            # a side column beside the transactions: only its own words count, and a line
            # with nothing in it (a transaction's counter-account) is passed
            below = side_column(below, value_x0, 12, is_label)
            if below is None:
                break
            if not below.words:
                passed += 1
                if passed > _SIDE_LINES:
                    break
                continue
        words = _first_cell(_without_edge_specks(below))  # a note in the margin beside a name is not the name's
        if not words:
            break
        text = repair_initials(" ".join(w.text for w in words))
        if abs(words[0].bbox[0] - value_x0) > 12 or not _names(text) or _names(text) != [clean_name(text)] or is_label(text):
            break  # "IBAN" under the last holder: the next row's label, no name
        hit = Hit(text=text, page=page.number, bbox=union_bbox(w.bbox for w in words), confidence=reading_confidence(words))
        if cut_off and len(hits) > 1 and len(hits[-1][0].split()) == 1 and len(text.split()) == 1 and _ends_joined(printed):
            # "... en/of Kees" cut by the IBAN's column, "Jansen" under it: one holder's name wrapped in its cell
            hits[-1] = (f"{hits[-1][0]} {_names(text)[0]}", Hit(text=f"{hits[-1][1].text} {text}", page=page.number,
                        bbox=union_bbox((hits[-1][1].bbox, hit.bbox)), confidence=min(hits[-1][1].confidence, hit.confidence)))
            break
        hits.append((_names(text)[0], hit))
    return hits


def _other_labels() -> frozenset[str]:
    """The folded wordings of the statement's other fields' labels ("iban", "afschriftdatum")."""
    rows = table()[DOC_TYPE]
    return frozenset(fold(w) for name, row in rows.items() if name != "account_holders" for w in row.labels)


def _before_other_label(printed: str) -> str:
    """A holders cell up to the first word that is, as printed, a label of another of the
    statement's fields ("Johanna van Beek en/of Kees IBAN NL52 RBRB ..." is "Johanna van Beek
    en/of Kees"): a table's next column that stands too close to make a cell of its own.

    >>> _before_other_label("Johanna van Beek en/of Kees IBAN NL52 RBRB 9922 2234 78"), _before_other_label("K. Bij")
    ('Johanna van Beek en/of Kees', 'K. Bij')
    """
    words = printed.split(" ")
    others = _other_labels()
    cut = next((i for i, word in enumerate(words) if i and len(fold(word)) >= 4 and fold(word) in others), None)
    return printed if cut is None else " ".join(words[:cut]).rstrip()


def _ends_joined(printed: str) -> bool:
    """Whether a holders cell ends with a joined holder's one word ("... en/of Kees")."""
    return bool(re.search(rf"(?:{JOINED})[^\W\d_]+$", printed.rstrip(), re.IGNORECASE))


_SIDE_LINES = 2
"""Lines of transactions, at most, between two holders down a side column."""


def _words_from(line: Line, start: int) -> tuple:
    """The words of `line` that begin at or after character `start` of its text."""
    words, offset = [], 0
    for word in line.words:
        if offset >= start:
            words.append(word)
        offset += len(word.text) + 1
    return tuple(words)


def _cell_under(page: Page, index: int, x0: float) -> tuple[int, Line] | None:
    """The first of the next lines with a cell starting under `x0` (within 12 points), as
    (its index, the cell): two screens printed side by side put the other screen's line
    between a label and its value ("Rekeninghouders", "CZ Zorgverzekering - 139,64",
    "Ö. Doğan en R. Emanuelson")."""
    for below in range(index + 1, min(index + 4, len(page.lines))):
        words = [w for w in page.lines[below].words if w.bbox[0] >= x0 - 12]
        if not words or abs(words[0].bbox[0] - x0) > 12:
            continue
        return below, Line(words=tuple(_first_cell(words)))  # up to the next cell, or the other screen
    return None


def _first_cell(words: list) -> list:
    """The words up to the first gap wider than three of their height: the line's first cell
    ("Mahmoud Al Ahmad" of "Mahmoud Al Ahmad      = € 1.093,86", a budget coach's margin sum)."""
    if not words:
        return words
    height = max(words[0].bbox[3] - words[0].bbox[1], 1.0)
    cell = [words[0]]
    for word in words[1:]:
        if word.bbox[0] - cell[-1].bbox[2] > 3 * height:
            break
        cell.append(word)
    return cell


_EDGE_SPECK = re.compile(rf"[|\[\]{{}}{re.escape(_SPECKS)}]+")


def _without_edge_specks(line: Line) -> list:
    """The line's words without the rules and specks at either end ("| Joris van 't Berg -")."""
    words = list(line.words)
    while words and _EDGE_SPECK.fullmatch(words[0].text):
        words.pop(0)
    while words and _EDGE_SPECK.fullmatch(words[-1].text):
        words.pop()
    return words


def _names(text: str) -> list[str]:
    """The names in a holders cell ("J.P. de Vries en F. El Amrani"), each whole.

    A part that is not entirely a name (a street, a date) makes the cell unreadable.
    """
    names = []
    for part in _SPLIT.split(repair_initials(text).strip(" |:")):
        part = plain_apostrophes(strip_honorific(part.strip(" .,")))  # "van '‘t Bakker": the elision as OCR drew it
        m = re.fullmatch(NAME_PATTERN, part)
        if not m:
            return []
        names.append(clean_name(m.group(0)))
    return [n for n in names if n]


# --- IBAN -----------------------------------------------------------------------------


def _iban(pages: Sequence[Page]) -> Field:
    """The account's IBAN: labelled, else the first printed above the transactions, else
    under a wording of the label table; never one labelled among the transactions (the
    other party's). When only such IBANs are labelled, the field is read as unknown on the
    first page, so that the label table does not take one of them after all."""
    views = [_without_transaction_details(page) for page in pages]
    hit = find_value(views, _IBAN_LABELS, _IBAN_LOOSE, below=1, flags=re.IGNORECASE)
    validity = 1.0
    if hit is None:  # unlabelled: the first IBAN printed above the transactions
        hit, validity = _first_header_iban(pages), 0.8
    if hit is None:
        if any(view is not page for view, page in zip(views, pages)):
            labelled = locate(views, table()["bankafschrift"]["iban"])
            return labelled if labelled.value is not None else Field(value=None, confidence=0.0, page=pages[0].number)
        return Field()
    value, repaired = _read_iban(hit.text)
    return hit.field(value, validity * (0.9 if repaired else 1.0))


def _without_transaction_details(page: Page) -> Page:
    """The page without its transactions' rows and the detail lines under each ("01-09-2026
    SEPA incasso Portaal -195,47" over "IBAN: NL51ABNA1882024100 · Incassant ID: ..."): an
    IBAN labelled there is the other party's, never the account's."""
    lines, kept = page.lines, []
    for index, line in enumerate(lines):
        if any(_TRANSACTION.match(lines[i].text) and _BOOKED.search(lines[i].text) for i in range(max(0, index - _DETAIL_LINES), index + 1)):
            continue
        kept.append(line)
    if len(kept) == len(lines):
        return page
    view = page.model_copy()
    view.__dict__["lines"] = tuple(kept)  # `Page.lines` is cached: the view's stand for the page's own
    return view


_DETAIL_LINES = 2
"""Lines under a transaction's row that may hold its details (the other party's IBAN, the
mandate, the description)."""
_BOOKED = re.compile(r"[-+]?\s?\d{1,3}(?:\.\d{3})*,\s?\d{2}\b")
"""An amount with its cents, as a transaction's row prints the sum booked."""


def _first_header_iban(pages: Sequence[Page]) -> Hit | None:
    for page, _, line in iter_lines(pages[:1]):
        if re.search(r"(?i)tegenpartij|omschrijving|mutaties|boekdatum", line.text) or (_TRANSACTION.match(line.text) and _BOOKED.search(line.text)):
            return None  # the transactions begin (a misread table header does not hide a dated line with its sum); a browser's dated print header does not
        if m := re.search(_IBAN_LOOSE, line.text):
            return span_hit(page, line, m.start(), m.end())
    return None


_TRANSACTION = re.compile(r"^[\W_]{0,3}\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?\b")


_TO_DIGIT = str.maketrans("OoQDIlSBZ", "000011582")
_TO_LETTER = str.maketrans("0185", "OIBS")


def _read_iban(text: str) -> tuple[str | None, bool]:
    """The IBAN in `text` if its checksum holds, and whether OCR slips were undone.

    Dutch IBANs are NLkk BBBB dddddddddd: digits and letters have fixed places, so a
    letter read where a digit belongs (or the reverse) can be put back; the checksum
    decides whether that was right.

    >>> _read_iban("NL91 ABNA 0417 1643 00"), _read_iban("NL91 ABNA O417 1643 0O")
    (('NL91ABNA0417164300', False), ('NL91ABNA0417164300', True))
    >>> _read_iban("NL91 ABNA 0417 1643 01")
    (None, False)
    """
    compact = re.sub(r"\s", "", text).upper()
    if compact.startswith("NL"):
        compact = compact[:18]
        if value := parse_iban(compact):
            return value, False
        if len(compact) == 18:
            fixed = "NL" + compact[2:4].translate(_TO_DIGIT) + compact[4:8].translate(_TO_LETTER) + compact[8:].translate(_TO_DIGIT)
            if value := parse_iban(fixed):
                return value, True
        return None, False
    return parse_iban(compact), False


# --- statement date ---------------------------------------------------------------------


def _statement_date(pages: Sequence[Page]) -> Field:
    hit = find_value(
        pages,
        [r"Datum\s+(?:van\s+)?(?:het\s+)?afschrift", r"Afschrift\s?datum", r"Aanmaakdatum", r"Opgemaakt\s+op"],
        DATE_PATTERN,
        below=1,
    )
    if hit is not None:
        return hit.field(parse_date(hit.text))
    # a statement date under a wording of the label table ("Afdrukdatum", "Aangemaakt
    # op") is the statement's own date: the period's end is only what is left
    labelled = locate(pages, table()["bankafschrift"]["statement_date"], generic=False)
    if labelled.value is not None:
        return labelled
    dated = date_line(pages)  # a bank's letter: "Zeist, 2026-08-11" above "Over de periode ... t/m 2026-07-31"
    if dated.value is not None:
        return dated
    # "Rekeningafschrift nr. 27  Datum 4 mei 2026": a date right after a plain "Datum" on
    # its line (never under it: that is the transactions' column), flagged for the analyst
    for hit, _ in search_prose(pages, rf"(?<![\w-])Datum[ \t]*:?[ \t]*({DATE_PATTERN})"):
        return hit.field(parse_date(hit.text), GENERIC_LABEL_CONFIDENCE)
    # a cash machine's slip prints its day with the year in two digits ("DATUM 27-08-26 TIJD 18:50")
    for hit, _ in search_prose(pages, rf"(?<![\w-])Datum[ \t]*:?[ \t]*({SHORT_YEAR_DATE_PATTERN})"):
        return hit.field(parse_recent_date(hit.text), GENERIC_LABEL_CONFIDENCE)
    # a statement without a date of its own is dated by its period's end: banks print
    # the statement when the period closes. That it has none is known only of pages read
    # well: on a poorly read scan its own date may stand in a line OCR lost, so the
    # period's end is flagged for the analyst
    period = rf"Periode\s*:?\s*{DATE_PATTERN}\s*(?:t/m|t\.m\.|tot\s+en\s+met|-|–)\s*({DATE_PATTERN})"
    for hit, _ in search_prose(pages, period):
        return hit.field(parse_date(hit.text), 1.0 if mean_confidence(pages) >= WELL_READ else UNSURE_ABSENCE)
    return Field()


UNSURE_ABSENCE = 0.6
"""What a value that stands in for one not found (a statement's period's end for its own
date) counts for when the pages were read poorly (`_prose.WELL_READ`): the one it stands
in for may be in a line OCR lost."""
