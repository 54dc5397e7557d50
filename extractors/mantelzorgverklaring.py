"""Mantelzorgverklaring: a declaration that one person gives another informal care.

Written by someone who sees the care: the recipient's huisarts, the wijkverpleging,
or a mantelzorg support organisation (mantelzorgsteunpunt). A mantelzorg co-tenancy
needs it to name the applicant as caregiver, the tenant as recipient, and to state
24-hour care (`care_round_the_clock`). Fields (CONTRACT.md §3):

- `caregiver_name`: after "Naam mantelzorger" / "Mantelzorger:", or in prose
  ("mantelzorg ontvangt van <naam>", "de mantelzorger ... is <naam>", "<naam>
  verleent ... zorg").
- `care_recipient_name`: after "Naam zorgvrager" / "Patiënt:", or in prose ("zorg
  voor (patiënt) <naam>", "verklaar ik dat <naam>, geboren ..., ... ontvangt").
- `round_the_clock`: true when it states "24 uur per dag", "dag en nacht",
  "24-uurs zorg" (or 24/7, per etmaal); false when such a statement is denied ("geen
  sprake van 24-uurs zorg", "24-uurs zorg noodzakelijk: Nee"), or absent from well-read
  pages; None when absent from poorly read pages.
- `issue_date`: after "Datum" / "Datum afgifte" / "Dagtekening", else the letter's
  place-and-date line ("Haarlem, 12 oktober 2026"); never a birth date.
- `issuer`: after "Organisatie" / "Afgegeven door", else the letterhead: the first
  short line naming a practice, nursing or care organisation (surer when it heads
  the page in larger type).

Layouts known: a GP's letter in prose, a support organisation's ruled form, a
district-nursing letter (`samples/generator/mantelzorgverklaring.py`).
More information: https://www.mantelzorg.nl/ (MantelzorgNL on declarations).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractors import concepts, lexicon
from extractors._common import sentences
from extractors._forms import answered, asked_with_options, boxed_options, odd_box_out, read_yes_no, ticked_among, without_answer_lines
from extractors._locate import Hit, find_value, iter_lines, line_hit, span_hit
from extractors._prose import (
    asks,
    NAME_PATTERN,
    absent_or_unknown,
    find_word,
    search_prose,
    labelled_values,
    stated,
    name_split_after,
    take_name,
)
from extractors.labels import cells, is_label
from extractors.lexicon import written_or_abbreviated
from extractors.names import name_doubt
from extractors.prose_facts import named_in_full
from extractors.titles import is_title_line
from extractors.values import DATE_PATTERN, clean_name, parse_date
from woondossier.model import DocType, Field, Fields, Line, Page

DOC_TYPE = DocType.mantelzorgverklaring

_HON = r"(?:(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.|hr\.)\s+)?"
_NAME = f"({NAME_PATTERN})"
_INITIALS_AFTER = r"(?:\s*,\s*(?-i:(?:[A-Z]\.\s?){1,5}))"
"""A register's initials after the surname and a comma: "Zhang, H.", "Bakker, J.P."."""
_ANY = r"(?:[^.]|\.(?=\d))"  # any character of the same sentence (dates keep their dots)

_CAREGIVER_LABELS = (r"^[\W_]{0,3}(?:Naam\s+)?mantelzorg(?:er|ster)\b\s*:?",)
_RECIPIENT_LABELS = (r"^[\W_]{0,3}(?:Naam\s+)?(?:zorgvrager|patiënte?|cliënt|zorgontvanger)\b\s*:?",)
_GIVES = r"(?:verleen|geef|bied)t?\b"
"""The verb of giving care, in the third person or the first ("ik verleen")."""
_GIVEN = rf"(?:(?:mantel)?zorg|{written_or_abbreviated('mantelzorg')})\s+(?:wordt|werd)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:verleend|gegeven|geboden)"
"""The same verb in the passive: "Mantelzorg wordt verleend door ...", "zorg wordt dagelijks gegeven aan ..."."""
_KIN = (
    r"(?:schoon|stief|groot|pleeg)?(?:moeder|vader|ouders?|zoon|dochter|broer|zus|zuster)|opa|oma|tante|oom|neef|nicht"
    r"|partner|echtgeno(?:o|te)t?e?|man|vrouw|kind|kleinkind|buurman|buurvrouw|vriend(?:in)?"
)
"""A relation a letter names before the person: "voor zijn moeder, A.I. Isenia", "gegeven door de vader, Ç. Özdemir"."""

