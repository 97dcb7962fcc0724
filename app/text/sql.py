"""The SQL functions through which SQLite's triggers reach the lemmatiser (migration 0009).

Every connection Factdesk opens registers them (`app.workspace`); a tool that opens a workspace
with plain sqlite3 and writes claims must call `register(conn)` first, or SQLite says
"no such function: fd_lemmas". The lemmatiser's dictionaries load on first use, not here.
"""

from __future__ import annotations

import sqlite3


def _lemmas(text, language):
    from app.text.lemmas import index_text

    return index_text(text if isinstance(text, str) else "", language if isinstance(language, str) else "")


def _keys(text, language):
    from app.text.lemmas import keys_text

    return keys_text(text if isinstance(text, str) else "", language if isinstance(language, str) else "")


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("fd_lemmas", 2, _lemmas, deterministic=True)
    conn.create_function("fd_keys", 2, _keys, deterministic=True)
