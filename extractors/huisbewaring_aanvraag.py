"""Read a corporation's application form for huisbewaring (house-sitting).

A tenant who leaves the home for a while (Woonopmaat: longer than two months, at most
twelve) asks the corporation in writing, at least four weeks before leaving, to let
a house-sitter (huisbewaarder) live there meanwhile. The form names tenant and
sitter, the sitter's birth date, the period, the reason, the compensation the
sitter pays per month (never more than the rent), and whether the sitter has a
home of their own or minor children, which Woonopmaat does not allow
(seed 003, `/work/shared/seeds/003_*.txt`, "Huisbewaring").

Fields (CONTRACT.md §3): `tenant_name`, `sitter_name`, `sitter_birth_date`,
`start_date`, `end_date`, `reason` (`work_or_study` | `care` | `trial_cohabitation`
| `travel` | `other`), `compensation`, `sitter_has_own_home`,
`sitter_has_minor_children`, `signed_date`.

Layouts it knows (samples in `samples/generator/huisbewaring_aanvraag.py`):
- a sectioned form ("Aanvraagformulier huisbewaring") with generic labels ("Naam",
  "Geboortedatum") under "Gegevens huurder" / "Gegevens huisbewaarder", the reason
  ticked in a check-box list and questions answered "[ ] ja [X] nee";
- a tenant's letter ("Verzoek toestemming huisbewaring") with labelled lines,
  "Periode: van ... tot en met ...", the reason in words ("wereldreis") and answers
  written out ("Eigen woning huisbewaarder: nee");
- a ruled table with "(ja/nee)" questions answered in the value cell.

The reason is read from the ticked box, else from a "Reden" line by keywords; a
text that names two reasons, or none, is None. Yes/no answers that are not exactly
one clear "ja" or "nee" are None (see `_forms.read_yes_no`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors import concepts, lexicon
from extractors._common import in_order, sentences
from extractors._forms import asked_with_options, boxed_options, checked_option, date_field, find_date, find_group, odd_box_out, read_yes_no, section, ticked_among
from extractors._locate import find_value, has_text, iter_lines
from extractors._prose import NAME_PATTERN, find_word, search_prose, stated, take_name
from extractors.labels import is_label, table, wording_pattern
from extractors.prose_facts import born_on, named_in_role, person_born, signer, writer_in_role
from extractors.locating import GENERIC_LABEL_CONFIDENCE
from extractors.values import DATE_PATTERN, MARKED_AMOUNT_PATTERN, PER_MONTH, parse_amount, parse_date
from woondossier.model import DocType, Field, Fields, Page

DOC_TYPE = DocType.huisbewaring_aanvraag

_TENANT = (r"Naam\s+(?:hoofd)?huurder", r"(?:Hoofd)?huurder\s*\(naam\)")
_SITTER = (r"Naam\s+(?:van\s+de\s+)?huisbewaarder", r"Huisbewaarder\s*\(naam\)")
_SITTER_BIRTH = (r"Geboortedatum\s+(?:van\s+de\s+)?huisbewaarder",)
_HEADING_NUMBER = r"^[\W_]*(?:\d{1,2}[.)]?\s+|[A-H][.)]\s+|(?:Deel|Stap|Onderdeel)\s+\w{1,2}\W{0,3}\s*)?"
_TENANT_HEADING = (
    rf"{_HEADING_NUMBER}(?i:uw\s+gegevens(?:\s*\(\s*(?:hoofd)?huurder\s*\))?|(?:de\s+)?(?:hoofd)?huurder|gegevens\s+(?:van\s+de\s+)?(?:hoofd)?huurder)\W*$"
)
_SITTER_HEADING = rf"{_HEADING_NUMBER}(?i:(?:de\s+)?huisbewaarder|gegevens\s+(?:van\s+de\s+)?huisbewaarder)\W*$"
_NEXT_HEADING = r"^[\W_]*(?:\d{1,2}[.)]?|[A-H][.)]|(?:Deel|Stap|Onderdeel)\s+\w{1,2}\W{0,3})\s+[A-Z]"
_TENANT_SECTION = (r"Gegevens\s+(?:hoofd)?huurder", r"Gegevens\s+huisbewaarder|^[\W_]*\d\.\s")
_SITTER_SECTION = (r"Gegevens\s+huisbewaarder", r"^[\W_]*\d\.\s+[A-Z]")
_TENANT_PART = (_TENANT_HEADING, rf"Gegevens\s+huisbewaarder|{_SITTER_HEADING}|{_NEXT_HEADING}")
_SITTER_PART = (_SITTER_HEADING, rf"{_TENANT_HEADING}|{_NEXT_HEADING}")
"""A person's part of a form: after "Gegevens huurder" (`_TENANT_SECTION`), else from a heading
that names the person alone on its line ("1 Uw gegevens (huurder)", "2 De huisbewaarder", "Deel B
Huisbewaarder") to the next numbered heading (`_TENANT_PART`). What a bare "Naam" or "Geboortedatum"
gives in such a part counts for at most `PART_CONFIDENCE`."""
PART_CONFIDENCE = 0.79
"""A heading of one word or two ("Huurder") may head a signature's block, a column or a part
that speaks of the person without being theirs: the analyst looks at what its bare labels gave."""
_GENERIC_NAME = (r"^[\W_]*Naam\b",)
_START = (r"Ingangsdatum", r"Begindatum", r"Startdatum", r"Datum\s+vertrek")
_END = (r"Einddatum", r"Datum\s+terugkeer")
_PERIOD = (r"Periode\b",)
_SPECK = r"(?:[^\W\d]{1,2}\s+)?"  # a ruled cell's edge read as a letter or two before the value ("Periode Ee 8 maart 2027")
_REASON_LINE = (r"^[\W_]*Reden(?:\s+(?:van\s+(?:de\s+)?afwezigheid|huisbewaring|aanvraag))?\b",)
_HOW_TO_ANSWER = r"(?:\s*\(\s*(?:omcirkel|aankruisen|kruis\s+aan|maak\s+een\s+keuze|kies)[^)]*\))?"
"""How a form asks the question to be answered, after it: "(omcirkel)", "(kruis aan wat van
toepassing is)": an instruction, not the answer."""
_REASON_QUESTION = (
    # a form that asks: "Waarom bent u afwezig? Lange reis", "Wat is de reden van uw afwezigheid?"
    r"^[\W_]*(?:\d{1,2}(?:[.)]\s*|\s+))?(?:Waarom\s+(?:bent|gaat|is|wilt)\s+u\b[^?]{0,40}|Wat\s+is\s+de\s+reden\b[^?]{0,40})\?" + _HOW_TO_ANSWER,
    r"^[\W_]*Reason(?:\s+for\s+(?:absence|house[\s-]?sitting))?\b",
)
"""Questions and English labels of the reason: their answer counts only when it names one
of the reasons; what else follows them (a list of boxes, a note) is no reason "other"."""
_BOXES_OR_LIST = re.compile(r"[\[\]☐☒☑□■○●◯✓✔✗✘]|\s/\s|\bof\b")
"""Options to choose from, not an answer: boxes, "a / b", "a of b"."""
_COMPENSATION = (r"Vergoeding\s+per\s+maand", r"Maandelijkse\s+vergoeding", r"^[\W_]*Vergoeding\b")
_OTHER_DATES = wording_pattern(
    [w.split(" ", 1)[1] for name, row in table()[DOC_TYPE].items() if name != "signed_date" for w in row.labels if w.startswith("datum ")]
)
"""What makes a line's "Datum" another field's label ("Datum terugkeer", "Datum eerste dag
afwezig"): the rest of the label table's other wordings that begin with "datum"."""
_NO_CLOCK = r"(?![^\n]*(?<!\d)[0-2]?\d[:.][0-5]\d(?![\d.,]))"
"""No time of day ("10:20", "9.45 uur") further on the line: a date stamped by a system."""
_SIGNED = (
    r"Datum\s+(?:van\s+)?ondertekening",
    r"Plaats\s+en\s+datum",
    r"Ondertekend\s+te\b.*?\bop\b",
    # a signature's line: "Plaats: Oss  Datum: 25.03.2026  Handtekening:"
    rf"\bPlaats\b\W{{0,3}}[^\n]{{0,40}}?\bDatum\b{_NO_CLOCK}",
    rf"\bDatum\b(?=[^\n]*\b(?:Handtekening|Ondertekening)\b){_NO_CLOCK}",
)
_SIGNED_BARE = (
    rf"^[\W_]*Datum\b(?![\W_]{{0,2}}\s*(?:ontvangst|van\s+ontvangst|binnenkomst|{_OTHER_DATES})){_NO_CLOCK}",
    rf"^[\W_]*Date\s*:{_NO_CLOCK}",  # an English form's bare "Date:" by the signature
)
"""Where the date of signing stands: after its own label or on the signature's line, else
after a bare "Datum". A bare "Datum" with a time of day on its line is a timestamp, no
signature's: an e-mail's header ("Datum  ma 27 apr 2026 10:20"), a web form's or a
system's print."""
_OWN_HOME = (
    r"eigen\s+(?:woning|woonruimte|huis|(?:huur|koop)woning|woonadres|appartement)|zelfstandige\s+(?:woonruimte|woning)"
    r"|eigen\s+\((?:huur|koop)-?\s+of\s+(?:huur|koop)\)\s*woning"  # "een eigen (huur- of koop)woning"
    r"|zelfstandig\s+wonend|woont\s+(?:de\s+huisbewaarder\s+)?zelfstandig"
    r"|(?:zelf|ook)\s+een\s+(?:huur-\s+of\s+koopwoning|koop-\s+of\s+huurwoning|(?:huur|koop)woning|woning|huis)\b"  # "Heeft de huisbewaarder zelf een huur- of koopwoning?"
    r"|\bown\s+an?\s+(?:home|house|flat|apartment)|(?:home|house|flat|apartment)\s+of\s+(?:his|her|their)\s+own"  # English forms
)
_MINOR_CHILDREN = (
    r"minderjarige\s+(?:kind|[^\W\d_]{1,10}\s+huisbewaarder\b)"  # "Minderjarige en huisbewaarder": OCR's word for kinderen
    r"|minderjarigen\b|kinderen\s+(?:onder|jonger\s+dan)\s+(?:de\s+)?18"
    r"|children\s+(?:under|younger\s+than)\s+(?:the\s+age\s+of\s+)?18|minor\s+children"  # English forms
)
_SITTER_WORDS = re.compile(r"\bhuisbewaar(?:der|ster)s?\b|\bhuisoppas\b|\bhouse[- ]?sitter\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we)\b|(?-i:\bI\b)", re.IGNORECASE)  # English "I", "we" too
_HE_OR_SHE = re.compile(r"\b(?:hij|he|she)\b", re.IGNORECASE)
"""A person in the third person singular ("zij" may be they): the sitter a chain speaks of."""
_PRONOUN_START = re.compile(r"^\W*(?:hij|zij|ze|deze|die|he|she|they)\b", re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:ik|mij|me|mijn|wij|we|ons|onze|u|uw|hij|zij|ze|hem|haar|hun|zijn|my|us|our|you|your|he|she|him|his|her|they|them|their)\b|(?-i:\bI\b)", re.IGNORECASE)
"""Words that speak of a person: a sentence without one ("Vergoeding € 0,00 per maand.")
speaks of nobody, and a pronoun after it still means the person named before it."""

