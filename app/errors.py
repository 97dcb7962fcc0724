"""Errors a user can be shown as they are: each message says what went wrong in words."""


class FactdeskError(Exception):
    """Base for every error whose message is fit for the user."""


class WorkspaceError(FactdeskError):
    """The workspace file cannot be opened, created or used."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer Factdesk."""


class NotAWorkspace(WorkspaceError):
    """The file exists but is not a Factdesk workspace."""


class ValidationError(FactdeskError):
    """Input to a service or an import was refused; nothing was written."""


class NotFound(FactdeskError):
    """An id named an item that does not exist (any more)."""


class WorkspaceDamaged(WorkspaceError):
    """SQLite's integrity check found damage; the file is not used as if it were fine."""


class WorkspaceLocked(WorkspaceError):
    """Another Factdesk holds the workspace for writing; it may still be opened read-only."""


class WriteError(FactdeskError):
    """A file (report, dump, backup, saved attachment) could not be written; the target is as it was."""


class FileExists(WriteError):
    """The target file exists and replacing it was not allowed."""


class WorkspaceWriteFailed(WorkspaceError):
    """A change could not be saved (disk full, read-only, I/O error); it was rolled back, nothing saved was lost."""


class DiskFull(WorkspaceWriteFailed):
    """The disk (or a file-size limit) left no room for the change."""


class WorkspaceReadOnly(WorkspaceWriteFailed):
    """The workspace file or its folder cannot be written."""