_GERMAN_KIN = (r"(?:Tochter|Sohn|Ehefrau|Ehemann|Frau|Mann|Partnerin|Partner|Enkelin|Enkel|Schwester|Bruder|Nichte|Neffe"
               r"|Schwiegertochter|Schwiegersohn|Mutter|Vater)")
"""The relations a German doctor names a carer by ("von ihrer Tochter Ineke Bouwman")."""
_CAREGIVER_PROSE = (
    rf"zorg\s+ontvangt\s+van\s+{_HON}{_NAME}",
    rf"{_GIVEN}\s+door\s+{_HON}{_NAME}",
    rf"{_GIVEN}\s+door\s+(?:(?:de|het|zijn|haar|hun)\s+)?(?:{_KIN})\s*,?\s*{_HON}{_NAME}",  # "... gegeven door de vader, Ç. Özdemir", "door zoon Mahad Farah"
    # "dat Akosua Boateng mantelzorg verleent aan ...", "Ik, Adilson Monteiro, verleen mantelzorg aan ..."
    rf"(?:\bik\s*,\s*)?{_HON}{_NAME}\s*,?\s+(?:(?:mantel)?zorg\s+{_GIVES}|{_GIVES}\s+(?:de\s+)?(?:mantel)?zorg\b)",
    # "De mantelzorger is Jun Huang"; "... mantelzorger is van Mebrat Haile" says whose carer, not who
    rf"mantelzorg(?:er|ster)\s+(?:van\s+(?:de\s+)?(?:patiënte?|zorgvrager|cliënt)\s+)?is\s+(?!van\s){_HON}{_NAME}",
    rf"{_NAME}\s+(?:verleent|geeft|biedt)\s{_ANY}{{0,60}}?zorg",
    rf"{_NAME}\s+(?:is|als)\s+(?:de\s+|haar\s+|zijn\s+)?mantelzorg(?:er|ster)",
    rf"\bdat\s+{_HON}{_NAME}\s+(?:(?:de|haar|zijn)\s+)?mantelzorg(?:er|ster)\s+(?:is|was)\b",  # the verb at the clause's end ("dat Jun Huang mantelzorger is van ...")
    rf"{_NAME}\s*,\s*(?:is|bent)\s+(?:de\s+|haar\s+|zijn\s+)?mantelzorg(?:er|ster)\s+van\b",  # "U, Reshma Tjin-A-Sjoe, bent de mantelzorger van ..."
    # the carer in a relative clause after their name and birth: "Hodan Abdi, geboren op 18/04/1993, die als mantelzorger ..."
    rf"{_NAME}\s*,(?:\s*geboren\b[^,]{{0,40}},)?\s*die\s+(?:als|de)\s+mantelzorg(?:er|ster)\b",
    # German: "Die Pflege wird überwiegend von Jairzinho de Windt (Sohn) übernommen"
    rf"\b(?:pflege|betreuung)\s+(?:wird|werden)\s+(?:[^\W\d_]+\s+){{0,2}}?von\s+(?:(?:ihrer|ihrem|seiner|seinem|der|dem)\s+{_GERMAN_KIN}\s*,?\s+)?{_HON}{_NAME}"
    rf"\s*(?:\([^)]{{0,20}}\)\s*)?(?:übernommen|geleistet|sichergestellt)\b",
    # care in the passive: "(de patiënt) verzorgd wordt door Hodan Abdi", "wordt verzorgd door"
    rf"\bverzorgd\s+(?:wordt\s+|werd\s+)?door\s+{_HON}{_NAME}",
    # the carer as the subject of "zorgt voor", after "dat" or "Ik, ...,": "verklaar ik dat Djenifer Lopes zorgt voor ..."
    rf"(?:\bdat\s+|\bik\s*,\s*){_HON}{_NAME}\s*,?\s+zorg(?:t)?\s+voor\b",
)
_RECIPIENT_PROSE = (
    rf"zorg(?:t|en)?\s+voor\s+(?:patiënte?\s+|zorgvrager\s+|cliënt\s+)?{_HON}{_NAME}",  # "... dat Djenifer Lopes zorgt voor F.A.S. Rahimi"
    # the relation named, the name after it: "zorgt samen met een tante voor zijn moeder, A.I. Isenia"
    rf"zorg(?:t|en)?\s+(?:[^\W\d_]+\s+){{0,4}}?voor\s+(?:zijn|haar|hun|mijn|de|het)\s+(?:{_KIN})\s*,\s*{_HON}{_NAME}",
    rf"{_GIVEN}\s+aan\s+{_HON}{_NAME}",
    # "Uw medewerker is mantelzorger voor vader Zahra Sultani": the relation, then the name
    rf"mantelzorg(?:er|ster)\s+(?:is\s+)?voor\s+(?:(?:zijn|haar|hun|mijn|uw|de|het)\s+)?(?:{_KIN})\s*,?\s+{_HON}{_NAME}",
    rf"dat\s+{_HON}{_NAME}{_ANY}{{0,160}}?zorg\s+ontvangt",
    rf"(?:mantel)?zorg\s+aan\s+{_HON}{_NAME}",
    rf"(?:mantel)?zorg\s+{_GIVES}\s+aan\s+{_HON}{_NAME}",  # "... mantelzorg verleent aan Wojciech Kowalczyk"
    rf"\b(?:is|bent)\s+(?:de\s+|haar\s+|zijn\s+)?mantelzorg(?:er|ster)\s+van\s+(?!de\b|het\b|uw\b|patiënt|zorgvrager|cliënt){_HON}{_NAME}",
    # a clause's verb at its end: "(Wij bevestigen) dat Ewa Wójcik de mantelzorger is van Omar Al Khatib"
    rf"\bmantelzorg(?:er|ster)\s+(?:is|bent|was)\s+van\s+(?!de\b|het\b|uw\b|patiënt|zorgvrager|cliënt){_HON}{_NAME}",
    # a doctor's attest of whom they treat and who cares for them: "verklaart dat Gülşen Çetin,
    # geboren op ..., door mij wordt behandeld en verzorgd wordt door ..."
    rf"\bverklaa?r(?:t|en)?\s+dat\s+{_HON}{_NAME}{_ANY}{{0,160}}?\bdoor\s+(?:mij|ons)\s+(?:wordt|werd)\s+(?:behandeld|begeleid|verzorgd)",
    # the patient a doctor's letter is about, in its subject line: "Betreft: S.R.B. Zwart, verklaring ten behoeve van ..."
    # or as a hospital's system prints a patient, surname first: "Betreft: Zhang, H., geboren 24-10-1956"
    rf"\bbetreft\s*:\s*(?:patiënte?\s+|(?:{written_or_abbreviated('patiënt')})\s+|cliënte?\s+|zorgvrager\s+)?{_HON}({NAME_PATTERN}{_INITIALS_AFTER}?)\s*,\s*(?:geboren|geb\.|verklaring|\d)",
)
_ROUND_THE_CLOCK = (
    r"24\s*uur\s+per\s+(?:dag|etmaal)|dag\s+en\s+nacht|24[\s-]*uurs?[\s-]*(?:zorg|toezicht)|24\s*/\s*7"
    r"|(?:het\s+)?(?:ge)?hele\s+etmaal|permanent\w*\s+toezicht|klok\s+rond"
)
"""A question about 24-hour care, answered yes or no beside it (`_forms.read_yes_no`)."""
_ISSUER_WORDS = re.compile(
    r"(?i)huisarts|praktijk|gezondheidscentrum|wijkverple|thuiszorg|mantelzorg|steunpunt|"
    r"stichting|wijkteam|zorggroep|verpleeg|^gemeente\s"
)


