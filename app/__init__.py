"""Factdesk's domain: workspace storage, services and readers. No Qt widgets here."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factdesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Factdesk"
