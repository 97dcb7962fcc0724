"""Errors of the writers: each message says, in words, what went wrong and what is left as it was."""

from __future__ import annotations

from app.errors import FactdeskError


class ExportError(FactdeskError):
    """A report could not be written; the target file is as it was before."""


class TargetExists(ExportError):
    """The target file exists and replacing it was not allowed."""


class ExportCancelled(ExportError):
    """The export was stopped on request; nothing was written."""
