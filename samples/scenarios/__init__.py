"""The sample applications and what a careful analyst decides on each: one module per type.

Each scenario function builds one application from a seeded rng: the household, the
register row, the documents (with the facts that make a check pass or fail), and the
expected decision and check statuses. `applicable()` restates CONTRACT.md §5 and §6
independently of `validators`, so the samples check the implementation, not themselves.
New scenarios go at the end of `SCENARIOS`: each one's rng is seeded by its position.
"""

from samples.scenarios import huisbewaring, inwoning, mantelzorg_medehuur, medehuur, onderhuur
from samples.scenarios._build import Doc, RawFile, Scenario, applicable, expect

SCENARIOS = onderhuur.SCENARIOS + medehuur.SCENARIOS + mantelzorg_medehuur.SCENARIOS + inwoning.SCENARIOS + huisbewaring.SCENARIOS

__all__ = ["SCENARIOS", "Doc", "RawFile", "Scenario", "applicable", "expect"]