def score(pages: Sequence[Page]) -> float | None:
    """The title "Mantelzorgverklaring" / "Verklaring mantelzorg", else a declaration
    that names a mantelzorger, or a letter that attests a patient's care by one. A
    house-sitting form that mentions care as its reason has neither a title nor
    "verklaart/verklaring", nor a patient."""
    title = find_word(pages, "mantelzorgverklaring", max_line_words=4)
    if title is None and (heading := find_word(pages, "mantelzorg", max_line_words=3)):
        title = heading if find_word(pages, "verklaring", max_line_words=3) else None
    caregiver = find_word(pages, "mantelzorger") or find_word(pages, "mantelzorg")
    declares = (find_word(pages, "verklaring") or find_word(pages, "verklaar") or find_word(pages, "verklaart")
                or find_word(pages, "bescheinigung") or find_word(pages, "bescheinige"))  # German: a doctor over the border
    if title and caregiver:
        return 0.95
    if title:
        return 0.8
    if caregiver and declares:
        return 0.6
    # a doctor's or a hospital's letter about a patient and the mantelzorger who cares for
    # them, attesting it in its own words ("Uit medisch oogpunt ondersteun ik dit verzoek"),
    # or issuing it ("Op verzoek van pt. afgegeven")
    attests = (find_word(pages, "bevestig") or find_word(pages, "ondersteun") or find_word(pages, "onderschrijf")
               or find_word(pages, "afgegeven"))
    patient = find_word(pages, "patiënt") or find_word(pages, "cliënt") or find_word(pages, "zorgvrager")
    if find_word(pages, "mantelzorger") and attests and patient:
        return 0.6
    # a declaration in other words: someone needs care, and it is given by someone ("Emre
    # heeft dag en nacht zorg en toezicht nodig. De zorg wordt vooral gegeven door de vader")
    if declares and _attests_care(pages):
        return 0.6
    return None