_BOXES = (  # Woonopmaat's list of reasons (seed 003), as printed after a check box
    ("work_or_study", r"werk\s+of\s+studie"),
    ("care", r"(?:langdurige\s+)?verpleging|verzorging"),
    ("trial_cohabitation", r"proef\s*samenwonen"),
    ("travel", r"(?:een\s+)?lange\s+reis"),
    ("other", r"andere?\s+(?:zwaarwegende\s+)?reden|anders\b"),
)


_YOUR_HOME = r"(?:uw|je|jouw|mijn|onze|ons|de|het)\s+(?:woning|huis|appartement|flat)"
_TERMS = (
    r"huurder|huurcontract",
    r"periode|ingangsdatum|einddatum|afwezig|\b(?:gaat|bent|ben|ga)\s+(?:u|ik|je)\s+weg\b|\bkom(?:t)?\s+(?:u|ik|je)\s+(?:weer\s+)?terug\b",
    r"vergoeding|\bbetaalt\b",
    r"reden|\bwaarom\b",
)
"""What a house-sitting request speaks of besides the sitter: the tenant, the time away, the
compensation and the reason, each in a form's words or in plain language ("Wanneer gaat u
weg?", "Hoeveel betaalt deze persoon u?", "Waarom gaat u weg?")."""


