"""Huurovereenkomst onderhuur: a tenant's contract letting one room to a subtenant.

A tenant of a housing corporation may let part of the dwelling to one person with the
corporation's consent (seed 002, "Onderhuur van kamers"). The corporation asks for the
contract and reads from it: who lets (the hoofdhuurder) to whom (the onderhuurder),
where, the room rent per month (it must stay at or under the total rent divided by the
number of rooms), from when, and two clauses: the sublet ends when the main lease ends,
and the subtenant is bound by the corporation's Algemene Huurvoorwaarden.

Fields (CONTRACT.md §3): `tenant_name`, `subtenant_name`, `postcode`, `house_number`,
`room_rent`, `start_date`, `end_with_main_lease`, `general_conditions`, `signed_date`.

Layouts known (anchored on labels and phrases, never on coordinates):
- numbered articles: parties in prose ("1. Jan de Vries, wonende aan de Kerkstraat 12,
  2011 AB Haarlem, hierna te noemen: de hoofdhuurder;"), the subtenant's own address
  as a distractor, a deposit as a distracting amount, "ondertekend te Haarlem op ...";
- a form: label/value rows (Hoofdhuurder, Onderhuurder, Adres van de woning,
  Postcode en plaats, Huurprijs kamer per maand, Waarborgsom, Ingangsdatum) and
  "Plaats en datum" or "Datum ondertekening";
- a home-made contract in the first person ("Ik, Jan de Vries, huur de woning ...
  Ik verhuur een kamer in deze woning aan ..."), with the rent of the whole
  dwelling as a distracting amount.

Restraint: the dwelling's address is taken only where the text says it is the
dwelling (or the hoofdhuurder's address), never the first address on the page; the
room rent only where it is said to be for the room; a clause is true only when a
sentence states it without negation, false only when the pages were read well enough
to call it absent (`_common.clause_field`) and the contract's body (parties, room rent,
start date) was found, else unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from extractors import _common as common
from extractors import concepts, lexicon
from extractors._forms import answered, without_answer_lines
from extractors._locate import find_value
from extractors._prose import NOT_NAME_WORDS, stated
from extractors.labels import is_label, table
from extractors.locating import locate
from extractors.prose_facts import PROSE_CONFIDENCE
from extractors.values import AMOUNT_PATTERN, DATE_PATTERN, POSTCODE_PATTERN, parse_amount, parse_date, parse_house_number, parse_postcode, repair_initials
from woondossier.model import DocType, Field, Fields, Page

DOC_TYPE = DocType.huurovereenkomst_onderhuur

_NAME = common.NAME
_LINE_NAME = _NAME.replace(r"\s+", r"[ \t]+")  # a name that does not run on to the next line
_NEGATION = re.compile(r"\b(?:niet|geen|nooit|zonder)\b", re.IGNORECASE)


def score(pages: Sequence[Page]) -> float | None:
    """Evidence of a sublet contract: its title words and the two parties' roles."""
    text = "\n".join(page.text for page in pages[:2]).lower()
    if not text.strip():
        return None
    evidence = 0.0
    if re.search(r"onderhuur|kamerhuur|huurovereenkomst\s+(?:voor\s+)?(?:een\s+)?kamer", text) or common.fuzzy_span(
        text, "onderhuurovereenkomst"
    ):
        evidence += 0.55
    if "onderhuurder" in text:
        evidence += 0.2
    if "hoofdhuurder" in text or re.search(r"\bverhuurt?\b", text):
        evidence += 0.15
    if re.search(r"\bkamer\b", text) and re.search(r"per\s+maand", text):
        evidence += 0.1
    if evidence == 0:
        return None
    return round(min(1.0, evidence), 3)


_BODY_READ = 3  # of the parties, the room rent and the start date: found, or the clauses may have been lost too


