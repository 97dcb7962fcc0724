"""Battery 1: SIGKILL at random moments during a stream of edits made through the real services.

Each run forks a child (zygote.py) that edits one workspace through the services and acknowledges
each edit after its transaction committed; the test kills it with SIGKILL after a random delay,
then opens the workspace as the app does and checks that every acknowledged edit is there, that
nothing the child never attempted is, and that SQLite's integrity_check says "ok".
"""

from __future__ import annotations

import random
import statistics
import time

from sqlmodel import select
from support import integrity, read_acks, record

from app.models import Claim, ClaimEvidence, ClaimTag, Evidence, Tag
from app.services import claims, sources
from app.workspace import Workspace

RUNS = 50
SEED = 20260601
SOURCE_TEXT = "".join(random.Random(1).choice("abcdefghijklmnopqrstuvwxyzабвгдеєжзиіїй") for _ in range(10_000))


def _state(ws: Workspace) -> dict:
    with ws.reading() as session:
        claim = session.get(Claim, 1)
        return {
            "evidence": {e.title for e in session.exec(select(Evidence))},
            "claims": {c.statement for c in session.exec(select(Claim))},
            "rationale": claim.rationale,
            "tags": set(
                session.exec(select(Tag.name).join(ClaimTag, ClaimTag.tag_id == Tag.id).where(ClaimTag.claim_id == 1))
            ),
            "links": set(
                session.exec(
                    select(Evidence.title)
                    .join(ClaimEvidence, ClaimEvidence.evidence_id == Evidence.id)
                    .where(ClaimEvidence.claim_id == 1)
                )
            ),
        }


def _index(mark: str, run: int) -> int | None:
    """The edit number in a trace like "r 7-12 yyy" if it belongs to `run`."""
    parts = mark.split(" ")
    if len(parts) < 2 or not parts[1].startswith(f"{run}-"):
        return None
    return int(parts[1].split("-")[1])


def _check_run(state: dict, run: int, acked: dict[int, str], attempted_up_to: int) -> list[str]:
    """What of the acknowledged edits is missing, or what is there that was never attempted."""
    problems = []
    made = {
        "evidence": {_index(t, run) for t in state["evidence"] if t.startswith("ev ")} - {None},
        "claim": {_index(s, run) for s in state["claims"] if s.startswith("cl ")} - {None},
        "link": {_index(t, run) for t in state["links"] if t.startswith("lk ")} - {None},
    }
    for i, op in acked.items():
        if op in made and i not in made[op]:
            problems.append(f"acknowledged {op} #{i} is missing")
    for op, found in made.items():
        if any(i > attempted_up_to for i in found):
            problems.append(f"{op} beyond the last attempted edit: {sorted(found)[-1]}")
    for op, value in (("rationale", state["rationale"]), ("tags", next(iter(state["tags"] - {"kept"}), ""))):
        last = max((i for i, o in acked.items() if o == op), default=None)
        now = _index(value, run)
        if last is not None and (now is None or now < last):
            problems.append(f"{op}: acknowledged #{last} was replaced by an older value {value[:20]!r}")
        if now is not None and now > attempted_up_to:
            problems.append(f"{op}: #{now} was never attempted")
    return problems


def test_sigkill_during_edits_loses_no_acknowledged_edit(zygote, tmp_path):
    path = tmp_path / "killed.factdesk"
    with Workspace.create(path, user="setup") as ws:
        source_id = sources.create_source(ws, title="Target", text=SOURCE_TEXT).subject
        claim_id = claims.create_claim(ws, source_id, 0, 40, statement="the claim").subject
    rng = random.Random(SEED)
    acks_per_run, problems, not_ok, opened_before_kill = [], [], [], 0
    started = time.perf_counter()
    for run in range(1, RUNS + 1):
        acks_file = tmp_path / f"acks-{run}.txt"
        pid = zygote.run(
            "edits",
            workspace=str(path),
            acks=str(acks_file),
            seed=rng.randrange(2**32),
            run=run,
            source_id=source_id,
            claim_id=claim_id,
        )
        time.sleep(rng.uniform(0.0, 0.3))
        status = zygote.kill(pid)
        lines = read_acks(acks_file)
        assert status == 9, f"run {run}: the child ended before the kill (status {status})"  # killed, not failed
        opened_before_kill += bool(lines)
        acked = {int(n): op for n, op in (line.split() for line in lines[1:])}
        attempted_up_to = max(acked, default=0) + 1  # the edit in flight may have committed unacknowledged
        result = integrity(path)
        if result != "ok":
            not_ok.append((run, result))
        with Workspace.open(path, user="checker") as ws:
            problems += [f"run {run}: {p}" for p in _check_run(_state(ws), run, acked, attempted_up_to)]
        acks_per_run.append(len(acked))
    elapsed = time.perf_counter() - started
    record(
        "1 SIGKILL during edits",
        runs=RUNS,
        seed=SEED,
        acknowledged_edits=sum(acks_per_run),
        acknowledged_per_run={
            "min": min(acks_per_run),
            "median": statistics.median(acks_per_run),
            "max": max(acks_per_run),
        },
        runs_killed_before_the_workspace_was_open=RUNS - opened_before_kill,
        lost_acknowledged_edits=len(problems),
        integrity_failures=len(not_ok),
        seconds=round(elapsed, 1),
    )
    assert problems == []
    assert not_ok == []
    assert sum(acks_per_run) > RUNS * 5  # the kills landed amid edits, not only before the first
