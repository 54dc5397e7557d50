"""How fast `extractors.pages.read_file` reads pages, and what it costs over bare Tesseract.

    .venv/bin/python -m bench.throughput [--pages N] [--seed S] [--rounds R] [--json PATH]
    .venv/bin/python -m bench.throughput --only-per-call [--checkout DIR] [--pages N] [--seed S] [--json PATH]

One run, in order:
1. make a corpus in a temporary folder (`bench._corpus`): N pages born digital, the
   same N pages scanned (one page per PDF) and photographed (one JPEG per page);
2. warm up, untimed: imports, and Tesseract's engines loaded as the reader children's
   forkserver loads them (`extractors._forkserver`), so no timed page pays for a model;
3. per rendering, read every file with `read_file`, first one file at a time, then
   spread over a thread pool of `os.cpu_count()` workers (the CLI's `extract` pool has
   2 threads, the flow's 2 x cpu_count; on 2 cores this is the CLI's), in the CLI's
   order: the largest file first (`extractors.pages.largest_first`); right after
   each OCR rendering, bare `tesseract` (OMP_THREAD_LIMIT=1) on the same page images,
   prepared before timing: one process at a time (the baseline), then
   `os.cpu_count()` at once, the largest image first (what the machine itself gives when it runs two
   Tesseracts: on a virtual machine whose "cores" share a physical core, less than
   twice one). With --rounds R, the OCR batch (ours on all cores, then bare
   Tesseract's two timings) is measured R times and the median round reported;
4. the OCR files once more as `woondossier run` reads them: each file in a reader child
   process (`extractors.sandbox`, which also classifies and extracts the fields),
   `os.cpu_count()` at once, for the memory of a worker: a reader child's peak RSS;
5. one file per call, as a clerk or a script reads them (issue 18): every file of the
   three renderings, one after the other, through `woondossier extract FILE --json`, a
   process of its own, and right after each the bare tool on the same file, also a
   process of its own: `pypdfium2 extract-text FILE` for a born-digital PDF, bare
   `tesseract` (as in 3) on the page image for a scan or a photo. Per rendering the
   median wall and CPU seconds of a call; over the mixed corpus the documents per
   minute of each and their ratio (issue 18's target: ours at least 0.8 of the bare tools');
6. print a table (stdout; progress goes to stderr) and, with --json, the figures.

It also checks the claim "a page with a good text layer is never OCR'd": the digital
pages OCR'd must be 0, else the exit status is 1.

What is measured (also printed under the table): wall time with `time.perf_counter`;
CPU seconds of this process and of its reaped children (`os.times`); per-core busy share
from /proc/stat, which counts every process on the machine, not only ours; memory as
RSS in MiB (see `bench._system`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

if __package__ in (None, ""):  # `make bench` runs this file as a script; samples/ is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image  # noqa: E402

from bench._cli import at_least, progress  # noqa: E402
from bench._corpus import BASELINE_DPI, OCR_RENDERINGS, RENDERINGS, Corpus, declared_dpi, write_corpus  # noqa: E402
from bench._system import Measurement, machine, measured, run_tesseract, timed_call  # noqa: E402
from extractors.pages import DEFAULT_LIMITS, largest_first, read_file  # noqa: E402
from extractors.sandbox import extract_bounded  # noqa: E402
from woondossier import resident  # noqa: E402

DEFAULT_PAGES = 24  # per rendering: 48 OCR pages; about 6 minutes on 2 idle cores with --rounds 3. The
# last page of a parallel batch runs with the other core idle (pages take 0.5-1.2 s): that tail weighed
# ~20 % of a 6-page batch and ~10 % of a 12-page one; the mail room's batches are longer still
DEFAULT_SEED = 2026
_DISTURBED_CORES = 0.1  # other processes using more than this: wall times understate ours
BASELINE_COMMAND = f"OMP_THREAD_LIMIT=1 tesseract PAGE.png - -l {DEFAULT_LIMITS.language} --psm 3 --dpi DPI tsv"  # DPI: the PNG's own
_BIN = Path(sys.executable).parent  # the virtualenv's commands, as a user runs them
EXTRACT_COMMAND = (str(_BIN / "woondossier"), "extract")  # FILE --json
BARE_TEXT_COMMAND = (str(_BIN / "pypdfium2"), "extract-text")  # FILE
MEASURED = (
    "wall s: time.perf_counter; CPU s: user + system of this process (Tesseract reads inside it) and its children (os.times)",
    "cores busy %: /proc/stat per cpuN over the phase, whole machine; others: cores' worth of CPU other",
    "  processes used meanwhile (busy minus ours; above ~0.1 the phase's figures are disturbed)",
    "memory: peak RSS over the phase. process: this Python process, all worker threads together, Tesseract",
    "  reading inside it (VmHWM, reset per phase); + Tesseract: with live bare tesseract children, sampled",
    "  every 50 ms; one Tesseract: the largest bare tesseract process's own VmHWM, sampled likewise",
)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.only_per_call:
        return _main_per_call(args)
    with tempfile.TemporaryDirectory(prefix="woondossier-bench-") as folder:
        results = run(args.pages, args.seed, Path(folder), args.rounds)
    print(format_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if results["text_layer_claim"]["holds"] else 1


def _main_per_call(args: argparse.Namespace) -> int:
    """Step 5 alone (a minute or two, not five), with `woondossier` from `--checkout`
    when given: `python -m woondossier.cli` run in that folder imports its code."""
    command, cwd = EXTRACT_COMMAND, None
    if args.checkout:
        command, cwd = (sys.executable, "-m", "woondossier.cli", "extract"), args.checkout.resolve()
    with tempfile.TemporaryDirectory(prefix="woondossier-bench-") as folder:
        progress(f"making {args.pages} pages per rendering (seed {args.seed}) ...")
        corpus = write_corpus(Path(folder), args.pages, args.seed)
        results = {
            "settings": {"pages": args.pages, "seed": args.seed, "checkout": str(cwd) if cwd else None},
            "machine": machine(),
            "load_average_1min": os.getloadavg()[0],
            "one_file_per_call": time_one_file_per_call(corpus, command, cwd),
        }
    print("\n".join(_per_call_lines(results["one_file_per_call"])))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def run(pages: int, seed: int, folder: Path, rounds: int = 1) -> dict:
    """Every figure of one benchmark run, as the JSON holds them."""
    workers = os.cpu_count() or 1
    progress(f"making {pages} pages per rendering (seed {seed}) ...")
    corpus = write_corpus(folder, pages, seed)
    _warm_up(corpus, folder)
    reader, baseline, bare_parallel, batch_rounds = {}, {}, {}, {r: [] for r in OCR_RENDERINGS}
    for rendering in RENDERINGS:
        sequential = _time_reader(corpus.files[rendering], 1, f"{rendering}, one file at a time")
        parallel = _time_reader(corpus.files[rendering], workers, f"{rendering}, {workers} workers")
        parallel["speedup"] = _ratio(sequential["wall_s"], parallel["wall_s"])
        reader[rendering] = {"sequential": sequential, "parallel": parallel}
        if rendering in OCR_RENDERINGS:  # the baseline right after ours: the machine's speed drifts
            baseline[rendering] = _time_tesseract(corpus.images[rendering], f"bare tesseract, {rendering}")
            bare_parallel[rendering] = _time_tesseract(corpus.images[rendering], f"bare tesseract, {rendering}, {workers} at once", workers)
            batch_rounds[rendering].append(_batch(parallel, baseline[rendering], bare_parallel[rendering], workers))
    for round_ in range(2, rounds + 1):  # the batch figure again: ours, then bare Tesseract's
        for rendering in OCR_RENDERINGS:
            ours = _time_reader(corpus.files[rendering], workers, f"round {round_}: {rendering}, {workers} workers")
            bare = _time_tesseract(corpus.images[rendering], f"round {round_}: bare tesseract, {rendering}")
            bare_both = _time_tesseract(corpus.images[rendering], f"round {round_}: bare tesseract, {rendering}, {workers} at once", workers)
            batch_rounds[rendering].append(_batch(ours, bare, bare_both, workers))
    children = _time_children(corpus.files["scan"] + corpus.files["photo"], workers)
    per_call = time_one_file_per_call(corpus)
    return {
        "settings": {"pages": pages, "seed": seed, "workers": workers, "rounds": rounds},
        "machine": machine(),
        "corpus": _corpus_summary(corpus),
        "reader": reader,
        "baseline": {"command": BASELINE_COMMAND, **baseline},
        "bare_parallel": bare_parallel,
        "overhead": {r: _overhead(reader[r]["sequential"], baseline[r]) for r in OCR_RENDERINGS},
        "batch": {r: _median_round(batch_rounds[r]) for r in OCR_RENDERINGS},
        "reader_children": children,
        "one_file_per_call": per_call,
        "memory": _memory(reader, baseline, children),
        "text_layer_claim": _text_layer_claim(reader["digital"]),
        "measured": list(MEASURED),
    }


# --- phases ----------------------------------------------------------------------------


def _warm_up(corpus: Corpus, folder: Path) -> None:
    """Load what the first timed file would otherwise pay for: lazy imports, language data."""
    progress("warming up ...")
    read_file(corpus.files["digital"][0])
    importlib.import_module("extractors._forkserver")  # loads the engines, as before the readers fork
    blank = folder / "warm-up.png"
    Image.new("L", (64, 16), 255).save(blank)
    run_tesseract(blank, DEFAULT_LIMITS.language, BASELINE_DPI)


def _time_reader(files: tuple[Path, ...], workers: int, label: str) -> dict:
    progress(f"reading {label} ...")
    with measured() as measurement:
        if workers == 1:
            read = [read_file(f) for f in files]
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                read = list(pool.map(read_file, [files[i] for i in largest_first(files)]))
    pages = [page for file_pages in read for page in file_pages]
    return {
        "workers": workers,
        "files": len(files),
        "pages": len(pages),
        "ocr_pages": sum(page.ocr for page in pages),
        "turned_pages": sum(page.rotation != 0 for page in pages),  # read a second time, upright
        **_figures(measurement, len(pages)),
    }


def _time_children(files: tuple[Path, ...], workers: int) -> dict:
    progress(f"reading the OCR files in reader children, {workers} at once ...")
    with measured() as measurement:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(extract_bounded, files))
    return {
        "workers": workers,
        "files": len(files),
        "errors": sum(len(r.errors) for r in results),
        "wall_s": round(measurement.wall_s, 3),
        "reader_peak_mib": _mib(measurement.reader_peak_kib),
    }


def time_one_file_per_call(corpus: Corpus, command: tuple[str, ...] = EXTRACT_COMMAND, cwd: Path | None = None) -> dict:
    """Every file through `command FILE --json`, one process per file, twice: as a first
    call reads (no resident reader: `WOONDOSSIER_RESIDENT=0`) and as a later call does (the
    resident reader a first call left behind serves it, `woondossier.resident`); each
    followed at once by the bare tool's process on the same file (the machine's speed
    drifts from minute to minute: side by side, not one series after the other). `cwd`:
    where the command runs (another checkout, for a before-and-after). The resident's
    CPU is not a call's: a resident call's CPU is the caller's alone."""
    progress("one file per call: woondossier extract without and with its resident reader, then the bare tool, file by file ...")
    with tempfile.TemporaryDirectory(prefix="woondossier-resident-") as runtime:
        cold_env = {**os.environ, "WOONDOSSIER_RESIDENT": "0"}
        warm_env = {**os.environ, "WOONDOSSIER_RESIDENT": "1", "XDG_RUNTIME_DIR": runtime, "WOONDOSSIER_RESIDENT_SECONDS": "600"}
        folder = Path(runtime) / f"woondossier-{os.getuid()}"
        timed_call([*command, str(corpus.files["digital"][0]), "--json"], cwd=cwd, env=warm_env)  # leaves it behind
        _wait_for(lambda: resident.serving(folder), 120, "the resident reader")
        try:
            calls = _calls_side_by_side(corpus, command, cwd, cold_env, warm_env)
        finally:
            for pid in resident.serving(folder).values():
                os.kill(pid, signal.SIGTERM)
    files = sum(len(corpus.files[r]) for r in RENDERINGS)
    total = {who: sum(calls[r][who]["total_wall_s"] for r in RENDERINGS) for who in ("ours", "first_call", "bare")}
    return {
        "command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)) + " FILE --json",
        "bare_text_command": "pypdfium2 extract-text FILE",
        "bare_ocr_command": BASELINE_COMMAND,
        **calls,
        "mixed": {
            "files": files,
            "ours_files_per_min": round(60 * files / total["ours"], 1),
            "first_call_files_per_min": round(60 * files / total["first_call"], 1),
            "bare_files_per_min": round(60 * files / total["bare"], 1),
            "ours_over_bare": _ratio(total["bare"], total["ours"]),
            "first_call_over_bare": _ratio(total["bare"], total["first_call"]),
        },
    }


