"""The SQL functions through which SQLite's triggers reach the lemmatiser (migration 0009).

Every connection Factdesk opens registers them (`app.workspace`); a tool that opens a workspace
with plain sqlite3 and writes claims must call `register(conn)` first, or SQLite says
"no such function: fd_lemmas". Importing this module loads the lemmatiser's dictionaries
(app.text.lemmas: 0.15 s): a process that forks workers after importing Factdesk hands them over
loaded, and a first edit never waits for them.
"""

from __future__ import annotations

import sqlite3

from app.text.lemmas import index_text, keys_text


def _lemmas(text, language):
    return index_text(text if isinstance(text, str) else "", language if isinstance(language, str) else "")


def _keys(text, language):
    return keys_text(text if isinstance(text, str) else "", language if isinstance(language, str) else "")


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("fd_lemmas", 2, _lemmas, deterministic=True)
    conn.create_function("fd_keys", 2, _keys, deterministic=True)
