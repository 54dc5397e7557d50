"""The pipeline from inbox to report, as one Prefect flow run per batch.

ingest → (read_pages → split_documents → classify → extract, one task per file) →
(run_checks → decide, one task per application) → write_results. The domain work is
in plain functions (`extractors.sandbox.extract_bounded`, `woondossier.assess.assess`);
this file only sequences, fans out and catches per file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from flows.runtime import configure

configure()  # before Prefect is imported: its settings are read at import

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import PrefectFuture  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from extractors.sandbox import extract_bounded  # noqa: E402
from woondossier.assess import assess  # noqa: E402
from woondossier.inbox import Intake, ingest, sha256_of  # noqa: E402
from woondossier.model import ApplicationResult, FileError, FileResult  # noqa: E402
from woondossier.output import report_rows, table, write_report, write_result  # noqa: E402
from woondossier.privacy import mask_numbers  # noqa: E402
from woondossier.store import Store  # noqa: E402
from validators import Register, load_register  # noqa: E402

# Threads suffice: OCR runs in Tesseract processes, bounded to one per core in
# extractors.pages; a few extra threads keep text-layer parsing busy meanwhile.
WORKERS = 2 * (os.cpu_count() or 1)


@task(name="read-file", cache_policy=NO_CACHE, task_run_name="read {label}")
def read_file(path: Path, name: str, label: str) -> FileResult:
    return extract_bounded(path, name=name)  # in a child process, bounded in time and memory


@task(name="assess-application", cache_policy=NO_CACHE, task_run_name="assess {intake.application_id}")
def assess_application(intake: Intake, files: dict[str, FileResult], register: Register | None) -> ApplicationResult:
    return assess(intake, files, register)


@flow(name="process-inbox", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS))
def process_inbox(inbox: Path, out: Path, register_csv: Path | None, db: str, quiet: bool = False) -> list[ApplicationResult]:
    logger = get_run_logger()
    store = Store(db)
    # ingest: application folders, their aanvraag.json and files; the tenancy register
    intakes = ingest(inbox)
    register_table = load_register(register_csv) if register_csv else None
    logger.info("%d applications in %s", len(intakes), inbox)

    # read: every new or changed file, all applications at once; unchanged ones come from the database
    pending: dict[str, dict[str, tuple[str, FileResult | PrefectFuture]]] = {}
    for intake in intakes:
        cached = store.cached_files(intake.application_id)
        pending[intake.application_id] = {}
        for name in intake.folder.files:
            sha = sha256_of(intake.folder.path / name)
            if name in cached and cached[name][0] == sha:
                pending[intake.application_id][name] = (sha, cached[name][1])
            else:
                label = mask_numbers(f"{intake.application_id}/{name}")
                pending[intake.application_id][name] = (sha, read_file.submit(intake.folder.path / name, name, label))

    # check, decide and write: per application, as its files come in
    results: list[ApplicationResult] = []
    started = time.monotonic()
    for done, intake in enumerate(intakes, start=1):
        files = {name: (sha, _file_result(name, item)) for name, (sha, item) in pending[intake.application_id].items()}
        result = assess_application.submit(intake, {n: r for n, (_, r) in files.items()}, register_table).result()
        write_result(out, result)
        store.save(result, files)
        results.append(result)
        if not quiet:
            rate = done / max(time.monotonic() - started, 1e-6)
            print(f"[{done}/{len(intakes)}] {result.application_id}: {result.decision.value} ({rate:.1f}/s)", file=sys.stderr)
    write_report(out, results)
    return results


def _file_result(name: str, item: FileResult | PrefectFuture) -> FileResult:
    """The file's extraction; a task that crashed becomes an error entry, never a lost file."""
    if isinstance(item, FileResult):
        return item
    try:
        return item.result()
    except Exception as exc:  # the task itself failed (out of memory, killed worker)
        return FileResult(file=name, errors=(FileError(file=name, error=f"reading failed ({type(exc).__name__}); run again or report this file"),))


def run_inbox(inbox: Path, out: Path, register: Path | None = None, db: str | None = None, quiet: bool = False) -> list[ApplicationResult]:
    """Run the flow and print the decisions table (the mail room's view)."""
    out.mkdir(parents=True, exist_ok=True)
    if register is None and (inbox / "register.csv").is_file():
        register = inbox / "register.csv"
    db = db or f"sqlite:///{(out / 'woondossier.db').resolve()}"
    results = process_inbox(inbox, out, register, db, quiet)
    if not quiet:
        print(table(report_rows(results), ("application_id", "type", "corporation", "decision", "failed_checks", "unknown_checks")))
    return results
