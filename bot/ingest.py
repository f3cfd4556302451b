"""Build the SQLite database from ``data/`` and ``seeds/``, atomically.

The new database is written to a temporary file beside the live one, checked,
and moved over it in one ``os.replace``: a failed or interrupted build leaves
the previous database serving.  The same files always give the same content.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Paths
from .corrections import apply, load_corrections, load_metadata
from .extract.reading import ArticleError, read_article
from .gazetteer import Gazetteer, load_gazetteer
from .schema import MIGRATIONS, sort_key
from .shape import EXTRACTED, DataError, check
from .text import fold
from .titles import short_title

# 2025, 2025-11, 2025-11-14; without a year: --11, --11-14 (a date the text gives with no year is a valid value)
_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")


class IngestError(RuntimeError):
    """The data cannot be built into a database; the message says what is wrong."""


@dataclass(frozen=True)
class IngestReport:
    path: Path
    articles: int
    meetings: int
    merged: int
    rounds: int
    people: int
    warnings: tuple[str, ...]


def migrations() -> list[tuple[int, str]]:
    """Numbered SQL migrations, in order: ``0001_initial.sql`` is version 1."""
    found = []
    for path in sorted(MIGRATIONS.glob("*.sql")):
        found.append((int(path.name.split("_", 1)[0]), path.read_text(encoding="utf-8")))
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Bring a database up to the newest schema version, one migration at a time."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, sql in migrations():
        if number > version:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            version = number
    return version


def _valid_date(value: str | None) -> bool:
    if value is None:
        return True
    return all(_DATE.match(part) for part in str(value).split("/"))


def _meeting_key(m: dict[str, Any]) -> tuple | None:
    """Two reports of one meeting: the same day and the same principals on each side."""
    if m.get("date_precision") != "day":
        return None
    ids = [p.get("id") for p in m["people"]] + [o.get("id") for o in m["organizations"]]
    if not all(ids):
        return None
    vn = frozenset(p["id"] for p in m["people"] if p["side"] == "vn")
    other = frozenset(p["id"] for p in m["people"] if p["side"] != "vn") | frozenset(
        o["id"] for o in m["organizations"] if o["side"] != "vn"
    )
    return (m["date"], vn, other)


def _person_id(p: dict[str, Any]) -> str:
    from .text import name_key

    return p.get("id") or "new:" + name_key(p.get("name") or p.get("title") or "")


def _remove_stale_builds(db_path: Path) -> None:
    """Delete what builds killed mid-way (SIGKILL, power loss) left beside the database.

    Each temporary file carries its builder's pid; one whose process is gone is garbage, one
    whose process lives belongs to a concurrent build and is left alone.  POSIX only: elsewhere
    ``os.kill(pid, 0)`` is not a harmless probe.
    """
    if os.name != "posix":
        return
    for leftover in db_path.parent.glob(f"{db_path.name}.*.building*"):
        pid = leftover.name[len(db_path.name) + 1:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except (PermissionError, OSError):
            pass  # alive under another user, or unknowable here: not ours to delete


def build(paths: Paths, db_path: Path) -> IngestReport:
    """Build ``db_path`` from the data files; raises :class:`IngestError` and leaves it untouched on failure."""
    tmp, report = build_beside(paths, db_path)
    try:
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return report


def build_beside(
    paths: Paths, db_path: Path, extracted_file: Path | None = None, metadata_file: Path | None = None
) -> tuple[Path, IngestReport]:
    """Build a new database in a temporary file beside ``db_path`` and return it, not yet in place.

    ``add`` builds from its staged data files this way and moves everything into place only once the
    build has succeeded; the caller replaces ``db_path`` with the file, or deletes it.
    """
    extracted_file = extracted_file or paths.extracted
    gaz = load_gazetteer(paths.data)
    try:
        whole = json.loads(extracted_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IngestError(f"{paths.extracted}: chưa có; chạy 'python -m bot extract --write' trước") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise IngestError(f"{paths.extracted}: không đọc được ({str(exc)[:200]})") from None
    try:
        check(whole, EXTRACTED, str(paths.extracted))
    except DataError as exc:
        raise IngestError(str(exc)) from None
    extracted = whole["articles"]
    metadata = load_metadata(metadata_file or paths.metadata)
    applied = apply(extracted, load_corrections(paths.corrections), metadata)
    warnings = [f"sửa chữa không còn áp dụng: {u}" for u in applied.unapplied]

    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(db_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f"{db_path.name}.{os.getpid()}.", suffix=".building", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
            with conn:
                report = _fill(conn, gaz, applied.articles, metadata, paths, warnings)
            _validate(conn)
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # disk full, or no write access: the build, not the data, failed
        tmp.unlink(missing_ok=True)
        raise IngestError(f"không ghi được cơ sở dữ liệu mới vào {db_path.parent} ({exc}); đĩa đầy hoặc không có"
                          " quyền ghi?") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, IngestReport(db_path, *report, tuple(warnings))


def _fill(
    conn: sqlite3.Connection,
    gaz: Gazetteer,
    articles: list[dict[str, Any]],
    metadata: dict,
    paths: Paths,
    warnings: list[str],
) -> tuple[int, int, int, int, int]:
    for p in gaz.people:
        conn.execute(
            "INSERT INTO people (id, name, side, organization, titles, in_gazetteer, short_title)"
            " VALUES (?, ?, ?, ?, ?, 1, ?)",
            (p.id, p.name, p.side, p.organization, json.dumps(list(p.titles), ensure_ascii=False), p.short_title),
        )
        for alias in sorted({*p.spellings, *p.short}):
            conn.execute("INSERT OR IGNORE INTO person_aliases VALUES (?, ?, ?)", (p.id, alias, fold(alias)))
    for o in gaz.organizations:
        conn.execute("INSERT INTO organizations VALUES (?, ?, ?)", (o.id, o.name, o.side))
        for alias in o.spellings:
            conn.execute("INSERT OR IGNORE INTO organization_aliases VALUES (?, ?, ?)", (o.id, alias, fold(alias)))

    by_id = {p.id: p for p in gaz.people}
    people, organizations = set(by_id), {o.id for o in gaz.organizations}
    merged_into: dict[tuple, str] = {}
    own_words: dict[str, str] = {}
    meetings = merged = 0
    round_ids: dict[tuple[str, int], int] = {}
    for article in sorted(articles, key=lambda a: a["id"]):
        path = paths.seeds / Path(article["file"]).name
        try:
            body, _ = read_article(path)
        except ArticleError as exc:
            raise IngestError(f"bài {article['id']}: {exc}") from None
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        meta = metadata.get(article["id"])
        try:
            conn.execute(
                "INSERT INTO articles (id, file, title, outlet, url, published, year, year_basis, year_reason, body,"
                " body_hash, url_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article["id"], path.name, (meta.title if meta and meta.title else article["title"]),
                 meta.outlet if meta else "", meta.url if meta else "", meta.published if meta else "",
                 meta.year if meta else None, meta.year_basis if meta else "", meta.year_reason if meta else "",
                 body, digest, meta.url_basis if meta else ""),
            )
        except sqlite3.IntegrityError:
            warnings.append(f"bài {article['id']} trùng nội dung với một bài khác: bỏ qua")
            continue
        # every address of the article, the first-seen first (the source link), each once
        urls = list(dict.fromkeys(u for u in ((meta.url, *meta.also) if meta else ()) if u))
        conn.executemany("INSERT INTO article_urls VALUES (?, ?, ?)",
                         [(article["id"], n, u) for n, u in enumerate(urls)])
        for r in article["rounds"]:
            key = (r["series"], r["number"])
            if key not in round_ids:
                cur = conn.execute(
                    "INSERT INTO rounds (series, number, start, end, place, summary, areas, next_steps, leaders, context)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (r["series"], r["number"], r.get("start"), r.get("end"), r.get("place"), r.get("summary", ""),
                     _json(r.get("areas", [])), _json(r.get("next_steps", [])), _json(r.get("leaders", [])),
                     _json(r.get("context", []))),
                )
                round_ids[key] = cur.lastrowid
            else:
                conn.execute(
                    "UPDATE rounds SET start = COALESCE(start, ?), end = COALESCE(end, ?), place = COALESCE(place, ?),"
                    " summary = CASE WHEN summary = '' THEN ? ELSE summary END WHERE id = ?",
                    (r.get("start"), r.get("end"), r.get("place"), r.get("summary", ""), round_ids[key]),
                )
            conn.execute(
                "INSERT OR IGNORE INTO round_sources VALUES (?, ?, ?)",
                (round_ids[key], article["id"], _json(r.get("evidence", []))),
            )
        for m in article["meetings"]:
            unknown = [f"'{p['id']}' (people.toml)" for p in m["people"] if p.get("id") and p["id"] not in people]
            unknown += [f"'{o['id']}' (organizations.toml)" for o in m["organizations"]
                        if o.get("id") and o["id"] not in organizations]
            if unknown:
                raise IngestError(f"bài {article['id']}, cuộc gặp {m['id']}: không có {', '.join(unknown)}")
            for p in m["people"]:
                if not p.get("id"):
                    conn.execute(
                        "INSERT OR IGNORE INTO people (id, name, side, organization, titles, in_gazetteer)"
                        " VALUES (?, ?, ?, '', ?, 0)",
                        (_person_id(p), p.get("name") or p.get("title"), p["side"], _json([p.get("title", "")])),
                    )
            for o in m["organizations"]:
                if not o.get("id"):
                    o["id"] = "new:" + fold(o["name"]).replace(" ", "-")[:80]
                    conn.execute("INSERT OR IGNORE INTO organizations VALUES (?, ?, ?)", (o["id"], o["name"], o["side"]))
            key = _meeting_key(m)
            source = (article["id"], m["id"], m.get("date"), m.get("place"), m["summary"], _json(m.get("evidence", [])))
            if key and key in merged_into:
                merged += 1
                conn.execute("INSERT OR IGNORE INTO meeting_sources VALUES (?, ?, ?, ?, ?, ?, ?)", (merged_into[key], *source))
                continue
            meeting_id = m["id"]
            if key:
                merged_into[key] = meeting_id
            round_id = None
            if m.get("round"):
                rkey = (m.get("round_series") or "in_person", m["round"])
                if rkey not in round_ids:
                    cur = conn.execute("INSERT INTO rounds (series, number) VALUES (?, ?)", rkey)
                    round_ids[rkey] = cur.lastrowid
                round_id = round_ids[rkey]
            conn.execute(
                "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, m.get("date"), m.get("date_text"), m["date_precision"], sort_key(m.get("date")),
                 m.get("place"), m["kind"], round_id, m.get("round_basis"), m["summary"], _json(m.get("topics", [])),
                 _json(m.get("context", []))),
            )
            conn.execute("INSERT INTO meeting_sources VALUES (?, ?, ?, ?, ?, ?, ?)", (meeting_id, *source))
            for p in m["people"]:
                conn.execute(
                    "INSERT INTO participants (meeting_id, person_id, organization_id, name, title, side, short_title)"
                    " VALUES (?, ?, NULL, ?, ?, ?, ?)",
                    (meeting_id, _person_id(p), p.get("name") or "", p.get("title") or "", p["side"],
                     short_title(p.get("title") or "", by_id.get(p.get("id") or ""), gaz)),
                )
            for o in m["organizations"]:
                conn.execute(
                    "INSERT INTO participants (meeting_id, person_id, organization_id, name, title, side)"
                    " VALUES (?, NULL, ?, ?, '', ?)", (meeting_id, o["id"], o["name"], o["side"])
                )
            for topic in m.get("topics", []):
                conn.execute("INSERT OR IGNORE INTO meeting_topics VALUES (?, ?)", (meeting_id, topic))
            names = " ".join([p.get("name") or p.get("title") or "" for p in m["people"]] + [o["name"] for o in m["organizations"]])
            own_words[meeting_id] = fold(" ".join([m["summary"], names, m.get("place") or "", " ".join(m.get("topics", []))]))
            meetings += 1
    # the search index, once every meeting knows all the articles that report it
    for rowid, meeting_id in conn.execute("SELECT rowid, id FROM meetings ORDER BY rowid").fetchall():
        bodies = conn.execute(
            "SELECT a.body FROM meeting_sources s JOIN articles a ON a.id = s.article_id WHERE s.meeting_id = ?"
            " ORDER BY a.id", (meeting_id,)
        ).fetchall()
        conn.execute(
            "INSERT INTO meetings_search (rowid, own, article) VALUES (?, ?, ?)",
            (rowid, own_words[meeting_id], fold(" ".join(b[0] for b in bodies))),
        )
        conn.execute("INSERT INTO meetings_own (rowid, own) VALUES (?, ?)", (rowid, own_words[meeting_id]))
    # one segment per index: fewer b-trees to walk for every query
    for index in ("meetings_search", "meetings_own"):
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    return len(articles), meetings, merged, len(round_ids), people


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _validate(conn: sqlite3.Connection) -> None:
    """Refuse a database whose rows do not hold together."""
    problems = [f"khóa ngoại: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
    problems += [
        f"cuộc gặp {mid} không có nguồn"
        for (mid,) in conn.execute(
            "SELECT id FROM meetings WHERE id NOT IN (SELECT meeting_id FROM meeting_sources)"
        )
    ]
    problems += [
        f"cuộc gặp {mid}: ngày không hợp lệ {date!r}"
        for mid, date in conn.execute("SELECT id, date FROM meetings")
        if not _valid_date(date)
    ]
    problems += [
        f"cuộc gặp {mid} thiếu một bên"
        for (mid,) in conn.execute(
            "SELECT id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.side = 'vn')"
            " OR NOT EXISTS (SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.side <> 'vn')"
        )
    ]
    if problems:
        raise IngestError("cơ sở dữ liệu không hợp lệ: " + "; ".join(problems[:10]))