def score(pages: Sequence[Page]) -> float | None:
    """High for a page titled as a huisbewaring application; moderate for a page that
    speaks of the huisbewaarder (a form's second page); None otherwise."""
    sitter = has_text(pages, r"huisbewar") or find_word(pages, "huisbewaarder")  # "huisbewagrder": OCR's slip
    if not sitter:
        return None
    terms = bool(sitter) + sum(bool(has_text(pages, pattern)) for pattern in _TERMS)
    titled = any(
        re.search(r"(?:aanvraag\w*|verzoek\b.*)\s+(?:om\s+|voor\s+)?(?:toestemming\s+(?:voor\s+)?)?huisbewaring", line.text, re.I)
        or re.search(r"huisbewaring\W+aanvraag", line.text, re.I)
        or re.search(rf"\blaten\s+{_MINDS}\s+op\s+{_YOUR_HOME}", line.text, re.I)  # plain language: "Iemand laten oppassen op uw huis"
        for page in pages
        for line in page.lines[:12]
    )
    if titled:
        return min(0.99, 0.8 + 0.04 * terms)
    if terms >= 2:
        return 0.4 + 0.06 * terms
    return None


def extract(pages: Sequence[Page]) -> Fields:
    """Every field of the form; a field that cannot be read is Field() (value None)."""
    start, end = in_order(*_period(pages))  # one of the two misread when they are out of order
    sitter = _name(pages, _SITTER, _SITTER_SECTION, _SITTER_PART)
    if sitter.value is None:
        sitter = _sitter_in_prose(pages)
    if sitter.value is None:
        sitter = named_in_role(pages, table()[str(DOC_TYPE)]["sitter_name"])  # "De woning wordt ... bewoond door Ewa Lewandowska"
    if sitter.value is None:
        sitter = writer_in_role(pages, table()[str(DOC_TYPE)]["sitter_name"])  # "Deel B — verklaring van de huisbewaarder" over "Ondergetekende, ..."
    writes = False  # whether the sitter writes the letter: "ik" is then the sitter
    if sitter.value is None:
        sitter = _writer_minding(pages)  # the sitter's own letter: "dat ik in die tijd in de woning woon en erop pas"
        writes = sitter.value is not None
    if sitter.value is None:
        sitter = person_born(pages)  # "... komt mijn nicht wonen, Sharon Sedney, geboren 1 januari 1999": the one person introduced with a birth date
    return {
        "tenant_name": _name(pages, _TENANT, _TENANT_SECTION, _TENANT_PART),
        "sitter_name": sitter,
        "sitter_birth_date": _sitter_birth_date(pages, sitter.value),
        "start_date": start,
        "end_date": end,
        "reason": _reason(pages),
        "compensation": _compensation(pages, sitter.value, writes),
        "sitter_has_own_home": _sitter_fact(pages, _OWN_HOME, "own_home", sitter.value, writes),
        "sitter_has_minor_children": _sitter_fact(pages, _MINOR_CHILDREN, "minor_children", sitter.value, writes),
        "signed_date": _signed_date(pages),
    }


