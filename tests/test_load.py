"""A burst of interactions while ``ingest`` rebuilds the database: every one answered, none with an error."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

import pytest

from bot.config import PROJECT_ROOT, paths
from bot.ingest import build
from bot.standin import command
from tests.discord_harness import running_bot

BURST = 500
ASKED = [("meetings", {"name": "helberg"}), ("meetings", {"name": "le manh hung"}), ("round", {"number": 5}),
         ("search", {"query": "d1 d3"}), ("person", {"name": "greer"}), ("timeline", {}), ("topics", {}),
         ("meetings", {"name": "Helbreg"}, "name")]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "briefbot.db"
    build(paths(), path)
    return path


async def _ingest_until(done: asyncio.Event, db) -> int:
    """``python -m bot ingest`` over the live file, again and again until the burst is answered."""
    rebuilds = 0
    while not done.is_set():
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "ingest", cwd=PROJECT_ROOT, env=dict(os.environ, BRIEFBOT_DB=str(db)),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        _, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        rebuilds += 1
    return rebuilds


async def test_a_burst_during_a_rebuild_is_answered_in_full(db, monkeypatch, capsys, caplog):
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, _):
        payloads = []
        for n in range(BURST):
            name, options, *focused = ASKED[n % len(ASKED)]
            payloads.append(command(name, options, focused=focused[0] if focused else None,
                                    user_id=str(1500000000000000000 + n)))  # one user each: no cooldown
        done = asyncio.Event()
        rebuilding = asyncio.create_task(_ingest_until(done, db))
        await asyncio.sleep(0.05)  # the first rebuild is under way
        start = len(standin.requests)
        sent_at = {}
        for p in payloads:
            sent_at[p["id"]] = time.perf_counter()
            await standin.send_interaction(p)
            await asyncio.sleep(0)

        def answers() -> dict[str, object]:
            """Each interaction's final answer: its callback, or the edit that follows a deferral."""
            found = {}
            by_token = {r.token: r for r in standin.requests[start:] if r.method == "PATCH"}
            for r in standin.requests[start:]:
                if r.interaction_id in sent_at and "_fault" not in r.query:
                    found[r.interaction_id] = by_token.get(r.token) if r.body.get("type") == 5 else r
            return {k: v for k, v in found.items() if v is not None}

        deadline = time.perf_counter() + 60
        while len(answers()) < BURST and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        done.set()
        rebuilds = await rebuilding
        got = answers()

    assert len(got) == BURST, f"{BURST - len(got)} interactions unanswered"
    latencies = sorted((r.at - sent_at[i]) * 1000 for i, r in got.items())
    texts = [str(r.body) for r in got.values()]
    assert not [t for t in texts if "Có lỗi khi trả lời" in t], "no answer is an error"
    assert not [t for t in texts if "locked" in t.lower()]
    assert not [rec for rec in caplog.records if rec.levelname == "ERROR"], "nothing failed in the log"
    deferred = sum(1 for r in got.values() if r.method == "PATCH")
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    with capsys.disabled():
        print(f"\nload: {BURST} interactions during {rebuilds} rebuilds by ingest: {len(got)} answered, 0 errors, "
              f"{deferred} deferred; latency p50 {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, "
              f"max {latencies[-1]:.1f} ms")
    assert rebuilds >= 1