def extract(pages: Sequence[Page]) -> Fields:
    body = {
        "tenant_name": _party(pages, "hoofdhuurder"),
        "subtenant_name": _party(pages, "onderhuurder"),
        "room_rent": _room_rent(pages),
        "start_date": _start_date(pages),
    }
    known_layout = sum(field.value is not None for field in body.values()) >= _BODY_READ
    for name, field in body.items():  # "Hoofdhuurder / Main tenant" before the name: the label table's wordings
        if field.value is None:
            body[name] = locate(pages, table()[DOC_TYPE][name])
    body_read = sum(field.value is not None for field in body.values()) >= _BODY_READ
    clauses = {
        "end_with_main_lease": _end_with_main_lease(pages, body_read),
        "general_conditions": _general_conditions(pages, body_read),
    }
    if not known_layout:  # a clause absent from a contract whose parts only the label table found
        clauses = {name: _unfamiliar_absence(field) for name, field in clauses.items()}
    return {
        "tenant_name": body["tenant_name"],
        "subtenant_name": body["subtenant_name"],
        **_dwelling(pages),
        "room_rent": body["room_rent"],
        "start_date": body["start_date"],
        **clauses,
        "signed_date": _signed_date(pages),
    }


ABSENCE_IN_UNFAMILIAR_WORDS = 0.75
"""What a clause read as absent counts for when the contract's parties, rent and start
stand in wordings only the label table knows: its clauses may be in wordings no
concept knows either, so the analyst confirms the absence before it fails a check."""


def _unfamiliar_absence(field: Field) -> Field:
    if field.value is False and field.page is None:
        return field.model_copy(update={"confidence": min(field.confidence, ABSENCE_IN_UNFAMILIAR_WORDS)})
    return field


# --- parties -------------------------------------------------------------------------------

_ROLE_LABELS = {
    "hoofdhuurder": r"(?:naam\s+)?hoofdhuurder(?:\s*\(verhuurder\))?|verhuurder(?:\s*\(hoofdhuurder\))?",
    "onderhuurder": r"(?:naam\s+)?onderhuurder(?:\s*\(huurder\))?",
}
_FIRST_PERSON = {  # the home-made contract: "Ik, Jan de Vries, huur de woning ... aan Fatima El Amrani."
    "hoofdhuurder": rf"\bIk,\s+(?P<name>{_NAME}),\s+(?:huur|ben)\b",
    # "verhuur een kamer ... aan NAME." ("kamer", or what OCR made of it), or "verhuur vanaf 1 okt. 2026 een kamer
    # in mijn woning aan Koolmeesstraat 7d aan Farid Rahimi.": a full stop before a digit is a date's
    "onderhuurder": rf"\bverhuur\s+(?:(?:een|de)\s+\w{{1,8}}\b|vanaf\b)(?:[^.]|\.(?=\s*\d))*?\baan\s+(?P<name>{_NAME})\s*[.,]",
}


def _party(pages: Sequence[Page], role: str) -> Field:
    """The party in `role`, from a label row, a "hierna te noemen" clause, or the first person."""
    # between label and name a form's leader, which OCR reads as rules, dashes and underscores ("Onderhuurder- ____ | ")
    label = rf"(?m)^[\W_]{{0,2}}(?:{_ROLE_LABELS[role]})(?:[ \t]*[-—–_:|¦.…]+)*[ \t]+(?P<name>{_LINE_NAME})[ \t]*$"
    # one party's clause: never over another "hierna" (the first party's own) to the next party's role
    called = rf"(?:{role}|huurder)" if _plain_huurder(pages) == role else role
    # the name where a party starts: a line's start, after a list's number (its stop or space maybe lost), a semicolon or "en"
    named = rf"(?:(?<=\A)|(?<=\n)|(?<=[;.)\d]\s)|(?<=\d\s[\"'‘’“„])|(?<=\d[.)])|(?<=\ben\s))(?P<name>{_NAME}),(?:(?!hierna\b)[^;])*?hierna\W+(?:(?:te\W+noemen|genoemd)\s*)?:?\s*(?:de\s+)?[\"'“]?{called}\b"  # "te\n„noemen": a speck
    for pattern in (label, named, _FIRST_PERSON[role]):
        if found := common.first_group(pages, pattern, "name", _clean_name):
            return found
    return Field()


def _plain_huurder(pages: Sequence[Page]) -> str | None:
    """The role a contract means by a party it calls plain "de huurder": the main tenant
    beside "de onderhuurder", the subtenant beside "de verhuurder"; None when it defines
    neither or both (then "huurder" settles nothing)."""
    said = {m.group(1).lower() for page in pages for m in _DEFINED_ROLE.finditer(page.text)}
    meant = {"onderhuurder": "hoofdhuurder", "verhuurder": "onderhuurder"}
    roles = [role for other, role in meant.items() if other in said]
    return roles[0] if len(roles) == 1 else None


