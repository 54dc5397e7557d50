"""What a document calls itself: titles as data (`titles.toml`), for classification.

A page opens a document of a contract doc type when its heading says so: one of the
type's titles in a short line at the top of the page ("Werkgeversverklaring",
"Uittreksel uit de Basisregistratie Personen"), or after "Betreft" / "Onderwerp" in a
letter. Matched as labels are (`extractors.labels.find_label`: case, accents and
punctuation folded, OCR slips allowed by length), so a layout never seen is still
recognised by its name.

The table also names documents that are none of the contract's types but share their
words (a payslip, a rent increase letter, a WOZ decision): a page headed by one of those,
and by no title of the type its words suggest, is `unknown` (`vetoed`). A look-alike is
never forced into a type.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from extractors._forms import BOX_MARK
from extractors.labels import _folded_wording, allowed_edits, find_label, fold
from woondossier.model import Page

TABLE_PATH = Path(__file__).with_name("titles.toml")
OTHER = "other"
HEADING_LINES = 15
"""Lines from a page's top in which its title stands (a letterhead, the addressee and a
date may come first)."""
HEADING_WORDS = 9
"""A heading is a short line: more words make it a sentence that mentions the title."""
HEADING_COVER = 0.4
"""The title's share of the heading's letters ("Arbeidsovereenkomst voor bepaalde tijd"
is a title; "Bijgaand ontvangt u de jaaropgaaf" is a sentence)."""
_SUBJECT = re.compile(r"(?i)^\W*(?:betreft|onderwerp|inzake|betr\.?|ons kenmerk)\b")
_OPTION = re.compile(rf"^\s*(?:{BOX_MARK.pattern})")
_REPLIED = re.compile(r"(?i)^\W*(?:onderwerp|subject|betreft)\s*:?\s*(?:re|antw|aw|sv|reply)\s*:")
"""A mail's subject answering a mail ("Onderwerp RE: Uw aanvraag huisbewaring"): the "uw" of
the subject it answers is the replier's own, so "uw aanvraag" is the tenant writing about
their request, not the corporation's answer to it."""


@cache
def _data() -> dict:
    return tomllib.loads(TABLE_PATH.read_text(encoding="utf-8"))


@cache
def table() -> dict[str, tuple[str, ...]]:
    return {doc_type: tuple(t for title in row["titles"] for t in expanded(title))
            for doc_type, row in _data().items() if not doc_type.startswith("_")}  # fmt: skip


def expanded(title: str) -> tuple[str, ...]:
    """The titles a row of `titles.toml` stands for: a word written `a|b` is either, one
    ending in `?` may be left out (a document's kind times its subject, as data).

    >>> expanded("verklaring|advies mantelzorg|zorgsituatie")
    ('verklaring mantelzorg', 'verklaring zorgsituatie', 'advies mantelzorg', 'advies zorgsituatie')
    >>> expanded("medisch? advies")
    ('medisch advies', 'advies')
    """
    slots = [(word.rstrip("?").split("|"), word.endswith("?")) for word in title.split()]
    out = [""]
    for alternatives, optional in slots:
        out = [f"{head} {a}".strip() for head in out for a in alternatives] + (out if optional else [])
    return tuple(dict.fromkeys(out))


@cache
def _reply_subjects() -> tuple[str, ...]:
    return tuple(_data().get("_reply", {}).get("subjects", ()))


def headed_by(pages: Sequence[Page]) -> set[str]:
    """The doc types (and `OTHER`) whose title heads the first page of `pages`."""
    if not pages:
        return set()
    page = pages[0]
    if "_headed_by" not in page.__dict__:  # asked once per extractor: worked out once per page
        page.__dict__["_headed_by"] = frozenset(_headed_by(page) | _described_as(page))
    return set(page.__dict__["_headed_by"])


def _headed_by(page: Page) -> set[str]:
    found: set[str] = set()
    asked: set[str] = set()  # doc types a request heading asks for: their titles below are its options
    for index, line in enumerate(page.lines[:HEADING_LINES]):
        subject = bool(_SUBJECT.match(line.text))
        if len(line.words) > HEADING_WORDS and not subject or _OPTION.match(line.text):
            continue  # a sentence; an option beside a box ("☒ Uittreksel BRP met adreshistorie") is no heading
        letters = sum(c.isalpha() for w in line.words for c in fold(w.text)) or 1  # "Loonstrook 2026": the year is no word
        chars = sum(len(fold(w.text)) for w in line.words)  # a title matches words of its length, within a slip
        replied = bool(_REPLIED.match(line.text))
        if subject and any(find_label(page, index, wording) for wording in _reply_subjects() if not (replied and wording.startswith("uw "))):
            found.add(OTHER)  # "Onderwerp: uw aanvraag huisbewaring": the answer to a request, not the request
            continue
        for doc_type, titles in table().items():
            if doc_type in asked:
                continue
            for title in titles:
                length = len(_folded_wording(title)[0])
                if length > chars + 1 or not subject and length < HEADING_COVER * letters:
                    continue  # longer than the line, or too short to head it: no need to look (most titles, most lines)
                for start, _end, _likeness in find_label(page, index, title):
                    if _asked_for(line.words[:start], doc_type):
                        found.add(OTHER)
                        asked.add(doc_type)
                    elif doc_type not in asked:
                        found.add(doc_type)
    return found


