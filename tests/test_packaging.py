"""The desktop bundle and what travels with it: the version from pyproject.toml, Help ▸ About, the
Linux desktop entry, AppStream metadata and icons, and (marked `bundle`, run by .ci/run as its own
step) a real PyInstaller build whose executable is run headless without the venv."""

from __future__ import annotations

import configparser
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import APP_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
SAMPLE_PDF = ROOT / "tests" / "data" / "intake" / "weekly-review-2023-07-09.pdf"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


# -- the version, from one place -------------------------------------------------------------------


def test_version_is_pyprojects():
    assert app.__version__ == pyproject_version()


def test_version_without_installed_metadata_is_read_from_pyproject(monkeypatch):
    from importlib.metadata import PackageNotFoundError

    def not_installed(name):
        raise PackageNotFoundError(name)

    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    app.app_version.cache_clear()
    try:
        assert app.app_version() == pyproject_version()
    finally:
        app.app_version.cache_clear()


def test_cli_prints_the_version(capsys):
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"Factdesk {pyproject_version()}"


# -- Linux desktop integration -----------------------------------------------------------------------


def test_desktop_entry_names_the_app_icon_and_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Factdesk"
    assert section["Icon"] == APP_ID
    assert section["Exec"] == "factdesk %f" and section["TryExec"] == "factdesk"  # the installer rewrites both
    assert "Office" in section["Categories"].split(";")


def test_desktop_entry_opens_workspaces_by_their_file_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "factdesk %f"  # the file manager passes the double-clicked file
    assert "application/x-factdesk" in section["MimeType"].split(";")
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (kind,) = mime.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-factdesk"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.factdesk"]


def test_factdesk_with_a_bare_path_opens_it(monkeypatch, tmp_path):
    import ui.application
    from app.cli import main

    opened = []
    monkeypatch.setattr(ui.application, "run", lambda workspace=None: opened.append(workspace) or 0)
    assert main([str(tmp_path / "weekly.factdesk")]) == 0  # need not exist yet: the window says so
    existing = tmp_path / "notes"
    existing.write_bytes(b"")
    assert main([str(existing)]) == 0
    assert opened == [tmp_path / "weekly.factdesk", existing]
    with pytest.raises(SystemExit):  # a mistyped command is still an error, not a file to open
        main(["dmo"])