def _calls_side_by_side(corpus: Corpus, command: tuple[str, ...], cwd: Path | None, cold_env: dict, warm_env: dict) -> dict:
    calls = {}
    for rendering in RENDERINGS:
        ours, first, bare = [], [], []
        bare_inputs = corpus.images[rendering] if rendering in OCR_RENDERINGS else corpus.files[rendering]
        for path, bare_input in zip(corpus.files[rendering], bare_inputs):
            first.append(timed_call([*command, str(path), "--json"], cwd=cwd, env=cold_env))
            ours.append(timed_call([*command, str(path), "--json"], cwd=cwd, env=warm_env))
            if rendering in OCR_RENDERINGS:
                bare.append(_timed(lambda image=bare_input: run_tesseract(image, DEFAULT_LIMITS.language, declared_dpi(image))))
            else:
                bare.append(timed_call([*BARE_TEXT_COMMAND, str(bare_input)]))
        calls[rendering] = {"ours": _calls(ours), "first_call": _calls(first), "bare": _calls(bare)}
    return calls


def _wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come within {seconds:.0f} s")
        time.sleep(0.1)


def _timed(call) -> tuple[float, float]:
    """Wall and CPU seconds of `call`, which runs one child process (its CPU from os.times)."""
    before, start = os.times(), time.perf_counter()
    call()
    wall, after = time.perf_counter() - start, os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _calls(timings: list[tuple[float, float]]) -> dict:
    walls, cpus = [w for w, _ in timings], [c for _, c in timings]
    return {
        "calls": len(timings),
        "median_wall_s": round(statistics.median(walls), 3),
        "min_wall_s": round(min(walls), 3),
        "median_cpu_s": round(statistics.median(cpus), 3),
        "total_wall_s": round(sum(walls), 3),
    }


