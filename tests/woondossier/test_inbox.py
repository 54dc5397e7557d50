"""Nothing in an inbox stops a batch (issue 20 item 2): names, JSON, sizes, links, ids.

Each case below stopped `run` on b0e8589 (exit 1, nothing saved) or passed silently;
here each becomes an `errors` entry of its application, or a line naming a skipped
entry of the inbox, and the other applications are untouched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from validators.application import MAX_FILE_BYTES, MAX_STRING
from woondossier.inbox import ingest, skipped_entries
from woondossier.plan import plan_application
from woondossier.store import Store

AANVRAAG = {
    "application_id": "A-1", "type": "inwoning", "corporation": "generic", "tenancy_id": "T-1",
    "submitted_on": "2026-11-02", "tenant_name": "Jan de Vries", "applicant_name": "Fatima El Amrani",
    "applicant_relationship": "friend",
}  # fmt: skip


def _app(inbox: Path, folder: str, text: str | None = None, **changes) -> Path:
    path = inbox / folder
    path.mkdir(parents=True)
    if text is None:
        text = json.dumps({**AANVRAAG, "application_id": folder, **changes})
    (path / "aanvraag.json").write_text(text, encoding="utf-8")
    return path


def _error(inbox: Path, folder: str) -> str:
    (intake,) = [i for i in ingest(inbox) if i.folder.folder == folder]
    assert intake.application is None and intake.error is not None, intake
    return intake.error.error


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("[" * 1000 + "]" * 1000, "nested", id="nested-1000-deep"),
        pytest.param('{"a":' * 100 + "1" + "}" * 100, "nested more than", id="nested-100-deep"),
        pytest.param(json.dumps({**AANVRAAG, "tenant_name": "Jan \ud800"}), "surrogate", id="lone-surrogate"),
        pytest.param('{"application_id": "A-1", "application_id": "A-2"}', "more than once", id="duplicate-key"),
        pytest.param(json.dumps({**AANVRAAG, "tenant_name": "x" * (MAX_STRING + 1)}), "characters", id="string-too-long"),
        pytest.param(json.dumps({**AANVRAAG, "note": "x" * MAX_FILE_BYTES}), "larger than", id="file-too-large"),
        pytest.param('{"application_id": 1' + "0" * 5000 + "}", "invalid", id="integer-too-long"),
    ],
)
def test_any_aanvraag_json_is_an_error_of_its_application(tmp_path, text, words):
    _app(tmp_path, "BAD", text)
    _app(tmp_path, "GOOD")
    assert words in _error(tmp_path, "BAD")
    assert {i.application_id for i in ingest(tmp_path) if i.application} == {"GOOD"}


def test_a_string_of_exactly_the_cap_is_accepted(tmp_path):
    _app(tmp_path, "A-1", tenant_name="x" * MAX_STRING)
    (intake,) = ingest(tmp_path)
    assert intake.application is not None and len(intake.application.tenant_name) == MAX_STRING


def test_aanvraag_json_linked_out_of_the_inbox_is_refused(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "elsewhere.json"
    outside.write_text(json.dumps(AANVRAAG), encoding="utf-8")
    folder = inbox / "A-1"
    folder.mkdir(parents=True)
    (folder / "aanvraag.json").symlink_to(outside)
    assert "link" in _error(inbox, "A-1")


def test_aanvraag_json_linked_inside_its_folder_is_read(tmp_path):
    folder = tmp_path / "A-1"
    folder.mkdir()
    (folder / "registratie.json").write_text(json.dumps(AANVRAAG), encoding="utf-8")
    (folder / "aanvraag.json").symlink_to("registratie.json")
    (intake,) = ingest(tmp_path)
    assert intake.application is not None


def test_a_file_name_that_is_not_utf8_is_an_error_entry_and_planning_goes_on(tmp_path):
    folder = _app(tmp_path, "A-1")
    with open(os.path.join(os.fsencode(folder), b"scan\xff\xfe.pdf"), "wb") as handle:
        handle.write(b"%PDF-1.4 not really")
    (folder / "brp.pdf").write_bytes(b"%PDF-1.4")
    (intake,) = ingest(tmp_path)
    assert intake.folder.files == ("brp.pdf",)
    (error,) = intake.folder.skipped
    assert error.file == "scan\ufffd\ufffd.pdf" and "UTF-8" in error.error
    plan = plan_application(intake, Store(f"sqlite:///{tmp_path / 'w.db'}"), None)
    assert plan.to_read == ("brp.pdf",)
    error.model_dump_json()  # serialisable: no surrogate left


def test_two_folders_claiming_one_id_both_get_an_error_and_keep_their_own_ids(tmp_path):
    _app(tmp_path, "first", application_id="A-1")
    _app(tmp_path, "second", application_id="A-1")
    _app(tmp_path, "A-2")
    intakes = {i.folder.folder: i for i in ingest(tmp_path)}
    assert {i.application_id for i in intakes.values()} == {"first", "second", "A-2"}
    assert "also claimed by folder(s) second" in intakes["first"].error.error
    assert "also claimed by folder(s) first" in intakes["second"].error.error
    assert intakes["A-2"].application is not None and intakes["A-2"].error is None


def test_a_folder_named_as_another_folders_claimed_id_does_not_collide(tmp_path):
    _app(tmp_path, "A-1", text="{broken")  # its id falls back to its folder name, A-1
    _app(tmp_path, "other", application_id="A-1")
    ids = [i.application_id for i in ingest(tmp_path)]
    assert sorted(ids) == ["A-1", "other"]


def test_skipped_entries_are_named_once_each(tmp_path):
    inbox = tmp_path / "inbox"
    _app(inbox, "A-1")
    (inbox / "register.csv").write_text("tenancy_id\n", encoding="utf-8")
    (inbox / ".verborgen").mkdir()
    (inbox / "gelinkt").symlink_to(inbox / "A-1")
    (inbox / "notitie.txt").write_text("x", encoding="utf-8")
    os.mkdir(os.path.join(os.fsencode(inbox), b"map\xff"))
    lines = skipped_entries(inbox)
    assert len(lines) == 4
    assert [line.split(":")[0] for line in lines] == ["skipped .verborgen", "skipped gelinkt", "skipped map\ufffd", "skipped notitie.txt"]
    assert [i.application_id for i in ingest(inbox)] == ["A-1"]