_DEFINED_ROLE = re.compile(r"hierna\W+(?:(?:te\W+noemen|genoemd)\s*)?:?\s*(?:de\s+)?[\"'“]?([^\W\d_]+)", re.IGNORECASE)


def _clean_name(text: str) -> str | None:
    heading, _, rest = text.partition("\n")
    if rest and (heading.strip().lower() in NOT_NAME_WORDS or is_label(heading.strip())):
        text = rest  # "Ondergetekenden", "Partijen" over "1. Hodan Farah, ...": the preamble's heading, the name on the line below
    name = repair_initials(common.tidy(text))
    if re.search(r"\d", name) or not re.search(r"[^\W\d_]{2,}", name):
        return None
    if name.lower() in {"de hoofdhuurder", "de onderhuurder", "hoofdhuurder", "onderhuurder"}:
        return None
    if name.split()[0].lower() in NOT_NAME_WORDS:
        return None  # "Een Meijer": OCR made a word of the numbering and initials ("1. J.H."), no name starts so
    if len(name.split()) == 1 and (lexicon.town(name) is not None or not lexicon.is_known_name_word(name)):
        return None  # "Amsterdam," ending a party's wrapped address: a place, no party's whole name
    return name


# --- the dwelling ------------------------------------------------------------------------

_DWELLING_SENTENCES = (
    # "een kamer ... in de woning aan de Kerkstraat 12, 2011 AB Haarlem"
    rf"\bwoning\s+(?:aan\s+)?(?:de\s+)?{common.ADDRESS}",
    # "huur de woning Kerkstraat 12 in Haarlem (postcode 2011 AB)"
    rf"\bwoning\s+(?:aan\s+(?:de\s+)?)?(?P<street>{common.STREET})\s(?P<house_number>{common.HOUSE_NUMBER})\s+"
    rf"(?:in|te)\s+{common.TOWN}\s*\(\s*postcode\s*:?\s*(?P<postcode>{POSTCODE_PATTERN})\s*\)",
    # "een kamer in mijn woning aan Koolmeesstraat 7d (1611 FH)": the postcode in brackets after the number
    rf"\bwoning\s+(?:aan\s+(?:de\s+)?)?(?P<street>{common.STREET})\s(?P<house_number>{common.HOUSE_NUMBER})\s*"
    rf"\(\s*(?:postcode\s*:?\s*)?(?P<postcode>{POSTCODE_PATTERN})\s*\)",
    # the hoofdhuurder's own address: "1. Jan de Vries, wonende aan de ..., hierna te noemen: de hoofdhuurder"
    rf"\bwonende\s+(?:aan\s+|te\s+)?(?:de\s+)?{common.ADDRESS}[^;]*?hierna\s+(?:te\s+noemen|genoemd)\s*:?\s*(?:de\s+)?hoofdhuurder\b",
    # the hoofdhuurder's party line, the name then the address: "Hoofdhuurder: Abena Mensah, Anton de
    # Komplein 10, 1616 NV Hoogkarspel" (the room is let in the main tenant's own home)
    rf"(?m)^[\W_]{{0,2}}(?i:hoofdhuurder)\s*:?[^\S\n]*[^\W\d_][^,\n]{{0,60}},[^\S\n]*(?:(?i:wonende)\s+(?:aan\s+|te\s+)?)?(?:de\s+)?{common.ADDRESS}",
    # the room said where it is, no comma between: "De kamer aan de achterkant op de eerste
    # verdieping van Mr. P.J. Troelstralaan 149-2, 7741BP Coevorden" (a party's own address
    # comes after a comma: "aan de onderhuurder, wonende aan ...")
    rf"\bkamer\b[^.?!,;:]{{0,80}}?\s(?:van|in|aan|op)\s+(?:de\s+)?{common.ADDRESS}",
)


