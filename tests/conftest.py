from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.gazetteer import Gazetteer, load_gazetteer

SEEDS = PROJECT_ROOT / "seeds"


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
