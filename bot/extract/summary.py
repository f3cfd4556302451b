"""Concise summaries built only from the article's own words.

A summary is one or two pieces of the article's sentences, verbatim; a piece cut
short is marked with ``…``.  Each piece is kept as evidence with its position,
so every word of a summary can be found in its article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from ..gazetteer import Gazetteer
from ..text import fold
from .mentions import SentenceAnalysis
from .model import Evidence

MAX_SUMMARY = 200
ASK_WEIGHT = 3
ROUND_SUMMARY = 300


class _Words(NamedTuple):
    """Folded phrases, matched as whole words of folded text."""

    phrases: tuple[str, ...]
    pattern: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # The pattern, opening with a word boundary, is tried at every position searched: search from the
        # first place one of the phrases is written (every match is one), and not at all without one.
        first = min((i for i in map(text.find, self.phrases) if i >= 0), default=-1)
        return self.pattern.finditer(text, first) if first >= 0 else iter(())


# Asks, agreements and positions: what a reader wants from a meeting.
def _words(*phrases: str) -> _Words:
    folded = tuple(fold(p) for p in phrases)
    return _Words(folded, re.compile(r"\b(" + "|".join(folded) + r")\b"))


# Asks and agreements: what a reader wants from a meeting.
_ASKS = _words("đề nghị", "kiến nghị", "đề xuất", "nhất trí", "thống nhất", "cam kết", "đạt được", "ký kết",
               "công nhận", "gỡ bỏ", "giảm thuế", "yêu cầu", "đồng ý")
# Positions and courtesies: worth less than an ask, more than nothing.
_POSITIONS = _words("khẳng định", "đánh giá cao", "hoan nghênh", "nhấn mạnh", "mong muốn", "bày tỏ", "ủng hộ",
                    "sẵn sàng", "kỳ vọng", "tăng cường", "mua", "cho biết")
# The other side's position: "Đáp lại", "phía Hoa Kỳ", "hai bên".
_OTHER_SIDE = _words("Đáp lại", "phía Hoa Kỳ", "phía Mỹ", "hai bên", "về phía")


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
        if not full.endswith(ev.text) and not text.endswith((".", "!", "?", "…")):
            text = text + "…"  # cut short (a piece that ends its sentence before a photo credit is whole)
        parts.append(text)
    return " ".join(parts)


def _clause_starts(a: SentenceAnalysis) -> list[int]:
    """The tokens a clause of the sentence begins at, found once per sentence."""
    if a.clause_starts is None:
        toks, text, base = a.tokens, a.sentence.text, a.sentence.start
        # most words are one space apart, and a space begins no clause
        a.clause_starts = [i for i in range(1, len(toks))
                           if text[toks[i - 1].end - base : toks[i].start - base] != " " and _stops_clause(a, i)]
    return a.clause_starts


def _stops_clause(a: SentenceAnalysis, i: int) -> bool:
    """Whether a clause of the sentence begins at token ``i`` (after a comma, semicolon, colon or dash)."""
    gap = a.gap(i)
    return any(c in gap for c in ",;:") or " - " in gap or "–" in gap


def _marks(a: SentenceAnalysis, gaz: Gazetteer) -> list[tuple[int, int, int, str]]:
    """What a sentence says, found once: (first token, end token, weight, topic or "") for each topic
    (2, counted once per topic in a stretch), ask or agreement (2) and word of the other side (1)."""
    marks = [(s, e, 2, name) for s, e, name in a.find(gaz.topic_index)]
    joined = " ".join(a.folded)
    offsets, pos = [], 0
    for f in a.folded:
        offsets.append(pos)
        pos += len(f) + 1
    for pattern, weight in ((_ASKS, ASK_WEIGHT), (_POSITIONS, 1), (_OTHER_SIDE, 1)):
        for m in pattern.finditer(joined):
            first = bisect_right(offsets, m.start()) - 1
            marks.append((first, bisect_right(offsets, m.end() - 1), weight, ""))
    return marks


def _weight(marks: list[tuple[int, int, int, str]], lo: int, hi: int) -> int:
    """How much tokens ``lo``..``hi`` say about what was discussed, asked for or agreed."""
    topics: set[str] = set()
    total = 0
    for s, e, weight, topic in marks:
        if lo <= s and e <= hi and topic not in topics:
            total += weight
            if topic:
                topics.add(topic)
    return total


def _best_window(
    a: SentenceAnalysis, lo: int, hi: int, limit: int, marks: list[tuple[int, int, int, str]]
) -> tuple[int, int, int] | None:
    """The run of whole clauses within tokens ``lo``..``hi`` that says most and fits ``limit`` characters."""
    bounds = [lo] + [i for i in _clause_starts(a) if lo < i < hi] + [hi]
    best: tuple[int, int, int] | None = None
    for x in range(len(bounds) - 1):
        for y in range(x + 1, len(bounds)):
            s, e = bounds[x], bounds[y]
            length = a.tokens[e - 1].end - a.tokens[s].start
            if length > limit:
                break
            w = _weight(marks, s, e)
            if w and (best is None or (w, -s) > (best[0], -best[1])):
                best = (w, s, e)
    return best


def _tokens_piece(a: SentenceAnalysis, lo: int, hi: int) -> Evidence:
    base = a.sentence.start
    return _piece(a, a.tokens[lo].start - base, a.tokens[hi - 1].end - base)


def summarize(
    own: list[SentenceAnalysis], anchors: dict[int, tuple[int, int]], whole: dict[int, str], gaz: Gazetteer,
    fallback: Evidence,
) -> tuple[str, list[Evidence]]:
    """What was discussed, asked for or agreed at one meeting, in the article's own words.

    ``own`` are the sentences about this meeting; in those that report the meeting itself
    (``anchors``: sentence → the tokens after its who-met-whom part, up to any other meeting it
    reports) only that part is considered, since the header already says who, when and where.  Whole sentences where they fit,
    else the run of clauses that carries most topics, asks and agreements, marked with "…".  The
    meeting's own report (``fallback``) is used only when nothing else says anything.
    """
    choices: list[tuple[int, int, int, SentenceAnalysis, list[tuple[int, int, int, str]]]] = []
    for a in own:
        if a.sentence.kind == "heading" or not a.tokens:
            continue
        lo, hi = anchors.get(a.sentence.index, (0, len(a.tokens)))
        if lo >= hi:
            continue
        marks = _marks(a, gaz)
        w = _weight(marks, lo, hi)
        if w:
            choices.append((w, lo, hi, a, marks))
    choices.sort(key=lambda c: (-c[0], c[3].sentence.index))
    pieces: list[Evidence] = []
    budget = MAX_SUMMARY
    for _, lo, hi, a, marks in choices:
        room = budget - 2 if pieces else budget
        length = a.tokens[hi - 1].end - a.tokens[lo].start
        if length + (1 if lo else 0) + (1 if hi < len(a.tokens) else 0) <= room:
            piece = _tokens_piece(a, lo, hi)
        else:
            window = _best_window(a, lo, hi, room - 2, marks)
            if window is None:
                continue
            piece = _tokens_piece(a, window[1], window[2])
        pieces.append(piece)
        budget = MAX_SUMMARY - len(_render(sorted(pieces, key=lambda e: e.start), whole)) - 1
        if budget < 60:
            break
    if not pieces:
        pieces = [_shorten(fallback, MAX_SUMMARY - 2)]
    pieces.sort(key=lambda e: e.start)
    while len(pieces) > 1 and len(_render(pieces, whole)) > MAX_SUMMARY:
        pieces.pop()  # a cut piece's "…" can tip two pieces over the limit
    return _render(pieces, whole), pieces
