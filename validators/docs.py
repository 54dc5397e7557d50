"""Documentation generated from the registry and the policy files, for the README.

Generated, so the README cannot drift from the code: a test compares the README's
tables with these functions' output.
"""

from __future__ import annotations

from pathlib import Path

from validators.checks import CHECKS, CheckSpec
from validators.policy import Policy, available_policies, load_policy
from woondossier.model import ApplicationType


def checks_table_markdown() -> str:
    """A Markdown table: which check applies to which application type under which policy.

    A cell says "all" when the check applies under every policy, lists the policies
    otherwise, and is "–" when it never applies.

    >>> print(checks_table_markdown().splitlines()[2])
    | `documents_complete` | all | all | all | all | all |
    """
    policies = [load_policy(name) for name in available_policies()]
    types = list(ApplicationType)
    lines = [
        "| check | " + " | ".join(t.value for t in types) + " |",
        "|---|" + "---|" * len(types),
    ]
    for spec in CHECKS:
        cells = [_cell(spec, t, policies) for t in types]
        lines.append(f"| `{spec.check_id}` | " + " | ".join(cells) + " |")
    notes = [spec for spec in CHECKS if spec.register_city]
    for spec in notes:
        lines.append("")
        lines.append(f"`{spec.check_id}` applies only to homes the register places in {spec.register_city}.")
    return "\n".join(lines) + "\n"


def _cell(spec: CheckSpec, app_type: ApplicationType, policies: list[Policy]) -> str:
    names = [p.name for p in policies if spec.applies(app_type, p)]
    if not names:
        return "–"
    if len(names) == len(policies):
        return "all"
    return ", ".join(names)


def policy_table_markdown() -> str:
    """A Markdown table of every policy parameter per policy file (CONTRACT.md §6 and extensions).

    >>> print(policy_table_markdown().splitlines()[2])
    | `brp_max_age_months` | 3 | 3 | 3 | 3 |
    """
    policies = [load_policy(name) for name in available_policies()]
    lines = [
        "| parameter | " + " | ".join(p.name for p in policies) + " |",
        "|---|" + "---|" * len(policies),
    ]
    for parameter in Policy.model_fields:
        if parameter == "name":
            continue
        values = [_value(getattr(p, parameter)) for p in policies]
        lines.append(f"| `{parameter}` | " + " | ".join(values) + " |")
    return "\n".join(lines) + "\n"


def _value(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return " ".join(f"{k}:{v}" for k, v in sorted(value.items()))
    return str(value)


SECTIONS = {"checks-table": checks_table_markdown, "policy-table": policy_table_markdown}
"""README sections between `<!-- NAME:start -->` and `<!-- NAME:end -->`, and what writes them."""


def section(text: str, name: str) -> str:
    """The text between a section's markers.

    >>> section("a <!-- x:start -->\\nbody\\n<!-- x:end --> b", "x")
    'body\\n'
    """
    start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
    return text[text.index(start) + len(start) : text.index(end)]


def refresh(text: str) -> str:
    """`text` with every generated section written anew."""
    for name, make in SECTIONS.items():
        start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
        head, rest = text.split(start, 1)
        text = head + start + make() + end + rest.split(end, 1)[1]
    return text


def main(argv: list[str]) -> int:
    """`python -m validators README.md`: rewrite the README's generated tables in place."""
    path = Path(argv[0] if argv else "README.md")
    path.write_text(refresh(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0
