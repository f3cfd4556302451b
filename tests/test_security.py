"""Security promises (issue 6), proven on the running bot and on its source.

1. The bot token never appears in what the bot writes: its replies to Discord, its log output
   (tracebacks included), the exceptions it raises or logs, or ``repr(settings)`` — not even when a
   library hands it an exception that quotes the token.
2. Administrative commands refuse a member without Manage Server even when the server has opened
   them to @everyone (Server Settings → Integrations): privately, in Vietnamese, with no side effect.
3. SQL is always parameterised: user text reaches SQLite only as bound values, reaches FTS5 only
   inside double quotes, and nothing in ``bot/`` unpickles, evaluates or formats data into SQL.
"""

from __future__ import annotations

import ast
import asyncio
import copy
import io
import json
import logging
import re
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import aiosqlite
import discord
import pytest
import yarl
from discord import app_commands
from multidict import CIMultiDict, CIMultiDictProxy

from bot import handlers
from bot.briefings import Subscription
from bot.config import PROJECT_ROOT, load_settings, state_path
from bot.discord_app.commands import build_commands
from bot.logs import setup_logging
from bot.search import fts_query
from bot.standin import (
    APPLICATION_ID,
    EVERYDAY,
    GUILD_ID,
    MANAGE_GUILD,
    Channel,
    DiscordStandIn,
    Fault,
    button,
    command,
)
from bot.store import SEARCH_TOTAL
from tests.discord_harness import EPHEMERAL, GENERIC_ERROR, TOKEN, copy_db, running_bot

ADMINISTRATOR = 1 << 3
REFUSAL = "Lệnh này cần quyền Quản lý máy chủ (Manage Server)."
SECRET = TOKEN.rsplit(".", 1)[1]  # a bot token is base64(bot id).timestamp.HMAC: the last part is the secret one
TEAM = Channel("1400000000000000001", name="ban-tin")


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.01)


def _text(message: dict) -> str:
    return json.dumps(message, ensure_ascii=False)


# -- 1. the token ---------------------------------------------------------------------------------

@contextmanager
def production_logging(caplog: pytest.LogCaptureFixture) -> Iterator[tuple[logging.Formatter, io.StringIO]]:
    """Logging as ``python -m bot run`` sets it up (``setup_logging(level, [token])``, at DEBUG so every library
    speaks), its output in a buffer instead of stdout; caplog keeps receiving the raw records beside it."""
    root = logging.getLogger()
    names = ("discord", "discord.http", "discord.gateway")
    handlers_before, level_before = list(root.handlers), root.level
    levels_before = {n: logging.getLogger(n).level for n in names}
    out = io.StringIO()
    stdout, sys.stdout = sys.stdout, out
    try:
        setup_logging(logging.DEBUG, [TOKEN])
    finally:
        sys.stdout = stdout
    (handler,) = root.handlers
    assert handler.formatter is not None
    root.addHandler(caplog.handler)
    try:
        yield handler.formatter, out
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in handlers_before:
            root.addHandler(h)
        root.setLevel(level_before)
        for n, level in levels_before.items():
            logging.getLogger(n).setLevel(level)


def library_error() -> aiohttp.ClientResponseError:
    """What an HTTP library raises about a refused request: the URL, headers and message it was given, token and all."""
    url = yarl.URL(f"https://discord.com/api/v10/webhooks/{APPLICATION_ID}/{TOKEN}?wait=true")
    info = aiohttp.RequestInfo(url, "POST", CIMultiDictProxy(CIMultiDict({"Authorization": f"Bot {TOKEN}"})), url)
    return aiohttp.ClientResponseError(info, (), status=401, message=f"401 Unauthorized: Bot {TOKEN}")


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo = [error]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [x for x in (e.__cause__, e.__context__, getattr(e, "original", None)) if isinstance(x, BaseException)]


