"""bench.text_layers: one real run over a folder of born-digital PDFs, both readers."""

from __future__ import annotations

import json

from bench.text_layers import main
from tests.extractors.rendered import lines_pdf


def test_both_readers_read_every_text_page_and_report_their_speed(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"letter-digital-{i}.pdf").write_bytes(lines_pdf([f"Uittreksel Basisregistratie Personen {i}", "Gemeente Haarlem, Postbus 511"]))
    (folder / "letter-scan-0.pdf").write_bytes(b"not read: no born-digital name")
    out = tmp_path / "text.json"
    assert main([str(folder), "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert set(figures) == {"pdfium", "pdfplumber"}
    for reader in figures.values():
        assert (reader["files"], reader["pages"]) == (3, 3)
        assert reader["pages_per_cpu_s"] > 0