def _attests_care(pages: Sequence[Page]) -> bool:
    """Whether the pages say, in sentences, that someone needs care and who gives it."""
    text = " ".join(re.sub(r"\s+", " ", page.text) for page in pages)
    return bool(concepts.mentions(text, "care_needed")) and bool(concepts.mentions(text, "care_given_by"))


def extract(pages: Sequence[Page]) -> Fields:
    caregiver = _person(pages, _CAREGIVER_LABELS, _CAREGIVER_PROSE)
    return {
        "caregiver_name": caregiver if caregiver.value is not None else _caregiver_by_role(pages),
        "care_recipient_name": _person(pages, _RECIPIENT_LABELS, _RECIPIENT_PROSE),
        "round_the_clock": _round_the_clock(pages),
        "issue_date": _issue_date(pages),
        "issuer": _issuer(pages),
    }


def _person(pages: Sequence[Page], labels: Sequence[str], prose: Sequence[str]) -> Field:
    """A name from a form label, else from the first prose pattern that yields one. On an
    OCR page a name the name reader doubts ("L Blom": an initial that lost its stop, or a
    misread "I.") is kept flagged (`names.name_doubt`); a text layer prints a name as it is."""
    ocr = {page.number for page in pages if page.ocr}

    def doubt(hit: Hit, name: str) -> float:
        return name_doubt(name) if hit.page in ocr else 1.0

    for hit in labelled_values(pages, labels):
        if name := take_name(hit.text):
            return hit.field(name, doubt(hit, name))
    for pattern in prose:
        for hit, match in search_prose(pages, pattern):
            if name_split_after(match.string, match.end(1 if match.re.groups else 0)):
                return Field()  # "de heer Es mée Smit": a name OCR split is unknown, not its first part
            if name := take_name(hit.text):
                name = clean_name(name)
                return hit.field(name, 0.95 * doubt(hit, name))  # prose is read less surely than a form
    return Field()


_ROLE_IS_CAREGIVER = re.compile(
    r"\b(?:uw|de|onze|mijn|deze)\s+(?P<role>medewerk(?:er|ster)|werkne(?:mer|emster)|cliënte?|patiënte?|huurder|huurster|leerling|student|deelnemer)"
    r"\s+(?:is|was)\s+(?:de\s+)?mantelzorg(?:er|ster)\b",
    re.IGNORECASE,
)
"""A letter that names the carer by their role ("Uw medewerker is mantelzorger voor ..."),
the role's name given beside its label elsewhere ("Medewerker: Zineb Ouazzani")."""


