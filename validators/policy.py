"""Policy profiles: the numbers of a corporation's rules, read from data files.

Rules are code, numbers are data (CONTRACT.md §6): every check takes its thresholds
from a `Policy`, never from a constant. One TOML file per profile lives in
`validators/policies/<name>.toml`, each citing the seed it follows, and is validated
when it is loaded, so a typo in a key or a negative number stops the run with a
`PolicyError` instead of quietly changing a decision.

>>> policy = load_policy("kennemer_wonen")
>>> policy.brp_max_age_months, policy.single_lodging, policy.max_persons(4), policy.max_persons(7)
(3, True, 5, 11)
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from woondossier.errors import PolicyError

_NAME = re.compile(r"[a-z][a-z0-9_]*")


class Policy(BaseModel):
    """One corporation's numbers, with the contract's parameter names verbatim.

    `house_sitting_min_tenancy_years` is None when the corporation sets no minimum.
    Three numbers the contract writes into check ids (`family_only_years`,
    `house_sitting_once_per_years`, `sitter_min_age`) and the occupancy step
    `max_occupancy_extra_per_room` are data too, as is the project setting
    `field_confidence_threshold`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    brp_max_age_months: int = Field(ge=1)
    cohabitation_years: int = Field(ge=0)
    max_rent_share: Decimal = Field(gt=0, le=1)
    max_occupancy: dict[int, int]
    max_occupancy_extra_per_room: int = Field(ge=0)
    single_lodging: bool
    renovation_blocks: bool
    first_two_years_family_only: bool
    family_only_years: int = Field(ge=0)
    house_sitting_min_absence_months: int = Field(ge=0)
    house_sitting_max_months: int = Field(ge=1)
    house_sitting_notice_weeks: int = Field(ge=0)
    house_sitting_min_tenancy_years: int | None = Field(default=None, ge=0)
    house_sitting_once_per_years: int = Field(ge=0)
    sitter_rules: bool
    sitter_min_age: int = Field(ge=0)
    field_confidence_threshold: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _occupancy_table_is_whole(self) -> Policy:
        # max_persons() extrapolates beyond the last row, so the table must start at
        # one room, have no gaps and never allow fewer persons in a bigger home.
        rooms = sorted(self.max_occupancy)
        if not rooms or rooms != list(range(1, len(rooms) + 1)):
            raise ValueError("max_occupancy must list rooms 1, 2, 3, ... without gaps")
        persons = [self.max_occupancy[r] for r in rooms]
        if any(p < 1 for p in persons) or persons != sorted(persons):
            raise ValueError("max_occupancy must allow at least 1 person, never fewer for more rooms")
        if self.house_sitting_min_absence_months >= self.house_sitting_max_months:
            raise ValueError("house_sitting_min_absence_months must be below house_sitting_max_months")
        return self

    def max_persons(self, rooms: int) -> int:
        """Most persons allowed in a home of `rooms` rooms: the table, then a step per room.

        >>> policy = load_policy("generic")
        >>> [policy.max_persons(r) for r in range(1, 8)]
        [1, 2, 3, 5, 7, 9, 11]
        """
        if rooms < 1:
            raise ValueError(f"a home has at least one room, not {rooms}")
        largest = max(self.max_occupancy)
        if rooms <= largest:
            return self.max_occupancy[rooms]
        return self.max_occupancy[largest] + (rooms - largest) * self.max_occupancy_extra_per_room


def _policy_folder():
    # Read through importlib.resources so the files are found in an installed wheel too.
    return resources.files("validators") / "policies"


def available_policies() -> tuple[str, ...]:
    """The names of the policy files shipped with the package, sorted.

    >>> available_policies()
    ('alliantie', 'generic', 'kennemer_wonen', 'woonopmaat')
    """
    folder = _policy_folder()
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")))


def load_policy(name: str) -> Policy:
    """The validated policy profile `name` (`alliantie`, `kennemer_wonen`, ...).

    >>> load_policy("woonopmaat").house_sitting_min_tenancy_years
    2
    >>> load_policy("de_alliantie")
    Traceback (most recent call last):
    ...
    woondossier.errors.PolicyError: unknown policy 'de_alliantie'; choose one of: alliantie, generic, kennemer_wonen, woonopmaat
    """
    known = available_policies()
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name not in known:
        raise PolicyError(f"unknown policy {name!r}; choose one of: {', '.join(known)}")
    resource = _policy_folder() / f"{name}.toml"
    return parse_policy(name, resource.read_text(encoding="utf-8"), file=f"{name}.toml")


def parse_policy(name: str, text: str, *, file: str | None = None) -> Policy:
    """A `Policy` from the TOML text of a policy file, or a `PolicyError` saying what is wrong."""
    where = file or f"{name}.toml"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy file {where} is not valid TOML: {exc}; fix the file", file=where) from exc
    if "name" in data:
        raise PolicyError(f"policy file {where} must not set 'name': it is the file name", file=where)
    try:
        return Policy(name=name, **data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'file'}: {err['msg']}" for err in exc.errors()
        )
        raise PolicyError(f"policy file {where} is invalid: {problems}; fix the file", file=where) from exc
