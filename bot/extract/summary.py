"""Concise summaries built only from the article's own words.

A summary is one or two pieces of the article's sentences, verbatim; a piece cut
short is marked with ``…``.  Each piece is kept as evidence with its position,
so every word of a summary can be found in its article.
"""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..text import fold
from .mentions import SentenceAnalysis
from .model import Evidence

MAX_SUMMARY = 300
_CLAIM_WORDS = re.compile(r"\b(nhat tri|thong nhat|de nghi|khang dinh|cam ket|danh gia cao|trao doi|nhan manh|mong muon)\b")


def _piece(a: SentenceAnalysis, lo: int, hi: int) -> Evidence:
    """Characters ``lo``..``hi`` of a sentence as evidence (article offsets)."""
    s = a.sentence
    text = s.text[lo:hi].strip(" ,;:")
    lo = s.text.index(text, lo) if text else lo
    return Evidence(s.index, s.start + lo, s.start + lo + len(text), text)


def _shorten(ev: Evidence, limit: int) -> Evidence:
    """Cut a piece at its last clause boundary that fits ``limit``."""
    if len(ev.text) <= limit:
        return ev
    cut = max(ev.text.rfind(", ", 0, limit - 1), ev.text.rfind("; ", 0, limit - 1))
    if cut < limit // 3:
        cut = ev.text.rfind(" ", 0, limit - 1)
    text = ev.text[:cut].rstrip(" ,;")
    return Evidence(ev.sentence, ev.start, ev.start + len(text), text)


def anchor_piece(a: SentenceAnalysis, gaz: Gazetteer, first_token: int, end_token: int | None) -> Evidence:
    """The part of the sentence that reports the meeting.

    A reporting frame in front ("Theo thông tin từ …, ", "Bộ Công Thương cho
    biết, ") is left out, and so is the tail that reports another meeting.
    """
    text = a.sentence.text
    lo = 0
    folded_start = fold(text[:80])
    if any(folded_start.startswith(fold(f)) for f in gaz.lexicon.report_frames) and first_token > 0:
        lo = a.tokens[first_token].start - a.sentence.start
    credit = re.search(r"\s*\((?:Ảnh|Nguồn)\b[^)]*\)\s*$", text)
    hi = credit.start() if credit else len(text)  # a photo credit is not part of what happened
    if end_token is not None and end_token < len(a.tokens):
        hi = a.tokens[end_token].start - a.sentence.start
    return _piece(a, lo, hi)


def _render(pieces: list[Evidence], whole: dict[int, str]) -> str:
    parts = []
    for ev in pieces:
        full = whole[ev.sentence]
        text = ev.text
        if not full.startswith(text):
            text = "…" + text
        if not full.endswith(ev.text):
            text = text + "…"
        parts.append(text)
    return " ".join(parts)


def summarize(
    anchor: Evidence, others: list[SentenceAnalysis], whole: dict[int, str], topics_of: dict[int, int]
) -> tuple[str, list[Evidence]]:
    """Summary and evidence: the anchor piece, plus the most telling other sentence that fits."""
    first = _shorten(anchor, MAX_SUMMARY - 2)
    pieces = [first]
    budget = MAX_SUMMARY - len(_render(pieces, whole)) - 1

    def score(a: SentenceAnalysis) -> tuple[int, int]:
        claims = len(_CLAIM_WORDS.findall(" ".join(a.folded)))
        return (topics_of.get(a.sentence.index, 0) * 2 + claims, -a.sentence.index)

    for a in sorted(others, key=score, reverse=True):
        if a.sentence.index == first.sentence or a.sentence.kind == "heading":
            continue
        if len(a.sentence.text) <= budget and score(a)[0] > 0:
            pieces.append(_piece(a, 0, len(a.sentence.text)))
            break
    pieces.sort(key=lambda e: e.start)
    return _render(pieces, whole), pieces
