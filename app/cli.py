"""`factdesk`: opens the window, or does one job headless for scripts, tests and backups.

Headless commands import no Qt at all; they print a one-line message and exit 1 on bad input.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

from app import __version__
from app.errors import FactdeskError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factdesk", description="An offline workbench for fact-checkers.")
    parser.add_argument("--version", action="version", version=f"Factdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("open", help="open the window on a workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("new", help="create an empty workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("demo", help="write the demo workspace")
    p.add_argument("path", type=Path)
    p = sub.add_parser("dump", help="print a workspace as JSON")
    p.add_argument("path", type=Path)
    p = sub.add_parser("load", help="add the contents of a JSON file to a workspace (created if missing)")
    p.add_argument("path", type=Path)
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", help="write a report as a Word document (.docx)")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx", help="the file to write")
    p.add_argument("--report", type=int, metavar="ID", help="the report to write (default: every claim)")
    p.add_argument("--template", type=Path, metavar="FILE", help="a Word template (.docx or .dotx) to write it in")
    p.add_argument("--lang", choices=("en", "uk"), help="the report's language (default: the report's own)")
    p.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    p = sub.add_parser("import", help="import files (Word, PDF, web page, text) into a workspace as sources")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    p = sub.add_parser("suggest", help="print the sentences of a source most worth checking")
    p.add_argument("path", type=Path, metavar="WORKSPACE")
    p.add_argument("source_id", type=int, metavar="SOURCE_ID")
    p.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    p.add_argument("--top", type=int, default=15, metavar="N", help="how many to print (default 15)")
    return parser


def main(argv: list[str] | None = None) -> int:
    # a frozen bundle starts the PDF reader's child process through this same entry point
    multiprocessing.freeze_support()
    args = _parser().parse_args(argv)
    if args.command in (None, "open"):
        from ui.application import run

        return run(workspace=getattr(args, "path", None))
    try:
        return _headless(args)
    except FactdeskError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `factdesk dump X | head`: the reader left, which is fine
        sys.stderr.close()
        return 0


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
        from app.transfer import dump_json

        with Workspace.open(args.path) as ws:
            sys.stdout.write(dump_json(ws))
            sys.stdout.write("\n")
    elif args.command == "load":
        from app.transfer import load_file

        summary = load_file(args.path, args.file)
        print(summary)
    elif args.command == "export":
        return _export(args)
    elif args.command == "import":
        return _import(args)
    elif args.command == "suggest":
        return _suggest(args)
    return 0


def _export(args: argparse.Namespace) -> int:
    """`factdesk export WORKSPACE -o OUT.docx`: a report (or every claim) as a Word document."""
    from app.workspace import Workspace
    from exports.atomic import check_target
    from exports.docx_report import ExportError, TargetExists, write_docx
    from exports.report_data import build_snapshot

    try:
        check_target(args.output, force=args.force)  # before the work, not after it
        with Workspace.open(args.path) as ws:
            snapshot = build_snapshot(ws, args.report, language=args.lang)
        result = write_docx(snapshot, args.output, template=args.template, force=args.force)
    except TargetExists as exc:
        raise TargetExists(f"{exc} Use --force to replace it.") from None
    except FactdeskError:
        raise
    except Exception as exc:  # a one-line message, never a traceback
        raise ExportError(f"The export failed: {type(exc).__name__}: {exc}") from exc
    for warning in result.warnings:
        print(f"factdesk: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.claims} claim{'s' if result.claims != 1 else ''})")
    return 0


def _import(args: argparse.Namespace) -> int:
    """One line per file (its new source, the source it already is, or why it was refused); 1 if any was refused."""
    import json

    from app.services.intake import import_file
    from app.workspace import Workspace

    reports = []
    refused = 0
    with Workspace.open(args.path) as ws:
        for file in args.files:
            try:
                outcome = import_file(ws, file)
            except FactdeskError as exc:
                refused += 1
                reports.append({"file": str(file), "status": "refused", "reason": str(exc)})
                if not args.json:
                    print(f"Refused: {exc}")
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


def _suggest(args: argparse.Namespace) -> int:
    """The sentences of a source most worth checking, best first, with their offsets."""
    import json

    from app.services.intake import suggestions_for
    from app.services.sources import get_source
    from app.workspace import Workspace

    if args.top < 1:
        raise FactdeskError("--top must be 1 or more.")
    with Workspace.open(args.path) as ws:
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


if __name__ == "__main__":
    sys.exit(main())
