"""Who and what a sentence names: people with their title chains, people named
only by a title, organisations, and the words that say a meeting took place.

Vietnamese news writes ``TITLE [ORGANISATION] NAME`` and stacks titles with
commas (``Bộ trưởng Bộ Công Thương, Trưởng Đoàn đàm phán Chính phủ Nguyễn
Hồng Diên``); an appositive after the name (``Ted Cruz, Chủ tịch Ủy ban …``)
belongs to that name.  People the gazetteer does not know are found by that
shape: Vietnamese names by their family name, foreign names by their form.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..gazetteer import Gazetteer, OrganizationEntry, PersonEntry, PhraseIndex
from ..text import SYLLABLE, Sentence, Token, as_written, fold, name_key, tokenize_with_gaps
from .dates import find_dates
from .rounds import find_rounds

# Words that end the subject of a clause, so a title before them has no name ("hoan nghênh", "cảm ơn", "nhắc lại" …),
# as written: "đảng" (party) folds like "đang", "nhân" of "nhân dân" like "nhận", "đa phương" like "đã", "danh dự"
# like "đánh". Folded (_BREAK_WORDS), they are a first test, and what other scans stop at.
_BREAKING = ("đã", "đang", "sẽ", "cũng", "cùng", "cung", "là", "có", "cho", "khẳng", "nhận", "nhấn", "nhắn", "để", "đề",
             "đánh", "dành", "nêu", "nếu", "nói", "bày", "tiếp", "vừa", "giữa", "muốn", "mong", "hoan", "hoàn", "hoãn",
             "cảm", "cam", "cấm", "nhắc")
_BREAK_WORDS = frozenset(fold(w) for w in _BREAKING)
_BREAK_WRITTEN = frozenset(as_written(w) for w in _BREAKING)
_JOINERS = frozenset({"va", "cung", "voi"})
_PAST = frozenset({"da", "vua", "ket", "khep", "sau"})  # "đã", "vừa", "kết thúc", "khép lại", "sau": it happened
_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5}
_COUNT_SPELLINGS = frozenset({"hai", "ba", "bốn", "năm"})
ALL = -1  # a Mention's count when a group stands for everyone its title names
_MAX_CHAIN = 22
_THIRD_COUNTRY = re.compile(r"\b(?:Trung Quốc|Đài Loan|Nhật Bản|Hàn Quốc|Triều Tiên|Lào|Campuchia|Singapore|Thái Lan|Malaysia"
                            r"|Indonesia|Philippines|Myanmar|Ấn Độ|Australia|Canada|Nga|Pháp|Đức)\b")
# The posts whose country follows them: "Phó Thủ tướng Trung Quốc", "Đại sứ Trung Quốc tại Việt Nam"
_POST_BEFORE_COUNTRY = re.compile(r"(?:Đại sứ|Thủ tướng|Bộ trưởng|Ngoại trưởng|Tổng thống|Chủ tịch|Phó Chủ tịch|Thứ trưởng"
                                  r"|Tổng Bí thư|Quốc vương|Thái tử)\s*$")


def _of_a_third_country(title: str) -> bool:
    """Whether a title puts a name like ours in a third country ("Phó Thủ tướng Trung Quốc Hà Lập Phong", "Đại sứ
    Trung Quốc tại Việt Nam Hà Vĩ"), not one of our posts there ("Đại sứ Việt Nam tại Trung Quốc") nor a place or
    body of ours ("tỉnh Lào Cai", "thành phố Thủ Đức", "Ủy ban Pháp luật")."""
    for c in _THIRD_COUNTRY.finditer(title):
        before = title[:c.start()].split()
        if _POST_BEFORE_COUNTRY.search(title[:c.start()]):
            return True
        # "Bộ trưởng Quốc phòng Trung Quốc": the title's last words; not "… thành phố Thủ Đức", a name going on
        if title[c.end():].strip() == "" and before and before[-1] != "tại" and not before[-1][:1].isupper():
            return True
    return False


# (and who held the post then: "Tổng Bí thư … khi đó là ông Nguyễn Phú Trọng")
_HONORIFIC_TAIL = re.compile(r"(?:,\s*|\s+)(?:(?:khi đó|lúc đó|khi ấy|lúc ấy) là(?: ông| bà| ngài)?|là|ông|bà|ngài"
                             r"|Ông|Bà|Ngài|Tiến sĩ|Giáo sư|Phó Giáo sư|TS\.?|GS\.?|PGS\.?|GS\.TS\.?"
                             r"|PGS\.TS\.?|ThS\.?|Thạc sĩ|Bác sĩ|BS\.?)$")
_MAX_NAME = 4


@dataclass(slots=True)
class Mention:
    """A participant-shaped phrase of a sentence.

    kind is ``person`` (a name, known or discovered), ``unnamed`` (a title with
    no name: ``hai Thượng nghị sĩ``) or ``org``.  Token indices are within the
    sentence; ``title`` is the title chain as written.
    """

    kind: str
    start: int
    end: int
    name: str = ""
    title: str = ""
    organization: str = ""
    side: str = ""
    person: PersonEntry | None = None
    org: OrganizationEntry | None = None
    count: int | None = None
    title_parts: list[str] = field(default_factory=list)
    discovered: bool = False

    def key(self) -> str:
        if self.person:
            return self.person.id
        if self.org:
            return "org:" + self.org.id
        return "new:" + name_key(self.name or self.title)


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str
    role: str = "cue"  # "session": a round's own session between the people named after it; "welcome": a guest
    # welcomed to their face (see _welcomed_visit)


@dataclass(slots=True)
class SentenceAnalysis:
    sentence: Sentence
    tokens: list[Token]
    folded: list[str]
    mentions: list[Mention]
    cues: list[Cue]
    clause_ends: list[int]
    futures: list[int]
    sidelines: list[int]
    places: list[tuple[int, int, str]]
    _dates: list | None = None
    rounds: list = field(default_factory=list)  # RoundMention, found once per sentence
    clause_starts: list[int] | None = None  # where its clauses begin, for summaries; found when first asked
    find: Callable[[PhraseIndex], list] = field(default=lambda index: [], repr=False)
    # the characters before each token ("" before the first), from tokenising: the scans ask for them again and again
    gaps: list[str] = field(default_factory=list, repr=False)

    @property
    def dates(self) -> list:
        """The sentence's date mentions, found once."""
        if self._dates is None:
            self._dates = find_dates(self.sentence.text)
        return self._dates

    def text_between(self, start: int, end: int) -> str:
        """Original text from token ``start`` to token ``end`` (exclusive)."""
        if start >= end:
            return ""
        base = self.sentence.start
        lo, hi = self.tokens[start].start - base, self.tokens[end - 1].end - base
        text = self.sentence.text
        piece = text[lo:hi]
        if "(" in piece and piece.count("(") > piece.count(")") and text[hi : hi + 1] == ")":
            return text[lo : hi + 1]  # keep "(USABC)" whole
        if "." in self.tokens[end - 1].text and text[hi : hi + 1] == ".":
            return text[lo : hi + 1]  # an abbreviation keeps its last period: "D.C."
        return piece

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``."""
        return self.gaps[i]


# The last word of a post or body of ours before the country's name: "Đại sứ", "Lãnh sự", "danh dự", "Thương vụ",
# "Đại sứ quán", "công ty", "doanh nghiệp"
_OUR_POST_BEFORE = frozenset(fold(w) for w in ("sứ", "sự", "dự", "vụ", "quán", "phủ", "hội", "nước", "trưởng", "lý", "đoàn",
                                               "ty", "nghiệp"))


def _of_a_company_here(a: SentenceAnalysis, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the only thing of ours a foreign-named person's title names is the bare country, after a company's
    name ("Chủ tịch Tập đoàn AES Việt Nam", "Tổng Giám đốc Boeing Việt Nam"): a US firm's arm here, not our side
    (not "Tổng Lãnh sự danh dự Việt Nam tại …", who serves us)."""
    chain = a.folded[start:end]
    ours = [(s, e) for s, e, side in gaz.side_index.find_all(chain) if side == "vn"]
    def brand(tok: Token) -> bool:  # "AES", "Boeing": a capitalised word no Vietnamese syllable spells
        return tok.text[:1].isupper() and tok.text.isascii() and tok.text.isalpha() and not SYLLABLE.match(tok.folded)

    # "Chủ tịch Hội Cựu chiến binh Việt Nam của Hoa Kỳ", "cố vấn của Chương trình Việt Nam tại Harvard": the country
    # in the name of a body of theirs; but "Đại sứ Việt Nam", "Lãnh sự danh dự Việt Nam tại Houston" serve us
    return bool(ours) and all(" ".join(chain[s:e]) in ("viet nam", "vn") and s > 0 and (
        brand(a.tokens[start + s - 1]) or chain[s - 1] not in _OUR_POST_BEFORE) for s, e in ours)


def _in_body_name(a: SentenceAnalysis, heads: set[int], titles: dict[int, int], lo: int, j: int) -> bool:
    """Whether token ``j`` goes on the name of a body begun past ``lo`` by a head noun ("Quỹ", "Tập đoàn") and
    described in lower-case words just before it, no title or stop standing between: "Quỹ Hỗ trợ phát triển giáo
    dục Sunny Mountain" (not "Tập đoàn Excelerate Energy Steven Kobos", a body and its head)."""
    # (not the "Bộ" of a title: "Quyền Bộ trưởng Quốc phòng Patrick Shanahan" is a post and a name)
    k = max((h for h in heads if lo < h < j and not any(s <= h < e for s, e in titles.items())), default=None)
    return (k is not None and not a.tokens[j - 1].is_capitalized
            and not any(t in titles or a.gaps[t].strip() for t in range(k + 1, j + 1)))


def side_of(text_folded: Sequence[str], gaz: Gazetteer, default: str, tokens: Sequence[Token] = ()) -> str:
    """The side a phrase belongs to: the first country or body it names decides.

    ``Đại sứ Việt Nam tại Hoa Kỳ`` names both; the first one named is the holder's.  Given the phrase's
    ``tokens``, a one-word name counts only as a name is written: "Bộ trưởng Lao động Hoa Kỳ" is not of Laos,
    "cố vấn pháp lý" not of France.
    """
    hits = gaz.side_index.find_all(text_folded)
    if tokens:
        hits = [h for h in hits if gaz.written_as_marker(text_folded, tokens, h[0], h[1])]
    # "Tổng giám đốc dự án của tập đoàn Trump Organization tại Việt Nam": where one works is not whose one is
    hits = [h for h in hits if not (h[0] > 0 and text_folded[h[0] - 1] in ("tai", "o"))]
    # "Đoàn công tác của Tổ chức … (Hoa Kỳ)": whose delegation is said after "của"
    hits = [h for h in hits if not (h[1] < len(text_folded) and text_folded[h[1]] == "cua"
                                    and text_folded[h[0]:h[1]] == ("doan", "cong", "tac"))] or hits
    # "đoàn công tác Đại sứ quán Hoa Kỳ": the body right after it, by its head noun, is whose delegation
    hits = [h for h in hits if not (tuple(text_folded[h[0]:h[1]]) == ("doan", "cong", "tac")
                                    and gaz.organization_head_index.match_at(text_folded, h[1]))] or hits
    return hits[0][2] if hits else default


def _is_initial(tokens: list[Token], text: str, base: int, i: int) -> bool:
    t = tokens[i]
    return len(t.text) == 1 and t.text.isupper() and text[t.end - base : t.end - base + 1] == "."


def _foreign_word(tok: Token) -> bool:
    """A capitalised word of a foreign name: "Greer", and "María", which no Vietnamese syllable spells."""
    w = tok.text.replace("’", "").replace("'", "")  # "O’Brien", "D'Amato"
    return len(w) >= 2 and w[0].isupper() and w.isalpha() and not w.isupper() and (
        w.isascii() or (not SYLLABLE.match(tok.folded) and tok.folded.isascii()))


# Words that cannot say what a company does: where it went, whose it is ("đoàn công tác | đến Washington").
_NOT_DESCRIPTIONS = frozenset({"den", "toi", "tai", "o", "tu", "voi", "cua", "va", "sang", "cho", "ve", "tren", "duoc",
                               "da", "se", "dang", "la", "thuoc", "nhu", "gom"})


def _described_brand(a: SentenceAnalysis, j: int, gaz: Gazetteer) -> bool:
    """Whether up to three words in lower case from token ``j`` say what a company does before its brand, a
    capitalised word no Vietnamese syllable spells and no place: "(tập đoàn) công nghệ Meta", "(hãng) dược phẩm
    Pfizer"."""
    for k in range(j, min(j + 4, len(a.tokens))):
        tok = a.tokens[k]
        if k > j and a.gaps[k] != " ":
            return False
        if tok.is_capitalized:
            return (k > j and tok.text.isalpha() and not tok.text.isupper() and not SYLLABLE.match(tok.folded)
                    and not gaz.place_index.match_at(a.folded, k))
        if tok.folded in _BREAK_WORDS or tok.folded in _NOT_DESCRIPTIONS:
            return False
    return False


def _not_name_at(a: SentenceAnalysis, i: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """The phrase of words that are no names starting at token ``i``; a word of one syllable as written, tones
    and all ("Đặng" is a family name, "Đảng" the Party)."""
    hit = gaz.not_name_index.match_at(a.folded, i)
    if hit and hit[0] == i + 1 and a.tokens[i].text.casefold() != hit[1].casefold():
        return None
    return hit


# The sentence's full stop kept on an abbreviation ending a title: "Tổng Lãnh sự Hoa Kỳ tại TP.HCM." (not "D.C.")
_STOP_AFTER_ABBREVIATION = re.compile(r"(?<=[A-ZĐ]{2})\.$")
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# A portfolio's name after a title, capitalised like a surname: "Bộ trưởng Kinh tế … Nhật Bản", "Bộ trưởng Khoa học …"
PORTFOLIO_WORDS = frozenset(tuple(fold(w).split()) for w in (
    "Khoa học", "Kinh tế", "Tài chính", "Ngoại giao", "Công an", "Y tế", "Giáo dục", "Nội vụ", "Tư pháp", "Xây dựng",
    "Quốc phòng", "Thông tin", "Văn hóa", "Lao động", "Nông nghiệp", "Kế hoạch", "Giao thông", "Tài nguyên",
    "Công nghiệp", "Thương mại", "Năng lượng", "Đầu tư", "Ngân hàng", "An ninh", "Môi trường", "Du lịch", "An toàn"))
_OUR_TOP_SEAT = re.compile(r"(?:pho )?(?:thu tuong|chu tich nuoc|tong bi thu|chu tich quoc hoi)")


def _our_seat(words: Sequence[str]) -> bool:
    """Whether folded words are one of our top seats alone ("thu tuong chinh phu" is the seat "thu tuong")."""
    return bool(_OUR_TOP_SEAT.fullmatch(" ".join(words).removesuffix(" chinh phu")))
_ACADEMIC = frozenset({"tien", "giao", "pho", "ts", "gs", "pgs", "gsts", "pgsts", "ths", "thac", "bac", "bs"})
_PLACE_WORD_BEFORE = frozenset({"tp", "thanh", "pho", "tinh", "bang", "quan", "huyen", "duong"})


def _post_then_name(a: SentenceAnalysis) -> None:
    """ "Tham tán kinh tế Đại sứ quán Hoa Kỳ, bà Lynne Gadkowski": a post, then after a comma who holds it, with an
    honorific and no title of their own, is one person."""
    ms = a.mentions
    k = 0
    while k + 1 < len(ms):
        post, who = ms[k], ms[k + 1]
        # (the post's field between: "Trợ lý Đại diện Thương mại Hoa Kỳ phụ trách khu vực châu Á, bà X"; a dash for the
        # comma: "Đại sứ … Hoa Kỳ tại Việt Nam - ngài Ted Osius")
        field = a.folded[post.end:post.end + 2] == ("phu", "trach") and who.start - post.end <= 14
        if (post.kind == "unnamed" and post.count is None and who.kind == "person" and not who.title
                and (who.start == post.end + 1 or (field and who.start > post.end + 3))
                and a.gaps[who.start - 1].strip() in (",", "-", "–")
                and a.tokens[who.start - 1].text.casefold() in ("ông", "bà", "ngài") and who.side in (post.side, "us", "")):
            title = post.title if who.start == post.end + 1 else a.text_between(post.start, who.start - 1).rstrip(" ,-–")
            ms[k:k + 2] = [replace(who, start=post.start, title=title, title_parts=[title] if field else post.title_parts,
                                   side=who.side or post.side)]
        k += 1


def _leaders_of_named(folded: Sequence[str], k: int, mention_starts: set[int]) -> bool:
    """ "lần lượt tiếp lãnh đạo hai tập đoàn Hoa Kỳ", "tiếp Ban lãnh đạo Phòng Thương mại Hoa Kỳ": the leaders or
    representatives of a body named within a few words, after a one-word cue at token ``k``."""
    if tuple(folded[k:k + 3]) == ("ban", "lanh", "dao"):
        k += 1
    return tuple(folded[k:k + 2]) in (("lanh", "dao"), ("dai", "dien")) and any(
        j in mention_starts for j in range(k + 2, k + 6))  # ("lãnh đạo các tập đoàn Apple, Boeing")


def _longest_cues(hits: list[tuple[int, int, str]], folded: list[str], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Each cue found leftmost runs as far as a longer one that begins inside it: "đã gặp" + "gặp mặt" is "đã gặp
    mặt", "đã tiếp" + "tiếp xã giao" is "đã tiếp xã giao", "có buổi gặp" + "buổi gặp gỡ" is "có buổi gặp gỡ"."""
    out = []
    for s, e, k in hits:
        for inner in range(s + 1, e):
            if (longer := gaz.cue_index.match_at(folded, inner)) and longer[0] > e:
                e, k = longer
        out.append((s, e, k))
    return out


def _named_after_state_word(a: SentenceAnalysis, i: int, gaz: Gazetteer) -> bool:
    """ "do Thượng nghị sĩ bang Dave Min dẫn đầu": two foreign words after "bang" that are no state, then a word of the
    clause, name a man (a comma after them may start an appositive of somebody else's titles, so not then, unless the
    lexicon knows no state by them and another title follows: "Thống đốc bang Kim Reynolds, Hạ nghị sĩ Zach Nunn")."""
    toks, n = a.tokens, len(a.tokens)
    text, base = a.sentence.text, a.sentence.start
    j, words = i, 0
    while j < n and j - i < 5:  # "bang Jon G. Burns": a middle initial too
        if j > i and a.gaps[j] not in (" ", ". "):
            break
        if _foreign_word(toks[j]):
            words += 1
        elif not _is_initial(toks, text, base, j):
            break
        j += 1
    return words >= 2 and (j == n or a.gaps[j].strip() in (".", ";")
                           or (not toks[j].is_capitalized and a.gaps[j] == " ")
                           or (a.gaps[j].strip() == "," and not gaz.place_index.match_at(a.folded, i)
                               # (or the next thing done: "cuộc gặp với Thống đốc Bang Jay Inslee, làm việc với …")
                               and (gaz.title_index.match_at(a.folded, j) is not None
                                    or (not toks[j].is_capitalized and gaz.cue_index.match_at(a.folded, j) is not None))))


_PAIRED_COUNTRIES = (("hoa", "ki"), ("viet", "nam"), ("mi",), ("asean",))


def _second_country(folded: list[str] | tuple[str, ...], i: int) -> int:
    """The length of the country named at token ``i`` when another ends just before it, else 0: "Hội Hữu nghị Việt
    Nam - Hoa Kỳ", "Hội đồng Kinh doanh Hoa Kỳ - ASEAN" are each one body's name."""
    if not any(tuple(folded[max(0, i - len(c)):i]) == c for c in _PAIRED_COUNTRIES):
        return 0
    return next((len(c) for c in _PAIRED_COUNTRIES if tuple(folded[i:i + len(c)]) == c), 0)


def _place_written(a: SentenceAnalysis, i: int, gaz: Gazetteer) -> int | None:
    """The end of the known place written at token ``i``, tones and all: "Nam Định" is a province, "Việt Nam Đinh
    Thị Hoa" a country and a name."""
    hit = gaz.place_index.match_at(a.folded, i)
    return hit[0] if hit and as_written(a.text_between(i, hit[0])) == as_written(hit[1]) else None


def _discover_name(a: SentenceAnalysis, i: int, gaz: Gazetteer) -> tuple[int, bool] | None:
    """End index and whether Vietnamese, for a name starting at token ``i``."""
    toks, folded = a.tokens, a.folded
    if not toks[i].is_capitalized:
        return None  # every name below opens with a capital; most words asked about are lower case
    n = len(toks)
    if _not_name_at(a, i, gaz):
        return None
    for back in (1, 2):  # "Việt Nam Marc E. Knapper": "Nam" ends "Việt Nam", it begins no name
        hit = _not_name_at(a, i - back, gaz) if i >= back else None
        if hit and hit[0] > i:
            return None
    # "tỉnh Đồng Nai", "thành phố Hồ Chí Minh" are places; "Chủ tịch UBND tỉnh Võ Tấn Đức" is a man
    after_place_word = i > 0 and folded[i - 1] in _PLACE_WORD_BEFORE and not (
        folded[i - 1] == "duong" and toks[i - 1].is_capitalized) and not (  # "Thái Bình Dương Michael DeSombre": no street
        folded[i - 1] == "quan" and toks[i - 1].text.casefold() != "quận")  # "Đại tá Hải quân Derek …": no district
    if after_place_word and gaz.place_index.match_at(folded, i):
        return None
    after_honorific = i > 0 and a.tokens[i - 1].text.casefold() in ("ông", "bà", "ngài")
    if (hit := _place_written(a, i, gaz)) and not after_honorific and (
            hit >= n or not toks[hit].is_capitalized or a.gaps[hit] != " "):
        return None  # "… cộng đồng người Việt tại khu vực Vịnh San Francisco": a place, no man (but "bà Virginia Smith")
    if hit and hit < n and toks[hit].is_capitalized and a.gaps[hit] == " " and not after_honorific:
        return None  # "Thị trưởng Los Angeles Karen Bass": the city ends the title, the name begins after it
    if i >= 1 and (hit := _place_written(a, i - 1, gaz)) and hit > i and toks[i - 1].is_capitalized:
        return None  # "tỉnh Quảng Ninh Nghiêm Xuân Cường", "bang Nam Carolina Henry McMaster": "Ninh" ends a place
    text, base = a.sentence.text, a.sentence.start
    if i > 0 and folded[i - 1] == "tai" and (gaz.place_index.match_at(folded, i) or _foreign_word(toks[i]) or (
            toks[i - 1].text.casefold() == "tại" and toks[i].is_capitalized)):
        # "Tổng Lãnh sự Việt Nam tại Houston Hoàng Thùy Dương", "… tại San Francisco", "Hội nghị … APEC tại Tô Châu": a
        # place (a name of ours right after "tại" is a city's: "Tô Châu" is Suzhou, nobody)
        return None
    if i + 1 < n and (country := gaz.side_index.match_at(folded, i + 1)) and country[1] == "us" and country[0] > i + 2 and (
            gaz.written_as_marker(folded, toks, i + 1, country[0])) and (
            country[0] == n or not toks[country[0]].is_capitalized or a.gaps[country[0]] != " "):
        return None  # "các thành viên Đoàn Hoa Kỳ": the delegation, no man of the family Đoàn (but "Đào Mỹ", a name)
    # ("Y" opens Ê Đê names, five words long: "Y Giang Gry Niê Knơng")
    ede = toks[i].text == "Y"
    if (toks[i].is_capitalized and toks[i].text.casefold() in gaz.lexicon.family_names
            and not (toks[i].text.isupper() and not ede)
            # "Ngày 23/9, Ông Henry Blake, …": the honorific written with a capital, then a foreign name
            and not (toks[i].text in ("Ông", "Bà") and i + 1 < n and _foreign_word(toks[i + 1]))
            # "hoan nghênh Đoàn Nghị sĩ lưỡng đảng", "Đoàn Đại biểu …": the delegation, no one named Đoàn
            and not (toks[i].text == "Đoàn" and (gaz.title_index.match_at(folded, i + 1) is not None
                                                  or folded[i + 1:i + 3] in (("dai", "bieu"), ("cong", "tac"))))):
        end = i + 1
        while end < n and end - i < _MAX_NAME + 2 * ede and toks[end].is_capitalized and a.gaps[end] == " ":
            if toks[end].text.isupper() and len(toks[end].text) > 1:
                break
            end += 1
        if (place_end := _place_written(a, i, gaz)) and place_end >= end:
            return None  # "Bí thư Tỉnh ủy Đồng Nai", "… Lâm Đồng": a province, not a man named Đồng or Lâm
        if end - i >= 2:  # (a known place was left out above: "tỉnh Hà Nam" is none, "UBND tỉnh Trần Minh" a man)
            return end, True
        return None
    if after_place_word and not (folded[i - 1] == "bang" and _named_after_state_word(a, i, gaz)):
        return None
    if any((hit := gaz.organization_head_index.match_at(folded, k)) and hit[0] == i
           # "Thượng viện Patrick Leahy": "viện" ends another word (not "(CEO) Tập đoàn Visa …", after a bracket)
           and not (k > 0 and toks[k - 1].is_capitalized and a.gaps[k] == " ")
           # "Quản trị viên Linda Ross": a one-syllable head as written ("viên" folds like "Viện")
           and not (hit[0] == k + 1 and as_written(toks[k].text) != as_written(hit[1]))
           for k in range(max(0, i - 4), i)):
        return None  # "Tập đoàn Westinghouse Electric", "Công ty Excelerate Energy": a body's name
    if gaz.organization_index.match_at(folded, i) and not gaz.person_index.match_at(folded, i):
        return None  # "Chủ tịch Boeing Global": a known body's name, not a man's
    if (_DOTTED_INITIALS.fullmatch(toks[i].text) or (  # "J.D. Vance"; "ông H. Lawrence Culp": an initial, then the names
            _is_initial(toks, a.sentence.text, a.sentence.start, i) and i > 0
            and toks[i - 1].text.casefold() in ("ông", "bà", "ngài")
            and ((i + 2 < n and _foreign_word(toks[i + 2]) and a.gaps[i + 2] == " ")
                 # "ông E. Knapper, Đại sứ …": the initial and the surname alone
                 or i + 2 == n or a.gaps[i + 2].strip() in (",", ";") or a.gaps[i + 2] in (" - ", " – ")))) and (
            i + 1 < n and a.gaps[i + 1] in (". ", ".") and _foreign_word(toks[i + 1])):
        end = i + 2  # "J.D. Vance", "H.R. McMaster": initials run together, then the surname
        while end < n and _foreign_word(toks[end]) and a.gaps[end] == " " and end - i <= _MAX_NAME:
            end += 1
        return end, False
    if _foreign_word(toks[i]):
        end = i + 1
        words = 1
        while end < n and end - i < _MAX_NAME + 1:
            gap = a.gaps[end]
            if _is_initial(toks, text, base, end) and (
                    gap == " " or (gap == ". " and _is_initial(toks, text, base, end - 1))):  # "Scott K. H. Bessent"
                end += 1
                continue
            if (gap.strip() in ("“", '"') and end + 1 < n and _foreign_word(toks[end]) and a.gaps[end + 1].strip() in ("”", '"')
                    and _foreign_word(toks[end + 1])):
                end += 1  # "María Victoria “Maví” Zingoni": a nickname in quotes inside the name
                continue
            if (_foreign_word(toks[end]) and (gap in (" ", "-", ". ", "” ", '" ') or (gap == "." and _is_initial(toks, text, base, end - 1)))
                    and not _not_name_at(a, end, gaz)):
                end += 1
                words += 1
                continue
            if gap == "-" and toks[end].text.isascii() and toks[end].text.isalpha() and toks[end].text.islower():
                end += 1  # "Park Jong-won", "Oh Se-hoon": a given name's second syllable
                continue
            break
        while end > i and _is_initial(toks, text, base, end - 1):
            end -= 1
        if words == 1 and end == i + 1 and toks[i].text[1:].islower() and not gaz.place_index.match_at(folded, end):
            # "Daniel Lộc Nguyễn": a Vietnamese-American name, its family name last (not "AmCham Hà Nội")
            k = end
            while k < n and k - i <= 3 and toks[k].is_capitalized and a.gaps[k] == " " and not toks[k].text.isupper():
                k += 1
                if toks[k - 1].text.casefold() in gaz.lexicon.family_names and not (
                        k < n and toks[k].is_capitalized and a.gaps[k] == " "):
                    return k, False
        if words >= 3 and any((hit := gaz.organization_head_index.match_at(folded, k)) and hit[0] < i
                              and all(toks[x].is_capitalized for x in range(hit[0], i)) for k in range(max(0, i - 5), i)):
            return None  # "Tập đoàn GE Vernova Scott Strazik": "Vernova" ends the body's name, the man's begins after
        if any((hit := gaz.organization_head_index.match_at(folded, k)) and hit[0] < i
               and toks[hit[0]].is_capitalized and i - hit[0] <= 4
               # "Bộ Chiến tranh Mỹ Elbridge A. Colby": a country ends the body's name, and so does a chamber:
               # "Ủy ban Đối ngoại Hạ viện Eliot Engel"
               and tuple(folded[i - 2:i]) not in (("hoa", "ki"), ("viet", "nam"), ("ha", "vien"), ("thuong", "vien"))
               and folded[i - 1] != "mi"
               and all(not _foreign_word(toks[x]) and a.gaps[x] == " " and (toks[x].is_capitalized or (
                   toks[x - 1].is_capitalized and folded[x] not in _BODY_BREAKS)) for x in range(hit[0], i))
               # (not after the body's acronym: "Tập đoàn AES Gustavo Pimenta" names its brand, then the man)
               and not any(toks[x].text.isupper() and len(toks[x].text) > 1 for x in range(hit[0], i))
               for k in range(max(0, i - 6), i)):
            return None  # "Tập đoàn Toàn cầu Hunter Douglas": the brand after the body's Vietnamese words
        if words >= 2:
            return end, False
    return None


_BODY_BREAKS = frozenset({"va", "cung", "voi", "ong", "ba", "ngai", "cua", "tai", "o", "la"}) | _BREAK_WORDS
_DELEGATION_WORDS = frozenset({"doan", "cong", "tac", "dai", "bieu", "phai", "cua", "lanh", "dao"})


def _delegation_of(folded: tuple[str, ...], start: int, mention_starts: set[int]) -> bool:
    """ "tiếp đoàn công tác của Cơ quan Hải quan …": a delegation's words, then whose it is."""
    k = start
    while k < len(folded) and k - start < 6 and folded[k] in _DELEGATION_WORDS:
        k += 1
    if k > start and folded[start] in ("doan", "phai", "lanh") and k in mention_starts:
        return True
    # "tiếp đoàn doanh nghiệp ngành năng lượng, hạ tầng của Hội đồng Kinh doanh …": what the delegation is, then whose
    return folded[start:start + 1] == ("doan",) and any(
        folded[j] == "cua" and j + 1 in mention_starts for j in range(start + 1, min(len(folded) - 1, start + 16)))


def _longer_phrase(folded: list[str], s: int, e: int, gaz: Gazetteer) -> bool:
    for index in (gaz.organization_head_index, gaz.place_index, gaz.organization_index):
        hit = index.match_at(folded, s)
        if hit and hit[0] > e:
            return True
    return False




# A meeting's noun, its time or place before whom it was with: "trong cuộc làm việc hôm 5-6 tại Washington với bà X",
# "trong buổi làm việc sáng nay với ông Y"
_MEETING_NOUNS = frozenset({("cuoc", "lam", "viec"), ("buoi", "lam", "viec"), ("phien", "lam", "viec"),
                            ("cuoc", "hoi", "dam"), ("buoi", "hoi", "dam"), ("cuoc", "gap"), ("buoi", "gap")})
# What the meeting was, said between it and whom: "được mong đợi", "lịch sử", "đầu tiên", "chính thức", "trực tiếp"
_BUILDINGS = frozenset({("nha", "trang"), ("phong", "bau"), ("dien", "capitol"), ("phu", "chu"), ("toa", "bach"),
                        # "Đại diện Thương mại Mỹ | tại Trụ sở Chính phủ ở Hà Nội", "… | tại Nhà Quốc hội"
                        ("tru", "so"), ("nha", "quoc")})
_SAID_OF_IT = frozenset({"duoc", "mong", "doi", "lich", "su", "dau", "tien", "chinh", "thuc", "truc", "tiep", "song",
                         "phuong", "quan", "trong"})
# (and "mới đây", "gần đây", "tuần trước": "trong buổi làm việc mới đây với Thứ trưởng …")
_TIME_BETWEEN = frozenset({"hom", "ngay", "sang", "chieu", "toi", "trua", "dem", "nay", "qua", "vao", "luc", "gio", "cung",
                           "moi", "gan", "day", "tuan", "truoc"})


# What a host does with a guest named first: "Với ông X, Chủ tịch GE Aerospace, Tổng Bí thư hoan nghênh …"
_TO_THE_GUEST = frozenset({"hoan", "de", "cho", "khang", "mong", "danh", "nhan", "bay", "chia", "trao", "thong", "ghi"})


def _addressed_first(a: SentenceAnalysis) -> list[Cue]:
    """ "Với ông X, <his posts>, <our host> hoan nghênh/đề nghị …": the host's words to a guest named first, a meeting
    told as "Tiếp ông X, …" is."""
    if a.folded[:1] != ("voi",) or any(c.start == 0 for c in a.cues):
        return []
    people = [m for m in a.mentions if m.kind in ("person", "unnamed")]
    if len(people) < 2 or people[0].start > 2 or people[0].side != "us" or people[1].side != "vn":
        return []
    host = people[1]
    if "," not in a.gaps[host.start] or host.end >= len(a.folded) or a.folded[host.end] not in _TO_THE_GUEST:
        return []
    return [Cue(0, 1, "in_person")]


def _welcomed_visit(a: SentenceAnalysis) -> list[Cue]:
    """ "Phó Thủ tướng X hoan nghênh đoàn doanh nghiệp USABC sang thăm, làm việc tại Việt Nam": welcoming a delegation's
    visit to its face, its reception."""
    folded, n = a.folded, len(a.tokens)
    if "nghenh" not in folded and "mung" not in folded:
        return []  # (most sentences welcome nobody)
    # (a man welcomed so only where the sentence stands at the reception, or opens with the welcome: "Tại cuộc tiếp,
    # Tổng Bí thư hoan nghênh ông X thăm Việt Nam …", "Hoan nghênh ông X sang thăm …, Thủ tướng Y đề nghị …"; told of
    # elsewhere, "hoan nghênh Tổng thống X sang thăm" may be a call's wish)
    framed = folded[:1] in (("tai",), ("trong",)) and folded[1:2] in (("cuoc",), ("buoi",))
    for k in range(n - 3):
        if folded[k:k + 2] not in _WELCOMES:
            continue
        j = k + 2  # the guest, past "khi", "được đón", "ngài": "bày tỏ vui mừng khi Đoàn công tác …", "chào mừng ngài …"
        while j < min(n - 1, k + 5) and folded[j] in _BEFORE_THE_GUEST:
            j += 1
        if not (folded[j] in ("doan", "phai") or framed or k == 0):
            continue
        guest = next((m for m in a.mentions if j <= m.start <= j + 3 and m.side == "us"), None)
        if guest is None:
            continue
        visit = any(t.text.casefold() == "thăm" for t in a.tokens[guest.end:guest.end + _VISIT_REACH])
        if k == 0:
            comma = next((j for j in range(3, n) if "," in a.gaps[j]), n)
            host = any(m.start >= comma and m.side == "vn" and m.kind in ("person", "unnamed") for m in a.mentions)
        else:
            # (the host's act: "bà X, Phó Chủ tịch UBND tỉnh | bày tỏ vui mừng khi …", a word of the post left over:
            # "…, TVTU, Phó Chủ tịch UBND | tỉnh bày tỏ …")
            at = k - 2 if folded[k - 2:k] == ("bay", "to") else k
            host = any(at - 1 <= m.end <= at and not a.gaps[at].strip() and m.side == "vn"
                       and m.kind in ("person", "unnamed") for m in a.mentions)
        if visit and host and not any(c.start <= k < c.end for c in a.cues):
            return [Cue(k, j, "in_person", "welcome")]  # (through "khi …": whom it names begins after)
    return []


_HANDOVER_REACH = 30  # words from "trao" to "cho": "trao chứng chỉ công nhận năng lực … (CAT1) của Cơ quan … (FAA) cho …"


def _handed_over(a: SentenceAnalysis) -> list[Cue]:
    """ "Chiều 15.2, Đại sứ Mỹ X đã trao chứng chỉ … cho Bộ trưởng Y": one of theirs handing something to one of ours in
    person, a meeting (not "trao đổi", an exchange, nor "trao tặng" at a ceremony of many)."""
    folded, n = a.folded, len(a.tokens)
    if "trao" not in folded or "cho" not in folded or a.futures:
        return []
    for k in range(1, n - 2):
        if folded[k] != "trao" or a.tokens[k].text.casefold() != "trao" or folded[k + 1] in ("doi", "tang"):
            continue
        giver = next((m for m in a.mentions if m.kind == "person" and m.side == "us"
                      and (m.end == k or (m.end == k - 1 and folded[k - 1] == "da"))), None)
        cho = next((j for j in range(k + 2, min(n - 1, k + _HANDOVER_REACH)) if folded[j] == "cho"
                    and not any(_stops(a.gaps[x]) for x in range(k + 1, j + 1))), None)
        if giver is not None and cho is not None and any(
                m.start == cho + 1 and m.side == "vn" and m.kind in ("person", "unnamed") for m in a.mentions):
            return [Cue(cho, cho + 1, "in_person")]
    return []


_DIALOGUE_REACH = 8  # words from "Đối thoại" to "giữa": "Đối thoại lao động Việt Nam - Hoa Kỳ năm 2014 giữa …"
_HELD_VERBS = frozenset({("dien", "ra"), ("duoc", "to"), ("khai", "mac"), ("da", "dien")})


def _named_dialogue(a: SentenceAnalysis) -> list[Cue]:
    """ "Đối thoại lao động 2014 giữa Bộ A và Bộ B diễn ra hôm nay (5/12), tại Hà Nội": a dialogue of the two sides'
    bodies told by its name, opening the sentence, as held (its heads are met through those who speak at it)."""
    folded, n = a.folded, len(a.tokens)
    if folded[:2] != ("doi", "thoai") or not a.tokens[0].is_capitalized or a.cues:
        return []
    between = next((k for k in range(2, min(n, 2 + _DIALOGUE_REACH)) if folded[k] == "giua"), None)
    if between is None or any(_stops(a.gaps[k]) for k in range(2, between + 1)):
        return []
    sides = {m.side for m in a.mentions if m.start > between}
    held = any(tuple(folded[k:k + 2]) in _HELD_VERBS for k in range(between, n - 1))
    return [Cue(0, between + 1, "in_person")] if {"vn", "us"} <= sides and held and not a.futures else []


# Welcoming a guest to their face: "hoan nghênh đoàn …", "chào mừng ngài Đại sứ …", "bày tỏ vui mừng khi Đoàn … đã tới thăm"
_WELCOMES = frozenset({("hoan", "nghenh"), ("chao", "mung"), ("vui", "mung")})
_BEFORE_THE_GUEST = frozenset({"khi", "duoc", "don", "chao", "tiep", "ngai"})
_VISIT_REACH = 10  # words after the guest to "thăm": "chào mừng … X | cùng các thành viên trong Đoàn đã đến thăm"


def _cue_told_with_its_time(a: SentenceAnalysis, cues: list[Cue]) -> list[Cue]:
    """Cues whose day, place or a word of what it was stands between the meeting's noun and "với" or "giữa" ("cuộc gặp
    được mong đợi giữa A và B", "cuộc hội đàm lịch sử với …")."""
    folded, n = a.folded, len(a.tokens)
    found: list[Cue] = []
    if "voi" not in folded and "giua" not in folded:
        return found  # (tested in C: most sentences)
    for k in range(n - 3):
        if folded[k] not in ("cuoc", "buoi", "phien") or any(c.start <= k < c.end for c in cues):
            continue
        j = k + 3 if tuple(folded[k:k + 3]) in _MEETING_NOUNS else k + 2 if tuple(folded[k:k + 2]) in _MEETING_NOUNS else 0
        if not j:
            continue
        timed = False
        if folded[j] == "cua" and j + 1 < n and a.tokens[j + 1].is_capitalized and (v := next(
                (x for x in range(j + 2, min(n, j + 12)) if folded[x] == "voi" or _stops(a.gaps[x])), None)) is not None \
                and folded[v] == "voi" and not _stops(a.gaps[v]):
            # "Cuộc làm việc của Thủ tướng X với cộng đồng doanh nghiệp Hoa Kỳ diễn ra …": whose, then with whom
            found.append(Cue(k, j, "in_person"))
            continue
        while j < n and j - k < 14 and folded[j] not in ("voi", "giua"):
            if folded[j].isdigit() or folded[j] in _TIME_BETWEEN or folded[j] in _SAID_OF_IT:
                timed = True
            elif folded[j] in ("tai", "o") and j + 1 < n and a.tokens[j + 1].is_capitalized:
                j += 1
                while j + 1 < n and a.tokens[j + 1].is_capitalized and a.gaps[j + 1] == " ":
                    j += 1
                timed = True
            else:
                break
            j += 1
        if timed and j < n and folded[j] in ("voi", "giua") and not any(c in a.gaps[j] for c in ";:"):
            found.append(Cue(k, j + 1, "in_person"))
    return found


def _foreign_surname(a: SentenceAnalysis, gaz: Gazetteer, e: int) -> bool:
    """A foreign surname alone at token ``e``, right after a post: after a name of ours and a comma, another man, the next
    clause's subject ("Chủ tịch UBND tỉnh Trần Minh Khoa, Đại sứ Hale đã thảo luận …"), no second post of ours."""
    toks = a.tokens
    return (e < len(toks) and _foreign_word(toks[e]) and not SYLLABLE.fullmatch(toks[e].text.casefold())
            and not gaz.organization_index.match_at(a.folded, e)
            and (e + 1 == len(toks) or not toks[e + 1].is_capitalized))


def _stops(gap: str) -> bool:
    """Whether punctuation between two tokens ends a phrase (a comma or a spaced dash included)."""
    if gap == " ":
        return False  # most gaps
    # a dash ends a phrase when spaced ("ông X - Thứ trưởng …"), not inside a name ("Coca-Cola", "Ortega-Price")
    return any(c in gap for c in ",;:.") or (gap.strip() in ("-", "–", "—") and gap != gap.strip())


# Words that never stand in a title: a time, a date, a verb of the clause ("Bộ trưởng diễn ra vào chiều …").
_NOT_IN_TITLE = frozenset({"sang", "chieu", "toi", "trua", "dem", "ngay", "hom", "vao", "luc", "rang", "truoc", "sau"})
_BODY_NOUNS = frozenset({"cuc", "vu", "ban", "bo", "vien", "so", "phong", "uy"})
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
# seats a Vietnamese name may hold on the US side, their country said in the title: "Hạ nghị sỹ bang Oregon X", "Tổng
# Lãnh sự Hoa Kỳ Trần Minh Đức" (not "Đại sứ Việt Nam tại Hoa Kỳ X", whose country is named first)
_US_SEATS = ("nghi si", "ha vien", "thuong vien", "bang ", "dai su", "lanh su", "tham tan", "dai bien")
# Verbs that end a post, the clause's: "do ông X, Chủ tịch … | dẫn đầu", "ông Y, Đại sứ Hoa Kỳ | đưa ra tại buổi …"
_LEAD_VERBS = frozenset({("dan", "dau"), ("dan", "dat"), ("chu", "tri"), ("lam", "truong"), ("dua", "ra")})
_CLAUSE_VERBS = frozenset({("dien", "ra"), ("tien", "hanh"), ("to", "chuc"), ("mo", "dau"), ("khai", "mac")})
# Posts in a firm, named right before the firm: "Phó chủ tịch Lockheed Martin", "Giám đốc điều hành Nvidia"
_FIRM_POSTS = frozenset(fold(p) for p in ("Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Giám đốc điều hành",
                                          "Tổng Giám đốc điều hành", "Phó Tổng Giám đốc", "Chủ tịch kiêm Giám đốc điều hành",
                                          "Phó Chủ tịch cấp cao", "Phó Chủ tịch điều hành", "Nhà sáng lập"))


_DELEGATION_REACH = 15  # words from "đoàn" to its country: "đoàn đại biểu 21 trường đại học danh tiếng hàng đầu của Hoa Kỳ"
_RECEIVED_BY = frozenset({"voi", "tiep", "don"})


def _described_delegation(a: SentenceAnalysis, covered: set[int]) -> None:
    """A US delegation received, told by what it is and no name: "có cuộc tiếp, làm việc với đoàn đại biểu 21 trường đại
    học hàng đầu của Hoa Kỳ", "tiếp đoàn 15 bệnh viện Mỹ". The words up to the country are who it was."""
    folded, tokens, n = a.folded, a.tokens, len(a.tokens)
    for k in range(1, n - 2):
        if folded[k] != "doan" or folded[k - 1] not in _RECEIVED_BY or k in covered or tokens[k].is_capitalized:
            continue
        for j in range(k + 1, min(n, k + _DELEGATION_REACH)):
            if _stops(a.gaps[j]) or any(c in a.gaps[j] for c in ",;("):
                break
            if j in covered:
                # "đoàn 15 | trường đại học Hoa Kỳ": the body described, found without the delegation it makes
                body = next((m for m in a.mentions if m.start == j and m.kind == "org" and not m.org
                             and not tokens[j].is_capitalized and folded[m.end - 1] in ("ki", "mi")
                             and m.side in ("us", "")), None)
                if body is not None:
                    a.mentions.remove(body)
                    a.mentions.append(Mention("org", k, body.end, name=a.text_between(k, body.end), side="us"))
                    covered.update(range(k, body.end))
                return
            country = 2 if folded[j:j + 2] == ("hoa", "ki") else 1 if folded[j] == "mi" else 0
            if country and tokens[j].is_capitalized and j > k + 1:
                a.mentions.append(Mention("org", k, j + country, name=a.text_between(k, j + country), side="us"))
                covered.update(range(k, j + country))
                return
            if tokens[j].is_capitalized:
                break  # a name: the delegation is whose it says, found with the bodies
    return


def _whose_post(a: SentenceAnalysis, titles: dict[int, int], app: int, j: int) -> int | None:
    """The title a post is held under, "của" before it, when token ``j`` follows it, its country alone between: "Đặc
    phái viên của | Tổng thống Hoa Kỳ | Joe Biden", "Cố vấn của Tổng thống | Mark Roe"."""
    for k in range(j - 1, app, -1):
        if _stops(a.gaps[k + 1]):
            return None
        if k in titles and a.folded[k - 1] == "cua" and titles[k] <= j and all(
                w in _ITS_COUNTRY for w in a.folded[titles[k]:j]):
            return k
    return None


# The country between a post and its holder's name: "Tổng thống Hoa Kỳ | Joe Biden"; anything else ("… về khí hậu John
# Kerry") makes the name the holder of the post before it
_ITS_COUNTRY = frozenset({"hoa", "ki", "mi"})


# Our provinces' and cities' seats: "Bí thư Tỉnh ủy", "Chủ tịch Ủy ban Nhân dân tỉnh", "Phó Chủ tịch UBND thành phố"
_LOCAL_SEATS = frozenset({("tinh", "uy"), ("thanh", "uy"), ("nhan", "dan"), ("ubnd", "tinh"), ("ubnd", "thanh"),
                          ("ubnd", "tp"), ("hdnd", "tinh")})

_ON_BEHALF_FILLERS = frozenset({"cac", "dong", "chi", "cho"})


def _on_behalf_of(folded: Sequence[str], s: int) -> bool:
    """Whether token ``s`` follows "thay mặt (cho) (các đồng chí)": the post of those spoken for, not of who speaks."""
    k = s
    while k > 0 and folded[k - 1] in _ON_BEHALF_FILLERS and s - k < 3:
        k -= 1
    return k > 1 and folded[k - 2:k] == ("thay", "mat")


def _firm_posts(words: Sequence[str]) -> bool:
    """Whether words are a firm's posts of one man: one, or several one after another or joined by "kiêm"
    ("Chủ tịch kiêm Tổng Giám đốc", "Chủ tịch, Tổng Giám đốc": the comma is not a word)."""
    if not words:
        return False
    ends = {0}
    for k in range(1, len(words) + 1):
        if any(" ".join(words[e:k]) in _FIRM_POSTS for e in ends if e < k):
            ends.add(k)
            if k < len(words) and words[k] == "kiem":
                ends.add(k + 1)
    return len(words) in ends


_COMPANIONS = frozenset({("cong", "su"), ("phu", "nhan"), ("cac", "thanh"), ("cac", "cong"),
                         # "ông X - Giám đốc Sở Ngoại vụ và một số sở, ban ngành", "… và đại diện các sở": others there
                         ("mot", "so"), ("dai", "dien"), ("lanh", "dao")})
# Where a post is held, after "tại": "Tổng Lãnh sự Hoa Kỳ tại thành phố Hồ Chí Minh" (not where they met)
_POSTED_IN = frozenset({"thanh", "tinh", "bang", "thu", "tp", "khu", "vung"})
_DAY_WORDS = frozenset({"ngay", "hom", "sang", "chieu", "toi", "trua", "dem"})  # "chiều tối 5-3", "ngày 22/7"
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})  # a name's suffix, its stop no end of the sentence
_TIME_AFTER_COMMA = frozenset({"sang", "chieu", "toi", "trua", "dem", "ngay", "hom", "vao", "luc", "tai", "o", "rang",
                               "trong", "khi", "nhung", "con", "dong",
                               "thoi", "gan", "hien", "tuan", "thang"})  # "Theo Thứ trưởng, thời gian qua, Bộ trưởng X …"


def analyse(sentence: Sentence, gaz: Gazetteer) -> SentenceAnalysis:
    """Find the mentions, cues and markers of one sentence."""
    tokens, gaps = tokenize_with_gaps(sentence.text, sentence.start)
    folded = tuple([t.folded for t in tokens])  # a tuple: every index scan below uses it as is
    n = len(tokens)
    a = SentenceAnalysis(sentence, tokens, folded, [], [], [], [], [], [], gaps=gaps)

    starts = gaz.starts(folded)
    # a photo credit closing a caption names who took the photo, not who met whom
    credit_at = _credit_in(sentence.text)
    credit = n if credit_at is None else next(
        (k for k, t in enumerate(tokens) if t.start - sentence.start >= credit_at.start()), n)

    found_by: dict[PhraseIndex, list] = {}

    def find(index):
        """Every phrase of ``index`` in the sentence, found once however many steps ask."""
        hits = found_by.get(index)
        if hits is None:
            positions = starts.get(index)  # most indexes have no phrase beginning in a sentence
            hits = found_by[index] = index.find_all(folded, positions) if positions else []
        return hits

    a.find = find
    if "hop" in folded:  # as written: "phối hợp với" is no "họp với", a meeting
        found_by[gaz.cue_index] = [h for h in find(gaz.cue_index)
                                   if not (folded[h[0]] == "hop" and tokens[h[0]].text.casefold() != "họp")]
    for s, e, _ in find(gaz.place_index):
        for k in range(s + 1, e):
            if gaps[k].strip() in ("-", "–", "—"):
                gaps[k] = " "  # "Bí thư Tỉnh ủy Thừa Thiên – Huế Lê Văn An": the province's one name, read as if spaced
    for k in range(1, n):
        if gaps[k].strip() in ("-", "–", "—") and folded[k - 1] in ("viet", "nam", "mi", "ki") and (
                folded[k] in ("viet", "mi", "hoa") and tokens[k].is_capitalized and tokens[k - 1].is_capitalized):
            gaps[k] = " "  # "Chủ tịch Hội Việt - Mỹ Trần Văn An", "quan hệ Việt Nam - Hoa Kỳ": the two countries, one phrase
    known = {s: (e, p) for s, e, p in find(gaz.person_index)}
    head_ends = {e for _, e, _ in find(gaz.organization_head_index)} | {e for _, e, _ in find(gaz.place_head_index)}
    # a title is written in one piece: "viện, trường" is no "Viện trưởng"
    def whole(s: int, e: int, t: str) -> bool:
        return all(gaps[k] == " " for k in range(s + 1, e)) and (
            t not in gaz.lexicon.titles_as_written or as_written(a.text_between(s, e)) == as_written(t))

    raw_titles = []
    for s, e, t in find(gaz.title_index):
        while not whole(s, e, t):
            # "… UBND thành phố, Chủ tịch UBND …": not "Phó Chủ tịch" across the comma, but the title after it
            hit = next(((k, h) for k in range(s + 1, e) if (h := gaz.title_index.match_at(folded, k))), None)
            if hit is None:
                break
            s, (e, t) = hit
        else:
            raw_titles.append((s, e, t))
    cue_hits = find(gaz.cue_index)
    cue_ends = {e for _, e, _ in cue_hits}
    cue_heads = {s for s, _, _ in cue_hits}
    # "Phó Trợ lý Đại diện Thương mại", "Quyền Bộ trưởng": a prefix makes another title of the one after it
    # "bà X, tân Tổng Lãnh sự …": the newly appointed one holds the title all the same
    # (as written: "Daniel Loc Nguyen, Hạ nghị sĩ …" is no "Nguyên" before the title, a former one)
    raw_titles = [(s - 1, e, t) if s > 0 and ((folded[s - 1] in gaz.title_prefixes and tokens[s - 1].is_capitalized
                                               and any(as_written(tokens[s - 1].text) == as_written(p)
                                                       for p in gaz.lexicon.title_prefixes))
                                              or tokens[s - 1].text in ("tân", "nguyên", "cựu"))
                  else (s, e, t) for s, e, t in raw_titles]
    any_title = {s: e for s, e, _ in raw_titles}  # (and those below leave out: "của Tổng thống Hoa Kỳ X", whose post)
    titles = {
        s: e for s, e, _ in raw_titles
        if not _longer_phrase(folded, s, e, gaz)  # "Đại sứ quán" is a place, not the title "Đại sứ"
        and not (s > 0 and tokens[s - 1].text == "Phủ")  # "tại Phủ Chủ tịch": the palace, nobody's post
        and not _on_behalf_of(folded, s)  # "Thay mặt lãnh đạo tỉnh, bà X, Phó Chủ tịch …": whom she spoke for
        # "cấp Bộ trưởng", "Đặc phái viên của Thủ tướng"; but "cuộc điện đàm của Tổng Bí thư Tô Lâm" names him,
        # and "Cuộc điện đàm của Bộ trưởng Công Thương với Trưởng đại diện thương mại Mỹ" is theirs
        # "Hội nghị Bộ trưởng Thương mại APEC", "Diễn đàn Bộ trưởng …": a meeting of ministers, not one of them named
        and not (s > 1 and tuple(folded[s - 2:s]) in _EVENT_PAIRS and tokens[s - 2].is_capitalized and gaps[s] == " ")
        # ("phiên Bộ trưởng ngày 10/11": the ministers' session, no minister named)
        and not (s > 0 and folded[s - 1] in ("cap", "cua", "thuoc", "phien")
                 and not (folded[s - 1] not in ("cap", "phien") and e < n and (e in known or _discover_name(a, e, gaz)))
                 and not (folded[s - 1] == "cua" and s - 1 in cue_ends)
                 # "thông điệp của Tổng Bí thư trong cuộc điện đàm với …": whose the meeting was
                 and not (folded[s - 1] == "cua" and e + 1 < n and folded[e] in ("trong", "tai")
                          and (e + 1 in cue_heads or e + 2 in cue_heads)))
        and not (s in head_ends and tokens[s].is_capitalized and s > 0  # "Văn phòng Đại diện …" is a body, not a title
                 and sentence.text[tokens[s - 1].end - sentence.start : tokens[s].start - sentence.start] == " "
                 # but "văn phòng Hạ nghị sĩ Young Kim" is the office of the man named
                 and not (e < n and (e in known or _discover_name(a, e, gaz))))
    }
    honorifics = find(gaz.honorific_index)
    honorific_ends = {e for _, e, _ in honorifics}
    honorific_starts = {s for s, _, _ in honorifics}
    cues = [Cue(s, e, k) for s, e, k in _longest_cues(find(gaz.cue_index), folded, gaz)
            # ("những điều ông X đã nói với bà Y": what had been said, recalled inside another clause, not a meeting told)
            if not (folded[s:e] == ("da", "noi", "voi") and "dieu" in folded[max(0, s - 5):s])]
    cues += _cue_told_with_its_time(a, cues)
    cue_starts = {c.start for c in cues}
    covered: set[int] = set()
    pending: list[tuple[int, int]] = []  # title spans waiting for their name

    head_starts = {s for s, _, _ in find(gaz.organization_head_index)}

    def breaks(j: int) -> bool:
        """A word that ends a phrase ("đã", "đang"), unless capitalised: "Đặng" is a name, not "đang";
        nor "có" when it opens a body's name ("cơ quan")."""
        if tokens[j].text == "sang":
            return True  # "nhân dịp Thủ tướng | sang Mỹ dự …": going there, not more of the title (not "sáng lập")
        if tokens[j].text == "tham" and folded[j + 1:j + 2] in (("du",), ("gia",)):
            return True  # "bà B, Tổng Lãnh sự Hoa Kỳ tại TP.HCM | tham dự buổi làm việc": attending, not the post
        return (folded[j] in _BREAK_WORDS and not tokens[j].is_capitalized and j not in head_starts and j not in titles
                and as_written(tokens[j].text) in _BREAK_WRITTEN
                # "phụ trách các vấn đề …": the "đề" of a matter goes on with the title ("đề nghị" does not)
                and not (folded[j] == "de" and j > 0 and folded[j - 1] == "van"))

    def starts_something(j: int) -> bool:
        return j in titles or j in known or j in honorific_starts or j in cue_starts

    def ends_phrase(j: int) -> bool:
        """Whether token ``j`` no longer belongs to the phrase before it."""
        if starts_something(j) or breaks(j):
            return True
        if (end := gaz.clause_end_index.match_at(folded, j)) and not (
                end[0] == j + 1 and as_written(tokens[j].text) != as_written(end[1])):
            return True  # a word of one syllable as written: "vấn đề" folds like "để" (in order to)
        if j >= credit:
            return True  # "(Ảnh: Thương vụ Việt Nam tại Mỹ)" is nobody's title
        return folded[j] in _JOINERS and j + 1 < n and starts_something(j + 1)

    def where_next(j: int) -> bool:
        """ "Đại sứ | tại trụ sở UBND tỉnh", "Tổng thống Hoa Kỳ | tại Nhà Trắng": where they met begins, not more of
        the post (a building no post is in, unlike "Đại sứ Hoa Kỳ tại Việt Nam")."""
        return folded[j] in ("tai", "o") and j + 1 < n and (
            (not tokens[j + 1].is_capitalized and gaz.place_head_index.match_at(folded, j + 1) is not None)
            or folded[j + 1:j + 3] in _BUILDINGS)

    def org_word_ahead(j: int) -> bool:
        """Whether token ``j`` continues an organisation name: capitalised, or a few
        lower-case words before a capitalised one ("Ủy ban thuế vụ Hạ viện")."""
        if folded[j] in _JOINERS and j + 1 < n and not tokens[j + 1].is_capitalized:
            return False  # "Thị trưởng thành phố Dover | và thăm Câu lạc bộ …": the next thing done, not more of the body
        for k in range(j, min(j + 4, n)):
            if k > j and (_stops(gaps[k]) or ends_phrase(k)):
                return False
            if tokens[k].is_capitalized:
                return True
        return False

    def plural(chain: list[tuple[int, int]]) -> bool:
        if not chain or chain[0][0] == 0:
            return False
        before = chain[0][0] - 1
        return folded[before] in ("cac", "nhung") or tokens[before].text.casefold() in _COUNT_SPELLINGS

    def flush(upto: int | None = None) -> None:
        """A title chain that met no name: a person named only by title (up to ``upto`` when the caller knows where
        the next one begins)."""
        nonlocal pending
        if not pending:
            return
        start = pending[0][0]
        j = upto if upto is not None else pending[-1][1]
        while upto is None and j < n and not _stops(gaps[j]) and not ends_phrase(j) and not where_next(j) and not (
                # "gặp Tổng Bí thư | tại Washington năm 2015": no seat of ours is held somewhere, it was where they met
                folded[j] in ("tai", "o") and _our_seat(folded[start:j])):
            org_hit = gaz.organization_index.match_at(folded, j)
            if org_hit:
                j = org_hit[0]  # a known body, whatever its capitals: "Ủy ban thuế vụ Hạ viện"
            elif org_word_ahead(j):
                j += 1  # the organisation words after the last title
            else:
                break
        # (capitalised too before a firm in lower case: "tiếp Lãnh đạo tập đoàn Exxon Mobil", a caption)
        firm_next = folded[pending[-1][1]:pending[-1][1] + 2] in (("tap", "doan"), ("cong", "ty")) and not (
            pending[-1][1] < n and tokens[pending[-1][1]].is_capitalized)
        if (not tokens[start].is_capitalized or start == 0 or firm_next) and folded[start] in _GENERIC_TITLES:
            # "đại diện CBP", "lãnh đạo Tập đoàn Boeing": the body is who was there; a bare "lãnh đạo" is nobody;
            # "lãnh đạo AES Corporation và GE Vernova": companies by their own names
            k = pending[-1][1]
            pending = []
            city = k < n and tokens[k].text.startswith("TP.") and len(tokens[k].text) > 3  # "lãnh đạo TP.Huế", one word
            if city or k + 1 < n and (
                    (folded[k] == "tinh" or folded[k:k + 2] == ("thanh", "pho")) and not tokens[k].is_capitalized
                    or tokens[k].text == "TP" and gaps[k + 1] in (" ", ". ")):  # "lãnh đạo TP. Huế"
                # "làm việc với lãnh đạo tỉnh Long An": the province's leaders, ours, by its name
                e = k + (2 if folded[k:k + 2] == ("thanh", "pho") else 1)
                if city or e < n and tokens[e].is_capitalized and gaps[e] in (" ", ". "):
                    while e < n and tokens[e].is_capitalized and (gaps[e] == " " or e == k + 1):
                        e += 1
                    name = a.text_between(start, e)  # (not the sentence's stop after "TP.Huế")
                    a.mentions.append(Mention("org", start, e, name=name.removesuffix(".") if city else name, side="vn"))
                    covered.update(range(start, e))
                    return
            while k < n and tokens[k].text[:1].isupper() and tokens[k].text.isascii() and k not in covered \
                    and k not in known and k not in titles and not gaz.organization_index.match_at(folded, k) \
                    and not gaz.organization_head_index.match_at(folded, k) \
                    and " ".join(folded[k:k + 2]) not in COUNTRY_NAMES:  # "… nghị sĩ Hoa Kỳ": the country, no body
                e = k + 1
                while e < n and tokens[e].text[:1].isupper() and tokens[e].text.isascii() and gaps[e] == " ":
                    e += 1
                marker = gaz.side_index.match_at(folded, k)  # "lãnh đạo UNICEF và UNDP": the UN's, not theirs
                a.mentions.append(Mention("org", k, e, name=a.text_between(k, e),
                                          side="other" if marker and marker[1] == "other" else "us"))
                covered.update(range(k, e))
                if e + 1 < n and folded[e] == "va" and tokens[e + 1].text[:1].isupper() and tokens[e + 1].text.isascii():
                    k = e + 1
                    continue
                break
            return
        # "hai Thượng nghị sĩ": a number written as one ("Việt Nam" folds to the "năm" of five)
        count = (_COUNT_WORDS.get(folded[start - 1])
                 if start > 0 and tokens[start - 1].text.casefold() in _COUNT_SPELLINGS else None)
        if start > 0 and folded[start - 1] in ("doan", "cac", "nhung") and (
                folded[start - 1] == "doan" or not tokens[start - 1].is_capitalized):
            count = ALL  # "đoàn Thượng nghị sĩ Hoa Kỳ": every senator the article names
        if tuple(folded[max(0, start - 2):start]) == ("mot", "so") or (start > 0 and folded[start - 1] == "nhieu"):
            count = ALL  # "X và một số Nghị sỹ Hoa Kỳ": those the article names, if any
        bounds = [s for s, _ in pending] + [j]
        parts = [a.text_between(bounds[k], bounds[k + 1]).rstrip(" ,") for k in range(len(pending))]
        sides = [side_of(folded[bounds[k]:bounds[k + 1]], gaz, "", tokens[bounds[k]:bounds[k + 1]])
                 for k in range(len(pending))] if len(pending) > 1 else []
        if len(parts) > 1 and all(_OUR_TOP_SEAT.fullmatch(fold(p)) or fold(p) == "thu tuong chinh phu" for p in parts):
            # "với Chủ tịch Nước, Thủ tướng Chính phủ và …": our leaders by their seats, one person each
            for k, part in enumerate(parts):
                a.mentions.append(Mention("unnamed", bounds[k], bounds[k + 1], title=part, title_parts=[part], side="vn"))
        elif count is None and all(sides) and len(set(sides)) > 1 and all(
                gaps[b].strip() in (",", ";") or folded[b - 1] == "va" for b in bounds[1:-1]):
            # "với Bộ trưởng Bộ Giáo dục Hoa Kỳ, Giám đốc giáo dục toàn cầu của Ngân hàng Thế giới (WB), …": posts of
            # different countries or bodies listed, one person each
            for k, part in enumerate(parts):
                part = re.sub(r"\s+và$", "", part)
                a.mentions.append(Mention("unnamed", bounds[k], bounds[k + 1], title=part, title_parts=[part], side=sides[k]))
        elif (count is None and len(parts) > 1 and gaps[bounds[-2]].strip() == ","
              and _OUR_TOP_SEAT.fullmatch(fold(parts[-1])) and not _OUR_TOP_SEAT.fullmatch(fold(parts[0]))):
            # "Tiếp Chủ tịch Tập đoàn Oracle, | Thủ tướng bày tỏ …": the guest by a post, then our top seat, the subject
            b = bounds[-2]
            front = a.text_between(start, b).rstrip(" ,")
            a.mentions.append(Mention("unnamed", start, b, title=front, title_parts=parts[:-1],
                                      side=side_of(folded[start:b], gaz, "", tokens[start:b])))
            a.mentions.append(Mention("unnamed", b, j, title=parts[-1], title_parts=parts[-1:], side="vn"))
        else:
            side = side_of(folded[start:j], gaz, "", tokens[start:j])
            if not side and (_our_seat(folded[start:j]) or _LOCAL_SEATS & set(pairwise(folded[start:j + 1]))):
                side = "vn"  # "Thủ tướng Chính phủ", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh": ours by the seat
            a.mentions.append(
                Mention("unnamed", start, j, title=a.text_between(start, j).rstrip(" ,"), count=count,
                        title_parts=parts, side=side)
            )
        covered.update(range(start, j))
        pending = []

    # with no title waiting for its name, only a known name, a title or the word after an honorific starts anything
    openers = known.keys() | titles.keys() | honorific_ends
    # "…; Lê Hoài Trung, Bí thư Trung ương Đảng; …": a name of ours before its title, in a list
    family_names = gaz.lexicon.family_names
    listable = {k for k, gap in enumerate(gaps) if gap != " " and gap.strip() in (",", ";", ":")
                and tokens[k].is_capitalized and tokens[k].text.casefold() in family_names}  # (the first gap is "")
    # the loop leaps over the words between them while no title waits
    leaps = sorted(openers | listable)
    i = 0
    while i < n:
        listed = None
        if i >= credit > 0:
            break  # "… và các thành viên đoàn. (Ảnh: Lâm Khánh/TTXVN)": who took the photo, nobody's name
        if not pending and i not in openers:
            if i not in listable:
                k = bisect_right(leaps, i)
                i = leaps[k] if k < len(leaps) else n
                continue
            listed = _discover_name(a, i, gaz)
            if not (listed and listed[1] and listed[0] - i >= 3 and listed[0] < n
                    and gaps[listed[0]].strip() == "," and listed[0] in titles):
                i += 1
                continue
        name_end: int | None = None
        entry: PersonEntry | None = None
        vietnamese = False
        if listed:
            name_end, vietnamese = listed
        if pending and plural(pending) and (i in titles or i in known) and gaps[i].strip() == ",":
            flush()  # "hai Thượng nghị sĩ, Bộ trưởng Nguyễn Hồng Diên": two chains, not one
        if (pending and gaps[i].strip() == "," and i in honorific_starts and i + 1 < n and _foreign_word(tokens[i + 1])
                and _OUR_TOP_SEAT.fullmatch(" ".join(folded[pending[0][0]:pending[-1][1]]))):
            flush()  # "Chia sẻ với Thủ tướng, ông Adam Sitkoff, …": our leader, then another man
        if (pending and gaps[i].strip() == "," and i in titles and folded[0] in ("tai", "trong") and pending[0][0] <= 4
                and titles[i] < n and _foreign_word(tokens[titles[i]])
                and _OUR_TOP_SEAT.fullmatch(" ".join(folded[pending[0][0]:pending[-1][1]]))):
            flush()  # "Tại cuộc gặp Chủ tịch nước, Ngoại trưởng John Kerry …": whom the guest met, then the guest
        if (pending and gaps[i].strip() == "," and i in titles and pending[0][0] >= 3
                and _our_seat(folded[pending[0][0]:pending[-1][1]])
                and not _our_seat(folded[i:titles[i]])
                and any(folded[k] in ("trong", "tai") and folded[k + 1] in ("cuoc", "buoi")
                        for k in range(max(0, pending[0][0] - 5), pending[0][0] - 1))):
            flush()  # "…, trong cuộc tiếp kiến Thủ tướng Chính phủ, Chủ tịch tập đoàn Intel X đã …": the same, mid-sentence
        if pending and i in honorific_starts and any(
                not tokens[k].is_capitalized and folded[k] not in _TITLE_CONNECTORS and folded[k] not in _PLACE_IN_TITLE
                for k in range(pending[-1][1], i)) and not (
                # "Giám đốc Học viện Chính trị Quốc gia, Tiến sĩ Nguyễn Xuân Thắng": the title, then the scholar's name
                gaps[i].strip() == "," and folded[i] in _ACADEMIC and not any(
                    k in cue_starts or breaks(k) for k in range(pending[-1][1], i))):
            # "Chủ tịch UBND TPHCM chúc mừng bà Melissa Brown": a verb stands between the title and "bà"
            flush()
        if (pending and name_end is None and "(" in gaps[i] and i not in known
                and (close := next((k for k in range(i + 1, min(n, i + 8)) if ")" in gaps[k]), None)) is not None
                and gaps[close].strip() == ")" and _foreign_word(tokens[close])
                and (named := _discover_name(a, close, gaz)) is not None and not named[1]):
            # "Chủ tịch Hội đồng Thương mại Đại Tây Dương (Atlantic Trade Council) Mark Fenwick": the body's name in
            # English, then the man's
            i = close
            continue
        if name_end is not None:
            pass
        elif i in known:
            name_end, entry = known[i]
        elif i not in titles and (pending or i in honorific_ends):
            # "đại diện Coca-Cola", "lãnh đạo Boeing": after a generic title, a body's name, not a person's
            if (i not in honorific_ends and firms_word_before(folded, i - 1) and _foreign_word(tokens[i])
                    and gaz.side_index.match_at(folded, i) is None):  # ("các tập đoàn Hoa Kỳ": whose, not which)
                # "đại diện các định chế tài chính Morgan Stanley, Goldman Sachs và …": the firms, no man
                if pending and folded[pending[0][0]:pending[0][1]] in GENERIC_PAIRS:
                    pending = []
                i = _firms_from(a, gaz, i, side_of(list(folded[max(0, i - 8):i]), gaz, "us"), covered)
                continue
            generic = (pending and len(pending) == 1 and pending[0][1] == i and i not in honorific_ends
                       and folded[pending[0][0]:pending[0][1]] in GENERIC_PAIRS
                       and _foreign_word(tokens[i]))
            found = None if generic else _discover_name(a, i, gaz)
            if found:
                name_end, vietnamese = found
            elif (_foreign_word(tokens[i]) and not _not_name_at(a, i, gaz)
                  # "Bộ trưởng Khoa học và Công nghệ …", "Bộ trưởng Kinh tế … Nhật Bản": a ministry's name, not a man
                  # called Khoa or Kinh (after a title, a word of ours then another of ours in lower case)
                  and not gaz.organization_index.match_at(["bo", *folded[i:i + 8]], 0)
                  # "Chủ tịch AmCham tại Việt Nam": a known body after the title, whose chairman is not named
                  and not gaz.organization_index.match_at(folded, i) and not gaz.side_index.match_at(folded, i)
                  # "Thị trưởng Chicago (27-12-2012)": the city whose mayor he is, no man called Chicago
                  and not ((hit := gaz.place_index.match_at(folded, i)) is not None and hit[0] == i + 1
                           and (i + 1 == n or not tokens[i + 1].is_capitalized))
                  and tuple(folded[i:i + 2]) not in PORTFOLIO_WORDS
                  # "Thống đốc bang Iowa (Hoa Kỳ) Kim Reynolds": the state, not a surname
                  and not (i > 0 and folded[i - 1] == "bang" and not tokens[i - 1].is_capitalized)
                  # "… điều hành Boeing Commercial Airplanes Stephanie Pope": a run of names goes on, no surname alone
                  and not (i + 1 < n and tokens[i + 1].is_capitalized and gaps[i + 1] == " ")
                  # "Tổng thống Mỹ Trump": the country may stand between the title and the surname
                  and ((pending and (pending[-1][1] == i or tuple(folded[pending[-1][1]:i]) in (("mi",), ("hoa", "ki")))
                        # "đại diện SpaceX", "lãnh đạo Boeing": the body, not a man named SpaceX
                        and not (folded[pending[0][0]] in _GENERIC_TITLES
                                 and (not tokens[pending[0][0]].is_capitalized or pending[0][0] == 0)))
                       or i in honorific_ends)):
                # "Tổng thống Trump", "ông Greer": a surname alone, resolved by the gazetteer or the article
                name_end = i + 1
                entry = gaz.short_names.get(tokens[i].text.casefold())
            elif (i in honorific_ends and not pending and tokens[i].is_capitalized and not tokens[i].text.isascii()
                  and not tokens[i].text.isupper() and (i + 1 == n or not tokens[i + 1].is_capitalized)
                  and not _not_name_at(a, i, gaz)):
                # "ông Sơn", "bà Thắng": a Vietnamese given name alone, the article's full name ending with it
                name_end, vietnamese = i + 1, True
            elif (pending and pending[-1][1] == i and tokens[i].is_capitalized and not tokens[i].text.isupper()
                  and (i + 1 == n or not tokens[i + 1].is_capitalized)
                  and len(ours := [p for p in gaz.people if p.side == "vn" and tokens[i].text in p.short]) == 1
                  and not _not_name_at(a, i, gaz)):
                # "trong cuộc gặp Bộ trưởng Diên hôm trước": a known man of ours by his title and given name
                name_end, entry = i + 1, ours[0]
        if name_end is not None and pending and i - pending[-1][0] <= _MAX_CHAIN and \
                _whose_post(a, any_title, pending[-1][0], i) is not None:
            # "Đặc phái viên của Tổng thống Hoa Kỳ Joe Biden về biến đổi khí hậu, ông John Kerry": whose envoy, a name in
            # the post of someone not named yet
            flush(upto=name_end)
            i = name_end
            continue
        if name_end is not None:
            if pending and i - pending[-1][0] > _MAX_CHAIN:
                flush()
            chain_start = pending[0][0] if pending else i
            # "gồm các ông Adrian Smith, Jimmy Panetta và Darin LaHood": a plural honorific lists them all too
            many = plural(pending) or (not pending and i >= 2 and folded[i - 2] in ("cac", "nhung")
                                       and folded[i - 1] in ("ong", "ba", "ngai"))
            pending = []
            end = name_end
            title = _HONORIFIC_TAIL.sub("", a.text_between(chain_start, i).rstrip(" ,"))  # "Đại diện USSEC, ông X"
            app = end  # where an appositive may begin: after the name, or after its bracket
            if end < n and gaps[end].strip() == "(":
                # "Thượng nghị sĩ Steve Daines (Cộng hòa - bang Montana), thành viên Ủy ban Đối ngoại"
                k = end
                while k + 1 < n and ")" not in gaps[k + 1] and k - end < 12:
                    k += 1
                if k + 1 < n and gaps[k + 1].replace(")", "").strip() in (",", "-", "–", "—"):
                    app = k + 1
                elif end in titles and (k + 1 == n or ")" in gaps[k + 1]) and not any(
                        t in known or t in cue_starts for t in range(end, k + 1)):
                    # "bà Melissa A. Brown (Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh)": the title in the brackets
                    bracket = a.text_between(end, k + 1)
                    title = f"{title}, {bracket}" if title else bracket
                    end = app = k + 1
            # (past the stop of "Jr.": "ông Robert F. Kennedy Jr., Bộ trưởng Y tế …")
            app_gap = gaps[app][1:] if app < n and gaps[app].startswith(".") and tokens[app - 1].text in _SUFFIXES else (
                gaps[app] if app < n else "")
            ours = vietnamese or (entry is not None and entry.side == "vn")
            if (app < n and app_gap.replace(")", "").strip() in (",", "-", "–", "—") and app in titles
                    and not (ours and _foreign_surname(a, gaz, titles[app]))):
                # an appositive after the name: "Ted Cruz, Chủ tịch Ủy ban Thương mại Thượng viện"
                j = titles[app]
                joined = False
                went_on = None  # where a second post began after a comma: "…, Thống đốc bang Hawaii, | Ngoại trưởng …"
                while j < n and j - app < 30:
                    opened = a.text_between(app, j) + a.gaps[j]  # with the gap before j: "… điều hành (|CEO) của …"
                    bracketed = opened.count("(") > opened.count(")")
                    if (_foreign_word(tokens[j]) and gaps[j] == " " and j + 1 < n and tokens[j + 1].is_capitalized
                            and gaps[j + 1] == " "
                            and any((hit := gaz.side_index.match_at(folded, x)) and hit[0] == j and hit[1] == "other"
                                    and gaz.written_as_marker(folded, tokens, x, j) for x in range(max(app, j - 6), j))):
                        j = end  # "X, Phó chủ tịch Ngân hàng Thế giới Victoria Kwakwa": the next item, another's post
                        break
                    owned = folded[j - 1] in ("cua", "thuoc")  # "… Phát triển bền vững của Coca-Cola": a body
                    # "… kiêm Chủ tịch Quỹ Hỗ trợ phát triển giáo dục Sunny Mountain": the end of a body's name
                    owned = owned or (j not in known and _in_body_name(a, head_starts, titles, app, j)
                                      and (named := _discover_name(a, j, gaz)) is not None and not named[1])
                    # "bà Laura Kim, Phó chủ tịch Lockheed Martin": a firm's post of hers, the firm's name after it
                    # ("Chủ tịch kiêm Tổng Giám đốc Coca-Cola": his posts at the firm, then its name)
                    owned = owned or (j > app and not vietnamese and _firm_posts(folded[app:j]) and j not in known and (named := _discover_name(a, j, gaz)) is not None
                                      and not named[1])
                    if bracketed and j < credit and ")" in a.sentence.text[tokens[j].end - a.sentence.start:]:
                        j += 1  # "Tổng Giám đốc điều hành (CEO) của Tập đoàn Visa": the bracket is the title's own
                        continue
                    if (not bracketed and not _stops(gaps[j]) and _whose_post(a, any_title, app, j) is not None
                            and (named := (known[j][0] if j in known else None) or (
                                tokens[j].is_capitalized and (found := _discover_name(a, j, gaz)) and found[0]))):
                        # "ông John Kerry, Đặc phái viên của Tổng thống Hoa Kỳ Joe Biden về …": whose envoy he is, a
                        # name in his post, not a person met
                        j = named
                        continue
                    if not bracketed and not owned and not _stops(gaps[j]) and (
                            j in known or (tokens[j].is_capitalized and (nxt_name := _discover_name(a, j, gaz)))):
                        # "… Ron Vachris, Chủ tịch nước Lương Cường đánh giá …": the next person's title; "ông A, Thống đốc
                        # bang Hawaii, Ngoại trưởng Mỹ B": his post, then the next person's (a foreigner's, or his post
                        # says his country: not "Tiếp X, Ủy viên Trung ương Đảng, Bí thư Thành ủy Y", our man's posts)
                        split = went_on is not None and not ours and not any(
                            k in known or gaz.short_names.get(tokens[k].text.casefold()) for k in range(app, went_on)) and (
                            not (known[j][1].side == "vn" if j in known else nxt_name[1])
                            or any(w in _ITS_COUNTRY for w in folded[app:went_on]))
                        j = went_on if split else end
                        break
                    if gaps[j].strip() in ("-", "–", "—") and (j in known or (
                            tokens[j].is_capitalized and _discover_name(a, j, gaz))):
                        j = end  # "…, Đại sứ Hoa Kỳ tại Việt Nam - Marc Knapper, …": the next person's title
                        break
                    if gaps[j].strip() in ("-", "–") and tuple(folded[j:j + 3]) == ("thai", "binh", "duong"):
                        j += 3  # "Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương": one region
                        continue
                    if gaps[j].strip() in ("-", "–") and (width := _second_country(folded, j)):
                        j += width
                        continue  # "Chủ tịch Hội đồng Kinh doanh Hoa Kỳ - ASEAN": one body's name
                    if (folded[j] == "va" and gaps[j] == " " and j + 1 in titles and titles[j + 1] < n
                            # (not "… và lãnh đạo Công ty TNHH Ford Việt Nam": the firm's leaders, others)
                            and folded[j + 1:titles[j + 1]] not in GENERIC_PAIRS
                            and not any(k in known or (tokens[k].is_capitalized and _discover_name(a, k, gaz))
                                        for k in range(titles[j + 1], next((x for x in range(titles[j + 1] + 1, n)
                                                                            if _stops(gaps[x])), n)))):
                        j = titles[j + 1]  # "ông X, nhà sáng lập và Chủ tịch Tập đoàn Y": his two posts, one appositive
                        joined = True
                        continue
                    if _stops(gaps[j]) or ends_phrase(j):
                        # "X, Trợ lý Bộ trưởng Thương mại, Giám đốc Cơ quan …": another title goes on
                        # (not ", đại diện SpaceX khẳng định …": the next clause's subject)
                        if ((gaps[j].strip() == "," and (tokens[j].is_capitalized or folded[j] not in ("dai", "lanh")))
                                or folded[j - 1] == "kiem") and (
                                # (after "kiêm", his next post at a firm named next: "Chủ tịch kiêm Tổng Giám đốc Coca-Cola",
                                # or after a comma: "Chủ tịch, Tổng Giám đốc Coca-Cola")
                                j in titles and (not _discover_name(a, titles[j], gaz) or (
                                    not vietnamese and _firm_posts(folded[app:titles[j]])))) and not (
                                # "Chủ tịch UBND tỉnh Trần Minh Khoa, Đại sứ Hale đã …": a foreigner by his post and
                                # surname, the next clause's subject, no post of ours
                                ours and _foreign_surname(a, gaz, titles[j])) and not (
                                # "Tiếp ông Juan Rubiolo, Phó Chủ tịch … AES, | Tổng Bí thư, Chủ tịch nước hoan nghênh …":
                                # our top seat after a foreigner's titles is the next clause's subject
                                _OUR_TOP_SEAT.fullmatch(" ".join(folded[j:titles[j]]))
                                and any(not SYLLABLE.match(t.folded) for t in tokens[i:name_end])):
                            went_on = j if went_on is None and gaps[j].strip() == "," else went_on
                            j = titles[j]
                            continue
                        known_body = gaz.organization_index.match_at(folded, j)
                        head = gaz.organization_head_index.match_at(folded, j)
                        if (gaps[j].strip() == "," and tokens[j].is_capitalized and j > titles[app] and (head or known_body)
                                and not (known_body and known_body[1].side == "vn")):
                            # "Giám đốc cấp cao phụ trách khu vực châu Á, Hội đồng An ninh quốc gia Mỹ",
                            # "Chủ tịch Tiểu ban Thương mại, Quốc hội Hoa Kỳ": the body the title is in
                            j = known_body[0] if known_body else head[0]
                            continue
                        if gaps[j].strip() == "," and tokens[j].is_capitalized and j > titles[app] and (
                                stop := next((k for k in range(j + 1, min(n, j + 12)) if _stops(gaps[k])), None)) and (
                                "va" in folded[j:stop] and any(h in head_starts for h in range(titles[app], j))
                                and not any(k in titles or k in known or k in cue_starts or k in honorific_starts
                                            for k in range(j, stop))):
                            # "Bộ trưởng Bộ Kinh doanh, Phát triển kinh tế và Du lịch bang Hawaii": a ministry of
                            # several portfolios, one name
                            j = stop
                            continue
                        break
                    if j + 1 < n and (folded[j], folded[j + 1]) in _LEAD_VERBS:
                        break  # "do ông X, Chủ tịch … (SIA) dẫn đầu": the verb is the clause's, not the title's
                    if folded[j] in ("va", "cung") and (folded[j + 1:j + 2] == ("doan",) or folded[j + 1:j + 3] in _COMPANIONS):
                        break  # "…, Đại sứ Hoa Kỳ tại Việt Nam và cộng sự", "… và phu nhân": who came with him
                    if folded[j] in _DAY_WORDS and (k := next((x for x in range(j, min(n, j + 4))
                                                               if folded[x] not in _DAY_WORDS), n)) < n and folded[k].isdigit():
                        break  # "…, Thị trưởng thành phố San Francisco (Hoa Kỳ) | ngày 22/7", "| chiều tối 5-3": when
                    if where_next(j) and folded[j + 1] not in _POSTED_IN:
                        break  # "…, Giám đốc điều hành Tập đoàn Apple | tại trụ sở Chính phủ": where they met
                    inside = a.text_between(app, j)
                    if inside.count("(") > inside.count(")"):
                        j += 1  # "– Phó Chủ tịch Tập đoàn SpaceX (thuộc sở hữu của tỷ phú Elon Musk)": the title's own words
                        continue
                    if tokens[j].is_capitalized and not owned and _discover_name(a, j, gaz):
                        j = end  # "Marco Rubio, Chủ tịch nước Lương Cường đề nghị …": another person, not an appositive
                        break
                    j += 1
                if j < n and j > titles[app] and not _stops(gaps[j]) and (nxt := next(
                        (k for k in range(j, min(n, j + 6)) if tokens[k].is_capitalized), None)) is not None and not any(
                        _stops(gaps[x]) or x in cue_starts or x in honorific_starts or folded[x] in _BREAK_WORDS
                        for x in range(j, nxt)) and nxt not in titles and nxt not in known and (
                        (named := _discover_name(a, nxt, gaz)) is not None and not named[1]):
                    # "…, Thứ trưởng … Mark Stone, Đặc phái viên của Tổng thống | về khí hậu Paul Green": the post, its
                    # field and then its holder's name, the next person's
                    j = end
                if (not joined and titles[app] < n and not tokens[titles[app]].is_capitalized and not _stops(gaps[titles[app]])
                        and (folded[titles[app]] not in _TITLE_GOES_ON
                             or folded[titles[app]:titles[app] + 2] == ("danh", "gia"))  # "…, Bộ trưởng đánh giá cao …"
                        # "Tổng giám đốc dự án của …", "Đại biện lâm thời Đại sứ quán …"
                        and folded[titles[app]:titles[app] + 2] not in (("du", "an"), ("lam", "thoi"), ("thu", "nhat"))
                        # "Giám đốc tổ chức MAG tại Việt Nam": the body the post is in, by its name
                        and not (folded[titles[app]:titles[app] + 2] == ("to", "chuc") and titles[app] + 2 < n
                                 and tokens[titles[app] + 2].is_capitalized)
                        # "Giám đốc chương trình nghiên cứu châu Á của …", "cố vấn pháp lý của quỹ": what the post is over
                        and folded[titles[app]:titles[app] + 2] not in _POST_OVER
                        and folded[titles[app]] not in _POST_OVER_WORDS
                        # "Cục trưởng Cục lãnh sự": a title ending in a body's noun goes on with its name
                        and folded[titles[app] - 1] not in _BODY_NOUNS
                        # "Giám đốc cơ quan phụ trách Đông Nam Á", "Hạ nghị sĩ bang Washington": the title goes on
                        and not gaz.organization_head_index.match_at(folded, titles[app])
                        and not gaz.place_head_index.match_at(folded, titles[app])):
                    j = end  # "… với ông Fogel, Quyền Bộ trưởng đánh giá …": the next clause's subject
                if (j > end and not vietnamese and not (entry and entry.side == "vn") and j < n
                        and not tokens[j].is_capitalized and not _stops(gaps[j])
                        and side_of(list(folded[app:j]), gaz, "", tokens[app:j]) == "vn"):
                    j = end  # "Làm việc với Hạ nghị sĩ X, Bộ trưởng Công Thương nêu …": our minister, the next clause's
                if (j > end and (vietnamese or (entry and entry.side == "vn")) and j < n
                        and not tokens[j].is_capitalized and not _stops(gaps[j])
                        # (not one of theirs by the post before the name: "Hạ nghị sỹ Nguyễn Bá Lộc, Chủ tịch …")
                        and side_of(folded[chain_start:i], gaz, "vn", tokens[chain_start:i]) == "vn"
                        and side_of(list(folded[app:j]), gaz, "", tokens[app:j]) == "us"):
                    j = end  # "Trao đổi với Tổng Bí thư Tô Lâm, Trưởng đại diện Thương mại Mỹ chia sẻ …": theirs, next
                if j > end:
                    appositive = a.text_between(app, j)
                    title = f"{title}, {appositive}" if title else appositive
                    end = j
            chain = folded[chain_start:end]
            chain_tokens = tokens[chain_start:end]
            org_hits = gaz.organization_index.find_all(chain)
            organization = entry.organization if entry else (org_hits[0][2].name if org_hits else "")
            # a Vietnamese name is on the Vietnamese side unless its title says otherwise: "Hạ nghị sỹ Nguyễn Bá Lộc,
            # Chủ tịch Ủy ban … Hạ viện Oregon" sits in a US legislature
            if entry:
                side = entry.side
            elif vietnamese:
                joined = " ".join(chain)
                # "Phó Thủ tướng Trung Quốc Hà Lập Phong": a name like ours, of a third country
                third = _of_a_third_country(a.text_between(chain_start, i))
                # the side its title says, without the name: "Phạm Anh Dũng" names no Britain ("Anh")
                titled = folded[chain_start:i] + folded[name_end:end]
                chain_tokens = tokens[chain_start:i] + tokens[name_end:end]
                side = "other" if third else (
                    "us" if any(w in joined for w in _US_SEATS) and side_of(titled, gaz, "vn", chain_tokens) == "us" else "vn")
                # (a firm the gazetteer does not know, by its brand: "bà Trần Minh Thư – Giám đốc quốc gia của Tập đoàn
                # GE Vernova (Hoa Kỳ) tại Việt Nam", "Tổng Giám đốc Công ty Intel Products Việt Nam")
                # (not a school here named for one of theirs: "Chủ tịch Đại học Fulbright Việt Nam" is ours)
                brands = [k for k in range(name_end, end) if tokens[k].is_capitalized and tokens[k].text.isascii()
                          and tokens[k].text.isalpha() and not SYLLABLE.match(tokens[k].folded) and not tokens[k].text.isupper()]
                # … with the country said ("GE Vernova (Hoa Kỳ)") or its arm here right after the brand ("Intel Products
                # Việt Nam", "Mastercard tại Việt Nam"); not "Chủ tịch HĐQT Sun Group", "Hiệp hội … Việt Nam (Viforest)"
                branded = bool(brands) and "dai hoc" not in joined and (
                    side_of(titled, gaz, "vn", chain_tokens) == "us" or any(
                        folded[k + 1:k + 3] == ("viet", "nam") or folded[k + 1:k + 4] == ("tai", "viet", "nam")
                        for k in brands))
                if side == "vn" and branded or (side == "vn" and any(o.side == "us" for _, _, o in org_hits) and (
                        side_of(titled, gaz, "us", chain_tokens) == "us" or _of_a_company_here(a, chain_start, end, gaz))):
                    # "ông Phạm Anh Dũng - Tổng Giám đốc AES Việt Nam": a name like ours, heading a US firm or its arm here
                    side = "us"
            else:
                # the side its title says, before any its name says: "bà London Breed, Thị trưởng thành phố San
                # Francisco" is no Briton (but "Tổng thống Prabowo Subianto", of no country said, is Indonesia's)
                side = side_of(folded[chain_start:i] + folded[name_end:end], gaz, "",
                               tokens[chain_start:i] + tokens[name_end:end]) or side_of(chain, gaz, "us", chain_tokens)
                if side == "vn" and _of_a_company_here(a, chain_start, end, gaz):
                    side = "us"  # "ông Oliver Marquette, Chủ tịch Tập đoàn AES Việt Nam": a US firm's arm here
            a.mentions.append(
                Mention("person", chain_start, end, name=entry.name if entry else _GLUED_INITIAL.sub(
                    r"\1. ", a.text_between(i, name_end)) + (  # "Elbridge A.Colby" is "Elbridge A. Colby"
                    "." if tokens[name_end - 1].text in ("Jr", "Sr") and name_end < n and gaps[name_end].startswith(".")
                    else ""),  # "Robert F. Kennedy Jr."
                        title=_STOP_AFTER_ABBREVIATION.sub("", title), organization=organization, side=side,
                        person=entry, discovered=entry is None)
            )
            covered.update(range(chain_start, end))
            i = end
            if many:
                i = _more_of_the_plural(a, gaz, i, title, organization, side, covered, starts_something)
            continue
        if i in titles:
            if pending and gaps[i].strip() in (":", ";"):
                flush()  # "với hai lãnh đạo cấp cao phía Hoa Kỳ: Bộ trưởng …": the group, then its members
            elif pending and gaps[i].strip() in ("),", ") ,") and not plural(pending):
                flush(i)  # "tiếp Phó Giám đốc … (DFC), Chủ tịch … (SIA)": each post closed by its body's acronym, two men
            elif (pending and gaps[i].strip() == "," and _OUR_TOP_SEAT.fullmatch(" ".join(folded[i:titles[i]]))
                  and side_of(list(folded[pending[0][0]:i]), gaz, "") == "us"):
                flush(i)  # "Tiếp Chủ tịch Hiệp hội Bông Hoa Kỳ, Phó Thủ tướng …": their post, then our host
            pending.append((i, titles[i]))
            i = titles[i]
            continue
        if pending and gaps[i].strip() == "," and folded[i] == "ban" and i + 1 in titles:
            flush(i)  # "các Trợ lý Nghị sĩ …, Ban lãnh đạo Trung tâm CSIS": a body's board, the next of those met
            continue
        if pending and any(s < i < e for s, e, _ in find(gaz.organization_index)):
            i += 1  # inside a known body's name, lower-case words and all: "Liên hiệp các tổ chức hữu nghị Việt Nam"
            continue
        if pending and folded[i] in ("cua", "trong") and tuple(folded[i + 1:i + 3]) in (("chinh", "quyen"), ("noi", "cac")):
            flush(i)  # "hai bộ trưởng của chính quyền Tổng thống Donald Trump": whose government, not one of the posts
            i += 3
            continue
        if pending and folded[i:i + 3] in (("khi", "do", "la"), ("luc", "do", "la")) and gaps[i] == " " and i + 3 < n and (
                (named := _discover_name(a, i + 3 + (i + 3 in honorific_starts), gaz)) is not None):
            # "gặp Tổng Bí thư Đảng Cộng sản Việt Nam khi đó là ông Nguyễn Phú Trọng": who held the post then
            i += 3 + (i + 3 in honorific_starts)
            continue
        if (pending and folded[i] == "la" and not tokens[i].is_capitalized and i + 1 < n and plural(pending)
                and (named := _discover_name(a, i + 1, gaz)) is not None and not named[1]):
            # "hai Phó Chủ tịch của Tập đoàn Chevron là John Miller và Susan Clarke": the posts' holders, named
            i += 1
            continue
        if pending and (i in cue_starts or breaks(i) or (gaps[i].strip() in (";", ":", "-", "–", "—")
                                                         # "Bộ GD-ĐT": one acronym, its dash no pause
                                                         and not (gaps[i] == "-" and tokens[i].text.isupper()
                                                                  and tokens[i - 1].text.isupper())
                                                         # "phụ trách Đông Á - Thái Bình Dương Michelle Kwan":
                                                         # one region, then the name
                                                         # (and "Tiểu ban châu Á – Thái Bình Dương của Ủy ban …")
                                                         and not (tuple(folded[i:i + 3]) == ("thai", "binh", "duong")
                                                                  and i + 3 < n and gaps[i + 3] == " ")
                                                         # "Chủ tịch Hội Hữu nghị Việt Nam - Hoa Kỳ Phạm Quang Vinh"
                                                         and not _second_country(folded, i))
                        # "đại diện các tập đoàn hàng đầu của Mỹ như Amazon, Apple": the bodies listed, no name
                        or (folded[i] in _SUCH_AS and not tokens[i].is_capitalized)
                        or folded[i].isdigit() or (folded[i] in _NOT_IN_TITLE and not tokens[i].is_capitalized)
                        # "làm việc với Đại sứ tại trụ sở UBND tỉnh": where they met, not the post
                        or where_next(i)
                        or (i + 1 < n and (folded[i], folded[i + 1]) in _CLAUSE_VERBS)
                        or ("," in gaps[i] and folded[i] in _TIME_AFTER_COMMA and not tokens[i].is_capitalized)
                        or (folded[i] in _JOINERS and i + 1 < n and starts_something(i + 1))
                        # "…, đồng Trưởng đoàn và nguyên Đại sứ Brian McFeeters": a role, then the next person
                        or (folded[i] in _JOINERS and i + 2 < n and folded[i + 1] in ("nguyen", "cuu")
                            and not tokens[i + 1].is_capitalized and starts_something(i + 2))
                        # "đoàn Thượng nghị sĩ Hoa Kỳ do Thượng nghị sĩ X dẫn đầu": the group, then its head
                        or (folded[i] == "do" and not tokens[i].is_capitalized and i + 1 < n and starts_something(i + 1))
                        # "Chủ tịch Quốc hội và các nghị sĩ Hoa Kỳ": two sides, not one title
                        or (folded[i] in _JOINERS and i + 2 < n and folded[i + 1] in ("cac", "nhung")
                            and (i + 2) in titles)
                        or i - pending[-1][0] > _MAX_CHAIN):  # (from the last title of a chain of them)
            flush()
        i += 1
    flush()

    _find_organizations(a, gaz, covered, set(titles), credit)
    _described_delegation(a, covered)
    a.mentions.sort(key=lambda m: m.start)
    _post_then_name(a)
    mention_tokens = {k for m in a.mentions for k in range(m.start, m.end)}
    mention_starts = {m.start for m in a.mentions}
    mention_ends = {m.end for m in a.mentions}
    # "… đã được đồng chí X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy … tiếp": who received, however long their titles
    received_by = {m.end for m in a.mentions if "duoc" in folded[max(0, m.start - 3):m.start]}
    for c in list(cues):
        if any(k in mention_tokens for k in range(c.start, c.end)):
            # "Bộ trưởng Nguyễn Hồng Diên đàm phán với …": "Diên đàm" folds like "điện đàm"; the cue after the name
            after = next(((k, hit) for k in range(c.start + 1, c.end) if k not in mention_tokens
                          and (hit := gaz.cue_index.match_at(folded, k))), None)
            if after is not None:
                k, (e, kind) = after
                cues.append(Cue(k, e, kind))
    cues.sort(key=lambda c: c.start)
    a.cues = [
        c for c in cues
        if not any(k in mention_tokens for k in range(c.start, c.end))
        # a one-word cue ("tiếp", "gặp") only counts when someone is named right after it, or right before it
        # in the passive ("ông X đã được Thủ tướng Phạm Minh Chính tiếp")
        and (c.end - c.start > 1 or any(k in mention_starts and not any(_stops(gaps[x]) for x in range(c.end, k + 1))
                                        for k in range(c.end, c.end + 3))
             or _delegation_of(folded, c.end, mention_starts)
             or _leaders_of_named(folded, c.end, mention_starts)
             # "Phó Thủ tướng … cũng tiếp đoàn.": the delegation told of before, received again
             # (not thanks for it: "cảm ơn Chủ tịch nước đã dành thời gian tiếp đoàn, …")
             or (folded[c.end:c.end + 1] == ("doan",) and c.end + 1 == n
                 and not {"cam", "thoi"} & set(folded[max(0, c.start - 6):c.start]))
             # "tiếp lãnh đạo một số tập đoàn Hoa Kỳ gồm: ông A, …; bà B": whom, listed after a word on them
             or any(folded[k] in ("gom", "nhu") and (k + 1 in mention_starts or k + 2 in mention_starts)
                    for k in range(c.end, min(n, c.end + 12)) if not any(_stops(gaps[x]) for x in range(c.end + 1, k + 1)))
             # "buổi tiếp đoàn lãnh đạo bang Oregon (Hoa Kỳ) do ông X, …, làm trưởng đoàn": whose delegation
             or (folded[c.end:c.end + 1] == ("doan",) and any(
                 folded[k] == "do" and (k + 1 in mention_starts or k + 2 in mention_starts)
                 for k in range(c.end, min(n, c.end + 20))))
             or ("duoc" in folded[max(0, c.start - 14):c.start] and c.start in mention_ends)
             or c.start in received_by
             # "Trong cuộc gặp ngày 12/6 tại Hà Nội, Phó Thủ tướng X đã đề nghị Đại sứ Y …": the frame of the sentence
             # (with its own day or place: "Tại cuộc gặp, …" alone is the meeting just reported)
             or (c.start in (2, 3) and folded[0] in ("trong", "tai") and folded[c.start - 1] in ("cuoc", "buoi")
                 and c.end < n and "," not in gaps[c.end] and any(d.start > tokens[c.end - 1].end - a.sentence.start
                                                                   for d in a.dates)))
    ]
    # "Tham dự buổi tiếp có: …", "Cùng tham dự buổi làm việc có …": a list of attendees opens, no report of who met
    a.cues = [c for c in a.cues if not ("tham" in folded[c.start:c.start + 2] and "du" in folded[c.start:c.start + 3]
                                        and (c.start <= 1 or folded[c.end:c.end + 1] == ("co",)))]
    a.cues += _addressed_first(a) + _welcomed_visit(a) + _named_dialogue(a) + _handed_over(a)
    # a round's own session is a meeting between the people named right after it:
    # "phiên đàm phán cấp Bộ trưởng lần thứ 8 giữa A và B", "phiên đàm phán trực tuyến lần thứ năm với B"
    _third_country_lists(a, gaz)
    _third_country_delegations(a, gaz)
    a.rounds = find_rounds(a, gaz)
    a.mentions = [m for m in a.mentions
                  if not any(r.token_start <= m.start and m.end <= r.token_end for r in a.rounds)]
    for r in a.rounds:
        kind = "online" if r.series == "online" else "in_person"
        if r.token_end < n and folded[r.token_end] in ("giua", "voi"):
            a.cues.append(Cue(r.token_start, r.token_end + 1, kind, "session"))
            # "cấp Bộ trưởng" names the series, not a person
            a.mentions = [m for m in a.mentions if not (r.token_start <= m.start and m.end <= r.token_end)]
        elif tuple(folded[max(0, r.token_start - 2):r.token_start]) in (("tien", "hanh"), ("to", "chuc")) and not any(
                c.start <= r.token_start < c.end for c in a.cues):
            # "A và B đã tiến hành phiên đàm phán cấp Bộ trưởng lần thứ ba": the two named before held it
            a.cues.append(Cue(r.token_start, r.token_end, kind, "session"))
    sessions = [c for c in a.cues if c.role == "session"]
    if sessions:
        # "đã chủ trì phiên họp trực tuyến cấp Bộ trưởng lần thứ 7 với X": the session is the one cue, not
        # "chủ trì phiên" and "họp trực tuyến" inside it, whose segments would hold nobody
        a.cues = [c for c in a.cues if c.role == "session"
                  or not any(x.start <= c.start < x.end or c.start < x.start < c.end for x in sessions)]
    a.cues.sort(key=lambda c: c.start)
    mention_tokens = {k for m in a.mentions for k in range(m.start, m.end)}
    # a word of one syllable as written: "vấn đề thuế" folds like "để" but opens no purpose
    a.clause_ends = [s for s, e, c in find(gaz.clause_end_index) if s not in mention_tokens
                     and (e - s > 1 or as_written(tokens[s].text) == as_written(c))]
    # folded, "chia sẻ" reads "sẽ": the future word is only the one written so
    # (and "đầu tiên tới thăm" is no "tiến tới")
    a.futures = [s for s, _, _ in find(gaz.future_index) if s not in mention_tokens
                 and tokens[s].text.casefold() == _FUTURE_AS_WRITTEN.get(folded[s], tokens[s].text.casefold())]
    if a.futures and a.rounds:
        # "Phiên đàm phán thứ 6 … dự kiến được tổ chức tại Washington": a plan, even when the word comes later
        a.rounds = [replace(r, planned=True) if not r.planned and any(
            # (the words between, not the round's own: "thứ sáu" folds like "sau")
            r.token_start - 15 <= f <= r.token_end + 25 and not _PAST.intersection(
                folded[f:r.token_start] if f < r.token_start else folded[r.token_end:f])
            # ("… lần thứ 8, diễn ra ngay trước vòng kỹ thuật sẽ được tổ chức …": the later one's plan)
            and not (f > r.token_end and {"vong", "phien"}.intersection(folded[r.token_end:f]))
            for f in a.futures) else r for r in a.rounds]
        planned = {(r.token_start, r.token_end) for r in a.rounds if r.planned}
        a.cues = [c for c in a.cues if not (c.role == "session" and (c.start, c.end - 1) in planned)]
    a.sidelines = [s for s, _, _ in find(gaz.sideline_index)]
    # (not where the reporter is: "Theo phóng viên TTXVN tại Washington D.C, ngày 21/9, đoàn đã làm việc với …")
    a.places = [p for p in _find_places(a, gaz, mention_tokens, credit)
                if not ("phong" in folded[max(0, p[0] - 5):p[0]] and _REPORTER_AT.search(" ".join(folded[max(0, p[0] - 5):p[0]])))]
    if (trip := _trip_country(a, gaz)) and not any(p[0] < trip[1] for p in a.places):
        a.places.insert(0, trip)
    return a


_BUSINESS_WORDS = frozenset({"tap", "doanh", "cong"})  # tập đoàn, doanh nghiệp, công ty
_SUCH_AS = frozenset({"nhu", "gom"})
# Words for firms after which a plural lists them by name: "các tập đoàn Coca-Cola, …", "các định chế tài chính
# Morgan Stanley, …"
FIRM_WORDS = frozenset({("tap", "doan"), ("cong", "ty"), ("doanh", "nghiep"), ("dinh", "che", "tai", "chinh"),
                        ("ngan", "hang"), ("quy", "dau", "tu"), ("hang",), ("quy",)})
_FIRM_ENDS = frozenset(w[-1] for w in FIRM_WORDS)


_FIRM_WORDS_BY_END: dict[str, tuple[tuple[str, ...], ...]] = {
    end: tuple(w for w in FIRM_WORDS if w[-1] == end) for end in _FIRM_ENDS}


def firms_word_before(folded: Sequence[str], k: int) -> bool:
    """Whether token ``k`` ends a plural word for firms ("các tập đoàn", "những định chế tài chính")."""
    words = _FIRM_WORDS_BY_END.get(folded[k]) if 0 <= k < len(folded) else None
    if not words:
        return False  # (one lookup answers most words)
    return any(k >= len(w) and folded[k - len(w)] in ("cac", "nhung") and tuple(folded[k + 1 - len(w):k + 1]) == w
               for w in words)
_LIST_OPENERS = _SUCH_AS | _FIRM_ENDS | {"co"}


def _more_of_the_plural(a: SentenceAnalysis, gaz: Gazetteer, i: int, title: str, organization: str, side: str,
                        covered: set[int], starts_something) -> int:
    """ "các Hạ nghị sĩ Hoa Kỳ Adrian Smith, Ami Bera và Young Kim": the names listed after the first share its
    plural title; returns where the list ends."""
    tokens, folded, gaps, n = a.tokens, a.folded, a.gaps, len(a.tokens)
    while i < n:
        gap = gaps[i]
        if gap.strip() == "(":
            # "các Thượng nghị sĩ Pete Ricketts (bang Nebraska) và Jacky Rosen": past the note on the one before
            close = next((j for j in range(i + 1, min(n, i + 10)) if ")" in gaps[j]), None)
            if close is None:
                break
            i, gap = close, gaps[close].replace(")", "", 1)
        k = i
        if gap.strip() == "," and folded[k] == "va" and not tokens[k].is_capitalized:
            k += 1  # "…, và Young Kim"
        elif gap.strip() == ",":
            pass
        elif gap.strip() == "" and folded[k] == "va" and not tokens[k].is_capitalized:
            k += 1
        else:
            break
        if k >= n or k != i and gaps[k] != " " or starts_something(k) or not _foreign_word(tokens[k]):
            break
        found = _discover_name(a, k, gaz)
        if not found or found[1]:
            break
        end = found[0]
        a.mentions.append(Mention("person", k, end, name=_GLUED_INITIAL.sub(r"\1. ", a.text_between(k, end)),
                                  title=title, organization=organization, side=side, discovered=True))
        covered.update(range(k, end))
        i = end
    return i


def _third_country_delegations(a: SentenceAnalysis, gaz: Gazetteer) -> None:
    """ "đoàn Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam do ông Takeshi Morimoto, Hạ nghị sĩ, … dẫn đầu": the head
    of a third country's delegation is theirs, whatever his title alone would say."""
    folded = a.folded
    if "doan" not in folded or "do" not in folded:
        return
    for m in a.mentions:
        if m.kind != "person" or m.side != "us" or (m.person is not None and m.person.side == "us"):
            continue
        by = next((k for k in range(m.start - 1, max(-1, m.start - 3), -1) if folded[k] == "do"), None)
        if by is None:
            continue
        group = next((k for k in range(by - 1, max(-1, by - 16), -1) if folded[k] == "doan"), None)
        if group is not None and side_of(folded[group + 1:by], gaz, "", a.tokens[group + 1:by]) == "other":
            m.side = "other"


def _third_country_lists(a: SentenceAnalysis, gaz: Gazetteer) -> None:
    """ "…, trong khi đoàn Trung Quốc có Bộ trưởng Vương Nghị, …": those a third country's side lists are theirs, however
    like ours their names look."""
    folded = a.folded
    if "co" not in folded and "gom" not in folded:
        return
    for k, f in enumerate(folded[:-2]):
        if f not in ("doan", "phia"):
            continue
        hit = gaz.side_index.match_at(folded, k + 1)
        if not hit or hit[1] != "other" or hit[0] >= len(folded) or folded[hit[0]] not in ("co", "gom", "la"):
            continue
        stop = next((j for j in range(hit[0] + 1, len(folded)) if folded[j] == "phia" or ";" in a.gaps[j]), len(folded))
        for m in a.mentions:
            if hit[0] < m.start < stop and m.kind == "person" and m.side == "vn":
                m.side = "other"


def _companies_listed(a: SentenceAnalysis, gaz: Gazetteer, covered: set[int]) -> None:
    """ "nhiều tập đoàn hàng đầu của Mỹ như SpaceX, Google, Excelerate Energy và Trump Organization": each name
    after "như"/"gồm" that follows a word for companies is a body."""
    folded, toks, n = a.folded, a.tokens, len(a.tokens)
    if _SUCH_AS.isdisjoint(folded) and "co" not in folded and _FIRM_ENDS.isdisjoint(folded):
        return  # most sentences list nothing
    for k, f in enumerate(folded):
        if f not in _LIST_OPENERS:
            continue  # (the words below open no list: most of them, skipped before any test)
        # "…, trong đó có A, B" after firms said to be American ("hơn 20 doanh nghiệp Hoa Kỳ, trong đó có Boeing")
        such_as = f in _SUCH_AS or (f == "co" and folded[max(0, k - 2):k] == ("trong", "do") and any(
            side == "us" for _, _, side in gaz.side_index.find_all(folded[max(0, k - 10):k])))
        # "tiếp lãnh đạo các tập đoàn Coca-Cola, Warburg Pincus và AES": each firm named right after the plural
        named_firms = (firms_word_before(folded, k)
                       and k + 1 < n and toks[k + 1].is_capitalized and a.gaps[k + 1] == " "
                       and gaz.side_index.match_at(folded, k + 1) is None)
        # (the firms said what they are a few words before: "tập đoàn kinh tế hàng đầu của Hoa Kỳ và thế giới gồm: …")
        if not named_firms and (not such_as or not _BUSINESS_WORDS.intersection(
                folded[min(max(0, k - 8), _clause_start(a, k, 14)):k])):
            continue
        _firms_from(a, gaz, k + 1, side_of(list(folded[max(0, k - 8):k]), gaz, "us"), covered)


def _clause_start(a: SentenceAnalysis, k: int, reach: int) -> int:
    """Where the clause holding token ``k`` begins, at most ``reach`` tokens back (after a comma, semicolon or colon)."""
    lo = max(0, k - reach)
    return next((j for j in range(k, lo, -1) if any(c in a.gaps[j] for c in ",;:")), lo)


def _firms_from(a: SentenceAnalysis, gaz: Gazetteer, j: int, side: str, covered: set[int]) -> int:
    """Each firm of a list of their names from token ``j`` ("Coca-Cola, Warburg Pincus và AES"), as a body; where the
    list ends."""
    folded, toks, n = a.folded, a.tokens, len(a.tokens)
    # (a body named by its head noun, "Tập đoàn Kroger", is found as such)
    while j < n and toks[j].is_capitalized and j not in covered and not gaz.organization_head_index.match_at(folded, j):
        e = j + 1
        while e < n and toks[e].is_capitalized and a.gaps[e] in (" ", "-", " & ", "&") and e not in covered:
            e += 1  # "The Coca-Cola Company", "Procter & Gamble"
        # "… của Mỹ như Amazon, Apple, Samsung, Vingroup": each firm's own side where it is known
        own = side_of(list(folded[j:e]), gaz, side)
        a.mentions.append(Mention("org", j, e, name=a.text_between(j, e), side=own))
        covered.update(range(j, e))
        if e < n and a.gaps[e].strip() == ",":
            j = e + 1 if folded[e] == "va" and e + 1 < n else e  # "SpaceX, và Google"; the gap before e is the comma
            continue
        if e < n and folded[e] == "va" and a.gaps[e].strip() in ("", ","):  # "SpaceX, và Google"
            j = e + 1
            if folded[j:j + 3] == ("dac", "biet", "la"):
                j += 3  # "Northwind, Bluepeak Energy và đặc biệt là Orbit Systems": the last, stressed
            continue
        return e
    return j


def _find_organizations(a: SentenceAnalysis, gaz: Gazetteer, covered: set[int], titles: set[int], credit: int) -> None:
    """Organisations outside people's title chains: gazetteer ones and bodies named by a head noun."""
    folded, n = a.folded, len(a.tokens)
    _companies_listed(a, gaz, covered)
    # (not inside a head of two words: "các tập đoàn Hoa Kỳ" holds no "Đoàn Hoa Kỳ", a delegation)
    known = {s: (e, o) for s, e, o in a.find(gaz.organization_index)
             if not (s > 0 and (head := gaz.organization_head_index.match_at(folded, s - 1)) and head[0] > s)}
    # a head as written, tones and all: "Quy hoạch điện VIII" is no "Quỹ"
    # ("tổ chức" in lower case is the verb, organised: "GE Vernova đã tổ chức Hội nghị …")
    heads = {s: e for s, e, h in a.find(gaz.organization_head_index) if as_written(a.text_between(s, e)) == as_written(h)
             and not (folded[s:s + 2] == ("to", "chuc") and not a.tokens[s].is_capitalized)}
    if not known and not heads:
        return

    def next_item(j: int) -> bool:  # "Đại diện Cơ quan …, ông X": the body ends where its man is named
        return j < n and (j in heads or j in titles or j in known or a.tokens[j].text in ("ông", "bà", "ngài"))

    starters = sorted(known.keys() | heads.keys())
    i = 0
    while i < n:
        if i < credit and i not in known and i not in heads:
            k = bisect_right(starters, i)
            i = min(starters[k] if k < len(starters) else n, credit)  # only a head noun starts a body here
            continue
        if i in covered:
            i += 1
            continue
        if i in known:
            end, org = known[i]
            if end in known and a.gaps[end].strip() == "(" and known[end][1] is not org:
                # "Phòng Thương mại Hoa Kỳ (AmCham)": the bracket says which body the words meant
                end, org = known[end]
            elif (end + 1 <= n and a.gaps[end].strip() == "(" and end < n and a.tokens[end].text.isupper()
                  and (end + 1 == n or a.gaps[end + 1].startswith(")"))):
                end += 1  # "Phòng Thương mại Hoa Kỳ (USCC) và …": its acronym in brackets is part of its name
            a.mentions.append(Mention("org", i, end, name=org.name, side=org.side, org=org))
            covered.update(range(i, end))
            i = end
            continue
        # a head in lower case names a body only with its name after it: "tập đoàn Boeing", not "tập đoàn bảo đảm"
        # (nor "tập đoàn công nghệ Meta", a few words on what it does before the brand)
        # ("Các doanh nghiệp chăn nuôi …" opening a sentence: the capital is the sentence's, not a name's)
        sentence_case = i == 0 and i in heads and heads[i] - i >= 2 and not any(
            a.tokens[k].is_capitalized for k in range(i + 1, heads[i]))
        lowercase_head = (not a.tokens[i].is_capitalized or sentence_case) and (
            heads.get(i, i) - i < 2 or heads.get(i, i) >= n or not (
                a.tokens[heads[i]].is_capitalized or _described_brand(a, heads[i], gaz)))
        after_place_word = i > 0 and folded[i - 1] in ("tai", "o", "so")  # "tại trụ sở Đại sứ quán": a place
        # "Đại hội đồng Liên hợp quốc": "hội đồng" ends another word here, it opens no body
        lowercase_head = lowercase_head or (i > 0 and not a.tokens[i].is_capitalized and a.tokens[i - 1].is_capitalized
                                            and a.gaps[i] == " ")
        title_here = gaz.title_index.match_at(folded, i) if i in heads else None  # "Bộ trưởng": a title, not "Bộ"
        if i >= credit:
            break  # "- Ảnh: VGP/Nhật Bắc" names no body
        if i in heads and not lowercase_head and not after_place_word and not (title_here and title_here[0] > heads[i]):
            j = heads[i]
            if folded[i] == "doan" and folded[j:j + 1] == ("cua",) and j + 1 < n and a.tokens[j + 1].is_capitalized:
                i = j + 1  # "Đoàn công tác của Hội đồng …": the body is whose the delegation is
                continue
            # a body named by its head noun, running to the end of its phrase
            org: OrganizationEntry | None = None
            while j < n and j - i < 25 and j not in covered and j < credit:
                gap = a.gaps[j]
                if any(c in gap for c in ";.:") or (gap.replace(")", "").strip() == "," and next_item(j)):
                    break  # "… Việt Nam (VCCI), Hiệp hội …": the next body
                if "," in gap and (folded[j].isdigit() or folded[j] in _TIME_AFTER_COMMA or folded[j] in _JOINERS
                                   or folded[j - 1].isdigit()):
                    break  # "…, sáng 12/11, tại …", "…Khóa 80, kết hợp …": the clause goes on, the name does not
                if ")" in gap and not a.tokens[j].is_capitalized and folded[j] not in ("cua", "thuoc", "tai", "o"):
                    break  # "… (BCIU) phối hợp với …": the name closed with its acronym
                if ")" in gap and folded[j] in ("tai", "o") and gaz.place_head_index.match_at(folded, j + 1):
                    break  # "… (FAS) tại trụ sở Bộ Nông nghiệp Hoa Kỳ": where they met, after the name's acronym
                if folded[j:j + 2] == ("dien", "ra"):
                    break  # "… với cộng đồng doanh nghiệp Hoa Kỳ | diễn ra tại Washington": the verb of the meeting
                if folded[j] in ("tai", "o") and not a.tokens[i].is_capitalized and j > i + 1:
                    break  # "các doanh nghiệp Mỹ | tại Diễn đàn … ở New York": bodies described, then where they met
                if j in known:
                    org = known[j][1]
                    j = known[j][0]
                    continue
                if (not a.tokens[j].is_capitalized and a.tokens[j - 1].text.isascii() and a.tokens[j - 1].is_capitalized
                        and not SYLLABLE.match(a.tokens[j - 1].text.casefold())
                        and folded[j] not in ("cua", "tai", "o", "thuoc", "va")):
                    break  # "Tập đoàn Qualcomm hợp tác với …": a brand's name ends before the verb
                if folded[j] == "va" and (next_item(j + 1) or folded[j + 1:j + 3] == ("mot", "so")
                                          or folded[j + 1:j + 2] in (("cac",), ("nhung",), ("nhieu",))):
                    break  # (and "… và một số tập đoàn …", "… và các doanh nghiệp": others, described)
                if folded[j] == "voi" and tuple(folded[j + 1:j + 3]) in (("tu", "cach"), ("vai", "tro")):
                    break  # "tham gia Hội đồng Hòa bình | với tư cách thành viên sáng lập": in what role, not the name
                if folded[j] in ("vao", "luc") and not a.tokens[j].is_capitalized and j + 1 < n and (
                        folded[j + 1] in _NOT_IN_TITLE or folded[j + 1].isdigit()):
                    break  # "các doanh nghiệp Mỹ | vào chiều ngày 18 tháng 3": when, not more of the name
                if folded[j] in ("tai", "o") and (gaz.place_index.match_at(folded, j + 1) or (
                        j + 1 < n and a.tokens[j + 1].is_capitalized)) and any(
                        tuple(folded[k:k + 2]) in _EVENT_PAIRS for k in range(max(0, i - 10), i + 2)):
                    break  # "Bên lề Hội nghị thường niên IMF và Ngân hàng Thế giới tại Washington": where it was held
                if (gaz.clause_end_index.match_at(folded, j) or (
                        # (not "nội", of "nội thất": "Hiệp hội các nhà sản xuất nội thất Hoa Kỳ")
                        folded[j] in _BREAK_WORDS and not a.tokens[j].is_capitalized and a.tokens[j].text != "nội")
                        # ("do" as written, by whom: not the "đồ" of "đồ gỗ", "Hiệp hội các nhà nhập khẩu đồ gỗ Hoa Kỳ")
                        or (folded[j] == "do" and a.tokens[j].text.casefold() == "do")
                        # "… Đại sứ quán Hoa Kỳ tại Việt Nam | làm Trưởng đoàn": the role its man had, not the name
                        or (folded[j] == "lam" and not a.tokens[j].is_capitalized
                            and gaz.title_index.match_at(folded, j + 1) is not None)
                        or any(s == j for s, _, _ in a.find(gaz.cue_index)) or gaz.sideline_index.match_at(folded, j)):
                    break
                j += 1
            while j > heads[i] and folded[j - 1] in _JOINERS and not a.tokens[j - 1].is_capitalized:
                j -= 1  # "cộng đồng doanh nghiệp Hoa Kỳ | và có cuộc gặp …": the name ends before the joiner
            generic = not org and j == heads[i] and (
                (i > 0 and folded[i - 1] in ("cac", "nhung", "nhieu"))
                or j in covered)  # "lãnh đạo các tập đoàn | Coca-Cola, …": the firms listed after it are who was met
            if (j - i >= 2 or org) and not generic:  # "các Tập đoàn, Tổng công ty …" name no body
                # a body named in our words ("Công ty Thép Nam Kim") is ours unless the text says otherwise; one named
                # in foreign words ("Tập đoàn Excelerate Energy") is taken for American, this being about the US
                ours = any(not tok.text.isascii() for tok in a.tokens[heads[i]:j] if tok.is_capitalized) and not (
                    # "Hiệp hội Đối tác Greater Houston": a brand of theirs closing the name
                    a.tokens[j - 1].text.isascii() and _foreign_word(a.tokens[j - 1])
                    and not SYLLABLE.match(a.tokens[j - 1].folded))
                side = org.side if org else side_of(folded[i:j], gaz, "vn" if ours else "us", a.tokens[i:j])
                if not org and any(a.tokens[k].text == "ta" for k in range(heads[i], j)):
                    side = "vn"  # "Tổng Lãnh sự quán ta tại San Francisco": ours
                if not org and i > 0 and folded[i - 1] == "cac":
                    # "các Tập đoàn, Tổng công ty, các doanh nghiệp lớn của Việt Nam": whose, said at the list's end
                    stop = next((k for k in range(j, n) if any(ch in a.gaps[k] for ch in ".;")), n)
                    side = side_of(folded[i:stop], gaz, "us", a.tokens[i:stop])
                # "Hiệp hội Xuất khẩu Thịt Hoa Kỳ (USMEF)", "Hội đồng doanh nghiệp MỹASEAN (USABC)": the known body its
                # acronym in brackets names, however the words before it spell it
                bracketed = next((hit[1] for k in range(i + 1, j) if "(" in a.gaps[k] and (hit := known.get(k))
                                  and hit[0] == j and a.text_between(k, j).isupper()), None)
                name_known = bracketed is not None
                if bracketed is not None:
                    org, side = bracketed, bracketed.side
                # "đoàn doanh nghiệp USABC", "Đoàn công tác Hội đồng …": the known body a delegation came from, by its name
                name = org.name if org and (name_known or folded[i:i + 2] in (("doan", "doanh"), ("doan", "cong"))) else (
                    a.text_between(i, j).rstrip(" ,"))
                if not a.tokens[i].is_capitalized and folded[i:i + 2] in (("tap", "doan"), ("cong", "ty")):
                    name = name[:1].upper() + name[1:]  # "lãnh đạo tập đoàn Exxon Mobil": the firm's name, "Tập đoàn …"
                a.mentions.append(Mention("org", i, j, name=name, side=side, org=org))
                covered.update(range(i, j))
                i = j
                continue
        i += 1


_CREDIT_IN_TEXT = re.compile(r"\((?:Ảnh|ẢNH|Nguồn|Photo)\b|\(Hình\s*:|\s[-–—]\s*(?:Ảnh|ẢNH)(?:\s*:|\s+(?:và tin|do|theo)\b)"
                             r"|\.\s+(?:Ảnh|ẢNH)\s*:|\sẢNH\s*:")  # ("- Ảnh và tin bài gốc tại VGP")
_CREDIT_WORDS = ("Ảnh", "ẢNH", "Nguồn", "Photo", "Hình")  # ("Hình:" in overseas papers)


def _credit_in(text: str) -> re.Match[str] | None:
    """Where a photo credit begins in a sentence, if it has one.

    Every credit has one of its words; most sentences have none and are not searched, since the
    pattern, opening with a space or a bracket, is tried at every position.
    """
    # the words of _CREDIT_WORDS, each tested in turn (a generator over them costs more than the tests)
    if "Ảnh" not in text and "ẢNH" not in text and "Nguồn" not in text and "Photo" not in text and "Hình" not in text:
        return None
    return _CREDIT_IN_TEXT.search(text)

# Lower-case words that go on a title ("phụ trách", "kiêm", "thường trực", "đặc mệnh toàn quyền", "cấp cao").
_TITLE_GOES_ON = frozenset({"phu", "kiem", "thuong", "dac", "cap", "dieu", "kinh", "ve", "tai", "cua", "thuoc",
                            "chinh", "quoc", "nong", "ngoai", "tu", "phat", "khu", "cac", "nhiem", "danh", "ban", "phia"})
# Lower-case words after a title that say what the post is over, not the next clause's verb.
_POST_OVER = frozenset(tuple(fold(w).split()) for w in (
    "chương trình", "pháp lý", "pháp chế", "nghiên cứu", "trung tâm", "bộ phận", "quan hệ", "chính sách", "đối ngoại",
    "truyền thông", "cao cấp", "cấp cao", "vận hành", "điều hành", "tài chính", "kinh doanh", "khu vực", "phát triển",
    "công nghệ", "sản xuất", "nhân sự", "tiếp thị", "chiến lược", "đầu tư", "thương mại", "toàn cầu"))
# ... and single words: "Giám đốc điều hành mảng dinh dưỡng của …"
_POST_OVER_WORDS = frozenset(fold(w) for w in ("mảng", "khối", "ngành"))
# The words of a place in a title: "thị trưởng thành phố Seattle, bà X", "Thống đốc bang Iowa, ông Y"
_PLACE_IN_TITLE = frozenset({"thanh", "pho", "bang", "tinh", "quan", "hat"})
_TITLE_CONNECTORS = frozenset({"phu", "trach", "tai", "ve", "cua", "va", "kiem", "thuoc", "kinh", "te", "thuong", "mai"})
GENERIC_PAIRS = frozenset({("dai", "dien"), ("lanh", "dao"), ("quan", "chuc"), ("thanh", "vien"), ("can", "bo")})
_GENERIC_TITLES = frozenset({"dai", "lanh", "quan", "thanh", "can"})  # đại diện, lãnh đạo, quan chức, thành viên, cán bộ
_LIST_STOPS = frozenset({"ong", "ba", "ngai", "cac", "nhung", "do", "de", "nham", "ve"})
# The two countries by name: a place too wide to say where a meeting was held ("tại Việt Nam"), and after a body
# the country it serves ("Đại sứ Mỹ tại Việt Nam").  One set for every rule that asks.
COUNTRY_NAMES = frozenset(fold(c) for c in ("Việt Nam", "VN", "Hoa Kỳ", "Mỹ", "nước Mỹ"))
# Words that open an occasion after "tại" ("tại Phiên đàm phán …", "tại cuộc gặp", "tại Lễ ký …").
_EVENT_WORDS = frozenset({"phien", "vong", "cuoc", "buoi", "le"})
_EVENT_PAIRS = frozenset({("hoi", "nghi"), ("dien", "dan"), ("hoi", "cho"), ("su", "kien"), ("tuan", "le")})
# Words a place's name may carry in lower case between capitalised ones ("trụ sở Bộ Nông nghiệp và Phát triển").
_PLACE_JOINERS = frozenset({"o", "tai", "cua", "thuoc", "va", "bang", "thu", "do", "thanh", "pho"})
# Words for what happens somewhere else: "chấm dứt xung đột tại Dải Gaza" is where the war is, not the meeting.
_STRIFE_WORDS = frozenset({("xung", "dot"), ("chien", "su"), ("chien", "tranh"), ("giao", "tranh"), ("hoa", "binh"),
                           ("khung", "hoang"), ("tham", "hoa"), ("thien", "tai"), ("bao", "luc")})


_PLACE_WORDS = frozenset({"tai", "o", "toi", "den", "tu"})  # the words a place follows
_NOT_A_NAME_SYLLABLE = frozenset({"tu", "den", "toi", "thang", "nam", "tuan", "ngay", "hom", "vao", "luc", "qua", "nay",
                                  "truoc", "sau", "va", "voi", "cua"})


# A sentence opened by the trip it tells of: "Trong khuôn khổ chuyến thăm chính thức Hoa Kỳ, …", "Nhân dịp chuyến thăm
# Việt Nam của …"
_TRIP_FRAMES = (("trong", "khuon", "kho", "chuyen"), ("nhan", "dip", "chuyen"), ("trong", "chuyen"))


def _trip_country(a: SentenceAnalysis, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """The country of the visit a sentence opens with, where the meetings it tells were held when it names no nearer
    place: "Trong khuôn khổ chuyến thăm chính thức Hoa Kỳ, ngày 23/5, Phó Thủ tướng … đã gặp …"."""
    folded = a.folded
    frame = next((f for f in _TRIP_FRAMES if folded[:len(f)] == f), None)
    if frame is None or folded[len(frame):len(frame) + 1] not in (("tham",), ("cong",), ("lam",)):
        return None
    for k in range(len(frame) + 1, min(len(folded), len(frame) + 8)):
        if _stops(a.gaps[k]):
            return None
        hit = gaz.place_index.match_at(folded, k)
        if hit and " ".join(folded[k:hit[0]]) in COUNTRY_NAMES and (hit[0] == len(folded) or a.gaps[hit[0]] != " "
                                                                    or folded[hit[0]] in ("cua", "va")):
            return k - 1, hit[0], a.text_between(k, hit[0])
    return None


_INITIALS_END = re.compile(r"\b[A-Z]\.[A-Z]\.$")


# Future words that fold like others, taken only as written: "sẽ" (not "sẻ" of "chia sẻ"), "tiến" (not "tiên")
_FUTURE_AS_WRITTEN = {"se": "sẽ", "tien": "tiến"}
_REPORTER_AT = re.compile(r"\bphong vien(?: \w+){0,2}(?: (?:tai|o))?$")


def _find_places(
    a: SentenceAnalysis, gaz: Gazetteer, mention_tokens: set[int], credit: int
) -> list[tuple[int, int, str]]:
    """Places introduced by ``tại``/``ở`` outside people's titles, as (token, end token, text).

    A place is a known one ("Washington D.C.") or a name opened by a place word ("trụ sở …", "Trụ sở
    Chính phủ", "thủ đô …"); it runs over capitalised words and ends before a comma, a date, a time or
    the rest of the clause, so "Washington DC ngày 19/2" is "Washington DC".
    """
    folded, toks, n = a.folded, a.tokens, len(a.tokens)
    places: list[tuple[int, int, str]] = []
    if _PLACE_WORDS.isdisjoint(folded):
        return places  # most sentences say no "tại", "ở", "tới", "đến" or "từ"
    for i, f in enumerate(folded):
        if f not in _PLACE_WORDS or i in mention_tokens or i + 1 >= n or i >= credit:
            continue
        if f == "tu" and folded[i + 1:i + 3] not in (("diem", "cau"), ("dau", "cau")):
            continue  # "từ điểm cầu trụ sở Bộ Công Thương": where an online side sat
        if f in ("toi", "den") and not (gaz.place_index.match_at(folded, i + 1) or gaz.place_head_index.match_at(folded, i + 1)):
            continue  # "tới thành phố Seattle", "đến Hà Nội": only a place named as one
        if folded[i + 1] in _EVENT_WORDS or tuple(folded[i + 1:i + 3]) in _EVENT_PAIRS:
            continue  # "tại Phiên đàm phán cấp Bộ trưởng lần thứ 8", "tại Hội nghị Cấp cao ASEAN": an occasion
        if tuple(folded[max(0, i - 2):i]) in _STRIFE_WORDS:
            continue
        if places and i < places[-1][1]:
            continue  # "ở" inside "trụ sở USDA ở thủ đô Washington" is part of that place
        j = i + 1
        named = False
        last = j  # end of the last word that surely belongs to the place
        while j < n and j - i <= 16:
            if j > i + 1 and _stops(a.gaps[j]):
                # "Washington D.C., Hoa Kỳ": a known place may follow the comma
                hit = gaz.place_index.match_at(folded, j)
                if named and hit and a.gaps[j].lstrip(".").strip() == ",":
                    j = last = hit[0]
                break
            hit = (gaz.place_index.match_at(folded, j) or gaz.organization_index.match_at(folded, j)
                   or gaz.place_head_index.match_at(folded, j))
            if hit:
                j = last = hit[0]
                named = True
                continue
            if folded[j].isdigit() or (j in mention_tokens and not toks[j].is_capitalized) or (
                    toks[j].text.casefold() in ("ông", "bà", "ngài")):
                break  # ("tại Việt Nam lần này Bà Alexis Taylor, …": a person begins)
            if toks[j].is_capitalized or (named and toks[j].text.startswith("(")):
                title_hit = gaz.title_index.match_at(folded, j)
                if title_hit and (folded[j - 2:j] in (("van", "phong"), ("tru", "so")) or (
                        folded[j - 1] in ("bo", "ban") and toks[j - 1].is_capitalized)) and a.gaps[j] == " ":
                    # "tại Văn phòng Chủ tịch nước": the office is the place; "tại Bộ Tư lệnh Cảnh sát biển", "Cơ quan
                    # Thường trực Ban Chỉ đạo 701": a command's or a board's name, not a person's title
                    j = last = title_hit[0]
                    continue
                if title_hit and not gaz.organization_index.match_at(folded, j):
                    break  # "tại Washington D.C., Thứ trưởng …": a person's title begins
                j = last = j + 1
                named = True  # a capitalised name after "tại": "tại Seattle", "tại Hội nghị Cấp cao ASEAN"
                continue
            if not named or folded[j] in _NOT_IN_TITLE or folded[j] in _BREAK_WORDS or toks[j].text == "dự":
                break  # "tới Hoa Kỳ dự Khóa họp …": the verb after the place
            if folded[j] in _PLACE_JOINERS and j + 1 < n and (toks[j + 1].is_capitalized or any(
                    index.match_at(folded, j + 1) for index in (gaz.place_index, gaz.place_head_index))) and not (
                    # "tại trụ sở Bộ Tài chính Mỹ | và Bộ trưởng Thương mại …": the next one met, not more of the place
                    folded[j] == "va" and gaz.title_index.match_at(folded, j + 1) is not None
                    and not gaz.organization_index.match_at(folded, j + 1)):
                j += 1  # "trụ sở USTR ở thủ đô Washington"
                continue
            ahead = next((k for k in range(j + 1, min(j + 3, n)) if _stops(a.gaps[k]) or toks[k].is_capitalized), None)
            if folded[j] in _JOINERS or folded[j] in _LIST_STOPS:
                break  # "tại Bộ Thương mại Hoa Kỳ với ông Harlan": the place ends where the people begin
            if ahead is not None and toks[ahead].is_capitalized and not _stops(a.gaps[ahead]):
                j += 1  # "Bộ Nông nghiệp Hoa Kỳ", "trụ sở USTR ở thủ đô Washington"
                continue
            if toks[j - 1].is_capitalized and folded[j] not in _PLACE_JOINERS and (
                    j + 1 == n or _stops(a.gaps[j + 1])
                    # "trụ sở Bộ Năng lượng ở thủ đô Washington hôm 11/6": before "ở" or the day, the name ends (but
                    # "tại Washington tháng trước", "tại Hoa Kỳ từ ngày …": no syllable of the name there)
                    or ((folded[j + 1] in ("o", "tai") or folded[j + 1] in _NOT_IN_TITLE)
                        and folded[j] not in _NOT_IN_TITLE and folded[j] not in _NOT_A_NAME_SYLLABLE)):
                j = last = j + 1  # the name's last, lower-case syllable: "tại Bộ Thương mại,"
            break
        text = a.text_between(i + 1, last) if named and last > i + 1 else ""
        if text.endswith(".") and not _INITIALS_END.search(text):
            text = text[:-1]  # "tại TP.HCM. Những năm …": the sentence's stop (not that of "Washington D.C.")
        if text.count("(") > text.count(")"):
            text = text[:text.rfind("(")].rstrip()  # "Trụ sở Quốc hội Hoa Kỳ (Thủ đô Washington D.C.), …"
        if i >= 2 and folded[i - 2:i] == ("viet", "nam") and a.gaps[i] == " " and folded[max(0, i - 4):i - 2] in (
                ("thuong", "vu"), ("su", "quan"), ("lanh", "su"), ("dai", "su"), ("vu",)):
            continue  # "Trưởng Thương vụ Việt Nam tại Washington", "Tổng Lãnh sự Việt Nam tại Houston": where that body is
        if i > 0 and a.gaps[i] == " " and fold(text) in COUNTRY_NAMES and (
                i - 1 in mention_tokens or folded[max(0, i - 2):i] in (("hoa", "ki"), ("viet", "nam"))
                or folded[i - 1] == "mi"):  # "Thương vụ Việt Nam tại Hoa Kỳ": a body of one country in the other
            continue  # "Phó Chủ tịch AmCham tại Việt Nam", "Đại sứ Mỹ tại Việt Nam": the body's, not where they met
        if any(c.isupper() for c in text):  # "tại trụ sở cơ quan này" names no place
            places.append((i, last, text))
    return places