def _signed_date(pages: Sequence[Page]) -> Field:
    """The date of signing after its own label or on the signature's line; else after a bare
    "Datum", flagged (`GENERIC_LABEL_CONFIDENCE`) when another bare "Datum" gives another day:
    a form with a part for someone else to fill in ("Verklaring van de instelling ... Datum")
    dates that part too, and which is the tenant's the label does not say."""
    if (signed := find_date(pages, _SIGNED)) is not None:
        return date_field(signed)
    found = date_field(find_date(pages, _SIGNED_BARE))
    if found.value is None:
        return found
    bare = re.compile("|".join(_SIGNED_BARE), re.IGNORECASE)
    others = {parse_date(m.group(0)) for page in pages for line in page.lines if bare.search(line.text)
              for m in re.finditer(DATE_PATTERN, line.text, re.IGNORECASE)} - {found.value, None}  # fmt: skip
    return found.model_copy(update={"confidence": min(found.confidence, GENERIC_LABEL_CONFIDENCE)}) if others else found


def _name(pages: Sequence[Page], labels: Sequence[str], scope: tuple[str, str], part: tuple[str, str]) -> Field:
    """A person's name after its own label, else after "Naam" in that person's section, else
    in a part headed by the person alone (at most `PART_CONFIDENCE`). The value starts at its
    first letter: OCR puts specks ("„", "…") between label and name."""
    hit = find_value(pages, labels, r"[^\W\d_].*", below=1)
    if hit is None:
        hit = find_value(section(pages, *scope), _GENERIC_NAME, r"[^\W\d_].*", below=0)
    cap = 1.0
    if hit is None and (hit := find_value(section(pages, *part), _GENERIC_NAME, r"[^\W\d_].*", below=0)) is not None:
        cap = PART_CONFIDENCE
    name = take_name(hit.text.strip(" |[]")) if hit is not None else None
    if name is None or is_label(name):
        return Field()  # "Naam huurder | Naam huisbewaarder": a grid's header, the names in the row below
    if " " not in name.strip() and not lexicon.is_known_name_word(name.strip(" .,")):
        return Field()  # "Naam huurder  Registratienummer": the next column's head, a word no name has; the label table looks under it
    found = hit.field(name)
    return found.model_copy(update={"confidence": min(found.confidence, cap)})


_MINDS = r"(?:past|passen|oppast|oppassen|let|letten)"
_HOME = r"(?:mijn|onze|de|het|ons)\s+(?:woning|huis|appartement|flat)"
_SITTER_PROSE = (
    # "In die tijd past Senait Ghebremedhin, geboren op 1977-02-11, op mijn woning"
    rf"\b{_MINDS}\s+(?P<name>{NAME_PATTERN})\s*(?:,[^,.]{{0,40}},)?\s+op\s+{_HOME}",
    # "Senait Ghebremedhin past op mijn woning"
    rf"(?P<name>{NAME_PATTERN})\s*(?:,[^,.]{{0,40}},)?\s+{_MINDS}\s+(?:\w+\s+)?op\s+{_HOME}",
)
_PROSE = 0.9
"""What a name read from a letter's sentence counts for at most (a form's label is surer)."""


def _sitter_in_prose(pages: Sequence[Page]) -> Field:
    """The house-sitter a tenant's letter names by what they do: mind the home."""
    for pattern in _SITTER_PROSE:
        for hit, match in search_prose(pages, pattern):
            name = take_name(match.group("name"))
            if name and len(name.split()) >= 2:
                return Field(value=name, confidence=round(min(hit.confidence, _PROSE), 3), page=hit.page, bbox=hit.bbox)
    return Field()


