"""Backups, locks and integrity in the window: restore dialog, automatic backups, open errors."""
