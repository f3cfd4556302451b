"""Benchmarks that print figures; targets are read from the figures, not asserted in tests."""

from __future__ import annotations

import resource
import sys
import time

from .config import paths
from .extract import extract_article
from .extract.reading import read_article
from .gazetteer import load_gazetteer


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_extract(count: int) -> int:
    """Extract the seeds repeated to ``count`` articles on one core; print articles/s and peak memory."""
    where = paths()
    gaz = load_gazetteer(where.data)
    texts = [(p.stem, read_article(p)[0]) for p in sorted(where.seeds.glob("*.txt"))]
    if not texts or count < 1:
        print("lỗi: không có bài để đo", file=sys.stderr)
        return 2
    before = _peak_mb()
    meetings = 0
    start = time.perf_counter()
    for n in range(count):
        article_id, text = texts[n % len(texts)]
        meetings += len(extract_article(text, f"{article_id}-{n}", gaz).meetings)
    elapsed = time.perf_counter() - start
    print(f"extract: {count} articles ({len(texts)} seeds repeated), {meetings} meetings")
    print(f"  time        {elapsed:.2f} s")
    print(f"  throughput  {count / elapsed:.0f} articles/s (one core; target ≥ 200)")
    print(f"  peak RSS    {_peak_mb():.1f} MB (before the run: {before:.1f} MB)")
    return 0