def _time_tesseract(images: tuple[Path, ...], label: str, workers: int = 1) -> dict:
    progress(f"{label} ...")

    def bare(image: Path) -> None:
        run_tesseract(image, DEFAULT_LIMITS.language, dpis[image])

    dpis = {image: declared_dpi(image) for image in images}
    with measured() as measurement:
        if workers == 1:
            for image in images:
                bare(image)
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                list(pool.map(bare, [images[i] for i in largest_first(images)]))
    return {"workers": workers, "pages": len(images), **_figures(measurement, len(images))}


def _figures(m: Measurement, pages: int) -> dict:
    # cores' worth of CPU that other processes took meanwhile (the machine's busy time minus ours)
    others = round(max(0.0, sum(m.cores_busy_pct) / 100 - m.cpu_s / m.wall_s), 2) if m.wall_s else 0.0
    return {
        "wall_s": round(m.wall_s, 3),
        "pages_per_s": round(pages / m.wall_s, 3) if m.wall_s else None,
        "s_per_page": round(m.wall_s / pages, 3) if pages else None,
        "cpu_s": round(m.cpu_s, 2),
        "cpu_s_per_page": round(m.cpu_s / pages, 3) if pages else None,
        "cores_busy_pct": m.cores_busy_pct,
        "others_cores": others,
        "disturbed": others > _DISTURBED_CORES,
        "load_average_1min": m.load_average,
        "proc_rss_start_mib": _mib(m.rss_start_kib),
        "proc_peak_mib": _mib(m.rss_peak_kib),
        "proc_peak_is_lifetime": m.peak_is_lifetime,
        "total_peak_mib": _mib(m.total_peak_kib),
        "tesseract_peak_mib": _mib(m.child_peak_kib),
    }


