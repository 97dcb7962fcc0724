"""The hard seam: `app/` and `exports/` never import Qt widgets; `ui/` is the only Qt room.

Checked twice: by importing every module in a fresh interpreter and looking at sys.modules,
and statically, by reading every import statement in the source.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = ("app", "exports")

IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, traceback

    EXPLICIT = [
        "app", "app.models", "app.workspace", "app.changes", "app.anchoring", "app.cli",
        "app.services.claims", "app.services.sources", "app.services.evidence", "app.services.catalog",
    ]
    # a script alembic runs inside its own migration context; importing it on its own cannot work
    NOT_MODULES = {"app.migrations.env"}
    OURS = ("app", "exports")

    report = {"imported": [], "missing_sibling": [], "errors": [], "after": {}}

    def load(name):
        if name in NOT_MODULES or name in report["imported"]:
            return
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # a module of ours that names a sibling another engineer has not written yet
            if exc.name and exc.name != name and exc.name.split(".")[0] in OURS:
                report["missing_sibling"].append([name, exc.name])
                return
            report["errors"].append([name, traceback.format_exc()])
            return
        except BaseException:
            report["errors"].append([name, traceback.format_exc()])
            return
        report["imported"].append(name)

    def walk(package):
        load(package)
        module = sys.modules.get(package)
        if module is None:
            return
        for info in pkgutil.walk_packages(
            module.__path__, package + ".", onerror=lambda n: report["errors"].append([n, traceback.format_exc()])
        ):
            load(info.name)

    for name in EXPLICIT:
        load(name)
    walk("app")
    def qt_or_ui(m):
        return m in ("PySide6", "ui") or m.startswith(("PySide6.", "shiboken6", "ui."))

    report["after"]["app"] = sorted(m for m in sys.modules if qt_or_ui(m))
    load("exports")
    walk("exports")
    report["after"]["exports"] = sorted(m for m in sys.modules if qt_or_ui(m))
    print(json.dumps(report))
    """
)


@pytest.fixture(scope="module")
def import_report() -> dict:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_domain_module_imports(import_report):
    assert import_report["errors"] == [], "\n".join(tb for _, tb in import_report["errors"])
    for name in ("app.models", "app.workspace", "app.cli", "app.services.claims", "exports"):
        assert name in import_report["imported"]


def test_app_imports_no_qt_at_all(import_report):
    assert import_report["after"]["app"] == []


def test_exports_import_no_qt_widgets(import_report):
    loaded = import_report["after"]["exports"]
    assert [m for m in loaded if m.startswith("PySide6.QtWidgets") or m == "ui" or m.startswith("ui.")] == []


def test_cli_imports_nothing_of_qt_or_ui_until_main_runs():
    code = "import sys, app.cli; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- static check ----------------------------------------------------------------------------------


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module name, whether at module level) for each import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_level = {id(node) for node in tree.body}
    # imports under if/try at module level still run on import
    for node in tree.body:
        if isinstance(node, (ast.If, ast.Try)):
            top_level.update(id(child) for child in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(f"{node.module}.{alias.name}", id(node) in top_level) for alias in node.names]
    return found


def _domain_files() -> list[Path]:
    return sorted(p for package in DOMAIN for p in (ROOT / package).rglob("*.py"))


def test_static_no_qt_widgets_in_app_or_exports():
    pattern = re.compile(r"PySide6\.QtWidgets|from\s+PySide6\s+import\s+[^\n]*QtWidgets|import_module\([^)]*QtWidgets")
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _domain_files()
        for name, _ in _imports(path)
        if "QtWidgets" in name
    ]
    offenders += [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in _domain_files()
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_static_app_never_imports_pyside6():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _domain_files()
        if path.relative_to(ROOT).parts[0] == "app"
        for name, _ in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_static_ui_is_imported_only_lazily_and_only_by_the_cli():
    offenders = []
    for path in _domain_files():
        for name, top_level in _imports(path):
            if name.split(".")[0] != "ui":
                continue
            if path == ROOT / "app" / "cli.py" and not top_level:
                continue  # `factdesk open` imports the window inside main()
            offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
