"""Finding people and organisations by what users type, and making user text safe for FTS5.

One fuzzy helper serves every lookup, autocomplete and "did you mean": names are
compared folded (no diacritics, any case, sĩ = sỹ), against the canonical name
and every alias, with rapidfuzz.
"""

from __future__ import annotations

import bisect
import math
from array import array
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .text import fold

CONFIDENT = 82.0
MARGIN = 6.0
POSSIBLE = 60.0


@dataclass(frozen=True, slots=True)
class Entity:
    kind: str  # "person" or "organization"
    id: str
    name: str
    side: str
    aliases: tuple[str, ...]  # folded spellings, short forms included


@dataclass(frozen=True, slots=True)
class Match:
    entity: Entity
    score: float


class NameIndex:
    """Every spelling of every known person and organisation, folded, for fuzzy lookup.

    Exact spellings, whole words of people's names and prefixes are dictionary
    lookups; only what they miss (typos) goes to rapidfuzz, with the cheap
    ``ratio`` scorer, so a lookup stays fast over thousands of people.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._choices: list[str] = []
        self._owners: list[Entity] = []
        self._exact: dict[str, list[Entity]] = {}
        self._words: dict[str, list[Entity]] = {}
        for e in entities:
            for alias in sorted({fold(e.name), *e.aliases}):
                if not alias:
                    continue
                for spelling in {alias, alias.replace(" ", "")}:  # "mc feeters" typed as "mcfeeters"
                    self._choices.append(spelling)
                    self._owners.append(e)
                    self._exact.setdefault(spelling, []).append(e)
                if e.kind == "person":
                    for word in alias.split():
                        owners = self._words.setdefault(word, []) if len(word) > 1 else None
                        # an entity's words all come in this loop: compare with the last owner, by identity
                        # ("in" compared every owner field by field: 350,000 comparisons at 3,000 people)
                        if owners is not None and (not owners or owners[-1] is not e):
                            owners.append(e)
        self._word_list = list(self._words)
        self._sorted = sorted(zip(self._choices, range(len(self._choices)), strict=True))
        # the words sorted, with where each stands in _word_list (arrays: a few kilobytes, not int objects)
        order = sorted(range(len(self._word_list)), key=self._word_list.__getitem__)
        self._sorted_words = [self._word_list[w] for w in order]
        self._word_places = array("i", order)
        # the spellings by length: a fuzzy pass looks only at those long or short enough to reach its cutoff
        self._by_length: dict[int, array] = {}
        for idx, choice in enumerate(self._choices):
            self._by_length.setdefault(len(choice), array("i")).append(idx)

    def _closest(self, q: str, scorer, limit: int, cutoff: float) -> list[tuple[str, float, int]]:
        """``process.extract`` over the spellings, as if over all of them, reading only those that can score
        ``cutoff``: ratio and QRatio are 200·LCS/(m + n) ≤ 200·min(m, n)/(m + n), so a spelling much longer or
        shorter than ``q`` cannot (bounds widened by one).  The others keep their order, so ties fall as before."""
        n = len(q)
        low = math.floor(n * cutoff / (200 - cutoff)) - 1
        high = math.ceil(n * (200 - cutoff) / cutoff) + 1
        lengths = [m for m in self._by_length if low <= m <= high]
        if 2 * sum(len(self._by_length[m]) for m in lengths) > len(self._choices):  # gathering would cost more
            return process.extract(q, self._choices, scorer=scorer, limit=limit, score_cutoff=cutoff)
        kept = sorted(idx for m in lengths for idx in self._by_length[m])
        found = process.extract(q, [self._choices[idx] for idx in kept], scorer=scorer, limit=limit, score_cutoff=cutoff)
        return [(choice, score, kept[k]) for choice, score, k in found]

    def _prefixed(self, q: str, limit: int) -> list[int]:
        """Indexes of spellings that start with ``q``, by bisection over the sorted spellings."""
        k = bisect.bisect_left(self._sorted, (q, -1))
        found = []
        while k < len(self._sorted) and self._sorted[k][0].startswith(q) and len(found) < limit:
            found.append(self._sorted[k][1])
            k += 1
        return found

    def match(self, query: str, limit: int = 5) -> list[Match]:
        """Best matches first, one per entity."""
        q = fold(query)
        if not q or not self._choices:
            return []
        best: dict[str, Match] = {}

        def offer(entity: Entity, score: float) -> None:
            if entity.id not in best or score > best[entity.id].score:
                best[entity.id] = Match(entity, score)

        for e in self._exact.get(q, ()):
            offer(e, 100.0)  # a whole spelling: "le manh hung", "usabc"
        for e in self._words.get(q, ()):
            offer(e, 100.0)  # a whole word of a name: "cruz", "hung", "helberg"
        if len(q) >= 3:
            for idx in self._prefixed(q, 50):
                offer(self._owners[idx], 90.0 + 10.0 * len(q) / len(self._choices[idx]))
        if len(best) < limit:
            for choice, score, idx in self._closest(q, fuzz.ratio, 20, 50):
                owner = self._owners[idx]
                if owner.kind == "organization" and " " in q:
                    score = max(score, fuzz.token_sort_ratio(q, choice))
                offer(owner, score)
            if " " not in q:  # a misspelt surname or given name: "Helbreg", "knaper"
                for word, score, _ in process.extract(q, self._word_list, scorer=fuzz.ratio, limit=10, score_cutoff=70):
                    for e in self._words[word]:
                        offer(e, score)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entity.name))
        return ranked[:limit]

    def suggest(self, partial: str, limit: int = 25) -> list[Entity]:
        """Autocomplete: names whose spelling starts with what was typed first, then the closest."""
        q = fold(partial)
        if not q:
            return sorted(self.entities, key=lambda e: e.name)[:limit]
        seen: dict[str, Entity] = {}
        for idx in self._prefixed(q, 200):
            seen.setdefault(self._owners[idx].id, self._owners[idx])
            if len(seen) >= limit:  # the rest of the 200 could only come after these, and be cut
                break
        if len(seen) < limit and len(q) >= 2:
            # the words that start with q (found by bisection), in the order of the names they come from
            k = bisect.bisect_left(self._sorted_words, q)
            starting = []
            while k < len(self._sorted_words) and self._sorted_words[k].startswith(q):
                starting.append(self._word_places[k])
                k += 1
            for w in sorted(starting):
                for e in self._words[self._word_list[w]]:
                    seen.setdefault(e.id, e)
                if len(seen) >= limit:
                    break
        if len(seen) < limit:
            # few names start so: the closest spellings, by a scorer cheap enough for every keystroke
            for _, _, idx in self._closest(q, fuzz.QRatio, limit, POSSIBLE):
                seen.setdefault(self._owners[idx].id, self._owners[idx])
        return list(seen.values())[:limit]

    def resolve(self, query: str) -> tuple[Entity | None, list[Match]]:
        """The entity meant, when the best match is clear; otherwise the candidates to offer."""
        ranked = self.match(query, limit=8)
        matches = [m for m in ranked if m.score >= POSSIBLE]
        if not matches:
            # nothing likely: then no spelling, word or prefix matched (they score 90 or more) and both
            # lookups ran the same fuzzy passes, so the three best of eight are what a lookup of three finds
            return None, ranked[:3]
        top = matches[0]
        rivals = [m for m in matches[1:] if m.score >= top.score - MARGIN]
        if top.score >= CONFIDENT and not rivals:
            return top.entity, matches
        return None, matches


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression that searches the user's words and nothing else.

    Every word is folded like the index and quoted, so ``NEAR``, ``*``, ``-``,
    quotes, parentheses and SQL fragments are searched as words, never run as syntax.
    """
    words = fold(text).split()[:16]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
