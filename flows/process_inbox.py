"""The pipeline from inbox to report, as one Prefect flow run per batch.

ingest → plan (what changed since the last run) → (read_pages → split_documents →
classify → extract, one task per new or changed file) → (run_checks → decide, one task
per new or changed application) → save → write_results. The domain work is
in plain functions (`extractors.sandbox.extract_bounded`, `woondossier.assess.assess`);
this file only sequences, fans out and catches per file. `decide_applications` (read →
check → decide → save → result.json) is also each shard's body when a batch is spread
over a work pool (flows/fan_out.py).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from flows.runtime import configure

configure()  # before Prefect is imported: its settings are read at import

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import PrefectFuture  # noqa: E402
from prefect.states import Failed  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from extractors.sandbox import extract_bounded  # noqa: E402
from flows.stopping import ReadingStopped, reading, stopping  # noqa: E402
from woondossier.assess import assess, storable  # noqa: E402
from woondossier.errors import RunError  # noqa: E402
from woondossier.failure import failure_line  # noqa: E402
from woondossier.inbox import Intake, ingest, skipped_entries  # noqa: E402
from woondossier.lock import run_lock  # noqa: E402
from woondossier.model import ApplicationResult, FileError, FileResult  # noqa: E402
from woondossier.output import remove_stale_temporaries, report_rows, table, write_report, write_result  # noqa: E402
from woondossier.plan import Plan, plan_application  # noqa: E402
from woondossier.privacy import mask_numbers  # noqa: E402
from woondossier.progress import Progress  # noqa: E402
from woondossier.report import write_workbook  # noqa: E402
from woondossier.resources import ocr_slots  # noqa: E402
from woondossier.store import Store  # noqa: E402
from validators import Register, load_register  # noqa: E402

# Threads suffice: OCR runs in Tesseract processes, bounded to `ocr_slots()` (the usable
# cores, or WOONDOSSIER_OCR_SLOTS); a few extra threads keep text-layer parsing busy meanwhile.
WORKERS = 2 * ocr_slots()


@task(name="read-file", cache_policy=NO_CACHE, task_run_name="read {label}", retries=1, retry_delay_seconds=2)
def read_file(path: Path, name: str, label: str) -> FileResult:
    if stopping():
        raise ReadingStopped(name)
    result = extract_bounded(path, name=name)  # in a child process, bounded in time and memory
    if stopping():
        raise ReadingStopped(name)  # its reader may have been killed: no verdict on the file
    return storable(result)  # text a broken PDF decoded to half a UTF-16 pair must not stop the save


@task(name="assess-application", cache_policy=NO_CACHE, task_run_name="assess {intake.application_id}")
def assess_application(intake: Intake, files: dict[str, FileResult], register: Register | None) -> ApplicationResult:
    return assess(intake, files, register)


@flow(name="process-inbox", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS))
def process_inbox(
    inbox: Path, out: Path, register_csv: Path | None, db: str, quiet: bool = False, reevaluate: bool = False
) -> list[ApplicationResult]:
    """The batch; an operational failure ends it as a failed run with one line saying what
    to do (raised as `RunError` to the caller), never as a traceback on the terminal."""
    try:
        return _batch(inbox, out, register_csv, db, quiet, reevaluate)
    except Exception as exc:  # the batch cannot go on: the disk, the database, a bug
        line = failure_line(exc)
        get_run_logger().info(line, exc_info=True)  # the traceback to the run's log, not the terminal
        return Failed(message=line, data=RunError(line))


def _batch(inbox: Path, out: Path, register_csv: Path | None, db: str, quiet: bool, reevaluate: bool) -> list[ApplicationResult]:
    logger = get_run_logger()
    store = Store(db)
    run_id = store.start_run(str(inbox), reevaluate)
    # ingest: application folders, their aanvraag.json and files; the tenancy register
    intakes = ingest(inbox)
    _say_skipped(skipped_entries(inbox), quiet, logger)
    register_table = load_register(register_csv) if register_csv else None
    logger.info("%d applications in %s", len(intakes), inbox)

    # plan: what changed since the last run (files by SHA-256, registration, register row, policy)
    plans = [plan_application(intake, store, register_table, reevaluate) for intake in intakes]
    _warn_policy_changed(plans, reevaluate, quiet, logger)

    # read, check, decide, save and write result.json
    done = decide_applications(plans, store, run_id, register_table, out, quiet)
    write_report(out, done.results)
    write_workbook(out / "report.xlsx", done.results)
    store.finish_run(run_id, applications=len(plans), evaluated=done.evaluated, files_read=done.files_read)
    return done.results


@dataclass(frozen=True)
class Decided:
    results: list[ApplicationResult]
    evaluated: int  # applications checked and saved by this run (the others were unchanged)
    files_read: int


def decide_applications(
    plans: list[Plan], store: Store, run_id: int, register_table: Register | None, out: Path, quiet: bool
) -> Decided:
    """Read, check, decide, save and write each planned application; a signal or a
    failure stops every reader (flows/stopping.py)."""
    logger = get_run_logger()
    with reading():
        # read: every new or changed file, all applications at once, each counted when it ends
        progress = Progress(applications=len(plans), files=sum(len(plan.to_read) for plan in plans))
        reads = {
            (plan.application_id, name): read_file.submit(
                plan.intake.folder.path / name, name, mask_numbers(f"{plan.application_id}/{name}")
            )
            for plan in plans
            for name in plan.to_read
        }
        for future in reads.values():
            future.add_done_callback(progress.file_done)

        # check, decide, save and write: per application, as its files come in
        results: list[ApplicationResult] = []
        evaluated = 0
        for plan in plans:
            result = plan.unchanged
            if result is None:
                files = {
                    n: (plan.cached[n], True) if n in plan.cached else _file_result(n, reads[plan.application_id, n])
                    for n in plan.hashes
                }
                result = assess_application.submit(plan.intake, {n: r for n, (r, _) in files.items()}, register_table).result()
                evaluated += store.save(plan.evaluation(result, files), run_id)  # 0: decided by this run already (flows/fan_out.py)
            write_result(out, result)
            results.append(result)
            progress.application_done()
            read = len(plan.to_read)
            what = "unchanged" if plan.unchanged is not None else f"{read} file{'' if read == 1 else 's'} read"
            line = progress.line(result.application_id, result.decision.value, what)
            logger.info(line)  # to the Prefect server and its UI; the console shows warnings only (flows/runtime.py)
            if not quiet:
                print(line, file=sys.stderr)
    return Decided(results, evaluated, len(reads))


def _warn_policy_changed(plans: list[Plan], reevaluate: bool, quiet: bool, logger) -> None:
    stale = [p.application_id for p in plans if p.policy_changed and p.unchanged is not None]
    if stale and not reevaluate:
        message = f"{len(stale)} applications were decided under other policy numbers; run with --reevaluate to check them again"
        logger.warning(message)
        if not quiet:
            print(f"woondossier: {message}", file=sys.stderr)


def _say_skipped(lines: list[str], quiet: bool, logger) -> None:
    """Entries of the inbox that are no application, once on stderr and once in the run's log."""
    for line in lines:
        logger.info(line)  # INFO: to the log only; the console shows Prefect's warnings (flows/runtime.py)
        if not quiet:
            print(f"woondossier: {line}", file=sys.stderr)


