"""bench.reading on a tiny folder corpus: names parsed, both readings scored."""

from __future__ import annotations

import io

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bench import reading

LINES = ("Uittreksel Basisregistratie Personen", "Gemeente Haarlem", "Naam: Vries, Jan Pieter de", "Adres: Kerkstraat 12 A, 2011 AB Haarlem")


def _digital() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", 12)
    for i, line in enumerate(LINES):
        c.drawString(72, 780 - 20 * i, line)
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_folder_corpus_is_scored_against_its_digital_twins(tmp_path, capsys):
    digital = _digital()
    (tmp_path / "07-brp-digital.pdf").write_bytes(digital)
    image = pypdfium2.PdfDocument(digital)[0].render(scale=250 / 72, grayscale=True).to_pil().convert("L")
    image.save(tmp_path / "07-brp-scan-inkbleed-p1.png", dpi=(250, 250))
    (tmp_path / "notes.txt").write_text("not a page")
    assert reading.main(["--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| scan/png/inkbleed | 1 |" in out and "| all | 1 |" in out


def test_scores_are_exact_on_a_clean_scan(tmp_path):
    digital = _digital()
    (tmp_path / "a-digital.pdf").write_bytes(digital)
    image = pypdfium2.PdfDocument(digital)[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    image.save(tmp_path / "a-scan.tif", dpi=(300, 300))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (score,) = reading.score_corpus(tmp_path, scratch)
    assert score.group == "scan/tif" and score.page == 1
    assert score.ours_recall >= 0.9 and score.bare_recall >= 0.9 and score.ours_cer < 0.1
