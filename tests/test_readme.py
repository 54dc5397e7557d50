"""The README stays true: its generated tables are the ones the code and policy files give."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from validators.docs import SECTIONS, section


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_readme_tables_are_the_codes(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert section(readme, name).strip() == SECTIONS[name]().strip(), "run: .venv/bin/python -m validators README.md"


def test_readme_names_the_two_commands_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in ci