async def test_the_token_never_reaches_replies_logs_or_exceptions(figure, built, tmp_path, monkeypatch, caplog):
    """A varied session (answers, refusals, autocomplete, page turns, failures whose exceptions quote the token,
    Discord refusing requests, a refused login), then everything the bot wrote is searched for the token."""
    planted: list[BaseException] = []  # exceptions this test makes carry the token, as a library might

    async def leaking(*args: Any, **kwargs: Any) -> Any:
        try:
            raise KeyError(f"Authorization: Bot {TOKEN}")
        except KeyError as inner:
            error = library_error()
            planted.extend([inner, error])
            raise error from inner

    errors: list[BaseException] = []  # what reached the command tree's error handler
    db = copy_db(built, tmp_path)
    with production_logging(caplog) as (formatter, out):
        async with running_bot(db, monkeypatch) as (standin, bot):
            report = bot.tree.on_error

            async def spy(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
                errors.append(error)
                await report(interaction, error)
            bot.tree.on_error = spy  # type: ignore[method-assign]

            # everyday use
            assert "Jacob Helberg" in _text(await standin.final(command("meetings", {"name": "helberg"})))
            assert (await standin.final(command("search", {"query": "d1 d3"})))["embeds"]
            page1 = await standin.interact(command("timeline"))
            custom = next(c["custom_id"] for row in page1.body["data"]["components"] for c in row["components"]
                          if c.get("label") == "Sau ▶")
            assert (await standin.interact(button(custom, page1.message))).body["type"] == 7
            assert (await standin.final(command("help")))["embeds"]
            suggested = await standin.interact(command("meetings", {"name": "hel"}, focused="name"))
            assert suggested.body["data"]["choices"]
            # refusals
            refused = await standin.final(command("admin", sub="reload"))
            assert refused["content"] == REFUSAL
            in_dm = await standin.final(command("admin", sub="sync", guild_id=None))
            assert "trong máy chủ" in in_dm["content"]
            # a command and an autocomplete whose handler fails with an exception that quotes the token
            monkeypatch.setattr(handlers, "timeline", leaking)
            failed = await standin.final(command("timeline", user_id="1200000000000000002"))
            assert failed["content"].startswith(GENERIC_ERROR) and failed["flags"] & EPHEMERAL
            monkeypatch.setattr(handlers, "autocomplete", leaking)
            empty = await standin.interact(command("meetings", {"name": "hel"}, focused="name"))
            assert empty.body["data"]["choices"] == []
            # Discord refuses an answer (403, and the error message after it), then rate-limits one (429)
            payload = command("round", {"number": 5})
            standin.faults.append(Fault(rf"/interactions/{payload['id']}/", 403, times=2))
            await standin.send_interaction(payload)
            await until(lambda: any("outcome=unanswered" in r.getMessage() for r in caplog.records))
            standin.faults.append(Fault(r"/interactions/\d+/[^/]+/callback", 429, times=1, retry_after=0.05))
            assert "Washington" in _text(await standin.final(command("round", {"number": 5}), timeout=10))
            # ... and refuses a request made with the bot token itself: the command sync of /admin sync
            standin.faults.append(Fault(r"/applications/\d+/commands", 403, times=1))
            synced = await standin.final(command("admin", sub="sync", permissions=EVERYDAY | MANAGE_GUILD))
            assert synced["content"].startswith(GENERIC_ERROR)
            settings = bot.settings
        # a token Discord refuses: the login fails
        strict = await DiscordStandIn(token="MTEwMDAwMDAwMDAwMDAwMDAwMg.other.not-this-one").start()
        try:
            with pytest.raises(discord.LoginFailure) as login:
                async with running_bot(db, monkeypatch, standin=strict):
                    pass
        finally:
            await strict.close()

    # what the bot sent to Discord: every request body, path and query, both stand-ins
    requests = standin.requests + strict.requests
    scanned = [(f"{r.method} {r.path}", f"{r.path} {r.query} {_text(r.body)}") for r in requests]
    replies = sum(1 for r in requests if r.body)
    # what the log handler writes: each record through the bot's formatter, tracebacks formatted; and the stream itself
    records = list(caplog.records)
    lines = [formatter.format(r) for r in records]
    scanned += [(f"log record {r.name}:{r.lineno}", line) for r, line in zip(records, lines, strict=True)]
    scanned.append(("log output", out.getvalue()))
    raw = logging.Formatter("%(message)s")
    held = sum(TOKEN in raw.format(r) for r in records)  # records that carried the token before redaction
    # exceptions raised or logged: str, repr and traceback of each, except those this test made quote the token
    exceptions = [e for source in [*errors, login.value, *(r.exc_info[1] for r in records if r.exc_info)]
                  if source is not None for e in exception_chain(source)]
    exceptions = list({id(e): e for e in exceptions}.values())
    own = [e for e in exceptions if not any(e is p or str(p) in str(e) for p in planted)]
    for e in own:
        shown = "".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
        scanned.append((f"exception {type(e).__name__}", f"{e!s} {e!r} {vars(e)!r} {shown}"))
    scanned += [("repr(settings)", repr(settings)), ("str(settings)", str(settings)),
                ("repr(load_settings())", repr(load_settings({"DISCORD_TOKEN": TOKEN})))]

    kinds = ", ".join(sorted({type(e).__name__ for e in own}))
    figure(f"\ntoken: scanned {len(requests)} requests to Discord ({replies} with a body), {len(records)} log records"
          f" ({sum(line.count(chr(10)) + 1 for line in lines)} lines, {sum(1 for r in records if r.exc_info)} with a"
          f" traceback), {len(own)} exceptions of the bot and its libraries ({kinds}),"
          f" settings; {len(planted)} planted exceptions quoted the token, {held} log records held it before redaction")
    leaks = [where for where, text in scanned if TOKEN in text or SECRET in text]
    assert not leaks, f"the token (or its secret part) is in: {leaks}"
    assert held >= 2 and "[đã ẩn]" in out.getvalue(), "the planted token reached the log and was redacted there"
    assert "outcome=error" in out.getvalue() and "ClientResponseError" in out.getvalue(), "the failure is still logged"
    assert any(isinstance(e, discord.Forbidden) for e in own), "Discord's 403 was raised and logged"
    assert all(TOKEN in str(p) or TOKEN in repr(p) for p in planted) and planted


# -- 2. administrative commands -------------------------------------------------------------------

def administrative_commands() -> list[str]:
    """Every command that needs Manage Server, from the command tree: under a group whose default permissions ask
    for it, checked by ``guild_admin``, or described as needing it."""
    found = []
    for root in build_commands():
        defaults = root.default_permissions
        guarded = defaults is not None and (defaults.manage_guild or defaults.administrator)
        leaves = root.walk_commands() if isinstance(root, app_commands.Group) else [root]
        for c in leaves:
            if isinstance(c, app_commands.Group):
                continue
            checked = any("guild_admin" in getattr(p, "__qualname__", "") for p in c.checks)
            if guarded or checked or "Manage Server" in c.description:
                found.append(c.qualified_name)
    return sorted(found)


ADMIN_COMMANDS = administrative_commands()
OPTIONS: dict[str, dict[str, Any]] = {
    "briefing subscribe": {"channel": TEAM, "cadence": "daily"},
    "briefing unsubscribe": {"channel": TEAM.id},
    "briefing send": {"channel": TEAM},
    # loopback addresses: refused by the fetcher (BRIEFBOT_FETCH_PRIVATE is not set here), so no network is used
    "admin add": {"url": "http://127.0.0.1:9/bai.html"},
    "feeds add": {"url": "http://127.0.0.1:9/rss"},
    "feeds remove": {"url": "http://127.0.0.1:9/rss"},
}
# A new administrative command with required options needs them here: the administrator's call fails until then.
ALL = discord.Permissions.all().value  # what Discord sends for an administrator: every bit
EVERYTHING_BUT = ALL & ~(MANAGE_GUILD | ADMINISTRATOR)


@pytest.fixture
async def admin_bot(built, tmp_path, monkeypatch):
    db = copy_db(built, tmp_path)
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, bot):
        yield standin, bot, db


