"""The SQL functions through which SQLite's triggers reach the lemmatiser (migration 0009).

Every connection Factdesk opens registers them (`app.workspace`); a tool that opens a workspace
with plain sqlite3 and writes claims must call `register(conn)` first, or SQLite says
"no such function: fd_lemmas". The lemmatiser's dictionaries (60 MB) load at the first Ukrainian or
Russian word, not here: loaded before a fork, they made every forked child's writes twice as slow
(its collector touched them all).
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