def _caregiver_by_role(pages: Sequence[Page]) -> Field:
    """The carer a letter names by a role, read from the label of that role on the same
    document (an occupational physician's letter to the employer: "Medewerker: Zineb
    Ouazzani, personeelsnummer ..." and "Uw medewerker is mantelzorger voor ...")."""
    for page in pages:
        if (m := _ROLE_IS_CAREGIVER.search(re.sub(r"\s+", " ", page.text))) is None:
            continue
        for hit in labelled_values(pages, [rf"^[\W_]{{0,3}}(?:naam\s+)?{re.escape(m.group('role'))}\b\s*:?"]):
            if name := take_name(hit.text):
                return hit.field(clean_name(name), 0.9)  # the role's label and the sentence together: the analyst need not look, nearly
    return Field()


def _round_the_clock(pages: Sequence[Page]) -> Field:
    """Whether the declaration states 24-hour care, in this order:
    - a question answered ("24-uurs zorg noodzakelijk: Nee", "Is er dag en nacht
      toezicht nodig? ☒ Ja ☐ Nee");
    - a list of amounts of care with one ticked ("☒ 24 uur per dag", "[X] 8-16 uur per
      week": true for a round-the-clock option, false for a smaller amount);
    - sentences by concept (`concepts`: "24 uur per dag", "24/7", "dag en nacht",
      "permanent toezicht", "de klok rond", ...), false when such a sentence is negated
      in its own clause ("er is geen sprake van 24-uurs zorg");
    - absent: false when the declaration states a smaller amount of care ("drie
      dagdelen per week") on well-read pages; unknown when it states no amount at all,
      or was read poorly (a statement may hide in a misread line), or when the form asks
      the question with its answers to mark and no mark was read (radio buttons drawn
      as circles: "Ja Nee" is all a text layer holds).
    """
    answered_here = read_yes_no(pages, _ROUND_THE_CLOCK)
    if answered_here.value is not None:
        return answered_here
    if (form := answered(pages, lambda question: _care_statement(question) is True)) is not None and form.value is not None:
        return form  # a question in other words: "Heeft de zorgvrager de klok rond toezicht nodig? Ja"
    amounts = [(ticked, hit, value) for ticked, hit in boxed_options(pages) if (value := _amount_of_care(hit.text)) is not None]
    if (ticked := ticked_among(amounts)) is not None and ticked.value is not None:
        return ticked
    if (odd := odd_box_out(pages, _amount_of_care)) is not None:
        return odd  # a scan's list whose one lost box is the ticked one: "16 tot 24 uur" over "LD meer dan 24 uur"
    if ticked is not None:
        return ticked
    if _listed_amounts(pages) >= OPTION_LIST:
        return Field()  # a list of amounts to tick, its ticks not read: no option is a statement
    said = stated(pages, _care_statement)
    if said is not None:
        return said
    if asked_with_options(pages, _ROUND_THE_CLOCK):
        return Field()  # "Is zorg ... nodig gedurende 24 uur per dag? (o) Ja (o) Nee": asked, its answer not read
    if any(concepts.mentions(text.text[start:end], "less_care") and not asks(text.text[start:end]) for text, start, end in sentences(pages)):
        return absent_or_unknown(pages)
    return Field()


OPTION_LIST = 3
"""Short lines naming an amount of care each, at least this many: a list to tick from."""
_OPTION_WORDS = 10


def _listed_amounts(pages: Sequence[Page]) -> int:
    """How many short lines name an amount of care ("8 tot 16 uur per week", "24 uur per
    dag (dag en nacht)"): the options of a form's list, whose boxes OCR may have read as
    letters or lost ("D minder dan 8 uur per week", "16 tot 24 uur per week")."""
    return sum(1 for _, _, line in iter_lines(pages) if len(line.words) <= _OPTION_WORDS and _amount_of_care(line.text) is not None)


