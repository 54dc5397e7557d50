"""Extraction does not depend on Python's hash seed (issue 17). Label wordings of equal
length were tried in a set's order, so which of two overlapping labels a line held, and
with it whether a house-sitter's name was read, changed from one process to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.extractors.rendered import placed_pdf

ROWS = [(60, 50, "House-sitting request form"), (60, 110, "1. Tenant"), (60, 126, "Full name"), (200, 126, "Pieter Jansen"),
        (60, 170, "2. House-sitter"), (60, 186, "Full name"), (200, 186, "Amina Haddou"),
        (60, 202, "Date of birth"), (200, 202, "03/04/1999"),
        (60, 246, "First day of absence"), (200, 246, "01/06/2026"), (60, 262, "Last day of absence"), (200, 262, "30/11/2026")]
_READ = "import json, sys; from extractors.documents import documents_of; from extractors.pages import read_bytes; " \
        "print(json.dumps([{k: f.value for k, f in d.fields.items()} for d in documents_of(read_bytes(open(sys.argv[1], 'rb').read(), 'f.pdf'))]))"


def test_the_same_file_reads_the_same_under_every_hash_seed(tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf([ROWS]))
    readings = []
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, env=env, timeout=300, check=True)
        readings.append(json.loads(done.stdout))
    assert all(reading == readings[0] for reading in readings), readings
    assert readings[0][0]["sitter_name"] == "Amina Haddou"
