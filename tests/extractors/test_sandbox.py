"""extractors.sandbox: one file read alone loads only what its pages need, within the
same bounds as a batch's reader children (issue 18, item 6).

What a fresh process imports and loads is looked at in a subprocess: this test
process has every library imported already."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from extractors import sandbox
from extractors.sandbox import Bounds, extract_alone, extract_bounded
from tests.conftest import ROOT, SAMPLE_INBOX, run_cli
from tests.hostile.corpus import inflating_stream

DIGITAL = SAMPLE_INBOX / "OH-2026-001" / "brp-uittreksel.pdf"
SCANNED = SAMPLE_INBOX / "OH-2026-003" / "scan_brp.pdf"
TIGHT = Bounds(seconds=20, memory_mib=640)  # as tests/hostile: a valid page needs far less

PROBE = """
import json, sys
from pathlib import Path
from extractors import _tesseract
from extractors.documents import extract_file
result = extract_file(Path(sys.argv[1]))
print(json.dumps({
    "documents": [d.doc_type for d in result.documents],
    "ocr": [d.ocr for d in result.documents],
    "libraries": sorted(m for m in ("numpy", "PIL.Image", "pypdfium2") if m in sys.modules),
    "engines": {language: len(engines) for language, engines in _tesseract._idle.items()},
}))
"""


def _probe(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def test_a_text_layer_page_loads_no_tesseract_model_and_no_image_library():
    seen = _probe(DIGITAL)
    assert seen["documents"] == ["brp_uittreksel"] and seen["ocr"] == [False]
    assert seen["libraries"] == ["pypdfium2"]  # the text layer's reader (`_pdfium_text`), no image library
    assert seen["engines"] == {}


def test_a_scanned_page_loads_each_model_once():
    """Each model loads when the page is first read with it, once: the names' re-reading
    (`tur`) reuses the engine that told it the language is installed."""
    seen = _probe(SCANNED)
    assert seen["documents"] == ["brp_uittreksel"] and seen["ocr"] == [True]
    assert seen["libraries"] == ["PIL.Image", "numpy", "pypdfium2"]
    assert seen["engines"] == {"nld": 1, "tur": 1}


@pytest.mark.parametrize("path", [DIGITAL, SCANNED], ids=["born-digital", "scanned"])
def test_a_file_read_alone_reads_as_in_a_batch(path: Path):
    assert extract_alone(path, name=path.name) == extract_bounded(path, name=path.name)


def test_a_file_read_alone_is_stopped_at_its_bound(tmp_path):
    bomb = tmp_path / "bom-stroom.pdf"
    bomb.write_bytes(inflating_stream())
    result = extract_alone(bomb, bounds=TIGHT)
    assert not result.documents
    # refused by the prescan before any reading (issue 20), or stopped at the bound: never read
    error = result.errors[0].error
    assert "was stopped" in error or "decompression bomb" in error


def test_a_process_running_threads_reads_through_the_forkserver(monkeypatch):
    """`fork` would copy a lock another thread holds: such a process is served by the forkserver."""
    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return extract_bounded(*args, **kwargs)

    monkeypatch.setattr(sandbox, "extract_bounded", counted)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        result = extract_alone(DIGITAL)
    finally:
        release.set()
        other.join()
    assert len(calls) == 1 and [d.doc_type for d in result.documents] == ["brp_uittreksel"]
    assert extract_alone(DIGITAL) == result and len(calls) == 1  # alone again: forked from here


def test_a_reader_child_does_not_run_its_parents_main_module_again(tmp_path):
    """Under a Prefect worker the main module is `prefect.engine`: imported again in every
    reader child, it cost some 2 s a file (flows/fan_out.py's shards)."""
    mark = tmp_path / "imported-again"
    done = subprocess.run(
        [sys.executable, "-m", "tests.extractors.mp_main_probe", str(DIGITAL), str(mark)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "brp_uittreksel"
    assert not mark.exists()


def test_extract_of_one_hostile_file_reports_it_and_exits_0(tmp_path):
    bomb = tmp_path / "bom-stroom.pdf"
    bomb.write_bytes(inflating_stream())
    env = {"WOONDOSSIER_FILE_SECONDS": str(TIGHT.seconds), "WOONDOSSIER_FILE_MEMORY_MIB": str(TIGHT.memory_mib)}
    run = run_cli("extract", str(bomb), "--json", env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    printed = json.loads(run.stdout)
    error = printed["errors"][0]["error"]
    assert printed["documents"] == [] and ("was stopped" in error or "decompression bomb" in error)
