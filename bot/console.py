"""The console: commands typed as in Discord (``/meetings helberg round:5``), answered by the same handlers."""

from __future__ import annotations

import shlex
from pathlib import Path

from . import handlers
from .config import Paths, database_path
from .render import Reply, text
from .schema import latest_version
from .store import Store
from .terminal import json_text, notice

OPTIONS = {
    "meetings": {"round", "from", "to", "page"},
    "round": {"series", "page"},
    "search": {"page"},
    "timeline": {"page"},
    "person": set(),
    "topics": {"page"},
    "source": {"page"},
    "meeting": set(),
    "help": set(),
}
SERIES_NAMES = {"in_person", "ministerial", "online"}


def ensure_database(where: Paths) -> Path:
    """The database, built first when missing or older than the data it comes from (ephemeral disks)."""
    db = database_path(where)
    sources = [where.extracted, where.corrections, where.metadata, *where.data.glob("*.toml")]
    newest = max((p.stat().st_mtime for p in sources if p.exists()), default=0)
    if not db.exists() or db.stat().st_mtime < newest or _schema_version(db) < latest_version():
        from .ingest import build  # the build path (extraction, corrections) only when a build is needed

        build(where, db)
    return db


def _schema_version(db: Path) -> int:
    """The schema version of a database file; 0 when it cannot be read or is damaged (it is then rebuilt).

    ``quick_check`` reads every page once: a file corrupted past its header would otherwise open
    and fail later, on a user's question.
    """
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return 0
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def parse(line: str) -> tuple[str, str, dict[str, str]] | Reply:
    """Command name, its main argument and its options; or a Reply saying what is wrong."""
    line = line.strip()
    if not line.startswith("/"):
        return Reply("?", False, "Lệnh phải bắt đầu bằng “/”, ví dụ: /meetings helberg. Gõ /help để xem các lệnh.")
    try:
        words = shlex.split(line[1:])
    except ValueError:
        words = line[1:].split()
    if not words:
        return Reply("?", False, "Lệnh trống. Gõ /help để xem các lệnh.")
    name = words[0].lower()
    if name not in OPTIONS:
        return Reply(name[:40], False, f"Không có lệnh “/{name[:40]}”. Gõ /help để xem các lệnh.")
    options: dict[str, str] = {}
    rest = []
    for w in words[1:]:
        key, sep, value = w.partition(":")
        if sep and key.lower() in OPTIONS[name]:
            options[key.lower()] = value
        else:
            rest.append(w)
    return name, " ".join(rest), options


def _int(value: str | None, what: str, command: str) -> int | Reply | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except ValueError:
        return Reply(command, False, f"{what} phải là một số, không phải “{value[:40]}”.")
    if not -10**9 < number < 10**9:
        return Reply(command, False, f"{what} “{value[:40]}” quá lớn.")
    return number


async def run_command(store: Store, line: str) -> Reply:
    parsed = parse(line)
    if isinstance(parsed, Reply):
        return parsed
    name, arg, opts = parsed
    page = _int(opts.get("page"), "Trang", name)
    if isinstance(page, Reply):
        return page
    page = 1 if page is None else page
    if page < 1:
        return Reply(name, False, "Trang phải từ 1 trở lên.")
    if name == "meetings":
        rnd = _int(opts.get("round"), "Vòng", name)
        if isinstance(rnd, Reply):
            return rnd
        return await handlers.meetings(store, arg, rnd, opts.get("from"), opts.get("to"), page)
    if name == "round":
        number = _int(arg or None, "Số vòng", name)
        if isinstance(number, Reply):
            return number
        series = opts.get("series")
        if series and series not in SERIES_NAMES:
            return Reply(name, False, f"series phải là một trong: {', '.join(sorted(SERIES_NAMES))}.")
        return await handlers.round_(store, number, series, page)
    if name == "search":
        return await handlers.search(store, arg, page)
    if name == "timeline":
        return await handlers.timeline(store, page)
    if name == "person":
        return await handlers.person(store, arg)
    if name == "topics":
        return await handlers.topics(store, arg, page)
    if name == "meeting":
        return await handlers.meeting(store, arg)
    if name == "source":
        return await handlers.source(store, arg, page if opts.get("page") else None)
    return handlers.help_()


async def _open(where: Paths) -> Store | None:
    """The store for a console command; None (the reason printed) when the database cannot be built."""
    from .ingest import IngestError

    try:
        db = ensure_database(where)
    except IngestError as exc:
        notice("lỗi", str(exc))
        return None
    return await Store.open(db)


async def ask(where: Paths, line: str | None, as_json: bool) -> int:
    store = await _open(where)
    if store is None:
        return 1
    try:
        if line is not None:
            reply = await run_command(store, line)
            print(json_text(reply.to_json()) if as_json else text(reply))
            return 0 if reply.ok else 2
        return await _prompt(store)
    finally:
        await store.close()


async def preview_briefing(where: Paths, since: str, as_json: bool) -> int:
    """``briefing --preview``: what a briefing of everything dated on or after ``since`` would say."""
    from .briefings import TITLE, Briefing
    from .render import format_date

    store = await _open(where)
    if store is None:
        return 1
    try:
        rounds, meetings = await store.dated_since(since)
    finally:
        await store.close()
    from .briefings import mark_unreviewed
    from .review import unreviewed_meetings

    mark_unreviewed(meetings, unreviewed_meetings(where))
    briefing = Briefing(f"{TITLE}, từ {format_date(since)}", rounds, meetings)
    if as_json:
        print(json_text({"since": since, "rounds": briefing.rounds, "meetings": briefing.meetings,
                         "text": briefing.text()}))
    else:
        print(briefing.text())
    return 0


async def _prompt(store: Store) -> int:
    try:
        import readline  # noqa: F401 - history and line editing for input()
    except ImportError:
        pass
    print("briefbot — gõ /help để xem các lệnh, /quit để thoát.")
    while True:
        try:
            line = input("briefbot> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("/quit", "/exit", "quit", "exit"):
            return 0
        if line.strip():
            print(text(await run_command(store, line)))
