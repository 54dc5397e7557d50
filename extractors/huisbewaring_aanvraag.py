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

from extractors._forms import checked_option, date_field, find_date, find_group, read_yes_no, section
from extractors._locate import find_value, has_text
from extractors._prose import take_name
from extractors.values import DATE_PATTERN, parse_amount
from woondossier.model import DocType, Field, Fields, Page

DOC_TYPE = DocType.huisbewaring_aanvraag

_TENANT = (r"Naam\s+(?:hoofd)?huurder", r"(?:Hoofd)?huurder\s*\(naam\)")
_SITTER = (r"Naam\s+(?:van\s+de\s+)?huisbewaarder", r"Huisbewaarder\s*\(naam\)")
_SITTER_BIRTH = (r"Geboortedatum\s+(?:van\s+de\s+)?huisbewaarder",)
_TENANT_SECTION = (r"Gegevens\s+(?:hoofd)?huurder", r"Gegevens\s+huisbewaarder|^[\W_]*\d\.\s")
_SITTER_SECTION = (r"Gegevens\s+huisbewaarder", r"^[\W_]*\d\.\s+[A-Z]")
_GENERIC_NAME = (r"^[\W_]*Naam\b",)
_START = (r"Ingangsdatum", r"Begindatum", r"Startdatum", r"Datum\s+vertrek")
_END = (r"Einddatum", r"Datum\s+terugkeer")
_PERIOD = (r"Periode\b",)
_SPECK = r"(?:[^\W\d]{1,2}\s+)?"  # a ruled cell's edge read as a letter or two before the value ("Periode Ee 8 maart 2027")
_REASON_LINE = (r"^[\W_]*Reden(?:\s+(?:van\s+afwezigheid|huisbewaring|aanvraag))?\b",)
_COMPENSATION = (r"Vergoeding\s+per\s+maand", r"Maandelijkse\s+vergoeding", r"^[\W_]*Vergoeding\b")
_SIGNED = (
    r"Datum\s+(?:van\s+)?ondertekening",
    r"Plaats\s+en\s+datum",
    r"Ondertekend\s+te\b.*?\bop\b",
    r"^[\W_]*Datum\b(?!\s*(?:ontvangst|van\s+ontvangst|binnenkomst))",
)
_OWN_HOME = r"eigen\s+woning|zelfstandige\s+woonruimte"
_MINOR_CHILDREN = r"minderjarige\s+(?:kind|[^\W\d_]{1,10}\s+huisbewaarder\b)"  # "Minderjarige en huisbewaarder": OCR's word for kinderen

_BOXES = (  # Woonopmaat's list of reasons (seed 003), as printed after a check box
    ("work_or_study", r"werk\s+of\s+studie"),
    ("care", r"(?:langdurige\s+)?verpleging|verzorging"),
    ("trial_cohabitation", r"proef\s*samenwonen"),
    ("travel", r"(?:een\s+)?lange\s+reis"),
    ("other", r"andere?\s+(?:zwaarwegende\s+)?reden|anders\b"),
)
_REASON_WORDS = (  # a reason in the tenant's words; more than one match is ambiguous
    ("trial_cohabitation", r"samenwon"),
    ("care", r"zorg|verpleg|opname|ziekenhuis|revalid"),
    ("work_or_study", r"werk|studie|studeren|baan|stage|detacher"),
    ("travel", r"reis|reizen"),
    ("other", r"\bander|overige?\b"),
)
_AMOUNT = r"(?:€|EUR)\s*\d{1,3}(?:[.\s]?\d{3})*(?:,(?:\d{2}|-{1,2}))?|\d{1,3}(?:\.?\d{3})*,(?:\d{2}|-{1,2})"
"""An amount with a euro sign or cents: a bare number after "Vergoeding" may be anything."""


