"""`factdesk`: opens the window, or does one job headless for scripts, tests and backups.

Headless commands import no Qt at all; they print a one-line message and exit 1 on bad input.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

from app import app_version
from app.errors import FactdeskError, WorkspaceDamaged, WorkspaceLocked


class _Version(argparse.Action):
    """--version, with the version looked up only when asked for (the lookup takes some 40 ms)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help="show the version")

    def __call__(self, parser: argparse.ArgumentParser, *_args) -> None:
        print(f"Factdesk {app_version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factdesk", description="An offline workbench for fact-checkers.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("open", help="open the window on a workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("new", help="create an empty workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("demo", help="write the demo workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("dump", help="print a workspace as JSON (or write it to a file)")
    p.add_argument("path", type=Path)
    p.add_argument("-o", "--output", type=Path, metavar="FILE.json", help="write the JSON to FILE.json (atomically)")
    p.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    p = sub.add_parser("load", help="add the contents of a JSON file to a workspace (created if missing)")
    p.add_argument("path", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument(
        "--max-attachment-mb", type=int, default=200, metavar="MB", help="largest attachment file taken (default 200)"
    )
    p = sub.add_parser("export", help="write a report as a Word document (.docx)")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx", help="the file to write")
    p.add_argument("--report", type=int, metavar="ID", help="the report to write (default: every claim)")
    p.add_argument("--template", type=Path, metavar="FILE", help="a Word template (.docx or .dotx) to write it in")
    p.add_argument("--lang", choices=("en", "uk"), help="the report's language (default: the report's own)")
    p.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    p = sub.add_parser("sheet", help="write claims with their verdicts and evidence as a spreadsheet (.xlsx or .csv)")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx|OUT.csv", help="the file to write")
    p.add_argument("--report", type=int, metavar="ID", help="the claims of this report (default: every claim)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p = sub.add_parser("import", help="import files (Word, PDF, web page, text) into a workspace as sources")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    p.add_argument("--password", metavar="PASSWORD", help="the password of protected PDFs among the files")
    # Telegram Desktop exports (result.json or a folder of messages*.html): every post a source
    p.add_argument("--from", dest="date_from", metavar="DATE", help="Telegram: only posts from this day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="Telegram: only posts up to this day (YYYY-MM-DD)")
    p.add_argument("--grep", metavar="WORD", help="Telegram: only posts containing this word or phrase")
    p.add_argument("--channel", metavar="NAME", help="Telegram: the channel of a full-account export to import")
    p.add_argument("--handle", metavar="USERNAME", default="", help="Telegram: the channel's @username, for t.me links")
    p.add_argument(
        "--map",
        metavar="FIELD=COL,…",
        help="spreadsheets (CSV, XLSX): claims from rows, e.g. quote=B,claimant=C,date=D,url=E",
    )
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX workbook to read (default: the active one)")
    p.add_argument("--no-header", action="store_true", help="the spreadsheet's first row is data, not headings")
    p = sub.add_parser("claimreview", help="write schema.org ClaimReview JSON-LD for claims (for a website)")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--claim", type=int, metavar="ID", help="one claim (written as one object)")
    which.add_argument("--report", type=int, metavar="ID", help="the claims of a report")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.json", help="the file to write")
    p.add_argument("--lint", action="store_true", help="check the output against Google's rules; exit 1 on an error")
    p.add_argument("--force", action="store_true", help="replace OUT.json if it exists")
    p = sub.add_parser("suggest", help="print the sentences of a source most worth checking")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("source_id", type=int, metavar="SOURCE_ID")
    p.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    p.add_argument("--top", type=int, default=15, metavar="N", help="how many to print (default 15)")
    p = sub.add_parser("search", help='search claims, sources and evidence (words, "phrases", prefix*)')
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="hits of each kind (default 10)")
    p.add_argument("--kind", choices=("claim", "source", "evidence"), action="append", help="only this kind")
    p.add_argument("--status", help="only claims with this status (new, researching, in_review, done)")
    p.add_argument("--source", type=int, metavar="ID", help="only claims in this source")
    p.add_argument("--from", dest="claimed_from", metavar="DATE", help="only claims made on or after DATE")
    p.add_argument("--to", dest="claimed_to", metavar="DATE", help="only claims made on or before DATE")
    p = sub.add_parser("similar", help='"checked before?": the claims most like a claim')
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("--json", action="store_true", help="print the matches as JSON")
    p = sub.add_parser("backup", help="write a verified backup of a workspace and print its path")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("dest", type=Path, nargs="?", metavar="DEST", help="a file or folder (default: the backup folder)")
    p = sub.add_parser("check", help="run SQLite's full integrity and foreign-key checks; exit 1 on damage")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p = sub.add_parser("restore", help="put a backup in place of a workspace (a damaged one is set aside first)")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("backup", type=Path, nargs="?", metavar="BACKUP", help="default: the newest good backup")
    p = sub.add_parser("verify", help="recompute the hash of every attachment; exit 1 if any is altered or missing")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("--no-record", action="store_true", help="do not add the check to the evidence's custody logs")
    return parser


def _is_bare_path(parser: argparse.ArgumentParser, arg: str) -> bool:
    """Whether `arg`, given alone, names a workspace rather than a command."""
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    if arg.startswith("-") or arg in commands:
        return False
    return arg.lower().endswith(".factdesk") or Path(arg).exists()


def main(argv: list[str] | None = None) -> int:
    # a frozen bundle starts the PDF reader's child process through this same entry point
    multiprocessing.freeze_support()
    parser = _parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if len(argv) == 1 and _is_bare_path(parser, argv[0]):
        argv = ["open", argv[0]]  # `factdesk PATH`: what a file manager runs for a double-clicked workspace
    args = parser.parse_args(argv)
    if args.command in (None, "open"):
        from ui.application import run

        return run(workspace=getattr(args, "path", None))
    try:
        return _headless(args)
    except WorkspaceDamaged as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        _print_backup_hint(Path(args.path))
        return 1
    except FactdeskError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `factdesk dump X | head`: the reader left, which is fine
        sys.stderr.close()
        return 0
    except Exception as exc:
        if not _is_database_error(exc) or not getattr(args, "path", None):
            raise
        return _damage_behind(Path(args.path), exc)


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy import exc as sa_exc

    return isinstance(exc, sqlite3.DatabaseError | sa_exc.DatabaseError)


def _damage_behind(path: Path, error: BaseException) -> int:
    """SQLite could not read the workspace while a command worked on it (commands open without the
    whole-file check, issue 13): run the check now, which sets a damaged file aside and says so."""
    from app.workspace import Workspace

    try:
        Workspace.open(path).close()
    except WorkspaceDamaged as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        _print_backup_hint(path)
        return 1
    except FactdeskError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return 1
    cause = getattr(error, "orig", None) or error
    print(f"factdesk: {path.name} could not be read: {cause}", file=sys.stderr)
    return 1


def _headless(args: argparse.Namespace) -> int:
    from app.workspace import Workspace

    if args.command == "new":
        Workspace.create(args.path).close()
        print(f"Created {args.path}")
    elif args.command == "demo":
        from app.demo import write_demo

        write_demo(args.path)
        print(f"Wrote the demo workspace to {args.path}")
    elif args.command == "dump":
        return _dump(args)
    elif args.command == "load":
        from app.transfer import load_file

        if args.max_attachment_mb < 0:
            raise FactdeskError("--max-attachment-mb must be 0 or more.")
        summary = load_file(args.path, args.file, limit=args.max_attachment_mb * 1024 * 1024)
        print(summary)
    elif args.command == "export":
        return _export(args)
    elif args.command == "import":
        return _import(args)
    elif args.command == "sheet":
        return _sheet(args)
    elif args.command == "suggest":
        return _suggest(args)
    elif args.command == "claimreview":
        return _claimreview(args)
    elif args.command in ("search", "similar"):
        return _search(args)
    elif args.command == "backup":
        return _backup(args)
    elif args.command == "check":
        return _check(args)
    elif args.command == "restore":
        return _restore(args)
    elif args.command == "verify":
        return _verify(args)
    return 0


def _dump(args: argparse.Namespace) -> int:
    """`factdesk dump WORKSPACE [-o FILE.json]`: the workspace as JSON, on stdout or written atomically."""
    from app.atomic import check_target, write_atomic
    from app.errors import FileExists
    from app.transfer import dump_json

    try:
        if args.output is not None:
            check_target(args.output, force=args.force)  # before the work, not after it
        with _open_for_reading(args.path) as ws:
            text = dump_json(ws) + "\n"
        if args.output is None:
            sys.stdout.write(text)
            return 0
        written = write_atomic(args.output, text.encode("utf-8"), force=args.force)
    except FileExists as exc:
        raise FileExists(f"{exc} Use --force to replace it.") from None
    print(f"Wrote {written}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    """`factdesk export WORKSPACE -o OUT.docx`: a report (or every claim) as a Word document."""
    from app.atomic import check_target
    from app.errors import FileExists
    from app.services import custody
    from exports.docx_report import ExportError, write_docx
    from exports.report_data import build_snapshot

    try:
        check_target(args.output, force=args.force)  # before the work, not after it
        with _open_for_reading(args.path) as ws:
            snapshot = build_snapshot(ws, args.report, language=args.lang)
            result = write_docx(snapshot, args.output, template=args.template, force=args.force)
            check = _report_check(ws, args.report, [c.claim_id for c in snapshot.claims])
            custody.record_report_export(
                ws, (e.evidence_id for e in snapshot.evidence), report=snapshot.title, target=result.path
            )
    except FileExists as exc:
        raise FileExists(f"{exc} Use --force to replace it.") from None
    except FactdeskError:
        raise
    except Exception as exc:  # a one-line message, never a traceback
        raise ExportError(f"The export failed: {type(exc).__name__}: {exc}") from exc
    for warning in result.warnings:
        print(f"factdesk: {warning}", file=sys.stderr)
    for item in check:  # what an editor would catch: the window asks before export, here it warns
        print(f"factdesk: warning: {item.describe()}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.claims} claim{'s' if result.claims != 1 else ''})")
    return 0


def _claimreview(args: argparse.Namespace) -> int:
    """`factdesk claimreview WORKSPACE [--claim ID | --report ID] -o OUT.json [--lint]`; without a
    choice, every claim with a verdict. With --lint, each problem on a line; 1 if an error remains."""
    from app.atomic import check_target, write_atomic
    from app.errors import FileExists
    from exports.claimreview import ERROR, build

    try:
        check_target(args.output, force=args.force)
        with _open_for_reading(args.path) as ws:
            result = build(ws, claim_id=args.claim, report_id=args.report)
        problems = result.lint() if args.lint else []
        written = write_atomic(args.output, result.json_text(single=args.claim is not None).encode("utf-8"),
                               force=args.force)  # fmt: skip
    except FileExists as exc:
        raise FileExists(f"{exc} Use --force to replace it.") from None
    for problem in problems:
        print(problem.describe())
    errors = sum(p.level == ERROR for p in problems)
    count = len(result.items)
    print(f"Wrote {written} ({count:,} ClaimReview{'s' if count != 1 else ''})", file=sys.stderr)
    if args.lint:
        warnings = len(problems) - errors
        print(f"Lint: {errors:,} error(s), {warnings:,} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _sheet(args: argparse.Namespace) -> int:
    """`factdesk sheet WORKSPACE -o OUT.xlsx|OUT.csv`: claims, verdicts and evidence as a spreadsheet."""
    from app.atomic import check_target
    from app.errors import FileExists
    from exports.report_data import build_snapshot
    from exports.sheet import write_sheet

    if args.output.suffix.lower() not in (".xlsx", ".csv"):
        raise FactdeskError(f"{args.output.name}: a spreadsheet is written as .xlsx or .csv.")
    try:
        check_target(args.output, force=args.force)  # before the work, not after it
        with _open_for_reading(args.path) as ws:
            result = write_sheet(build_snapshot(ws, args.report), args.output, force=args.force)
    except FileExists as exc:
        raise FileExists(f"{exc} Use --force to replace it.") from None
    claims = f"{result.claims} claim{'s' if result.claims != 1 else ''}"
    print(f"Wrote {result.path} ({claims}, {result.evidence} row{'s' if result.evidence != 1 else ''} of evidence)")
    return 0


def _report_check(ws, report_id: int | None, claim_ids: list[int]) -> list:
    from app.services import reports

    if report_id is not None:
        return reports.check_report(ws, report_id)
    return reports.check_draft(ws, {"by_filter": False}, claim_ids)


def _import(args: argparse.Namespace) -> int:
    """One line per file (its new source, the source it already is, or why it was refused); 1 if any was refused."""
    import json

    from app.intake.telegram import probe as telegram_probe
    from app.services.intake import import_file
    from app.workspace import Workspace

    reports = []
    refused = 0
    with Workspace.open(args.path, defer_check=True) as ws:
        _print_warnings(ws)
        if len(args.files) > 1:
            _backup_before_import(ws)
        for file in args.files:
            if telegram_probe(file):
                refused += _import_telegram(ws, file, args, reports)
                continue
            if args.map or args.sheet or _is_sheet(file):
                refused += _import_sheet(ws, file, args, reports)
                continue
            try:
                outcome = import_file(ws, file, password=args.password)
            except FactdeskError as exc:
                refused += 1
                reports.append({"file": str(file), "status": "refused", "reason": str(exc)})
                if not args.json:
                    print(f"Refused: {exc}")
                    if getattr(exc, "wrong", None) is False:  # a protected PDF (intake's PasswordNeeded)
                        print("  note: give its password with --password PASSWORD")
                continue
            status = "imported" if outcome.created else "duplicate"
            reports.append(
                {"file": str(file), "status": status, "source_id": outcome.source_id, "title": outcome.title}
                | {"found": outcome.summary, "warnings": list(outcome.warnings)}
            )
            if args.json:
                continue
            name = outcome.summary.get("name") or file.name
            if outcome.created:
                print(f"Imported {name} as source #{outcome.source_id}: {outcome.title}")
            else:
                print(f"{name} is already in the workspace as source #{outcome.source_id}: {outcome.title}")
            for warning in outcome.warnings:
                print(f"  note: {warning}")
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return 1 if refused else 0


def _import_telegram(ws, file: Path, args: argparse.Namespace, reports: list) -> int:
    """A Telegram export: its posts (in the date range, with the word) as sources; 1 if refused."""
    from app.intake.telegram import Selection
    from app.services._common import clean_date
    from app.services.telegram import import_export

    try:
        selection = Selection(
            since=clean_date(args.date_from, "--from") if args.date_from else None,
            until=clean_date(args.date_to, "--to") if args.date_to else None,
            grep=args.grep or "",
        )
        outcome = import_export(ws, file, selection=selection, channel=args.channel, handle=args.handle)
    except FactdeskError as exc:
        reports.append({"file": str(file), "status": "refused", "reason": str(exc)})
        if not args.json:
            print(f"Refused: {exc}")
        return 1
    reports.append({
        "file": str(file), "status": "imported", "channel": outcome.channel, "added": outcome.added,
        "already": outcome.already, "filtered": outcome.filtered, "skipped": outcome.skipped,
        "source_ids": [list(r) for r in outcome.ranges], "warnings": [str(w) for w in outcome.warnings],
    })
    if not args.json:
        print(
            f"Imported {outcome.added} post(s) of {outcome.channel} from {file.name}; "
            f"{outcome.already} already in the workspace, {outcome.filtered} outside the filter, "
            f"{outcome.skipped} service or empty."
        )
        for warning in outcome.warnings:
            print(f"  note: {warning}")
    return 0


def _is_sheet(file: Path) -> bool:
    return file.suffix.lower() in (".csv", ".tsv", ".xlsx", ".xlsm")


def _import_sheet(ws, file: Path, args: argparse.Namespace, reports: list) -> int:
    """A spreadsheet's rows as claims (`--map`, or the columns its headings name); 1 if refused or a row
    was left out."""
    from app.sheets import guess_mapping, import_table, parse_map, read_table
    from app.sheets.read import column_letter

    try:
        table = read_table(file, sheet=args.sheet)
        if args.map:
            mapping = parse_map(args.map, table, header=not args.no_header)
        else:
            mapping = {} if args.no_header else guess_mapping(table)
            if "quote" not in mapping and "statement" not in mapping:
                raise FactdeskError(
                    f"{file.name}: say which column holds what with --map, e.g. --map quote=B,claimant=C,date=D,url=E"
                )
            print("Columns: " + ", ".join(f"{k}={column_letter(v)}" for k, v in mapping.items()), file=sys.stderr)
        outcome = import_table(ws, table, mapping, header=not args.no_header)
    except FactdeskError as exc:
        reports.append({"file": str(file), "status": "refused", "reason": str(exc)})
        if not args.json:
            print(f"Refused: {exc}")
        return 1
    reports.append(
        {"file": str(file), "status": "imported", "source_ids": outcome.sources, "claims": outcome.claims}
        | {"rows_left_out": [{"row": p.row, "reason": p.reason} for p in outcome.problems]}
    )
    if not args.json:
        print(outcome.summary())
        for problem in outcome.problems:
            print(f"  {problem.describe()}")
    return 1 if outcome.problems else 0


def _suggest(args: argparse.Namespace) -> int:
    """The sentences of a source most worth checking, best first, with their offsets."""
    import json

    from app.services.intake import suggestions_for
    from app.services.sources import get_source

    if args.top < 1:
        raise FactdeskError("--top must be 1 or more.")
    with _open_for_reading(args.path) as ws:
        text = get_source(ws, args.source_id).text
        items = suggestions_for(ws, args.source_id, top=args.top)
    if args.json:
        rows = [
            {"start": s.start, "end": s.end, "score": s.score, "reasons": list(s.reasons)}
            | {"text": text[s.start : s.end]}
            for s in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Nothing to suggest in this source.")
    for rank, s in enumerate(items, 1):
        print(f"{rank:>2}. [{s.start}–{s.end}] score {s.score:g} ({', '.join(s.reasons)})")
        print(f"    {' '.join(text[s.start : s.end].split())}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Every stored file hashed again: one line per altered or missing file, then a summary; 1 if any."""
    from app.services.attachments import verify
    from app.workspace import Workspace

    with Workspace.open(args.path, defer_check=True) as ws:
        report = verify(ws, record=not args.no_record)
    for problem in report.problems:
        print(problem.describe())
    print(report.summary())
    if report.recorded:
        print(f"The check was recorded in the custody log of {report.evidence:,} piece(s) of evidence.")
    return 0 if report.ok else 1


# -- data safety: backups, checks, read-only opens ---------------------------------------------------


def _open_for_reading(path: Path):
    """Open for a command that only reads: held for writing as usual (so an older workspace can be
    upgraded), or read-only when another Factdesk holds it."""
    from app.workspace import Workspace

    try:
        ws = Workspace.open(path, defer_check=True)
    except WorkspaceLocked as exc:
        print(f"factdesk: {exc} Reading it read-only.", file=sys.stderr)
        ws = Workspace.open(path, read_only=True, defer_check=True)
    _print_warnings(ws)
    return ws


def _print_warnings(ws) -> None:
    for warning in ws.warnings:
        print(f"factdesk: warning: {warning}", file=sys.stderr)


def _backup_before_import(ws) -> None:
    from app import backup

    info = backup.backup_if_changed(ws, reason="import")
    if info is not None:
        print(f"Backed up {ws.path.name} before the import: {info.path}", file=sys.stderr)


def _backup(args: argparse.Namespace) -> int:
    """`factdesk backup WORKSPACE [DEST]`: a verified backup; prints its path."""
    from app import backup
    from app.workspace import check_file

    check_file(args.path)
    info = backup.take_backup(args.path, args.dest, reason="manual")
    print(info.path)
    return 0


def _check(args: argparse.Namespace) -> int:
    """`factdesk check WORKSPACE`: integrity_check and foreign_key_check; 1 and SQLite's words on damage."""
    import sqlite3

    from app import integrity
    from app.workspace import check_before_open

    path = args.path
    check_before_open(path)  # not a workspace: exit 1; a workspace's file gone bad: damaged, exit 1
    try:
        report = integrity.full_check(path)
    except sqlite3.Error as exc:
        print(f"{path.name} is damaged: SQLite could not read it ({exc}).")
        _print_backup_hint(path)
        return 1
    if report.ok:
        print(f"{path.name}: no damage found (integrity_check and foreign_key_check passed).")
        return 0
    print(f"{path.name} is damaged. SQLite reported:")
    for line in report.lines():
        print(f"  {line}")
    _print_backup_hint(path)
    return 1


def _restore(args: argparse.Namespace) -> int:
    """`factdesk restore WORKSPACE [BACKUP]`: what File ▸ Restore from Backup… does, headless."""
    from datetime import UTC, datetime

    from app import backup
    from app.workspace import Workspace

    path = args.path
    if path.exists():
        try:
            Workspace.open(path).close()
        except WorkspaceDamaged as exc:
            aside = backup.set_aside(path)
            print(f"{exc} It was set aside, untouched, as {aside}.", file=sys.stderr)
    if args.backup is None:
        chosen = backup.newest_good_backup(path)
        if chosen is None:
            raise FactdeskError(f"There is no good backup of {path.name}.")
    elif not args.backup.is_file():
        raise FactdeskError(f"There is no backup file at {args.backup}.")
    else:
        chosen = backup.parse_name(args.backup) or backup.BackupInfo(
            path=args.backup,
            taken_at=datetime.fromtimestamp(args.backup.stat().st_mtime, UTC),
            reason="manual",
            claims=0,
            size=args.backup.stat().st_size,
        )
    before = backup.restore(path, chosen)
    when = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored {path} from the backup of {when} ({chosen.path}).")
    if before is not None:
        print(f"What it held before is in {before.path}.")
    return 0


def _print_backup_hint(path: Path) -> None:
    from app import backup

    try:
        newest = backup.newest_good_backup(path)
    except Exception:  # a hint only: never a traceback instead of the message above
        newest = None
    if newest is None:
        print("factdesk: there is no backup of it.", file=sys.stderr)
        return
    when = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"factdesk: the newest good backup is from {when} ({newest.claims} claims): {newest.path}", file=sys.stderr)


def _search(args: argparse.Namespace) -> int:
    """`factdesk search`: hits grouped by kind, best first; `factdesk similar`: "checked before?"."""
    import json

    from app.services._common import clean_date
    from app.services.claims import ClaimFilter
    from app.workspace import Workspace

    with Workspace.open(args.path, defer_check=True) as ws:
        if args.command == "similar":
            from app.services.similar import similar_claims

            matches = similar_claims(ws, args.claim_id)
            if args.json:
                rows = [
                    {"claim_id": m.claim_id, "score": m.score, "shared": list(m.shared), "quote": m.quote}
                    | {"via": list(m.via), "language": m.language}
                    | {"rating": m.rating, "status": m.status, "claimed_on": str(m.claimed_on or "")}
                    for m in matches
                ]
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            for m in [] if args.json else matches:
                print(f"#{m.claim_id}  {m.score}%  {m.rating or 'not rated'}  {m.claimed_on or ''}")
                print(f"    {' '.join(m.quote.split())[:200]}")
                print(f"    shared: {', '.join(m.shared)}")
                if m.via:
                    print(f"    matched as the same: {'; '.join(m.via)}")
            if not matches and not args.json:
                print("No similar claims.")
            return 0
        from app.services.search import KINDS, search

        if args.limit < 1:
            raise FactdeskError("--limit must be 1 or more.")
        flt = ClaimFilter(
            status=args.status,
            source_id=args.source,
            claimed_from=clean_date(args.claimed_from, "--from"),
            claimed_to=clean_date(args.claimed_to, "--to"),
        )
        results = search(ws, args.query, flt=flt, kinds=tuple(args.kind or KINDS), limit=args.limit)
    if args.json:
        print(json.dumps(results.as_json(), ensure_ascii=False, indent=2))
        return 0
    if not results.terms:
        print('Nothing to search for: type words, "a phrase" or a prefix*.')
        return 0
    names = {"claim": "Claims", "source": "Sources", "evidence": "Evidence"}
    for kind, hits in results.groups:
        if not hits:
            continue
        print(f"{names[kind]}{' (more)' if results.more.get(kind) else ''}:")
        for hit in hits:
            marked = "".join(f"[{t}]" if h else t for t, h in hit.snippet.parts())
            print(f"  #{hit.id}  {' '.join(hit.title.split())[:100]}")
            print(f"      {' '.join(marked.split())}")
    if results.empty:
        print("No matches.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
