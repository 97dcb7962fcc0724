"""Factdesk's domain: workspace storage, services and readers. No Qt widgets here."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """pyproject.toml's version: from the installed distribution's metadata (a desktop bundle
    carries it too), or read from pyproject.toml itself in a source tree that is not installed."""
    try:
        return version("factdesk")
    except PackageNotFoundError:
        import tomllib

        try:
            with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as fh:
                return tomllib.load(fh)["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0.0.0+unknown"


__version__ = _version()

APP_NAME = "Factdesk"
#: the reverse-DNS id of the .desktop entry, the AppStream metadata and the icon (resources/linux)
APP_ID = "org.factdesk.Factdesk"
