from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, paths
from bot.gazetteer import Gazetteer, load_gazetteer
from bot.ingest import build

SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The database of the bundled data, built once; tests copy it (copy_db) before they change anything."""
    path = tmp_path_factory.mktemp("built") / "briefbot.db"
    build(paths(), path)
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
