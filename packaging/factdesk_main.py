"""The bundle's entry point: the same `main` as the `factdesk` console script.

PyInstaller needs a script, not an entry point; the PDF reader's spawned child also starts here
(`app.cli.main` calls `multiprocessing.freeze_support()` first).

`factdesk --check-previews FILE...` (bundle only) previews each image file as the evidence pane
does and prints one JSON line per file: whether this build can show it. The bundle test runs it
on an image of every type the preview claims, so a format plugin left out of the bundle is caught.
"""

import json
import sys


def check_previews(paths: list[str]) -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from ui.evidence.preview import image_preview

    app = QGuiApplication.instance() or QGuiApplication(["factdesk", "-platform", "offscreen"])
    failed = 0
    for path in paths:
        with open(path, "rb") as fh:
            image, detail = image_preview(fh.read(), QSize(200, 200))
        failed += image is None
        print(json.dumps({"file": path, "shown": image is not None, "detail": detail}), flush=True)
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check-previews"]:
        sys.exit(check_previews(sys.argv[2:]))
    from app.cli import main

    sys.exit(main())
