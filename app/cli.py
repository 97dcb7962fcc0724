"""`factdesk`: opens the window, or does one job headless for scripts, tests and backups.

Headless commands import no Qt at all; they print a one-line message and exit 1 on bad input.
"""

from __future__ import annotations

import argparse
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
    return parser


def main(argv: list[str] | None = None) -> int:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
