"""One batch spread over two pinned workers of a work pool against one (issue 19).

    .venv/bin/python -m bench.scale_out [--pages 40] [--shards K] [--json PATH]

Sets everything up itself on this machine (bench/_cluster.py): a throwaway PostgreSQL
(tests/postgres.py) holding the results and Prefect's own database, `prefect server
start`, the work pool `woondossier` and the deployment `process-shard/woondossier` from
prefect.yaml. The batch is scan-heavy: copies of the sample inbox's applications with a
scanned file, under new ids, until their scanned pages reach `--pages`. Then:

1. one run in one process (`woondossier run`), the reference for the results;
2. `woondossier run --pool` with one worker, pinned to core 0 (`taskset -c 0`,
   `WOONDOSSIER_OCR_SLOTS=1`);
3. the same with two workers, pinned to core 0 and core 1.

Printed: files per minute of 2 and 3 and their ratio (`speedup`), and the fan-out's own
overhead in each: from the parent flow run's start to its first shard running, and from
its last shard done to the parent's end (the report written), as shares of the wall time.
`identical_results` is true when run 3's report.csv, result.json files and database rows
equal run 1's. Each run starts on a new database and output folder, so all read the same.
The machine's load average is printed with the figures: on a shared machine they are
only as good as the cores were free.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench._cli import at_least, progress
from bench._cluster import ROOT, Cluster, stop
from woondossier.plan import estimated_pages

SAMPLES = ROOT / "samples" / "inbox"
COMPARED = {  # as tests/flows/test_scale_out.py: the columns that must not differ between runs
    "applications": "application_id, decision, inputs_sha256, result_json",
    "decisions": "application_id, decision, inputs_sha256, policy_sha256",
    "files": "application_id, file, sha256, errors_json",
    "fields": "application_id, file, document_index, name, value_json, confidence, page",
    "checks": "application_id, check_id, status, reason",
}


def scanned(folder: Path) -> list[Path]:
    """An application's files that are images or image-only scans (by the samples' names)."""
    return [f for f in sorted(folder.iterdir()) if f.suffix.lower() in (".jpg", ".jpeg", ".png") or f.name.startswith("scan")]


def write_batch(inbox: Path, pages: int) -> tuple[int, int]:
    """Copies of the sample applications with scans, new ids, until `pages` scanned pages; (files, scanned pages)."""
    sources = [f for f in sorted(SAMPLES.iterdir()) if f.is_dir() and scanned(f)]
    inbox.mkdir(parents=True)
    shutil.copy(SAMPLES / "register.csv", inbox / "register.csv")
    total = files = copy = 0
    while total < pages:
        copy += 1
        for source in sources:
            if total >= pages:
                break
            prefix, year, number = source.name.split("-")
            application_id = f"{prefix}-{year}-{copy}{number}"  # OH-2026-007 -> OH-2026-1007
            target = inbox / application_id
            shutil.copytree(source, target)
            aanvraag = json.loads((target / "aanvraag.json").read_text(encoding="utf-8"))
            aanvraag["application_id"] = application_id
            (target / "aanvraag.json").write_text(json.dumps(aanvraag, ensure_ascii=False, indent=2), encoding="utf-8")
            total += sum(estimated_pages(f) for f in scanned(target))
            files += sum(1 for f in target.iterdir() if f.name != "aanvraag.json")
    return files, total


def run(inbox: Path, out: Path, db: str, env: dict[str, str], pool: str | None, shards: int | None) -> float:
    command = [sys.executable, "-m", "woondossier.cli", "run", str(inbox), "--out", str(out), "--db", db, "--quiet"]
    if pool is not None:
        command += ["--pool", pool] + (["--shards", str(shards)] if shards else [])
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[3:])} failed ({done.returncode}): {done.stderr[-3000:]}")
    return time.perf_counter() - start


def overhead(cluster: Cluster, since: set[str]) -> dict[str, float]:
    """The last fan-out's start to its first shard running, and its last shard's end to its own end (s)."""
    parent = [r for r in cluster.flow_runs("fan-out") if r["id"] not in since][-1]
    shards = [r for r in cluster.flow_runs("process-shard") if r["id"] not in since]
    at = datetime.fromisoformat
    first = min(at(r["start_time"]) for r in shards)
    last = max(at(r["end_time"]) for r in shards)
    waits = [(at(r["start_time"]) - at(r["expected_start_time"])).total_seconds() for r in shards]
    return {
        "shards": len(shards),
        "shard_start_s": round(sum(waits) / len(waits), 1),  # mean: created to running (a worker took it, its process started)
        "shard_run_s": round(sum(r["total_run_time"] for r in shards), 1),  # their bodies' time, summed
        "to_first_shard_s": round((first - at(parent["start_time"])).total_seconds(), 1),
        "after_last_shard_s": round((at(parent["end_time"]) - last).total_seconds(), 1),
    }


def outputs(out: Path, db: str) -> dict:
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as conn:
        rows = {t: sorted(map(tuple, conn.execute(text(f"select {c} from {t}")))) for t, c in COMPARED.items()}
    engine.dispose()
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("result.json")) + [out / "report.csv"]}
    return {"rows": rows, "files": files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_out", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=at_least(1), default=40, help="scanned pages in the batch (default 40)")
    parser.add_argument("--shards", type=at_least(1), help="shards per run (default: woondossier's, 4 x the online workers)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    if len(os.sched_getaffinity(0)) < 2:
        parser.error("two workers pinned to two cores need a machine with two cores")
    from tests import postgres

    root = Path(tempfile.mkdtemp(prefix="woondossier-scale-out-"))
    server = postgres.start()
    try:
        files, pages = write_batch(root / "inbox", args.pages)
        progress(f"batch: {files} files, {pages} scanned pages")
        prefect_db = server.create_database("prefect").replace("+psycopg", "+asyncpg")
        with Cluster(root / "cluster", database=prefect_db) as cluster:
            cluster.deploy("woondossier")
            progress("run in one process ...")
            single_db = server.create_database("single")
            single_s = run(root / "inbox", root / "single", single_db, cluster.env, None, None)
            figures = {"files": files, "scanned_pages": pages, "single_process_s": round(single_s, 1)}
            pinned = {"WOONDOSSIER_OCR_SLOTS": "1"}
            for workers in (1, 2):
                progress(f"run on {workers} pinned worker(s) ...")
                started = [cluster.worker(f"core{core}", cpu=str(core), env=pinned) for core in range(workers)]
                since = {r["id"] for r in cluster.flow_runs("fan-out") + cluster.flow_runs("process-shard")}
                db = server.create_database(f"pool{workers}")
                load = float(Path("/proc/loadavg").read_text().split()[0])
                wall = run(root / "inbox", root / f"pool{workers}", db, cluster.env, "woondossier", args.shards)
                figures[f"workers_{workers}"] = {
                    "wall_s": round(wall, 1),
                    "files_per_min": round(files / wall * 60, 1),
                    "load_average_at_start": load,
                    **overhead(cluster, since),
                }
                for worker in started:
                    stop(worker)
                if workers == 2:
                    figures["identical_results"] = outputs(root / "pool2", db) == outputs(root / "single", single_db)
        one, two = figures["workers_1"], figures["workers_2"]
        figures["speedup"] = round(two["files_per_min"] / one["files_per_min"], 2)
        figures["overhead_share_2_workers"] = round((two["to_first_shard_s"] + two["after_last_shard_s"]) / two["wall_s"], 3)
        figures["load_average_end"] = float(Path("/proc/loadavg").read_text().split()[0])
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"{files} files ({pages} scanned pages); one process {figures['single_process_s']} s\n"
        f"1 pinned worker:  {one['files_per_min']} files/min ({one['wall_s']} s, {one['shards']} shards, load {one['load_average_at_start']})\n"
        f"2 pinned workers: {two['files_per_min']} files/min ({two['wall_s']} s, {two['shards']} shards, load {two['load_average_at_start']})\n"
        f"speedup {figures['speedup']}; fan-out overhead with 2 workers: {two['to_first_shard_s']} s to the first shard, "
        f"{two['after_last_shard_s']} s after the last ({figures['overhead_share_2_workers']:.1%} of the wall time); "
        f"identical results: {figures['identical_results']}"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
