"""``bench discord``: the interaction round trip and the memory of the bot process, beside a minimal bot.

Both bots run as their own processes against the loopback stand-in, measured the same way in
the same run: memory (RSS) once READY, then the time from an INTERACTION_CREATE leaving the
gateway to the interaction's callback reaching REST.  ``python -m bot.bench_discord --minimal``
is the minimal bot: discord.py, one command, a fixed answer.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

from .bench import _percentiles, generate_corpus
from .ingest import build
from .standin import DiscordStandIn, command

TOKEN = "bench.token.not-secret"


def _rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux); 0 where that is not available."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def _measure(label: str, argv: list[str], env: dict[str, str], standin: DiscordStandIn,
                   payloads: list[dict], warmup: int = 20) -> dict[str, float]:
    standin.identified.clear()
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(*argv, env=env, stdout=asyncio.subprocess.DEVNULL,
                                                stderr=asyncio.subprocess.PIPE)
    try:
        await standin.wait_connected(timeout=120)
        ready_s = time.perf_counter() - started
        await asyncio.sleep(0.5)  # let start-up work settle before reading memory
        ready_mb = _rss_mb(proc.pid)
        samples, by_kind = [], {}
        for n, payload in enumerate(payloads):
            sent = time.perf_counter()
            callback = await standin.interact(payload, timeout=10)
            if n >= warmup:
                samples.append(callback.at - sent)
                kind = "/" + payload["data"]["name"] + (" (autocomplete)" if payload["type"] == 4 else "")
                by_kind.setdefault(kind, []).append(callback.at - sent)
        after_mb = _rss_mb(proc.pid)
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(proc.wait(), 15)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    p50, p99 = _percentiles(samples)
    print(f"  {label:<10} ready in {ready_s:5.1f} s  RSS after READY {ready_mb:6.1f} MB  after the run {after_mb:6.1f} MB"
          f"  round trip p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  ({len(samples)} interactions)")
    if len(by_kind) > 1:
        for kind, kind_samples in sorted(by_kind.items()):
            k50, k99 = _percentiles(kind_samples)
            print(f"    {kind:<26} p50 {k50:6.2f} ms  p99 {k99:6.2f} ms  ({len(kind_samples)})")
    return {"rss": ready_mb, "p50": p50, "p99": p99}


def _mixed(rng: random.Random, names: list[str], terms: list[str], n: int) -> dict:
    """One interaction of a realistic mix; heavy commands from distinct users, as cooldowns are per user."""
    user = str(1200000000000000000 + n)
    kind = rng.randrange(5)
    if kind == 0:
        return command("meetings", {"name": rng.choice(names)[:-2].lower()})
    if kind == 1:
        return command("round", {"number": rng.randint(1, 12)})
    if kind == 2:
        return command("search", {"query": rng.choice(terms)}, user_id=user)
    if kind == 3:
        return command("timeline", user_id=user)
    return command("meetings", {"name": rng.choice(names)[:4]}, focused="name")


def bench_discord(articles: int, interactions: int = 300) -> int:
    async def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            where, names = generate_corpus(root, articles)
            db = root / "bench.db"
            report = build(where, db)
            print(f"discord: {report.articles} articles, {report.meetings} meetings, {report.people} people;"
                  f" {interactions} interactions each through the loopback stand-in")
            rng = random.Random(5)
            terms = ["bán dẫn", "gian lan xuat xu", "d1 d3", "nang luong", "hàng không"]
            mixed = [_mixed(rng, names, terms, n) for n in range(interactions + 20)]
            pings = [command("ping") for _ in range(interactions + 20)]
            standin = await DiscordStandIn().start()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFBOT_"))} | {
                "DISCORD_TOKEN": TOKEN, "DISCORD_API_BASE": standin.api_base, "DISCORD_GATEWAY": standin.gateway,
                "BRIEFBOT_DATA": str(where.data), "BRIEFBOT_SEEDS": str(where.seeds), "BRIEFBOT_DB": str(db),
                "LOG_LEVEL": "WARNING"}
            try:
                minimal = await _measure("minimal", [sys.executable, "-m", "bot.bench_discord", "--minimal"], env,
                                         standin, pings)
                ours = await _measure("briefbot", [sys.executable, "-m", "bot"], env, standin, mixed)
            finally:
                await standin.close()
            print(f"  memory ratio      {ours['rss'] / max(minimal['rss'], 0.1):.2f}× (target ≤ 1.3×)")
            print(f"  round trip p99    {ours['p99'] / max(minimal['p99'], 0.001):.2f}× (target ≤ 3×)"
                  f"   p50 {ours['p50'] / max(minimal['p50'], 0.001):.2f}×")

    asyncio.run(run())
    return 0


def minimal_bot() -> int:
    """The yardstick: the least a discord.py bot with one slash command can be."""
    import discord
    import yarl
    from discord import app_commands

    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY"])
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    client = discord.Client(intents=discord.Intents(guilds=True))
    tree = app_commands.CommandTree(client)

    @tree.command(name="ping", description="pong")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, lambda: asyncio.ensure_future(client.close()))
        await client.start(os.environ["DISCORD_TOKEN"])

    asyncio.run(main())
    return 0


if __name__ == "__main__":
    sys.exit(minimal_bot() if "--minimal" in sys.argv else bench_discord(int(sys.argv[1]) if len(sys.argv) > 1 else 10000))