def _desktop_exec_args(value: str) -> list[str]:
    r"""An Exec value split into arguments as the desktop entry spec says: the string escapes
    first (\\ for a backslash), then the quoting (\" \` \$ \\ inside double quotes), then %%."""
    unescaped = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    args, current, quoted, i = [], "", False, 0
    while i < len(unescaped):
        ch = unescaped[i]
        if quoted and ch == "\\":
            i += 1
            current += unescaped[i]
        elif ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += ch
        i += 1
    args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_install_desktop_entry_works_in_a_folder_named_with_shell_and_sed_characters(tmp_path):
    folder = tmp_path / 'R&D | "x" $HOME `y` 100% \\ back'
    linux = folder / "_internal" / "resources" / "linux"
    icons = folder / "_internal" / "resources" / "icons"
    shutil.copytree(LINUX, linux)
    shutil.copytree(ICONS, icons)
    installer = folder / "install-desktop-entry"
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry", installer)
    (folder / "factdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    env = clean_env(tmp_path / "home")
    result = subprocess.run([str(installer)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    data = Path(env["XDG_DATA_HOME"])
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(data / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert _desktop_exec_args(section["Exec"]) == [str(folder / "factdesk"), "%f"]
    assert section["TryExec"].replace("\\\\", "\\") == str(folder / "factdesk")
    assert section["MimeType"] == "application/x-factdesk;"
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-factdesk:*.factdesk" in globs
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr
    result = subprocess.run([str(installer), "--remove"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_matches_the_app():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    newest = root.find("releases/release")
    assert newest.get("version") == pyproject_version(), "add a <release> for the new version"
    assert "://" not in (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8").replace(
        "http://www.w3.org", ""
    ), "no URL in the metadata: nothing to fetch, no host named"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_are_there_in_every_format(qapp):
    from PySide6.QtGui import QImageReader
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICONS / f"{APP_ID}.svg")).isValid()
    for size in (16, 32, 48, 64, 128, 256, 512):
        reader = QImageReader(str(ICONS / f"{APP_ID}-{size}.png"))
        assert reader.size().width() == size and reader.size().height() == size
    ico = QImageReader(str(ICONS / f"{APP_ID}.ico"))
    assert ico.imageCount() == 7 and ico.read().width() in (16, 256)
    icns = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert b"ic10" in icns and b"icp4" in icns  # 1024 and 16 pixels


def test_the_application_reports_its_desktop_file_and_icon():
    """In a process of its own: make_application installs translators on the application."""
    code = (
        "from ui.application import make_application\n"
        "app = make_application(['factdesk'])\n"
        "print(app.desktopFileName(), app.windowIcon().pixmap(48, 48).width())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [APP_ID, "48"]


# -- Help ▸ About ------------------------------------------------------------------------------------


def test_about_lists_the_libraries_with_their_licences():
    from ui.about import bundled_libraries

    libraries = {lib.name.lower(): lib for lib in bundled_libraries()}
    pyside = libraries["pyside6_essentials"]
    assert "LGPL-3.0" in pyside.licence
    assert libraries["sqlalchemy"].licence == "MIT"
    assert "pdfminer.six" in libraries and "trafilatura" in libraries
    assert "shiboken6" in libraries and "lxml" in libraries  # requirements of requirements
    assert "pytest" not in libraries and "pyinstaller" not in libraries  # development tools are not bundled
    assert "factdesk" not in libraries


def test_about_dialog_shows_versions_and_licences(qtbot):
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from ui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Factdesk {pyproject_version()}" in texts and "GPL-3.0-or-later" in texts
    versions = dialog.versions_label.text()
    assert f"Qt {qVersion()}" in versions and f"PySide6 {pyside_version}" in versions
    assert f"Python {platform.python_version()}" in versions

    rows = [dialog.library_list.topLevelItem(i) for i in range(dialog.library_list.topLevelItemCount())]
    by_name = {row.text(0): row for row in rows}
    assert "LGPL-3.0" in by_name["PySide6_Essentials"].text(2)
    assert by_name["Qt"].text(1) == qVersion() and "LGPL-3.0" in by_name["Qt"].text(2)

    dialog.library_list.setCurrentItem(by_name["SQLAlchemy"])
    assert "Permission is hereby granted" in dialog.licence_view.toPlainText()  # its MIT licence file
    assert dialog.licence_view.isReadOnly()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Factdesk {pyproject_version()}\nQt {qVersion()}\n")
    assert f"PySide6_Essentials {pyside_version} ({by_name['PySide6_Essentials'].text(2)})" in copied


def test_help_about_opens_the_dialog(window, qtbot):
    from PySide6.QtCore import Qt

    from ui.about import AboutDialog

    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.close()


# -- the bundle ----------------------------------------------------------------------------------------


def clean_env(home: Path) -> dict[str, str]:
    """What an analyst's desktop session has: no venv, no Python variables, a home of its own."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update({k: str(home / k.lower()) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")})
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Builds the bundle with packaging/build into a folder of the test's own."""
    if sys.platform != "linux":
        pytest.skip("the smoke test runs the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [str(ROOT / "packaging" / "build"), "--distpath", str(out / "dist"), "--workpath", str(out / "work")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {result.stdout.strip().splitlines()[-1]}")
    return out / "dist" / "factdesk"


def run_bundle(bundle: Path, home: Path, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "factdesk"), *map(str, args)],
        capture_output=True,
        text=True,
        env=clean_env(home),
        cwd=home,
        timeout=timeout,
    )


@pytest.mark.bundle
def test_bundle_prints_the_version(bundle, tmp_path):
    result = run_bundle(bundle, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Factdesk {pyproject_version()}"


@pytest.mark.bundle
def test_bundle_exports_the_demo_workspace_as_the_source_tree_does(bundle, tmp_path):
    from docx import Document

    from app.cli import main

    workspace, bundled, reference = tmp_path / "demo.factdesk", tmp_path / "bundled.docx", tmp_path / "reference.docx"
    result = run_bundle(bundle, tmp_path, "demo", workspace)
    assert result.returncode == 0, result.stderr
    result = run_bundle(bundle, tmp_path, "export", workspace, "-o", bundled)
    assert result.returncode == 0, result.stderr
    assert main(["export", str(workspace), "-o", str(reference)]) == 0

    paragraphs = [p.text for p in Document(str(bundled)).paragraphs]
    assert "Claims and verdicts" in paragraphs
    assert any("Convention on Cluster Munitions" in p for p in paragraphs)
    assert paragraphs == [p.text for p in Document(str(reference)).paragraphs]
    # the default template came along: same styles as the source tree's
    assert {s.name for s in Document(str(bundled)).styles} == {s.name for s in Document(str(reference)).styles}


@pytest.mark.bundle
def test_bundle_imports_a_pdf_in_its_spawned_reader(bundle, tmp_path):
    workspace = tmp_path / "pdf.factdesk"
    assert run_bundle(bundle, tmp_path, "new", workspace).returncode == 0
    result = run_bundle(bundle, tmp_path, "import", workspace, SAMPLE_PDF, "--json")
    assert result.returncode == 0, result.stderr
    (outcome,) = json.loads(result.stdout)
    assert outcome["status"] == "imported", outcome
    assert outcome["found"]["media_type"] == "application/pdf" and outcome["found"]["characters"] > 10_000
    assert outcome["title"].startswith("Weekly review of disinformation narratives")


#: a 1×1 GIF: Qt reads GIF but cannot write it
GIF_1X1 = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def image_files(folder: Path) -> list[Path]:
    """One small image of every type the evidence preview claims to show (IMAGE_TYPES)."""
    from PySide6.QtGui import QColor, QImage

    from ui.evidence.preview import IMAGE_TYPES

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    files = []
    for media_type in IMAGE_TYPES:
        kind = media_type.split("/")[1]
        path = folder / f"shot.{kind}"
        if kind == "gif":
            path.write_bytes(GIF_1X1)
        else:
            assert image.save(str(path), kind.upper()), kind
        files.append(path)
    return files


def test_the_preview_check_of_the_entry_point_shows_every_previewed_type(qapp, tmp_path):
    """The same check the bundle test runs, in the source tree (where every plugin is there)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("factdesk_main", ROOT / "packaging" / "factdesk_main.py")
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    files = image_files(tmp_path)
    assert entry.check_previews([str(p) for p in files]) == 0
    (tmp_path / "not-an-image.jpeg").write_bytes(b"plain text")
    assert entry.check_previews([str(tmp_path / "not-an-image.jpeg")]) == 1


@pytest.mark.bundle
def test_bundle_previews_every_image_type_the_preview_claims(bundle, tmp_path, qapp):
    files = image_files(tmp_path)
    result = run_bundle(bundle, tmp_path, "--check-previews", *files)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["file"]).suffix for line in lines] == [p.suffix for p in files]
    assert all(line["shown"] for line in lines), lines
    assert result.returncode == 0, result.stderr


@pytest.mark.bundle
def test_bundle_window_starts_headless(bundle, tmp_path):
    workspace = tmp_path / "demo.factdesk"
    assert run_bundle(bundle, tmp_path, "demo", workspace).returncode == 0
    process = subprocess.Popen(
        [str(bundle / "factdesk"), "open", str(workspace)],
        env=clean_env(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(8)
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err


@pytest.mark.bundle
def test_bundle_carries_its_resources_and_only_the_qt_it_uses(bundle):
    inside = bundle / "_internal"
    for path in (
        "resources/translations/factdesk_uk.qm",
        "resources/templates/report.docx",
        f"resources/icons/{APP_ID}.svg",
        f"resources/linux/{APP_ID}.desktop",
        "PySide6/Qt/translations/qtbase_uk.qm",  # Qt's own dialogs in Ukrainian
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "app/migrations/env.py",
        "trafilatura/settings.cfg",
    ):
        assert (inside / path).is_file(), path
    assert sorted(p.name for p in (inside / "app" / "migrations" / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py")
    )
    assert list(inside.glob("factdesk-*.dist-info")), "importlib.metadata needs it for the version"
    assert (bundle / "install-desktop-entry").is_file()
    names = {p.name for p in inside.rglob("*")}
    for unused in ("WebEngine", "Qml", "Quick", "Multimedia", "Network", "Pdf", "3D", "gtk"):
        assert not [n for n in names if unused.lower() in n.lower() and n.endswith((".so", ".so.6"))], unused
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle size: {size / 2**20:.0f} MiB")
    assert size < 220 * 2**20, "the bundle grew: check what a new dependency brought in"


@pytest.mark.bundle
def test_bundle_installs_its_desktop_entry(bundle, tmp_path):
    env = clean_env(tmp_path)
    result = subprocess.run(
        [str(bundle / "install-desktop-entry")], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    data = Path(env["XDG_DATA_HOME"])
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/factdesk" %f' in entry and f"TryExec={bundle}/factdesk" in entry
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    result = subprocess.run(
        [str(bundle / "install-desktop-entry"), "--remove"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0 and not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_bundle_tests_stay_out_of_the_default_run():
    """Only a run that asks for them (`-m bundle`) builds the bundle; .ci/run does, as its own step."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        options = tomllib.load(fh)["tool"]["pytest"]["ini_options"]
    assert any(m.startswith("bundle:") for m in options["markers"])
    assert '-m "not bundle' in options["addopts"]
    assert "-m bundle" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert os.access(ROOT / "packaging" / "build", os.X_OK)
