"""Facts a letter states in sentences: a period "van ... tot en met ...", and who is who.

A tenant's own letter asking for house-sitting, an employer's letter or a secondment
letter states what a form puts after labels: "van 1 maart 2027 tot en met 30 september
2027", "mijn huisbewaarder, de heer A. Bakker", "J. Jansen, hierna te noemen: de
werknemer". Two concepts read them in any layout, for the fields the doc type's module
and the label table (`extractors.locating`) left unread:

- **period**: two dates joined by "tot en met", "t/m", "tot" or a dash, after "van",
  "vanaf", "periode" or "gedurende" or on their own. Taken only when the document states
  exactly one such period; two different ones (a probation period beside the contract's)
  leave both dates unread.
- **role**: a person's name right after a role's word ("de huisbewaarder, de heer A.
  Bakker") or right before it ("J. Jansen, hierna te noemen: de werknemer"). The role
  words are the field's own labels in `labels.toml`, so one table serves forms and
  letters. Taken only when the document names one person in that role.

Values read from sentences count for at most `PROSE_CONFIDENCE` (names: the analyst
looks) or `PERIOD_CONFIDENCE` (two valid dates in the order a period has).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from extractors._locate import Hit, flow
from extractors._prose import NAME_PATTERN, NOT_NAME_WORDS, search_prose, strip_honorific, take_name
from extractors.names import TITLE_FORMS
from extractors.labels import FieldLabels, cell_at, cells, is_label, is_label_wording
from extractors.titles import headed_by
from extractors import lexicon
from extractors.values import DATE_PATTERN, POSTCODE_PATTERN, SHORT_YEAR_DATE_PATTERN, TIME_OF_DAY, WEEKDAYS, parse_date, parse_municipality, parse_recent_date
from woondossier.model import Field, Line, Page, union_bbox

PERIOD_CONFIDENCE = 0.85
PROSE_CONFIDENCE = 0.79
PERIOD_FIELDS = {
    "huisbewaring_aanvraag": ("start_date", "end_date"),
    "arbeidsovereenkomst": ("start_date", "end_date"),
}
"""The doc types whose start and end dates a stated period gives (a bank statement's
period is no statement date, a sublet contract's is not its start)."""

_UNTIL = (r"(?:tot\s+en\s+met|t\s*/\s*m|t\.\s*m\.|tot|until|till|to|[-–—]"
          r"|bis(?:\s+(?:zum|einschließlich))?|au|jusqu'au|hasta(?:\s+el)?|al|fino\s+al|até(?:\s+ao?)?|do|până\s+la)")
"""What joins a period's two dates: Dutch and English, and a contract abroad's German "bis", French
"au", Spanish "hasta el", Italian "al", Portuguese "até", Polish "do", Romanian "până la"."""
_ON_DAY = rf"(?:(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+)?"
"""A weekday before a date, as mails and calendars print it: "van do 2 jul 2026 tot en met vr 19 feb 2027"."""
_A_DATE = rf"(?:{DATE_PATTERN}|{SHORT_YEAR_DATE_PATTERN})"  # "van 20-5-26 tot 27-7-26": a form filled in by hand
_PERIOD = rf"(?P<start>{_A_DATE})\s*(?:r\.\s*)?{_UNTIL}\s*{_ON_DAY}(?P<end>{_A_DATE})"  # Polish "1 marca 2027 r. do ..."
_PERIOD_SAID = (
    rf"\b(?:begint|start|gaat\s+in|vangt\s+aan|ingaande|ingaat|beginnend|aanvangend|met\s+ingang\s+van)\s+(?:op\s+|per\s+)?(?P<start>{DATE_PATTERN})\s*,?\s+en\s+"
    rf"(?:eindigt|loopt\s+af|stopt|duurt\s+tot|eindigend|eindigende|aflopend)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:op\s+|tot\s+en\s+met\s+|tot\s+)?(?P<end>{DATE_PATTERN})"
)
"""A period stated in a line or a sentence; patterns' text only (matched case-blind by
`search_prose`, which compiles them when a document of a period's type is read: a
one-file call of another type never pays for them)."""
_PERIOD_SAID_EN = (
    rf"\b(?:begins|starts|commences|shall\s+commence|will\s+(?:begin|start|commence))\s+(?:on\s+)?(?P<start>{DATE_PATTERN})\s*(?:\([^)]{{0,40}}\)\s*)?,?\s+and\s+"
    rf"(?:ends|terminates|expires|shall\s+(?:end|terminate|expire)|will\s+(?:end|terminate|expire))\s+(?:on\s+)?(?P<end>{DATE_PATTERN})"
)
"""The same in English: "Employment begins on June 17, 2027 (staff orientation) and ends on August 26, 2027"."""
"""A period said with its verbs: "De uitzending begint op 22-02-2026 en eindigt naar verwachting op 23-08-2026",
"aangegaan voor bepaalde tijd, ingaande 1 juli 2026 en eindigend op 30 juni 2028"."""
_PERIOD_FROM = rf"\bvanaf\s+{_ON_DAY}(?P<start>{DATE_PATTERN})[^.!?]{{0,120}}?\btot(?:\s+en\s+met)?\s+{_ON_DAY}(?P<end>{DATE_PATTERN})"
"""A period whose two ends one sentence gives apart: "Uw huurder is vanaf 11-11-2026 opgenomen in
...; naar verwachting duurt dit tot en met 26-02-2027"."""
_HONORIFIC = r"(?:(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.|heer)\s+)?"
_CALLED = r"(?:hierna(?:\s+te\s+noemen|\s+genoemd)?|verder\s+te\s+noemen|te\s+noemen)?[^\w.!?]{0,3}\s*"  # quotes and a colon; never a sentence's end


def period(pages: Sequence[Page]) -> tuple[Field, Field] | None:
    """The one period the document states, as start and end fields; of several, the one
    that holds all the others (flagged); None when it states none, or several of which
    none holds the rest.

    Found in the pages' flowing text, so a period that wraps over two lines counts.
    """
    found: dict[tuple[str, str], tuple] = {}
    for pattern in (_PERIOD, _PERIOD_SAID, _PERIOD_SAID_EN, _PERIOD_FROM):
        for hit, match in search_prose(pages, pattern, re.IGNORECASE):
            start, end = (parse_date(match.group(key)) or parse_recent_date(match.group(key)) for key in ("start", "end"))
            if start and end and start < end:
                found.setdefault((start, end), (hit, match))
    if not found:
        return None
    ceiling = PERIOD_CONFIDENCE
    if len(found) > 1:
        # a contract with a schedule of its phases ("met ingang van 01-12-2026 tot en met 30-11-2031",
        # then each year's training post): the one period that holds every other is the document's,
        # never sure (the analyst looks); several that do not nest say nothing
        first, last = min(start for start, _ in found), max(end for _, end in found)
        if (first, last) not in found:
            return None
        found, ceiling = {(first, last): found[(first, last)]}, min(PERIOD_CONFIDENCE, PROSE_CONFIDENCE)
    (start, end), (hit, _) = next(iter(found.items()))
    confidence = round(min(hit.confidence, ceiling), 3)
    return (
        Field(value=start, confidence=confidence, page=hit.page, bbox=hit.bbox),
        Field(value=end, confidence=confidence, page=hit.page, bbox=hit.bbox),
    )


def _role_words(labels: FieldLabels) -> str:
    """The field's single-word labels ("huisbewaarder", "werknemer"): the role's nouns."""
    words = sorted({w for w in labels.labels if " " not in w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_SIGNING_FORMULA = re.compile(r"(?i)^\W*(?:voor\s+akkoord|akkoord|gezien|namens|handtekening|signature|agreed)?\W*(?:de|het|the)?\s*$")
"""What a signature block may print before the signer's role: "Voor akkoord, de huurder:"."""


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds, punctuation, a section's number and a
    signature block's formula before it aside ("1 Hoofdhuurder", "B. Huisbewaarder:",
    "Voor akkoord, de huurder:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = re.sub(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*|[A-Za-z])[.)]?\s+$", "", text[line_start:start])
    before = _SIGNING_FORMULA.sub("", before)
    rest = before + text[end : len(text) if line_end < 0 else line_end]
    return not re.search(r"[^\W_]", rest)


def _heading_before_role(match: re.Match, name: str) -> bool:
    """Whether a name read before its role is a heading's words: printed in capitals, only
    spaces between it and the role, and no word of it a name the lexicon knows ("DATOS DEL"
    of "DATOS DEL TRABAJADOR/A"). A name in capitals before its role after a comma
    ("KOZŁOWSKA P.K., rekeninghouder"), or one the lexicon knows ("JAN DE VRIES HUURDER"), is
    read as a name."""
    between = match.string[match.end("name") : match.end()]
    if not name.isupper() or re.search(r"[,·•|–—(:]", between):
        return False
    return not any(lexicon.is_known_name_word(word) for word in re.findall(r"[^\W\d_]{2,}", name))


def named_in_role(pages: Sequence[Page], labels: FieldLabels) -> Field:
    """The one person the document names in the role of `labels`' field; an empty Field
    when it names none or more than one."""
    roles = _role_words(labels)
    any_role = "|".join(re.escape(w) for w in sorted({w for w, _ in labels.wordings if " " not in w}, key=len, reverse=True))
    if not any_role and not labels.acts and not labels.done_by:
        return Field()
    roles, any_role = roles or "(?!)", any_role or "(?!)"
    # the role, maybe with its note ("Cliënt (zorgvrager)"), then the name
    after = rf"\b(?P<role>{roles})\b(?:\s*\([^)\n]{{0,40}}\))?\s*[,:]?\s*(?:is\s+|wordt\s+|zal\s+zijn\s+)?{_HONORIFIC}(?P<name>{NAME_PATTERN})"
    # the role after the name on its line, or on the next after a comma ("Jan de Vries,\nde
    # mantelzorger"), or after a record's separator ("Ivone Lopes · huurder · Zwanenlaan 5"):
    # never a heading under an address ("4383 PD Vlissingen" over "Mantelzorger")
    before = rf"(?P<name>{NAME_PATTERN})(?:[ \t]*,\s*|[ \t]*[·•|–—][ \t]*|[ \t]+)(?:\([^)]{{0,40}}\)\s*,?\s*)?{_CALLED}(?:als\s+|de\s+|het\s+)?[\"'“‘]?(?:{roles})\b"
    # the person a relative clause says does what the role does ("Habtom Samuel Haile, die de
    # woning aan de Veenstraat 6 van u huurt"): the clause runs to its verb, over a line's end
    does = "|".join(re.escape(act) for act in labels.acts) or "(?!)"
    relative = rf"(?P<name>{NAME_PATTERN})\s*,\s*die\s+(?:[^.,;:!?]{{0,100}}?\s)?(?:{does})\b"
    # the person by whom the role's deed is done, in the passive ("De woning wordt in die periode bewoond door Ewa Lewandowska")
    done = "|".join(re.escape(deed) for deed in labels.done_by) or "(?!)"
    passive = rf"\b(?:{done})\s+door\s+{_HONORIFIC}(?P<name>{NAME_PATTERN})"
    names: dict[str, Field] = {}
    # a record's parts between separators, the role a word of its own, generic ones too
    # ("Ivone Lopes · huurder · Zwanenlaan 5, 4701 RN Roosendaal": a contact system's relation line)
    sep = r"(?:[ \t]*[·•|][ \t]*|[ \t]+:[ \t]+)"  # OCR reads a middle dot as a colon, spaced as the dot was
    listed = rf"(?m)(?:^|{sep})(?P<name>{NAME_PATTERN}){sep}(?:{any_role})(?:{sep}|[ \t]*$)"
    for pattern in (after, before, relative, listed, passive):
        for hit, match in search_prose(pages, pattern, re.IGNORECASE):
            printed = match.group("name")
            if pattern is after and _across_cells(pages, hit, match):
                continue  # "S. Bhagwandin, hoofdhuurder      Giovanni Maduro, onderhuurder": the next signature's name
            if pattern is after and "\n" in match.string[match.end("role") : match.start("name")]:
                if not _alone_on_its_line(match.string, match.start("role"), match.end("role")):
                    continue  # "Huurder  Huisbewaarder" over their two names: a grid's headings, read by its columns
                printed = printed.split("\n", 1)[0]  # the role heading its line, the name the line under it
            if pattern in (before, listed):  # the name on the role's line: "Partijen" over "Mariam Rahimi, hoofdhuurder"; not
                printed = printed.rsplit("\n", 1)[-1]  # "€ 450,50 LC." over "Heeft de huisbewaarder", a question's first word
            name = _without_leading_labels(take_name(printed))
            if name is None or not re.search(r"[^\W\d_]{2,}", name) or re.search(r"\d", name) or _no_name(name, labels):
                continue  # "Functiefamilie HR21 Medewerker Toezicht 2": a job's family and grade, no person (a name holds no digit)
            if len(name.split()) == 1 and not lexicon.is_known_name_word(name):
                continue  # "Arbeidsovereenkomst oproepkracht": a title's word before the role, no one's name
            if pattern is before and _heading_before_role(match, name):
                continue  # "DATOS DEL TRABAJADOR/A", "PERSOONLIJKE GEGEVENS HUURDER": a heading's words before its role, no one's name
            if pattern is before and lexicon.town(name) is not None:
                continue  # "..., wonende te Den Haag, hierna te noemen: de hoofdhuurder": the party's town, its name misread
            if re.search(r"\b[1-9]\d{3}\s*$", match.string[: match.start("name")]):
                continue  # "5151 BB Drunen (Nederland), hierna genoemd de bediende": a postcode's letters and its town
            if _starts_a_label(match.string, match.start("name"), name):
                continue  # "House-sitter" over "Full name Amina Haddou": "Full" begins the next row's label
            names.setdefault(name, Field(value=name, confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    if len(names) != 1:
        return Field()
    return next(iter(names.values()))


_CELL_GAP = 2.0
"""Line heights of space between a role and a name on one line that part them into two cells."""


def _across_cells(pages: Sequence[Page], role: Hit, match: re.Match) -> bool:
    """Whether the role `role` is in apposition to a name before it ("S. Kartosen,
    hoofdhuurder") and the name `match` found after it stands in another cell of its line, a
    gap wider than `_CELL_GAP` line heights away: two signatures side by side, each "name,
    role". A form's label with its value in the next cell ("Hoofdhuurder    Jan Jansen") is
    no apposition."""
    if not re.search(r",\s*(?:de\s+|het\s+|the\s+)?$", match.string[: match.start("role")]):
        return False
    page = next((p for p in pages if p.number == role.page), None)
    if page is None or not role.words:
        return False
    name = flow(page).hit(*match.span("name"))
    if name is None or not name.words:
        return False
    last, first = role.words[-1], name.words[0]
    height = max(last.bbox[3] - last.bbox[1], 1.0)
    same_line = first.bbox[1] < last.bbox[3] and last.bbox[1] < first.bbox[3]
    return same_line and first.bbox[0] - last.bbox[2] > _CELL_GAP * height


_DEFINED = re.compile(
    r"\b(?:hierna|hierna\s*:|verder|hieronder|hereinafter|hereafter)(?:\s+(?:te\s+noemen|genoemd|aangeduid\s+als|ook\s+wel|referred\s+to\s+as|called))?\s*[:,]?\s*"
    r"(?:als\s+)?[\"'“‘„]?(?:de\s+|het\s+|the\s+)?[\"'“‘„]?(?:the\s+)?(?P<role>[^\W\d_]+)",  # 'werkgever', “de instelling”
    re.IGNORECASE,
)
_PARTY_START = re.compile(
    r"(?:^|\n)\s*(?:en|tussen|ondergetekenden?|de\s+ondergetekenden?)\s*[:,]?\s*(?=\n|$)|(?:^|\n)\s*en\s+(?=[^\W\d_])|\bondergetekenden?\s*:|"
    r"\b(?:(?:tussen|en)\s+)?(?:enerzijds|anderzijds)\s*[:,]?\s+|(?:^|\n)\s*\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s|(?:^|\n)\s*\d{1,2}\s+(?=[\"'‘’“„]?(?-i:[A-Z]))|[)'’”\"]\s*[,;]?\s*(?:en\s*)?\n",
    re.IGNORECASE,
)


SEAT = r"met\s+(?:maatschappelijke\s+|statutaire\s+|haar\s+)?zetel"
"""Where a company's description starts after its name ("..., met maatschappelijke zetel te
Brussel"): shared by a party here and an organisation after its label (`locating`)."""
_PARTY_END = re.compile(
    rf",|\s(?=(?:gevestigd|{SEAT}|wonende|woonachtig|geboren|vertegenwoordigd|ingeschreven|kantoor\s+houdende)\b)",
    re.IGNORECASE,
)
"""Where a party's name ends in a contract's preamble: its first comma, or the first words
that describe it when OCR read the comma as a full stop ("Brugse Bouwonderneming BV. met
maatschappelijke zetel te Brussel", "J. Dirksz. geboren op ...")."""


def defined_party(pages: Sequence[Page], labels: FieldLabels, read) -> Field:
    """The party a contract defines in the field's role: "Distributiecentrum Nieuwegein
    B.V., gevestigd te Terneuzen, ..., hierna te noemen 'werkgever'", "J. Dirksz, geboren
    op 05-01-1967, wonende te Voorburg, hierna te noemen 'oproepkracht'". The party is the
    text from where its part of the preamble starts ("De ondergetekenden:", a line "en",
    a number) to its first comma, read by `read` (the field's kind); taken only when the
    contract defines one party in the role.

    >>> from woondossier.model import Word
    >>> line = lambda y, text: [Word(text=t, bbox=(10 + 40 * i, y, 45 + 40 * i, y + 9), confidence=0.96) for i, t in enumerate(text.split())]
    >>> page = Page(file="c.pdf", number=1, width=600, height=800, ocr=True, words=tuple(line(10, "De ondergetekenden:") +
    ...     line(24, "Acme Schoonmaak B.V., gevestigd te Breda, hierna te noemen 'werkgever',") + line(38, "en") +
    ...     line(52, "Jan de Vries, geboren op 1-2-1990, wonende te Breda, hierna te noemen 'werknemer'.")))
    >>> employee = FieldLabels("arbeidsovereenkomst", "employee_name", "name", ("werknemer", "naam werknemer"))
    >>> defined_party([page], employee, lambda text: (take_name(text), text)).value
    'Jan de Vries'
    >>> employer = FieldLabels("arbeidsovereenkomst", "employer", "organisation", ("werkgever",))
    >>> defined_party([page], employer, lambda text: (text, text)).value
    'Acme Schoonmaak B.V.'
    """
    roles = {w.lower() for w in labels.labels if " " not in w}
    if not roles:
        return Field()
    found: dict[str, Field] = {}
    for page in pages:
        text = flow(page)
        previous_end = 0
        for match in _DEFINED.finditer(text.text):
            defined_after, previous_end = previous_end, match.end()
            if match.group("role").lower() not in roles:
                continue
            before = text.text[: match.start()]
            starts = [m.end() for m in _PARTY_START.finditer(before)]
            start = max([*starts, defined_after])  # past the party defined before this one
            while start < len(before) and (before[start].isspace() or before[start] in ";,'‘’“”„\""):
                start += 1
            if (marker := re.match(r"(?:\d{1,2}[.)]?|[a-z][.)])\s+[\"'‘’“„]?", before[start:])) is not None:
                start += marker.end()  # "2." read as "z.", "2 ‘Tekle": a list's number (a quote OCR read after it), no initial (initials are capitals)
            if (conjunction := re.match(r"en\s+", before[start:], re.IGNORECASE)) is not None:
                start += conjunction.end()  # "..., hierna: werkgever, en R. Simatupang, ...": the next party's "en"
            own = _PARTY_END.split(before[start:], 1)[0]
            party = re.sub(r"\s+", " ", strip_honorific(own)).strip(" :;")
            if not party or len(party.split()) > 8 or re.search(r"\d", party):
                continue
            read_as = read(party)
            if read_as is None or read_as[0] is None:
                continue
            hit = text.hit(start, start + len(own))
            if hit is not None:
                found.setdefault(read_as[0], Field(value=read_as[0], confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


def _SENTENCE_WORDS() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.sentence_words())


def _without_leading_labels(name: str | None) -> str | None:
    """A name without the labels a form's header row put before it: under "2. Mantelzorger"
    the row "Naam  Relatie" stands over "A. Bouzid  partner", and read as running text the
    name came out "Naam Relatie A. Bouzid". No name begins with a label.

    >>> _without_leading_labels("Naam Relatie A. Bouzid"), _without_leading_labels("Anna de Vries"), _without_leading_labels("Naam")
    ('A. Bouzid', 'Anna de Vries', None)
    """
    words = (name or "").split()
    while words and is_label(words[0]):
        words.pop(0)
    return " ".join(words) or None


def _starts_a_label(text: str, start: int, name: str) -> bool:
    """Whether the words read as `name` at `start` of `text`, with the word after them,
    are a label's wording ("Full name", "Naam huurder"): a row's label, not a name.

    >>> _starts_a_label("2. House-sitter Full name Amina Haddou", 16, "Full"), _starts_a_label("de heer Jan de Vries", 8, "Jan de Vries")
    (True, False)
    """
    words = text[start:].split()
    count = len(name.split())
    return any(is_label_wording(" ".join(words[:n])) for n in range(count, min(count + 2, len(words)) + 1))


def _no_name(name: str, labels: FieldLabels) -> bool:
    """A role word, only words that begin sentences ("Mijn huisbewaarder ..."), or one word
    that is a town and no name the lexicon knows ("... te Medemblik"): no name."""
    words = name.split()
    if len(words) == 1 and lexicon.town(name) is not None and not lexicon.is_known_name_word(name):
        return True
    return name.lower() in {w.lower() for w in labels.labels} or is_label(name) or all(
        w.lower() in _SENTENCE_WORDS() or w.lower() in NOT_NAME_WORDS for w in words
    )


# --- a letter's own parts: its date line, its signer, its sender --------------------------

_DATE_LINE = re.compile(rf"^\W*(?:[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){{0,3}}\s*,\s*(?:(?:den|le|el|il|am|a|dnia)\s+)?)?(?:d\.d\.\s*)?{_ON_DAY}(?P<date>{DATE_PATTERN}|{SHORT_YEAR_DATE_PATTERN})\W*$", re.IGNORECASE)
_CLOSING = re.compile(
    r"(?i)^\W*(?:(?:met\s+)?(?:vriendelijke|hartelijke|beste|lieve)?\s*groet(?:en|jes)?|hoogachtend|mvg|gr\.?"
    r"|yours\s+(?:faithfully|sincerely|truly)|(?:(?:kind|best|warm|with\s+kind)\s+)?regards|(?:yours\s+)?sincerely)\W*$"  # English
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:ik|mijn|mij|my|me)\b|(?-i:\bI\b)")  # English too: "I am the tenant of ..."
_LEGAL_FORM = re.compile(
    r"(?i)(?<![^\W_])(?:b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|stichting|gemeente|vereniging|co[öo]peratie|universiteit"
    r"|hogeschool|roc|ziekenhuis|holding|groep|zorggroep|uitzendbureau|detacheringsbureau|huisarts\w*|praktijk\w*"
    r"|thuiszorg|buurtzorg|zorgcentrum|steunpunt|instelling|bedrijf|schoonmaakbedrijf|bouwbedrijf)(?![^\W_])"
)
SIGNED_FIELDS = {
    "huisbewaring_aanvraag": "signed_date",
    "huurovereenkomst_onderhuur": "signed_date",
    "mantelzorgverklaring": "issue_date",
    "inkomensverklaring": "issue_date",  # the Belastingdienst's letter: "Apeldoorn, 30 maart 2025"
}
"""The doc types whose one place-and-date line ("Tilburg, 12 januari 2027") dates the field."""


def date_line(pages: Sequence[Page]) -> Field:
    """The date of the document's one place-and-date line ("Tilburg, 12 januari 2027",
    or a date alone on its line); an empty Field when there is none or several differ."""
    found: dict[str, Field] = {}
    for page in pages:
        for index, line in enumerate(page.lines):
            if _answers_a_question(page, index):
                continue  # "Wat is de geboortedatum van de huisbewaarder?" over "20-5-1978": an answer, no letter's date
            match = _DATE_LINE.match(line.text)
            if match and (value := parse_date(match.group("date")) or parse_recent_date(match.group("date"))):  # the day it was written: "2 juni '26"
                found.setdefault(value, Field(value=value, confidence=round(min(line.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=line.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


def _answers_a_question(page: Page, index: int) -> bool:
    """Whether line `index` stands under a question (a chat's time stamps between them)."""
    above = [line for line in page.lines[:index] if not TIME_OF_DAY.fullmatch(line.text.strip())]
    return bool(above) and above[-1].text.rstrip().endswith("?")


def signer(pages: Sequence[Page]) -> Field:
    """The person who signs a letter written in the first person ("Met vriendelijke groet,
    ... J. de Vries"): the first line after the closing that is a name and nothing else.
    An organisation signing (a legal form in the line) is no person."""
    if not any(_FIRST_PERSON.search(page.text) for page in pages):
        return Field()
    for page in pages:
        lines = page.lines
        for index, line in enumerate(lines):
            if not _CLOSING.match(line.text):
                continue
            for after in lines[index + 1 : index + 4]:
                name = take_name(after.text)
                if name and len(name) >= 0.8 * len(after.text.strip(" ,.")) and not _LEGAL_FORM.search(after.text) and len(name.split()) >= 2:
                    return Field(value=name, confidence=round(min(after.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=after.bbox)
    return Field()


LETTERHEAD_FIELDS = {"arbeidsovereenkomst": "employer", "mantelzorgverklaring": "issuer"}
"""The doc types whose letterhead names the field's organisation (the employer writes a
work contract or statement, the municipality or care organisation its declaration)."""


ISSUED_FIELDS = {"inkomensverklaring": "issue_date", "brp_uittreksel": "issue_date", "mantelzorgverklaring": "issue_date"}
"""The doc types a declaration dates by its formula of issue ("afgegeven te Apeldoorn op ...")."""
_ISSUED = (
    rf"\b(?:afgegeven|verstrekt|uitgereikt|opgemaakt)\s+(?:te\s+(?-i:[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*){{0,3}})\s+)?op\s+(?P<date>{DATE_PATTERN})"
)  # text only, as `_PERIOD`


def issued_on(pages: Sequence[Page]) -> Field:
    """The date a declaration says it was issued on ("Deze verklaring is ... afgegeven te
    Apeldoorn op 21/11/2026"), when it gives one such date only."""
    found: dict[str, Field] = {}
    for hit, match in search_prose(pages, _ISSUED, re.IGNORECASE):
        if (value := parse_date(match.group("date"))) is not None:
            found.setdefault(value, Field(value=value, confidence=round(min(hit.confidence, PERIOD_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


BORN_FIELDS = {"inkomensverklaring": "name", "mantelzorgverklaring": "care_recipient_name", "arbeidsovereenkomst": "employee_name"}
"""The doc types about one person, whom a sentence names with a date of birth: the
taxpayer; the patient of a doctor's letter about their care; the employee of an
employer's statement ("dat de heer D. Tekeste, geboren op 04-10-1969, sinds 2014 ...")."""
_BORN = (
    rf"(?:(?-i:\b[a-zà-ÿ]+),?|:)\s+{_HONORIFIC}(?P<name>{NAME_PATTERN})\s*,\s*(?:geboren|geb\.|born)\s+(?:op\s+|on\s+)?{DATE_PATTERN}"
)  # text only, as `_PERIOD`


def person_born(pages: Sequence[Page]) -> Field:
    """The one person a sentence names with a date of birth ("het verzamelinkomen van Lina
    Al Khatib, geboren op 31/05/1999, ...", "Betreft: Edsel Croes, geb. 11 sep. 1990"),
    after a word in small letters or a colon (not a sentence's first word); none when it
    names two."""
    found: dict[str, Field] = {}
    for hit, match in search_prose(pages, _BORN, re.IGNORECASE):
        if (name := take_name(match.group("name"))) and len(name.split()) >= 2:
            found.setdefault(name, Field(value=name, confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


def born_on(pages: Sequence[Page], name: str) -> Field:
    """The date of birth a sentence gives beside `name` ("Jakub Kowalski, geboren op
    29-07-1999, woont ..."), when it gives one only."""
    found: dict[str, Field] = {}
    named = r"\s+".join(re.escape(word) for word in name.split())  # the name may wrap over two lines
    pattern = rf"\b{named}\s*,?\s*(?:geboren|geb\.|born)\s+(?:op\s+|on\s+)?(?P<date>{DATE_PATTERN})"
    for hit, match in search_prose(pages, pattern, re.IGNORECASE):
        if (value := parse_date(match.group("date"))) is not None:
            found.setdefault(value, Field(value=value, confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


_COPY_TO = re.compile(r"(?i)^\W*(?:b?c\.?\s?c\.?|kopie\s+(?:aan|naar)|afschrift\s+aan|copy\s+to)\b")


def letterhead_organisation(pages: Sequence[Page]) -> Field:
    """The organisation in a letter's head: one of the first lines of its first page that
    names a legal form ("Acme Zorg B.V.", "Stichting Welzijn Oost")."""
    if not pages:
        return Field()
    page = pages[0]
    for index, line in enumerate(page.lines[:5]):
        # a letterhead line may hold a title or an address beside the name: "Mantelzorgverklaring — Buurtzorg team Centrum",
        # or the letter's reference block in a column of its own: "Gemeente Coevorden      Zaaknummer: ..."
        parts_of_line = cells(line)
        parts = [(p, cell.words) for cell in parts_of_line for p in re.split(r"\s+[—–|·•]\s+|\s+-\s+", cell.text.strip(" |"))]
        for part, words in parts:
            if _COPY_TO.match(part):
                continue  # "cc: huisarts A. Tavares": who gets a copy, not who wrote
            if _LEGAL_FORM.fullmatch(part) and (below := _stacked(page, index, words)) is not None:
                part, words = below  # a logo's stacked lines: "GEMEENTE" over "Leiden"
            first = part.split()[0] if part.split() else ""
            if first.islower() and not _LEGAL_FORM.fullmatch(first):
                continue  # "een onafhankelijke professional (huisarts, wijkteam, ...)": a sentence's words, no name
            if _LEGAL_FORM.search(part) and not re.search(r"\d", part) and 1 <= len(part.split()) <= 6 and not headed_by([_one_line(page, part)]):
                bbox = union_bbox(w.bbox for w in words) if len(parts_of_line) > 1 else line.bbox
                return Field(value=part, confidence=round(min(line.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=bbox)
    return Field()


def signing_organisation(pages: Sequence[Page]) -> Field:
    """The organisation that signs a letter or mail: the first of the few lines after its
    closing ("Hartelijke groet, / Team HR / Jumbo Supermarkten B.V.") that is a name with a
    legal form and nothing else. A person signing is no organisation (`signer`)."""
    for page in pages:
        lines = page.lines
        for index, line in enumerate(lines):
            if not _CLOSING.match(line.text):
                continue
            for after in lines[index + 1 : index + 1 + _SIGNATURE_LINES]:
                text = after.text.strip(" ,.")
                if _LEGAL_FORM.search(text) and not re.search(r"\d|@", text) and 2 <= len(text.split()) <= 6 and not headed_by([_one_line(page, text)]):
                    return Field(value=after.text.strip(" ,"), confidence=round(min(after.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=after.bbox)
    return Field()


_SIGNATURE_LINES = 4
"""Lines after a closing that may sign it: a name, a function, a team, the organisation."""


_MORE_WORDS = 3  # words a name printed in full may add to its letterhead's wrapped first line


def named_in_full(pages: Sequence[Page], name: str, skip: Line | None = None) -> str | None:
    """`name` as the document prints it in full elsewhere, when a letterhead broke it over
    two lines ("Geheugenpolikliniek Maasstad" over "Ziekenhuis", signed "Geheugenpolikliniek
    Maasstad Ziekenhuis"): the first cell of another line that starts with it (OCR's slips
    allowed) and goes on with at most three capitalised words, no digits; the longest such,
    or None."""
    want = lexicon.plain(name).casefold().split()
    best: str | None = None
    for page in pages:
        for line in page.lines:
            if line is skip or not line.words:
                continue
            cell = cells(line)[0].text.strip(" |")
            words = cell.split()
            if not len(want) < len(words) <= len(want) + _MORE_WORDS or re.search(r"\d", cell):
                continue
            head, more = words[: len(want)], words[len(want) :]
            if not all(w[:1].isupper() for w in more) or any(is_label(w) for w in more):
                continue
            if fuzz.ratio(" ".join(lexicon.plain(w).casefold() for w in head), " ".join(want)) < _SAME_NAME:
                continue
            if best is None or len(cell) > len(best):
                best = cell
    return best


_SAME_NAME = 90.0  # rapidfuzz ratio of two printings of one name, OCR's slips allowed


def _stacked(page: Page, index: int, words) -> tuple[str, tuple] | None:
    """A legal form alone on its line continued by the name under it, in its column (a
    logo: "GEMEENTE" over "Leiden", "Stichting" over "Welzijn Oost"): the two as one
    name, the form in ordinary case when the name under it is. None when nothing
    capitalised and without digits stands right under it."""
    below = page.lines[index + 1 : index + 4]
    under = next((c for line in below if (c := cell_at(line, words[0].bbox[0])) is not None), None)
    if under is None:  # a centred logo: "GEMEENTE" over "HOEKSCHE WAARD"
        under = next((c for line in below if (c := _centred_under(line, words)) is not None), None)
    if under is None or re.search(r"\d", under.text) or not under.text[:1].isupper() or len(under.words) > 4:
        return None
    if under.words[0].bbox[1] - words[-1].bbox[3] > 2 * (words[-1].bbox[3] - words[-1].bbox[1]):
        return None  # a line further down, not the logo's second line
    form = " ".join(w.text for w in words)
    if form.isupper() and not under.text.isupper():
        form = form.capitalize()
    return f"{form} {under.text.strip(' |')}", (*words, *under.words)


def _centred_under(line, words, tolerance: float = 6.0):
    """The cell of `line` centred under `words` (a centred logo: "GEMEENTE" over "HOEKSCHE
    WAARD"), or None."""
    middle = (words[0].bbox[0] + words[-1].bbox[2]) / 2
    return next((c for c in cells(line) if abs((c.words[0].bbox[0] + c.words[-1].bbox[2]) / 2 - middle) <= tolerance), None)


def _one_line(page: Page, text: str) -> Page:
    """A page holding only `text`, to ask whether it is a document's title."""
    from woondossier.model import Word

    return page.model_copy(update={"words": tuple(Word(text=w, bbox=(0, 0, 1, 1), confidence=1.0) for w in text.split())})


WRITER_FIELDS = {"huisbewaring_aanvraag": "tenant_name", "huurovereenkomst_onderhuur": "tenant_name"}
"""The doc types whose writer ("Ik, Kofi Mensah, verhuur ...") is the field's person: the
tenant asks for house-sitting, the tenant lets the room."""
_WRITER = re.compile(rf"(?:^|[.!?]\s+|\n)\s*(?:Ik\s*,?|Ondergetekende\s*[,.]?)\s+(?:{_HONORIFIC})?(?P<name>{NAME_PATTERN})\s*,", re.IGNORECASE)
"""The writer introducing themselves: "Ik, Kofi Mensah, ...", "Ondergetekende, Tekle Berhane, ..."
(OCR may read that comma as a full stop: "Ondergetekende. Tekle Berhane, huurder van ...")."""


_WRITER_LETS = re.compile(
    r"\b(?:in|aan)\s+(?:mijn|onze)\s+(?:woning|huis|appartement|flat|bovenwoning|benedenwoning)\b"
    r"|\b(?:mijn|onze)\s+(?:(?:eigen\s+)?huurcontract|(?:eigen\s+)?huurovereenkomst|verhuurder|verhuurster|hoofdhuur)\b"
    r"|\bbij\s+(?:mij|ons)\s+(?:komt|komen|gaat|gaan)\s+wonen\b|\bik\s+verhuur\b"
    r"|\b(?:in|of)\s+my\s+(?:home|flat|apartment|house)\b|\bmy\s+(?:landlord|lease|tenancy(?:\s+agreement)?)\b",  # English
    re.IGNORECASE,
)
"""The writer of a letter speaks of the home they rent and let a room in as their own:
"de kamer in mijn woning", "mijn eigen huurcontract", "Leuk dat je bij mij komt wonen"."""


def letting_signer(pages: Sequence[Page]) -> Field:
    """The signer of a letter in the first person (`signer`) whose writer lets a room in
    their own rented home (`_WRITER_LETS`): a main tenant's letter confirming what was
    agreed with the subtenant, signed by the tenant, "voor akkoord" by the subtenant below
    it. Empty when the writer speaks of no home of their own or no one signs."""
    if not any(_WRITER_LETS.search(page.text) for page in pages):
        return Field()
    return signer(pages)


def writer(pages: Sequence[Page]) -> Field:
    """The person who introduces themselves in the first person ("Ik, Kofi Mensah, ..."),
    when the document names one only."""
    return _only_one({name: hit for name, hit, _ in _writers(pages)})


def _writers(pages: Sequence[Page]) -> Iterator[tuple[str, Hit, re.Match]]:
    """(name, hit, match) of each "Ik, <name>," / "Ondergetekende, <name>," whose name
    has two words or more."""
    for hit, match in search_prose(pages, _WRITER.pattern, re.IGNORECASE):
        if (name := take_name(match.group("name"))) and len(name.split()) >= 2:
            yield name, hit, match


def _only_one(found: dict[str, Hit]) -> Field:
    """The one name found, at most `PROSE_CONFIDENCE`; an empty Field for none or several."""
    if len(found) != 1:
        return Field()
    name, hit = next(iter(found.items()))
    return Field(value=name, confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox)


def writer_in_role(pages: Sequence[Page], labels: FieldLabels) -> Field:
    """The person who signs in the first person in the field's role, where a form has
    several such statements: the role in apposition after the name ("Ondergetekende,
    Tekle Berhane, huurder van de woning ...") or named by the heading over the statement
    ("Deel B — verklaring van de huisbewaarder" over "Ondergetekende, Soumaya Kaddouri,
    geboren op ..."). Empty when no writer, or more than one, is in the role."""
    words = sorted({w for w in (*labels.labels, *labels.generic) if " " not in w}, key=len, reverse=True)
    if not words:
        return Field()
    role = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)
    found: dict[str, Hit] = {}
    for name, hit, match in _writers(pages):
        apposition = re.match(r"\s*(?:de\s+|het\s+)?(\S+)", match.string[match.end() : match.end() + 40])
        in_role = bool(apposition and role.fullmatch(apposition.group(1).strip(",.;:")))
        if not in_role and (heading := _heading_above(pages, hit)) is not None:
            in_role = bool(role.search(heading))
        if in_role:
            found.setdefault(name, hit)
    return _only_one(found)


_HEADING_WORDS = 8


def _heading_above(pages: Sequence[Page], hit) -> str | None:
    """The text of the line right above the line where `hit` starts when it is a
    section's heading (at most `_HEADING_WORDS` words, no sentence's end: "Deel B —
    verklaring van de huisbewaarder"), or None."""
    page = next((p for p in pages if p.number == hit.page), None)
    if page is None or not hit.words:
        return None
    index = next((i for i, line in enumerate(page.lines) if any(w is hit.words[0] for w in line.words)), None)
    if not index:
        return None
    above = page.lines[index - 1].text.strip()
    if len(above.split()) > _HEADING_WORDS or above.endswith((".", ",", ";")):
        return None
    return above


ADDRESSEE_FIELDS = {"arbeidsovereenkomst": "employee_name", "inkomensverklaring": "name"}
"""The doc types whose letter is addressed to the field's person (the employee; the
taxpayer)."""
_ADDRESSED = re.compile(rf"(?i)^\W*(?:{TITLE_FORMS})\s+\S")
"""An address block's line that names a person: a form of address or a title first ("De heer",
"Mw", "Hr", "T.a.v.", "Drs."; `lexicon/titles.txt`)."""
_STREET_LINE = re.compile(r"^\W*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+\d{1,5}\s*[A-Za-z]?(?:[-/ ]\w{1,4})?\W*$")


def addressee(pages: Sequence[Page]) -> Field:
    """The person a letter is addressed to: a line opening with "De heer" or "Mevrouw" in
    the first lines of its first page, with a street and number on the line under it."""
    names = addressees(pages)
    return names[0] if len(names) == 1 else Field()


_ALSO_ADDRESSED = re.compile(rf"(?i)^\W*(?:en(?:\s*/\s*of)?|e\s*/\s*o|&)\s+(?=(?:{TITLE_FORMS})\s)")
"""A second addressee's line: "en de heer K. el Yousfi", "en/of mevrouw ..."."""


def addressees(pages: Sequence[Page]) -> list[Field]:
    """Everyone a letter is addressed to: the lines of its address block that open with a
    form of address ("De heer", "Mw"; a second one maybe with "en"), in the first lines of its first page,
    the last with a street and number under it ("Mevrouw H. Ouali" / "en de heer K. el
    Yousfi" / "Beukengracht 9"). Empty when a name in the block does not read as one."""
    if not pages:
        return []
    lines = pages[0].lines[:14]
    for index, line in enumerate(lines[:-1]):
        for cell in cells(line):  # the address block may stand beside a column of references
            left = cell.words[0].bbox[0]
            street = cell_at(lines[index + 1], left)
            if not (_ADDRESSED.match(_ALSO_ADDRESSED.sub("", cell.text)) and street is not None and _STREET_LINE.match(street.text)):
                continue
            block = [cell]
            for above in reversed(lines[max(0, index - 2) : index]):  # up while the line above names a person too ("Hr J Jansen" over "Mw A Bakker")
                if (earlier := cell_at(above, left)) is None or not _ADDRESSED.match(_ALSO_ADDRESSED.sub("", earlier.text)):
                    break
                block.insert(0, earlier)
            names = []
            for part in block:
                name = take_name(_ALSO_ADDRESSED.sub("", part.text))
                if not name or len(name.split()) < 2:
                    return []
                names.append(Field(value=name, confidence=round(min(part.confidence, PROSE_CONFIDENCE), 3), page=pages[0].number, bbox=part.bbox))
            return names
    return _bare_address_block(pages[0], lines)


_POSTCODE_LINE = re.compile(rf"^\W*{POSTCODE_PATTERN}\s+[^\W\d_]", re.IGNORECASE)


def _bare_address_block(page: Page, lines) -> list[Field]:
    """The one addressee of a block without "De heer" or "Mevrouw": a name, its street and
    number under it, its postcode and town under that ("Manuel Tavares" / "Zuiderlaan 8" /
    "6002 MH WEERT"), all at one left edge. An organisation's name (a legal form) is no
    addressee; two such blocks give none."""
    found = []
    for index, line in enumerate(lines[:-2]):
        for cell in cells(line):
            left = cell.words[0].bbox[0]
            under = [c for below in lines[index + 1 : index + 5] if (c := cell_at(below, left)) is not None][:2]
            if len(under) < 2 or not _STREET_LINE.match(under[0].text) or not _POSTCODE_LINE.match(under[1].text):
                continue  # the block's next two lines at its left edge (a column beside it may interleave)
            name = take_name(cell.text)
            if not name or name != cell.text.strip(" ,") or len(name.split()) < 2 or _LEGAL_FORM.search(name) or is_label(name):
                continue
            found.append(Field(value=name, confidence=round(min(cell.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=cell.bbox))
    return found if len(found) == 1 else []


_ORGANISATION = r"(?-i:[^\W\d_a-z][\w&.'’-]*(?:\s+(?:[&+]|van|de|der|den|en|voor|aan|op|[^\W\d_a-z][\w&.'’-]*)){0,6})"
_EMPLOYED_BY = re.compile(
    rf"(?:in\s+dienst\s+(?:is\s+|bent\s+|zijn\s+|treedt\s+|genomen\s+|getreden\s+)?(?:van|bij)|(?:aangesteld|benoemd)\s+bij|werkzaam\s+(?:is\s+|bent\s+)?bij|arbeidsovereenkomst\s+met|dienstverband\s+met|gedetacheerd\s+(?:vanuit|door))\s+(?-i:de\s+|het\s+)?(?P<org>{_ORGANISATION})",
    re.IGNORECASE,
)
_WORKS_IN = re.compile(
    r"(?:vestiging|werkzaam|standplaats|werklocatie|tewerkgesteld|werkzaamheden\s+verricht)\s+(?:\w+\s+){0,2}(?:in|te)\s+(?P<town>(?-i:(?:'s-)?[^\W\d_a-z][\w'’-]*(?:[ -](?:aan|op|den|de|bij|[^\W\d_a-z][\w'’-]*)){0,3}))",
    re.IGNORECASE,
)


_SEATED = re.compile(rf"(?:^|\n|:\s)\s*(?P<org>{_ORGANISATION}),\s+(?:gevestigd|{SEAT})\s+(?:te|in)\b", re.IGNORECASE)
"""A party of a contract's preamble with its seat ("Gemeente Vlissingen, gevestigd te
Vlissingen, en O. Darwish, ..."): in a work contract the one organisation, the employer."""


_AGREED_BETWEEN = re.compile(
    rf"\b(?:agreement|contract|contrat|contrato|contratto|vertrag|umowa)\b[^.]{{0,40}}?\b(?:between|entre|tra|zwischen|pomiędzy|între)\s+"
    rf"(?:(?:la\s+société|la\s+empresa|der\s+firma|the\s+company|l'entreprise|l'azienda)\s+)?(?P<org>{_ORGANISATION})",
    re.IGNORECASE,
)
"""A contract's first party in a preamble abroad: "This agreement is made between Camp Silver
Birch LLC ("the Camp") and ...", "contrato entre la empresa ..."; taken only as an organisation
with its legal form (a person may be named first as well)."""


def employer_in_prose(pages: Sequence[Page]) -> Field:
    """The organisation a letter says the person works for ("je arbeidsovereenkomst met
    Schoonmaakbedrijf Clean Team", "in dienst bij Acme B.V."), or the one party of a
    contract's preamble with a seat, when it names one only; else the first party of a
    preamble abroad ("agreement is made between Acme LLC and ...") that ends in its legal form."""
    found = _one(pages, _EMPLOYED_BY, "org")
    if found.value is None:
        found = _one(pages, _SEATED, "org")
    if found.value is None:
        between = _one(pages, _AGREED_BETWEEN, "org")
        legal = re.compile(rf"(?:^|\s){lexicon.legal_form_regex()}$")
        if isinstance(between.value, str) and legal.search(between.value):
            found = between
    return found


def place_in_prose(pages: Sequence[Page]) -> Field:
    """Where a letter says the work is done ("op onze vestiging in Lyon"), when it names one place only."""
    return _one(pages, _WORKS_IN, "town")


_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}$")
"""A value ending in an abbreviation: a legal form's "B.V.", "N.V.", "V.O.F.", keeps its stop."""


def _without_end_stop(value: str) -> str:
    """`value` without a sentence's full stop after it, but with an abbreviation's own.

    >>> _without_end_stop("SV Noordkop B.V."), _without_end_stop("Schoonmaakbedrijf Clean Team."), _without_end_stop("Acme")
    ('SV Noordkop B.V.', 'Schoonmaakbedrijf Clean Team', 'Acme')
    """
    value = value.rstrip(" ,")
    while value.endswith(".") and not _ABBREVIATION_END.search(value):
        value = value[:-1].rstrip(" ,")
    return value


def _one(pages: Sequence[Page], pattern: re.Pattern, group: str) -> Field:
    found: dict[str, Field] = {}
    for hit, match in search_prose(pages, pattern.pattern, re.IGNORECASE):
        value = _without_end_stop(re.sub(r"\s+", " ", match.group(group)).strip(" ,").lstrip("."))
        value = re.sub(r"\s+(?:en|de|van|der|voor|te|in|op|bij)$", "", value)
        if value and not re.search(r"\d", value):
            found.setdefault(value, Field(value=value, confidence=round(min(hit.confidence, PROSE_CONFIDENCE), 3), page=hit.page, bbox=hit.bbox))
    return next(iter(found.values())) if len(found) == 1 else Field()


def issuing_municipality(pages: Sequence[Page]) -> Field:
    """The municipality that heads a document ("Gemeente Utrecht", or "Amsterdam" alone as
    its logo reads) in the first lines of its first page, else the place of its one
    place-and-date line ("Amsterdam, 1 aug. 2026"), when the lexicon knows it as one."""
    if not pages:
        return Field()
    page = pages[0]
    for line in page.lines[:5]:
        text = re.sub(r"(?i)^\W*gemeente\s+", "", line.text).strip(" |")
        if (found := parse_municipality(text)) and len(found) >= 0.8 * len(text):
            return Field(value=found, confidence=round(min(line.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=line.bbox)
    places = {
        found: Field(value=found, confidence=round(min(line.confidence, PROSE_CONFIDENCE), 3), page=p.number, bbox=line.bbox)
        for p in pages
        for line in p.lines
        if (match := _DATE_LINE.match(line.text)) and (found := parse_municipality(line.text.split(",")[0]))
    }
    return next(iter(places.values())) if len(places) == 1 else Field()


