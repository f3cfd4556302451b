"""Read-only queries over the built database, through aiosqlite.

Queries return plain dicts in the ``ask --json`` meeting shape; rendering turns
them into words.  The connection is read-only, so a rebuild never blocks an answer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import aiosqlite

from .search import Entity, NameIndex, fts_query


def source_link(article: dict[str, Any]) -> str:
    """The article's own url, else SOURCE_BASE_URL + file name, else its id (for /source)."""
    if article.get("url"):
        return article["url"]
    base = os.environ.get("SOURCE_BASE_URL", "").strip()
    if base:
        return base.rstrip("/") + "/" + article["file"]
    return article["id"]


SEARCH_COUNT = "SELECT count(*) FROM meetings_search WHERE meetings_search MATCH ?"
SEARCH_OWN_PAGE = (
    "SELECT rowid FROM meetings_own WHERE meetings_own MATCH :q ORDER BY bm25(meetings_own), rowid"
    " LIMIT :limit OFFSET :offset"
)
SEARCH_ARTICLE_PAGE = (
    "SELECT rowid FROM meetings_search WHERE meetings_search MATCH :q"
    " AND rowid NOT IN (SELECT rowid FROM meetings_own WHERE meetings_own MATCH :q)"
    " ORDER BY bm25(meetings_search, 10.0, 1.0), rowid LIMIT :limit OFFSET :offset"
)


