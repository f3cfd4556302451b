"""A bot running in this process against the loopback Discord stand-in (REST and gateway)."""

from __future__ import annotations

import asyncio
import logging
import shutil
from contextlib import asynccontextmanager
from pathlib import Path

import discord
import yarl

from bot.config import Settings, paths
from bot.discord_app.client import BriefBot, configure_endpoints
from bot.standin import DiscordStandIn

TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMg.standin.secret-token-value"
EPHEMERAL = 64  # the message flag of an answer only its asker sees
GENERIC_ERROR = "Có lỗi khi trả lời"  # how an unhandled exception is answered


@asynccontextmanager
async def running_bot(db: Path, monkeypatch, *, guild: int | None = None, standin: DiscordStandIn | None = None,
                      **bot_options):
    """Yield (stand-in, bot) once the bot is connected; close both afterwards.

    ``bot_options`` go to BriefBot: a ``clock``, or ``run_briefings=False`` to drive the briefer by hand.
    """
    own = standin is None
    standin = standin or await DiscordStandIn().start()
    monkeypatch.setenv("BRIEFBOT_DB", str(db))
    # restored by monkeypatch afterwards, so no test leaves discord.py pointed at a closed port
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    settings = Settings(TOKEN, guild, logging.INFO, standin.api_base, standin.gateway, None)
    configure_endpoints(settings)
    assert discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY == yarl.URL(standin.gateway)
    standin.identified.clear()
    bot = BriefBot(settings, paths(), **bot_options)
    task = asyncio.create_task(bot.start(TOKEN))
    try:
        ready = asyncio.create_task(standin.identified.wait())
        await asyncio.wait({task, ready}, timeout=20, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            raise AssertionError(f"the bot stopped before connecting: {task.exception()!r}")
        assert ready.done(), "the bot did not connect to the stand-in gateway"
        yield standin, bot
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        if own:
            await standin.close()


def copy_db(built: Path, tmp_path: Path) -> Path:
    target = tmp_path / "briefbot.db"
    shutil.copy(built, target)
    return target