def score(pages: Sequence[Page]) -> float | None:
    """High for a page titled as a huisbewaring application; moderate for a page that
    speaks of the huisbewaarder (a form's second page); None otherwise."""
    if not has_text(pages, r"huisbewar"):
        return None
    terms = sum(
        bool(has_text(pages, pattern))
        for pattern in (r"huisbewaarder", r"huurder", r"periode|ingangsdatum|einddatum", r"vergoeding", r"reden")
    )
    titled = any(
        re.search(r"(?:aanvraag\w*|verzoek\b.*)\s+(?:om\s+|voor\s+)?(?:toestemming\s+(?:voor\s+)?)?huisbewaring", line.text, re.I)
        or re.search(r"huisbewaring\W+aanvraag", line.text, re.I)
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
    start, end = _period(pages)
    return {
        "tenant_name": _name(pages, _TENANT, _TENANT_SECTION),
        "sitter_name": _name(pages, _SITTER, _SITTER_SECTION),
        "sitter_birth_date": _sitter_birth_date(pages),
        "start_date": start,
        "end_date": end,
        "reason": _reason(pages),
        "compensation": _compensation(pages),
        "sitter_has_own_home": read_yes_no(pages, _OWN_HOME),
        "sitter_has_minor_children": read_yes_no(pages, _MINOR_CHILDREN),
        "signed_date": date_field(find_date(pages, _SIGNED)),
    }


def _name(pages: Sequence[Page], labels: Sequence[str], scope: tuple[str, str]) -> Field:
    """A person's name after its own label, else after "Naam" in that person's section.
    The value starts at its first letter: OCR puts specks ("„", "…") between label and name."""
    hit = find_value(pages, labels, r"[^\W\d_].*", below=1)
    if hit is None:
        hit = find_value(section(pages, *scope), _GENERIC_NAME, r"[^\W\d_].*", below=0)
    if hit is None:
        return Field()
    return hit.field(take_name(hit.text.strip(" |[]")))


def _sitter_birth_date(pages: Sequence[Page]) -> Field:
    hit = find_date(pages, _SITTER_BIRTH)
    if hit is None:
        hit = find_date(section(pages, *_SITTER_SECTION), (r"Geboortedatum", r"geboren\s+op"))
    return date_field(hit)


def _period(pages: Sequence[Page]) -> tuple[Field, Field]:
    """Start and end from their own labels, else from "Periode: van A tot en met B"."""
    start, end = date_field(find_date(pages, _START)), date_field(find_date(pages, _END))
    if start.value is not None and end.value is not None:
        return start, end
    both = find_group(
        pages,
        # the word between the dates is often misread ("t/m" as "Um"): two dates after the label are the period
        rf"Periode\W*{_SPECK}(?:van\s+)?(?P<a>{DATE_PATTERN})\s*(?:tot\s+en\s+met|[^\s\d]{{1,4}})\s*(?P<v>{DATE_PATTERN})",
    )
    first = find_group(pages, rf"Periode\W*{_SPECK}(?:van\s+)?(?P<v>{DATE_PATTERN})")
    if start.value is None and first is not None:
        start = date_field(first)
    if end.value is None and both is not None:
        end = date_field(both)
    return start, end


def _reason(pages: Sequence[Page]) -> Field:
    """The ticked reason, else the reason written on a "Reden" line."""
    boxed = checked_option(pages, _BOXES)
    if boxed is not None:
        return boxed
    hit = find_value(pages, _REASON_LINE, r"[^\s:|].*", below=1)
    if hit is None:
        return Field()
    matches = {reason for reason, pattern in _REASON_WORDS if re.search(pattern, hit.text, re.I)}
    return hit.field(matches.pop() if len(matches) == 1 else None)


def _compensation(pages: Sequence[Page]) -> Field:
    """The monthly compensation; "€ 0,-" is 0.00, an amount without € or cents is not read."""
    hit = find_value(pages, _COMPENSATION, _AMOUNT, below=1)
    if hit is None:
        return Field()
    return hit.field(parse_amount(hit.text))

