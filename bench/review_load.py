"""How the review application holds up under a team of analysts: latency and errors.

    .venv/bin/python -m bench.review_load [--db URL] [--inbox DIR] [--analysts 20] [--seconds 60] [--think 1.0] [--warm] [--json PATH]

One run, in order:
1. a results database in a temporary folder: a copy of --db (an SQLite file, e.g. the
   one `make demo` fills), else the sample inbox read and checked as `woondossier run`
   does (`extract_bounded`, `assess`, `Store.save`), without Prefect;
2. --analysts accounts added to that copy (never to --db itself);
3. `woondossier review` started as deployed, one uvicorn process, on 127.0.0.1 and a
   free port, with its own state directory (key, page cache) in the temporary folder;
   with --warm, every application in the queue is opened once before the timing (its
   pages rendered into the cache, as after the first analyst looked at it); without,
   the first look at each application renders its pages while the analyst waits;
4. one thread per analyst, each with its own session: log in, then for --seconds
   open the queue (now and then filtered), open an application from it, load one of
   its page images, and correct an amount field of it by one cent (then open the page
   the correction redirects to), in a fixed proportion (`MIX`), pausing between two
   actions a random 0.5 to 1.5 times --think seconds (an analyst glancing at the page
   before the next click; people take longer). `--think 0` sends the next request as
   soon as the answer is in: then the server is saturated, and latency is simply the
   number of analysts over the requests per second it manages;
5. print, per kind of request and for the analysts' work (all but the logins, which
   happen once a day and cost an argon2 hash by design), the count, p50 and p95
   latency in ms and the errors (a status other than the one the browser expects, or no answer); with
   --json also the figures. Exit status 1 when there was any error.

Bounded: at most `MAX_ANALYSTS` threads, `MAX_SECONDS` seconds and `MAX_REQUESTS`
requests, against 127.0.0.1 only (there is no option to aim it elsewhere). Latency is
`time.perf_counter` around one request, from this process, on the same machine: it
includes the client's share of the CPU.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from html import unescape
from pathlib import Path

import httpx

from bench._cli import at_least, progress

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "inbox"
HOST = "127.0.0.1"
PASSWORD = "load test password"
MAX_ANALYSTS, MAX_SECONDS, MAX_REQUESTS = 100, 600, 200_000
TARGET_P95_MS = 300
MIX = (("queue", 4), ("application", 3), ("page", 2), ("correct", 1))
_APPLICATION = re.compile(r'<a href="/applications/([^"]+)">')
_PAGE = re.compile(r'<img src="(/applications/[^"]+/page\.png\?[^"]+)"')
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_AMOUNT_FIELD = re.compile(
    r'name="key" value="([^"]+)">\s*<input name="value" value="(\d+\.\d\d)"'
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.review_load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", metavar="URL", help="an SQLite results database to copy (default: read the sample inbox)")
    parser.add_argument("--inbox", type=Path, default=SAMPLES, help="the inbox holding the original files (default: samples/inbox)")
    parser.add_argument("--analysts", type=at_least(1), default=20, help=f"concurrent analysts' sessions (default 20, at most {MAX_ANALYSTS})")
    parser.add_argument("--seconds", type=at_least(1), default=60, help=f"how long the load lasts (default 60, at most {MAX_SECONDS})")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause in seconds between an analyst's actions (default 1.0; 0: none)")
    parser.add_argument("--warm", action="store_true", help="open every queued application once, untimed, before the load")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON too")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    analysts, seconds = min(args.analysts, MAX_ANALYSTS), min(args.seconds, MAX_SECONDS)
    with tempfile.TemporaryDirectory(prefix="woondossier-load-") as folder:
        work = Path(folder)
        db_url = _database(work, args.db, args.inbox)
        names = _accounts(db_url, analysts)
        with _server(work, db_url, args.inbox) as base_url:
            if args.warm:
                _warm(base_url, names[0])
            progress(f"{analysts} analysts for {seconds} s against {base_url} ...")
            timings, errors = _load(base_url, names, seconds, max(args.think, 0.0))
    figures = _figures(timings, errors, analysts, seconds, max(args.think, 0.0))
    figures["setup"]["warm"] = args.warm
    print(_table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if figures["work"]["errors"] else 0


# --- setting up ---------------------------------------------------------------------------


def _database(work: Path, db: str | None, inbox: Path) -> str:
    path = work / "woondossier.db"
    if db:
        from sqlalchemy.engine import make_url

        source = make_url(db)
        if source.get_backend_name() != "sqlite" or not source.database:
            raise SystemExit("bench.review_load: --db must be an SQLite file it can copy (the load test never writes to yours)")
        shutil.copy(source.database, path)
        return f"sqlite:///{path}"
    progress(f"reading {inbox} into a fresh database (as 'woondossier run' does) ...")
    from extractors.sandbox import extract_bounded
    from validators import load_register
    from woondossier.assess import assess
    from woondossier.inbox import ingest
    from woondossier.plan import plan_application
    from woondossier.store import Store

    store = Store(f"sqlite:///{path}")
    run = store.start_run(str(inbox))
    register = load_register(inbox / "register.csv") if (inbox / "register.csv").is_file() else None
    intakes = ingest(inbox)
    for intake in intakes:
        plan = plan_application(intake, store, register)
        files = {name: (extract_bounded(intake.folder.path / name, name=name), True) for name in plan.hashes}
        result = assess(intake, {name: r for name, (r, _) in files.items()}, register)
        store.save(plan.evaluation(result, files), run)
    store.finish_run(run, applications=len(intakes), evaluated=len(intakes), files_read=0)
    store.engine.dispose()
    return f"sqlite:///{path}"


def _accounts(db_url: str, count: int) -> list[str]:
    from review import add_user
    from woondossier.store import Store

    engine = Store(db_url).engine
    names = [f"analist{n:02d}" for n in range(1, count + 1)]
    for name in names:
        add_user(engine, name, PASSWORD)
    engine.dispose()
    return names


class _server:
    """`woondossier review` in its own process on 127.0.0.1, for the length of a `with`."""

    def __init__(self, work: Path, db_url: str, inbox: Path) -> None:
        self.work = work
        with socket.socket() as probe:
            probe.bind((HOST, 0))
            self.port = probe.getsockname()[1]
        self.command = [sys.executable, "-m", "woondossier.cli", "review", "--db", db_url, "--host", HOST,
                        "--port", str(self.port), "--inbox", str(inbox), "--state-dir", str(work / "state")]  # fmt: skip

    def __enter__(self) -> str:
        self.log = self.work / "review.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(self.command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        base_url, deadline = f"http://{HOST}:{self.port}", time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench.review_load: the review app did not start: {self.log.read_text()[-2000:]}")
            try:
                httpx.get(f"{base_url}/login", timeout=2)
                return base_url
            except httpx.TransportError:
                time.sleep(0.2)
        self.process.terminate()
        raise SystemExit("bench.review_load: the review app did not answer within 60 s")

    def __exit__(self, *_exc) -> None:
        status = self.process.poll()
        if status is not None:  # it died under the load: say how, and the figures will show the errors
            progress(f"the review app ended during the load, exit status {status}: {self.log.read_text()[-2000:]}")
        else:
            self.process.terminate()
            self.process.wait(timeout=30)


def _warm(base_url: str, name: str) -> None:
    progress("opening every queued application once (--warm) ...")
    with httpx.Client(base_url=base_url, timeout=300, follow_redirects=False) as client:
        session = _Session(client, defaultdict(list), defaultdict(list), threading.Lock(), [MAX_REQUESTS])
        session.log_in(name)
        for application_id in sorted(set(_APPLICATION.findall(client.get("/").text))):
            session.application(application_id)


# --- the load -------------------------------------------------------------------------------


def _load(base_url: str, names: list[str], seconds: int, think: float) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    lock, budget = threading.Lock(), [MAX_REQUESTS]
    deadline = time.monotonic() + seconds

    def analyst(name: str, seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base_url, timeout=30, follow_redirects=False) as client:
            session = _Session(client, timings, errors, lock, budget)
            if not session.log_in(name):
                return
            applications: list[str] = []
            while time.monotonic() < deadline and session.allowed():
                time.sleep(think * rng.uniform(0.5, 1.5))
                kind = rng.choices([k for k, _ in MIX], weights=[w for _, w in MIX])[0]
                if kind == "queue" or not applications:
                    found = session.queue(rng)
                    applications = found or applications
                    continue
                application_id = rng.choice(applications)
                if kind == "application":
                    session.application(application_id)
                elif kind == "page":
                    session.page(application_id, rng)
                else:
                    session.correct(application_id, rng)

    threads = [threading.Thread(target=analyst, args=(name, n), daemon=True) for n, name in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return timings, errors


class _Session:
    """One analyst's requests, each timed and checked for the status a browser expects."""

    def __init__(self, client: httpx.Client, timings, errors, lock: threading.Lock, budget: list[int]) -> None:
        self.client, self.timings, self.errors, self.lock, self.budget = client, timings, errors, lock, budget
        self.pages: dict[str, str] = {}  # application id -> its last page's HTML

    def allowed(self) -> bool:
        with self.lock:
            self.budget[0] -= 1
            return self.budget[0] >= 0

    def request(self, kind: str, method: str, url: str, expected: int, **kwargs) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            with self.lock:
                self.errors[kind].append(f"{method} {url}: {type(exc).__name__}")
            return None
        elapsed = time.perf_counter() - started
        with self.lock:
            self.timings[kind].append(elapsed)
            if response.status_code != expected:
                self.errors[kind].append(f"{method} {url}: {response.status_code}")
        return response if response.status_code == expected else None

    def log_in(self, name: str) -> bool:
        form = self.request("login", "GET", "/login", 200)
        token = _CSRF.search(form.text).group(1) if form is not None else ""
        data = {"csrf_token": token, "username": name, "password": PASSWORD, "next": "/"}
        return self.request("login", "POST", "/login", 303, data=data) is not None

    def queue(self, rng: random.Random) -> list[str]:
        query = rng.choice(("", "", "?decision=fail", "?decision=review", "?type=onderhuur", "?handled=1"))
        response = self.request("queue", "GET", f"/{query}", 200)
        return _APPLICATION.findall(response.text) if response is not None else []

    def application(self, application_id: str) -> str | None:
        response = self.request("application", "GET", f"/applications/{application_id}", 200)
        if response is not None:
            self.pages[application_id] = response.text
        return response.text if response is not None else None

    def page(self, application_id: str, rng: random.Random) -> None:
        html = self.pages.get(application_id) or self.application(application_id)
        images = _PAGE.findall(html or "")
        if images:
            self.request("page", "GET", unescape(rng.choice(images)), 200)

    def correct(self, application_id: str, rng: random.Random) -> None:
        html = self.pages.get(application_id) or self.application(application_id)
        amounts = _AMOUNT_FIELD.findall(html or "")
        if not amounts or not _CSRF.search(html):
            return
        key, value = rng.choice(amounts)
        cents = round(float(value) * 100) + rng.choice((-1, 1))
        data = {"csrf_token": _CSRF.search(html).group(1), "key": unescape(key), "value": f"{max(cents, 1) / 100:.2f}"}
        response = self.request("correct", "POST", f"/applications/{application_id}/correct", 303, data=data)
        if response is not None:
            shown = self.request("application", "GET", response.headers["location"], 200)
            if shown is not None:
                self.pages[application_id] = shown.text


