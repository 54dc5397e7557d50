"""The `woondossier` command (CONTRACT.md §1).

    woondossier extract FILE... [--json]
    woondossier run INBOX --out OUT [--register CSV] [--db URL] [--reevaluate] [--pool NAME [--shards K]]
    woondossier report --db URL [--since DATE] --out FILE.xlsx
    woondossier serve --inbox DIR --out DIR --cron "0 2 * * *" [--register CSV] [--db URL]
    woondossier review --db URL [--host 127.0.0.1] [--port 8000] [--inbox DIR] [--cache DIR] [--state-dir DIR] [--secure-cookies]
    woondossier users add NAME --db URL [--password-stdin]
    woondossier users remove NAME --db URL
    woondossier purge --db URL --older-than 90d [--dry-run] [--state-dir DIR] [--cache DIR]

Exit status: 0 when the work was done (whatever the decisions), 2 for a usage error
with one line on stderr, 1 for an operational failure that stopped the batch.
`extract` never imports Prefect: it is the quick path for one file at a clerk's desk.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from woondossier.errors import WoondossierError

if TYPE_CHECKING:  # imported by `extract` only when it has a result to make
    from woondossier.model import FileError

USAGE_ERROR = 2
OPERATIONAL_FAILURE = 1


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        _usage_error(f"{message} (see '{self.prog} --help')")


def _usage_error(message: str) -> None:
    print(f"woondossier: {message}", file=sys.stderr)
    raise SystemExit(USAGE_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="woondossier",
        description="Read, classify, extract and check the documents of tenants' applications.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = commands.add_parser(
        "extract",
        help="read files and print the documents and fields found in them",
        description="Read each file (PDF, JPEG, PNG, TIFF or .eml), find the documents in it, classify and extract them.",
    )
    extract.add_argument("files", nargs="+", metavar="FILE", type=Path)
    extract.add_argument("--json", action="store_true", help="print JSON (CONTRACT.md section 3) instead of a table")

    run = commands.add_parser(
        "run",
        help="process every application in an inbox through the Prefect flow",
        description="Process every application folder in INBOX; write OUT/<application_id>/result.json, OUT/report.csv and the database.",
    )
    run.add_argument("inbox", metavar="INBOX", type=Path)
    run.add_argument("--out", required=True, metavar="OUT", type=Path, help="folder for results")
    run.add_argument("--register", metavar="CSV", type=Path, help="tenancy register (default: INBOX/register.csv when it exists)")
    run.add_argument("--db", metavar="URL", help="SQLAlchemy URL of the results database (default: sqlite:///OUT/woondossier.db)")
    run.add_argument(
        "--reevaluate",
        action="store_true",
        help="check again, from the stored fields and without reading files again, applications decided under other policy numbers",
    )
    run.add_argument("--quiet", action="store_true", help="print no progress and no decisions table")
    run.add_argument(
        "--pool",
        metavar="NAME",
        help="spread the batch over the workers of the Prefect work pool NAME (deployment process-shard/NAME; needs PREFECT_API_URL and a PostgreSQL --db)",
    )
    run.add_argument("--shards", metavar="K", type=_positive, help="with --pool: split the work into K shards (default: 4 per online worker, fewer when a shard would have under 20 pages)")

    report = commands.add_parser(
        "report",
        help="write the analysts' Excel workbook from the results database",
        description="Write FILE.xlsx: a sheet of applications needing action (fail, incomplete, review) with the reasons, and a summary of counts per type, corporation and check.",
    )
    report.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the results database, e.g. sqlite:///out/woondossier.db")
    report.add_argument("--since", metavar="DATE", type=_iso_date, help="only applications decided on or after this date (YYYY-MM-DD)")
    report.add_argument("--out", required=True, metavar="FILE", type=Path, help="the workbook to write (.xlsx)")

    serve = commands.add_parser(
        "serve",
        help="run the inbox on a schedule, as a Prefect deployment served by this process",
        description="Serve the flow nightly-run (deployment 'nightly') on a cron schedule; each run processes what is new or changed since the last.",
    )
    serve.add_argument("--inbox", required=True, metavar="DIR", type=Path, help="the inbox folder the uploads land in")
    serve.add_argument("--out", required=True, metavar="DIR", type=Path, help="folder for results")
    serve.add_argument("--cron", required=True, help='when to run, as cron, e.g. "0 2 * * *" for 02:00 every night')
    serve.add_argument("--register", metavar="CSV", type=Path, help="tenancy register (default: INBOX/register.csv when it exists at run time)")
    serve.add_argument("--db", metavar="URL", help="SQLAlchemy URL of the results database (default: sqlite:///OUT/woondossier.db)")

    review = commands.add_parser(
        "review",
        help="start the analysts' review web application on the results database",
        description="Serve the review application: the queue of applications needing action, each application's checks, "
        "fields and pages, corrections, overrides and the audit log. Analysts log in with accounts made by 'woondossier users add'.",
    )
    review.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the results database, e.g. sqlite:///out/woondossier.db")
    review.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    review.add_argument("--port", default=8000, type=int, help="port to listen on (default: 8000)")
    review.add_argument("--inbox", metavar="DIR", type=Path, help="the inbox holding the original files (default: the inbox of the run that read them)")
    review.add_argument("--cache", metavar="DIR", type=Path, help="folder for rendered page images, kept private (default: STATE-DIR/pages)")
    review.add_argument("--state-dir", metavar="DIR", type=Path, help="the service's own folder, mode 0700, for its session key and page cache (default: ~/.local/state/woondossier/review)")
    review.add_argument("--secure-cookies", action="store_true", help="behind HTTPS: send the session cookie over HTTPS only (see README, Review application)")

    purge = commands.add_parser(
        "purge",
        help="remove the documents' data of applications past their retention period",
        description="Remove fields, documents, files, checks, corrections and review notes of applications last evaluated "
        "longer ago than --older-than; the decisions history and the runs stay (woondossier/retention.py).",
    )
    purge.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the results database")
    purge.add_argument("--older-than", required=True, metavar="AGE", type=_age, help="retention period in days, e.g. 90d")
    purge.add_argument("--dry-run", action="store_true", help="count what would be removed, remove nothing")
    purge.add_argument("--state-dir", metavar="DIR", type=Path, help="the review service's folder whose page cache loses the purged files' pages (default: as 'review')")
    purge.add_argument("--cache", metavar="DIR", type=Path, help="the review service's page cache, when it was started with --cache")

    users = commands.add_parser("users", help="manage the analysts' accounts of the review application")
    user_commands = users.add_subparsers(dest="users_command", metavar="ACTION", parser_class=_Parser, required=True)
    add = user_commands.add_parser("add", help="add an analyst (the password is asked for, twice)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the results database")
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin (for scripts)")
    remove = user_commands.add_parser("remove", help="remove an analyst; their sessions end at once")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--db", required=True, metavar="URL", help="SQLAlchemy URL of the results database")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of 1 or more: {text!r}")
    return int(text)


def _age(text: str) -> timedelta:
    from woondossier.retention import parse_age

    try:
        return parse_age(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return USAGE_ERROR
    if args.command in ("extract", "run", "serve"):
        _check_ocr_slots()
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "report":
            return _report(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "review":
            return _review(args)
        if args.command == "users":
            return _users_add(args) if args.users_command == "add" else _users_remove(args)
        if args.command == "purge":
            return _purge(args)
        return _run(args)
    except (WoondossierError, OSError) as exc:  # OSError: OUT not writable, the disk full (issue 20)
        from woondossier.failure import failure_line

        _say(f"woondossier: {failure_line(exc)}")
        return OPERATIONAL_FAILURE


def _check_ocr_slots() -> None:
    """WOONDOSSIER_OCR_SLOTS, when set, is a usage error before any reading, not a traceback in a reader."""
    from woondossier.resources import SlotsError, ocr_slots

    try:
        ocr_slots()
    except SlotsError as exc:
        _usage_error(str(exc))


def _say(line: str) -> None:
    """One line on stderr; during a run through `flows.stopping`, whose terminal holds other writes back."""
    stopping = sys.modules.get("flows.stopping")
    if stopping is not None:
        stopping.say(line)
    else:
        print(line, file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    from woondossier import resident

    if not any(os.path.lexists(f) for f in args.files):
        _usage_error(f"no such file: {', '.join(str(f) for f in args.files)}")
    # Every path ends as an entry: one that is no readable file (a link loop, a folder) as an error.
    refused = {i: error for i, f in enumerate(args.files) if (error := _not_a_file(f)) is not None}
    place = None if refused else resident.socket_path()
    if (text := resident.ask(place, [(Path(os.path.abspath(f)), str(f)) for f in args.files], args.json)) is not None:
        print(text)  # read by a resident reader a call before this one left (woondossier.resident)
        return 0
    status = _extract_here(args, refused)
    resident.leave_behind(place)  # for the next call, after this one has printed
    return status


def _extract_here(args: argparse.Namespace, refused: dict[int, FileError]) -> int:
    from extractors.sandbox import extract_alone, extract_many
    from woondossier.model import FileResult
    from woondossier.output import extract_text

    files = args.files
    readable = [i for i in range(len(files)) if i not in refused]
    if len(readable) == 1 and len(files) == 1:  # a clerk's or a script's one file: no forkserver, no models unless a page needs OCR
        read = {readable[0]: extract_alone(files[0], name=str(files[0]))}
    else:
        from woondossier.resources import ocr_slots

        # One child process per file, bounded in time and memory; OCR is bounded by Tesseract slots anyway.
        read = dict(zip(readable, extract_many([(files[i], str(files[i])) for i in readable], ocr_slots())))
    read |= {i: FileResult(file=error.file, errors=(error,)) for i, error in refused.items()}
    print(extract_text([read[i] for i in range(len(files))], args.json))
    return 0


def _not_a_file(path: Path) -> FileError | None:
    """`woondossier.inbox.not_a_file`: why `path` cannot be read as a file, or None.

    A regular file is answered here: `woondossier.inbox` imports the validators and
    their policies (~40 ms), which `extract` of a file that is there never needs."""
    try:
        if stat.S_ISREG(path.stat().st_mode):
            return None
    except OSError:
        pass  # a link loop, a link pointing nowhere: said in the inbox's words
    from woondossier.inbox import not_a_file

    return not_a_file(path)


def _run(args: argparse.Namespace) -> int:
    if not args.inbox.is_dir():
        _usage_error(f"inbox folder not found: {args.inbox}")
    register = args.register
    if register is not None and not register.is_file():
        _usage_error(f"register file not found: {register}")
    if args.pool is not None:
        _check_distributed(args)
    elif args.shards is not None:
        _usage_error("--shards needs --pool: a run in this process is not split")
    from flows.stopping import Stopped, say_stopped, stop_on_signals
    from flows.watchdog import guard

    guard()  # Prefect's temporary server and the readers end with this process, even on SIGKILL
    try:
        with stop_on_signals():
            if args.pool is not None:
                from flows.fan_out import run_pool  # Prefect is imported only here

                run_pool(args.inbox, args.out, args.db, args.pool, args.shards, register, args.quiet, args.reevaluate)
            else:
                from flows.process_inbox import run_inbox  # Prefect is imported only here

                run_inbox(args.inbox, args.out, register=register, db=args.db, quiet=args.quiet, reevaluate=args.reevaluate)
    except Stopped as stopped:
        say_stopped(stopped.name)
        return 128 + stopped.signum  # the shell's convention for a process ended by a signal
    return 0


def _check_distributed(args: argparse.Namespace) -> None:
    """A run spread over machines needs a database that takes several writers, and a server the workers share."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(args.db).get_backend_name() if args.db else "sqlite"
    except ArgumentError:
        _usage_error(f"--db is no SQLAlchemy URL: {args.db!r}")
    if backend != "postgresql":
        _usage_error("a distributed run (--pool) needs PostgreSQL: give --db postgresql+psycopg://..., SQLite takes one writer at a time")
    if not os.environ.get("PREFECT_API_URL"):
        _usage_error("a distributed run (--pool) needs the Prefect server its workers use: set PREFECT_API_URL (see README, Running on several machines)")


