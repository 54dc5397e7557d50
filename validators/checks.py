"""The check registry: one row per check id of CONTRACT.md §5, in the contract's order.

Each row names the pure function (named exactly as the check id), the application
types it applies to, the policy parameter that switches it on (if any) and, for the
Amsterdam rule, the register city it is limited to. `applicable_checks` is a lookup
in this table, `run_checks` runs every applicable row and collects every result.

The order matters only to people: it is the order `result.json` and the analysts'
screens show the checks in, from "is the file complete" through identity and address
to the rules of each process, so a reader meets the cause of a problem (a missing or
stale BRP extract) before its consequences (the tenant "not at the address"). No check
depends on another's result; all of them always run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from validators.documents import documents_complete
from validators.evidence import require_read
from validators.facts import Facts
from validators.household import (
    FAMILY_ONLY_CITY,
    care_round_the_clock,
    first_two_years_family_only,
    joint_household_evidence,
    not_child,
    occupancy_within_limit,
)
from validators.house_sitting import (
    absence_max_duration,
    absence_min_duration,
    notice_period,
    once_per_five_years,
    reason_evidence,
    tenancy_min_years,
)
from validators.identity import identity_consistent
from validators.income import income_sufficient
from validators.names import normalise
from validators.policy import Policy
from validators.register import RegisterRow
from validators.register_checks import (
    no_existing_lodging,
    no_major_maintenance,
    no_nuisance_file,
    no_rent_arrears,
    no_renovation_urgency,
)
from validators.residence import brp_extract_recent, cohabitation_two_years, tenant_lives_at_address
from validators.sitter import compensation_within_rent, sitter_adult, sitter_no_minor_children, sitter_no_own_home
from validators.sublet import contract_conditions_clause, contract_end_clause, room_rent_within_cap
from woondossier.model import ApplicationType, CheckResult

Check = Callable[[Facts, Policy], CheckResult]

_T = ApplicationType
ALL = frozenset(ApplicationType)
ALL_BUT_HUISBEWARING = ALL - {_T.huisbewaring}
LODGING = frozenset({_T.inwoning, _T.onderhuur})


@dataclass(frozen=True)
class CheckSpec:
    function: Check
    types: frozenset[ApplicationType]
    policy_flag: str | None = None  # a `Policy` parameter that must be true (or set, for a number)
    register_city: str | None = None  # applies only to homes in this city (when the register says)

    @property
    def check_id(self) -> str:
        # The function's name is the check id: the two cannot drift apart.
        return self.function.__name__

    def applies(self, app_type: ApplicationType, policy: Policy, register_row: RegisterRow | None = None) -> bool:
        if app_type not in self.types:
            return False
        if self.policy_flag is not None and getattr(policy, self.policy_flag) in (None, False):
            return False
        if self.register_city is not None and register_row is not None and register_row.city is not None:
            return normalise(register_row.city) == normalise(self.register_city)
        return True


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec(documents_complete, ALL),
    CheckSpec(brp_extract_recent, ALL_BUT_HUISBEWARING),
    CheckSpec(identity_consistent, ALL),
    CheckSpec(tenant_lives_at_address, ALL_BUT_HUISBEWARING),
    CheckSpec(cohabitation_two_years, frozenset({_T.medehuur})),
    CheckSpec(not_child, frozenset({_T.medehuur})),
    CheckSpec(joint_household_evidence, frozenset({_T.medehuur})),
    CheckSpec(income_sufficient, frozenset({_T.medehuur})),
    CheckSpec(care_round_the_clock, frozenset({_T.mantelzorg_medehuur})),
    CheckSpec(occupancy_within_limit, LODGING),
    CheckSpec(no_rent_arrears, LODGING | {_T.huisbewaring}),
    CheckSpec(no_nuisance_file, LODGING | {_T.huisbewaring}),
    CheckSpec(no_existing_lodging, LODGING, policy_flag="single_lodging"),
    CheckSpec(no_renovation_urgency, LODGING, policy_flag="renovation_blocks"),
    # The Amsterdam rule: with no register row (or no city) it still applies, as `unknown`.
    CheckSpec(
        first_two_years_family_only, frozenset({_T.inwoning}),
        policy_flag="first_two_years_family_only", register_city=FAMILY_ONLY_CITY,
    ),  # fmt: skip
    CheckSpec(room_rent_within_cap, frozenset({_T.onderhuur})),
    CheckSpec(contract_end_clause, frozenset({_T.onderhuur})),
    CheckSpec(contract_conditions_clause, frozenset({_T.onderhuur})),
    CheckSpec(absence_min_duration, frozenset({_T.huisbewaring})),
    CheckSpec(absence_max_duration, frozenset({_T.huisbewaring})),
    CheckSpec(notice_period, frozenset({_T.huisbewaring})),
    CheckSpec(once_per_five_years, frozenset({_T.huisbewaring})),
    CheckSpec(tenancy_min_years, frozenset({_T.huisbewaring}), policy_flag="house_sitting_min_tenancy_years"),
    CheckSpec(sitter_adult, frozenset({_T.huisbewaring})),
    CheckSpec(sitter_no_minor_children, frozenset({_T.huisbewaring}), policy_flag="sitter_rules"),
    CheckSpec(sitter_no_own_home, frozenset({_T.huisbewaring}), policy_flag="sitter_rules"),
    CheckSpec(compensation_within_rent, frozenset({_T.huisbewaring})),
    CheckSpec(no_major_maintenance, frozenset({_T.huisbewaring}), policy_flag="sitter_rules"),
    CheckSpec(reason_evidence, frozenset({_T.huisbewaring})),
)

CHECK_IDS: tuple[str, ...] = tuple(spec.check_id for spec in CHECKS)


def applicable_checks(
    app_type: ApplicationType | str, policy: Policy, register_row: RegisterRow | None = None
) -> list[str]:
    """The check ids that apply to `app_type` under `policy`, in contract order.

    Without a register row this is the policy-level answer; with one, the Amsterdam
    rule drops out for homes the register places elsewhere.
    """
    kind = ApplicationType(app_type)
    return [spec.check_id for spec in CHECKS if spec.applies(kind, policy, register_row)]


def run_checks(facts: Facts, policy: Policy) -> dict[str, CheckResult]:
    """Every applicable check's result, by check id in contract order.

    Nothing is caught here: a check that raises is a bug and must surface in the tests,
    not turn into a quiet `unknown`. A pass is held to the evidence it rests on
    (`validators.evidence.require_read`): a field it needs that was not read, or read
    below the threshold, makes it `unknown`.
    """
    applicable = applicable_checks(facts.application.type, policy, facts.register_row)
    by_id = {spec.check_id: spec.function for spec in CHECKS}
    return {check_id: require_read(check_id, by_id[check_id](facts, policy), facts, policy) for check_id in applicable}
