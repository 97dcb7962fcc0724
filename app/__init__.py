"""Factdesk's domain: workspace storage, services and readers. No Qt widgets here."""

from functools import cache
from pathlib import Path


@cache
def app_version() -> str:
    """pyproject.toml's version: from the installed distribution's metadata (a desktop bundle
    carries it too), or read from pyproject.toml itself in a source tree that is not installed."""
    from importlib.metadata import PackageNotFoundError, version  # 30 ms to import: only when asked

    try:
        return version("factdesk")
    except PackageNotFoundError:
        import tomllib

        try:
            with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as fh:
                return tomllib.load(fh)["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    """`__version__`, worked out when first asked for (`app_version`): looking up the installed
    distribution scans the import path (some 40 ms), which the window's start need not wait for."""
    if name == "__version__":
        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


APP_NAME = "Factdesk"
#: the reverse-DNS id of the .desktop entry, the AppStream metadata and the icon (resources/linux)
APP_ID = "org.factdesk.Factdesk"