def _leaves(definition: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(qualified name, description) of each sub-command of a synced definition, or of the command itself."""
    subs = [o for o in definition.get("options", []) if o["type"] in (1, 2)]
    if not subs:
        yield definition["name"], definition["description"]
    for s in subs:
        for name, description in _leaves(s):
            yield f"{definition['name']} {name}", description


async def test_every_administrative_command_is_covered(figure, admin_bot):
    """The list the next test runs over is complete: whatever Discord was told needs Manage Server is in it."""
    standin, _, _ = admin_bot
    from_discord = set()
    for definition in standin.commands["global"]:
        perms = definition.get("default_member_permissions")
        guarded = perms is not None and int(perms) & (MANAGE_GUILD | ADMINISTRATOR)
        from_discord |= {name for name, description in _leaves(definition)
                         if guarded or "Manage Server" in description}
    figure(f"\nadministrative commands: {', '.join('/' + c for c in ADMIN_COMMANDS)}")
    assert from_discord <= set(ADMIN_COMMANDS), from_discord - set(ADMIN_COMMANDS)
    assert {"admin reload", "admin sync", "admin add", "briefing subscribe", "briefing unsubscribe",
            "briefing send", "feeds add", "feeds list", "feeds remove", "review"} <= set(ADMIN_COMMANDS)


def _file(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_size


@pytest.mark.parametrize("name", ADMIN_COMMANDS)
async def test_admin_commands_refuse_members_without_manage_server_when_the_server_opened_them(figure, admin_bot, name):
    """A server can let @everyone use /admin or /briefing; Discord then delivers the command from a member with
    every permission but Manage Server and Administrator.  The bot still refuses, privately, in Vietnamese, and
    does nothing else; an administrator is still served."""
    standin, bot, db = admin_bot
    group, _, sub = name.partition(" ")
    # a subscription exists, so unsubscribe and send would have something to act on
    await bot.state.subscribe(Subscription(int(GUILD_ID), int(TEAM.id), created_at="2026-01-01T00:00:00+00:00",
                                           channel_name=TEAM.name))
    subscriptions, store, before = await bot.state.subscriptions(), bot.store, _file(db)
    posted, start = copy.deepcopy(standin.posted), len(standin.requests)

    payload = command(group, OPTIONS.get(name, {}), sub=sub or None, permissions=EVERYTHING_BUT)
    refused = await standin.final(payload)
    await asyncio.sleep(0.2)  # room for anything the command might have set going
    assert refused["content"] == REFUSAL and refused["flags"] & EPHEMERAL
    made = [(r.method, r.path) for r in standin.requests[start:]]
    assert made == [("POST", f"/interactions/{payload['id']}/{payload['token']}/callback")], \
        "the refusal is the only request: no command sync, no message posted, no deferral"
    assert await bot.state.subscriptions() == subscriptions, "no subscription stored or removed"
    assert bot.store is store and _file(db) == before and not list(db.parent.glob("*.building*")), "no rebuild"
    assert standin.posted == posted

    allowed = await standin.final(command(group, OPTIONS.get(name, {}), sub=sub or None, permissions=ALL), timeout=30)
    assert "Manage Server" not in _text(allowed) and GENERIC_ERROR not in _text(allowed), allowed
    figure(f"\n/{name}: refused with permissions {EVERYTHING_BUT:#x} (all but Manage Server and Administrator),"
          f" {len(made)} request; served to an administrator ({ALL:#x})")


# -- 3. SQL, FTS5, pickles and eval: at run time ---------------------------------------------------

MARKER = "zqx"
HOSTILE = [
    f"{MARKER}'); DROP TABLE meetings;--",
    f'"{MARKER}" OR NEAR(a b)',
    f"{MARKER}*",
    f"{MARKER}:col",
    f"summary:{MARKER} OR {MARKER}) NOT (x",
    f"{MARKER}' OR '1'='1",
    f'{MARKER}"; DELETE FROM subscriptions; --',
    f"^{MARKER} + -{MARKER} AND NOT",
    f"{{{MARKER} own}} : NEAR({MARKER}, 2)",
    f"{MARKER}%_\\ UNION SELECT sql FROM sqlite_master",
]
QUOTED_TERMS = re.compile(r'"(?:[^"]|"")*"(?: AND "(?:[^"]|"")*")*')
SQL_CALLS = {"execute", "executemany", "executescript", "_execute_fetchall", "_execute_insert"}


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from strings(v)


def sqlite_literal(value: str) -> str:
    """A string as SQLite writes a bound value into an expanded statement."""
    return "'" + value.replace("'", "''") + "'"


async def test_user_text_reaches_sqlite_only_as_bound_parameters(figure, built, tmp_path, monkeypatch, caplog):
    """Every statement the bot hands SQLite is recorded apart from its parameters, while SQL and FTS5 syntax carrying
    a marker goes in through every option that takes text.  The marker is never in SQL text.

    Python 3.11's trace callback shows statements with bound values already written in (sqlite3_expanded_sql), so it
    cannot tell a parameter from spliced text on its own.  The statements are therefore recorded where aiosqlite
    passes them to sqlite3 (``Connection._execute``, which cursors use too), SQL and parameters apart.  The trace
    callback, on every connection opened, then cross-checks what SQLite really ran: it fires on the connection's
    thread during the call that ran the statement, so each traced statement is compared with the values bound by
    that very call.  A statement run past the recording, or holding the marker outside a literal of its own bound
    values, fails the test.
    """
    executed: list[tuple[str, str, Any]] = []
    traced: list[tuple[str, tuple[str, ...] | None]] = []  # (statement as SQLite ran it, the values its call bound)
    running = threading.local()
    execute, connect = aiosqlite.Connection._execute, aiosqlite.Connection._connect

    async def recording(self: aiosqlite.Connection, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        if getattr(fn, "__name__", "") in SQL_CALLS and args:
            params = copy.deepcopy(args[1]) if len(args) > 1 and isinstance(args[1], list | tuple | dict) else \
                args[1] if len(args) > 1 else None
            executed.append((fn.__name__, args[0], params))
            bound, call = tuple(strings(params)), fn

            def fn(*a: Any, **k: Any) -> Any:  # on the connection's thread, where the trace callback fires
                running.bound = bound
                try:
                    return call(*a, **k)
                finally:
                    running.bound = None
        return await execute(self, fn, *args, **kwargs)

    async def tracing(self: aiosqlite.Connection) -> aiosqlite.Connection:
        conn = await connect(self)
        await conn.set_trace_callback(lambda statement: traced.append((statement, getattr(running, "bound", None))))
        return conn
    monkeypatch.setattr(aiosqlite.Connection, "_execute", recording)
    monkeypatch.setattr(aiosqlite.Connection, "_connect", tracing)
    users = iter(range(1200000000000001000, 1200000000000002000))  # one user each: no cooldown in the way
    answers: list[dict] = []
    suggested = 0
    caplog.set_level(logging.WARNING)
    db = copy_db(built, tmp_path)
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, _):
        admin = {"permissions": discord.Permissions.all().value}
        for n, text in enumerate(HOSTILE):
            channel = Channel(f"14000000000000002{n:02d}", name=text)
            searched = await standin.final(command("search", {"query": text}, user_id=str(next(users))))
            assert searched.get("embeds"), f"/search {text!r}: {searched}"
            title = searched["embeds"][0]["title"]
            assert title.startswith(("Không tìm thấy cuộc gặp nào", "Kết quả cho")), title
            answers.append(searched)
            for name, options, extra in [
                ("source", {"article": text}, {}), ("meetings", {"name": text}, {}),
                ("meetings", {"name": "helberg", "from": text, "to": text}, {}), ("person", {"name": text}, {}),
                ("topics", {"topic": text}, {}),
                ("briefing", {"channel": channel, "cadence": "daily"}, {"sub": "subscribe", **admin}),
                ("briefing", {"channel": TEAM, "cadence": "weekly", "people": text, "topics": text, "rounds": text,
                              "time": text, "timezone": text}, {"sub": "subscribe", **admin}),
                ("briefing", {"channel": text}, {"sub": "unsubscribe", **admin}),
            ]:
                payload = command(name, options, user_id=str(next(users)), **extra)
                answers.append(await standin.final(payload, timeout=10))
            for name, options, focused, extra in [
                ("meetings", {"name": text}, "name", {}), ("source", {"article": text}, "article", {}),
                ("topics", {"topic": text}, "topic", {}),
                ("briefing", {"channel": text}, "channel", {"sub": "unsubscribe", **admin}),
                ("briefing", {"channel": TEAM, "cadence": "daily", "timezone": text}, "timezone",
                 {"sub": "subscribe", **admin}),
            ]:
                callback = await standin.interact(command(name, options, focused=focused, **extra))
                assert callback.body["type"] == 8
                suggested += 1
    assert all(GENERIC_ERROR not in _text(a) for a in answers), "every hostile input gets an ordinary answer"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "no unhandled exception"

    spliced = [sql for _, sql, _ in executed if MARKER in sql]
    assert not spliced, f"user text in SQL text: {spliced[:3]}"
    bound = {s for _, _, params in executed for s in strings(params) if MARKER in s}
    assert bound, "the hostile text did reach SQLite, as bound values"
    carrying = [(stmt, values) for stmt, values in traced if MARKER in stmt]
    for stmt, values in carrying:
        assert values is not None, f"SQLite ran a statement the bot did not pass through execute: {stmt[:300]}"
        rest = stmt
        for literal in sorted({sqlite_literal(v) for v in values}, key=len, reverse=True):
            rest = rest.replace(literal, "?")
        assert MARKER not in rest, f"SQLite ran user text outside a value bound to it: {stmt[:300]}"
    match = [params for _, sql, params in executed if " MATCH " in sql]
    queries = [params["q"] for params in match]
    assert sum(MARKER in q for q in queries) >= len(HOSTILE), "each hostile search reached FTS5"
    assert all(QUOTED_TERMS.fullmatch(q) for q in queries), [q for q in queries if not QUOTED_TERMS.fullmatch(q)]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == \
            sqlite3.connect(f"file:{built}?mode=ro", uri=True).execute("SELECT count(*) FROM meetings").fetchone()
    with sqlite3.connect(state_path(db)) as conn:
        kept = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"settings", "subscriptions", "known", "briefed"} <= kept
    figure(f"\nSQL: {len(HOSTILE)} hostile texts × {(len(answers) + suggested) // len(HOSTILE)} commands and"
          f" autocompletes;"
          f" {len(executed)} statements recorded, none with user text in its SQL; {len(bound)} distinct user texts"
          f" bound as values; {len(traced)} statements traced in SQLite, {len(carrying)} held user text, only inside"
          f" bound values; {len(queries)} FTS5 MATCH values, all double-quoted terms")


def test_fts5_syntax_typed_by_users_is_searched_as_words(figure, built):
    """The hostile texts are real FTS5 attacks (raw, most are syntax errors or operators); through ``fts_query``
    each becomes double-quoted words that FTS5 searches without complaint."""
    broken = 0
    with sqlite3.connect(f"file:{built}?mode=ro", uri=True) as conn:
        for text in HOSTILE + ["NEAR(a b)", "a OR b", "x*", "-x", '"', "(", "own:d1", "d1 AND"]:
            try:
                conn.execute(SEARCH_TOTAL, {"q": text}).fetchone()
            except sqlite3.OperationalError:
                broken += 1
            q = fts_query(text)
            if q is not None:
                assert QUOTED_TERMS.fullmatch(q), q
                assert all(re.fullmatch(r'"[^\W_]+"', term) for term in q.split(" AND ")), q
                conn.execute(SEARCH_TOTAL, {"q": q}).fetchone()
    figure(f"\nFTS5: {broken} of {len(HOSTILE) + 8} hostile texts are FTS5 errors when passed raw;"
          " through fts_query none is")
    assert broken >= len(HOSTILE) // 2


# -- 3. SQL, FTS5, pickles and eval: in the source ---------------------------------------------------

BOT = PROJECT_ROOT / "bot"
SQL_METHODS = {"execute", "executemany", "executescript", "execute_fetchall", "execute_insert"}
UNSAFE_MODULES = {"pickle", "_pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle", "joblib"}
EVALUATING = {"eval", "exec", "compile", "__import__"}
YAML_LOADERS = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}
# The one source of SQL that is not written in the code: the schema scripts shipped in bot/migrations/.
TRUSTED_SQL = {("ingest.py", "migrations")}
Function = ast.FunctionDef | ast.AsyncFunctionDef


class Module:
    """One source file of ``bot/``, with what the SQL check needs: its constants, imports, functions, scopes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.relative_to(BOT).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants: dict[str, list[ast.expr]] = {}
        self.imported: dict[str, tuple[str, str]] = {}
        self.functions: list[Function] = []
        self.scope: dict[ast.AST, Function | None] = {}  # every node → its innermost function
        self.parent: dict[Function, Function | None] = {}
        for stmt in self.tree.body:
            if isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        self.constants.setdefault(target.id, []).append(stmt.value)
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value:
                self.constants.setdefault(stmt.target.id, []).append(stmt.value)
        for stmt in ast.walk(self.tree):  # imports inside functions too: a name imported from a module of bot/
            if isinstance(stmt, ast.ImportFrom) and stmt.level:
                base = path.parent
                for _ in range(stmt.level - 1):
                    base = base.parent
                target = base.joinpath(*(stmt.module or "").split("."))
                source = target.with_suffix(".py") if target.with_suffix(".py").exists() else target / "__init__.py"
                for alias in stmt.names:
                    self.imported[alias.asname or alias.name] = (source.relative_to(BOT).as_posix(), alias.name)
        self._index(self.tree, None)

    def _index(self, node: ast.AST, fn: Function | None) -> None:
        for child in ast.iter_child_nodes(node):
            self.scope[child] = fn
            if isinstance(child, Function):
                self.functions.append(child)
                self.parent[child] = fn
                self._index(child, child)
            else:
                self._index(child, fn)


class SqlCheck:
    """Is an expression SQL text built only from the program's own constants?

    Allowed: string and number literals; module constants (also imported from another module of ``bot/``);
    f-strings, ``+``, ``%``, ``.join`` and ``.format`` of allowed parts; ``"?" * len(values)`` joined into a
    placeholder list; a choice between literals (``"a" if c else "b"``, ``for index in ("a", "b")``); ints
    (``len``, ``int``, an ``enumerate`` counter); a slice of an allowed sequence; a local or a parameter whose every
    binding, or every argument at every call site in ``bot/``, is allowed; the package's migration scripts.
    Anything else (an attribute, a call's result, user input) is not.
    """

    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules
        self.seen: set[tuple[int, str]] = set()

    def safe(self, m: Module, node: ast.AST | None, fn: Function | None) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str | int | float | bool | type(None))
        if isinstance(node, ast.JoinedStr):
            return all(self.safe(m, v.value if isinstance(v, ast.FormattedValue) else v, fn) for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod | ast.Mult):
            return self.safe(m, node.left, fn) and self.safe(m, node.right, fn)
        if isinstance(node, ast.IfExp):
            return self.safe(m, node.body, fn) and self.safe(m, node.orelse, fn)
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return all(self.safe(m, e, fn) for e in node.elts)
        if isinstance(node, ast.Subscript):
            return self.safe(m, node.value, fn)
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in ("len", "int"):
                return True
            if isinstance(f, ast.Name) and (m.name, f.id) in TRUSTED_SQL:
                return True
            if isinstance(f, ast.Attribute) and f.attr in ("join", "format"):
                return self.safe(m, f.value, fn) and all(self.safe(m, a, fn) for a in node.args) \
                    and all(self.safe(m, k.value, fn) for k in node.keywords)
            return False
        if isinstance(node, ast.Name):
            return self.name(m, node.id, fn)
        return False

    def name(self, m: Module, name: str, fn: Function | None) -> bool:
        key = (id(fn), name)
        if key in self.seen:  # a binding that depends on itself (sql += ...): its other bindings decide
            return True
        self.seen.add(key)
        try:
            while fn is not None:
                bindings = list(self.bindings(fn, name))
                if bindings:
                    return all(b is not None and (b is True or self.safe(m, b, fn)) for b in bindings)
                fn = m.parent[fn]
            if name in m.constants:
                return all(self.safe(m, v, None) for v in m.constants[name])
            if name in m.imported:
                source, original = m.imported[name]
                return source in self.modules and self.name(self.modules[source], original, None)
            return False
        finally:
            self.seen.discard(key)

    def bindings(self, fn: Function, name: str) -> Iterator[ast.AST | bool | None]:
        """What ``name`` is bound to in ``fn``: an expression, True (an int), or None (unknown: not allowed)."""
        params = [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]
        if any(a.arg == name for a in params):
            yield from self.arguments(fn, name)
        if any(a and a.arg == name for a in (fn.args.vararg, fn.args.kwarg)):
            yield None
        for node in self.body(fn):
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        yield node.value
                    elif isinstance(target, ast.Tuple) and name in [getattr(e, "id", None) for e in target.elts]:
                        i = [getattr(e, "id", None) for e in target.elts].index(name)
                        value = node.value
                        paired = isinstance(value, ast.Tuple) and len(value.elts) == len(target.elts)
                        yield value.elts[i] if paired else None
            elif isinstance(node, ast.For | ast.AsyncFor):
                t, it = node.target, node.iter
                names = [t] if isinstance(t, ast.Name) else list(t.elts) if isinstance(t, ast.Tuple) else []
                for i, e in enumerate(names):
                    if isinstance(e, ast.Name) and e.id == name:
                        enumerating = isinstance(it, ast.Call) and getattr(it.func, "id", None) == "enumerate"
                        if enumerating and isinstance(t, ast.Tuple):
                            yield True if i == 0 else it.args[0]  # the counter, or an element of what is enumerated
                        else:
                            yield it  # an element of an allowed sequence is allowed
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == name \
                    and node.func.attr in ("append", "extend", "insert"):
                yield node.args[-1] if node.args else None
            elif isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name) \
                    and node.optional_vars.id == name:
                yield None

    @staticmethod
    def body(fn: Function) -> Iterator[ast.AST]:
        """The nodes of ``fn`` itself, not of the functions, lambdas and classes inside it."""
        todo = list(ast.iter_child_nodes(fn))
        while todo:
            node = todo.pop()
            yield node
            if not isinstance(node, Function | ast.Lambda | ast.ClassDef):
                todo += list(ast.iter_child_nodes(node))

    def arguments(self, fn: Function, name: str) -> Iterator[ast.AST | bool | None]:
        """What every call of ``fn`` in ``bot/`` passes for the parameter ``name`` (None when it cannot be told)."""
        positional = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
        index = positional.index(name) if name in positional else None
        defaults = dict(zip(positional[len(positional) - len(fn.args.defaults):], fn.args.defaults, strict=True))
        defaults |= {a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True) if d is not None}
        calls = 0
        for m in self.modules.values():
            for call in (n for n in ast.walk(m.tree) if isinstance(n, ast.Call)):
                f = call.func
                if (f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None) != fn.name:
                    continue
                calls += 1
                if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
                    yield None
                    continue
                shift = 1 if isinstance(f, ast.Attribute) and positional[:1] in (["self"], ["cls"]) else 0
                given = next((k.value for k in call.keywords if k.arg == name), None)
                if given is None and index is not None and 0 <= index - shift < len(call.args):
                    given = call.args[index - shift]
                if given is None:
                    given = defaults.get(name)
                yield self.safe(m, given, m.scope.get(call)) if given is not None else None
        if not calls:
            yield None  # never called here: what it is given cannot be known


