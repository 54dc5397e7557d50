"""One batch spread over the workers of a Prefect work pool (issue 19), exactly once.

plan (here, in the parent) → split the applications with work into shards of about equal
pages → one flow run of the deployment `process-shard/<pool>` per shard, each on
whichever worker takes it → wait → a shard that ended Failed or Crashed is dispatched
again (its own re-plan reads only what is still missing) → report from the store.

Exactly once rests on the store, not on Prefect: every application is saved in one
transaction under the parent's run, and a shard run again finds what its first attempt
saved unchanged. Each shard run is created under an idempotency key made of the
parent's flow run and the shard, so a parent run again by Prefect starts no second copy.
The parent only waits; it must not hold a slot of the workers it waits for
(`refuse_in_shard_queue`): `prefect.yaml` runs it from the queue `parents`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path

from flows import runtime

runtime.configure()

from prefect import flow, get_run_logger  # noqa: E402
from prefect.automations import Automation  # noqa: E402
from prefect.client.schemas.filters import (  # noqa: E402
    FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterId, FlowRunFilterState, FlowRunFilterStateType,
)  # fmt: skip
from prefect.client.schemas.objects import StateType  # noqa: E402
from prefect.client.schemas.sorting import FlowRunSort  # noqa: E402
from prefect.client.orchestration import get_client  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.deployments import run_deployment  # noqa: E402
from prefect.events.actions import ChangeFlowRunState  # noqa: E402
from prefect.events.schemas.automations import EventTrigger, Posture  # noqa: E402
from prefect.events.schemas.events import ResourceSpecification  # noqa: E402
from prefect.states import Failed  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from flows.process_inbox import WORKERS, _say_skipped, _warn_policy_changed, decide_applications  # noqa: E402
from validators import load_register  # noqa: E402
from woondossier.errors import RunError  # noqa: E402
from woondossier.failure import failure_line  # noqa: E402
from woondossier.inbox import ingest, skipped_entries  # noqa: E402
from woondossier.output import write_report, write_result  # noqa: E402
from woondossier.plan import default_shards, pages_to_read, plan_application, split_into_shards  # noqa: E402
from woondossier.report import write_workbook  # noqa: E402
from woondossier.store import Store  # noqa: E402

SHARD_FLOW = "process-shard"
SHARD_QUEUE = "shards"
ATTEMPTS = 3  # a shard's first run and two re-dispatches
POLL_SECONDS = 0.5  # one request for all shards' states: the report is written within half a second of the last
ORPHAN_POLL_SECONDS = 2.0
ENDED = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
DISPATCH_AGAIN = {"FAILED", "CRASHED"}
CRASH_DETECTION = "woondossier: a silent shard has crashed"
SILENCE = "WOONDOSSIER_SHARD_SILENCE_SECONDS"  # heartbeats come every 30 s (prefect.yaml): 90 s is three missed


class ShardsUndone(RunError):
    """Shards still failed after their re-dispatches: the applications named are undone."""


@flow(name="process-shard", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS))
def process_shard(
    inbox: str, out: str, db: str, run_id: int, application_ids: list[str], register_csv: str | None = None, reevaluate: bool = False
) -> dict[str, int]:
    """One shard: the applications named, read, checked and saved under the parent's
    `run_id` exactly as a whole batch does, each in one transaction, and their result.json
    written to the shared OUT. Its result is counts only: Prefect stores a flow run's
    result, and personal data stays in the results database and OUT."""
    try:
        store = Store(db)
        register = load_register(Path(register_csv)) if register_csv else None
        wanted = frozenset(application_ids)
        # plan again: a shard run a second time (its first attempt crashed) reads only what is missing
        plans = [plan_application(i, store, register, reevaluate) for i in ingest(Path(inbox)) if i.application_id in wanted]
        done = decide_applications(plans, store, run_id, register, Path(out), quiet=True)
        return {"applications": len(plans), "evaluated": done.evaluated, "files_read": done.files_read}
    except Exception as exc:  # the database, the disk: the parent dispatches the shard again
        line = failure_line(exc)
        get_run_logger().info(line, exc_info=True)
        return Failed(message=line, data=RunError(line))


@flow(name="fan-out")
def fan_out(
    inbox: str, out: str, db: str, pool: str, shards: int | None = None, register_csv: str | None = None,
    reevaluate: bool = False, quiet: bool = True,
) -> dict[str, int]:  # fmt: skip
    """The batch in INBOX spread over the work pool `pool`; its counts, for the run's result."""
    try:
        return _fan_out(Path(inbox), Path(out), db, pool, shards, register_csv, reevaluate, quiet)
    except Exception as exc:  # a shard left undone, the database, the disk: one line saying what to do
        line = failure_line(exc)
        get_run_logger().info(line, exc_info=True)
        return Failed(message=line, data=RunError(line))


