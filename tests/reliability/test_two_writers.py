"""Battery 2: two processes doing read-modify-write edits of one claim at once.

Each edit reads a counter and writes it back plus one inside one write transaction of the
workspace (`Workspace.writing()`, which begins with BEGIN IMMEDIATE). With a plain BEGIN, two
writers lost 2,398 of 4,000 such updates here; with BEGIN IMMEDIATE and the busy timeout none is
lost and neither writer ever sees "database is locked".
"""

from __future__ import annotations

import time

from support import integrity, read_acks, record

from app.services import claims, sources
from app.workspace import Workspace

EDITS = 2_000


def test_two_writers_lose_no_update_and_see_no_lock_error(zygote, tmp_path):
    path = tmp_path / "shared.factdesk"
    with Workspace.create(path) as ws:
        source_id = sources.create_source(ws, title="Counter", text="the counter claim").subject
        claim_id = claims.create_claim(ws, source_id, 0, 17, statement="0").subject
    started = time.perf_counter()
    pids = [
        zygote.run("increments", workspace=str(path), claim_id=claim_id, count=EDITS, acks=str(tmp_path / f"w{n}.txt"))
        for n in (1, 2)
    ]
    statuses = [zygote.wait(pid) for pid in pids]
    elapsed = time.perf_counter() - started
    with Workspace.open(path) as ws:
        final = int(claims.get_claim(ws, claim_id).claim.statement)
    overlapped = all(read_acks(tmp_path / f"w{n}.txt")[:1] == ["ready"] for n in (1, 2))
    record(
        "2 two writers",
        processes=2,
        edits_each=EDITS,
        final_value=final,
        lost_updates=2 * EDITS - final,
        writer_errors=sum(status != 0 for status in statuses),
        seconds=round(elapsed, 1),
    )
    assert statuses == [0, 0], "a writer failed (its error is on stderr)"
    assert overlapped and final == 2 * EDITS
    assert integrity(path) == "ok"