def _file_result(name: str, future: PrefectFuture) -> tuple[FileResult, bool]:
    """The file's extraction and whether it was read; a task that crashed becomes an error entry, never a lost file."""
    try:
        return future.result(), True
    except Exception as exc:  # the task itself failed twice (out of memory, killed worker)
        error = FileError(file=name, error=f"reading failed ({type(exc).__name__}); run again or report this file")
        return FileResult(file=name, errors=(error,)), False


def run_inbox(
    inbox: Path, out: Path, register: Path | None = None, db: str | None = None, quiet: bool = False, reevaluate: bool = False
) -> list[ApplicationResult]:
    """Run the flow and print the decisions table (the mail room's view)."""
    out.mkdir(parents=True, exist_ok=True)
    if register is None and (inbox / "register.csv").is_file():
        register = inbox / "register.csv"
    db = db or f"sqlite:///{(out / 'woondossier.db').resolve()}"
    with run_lock(out, db):  # one run at a time per OUT and database: a second one refuses (woondossier/lock.py)
        remove_stale_temporaries(out)  # left by a run that was killed while writing
        results = process_inbox(inbox, out, register, db, quiet, reevaluate)
    if not quiet:
        print(table(report_rows(results), ("application_id", "type", "corporation", "decision", "failed_checks", "unknown_checks")))
    return results
