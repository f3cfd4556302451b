"""Running extraction over gold files and reporting it, for ``python -m bot eval`` and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..extract import ArticleResult, extract_article
from ..extract.reading import read_article
from ..gazetteer import Gazetteer
from .gold import GoldArticle, load_gold
from .score import MEASURES, ArticleScore, Tally, score_article


@dataclass
class Group:
    """The articles of one folder (seeds, dev, test) and their tally."""

    name: str
    tally: Tally = field(default_factory=Tally)
    scores: list[ArticleScore] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)

    @property
    def meetings(self) -> int:
        return sum(len(s.gold.meetings) for s in self.scores)


def evaluate(gold_files: list[Path], gaz: Gazetteer, only: set[Path] | None = None) -> dict[str, Group]:
    """Extract every gold article as ``add`` would (with its publication date) and score it."""
    groups: dict[str, Group] = {}
    articles: list[GoldArticle] = [a for g in gold_files for a in load_gold(g)]
    for gold in articles:
        if only is not None and gold.path not in only:
            continue
        text, _ = read_article(gold.path)
        result = extract_article(text, gold.path.stem, gaz, gold.label, gold.published)
        score = score_article(gold, result, gaz.canonical_name)
        group = groups.setdefault(gold.label.split("/")[0], Group(gold.label.split("/")[0]))
        group.tally.add(score.tally)
        group.scores.append(score)
        group.results.append(result)
    return groups


def report(groups: dict[str, Group], misses: bool = True) -> list[str]:
    """Each article with its misses, one per line, then each folder's table."""
    lines: list[str] = []
    if misses:
        for group in groups.values():
            for score in group.scores:
                status = "✓" if not score.misses else f"✗ {len(score.misses)}"
                lines.append(f"{status} {score.gold.label}" + (f" ({score.gold.outlet})" if score.gold.outlet else ""))
                lines += [f"    – {miss}" for miss in score.misses]
    for group in groups.values():
        lines.append(f"\n== {group.name}: {len(group.scores)} bài, {group.meetings} cuộc gặp trong gold")
        t = group.tally
        for key, label in MEASURES:
            share = t.share(key)
            if share is not None:
                lines.append(f"  {label:<36} {t.right[key]:>4}/{t.total[key]:<4} {share:6.1%}")
        for label, value in (("liệt kê nhầm là đã gặp", t.wrongly_listed), ("cuộc gặp thừa", t.extra_meetings),
                             ("gắn nhầm vào một vòng", t.wrong_round), ("vòng thừa", t.extra_rounds)):
            lines.append(f"  {label:<36} {value:>4}")
    return lines
