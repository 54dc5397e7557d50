"""bench.throughput: one real run at the smallest size (1 page per rendering) into a JSON file.

The figures' shape and sanity are checked, never their speed: timings depend on the machine.
"""

from __future__ import annotations

import json
import os

import pytest

from bench.throughput import main
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # real OCR: 3 scan and 3 photo readings and 3 `woondossier extract` calls, ~30 s on 2 cores


def test_small_run_writes_sane_figures(tmp_path, capsys):
    status = main(["--pages", "1", "--seed", "7", "--rounds", "2", "--json", str(tmp_path / "throughput.json")])
    results = json.loads((tmp_path / "throughput.json").read_text(encoding="utf-8"))
    table = capsys.readouterr().out

    assert status == 0
    assert "OCR batch on" in table and "within 1.20x" in table
    assert set(results) >= {"settings", "machine", "corpus", "reader", "baseline", "overhead", "memory", "text_layer_claim"}
    assert results["settings"] == {"pages": 1, "seed": 7, "workers": os.cpu_count(), "rounds": 2}
    assert results["machine"]["tesseract"].startswith("tesseract ")
    assert results["corpus"]["pages"] == {"digital": 1, "scan": 1, "photo": 1}

    for rendering, runs in results["reader"].items():
        for mode, run in runs.items():
            assert run["pages"] == 1, (rendering, mode)
            assert run["ocr_pages"] == (0 if rendering == "digital" else 1), (rendering, mode)
            assert run["wall_s"] > 0 and run["pages_per_s"] > 0 and run["cpu_s"] >= 0
            assert len(run["cores_busy_pct"]) == os.cpu_count()
            assert all(0 <= pct <= 100 for pct in run["cores_busy_pct"])
            assert run["proc_peak_mib"] > 0 and run["total_peak_mib"] >= run["proc_peak_mib"]
    for rendering in ("scan", "photo"):
        assert results["baseline"][rendering]["pages"] == 1
        assert results["overhead"][rendering]["wall"] > 0 and results["overhead"][rendering]["cpu"] > 0
        assert results["bare_parallel"][rendering]["pages"] == 1 and results["bare_parallel"][rendering]["workers"] == os.cpu_count()
        batch = results["batch"][rendering]
        assert batch["ideal_s"] > 0 and batch["ours_s"] > 0
        assert batch["ours_over_ideal"] == pytest.approx(batch["ours_s"] / batch["ideal_s"], abs=0.01)
        assert len(batch["rounds"]) == 2 and batch["ours_over_ideal"] == min(batch["rounds"])  # the lower middle of two
    assert results["memory"]["bare_tesseract_peak_mib"] > 0
    assert results["reader_children"]["files"] == 2 and results["reader_children"]["errors"] == 0
    assert 50 < results["memory"]["per_worker_mib"] < 2048  # a reader child seen: Python, libraries, engines

    assert results["text_layer_claim"] == {"digital_pages_read": 2, "ocr_pages": 0, "holds": True}

    per_call = results["one_file_per_call"]
    for rendering in ("digital", "scan", "photo"):
        for who in ("ours", "first_call", "bare"):  # ours: served by the resident reader a first call left
            calls = per_call[rendering][who]
            assert calls["calls"] == 1, (rendering, who)
            assert 0 < calls["min_wall_s"] <= calls["median_wall_s"] <= calls["total_wall_s"]
            assert calls["median_cpu_s"] > 0  # a process's own CPU, counted: a call that did nothing would show 0
    mixed = per_call["mixed"]
    assert mixed["files"] == 3 and mixed["ours_files_per_min"] > 0 and mixed["bare_files_per_min"] > 0
    assert mixed["ours_over_bare"] == pytest.approx(mixed["ours_files_per_min"] / mixed["bare_files_per_min"], abs=0.02)
    assert mixed["first_call_over_bare"] == pytest.approx(mixed["first_call_files_per_min"] / mixed["bare_files_per_min"], abs=0.02)
    assert "one file per call: woondossier extract FILE --json" in table and "of the bare tools' rate" in table
    assert "the claim holds" in table


def test_one_file_per_call_alone(tmp_path, capsys):
    """`--only-per-call`: step 5 alone, from this checkout as `--checkout` names it."""
    status = main(["--only-per-call", "--checkout", str(ROOT), "--pages", "1", "--seed", "7", "--json", str(tmp_path / "per-call.json")])
    results = json.loads((tmp_path / "per-call.json").read_text(encoding="utf-8"))
    assert status == 0
    assert set(results["one_file_per_call"]) >= {"digital", "scan", "photo", "mixed"}
    assert results["settings"]["checkout"] and "mixed corpus, 3 files one per call" in capsys.readouterr().out
