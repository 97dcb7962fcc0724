"""The bundle's entry point: the same `main` as the `factdesk` console script.

PyInstaller needs a script, not an entry point; the PDF reader's spawned child also starts here
(`app.cli.main` calls `multiprocessing.freeze_support()` first)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
