"""WOONDOSSIER_OCR_SLOTS and the default from the CPUs this process may use (issue 19)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE_INBOX, run_cli
from woondossier.resources import OCR_SLOTS, SlotsError, ocr_slots, usable_cpus


def _in_child(code: str, env: dict[str, str], pin: str | None = None) -> str:
    command = [sys.executable, "-c", code]
    if pin is not None:
        command = ["taskset", "-c", pin, *command]
    environ = {k: v for k, v in os.environ.items() if k != OCR_SLOTS}
    done = subprocess.run(command, env={**environ, **env}, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_the_variable_sets_the_slots(monkeypatch):
    monkeypatch.setenv(OCR_SLOTS, "3")
    assert ocr_slots() == 3


def test_without_the_variable_the_slots_are_the_usable_cpus(monkeypatch):
    monkeypatch.delenv(OCR_SLOTS, raising=False)
    assert ocr_slots() == usable_cpus() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_a_value_that_is_no_positive_whole_number_is_refused(monkeypatch, value):
    monkeypatch.setenv(OCR_SLOTS, value)
    with pytest.raises(SlotsError, match=OCR_SLOTS):
        ocr_slots()


@pytest.mark.skipif(shutil.which("taskset") is None, reason="taskset (util-linux) is not installed")
def test_a_process_pinned_to_one_core_takes_one_slot_whatever_the_machine_has():
    code = "from woondossier.resources import ocr_slots; import os; print(ocr_slots(), os.cpu_count())"
    slots, cpus = _in_child(code, {}, pin="0").split()
    assert slots == "1"
    assert int(cpus) == os.cpu_count()  # os.cpu_count() would have said the whole machine


def test_the_tesseract_semaphores_are_sized_by_the_variable():
    code = (
        "from extractors import _engine, sandbox; context, slots = sandbox._setup();"
        "print(_engine._slots()._value, slots.get_value())"
    )
    assert _in_child(code, {OCR_SLOTS: "1"}) == "1 1"
    assert _in_child(code, {OCR_SLOTS: "5"}) == "5 5"


def test_the_command_refuses_a_bad_value_with_one_line(tmp_path):
    done = run_cli("extract", str(next(SAMPLE_INBOX.glob("*/*.pdf"))), env={OCR_SLOTS: "many"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"woondossier: {OCR_SLOTS} must be a whole number of 1 or more, not 'many'"]
