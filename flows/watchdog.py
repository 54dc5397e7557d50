"""Prefect's temporary server never outlives the run that started it.

In ephemeral mode Prefect starts its API server as a child process (uvicorn) and stops
it at exit (`atexit`). A run killed with SIGKILL runs no exit handler: the server (and
any reader child) stayed behind, 4 times in 5 (issue 20). `guard()` starts a small
watchdog, in a session of its own so that no signal to the run reaches it, that waits
for the run's process to end (a pidfd: no polling, no pid reuse) and then ends every
process that carries this run's token in its environment: the processes the run
started, the temporary server included, and nothing else. When the run ended normally
there is nothing left to end, and the watchdog just exits.

    python -m flows.watchdog PID TOKEN      (started by `guard`, not by hand)
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

TOKEN_VARIABLE = "WOONDOSSIER_RUN_TOKEN"
GRACE_SECONDS = 5.0


def guard() -> str:
    """Mark this process's future children with a token and start the watchdog; returns the token.

    Call it before Prefect starts its server: the children inherit the environment.
    """
    token = uuid.uuid4().hex
    os.environ[TOKEN_VARIABLE] = token
    environment = {k: v for k, v in os.environ.items() if k != TOKEN_VARIABLE}
    subprocess.Popen(
        [sys.executable, "-m", "flows.watchdog", str(os.getpid()), token],
        start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        close_fds=True, env=environment, cwd=str(Path(__file__).resolve().parents[1]),
    )  # fmt: skip
    return token


def carriers(token: str) -> list[int]:
    """The processes whose environment holds `TOKEN_VARIABLE=token` (readable ones: our own)."""
    marker = f"{TOKEN_VARIABLE}={token}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue  # gone, or not ours to read
    return found


def _wait_for(pid: int) -> None:
    try:
        descriptor = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        select.select([descriptor], [], [])
    finally:
        os.close(descriptor)


def _end(pids: list[int]) -> None:
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.1)
    for pid in pids:
        _signal(pid, signal.SIGKILL)


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def main(argv: list[str]) -> int:
    pid, token = int(argv[0]), argv[1]
    _wait_for(pid)
    _end(carriers(token))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
