"""Errors of the writers: each message says, in words, what went wrong and what is left as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from app.errors import FileExists, WriteError


class ExportError(WriteError):
    """A report could not be written; the target file is as it was before."""


class TargetExists(ExportError, FileExists):
    """The target file exists and replacing it was not allowed."""


class ExportCancelled(ExportError):
    """The export was stopped on request; nothing was written."""


@contextlib.contextmanager
def as_export_errors() -> Iterator[None]:
    """Word the atomic-write helper's errors (app.atomic) as the writers' own."""
    try:
        yield
    except ExportError:
        raise
    except FileExists as exc:
        raise TargetExists(str(exc)) from exc
    except WriteError as exc:
        raise ExportError(str(exc)) from exc
