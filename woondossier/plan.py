"""What a run has to do for one application, given what the database already holds.

plan_application → (read the files in `to_read`) → assess → `Plan.evaluation` → Store.save.

An application is left alone when its inputs are unchanged since it was last decided:
the same aanvraag.json, the same files by SHA-256, the same register row and the same
version of woondossier. Otherwise it is checked again, and only its new or changed files
are read; the others' extractions come from the database. A change of the policy
numbers alone re-checks an application only when the run is asked to (`--reevaluate`),
so a decision already sent out does not change overnight by surprise; the run tells
how many applications were checked under other numbers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from validators import Register, load_policy
from woondossier.inbox import APPLICATION_FILE, Intake, sha256_of
from woondossier.model import ApplicationResult, FileResult
from woondossier.store import EXTRACTOR_VERSION, Evaluation, Store


RETRY = "retry"
"""Stored instead of the inputs' fingerprint when a file could not be read: never matches one."""


@dataclass(frozen=True)
class Plan:
    intake: Intake
    hashes: Mapping[str, str]  # every file of the application -> its SHA-256
    inputs_sha256: str
    policy_sha256: str | None
    register_json: str | None
    cached: Mapping[str, FileResult]  # files whose stored extraction is used as it is
    to_read: tuple[str, ...]  # files to read: new, changed, or read by another version
    unchanged: ApplicationResult | None  # the stored result, when there is nothing to do
    policy_changed: bool  # the last decision was made under other policy numbers

    @property
    def application_id(self) -> str:
        return self.intake.application_id

    def evaluation(self, result: ApplicationResult, files: Mapping[str, tuple[FileResult, bool]]) -> Evaluation:
        """What to save for this application: the result and everything it was computed from.

        `files` maps each file to its extraction and whether reading it completed. A file
        whose reading crashed is not stored, and the application is marked to be
        planned again, so the next run reads that file instead of keeping the crash.
        """
        application = self.intake.application
        complete = all(ok for _, ok in files.values())
        return Evaluation(
            result=result,
            files={name: (self.hashes[name], files[name][0]) for name in self.hashes if files[name][1]},
            files_read=frozenset(self.to_read),
            inputs_sha256=self.inputs_sha256 if complete else RETRY,
            policy_sha256=self.policy_sha256,
            tenancy_id=application.tenancy_id if application else None,
            submitted_on=application.submitted_on if application else None,
            aanvraag_json=application.model_dump_json() if application else None,
            register_json=self.register_json,
        )


def plan_application(intake: Intake, store: Store, register: Register | None, reevaluate: bool = False) -> Plan:
    folder = intake.folder
    hashes = {name: sha256_of(folder.path / name) for name in folder.files}
    application = intake.application
    row = register.get(application.tenancy_id) if register is not None and application is not None else None
    register_json = row.model_dump_json() if row is not None else None
    aanvraag = folder.path / APPLICATION_FILE
    inputs = _sha256_json(
        {
            "aanvraag": sha256_of(aanvraag) if aanvraag.is_file() else None,
            "files": hashes,
            "skipped": [e.model_dump(mode="json") for e in folder.skipped],
            "register": register_json,
            "version": EXTRACTOR_VERSION,
        }
    )
    policy = policy_sha256(application.corporation.value) if application is not None else None

    stored = store.stored(intake.application_id)
    policy_changed = stored is not None and stored.policy_sha256 != policy
    if stored is not None and stored.inputs_sha256 == inputs and not (policy_changed and reevaluate):
        return Plan(intake, hashes, inputs, policy, register_json, {}, (), stored.result, policy_changed)

    cached = {
        name: extraction
        for name, (sha, extraction) in store.cached_files(intake.application_id).items()
        if hashes.get(name) == sha
    }
    to_read = tuple(name for name in folder.files if name not in cached)
    return Plan(intake, hashes, inputs, policy, register_json, cached, to_read, None, policy_changed)


def policy_sha256(corporation: str) -> str:
    """The fingerprint of the policy numbers in force for a corporation (not of comments in its file)."""
    return hashlib.sha256(load_policy(corporation).model_dump_json().encode()).hexdigest()


def _sha256_json(data: object) -> str:
    # surrogatepass: a name Python could not decode still fingerprints (the inbox reports it as an error)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


_PAGE_MARK = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_BYTES_PER_SCANNED_PAGE = 150_000  # the order of one A4 scan at 300 dpi, for a PDF whose page objects are compressed


def pages_to_read(plan: Plan) -> int:
    """About how many pages a run must read for this application (0 when it is unchanged):
    what spreading a batch over workers balances (`split_into_shards`).

    An estimate from the bytes alone, never a parse: the planning process does not open an
    untrusted file, only the sandboxed reader does. A PDF's page objects are counted
    where they are in plain sight; an image is one page.
    """
    if plan.unchanged is not None:
        return 0
    return sum(estimated_pages(plan.intake.folder.path / name) for name in plan.to_read) or 1  # a re-check alone still costs


def estimated_pages(path: Path) -> int:
    """Pages in a file by its bytes: the page objects of a PDF, else its size as scans, at least 1.

    >>> import tempfile
    >>> pdf = Path(tempfile.mkdtemp()) / "two.pdf"
    >>> _ = pdf.write_bytes(b"%PDF-1.7 1 0 obj <</Type /Pages /Count 2>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page>>")
    >>> estimated_pages(pdf)
    2
    """
    try:
        data = path.read_bytes()
    except OSError:
        return 1  # its reading fails at once
    if data.startswith(b"%PDF"):
        return len(_PAGE_MARK.findall(data)) or max(1, len(data) // _BYTES_PER_SCANNED_PAGE)
    return 1


SHARDS_PER_WORKER = 4  # small shards even out a slow scan and a crash costs less to redo ...
SHARD_PAGES = 20  # ... but each shard's start costs about what reading 9 pages does (README, Running on several machines)


def default_shards(pages: int, workers: int) -> int:
    """How many shards a batch of `pages` to read is split into over `workers` workers:
    4 per worker, fewer when that would leave a shard under 20 pages, and a whole number
    per worker, so that no worker is left with one shard more than another.

    >>> default_shards(50_000, 14), default_shards(66, 2), default_shards(66, 1), default_shards(3, 2)
    (56, 2, 3, 2)
    """
    workers = max(1, workers)
    return workers * max(1, min(SHARDS_PER_WORKER, pages // (SHARD_PAGES * workers)))


def split_into_shards(work: Mapping[str, int], shards: int) -> list[tuple[str, ...]]:
    """The applications with work, in at most `shards` groups of about equal pages:
    the heaviest first, each to the lightest group so far (longest processing time first,
    within 4/3 of the best split). No group is empty; the same work splits the same way.

    >>> split_into_shards({"A": 8, "B": 5, "C": 4, "D": 3}, 2)
    [('A', 'D'), ('B', 'C')]
    >>> split_into_shards({"A": 1}, 4)
    [('A',)]
    """
    groups: list[list[str]] = [[] for _ in range(max(1, min(shards, len(work))))]
    loads = [0] * len(groups)
    for application_id in sorted(work, key=lambda a: (-work[a], a)):
        lightest = min(range(len(groups)), key=lambda g: (loads[g], g))
        groups[lightest].append(application_id)
        loads[lightest] += work[application_id]
    return [tuple(group) for group in groups if group]