def _report(args: argparse.Namespace) -> int:
    from woondossier.report import action_rows, write_workbook
    from woondossier.store import Store

    if args.out.suffix.lower() != ".xlsx":
        _usage_error(f"the report is an Excel workbook: --out must end in .xlsx, not {args.out.name!r}")
    results = Store(args.db).results(since=args.since)
    write_workbook(args.out, results)
    print(f"{args.out}: {len(results)} applications, {len(action_rows(results))} need action")
    return 0


def _serve(args: argparse.Namespace) -> int:
    if not args.inbox.is_dir():
        _usage_error(f"inbox folder not found: {args.inbox}")
    if len(args.cron.split()) != 5:
        _usage_error(f"--cron needs five fields (minute hour day month weekday), not {args.cron!r}")
    if not os.environ.get("PREFECT_API_URL"):
        _usage_error(
            "serve needs a Prefect server to keep the schedule: start one with 'prefect server start' "
            "and set PREFECT_API_URL=http://127.0.0.1:4200/api (see README, Nightly runs)"
        )
    from flows.nightly import serve  # Prefect is imported only here

    try:
        serve(args.inbox, args.out, args.cron, register=args.register, db=args.db)
    except KeyboardInterrupt:  # Ctrl-C; on SIGTERM Prefect's runner exits by itself
        print("woondossier: serve stopped; the schedule stays, runs wait until serve is started again", file=sys.stderr)
    return 0


