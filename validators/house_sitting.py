"""Huisbewaring: the period of absence, the notice, the tenancy and the reason for it.

All read the most recently signed `huisbewaring_aanvraag` (the form) and the register.
Seeds: de Alliantie ("je gaat meer dan 3 maanden weg", "één keer in de vijf jaar",
"minimaal vier weken voordat je weggaat", seed 000_2bb6c2bd0d3b8b63.txt) and
Woonopmaat ("langer dan twee maanden", "maximaal twaalf maanden", "minimaal vier weken
voor vertrek", "Je woont minimaal 2 jaar in de woning", "eens in de vijf jaar", the
evidence of "de arbeids- of studieovereenkomst, waaruit de duur van de overeenkomst
blijkt", seed 003_b77321c1aa24e072.txt). The sitter's own conditions are in
`validators.sitter`.
"""

from __future__ import annotations

from datetime import date

from validators._trail import Trail, plural
from validators.dates import add_months, add_weeks, add_years, parse_iso
from validators.documents import WORK_OR_STUDY
from validators.facts import Facts, Picked
from validators.names import NameMatch, match_name
from validators.policy import Policy
from woondossier.model import CheckResult, DocType

NO_FORM = "geen aanvraagformulier huisbewaring in de aanvraag; vraag het ingevulde formulier op"


def form_of(facts: Facts) -> Picked | None:
    """The house-sitting form the checks judge: the most recently signed one."""
    return facts.latest(DocType.huisbewaring_aanvraag, "signed_date")


def _period(trail: Trail, form: Picked) -> tuple[date | None, date | None]:
    return parse_iso(trail.field(form.document, "start_date")), parse_iso(trail.field(form.document, "end_date"))


def _form_period(trail: Trail, facts: Facts) -> tuple[Picked, date, date] | CheckResult:
    """The form and its period, or the `unknown` result saying which is missing."""
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    start, end = _period(trail, form)
    if start is None or end is None:
        return trail.unknown(f"begin- of einddatum op het formulier{form.note} is onleesbaar")
    return form, start, end


def absence_min_duration(facts: Facts, policy: Policy) -> CheckResult:
    """`end_date` − `start_date` > `house_sitting_min_absence_months`; exactly that long fails.

    De Alliantie: "je gaat meer dan 3 maanden weg" (seed 000_2bb6c2bd0d3b8b63.txt);
    Woonopmaat: "Ga je voor een periode langer dan twee maanden weg" (seed
    003_b77321c1aa24e072.txt).
    """
    trail = Trail(policy)
    read = _form_period(trail, facts)
    if isinstance(read, CheckResult):
        return read
    form, start, end = read
    months = policy.house_sitting_min_absence_months
    threshold = add_months(start, months)
    period = f"afwezigheid van {start} tot {end}{form.note}"
    if end > threshold:
        return trail.passed(f"{period} duurt langer dan {plural(months, 'maand', 'maanden')} (na {threshold})")
    return trail.failed(f"{period} duurt niet langer dan {plural(months, 'maand', 'maanden')} (tot en met {threshold}); huisbewaring is dan niet nodig of niet toegestaan")


def absence_max_duration(facts: Facts, policy: Policy) -> CheckResult:
    """`end_date` ≤ `start_date` + `house_sitting_max_months`; exactly that long passes.

    Woonopmaat: "De overeenkomst mag worden aangegaan voor maximaal twaalf maanden.
    Verlenging is niet mogelijk." (seed 003_b77321c1aa24e072.txt).
    """
    trail = Trail(policy)
    read = _form_period(trail, facts)
    if isinstance(read, CheckResult):
        return read
    form, start, end = read
    months = policy.house_sitting_max_months
    limit = add_months(start, months)
    period = f"huisbewaring van {start} tot {end}{form.note}"
    if end < start:
        return trail.failed(f"{period}: de einddatum ligt voor de begindatum; laat het formulier corrigeren")
    if end <= limit:
        return trail.passed(f"{period} duurt maximaal {plural(months, 'maand', 'maanden')} (uiterlijk {limit})")
    return trail.failed(f"{period} duurt langer dan {plural(months, 'maand', 'maanden')} (uiterlijk {limit}); verlenging is niet mogelijk")


def notice_period(facts: Facts, policy: Policy) -> CheckResult:
    """`start_date` ≥ `submitted_on` + `house_sitting_notice_weeks` weeks; exactly that many weeks passes.

    Woonopmaat: "Deze aanvraag lever je minimaal vier weken voor vertrek in." (seed
    003_b77321c1aa24e072.txt); de Alliantie: "Vraag het daarom minimaal vier weken
    voordat je weggaat aan." (seed 000).
    """
    trail = Trail(policy)
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    submitted = trail.aanvraag(facts, "submitted_on")
    start = parse_iso(trail.field(form.document, "start_date"))
    if start is None:
        return trail.unknown(f"begindatum op het formulier{form.note} is onleesbaar")
    weeks = policy.house_sitting_notice_weeks
    earliest = add_weeks(submitted, weeks)
    days = (start - submitted).days
    when = f"{plural(days, 'dag', 'dagen')} na" if days >= 0 else f"{plural(-days, 'dag', 'dagen')} vóór"
    text = f"huisbewaring begint op {start}{form.note}, {when} de aanvraag ({submitted})"
    if start >= earliest:
        return trail.passed(f"{text}; minstens {weeks} weken (vanaf {earliest})")
    return trail.failed(f"{text}; minder dan {weeks} weken (vroegst {earliest}); de aanvraag is te laat ingediend")


