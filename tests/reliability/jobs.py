"""What the battery's child processes do (run by zygote.py, one fork per run).

Each job reports through a file of its own with one `os.write` per line, so every line it wrote
before a SIGKILL is there afterwards, whole: an acknowledgement is written only after the edit's
transaction has committed.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import signal
from pathlib import Path

from app.errors import FactdeskError
from app.models import Claim
from app.services import claims, evidence, intake
from app.workspace import Workspace


def warm_up() -> None:
    """Import and run once, in the zygote, what every child would otherwise load lazily (Alembic on
    open, python-docx on export); nothing of it stays open across a fork."""
    import tempfile

    import exports.docx_report
    import exports.report_data
    import exports.word.writer
    from app.text.lemmas import index_text

    index_text("мобілізація", "uk")  # the claim index's lemmatiser loads its dictionaries on first use
    index_text("мобилизация", "ru")
    with tempfile.TemporaryDirectory() as folder, Workspace.create(Path(folder) / "warm.factdesk") as ws:
        evidence.create_evidence(ws, title="warm")
        snapshot = exports.report_data.build_snapshot(ws, None)  # the ORM's first compiles of its queries
        exports.docx_report.write_docx(snapshot, Path(folder) / "warm.docx")  # python-docx, imported lazily
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "warm.factdesk"
        Workspace.create(path).close()
        Workspace.open(path).close()


#: the kinds of edit the kill test makes, each leaving a trace that names the edit
OPS = ("evidence", "claim", "rationale", "tags", "link")


class Acks:
    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, line: str) -> None:
        os.write(self._fd, (line + "\n").encode("utf-8"))


def edits(workspace: str, acks: str, seed: int, run: int, source_id: int, claim_id: int, limit: int = 100_000) -> None:
    """A stream of edits through the services; `i op` acknowledged after each commit."""
    out = Acks(acks)
    rng = random.Random(seed)
    ws = Workspace.open(workspace, user="kill-test")
    length = 10_000
    out.write("ready")
    for i in range(1, limit + 1):
        op = rng.choice(OPS)
        mark = f"{run}-{i}"
        if op == "evidence":
            evidence.create_evidence(ws, title=f"ev {mark}", excerpt="x" * rng.randrange(0, 3000))
        elif op == "claim":
            start = rng.randrange(0, length - 100)
            claims.create_claim(ws, source_id, start, start + rng.randrange(5, 90), statement=f"cl {mark}")
        elif op == "rationale":
            claims.update_claim(ws, claim_id, rationale=f"r {mark} " + "y" * rng.randrange(0, 5000))
        elif op == "tags":
            claims.set_tags(ws, claim_id, [f"t {mark}", "kept"])
        elif op == "link":
            evidence.create_and_link(ws, claim_id, {"title": f"lk {mark}"}, stance="supports")
        out.write(f"{i} {op}")


def export(workspace: str, target: str, acks: str) -> None:
    """Write the report again and again over `target` (each a whole new file) until killed."""
    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    out = Acks(acks)
    with Workspace.open(workspace) as ws:
        snapshot = build_snapshot(ws, None)
    out.write("ready")
    for n in itertools.count(1):
        write_docx(snapshot, Path(target), force=True)
        out.write(f"{n} written")


def increments(workspace: str, claim_id: int, count: int, acks: str) -> None:
    """`count` read-modify-writes of one claim's counter, each in one write transaction."""
    out = Acks(acks)
    # lock=False: the app holds a workspace for one Factdesk at a time (app/lock.py); this test is
    # of what SQLite's transactions guarantee beneath that, e.g. a headless script beside the app
    with Workspace.open(workspace, user=f"writer-{os.getpid()}", lock=False) as ws:
        out.write("ready")
        for _ in range(count):
            with ws.writing() as session:
                claim = session.get(Claim, claim_id)
                claim.statement = str(int(claim.statement) + 1)
    out.write("done")


def import_when_full(workspace: str, file: str, limit: int, result: str) -> None:
    """Import `file` under a file-size limit of `limit` bytes (writes past it fail with EFBIG)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    outcome: dict = {}
    with Workspace.open(workspace) as ws:
        try:
            imported = intake.import_file(ws, file)
            outcome["imported"] = imported.source_id
        except FactdeskError as exc:
            outcome |= {"error": type(exc).__name__, "message": str(exc)}
        try:  # the window stays usable: a small edit still goes through
            evidence.create_evidence(ws, title="after the failed import")
            outcome["after"] = "saved"
        except FactdeskError as exc:
            outcome["after"] = f"{type(exc).__name__}: {exc}"
    Path(result).write_text(json.dumps(outcome), encoding="utf-8")


def export_when_full(workspace: str, target: str, limit: int, result: str) -> None:
    """Write a report over `target` under a file-size limit of `limit` bytes."""
    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    with Workspace.open(workspace) as ws:
        snapshot = build_snapshot(ws, None)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    outcome: dict = {}
    try:
        write_docx(snapshot, Path(target), force=True)
        outcome["written"] = True
    except FactdeskError as exc:
        outcome |= {"error": type(exc).__name__, "message": str(exc)}
    Path(result).write_text(json.dumps(outcome), encoding="utf-8")


def backups(workspace: str, acks: str, data_home: str) -> None:
    """Take backups of `workspace` one after another until killed (into its usual backup folder)."""
    from app.backup import take_backup

    os.environ["XDG_DATA_HOME"] = data_home  # the test's own data folder, where it looks for them
    out = Acks(acks)
    out.write("ready")
    for n in itertools.count(1):
        take_backup(workspace, reason="manual")
        out.write(f"{n} taken")


def backup_when_full(workspace: str, limit: int, result: str, data_home: str) -> None:
    """Take a backup of `workspace` under a file-size limit of `limit` bytes."""
    from app.backup import take_backup

    os.environ["XDG_DATA_HOME"] = data_home
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    outcome: dict = {}
    try:
        outcome["backup"] = str(take_backup(workspace, reason="manual").path)
    except FactdeskError as exc:
        outcome |= {"error": type(exc).__name__, "message": str(exc)}
    Path(result).write_text(json.dumps(outcome), encoding="utf-8")
