"""Arbeidsovereenkomst: an employment or study contract, the evidence for huisbewaring.

A tenant who asks for huisbewaring because of work or study elsewhere must show "de
arbeids- of studieovereenkomst, waaruit de duur van de overeenkomst blijkt" (seed 003,
Woonopmaat, `/work/shared/seeds/003_*.txt`). It is issued by the employer, a
secondment agency, or a university's or college's student administration. The
`reason_evidence` check needs who works or studies, from when to when.

Fields (CONTRACT.md §3), each from a form label first, then from the contract's prose:

- `employee_name`: "Gedetacheerde werknemer", "Naam werknemer", "Naam student"; or
  the party "2. <naam>, geboren ..., hierna te noemen: de werknemer".
- `employer`: "Werkgever (uitlener)", "Naam werkgever", "Onderwijsinstelling"; or
  the party "1. <naam>, gevestigd te ..., hierna te noemen: de werkgever"; or an
  institution that "verklaart ... dat" a student is enrolled, else its letterhead.
- `start_date`: "Aanvang detachering", "Datum indiensttreding", "Inschrijving vanaf";
  or "treedt met ingang van <datum> in dienst", "voor de periode van <datum> tot ...".
- `end_date`: "Einde detachering", "Einddatum", "Inschrijving tot en met"; or
  "eindigt van rechtswege op <datum>", "... tot en met <datum>". A contract "voor
  onbepaalde tijd" has no end date: None, with the clause's page and bbox.
- `place`: where the work or study is done, not the employer's seat ("gevestigd te")
  nor the employee's home ("wonende te") nor where it was signed: "Plaats van
  tewerkstelling", "Standplaats", "Studielocatie"; or "De standplaats van de werknemer
  is <plaats>", "De werkzaamheden worden verricht te <plaats>".

An end date on or before the start date means one of them was misread: both are None.
Names keep the printed spelling; two OCR slips that Dutch spelling rules out are undone
(a capital "Ij" for the digraph "IJ", a "B.V" that lost its last dot).

Layouts known (`samples/generator/arbeidsovereenkomst.py`): a fixed-term contract in
articles ("Arbeidsovereenkomst voor bepaalde tijd"), a secondment agreement with a
(ruled) table of parties ("Detacheringsovereenkomst", whose "opdrachtgever" is not
the employer), and a university's "Bewijs van inschrijving". A sublet contract
("huurovereenkomst") shares the contract words (partijen, duur, onbepaalde tijd) but
none of the employment words, so it is not scored as one.

More information: https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao
(the arbeidsovereenkomst, Burgerlijk Wetboek boek 7 titel 10).

>>> _place_at_start("Leeuwarden. De werkgever kan de werknemer"), _place_at_start("| Bergen op Zoom |")
('Leeuwarden', 'Bergen op Zoom')
>>> _place_at_start("De standplaats van de werknemer is Den Haag.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from extractors import lexicon
from extractors._common import fuzzy_span, in_order, tidy
from extractors._forms import find_groups
from extractors._locate import Hit, after_translation, has_text, iter_lines, line_hit, span_hit
from extractors._prose import NAME_PATTERN, cell_end, find_word, search_prose, take_name
from extractors.values import DATE_PATTERN, clean_name, parse_date
from extractors.labels import cells
from woondossier.model import DocType, Field, Fields, Line, Page

DOC_TYPE = DocType.arbeidsovereenkomst

# --- recognising the document -------------------------------------------------------

_TITLES = (
    "arbeidsovereenkomst", "detacheringsovereenkomst", "uitzendovereenkomst", "stageovereenkomst",
    "studieovereenkomst", "werkgeversverklaring", "bewijs van inschrijving", "inschrijvingsbewijs",
    "besluit aanstelling", "besluit tot aanstelling", "aanstellingsbesluit", "akte van aanstelling",  # a public employer's
    "learning agreement for traineeships", "traineeship agreement", "internship agreement",  # a student's traineeship abroad
    "arbeitsvertrag", "befristeter arbeitsvertrag", "unbefristeter arbeitsvertrag",  # a cross-border worker's German contract
    "contrat de travail",  # French: a seasonal or cross-border worker's "contrat de travail à durée déterminée"
)  # fmt: skip
_STUDY_TITLES = ("bewijs van inschrijving", "inschrijvingsbewijs")  # also a KvK extract's title
_EMPLOYMENT_WORDS = (
    "werkgever", "werknemer", "indiensttreding", "maandsalaris", "salaris", "arbeidsduur", "proeftijd",
    "standplaats", "tewerkstelling", "vakantie", "personeelsreglement", "cao", "detachering", "aanstelling",
    "arbeitgeber", "arbeitnehmer", "probezeit", "vergütung", "arbeitszeit", "arbeitsort",  # German
    "employeur", "salarié", "embauche", "rémunération",  # French
    "trabajador", "trabajadora", "empleador", "jornada", "retribución",  # Spanish ("salario" is read as the Dutch "salaris")
    "lavoratore", "lavoratrice", "retribuzione", "mansioni", "assunzione",  # Italian
    "trabalhador", "empregador", "retribuição", "remuneração",  # Portuguese
    "pracodawca", "pracownik", "wynagrodzenie", "stanowisko",  # Polish
    "angajator", "salariat", "salariul", "salariatul",  # Romanian
)  # fmt: skip
_PARTIES = (
    ("werkgever", "werknemer"), ("arbeitgeber", "arbeitnehmer"), ("employeur", "salarié"), ("employer", "employee"),
    ("empleador", "trabajador"), ("empresa", "trabajador"), ("datore", "lavoratore"), ("empregador", "trabalhador"),
    ("pracodawca", "pracownik"), ("angajator", "salariat"), ("angajatorul", "salariatul"),
)  # fmt: skip
"""The two parties of an employment contract, named by their roles, in the languages above: a
page naming both, among employment words, is a contract's page."""
_STUDY_WORDS = (
    "student", "studentnummer", "opleiding", "studielocatie", "collegegeld", "collegejaar", "studiejaar",
    "hogeschool", "universiteit", "trainee", "traineeship", "internship",
)  # fmt: skip
"""Words of study. Never "inschrijving", the study title's own word: a housing seeker's or a
company's "Bewijs van inschrijving" names no school, no programme and no student."""

