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
from extractors._locate import find_value
from extractors._prose import NOT_NAME_WORDS
from extractors.values import AMOUNT_PATTERN, DATE_PATTERN, POSTCODE_PATTERN, parse_amount, parse_date, parse_house_number, parse_postcode, repair_initials
from woondossier.model import DocType, Field, Fields, Page

DOC_TYPE = DocType.huurovereenkomst_onderhuur

_NAME = common.NAME
_LINE_NAME = _NAME.replace(r"\s+", r"[ \t]+")  # a name that does not run on to the next line
_NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)


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
    body_read = sum(field.value is not None for field in body.values()) >= _BODY_READ
    return {
        "tenant_name": body["tenant_name"],
        "subtenant_name": body["subtenant_name"],
        **_dwelling(pages),
        "room_rent": body["room_rent"],
        "start_date": body["start_date"],
        "end_with_main_lease": _end_with_main_lease(pages, body_read),
        "general_conditions": _general_conditions(pages, body_read),
        "signed_date": _signed_date(pages),
    }


# --- parties -------------------------------------------------------------------------------

_ROLE_LABELS = {
    "hoofdhuurder": r"(?:naam\s+)?hoofdhuurder(?:\s*\(verhuurder\))?|verhuurder(?:\s*\(hoofdhuurder\))?",
    "onderhuurder": r"(?:naam\s+)?onderhuurder(?:\s*\(huurder\))?",
}
_FIRST_PERSON = {  # the home-made contract: "Ik, Jan de Vries, huur de woning ... aan Fatima El Amrani."
    "hoofdhuurder": rf"\bIk,\s+(?P<name>{_NAME}),\s+(?:huur|ben)\b",
    "onderhuurder": rf"\bverhuur\s+(?:een|de)\s+\w{{1,8}}\b[^.]*?\baan\s+(?P<name>{_NAME})\s*[.,]",  # "kamer", or what OCR made of it
}


def _party(pages: Sequence[Page], role: str) -> Field:
    """The party in `role`, from a label row, a "hierna te noemen" clause, or the first person."""
    # between label and name a form's leader, which OCR reads as rules, dashes and underscores ("Onderhuurder- ____ | ")
    label = rf"(?m)^[\W_]{{0,2}}(?:{_ROLE_LABELS[role]})(?:[ \t]*[-—–_:|¦.…]+)*[ \t]+(?P<name>{_LINE_NAME})[ \t]*$"
    named = rf"(?P<name>{_NAME}),[^;]*?hierna\W+(?:te\W+noemen|genoemd)\s*:?\s*(?:de\s+)?[\"'“]?{role}\b"  # "te\n„noemen": a speck
    for pattern in (label, named, _FIRST_PERSON[role]):
        if found := common.first_group(pages, pattern, "name", _clean_name):
            return found
    return Field()


def _clean_name(text: str) -> str | None:
    name = repair_initials(common.tidy(text))
    if re.search(r"\d", name) or not re.search(r"[^\W\d_]{2,}", name):
        return None
    if name.lower() in {"de hoofdhuurder", "de onderhuurder", "hoofdhuurder", "onderhuurder"}:
        return None
    if name.split()[0].lower() in NOT_NAME_WORDS:
        return None  # "Een Meijer": OCR made a word of the numbering and initials ("1. J.H."), no name starts so
    return name


# --- the dwelling ------------------------------------------------------------------------