# --- summaries ---------------------------------------------------------------------------


def _corpus_summary(corpus: Corpus) -> dict:
    return {
        "documents": list(corpus.documents),
        "doc_types": sorted({d.split("/")[0] for d in corpus.documents}),
        "pages": {r: corpus.pages for r in RENDERINGS},
        "files": {r: len(corpus.files[r]) for r in RENDERINGS},
    }


def _memory(reader: dict, baseline: dict, children: dict) -> dict:
    """A worker of `woondossier run` is a reader child process: its peak RSS, which counts
    what it shares with the forkserver it was forked from (Python, the libraries and the
    loaded Tesseract engines) as its own."""
    parallel = [reader[r]["parallel"] for r in OCR_RENDERINGS]
    return {
        "proc_peak_mib": max(p["proc_peak_mib"] for p in parallel),
        "total_peak_mib": max(p["total_peak_mib"] for p in parallel),
        "bare_tesseract_peak_mib": max(b["tesseract_peak_mib"] for b in baseline.values()),
        "per_worker_mib": children["reader_peak_mib"],
    }


def _overhead(ours: dict, bare: dict) -> dict:
    """Our sequential cost per page over bare Tesseract's: wall time, and CPU time, which
    other processes on the machine disturb much less."""
    return {"wall": _ratio(ours["s_per_page"], bare["s_per_page"]), "cpu": _ratio(ours["cpu_s_per_page"], bare["cpu_s_per_page"])}


