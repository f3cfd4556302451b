"""BRIEFBOT_HOME: one directory for everything the bot writes, filled from the bundled data on first use."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import PROJECT_ROOT, database_path, paths, state_path
from tests.conftest import seed_text


def run(*args, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env={**base, **env}, check=False, timeout=120)


def bundled() -> dict[str, bytes]:
    return {str(p.relative_to(PROJECT_ROOT)): p.read_bytes() for folder in ("seeds", "data")
            for p in sorted((PROJECT_ROOT / folder).iterdir()) if p.is_file() and ".db" not in p.name}


def test_an_empty_home_is_filled_and_holds_everything_written(tmp_path):
    home = tmp_path / "volume"
    home.mkdir()  # a mounted volume: there, and empty
    before = bundled()
    out = run("ask", "/meetings helberg", BRIEFBOT_HOME=str(home))
    assert out.returncode == 0 and "Jacob Helberg" in out.stdout, out.stderr
    assert sorted(p.name for p in home.iterdir()) == ["data", "seeds"]
    assert (home / "data" / "briefbot.db").exists() and (home / "seeds" / "metadata.toml").exists()
    article = tmp_path / "moi.txt"
    article.write_text(seed_text("002_820798ca02c5d7bf").replace("13/3", "14/3").replace("Greer", "Greer.") + "\nThêm.",
                       encoding="utf-8")
    added = run("add", str(article), "--url", "https://tin.example.vn/moi", BRIEFBOT_HOME=str(home))
    assert added.returncode == 0, added.stderr
    assert len(list((home / "seeds").glob("*.txt"))) == 6
    assert bundled() == before, "the bundled seeds/ and data/ are never written"
    # filled once: what the home holds is kept on the next start
    assert run("ask", "/timeline", BRIEFBOT_HOME=str(home)).returncode == 0
    assert len(list((home / "seeds").glob("*.txt"))) == 6


def test_the_older_variables_still_override(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFBOT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BRIEFBOT_DB", str(tmp_path / "elsewhere.db"))
    monkeypatch.delenv("BRIEFBOT_DATA", raising=False)
    monkeypatch.setenv("BRIEFBOT_SEEDS", str(PROJECT_ROOT / "seeds"))
    where = paths()
    assert where.data == tmp_path / "home" / "data" and (where.data / "people.toml").exists()
    assert where.seeds == PROJECT_ROOT / "seeds" and not (tmp_path / "home" / "seeds").exists()
    assert database_path(where) == tmp_path / "elsewhere.db"
    assert state_path(database_path(where)) == tmp_path / "elsewhere.state.db"
    monkeypatch.delenv("BRIEFBOT_DB")
    assert state_path(database_path(paths())) == tmp_path / "home" / "data" / "briefbot.state.db"