_WRITER_MINDS = (
    r"\bik\b[^.!?]{0,80}?\b(?:erop\s+pas|op\s+(?:de|uw|jouw|haar|zijn|hun)\s+(?:woning|huis)\s+pas|pas\s+op\s+(?:de|uw|jouw|haar|zijn|hun)\s+(?:woning|huis)|oppas)\b",
    r"\bik\b[^.!?]{0,80}?\bin\s+(?:de|uw|jouw|haar|zijn|hun)\s+(?:woning|huis)\s+(?:woon|verblijf|ga\s+wonen)\b",
    r"\bik\s+(?:ben|word)\s+(?:de\s+)?(?:huisbewaarder|huisoppas|huisoppasser)\b",
)
"""The writer says they will mind the home themselves: the letter is the sitter's own."""


def _writer_minding(pages: Sequence[Page]) -> Field:
    """The signer of a letter in which the writer says they will mind the home ("Daarom
    vragen wij toestemming dat ik in die tijd in de woning woon en erop pas"), at most
    `_PROSE`; empty when the writer minds nothing or no one signs."""
    if not any(True for pattern in _WRITER_MINDS for _ in search_prose(pages, pattern)):
        return Field()
    found = signer(pages)
    return found.model_copy(update={"confidence": min(found.confidence, _PROSE)}) if found.value else found


def _sitter_birth_date(pages: Sequence[Page], sitter: str | None) -> Field:
    """After its own label or under the sitter's heading, else where a sentence gives it
    beside the sitter's name ("Jakub Kowalski, geboren op 29-07-1999, ..."): a letter's
    sender block may print the writer's own "geboren 17-10-1974" higher up."""
    hit = find_date(pages, _SITTER_BIRTH)
    if hit is None:
        hit = find_date(section(pages, *_SITTER_SECTION), (r"Geboortedatum", r"geboren\s+op"))
    if hit is None and (in_part := find_date(section(pages, *_SITTER_PART), (r"Geboortedatum", r"geboren\s+op"))) is not None:
        found = date_field(in_part)
        return found.model_copy(update={"confidence": min(found.confidence, PART_CONFIDENCE)})
    if hit is None and sitter:
        return born_on(pages, sitter)
    return date_field(hit)


_PERIOD_LEAD = r"(?:Periode|Afwezig|Ik\s+ben\s+weg)"
"""What opens a period's two dates: "Periode van A t/m B", "Afwezig van A tot B"."""


def _period(pages: Sequence[Page]) -> tuple[Field, Field]:
    """Start and end from their own labels, else from "Periode: van A tot en met B"."""
    start, end = date_field(find_date(pages, _START)), date_field(find_date(pages, _END))
    if start.value is not None and end.value is not None:
        return start, end
    both = find_group(
        pages,
        # the word between the dates is often misread ("t/m" as "Um"): two dates after the label are the period
        rf"{_PERIOD_LEAD}\W*{_SPECK}(?:van\s+)?(?P<a>{DATE_PATTERN})\s*(?:tot\s+en\s+met|[^\s\d]{{1,4}})\s*(?P<v>{DATE_PATTERN})",
    )
    first = find_group(pages, rf"{_PERIOD_LEAD}\W*{_SPECK}(?:van\s+)?(?P<v>{DATE_PATTERN})")
    if start.value is None and first is not None:
        start = date_field(first)
    if end.value is None and both is not None:
        end = date_field(both)
    return start, end


def _reason(pages: Sequence[Page]) -> Field:
    """The ticked reason (Woonopmaat's list, or any list of boxed options whose words
    name reasons), else the reason written on a "Reden" line, else the reason a
    letter gives in a sentence ("omdat ik een jaar in Canada ga werken")."""
    listed = [(ticked, hit, reason) for ticked, hit in boxed_options(pages) if (reason := reason_of(hit.text)) is not None]
    ticked = ticked_among(listed) if len({reason for _, _, reason in listed}) >= 2 else None
    if ticked is not None and ticked.value is not None:
        return ticked  # "☒ Zorg voor een ander / opname": the box ticked, its words the reason
    boxed = checked_option(pages, _BOXES)
    if boxed is not None and boxed.value is not None:
        return boxed
    if (odd := odd_box_out(pages, reason_of)) is not None:
        return odd  # a scan's list whose one lost box is the ticked one: "tijdelijk werk ... 0 zorg ... 0 reis"
    if boxed is not None:
        return boxed
    if ticked is not None:
        return ticked
    hit = find_value(pages, _REASON_LINE, r"[^\s:|].*", below=1)
    if hit is not None and hit.text.rstrip().endswith("?"):
        hit = None  # "Reden" over "Waarom bent u weg?": a question, whose answer is read below it
    if hit is not None:
        if (reason := reason_of(hit.text)) is not None:
            return hit.field(reason)
        if _named_reasons(hit.text) or not re.search(r"[^\W\d_]{3,}", hit.text):
            return hit.field(None)  # two reasons named, or nothing legible: unknown
        return hit.field("other", _UNNAMED_REASON)
    asked = find_value(pages, _REASON_QUESTION, r"[^\s:|].*", below=1)
    if asked is not None and (circled := _circled_reason(asked.text)) is not None:
        return asked.field(circled)  # "(werk / studie) zorg voor iemand proefwonen reis": the option circled
    if asked is not None and not _BOXES_OR_LIST.search(asked.text) and len(named := _named_reasons(asked.text)) == 1:
        return asked.field(named.pop())  # the answer names one reason, in words of its own
    said = stated(pages, _reason_sentence)
    return said if said is not None and said.value is not None else Field()


