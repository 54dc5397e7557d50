"""Validators: the checks of CONTRACT.md §5 as pure functions of (`Facts`, `Policy`).

The public surface, in the order a caller uses it:

    load_policy(name) -> Policy                  the corporation's numbers (validators/policies/*.toml)
    load_register(path) -> Register              register.csv, validated; Register.get(tenancy_id)
    load_application(path) -> Application        aanvraag.json, validated
    gather_facts(application, documents, register) -> Facts
    run_checks(facts, policy) -> dict[str, CheckResult]     every applicable check, in contract order
    decide(checks) -> Decision                   CONTRACT.md §4

    CHECKS, applicable_checks(type, policy)      the registry: check id -> function -> types -> policy flag
    match_name(expected, found) -> NameMatch     tolerant name matching used by the checks
    checks_table_markdown()                      the README's table of checks per type and policy

Nothing here reads files except the three loaders, and nothing imports Prefect or OCR.
"""

from validators.application import Application, Corporation, Relationship, load_application, parse_application
from validators.checks import CHECK_IDS, CHECKS, CheckSpec, applicable_checks, run_checks
from validators.decision import decide
from validators.docs import checks_table_markdown, policy_table_markdown
from validators.facts import Facts, Picked, RegisterStatus, gather_facts
from validators.names import NameMatch, find_person, match_name
from validators.policy import Policy, available_policies, load_policy
from validators.register import COLUMNS, Register, RegisterRow, load_register

__all__ = [
    "CHECKS", "CHECK_IDS", "COLUMNS", "Application", "CheckSpec", "Corporation", "Facts",
    "NameMatch", "Picked", "Policy", "Register", "RegisterRow", "RegisterStatus", "Relationship",
    "applicable_checks", "available_policies", "checks_table_markdown", "decide", "find_person",
    "gather_facts", "load_application", "load_policy", "load_register", "match_name",
    "parse_application", "policy_table_markdown", "run_checks",
]  # fmt: skip