def _dwelling(pages: Sequence[Page]) -> dict[str, Field]:
    """Postcode and house number of the dwelling the room is in."""
    fields = {"postcode": Field(), "house_number": Field()}
    number = find_value(
        pages, [r"^[\W_]{0,2}adres(?:\s+van\s+de\s+woning|\s+woning)?\b"], rf"{common.STREET}\s{common.HOUSE_NUMBER}(?!\w)", below=0
    )
    if number is not None and (m := re.search(rf"\s(?P<n>{common.HOUSE_NUMBER})$", number.text)):
        fields["house_number"] = number.field(parse_house_number(m["n"]))
    postcode = find_value(pages, [r"^[\W_]{0,2}postcode(?:\s+en\s+(?:woon)?plaats)?\b"], POSTCODE_PATTERN, below=0)
    if postcode is not None:
        fields["postcode"] = postcode.field(parse_postcode(postcode.text))
    for pattern in _DWELLING_SENTENCES:
        if all(field.value is not None for field in fields.values()):
            break
        for text, match in common.search(pages, pattern, 0):
            for name, parse in (("postcode", parse_postcode), ("house_number", parse_house_number)):
                hit = common.group_hit(text, match, name)
                if fields[name].value is None and hit is not None:
                    fields[name] = hit.field(parse(match.group(name)))
            break
    if any(field.value is None for field in fields.values()):
        _where_said(pages, fields)
    return fields


_HOME_AT = (
    rf"\b(?:woning|huis|appartement|bovenwoning|benedenwoning)\s+aan\s+(?:de\s+|het\s+)?"
    rf"(?P<street>{common.STREET})\s(?P<house_number>{common.HOUSE_NUMBER})(?![\w-])"
)
"""A letter says where the home is without its postcode: "de kamer in mijn woning aan de Vechtdreef 218d"."""


def _where_said(pages: Sequence[Page], fields: dict[str, Field]) -> None:
    """The house number a letter's sentence gives the home (`_HOME_AT`), when every such
    sentence names one address; and the postcode under that street and number in an
    address block of the same letter (the tenant's own, as sender: "Vechtdreef 218d" over
    "4105 AX Culemborg"). Fills what is still unread, at most `PROSE_CONFIDENCE`."""
    said = {}
    for text, match in common.search(pages, _HOME_AT, 0):
        if (number := parse_house_number(match["house_number"])) is not None:
            said.setdefault((match["street"].casefold(), number), common.group_hit(text, match, "house_number"))
    if len(said) != 1:
        return
    (street, number), hit = next(iter(said.items()))
    if fields["house_number"].value is None and hit is not None:
        fields["house_number"] = hit.field(number, PROSE_CONFIDENCE)
    if fields["postcode"].value is None:
        for page in pages:
            for line, below in zip(page.lines, page.lines[1:]):
                printed = re.fullmatch(rf"\W*({common.STREET})\s({common.HOUSE_NUMBER})\W*", line.text)
                if printed is None or printed[1].casefold() != street or parse_house_number(printed[2]) != number:
                    continue
                if (postcode := re.match(rf"\W*({POSTCODE_PATTERN})", below.text)) and (value := parse_postcode(postcode[1])):
                    fields["postcode"] = Field(value=value, confidence=round(min(below.confidence, PROSE_CONFIDENCE), 3), page=page.number, bbox=below.bbox)
                    return


# --- rent and dates --------------------------------------------------------------------------

_RENT_SENTENCES = (
    # "De huurprijs van de kamer bedraagt € 450,00 per maand"
    rf"\bhuur(?:prijs)?\s+(?:van|voor)\s+de\s+kamer\s+(?:bedraagt|is)\s*:?\s*(?P<amount>{AMOUNT_PATTERN})",
    # "... betaalt mij € 450,- per maand voor de kamer"
    rf"(?P<amount>{AMOUNT_PATTERN})\s+per\s+maand\s+(?:voor|van)\s+d[eèéë]\s+kamer\b",
)


def _room_rent(pages: Sequence[Page]) -> Field:
    """The rent of the room per month: a labelled row, else a sentence that says so."""
    hit = find_value(
        pages, [r"^[\W_]{0,2}(?:huurprijs|huur)\s*(?:van\s+de\s+)?kamer(?:\s+per\s+maand)?\b|^[\W_]{0,2}kamerhuur\b"], AMOUNT_PATTERN, below=0
    )
    if hit is not None and (value := _rent(hit.text)) is not None:
        return hit.field(value)
    for pattern in _RENT_SENTENCES:
        if found := common.first_group(pages, pattern, "amount", _rent):
            return found
    return Field()


