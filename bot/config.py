"""Where things are, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    data: Path
    seeds: Path

    @property
    def extracted(self) -> Path:
        """The reviewed extraction of ``seeds/`` that the store loads."""
        return self.data / "extracted.json"

    @property
    def corrections(self) -> Path:
        return self.data / "corrections.toml"

    @property
    def metadata(self) -> Path:
        return self.seeds / "metadata.toml"


def database_path(where: Paths) -> Path:
    """``BRIEFBOT_DB``, or a file inside ``data/`` that git ignores."""
    return Path(os.environ.get("BRIEFBOT_DB") or where.data / "briefbot.db")


def paths() -> Paths:
    return Paths(
        data=Path(os.environ.get("BRIEFBOT_DATA", PROJECT_ROOT / "data")),
        seeds=Path(os.environ.get("BRIEFBOT_SEEDS", PROJECT_ROOT / "seeds")),
    )
