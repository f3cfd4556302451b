"""Read-only queries over the built database, through aiosqlite.

Queries return plain dicts in the ``ask --json`` meeting shape; rendering turns
them into words.  The connection is read-only, so a rebuild never blocks an answer.
"""

from __future__ import annotations

import asyncio
import json
import os
from operator import itemgetter
from pathlib import Path
from typing import Any

import aiosqlite

from .search import Entity, NameIndex, fts_query


def source_link(article: dict[str, Any]) -> str:
    """The article's own url (the first-seen of its addresses), else SOURCE_BASE_URL + file name, else its id."""
    if article.get("url"):
        return article["url"]
    if article.get("urls"):
        return article["urls"][0]
    base = os.environ.get("SOURCE_BASE_URL", "").strip()
    if base:
        return base.rstrip("/") + "/" + article["file"]
    return article["id"]


# A meeting with its participants and sources as JSON in one row, so a page of meetings is one statement
# (each statement is a round trip to the connection's thread).  json_group_array keeps no promised order,
# so every element starts with what it is sorted by: the participant's rowid, the source's article id.
_MEETING_COLUMNS = (
    "m.rowid AS meeting_rowid, m.*, r.number AS round_number, r.series AS round_series,"
    " (SELECT json_group_array(json_array(p.rowid, p.person_id, p.organization_id, p.name, p.title, p.side,"
    " p.short_title)) FROM participants p WHERE p.meeting_id = m.id) AS people,"
    " (SELECT json_group_array(json_array(s.article_id, json(s.evidence), s.date, s.place, a.file, a.title, a.url,"
    " a.outlet, json((SELECT json_group_array(url) FROM (SELECT url FROM article_urls u WHERE u.article_id = a.id"
    " ORDER BY u.position)))))"
    " FROM meeting_sources s JOIN articles a ON a.id = s.article_id WHERE s.meeting_id = m.id) AS sources"
)
_MEETINGS_FROM = "FROM meetings m LEFT JOIN rounds r ON r.id = m.round_id"
_FIRST = itemgetter(0)

# A search counts every hit (own words or articles) on a second connection while the first ranks the page:
# both are FTS5 work of a few milliseconds over a large corpus, and sqlite3 lets go of the GIL while SQLite works.
SEARCH_TOTAL = "SELECT count(*) FROM meetings_search WHERE meetings_search MATCH :q"
# The own-words hits, ranked: with the total, the bare FTS5 work of a search page, which the benchmark times.
SEARCH_OWN_RANKED = (
    "SELECT rowid AS rid, bm25(meetings_own) AS rank FROM meetings_own WHERE meetings_own MATCH :q"
    " ORDER BY rank, rowid LIMIT :limit OFFSET :offset"
)
# ... and with the meetings themselves: a page that the own-words hits fill is this one statement.
SEARCH_OWN_PAGE = (
    f"WITH page AS MATERIALIZED ({SEARCH_OWN_RANKED}) SELECT {_MEETING_COLUMNS} FROM page"
    " JOIN meetings m ON m.rowid = page.rid LEFT JOIN rounds r ON r.id = m.round_id ORDER BY page.rank, page.rid"
)
# When the own-words hits end before the page does: how many they are, and the article-only hits after them.
SEARCH_OWN_COUNT = "SELECT count(*) FROM meetings_own WHERE meetings_own MATCH :q"
SEARCH_ARTICLE_PAGE = (
    "SELECT rowid FROM meetings_search WHERE meetings_search MATCH :q"
    " AND rowid NOT IN (SELECT rowid FROM meetings_own WHERE meetings_own MATCH :q)"
    " ORDER BY bm25(meetings_search, 10.0, 1.0), rowid LIMIT :limit OFFSET :offset"
)

# A store reads one database file that never changes (a rebuild is a new file, and a new store), so what a
# question found can be kept for the next one that asks it: the timeline's first page, a round, a search
# again.  Kept: each question's total (an int), and the rows of its recent pages (the last PAGES_KEPT;
# five meetings each, a few kilobytes), hydrated afresh for each answer so no caller shares a dict.
TOTALS_KEPT, PAGES_KEPT = 1024, 128


def _keep(cache: dict, key: Any, value: Any, kept: int) -> None:
    if key not in cache and len(cache) >= kept:
        del cache[next(iter(cache))]  # the oldest
    cache[key] = value


