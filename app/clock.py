"""Time in one place: every stored moment is an aware UTC datetime."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)
