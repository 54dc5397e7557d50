"""The README stays true: its checks table is the one the code applies."""

from __future__ import annotations

from tests.conftest import ROOT
from validators import checks_table_markdown


def test_readme_checks_table_is_the_codes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- checks-table:start -->\n", "<!-- checks-table:end -->"
    table = readme[readme.index(start) + len(start) : readme.index(end)]
    assert table.strip() == checks_table_markdown().strip()


def test_readme_names_the_two_commands_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in ci