# --- labels of a form or table (anchored at the line's start; OCR may add ":" or ".") -----

_SEP = r"\W{0,2}\s*"  # between a label's words, and after it
_START = r"^(?:\S\s)?[\W_]{0,3}"  # a speck at a ruled table's edge may read as a letter ("Ô | Werkgever")
_ROW_START = r"^(?:\S\s|\d{1,2}(?:\.\d{1,2})?\.?\s+)?[\W_]{0,3}"
"""`_START`, or a table row's article number ("3. Plaats van de werkzaamheden  Kopenhagen"), for
the labels whose value is a word of its own kind (a town): "1. Onderwijsinstelling" heads a
section whose first row is another label's, no employer."""
_EMPLOYEE_LABELS = (
    rf"{_START}(?:Naam{_SEP}(?:van\s+de\s+)?(?:werknemer|student|medewerker|stagiaire?)"
    rf"|Gedetacheerde\s+werknemer|Werknemer|Student|Medewerker|Stagiaire?)\b{_SEP}",
)
_EMPLOYER_LABELS = (  # "Naam werkgever" as forms print it; never "Werkgeversverklaring", the title
    rf"{_START}(?:Naam{_SEP}(?i:werkgever|onderwijsinstelling|instelling)|Werkgever|Onderwijsinstelling|Instelling)(?![^\W\d_])(?:\s*\([^)]*\))?{_SEP}",
)
_PLACE_LABELS = (
    rf"{_ROW_START}(?:Plaats\s+van\s+(?:de\s+)?(?:tewerkstelling|werkzaamheden)|Standplaats|Tewerkstelling"
    rf"|Studielocatie|Studieplaats|Werklocatie|Locatie\s+werkzaamheden)\b{_SEP}",
)
_START_LABELS = (
    rf"{_START}Aanvang\s+(?:detachering|dienstverband|arbeidsovereenkomst|overeenkomst|inschrijving|studie)",
    rf"{_START}(?:Datum\s+)?(?:van\s+)?indiensttreding",
    rf"{_START}(?:Datum\s+in\s+dienst|In\s+dienst\s+(?:per|sinds|vanaf))",
    rf"{_START}(?:Ingangsdatum|Begindatum|Startdatum)",
    rf"{_START}(?:Inschrijving|Ingeschreven)\s+(?:vanaf|per|met\s+ingang\s+van)",
)
_END_LABELS = (
    rf"{_START}Einde\s+(?:detachering|dienstverband|arbeidsovereenkomst|overeenkomst|inschrijving|studie)",
    rf"{_START}(?:Einddatum|Datum\s+(?:uit\s+dienst|einde))",
    rf"{_START}(?:Inschrijving|Ingeschreven)\s+(?:tot\s*en\s+met|t/m|tot)",  # "toten met": OCR lost a space
)
_ANY_LABEL = re.compile(
    "|".join(_EMPLOYEE_LABELS + _EMPLOYER_LABELS + _PLACE_LABELS + _START_LABELS + _END_LABELS)
    + r"|^[\W_]{0,3}(?:Geboortedatum|Opdrachtgever|Functie|Studentnummer|Opleiding)\b",
    re.IGNORECASE,
)

