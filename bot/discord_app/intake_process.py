"""The intake's heavy work runs in a child process: ``python -m bot feeds poll``, ``feeds add``, ``page``.

Reading pages (trafilatura, lxml) and feeds (feedparser) takes memory that would stay with the bot for
the rest of its life once loaded, and CPU that would hold the event loop's GIL while commands wait.  The
command line already does each job whole; the bot runs it beside itself, with the same data, database
and state file, and reads what it printed.  The token is not passed on: the child needs none.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING

from ..config import PROJECT_ROOT

if TYPE_CHECKING:
    from .client import BriefBot


class ChildFailed(RuntimeError):
    """The child process ended with an error; the message is its ``lỗi:`` line, in Vietnamese."""


async def run_cli(bot: BriefBot, *args: str, timeout: float) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``python -m bot ARGS`` on the bot's data; killed after ``timeout`` s."""
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"} | {
        "BRIEFBOT_DATA": str(bot.where.data), "BRIEFBOT_SEEDS": str(bot.where.seeds), "BRIEFBOT_DB": str(bot.db_path),
        "BRIEFBOT_FEED_MINUTES": f"{bot.settings.feed_minutes:g}", "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=env, cwd=PROJECT_ROOT)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except BaseException:  # timed out, or the bot is closing: the child goes with it
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        raise
    return proc.returncode or 0, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def failure(code: int, err: str) -> str:
    """The child's own explanation (its last ``lỗi:`` line), else a generic one."""
    lines = [line.removeprefix("lỗi: ") for line in err.splitlines() if line.startswith("lỗi: ")]
    return lines[-1] if lines else f"lỗi không rõ (mã {code})"