SELF_DESCRIBED_LINES = 6
"""Lines from a page's top in which its opening sentence may say what it is."""
_SELF = ({"dit", "this", "hier"}, {"is"}, {"een", "de", "het", "uw", "je", "jouw", "a", "an", "the", "your"})
"""The words of a sentence that says what the page is: "Dit is een huurcontract voor een
kamer", "This is an employment agreement"; the article may be left out ("Dit is uw ...")."""


def _described_as(page: Page) -> set[str]:
    """The doc types (and `OTHER`) whose title the page's opening sentence names it by ("Dit
    is een huurcontract voor een kamer. Lees het samen."): a letter or a form in plain
    language says what it is instead of heading itself. Never a denial ("Dit is geen ...").

    >>> from woondossier.model import Word
    >>> def page(*lines):
    ...     words = tuple(Word(text=t, bbox=(10 + 40 * i, 10 + 20 * n, 45 + 40 * i, 20 + 20 * n), confidence=1.0)
    ...                   for n, text in enumerate(lines) for i, t in enumerate(text.split()))
    ...     return Page(file="brief.pdf", number=1, width=600, height=800, words=words, ocr=False)
    >>> sorted(_described_as(page("Afspraken over de kamer", "Dit is een huurcontract voor een kamer. Lees het samen.")))
    ['huurovereenkomst_onderhuur']
    >>> _described_as(page("Beste Jan,", "Dit is geen huurcontract voor een kamer."))
    set()
    """
    words = [fold(word.text) for line in page.lines[:SELF_DESCRIBED_LINES] for word in line.words]
    words = [w for w in words if w]
    found: set[str] = set()
    for at in range(len(words) - 2):
        if words[at] not in _SELF[0] or words[at + 1] not in _SELF[1]:
            continue
        start = at + 2 + (words[at + 2] in _SELF[2])
        for doc_type, titles in table().items():
            if any(_title_at(words, start, title) for title in titles):
                found.add(doc_type)
    return found


@cache
def _request_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    row = _data().get("_request", {})
    return frozenset(row.get("words", ())), frozenset(row.get("joiners", ())), frozenset(row.get("requests_itself", ()))


def _asked_for(before: Sequence, doc_type: str) -> bool:
    """Whether the words before a title make it the document asked for ("Aanvraag
    uittreksel BRP", "Verzoek om een werkgeversverklaring"): a request's word, then only
    joiners, right before it."""
    words, joiners, itself = _request_words()
    if doc_type in itself:
        return False
    folded = [fold(w.text) for w in before]
    folded = [w for w in folded if w]
    while folded and folded[-1] in joiners:
        folded.pop()
    return bool(folded) and folded[-1] in words


def is_title_line(page: Page, index: int, doc_type: str) -> bool:
    """Whether line `index` of `page` is headed by one of `doc_type`'s titles (a short line
    the title fills at least `HEADING_COVER` of): the document's name, never its issuer."""
    line = page.lines[index]
    if len(line.words) > HEADING_WORDS:
        return False
    letters = sum(c.isalpha() for w in line.words for c in fold(w.text)) or 1
    return any(len(_folded_wording(title)[0]) >= HEADING_COVER * letters and find_label(page, index, title)
               for title in table().get(doc_type, ()))  # fmt: skip


def disowned(pages: Sequence[Page]) -> set[str]:
    """The contract doc types the document says it is not: "Dit is geen inkomensverklaring
    van de Belastingdienst" under a pension fund's "Verklaring inkomen", "This is not an
    official extract ...". Such a document is not that type by its heading alone; its
    type's own evidence must tell it (`extractors.classify.classify_pages`).

    >>> from woondossier.model import Word
    >>> def page(text):
    ...     words = tuple(Word(text=t, bbox=(10 + 40 * i, 10, 45 + 40 * i, 20), confidence=1.0) for i, t in enumerate(text.split()))
    ...     return Page(file="brief.pdf", number=1, width=600, height=800, words=words, ocr=False)
    >>> sorted(disowned([page("Dit is geen Inkomensverklaring van de Belastingdienst.")]))
    ['inkomensverklaring']
    >>> disowned([page("Stuur ons een inkomensverklaring: die is geen bewijs van uw vermogen.")])
    set()
    >>> sorted(disowned([page("Partijen verklaren dat deze overeenkomst geen arbeidsovereenkomst is.")]))
    ['arbeidsovereenkomst']
    >>> disowned([page("U heeft geen arbeidsovereenkomst nodig.")])
    set()
    """
    return {doc_type for page in pages for doc_type in _denials(page)}