# --- the same facts in a contract's sentences ------------------------------------------

_ANY = r"(?:[^.]|\.(?=\s?\d))"  # any character of the same sentence (dates keep their dots; "geboren op. 06-08-1964")
_PARTY = rf"(?:(?!hierna\b|\n\s*\d\.\s){_ANY})"  # ... of the same party: OCR may lose the "." of "2."
_HON = r"(?:(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s+)?"
_CALLED = r"hierna\W+(?:te\W+noemen|genoemd)?\W*(?:de\s+)?"  # "hierna te noemen: de werknemer"
_FR_ANY = r"(?:[^.]|\.(?=\s?\d)|(?<![^\W\d_]{2})\.|(?<=Mme)\.|(?<=Mlle)\.)"
"""`_ANY` in French, where a party's clause holds its representative's "M." or "Mme." (a dot
after an initial or a title ends no sentence)."""
_FR_PARTY = rf"(?:(?!ci-après\b){_FR_ANY})"  # ... of the same party: the next party starts after the first "ci-après"
_FR_CALLED = r"ci-après\W+(?:(?:dénommée?|désignée?|appelée?)(?:\(e\))?\W+)?"
"""French for "hierna te noemen": "ci-après dénommé(e) « le salarié »"."""
_HIRED = r"(?:in\s+dienst\s+(?:genomen|getreden|treedt|komt)?|aangesteld|benoemd)"
"""Being taken on, in the words of a decision or a letter: "wordt in dienst genomen", "is aangesteld"."""
_EMPLOYEE_PROSE = (
    rf"(?:^|\n)\s*\d\.?\s*{_HON}({NAME_PATTERN}){_PARTY}{{0,200}}?{_CALLED}werknemer\b",
    # a decision's article: "S. SITAL, geboren op 10 juli 1967, wordt in dienst genomen bij ..."
    rf"(?:^|\n|[.;:]\s)\s*{_HON}({NAME_PATTERN})\s*,(?:\s*geboren\b[^,]{{0,60}},)?\s*(?:wordt|is|treedt|werd)\s+(?:[^.;]{{0,60}}?\s)?{_HIRED}",
    # German: "und Herrn Gijs van Wijk, geboren am ..., wohnhaft ... — im Folgenden „Arbeitnehmer“ —"
    rf"\b(?:Herrn?|Frau)\s+({NAME_PATTERN}){_PARTY}{{0,200}}?im\s+Folgenden\W+(?:der\s+|die\s+)?Arbeitnehmer(?:in)?\b",
    # French: "et Madame Joanna Kozłowska, née le ..., demeurant ..., ci-après dénommé(e) « le salarié »"
    rf"\b(?:Madame|Monsieur|Mme|M\.)\s+({NAME_PATTERN}){_FR_PARTY}{{0,240}}?{_FR_CALLED}(?:le|la)\s+salariée?\b",
)
_EMPLOYER_PROSE = (
    # the party's name up to its comma, or up to "gevestigd" when OCR lost the comma
    rf"(?:^|\n)\s*\d\.\s+([^,]{{2,80}}?)\s*(?:,|(?=\s(?:gevestigd|statutair)\b)){_PARTY}{{0,160}}?{_CALLED}werkgever\b",
    r"verklaart\s+((?-i:[^\W\d_a-z])[^,]{2,80}?)\s+dat\b",  # "Hierbij verklaart <instelling> dat ..."
    # German: "zwischen der Firma Westmünsterland Pflege GmbH, vertreten durch ... — im Folgenden „Arbeitgeber“ —"
    rf"\bzwischen\s+(?:der\s+Firma\s+|der\s+|dem\s+)?([^,]{{2,80}}?)\s*,{_PARTY}{{0,160}}?im\s+Folgenden\W+(?:der\s+|die\s+)?Arbeitgeber(?:in)?\b",
    # French: "La société Restaurant L'Alpage SARL, au capital de ..., représentée par M. ..., ci-après dénommée « l'employeur »"
    rf"\b(?:la\s+société|l['’]\s?entreprise|l['’]\s?association|l['’]\s?établissement)\s+([^,]{{2,80}}?)\s*,{_FR_PARTY}{{0,240}}?{_FR_CALLED}(?:\w['’]\s?)?employeur\b",  # the elided article's letter as OCR may read it
)
_INSTITUTION = re.compile(r"(?i)universiteit|hogeschool|academie|instituut|college|\bROC\b|conservatorium|school\b")
_NOT_AN_ORGANISATION = re.compile(r"(?i)^(?:de\s+)?(?:werkgever|werknemer|opdrachtgever|handtekening|datum|plaats)\b")