def _batch(ours: dict, bare: dict, bare_parallel: dict, workers: int) -> dict:
    """Issue 4's OCR batch figure: our batch on all cores against bare Tesseract's
    one-at-a-time total shared out over the cores (the target: within 1.2x), and, like
    for like, against bare Tesseract run on all cores itself (the machine's ceiling)."""
    ideal = bare["wall_s"] / workers
    return {
        "ours_s": ours["wall_s"],
        "ideal_s": round(ideal, 3),
        "ours_over_ideal": _ratio(ours["wall_s"], ideal),
        "bare_parallel_over_ideal": _ratio(bare_parallel["wall_s"], ideal),
        "ours_over_bare_parallel": _ratio(ours["wall_s"], bare_parallel["wall_s"]),
    }


def _median_round(rounds: list[dict]) -> dict:
    """The round whose batch figure is the median (the lower middle one of an even
    number), with every round's figure: one round on a machine whose speed drifts
    by 10 % from minute to minute decides little."""
    middle = sorted(rounds, key=lambda r: r["ours_over_ideal"])[(len(rounds) - 1) // 2]
    return {**middle, "rounds": [r["ours_over_ideal"] for r in rounds]}


def _text_layer_claim(digital: dict) -> dict:
    pages = sum(run["pages"] for run in digital.values())
    ocr = sum(run["ocr_pages"] for run in digital.values())
    return {"digital_pages_read": pages, "ocr_pages": ocr, "holds": ocr == 0 and pages > 0}


# --- output ------------------------------------------------------------------------------


def format_table(results: dict) -> str:
    """The compact, human-readable report printed to stdout."""
    s, m, c = results["settings"], results["machine"], results["corpus"]
    first = results["reader"]["digital"]["sequential"]
    lines = [
        f"woondossier throughput: {s['pages']} pages per rendering, seed {s['seed']}, "
        f"parallel = {s['workers']} worker threads; load average {first['load_average_1min']:.2f} at start",
        f"machine: {m['cpu_count']} CPUs ({m['cpu_model']}), {m['tesseract']}, Python {m['python']}, {m['system']}",
        f"corpus: {len(c['documents'])} documents of {len(c['doc_types'])} doc types; files: "
        + ", ".join(f"{r} {c['files'][r]}" for r in RENDERINGS)
        + " (a scan: one page per PDF)",
        "",
        f"{'read_file':<21}{'pages':>5}{'OCR':>5}{'wall s':>8}{'pages/s':>9}{'s/page':>8}{'CPU s/pg':>10}"
        f"{'speed-up':>10}  {'cores busy %':<13}{'others':>6}",
    ]
    for rendering, runs in results["reader"].items():
        for mode, run in runs.items():
            extra = f"{run['speedup']:.2f}x" if mode == "parallel" else ""
            lines.append(_speed_row(f"{rendering} {_mode(mode, run)}", run, extra))
    lines += ["", f"{'bare tesseract':<21}{'pages':>5}{'':>5}{'wall s':>8}{'pages/s':>9}{'s/page':>8}{'CPU s/pg':>10}"
              f"{'':>10}  {'cores busy %':<13}{'others':>6}   ours/bare: s/page, CPU s/page"]  # fmt: skip
    for rendering in OCR_RENDERINGS:
        ratio = results["overhead"][rendering]
        row = _speed_row(f"{rendering} sequential", results["baseline"][rendering], "")
        lines.append(f"{row}   {ratio['wall']:.2f}x, {ratio['cpu']:.2f}x")
        lines.append(_speed_row(f"{rendering} {_mode('parallel', results['bare_parallel'][rendering])}", results["bare_parallel"][rendering], ""))
    lines.append(f"  each page: {results['baseline']['command']}")
    workers = results["settings"]["workers"]
    lines += ["", f"OCR batch on {workers} cores against bare tesseract's one-at-a-time total / {workers} (issue 4: within 1.20x)"]
    for rendering in OCR_RENDERINGS:
        batch = results["batch"][rendering]
        each = f" (median of {len(batch['rounds'])} rounds: " + ", ".join(f"{r:.2f}x" for r in batch["rounds"]) + ")" if len(batch["rounds"]) > 1 else ""
        lines.append(
            f"  {rendering:<6} {batch['ours_s']:.2f} s against {batch['ideal_s']:.2f} s: {batch['ours_over_ideal']:.2f}x{each}; "
            f"bare tesseract itself, {workers} at once: {batch['bare_parallel_over_ideal']:.2f}x; "
            f"ours over that: {batch['ours_over_bare_parallel']:.2f}x"
        )
    lines += ["", *_per_call_lines(results["one_file_per_call"])]
    lines += ["", f"{'memory, MiB':<21}{'process':>9}{'+ Tesseract':>13}{'one Tesseract':>15}"]
    rows = [(f"{r} {_mode(mode, run)}", run) for r in OCR_RENDERINGS for mode, run in results["reader"][r].items()]
    for label, run in rows + [(f"bare tesseract {r}", results["baseline"][r]) for r in OCR_RENDERINGS]:
        lines.append(f"{label:<21}{run['proc_peak_mib']:>9.0f}{run['total_peak_mib']:>13.0f}{run['tesseract_peak_mib']:>15.0f}")
    return "\n".join(lines + [""] + _notes(results))


def _per_call_lines(per_call: dict) -> list[str]:
    mixed = per_call["mixed"]
    lines = [
        f"one file per call: {per_call['command']}, each file followed by the bare tool on it (issue 18: born-digital <= 0.5 s)",
        "  ours: served by the resident reader an earlier call left; first call: none there (WOONDOSSIER_RESIDENT=0)",
        f"{'median s per call':<21}{'ours wall':>10}{'CPU':>7}{'first call':>12}{'CPU':>7}{'bare wall':>11}{'CPU':>7}{'ours/bare':>11}",
    ]
    for rendering in RENDERINGS:
        ours, first, bare = (per_call[rendering][who] for who in ("ours", "first_call", "bare"))
        label = f"{rendering} ({ours['calls']} files)"
        lines.append(
            f"{label:<21}{ours['median_wall_s']:>10.3f}{ours['median_cpu_s']:>7.3f}{first['median_wall_s']:>12.3f}{first['median_cpu_s']:>7.3f}"
            f"{bare['median_wall_s']:>11.3f}{bare['median_cpu_s']:>7.3f}{_ratio(ours['median_wall_s'], bare['median_wall_s']) or 0:>10.2f}x"
        )
    lines += [
        f"  bare: {per_call['bare_text_command']} (born-digital); {per_call['bare_ocr_command']} (scan, photo)",
        "  CPU of a call served by the resident is the caller's only; the reading's is the resident's",
        f"mixed corpus, {mixed['files']} files one per call: ours {mixed['ours_files_per_min']:.1f} files/min "
        f"(first calls {mixed['first_call_files_per_min']:.1f}), bare tools {mixed['bare_files_per_min']:.1f}: "
        f"{mixed['ours_over_bare']:.2f}x of the bare tools' rate (first calls {mixed['first_call_over_bare']:.2f}x; issue 18: at least 0.80x)",
    ]
    return lines


def _mode(mode: str, run: dict) -> str:
    return "sequential" if mode == "sequential" else f"parallel x{run['workers']}"


def _speed_row(label: str, run: dict, extra: str) -> str:
    ocr = run.get("ocr_pages", "")
    cores = " / ".join(f"{p:.0f}" for p in run["cores_busy_pct"])
    return (
        f"{label:<21}{run['pages']:>5}{ocr:>5}{run['wall_s']:>8.2f}{run['pages_per_s']:>9.2f}{run['s_per_page']:>8.3f}"
        f"{run['cpu_s_per_page']:>10.3f}{extra:>10}  {cores:<13}{run['others_cores']:>6.2f}{'*' if run['disturbed'] else ' '}"
    )


def _notes(results: dict) -> list[str]:
    claim, mem = results["text_layer_claim"], results["memory"]
    turned = {r: results["reader"][r]["sequential"]["turned_pages"] for r in OCR_RENDERINGS}
    phases = [run for runs in results["reader"].values() for run in runs.values()]
    bare = [results[kind][r] for kind in ("baseline", "bare_parallel") for r in OCR_RENDERINGS]
    disturbed = any(run["disturbed"] for run in phases + bare)
    return [
        f"text-layer pages OCR'd: {claim['ocr_pages']} of {claim['digital_pages_read']} digital pages read: "
        + ("the claim holds" if claim["holds"] else "FAILS: a page with a good text layer was OCR'd"),
        f"pages read_file turned upright and read again: scan {turned['scan']}, photo {turned['photo']}",
        *(["* other processes used more than 0.1 core during the phase: its wall s, pages/s and speed-up "
           "understate read_file; CPU s/page holds better"] if disturbed else []),
        f"per worker {mem['per_worker_mib']:.0f} MiB: the largest peak RSS of a reader child reading one of the OCR files "
        f"({results['reader_children']['workers']} at once, {results['reader_children']['wall_s']:.1f} s for "
        f"{results['reader_children']['files']} files, with field extraction; shared pages counted in full)",
        "measured: " + "\n          ".join(results["measured"]),
    ]


# --- helpers -----------------------------------------------------------------------------


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=at_least(1), default=DEFAULT_PAGES, help=f"pages per rendering (default {DEFAULT_PAGES})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    parser.add_argument("--rounds", type=at_least(1), default=1, help="measure the OCR batch figure this many times, report the median (default 1)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")
    parser.add_argument("--only-per-call", action="store_true", help="measure only one file per call against the bare tools (step 5)")
    parser.add_argument("--checkout", type=Path, metavar="DIR", help="with --only-per-call: run woondossier from this checkout (a before-and-after)")
    return parser.parse_args(argv)


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 2) if numerator and denominator else None


def _mib(kib: int) -> float:
    return round(kib / 1024, 1)


if __name__ == "__main__":
    sys.exit(main())