def _fan_out(inbox: Path, out: Path, db: str, pool: str, shards: int | None, register_csv: str | None, reevaluate: bool, quiet: bool) -> dict[str, int]:
    logger = get_run_logger()
    refuse_in_shard_queue()
    detect_crashed_shards()
    wait_for_orphans(SHARD_FLOW, out, logger)  # of a parent killed before: this plan starts after their saves
    store = Store(db)  # the migrations, once, before any shard opens the database
    run_id = store.start_run(str(inbox), reevaluate)
    # ingest and plan, as a single run does
    intakes = ingest(inbox)
    _say_skipped(skipped_entries(inbox), quiet, logger)
    register = load_register(Path(register_csv)) if register_csv else None
    plans = [plan_application(intake, store, register, reevaluate) for intake in intakes]
    _warn_policy_changed(plans, reevaluate, quiet, logger)

    # split: the applications with work, balanced by pages to read
    work = {p.application_id: pages_to_read(p) for p in plans if p.unchanged is None}
    groups = split_into_shards(work, shards or default_shards(sum(work.values()), online_workers(pool))) if work else []
    logger.info("%d applications, %d with work (%d pages), in %d shards on pool %s", len(plans), len(work), sum(work.values()), len(groups), pool)

    # dispatch and wait; a Failed or Crashed shard is dispatched again
    parameters = {"inbox": str(inbox), "out": str(out), "db": db, "run_id": run_id, "register_csv": register_csv, "reevaluate": reevaluate}
    undone = run_shards(f"{SHARD_FLOW}/{pool}", groups, parameters, logger)
    decided = store.decided_in(run_id)
    missing = sorted(a for g in undone for a in g if a not in decided)
    if missing:
        raise ShardsUndone(
            f"{len(undone)} of {len(groups)} shards failed {ATTEMPTS} times; {len(missing)} applications left undone "
            f"({', '.join(missing)}): see the shard runs' logs, then run the same command again"
        )

    # write: result.json of the unchanged, the reports from the store
    results = []
    for plan in plans:
        result = plan.unchanged or store.stored(plan.application_id).result
        if plan.unchanged is not None:
            write_result(out, result)
        results.append(result)
    write_report(out, results)
    write_workbook(out / "report.xlsx", results)
    evaluated = len(store.decided_in(run_id))
    store.finish_run(run_id, applications=len(plans), evaluated=evaluated, files_read=store.files_read_in(run_id))
    return {"applications": len(plans), "evaluated": evaluated, "shards": len(groups)}


def run_shards(deployment: str, groups: list[tuple[str, ...]], parameters: Mapping, logger) -> list[tuple[str, ...]]:
    """Start one flow run per group, wait for all, start a Failed or Crashed one again;
    the groups still not completed after `ATTEMPTS` runs."""
    parent = FlowRunContext.get().flow_run.id
    pending = {index: 1 for index in range(len(groups))}  # group -> its attempt
    runs = {index: _dispatch(deployment, parameters, groups[index], f"{parent}/shard-{index}/attempt-1") for index in pending}
    undone = []
    with get_client(sync_client=True) as client:
        while pending:
            time.sleep(POLL_SECONDS)
            states = _states(client, [runs[index] for index in pending])
            for index in list(pending):
                state = states.get(runs[index])
                if state is None or state.type.value not in ENDED:
                    continue
                kind = state.type.value
                logger.info("shard %d/%d (%d applications): %s", index + 1, len(groups), len(groups[index]), kind.lower())
                if kind in DISPATCH_AGAIN and pending[index] < ATTEMPTS:
                    pending[index] += 1
                    key = f"{parent}/shard-{index}/attempt-{pending[index]}"
                    runs[index] = _dispatch(deployment, parameters, groups[index], key)
                    continue
                del pending[index]
                if kind != "COMPLETED":
                    undone.append(groups[index])
    return undone