def _amount_of_care(option: str) -> bool | None:
    """True for an option naming round-the-clock care, False for a smaller amount,
    None for an option that names no amount of care (another list's).

    >>> _amount_of_care("24 uur per dag"), _amount_of_care("8 tot 16 uur per week"), _amount_of_care("maandag dagbesteding 9.30 - 15.30 uur") is None
    (True, False, True)
    """
    if concepts.mentions(option, "round_the_clock"):
        return not concepts.mentions(option, "less_care") or bool(re.search(r"\b24\s*uur\s+per\s+(?:dag|etmaal)", option, re.I))
    option = _CLOCK_TIMES.sub(" ", option)  # "dagbesteding 9.30 - 15.30 uur": a schedule's times of day, no amount of care
    if concepts.mentions(option, "less_care") or re.search(r"\d\s*(?:uur|u)\b", option, re.I):
        return False
    return None


_CLOCK_TIMES = re.compile(r"\b\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*(?:uur|u\b)?", re.IGNORECASE)


def _care_statement(sentence: str) -> bool | None:
    """Whether a sentence states 24-hour care (True), denies it (False) or says
    nothing of it (None). Negation counts in the statement's own clause only.

    >>> _care_statement("Door de aard van de aandoening is 24 uur per dag toezicht en verzorging nodig.")
    True
    >>> _care_statement("De zorg omvat drie dagdelen per week; er is geen sprake van 24-uurs zorg.")
    False
    >>> _care_statement("Zij heeft geen eigen vervoer en is de klok rond op haar dochter aangewezen.")
    True
    >>> _care_statement("Mevrouw heeft permanent toezicht nodig."), _care_statement("De zorg is niet continu nodig.")
    (True, False)
    >>> _care_statement("De mantelzorger komt twee dagen per week.") is None
    True
    """
    sentence = without_answer_lines(sentence)  # a form's answered question is read by `read_yes_no`, not as prose
    found = concepts.mentions(sentence, "round_the_clock")
    if not found:
        return None
    return not any(concepts.negated(sentence, m) for m in found)


def _issue_date(pages: Sequence[Page]) -> Field:
    hit = find_value(
        pages,
        # "Datum" alone, or with the value after its colon: "Datum huisbezoek" and "Datum aanvraag"
        # are other days (the label table knows the issue's own wordings: "Datum advies")
        [r"^[\W_]{0,3}Datum\s*[:.]?(?=\s*\d|\s*$)", r"Datum\s+(?:van\s+)?afgifte", r"Afgegeven\s+op", r"Dagtekening"],
        DATE_PATTERN,
        below=1,
    )
    if hit is None:
        place_date = rf"^[^\W\d_][\w'. -]{{1,40}},\s*({DATE_PATTERN})\.?\s*$"  # "Amsterdam, 3 april 2026."
        hit = next((h for h, _ in search_prose(pages, place_date, re.IGNORECASE | re.MULTILINE)), None)
    if hit is None:
        return _town_then_date(pages)
    return hit.field(parse_date(hit.text))


TOWN_DATE_LINES = 6
"""The lines at the top of a letter where its place and date stand beside the letterhead."""
TOWN_DATE_CONFIDENCE = 0.79
"""The most a place and date without the comma between them count for: the analyst looks."""


def _town_then_date(pages: Sequence[Page]) -> Field:
    """The letter's place and date with the comma between them left out or lost to OCR,
    ending a line at the top of the first page ("THUISZORG GRONINGEN  Naaldwijk 21 nov.
    2026"): a town the lexicon knows, then a date. Flagged: without the comma, a town and
    a date side by side are the letter's by their place only."""
    page = pages[0]
    for line in page.lines[:TOWN_DATE_LINES]:
        m = re.search(rf"(?:^|\s)(?P<town>(?:'s[ -])?[^\W\d_][\w'-]+)\s+(?P<date>{DATE_PATTERN})\.?\s*$", line.text, re.IGNORECASE)
        if m and lexicon.town(m.group("town")) is not None and (value := parse_date(m.group("date"))) is not None:
            hit = span_hit(page, line, m.start("date"), m.end("date"))
            return Field(value=value, confidence=min(hit.confidence, TOWN_DATE_CONFIDENCE), page=hit.page, bbox=hit.bbox)
    return Field()


