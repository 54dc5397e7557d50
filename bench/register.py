"""How long loading a large register.csv takes, and how much memory it needs.

Issue 20 asks that a register of 1 M rows loads in at most 10 s and 1 GB (a 232 MB
register of 1.7 M rows took 117 s and 4.5 GB on b0e8589). This writes a synthetic
register of `--rows` rows (every column filled, as an export would be), then loads it
with `validators.load_register` in a fresh child process and prints the wall time and
the child's peak resident memory (`ru_maxrss`). The figures are the machine's, not a
test: nothing here asserts them.

    .venv/bin/python -m bench.register --rows 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench._cli import at_least, progress
from validators.register import COLUMNS


def write_register(path: Path, rows: int) -> int:
    """A register of `rows` synthetic tenancies; returns its size in bytes."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(COLUMNS) + "\n")
        for n in range(rows):
            handle.write(
                f"T-{n:07d},Tenant {n % 9973} van der Berg,Kerkstraat,{n % 300 + 1},{1000 + n % 9000}AB,Amsterdam,"
                f"{n % 6 + 1},{700 + n % 900}.50,2015-06-{n % 28 + 1:02d},false,false,false,false,"
                f"{'true' if n % 7 == 0 else 'false'},{'2019-01-01' if n % 11 == 0 else ''},false\n"
            )
    return path.stat().st_size


def _load(path: str, answer) -> None:
    from validators import load_register

    started = time.perf_counter()
    register = load_register(path)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # The floor on this machine now: the csv module alone reading the same file (a busy
    # machine slows both alike, so the ratio travels better than the seconds).
    started = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as handle:
        for _ in csv.reader(handle):
            pass
    floor = time.perf_counter() - started
    answer.send({
        "rows": len(register), "seconds": round(seconds, 2), "peak_rss_mib": round(peak_kib / 1024, 1),
        "csv_module_alone_seconds": round(floor, 2), "load_average": round(os.getloadavg()[0], 1),
    })  # fmt: skip


def measure(path: Path) -> dict:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: its peak is the load's own
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_load, args=(str(path), send))
    child.start()
    figures = receive.recv()
    child.join()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.register", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=at_least(1), default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.csv"
        progress(f"writing a register of {args.rows} rows ...")
        size = write_register(path, args.rows)
        progress(f"loading it ({size / 1e6:.0f} MB) ...")
        figures = {"file_mb": round(size / 1e6, 1), **measure(path)}
    print(f"register.csv of {figures['rows']} rows ({figures['file_mb']} MB): loaded in {figures['seconds']} s, "
          f"peak resident memory {figures['peak_rss_mib']} MiB; the csv module alone read it in "
          f"{figures['csv_module_alone_seconds']} s (load average {figures['load_average']})")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
