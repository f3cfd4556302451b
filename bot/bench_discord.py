"""``bench discord``: the interaction round trip and the memory of the bot process, beside a minimal bot.

Both bots run as their own processes, each against its own loopback stand-in, measured the same
way at the same time: memory (RSS) once READY, then the time from an INTERACTION_CREATE leaving
the gateway to the interaction's callback reaching REST.  Their interactions alternate, one in
flight at a time (the minimal bot's, then briefbot's, then briefbot's, then the minimal bot's …),
so whatever else the machine is doing falls on both alike; the first ``WARMUP`` of each are left
out, and ``GAP`` passes between two interactions.  The run is repeated with fresh processes (each repeat the same realistic mix of commands as
one 300-interaction run, drawn with its own seed), and the ratios are of the p50 and p99 of all
repeats' interactions together, with each repeat's ratio beside them to show the spread.
``python -m bot.bench_discord --minimal`` is the minimal bot: discord.py, one command, a fixed answer.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .bench import _percentiles, generate_corpus
from .ingest import build
from .standin import DiscordStandIn, command

TOKEN = "bench.token.not-secret"
WARMUP = 20
GAP = 0.005  # seconds between interactions: Discord's come apart, and what a bot does after answering is no one's round trip
REPEATS = 5
INTERACTIONS = 300


def _rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux); 0 where that is not available."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """CPU time (user and system, every thread) a process has used, from /proc; 0 where that is not available."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class _Bot:
    """One bot process and its stand-in, with what was measured of it."""

    label: str
    argv: list[str]
    standin: DiscordStandIn
    proc: asyncio.subprocess.Process | None = None
    ready_s: float = 0.0
    ready_mb: float = 0.0
    after_mb: float = 0.0
    cpu_s: float = 0.0  # CPU time used over the interactions (warm-up included)
    samples: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)

    async def start(self, env: dict[str, str]) -> None:
        self.standin.identified.clear()
        started = time.perf_counter()
        self.proc = await asyncio.create_subprocess_exec(
            *self.argv, env=env | {"DISCORD_API_BASE": self.standin.api_base, "DISCORD_GATEWAY": self.standin.gateway},
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        await self.standin.wait_connected(timeout=120)
        self.ready_s = time.perf_counter() - started

    async def interact(self, payload: dict, record: bool) -> None:
        sent = time.perf_counter()
        callback = await self.standin.interact(payload, timeout=10)
        if record:
            took = callback.at - sent
            self.samples.append(took)
            kind = "/" + payload["data"]["name"] + (" (autocomplete)" if payload["type"] == 4 else "")
            self.by_kind.setdefault(kind, []).append(took)

    async def stop(self) -> None:
        if self.proc is None:
            return
        try:
            if self.proc.returncode is None:
                self.proc.send_signal(signal.SIGTERM)
                await asyncio.wait_for(self.proc.wait(), 15)
        finally:
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()


async def _repeat(bots: list[_Bot], env: dict[str, str], payloads: list[list[dict]]) -> list[_Bot]:
    """Start both bots, read their memory once READY, then alternate their interactions; stop them."""
    try:
        for bot in bots:  # one after the other: each start-up has the machine to itself
            await bot.start(env)
        await asyncio.sleep(0.5)  # let start-up work settle before reading memory
        for bot in bots:
            bot.ready_mb = _rss_mb(bot.proc.pid)
        cpu_before = [_cpu_s(bot.proc.pid) for bot in bots]
        gc.collect()
        gc.disable()  # the harness's own collections stay out of the timings (both bots' alike)
        try:
            for n in range(len(payloads[0])):
                order = bots if n % 4 in (0, 3) else bots[::-1]  # ABBA: neither bot always goes first
                for bot in order:
                    await bot.interact(payloads[bots.index(bot)][n], record=n >= WARMUP)
                    await asyncio.sleep(GAP)
        finally:
            gc.enable()
        for bot, before in zip(bots, cpu_before, strict=True):
            bot.after_mb = _rss_mb(bot.proc.pid)
            bot.cpu_s = _cpu_s(bot.proc.pid) - before
    finally:
        for bot in bots:
            await bot.stop()
    return bots


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


def _load() -> str:
    """The machine's load average over the last minute: a loaded machine makes both bots slower alike."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def _spread(values: list[float]) -> str:
    return (f"median {statistics.median(values):.2f}×, {min(values):.2f}–{max(values):.2f}× "
            f"({', '.join(f'{v:.2f}' for v in values)})")


def bench_discord(articles: int, interactions: int = INTERACTIONS, repeats: int = REPEATS) -> int:
    async def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            where, names = generate_corpus(root, articles)
            db = root / "bench.db"
            report = build(where, db)
            print(f"discord: {report.articles} articles, {report.meetings} meetings, {report.people} people;"
                  f" {repeats} repeats of {interactions} interactions each (the first {WARMUP} left out),"
                  " the two bots' interactions alternating, each bot through its own loopback stand-in;"
                  f" load average {_load()} on {os.cpu_count()} cores")
            terms = ["bán dẫn", "gian lan xuat xu", "d1 d3", "nang luong", "hàng không"]
            env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFBOT_"))} | {
                "DISCORD_TOKEN": TOKEN, "BRIEFBOT_DATA": str(where.data), "BRIEFBOT_SEEDS": str(where.seeds),
                "BRIEFBOT_DB": str(db), "LOG_LEVEL": "WARNING"}
            runs: list[tuple[_Bot, _Bot]] = []
            standins = [await DiscordStandIn().start(), await DiscordStandIn().start()]
            try:
                for r in range(repeats):
                    rng = random.Random(5 + r)  # repeat 1 is the mix a single run of the benchmark used
                    mixed = [_mixed(rng, names, terms, n) for n in range(interactions + WARMUP)]
                    pings = [command("ping") for _ in range(interactions + WARMUP)]
                    minimal = _Bot("minimal", [sys.executable, "-m", "bot.bench_discord", "--minimal"], standins[0])
                    ours = _Bot("briefbot", [sys.executable, "-m", "bot"], standins[1])
                    await _repeat([minimal, ours], env, [pings, mixed])
                    runs.append((minimal, ours))
                    m50, m99 = _percentiles(minimal.samples)
                    o50, o99 = _percentiles(ours.samples)
                    print(f"  repeat {r + 1}: minimal RSS {minimal.ready_mb:5.1f} MB p50 {m50:5.2f} ms p99 {m99:5.2f} ms;"
                          f" briefbot RSS {ours.ready_mb:5.1f} MB (after the run {ours.after_mb:5.1f}) p50 {o50:5.2f} ms"
                          f" p99 {o99:5.2f} ms; ratios RSS {ours.ready_mb / max(minimal.ready_mb, 0.1):.2f}×"
                          f" p99 {o99 / max(m99, 1e-6):.2f}×")
            finally:
                for standin in standins:
                    await standin.close()
            print(f"  all repeats together (load average now {_load()}):")
            pooled = {}
            for i, label in enumerate(("minimal", "briefbot")):
                bots = [pair[i] for pair in runs]
                samples = [s for b in bots for s in b.samples]
                p50, p99 = _percentiles(samples)
                rss = statistics.median(b.ready_mb for b in bots)
                pooled[label] = {"rss": rss, "p50": p50, "p99": p99}
                cpu_ms = 1000 * sum(b.cpu_s for b in bots) / sum(len(b.samples) + WARMUP for b in bots)
                pooled[label]["cpu"] = cpu_ms
                print(f"  {label:<10} ready in {statistics.median(b.ready_s for b in bots):5.1f} s"
                      f"  RSS after READY {rss:6.1f} MB  after the run {statistics.median(b.after_mb for b in bots):6.1f} MB"
                      f"  round trip p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  ({len(samples)} interactions)"
                      f"  CPU {cpu_ms:.2f} ms an interaction")
                by_kind: dict[str, list[float]] = {}
                for b in bots:
                    for kind, kind_samples in b.by_kind.items():
                        by_kind.setdefault(kind, []).extend(kind_samples)
                if len(by_kind) > 1:
                    for kind, kind_samples in sorted(by_kind.items()):
                        k50, k99 = _percentiles(kind_samples)
                        print(f"    {kind:<26} p50 {k50:6.2f} ms  p99 {k99:6.2f} ms  ({len(kind_samples)})")
            ours, minimal = pooled["briefbot"], pooled["minimal"]
            rss_each = [o.ready_mb / max(m.ready_mb, 0.1) for m, o in runs]
            p99_each = [_percentiles(o.samples)[1] / max(_percentiles(m.samples)[1], 1e-6) for m, o in runs]
            print(f"  memory ratio      {ours['rss'] / max(minimal['rss'], 0.1):.2f}× (target ≤ 1.3×);"
                  f" per repeat {_spread(rss_each)}")
            print(f"  round trip p99    {ours['p99'] / max(minimal['p99'], 1e-6):.2f}× (target ≤ 3×)"
                  f"   p50 {ours['p50'] / max(minimal['p50'], 1e-6):.2f}×; p99 per repeat {_spread(p99_each)}")
            print(f"  CPU an interaction {ours['cpu'] / max(minimal['cpu'], 1e-6):.2f}× (the bot process's own work,"
                  " every thread: what outside load does not change)")

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
