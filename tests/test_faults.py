"""Faults the bot must survive: a killed ingest, a broken database file, Discord errors, a dropped gateway."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bot.bench import generate_corpus
from bot.config import PROJECT_ROOT, Paths, state_path
from bot.ingest import build
from bot.standin import Fault, command
from tests.discord_harness import running_bot


def _content(db) -> list:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT id, date, summary FROM meetings ORDER BY id").fetchall()
    finally:
        conn.close()


def _ingest(db, root) -> subprocess.Popen:
    env = dict(os.environ, BRIEFBOT_DB=str(db), BRIEFBOT_DATA=str(root / "data"), BRIEFBOT_SEEDS=str(root / "seeds"))
    return subprocess.Popen([sys.executable, "-m", "bot", "ingest"], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_an_ingest_killed_mid_build_leaves_the_previous_database_serving(tmp_path, capsys):
    generate_corpus(tmp_path, 600)  # big enough that a build takes a while to kill
    db = tmp_path / "live.db"
    build(Paths(tmp_path / "data", tmp_path / "seeds"), db)
    before = _content(db)
    killed = 0
    for delay in (0.0, 0.1, 0.2, 0.4):
        proc = _ingest(db, tmp_path)
        while not list(tmp_path.glob("live.db.*.building")) and proc.poll() is None:
            time.sleep(0.005)  # the build has begun once its temporary file exists
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        assert _content(db) == before, f"after a kill {delay} s into the build"
    left = list(tmp_path.glob("live.db.*.building*"))
    proc = _ingest(db, tmp_path)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert _content(db) == before
    assert not list(tmp_path.glob("live.db.*.building*")), "what the killed builds left is cleaned up"
    with capsys.disabled():
        print(f"\nfaults: ingest killed (SIGKILL) {killed} times mid-build, {len(left)} leftover files removed by the"
              " next ingest; the live database intact each time")
    assert killed >= 3, "the kills must land while the build runs"


@pytest.mark.parametrize("damage", ["deleted", "truncated", "corrupted"])
async def test_a_broken_database_file_is_rebuilt_at_start(built, tmp_path, monkeypatch, caplog, damage):
    db = tmp_path / "briefbot.db"
    shutil.copy(built, db)
    state = state_path(db)
    conn = sqlite3.connect(state)
    conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    conn.commit()
    conn.close()
    if damage == "deleted":
        db.unlink()
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:1000])
    else:
        data = bytearray(db.read_bytes())
        data[100:4096] = os.urandom(3996)
        db.write_bytes(bytes(data))
    caplog.set_level(logging.INFO)
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, bot):
        message = await standin.final(command("meetings", {"name": "helberg"}))
        assert "Jacob Helberg" in message["embeds"][0]["title"]
        assert await bot.state.get("kept") == "yes", "the bot's own state is in a file a rebuild never touches"
    assert any("built from data/" in r.getMessage() for r in caplog.records)


async def test_429_then_500_on_callbacks_and_posts_still_answer_once(built, tmp_path, monkeypatch):
    db = tmp_path / "briefbot.db"
    shutil.copy(built, db)
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, bot):
        standin.faults += [Fault(r"/interactions/\d+/[^/]+/callback", 429, times=1, retry_after=0.2),
                           Fault(r"/interactions/\d+/[^/]+/callback", 500, times=1)]
        payload = command("round", {"number": 5})
        message = await standin.final(payload, timeout=10)
        assert "Washington" in str(message)
        callbacks = [r for r in standin.requests if r.interaction_id == payload["id"]]
        assert [r.query.get("_fault") for r in callbacks] == ["429", "500", None], "retried, answered once"

        channel = bot.get_partial_messageable(1400000000000000001)
        standin.faults += [Fault("/channels/1400000000000000001/messages", 429, times=1, retry_after=0.2),
                           Fault("/channels/1400000000000000001/messages", 500, times=1)]
        await channel.send("bản tin", nonce="n-1")
        assert [m["content"] for m in standin.posted["1400000000000000001"]] == ["bản tin"]


async def test_after_the_gateway_drops_the_bot_resumes_and_answers(built, tmp_path, monkeypatch):
    db = tmp_path / "briefbot.db"
    shutil.copy(built, db)
    async with running_bot(db, monkeypatch, run_briefings=False) as (standin, _):
        assert "Jacob Helberg" in str(await standin.final(command("meetings", {"name": "helberg"})))
        await standin.drop_gateway()
        await standin.wait_connected(timeout=30)
        assert standin.resumes + (standin.identify is not None) >= 1
        message = await standin.final(command("meetings", {"name": "helberg"}), timeout=10)
        assert "Jacob Helberg" in str(message)
        await asyncio.sleep(0)


@pytest.mark.skipif(sys.platform != "linux", reason="a full disk is simulated with RLIMIT_FSIZE")
def test_a_full_disk_during_ingest_is_a_clear_error_and_the_old_database_stays(built, tmp_path):
    import resource

    db = tmp_path / "live.db"
    shutil.copy(built, db)
    before = _content(db)

    def small_disk() -> None:  # writes past 150 kB fail as on a full disk (EFBIG instead of a fatal signal)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))
    out = subprocess.run([sys.executable, "-m", "bot", "ingest"], cwd=PROJECT_ROOT, env=dict(os.environ, BRIEFBOT_DB=str(db)),
                         preexec_fn=small_disk, capture_output=True, text=True, check=False)
    assert out.returncode == 1
    assert "đĩa đầy" in out.stderr and "cơ sở dữ liệu cũ vẫn được giữ nguyên" in out.stderr
    assert "Traceback" not in out.stderr
    assert _content(db) == before and not list(tmp_path.glob("live.db.*"))