_DATE = f"(?P<v>{DATE_PATTERN})"
_WITHOUT_NOTICE = r"(?:van\s+rechtswege\s+|zonder\s+dat\s+(?:daartoe\s+|daarvoor\s+)?(?:voorafgaande\s+)?opzegging\s+(?:nodig|vereist)\s+is\s+)?"
"""The law's wording of a fixed term's end: "eindigt van rechtswege op", "eindigt zonder dat opzegging vereist is op"."""
_START_PROSE = (
    rf"met\s+ingang\s+van\s+{_DATE}\s+in\s+dienst",
    rf"in\s+dienst\s+(?:met\s+ingang\s+van|per|op)\s+{_DATE}",
    rf"\b(?:treedt|treden|trad|komt|komen|kwam)\s+(?:met\s+ingang\s+van\s+|per\s+|op\s+){_DATE}\s+(?:bij\s+\S+(?:\s+\S+){{0,3}}\s+)?in\s+dienst",  # "Werknemer treedt op 19 februari 2026 in dienst"
    rf"(?:periode|looptijd)\s+van\s+{_DATE}\s+(?:tot\s+en\s+met|t/m|tot)\s+{DATE_PATTERN}",
    rf"overeenkomst\s+(?:gaat\s+in|vangt\s+aan)\s+op\s+{_DATE}",
    rf"\b(?:zij|deze|die)\s+(?:gaat\s+in|vangt\s+aan)\s+(?:op|per)\s+{_DATE}",  # "De nieuwe overeenkomst ...: zij gaat in op 1 aug 2026"
    # English, as expat employers write it: "commencing on 21 June 2026", "starts on", "effective from"
    rf"\b(?:commencing|commences|starting|starts|effective)\s+(?:on|from|as\s+of)\s+{_DATE}",
    # German: "Das Arbeitsverhältnis beginnt am 01.05.2026"
    rf"\bArbeitsverhältnis\s+beginnt\s+(?:am|zum|mit\s+dem)\s+{_DATE}",
    # French: "Le présent contrat prend effet à compter du 15/12/2026", "débute le ..."
    rf"\bcontrat\b{_ANY}{{0,60}}?\b(?:prend(?:ra)?\s+effet|commence(?:ra)?|débute(?:ra)?)\s+(?:à\s+compter\s+du|à\s+partir\s+du|le|au)\s+{_DATE}",
)
_END_PROSE = (
    # the contract's own end, not its trial period's ("De proeftijd eindigt op ...")
    rf"(?:overeenkomst|dienstverband|detachering|inschrijving)\b{_ANY}{{0,120}}?eindigt\s+{_WITHOUT_NOTICE}(?:op|per)\s+{_DATE}",
    rf"(?:periode|looptijd)\s+van\s+{DATE_PATTERN}\s+(?:tot\s+en\s+met|t/m|tot)\s+{_DATE}",
    rf"aangegaan\s+(?:voor\s+bepaalde\s+tijd\s+)?tot\s+(?:en\s+met\s+)?{_DATE}",
    # the agreement by its pronoun in the next sentence: "Zij eindigt van rechtswege op 01-06-2026"
    rf"\b(?:zij|deze)\s+eindigt\s+van\s+rechtswege\s+(?:op|per)\s+{_DATE}",
    # English: "... and ends by operation of law, without notice being required, on 18 March 2027"
    rf"(?:agreement|contract|employment)\b{_ANY}{{0,120}}?\b(?:ends|terminates|expires)\b(?:\s+by\s+operation\s+of\s+law)?(?:\s*,\s*without\s+notice\s+being\s+required\s*,)?\s+on\s+{_DATE}",
    # German: "... befristet und endet, ohne dass es einer Kündigung bedarf, mit Ablauf des 30.10.2027"
    rf"\b(?:Arbeitsverhältnis|Vertrag|es)\b{_ANY}{{0,120}}?\bendet\b{_ANY}{{0,80}}?(?:mit\s+Ablauf\s+des|am)\s+{_DATE}",
    # French: "Le présent contrat ... et prendra fin le 19/04/2027 inclus", "se terminera le ..."
    rf"\bcontrat\b{_ANY}{{0,160}}?\b(?:prendra\s+fin|prend\s+fin|se\s+terminera|expirera)\s+(?:le|au)\s+{_DATE}",
)
_SUPERSEDED = re.compile(r"\b(?:huidige|vorige|oude|lopende|eerdere|oorspronkelijke|eerste)\b|\btot\s+nu\s+toe\b", re.IGNORECASE)
"""A sentence about the contract a renewal replaces ("je huidige arbeidsovereenkomst eindigt op ...")."""
_RENEWAL = r"\bnieuwe\s+(?:arbeids)?overeenkomst|\bverleng(?:en|d|ing)\b"
_INDEFINITE = r"\bonbepaalde\s+tijd\b"
_DEFINITE = r"\bbepaalde\s+tijd\b"  # "onbepaalde" has no word boundary before "bepaalde"