def _issuer(pages: Sequence[Page]) -> Field:
    labels = [r"^[\W_]{0,3}Organisatie\b", r"^[\W_]{0,3}Afgegeven\s+door\b", r"^[\W_]{0,3}Instelling\b"]
    for hit in labelled_values(pages, labels, flags=0):  # capitalised: a form's label, not prose
        if name := clean_name(hit.text):
            return hit.field(name)
    declaring = _declaring_heads(pages[:1])
    for page, index, line in iter_lines(pages[:1]):
        if index >= _HEAD_LINES:
            break
        text = line.text.strip(" |")
        if is_title_line(page, index, DOC_TYPE):
            break  # "Advies mantelzorgurgentie": a letterhead stands above the title, what follows is the document
        if declaring and id(line) not in declaring:
            continue  # "Gemeente Ouder-Amstel" over "Wijkteam De Hoogte", and "Het Wijkteam De Hoogte verklaart dat ...": the team declares
        if re.match(r"(?i)gegevens\b", text):
            continue  # "Gegevens mantelzorger": a form's section, not who issued it
        if index > 0 and _labelled_row(line):
            break  # "Datum 09.04.2026", "Patiënt Prins, Anneke": the document's rows have begun, its letterhead is above them
        head = cells(line)[0] if line.words else line  # a letterhead's first cell: a contact person may share its line
        care_words = bool(_ISSUER_WORDS.search(head.text))
        if head.text.islower() and len(head.words) <= _TAGLINE_WORDS and (care_words or lexicon.is_organisation(head.text)):
            # "arbodienstverlening", "ergotherapie aan huis": a tagline under the organisation's
            # name, which is the first cell of the line above it (the analyst looks)
            if index > 0 and (named := _named_above(page, index)) is not None:
                return named
            continue
        if index + 1 < len(page.lines) and _ATTENTION.match(page.lines[index + 1].text):
            continue  # "Albert Heijn B.V." over "t.a.v. afdeling HR": the letter's addressee, not its issuer
        if (care_words or lexicon.is_organisation(head.text)) and not re.search(r"(?i)verklaring|\d", head.text) and len(head.words) <= 7:
            # A letterhead, by its words; set larger than the body text it is surer. An
            # organisation of another kind ("Stedelijk College Zuid", a young carer's school)
            # by the lexicon's words only, which some names of streets and people also hold.
            sure = index == 0 and _set_large(page, line)
            return line_hit(page, head).field(_in_full(pages, head, line), (0.95 if sure else 0.9) if care_words else LEXICON_ISSUER_CONFIDENCE)
        if index == 0 and (cell := _organisation_cell(line)) is not None:
            # a letterhead sharing its line with a department or a slogan ("Indicatiebureau
            # Woonurgentie | Medische advisering wonen"): its first cell, an organisation's name
            # (told by a word of the lexicon only: sure when set large as letterheads are, else the analyst looks)
            return line_hit(page, cell).field(_in_full(pages, cell, line), 0.85 if _set_large(page, line) else 0.75)
    return _footer_issuer(pages[-1])


def _declaring_heads(pages: Sequence[Page]) -> set[int]:
    """The letterhead's lines (of the first `_HEAD_LINES`) whose first cell the text names as
    the one who declares: "Het Wijkteam De Hoogte verklaart dat ..." under a letterhead of
    "Gemeente Ouder-Amstel" over "Wijkteam De Hoogte". Empty when the text names none of them."""
    heads = {}
    for page, index, line in iter_lines(pages):
        if index >= _HEAD_LINES:
            break
        if line.words and len(head := cells(line)[0].text.strip(" |,.")) >= 4:
            heads[id(line)] = head
    text = " ".join(" ".join(line.text for line in page.lines) for page in pages)
    return {key for key, head in heads.items()
            if re.search(rf"(?<![\w-]){re.escape(head)}\s+(?:verklaart|verklaren|bevestigt|bevestigen|declares|confirms)\b", text, re.IGNORECASE)}


_HEAD_LINES = 9
"""The first lines of a page where a letterhead stands."""


def _labelled_row(line: Line) -> bool:
    """Whether a line is a document's row: a label of one to three words, then its value
    ("Datum 09.04.2026", "Patiënt Prins, Anneke, geboren ...")."""
    words = [w.text.rstrip(":") for w in line.words]
    return any(is_label(" ".join(words[:n])) for n in range(1, min(3, len(words) - 1) + 1))


