"""Finding people and organisations by what users type, and making user text safe for FTS5.

One fuzzy helper serves every lookup, autocomplete and "did you mean": names are
compared folded (no diacritics, any case, sĩ = sỹ), against the canonical name
and every alias, with rapidfuzz.
"""

from __future__ import annotations

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
    """Every spelling of every known person and organisation, folded, for fuzzy lookup."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._choices: list[str] = []
        self._owners: list[Entity] = []
        for e in entities:
            for alias in {fold(e.name), *e.aliases}:
                if alias:
                    self._choices.append(alias)
                    self._owners.append(e)
                    compact = alias.replace(" ", "")
                    if compact != alias:
                        self._choices.append(compact)  # "mc feeters" typed as "mcfeeters"
                        self._owners.append(e)

    def match(self, query: str, limit: int = 5) -> list[Match]:
        """Best matches first, one per entity."""
        q = fold(query)
        if not q or not self._choices:
            return []
        best: dict[str, Match] = {}
        for scorer in (fuzz.WRatio, fuzz.ratio):
            for _, score, idx in process.extract(q, self._choices, scorer=scorer, limit=40):
                owner = self._owners[idx]
                choice = self._choices[idx]
                if owner.kind == "organization" and scorer is fuzz.WRatio:
                    # an organisation's long name shares common words ("đại diện") with people's
                    # names; it is found by its spellings as wholes
                    score = max(fuzz.ratio(q, choice), fuzz.token_sort_ratio(q, choice) if " " in q else 0)
                if q == choice or (owner.kind == "person" and q in choice.split()):
                    score = 100.0  # a whole spelling, or a whole word of a name: "cruz", "hung"
                if owner.id not in best or score > best[owner.id].score:
                    best[owner.id] = Match(owner, score)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entity.name))
        return ranked[:limit]

    def resolve(self, query: str) -> tuple[Entity | None, list[Match]]:
        """The entity meant, when the best match is clear; otherwise the candidates to offer."""
        matches = [m for m in self.match(query, limit=8) if m.score >= POSSIBLE]
        if not matches:
            return None, self.match(query, limit=3)
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
