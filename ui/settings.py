"""Typed settings over QSettings, declared once. Workspace data never lives here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 10


class Settings:
    """The window's own preferences: layout, recent workspaces, the analyst's name."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()
        if self._store.value("version", 0, type=int) != SETTINGS_VERSION:
            self._store.setValue("version", SETTINGS_VERSION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- layout ----------------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self, name: str) -> QByteArray | None:
        """Saved state of a splitter or header, by name."""
        return self._bytes(f"window/splitter/{name}")

    def save_layout(self, geometry: QByteArray, state: QByteArray, splitters: dict[str, QByteArray]) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)
        for name, value in splitters.items():
            self._store.setValue(f"window/splitter/{name}", value)

    # -- workspaces ------------------------------------------------------------------------------

    def recent_workspaces(self) -> list[Path]:
        value = self._store.value("workspaces/recent", [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value]
        return [Path(p) for p in value or [] if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        paths = [path] + [p for p in self.recent_workspaces() if p != path]
        self._store.setValue("workspaces/recent", [str(p) for p in paths[:MAX_RECENT]])
        self._store.setValue("workspaces/last", str(path))

    def forget(self, path: Path) -> None:
        path = path.resolve()
        self._store.setValue("workspaces/recent", [str(p) for p in self.recent_workspaces() if p != path])
        if self.last_workspace() == path:
            self._store.remove("workspaces/last")

    def clear_last(self) -> None:
        self._store.remove("workspaces/last")

    def last_workspace(self) -> Path | None:
        value = self._store.value("workspaces/last", "")
        return Path(value) if value else None

    def last_folder(self) -> Path:
        value = self._store.value("workspaces/folder", "")
        return Path(value) if value else Path.home()

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("workspaces/folder", str(folder))

    def files_folder(self) -> Path:
        """Where Import Files… and Attach Files… open: the folder files were last picked from by
        either, else the open workspace's folder (so both dialogs start in the same place)."""
        value = self._store.value("files/folder", "")
        if value and Path(value).is_dir():
            return Path(value)
        return self.last_folder()

    def set_files_folder(self, folder: Path) -> None:
        self._store.setValue("files/folder", str(folder))

    # -- reports ---------------------------------------------------------------------------------

    def default_template(self) -> Path | None:
        """The organisation's Word template reports use unless they name their own; None: the one that ships."""
        value = self._store.value("reports/default_template", "")
        return Path(value) if value else None

    def set_default_template(self, path: Path | None) -> None:
        if path is None:
            self._store.remove("reports/default_template")
        else:
            self._store.setValue("reports/default_template", str(path))

    def last_export_folder(self) -> Path | None:
        value = self._store.value("reports/export_folder", "")
        return Path(value) if value else None

    def set_last_export_folder(self, folder: Path) -> None:
        self._store.setValue("reports/export_folder", str(folder))

    # -- backups ---------------------------------------------------------------------------------

    def backup_policy(self):
        """How many backups to keep and where (app.backup.BackupPolicy; defaults: 10 recent, 7 daily,
        4 weekly, in the user's data folder, every 30 minutes of changes)."""
        from app.backup import BackupPolicy

        default = BackupPolicy()
        folder = str(self._store.value("backups/folder", "") or "")
        return BackupPolicy(
            keep_recent=max(1, self._store.value("backups/keep_recent", default.keep_recent, type=int)),
            keep_daily=max(0, self._store.value("backups/keep_daily", default.keep_daily, type=int)),
            keep_weekly=max(0, self._store.value("backups/keep_weekly", default.keep_weekly, type=int)),
            folder=Path(folder) if folder else None,
            interval_minutes=max(1, self._store.value("backups/interval_minutes", default.interval_minutes, type=int)),
        )

    def set_backup_policy(self, policy) -> None:
        self._store.setValue("backups/keep_recent", int(policy.keep_recent))
        self._store.setValue("backups/keep_daily", int(policy.keep_daily))
        self._store.setValue("backups/keep_weekly", int(policy.keep_weekly))
        self._store.setValue("backups/interval_minutes", int(policy.interval_minutes))
        if policy.folder is None:
            self._store.remove("backups/folder")
        else:
            self._store.setValue("backups/folder", str(policy.folder))

    # -- the analyst -----------------------------------------------------------------------------

    def user_name(self) -> str:
        return str(self._store.value("user/name", "") or "")

    def set_user_name(self, name: str) -> None:
        self._store.setValue("user/name", name.strip())

    # -- the evidence locker ---------------------------------------------------------------------

    def attachment_limit_mb(self) -> int:
        """The largest file (MB) attached to evidence; 200 unless set in Preferences."""
        value = self._store.value("evidence/attachment_limit_mb", 200)
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            return 200

    def set_attachment_limit_mb(self, mb: int) -> None:
        self._store.setValue("evidence/attachment_limit_mb", max(1, int(mb)))

    # -- the look ----------------------------------------------------------------------------------

    def theme(self) -> str:
        """View ▸ Theme: "system" (follow the desktop), "light" or "dark"."""
        value = str(self._store.value("view/theme", "system") or "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, value: str) -> None:
        self._store.setValue("view/theme", value)

    def sync(self) -> None:
        self._store.sync()