_CIRCLED_OPTION = re.compile(r"(?:^|(?<=\s))\(([^()]+)\)(?=\s|$)")
"""An option circled on a row of options, as a text layer gives the ring (`extractors._pdf`)
and OCR reads it: "(werk / studie)"."""


def _circled_reason(text: str) -> str | None:
    """The reason of the one option circled on a row of options: the rest of the row names
    two reasons or more (a row of options, not a note in brackets after an answer:
    "reis (niet voor werk)"), the circle one.

    >>> _circled_reason("(werk / studie) zorg voor iemand proefwonen reis anders"), _circled_reason("reis (niet voor werk)")
    ('work_or_study', None)
    """
    circled = _CIRCLED_OPTION.findall(text)
    if len(circled) != 1:
        return None
    if len(_named_reasons(_CIRCLED_OPTION.sub(" ", text))) < 2:
        return None
    return reason_of(circled[0])


_UNNAMED_REASON = 0.75
"""What a reason read as `other` only because none of the reasons' words was found
counts for: the text may be a reason misread, so the analyst looks."""
_REASON_CONCEPTS = ("work_or_study", "care", "trial_cohabitation", "travel")
_BECAUSE = re.compile(
    r"\b(?:omdat|vanwege|wegens|doordat|want|in\s+verband\s+met|i\.?v\.?m\.?|redenen|reden|ga\s+ik|ik\s+ga|vertrek"
    r"|om\s+(?:[^\W\d_]+\s+){0,4}?te\s+[^\W\d_]+"  # a purpose is a reason: "gaat bij een zieke ouder wonen om te zorgen"
    r"|because|due\s+to|owing\s+to|reasons?|in\s+order\s+to|as\s+I)\b",  # English: "because I have to stay with relatives"
    re.IGNORECASE,
)
_FROM_A_DATE = re.compile(rf"\b(?:vanaf|van|per|from|since)\s+(?:{DATE_PATTERN})", re.IGNORECASE)
"""A sentence that places the absence in time says what the tenant is doing then ("Uw
huurder is vanaf 11-11-2026 opgenomen in een kliniek", "Van 1 maart tot 1 juni ben ik op
wereldreis"): its reason's words count as a reason given, as after "omdat"."""
_THEREFORE = re.compile(r"^\W*(?:daarom|om\s+die\s+reden|hierom|daardoor|therefore|for\s+this\s+reason)\b", re.IGNORECASE)
"""A sentence that opens by pointing back at the reason ("Daarom vraagt hij toestemming"):
the sentence before it gives the reason."""


def reason_of(text: str) -> str | None:
    """The reason `text` names: one of the four reasons by its words (`concepts`), `other`
    when it says "anders" or "andere reden" and names none of them; None when it names
    two, or nothing at all.

    >>> reason_of("detachering buiten de regio"), reason_of("langdurige opname in verpleeghuis"), reason_of("wereldreis")
    ('work_or_study', 'care', 'travel')
    >>> reason_of("samenwonen op proef met mijn partner"), reason_of("anders, namelijk: emigratie op proef")
    ('trial_cohabitation', 'other')
    >>> reason_of("mantelzorg voor mijn moeder"), reason_of("Sabbatical"), reason_of("werk en een reis") is None
    ('care', 'travel', True)
    """
    named = _named_reasons(text)
    if len(named) == 1:
        return named.pop()
    if not named and concepts.mentions(text, "reason_other"):
        return "other"
    return None


def _named_reasons(text: str) -> set[str]:
    named = {reason for reason in _REASON_CONCEPTS if concepts.mentions(text, f"reason_{reason}")}
    if "trial_cohabitation" in named:
        named.discard("care")  # "samenwonen op proef" never speaks of care, whatever OCR made of it
    return named


def _reason_sentence(sentence: str) -> str | None:
    """The reason a letter's sentence gives for being away: it must say why, and the
    reason's words count only in a sentence that does ("Wij reageren binnen 5
    werkdagen." before "... want ik kan om persoonlijke redenen ..." names no work)."""
    if "?" in sentence:
        return None
    parts = re.split(r"(?<=[.!?])\s+", sentence.strip())
    sentence = " ".join(
        part
        for index, part in enumerate(parts)
        if _BECAUSE.search(part) or _FROM_A_DATE.search(part) or (index + 1 < len(parts) and _THEREFORE.search(parts[index + 1]))
    )
    if not sentence:
        return None
    reason = reason_of(sentence)
    if reason == "other" and not concepts.mentions(sentence, "reason_other"):
        return None  # no reason's words found is no reason: "other" only when the sentence says so ("om persoonlijke redenen")
    return reason


