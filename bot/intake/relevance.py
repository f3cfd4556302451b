"""Is an article about the Vietnam–United States trade negotiations?  Pure; the words live in ``data/intake.toml``.

A feed carries everything its outlet publishes: football, the weather, gold prices.  Only articles that
name the United States and speak of trade (or name the negotiations themselves), in Vietnamese, are
worth extracting.  The lists are data, so editors tune them without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..extract.reading import looks_vietnamese
from ..shape import read_toml
from ..text import fold

INTAKE = {"min_mentions?": range(1, 1000), "partner?": [str], "trade?": [str], "direct?": [str]}


@dataclass(frozen=True)
class Lexicon:
    partner: tuple[str, ...]
    trade: tuple[str, ...]
    direct: tuple[str, ...]
    min_mentions: int = 3


def load_lexicon(data: Path) -> Lexicon:
    raw = read_toml(data / "intake.toml", INTAKE, required=False)

    def folded(key: str) -> tuple[str, ...]:
        return tuple(f for f in (fold(p) for p in raw.get(key, [])) if f)
    return Lexicon(folded("partner") or ("hoa ky", "my"), folded("trade") or ("thuong mai", "dam phan", "thue"),
                   folded("direct"), int(raw.get("min_mentions", 3)))


def _count(text: str, phrases: tuple[str, ...]) -> int:
    return sum(len(re.findall(rf"(?<!\w){re.escape(p)}(?!\w)", text)) for p in phrases)


def judge(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """None when the article is relevant; else (reason code, why in Vietnamese)."""
    if not looks_vietnamese(text):
        return "not-vietnamese", "không phải bài tiếng Việt"
    folded = fold(text)
    if lexicon.direct and _count(folded, lexicon.direct):
        return None
    partner, trade = _count(folded, lexicon.partner), _count(folded, lexicon.trade)
    if partner and trade and partner + trade >= lexicon.min_mentions:
        return None
    return "off-topic", "không nói về đàm phán thương mại Việt Nam – Hoa Kỳ"