def _rent(text: str) -> str | None:
    """A rent as printed; a negative one is a misread (a cell's rule before it), so unknown."""
    value = parse_amount(text)
    return None if value is None or value.startswith("-") else value


def _start_date(pages: Sequence[Page]) -> Field:
    hit = find_value(pages, [r"^[\W_]{0,2}(?:ingangsdatum|datum\s+ingang|aanvangsdatum|datum\s+aanvang)\b"], DATE_PATTERN, below=0)
    if hit is not None and (value := parse_date(hit.text)) is not None:
        return hit.field(value)
    for wording in _STARTS:
        if found := common.first_group(pages, rf"\b(?:{wording})\s+(?P<date>{DATE_PATTERN})", "date", parse_date):
            return found
    return Field()


_STARTS = (r"gaat\s+in[\s-]+op|begint\s+op|ingaande|met\s+ingang\s+van|vangt\s+aan\s+(?:op|per)|treedt\s+in\s+werking\s+op", r"ingegaan\s+op")
"""How a contract states when it starts, the surer first: a term it sets ("met ingang van 1
mei 2026", a deed's "De onderhuur vangt aan op 1 augustus 2026") before an event it tells of, which may be another lease's ("huurovereenkomst
236397 met Ymere, ingegaan op 23 mei 2022")."""


def _signed_date(pages: Sequence[Page]) -> Field:
    hit = find_value(pages, [r"^[\W_]{0,2}(?:datum\s+ondertekening|plaats\s+en\s+datum|datum\s+getekend)\b"], DATE_PATTERN, below=0)
    if hit is not None and (value := parse_date(hit.text)) is not None:
        return hit.field(value)
    pattern = rf"\b(?:onder|ge)?tekend\s+(?:te\s+{common.TOWN}[\s-]+)?op\s+(?P<date>{DATE_PATTERN})"  # "Velsen-Noord-op": OCR's hyphen
    # where it was signed told before the town: "Aldus getekend aan boord van de Vrouwe Johanna te Urk op 23-05-2026"
    where = rf"\b(?:aldus\s+)?(?:onder|ge)?tekend\s+(?:[^\W\d_][\w'’-]*\s+){{1,8}}?te\s+{common.TOWN}[\s,-]+op\s+(?P<date>{DATE_PATTERN})"
    # the signing formula with its verb lost to OCR: "Aldus opgemaakt en [getekend] te Velsen op 12-07-2026"
    formula = rf"\bopgemaakt\s+(?:\w+\s+){{0,3}}?te\s+{common.TOWN}[\s-]+op\s+(?P<date>{DATE_PATTERN})"
    # the closing formula of an agreement in plain words: "Zo afgesproken in Coevorden op 16 april 2026"
    agreed = rf"\b(?:aldus|zo)\s+(?:afgesproken|overeengekomen)\s+(?:in|te)\s+{common.TOWN}[\s,-]+op\s+(?P<date>{DATE_PATTERN})"
    # the verb misread, with a speck before "op": "Gelakend te Heen, op 3 juli 2026."
    misread = rf"\b[^\W\d_]{{0,8}}kend\s+te\s+{common.TOWN}[\s,-]+op\s+(?P<date>{DATE_PATTERN})"
    # an e-signature's stamp, the signer's name between: "Digitaal ondertekend door Fadumo
    # Warsame op 2026/08/08 om 09:40" (a signing platform's audit line, Adobe's "Digitaal ondertekend door")
    stamp = rf"\b(?:digitaal\s+|elektronisch\s+)?ondertekend\s+door\s+(?:[^\W\d_][\w'’.-]*\s+){{1,6}}?op\s+(?P<date>{DATE_PATTERN})"
    return next((found for wording in (pattern, where, formula, agreed, misread, stamp) if (found := common.first_group(pages, wording, "date", parse_date))), Field())


# --- clauses -----------------------------------------------------------------------------
# Each clause is a fact made of concepts (`extractors.concepts`), in any wording and
# order, negated only by a negation in its own clause.

_MAIN_LEASE_WORDINGS = ("huurovereenkomst van de hoofdhuurder", "huurovereenkomst tussen de hoofdhuurder", "hoofdhuurovereenkomst")
_DAMAGED_COPY = 80  # partial ratio to a wording of the main lease; the near misses ("opzegging door de hoofdhuurder") score under 70


