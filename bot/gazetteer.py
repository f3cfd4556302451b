"""The reviewed reference data in ``data/``: people, organisations, topics, lexicon.

Editors change these TOML files, never code.  Loading builds phrase indexes
over folded tokens once, so extraction matches thousands of articles quickly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .shape import LEXICON, ORGANIZATIONS, PEOPLE, SIDES, TOPICS, DataError, read_toml
from .text import SYLLABLE, Token, as_written, fold, tokenize

T = TypeVar("T")


def _acronym_pattern(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``acronyms`` as a word of its own (no letter, digit or hyphen on either side).

    The check on the character before an acronym is written after its first character (a look back over
    two characters): a pattern that opens with plain characters lets the engine jump between the places
    they occur instead of trying every position of the text.
    """
    def alternative(acronym: str) -> str:
        if not acronym:
            return r"(?<![\w-])"
        return re.escape(acronym[0]) + r"(?<![\w-][\s\S])" + re.escape(acronym[1:])

    return re.compile(r"(?:" + "|".join(map(alternative, acronyms)) + r")(?![\w-])")


@dataclass(frozen=True, slots=True)
class PersonEntry:
    id: str
    name: str
    side: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    organization: str = ""
    short_title: str = ""  # what a list shows before the name; "" when the editor gave none

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class OrganizationEntry:
    id: str
    name: str
    side: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    phrases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Folded tokens of a lexicon phrase, as text tokens are folded."""
    return tuple(t.folded for t in tokenize(phrase))


class PhraseIndex(Generic[T]):
    """Leftmost-longest matching of phrases over folded tokens.

    A trie of tokens: a match walks as far as the sentence agrees with some phrase, so the cost per
    position is the length of the longest phrase there, however many phrases share a first word
    (the lexicon's cues and titles do: "có cuộc gặp", "có buổi làm việc", "có phiên đàm phán" …).
    """

    _END = object()  # the key under which a trie node keeps the value of the phrase ending there

    def __init__(self, pairs: Iterable[tuple[str, T]]) -> None:
        root: dict = {}
        for phrase, value in pairs:
            toks = phrase_tokens(phrase)
            if not toks:
                continue
            node = root
            for tok in toks:
                node = node.setdefault(tok, {})
            node.setdefault(self._END, value)  # the first value given for a phrase wins
        self._root = root

    def match_at(self, folded: Sequence[str], i: int) -> tuple[int, T] | None:
        """Return (end index, value) of the longest phrase starting at token ``i``."""
        if i >= len(folded):
            return None
        node = self._root.get(folded[i])
        if node is None:
            return None  # most positions begin no phrase: answered before setting up the walk
        best = None
        j = i + 1
        n = len(folded)
        while node is not None:
            if self._END in node:
                best = (j, node[self._END])
            if j >= n:
                break
            node = node.get(folded[j])
            j += 1
        return best

    @property
    def first_tokens(self) -> frozenset[str]:
        return frozenset(self._root)

    def find_all(self, folded: Sequence[str], starts: Sequence[int] | None = None) -> list[tuple[int, int, T]]:
        """Non-overlapping matches, leftmost-longest, as (start, end, value).

        ``starts``: the positions whose token begins some phrase of this index, when
        the caller found them already (:meth:`Gazetteer.starts`), saving a scan.
        """
        root, end_key, n = self._root, self._END, len(folded)
        found: list[tuple[int, int, T]] = []
        next_free = 0
        if starts is None:
            starts = [k for k, tok in enumerate(folded) if tok in root]
        for i in starts:
            if i < next_free:
                continue
            node = root.get(folded[i])
            best = None
            j = i + 1
            while node is not None:  # match_at, inlined: this is extraction's hottest loop
                if end_key in node:
                    best = (j, node[end_key])
                if j >= n:
                    break
                node = node.get(folded[j])
                j += 1
            if best is not None:
                found.append((i, best[0], best[1]))
                next_free = best[0]
        return found


@dataclass(frozen=True)
class Lexicon:
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    family_names: frozenset[str]
    not_names: tuple[str, ...]
    places: tuple[str, ...]
    meeting_cues: tuple[tuple[str, str], ...]
    future_cues: tuple[str, ...]
    clause_ends: tuple[str, ...]
    kind_markers: tuple[tuple[str, str], ...]
    sideline_cues: tuple[str, ...]
    organization_heads: tuple[str, ...]
    report_frames: tuple[str, ...]
    round_series: tuple[tuple[str, str], ...]
    side_markers: tuple[tuple[str, str], ...]
    place_heads: tuple[str, ...] = ()
    title_prefixes: tuple[str, ...] = ()
    titles_as_written: tuple[str, ...] = ()  # titles folding like common words ("Thị trưởng", "thị trường")
    summary_words: tuple[tuple[str, str], ...] = ()  # (phrase, kind): what a summary weighs a sentence by


@dataclass(frozen=True)
class Gazetteer:
    """Everything extraction and search know before reading an article."""

    people: tuple[PersonEntry, ...]
    organizations: tuple[OrganizationEntry, ...]
    topics: tuple[Topic, ...]
    lexicon: Lexicon
    person_index: PhraseIndex[PersonEntry] = field(init=False, repr=False)
    organization_index: PhraseIndex[OrganizationEntry] = field(init=False, repr=False)
    title_index: PhraseIndex[str] = field(init=False, repr=False)
    honorific_index: PhraseIndex[str] = field(init=False, repr=False)
    cue_index: PhraseIndex[str] = field(init=False, repr=False)
    future_index: PhraseIndex[str] = field(init=False, repr=False)
    clause_end_index: PhraseIndex[str] = field(init=False, repr=False)
    kind_marker_index: PhraseIndex[str] = field(init=False, repr=False)
    sideline_index: PhraseIndex[str] = field(init=False, repr=False)
    organization_head_index: PhraseIndex[str] = field(init=False, repr=False)
    place_index: PhraseIndex[str] = field(init=False, repr=False)
    not_name_index: PhraseIndex[str] = field(init=False, repr=False)
    topic_index: PhraseIndex[str] = field(init=False, repr=False)
    side_index: PhraseIndex[str] = field(init=False, repr=False)
    side_as_written: dict[str, frozenset[str]] = field(init=False, repr=False)
    side_capitalised: frozenset[str] = field(init=False, repr=False)
    series_index: PhraseIndex[str] = field(init=False, repr=False)
    place_head_index: PhraseIndex[str] = field(init=False, repr=False)
    summary_index: PhraseIndex[str] = field(init=False, repr=False)
    title_prefixes: frozenset[str] = field(init=False, repr=False)
    short_names: dict[str, PersonEntry] = field(init=False, repr=False)
    acronyms: re.Pattern[str] | None = field(init=False, repr=False)
    acronym_topic: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        lex = self.lexicon
        build = object.__setattr__
        build(self, "person_index", PhraseIndex((s, p) for p in self.people for s in p.spellings))
        build(self, "organization_index", PhraseIndex((s, o) for o in self.organizations for s in o.spellings))
        build(self, "title_index", PhraseIndex((t, t) for t in lex.titles))
        build(self, "title_prefixes", frozenset(fold(p) for p in lex.title_prefixes))
        build(self, "honorific_index", PhraseIndex((h, h) for h in lex.honorifics))
        build(self, "cue_index", PhraseIndex(lex.meeting_cues))
        build(self, "future_index", PhraseIndex((c, c) for c in lex.future_cues))
        build(self, "clause_end_index", PhraseIndex((c, c) for c in lex.clause_ends))
        build(self, "kind_marker_index", PhraseIndex(lex.kind_markers))
        build(self, "sideline_index", PhraseIndex((c, c) for c in lex.sideline_cues))
        build(self, "organization_head_index", PhraseIndex((h, h) for h in lex.organization_heads))
        build(self, "place_index", PhraseIndex((p, p) for p in lex.places))
        build(self, "not_name_index", PhraseIndex((p, p) for p in lex.not_names))
        build(self, "topic_index", PhraseIndex((ph, t.name) for t in self.topics for ph in t.phrases))
        build(self, "side_index", PhraseIndex(lex.side_markers))
        # one-word names spelt like a syllable of common words: "Pháp" and "pháp lý", "Lào" and "Lao động", "Mỹ"
        # and "mỹ phẩm", "Anh" and "anh"
        spellings: dict[str, set[str]] = {}
        for p, _ in lex.side_markers:
            if p[:1].isupper() and not (len(p) > 1 and p.isupper()) and SYLLABLE.match(fold(p)):  # "Ý", not "EU"
                spellings.setdefault(fold(p), set()).add(as_written(p))
        build(self, "side_as_written", {k: frozenset(v) for k, v in spellings.items()})
        # the first words of markers always written capitalised ("Phần Lan", "Hoa Kỳ"; not "bang", "đoàn công tác")
        firsts = [(p[:1].isupper(), words[0]) for p, _ in lex.side_markers if (words := fold(p).split())]
        build(self, "side_capitalised", frozenset(w for up, w in firsts if up) - frozenset(w for up, w in firsts if not up))
        build(self, "series_index", PhraseIndex(lex.round_series))
        build(self, "place_head_index", PhraseIndex((h, h) for h in lex.place_heads))
        build(self, "summary_index", PhraseIndex(lex.summary_words))
        # a foreign surname alone after a title ("Tổng thống Trump", "ông Greer"): only when one person has it
        shorts: dict[str, list[PersonEntry]] = defaultdict(list)
        for p in self.people:
            for short in p.short:
                if p.side != "vn" and " " not in short.strip():
                    shorts[short.casefold()].append(p)
        build(self, "short_names", {k: v[0] for k, v in shorts.items() if len(v) == 1})
        # one pattern for every topic's acronyms, matched as written: "AI" is not the Vietnamese "ai"
        acronym_topic = {a: t.name for t in self.topics for a in t.acronyms}
        build(self, "acronym_topic", acronym_topic)
        build(self, "acronyms", _acronym_pattern(tuple(acronym_topic)) if acronym_topic else None)

    def written_as_marker(self, folded: Sequence[str], tokens: Sequence[Token], start: int, end: int) -> bool:
        """Whether the side marker found at ``start``..``end`` is written as that name is, not a common word folding
        like it: one word capitalised with its tones ("Lào", not "Lao động"; "Pháp", not "pháp lý"), several words
        capitalised ("Phần Lan", not "đàm phán lần")."""
        if end - start == 1 and (spelt := self.side_as_written.get(folded[start])):
            return tokens[start].is_capitalized and as_written(tokens[start].text) in spelt
        return not (end - start > 1 and not tokens[start].is_capitalized and folded[start] in self.side_capitalised)

    def starts(self, folded: Sequence[str]) -> dict[PhraseIndex, list[int]]:
        """For each index, the positions of ``folded`` where one of its phrases may begin.

        One pass over a sentence instead of one per index: extraction's hot path.  A word that is a phrase of
        an index on its own may begin one there; a word that only opens longer phrases ("bộ", "thương", "các")
        may begin one only when the next word goes on one of them, so most walks that would fail are not tried.
        Each word is looked up once: its entry holds both (the indexes it is a phrase of alone; the next words
        that go on a longer phrase, each with its indexes).
        """
        if not hasattr(self, "_starter"):
            alone: dict[str, list[PhraseIndex]] = defaultdict(list)  # word → indexes with a phrase of it alone
            paired: dict[str, dict[str, list[PhraseIndex]]] = defaultdict(dict)  # word → next word → the others
            for index in self._sentence_indexes():
                for tok, node in index._root.items():
                    if PhraseIndex._END in node:
                        alone[tok].append(index)
                    else:
                        for nxt in node:
                            paired[tok].setdefault(nxt, []).append(index)
            object.__setattr__(self, "_starter", {
                tok: (tuple(alone.get(tok, ())),
                      {nxt: tuple(v) for nxt, v in paired[tok].items()} if tok in paired else None)
                for tok in alone.keys() | paired.keys()})
        found: dict[PhraseIndex, list[int]] = defaultdict(list)
        entry_of = self._starter.get  # type: ignore[attr-defined]
        last = len(folded) - 1
        for k, tok in enumerate(folded):
            entry = entry_of(tok)
            if entry is None:
                continue  # most words begin no phrase of any index
            indexes, nexts = entry
            for index in indexes:
                found[index].append(k)
            if nexts is not None and k < last:
                indexes = nexts.get(folded[k + 1])
                if indexes is not None:
                    for index in indexes:
                        found[index].append(k)
        return found

    def _sentence_indexes(self) -> tuple[PhraseIndex, ...]:
        return (
            self.person_index, self.organization_index, self.title_index, self.honorific_index, self.cue_index,
            self.future_index, self.clause_end_index, self.sideline_index, self.organization_head_index,
            self.place_index, self.not_name_index, self.topic_index, self.place_head_index, self.summary_index,
        )

    def canonical_name(self, name: str) -> str:
        """The gazetteer's own spelling of a person or body named by one of its spellings; else ``name``."""
        words = fold(name).split()
        for index in (self.person_index, self.organization_index):
            hit = index.match_at(words, 0)
            if hit and hit[0] == len(words):
                return hit[1].name
        return name

    def person(self, person_id: str) -> PersonEntry | None:
        return next((p for p in self.people if p.id == person_id), None)


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: '{key}' phải là danh sách chuỗi")
    return tuple(v.strip() for v in value if v.strip())


def _side(entry: dict, where: str) -> str:
    side = entry.get("side", "")
    if side not in SIDES:
        raise DataError(f"{where}: 'side' phải là một trong {', '.join(SIDES)} (đang là {side!r})")
    return side


def _required(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: thiếu '{key}'")
    return value.strip()


def _unique_ids(entries: Sequence[PersonEntry] | Sequence[OrganizationEntry], path: Path) -> None:
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise DataError(f"{path}: id trùng lặp {e.id!r}")
        seen.add(e.id)


_PERSON_KEYS = frozenset({"id", "name", "side", "aliases", "short", "titles", "organization", "short_title"})


def _optional(entry: dict, key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise DataError(f"{where}: '{key}' phải là chuỗi")
    return value.strip()


def load_people(path: Path) -> tuple[PersonEntry, ...]:
    people = []
    for n, entry in enumerate(read_toml(path, PEOPLE).get("person", []), 1):
        where = f"{path} [[person]] #{n}"
        if unknown := set(entry) - _PERSON_KEYS:  # a misspelt key ("short_tilte") would be dropped without a word
            raise DataError(f"{where}: khóa không biết: {', '.join(sorted(unknown))}")
        people.append(
            PersonEntry(
                id=_required(entry, "id", where),
                name=_required(entry, "name", where),
                side=_side(entry, where),
                aliases=_strings(entry, "aliases", where),
                short=_strings(entry, "short", where),
                titles=_strings(entry, "titles", where),
                organization=str(entry.get("organization", "")).strip(),
                short_title=_optional(entry, "short_title", where),
            )
        )
    _unique_ids(people, path)
    return tuple(people)


def load_organizations(path: Path) -> tuple[OrganizationEntry, ...]:
    orgs = []
    for n, entry in enumerate(read_toml(path, ORGANIZATIONS).get("organization", []), 1):
        where = f"{path} [[organization]] #{n}"
        orgs.append(
            OrganizationEntry(
                id=_required(entry, "id", where),
                name=_required(entry, "name", where),
                side=_side(entry, where),
                aliases=_strings(entry, "aliases", where),
            )
        )
    _unique_ids(orgs, path)
    return tuple(orgs)


def load_topics(path: Path) -> tuple[Topic, ...]:
    topics = []
    for n, entry in enumerate(read_toml(path, TOPICS).get("topic", []), 1):
        where = f"{path} [[topic]] #{n}"
        topics.append(
            Topic(
                name=_required(entry, "name", where),
                phrases=_strings(entry, "phrases", where),
                acronyms=_strings(entry, "acronyms", where),
            )
        )
    return tuple(topics)


_LEXICON_KEYS = frozenset(
    {"titles", "honorifics", "family_names", "not_names", "places", "meeting_cue", "future_cues", "clause_ends",
     "kind_markers", "sideline_cues", "organization_heads", "report_frames", "round_series", "side_markers",
     "place_heads", "title_prefixes", "titles_as_written", "summary_words"}
)


SUMMARY_KINDS = ("ask", "wish", "discussion", "frame", "position", "other_side", "courtesy", "relations",
                 "background")


def _summary_words(table: dict[str, list[str]], where: str) -> tuple[tuple[str, str], ...]:
    """[summary_words]: each phrase with its kind; an unknown kind is an editor's typo, not a new weight."""
    unknown = set(table) - set(SUMMARY_KINDS)
    if unknown:
        raise DataError(f"{where} [summary_words]: loại không biết: {', '.join(sorted(unknown))}")
    return tuple((phrase, kind) for kind in SUMMARY_KINDS for phrase in table.get(kind, ()))


def load_lexicon(path: Path) -> Lexicon:
    raw = read_toml(path, LEXICON)
    where = str(path)
    unknown = set(raw) - _LEXICON_KEYS
    if unknown:
        raise DataError(f"{where}: khóa không biết: {', '.join(sorted(unknown))}")
    for n, group in enumerate(raw.get("meeting_cue", []), 1):
        if set(group) - {"phrases", "kind"}:
            # a top-level key written after [[meeting_cue]] silently lands inside it
            raise DataError(f"{where} [[meeting_cue]] #{n}: khóa thừa {sorted(set(group) - {'phrases', 'kind'})}")
    cues: list[tuple[str, str]] = []
    for n, group in enumerate(raw.get("meeting_cue", []), 1):
        kind = _required(group, "kind", f"{where} [[meeting_cue]] #{n}")
        cues.extend((p, kind) for p in _strings(group, "phrases", f"{where} [[meeting_cue]] #{n}"))
    series = raw.get("round_series", {})
    return Lexicon(
        titles=_strings(raw, "titles", where),
        honorifics=_strings(raw, "honorifics", where),
        # compared with diacritics: folded, "Trương" would also match the title word "Trưởng"
        family_names=frozenset(n.casefold() for n in _strings(raw, "family_names", where)),
        not_names=_strings(raw, "not_names", where),
        places=_strings(raw, "places", where),
        meeting_cues=tuple(cues),
        future_cues=_strings(raw, "future_cues", where),
        clause_ends=_strings(raw, "clause_ends", where),
        kind_markers=tuple((k, v) for k, v in raw.get("kind_markers", {}).items()),
        sideline_cues=_strings(raw, "sideline_cues", where),
        organization_heads=_strings(raw, "organization_heads", where),
        report_frames=_strings(raw, "report_frames", where),
        place_heads=_strings(raw, "place_heads", where),
        title_prefixes=_strings(raw, "title_prefixes", where),
        titles_as_written=_strings(raw, "titles_as_written", where),
        round_series=tuple((phrase, name) for name, phrases in series.items() for phrase in phrases),
        side_markers=tuple(
            (phrase, side) for side, phrases in raw.get("side_markers", {}).items() for phrase in phrases
        ),
        summary_words=_summary_words(raw.get("summary_words", {}), where),
    )


def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Load and index the reference files of ``data_dir``."""
    return Gazetteer(
        people=load_people(data_dir / "people.toml"),
        organizations=load_organizations(data_dir / "organizations.toml"),
        topics=load_topics(data_dir / "topics.toml"),
        lexicon=load_lexicon(data_dir / "lexicon.toml"),
    )


def tokens_folded(tokens: Sequence[Token]) -> list[str]:
    return [t.folded for t in tokens]
