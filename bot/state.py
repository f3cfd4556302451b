"""The bot's own state: what it must remember across restarts and data rebuilds.

Kept in a file of its own (``config.state_path``), because ``ingest`` replaces the
database of meetings wholesale.  Versioned like the main schema (``PRAGMA user_version``).
"""

from __future__ import annotations

from pathlib import Path

import aiosqlite

SCHEMA = [
    # 1: settings the bot writes for itself, e.g. the hash of the last command sync
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]


class State:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    @classmethod
    async def open(cls, path: Path) -> State:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path)
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA busy_timeout = 5000")
        version = (await (await conn.execute("PRAGMA user_version")).fetchone())[0]
        for number, sql in enumerate(SCHEMA[version:], start=version + 1):
            await conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
        return cls(conn)

    async def close(self) -> None:
        await self.conn.close()

    async def get(self, key: str) -> str | None:
        row = await (await self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,))).fetchone()
        return row[0] if row else None

    async def put(self, key: str, value: str) -> None:
        await self.conn.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                (key, value))
        await self.conn.commit()