def _sitter_fact(pages: Sequence[Page], question: str, concept: str, sitter: str | None, writes: bool = False) -> Field:
    """A yes/no fact about the sitter: the form's answer to its question, else what a
    sentence says of the sitter ("De huisbewaarder heeft geen eigen woning": false;
    "Hij heeft een eigen woning" after a sentence naming the sitter: true; "Ik heb geen
    eigen woning" when the sitter `writes` the letter)."""
    answered = read_yes_no(pages, question)
    if answered.value is not None:
        return answered
    if any(re.search(question, line.text, re.IGNORECASE) and line.text.rstrip().endswith("?") for _, _, line in iter_lines(pages)):
        return answered  # the form asks it and its answer was not read: a leaflet's rule ("De huisbewaarder heeft geen eigen woning.") is no answer
    if asked_with_options(pages, question):
        return answered  # a caption over "ja nee" boxes ("heeft eigen woonruimte" over "oja mnee"): asked, its tick not read
    if (boxed := _boxed_fact(pages, question, concept)) is not None:
        return boxed
    about = _about_sitter(pages, sitter)
    said = stated(pages, lambda text: _said_of_sitter(text, concept, sitter, about, writes))
    return said if said is not None and said.value is not None else answered


UNTICKED_FACT_CONFIDENCE = 0.79
"""A fact told by its box left empty: not chosen, so not so; but a tick the reading missed
would say the opposite, so the analyst looks."""


def _boxed_fact(pages: Sequence[Page], question: str, concept: str) -> Field | None:
    """A fact printed as a box's option ("☐ De huisbewaarder heeft kinderen jonger dan 18
    jaar" under "Woonsituatie van de huisbewaarder"): an option, not a statement. Ticked,
    what it says; left empty, the opposite, flagged (`UNTICKED_FACT_CONFIDENCE`). None when
    no box's option words the fact, or more than one does."""
    options = [(ticked, hit) for ticked, hit in boxed_options(pages) if re.search(question, hit.text, re.IGNORECASE)]
    if len(options) != 1:
        return None
    ticked, hit = options[0]
    said = concepts.states(hit.text, concept)
    if said is None:
        said = not re.search(r"\b(?:geen|niet|no|not)\b", hit.text, re.IGNORECASE)
    if ticked:
        return hit.field(said)
    return hit.field(not said, min(hit.confidence, UNTICKED_FACT_CONFIDENCE))


def _names_sitter(text: str, sitter: str | None) -> bool:
    """Whether a sentence names the sitter: as huisbewaarder, or by surname or first name
    ("Senait betaalt mij ...")."""
    own_names = {sitter.split()[-1].strip(","), sitter.split()[0].strip(",")} if sitter else set()
    return bool(_SITTER_WORDS.search(text) or any(len(w) >= 3 and re.search(rf"\b{re.escape(w)}\b", text) for w in own_names))


def _about_sitter(pages: Sequence[Page], sitter: str | None) -> frozenset[str]:
    """The sentences that speak of the sitter by a pronoun in a chain: after a sentence
    naming the sitter, each next one that opens with "Zij", "Hij", "Deze" carries the
    sitter on ("... Sharon Sedney, geboren 1 januari 1999. Zij heeft geen eigen woning.
    Zij heeft geen kinderen."); a sentence that speaks of nobody ("Vergoeding € 0,00 per
    maand.") or of "hij" or "he" and no one else ("at the moment he rents a room") lets it
    go on, any other sentence ends it. Keyed by their words."""
    chain, about = False, set()
    for text, start, end in sentences(pages):
        sentence = text.text[start:end]
        if not re.search(r"[^\W\d_]", sentence):
            continue  # a list item's number ("5."): the chain goes on into the item
        if _names_sitter(sentence, sitter):
            chain = True
        elif chain and _PRONOUN_START.search(sentence):
            if _words_key(sentence):
                about.add(_words_key(sentence))
        elif chain and _HE_OR_SHE.search(sentence) and not _FIRST_PERSON.search(sentence) and not _names_someone(sentence):
            continue  # "at the moment he rents a room": a clause on the sitter lets the chain go on
        elif not (chain and not _SOMEONE.search(sentence) and not _names_someone(sentence)):
            chain = False
    return frozenset(about)


