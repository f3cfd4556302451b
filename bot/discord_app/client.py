"""The bot's lifetime in one place: what it opens at start, what it closes at the end.

Resources (the store, the state file) open in ``setup_hook`` and close in ``close``.
Commands are sent to Discord only when their definitions changed since the last sync
(a hash kept in the state file), so restarts do not spend Discord's sync rate limit.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import logging
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import discord
import yarl
from discord import app_commands

from ..briefings import utc_now
from ..config import Paths, Settings, database_path, state_path
from ..console import ensure_database
from ..state import State
from ..store import Store
from .briefing_runner import Briefer
from .commands import build_commands
from .feed_runner import FeedPoller
from .respond import report_error
from .translator import VietnameseTranslator

log = logging.getLogger("briefbot")
SHUTDOWN_SECONDS = 8.0


def configure_endpoints(settings: Settings) -> None:
    """Point discord.py at another Discord-compatible API and gateway (self-hosted, or a loopback stand-in)."""
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base
    if settings.gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


class BriefBot(discord.Client):
    def __init__(self, settings: Settings, where: Paths, *, force_sync: bool = False,
                 clock: Callable[[], datetime] = utc_now, run_briefings: bool = True, run_feeds: bool = True,
                 freeze_after_start: bool = False) -> None:
        # a bot of slash commands has no voice: silence the library's warning about voice packages
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        # interactions need no intent; "guilds" (not privileged) keeps discord.py's state consistent
        super().__init__(intents=discord.Intents(guilds=True), allowed_mentions=discord.AllowedMentions.none())
        self.settings = settings
        self.where = where
        self.db_path = database_path(where)
        self.force_sync = force_sync
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = report_error  # type: ignore[method-assign]
        self.store: Store | None = None
        self.state: State | None = None
        self._store_file: tuple[int, int] | None = None
        self._store_lock = asyncio.Lock()
        self._retired: set[Store] = set()
        self.last_sync: tuple[int, str] | None = None
        self.briefer = Briefer(self, clock)
        self.run_briefings = run_briefings
        self.freeze_after_start = freeze_after_start
        self._briefings_task: asyncio.Task | None = None
        self.feeder = FeedPoller(self, settings.feed_minutes, clock)
        self.run_feeds = run_feeds
        self._feeds_task: asyncio.Task | None = None

    async def setup_hook(self) -> None:
        await self.tree.set_translator(VietnameseTranslator())
        for command in build_commands():
            self.tree.add_command(command)
        await self._open_store(rebuild=False)
        self.state = await State.open(state_path(self.db_path))
        self.last_sync = await self.sync_commands(force=self.force_sync)
        if self.run_briefings and not self.force_sync:
            self._briefings_task = asyncio.create_task(self.briefer.run(), name="briefings")
        if self.run_feeds and not self.force_sync:
            self._feeds_task = asyncio.create_task(self.feeder.run(), name="feeds")
        if self.freeze_after_start:
            # What start-up built (the library's state, the command tree, the name index: some 200,000
            # objects) lives as long as the process; kept out of the collector's full passes, which
            # otherwise walk it all and hold an answer up for tens of milliseconds.  Only for the
            # process's one bot: bots started one after another in a process (tests) would each freeze
            # what the previous ones left for the collector.
            gc.freeze()

    async def _open_store(self, rebuild: bool) -> None:
        if rebuild:
            from ..ingest import build  # the build path is loaded when a rebuild is asked for, not at start

            await asyncio.to_thread(build, self.where, self.db_path)
        else:
            before = _file_id(self.db_path)
            await asyncio.to_thread(ensure_database, self.where)
            if _file_id(self.db_path) != before:
                log.info("database=%s built from data/ (it was missing, stale or unreadable)", self.db_path.name)
        old, self.store = self.store, await Store.open(self.db_path)
        self._store_file = _file_id(self.db_path)
        self.briefer.data_changed.set()
        if old is not None:  # answers in flight on the old file finish before it is closed
            self._retired.add(old)
            asyncio.get_running_loop().call_later(10.0, lambda: asyncio.ensure_future(self._retire(old)))

    async def _retire(self, store: Store) -> None:
        if store in self._retired:
            self._retired.discard(store)
            await store.close()

    async def get_store(self) -> Store:
        """The store, reopened when ``ingest`` or ``add`` replaced the database file since it was opened."""
        if self.store is None or _file_id(self.db_path) != self._store_file:
            async with self._store_lock:
                if self.store is None or _file_id(self.db_path) != self._store_file:
                    await self._open_store(rebuild=False)
        assert self.store is not None
        return self.store

    async def reload_data(self) -> str:
        async with self._store_lock:
            await self._open_store(rebuild=True)
        assert self.store is not None
        rounds = await self.store.rounds()
        _, total = await self.store.timeline(1, 0)
        return f"{total} cuộc gặp, {len(rounds)} vòng, {len(self.store.names.entities)} người và tổ chức."

    async def definitions(self) -> list[dict]:
        translator = self.tree.translator
        assert translator is not None
        return [await c.get_translated_payload(self.tree, translator) for c in self.tree.get_commands()]

    async def sync_commands(self, force: bool) -> tuple[int, str]:
        """Sync the command tree when its definitions changed (or when forced); (commands, target)."""
        guild = discord.Object(self.settings.guild) if self.settings.guild else None
        target = f"máy chủ {guild.id}" if guild else "toàn cục"
        payload = json.dumps(await self.definitions(), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(payload.encode()).hexdigest()
        key = f"commands:{self.application_id}:{guild.id if guild else 'global'}"
        assert self.state is not None
        if not force and await self.state.get(key) == digest:
            log.info("commands unchanged since the last sync (%s); not syncing", target)
            return len(self.tree.get_commands()), target
        if guild:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        await self.state.put(key, digest)
        log.info("synced %d commands (%s)", len(synced), target)
        return len(synced), target

    async def on_ready(self) -> None:
        log.info("ready as %s (id %s)", self.user, self.user.id if self.user else "?")

    async def close(self) -> None:
        for task in (self._briefings_task, self._feeds_task):
            # cancelled until it is done: Python 3.11's wait_for can swallow a cancellation that arrives as the
            # wait it guards ends (the briefer's data_changed set at that moment), and the loop would go on
            while task is not None and not task.done():
                task.cancel()
                await asyncio.wait({task}, timeout=1)
            if task is not None and not task.cancelled() and task.exception() is not None:
                log.error("background task %s ended with %r", task.get_name(), task.exception())
        self._briefings_task = self._feeds_task = None
        await super().close()
        for old in list(self._retired):  # a store replaced less than 10 s ago holds a thread until closed
            await self._retire(old)
        if self.store is not None:
            await self.store.close()
            self.store = None
        if self.state is not None:
            await self.state.close()
            self.state = None


async def run_bot(settings: Settings, where: Paths) -> int:
    """Run until SIGTERM or SIGINT, then close the gateway and the database and return 0."""
    configure_endpoints(settings)
    bot = BriefBot(settings, where, freeze_after_start=True)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    running = asyncio.create_task(bot.start(settings.token or ""))
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if stopping.done():
        log.info("signal received: closing the gateway and the database")
        try:
            await asyncio.wait_for(bot.close(), SHUTDOWN_SECONDS)
            await asyncio.wait_for(running, 1.0)
        except (TimeoutError, asyncio.CancelledError):
            log.warning("shutdown took longer than %.0f s; leaving anyway", SHUTDOWN_SECONDS)
        except Exception:  # the gateway task ends with whatever closing it caused; the shutdown succeeded
            log.debug("the gateway task ended with an error while closing", exc_info=True)
        log.info("stopped")
        return 0
    stopping.cancel()
    error = running.exception()
    await bot.close()
    if isinstance(error, discord.LoginFailure):
        log.error("Discord refused DISCORD_TOKEN (not a valid bot token); check it in the Developer Portal")
    elif isinstance(error, discord.PrivilegedIntentsRequired):
        log.error("Discord asks for privileged intents; briefbot needs none, check the application settings")
    elif error is not None:
        log.error("the bot stopped: %s", error.__class__.__name__, exc_info=error)
    return 1


def sync_now(settings: Settings, where: Paths) -> int:
    """``python -m bot sync``: log in over HTTP only, force the sync, log out."""
    async def run() -> int:
        configure_endpoints(settings)
        bot = BriefBot(settings, where, force_sync=True)
        try:
            await bot.login(settings.token or "")
            count, target = bot.last_sync or (0, "")
            print(f"đã gửi {count} lệnh lên Discord ({target})")
            return 0
        except discord.LoginFailure:
            print("lỗi: Discord từ chối DISCORD_TOKEN (không phải token bot hợp lệ)", file=sys.stderr)
            return 1
        finally:
            await bot.close()
    return asyncio.run(run())