_PARTICLE = r"(?:op|aan|den|de|der|bij|in|van|het|ter|a/d)"
_PLACE_WORD = r"(?:'s-)?[^\W\d_a-z][\w'’-]*"
PLACE_PATTERN = rf"(?-i:{_PLACE_WORD}(?:(?:\s+{_PARTICLE})*\s+{_PLACE_WORD})*)"
"""A town as printed: "Leeuwarden", "Den Haag", "Bergen op Zoom", "'s-Hertogenbosch"."""
_PLACE = rf"{PLACE_PATTERN}(?:\s+\((?-i:[^\W\d_a-z][^\W\d_]+\.?(?:[ -][^\W\d_]+\.?)*)\))?"
"""A place of work, abroad with its country after it as letters print it: "Stavanger (Noorwegen)"."""
_PLACE_PROSE = (
    rf"standplaats\s+(?:van\s+(?:de\s+)?(?:werknemer|medewerker)\s+)?(?:is|blijft|wordt)\s+({_PLACE})",
    # the work and where it is done, in one sentence whatever stands between: "De werkzaamheden worden verricht
    # te Ede", "Het werk wordt gedaan in de woning van de werkgever te De Goorn"
    rf"\b(?:werk|werkzaamheden|arbeid)\b(?:\s+[^\s.]+){{0,4}}?\s+(?:verricht|uitgevoerd|gedaan|plaats\s*vind(?:t|en)|vind(?:t|en)\s+plaats)\b"
    rf"(?:\s+[^\s.]+){{0,8}}?\s+(?:te|in)\s+({_PLACE})",
    rf"(?:tewerkgesteld|werkzaam|gedetacheerd|gestationeerd|geplaatst)\s+(?:te|in)\s+({_PLACE})",
    # a posting said with its verb: "zendt ... hem uit naar Stavanger (Noorwegen)", "wordt uitgezonden naar Accra"
    rf"\b(?:uitgezonden|uitzending|overgeplaatst|gedetacheerd)\s+naar\s+({_PLACE})",
    # English: "perform the work at the Employer's office in Julianadorp", "place of work is Delft"
    rf"\bwork\s+at\s+the\s+\S+\s+(?:office|premises|site|location)\s+in\s+({_PLACE})",
    rf"\bplace\s+of\s+work\s+(?:is|will\s+be)\s+({_PLACE})",
    rf"\bArbeitsort\s+ist\s+({_PLACE})",  # German: "Arbeitsort ist Gronau (Westf.)"
    # French: "Le salarié exercera ses fonctions à Val Thorens", "Le lieu de travail est situé à Lyon"
    rf"\bexercera\s+(?:ses\s+fonctions|son\s+activité)\s+(?:à|au|en)\s+({_PLACE})",
    rf"\blieu\s+de\s+travail\s+(?:est|sera)\s+(?:fixé\s+|situé\s+)?(?:à|au)\s+({_PLACE})",
    rf"\bzendt\b(?:\s+\S+){{1,6}}?\s+uit\s+naar\s+({_PLACE})",
)