def _review(args: argparse.Namespace) -> int:
    import uvicorn

    from review import create_app

    if args.inbox is not None and not args.inbox.is_dir():
        _usage_error(f"inbox folder not found: {args.inbox}")
    app = create_app(args.db, inbox=args.inbox, cache=args.cache, state=args.state_dir, secure_cookies=args.secure_cookies)
    scheme = "https (behind your proxy)" if args.secure_cookies else "http"
    print(f"woondossier review: {scheme} on {args.host}:{args.port} (Ctrl+C stops it)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from review.keys import default_state_dir
    from review.pages import clear_cache
    from woondossier.privacy import mask_numbers
    from woondossier.retention import purge
    from woondossier.store import Store

    done = purge(Store(args.db).engine, args.older_than, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    print(
        f"{verb} the documents' data of {len(done.application_ids)} applications last evaluated before "
        f"{done.cutoff:%Y-%m-%d %H:%M} UTC; decisions and runs kept"
    )
    for application_id in done.application_ids:
        print(f"  {mask_numbers(application_id)}")
    for table, rows in done.removed.items():
        print(f"{table}: {rows} rows {verb}")
    for table, rows in done.cleared.items():
        print(f"{table}: {rows} rows kept, texts {'would be ' if args.dry_run else ''}cleared")
    cache = args.cache or (args.state_dir or default_state_dir()) / "pages"
    if not args.dry_run and cache.is_dir():
        print(f"page cache: the pages of {clear_cache(cache, done.file_sha256s)} files removed from {cache}")
    return 0


def _users_add(args: argparse.Namespace) -> int:
    import getpass

    from review import add_user
    from woondossier.store import Store

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            _usage_error("the two passwords differ; nothing was changed")
    add_user(Store(args.db).engine, args.name, password)
    print(f"user {args.name} added")
    return 0


def _users_remove(args: argparse.Namespace) -> int:
    from review import remove_user
    from woondossier.store import Store

    ended = remove_user(Store(args.db).engine, args.name)
    print(f"user {args.name} removed; {ended} sessions ended")
    return 0


if __name__ == "__main__":
    sys.exit(main())
