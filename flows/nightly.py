"""The nightly run: the inbox flow on a schedule, as a Prefect deployment.

`woondossier serve --inbox DIR --out DIR --cron "0 2 * * *"` serves the flow
`nightly-run` (deployment `nightly`) from this process: Prefect's scheduler creates a
flow run at each cron time and this process runs it. Each run processes only what is
new or changed since the last one (`woondossier.plan`: unchanged applications are left
alone, new files are the only ones read), so a night with three uploads costs three
uploads. Defaults (register, database) are resolved when the run starts, not when the
deployment is made, so a register export that appears later is used.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from flows import runtime

runtime.configure()

from prefect import flow  # noqa: E402

from flows.process_inbox import run_inbox  # noqa: E402

DEPLOYMENT = "nightly"


@flow(name="nightly-run")
def nightly_run(inbox: str, out: str, register_csv: str | None = None, db: str | None = None) -> dict[str, int]:
    """Process the inbox into out; the decisions counted, for the run's result in the Prefect UI."""
    results = run_inbox(Path(inbox), Path(out), register=Path(register_csv) if register_csv else None, db=db, quiet=True)
    return dict(Counter(r.decision.value for r in results))


@flow(name="nightly-fan-out")
def nightly_fan_out(inbox: str, out: str, db: str, pool: str = "woondossier", register_csv: str | None = None) -> dict[str, int]:
    """The nightly run spread over the work pool `pool` (flows/fan_out.py), from a worker of the queue `parents`."""
    from flows.fan_out import refuse_in_shard_queue, run_pool

    refuse_in_shard_queue()
    return run_pool(Path(inbox), Path(out), db, pool, register=Path(register_csv) if register_csv else None, quiet=True)


def serve(inbox: Path, out: Path, cron: str, register: Path | None = None, db: str | None = None) -> None:
    """Serve `nightly-run` on `cron` until stopped (Ctrl-C); the schedule survives restarts."""
    parameters = {"inbox": str(inbox.resolve()), "out": str(out.resolve())}
    if register is not None:
        parameters["register_csv"] = str(register.resolve())
    if db is not None:
        parameters["db"] = db
    nightly_run.serve(name=DEPLOYMENT, cron=cron, parameters=parameters, pause_on_shutdown=False)