def _denials(page: Page) -> dict[str, list[int]]:
    """The contract doc types `page` says it is not, with the lines each denial starts on."""
    found: dict[str, list[int]] = {}
    if not _NEGATION.search(page.text):
        return found
    placed = [(fold(word.text), index) for index, line in enumerate(page.lines) for word in line.words]
    placed = [(w, index) for w, index in placed if w]
    words = [w for w, _ in placed]
    for start in range(len(words)):
        after = _denial_end(words, start)
        if after is not None:
            for at in (after, *_denied_too(words, after)):
                for doc_type, titles in table().items():
                    if doc_type != OTHER and any(_title_at(words, at, t) for t in titles):
                        found.setdefault(doc_type, []).append(placed[start][1])
        elif words[start] == "geen":  # a clause's order: "... dat deze overeenkomst geen arbeidsovereenkomst is"
            at = start + 1
            while at < len(words) and words[at] in _DENIAL_FILLERS:
                at += 1
            for doc_type, titles in table().items():
                if doc_type != OTHER and any(_title_at(words, at, t) and words[at + _folded_wording(t)[1]: at + _folded_wording(t)[1] + 1] in (["is"], ["zijn"])
                                             for t in titles):  # fmt: skip
                    found.setdefault(doc_type, []).append(placed[start][1])
    return found


def _denied_too(words: Sequence[str], after: int) -> list[int]:
    """Where the names of the documents a denial goes on to deny start: "Het is geen aanslag
    en geen inkomensverklaring", "geen aanslag noch een inkomensverklaring" (a few words on)."""
    found = []
    for at in range(after + 1, min(after + _LISTED_WORDS, len(words))):
        joined = tuple(words[at:at + 2])
        step = 2 if joined in (("en", "geen"), ("of", "een"), ("nog", "een")) else 1 if words[at] in ("noch",) else 0
        if step:
            at += step
            while at < len(words) and words[at] in _DENIAL_FILLERS:
                at += 1
            found.append(at)
    return found


_LISTED_WORDS = 8
"""How far on a denial may list the next document it denies."""


_NEGATION = re.compile(r"(?i)\b(?:geen|niet|not)\b|n[’']t\b")
"""A denial's negation as printed: a page without one denies nothing, and is not searched."""


def without_claims(page: Page, doc_type: str) -> Page:
    """`page` without what makes it look like `doc_type`, which it says it is not: every line
    that names one of the type's titles ("Inkomensverklaring uitkering Participatiewet") and
    the paragraph of each denial, whose other sentences tell where the real one is had
    ("Heeft u een verklaring van uw verzamelinkomen nodig, vraag die dan aan bij de
    Belastingdienst"). What is left is the document's own evidence for the type."""
    dropped: set[int] = set()
    for start in _denials(page).get(doc_type, ()):
        dropped.update(range(start, _paragraph_end(page, start) + 1))
    titles = table().get(doc_type, ())
    for index in range(len(page.lines)):
        if index not in dropped and any(find_label(page, index, title) for title in titles):
            dropped.add(index)
    if not dropped:
        return page
    kept = {id(word) for index, line in enumerate(page.lines) if index not in dropped for word in line.words}
    return page.model_copy(update={"words": tuple(word for word in page.words if id(word) in kept)})


def _paragraph_end(page: Page, index: int) -> int:
    """The last line of the paragraph line `index` is in: the lines below it that follow
    at no more than a line's own height of space."""
    lines = page.lines
    while index + 1 < len(lines):
        line, below = lines[index].bbox, lines[index + 1].bbox
        if below[1] - line[3] > line[3] - line[1]:
            break
        index += 1
    return index


_DENIALS = (("is", "geen"), ("zijn", "geen"), ("geldt", "niet", "als"), ("is", "niet", "een"), ("vervangt", "geen"),
            ("vervangt", "niet"), ("is", "not", "a"), ("is", "not", "an"), ("isnot", "a"), ("isnot", "an"))  # fmt: skip
"""The words that deny what a document is, folded ("is geen", "geldt niet als", "is not an")."""
_DENIAL_FILLERS = frozenset(("een", "de", "het", "officiele", "officieel", "geldige", "geldig", "a", "an", "the", "official", "valid"))


def _denial_end(words: Sequence[str], start: int) -> int | None:
    """Where the denied document's name starts, when a denial starts at `start`."""
    for denial in _DENIALS:
        if tuple(words[start:start + len(denial)]) == denial:
            after = start + len(denial)
            while after < len(words) and words[after] in _DENIAL_FILLERS:
                after += 1
            return after
    return None


def _title_at(words: Sequence[str], at: int, title: str) -> bool:
    """Whether the folded words from `at` on spell `title`, within its OCR slips."""
    folded, count = _folded_wording(title)
    if not folded:
        return False
    seen = "".join(words[at:at + count])
    return Levenshtein.distance(seen, folded) <= allowed_edits(len(folded))


def vetoed(pages: Sequence[Page], doc_type: str) -> bool:
    """Whether the first page is headed as another kind of document and not as `doc_type`."""
    heads = headed_by(pages)
    return OTHER in heads and doc_type not in heads


def titled(pages: Sequence[Page], doc_type: str) -> bool:
    """Whether the first page is headed by one of `doc_type`'s own titles."""
    return doc_type in headed_by(pages)