def _names_someone(sentence: str) -> bool:
    """Whether a sentence holds a given name of the lexicon (another person, by name)."""
    return any(word[0].isupper() and lexicon.is_given_name_only(word) for word in re.findall(r"[^\W\d_]{2,}", sentence))


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _said_of_sitter(text: str, concept: str, sitter: str | None, about: frozenset[str] = frozenset(), writes: bool = False) -> bool | None:
    """Whether `text` (one or two sentences) states `concept` of the sitter: the
    sentence names the sitter (as huisbewaarder or by surname), or starts with a
    pronoun after one that does (`about`: such sentences in a chain), or, when the sitter
    `writes` the letter, speaks in the first person. Questions and form lines (ja/nee)
    are no statements."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    for index, part in enumerate(parts):
        if "?" in part or re.search(r"\b(?:ja|nee)\b", part, re.IGNORECASE):
            continue
        mentioned = concepts.mentions(part, concept)
        if not mentioned and concept == "minor_children" and concepts.states(part, "children") is False:
            mentioned = concepts.mentions(part, "children")  # "Zij heeft geen kinderen": none, so no minor ones either
        if not mentioned:
            continue
        if any(_FIRST_PERSON.search(part[a:b]) for a, b in concepts.clauses(part) if a < mentioned[0].end and mentioned[0].start < b):
            if writes:
                return concepts.states(part, concept)  # the sitter's own letter: "Ik heb dus geen eigen woning"
            continue  # "Ik heb geen eigen woning meer nodig": the tenant's own home
        def names(p: str) -> bool:
            return _names_sitter(p, sitter)
        if names(part) or (index > 0 and _PRONOUN_START.search(part) and names(parts[index - 1])) or _words_key(part) in about:
            return concepts.states(part, concept) if concepts.mentions(part, concept) else False
        if concept == "minor_children" and _COME_ALONG.search(part):
            return concepts.states(part, concept)  # children who come along move in: the sitter's
    return None


_COME_ALONG = re.compile(r"\bkind(?:eren)?\b(?:\s+\w+){0,3}?\s+mee\b", re.IGNORECASE)
"""Children who come along ("Er komen geen kinderen mee", "Zij neemt haar kinderen mee"):
in a request for a sitter, only the sitter's can."""


_TOWARDS_HOUSING_COSTS = (
    r"(?:als\s+)?(?:(?:maandelijkse|vaste)\s+)?(?:bijdrage|vergoeding|tegemoetkoming)\s+(?:in|voor|aan|op)\s+(?:de\s+)?"
    r"(?:woonlasten|woonkosten|vaste\s+lasten|huur|kosten\s+van\s+de\s+woning)\b"
)
"""An amount paid "als bijdrage in de woonlasten" is paid as the rent is, by the month."""


def _compensation(pages: Sequence[Page], sitter: str | None, writes: bool = False) -> Field:
    """The monthly compensation; "€ 0,-" is 0.00, an amount without € or cents is not read.
    A letter says it in a sentence whose subject is the sitter: "Senait betaalt mij € 0,00
    per maand", "Jakub Kowalski betaalt mijn vader € 350,- p.m." (the sitter by name or as
    huisbewaarder: what anyone else pays, the tenant's own rent, is no compensation)."""
    hit = find_value(pages, _COMPENSATION, MARKED_AMOUNT_PATTERN, below=1)
    if hit is not None:
        return hit.field(parse_amount(hit.text))
    payer = r"(?:de\s+)?huisbewaar(?:der|ster)"  # never "hij" or "zij" alone: a child's letter speaks of the tenant so; a note drops the article
    if sitter:
        payer += "|" + "|".join(re.escape(word) for word in {sitter.split()[0], sitter.split()[-1]} if len(word) >= 3)
    if writes:
        payer += r"|ik"  # the sitter's own letter: "Ik betaal Yvonne € 250,- per maand"
    monthly = rf"(?:{PER_MONTH}|{_TOWARDS_HOUSING_COSTS})"
    pays = r"(?:betaalt?|(?:will\s+|shall\s+)?pays?)"  # English too: "Dawit Haile will pay me EUR 400.00 per month"
    paid = (
        rf"\b{pays}\s+(?:mij|ons|de\s+huurder|me|us|the\s+tenant)\s+(?P<amount>{MARKED_AMOUNT_PATTERN})\s*{monthly}",  # paid to the writer, the tenant
        rf"\b(?:{payer})\s*{pays}\s+(?:[^\W\d_]+\s+){{0,3}}?(?P<amount>{MARKED_AMOUNT_PATTERN})\s*{monthly}",  # paid by the sitter
        # the same with the verb first, after an opening phrase: "Als vergoeding ... betaalt de huisbewaarder € 250,00 per maand"
        rf"\b{pays}\s+(?:{payer})\s+(?:[^\W\d_]+\s+){{0,3}}?(?P<amount>{MARKED_AMOUNT_PATTERN})\s*{monthly}",
    )
    for pattern in paid:
        for hit, match in search_prose(pages, pattern):
            return hit.field(parse_amount(match.group("amount")), _PROSE)
    return Field()