_PROSE = 0.95  # a value read out of a sentence is a little less sure than a labelled one


def score(pages: Sequence[Page]) -> float | None:
    """A contract title ("Arbeidsovereenkomst", "Detacheringsovereenkomst", a student's
    "Bewijs van inschrijving") plus employment or study words; without a title, a page
    full of them (a contract's second page) scores 0.6, enough to stay with its first
    page and too little to start a document. A sublet contract has the contract words
    but not the employment ones; a house-sitting form names "werk of studie" only."""
    employment = sum(find_word(pages, word) is not None for word in _EMPLOYMENT_WORDS)
    employment += has_text(pages, r"\bin\s+dienst\b") is not None
    study = sum(find_word(pages, word) is not None for word in _STUDY_WORDS)
    title = _title(pages)
    if title in _STUDY_TITLES and study == 0:
        title = None
    terms = employment + study
    if title is not None:
        return round(min(0.97, 0.85 + 0.03 * terms), 3)
    parties = any(find_word(pages, employer) is not None and find_word(pages, employee) is not None for employer, employee in _PARTIES)
    if terms >= 4 and (parties or study >= 3):
        return 0.6
    if terms >= 2:
        return 0.3
    return None


def _title(pages: Sequence[Page]) -> str | None:
    """The contract title standing at the start of a short line near a page's top."""
    for page in pages:
        for line in page.lines[:12]:
            if len(line.words) > 8 or re.search(r"(?i)huur", line.text):
                continue  # "Huurovereenkomst onderhuur" is a contract, but not this one
            for title in _TITLES:
                span = fuzzy_span(line.text, title)
                # fuzzy_span also aligns a line shorter than the label inside it ("ING"
                # in "inschrijving"): only a span of the label's length is the title.
                if span is not None and span[0] <= 3 and span[1] - span[0] >= len(title) - 2:
                    return title
    return None


def extract(pages: Sequence[Page]) -> Fields:
    """Every field of the contract; a field that cannot be read is Field() (value None)."""
    start = _date(pages, _START_LABELS, _START_PROSE)
    end = _end_date(pages)
    start, end = in_order(start, end)  # one of the two misread when they are out of order
    return {
        "employee_name": _employee(pages),
        "employer": _employer(pages),
        "start_date": start,
        "end_date": end,
        "place": _place(pages),
    }


def _beside(pages: Sequence[Page], labels: Sequence[str], flags: int = 0) -> Iterator[tuple[Page, Line, int]]:
    """For every line holding one of `labels`: the line with its value and the offset
    where the value starts, right of the label, or at the start of the line under a
    label that stands alone.

    Unlike `_prose.labelled_values`, the line under counts only when it follows closely,
    in the label's column, and is no label itself: OCR of a photo loses whole lines,
    and the line under a label whose value was lost is then another row or block (the
    next row's label, the issue place and date). Labels are case-sensitive by default:
    a form's capitalised label, not a word of prose wrapped to a line's start.
    """
    label_re = re.compile("|".join(f"(?:{label})" for label in labels), flags)
    for page, index, line in iter_lines(pages):
        if not (m := label_re.search(line.text)):
            continue
        value = line.text[m.end() :].lstrip(" :;|.[]_")
        if value.strip():
            yield page, line, after_translation(line, len(line.text) - len(value))  # "Standplaats / Home base  Groningen"
        elif index + 1 < len(page.lines):
            below, height = page.lines[index + 1], line.bbox[3] - line.bbox[1]
            close = below.bbox[1] - line.bbox[3] <= height and abs(below.bbox[0] - line.bbox[0]) <= 2 * height
            if close and not _ANY_LABEL.search(below.text):
                yield page, below, 0


