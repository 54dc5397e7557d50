"""bench/review_load.py runs end to end: a few analysts for two seconds, no errors.

The figures themselves are measured by running the benchmark (README, Review
application), never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_the_load_test_runs_and_reports_latency_and_errors(template_db, review_inbox, tmp_path):
    figures = tmp_path / "load.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.review_load", "--db", f"sqlite:///{template_db}", "--inbox", str(review_inbox),
         "--analysts", "2", "--seconds", "2", "--think", "0.1", "--warm", "--json", str(figures)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "p95 ms" in done.stdout and "target p95 <= 300 ms" in done.stdout
    result = json.loads(figures.read_text())
    assert result["work"]["errors"] == 0 and result["work"]["requests"] > 0 and result["login"]["requests"] == 4
    assert result["queue"]["requests"] > 0 and result["work"]["p95_ms"] >= result["work"]["p50_ms"] > 0
