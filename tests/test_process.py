"""The bot started exactly as the Procfile starts it, against the loopback stand-in; then SIGTERM."""

from __future__ import annotations

import asyncio
import os
import shlex
import signal
import sys
import time

from bot.config import PROJECT_ROOT
from bot.standin import DiscordStandIn, command
from tests.discord_harness import TOKEN


def procfile_command() -> list[str]:
    line = next(line for line in (PROJECT_ROOT / "Procfile").read_text().splitlines() if line.startswith("worker:"))
    words = shlex.split(line.removeprefix("worker:"))
    assert words[0] == "python"
    return [sys.executable, *words[1:]]


def bot_env(standin: DiscordStandIn, tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFBOT_"))}
    # The host starts the worker in the app's folder, where `bot` is importable without installing the project.
    return env | {"PYTHONPATH": str(PROJECT_ROOT), "DISCORD_TOKEN": TOKEN, "DISCORD_API_BASE": standin.api_base, "DISCORD_GATEWAY": standin.gateway,
                  "BRIEFBOT_DB": str(tmp_path / "briefbot.db"), "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "INFO"} | extra


async def test_procfile_worker_answers_then_exits_cleanly_on_sigterm(tmp_path):
    standin = await DiscordStandIn(token=TOKEN).start()
    proc = await asyncio.create_subprocess_exec(*procfile_command(), cwd=tmp_path, env=bot_env(standin, tmp_path),
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await standin.wait_connected(timeout=60)
        identify = standin.identify or {}
        assert identify["intents"] & (1 << 15) == 0, "no message-content intent"
        message = await standin.final(command("meetings", {"name": "helberg"}), timeout=10)
        assert message["embeds"][0]["title"] == "Các cuộc gặp của Jacob Helberg (3)"
        assert message["allowed_mentions"] == {"parse": []}
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 10)
        took = time.monotonic() - started
    finally:
        if proc.returncode is None:
            proc.kill()
        await standin.close()
    out = (await proc.stdout.read()).decode()
    err = (await proc.stderr.read()).decode()
    assert code == 0 and took < 10, (code, took, err[-2000:])
    print(f"\nProcfile worker: SIGTERM to exit in {took:.2f} s, exit code {code}")
    assert "command=/meetings" in out and "latency_ms=" in out and "outcome=ok" in out
    assert TOKEN not in out + err
    assert "Traceback" not in out + err


async def test_a_refused_token_is_a_clear_error_not_a_traceback(tmp_path):
    standin = await DiscordStandIn(token=TOKEN).start()
    proc = await asyncio.create_subprocess_exec(
        *procfile_command(), cwd=tmp_path, env=bot_env(standin, tmp_path, DISCORD_TOKEN="sai.token.nay"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        await standin.close()
    text = (out + err).decode()
    assert proc.returncode == 1
    assert "DISCORD_TOKEN" in text and "Traceback" not in text and "sai.token.nay" not in text