class Store:
    def __init__(self, conn: aiosqlite.Connection, names: NameIndex, counter: aiosqlite.Connection | None = None,
                 path: Path | None = None) -> None:
        self.conn = conn
        self.path = path  # the file it reads (briefings compare its items with what they have seen)
        self.names = names
        self.counter = counter or conn  # a second connection, with its own thread: see SEARCH_TOTAL
        self._totals: dict[tuple, int] = {}
        self._pages: dict[tuple, tuple[list[aiosqlite.Row], int]] = {}
        self._rounds: list[dict[str, Any]] | None = None
        self._topics: list[tuple[str, int]] | None = None

    @staticmethod
    async def _connect(path: Path) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA query_only = ON")
        return conn

    @classmethod
    async def open(cls, path: Path) -> Store:
        conn = await cls._connect(path)
        entities: list[Entity] = []
        aliases: dict[str, list[str]] = {}
        async with conn.execute("SELECT person_id, folded FROM person_aliases") as cur:
            async for row in cur:
                aliases.setdefault(row[0], []).append(row[1])
        async with conn.execute("SELECT organization_id, folded FROM organization_aliases") as cur:
            async for row in cur:
                aliases.setdefault(row[0], []).append(row[1])
        async with conn.execute(
            "SELECT 'person', id, name, side FROM people UNION ALL SELECT 'organization', id, name, side FROM organizations"
        ) as cur:
            async for kind, eid, name, side in cur:
                entities.append(Entity(kind, eid, name, side, tuple(aliases.get(eid, ()))))
        return cls(conn, NameIndex(entities), await cls._connect(path), path)

    async def close(self) -> None:
        await self.conn.close()
        if self.counter is not self.conn:
            await self.counter.close()

    async def _meetings(self, where: str, params: tuple, limit: int, offset: int) -> tuple[list[dict], int]:
        """A page of the meetings ``where`` selects, newest first, and how many it selects: one statement.

        The count is the costly part (the whole timeline is 30,000 rows at 10,000 articles, for a page
        of five), so it is counted once per question; a page asked again is not read again.
        """
        key = ("list", where, params, limit, offset)
        if (kept := self._pages.get(key)) is not None:
            return [self._meeting(row) for row in kept[0]], kept[1]
        count = f"SELECT count(*) FROM meetings m WHERE {where}"
        page = (f" {_MEETINGS_FROM} WHERE m.rowid IN (SELECT m.rowid FROM meetings m WHERE {where}"
                " ORDER BY m.sort_key DESC, m.id LIMIT ? OFFSET ?) ORDER BY m.sort_key DESC, m.id")
        total = self._totals.get((where, params))
        if total is not None:
            rows = await self.conn.execute_fetchall(f"SELECT {_MEETING_COLUMNS}{page}", (*params, limit, offset)) \
                if offset < total else []
        else:
            rows = await self.conn.execute_fetchall(f"SELECT {_MEETING_COLUMNS}, ({count}) AS total{page}",
                                                    (*params, *params, limit, offset))
            # past the last page, or nothing at all: the total alone
            total = rows[0]["total"] if rows else (await self.conn.execute_fetchall(count, params))[0][0]
            _keep(self._totals, (where, params), total, TOTALS_KEPT)
        _keep(self._pages, key, (list(rows), total), PAGES_KEPT)
        return [self._meeting(row) for row in rows], total

    async def _by_rowids(self, rowids: list[int]) -> list[aiosqlite.Row]:
        """The rows of meetings by rowid (what the search indexes are keyed by), in the order given."""
        return await self._in_order("m.rowid", "meeting_rowid", rowids)

    async def meetings_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        """Meetings by id, in the order given; ids no longer in the database are left out."""
        return await self._by_ids(ids)

    async def _by_ids(self, ids: list[str]) -> list[dict[str, Any]]:
        """Meetings by id, in the order given; ids no longer in the database are left out."""
        return [self._meeting(row) for row in await self._in_order("m.id", "id", ids)]

    async def _in_order(self, column: str, key: str, values: list) -> list[aiosqlite.Row]:
        if not values:
            return []
        marks = ",".join("?" * len(values))
        rows = await self.conn.execute_fetchall(f"SELECT {_MEETING_COLUMNS} {_MEETINGS_FROM} WHERE {column} IN ({marks})",
                                                values)
        found = {row[key]: row for row in rows}
        return [found[v] for v in values if v in found]

    def _meeting(self, row: aiosqlite.Row) -> dict[str, Any]:
        # participants: [rowid, person_id, organization_id, name, title, side, short_title], in the order stored
        people = sorted(json.loads(row["people"]), key=_FIRST)
        # sources: [article_id, evidence, date, place, file, title, url, outlet, every url], by article id
        sources = sorted(json.loads(row["sources"]), key=_FIRST)
        article_id, evidence, _, _, file, title, url, outlet, urls = sources[0]
        return {
            "id": row["id"],
            "date": row["date"],
            "date_text": row["date_text"],
            "date_precision": row["date_precision"],
            "place": row["place"],
            "kind": row["kind"],
            "round": row["round_number"],
            "round_series": row["round_series"],
            "round_basis": row["round_basis"],
            "people": [{"id": pid, "name": name, "title": ptitle, "short_title": short, "organization": "", "side": side}
                       for _, pid, _, name, ptitle, side, short in people if pid],
            "organizations": [{"id": oid, "name": name, "side": side} for _, _, oid, name, _, side, _ in people if oid],
            "topics": json.loads(row["topics"]),
            "summary": row["summary"],
            "evidence": evidence,
            "context": json.loads(row["context"]),
            "source": {"id": article_id, "file": file, "title": title, "url": url, "outlet": outlet,
                       "link": source_link({"id": article_id, "file": file, "url": url, "urls": urls}),
                       "urls": urls},
            "other_sources": [
                {"id": s_id, "file": s_file, "title": s_title, "url": s_url, "outlet": s_outlet, "date": s_date,
                 "place": s_place, "evidence": s_evidence,
                 "link": source_link({"id": s_id, "file": s_file, "url": s_url, "urls": s_urls}), "urls": s_urls}
                for s_id, s_evidence, s_date, s_place, s_file, s_title, s_url, s_outlet, s_urls in sources[1:]
            ],
        }

    async def meeting(self, meeting_id: str) -> dict[str, Any] | None:
        """One meeting in full, for its details: with each person's organisation from the gazetteer."""
        found = await self._by_ids([meeting_id])
        if not found:
            return None
        m = found[0]
        ids = [p["id"] for p in m["people"]]
        marks = ",".join("?" * len(ids))
        rows = await self.conn.execute_fetchall(f"SELECT id, organization FROM people WHERE id IN ({marks})", ids)
        organizations = {r[0]: r[1] for r in rows}
        for p in m["people"]:
            p["organization"] = organizations.get(p["id"], "")
        return m

    async def meeting_ids(self, prefix: str, limit: int = 25) -> list[str]:
        """Meeting ids that start with ``prefix``, in order (a range over the primary key, not a scan)."""
        rows = await self.conn.execute_fetchall(
            "SELECT id FROM meetings WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", (prefix, prefix + "\U0010ffff", limit))
        return [r[0] for r in rows]

    async def meetings_on_day(self, month_day: str, year: str | None, limit: int = 25) -> list[dict[str, Any]]:
        """Meetings on a day (``-MM-DD``), of one year when given, newest first."""
        if year:
            found, _ = await self._meetings("m.sort_key = ?", (year + month_day,), limit, 0)
        else:
            found, _ = await self._meetings("substr(m.sort_key, 5, 6) = ?", (month_day,), limit, 0)
        return found

    async def meetings_in(self, period: str, limit: int = 25) -> list[dict[str, Any]]:
        """Meetings dated within a year or a month (``2025``, ``2025-11``), newest first."""
        found, _ = await self._meetings("m.sort_key >= ? AND m.sort_key < ?", (period, period + "~"), limit, 0)
        return found

    async def meetings_with(
        self, entity: Entity | None, *, round_number: int | None = None, date_from: str | None = None,
        date_to: str | None = None, limit: int = 10, offset: int = 0,
    ) -> tuple[list[dict], int]:
        """A page of the meetings of ``entity`` (of everyone when None), filtered, newest first; and how many."""
        where, params = ["1 = 1"], []
        if entity is not None:
            column = "person_id" if entity.kind == "person" else "organization_id"
            where.append(f"m.id IN (SELECT meeting_id FROM participants WHERE {column} = ?)")
            params.append(entity.id)
        if round_number is not None:
            where.append("m.round_id IN (SELECT id FROM rounds WHERE number = ?)")
            params.append(round_number)
        if date_from:
            where.append("m.sort_key >= ?")
            params.append(date_from)
        if date_to:
            # a date without a year ("0000-04-23" as a key) cannot be said to fall before a bound
            where.append("m.sort_key <= ? AND m.sort_key > '0000-99'")
            params.append(date_to)
        return await self._meetings(" AND ".join(where), tuple(params), limit, offset)

    async def chart_rows(self, entity: Entity | None = None, round_id: int | None = None
                         ) -> list[tuple[str, str | None, str | None, str | None]]:
        """(meeting id, date, side, name) for each participant of the meetings a chart draws: of ``entity``,
        of the round ``round_id``, or all. Lean on purpose: a chart of every meeting reads the whole table."""
        where, params = ["1 = 1"], []
        if entity is not None:
            column = "person_id" if entity.kind == "person" else "organization_id"
            where.append(f"m.id IN (SELECT meeting_id FROM participants WHERE {column} = ?)")
            params.append(entity.id)
        if round_id is not None:
            where.append("m.round_id = ?")
            params.append(round_id)
        # as in a meeting's own answer (_meeting): the people and bodies the gazetteer knows; a meeting with
        # none of them is still a row (side and name NULL), so the chart counts every meeting
        rows = await self.conn.execute_fetchall(
            "SELECT m.id, m.date, p.side, coalesce(nullif(p.name, ''), p.title) FROM meetings m"
            " LEFT JOIN participants p ON p.meeting_id = m.id"
            " AND (p.person_id IS NOT NULL OR p.organization_id IS NOT NULL)"
            f" WHERE {' AND '.join(where)} ORDER BY m.rowid, p.rowid", params)
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def date_range(self, entity: Entity) -> tuple[str | None, str | None]:
        """The first and the last date of the entity's meetings whose year is known (None when there is none)."""
        column = "person_id" if entity.kind == "person" else "organization_id"
        rows = await self.conn.execute_fetchall(
            "SELECT min(date), max(date) FROM meetings WHERE date <> '' AND date NOT LIKE '--%'"
            f" AND id IN (SELECT meeting_id FROM participants WHERE {column} = ?)", (entity.id,))
        return rows[0][0], rows[0][1]

    async def rounds(self) -> list[dict[str, Any]]:
        """Every round, by number and series; read once (a few dozen rows), each answer its own dicts."""
        if self._rounds is None:
            self._rounds = [dict(r) for r in await self.conn.execute_fetchall("SELECT * FROM rounds ORDER BY number, series")]
        return [self._round(r) for r in self._rounds]

    def _round(self, r: dict[str, Any]) -> dict[str, Any]:
        return {
            "series": r["series"], "number": r["number"], "start": r["start"], "end": r["end"], "place": r["place"],
            "summary": r["summary"], "areas": json.loads(r["areas"]), "next_steps": json.loads(r["next_steps"]),
            "leaders": json.loads(r["leaders"]), "context": json.loads(r["context"]), "id": r["id"],
        }

    async def round(self, number: int, series: str | None = None, limit: int = 10,
                    offset: int = 0) -> tuple[list[dict], list[dict], int]:
        """Rounds with this number (one per series unless ``series`` says which), and a page of their meetings."""
        rows = [r for r in await self.rounds() if r["number"] == number and (not series or r["series"] == series)]
        if len(rows) != 1:
            return rows, [], 0
        meetings, total = await self._meetings("m.round_id = ?", (rows[0]["id"],), limit, offset)
        return rows, meetings, total

    async def search(self, text: str, limit: int = 10, offset: int = 0) -> tuple[list[dict], int]:
        """Meetings whose own words or articles match, best first, and how many match in all.

        First the meetings whose own words (summary, names, place, topics) hold every searched word,
        ranked by bm25 over those words; then the others, found through their articles, ranked by bm25
        with the meeting's own words weighted ×10.  Ranking the own-words hits alone keeps a common word
        fast (they are a fraction of the article hits), and the article hits are ranked only when a page
        reaches them.  Both orders end on rowid, so page 2 continues page 1 without repeats.
        """
        match = fts_query(text)
        if match is None:
            return [], 0
        key = ("search", match, limit, offset)
        if (kept := self._pages.get(key)) is None:  # the same words and page again: no FTS5 work
            page = {"q": match, "limit": limit, "offset": offset}
            counted, rows = await asyncio.gather(self.counter.execute_fetchall(SEARCH_TOTAL, page),
                                                 self.conn.execute_fetchall(SEARCH_OWN_PAGE, page))
            total, rows = counted[0][0], list(rows)
            if len(rows) < limit and offset < total:
                # past the own-words hits, which end on this page or before it: the article hits follow them
                own = offset + len(rows) if rows else (await self.conn.execute_fetchall(SEARCH_OWN_COUNT, page))[0][0]
                rows += await self._by_rowids([r[0] for r in await self.conn.execute_fetchall(SEARCH_ARTICLE_PAGE, {
                    "q": match, "limit": limit - len(rows), "offset": offset + len(rows) - own})])
            kept = (rows, total)
            _keep(self._pages, key, kept, PAGES_KEPT)
        return [self._meeting(row) for row in kept[0]], kept[1]

    async def timeline(self, limit: int = 10, offset: int = 0) -> tuple[list[dict], int]:
        return await self._meetings("1 = 1", (), limit, offset)

    async def article(self, article_id: str) -> dict[str, Any] | None:
        rows = await self.conn.execute_fetchall(
            "SELECT id, file, title, outlet, url, url_basis, published, year, year_basis, year_reason, body,"
            " (SELECT json_group_array(url) FROM (SELECT url FROM article_urls u WHERE u.article_id = articles.id"
            " ORDER BY u.position)) AS urls FROM articles WHERE id = ? OR file = ?", (article_id, article_id)
        )
        if not rows:
            return None
        row = dict(rows[0]) | {"urls": json.loads(rows[0]["urls"])}
        return row | {"link": source_link(row)}

    async def articles(self) -> list[tuple[str, str]]:
        """(id, title) of every article, for choosing one."""
        return [(r[0], r[1]) for r in await self.conn.execute_fetchall("SELECT id, title FROM articles ORDER BY id")]

    async def article_ids(self) -> list[str]:
        return [r[0] for r in await self.conn.execute_fetchall("SELECT id FROM articles ORDER BY id")]

    async def meetings_on_topic(self, topic: str, limit: int = 10, offset: int = 0) -> tuple[list[dict], int]:
        return await self._meetings("m.id IN (SELECT meeting_id FROM meeting_topics WHERE topic = ?)", (topic,), limit, offset)

    async def topics(self) -> list[tuple[str, int]]:
        """Every topic and how many meetings are on it, most first; counted once (a scan of every meeting's topics)."""
        if self._topics is None:
            rows = await self.conn.execute_fetchall(
                "SELECT topic, count(*) FROM meeting_topics GROUP BY topic ORDER BY count(*) DESC, topic"
            )
            self._topics = [(r[0], r[1]) for r in rows]
        return list(self._topics)

    async def dated_since(self, date: str, limit: int = 500) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Rounds and meetings dated on or after ``date`` (ISO), for a preview of a briefing.

        A date known only to the month ("2026-02") reaches to the month's end, so it counts from any
        day of that month on.
        """
        meetings, _ = await self._meetings("m.sort_key <> '' AND m.sort_key >= substr(?, 1, length(m.sort_key))",
                                           (date,), limit, 0)
        rounds = [r for r in await self.rounds()
                  if any(d and not d.startswith("-") and d >= date[:len(d)] for d in (r["start"], r["end"]))]
        return rounds, meetings

    async def items(self, ids: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The rounds and meetings behind item ids (those still in the database), for a briefing."""
        meeting_ids = [i.split(":", 1)[1] for i in ids if i.startswith("meeting:")]
        round_ids = {i.split(":", 1)[1] for i in ids if i.startswith("round:")}
        meetings = []
        for start in range(0, len(meeting_ids), 500):  # SQLite's limit on parameters
            meetings += await self._by_ids(meeting_ids[start:start + 500])
        rounds = [r for r in await self.rounds() if r["id"] in round_ids]
        return rounds, meetings