_DWELLING_SENTENCES = (
    # "een kamer ... in de woning aan de Kerkstraat 12, 2011 AB Haarlem"
    rf"\bwoning\s+(?:aan\s+)?(?:de\s+)?{common.ADDRESS}",
    # "huur de woning Kerkstraat 12 in Haarlem (postcode 2011 AB)"
    rf"\bwoning\s+(?:aan\s+(?:de\s+)?)?(?P<street>{common.STREET})\s(?P<house_number>{common.HOUSE_NUMBER})\s+"
    rf"(?:in|te)\s+{common.TOWN}\s*\(\s*postcode\s*:?\s*(?P<postcode>{POSTCODE_PATTERN})\s*\)",
    # the hoofdhuurder's own address: "1. Jan de Vries, wonende aan de ..., hierna te noemen: de hoofdhuurder"
    rf"\bwonende\s+(?:aan\s+|te\s+)?(?:de\s+)?{common.ADDRESS}[^;]*?hierna\s+(?:te\s+noemen|genoemd)\s*:?\s*(?:de\s+)?hoofdhuurder\b",
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
    return fields


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
    pattern = rf"\b(?:gaat\s+in[\s-]+op|begint\s+op|ingaande|met\s+ingang\s+van|ingegaan\s+op)\s+(?P<date>{DATE_PATTERN})"
    return common.first_group(pages, pattern, "date", parse_date) or Field()


def _signed_date(pages: Sequence[Page]) -> Field:
    hit = find_value(pages, [r"^[\W_]{0,2}(?:datum\s+ondertekening|plaats\s+en\s+datum|datum\s+getekend)\b"], DATE_PATTERN, below=0)
    if hit is not None and (value := parse_date(hit.text)) is not None:
        return hit.field(value)
    pattern = rf"\b(?:onder|ge)?tekend\s+(?:te\s+{common.TOWN}[\s-]+)?op\s+(?P<date>{DATE_PATTERN})"  # "Velsen-Noord-op": OCR's hyphen
    # the signing formula with its verb lost to OCR: "Aldus opgemaakt en [getekend] te Velsen op 12-07-2026"
    formula = rf"\bopgemaakt\s+(?:\w+\s+){{0,3}}?te\s+{common.TOWN}[\s-]+op\s+(?P<date>{DATE_PATTERN})"
    # the verb misread, with a speck before "op": "Gelakend te Heen, op 3 juli 2026."
    misread = rf"\b[^\W\d_]{{0,8}}kend\s+te\s+{common.TOWN}[\s,-]+op\s+(?P<date>{DATE_PATTERN})"
    return next((found for wording in (pattern, formula, misread) if (found := common.first_group(pages, wording, "date", parse_date))), Field())


# --- clauses -----------------------------------------------------------------------------

_END = re.compile(r"\b(?:eindig\w*|stop\w*|beëindig\w*|afloop\w*|loopt\s+af|ophoud\w*|vervalt|van\s+rechtswege)\b")
_MAIN_LEASE_WORDINGS = ("huurovereenkomst van de hoofdhuurder", "huurovereenkomst tussen de hoofdhuurder", "hoofdhuurovereenkomst")
_DAMAGED_COPY = 80  # partial ratio to a wording of the main lease; the near misses ("opzegging door de hoofdhuurder") score under 70


def _end_with_main_lease(pages: Sequence[Page], body_read: bool) -> Field:
    """The end clause; unknown rather than false when a sentence that ends something
    names the main lease in words OCR damaged ("de huurovereenkomst van de haordhuarder
    ... stopt"): a damaged copy of the clause is no proof of its absence."""
    found = _clause(pages, _is_end_clause)
    if found is None and _clause(pages, _may_be_end_clause) is not None:
        return Field()
    return common.clause_field(pages, found, body_read)


def _may_be_end_clause(sentence: str) -> bool:
    return bool(_END.search(sentence)) and any(
        fuzz.partial_ratio(wording, sentence) >= _DAMAGED_COPY for wording in _MAIN_LEASE_WORDINGS
    )


def _is_end_clause(sentence: str) -> bool:
    """The sublet ends when the main lease ends ("eindigt ... zodra de hoofdhuurovereenkomst eindigt").

    The main lease may be named as the hoofdhuurder's "huurovereenkomst" whose end OCR
    broke off ("de huurovereenl t van de hoofdhuurder ... stopt"): any word starting
    with huur, at most one stray word after it. Not "onderhuurder", and not "opzegging
    door de hoofdhuurder", the near miss: the hoofdhuurder ending it is another clause."""
    main_lease = re.search(
        r"hoofdhuur(?:overeenkomst|contract)|\bhuur\w*(?:\s+\S+)?\s+(?:tussen|van)\s+de\s+hoofdhuurder", sentence
    ) or common.fuzzy_span(sentence, "hoofdhuurovereenkomst")
    return bool(main_lease and _END.search(sentence))


def _general_conditions(pages: Sequence[Page], body_read: bool) -> Field:
    """The conditions clause; unknown rather than false when a sentence speaks of
    huurvoorwaarden without a negation but OCR lost part of it ("de Alg Huurvoorwaarden")."""
    found = _clause(pages, _is_conditions_clause)
    if found is None and _clause(pages, _mentions_conditions) is not None:
        return Field()
    return common.clause_field(pages, found, body_read)


def _mentions_conditions(sentence: str) -> bool:
    """A sentence that may be the clause misread: it names huurvoorwaarden, or says
    something "Algemene" is "van toepassing" ("De Algemene nekken van Woonopmaat zijn
    ... van toepassing": OCR's word for Huurvoorwaarden)."""
    if common.fuzzy_span(sentence, "huurvoorwaarden") is not None:
        return True
    return bool(re.search(r"\balgemene\b", sentence) and re.search(r"\bvan\s+toepassing\b|voorwaarden", sentence))


def _is_conditions_clause(sentence: str) -> bool:
    """The subtenant is bound by the landlord's Algemene Huurvoorwaarden."""
    return common.fuzzy_span(sentence, "algemene huurvoorwaarden") is not None


def _clause(pages: Sequence[Page], is_clause) -> common.Hit | None:
    """The first sentence that states the clause without a negation in it."""
    for text, start, end in common.sentences(pages):
        sentence = re.sub(r"\s+", " ", text.text[start:end]).lower()
        if is_clause(sentence) and not _NEGATION.search(sentence):
            return text.hit(start, end)
    return None