# --- the figures ------------------------------------------------------------------------------


def _figures(timings: dict[str, list[float]], errors: dict[str, list[str]], analysts: int, seconds: int, think: float) -> dict:
    kinds = ["login", *(k for k, _ in MIX)]
    figures = {kind: _summary(timings.get(kind, []), errors.get(kind, [])) for kind in kinds}
    work = [k for k, _ in MIX]
    figures["work"] = _summary([t for k in work for t in timings.get(k, [])], [e for k in kinds for e in errors.get(k, [])])
    figures["setup"] = {"analysts": analysts, "seconds": seconds, "think_s": think, "target_p95_ms": TARGET_P95_MS}
    return figures


def _summary(times: list[float], errors: list[str]) -> dict:
    ms = sorted(t * 1000 for t in times)
    return {
        "requests": len(ms),
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
        "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1) if ms else None,
        "errors": len(errors),
        "first_errors": errors[:5],
    }


def _table(figures: dict) -> str:
    setup = figures["setup"]
    cache = "warm" if setup.get("warm") else "cold"
    lines = [
        f"{setup['analysts']} analysts, {setup['seconds']} s, think {setup['think_s']} s, {cache} page cache, 127.0.0.1",
        f"{'request':<12} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}",
    ]
    for kind, row in figures.items():
        if kind == "setup":
            continue
        p50 = "-" if row["p50_ms"] is None else f"{row['p50_ms']:.1f}"
        p95 = "-" if row["p95_ms"] is None else f"{row['p95_ms']:.1f}"
        lines.append(f"{kind:<12} {row['requests']:>7} {p50:>8} {p95:>8} {row['errors']:>7}")
        lines.extend(f"    {e}" for e in row["first_errors"] if kind != "work")
    met = figures["work"]["errors"] == 0 and (figures["work"]["p95_ms"] or 0) <= setup["target_p95_ms"]
    verdict = "met" if met else "NOT met"
    lines.append(f"work (all but the logins; errors: all): target p95 <= {setup['target_p95_ms']} ms and 0 errors: {verdict}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
