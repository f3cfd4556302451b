"""The bot's own state: what it must remember across restarts and data rebuilds.

Kept in a file of its own (``config.state_path``), because ``ingest`` replaces the
database of meetings wholesale.  Versioned like the main schema (``PRAGMA user_version``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite

from .briefings import Filters, Subscription

SCHEMA = [
    # 1: settings the bot writes for itself, e.g. the hash of the last command sync
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # 2: briefings.  "known" dates each meeting and round the bot has seen in the database (rebuilds
    # replace the database, not this); "briefed" is what each channel has been sent, recorded only
    # after Discord accepted the message that carried it.
    """CREATE TABLE subscriptions (
        channel_id INTEGER PRIMARY KEY, guild_id INTEGER NOT NULL, cadence TEXT NOT NULL, hour INTEGER NOT NULL,
        minute INTEGER NOT NULL, tz TEXT NOT NULL, weekday INTEGER NOT NULL, filters TEXT NOT NULL,
        alerts INTEGER NOT NULL, created_at TEXT NOT NULL, last_slot TEXT, failing TEXT, channel_name TEXT NOT NULL);
    CREATE TABLE known (item TEXT PRIMARY KEY, first_seen TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE briefed (channel_id INTEGER NOT NULL, item TEXT NOT NULL, PRIMARY KEY (channel_id, item)) WITHOUT ROWID""",
    # 3: followed feeds.  "feeds" is each feed, its conditional-GET validators and its failures (a failing
    # feed backs off until retry_at); "feed_entries" is every entry ever seen, with what became of it, so an
    # entry is fetched once: added, a copy of an article already there, skipped (with the reason), or to
    # be retried (a transient failure, at most RETRIES times).
    """CREATE TABLE feeds (
        url TEXT PRIMARY KEY, added_at TEXT NOT NULL, added_by TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
        etag TEXT, last_modified TEXT, last_polled TEXT, failing TEXT, failures INTEGER NOT NULL DEFAULT 0, retry_at TEXT);
    CREATE TABLE feed_entries (
        feed_url TEXT NOT NULL, entry TEXT NOT NULL, link TEXT NOT NULL, seen_at TEXT NOT NULL, outcome TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '', article_id TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (feed_url, entry)) WITHOUT ROWID;
    CREATE INDEX feed_entries_link ON feed_entries(link)""",
]
RETRIES = 3


@dataclass
class Feed:
    url: str
    added_at: str
    added_by: str = ""
    title: str = ""
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    failing: str | None = None
    failures: int = 0
    retry_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # outcome (or "skipped:<reason>") → entries


log = logging.getLogger("briefbot.briefings")
# Every meeting and round of the database attached as "data", as the item ids briefings track as new.
ITEMS = "SELECT 'meeting:' || id AS item FROM data.meetings UNION ALL SELECT 'round:' || id FROM data.rounds"
NEW_ITEMS = f"SELECT item FROM ({ITEMS}) WHERE item NOT IN (SELECT item FROM known)"
RECORD_ITEMS = f"INSERT OR IGNORE INTO known SELECT item, ? FROM ({ITEMS})"


class State:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    @classmethod
    async def open(cls, path: Path) -> State:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, uri=True)  # a plain path stays a path; ATTACH may then take a URI
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA busy_timeout = 5000")
        version = (await (await conn.execute("PRAGMA user_version")).fetchone())[0]
        for number, sql in enumerate(SCHEMA[version:], start=version + 1):
            await conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
        conn.row_factory = aiosqlite.Row
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

    # -- briefings -------------------------------------------------------------------------------

    async def subscriptions(self, guild_id: int | None = None) -> list[Subscription]:
        sql, params = "SELECT * FROM subscriptions", ()
        if guild_id is not None:
            sql, params = sql + " WHERE guild_id = ?", (guild_id,)
        rows = await (await self.conn.execute(sql + " ORDER BY channel_id", params)).fetchall()
        return [_subscription(r) for r in rows]

    async def subscription(self, guild_id: int | None, channel_id: int) -> Subscription | None:
        """A channel's subscription, if that server has one for it."""
        row = await (await self.conn.execute("SELECT * FROM subscriptions WHERE guild_id = ? AND channel_id = ?",
                                             (guild_id, channel_id))).fetchone()
        return _subscription(row) if row else None

    async def subscribe(self, sub: Subscription) -> None:
        """Add or replace a channel's subscription; what it was already sent stays sent."""
        await self.conn.execute(
            "INSERT OR REPLACE INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sub.channel_id, sub.guild_id, sub.cadence, sub.hour, sub.minute, sub.tz, sub.weekday,
             json.dumps(sub.filters.to_json(), ensure_ascii=False), int(sub.alerts), sub.created_at, sub.last_slot,
             sub.failing, sub.channel_name))
        await self.conn.commit()

    async def unsubscribe(self, channel_id: int) -> bool:
        cur = await self.conn.execute("DELETE FROM subscriptions WHERE channel_id = ?", (channel_id,))
        await self.conn.execute("DELETE FROM briefed WHERE channel_id = ?", (channel_id,))
        await self.conn.commit()
        return cur.rowcount > 0

    async def mark_slot(self, channel_id: int, slot: str) -> None:
        await self.conn.execute("UPDATE subscriptions SET last_slot = ? WHERE channel_id = ?", (slot, channel_id))
        await self.conn.commit()

    async def mark_failing(self, channel_id: int, reason: str) -> None:
        await self.conn.execute("UPDATE subscriptions SET failing = ? WHERE channel_id = ?", (reason, channel_id))
        await self.conn.commit()

    async def record_known(self, database: Path, when: str, *, listing: bool = True) -> list[str]:
        """Date the meetings and rounds of ``database`` not seen before; return those (new since the last look).

        Compared inside SQLite, with the database attached read-only: the ids of a large corpus (30,000
        at 10,000 articles) never become Python objects, which used to leave the bot ~10 MB larger after
        its first look.  Without ``listing`` (the first look, a baseline) they are only recorded.
        """
        await self._detach()  # one left attached by a look cut short, if any
        await self.conn.execute("ATTACH DATABASE ? AS data", (database.resolve().as_uri() + "?mode=ro",))
        try:
            new = [r[0] for r in await self.conn.execute_fetchall(NEW_ITEMS)] if listing else []
            await self.conn.execute(RECORD_ITEMS, (when,))
            await self.conn.commit()
        finally:
            await self._detach()
        return new

    async def _detach(self) -> None:
        """Let the attached database go, quietly: this runs while another error (or the bot stopping)
        is on its way, which an error of its own must not replace.  A look cut short (the bot stopping
        mid-insert) left a transaction open, which SQLite does not detach from: rolled back first."""
        try:
            await self.conn.rollback()
            if any(row[1] == "data" for row in await self.conn.execute_fetchall("PRAGMA database_list")):
                await self.conn.execute("DETACH DATABASE data")
        except sqlite3.Error:
            log.warning("state: could not detach the database it compared with", exc_info=True)

    async def unbriefed(self, channel_id: int, since: str) -> list[str]:
        """Items first seen at or after ``since`` that this channel has not been sent."""
        rows = await (await self.conn.execute(
            "SELECT item FROM known WHERE first_seen >= ? AND item NOT IN (SELECT item FROM briefed WHERE channel_id = ?)"
            " ORDER BY item", (since, channel_id))).fetchall()
        return [r[0] for r in rows]

    async def mark_briefed(self, channel_id: int, items: list[str]) -> None:
        await self.conn.executemany("INSERT OR IGNORE INTO briefed VALUES (?, ?)", [(channel_id, i) for i in items])
        await self.conn.commit()


    # -- feeds -----------------------------------------------------------------------------------

    async def add_feed(self, url: str, when: str, by: str = "", title: str = "") -> bool:
        """Follow a feed; False when it was already followed."""
        cur = await self.conn.execute("INSERT OR IGNORE INTO feeds (url, added_at, added_by, title) VALUES (?, ?, ?, ?)",
                                      (url, when, by, title))
        await self.conn.commit()
        return cur.rowcount > 0

    async def remove_feed(self, url: str) -> bool:
        cur = await self.conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        await self.conn.commit()
        return cur.rowcount > 0

    async def feeds(self) -> list[Feed]:
        rows = await (await self.conn.execute("SELECT * FROM feeds ORDER BY added_at, url")).fetchall()
        counts: dict[str, dict[str, int]] = {}
        for feed_url, outcome, reason, n in await (await self.conn.execute(
                "SELECT feed_url, outcome, reason, count(*) FROM feed_entries GROUP BY feed_url, outcome, reason")).fetchall():
            key = f"{outcome}:{reason}" if outcome == "skipped" else outcome
            counts.setdefault(feed_url, {})[key] = counts.get(feed_url, {}).get(key, 0) + n
        return [Feed(r["url"], r["added_at"], r["added_by"], r["title"], r["etag"], r["last_modified"], r["last_polled"],
                     r["failing"], r["failures"], r["retry_at"], counts.get(r["url"], {})) for r in rows]

    async def seen_entries(self, feed_url: str, keys: list[str], links: list[str]) -> tuple[set[str], set[str]]:
        """Of these entry keys and links, those already dealt with (by this feed, or by link in any feed);
        an entry to be retried is not among them."""
        done = "outcome <> 'retry'"
        seen_keys = {r[0] for r in await (await self.conn.execute(
            f"SELECT entry FROM feed_entries WHERE feed_url = ? AND {done}", (feed_url,))).fetchall() if r[0] in keys}
        wanted = set(links)
        seen_links = {r[0] for r in await (await self.conn.execute(
            f"SELECT link FROM feed_entries WHERE {done}")).fetchall() if r[0] in wanted}
        return seen_keys, seen_links

    async def record_entries(self, rows: list[tuple[str, str, str, str, str, str, str]]) -> None:
        """(feed_url, entry, link, when, outcome, reason, article_id) of entries dealt with in a poll; a failure
        retried too often becomes skipped."""
        for feed_url, entry, link, when, outcome, reason, article_id in rows:
            await self.conn.execute(
                "INSERT INTO feed_entries VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(feed_url, entry) DO UPDATE SET"
                " outcome = CASE WHEN excluded.outcome = 'retry' AND attempts + 1 >= ? THEN 'skipped'"
                " ELSE excluded.outcome END, reason = excluded.reason, article_id = excluded.article_id,"
                " link = excluded.link, seen_at = excluded.seen_at, attempts = attempts + 1",
                (feed_url, entry, link, when, outcome, reason, article_id, RETRIES))
        await self.conn.commit()

    async def feed_polled(self, url: str, *, when: str, etag: str | None, last_modified: str | None,
                          title: str | None = None) -> None:
        """A poll of the feed succeeded: its validators for the next conditional GET, and no failure."""
        await self.conn.execute(
            "UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ?, failing = NULL, failures = 0,"
            " retry_at = NULL, title = COALESCE(?, title) WHERE url = ?", (etag, last_modified, when, title, url))
        await self.conn.commit()

    async def feed_failed(self, url: str, *, when: str, reason: str, retry_at: str) -> None:
        await self.conn.execute(
            "UPDATE feeds SET last_polled = ?, failing = ?, failures = failures + 1, retry_at = ? WHERE url = ?",
            (when, reason, retry_at, url))
        await self.conn.commit()


def _subscription(r: aiosqlite.Row) -> Subscription:
    return Subscription(r["guild_id"], r["channel_id"], r["cadence"], r["hour"], r["minute"], r["tz"], r["weekday"],
                        Filters.from_json(json.loads(r["filters"])), bool(r["alerts"]), r["created_at"], r["last_slot"],
                        r["failing"], r["channel_name"])