def once_per_five_years(facts: Facts, policy: Policy) -> CheckResult:
    """Register `last_house_sitting_end` is empty or ≥ `house_sitting_once_per_years` years before `submitted_on`.

    De Alliantie: "Je mag één keer in de vijf jaar huisbewaring aanvragen." (seed
    000_2bb6c2bd0d3b8b63.txt); Woonopmaat: "Je mag je woning eens in de vijf jaar in
    huisbewaring geven" (seed 003). An empty cell means no earlier house-sitting.
    """
    trail = Trail(policy)
    if facts.register_row is None:
        trail.register(facts, "last_house_sitting_end")
        return trail.unknown(facts.register_note)
    last_end = trail.register(facts, "last_house_sitting_end")
    if last_end is None:
        return trail.passed("het register kent geen eerdere huisbewaring")
    submitted = trail.aanvraag(facts, "submitted_on")
    years = policy.house_sitting_once_per_years
    latest_allowed = add_years(submitted, -years)
    if last_end <= latest_allowed:
        return trail.passed(f"vorige huisbewaring eindigde op {last_end}, minstens {years} jaar voor de aanvraag ({submitted})")
    return trail.failed(
        f"vorige huisbewaring eindigde op {last_end}, minder dan {years} jaar voor de aanvraag ({submitted}; "
        f"grens {latest_allowed}); huisbewaring mag eens in de {years} jaar"
    )


def tenancy_min_years(facts: Facts, policy: Policy) -> CheckResult:
    """`lease_start` ≤ `submitted_on` − `house_sitting_min_tenancy_years` years (only when the policy sets it).

    Woonopmaat: "Je woont minimaal 2 jaar in de woning" (seed 003_b77321c1aa24e072.txt).
    """
    trail = Trail(policy)
    years = policy.house_sitting_min_tenancy_years
    if years is None:
        return trail.unknown(f"beleid {policy.name} stelt geen minimale huurduur; deze controle hoort niet te draaien")
    if facts.register_row is None:
        trail.register(facts, "lease_start")
        return trail.unknown(facts.register_note)
    lease_start = trail.register(facts, "lease_start")
    submitted = trail.aanvraag(facts, "submitted_on")
    if lease_start is None:
        return trail.unknown("ingangsdatum van het huurcontract ontbreekt in het register")
    latest_allowed = add_years(submitted, -years)
    if lease_start <= latest_allowed:
        return trail.passed(f"huurcontract loopt sinds {lease_start}, minstens {years} jaar voor de aanvraag ({submitted})")
    return trail.failed(
        f"huurcontract loopt pas sinds {lease_start}, korter dan {years} jaar voor de aanvraag ({submitted}; "
        f"grens {latest_allowed})"
    )


def reason_evidence(facts: Facts, policy: Policy) -> CheckResult:
    """For `work_or_study`: an `arbeidsovereenkomst` names the tenant and covers the period.

    Woonopmaat: "De hoofdhuurder moet de noodzaak van de huisbewaring aantonen door een
    kopie te overleggen van de reispapieren, de arbeids- of studieovereenkomst, waaruit
    de duur van de overeenkomst blijkt" (seed 003_b77321c1aa24e072.txt). Other reasons
    (care, trial cohabitation, travel, other) are `unknown`: an analyst judges the
    evidence. A contract without a readable end date may be for an indefinite term, so
    it is `unknown` too.
    """
    trail = Trail(policy)
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    reason = trail.field(form.document, "reason")
    if reason is None:
        return trail.unknown(f"de reden op het formulier{form.note} is onleesbaar")
    if reason != WORK_OR_STUDY:
        return trail.unknown(f"reden '{reason}': een analist beoordeelt het bewijs (reispapieren, medische verklaring of anders)")
    tenant = trail.aanvraag(facts, "tenant_name")
    start, end = _period(trail, form)
    contracts = facts.documents_of(DocType.arbeidsovereenkomst)
    if not contracts:
        return trail.unknown("reden werk of studie, maar geen arbeids- of studieovereenkomst in de aanvraag")
    if start is None or end is None:
        return trail.unknown(f"begin- of einddatum op het formulier{form.note} is onleesbaar")
    problems, doubts = [], []
    for contract in contracts:
        verdict = match_name(tenant, trail.field(contract, "employee_name"))
        employed_from = parse_iso(trail.field(contract, "start_date"))
        employed_to = parse_iso(trail.field(contract, "end_date"))
        where = contract.file
        if verdict is NameMatch.no_match:
            problems.append(f"{where} is niet op naam van huurder {tenant}")
        elif employed_from is not None and employed_from > start:
            problems.append(f"{where} begint pas op {employed_from}, na het begin van de huisbewaring ({start})")
        elif employed_to is not None and employed_to < end:
            problems.append(f"{where} eindigt op {employed_to}, voor het einde van de huisbewaring ({end})")
        elif verdict is NameMatch.ambiguous or employed_from is None or employed_to is None:
            doubts.append(f"{where}: naam of looptijd niet zeker te lezen (mogelijk onbepaalde tijd)")
        else:
            return trail.passed(
                f"{where} op naam van huurder {tenant} loopt van {employed_from} tot {employed_to} en dekt de "
                f"huisbewaring van {start} tot {end}"
            )
    if doubts:
        return trail.unknown("; ".join(problems + doubts) + "; een analist moet de overeenkomst beoordelen")
    return trail.failed("; ".join(problems) + "; de reden werk of studie is niet aangetoond voor de hele periode")