def _in_full(pages: Sequence[Page], head: Line, line: Line) -> str | None:
    """The letterhead's name, as the letter prints it in full where its head wrapped it
    ("Dirinq Dialysecentrum" over "Rotterdam", signed "Dirinq Dialysecentrum Rotterdam")."""
    name = clean_name(head.text.strip(" |"))
    return (clean_name(named_in_full(pages, name, skip=line)) or name) if name else name


def _named_above(page: Page, index: int) -> Field | None:
    """The organisation a tagline describes: the first cell of the nearest line above it
    that starts where it starts, a short capitalised name ("HumanCapitalCare" over
    "arbodienstverlening", the letter's date and reference beside them), flagged."""
    x0 = page.lines[index].words[0].bbox[0]
    above = next((cells(line)[0] for line in reversed(page.lines[:index]) if abs(line.words[0].bbox[0] - x0) <= _SAME_EDGE), None)
    if above is None:
        return None
    text = above.text.strip(" |")
    if not text[:1].isupper() or len(above.words) > 4 or re.search(r"(?i)verklaring|\d", text) or is_label(text):
        return None  # a title ("Zorgverklaring casemanager dementie"), a date or a label: no organisation's name
    return line_hit(page, above).field(clean_name(text), TAGLINE_ISSUER_CONFIDENCE)


_TAGLINE_WORDS = 4  # words a letterhead's tagline has at most ("ergotherapie aan huis"); a longer lower-case line is the text's
_SAME_EDGE = 6.0  # points between two lines' left edges that start at one margin
TAGLINE_ISSUER_CONFIDENCE = 0.75
"""An organisation told by the tagline under its name, not by its name's own words."""
_ATTENTION = re.compile(r"^[\W_]{0,2}(?:t\.?\s?a\.?\s?v\.?|ter\s+attentie\s+van|attn\.?)\s", re.IGNORECASE)
"""The line under an addressee's name: "t.a.v. afdeling HR"."""
LEXICON_ISSUER_CONFIDENCE = 0.85
"""A letterhead told an organisation's by a word of the lexicon, not a care organisation's own word."""


FOOTER_LINES = 2
"""The last lines of a declaration's last page that may be its footer."""
_FOOTER_SEPARATORS = frozenset("·|•«»*°-–—")  # a centred dot and what OCR reads it as


def _footer_issuer(page: Page) -> Field:
    """The organisation a footer names before its other parts ("Casemanagers Dementie
    West-Brabant · casemanager M. Monteiro · tel. 06-..."), told by a word of the
    lexicon; never sure (at most 0.75: a corporation's form may carry its own footer)."""
    for line in [line for line in page.lines if line.words][-FOOTER_LINES:]:
        words = list(itertools.takewhile(lambda w: w.text not in _FOOTER_SEPARATORS, line.words))
        if len(words) == len(line.words) or not 0 < len(words) <= 6:
            continue  # no parts set apart: a sentence or a signature, not a footer
        first = " ".join(w.text for w in words)
        if not re.search(r"(?i)verklaring|\d", first) and lexicon.is_organisation(first):
            hit = line_hit(page, Line(words=tuple(words)))
            return hit.field(clean_name(re.sub(r"^[\W_]+", "", first)), min(hit.confidence, 0.75))  # a speck before it
    return Field()


def _organisation_cell(line: Line) -> Line | None:
    """The line's first cell, if it names an organisation (`lexicon.is_organisation`)
    and nothing else: no digits, no "verklaring", a name's length."""
    first = cells(line)[0] if line.words else None
    if first is None or len(first.words) > 6 or re.search(r"(?i)verklaring|\d", first.text):
        return None
    return first if lexicon.is_organisation(first.text) else None


def _set_large(page: Page, line: Line) -> bool:
    """Whether `line` is set in larger type than most lines of its page."""
    heights = sorted(other.bbox[3] - other.bbox[1] for other in page.lines)
    median = heights[len(heights) // 2]
    return line.bbox[3] - line.bbox[1] >= 1.2 * median
