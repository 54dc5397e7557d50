"""Do the documents speak of the people the application names? (`identity_consistent`)

Every seed starts from identity: de Alliantie wants "de naam- en adresgegevens van jou
en de persoon die bij je komt inwonen" (seed 000), Kennemer Wonen "de naam van de
persoon die bij u gaat wonen" (seed 001), seed 002 "naam, adres en woonplaats van de
onderhuurder". The check compares every name a document gives to a role (tenant,
subtenant, sitter, caregiver, care recipient, the income statement's taxpayer, the
employee of a work contract, the holders of a bank account) and the register's tenant
with `aanvraag.json`, and checks every BSN read with the elfproef. A name or BSN that
was not read makes the check `unknown` (`validators.evidence.NEEDS`), never a pass on
the names that were. BSNs appear in reasons only masked to their last three digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.values import is_valid_bsn, mask_bsn
from validators._people import locate, names_on, persons_on
from validators._trail import Trail
from validators.facts import Facts
from validators.names import NameMatch, match_name
from validators.policy import Policy
from woondossier.model import CheckResult, DocType, Document

TENANT, APPLICANT = "tenant_name", "applicant_name"

ROLE_FIELDS: dict[DocType, dict[str, str]] = {
    DocType.huurovereenkomst_onderhuur: {"tenant_name": TENANT, "subtenant_name": APPLICANT},
    DocType.huisbewaring_aanvraag: {"tenant_name": TENANT, "sitter_name": APPLICANT},
    DocType.mantelzorgverklaring: {"care_recipient_name": TENANT, "caregiver_name": APPLICANT},
}
"""Which document field names which person of the application."""

_ROLE_WORD = {TENANT: "huurder", APPLICANT: "aanvrager"}


@dataclass
class _Findings:
    failures: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    compared: int = 0
    bsns: int = 0


def identity_consistent(facts: Facts, policy: Policy) -> CheckResult:
    """Tenant and applicant names on the documents match `aanvraag.json`; every BSN passes the elfproef.

    CONTRACT.md §5 `identity_consistent`; the seeds (000 de Alliantie, 001 Kennemer
    Wonen, 002 onderhuur, 003 Woonopmaat) all ask for the names of tenant and
    applicant. Names are compared tolerant of case, accents, initials and order
    (`validators.names`); a name that may or may not be the same person is `unknown`.
    """
    trail = Trail(policy)
    found = _Findings()
    wanted = {role: trail.aanvraag(facts, role) for role in (TENANT, APPLICANT)}
    _compare_register(facts, trail, wanted, found)
    for document in facts.documents:
        for name_field, role in ROLE_FIELDS.get(document.doc_type, {}).items():
            _compare(trail.field(document, name_field), wanted[role], role, _label(document, name_field), found)
        if document.doc_type is DocType.inkomensverklaring:
            _check_income_statement(facts, trail, document, wanted, found)
        if document.doc_type is DocType.arbeidsovereenkomst:
            _compare_either(trail.field(document, "employee_name"), wanted, _label(document, "employee_name"), found)
        if document.doc_type is DocType.bankafschrift:
            _check_account_holders(names_on(trail, document, "account_holders"), wanted, _label(document, "account_holders"), found)
        if document.doc_type is DocType.brp_uittreksel:
            for person in persons_on(trail, document) or ():
                _check_bsn(person.bsn, _label(document, "persons"), found)
    if found.failures:
        return trail.failed("; ".join(found.failures))
    if found.doubts:
        return trail.unknown("; ".join(found.doubts) + "; een analist moet de identiteit vaststellen")
    if not found.compared:
        return trail.unknown("geen naam van huurder of aanvrager op de documenten of in het register gelezen om te vergelijken")
    return trail.passed(
        f"{found.compared} naam/namen op documenten en register komen overeen met de aanvraag; "
        f"{found.bsns} BSN('s) voldoen aan de elfproef"
    )


def _compare_register(facts: Facts, trail: Trail, wanted: dict[str, str | None], found: _Findings) -> None:
    if facts.register_row is not None and facts.register_row.tenant_name:
        _compare(trail.register(facts, "tenant_name"), wanted[TENANT], TENANT, "register (huurder)", found)


def _compare(read: str | None, expected: str | None, role: str, label: str, found: _Findings) -> None:
    if read is None:
        return  # an unread name is the business of the check that needs it
    if expected is None:
        found.doubts.append(f"de aanvraag noemt geen {_ROLE_WORD[role]}, dus '{read}' op {label} is niet te vergelijken")
        return
    verdict = match_name(expected, read)
    found.compared += 1
    if verdict is NameMatch.no_match:
        found.failures.append(f"'{read}' op {label} is niet de {_ROLE_WORD[role]} '{expected}' uit de aanvraag")
    elif verdict is NameMatch.ambiguous:
        found.doubts.append(f"'{read}' op {label} is mogelijk de {_ROLE_WORD[role]} '{expected}'")


def _compare_either(read: str | None, wanted: dict[str, str | None], label: str, found: _Findings) -> bool:
    """`read` must be the tenant or the applicant (a taxpayer, an employee); True when it is."""
    if read is None:
        return False  # unread: `validators.evidence` keeps the check from passing
    verdicts = {role: match_name(expected, read) for role, expected in wanted.items() if expected}
    found.compared += 1
    if NameMatch.match in verdicts.values():
        return True
    if NameMatch.ambiguous in verdicts.values() or not verdicts:
        found.doubts.append(f"'{read}' op {label} is mogelijk de huurder of de aanvrager")
    else:
        found.failures.append(f"'{read}' op {label} is huurder noch aanvrager uit de aanvraag")
    return False


def _check_account_holders(
    holders: tuple[str | None, ...] | None, wanted: dict[str, str | None], label: str, found: _Findings
) -> None:
    """A bank statement of the household: at least one holder is the tenant or the applicant.

    A joint account of the tenant with someone else is not an identity problem (that
    statement is simply no evidence of a joint household); an account of neither is.
    """
    names = [h for h in holders or () if h]
    if not names:
        return  # unread: `validators.evidence` keeps the check from passing
    verdicts = [match_name(expected, name) for name in names for expected in wanted.values() if expected]
    found.compared += 1
    if NameMatch.match in verdicts:
        return
    shown = ", ".join(f"'{n}'" for n in names)
    if NameMatch.ambiguous in verdicts or not verdicts:
        found.doubts.append(f"rekeninghouder(s) {shown} op {label} mogelijk huurder of aanvrager")
    else:
        found.failures.append(f"rekeninghouder(s) {shown} op {label} zijn huurder noch aanvrager uit de aanvraag")


def _check_income_statement(
    facts: Facts, trail: Trail, document: Document, wanted: dict[str, str | None], found: _Findings
) -> None:
    """The taxpayer is the tenant or the applicant, with the BSN the BRP gives that person."""
    label = _label(document, "name")
    bsn = trail.field(document, "bsn")
    _check_bsn(bsn, _label(document, "bsn"), found)
    name = trail.field(document, "name")
    if not _compare_either(name, wanted, label, found):
        return
    matched = [role for role, expected in wanted.items() if expected and match_name(expected, name) is NameMatch.match]
    brp = facts.latest(DocType.brp_uittreksel, "issue_date")
    if bsn is None or brp is None or not is_valid_bsn(bsn):
        return
    verdict, person = locate(wanted[matched[0]], persons_on(trail, brp.document) or ())
    if verdict is NameMatch.match and person is not None and person.bsn == bsn:
        trail.corroborated(document, "bsn")  # the BRP extract gives this person the very same BSN
    elif verdict is NameMatch.match and person is not None and person.bsn and person.bsn != bsn:
        found.failures.append(
            f"BSN {mask_bsn(bsn)} op {label} verschilt van BSN {person.masked_bsn} op het uittreksel "
            f"({brp.document.file}) voor dezelfde persoon"
        )


def _check_bsn(bsn: str | None, label: str, found: _Findings) -> None:
    if bsn is None:
        return
    if is_valid_bsn(str(bsn)) and len(str(bsn)) == 9:
        found.bsns += 1
    else:
        found.failures.append(f"BSN {mask_bsn(str(bsn))} op {label} voldoet niet aan de elfproef; controleer het document")


def _label(document: Document, field_name: str) -> str:
    return f"{document.file or document.doc_type} ({field_name})"