def wait_for_orphans(flow_name: str, out: Path, logger) -> None:
    """Wait for the shard runs still scheduled or running into `out` when this parent starts.

    They can only be an earlier parent's (the run lock lets one parent at a time use OUT
    and the database): one killed while it waited. Planning after they end, this parent
    starts no second run of their work; a run whose machine died ends as Crashed by the
    automation of `detect_crashed_shards`.
    """
    active = FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[
        StateType.SCHEDULED, StateType.PENDING, StateType.RUNNING, StateType.PAUSED, StateType.CANCELLING,
    ])))  # fmt: skip
    said = False
    with get_client(sync_client=True) as client:
        while True:
            # sort given: left out, Prefect 3.8.8's client sends a null its server refuses (422)
            runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=[flow_name])), flow_run_filter=active, sort=FlowRunSort.ID_DESC, limit=200)
            orphans = [r for r in runs if r.parameters.get("out") == str(out)]
            if not orphans:
                return
            if not said:
                logger.warning("waiting for %d shard runs of an earlier run into %s to end", len(orphans), out)
                said = True
            time.sleep(ORPHAN_POLL_SECONDS)


def _states(client, ids: list) -> dict:
    """The current state of each flow run in `ids`, in one request."""
    runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=ids)), sort=FlowRunSort.ID_DESC, limit=len(ids))
    return {run.id: run.state for run in runs}


def _dispatch(deployment: str, parameters: Mapping, group: tuple[str, ...], key: str):
    run = run_deployment(deployment, parameters={**parameters, "application_ids": list(group)}, timeout=0, idempotency_key=key)
    return run.id


def online_workers(pool: str) -> int:
    """The workers of `pool` the server saw lately (at least 1: shards wait for a worker to come)."""
    with get_client(sync_client=True) as client:
        # offset and limit given: left out, Prefect 3.8.8's client sends nulls its server refuses (422)
        workers = client.read_workers_for_work_pool(pool, offset=0, limit=200)
    return max(1, sum(1 for w in workers if w.status.value == "ONLINE"))


def detect_crashed_shards() -> None:
    """The server's automation that marks a shard run Crashed when its heartbeats stop
    (a machine that died, a worker killed with SIGKILL), made once per server.

    Prefect's own answer to a run left Running by a dead machine ("detect zombie flows"):
    a shard run beats every 30 s (PREFECT_FLOWS_HEARTBEAT_FREQUENCY in prefect.yaml); one
    silent for `WOONDOSSIER_SHARD_SILENCE_SECONDS` (default 90) is Crashed, and
    `run_shards` dispatches it again. Only runs of the flow `process-shard` are watched.
    """
    try:
        Automation.read(name=CRASH_DETECTION)
        return
    except ValueError:  # not made yet on this server
        pass
    ended = {f"prefect.flow-run.{state}" for state in ("Completed", "Failed", "Cancelled", "Crashed")}
    Automation(
        name=CRASH_DETECTION,
        description="Marks a process-shard run Crashed when its heartbeats stop; woondossier dispatches the shard again.",
        trigger=EventTrigger(
            after={"prefect.flow-run.heartbeat"},
            expect={"prefect.flow-run.heartbeat", *ended},
            match=ResourceSpecification({"prefect.resource.id": ["prefect.flow-run.*"]}),
            match_related=ResourceSpecification({"prefect.resource.role": "flow", "prefect.resource.name": SHARD_FLOW}),
            for_each={"prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=timedelta(seconds=float(os.environ.get(SILENCE, "90"))),
        ),
        actions=[ChangeFlowRunState(state=StateType.CRASHED, message="no heartbeat: its worker or machine is gone")],
    ).create()


def refuse_in_shard_queue() -> None:
    """A parent taken by a worker of the shard queue would hold the slot its shards wait
    for: with one worker of `--limit 1`, for ever. It fails at once instead."""
    run = FlowRunContext.get().flow_run
    if run.work_queue_name == SHARD_QUEUE:
        raise RunError(
            f"the fan-out ran from the work queue '{SHARD_QUEUE}', where it would wait for its own shards; "
            "deploy it to the queue 'parents' (prefect.yaml)"
        )


def run_pool(
    inbox: Path, out: Path, db: str, pool: str, shards: int | None = None, register: Path | None = None, quiet: bool = False, reevaluate: bool = False
) -> dict[str, int]:
    """`woondossier run --pool`: the fan-out flow in this process, under the run lock."""
    from woondossier.lock import run_lock
    from woondossier.output import remove_stale_temporaries

    out.mkdir(parents=True, exist_ok=True)
    if register is None and (inbox / "register.csv").is_file():
        register = inbox / "register.csv"
    with run_lock(out, db):
        remove_stale_temporaries(out)
        counts = fan_out(
            str(inbox.resolve()), str(out.resolve()), db, pool, shards, str(register.resolve()) if register else None, reevaluate, quiet
        )
    if not quiet:
        print(f"woondossier: {counts['applications']} applications, {counts['evaluated']} decided in {counts['shards']} shards on pool {pool}", file=sys.stderr)
    return counts