def test_the_bot_never_unpickles_evaluates_or_formats_data_into_sql(figure):
    """Walks every module of ``bot/``: no pickle-like loader, no eval/exec/compile/__import__, no unsafe YAML load,
    no SQLite extension loading, no shell; and the SQL of every execute call is built from the code's own
    constants (the rules are in ``SqlCheck``), so user text can only ever be a bound parameter."""
    modules = {m.name: m for m in (Module(p) for p in sorted(BOT.rglob("*.py")))}
    check = SqlCheck(modules)
    problems: list[str] = []
    literal = built = 0
    for m in modules.values():
        for node in ast.walk(m.tree):
            where = f"bot/{m.name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                problems += [f"{where}: imports {n}" for n in names if n.split(".")[0] in UNSAFE_MODULES]
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            called = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if isinstance(f, ast.Name) and called in EVALUATING:
                problems.append(f"{where}: calls {called}()")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "yaml" \
                    and called in YAML_LOADERS:
                problems.append(f"{where}: yaml.{called}")
            if called in ("load_extension", "enable_load_extension", "system", "popen"):
                problems.append(f"{where}: {called}()")
            if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                   for k in node.keywords):
                problems.append(f"{where}: shell=")
            if called == "import_module" and not (node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{where}: import_module of a computed name")
            if isinstance(f, ast.Attribute) and called in SQL_METHODS:
                sql = node.args[0] if node.args else \
                    next((k.value for k in node.keywords if k.arg in ("sql", "sql_script")), None)
                if sql is None:
                    continue
                if isinstance(sql, ast.Constant) and isinstance(sql.value, str):
                    literal += 1
                elif check.safe(m, sql, m.scope.get(node)):
                    built += 1
                else:
                    problems.append(f"{where}: SQL not built from constants: {ast.unparse(sql)[:120]}")
    figure(f"\nsource: {len(modules)} modules of bot/; {literal + built} execute calls, {literal} with literal SQL,"
          f" {built} with SQL composed of constants only (placeholders, whitelisted columns, module constants,"
          " migrations); no pickle, marshal, shelve, eval, exec, compile, __import__, yaml.load, extension or shell")
    assert not problems, "\n".join(problems)
    assert literal + built >= 40, "the check found the bot's SQL"
