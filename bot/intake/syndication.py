"""Syndicated copies: the same text at several addresses, or a near-copy with small edits, is one article.

Pure.  Vietnamese outlets reprint ministry releases and each other: a new byline, a reworded lead, a
photo credit, a sentence cut or added.  Two texts are compared as sets of word shingles (runs of
``SHINGLE`` folded words, so diacritics and case do not matter): a copy shares most of the shorter
text's shingles with the other, whatever was added around it.

The threshold comes from the tests (tests/test_syndication.py prints the figures): a reprint with a
different byline and a reworded lead keeps about 0.8 of its shingles or more, while two different
reports of the same negotiations (the bundled articles, which share names, titles and phrases of
trade diplomacy) share less than 0.1.  ``THRESHOLD`` sits far from both.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from ..text import fold

SHINGLE = 5
THRESHOLD = 0.5
MIN_SHINGLES = 20  # below this a text is too short to call anything a copy of it
_WORD = re.compile(r"[^\W_]+")


def shingles(text: str) -> frozenset[int]:
    """The text's runs of ``SHINGLE`` folded words, each as a stable 32-bit checksum."""
    words = _WORD.findall(fold(text))
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(max(0, len(words) - SHINGLE + 1)))


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the other (0…1): 1 when one text holds the whole of the other."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?!\d)")


def dates(text: str) -> frozenset[tuple[int, int]]:
    """The days a text names (day, month): a reprint keeps them, a report of another meeting does not."""
    return frozenset((int(d), int(m)) for d, m, _ in _DAY.findall(text) if 1 <= int(d) <= 31 and 1 <= int(m) <= 12)


def same_facts(a: str, b: str) -> bool:
    """Do two similar texts tell of the same days (one's days among the other's, as a shortened reprint's are)?

    Outlets also publish from templates ("Ngày 23/4, … đã có buổi làm việc với …"): two such reports
    share nearly every word, yet are two meetings.
    """
    da, db = dates(a), dates(b)
    return da <= db or db <= da


def is_copy(text: str, mine: frozenset[int], other: str, theirs: frozenset[int]) -> float:
    """The resemblance of two texts when one is a copy of the other, else 0."""
    score = resemblance(mine, theirs)
    return score if score >= THRESHOLD and same_facts(text, other) else 0.0


def find_copy(text: str, others: Iterable[tuple[str, str]]) -> tuple[str, float] | None:
    """The first of ``others`` (id, text) that ``text`` is a copy of, with the resemblance; None if none is."""
    mine = shingles(text)
    if len(mine) < MIN_SHINGLES:
        return None
    best: tuple[str, float] | None = None
    for other_id, other in others:
        score = is_copy(text, mine, other, shingles(other))
        if score and (best is None or score > best[1]):
            best = (other_id, score)
    return best
