"""Split a file's pages into documents and classify each (CONTRACT.md §3).

A scanned mail batch holds several documents one after another, sometimes with blank
separator sheets. Every page is scored by every extractor on its own; a page starts a
new document when its type differs from the current document's, when it says it is
page 1 ("Pagina 1 van 2"), or when it looks like a first page (a strong score) of a
document of the same type without saying it continues one (a page marker, or first
lines such as "Vervolg" or "Persoon 4"). Blank pages are dropped.
Pages no extractor claims form `unknown` documents. An unknown page carries on the
unknown document before it (page 2 of an energy bill opens with "Toelichting: uw
meterstanden"), unless it opens with a letterhead: a postcode in its first lines, as the
sender's address on a letter, a bill or a menu card (a menu, then a municipality's
letter, in one scanned stack are two documents).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from woondossier.model import DocType, Page

from . import MIN_SCORE
from .registry import EXTRACTORS
from .labels import find_label, table
from .locating import field_evidence
from .titles import OTHER, disowned, headed_by, without_claims
from .values import POSTCODE_PATTERN

TITLED_SCORE = 0.8
"""The score of a page headed by its doc type's own title (`extractors.titles`) when the
type's module, which knows its layouts by their words, scores it lower: enough to start a
document of that type."""
EVIDENCE_SCORE = 0.6
DISOWNED_SCORE = 0.6
"""The least its own evidence must score for a document that says it is not of a type to be
that type all the same (an employer's statement saying it is no contract, by its words of
employment); a borderline score (a draft tax return's verzamelinkomen beside
"Belastingdienst", 0.5) leaves it unknown."""
"""The score of a page that no module claims but on which `locating.EVIDENCE_FIELDS` of one
doc type's fields stand after their own labels: typed, yet below `FIRST_PAGE_SCORE`, so it
carries on a document of its type before it (a form's second page) rather than start one."""
FIRST_PAGE_SCORE = 0.8  # a page scoring this high reads as the first page of its document
_PAGE_MARKER = re.compile(r"(?:pagina|blad|page|pag\.)\s*(\d{1,2})\s*(?:van|/|of|uit)\s*(\d{1,2})", re.I)
_NUMBERED_SEQUEL = r"vervolg\b|(?:persoon|artikel|ingeschrevene|bewoner)\s*(?:[2-9]|[1-9]\d)(?![\d.,])"
_CONTINUATION = re.compile(rf"^[\W_]{{0,3}}(?:{_NUMBERED_SEQUEL}|(?:naam|bsn|burgerservicenummer|geboortedatum)\b)", re.I)
"""A page that opens with "Vervolg", "Persoon 4", "Artikel 5" or in the middle of a
person's record ("Naam Vries, Jan de") carries on a document: a first page opens with
its issuer or title. The number may stand glued to its word or to a speck OCR read
after it ("Ingeschrevene 4_"); a number going on ("Artikel 2.1", "Persoon 45") is itself."""
_LETTERHEAD = re.compile(POSTCODE_PATTERN)
_LETTERHEAD_LINES = 3  # the sender's name, then the address: "Postbus 8122, 1000 AA Amsterdam"


@dataclass(frozen=True)
class PageClass:
    doc_type: DocType
    score: float
    marker: tuple[int, int] | None  # ("pagina 2 van 3") -> (2, 3)
    opens_as_continuation: bool = False  # its first lines say it carries on ("Persoon 4")
    opens_with_letterhead: bool = False  # a postcode in its first lines: a sender's address
    titled: bool = False  # headed by a title of any doc type (extractors.titles)
    opens_as_numbered_sequel: bool = False  # its first lines carry on by a number or "Vervolg", not only by a record's label
    greets: bool = False  # a letter's salutation in its opening lines ("Geachte heer Jansen,"): a letter begins


def classify_pages(pages: Sequence[Page]) -> tuple[DocType, float]:
    """The best doc type for these pages and its score; `unknown` when nothing claims them.

    Each module scores the pages by its own evidence; a title of the type heading the
    first page (`extractors.titles`) raises it to `TITLED_SCORE` unless the document says
    it is no such document (`titles.disowned`: a pension fund's "Verklaring inkomen" saying
    "Dit is geen inkomensverklaring van de Belastingdienst"; that type is scored on the
    document's own evidence only, without the lines that name it or deny being it:
    `titles.without_claims`), and a heading naming a
    document of no contract type (a payslip) declines it. The unknown score is how
    clearly nothing matched (1 minus the best declined score).
    """
    best_type, best = DocType.unknown, 0.0
    heads = headed_by(pages)
    denied = disowned(pages)
    for module in EXTRACTORS:
        if str(module.DOC_TYPE) in denied:  # only its own evidence, not the lines that name it or deny being it
            score = module.score([without_claims(page, str(module.DOC_TYPE)) for page in pages])
            score = score if score is not None and score >= DISOWNED_SCORE else None
        else:
            score = module.score(pages)
        if OTHER in heads and str(module.DOC_TYPE) not in heads:
            score = None  # a payslip, a rent increase letter: headed as a document of no contract type
        elif str(module.DOC_TYPE) in heads and str(module.DOC_TYPE) not in denied:
            score = max(score or 0.0, TITLED_SCORE)  # a layout we do not know, named by its title
        if score is not None and score > best:
            best_type, best = module.DOC_TYPE, score
    if best < MIN_SCORE and OTHER not in heads and not denied and (evidence := field_evidence(pages)):
        # a layout no module knows, told by its labelled fields; never a document that says it
        # is not one of the contract's (a look-alike: its letter's addressee and period are no work contract's)
        return DocType(evidence[0]), EVIDENCE_SCORE
    if best < MIN_SCORE:
        return DocType.unknown, round(1.0 - best, 3)
    return best_type, round(best, 3)


def split_documents(pages: Sequence[Page]) -> list[list[Page]]:
    """The file's non-blank pages grouped into documents, in order."""
    groups: list[list[Page]] = []
    current: DocType | None = None
    current_titled = False
    after_blank = False
    for page in pages:
        if page.is_blank:
            after_blank = True  # a separator sheet, or the empty back of a duplex scan
            continue
        cls = _page_class(page)
        if groups and (_continues(cls, current, after_blank) or _untitled_sequel(cls, current, current_titled, after_blank)
                       or _record_carried_on(page, cls, current, after_blank) or _letter_closed(page, cls, current, after_blank)
                       or _running_header(page, groups[-1][-1], cls, current, after_blank)
                       or _enclosed(page, cls, groups[-1], current, after_blank)):
            groups[-1].append(page)
            if current is DocType.unknown:
                current = cls.doc_type
        else:
            groups.append([page])
            current, current_titled = cls.doc_type, cls.titled
        after_blank = False
    return groups


def _untitled_sequel(cls: PageClass, current: DocType | None, current_titled: bool, after_blank: bool) -> bool:
    """A page of the current document's type with no title of its own, after a document
    whose first page had one, carries it on (a contract's "Bijzondere bepalingen" page
    reads like a first page to its module), unless a blank sheet, a page marker or a
    letterhead says it starts another."""
    return (
        current_titled
        and cls.doc_type is current
        and not cls.titled
        and not after_blank
        and cls.marker is None
        and not cls.opens_with_letterhead
        and not cls.greets
    )


def _record_carried_on(page: Page, cls: PageClass, current: DocType | None, after_blank: bool) -> bool:
    """A page no module claims that opens with a row of the current document's own labels
    ("Burgerservicenummer 614 978 087" atop page 2 of an extract whose third resident began
    on page 1): the record the page before left off carries on, though the page holds too
    little of its type's words to be told by them. Never after a blank sheet, a page marker
    or a letterhead, which say a document starts."""
    if current in (None, DocType.unknown) or cls.doc_type is not DocType.unknown or after_blank or cls.marker is not None or cls.opens_with_letterhead:
        return False
    first = next((i for i, line in enumerate(page.lines) if line.text.strip()), None)
    if first is None:
        return False
    rows = table().get(str(current), {}).values()
    wordings = {w for row in rows for w in (*row.labels, *(x for _, part in row.columns for x in part))}
    return any(start == 0 for wording in sorted(wordings) for start, _, _ in find_label(page, first, wording))


def _running_header(page: Page, before: Page, cls: PageClass, current: DocType | None, after_blank: bool) -> bool:
    """A page no module claims under the same print header as the page before it: a
    browser's or a system's print stamps each page with the time and the file's name ("9-8-2026,
    12:25  camt053_NL37ABNA6312257337.xml"), the rest of one printed file. A header without a
    digit in it is a letterhead, which says nothing of where a document ends; never after a
    blank sheet or with a page marker."""
    if current in (None, DocType.unknown) or cls.doc_type is not DocType.unknown or after_blank or cls.marker is not None:
        return False
    if not page.lines or not before.lines:
        return False
    header = page.lines[0].text.strip()
    return header == before.lines[0].text.strip() and bool(re.search(r"\d", header)) and len(header.split()) >= 2


_CLOSING = re.compile(r"^[\W_]{0,3}(?:met\s+vriendelijke\s+groet(?:en)?|hoogachtend|vriendelijke\s+groet(?:en)?|kind\s+regards|yours\s+sincerely)\b", re.I)
"""A letter's closing formula, on a line of its own."""
_SALUTATION = re.compile(r"^[\W_]{0,3}(?:geachte|beste|dear|hallo|l\.s\.|aan\b)", re.I)


def _letter_closed(page: Page, cls: PageClass, current: DocType | None, after_blank: bool) -> bool:
    """A page no module claims that ends a letter ("Klopt het bedrag niet? Bel dan ... Met
    vriendelijke groet, Belastingdienst"): the last page of the letter before it, which
    holds little but the closing paragraph, the closing and the sender. Not a page that
    opens as a letter does (a salutation, a title, a letterhead) nor one after a blank
    sheet or with a page marker: those start a document."""
    if current in (None, DocType.unknown) or cls.doc_type is not DocType.unknown or after_blank or cls.marker is not None:
        return False
    if cls.opens_with_letterhead or cls.titled:
        return False
    lines = [line for line in page.lines if line.text.strip()]
    if not lines or any(_SALUTATION.match(line.text) for line in lines[:3]):
        return False
    return any(_CLOSING.match(line.text) for line in lines)


_ENCLOSES = re.compile(
    r"\b(?:als\s+bijlage|in\s+de\s+bijlage|bijgaand|bijgevoegd|ingesloten|hierbij\s+(?:ontvangt|stuur|zend)|treft\s+u\b[^.]{0,60}?\baan\b"
    r"|(?:stuur|zend)(?:en)?\s+(?:ik|wij|we)\s+u\s+(?:hierbij|bijgaand|hierachter)"
    r"|vindt\s+u\b[^.]{0,60}?\b(?:volgende\s+pagina|achter\s+deze\s+brief|hierachter|bijlage)|enclosed|attached)",
    re.IGNORECASE,
)
"""A letter's words for a document it comes with ("treft u als bijlage aan", "Het uittreksel
vindt u op de volgende pagina", "Bijgaand ontvangt u ...", "stuur ik u hierbij ...")."""
_BEHIND = re.compile(
    r"\b(?:volgende\s+pagina|achter\s+deze\s+brief|hierachter|next\s+page"
    r"|incl(?:\.|usief)\s+(?:dit\s+(?:blad|voorblad)|voorblad)|(?:inclusief|including)\s+(?:this\s+)?cover(?:\s+sheet|\s+page)?)\b",
    re.IGNORECASE,
)
"""Where a letter says the document it comes with is: right behind it, or a fax's cover
sheet counting its pages "incl. dit blad" (the pages it counts after itself are what it sends)."""
_ANNEX = re.compile(r"^[\W_]{0,3}(?:bijlage|annex|appendix|enclosure)\b(?:\s*\d{1,2}\b|\s+bij\b|\s*$)", re.IGNORECASE)
"""A page's own mark of an annex, in its first lines: "BIJLAGE 1", "Bijlage bij onze brief van ..."."""
_ANNEX_LINES = 8  # a letterhead (issuer, address) and a scan's specks may stand above it


_CLOSING_SLIPPED = re.compile(r"^[\W_]{0,3}met\s+v\w{4,14}\s+groet", re.IGNORECASE)
"""A closing through OCR's slips ("Met vririelijke groet")."""


def covering_letter(page: Page) -> bool:
    """Whether `page` is a letter that comes with a document: it greets or closes as a
    letter does, and says a document comes with it (accents folded: "treft ú ... aan")."""
    lines = [line.text for line in page.lines if line.text.strip()]
    letter = any(_SALUTATION.match(text) or _CLOSING.match(text) or _CLOSING_SLIPPED.match(text) for text in lines)
    return letter and bool(_ENCLOSES.search(_unaccented(" ".join(lines))))


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _enclosed(page: Page, cls: PageClass, group: Sequence[Page], current: DocType | None, after_blank: bool) -> bool:
    """A page of the current document's type right after a letter that comes with it (an
    accountant's letter "Namens u hebben wij de inkomensverklaring opgevraagd ... treft u
    als bijlage aan", then the IB 60 marked "BIJLAGE 1"): the letter and what it encloses
    are one document, though the enclosure reads as a first page. Only when the letter says
    the document is behind it ("op de volgende pagina") or the page marks itself an annex:
    two statements of one type, each a letter of its own, stay two."""
    if current in (None, DocType.unknown) or cls.doc_type is not current or after_blank or len(group) != 1:
        return False
    return _encloses(group[-1], page)


def _encloses(letter: Page, page: Page) -> bool:
    """Whether `page` is what the covering letter before it comes with."""
    if not covering_letter(letter):
        return False
    return any(_ANNEX.match(line.text) for line in page.lines[:_ANNEX_LINES]) or bool(_BEHIND.search(letter.text))


def enclosure(pages: Sequence[Page]) -> Sequence[Page]:
    """The pages a document's fields are read from: what a covering letter came with, when
    the document opens with one (the letter's own date and its addressee's initials are not
    the enclosed statement's), else all of them. A letter's own second page is the letter's."""
    if len(pages) > 1 and _encloses(pages[0], pages[1]):
        return pages[1:]
    return pages


def _page_class(page: Page) -> PageClass:
    doc_type, score = classify_pages([page])
    marker = _PAGE_MARKER.search(page.text)
    numbers = (int(marker.group(1)), int(marker.group(2))) if marker else None
    if numbers and not 1 <= numbers[0] <= numbers[1]:
        numbers = None
    opening = any(_CONTINUATION.search(line.text) for line in page.lines[:2])
    numbered = any(re.match(rf"[\W_]{{0,3}}(?:{_NUMBERED_SEQUEL})", line.text, re.I) for line in page.lines[:2])
    letterhead = any(_LETTERHEAD.search(line.text) for line in page.lines[:_LETTERHEAD_LINES])
    titled = bool(headed_by([page]))
    greets = any(_GREETING.match(line.text) for line in page.lines[:_GREETING_LINES])
    return PageClass(doc_type, score if doc_type is not DocType.unknown else 0.0, numbers, opening, letterhead, titled, numbered, greets)


_GREETING = re.compile(r"^[\W_]{0,3}(?:geachte|beste|dear)\b", re.IGNORECASE)
_GREETING_LINES = 20
"""How far down a page a letter's salutation stands: under a letterhead, the addressee's
block, the place and date, the reference and the subject."""


def _continues(cls: PageClass, current: DocType | None, after_blank: bool) -> bool:
    """Whether a page belongs to the document before it.

    A page marker decides when there is one ("pagina 2 van 3" continues, "pagina 1 van 2"
    starts); otherwise a blank sheet before the page separates, and a page continues a
    document of its own type unless it looks like a first page.
    """
    if current is None:
        return False
    if cls.marker is not None:
        return cls.marker[0] > 1
    if after_blank:
        return False
    if cls.doc_type is DocType.unknown:
        # a page no module claims carries on an unknown document, or any document when it
        # says it is a sequel ("Ingeschrevene 4", "Vervolg"): the rest of a persons list
        # holds too little of its type's words to be told by them
        return (current is DocType.unknown or cls.opens_as_numbered_sequel) and not cls.opens_with_letterhead
    # A page of the current type continues it unless it looks like a first page; one
    # that opens as a continuation does whatever its footer says ("Wet basisregistratie
    # personen" on page 2 of a BRP extract scores it like a first page). A page that greets
    # its reader begins a letter, whatever its type's words score: a tenant's letter after
    # a form of the same type is the next document, no page of the form.
    return cls.doc_type is current and (cls.score < FIRST_PAGE_SCORE or cls.opens_as_continuation) and not cls.greets
