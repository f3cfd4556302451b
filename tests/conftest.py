import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, paths
from bot.gazetteer import Gazetteer, load_gazetteer
from bot.ingest import build

SEEDS = PROJECT_ROOT / "seeds"
# Dates without a year, as ingest is coming to accept them: (meeting, date, precision, sort key as ingest writes it).
NO_YEAR = [("001_52bf25b6992dcf0d-m1", "--04-23", "day_no_year", "0000-04-23"),
           ("002_820798ca02c5d7bf-m1", "--04-23/--04-25", "range_no_year", "0000-04-23")]


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The database of the bundled data, built once; tests copy it (copy_db) before they change anything."""
    path = tmp_path_factory.mktemp("built") / "briefbot.db"
    build(paths(), path)
    return path


@pytest.fixture(scope="session")
def no_year(built, tmp_path_factory) -> Path:
    """The bundled database with two meetings dated without a year (one a range) and round 5 without its year."""
    path = tmp_path_factory.mktemp("no-year") / "briefbot.db"
    shutil.copy(built, path)
    with sqlite3.connect(path) as conn:
        for meeting_id, date, precision, key in NO_YEAR:
            changed = conn.execute("UPDATE meetings SET date = ?, date_precision = ?, sort_key = ? WHERE id = ?",
                                   (date, precision, key, meeting_id)).rowcount
            assert changed == 1, meeting_id
        assert conn.execute("UPDATE rounds SET start = '--11-12', end = '--11-14' WHERE number = 5").rowcount == 1
    conn.close()
    return path


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer(PROJECT_ROOT / "data")


def seed_text(stem: str) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def seed_path(stem: str) -> Path:
    return SEEDS / f"{stem}.txt"


@pytest.fixture
def figure(capsys):
    """Print a measured figure into the test command's own output, which pytest otherwise captures."""
    def show(line: str) -> None:
        with capsys.disabled():
            print(line)
    return show
