"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temp dir.

`initdb` and `pg_ctl` from /usr/lib/postgresql/<version>/bin start a server on
127.0.0.1 and a free port, with trust authentication for the local test user only,
fsync off (nothing here needs to survive a power cut), and its socket in the same
temp dir. PostgreSQL refuses to run as root, so when the tests run as root (CI) the
server runs as the `postgres` system user the package creates (or `nobody`).
Everything is removed when the session ends.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "woondossier"


class PostgresUnavailable(Exception):
    """No server could be started here; the message says why and what to install."""


@dataclass
class PostgresServer:
    root: Path
    bindir: Path
    port: int
    run_as: str | None

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._pg("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _pg(self, program: str, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.bindir / program), *args],
            capture_output=True,
            text=True,
            timeout=120,
            user=self.run_as,
            cwd=self.root,
            check=True,
        )


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps initdb off PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return found[-1].parent if found else None


def start() -> PostgresServer:
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
            "scripts/setup.sh installs Debian's 'postgresql' package when run as root"
        )
    run_as = _unprivileged_user() if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="woondossier-pg-"))
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(root=root, bindir=bindir, port=_free_port(), run_as=run_as)
    try:
        server._pg("initdb", "-D", str(root / "data"), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale")
        options = f"-c listen_addresses=127.0.0.1 -p {server.port} -c unix_socket_directories={root} -c fsync=off"
        server._pg("pg_ctl", "-D", str(root / "data"), "-o", options, "-l", str(root / "server.log"), "-w", "-t", "60", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        log = (root / "server.log").read_text(errors="replace")[-2000:] if (root / "server.log").exists() else ""
        stderr = getattr(exc, "stderr", "") or ""
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL did not start: {exc}; {stderr.strip()[-1000:]} {log}") from exc
    return server


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PostgresUnavailable("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