class Store:
    def __init__(self, conn: aiosqlite.Connection, names: NameIndex) -> None:
        self.conn = conn
        self.names = names

    @classmethod
    async def open(cls, path: Path) -> Store:
        conn = await aiosqlite.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA query_only = ON")
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
        return cls(conn, NameIndex(entities))

    async def close(self) -> None:
        await self.conn.close()

    async def _meetings(self, where: str, params: tuple, limit: int, offset: int) -> tuple[list[dict], int]:
        total = (await self.conn.execute_fetchall(f"SELECT count(*) FROM meetings m WHERE {where}", params))[0][0]
        rows = await self.conn.execute_fetchall(
            f"SELECT m.*, r.number AS round_number, r.series AS round_series FROM meetings m"
            f" LEFT JOIN rounds r ON r.id = m.round_id WHERE {where}"
            f" ORDER BY m.sort_key DESC, m.id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return await self._hydrate([dict(row) for row in rows]), total

    async def _by_rowids(self, rowids: list[int]) -> list[dict[str, Any]]:
        """Meetings by rowid (what the search indexes are keyed by), in the order given."""
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        rows = await self.conn.execute_fetchall(
            "SELECT m.rowid AS meeting_rowid, m.*, r.number AS round_number, r.series AS round_series FROM meetings m"
            f" LEFT JOIN rounds r ON r.id = m.round_id WHERE m.rowid IN ({marks})", rowids
        )
        by_rowid = {row["meeting_rowid"]: dict(row) for row in rows}
        return await self._hydrate([by_rowid[i] for i in rowids if i in by_rowid])

    async def _hydrate(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Participants and sources of a page of meetings, in two queries whatever the page size."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        people: dict[str, list] = {i: [] for i in ids}
        for p in await self.conn.execute_fetchall(
            "SELECT meeting_id, person_id, organization_id, name, title, side FROM participants"
            f" WHERE meeting_id IN ({marks}) ORDER BY rowid", ids
        ):
            people[p["meeting_id"]].append(p)
        sources: dict[str, list] = {i: [] for i in ids}
        for src in await self.conn.execute_fetchall(
            "SELECT s.meeting_id, s.article_id, s.evidence, s.date, s.place, a.file, a.title, a.url FROM meeting_sources s"
            f" JOIN articles a ON a.id = s.article_id WHERE s.meeting_id IN ({marks}) ORDER BY s.article_id", ids
        ):
            sources[src["meeting_id"]].append(src)
        return [self._meeting(row, people[row["id"]], sources[row["id"]]) for row in rows]

    def _meeting(self, row: dict[str, Any], people: list, sources: list) -> dict[str, Any]:
        first = sources[0]
        article = {"id": first["article_id"], "file": first["file"], "title": first["title"], "url": first["url"]}
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
            "people": [
                {"id": p["person_id"], "name": p["name"], "title": p["title"], "organization": "", "side": p["side"]}
                for p in people if p["person_id"]
            ],
            "organizations": [{"id": p["organization_id"], "name": p["name"], "side": p["side"]} for p in people if p["organization_id"]],
            "topics": json.loads(row["topics"]),
            "summary": row["summary"],
            "evidence": json.loads(first["evidence"]),
            "context": json.loads(row["context"]),
            "source": {"file": article["file"], "title": article["title"], "url": article["url"], "link": source_link(article)},
            "other_sources": [
                {"file": s["file"], "title": s["title"], "url": s["url"], "date": s["date"], "place": s["place"],
                 "link": source_link({"id": s["article_id"], "file": s["file"], "url": s["url"]})}
                for s in sources[1:]
            ],
        }

    async def meetings_with(
        self, entity: Entity, *, round_number: int | None = None, date_from: str | None = None,
        date_to: str | None = None, limit: int = 10, offset: int = 0,
    ) -> tuple[list[dict], int]:
        column = "person_id" if entity.kind == "person" else "organization_id"
        where = [f"m.id IN (SELECT meeting_id FROM participants WHERE {column} = ?)"]
        params: list[Any] = [entity.id]
        if round_number is not None:
            where.append("m.round_id IN (SELECT id FROM rounds WHERE number = ?)")
            params.append(round_number)
        if date_from:
            where.append("m.sort_key >= ?")
            params.append(date_from)
        if date_to:
            where.append("m.sort_key <= ? AND m.sort_key <> ''")
            params.append(date_to)
        return await self._meetings(" AND ".join(where), tuple(params), limit, offset)

    async def rounds(self) -> list[dict[str, Any]]:
        rows = await self.conn.execute_fetchall("SELECT * FROM rounds ORDER BY number, series")
        return [self._round(dict(r)) for r in rows]

    def _round(self, r: dict[str, Any]) -> dict[str, Any]:
        return {
            "series": r["series"], "number": r["number"], "start": r["start"], "end": r["end"], "place": r["place"],
            "summary": r["summary"], "areas": json.loads(r["areas"]), "next_steps": json.loads(r["next_steps"]),
            "leaders": json.loads(r["leaders"]), "context": json.loads(r["context"]), "id": r["id"],
        }

    async def round(self, number: int, series: str | None = None, limit: int = 10,
                    offset: int = 0) -> tuple[list[dict], list[dict], int]:
        """Rounds with this number (one per series unless ``series`` says which), and a page of their meetings."""
        sql, params = "SELECT * FROM rounds WHERE number = ?", [number]
        if series:
            sql += " AND series = ?"
            params.append(series)
        rows = [self._round(dict(r)) for r in await self.conn.execute_fetchall(sql, params)]
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
        total = (await self.conn.execute_fetchall(SEARCH_COUNT, (match,)))[0][0]
        if offset >= total:
            return [], total
        rowids = [r[0] for r in await self.conn.execute_fetchall(
            SEARCH_OWN_PAGE, {"q": match, "limit": limit, "offset": offset})]
        if len(rowids) < limit:
            # past the own-words hits: how many there are says where the article hits start
            own = offset + len(rowids) if rowids else (await self.conn.execute_fetchall(
                "SELECT count(*) FROM meetings_own WHERE meetings_own MATCH ?", (match,)))[0][0]
            rowids += [r[0] for r in await self.conn.execute_fetchall(SEARCH_ARTICLE_PAGE, {
                "q": match, "limit": limit - len(rowids), "offset": offset + len(rowids) - own})]
        return await self._by_rowids(rowids), total

    async def timeline(self, limit: int = 10, offset: int = 0) -> tuple[list[dict], int]:
        return await self._meetings("1 = 1", (), limit, offset)

    async def article(self, article_id: str) -> dict[str, Any] | None:
        rows = await self.conn.execute_fetchall(
            "SELECT id, file, title, outlet, url, published, year, year_basis, year_reason, body FROM articles"
            " WHERE id = ? OR file = ?", (article_id, article_id)
        )
        row = rows[0] if rows else None
        return dict(row) | {"link": source_link(dict(row))} if row else None

    async def articles(self) -> list[tuple[str, str]]:
        """(id, title) of every article, for choosing one."""
        return [(r[0], r[1]) for r in await self.conn.execute_fetchall("SELECT id, title FROM articles ORDER BY id")]

    async def article_ids(self) -> list[str]:
        return [r[0] for r in await self.conn.execute_fetchall("SELECT id FROM articles ORDER BY id")]

    async def meetings_on_topic(self, topic: str, limit: int = 10, offset: int = 0) -> tuple[list[dict], int]:
        return await self._meetings("m.id IN (SELECT meeting_id FROM meeting_topics WHERE topic = ?)", (topic,), limit, offset)

    async def topics(self) -> list[tuple[str, int]]:
        rows = await self.conn.execute_fetchall(
            "SELECT topic, count(*) FROM meeting_topics GROUP BY topic ORDER BY count(*) DESC, topic"
        )
        return [(r[0], r[1]) for r in rows]