def _value_hit(page: Page, line: Line, start: int, value: str) -> Hit:
    """The words of `value` on `line` from `start` on; the rest of the line if the value
    was tidied so that it no longer stands in it as such."""
    at = line.text.find(value, start)
    return span_hit(page, line, at, at + len(value)) if at >= 0 else span_hit(page, line, start, len(line.text))


def _employee(pages: Sequence[Page]) -> Field:
    for page, line, start in _beside(pages, _EMPLOYEE_LABELS):
        if name := take_name(tidy(line.text[start : cell_end(line, start)])):  # not the next column's label
            return _value_hit(page, line, start, name).field(_spelling(name))
    for pattern in _EMPLOYEE_PROSE:
        for hit, _ in search_prose(pages, pattern):
            if name := take_name(hit.text):
                return hit.field(_spelling(clean_name(name)), _PROSE)
    return Field()


def _employer(pages: Sequence[Page]) -> Field:
    for page, line, start in _beside(pages, _EMPLOYER_LABELS):
        if name := _organisation(line.text[start : cell_end(line, start)]):
            return _value_hit(page, line, start, name).field(name, legal_form_validity(name))
    for pattern in _EMPLOYER_PROSE:
        for hit, _ in search_prose(pages, pattern):
            if name := _organisation(hit.text):
                return hit.field(name, _PROSE * legal_form_validity(name))
    for page, index, line in iter_lines(pages[:1]):  # a student administration's letterhead
        if index > 3:
            break
        # the cell that names the institution: a portal's bar sets its own name beside it ("Personeelsloket online      Hogeschool Zuidwest")
        cell = next((cell for cell in cells(line) if _INSTITUTION.search(cell.text)), None)
        if cell is not None and not re.search(r"\d", cell.text) and len(cell.words) <= 6:
            name = _organisation(cell.text)
            return line_hit(page, cell).field(name, 0.9 * legal_form_validity(name or ""))
    return Field()


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")  # a legal form's letters, dotted or not: B.V., NV, V.O.F.
_WRITTEN_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")  # every letter dotted, or none
_DOUBTFUL_FORM = 0.6


def legal_form_validity(name: str) -> float:
    """How far an organisation's name can be trusted by its last word: an abbreviation
    (its legal form, "B.V.") is printed with a dot after every letter or with none, so one
    dotted otherwise ("BV.", "BN.") is a misreading of it, and the name is flagged.

    >>> legal_form_validity("Bouwbedrijf Hendriks & Zonen B.V."), legal_form_validity("YoungCapital BV")
    (1.0, 1.0)
    >>> legal_form_validity("Bouwbedrijf Hendriks & Zonen BN."), legal_form_validity("YoungCapital BV.")
    (0.6, 0.6)
    """
    last = name.split()[-1] if name.split() else ""
    if _ABBREVIATION.fullmatch(last) and not _WRITTEN_ABBREVIATION.fullmatch(last):
        return _DOUBTFUL_FORM
    return 1.0


def _organisation(text: str) -> str | None:
    """An organisation's name as printed, or None for a label, a date or a lower-case word.

    >>> _organisation("| Zorgflex Detachering B.V. |"), _organisation("Werknemer")
    ('Zorgflex Detachering B.V.', None)
    >>> _organisation("Tata Steel Ijmuiden B.V"), _organisation("BE °")
    ('Tata Steel IJmuiden B.V.', None)
    """
    name = clean_name(tidy(text))
    if name is None or _NOT_AN_ORGANISATION.match(name) or not re.match(r"[^\W\d_a-z]", name):
        return None
    if not re.search(r"[^\W\d_]{3}", name) or re.search(r"[^\w\s.,&'’()/+-]", name):
        return None  # "BE °": specks, no name
    return _spelling(name)