def _end_with_main_lease(pages: Sequence[Page], body_read: bool) -> Field:
    """The end clause, stated or denied; absent only when no sentence that ends
    something names the main lease, in words read or damaged ("de huurovereenkomst van
    de haordhuarder ... stopt"): a clause said in words we do not know, or damaged by
    OCR, is no proof of its absence, and a wrong false fails the application."""
    if (form := answered(pages, lambda question: _end_statement(question) is True)) is not None:
        return form  # "Onderhuur eindigt bij einde hoofdhuur: [X] ja [ ] nee"
    if (said := stated(pages, _prose(_end_statement))) is not None:
        return said
    if _any_sentence(pages, _may_be_end_clause):
        return Field()
    return common.clause_field(pages, None, body_read)


def _end_statement(sentence: str) -> bool | None:
    """Whether `sentence` says that this agreement ends with the main lease: the main
    lease, this agreement and an ending all named, and the two tied (a second ending,
    or "ook", "tegelijk", "van rechtswege", "zodra", ...).

    >>> _end_statement("Wanneer de hoofdhuurovereenkomst om welke reden dan ook eindigt, eindigt ook deze overeenkomst.")
    True
    >>> _end_statement("De onderhuur komt van rechtswege te vervallen bij beëindiging van de huur van de hoofdhuurder.")
    True
    >>> _end_statement("Deze overeenkomst eindigt niet wanneer de hoofdhuurovereenkomst eindigt.")
    False
    >>> _end_statement("De onderhuurder veroorzaakt geen overlast en deze overeenkomst eindigt met de hoofdhuur.")
    True
    >>> _end_statement("Als de hoofdhuurovereenkomst niet wordt verlengd, eindigt ook deze overeenkomst.")
    True
    >>> _end_statement("De onderhuurovereenkomst duurt niet langer dan de hoofdhuurovereenkomst en eindigt van rechtswege met de hoofdhuur.")
    True
    >>> _end_statement("Deze overeenkomst eindigt door opzegging door de hoofdhuurder of de onderhuurder.") is None
    True
    >>> _end_statement("Deze overeenkomst loopt door, ook als de huurovereenkomst van de hoofdhuurder eindigt.")
    False
    >>> _end_statement("De onderhuur blijft van kracht wanneer de hoofdhuurovereenkomst wordt beëindigd.")
    False
    >>> _end_statement("Deze overeenkomst is voor onbepaalde tijd, ook als de hoofdhuurovereenkomst eindigt.") is None
    True
    """
    main = concepts.mentions(sentence, "main_lease")
    this = [m for m in concepts.mentions(sentence, "this_agreement") if not any(_overlap(m, n) for n in main)]
    ends = [m for m in concepts.mentions(sentence, "ends") if not any(_overlap(m, n) for n in main + this)]
    if not (main and this and ends):
        return None
    main_clauses = [span for span in concepts.clauses(sentence) if any(span[0] < m.end and m.start < span[1] for m in main)]
    in_main = lambda m: any(a < m.end and m.start < b for a, b in main_clauses)  # noqa: E731
    # This agreement outliving the main lease's end, in its own clause, denies the clause
    # ("Deze overeenkomst loopt door, ook als de hoofdhuur eindigt"); denied itself ("loopt
    # niet door") it says nothing we can safely turn round.
    def said_of_this(m: concepts.Mention) -> bool:  # in a clause of its own, or this agreement the nearest subject
        nearest = min(main + this, key=lambda n: max(n.start - m.end, m.start - n.end))
        return not in_main(m) or nearest in this

    if continues := [m for m in concepts.mentions(sentence, "continues") if said_of_this(m)]:
        return None if any(concepts.negated(sentence, m) for m in continues) else False
    own_ends = [m for m in ends if not in_main(m)]
    if not own_ends and not any(in_main(m) for m in this):
        return None  # only the main lease ends: this agreement's end is not said
    if len(ends) < 2 and not concepts.mentions(sentence, "ends_with"):
        return None
    # A negation denies the clause in a clause of this agreement or of its ending, never
    # in one of the main lease alone ("Als de hoofdhuur niet wordt verlengd, eindigt ook ...").
    return not any(concepts.negated(sentence, m) for m in this + own_ends)


