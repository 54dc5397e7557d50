"""A batch with every kind of bad input: each bad file is an error entry, the batch goes on.

CONTRACT.md §1 and §4: a bad input file never stops a batch, every file of an
application appears in `documents` or `errors`, and the run exits 0.
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from tests.conftest import SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow

GOOD = SAMPLE_INBOX / "OH-2026-001"


def _encrypted_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=pdfencrypt.StandardEncryption("geheim", canPrint=0))
    pdf.drawString(72, 720, "Uittreksel Basisregistratie Personen")
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def batch(tmp_path_factory, prefect_home):
    inbox = tmp_path_factory.mktemp("inbox")
    bad = inbox / "BAD-1"
    shutil.copytree(GOOD, bad)
    aanvraag = json.loads((bad / "aanvraag.json").read_text(encoding="utf-8"))
    aanvraag["application_id"] = "BAD-1"
    (bad / "aanvraag.json").write_text(json.dumps(aanvraag), encoding="utf-8")
    (bad / "onderhuurcontract.pdf").write_bytes((GOOD / "onderhuurcontract.pdf").read_bytes()[:1500])  # truncated
    (bad / "leeg.pdf").write_bytes(b"")
    (bad / "geheim.pdf").write_bytes(_encrypted_pdf())
    (bad / "brief.docx").write_bytes(b"PK\x03\x04 a word document")
    broken = inbox / "BAD-2"
    broken.mkdir()
    (broken / "aanvraag.json").write_text('{"application_id": "BAD-2", "type": "onderhuur",', encoding="utf-8")
    shutil.copy(GOOD / "brp-uittreksel.pdf", broken / "brp.pdf")
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    out = tmp_path_factory.mktemp("out")
    result = run_cli("run", str(inbox), "--out", str(out), env={"PREFECT_HOME": str(prefect_home)})
    return out, result


def _result(out, app_id):
    return json.loads((out / app_id / "result.json").read_text(encoding="utf-8"))


def test_the_batch_completes_with_exit_0(batch):
    out, result = batch
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert {"BAD-1", "BAD-2"} <= {p.name for p in out.iterdir()}


@pytest.mark.parametrize(
    ("file", "words"),
    [
        ("onderhuurcontract.pdf", "truncated"),
        ("leeg.pdf", "empty"),
        ("geheim.pdf", "password"),
        ("brief.docx", "not a PDF"),
    ],
)
def test_each_bad_file_is_an_error_with_a_clear_message(batch, file, words):
    errors = {e["file"]: e for e in _result(batch[0], "BAD-1")["errors"]}
    assert file in errors and words in errors[file]["error"]
    assert set(errors[file]) == {"file", "page", "error"}


def test_good_files_still_come_through_and_nothing_is_dropped(batch):
    result = _result(batch[0], "BAD-1")
    files = {d["file"] for d in result["documents"]} | {e["file"] for e in result["errors"]}
    on_disk = {p.name for p in (SAMPLE_INBOX / "OH-2026-001").iterdir() if p.name != "aanvraag.json"}
    assert files == on_disk | {"leeg.pdf", "geheim.pdf", "brief.docx"}
    assert [d["doc_type"] for d in result["documents"]] == ["brp_uittreksel"]
    assert result["decision"] == "incomplete"  # the contract could not be read: it is missing


def test_an_unusable_aanvraag_gets_review_with_the_reason(batch):
    result = _result(batch[0], "BAD-2")
    assert result["decision"] == "review"
    assert any(e["file"] == "aanvraag.json" for e in result["errors"])
    assert [d["file"] for d in result["documents"]] == ["brp.pdf"]
