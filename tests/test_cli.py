"""The command line of CONTRACT.md §1: usage errors, and `extract` on real files."""

from __future__ import annotations

import json
import random

import pytest

from samples.generator import brp_uittreksel, huurovereenkomst_onderhuur, render

from tests.conftest import SAMPLE_INBOX, run_cli

DIGITAL_BRP = SAMPLE_INBOX / "OH-2026-001" / "brp-uittreksel.pdf"
DIGITAL_CONTRACT = SAMPLE_INBOX / "OH-2026-001" / "onderhuurcontract.pdf"


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["run"], ["run", "/nonexistent/inbox", "--out", "x"], ["extract"], ["extract", "/nonexistent.pdf"], ["frobnicate"]],
    ids=["unknown-option", "run-without-inbox", "missing-inbox", "extract-without-files", "missing-file", "unknown-command"],
)
def test_usage_errors_exit_2_with_one_line(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("woondossier: ")


def test_help_exits_0():
    for args in (["--help"], ["run", "--help"], ["extract", "--help"]):
        result = run_cli(*args)
        assert result.returncode == 0 and "usage: woondossier" in result.stdout


def test_extract_json_has_the_contract_shape():
    result = run_cli("extract", str(DIGITAL_BRP), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"file", "documents", "errors"} and data["errors"] == []
    (doc,) = data["documents"]
    assert {"doc_type", "pages", "confidence", "ocr", "fields"} <= set(doc)
    assert doc["doc_type"] == "brp_uittreksel" and doc["pages"] == [1] and doc["ocr"] is False
    for name, field in doc["fields"].items():
        assert set(field) == {"value", "confidence", "page", "bbox"}, name
        assert 0.0 <= field["confidence"] <= 1.0
        assert field["bbox"] is None or (len(field["bbox"]) == 4 and field["bbox"][0] <= field["bbox"][2])
    assert doc["fields"]["issue_date"]["value"] == "2026-10-12"


def test_extract_several_files_prints_an_array_and_records_bad_ones(tmp_path):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    files = [str(broken), str(DIGITAL_BRP), str(DIGITAL_CONTRACT)]  # read largest first, printed as given
    result = run_cli("extract", *files, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["file"] for d in data] == files
    assert data[0]["documents"] == [] and "not a readable PDF" in data[0]["errors"][0]["error"]
    assert [d["documents"][0]["doc_type"] for d in data[1:]] == ["brp_uittreksel", "huurovereenkomst_onderhuur"]


def test_extract_table_without_json():
    result = run_cli("extract", str(DIGITAL_CONTRACT))
    assert result.returncode == 0
    assert "huurovereenkomst_onderhuur" in result.stdout and "doc_type" in result.stdout.splitlines()[0]


def test_extract_json_for_scans_and_photos_of_both_onderhuur_documents(tmp_path):
    """CONTRACT.md §3 shapes from OCR'd input: a scanned PDF and a phone photo of each type."""
    files = {}
    for generator, layout in ((brp_uittreksel, "key_values"), (huurovereenkomst_onderhuur, "articles")):
        rng = random.Random(f"cli-{generator.DOC_TYPE}")
        spec = generator.make(rng, layout)
        scan = tmp_path / f"{generator.DOC_TYPE}-scan.pdf"
        scan.write_bytes(render.render_scan(spec, rng))
        photo = tmp_path / f"{generator.DOC_TYPE}-photo.jpg"
        photo.write_bytes(render.render_photo(spec, rng)[0])
        files[scan.name] = files[photo.name] = generator.DOC_TYPE
    result = run_cli("extract", *(str(tmp_path / name) for name in files), "--json")
    assert result.returncode == 0, result.stderr
    for data in json.loads(result.stdout):
        name = data["file"].rsplit("/", 1)[-1]
        assert data["errors"] == [], name
        (doc,) = data["documents"]
        assert doc["doc_type"] == files[name] and doc["ocr"] is True, name
        assert 0.5 <= doc["confidence"] <= 1.0
        read = [f for f in doc["fields"].values() if f["value"] is not None]
        assert len(read) >= 3, (name, doc["fields"])
        for field in read:
            assert field["page"] >= 1 and len(field["bbox"]) == 4 and 0 <= field["confidence"] <= 1
