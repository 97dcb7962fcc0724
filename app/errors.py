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