def _prose(judge):
    """`judge` for prose only: a line with a yes/no answer is a form's question, read by `answered`."""
    return lambda sentence: judge(without_answer_lines(sentence))


def _overlap(a: concepts.Mention, b: concepts.Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _may_be_end_clause(sentence: str) -> bool:
    """A sentence that ends something and names the main lease, maybe in damaged words."""
    lower = re.sub(r"\s+", " ", sentence).lower()
    if not concepts.mentions(lower, "ends"):
        return False
    return bool(concepts.mentions(lower, "main_lease")) or any(
        fuzz.partial_ratio(wording, lower) >= _DAMAGED_COPY for wording in _MAIN_LEASE_WORDINGS
    )


def _general_conditions(pages: Sequence[Page], body_read: bool) -> Field:
    """The conditions clause, stated or denied; unknown rather than false when a
    sentence speaks of such conditions without saying that they bind ("Algemene
    Huurvoorwaarden: zie bijlage"), or of huurvoorwaarden misread ("de Alg
    Huurvoorwaarden", "De Algemene nekken van Woonopmaat zijn ... van toepassing")."""
    if (form := answered(pages, lambda question: _conditions_statement(question) is True)) is not None:
        return form  # "Algemene Huurvoorwaarden van toepassing: ja"
    if (said := stated(pages, _prose(_conditions_statement))) is not None:
        return said
    if _any_sentence(pages, _mentions_conditions):
        return Field()
    return common.clause_field(pages, None, body_read)


def _conditions_statement(sentence: str) -> bool | None:
    """Whether `sentence` binds the subtenant to the landlord's conditions: its
    algemene (huur)voorwaarden, or the house rules or terms of the main lease or the
    corporation, named with a word that binds (gebonden, houdt zich aan, accepteert,
    van toepassing, ...).

    >>> _conditions_statement("De onderhuurder verklaart bekend te zijn met de algemene huurvoorwaarden van Ymere en deze na te leven.")
    True
    >>> _conditions_statement("Op deze overeenkomst zijn geen algemene huurvoorwaarden van toepassing.")
    False
    >>> _conditions_statement("De onderhuurder houdt zich aan de huisregels die als bijlage bij deze overeenkomst zijn gevoegd.") is None
    True
    >>> _conditions_statement("Op deze overeenkomst zijn de algemene voorwaarden van Kamerhuis.nl van toepassing.") is None
    True
    >>> _conditions_statement("Op deze overeenkomst zijn de algemene huurvoorwaarden van Ymere van toepassing.")
    True
    """
    if concepts.mentions(sentence, "named_terms") and common.fuzzy_span(sentence.lower(), "huurvoorwaarden") is None:
        return None  # someone's "algemene voorwaarden": a website's or a shop's as well as the landlord's
    conditions = concepts.mentions(sentence, "general_conditions")
    bound = concepts.mentions(sentence, "bound")
    if conditions and not bound and _ALGEMENE.search(sentence):
        bound = concepts.mentions(sentence, "subtenant")  # "De onderhuurder houdt zich-aan de Algemene ...": the subtenant named will do
    if not (conditions and bound):
        return None
    return not any(concepts.negated(sentence, m) for m in conditions + bound)


_ALGEMENE = re.compile(r"algemene\s+(?:huur)?voorwaarden|huurvoorwaarden", re.IGNORECASE)


def _mentions_conditions(sentence: str) -> bool:
    """A sentence that may be the clause unread: it names the conditions without
    negation, or the rules of someone named, or huurvoorwaarden (fuzzily), or says
    something "Algemene" is "van toepassing"."""
    lower = re.sub(r"\s+", " ", sentence).lower()
    for concept in ("general_conditions", "owned_rules"):
        if any(not concepts.negated(sentence, m) for m in concepts.mentions(sentence, concept)):
            return True
    if common.fuzzy_span(lower, "huurvoorwaarden") is not None and not _NEGATION.search(lower):
        return True
    return bool(re.search(r"\balgemene\b", lower) and re.search(r"\bvan\s+toepassing\b|voorwaarden", lower)) and not _NEGATION.search(lower)


def _any_sentence(pages: Sequence[Page], test) -> bool:
    return any(test(text.text[start:end]) for text, start, end in common.sentences(pages))