def _spelling(text: str) -> str:
    """Undo OCR slips that Dutch spelling rules out: a word starting "Ij" (the digraph
    is capitalised whole, "IJmuiden"), and a legal form "B.V" / "N.V" without its last
    dot or with a lower-case "v" (a serif V read small); the legal form is written
    "B.V." / "N.V." only.

    >>> _spelling("Ijsselstein"), _spelling("Havenbedrijf Zuid N.V"), _spelling("Bijlmer B.V.")
    ('IJsselstein', 'Havenbedrijf Zuid N.V.', 'Bijlmer B.V.')
    >>> _spelling("Techniek Inzet Holland B.v."), _spelling("Noordwest Detachering B.v")
    ('Techniek Inzet Holland B.V.', 'Noordwest Detachering B.V.')
    """
    text = re.sub(r"\bIj(?=[a-z])", "IJ", text)
    return re.sub(r"\b([BN])\.[Vv](?:\.|(?![.\w]))", r"\1.V.", text)


_LEADER = r"[\s|:;.…·~—–\[\]_]*"  # what stands between a label and its value: rules, dots, OCR's ellipsis for a dotted leader


def _date(pages: Sequence[Page], labels: Sequence[str], prose: Sequence[str]) -> Field:
    """The date right of (or under) the first label that has one, else the first
    sentence pattern whose date parses. A labelled date that does not parse is None:
    a sentence elsewhere may speak of another date."""
    for page, line, start in _beside(pages, labels, re.IGNORECASE):
        if m := re.match(rf"{_LEADER}({DATE_PATTERN})", line.text[start:], re.IGNORECASE):
            hit = span_hit(page, line, start + m.start(1), start + m.end(1))
            return hit.field(parse_date(hit.text))
    renewal = has_text(pages, _RENEWAL) is not None
    for pattern in prose:
        for hit, sentence in find_groups(pages, pattern):
            if renewal and _SUPERSEDED.search(sentence):
                continue  # a renewal letter: the contract it replaces is not this one
            if (value := parse_date(hit.text)) is not None:
                return hit.field(value, _PROSE)
    return Field()


def _end_date(pages: Sequence[Page]) -> Field:
    """The end date; None for a contract for an indefinite term, which has none
    (a "tot en met" elsewhere in it, of a trial period say, is not its end)."""
    indefinite = has_text(pages, _INDEFINITE)
    if indefinite is not None and has_text(pages, _DEFINITE) is None:
        return indefinite.field(None)
    return _date(pages, _END_LABELS, _END_PROSE)


def _place(pages: Sequence[Page]) -> Field:
    # Any case ("plaats van tewerkstelling" as OCR may read it): a sentence under or after
    # the label gives no value, since a place is capitalised and stands alone.
    for page, line, start in _beside(pages, _PLACE_LABELS, re.IGNORECASE):
        if place := _place_at_start(line.text[start:]):
            return _value_hit(page, line, start, place).field(_spelling(place))
    for pattern in _PLACE_PROSE:
        for hit, _ in search_prose(pages, pattern):
            if place := _place_at_start(hit.text):
                return hit.field(_spelling(place), _PROSE)
    return Field()


def _place_at_start(text: str) -> str | None:
    """The town a value starts with, if nothing but punctuation follows it: a label's
    line below may be a sentence ("De standplaats ..."), whose first word is no town.
    A lone letter before it is a table rule or speck as OCR reads it ("Í Eindhoven").

    >>> _place_at_start("| Eindhoven"), _place_at_start("Í Eindhoven"), _place_at_start("De standplaats is Ede")
    ('Eindhoven', 'Eindhoven', None)
    >>> _place_at_start("Stavanger (Noorwegen). De uitzending begint"), _place_at_start("Gent (België)")
    ('Stavanger (Noorwegen)', 'Gent (België)')
    >>> _place_at_start("Kopenhagen, Denemarken"), _place_at_start("Utrecht, Amersfoort en Zeist")
    ('Kopenhagen, Denemarken', 'Utrecht')
    """
    m = re.match(rf"[\s|:\[\]]*(?:[^\W\d_]\s+(?=[^\W\d_]{{2}}))?({_PLACE})(?:\s*,\s*({PLACE_PATTERN}))?\s*(?:[.,;|\]]|$)", text)
    if m is None:
        return None
    place = re.sub(r"\s+", " ", m.group(1))
    if m.group(2) and lexicon.country(m.group(2)):
        return place + ", " + re.sub(r"\s+", " ", m.group(2))  # abroad, its country after a comma: "Kopenhagen, Denemarken"
    return place
