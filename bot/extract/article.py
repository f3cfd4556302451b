"""One article in, its meetings, rounds and newly seen people out.

Pure: text and the gazetteer in, plain data out; no files, no clock.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from ..gazetteer import Gazetteer, PersonEntry
from ..text import SYLLABLE, Sentence, fold, is_related_heading, normalize, split_sentences
from .dates import DATELINE, DateMention, contains, published_date, settle_year, shift_day, stated_years, weekday_before
from .meetings import (
    TASKED,
    TOOK_PART,
    Candidate,
    _date_for,
    _kind,
    at_home,
    attendees,
    candidates,
    generic_body,
    occasion_meeting,
    organizers,
    released,
    several_meetings,
)
from .mentions import ALL, COUNTRY_NAMES, Cue, Mention, SentenceAnalysis, analyse, side_of
from .model import UNKNOWN_DATE, ArticleResult, DateValue, Meeting, NewPerson, OrganizationRef, PersonRef, Round
from .rounds import RoundMention, is_next_step, leads, own_dates, progress_areas, round_dates, round_heads
from .summary import ROUND_SUMMARY, _shorten, anchor_piece, content_start, from_the_act, said_before, summarize

# "Phiên họp do X và Y đồng chủ trì", "Cuộc họp này …": the session the sentence before told
# (or "Chủ trì cuộc họp, phía Việt Nam có …; phía Hoa Kỳ có …", "Đồng chủ trì phía Hoa Kỳ là …")
_SESSION_TOLD = re.compile(r"^(?:(?:phien hop|cuoc hop|phien dam phan|phien lam viec|buoi lam viec|cuoc gap) (?:do|nay)"
                           r"|(?:dong )?chu tri (?:cuoc hop|phien hop|buoi lam viec|phia|hai ben)|dong chu tri)\b")
# Openings that tie a sentence to the event of the one before it.
_LINKED = re.compile(r"^(?:cung )?(?:phien hop (?:do|nay)|cuoc hop (?:do|nay)|phien dam phan (?:do|nay)|phien lam viec do"
                     r"|buoi lam viec do|cuoc gap do|(?:dong )?chu tri (?:cuoc hop|phien hop|buoi lam viec)|dong chu tri phia"
                     r"|ben le|tai su kien|tai buoi le|nhan dip nay|ngay sau do|sau do|tiep do|cung tai|tai day"
                     r"|trong khuon kho (?:su kien|le|hoi nghi|dien dan)|tai le ky|(?:ngay )?(?:sau|truoc) (?:le|buoi|cuoc|khi))\b")  # "Ngay sau lễ đón, …"
_INTERVIEW = re.compile(r"\b(?:phong van|tra loi bao chi|tra loi phong vien|chia se voi phong vien|chia se voi bao)\b")
_PUT_OFF_WORDS = r"hoãn|hủy|huỷ|bác bỏ"
_PUT_OFF = re.compile(rf"\b(?:{_PUT_OFF_WORDS})\b")
_NO_MEETING_HEADLINE = re.compile(rf"\b(?:{_PUT_OFF_WORDS}|kỳ vọng|nếu|nên|cần(?! thơ)|đề xuất|tin đồn|chưa)\b")
_IT_TOOK_PLACE = re.compile(r"^(?:cuoc|buoi) (?:gap|gap go|lam viec|hoi dam|hoi kien|dien dam|tiep|trao doi) (?:da )?"
                            r"(?:dien ra|duoc to chuc)\b")
_ANOTHER_YEAR = re.compile(r"\b(?:năm|hồi)\s+(?:19|20)\d\d\b|\b(?:năm ngoái|năm trước|lần trước)\b", re.IGNORECASE)
_GOES_ON_TO = re.compile(r"\b(?:du|tham du|tham|phat bieu|den|toi|roi|len duong)\b")
_UPON_ARRIVAL = re.compile(r"^(?:ngay )?(?:khi|sau khi|vua) (?:ve )?(?:toi|den|dat chan|ha canh)\b")
_IN_THE_TRIP = re.compile(r"^(?:trong|trong suot|trong khuon kho) (?:chuyen|thoi gian(?: chuyen)?) (?:cong tac|tham|cong du)\b")
_HELD_AT = re.compile(r"\b(?:dien ra|duoc to chuc|to chuc)\b(?!.*[.;])")
_RECALLED = re.compile(r"^(?:truoc do|hoi|nam ngoai|nam truoc|thang truoc|tu nam|hai nha lanh dao nhac lai)\b")
_AT_THAT_TIME = re.compile(r"^(?:thoi diem do|khi do|luc do|vao thoi diem do|vao luc do)\b")
# The meeting just told, as the subject of where or when it was held: "Cuộc gặp diễn ra tại …", "Buổi làm việc diễn ra
# chiều 25-3, trong khuôn khổ …"
_HELD = (r"^(?:cuoc gap|buoi lam viec|cuoc hop|cuoc dien dam|buoi tiep|cuoc hoi dam|phien hop|phien dam phan"
         r"|buoi toa dam|cuoc tiep)\b.{0,40}\b(?:dien ra|duoc to chuc)\b")
_MEETING_HELD = re.compile(_HELD)
_PLACE_FOLLOWS = re.compile(
    _HELD + r"|\btu (?:diem|dau) cau\b"
    # the welcome given the guest, and where: "… dành cho đại sứ nghi thức tiếp tân cao nhất tại Lầu Năm Góc", "Ông X
    # đón đại sứ tại trụ sở Bộ Tài chính"
    r"|\b(?:nghi thuc|nghi le) (?:tiep tan|don tiep|don)\b.{0,30}\btai\b|\bdon (?:dai su|ong|ba|ngai|doan)\b.{0,30}\btai\b")
# Two delegations told as having met, with no cue word: "đoàn đàm phán kỹ thuật của Việt Nam và Mỹ đã làm việc về …",
# "hai đoàn đã họp …"
_DELEGATIONS_MET = re.compile(r"\b(?:doan|nhom|hai doan)\b.{0,60}\b(?:viet nam|hai nuoc|hai doan)\b.{0,40}"
                              r"\bda (?:lam viec|hop|dam phan|trao doi|tien hanh)\b"
                              # "Trong hai ngày họp tại Hà Nội, phía Mỹ đề nghị …": the session, by its days
                              r"|^(?:trong|sau) (?:\S+ )?ngay (?:hop|lam viec|dam phan)\b")
_PART_OF_DAY = re.compile(r"(?:buoi )?(?:sang|chieu|toi|trua)(?: hom do| ngay hom do)?")  # folded, before a comma
# An older photo, or an occasion the text does not name: "(Ảnh tư liệu: …)", "Ảnh: TƯ LIỆU", "trong một lần làm việc"
_FILE_PHOTO = re.compile(r"\bảnh\s*(?::\s*)?tư\s+liệu\b|\b(?:trong|tại)\s+một\s+(?:lần|dịp)\b", re.IGNORECASE)
_COUNTRY = re.compile(r"\b(?:" + "|".join(sorted(COUNTRY_NAMES, key=len, reverse=True)) + r")\b")
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")  # no digit before: looked for after "19"/"20", which are found fast
_GENERIC_ROUND_WORD = re.compile(r"\b(dam phan|vong)\b")
# Words before a round's name that place a meeting outside it: after, before, toward it, building on it ("tiếp nối
# kết quả vòng đàm phán thứ ba"), or left over from it ("còn lại từ vòng …")
_NOT_AFTER = ("sau", "truoc", "chuan bi cho", "tien toi", "noi ket qua", "tiep noi", "con lai tu", "noi dung cho")
TITLE_LENGTH = 110


def _outside_round(folded: Sequence[str], k: int) -> bool:
    """Whether the words just before a round named at token ``k`` place what the sentence tells outside it (see
    :data:`_NOT_AFTER`)."""
    return " ".join(folded[max(0, k - 3):k]).endswith(_NOT_AFTER)


def _headline(sentences: list[Sentence]) -> str | None:
    """The page's headline when the text opens with one: a line of words with no final stop.

    A date line or a menu ("14-11-2025 - 08:52 | Kinh tế", "• Thứ tư, 29/10/2025") is not one.
    """
    if not sentences or sentences[0].kind != "heading":
        return None
    text = sentences[0].text
    words = text.split()
    digits = sum(c.isdigit() for c in text)
    if not 5 <= len(words) <= 40 or digits * 5 > len(text) or any(c in text for c in "|•"):
        return None
    return text


def article_title(sentences: list[Sentence]) -> str:
    """The headline, else the lead sentence, shortened at a word boundary."""
    lead = _headline(sentences) or next((s.text for s in sentences if s.kind == "text"),
                                         sentences[0].text if sentences else "")
    if len(lead) <= TITLE_LENGTH:
        return lead.rstrip(".")
    cut = lead.rfind(" ", 0, TITLE_LENGTH - 1)
    return lead[: cut if cut > 0 else TITLE_LENGTH - 1].rstrip(" ,;:") + "…"


@dataclass
class _Draft:
    """A meeting being assembled from the sentences that report it."""

    date: DateValue
    place: str | None
    kind: str
    people: dict[str, PersonRef] = field(default_factory=dict)
    organizations: dict[str, OrganizationRef] = field(default_factory=dict)
    anchors: list[Candidate] = field(default_factory=list)
    round: tuple[str, int] | None = None
    round_basis: str | None = None
    of_round: bool = False  # the round itself, as a meeting of its heads: its whole section is about it
    named: dict[int, set[str]] = field(default_factory=dict)  # sentence of each report -> the counterparts it names
    apart: list[set[str]] = field(default_factory=list)  # counterparts a sentence says were met each on their own

    @property
    def first_sentence(self) -> int:
        """The sentence of its first report: where the text begins telling it."""
        return min(c.sentence for c in self.anchors)

    @property
    def last_sentence(self) -> int:
        """The sentence of its last report: what follows within a few sentences may still be about it."""
        return max(c.sentence for c in self.anchors)

    def counterpart_keys(self) -> set[str]:
        return {k for k, p in self.people.items() if p.side != "vn"} | {
            k for k, o in self.organizations.items() if o.side != "vn"
        }

    def compatible(self, date: DateValue, place: str | None, hosts: set[str] = frozenset(), near: bool = False,
                   alone: bool = False) -> bool:
        """Whether a report of the same counterpart is this meeting: the same day (the lead and the body
        may name its place differently), or, without a date on one side, the same place — or the same
        Vietnamese host, however each report names the place ("tại Washington D.C." in the lead, "tại Bộ
        Ngoại giao Hoa Kỳ" in the body) a few sentences apart ("Trước đó, … tại Malaysia" far below is not)."""
        if self.date.known and date.known:
            # one counterpart met on a trip, then told again alone with the day: "… các cuộc làm việc với A, B" and
            # "Tại cuộc làm việc với A ngày 9/9, …"
            return self.date.iso == date.iso or (alone and len(self.counterpart_keys()) == 1 and _within(date, self.date)
                                                 and (not hosts or bool(hosts & self._hosts())))
        if near and hosts & self._hosts():
            return True
        mine, theirs = (None if not x or fold(x) in COUNTRY_NAMES else fold(x) for x in (self.place, place))
        # a country alone ("đầu tư … tại Việt Nam") says too little to tell two meetings apart
        return not mine or not theirs or mine in theirs or theirs in mine

    def _hosts(self) -> set[str]:
        return {k for k, p in self.people.items() if p.side == "vn"}

    def take_place(self, place: str | None) -> None:
        """Of two namings of one meeting's place, the one that says more ("trụ sở USTR ở Washington");
        a country alone never replaces a place."""
        if place and self.place and (fold(place) in COUNTRY_NAMES or fold(place).startswith("tinh ")):
            # (nor a province, where the visit went: "tại TP Sầm Sơn, … tiếp … Đại sứ … tới thăm và làm việc tại tỉnh
            # Thanh Hóa", told again as the welcome)
            return
        if place and (not self.place or (len(place) > len(self.place) and fold(self.place) not in fold(place)
                                         and len(place) <= 90) or fold(self.place) in fold(place)):
            self.place = place


def _within(day: DateValue, span: DateValue) -> bool:
    """Whether a day falls inside a span of days: "trong chuyến công tác từ ngày 8 đến 11/9, … các cuộc làm việc
    với A, B" and then "Tại cuộc làm việc với A ngày 9/9" tell A's one meeting twice, the second time with its day."""
    if day.precision not in ("day", "day_no_year") or span.precision not in ("range", "range_no_year"):
        return False
    first, _, last = (span.iso or "").partition("/")
    return (day.iso or "").startswith("--") == first.startswith("--") and first <= (day.iso or "") <= last


def _name_words(name: str) -> list[str]:
    """A name's folded words, each initial its own ("Marc E.Knapper": "marc", "e", "knapper"; ``fold`` alone would join
    "E.Knapper" as one abbreviation)."""
    return fold(re.sub(r"[.’']", " ", name)).split()


class _Registry:
    """The named people of one article, for resolving "hai Thượng nghị sĩ" to who they are."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.people: dict[str, PersonRef] = {}
        self.titles: dict[str, list[str]] = {}
        self.alias: dict[str, str] = {}

    def key(self, m: Mention) -> str:
        """The person a mention names: "ông Whitmore" is the article's "Sarah Whitmore"."""
        key = m.key()  # built from the name each time: once here
        return self.alias.get(key, key)

    def ref(self, m: Mention) -> PersonRef:
        return self.people[self.key(m)]

    def add_all(self, mentions: list[Mention]) -> None:
        """Full names first, then surnames alone, each resolved to the one full name it ends, if one."""
        single = [m for m in mentions if m.person is None and " " not in m.name.strip()]

        def written(name: str) -> int:
            """How often the article writes a name, and any name ending in its surname (asked only of a typo merged)."""
            surname = _name_words(name)[-1]
            return sum((m.name == name) + (m.name == surname) + (bool(m.name) and _name_words(m.name)[-1] == surname)
                       for m in mentions)
        # (a name by its initials after the names written out: "H.R. McMaster" is the article's "Herbert Raymond McMaster")
        for m in sorted(mentions, key=lambda m: _initials_only(m.name)):
            if m.person is None and " " not in m.name.strip():
                continue  # in ``single`` (the test, not a search of the list comparing every field)
            plain = _without_initials(m.name)
            same = None if m.person is not None else next(
                (k for k, p in self.people.items() if p.name and _without_initials(p.name) == plain and k != m.key()), None)
            if same is None and m.person is None and m.side != "vn" and len(plain.split()) >= 2:
                # "Michael George DeSombre" and "Michael DeSombre": one man, his middle name left out
                words = plain.split()
                # "Bruno Rodríguez Parrilla" and "Bruno Rodríguez": his second surname left out
                alike = [k for k, p in self.people.items() if p.name and p.side != "vn" and k != m.key()
                         and (w := _without_initials(p.name).split())[0] == words[0]
                         and (w[-1] == words[-1] or w[:len(words)] == words)]
                same = alike[0] if len(alike) == 1 else None
            if same is None and m.person is None and m.side != "vn" and _initials_only(m.name):
                *initials, surname = _name_words(m.name)
                spelt = [k for k, p in self.people.items() if p.name and p.side != "vn" and k != m.key()
                         and len(w := _name_words(p.name)) == len(initials) + 1 and w[-1] == surname
                         and all(x.startswith(i) for x, i in zip(w, initials))]
                same = spelt[0] if len(spelt) == 1 else None
            if same is None and m.person is None and m.side == "vn" and len(plain.split()) >= 2:
                # "Lê Hoài trung" (the given name typed in lower case) is the article's "Lê Hoài Trung"
                longer = [k for k, p in self.people.items() if p.name and p.side == "vn"
                          and _without_initials(p.name).startswith(plain + " ")]
                same = longer[0] if len(longer) == 1 else None
            if same is None and m.person is None and m.side != "vn" and len(plain) >= 10:
                # "Samatha Power" in one line, "Samantha Power" in another: one letter mistyped, one woman; two in a given
                # name of six letters or more, the surname and initials the same ("Mathemw H. King", "Matthew H.King")
                typo = [k for k, p in self.people.items() if p.name and p.side == m.side and k != m.key()
                        and len(w := _without_initials(p.name)) >= 10 and len(w.split()) == len(plain.split())
                        and ((d := Levenshtein.distance(fold(w), fold(plain), score_cutoff=2)) <= 1
                             or (d == 2 and _name_words(p.name)[1:] == _name_words(m.name)[1:]
                                 and len(w.split()[0]) >= 6 and len(_name_words(m.name)) >= 2))]
                same = typo[0] if len(typo) == 1 else None
                if same is not None and written(m.name) > written(self.people[same].name):
                    # the article's own spelling is the one it writes most: the body's "Patrick Leahy" four times, not
                    # the caption's "Patrick Leahyn" once
                    self.people[same] = replace(self.people[same], name=m.name)
            if same:  # "Melissa A. Brown" and "Melissa Brown" are one person
                self.alias[m.key()] = same
                continue
            if m.person is None and m.side != "vn" and len(plain.split()) == 1 and plain != fold(m.name) and (
                    entry := self._known_by_initials(m.name, plain)) is not None:
                known = replace(m, person=entry, name=entry.name)  # "E. Knapper": the known "Marc E. Knapper"
                self.add(known)
                self.alias[m.key()] = known.key()
                continue
            self.add(m)
        for m in single:
            last = fold(m.name)
            owners = {k for k, p in self.people.items() if p.name and fold(p.name).split()[-1:] == [last]}
            if not owners:
                # "ông Hà" for "Phó Thủ tướng Trung Quốc Hà Lập Phong": a third country's surname comes first
                owners = {k for k, p in self.people.items() if p.name and p.side == "other"
                          and fold(p.name).split()[:1] == [last]}
            if len(owners) == 1:
                self.alias[m.key()] = owners.pop()
                title = m.title and self.people[self.alias[m.key()]]
                if title and fold(m.title) not in self.titles[self.alias[m.key()]]:
                    self.titles[self.alias[m.key()]].append(fold(m.title))
            else:
                self.add(m)

    def _known_by_initials(self, name: str, surname: str) -> PersonEntry | None:
        """The one known person an initial and a surname stand for ("E. Knapper" is "Marc E. Knapper"): their surname,
        and each initial one of their names begins with."""
        initials = [w for w in _name_words(name) if len(w) == 1]
        found = [p for p in self.gaz.people if p.side != "vn" and fold(p.name).split()[-1:] == [surname]
                 and all(any(w.startswith(i) for w in _name_words(p.name)[:-1]) for i in initials)]
        return found[0] if len(found) == 1 else None

    def add(self, m: Mention) -> None:
        key = m.key()
        ref = self.people.get(key)
        if ref is None:
            entry = m.person
            ref = PersonRef(
                name=m.name, side=m.side, title=m.title, organization=m.organization, id=entry.id if entry else None
            )
            self.people[key] = ref
            self.titles[key] = [fold(t) for t in (entry.titles if entry else ())]
        elif len(m.title) > len(ref.title):
            ref.title = m.title
        if m.title and fold(m.title) not in self.titles[key]:
            self.titles[key].append(fold(m.title))

    def resolve(self, title: str) -> list[str]:
        """The named people a title alone stands for ("Tổng thống Mỹ" is the article's "Tổng thống Donald Trump")."""
        wanted = fold(title)
        # "Trưởng đoàn đàm phán Chính phủ" is the head, not his deputy "Phó Trưởng đoàn đàm phán Chính phủ"
        found = [k for k, ts in self.titles.items() if any(t.startswith(wanted) for t in ts)]
        found = found or [k for k, ts in self.titles.items() if any(f" {wanted}" in t for t in ts)]
        # "Trợ lý Bộ trưởng Thương mại Hoa Kỳ phụ trách Thực thi …" is the article's "ông X, Trợ lý Bộ trưởng Thương mại
        # Hoa Kỳ", the post told in full
        found = found or [k for k, ts in self.titles.items() if any(len(t.split()) >= 4 and wanted.startswith(t + " phu trach")
                                                                    for t in ts)]
        # "Chủ tịch TP.Đà Nẵng" is the article's "Chủ tịch UBND TP.Đà Nẵng": the people's committee left unsaid
        plain = wanted.replace("ubnd ", "")
        found = found or [k for k, ts in self.titles.items() if any(t.replace("ubnd ", "").startswith(plain) for t in ts)]
        # "Phó Chủ tịch Hội đồng Kinh doanh Hoa Kỳ-ASEAN" (a caption) is the article's "ông X, Phó Chủ tịch kiêm Giám đốc
        # điều hành khu vực của Hội đồng Kinh doanh Hoa Kỳ-ASEAN": the first of his posts, at the same body
        words = wanted.split()
        found = found or [k for k, ts in self.titles.items() if any(
            t.startswith(" ".join(words[:i]) + " kiem ") and f" {' '.join(words[i:])}" in t
            for t in ts for i in range(1, len(words) - 2))]
        # "Chủ tịch Tập đoàn Oracle" is the article's "Chủ tịch điều hành Tập đoàn Oracle": a word on the post left out
        found = found or [k for k, ts in self.titles.items() if any(_shortened(words, t.split()) for t in ts)]
        if found:
            return found
        bare = _bare_title(wanted)
        return [k for k, ts in self.titles.items() if bare and any(_bare_title(t) == bare for t in ts)]


def _shortened(short: list[str], full: list[str]) -> bool:
    """Whether a post is the full one with a word or two inside it left out ("Chủ tịch [điều hành] Tập đoàn Alphabet"),
    its first word kept; what the full one adds after it (a bracket's "công ty mẹ của Google") does not count."""
    if len(short) < 3 or not full or short[0] != full[0]:
        return False
    at, skipped = 0, 0
    for w in short:
        while at < len(full) and full[at] != w:
            at, skipped = at + 1, skipped + 1
        if at == len(full) or skipped > 2:
            return False
        at += 1
    return skipped > 0


def _bare_title(folded_title: str) -> str:
    """A title without its country: "Đại sứ Mỹ" and "Đại sứ Hoa Kỳ tại Việt Nam" are the same post."""
    return " ".join(w for w in _COUNTRY.sub(" ", folded_title).split() if w not in ("tai", "o", "cua"))


def _initials_only(name: str) -> bool:
    """A name whose given names are only initials: "H.R. McMaster", "J. Smith"."""
    words = _name_words(name)
    return len(words) >= 2 and all(len(w) == 1 for w in words[:-1])


def _without_initials(name: str) -> str:
    return " ".join(w for w in fold(name).split() if len(w) > 1)


def _person_refs(m: Mention, registry: _Registry) -> list[PersonRef]:
    """The people a mention stands for, resolving titles to named people where the article allows."""
    if m.kind == "person":
        return [registry.ref(m)]
    if m.kind != "unnamed":
        return []
    whole = registry.resolve(m.title)
    if not whole and m.side and m.count is None and "," not in m.title:
        # "… với Thứ trưởng Bộ Ngoại giao Mỹ. | Thứ trưởng David Hale cho biết …": the one of that side whose shorter post
        # the full one goes on from with the body it is of
        bare = _bare_title(fold(m.title)).split()
        longer = [k for k, ts in registry.titles.items() if registry.people[k].side == m.side and registry.people[k].name
                  and any((t := _bare_title(x).split()) and len(t) < len(bare) and bare[:len(t)] == t
                          and registry.gaz.organization_head_index.match_at(bare, len(t)) for x in ts)]
        whole = longer if len(longer) == 1 else []
    if m.count == ALL:
        # "các nghị sĩ Hoa Kỳ", "đoàn Thượng nghị sĩ": everyone whose post contains it
        # (or, failing that, its first words: "Đoàn Nghị sĩ lưỡng đảng Hạ viện Hoa Kỳ" are the article's "Hạ Nghị sĩ X")
        words = _bare_title(fold(m.title)).split()
        for size in range(len(words), 1, -1):
            bare = f" {' '.join(words[:size])} "
            whole = whole or [k for k, ts in registry.titles.items() if any(bare in f" {_bare_title(t)} " for t in ts)]
    if m.side and (len(whole) > (m.count or 1) or m.count == ALL):
        whole = [k for k in whole if registry.people[k].side == m.side]  # "Bộ trưởng" reporting: the Vietnamese one
    if m.count and m.count != ALL and m.count > 1 and any(registry.people[k].side == "other" for k in whole):
        # "Tại hội đàm, hai Bộ trưởng trao đổi …" after our minister met Japan's: the two of that meeting, not ours
        # and an American named later
        return []
    if len(whole) > (m.count or 1) and m.count != ALL:
        # "tiếp Đại sứ Đặc mệnh toàn quyền các nước Campuchia, Mỹ và Philippines": of these talks, the US one
        ours = [k for k in whole if registry.people[k].side in ("us", "vn")]
        whole = ours if len(ours) == (m.count or 1) else whole
    if whole and (len(whole) == (m.count or 1) or m.count == ALL):
        return [registry.people[k] for k in whole]
    refs, rest = [], []
    for part in m.title_parts:
        hit = registry.resolve(part) if not rest else []
        if len(hit) == 1:
            refs.append(registry.people[hit[0]])
        else:
            rest.append(part)
    # "cuộc gặp với Thống đốc, lãnh đạo bang": past the people resolved, a bare "lãnh đạo" or "đại diện" is nobody
    if rest and not (refs and all(fold(part).split()[:2] in (["lanh", "dao"], ["dai", "dien"])
                                  and len(fold(part).split()) <= 3 for part in rest)):
        # (none resolved: the chain as written, "Chủ tịch kiêm Giám đốc điều hành …", not its parts joined by commas)
        title = ", ".join(rest) if refs else m.title
        refs.append(PersonRef(name="", side=m.side or "us", title=title))
    return refs


def _hosts_for_generic(cand: Candidate, analyses: list[SentenceAnalysis], drafts: list[_Draft]) -> bool:
    """A meeting with "cộng đồng doanh nghiệp Hoa Kỳ" is one with the bodies that organised it, named just
    before ("VCCI phối hợp với AmCham và US Chamber tổ chức Hội nghị …"); "Tại buổi tọa đàm, đại diện các tập
    đoàn Hoa Kỳ …" is the round table already reported. False when the candidate adds nothing."""
    others = [m for m in cand.participants if m.side != "vn"]
    if not others or not all(generic_body(m) for m in others):
        return True
    i = cand.sentence
    hosts_here = {m.name for m in cand.participants if m.side == "vn"}
    recent = [d for d in drafts if d.kind == cand.kind and i - d.last_sentence <= 3
              and cand.date is None and hosts_here <= {p.name for p in d.people.values()}]
    if recent:
        recent[-1].anchors.append(cand)
        return False
    for j in range(i - 1, max(-1, i - 3), -1):
        hosts = organizers(analyses[j])
        if hosts:
            cand.participants = [m for m in cand.participants if m.side == "vn"] + hosts
            # "Ngày 12.11.2025, tại Hà Nội, VCCI phối hợp với AmCham … tổ chức Hội nghị …": its day and place
            cand.date = cand.date or _date_for(analyses[j], None)
            named = [p[2] for p in analyses[j].places if fold(p[2]) not in COUNTRY_NAMES]
            cand.place = cand.place or (named[0] if named else None)
            return True
    return True


# What was told as earlier than the dateline's day: "Hà Nội, ngày 10/3 - Tuần trước, …"
_EARLIER_SPAN = re.compile(r"\b(?:tuần trước|tuần qua|cuối tuần qua|tháng trước|tháng qua|hôm trước|mấy ngày qua)\b")


def _dateline(analyses: list[SentenceAnalysis], pub: date | None, stated: dict[str, int],
              gaz: Gazetteer) -> tuple[DateValue, str | None] | None:
    """The day of the dateline opening the article's first paragraphs, with its year settled, and the place it was
    filed from when the lexicon knows it as a place ("Kuala Lumpur", not "(VOV)" or "TPO"); None without one."""
    for a in analyses[:3]:
        if a.sentence.kind != "text":
            continue
        m = DATELINE.match(a.sentence.text)
        if m:
            day, month = int(m.group(2)), int(m.group(3))
            if 1 <= month <= 12 and 1 <= day <= 31:
                value = DateValue(f"--{month:02d}-{day:02d}", m.group(0).strip(), "day_no_year")
                where = m.group("where").strip()
                words = fold(where).split()
                known = gaz.place_index.match_at(words, 0) if words else None
                return settle_year(value, pub, stated), where if known and known[0] == len(words) else None
        # "WASHINGTON (VOV) - Ngày 10/3, …": filed from a place, on no day of its own
        m = _PLACE_LINE.match(a.sentence.text)
        if m:
            words = fold(m.group("where")).split()
            known = gaz.place_index.match_at(words, 0) if words else None
            if known and known[0] == len(words):
                name = m.group("where").strip()
                return UNKNOWN_DATE, name.title() if name.isupper() else name
        return None
    return None


_PLACE_LINE = re.compile(r"^(?P<where>[^\n.,()]{2,30}?)\s*\([^()]{2,20}\)\s*[-–—]\s")


def _filed_from(drafts: list[_Draft], dateline: tuple[DateValue, str | None] | None) -> None:
    """A meeting met in person with no place told, held on the day a correspondent filed from somewhere or the two
    days before ("Kuala Lumpur, 26/10 - Chiều 26/10, … đã tiếp …", "Washington (TTXVN) 21/2 - Chiều 20/2 (giờ địa
    phương), …"), was held there: that is where the correspondent followed it."""
    if dateline is None or dateline[1] is None:
        return

    def day(value: DateValue) -> date:  # a day without its year: both in one leap year, so 29/2 is a day
        return date.fromisoformat(value.iso if value.year_known else "2000" + value.iso[1:])

    filed, both_dated = dateline[0], dateline[0].year_known
    if not filed.known:  # filed from a place on no day: the lead's meeting in person was held there
        for d in drafts:
            if not d.place and d.kind in ("in_person", "roundtable") and d.first_sentence <= 2:
                d.place = dateline[1]
        return
    for d in drafts:
        if d.place or d.kind not in ("in_person", "roundtable") or d.date.precision not in ("day", "day_no_year"):
            continue
        if d.date.year_known == both_dated and 0 <= (day(filed) - day(d.date)).days <= 2:
            d.place = dateline[1]


_THEIRS = PersonRef(name="", side="other", title="")  # a bare "ông" that stands for a foreigner


def _other_side_told(cand: Candidate) -> bool:
    """Whether a candidate has someone of the other side, named or told of ("đã tiếp đoàn", "hai nhà lãnh đạo")."""
    return cand.pair or cand.delegation or cand.interviewee or bool(cand.led_bodies) or any(
        m.side != "vn" for m in cand.participants)


def _delegation_told(analyses: list[SentenceAnalysis], i: int) -> SentenceAnalysis | None:
    """The sentence just before ``i`` that brings a US delegation in, its people or its body the subject of the
    visit: "Đoàn công tác của Hội đồng X đã đến thăm và làm việc tại …"."""
    if i == 0:
        return None
    a = analyses[i - 1]
    first = next((m for m in a.mentions if m.side in ("us", "vn")), None)
    return a if first is not None and first.side == "us" and _VISITED.search(" ".join(a.folded)) else None


def _our_delegation_head(analyses: list[SentenceAnalysis], i: int) -> Mention | None:
    """Who led our delegation, as one of the sentences just before ``i`` tells: "đoàn công tác của Bộ Công Thương do
    Thứ trưởng X dẫn đầu …", or the first it lists: "Tham gia Đoàn, về phía Bộ Công Thương, có Ông X, Thứ trưởng …"."""
    for a in reversed(analyses[max(0, i - 4):i]):
        listed = a.folded[:3] in (("tham", "gia", "doan"), ("thanh", "phan", "doan"))
        for m in a.mentions:
            if m.kind == "person" and m.side == "vn" and "doan" in a.folded[:m.start] and (
                    listed or a.folded[m.end:m.end + 2] in (("dan", "dau"), ("lam", "truong"))):
                return m
    return None


_VISITED = re.compile(r"\b(?:den|sang|toi) (?:tham|lam viec)\b")


def _apart_on_one_day(drafts: list[_Draft]) -> None:
    """ "… đã có cuộc trao đổi với Giám đốc cơ quan A và Phó Chủ tịch AmCham": each met on their own, but told by one
    cue; the day a later report gives one of them is the day of the other too, when nothing dates it."""
    for d in drafts:
        if d.date.known or any(e is not d and set(d.counterpart_keys()) & set(e.counterpart_keys()) for e in drafts):
            continue  # (one met again, reported on a day of their own, may be that day's)
        cues = {(c.sentence, c.cue.start) for c in d.anchors if c.apart and c.cue is not None}
        days = {e.date.iso: e for e in drafts if e is not d and e.date.known
                and cues & {(c.sentence, c.cue.start) for c in e.anchors if c.apart and c.cue is not None}}
        if len(days) == 1:
            (e,) = days.values()
            d.date = e.date
            d.take_place(e.place)


# Words after a delegation's name: its verb, or the time or place of what it did ("sang" is both "sang thăm" and "sáng")
_DELEGATION_ENDS = frozenset({"da", "dang", "cung", "co", "den", "sang", "toi", "tham", "lam", "gap", "tiep", "tu", "tai",
                              "trong", "vao", "ngay", "chieu", "do"})


def _our_body_before(d: _Draft) -> OrganizationRef | None:
    """A body of ours named before the cue of the meeting's report, as who held it."""
    for c in d.anchors:
        if c.cue is None:
            continue
        body = next((m for m in c.analysis.mentions if m.kind == "org" and m.side == "vn" and m.end <= c.cue.start
                     and not any(p.kind == "person" for p in c.analysis.mentions if p.start < c.cue.start)), None)
        if body is not None:
            return OrganizationRef(body.name, "vn", body.org.id if body.org else None)
    return None


def _our_delegation(d: _Draft, analyses: list[SentenceAnalysis], gaz: Gazetteer) -> OrganizationRef | None:
    """Our delegation as the subject of a meeting none of ours is named at ("Đoàn đã có các cuộc hội kiến với Thị trưởng
    X"): by the name the article gave it, with what makes it ours ("đoàn công tác tỉnh Đồng Nai", "đoàn các địa phương
    Việt Nam")."""
    for c in d.anchors:
        a = c.analysis
        if c.cue is None:
            continue
        # (before the first cue of its report: "Đoàn Việt Nam đã có các cuộc hội đàm, tiếp xúc và làm việc với …")
        opening = min((x.start for x in a.cues if x.start <= c.cue.start), default=c.cue.start)
        # (past a visit told first, with no stop: "đoàn đã tới thăm trung tâm hành chính bang California tại San
        # Francisco và hội kiến với …")
        start = next((j for j in range(opening - 1, max(-1, opening - 20), -1) if a.folded[j] == "doan"), None)
        first = min((x.start for x in a.cues if start is not None and x.start > start), default=c.cue.start)
        if start is None or any(m.side == "us" and start <= m.start < c.cue.start for m in a.mentions) or any(
                any(ch in a.gaps[k] for ch in ",;:") for k in range(start + 1, first)):
            continue
        for b in [a] + [analyses[k] for k in range(a.sentence.index - 1, max(-1, a.sentence.index - 8), -1)]:
            for j, w in enumerate(b.folded):
                if w != "doan" or (b is a and j != start):
                    continue
                end = j + 1
                while end < len(b.folded) and b.folded[end] not in _DELEGATION_ENDS and b.gaps[end] == " ":
                    end += 1
                phrase = b.folded[j:end]
                if end - j > 1 and (side_of(list(phrase), gaz, "", b.tokens[j:end]) == "vn"
                                    or "tinh" in phrase or ("thanh", "pho") in pairwise(phrase)):
                    return OrganizationRef(b.text_between(j, end), "vn")
    return None


def _between_foreigners(cand: Candidate) -> bool:
    """ "Bộ trưởng Thương mại Suphajee Suthumpun đã gặp Đại diện Thương mại Mỹ Jamieson Greer", "Koo Yun-cheol và … Kim
    Jung-kwan đã gặp … Lutnick": a report whose subject and object are both foreign people and none of ours is a
    meeting of theirs, whose titles may not say which country."""
    return cand.cue is not None and not cand.interviewee and not any(m.side == "vn" for m in cand.participants) and any(
        m.end <= cand.cue.start and m.kind == "person" for m in cand.participants) and any(
        m.start >= cand.cue.end and m.kind == "person" for m in cand.participants)


def _pronoun_referent(a: SentenceAnalysis, cue: Cue | None, analyses: list[SentenceAnalysis]) -> Mention | None:
    """Who a bare "ông"/"bà" just before a meeting's cue stands for: the man named last before it, in its sentence
    or the two before; None when the subject is no bare pronoun."""
    if cue is None or not any(t.text.casefold() in ("ông", "bà") for t in a.tokens[max(0, cue.start - 3):cue.start]):
        return None
    for k in range(a.sentence.index, max(-1, a.sentence.index - 3), -1):
        named = [m for m in analyses[k].mentions if m.kind == "person" and m.name
                 and (k < a.sentence.index or m.end <= cue.start)]
        if named:
            return named[-1]
    return None


def _pronoun_host(d: _Draft, analyses: list[SentenceAnalysis], registry: _Registry) -> PersonRef | None:
    """ "… Phó Thủ tướng Hồ Đức Phớc sang Washington. Ngày 9/4, ông làm việc với …": a bare "ông"/"bà" as the
    subject is the man of ours named last before it, not the article's leading figure.  "… Ryosei Akazawa đã có
    chuyến thứ 8 tới Washington. Ông làm việc với … Lutnick": the man named last is theirs, and so is the meeting."""
    first = min(d.anchors, key=lambda c: c.sentence)
    last = _pronoun_referent(first.analysis, first.cue, analyses)
    if last is None:
        return None
    return registry.ref(last) if last.side == "vn" and registry.ref(last).side == "vn" else _THEIRS


def _pronoun_counterpart(cand: Candidate, refs: list[PersonRef], orgs: list[OrganizationRef],
                         analyses: list[SentenceAnalysis], registry: _Registry) -> PersonRef | None:
    """ "Phó Đại diện Thương mại Rick Switzer đánh giá cao …. Ông nhắc lại buổi làm việc với Thứ trưởng … Tân": a
    meeting with one of ours whose subject is a bare "ông" standing for an American named just before has him as its
    counterpart (one of a third country would make it no meeting of these talks)."""
    if not any(p.side == "vn" for p in refs) or any(x.side not in ("vn", "other") for x in [*refs, *orgs]):
        return None
    last = _pronoun_referent(cand.analysis, cand.cue, analyses)
    if last is None or last.side != "us" or registry.ref(last).side != "us":
        return None
    return registry.ref(last)


def _opens_with_part_of_day(a: SentenceAnalysis) -> bool:
    """ "Buổi sáng, Bộ trưởng tiếp …", "Chiều hôm đó, …": a part of a day told before, and no day of its own."""
    comma = next((k for k in range(1, min(len(a.tokens), 5)) if "," in a.gaps[k]), None)
    return comma is not None and _PART_OF_DAY.fullmatch(" ".join(a.folded[:comma])) is not None


def _kind_from_the_headline(kept: list[tuple[Meeting, _Draft]], analyses: list[SentenceAnalysis]) -> None:
    """"Cuộc điện đàm của Ngoại trưởng Hoa Kỳ với Bộ trưởng Ngoại giao" as the headline, and only "đã có cuộc trao đổi với
    …" in the body: the one meeting the article reports was the call its headline names."""
    if len(kept) != 1 or not analyses or analyses[0].sentence.kind != "heading":
        return
    meeting, d = kept[0]
    kinds = {c.kind for c in analyses[0].cues} - {"in_person"}
    if meeting.kind == "in_person" and len(kinds) == 1 and all(
            c.cue is not None and "trao doi" in " ".join(c.analysis.folded[c.cue.start:c.cue.end]) for c in d.anchors):
        meeting.kind = d.kind = kinds.pop()


_PROVINCE_WORDS = frozenset({"tinh", "bang", "tp"})


def _visited(a: SentenceAnalysis, gaz: Gazetteer) -> str | None:
    """The known place a sentence says a visit went to: "… đã đến thăm tỉnh Quảng Bình", "thăm thành phố Đà Nẵng"."""
    for k, t in enumerate(a.tokens):
        if t.text.casefold() != "thăm":
            continue
        j = k + 1
        if j < len(a.tokens) and a.folded[j] in _PROVINCE_WORDS:
            j += 1
        elif a.folded[j:j + 2] == ("thanh", "pho"):
            j += 2
        hit = gaz.place_index.match_at(a.folded, j)
        if hit and a.tokens[j].is_capitalized and fold(hit[1]) not in COUNTRY_NAMES:
            return a.text_between(k + 1, hit[0])
    return None


def _delegations_day(sentences: list[SentenceAnalysis]) -> DateMention | None:
    """The one day (or span) of the last of ``sentences`` that tells of a delegation with a date: "Từ ngày 18/10 đến
    ngày 24/10/2018, Đoàn công tác của Việt Nam … đã …"."""
    told = next((b for b in reversed(sentences) if "doan" in b.folded and b.dates), None)
    return told.dates[0] if told is not None and len(told.dates) == 1 and not told.dates[0].relative else None


def _tells_a_visit(a: SentenceAnalysis) -> bool:
    """Whether the sentence has "thăm" as written (it folds to "tham": the folded words, tested in C, pass over most
    sentences)."""
    return "tham" in a.folded and any(t.text.casefold() == "thăm" for t in a.tokens)


def _visit_span(a: SentenceAnalysis) -> tuple[DateValue, str | None] | None:
    """"X đã hoàn thành chuyến thăm Đà Nẵng (ngày 15-17/9)": the one span of days a visit is told with, and where."""
    spans = [d.value for d in a.dates if d.value.precision.startswith("range") and not d.relative]
    named = [p[2] for p in a.places if fold(p[2]) not in COUNTRY_NAMES]
    return (spans[0], named[-1] if named else None) if len(spans) == 1 else None


def _sets_the_time(analyses: list[SentenceAnalysis], i: int, reporting: set[int]) -> bool:
    """ "Điểm nhấn … diễn ra vào chiều 12-6 …, buổi làm việc cuối cùng. Theo đề xuất …, X đã đàm phán với Y":
    the sentence before, in the same paragraph, names nobody and reports no meeting, only when."""
    if i == 0 or i - 1 in reporting:
        return False
    prev = analyses[i - 1]
    return (prev.sentence.paragraph == analyses[i].sentence.paragraph and not prev.mentions
            and not prev.futures and len(prev.dates) >= 1)


# A lead telling receptions to be reported one by one: "… đã lần lượt tiếp lãnh đạo bốn tập đoàn hàng đầu của Hoa Kỳ",
# "… tiếp lãnh đạo các doanh nghiệp Hoa Kỳ"
# (or the envoys of several countries received at once to present their credentials: "tiếp đại sứ ba nước Mỹ, Panama và
# Qatar", then "Tiếp tân Đại sứ Mỹ X, …")
_ONE_BY_ONE = re.compile(r"\blan luot (?:tiep|gap|lam viec|hoi kien)\b"
                         r"|\b(?:tiep|gap|lam viec voi) (?:lanh dao|dai dien) (?:\w+ ){0,2}(?:tap doan|doanh nghiep|cong ty)"
                         r"|\btiep (?:cac )?(?:tan )?dai su (?:cua )?(?:cac|hai|ba|bon|nam|sau|\d+) (?:nuoc|quoc gia)\b")


def _received_one_by_one(drafts: list[_Draft], analyses: list[SentenceAnalysis], context, registry: _Registry,
                         pub: date | None, stated: dict[str, int]) -> None:
    """ "Chiều 17/2, tại Washington, Tổng Bí thư đã lần lượt tiếp lãnh đạo bốn tập đoàn … | Tiếp ông X, …": each
    reception told after such a lead, undated, is on its day and at its place."""
    for d in drafts:
        if d.date.known:
            continue
        hosts = {k for k, p in d.people.items() if p.side == "vn"}
        for i in range(d.first_sentence - 1, max(-1, d.first_sentence - 9), -1):
            a = analyses[i]
            if not _ONE_BY_ONE.search(" ".join(a.folded)):
                continue
            told = context(i)
            if told is None:
                continue  # another reception told one by one ("Tiếp lãnh đạo Tập đoàn X, …"): further up
            # (its host, or none named yet: "Tiếp lãnh đạo Tập đoàn X, Chủ tịch nước đề nghị …")
            if not hosts or any(m.kind == "person" and m.side == "vn" and registry.key(m) in hosts for m in a.mentions):
                d.date = settle_year(told[0], pub, stated)
                d.place = d.place or told[1]
            break


def _connection_point(drafts: list[_Draft], analyses: list[SentenceAnalysis]) -> None:
    """ "… đã đồng chủ trì phiên đàm phán theo hình thức trực tuyến. Phía Việt Nam tham dự tại điểm cầu trụ sở Bộ Công
    Thương ở Hà Nội.": an online session's place is where our side joined it, told in the sentence after."""
    for d in drafts:
        if d.place or d.kind != "online":
            continue
        for a in analyses[d.last_sentence + 1:d.last_sentence + 3]:
            point = next((p[2] for p in a.places if fold(p[2]).startswith("diem cau")), None)
            if point and not a.cues:
                d.place = point
                break


def _goes_on_with_the_plan(analyses: list[SentenceAnalysis], a: SentenceAnalysis) -> bool:
    """ "Trong ngày thứ hai, Thủ tướng sẽ gặp …. Hoạt động đáng chú ý … là các cuộc tiếp xúc với lãnh đạo … như Chevron":
    a sentence with no day and nothing done ("đã", "vừa"), right after one of what is to come, goes on with the plan."""
    if a.sentence.index == 0 or a.dates or a.sentence.kind != "text":
        return False
    prev = analyses[a.sentence.index - 1]
    if not prev.futures or prev.sentence.paragraph != a.sentence.paragraph or prev.sentence.kind != "text":
        return False
    return not any(t.text.casefold() in ("đã", "vừa", "đang") for t in a.tokens)


def _brands_before_names(analyses: list[SentenceAnalysis]) -> None:
    """ "Chủ tịch Warburg Pincus Timothy Geithner": the firm the article names on its own elsewhere is where he is
    chairman, not the first half of his name."""
    brands = {m.name for a in analyses for m in a.mentions if m.kind == "org" and m.org is None and m.name[:1].isupper()}
    if not brands:
        return
    for a in analyses:
        for m in a.mentions:
            if m.kind != "person" or not m.discovered or not m.name:
                continue
            brand = next((b for b in brands if m.name.startswith(b + " ") and len(m.name[len(b):].split()) >= 2), None)
            if brand:
                m.name = m.name[len(brand) + 1:]
                m.title = f"{m.title} {brand}".strip()
                m.organization = m.organization or brand


def _names_told_bare(analyses: list[SentenceAnalysis]) -> None:
    """ "Chủ tịch tập đoàn Microsoft Bill Gates …" in one sentence, "Tại cuộc tiếp riêng với Bill Gates sau đó, …" in
    another: a foreign name of two words or more the article gave with a post is that person wherever it is written
    bare, with no post or honorific to find it by."""
    named = {tuple(fold(m.name).split()): m for a in analyses for m in a.mentions
             if m.kind == "person" and m.side not in ("vn", "") and m.title and len(m.name.split()) >= 2}
    if not named:
        return
    firsts = {words[0] for words in named}
    for a in analyses:
        if not firsts & set(a.folded):
            continue  # most sentences hold none of the names
        taken = {k for m in a.mentions for k in range(m.start, m.end)}
        for k, word in enumerate(a.folded):
            if word not in firsts or k in taken:
                continue
            for words, m in named.items():
                end = k + len(words)
                if tuple(a.folded[k:end]) == words and not taken & set(range(k, end)) and all(
                        a.tokens[x].is_capitalized for x in range(k, end)):
                    a.mentions.append(replace(m, start=k, end=end))
                    taken.update(range(k, end))
                    break
        a.mentions.sort(key=lambda m: m.start)
    # and at the end of a post read as a body's name: "Phó Chủ tịch Ủy ban Chuẩn chi Patrick Leahy trân trọng cảm ơn …",
    # the man the caption names "Phó Chủ tịch Ủy ban Chuẩn chi, Thượng nghị sỹ Patrick Leahyn" (a letter mistyped)
    for a in analyses:
        for i, m in enumerate(a.mentions):
            if m.kind != "unnamed" or not m.title or "cua" in a.folded[m.start:m.end]:
                continue  # (not "Đặc phái viên của Tổng thống Hoa Kỳ Joe Biden": whose envoy, see _whose_post)
            for words, who in named.items():
                at = m.end - len(words)
                if at > m.start and a.tokens[at].is_capitalized and a.folded[at] == words[0] and Levenshtein.distance(
                        " ".join(a.folded[at:m.end]), " ".join(words), score_cutoff=1) <= 1:
                    a.mentions[i] = replace(m, kind="person", name=a.text_between(at, m.end), side=who.side,
                                            title=a.text_between(m.start, at).rstrip(" ,"), title_parts=[], count=None)
                    break


def _session_told_after(kept: list[tuple[Meeting, _Draft]], rounds: dict[tuple[str, int], Round]) -> None:
    """ "Chiều 10/11, Bộ trưởng X đã làm việc với Đại diện Thương mại Y … Theo Thứ trưởng Z, phiên đàm phán cấp Bộ trưởng
    lần thứ 8 này đã …": a ministers' session named only after the one ministers' meeting the article told, with no
    day of its own, is that meeting."""
    for key, rnd in rounds.items():
        if key[0] == "in_person" or rnd.status != "held" or rnd.start.known or not rnd.mentions:
            continue
        if any(d.round == key for _, d in kept):
            continue
        told = min(rnd.mentions)
        before = [(m, d) for m, d in kept if d.round is None and m.date.known and d.first_sentence < told
                  and ((m.kind == "online") if key[0] == "online" else m.kind != "phone")
                  and any(p.side == "vn" and "bo truong" in fold(p.title or "") for p in d.people.values())]
        if len(before) == 1:
            meeting, d = before[0]
            d.round, d.round_basis = key, "explicit"
            meeting.round, meeting.round_series, meeting.round_basis = key[1], key[0], "explicit"


def _round_of_sentence(rounds: list[RoundMention], a: SentenceAnalysis) -> RoundMention | None:
    for r in rounds:
        if not r.planned and not _outside_round(a.folded, r.token_start):
            return r
    return None


def extract_article(text: str, article_id: str, gaz: Gazetteer, file: str = "", published: str = "") -> ArticleResult:
    """Extract the meetings, rounds and new people of one article's text.

    ``published`` (``YYYY-MM-DD``, the page's date) gives the year of dates written without one.
    """
    sentences = split_sentences(normalize(text))
    analyses = [analyse(s, gaz) for s in sentences]
    whole = {s.index: s.text for s in sentences}

    _brands_before_names(analyses)
    _names_told_bare(analyses)
    registry = _Registry(gaz)
    registry.add_all([m for a in analyses for m in a.mentions if m.kind == "person"])

    # rounds: every numbered round the article names, held unless only ever planned
    round_mentions = {a.sentence.index: a.rounds for a in analyses}
    rounds: dict[tuple[str, int], Round] = {}
    for idx, found in round_mentions.items():
        for r in found:
            rnd = rounds.setdefault((r.series, r.number), Round(r.series, r.number, "planned"))
            rnd.mentions.append(idx)
            if not r.planned:
                rnd.status = "held"
    held = [k for k, r in rounds.items() if r.status == "held"]

    pub = published_date(published)
    stated = stated_years([d for a in analyses if _YEAR.search(a.sentence.text) for d in a.dates])
    drafts: list[_Draft] = []
    last_date: DateValue | None = None
    subjects: Counter[str] = Counter()
    heads = {a.sentence.index: round_heads(a) for a in analyses}  # who headed a side, found once per sentence
    found = {a.sentence.index: candidates(a, gaz, heads[a.sentence.index]) for a in analyses}
    for a in analyses:
        if found[a.sentence.index] and _goes_on_with_the_plan(analyses, a):
            found[a.sentence.index] = []
        if found[a.sentence.index] and not a.dates and _FILE_PHOTO.search(a.sentence.text):
            # "Bộ trưởng Nguyễn Hồng Diên (phải) và ông Jamieson Greer trong một lần làm việc. (Ảnh tư liệu: …)": an older
            # photo, of a meeting it does not date, shown beside other news
            found[a.sentence.index] = []
        if found[a.sentence.index] and _is_item(a):
            # "Thủ tướng giao nhiệm vụ: - Bộ Ngoại giao tiếp …", "Theo chương trình, Thủ tướng sẽ: - Gặp …": the items of
            # a list of tasks or plans tell no meeting held
            opener = _list_opener(analyses, a.sentence.index)
            if opener is not None and (analyses[opener].futures or TASKED.search(analyses[opener].sentence.text.casefold())):
                found[a.sentence.index] = []
    headline = analyses[0] if analyses else None
    # the body speaks of "the meeting" before it reports any ("Mở đầu cuộc gặp, ông X cho rằng … Theo đó, tháng 3/2022,
    # Thủ tướng đã đón tiếp …"): the meeting is the one the headline reports
    framed = next((a.sentence.index for a in analyses[1:8] if a.sentence.kind == "text" and _spoken_at_it(a, gaz)), None)
    unreported = framed is not None and not any(found[i] for i in range(1, framed))
    if ((not any(found.values()) or unreported) and headline is not None and headline.sentence.kind == "heading"
            and not headline.futures and "?" not in headline.sentence.text
            # "Bác bỏ thông tin …", "Hoãn cuộc gặp …", "Kỳ vọng gì từ …", "… nên sớm điện đàm …": no meeting told,
            # nor when the body says it was put off
            and not _NO_MEETING_HEADLINE.search(headline.sentence.text.casefold())
            and not any(_PUT_OFF.search(b.sentence.text.casefold()) for b in analyses[1:6])):
        # "Phó Thủ tướng Hồ Đức Phớc gặp Bộ trưởng Tài chính Mỹ Scott Bessent" as the headline, and only "Cuộc gặp
        # diễn ra ngày 10/4 tại …" in the body: the headline is the report, the body its day and place
        # (or by a post the body names with its holder: "Thủ tướng tiếp Đại sứ Hoa Kỳ", and only "Cảm ơn Thủ tướng X đã
        # dành thời gian tiếp, Đại sứ Ted Osius cho biết …" below)
        found[0] = [c for c in candidates(analyses[0], gaz, heads[0], headline=True)
                    if any(m.side == "vn" for m in c.participants)
                    and any((m.side == "us" and (m.kind == "person" or m.org or (unreported and generic_body(m))))
                            # (a post the body names with its holder, whose side the body's naming says: "Chủ tịch
                            # Tập đoàn Cisco" in the headline, "Chủ tịch Tập đoàn Cisco John Doe vui mừng …" below)
                            or (m.kind == "unnamed" and m.count is None and m.side in ("us", "")
                                and len(held := registry.resolve(m.title)) == 1
                                and registry.people[held[0]].side == "us")
                            for m in c.participants)]
        if not found[0]:
            # "Bí thư Thành ủy Trần Văn Lộc tiếp Đại sứ Hoa Kỳ John Parker" on a line of its own, with no stop: a photo's
            # caption whose credit was lost, which names both sides where the headline names them by title only
            # (not a row of related links: "Các tin liên quan: - Chủ tịch … tiếp Thứ trưởng … (12-03-2009)")
            related = next((b.sentence.index for b in analyses if is_related_heading(b.sentence.text)), len(analyses))
            line = next((b for b in analyses[1:related] if b.sentence.kind == "heading" and not _is_item(b) and (cs := [
                c for c in candidates(b, gaz, heads[b.sentence.index], headline=True)
                if any(m.side == "vn" and m.kind == "person" for m in c.participants)
                and any(m.side == "us" and m.kind == "person" for m in c.participants)])), None)
            if line is not None:
                found[line.sentence.index] = cs
        told = next((a for a in analyses[1:] if _IT_TOOK_PLACE.match(" ".join(a.folded[:6]))), None)
        for c in found[0]:
            if told is not None and c.date is None and told.dates:
                c.date = told.dates[0]
            if told is not None and not c.place and told.places:
                c.place = told.places[-1][2]
    # ("Phát biểu khai mạc Tọa đàm, Chủ tịch UBND X cho biết …": our side alone at it reports no meeting)
    if not any(_other_side_told(c) for cands in found.values() for c in cands) and (
            occasion := occasion_meeting(analyses)):
        found[occasion.sentence].append(occasion)
    _organized_later(analyses, found, gaz)
    _received_after(analyses, found, gaz)
    _met_each_as_told_after(analyses, found)
    _plan_told_as_held(analyses, found, gaz, heads)
    _spoke_to_ours(analyses, found)
    _heads_of_both_delegations(analyses, found)

    def context(i: int) -> tuple[DateValue, str | None] | None:
        """The one day and the place a sentence gives, if it gives exactly one day."""
        if i < 0 or analyses[i].sentence.kind == "heading":
            return None  # "20-02-2026 - 17:00 PM | Kinh tế vĩ mô": the page's date line, not the event's day
        a = analyses[i]
        days = [d for d in a.dates if d.value.precision in ("day", "day_no_year")
                and "tức" not in a.sentence.text[max(0, d.start - 20):d.start]  # "(tức rạng sáng 13-6 giờ Hà Nội)"
                and not released(a.sentence.text, d.start)  # "Theo thông cáo hôm 19/9, …"
                and not at_home(a.sentence.text, d.start, d.end)]  # "(sáng 13/5 giờ Hà Nội)"
        # the narrowest place it names: "tại Hoa Kỳ, ngày 18/2, tại Washington D.C." is Washington D.C.
        named = [p[2] for p in a.places if fold(p[2]) not in COUNTRY_NAMES] or [p[2] for p in a.places]
        one_day = len({d.value.iso for d in days}) == 1  # "sáng 21/9 (tối 21/9 giờ Hà Nội)" is one day
        return (days[0].value, named[-1] if named else None) if one_day else None

    reporting = {i for i, c in found.items() if c}
    host_days: list[tuple[set[str], DateValue, str | None]] = []  # a meeting of ours told with nobody met in it
    relative_days: dict[tuple[int, int], DateValue] = {}  # each "hôm sau", "cùng ngày" resolved once
    dateline = _dateline(analyses, pub, stated, gaz)
    datelined = dateline[0] if dateline else None
    for a in analyses:
        for cand in found[a.sentence.index]:
            if not _hosts_for_generic(cand, analyses, drafts):
                continue
            refs: list[PersonRef] = []
            orgs: list[OrganizationRef] = []
            if cand.pair:
                # "khi hai nhà lãnh đạo điện đàm lần thứ hai": the two of the last meeting of both sides
                last = next((d for d in reversed(drafts) if len(d.people) == 2
                             and {p.side == "vn" for p in d.people.values()} == {True, False}), None)
                if last is None:
                    continue
                refs = list(last.people.values())
            if cand.interviewee:
                # "Đại sứ Marc Knapper trả lời phỏng vấn. … - Tuần trước, tôi đã gặp Bộ trưởng X": the one US person the
                # headline or lead names is the one speaking
                # (or ours, when it is the US person they met: "Thứ trưởng X trả lời phỏng vấn. … - Tối 9/4, tôi và ông Y
                # đã có cuộc gặp riêng …")
                ours = all(m.side == "us" for m in cand.participants)
                side = "vn" if ours else "us"
                named = {registry.key(m): m for b in analyses[:3] for m in b.mentions if m.kind == "person" and m.side == side}
                interview = any(_INTERVIEW.search(" ".join(b.folded)) for b in analyses[:3])
                if len(named) != 1 or not interview:
                    continue
                refs = [registry.ref(next(iter(named.values())))] + (
                    [registry.ref(m) for m in cand.participants if m.kind == "person"] if ours else [])
            if cand.delegation and all(m.side == "us" for m in cand.participants):
                # "Đoàn công tác của Bộ Công Thương do Thứ trưởng X dẫn đầu đã thăm bang Texas. Tiếp và làm việc với Đoàn,
                # có Ông A, Thống đốc Bang Texas …": our delegation, through its head
                head = _our_delegation_head(analyses, a.sentence.index)
                if head is None:
                    continue
                refs = _person_refs(head, registry)
                # (on the days the sentence bringing the delegation in gives: "Từ ngày 18/10 đến ngày 24/10/2018, Đoàn
                # công tác của Việt Nam … đã …")
                if cand.date is None:
                    cand.date = _delegations_day(analyses[max(0, a.sentence.index - 4):a.sentence.index])
            elif cand.delegation:
                # "Chiều cùng ngày, … Phó Chủ tịch Quốc hội X đã tiếp đoàn.": the delegation met before, through its people
                last = next((d for d in reversed(drafts) if any(p.side == "us" and p.name for p in d.people.values())),
                            None)
                if last is not None:
                    refs = [p for p in last.people.values() if p.side == "us"]
                elif (visit := _delegation_told(analyses, a.sentence.index)) is not None:
                    # "Chiều 29/10, Đoàn công tác của Hội đồng X đã đến thăm và làm việc tại Hải Dương. Tiếp và làm
                    # việc với Đoàn có ông Y": the delegation the sentence before brought
                    for m in visit.mentions:
                        if m.side == "us" and m.kind == "person":
                            refs.extend(_person_refs(m, registry))
                        elif m.side == "us" and m.kind == "org":
                            orgs.append(OrganizationRef(m.name, m.side, m.org.id if m.org else None))
                    if cand.date is None and len(visit.dates) == 1:
                        cand.date = visit.dates[0]
                    if not cand.place and visit.places:
                        cand.place = visit.places[-1][2]
                else:
                    continue
            named_other = any(m.kind == "person" and m.side != "vn" for m in cand.participants)
            for m in cand.participants:
                if m.kind == "unnamed" and m.count == ALL and named_other and not _person_refs(m, registry)[0].name:
                    continue  # "Đoàn nghị sỹ bang Oregon do Hạ nghị sỹ X … làm Trưởng đoàn": met through X
                refs.extend(_person_refs(m, registry))
                if m.kind == "org":
                    orgs.append(OrganizationRef(m.name, m.side, m.org.id if m.org else None))
            for m in cand.participants:
                if m.kind == "person" and m.side == "vn" and registry.ref(m).side == "vn":  # not "ông Hà" of China
                    subjects[registry.key(m)] += 1
            if _speech_venue_only(cand, refs, drafts):
                continue
            if (theirs := _pronoun_counterpart(cand, refs, orgs, analyses, registry)) is not None:
                refs.append(theirs)
            date = cand.date.value if cand.date else UNKNOWN_DATE
            if cand.date and (line := DATELINE.match(a.sentence.text)) and cand.date.start < line.end() and (
                    _EARLIER_SPAN.search(a.sentence.text[line.end():].casefold())):
                # "Hà Nội, ngày 10/3 - Tuần trước, Bộ trưởng … điện đàm với …": the day filed, not the day it was held
                date = UNKNOWN_DATE
            before = None
            if cand.date is None and _LINKED.match(" ".join(a.folded[:6])):
                # "Bên lề lễ ký, …", "Ngay sau lễ đón, …": the last day told before it
                # (the sidelines of an occasion told with its speeches in between: up to eight sentences back)
                reach_back = 9 if a.folded[:2] == ("ben", "le") else 5
                back, before = next(((k, c) for k in range(1, reach_back) if (c := context(a.sentence.index - k))),
                                    (None, None))
                if back is not None and cand.kind == "in_person" and _SESSION_TOLD.match(" ".join(a.folded[:3])):
                    # "Tối 5/5, Bộ Công Thương và USTR đã tổ chức phiên họp trực tuyến …. | Phiên họp do X và Y đồng
                    # chủ trì.": the session told before, its kind too
                    cand.kind = _kind(analyses[a.sentence.index - back], gaz, "in_person")
                # only where the occasion was held ("Sự kiện diễn ra … tại Davos"), not a place in background
                # (not one of another year told in the background: "Đối thoại lần thứ 11 được tổ chức tại Washington
                # năm 2023.")
                # (where the day's sentence names none, any of the four before: "… dự lễ ký … bên lề hội nghị … diễn
                # ra tại Davos. | Tổng thống … phát biểu tại lễ ký … ngày 22-1-2026. | … Cũng tại lễ ký, …")
                reach = back or 1 if before is None or before[1] else min(5, a.sentence.index + 1)
                nearer = [p[2] for k in range(1, reach) for p in analyses[a.sentence.index - k].places
                          if fold(p[2]) not in COUNTRY_NAMES
                          and _HELD_AT.search(" ".join(analyses[a.sentence.index - k].folded[:p[0]]))
                          and not _ANOTHER_YEAR.search(analyses[a.sentence.index - k].sentence.text)]
                if before and nearer:  # "Ngày 22/1, … Sự kiện diễn ra … tại Davos. … Trong khuôn khổ sự kiện, …"
                    before = (before[0], nearer[0])
                if before is None and a.folded[:2] == ("tai", "day"):
                    # "Từ ngày 5 đến 6/11, Đại sứ … đã có chuyến thăm tới bang Iowa. … Tại đây, Đại sứ đã có cuộc gặp
                    # với …": the visit's days and the place it went to
                    prev = next((analyses[a.sentence.index - k] for k in range(1, 4) if a.sentence.index - k >= 0
                                 and analyses[a.sentence.index - k].sentence.kind == "text"
                                 and analyses[a.sentence.index - k].places), None)
                    if prev is not None:
                        days = [d.value for d in prev.dates if not d.relative and (
                            d.value.precision in ("day", "day_no_year") or d.value.precision.startswith("range"))]
                        named = [p[2] for p in prev.places if fold(p[2]) not in COUNTRY_NAMES]
                        before = (days[0] if len(days) == 1 else UNKNOWN_DATE, named[-1] if named else None)
                    elif a.sentence.index > 0 and (went := _visited(analyses[a.sentence.index - 1], gaz)):
                        # "Đại sứ … hôm qua đến thăm tỉnh Quảng Bình. Tại đây, ông có cuộc gặp với …": where it went
                        before = (UNKNOWN_DATE, went)
                elif (before and before[1] is None and a.folded[:2] == ("tai", "day")
                      and (went := _visited(analyses[a.sentence.index - 1], gaz))):
                    before = (before[0], went)  # ("Ngày 27/8, … đã đến thăm tỉnh Quảng Bình. Tại đây, …")
            elif cand.date is None and _IN_THE_TRIP.match(" ".join(a.folded[:6])):
                # "… kết thúc chuyến công tác tại Hoa Kỳ từ ngày 8 đến 12/6. Trong chuyến công tác, Bộ trưởng đã hội
                # đàm với …": the trip's span, the nearest told before
                # (or the visit told as one: "Ngoại trưởng X thăm Việt Nam từ ngày 6-8/8. Trong chuyến thăm, …")
                # (or a programme's: "Từ ngày 3 - 7/5, Bộ … tổ chức chương trình quảng bá … | … | Trong thời gian chuyến
                # thăm, đoàn …")
                span = next((d.value for k in range(1, 6) if a.sentence.index - k >= 0
                             for d in analyses[a.sentence.index - k].dates
                             if d.value.precision.startswith("range") and not d.relative and (
                                 {"chuyen", "chuong"} & set((b := analyses[a.sentence.index - k]).folded)
                                 or _tells_a_visit(b))),
                            None)
                before = (span, None) if span else None
            elif cand.date is None and _is_item(a) and a.sentence.index > 0:
                # "Trong ngày 26/10, tại Kuala Lumpur, Thủ tướng đã có nhiều hoạt động: - Gặp …. - Tiếp …": each item
                # of the list takes the day and place of the sentence that opened it
                opener = _list_opener(analyses, a.sentence.index)
                before = context(opener) if opener is not None else None
            elif cand.date is None and _sets_the_time(analyses, a.sentence.index, reporting):
                before = context(a.sentence.index - 1)
            elif (cand.date is None and a.sentence.index > 0 and cand.cue is not None
                  and a.folded[cand.cue.start:cand.cue.start + 3] in (("tham", "du", "buoi"), ("tham", "du", "cuoc"))):
                # "Chiều tối 3/4, tại Nhà khách Tỉnh ủy, Chủ tịch UBND tỉnh … có buổi tiếp đoàn doanh nghiệp. | Ông X, Đại sứ
                # Hoa Kỳ, tham dự buổi làm việc.": at the reception just told, on its day and at its place
                before = context(a.sentence.index - 1)
            elif (cand.date is None and a.sentence.index > 0 and _AT_THAT_TIME.match(" ".join(a.folded[:3]))
                  and (told := _time_told(analyses[a.sentence.index - 1])) is not None):
                # "Cũng trong năm 2015, Tổng Bí thư … đã thăm chính thức Hoa Kỳ. | Thời điểm đó, Tổng thống … sau hội đàm với
                # Tổng Bí thư …": the time the sentence before gave, however precise
                before = (told, None)
            elif cand.date is None and _UPON_ARRIVAL.match(" ".join(a.folded[:6])):
                # "Chiều 30/5, máy bay chở Thủ tướng hạ cánh xuống Washington. | Ngay khi về tới khách sạn, Thủ tướng có
                # cuộc tiếp xúc với …": the day of the arrival told before
                before = next((c for k in range(1, 4) if (c := context(a.sentence.index - k))), None)
            elif cand.date is None and _opens_with_part_of_day(a):
                # "ngày 26/10, Bộ trưởng … đã có hai cuộc làm việc với phía Hoa Kỳ. | Buổi sáng, Bộ trưởng tiếp …":
                # the day the nearest sentence before gives
                # (past a photo's caption and a sentence or two of the morning's talks)
                before = next((c for k in range(1, 7) if (c := context(a.sentence.index - k))), None)
            elif cand.date is None and a.places and a.places[0][0] == 0 and fold(a.places[0][2]) not in COUNTRY_NAMES:
                # "Nhân dịp …, sáng 21/9/2025, Chủ tịch nước … đến thành phố Seattle …. Tại Seattle, Chủ tịch nước đã
                # tiếp …": the day the article told of arriving where the sentence opens
                where = re.compile(rf"\b{re.escape(fold(a.places[0][2]))}\b")
                arrived = next((c for k in range(1, 5) if a.sentence.index - k >= 0
                                and where.search(" ".join(analyses[a.sentence.index - k].folded))
                                and (c := context(a.sentence.index - k))), None)
                before = (arrived[0], a.places[0][2]) if arrived else None  # the place the sentence names
                prev = analyses[a.sentence.index - 1] if a.sentence.index > 0 else None
                if before is None and prev is not None and prev.sentence.paragraph == a.sentence.paragraph and any(
                        t.text.casefold() == "thăm" for t in prev.tokens):
                    # "Ngày 5-8/3/2024: Đại sứ … đã thăm và làm việc tại bang Ohio. Tại Columbus, Đại sứ đã gặp …": a
                    # stop of the visit, within its days
                    spans = [d.value for d in prev.dates if d.value.precision.startswith("range")]
                    before = (spans[0], a.places[0][2]) if len(spans) == 1 else None
            if not cand.place and _IN_THE_TRIP.match(" ".join(a.folded[:6])):
                # "… dẫn đoàn công tác đến Washington. Trong chuyến công tác, ngày 2/12, …": where the trip went
                cand.place = next((p[2] for k in range(1, 4) if a.sentence.index - k >= 0
                                   for p in reversed(analyses[a.sentence.index - k].places)
                                   if fold(p[2]) not in COUNTRY_NAMES), None) or next(
                    # "… đã đến thăm tỉnh Quảng Bình. Trong chuyến thăm, …": the province the visit went to
                    (w for k in range(1, 3) if a.sentence.index - k >= 0
                     and (w := _visited(analyses[a.sentence.index - k], gaz))), None)
            if before:  # "Bên lề lễ ký, …", "Cũng tại sự kiện, …": the day and place of the sentence before
                date, before_place = before
                if not cand.place or fold(cand.place) in COUNTRY_NAMES:  # "… nhiệm kỳ công tác tại Việt Nam"
                    cand.place = before_place or cand.place
            if cand.date and cand.date.relative and (a.sentence.index, cand.date.start) in relative_days:
                # "Sáng hôm sau, Phó Thủ tướng lần lượt gặp A và B": one day for both, counted once
                date = relative_days[(a.sentence.index, cand.date.start)]
            elif cand.date and cand.date.relative:
                text = cand.date.value.text or ""
                if cand.date.relative in ("today", "yesterday", "weekday"):
                    # "hôm nay", "chiều qua", "hôm thứ Năm": counted from the day the dateline gives ("Hà Nội (TTXVN)
                    # 11/3 - Chiều nay, …"), else from the page's own date, if it has one
                    today = datelined or (DateValue(pub.isoformat(), text, "day") if pub else None)
                    if today and cand.date.relative == "weekday":
                        date = weekday_before(settle_year(today, pub, stated), text)
                    else:
                        back = -1 if cand.date.relative == "yesterday" else 0
                        date = shift_day(today, back, text) if today else UNKNOWN_DATE
                else:
                    # "Chiều 6/6, Thủ tướng chủ trì phiên họp Chính phủ. Cùng chiều, Thủ tướng tiếp …": the day of the
                    # sentence just before, when it told no meeting, else of the meeting told last
                    prev = analyses[a.sentence.index - 1] if a.sentence.index > 0 else None
                    told = context(a.sentence.index - 1) if prev is not None and not found.get(
                        a.sentence.index - 1) and prev.sentence.kind == "text" else None
                    if told is None and prev is not None and prev.futures and not found.get(a.sentence.index - 1):
                        # "Ngày 30/6, Bộ Công Thương cho biết … dự kiến sẽ điện đàm … vào ngày 3/7. Cùng ngày, …": the
                        # day told before what is to come
                        first_plan = prev.tokens[min(prev.futures)].start - prev.sentence.start
                        days = {d.value.iso: d.value for d in prev.dates if d.end <= first_plan
                                and d.value.precision in ("day", "day_no_year")}
                        told = (next(iter(days.values())), None) if len(days) == 1 else None
                    if told is None and last_date is None and cand.date.relative == "same_day":
                        # "Tối 13-9, … khai mạc Lễ hội …. <a paragraph of it> | Chiều cùng ngày, … tiếp …": the day told
                        # a few sentences up, when no meeting has given one yet
                        told = next((c for k in range(2, 5) if a.sentence.index - k >= 0
                                     and not found.get(a.sentence.index - k) and (c := context(a.sentence.index - k))),
                                    None)
                    told_day = settle_year(told[0], pub, stated) if told else None
                    # (a day told in the background, before the last meeting's, is not this one's: "Bộ trưởng nhắc lại
                    # rằng ngày 2/4, Hoa Kỳ đã công bố … Cùng chiều, …")
                    earlier = told_day is not None and last_date is not None and (
                        (told_day.iso or "") < (last_date.iso or "") if told_day.year_known == last_date.year_known
                        else (told_day.iso or "")[-5:] < (last_date.iso or "")[-5:])  # a day with its year, one without
                    since = told_day if told_day and not earlier else last_date
                    step = {"next_day": 1, "prev_day": -1}.get(cand.date.relative, 0)
                    date = shift_day(since, step, text) if since else UNKNOWN_DATE
            if cand.date and cand.date.relative:
                relative_days.setdefault((a.sentence.index, cand.date.start), date)
            date = settle_year(date, pub, stated)  # "2-7-2025" in the text and "tối 2-7" in a caption: one day
            if date.known:
                last_date = date
            _route(drafts, cand, refs, orgs, date, host_days)
        latest = max(drafts, key=lambda d: d.last_sentence) if drafts else None
        # "Phía Hoa Kỳ có ông A, …; bà B, …": who came with a delegation received without a named head (where
        # the head is named, as at a round, those listed are the head's delegation, not whom our side met)
        unled = latest is not None and not any(p.side == "us" for p in latest.people.values()) and any(
            o.side == "us" and (o.id or o.name[:1].isupper()) for o in latest.organizations.values())  # a body by its name: not "các doanh nghiệp"
        came = [m for m in attendees(a, sides=unled) if m.side == "us"] \
            if latest is not None and not found[a.sentence.index] else []
        if latest is not None and a.sentence.index - latest.last_sentence <= 3:
            for m in came:  # "Cùng dự có Đại sứ Hoa Kỳ Marc Knapper": at the meeting just reported
                ref = registry.ref(m)
                latest.people.setdefault(ref.key(), ref)
            if latest.kind == "roundtable" and TOOK_PART.match(" ".join(a.folded[:8])):
                # "Buổi tọa đàm có sự tham gia của đại diện các tập đoàn … của Mỹ như Amazon, Apple, …"
                for m in a.mentions:
                    if m.kind == "org" and m.side == "us" and not generic_body(m):
                        org = OrganizationRef(m.name, m.side, m.org.id if m.org else None)
                        latest.organizations.setdefault(org.key(), org)
        if not found[a.sentence.index] and a.places and drafts and _PLACE_FOLLOWS.search(" ".join(a.folded)):
            # "Cuộc gặp diễn ra tại văn phòng … ở Tòa nhà Longworth", "Phía Việt Nam tham dự từ điểm cầu …":
            # where the meeting just reported was held
            last = max(drafts, key=lambda d: d.last_sentence)
            if a.sentence.index - last.last_sentence <= 2 and (
                    not last.place or fold(last.place) in COUNTRY_NAMES):
                last.place = a.places[-1][2]

    for d in drafts:
        if d.date.known:
            continue
        # "Ngày 8/1, tại Hội trường …, Đại sứ Marc Knapper thăm ĐHQGHN …", then "… Phó Giám đốc X … đón tiếp ngài
        # Đại sứ …": the visit's day and place are the undated reception's
        keys = d.counterpart_keys()
        first = d.first_sentence
        # (or, just before, the meetings told at once with the day: "Ông Kerry đã gặp các nhà lãnh đạo Việt Nam ở Hà Nội hôm
        # thứ Sáu 13/1. | Trong cuộc họp với Thủ tướng X, …")
        visit = next((c for i in range(first - 1, max(-1, first - 8), -1)
                      if (_tells_a_visit(analyses[i])
                          or (i == first - 1 and analyses[i].cues and i not in reporting and any(
                              m.kind == "person" and registry.key(m) in keys and m.end <= analyses[i].cues[0].start
                              for m in analyses[i].mentions)))
                      and (c := context(i) or _visit_span(analyses[i]))
                      and any(m.kind == "person" and registry.key(m) in keys for m in analyses[i].mentions)), None)
        if visit:
            d.date = visit[0]
            d.place = d.place or visit[1]
    _date_rounds(rounds, analyses, round_mentions, reporting, heads)
    for rnd in rounds.values():
        _settle_round(rnd, pub, stated)
    _round_trip(rounds, analyses, pub, stated)
    _session_by_its_day(rounds, analyses, drafts, pub, stated)
    for d in drafts:
        d.date = settle_year(d.date, pub, stated)
    _day_of_the_round(drafts, rounds, round_mentions)
    _round_meetings(drafts, rounds, analyses, heads, registry, gaz)
    _led_meetings(drafts, analyses, heads, registry, gaz)
    _this_was_the_round(drafts, analyses, round_mentions, rounds)
    for d in drafts:
        d.date = settle_year(d.date, pub, stated)

    drafts = _bodies_met_through_people(drafts, gaz)
    for hosts, day, where in host_days:
        # "…, trong cuộc gặp Chủ tịch nước Lương Cường, ngày 23/9 tại New York": the day and place of that host's
        # one meeting, told without them elsewhere
        theirs = [d for d in drafts if hosts & set(d.people)]
        if len(theirs) == 1 and not theirs[0].date.known:
            theirs[0].date = settle_year(day, pub, stated)
            theirs[0].take_place(where)
    _dated_at_the_meeting(drafts, analyses, found, gaz, pub, stated)
    _same_day_same_town(drafts)
    _apart_on_one_day(drafts)
    _received_one_by_one(drafts, analyses, context, registry, pub, stated)
    _connection_point(drafts, analyses)
    _in_the_year(drafts, pub)
    _on_our_trip(drafts, analyses, registry, pub, stated)
    _kind_in_the_heading(drafts, analyses, registry)
    _filed_from(drafts, dateline)
    drafts = _split_receptions(drafts, analyses)
    drafts = _told_again_day_by_day(drafts)
    drafts = _post_named_later(drafts)
    _speakers_for_bodies(drafts, analyses, registry)
    _told_to_our_host(drafts, analyses, registry)
    _went_along(drafts, analyses, registry)
    _attended_before(drafts, analyses, registry)

    principal = registry.people.get(subjects.most_common(1)[0][0]) if subjects else None
    if principal is None:
        # "Tại cuộc gặp với ông Tim Hughes, …" in a report of a minister's trip: the minister the article names
        named = Counter(registry.key(m) for a in analyses for m in a.mentions
                        if m.kind == "person" and m.side == "vn" and registry.ref(m).side == "vn")
        principal = registry.people.get(named.most_common(1)[0][0]) if named else None
    kept: list[tuple[Meeting, _Draft]] = []
    for d in drafts:
        if any(p.side == "us" and p.name for p in d.people.values()):
            # "tiếp bà Crane và các thành viên đoàn Hoa Kỳ": the delegation is met through the people named
            # (not a delegation told by what it is: "đoàn đại biểu 21 trường đại học hàng đầu của Hoa Kỳ")
            d.organizations = {k: o for k, o in d.organizations.items()
                               if not (o.side == "us" and fold(o.name).split()[:1] in (["doan"], ["phai"])
                                       and not _described(o.name))}
        if not any(p.side == "vn" for p in d.people.values()) and not any(o.side == "vn" for o in d.organizations.values()):
            host = _pronoun_host(d, analyses, registry) or principal
            if host is None and (delegation := _our_delegation(d, analyses, gaz)) is not None:
                # "Đoàn đã có các cuộc hội kiến với Thị trưởng X": our delegation, unnamed, told of before
                d.organizations = {delegation.key(): delegation, **d.organizations}
                # "Ngày 13-14/7, đoàn lãnh đạo các tỉnh … đã thăm làm việc tại San Francisco. Đoàn đã có buổi hội kiến
                # …": the days the delegation was there (before its report in the text, not before a photo's caption
                # of it shown above)
                day = next((day for at in sorted({c.sentence for c in d.anchors})
                            if (day := _delegations_day(analyses[max(0, at - 3):at + 1]))), None)
                if not d.date.known and day:
                    d.date = settle_year(day.value, pub, stated)
            elif host is None and (body := _our_body_before(d)) is not None:
                # "Đại sứ quán Việt Nam tại Mỹ đã tổ chức cuộc họp trực tuyến với …", in an article that names none of
                # ours: the body is our side (where one of ours is named, the meeting is theirs: a body beside them was
                # measured to displace them)
                d.organizations = {body.key(): body, **d.organizations}
            elif host is None or host is _THEIRS:
                continue  # nobody on the Vietnamese side: not a meeting of these negotiations
            else:
                d.people = {host.key(): host, **d.people}
        meeting = Meeting(
                id=f"{article_id}-m{len(kept) + 1}",
                date=d.date,
                place=d.place,
                kind=d.kind,
                people=sorted(d.people.values(), key=lambda p: p.side != "vn"),
                organizations=list(d.organizations.values()),
                round=d.round[1] if d.round else None,
                round_series=d.round[0] if d.round else None,
                round_basis=d.round_basis,
                anchors=sorted({c.sentence for c in d.anchors}),
            )
        kept.append((meeting, d))
    for pass_ in ("text", "dates"):
        for meeting, d in kept:
            if d.round is None:
                _link_round(d, pass_, round_mentions, analyses, held, rounds, [k for _, k in kept], reporting, gaz)
                rnd = rounds.get(d.round) if d.round else None
                if (rnd is not None and d.date.known and rnd.start.precision in ("day", "day_no_year")
                        and d.date.year_known == rnd.start.year_known
                        and d.date.precision in ("day", "day_no_year") and not contains(_span(rnd), d.date)
                        # (the round's own days told where the meeting is: "… vòng … từ ngày 9 đến 12/6")
                        and any(x.value.precision.startswith("range") and x.value.iso[-5:] == (rnd.end.iso or "")[-5:]
                                for c in d.anchors for x in c.analysis.dates)):
                    # "Ngày 24/6, … tiếp Đại sứ …. Tại buổi tiếp, Bộ trưởng thông tin về kết quả vòng đàm phán thứ ba …
                    # từ ngày 9 đến 12/6": a round told of at the meeting, past, not the meeting's
                    d.round, d.round_basis = None, None
                meeting.round = d.round[1] if d.round else None
                meeting.round_series = d.round[0] if d.round else None
                meeting.round_basis = d.round_basis
    _session_told_after(kept, rounds)
    _kind_from_the_headline(kept, analyses)
    meetings = [m for m, _ in kept]
    shared = Counter(c.sentence for _, d in kept for c in {id(c): c for c in d.anchors}.values())

    scope, spoken = _scopes(analyses, kept, round_mentions, registry)
    sections = _sections({k: r for k, r in rounds.items() if r.status == "held"}, len(analyses))
    claimed = {i for ids in scope.values() for i in ids}
    for meeting, d in kept:
        if d.of_round and d.round in sections:  # the round's outcome is what its heads' meeting said
            scope[meeting.id] = sorted(set(scope[meeting.id]) | (set(sections[d.round]) - claimed))
    topics_of = {a.sentence.index: sentence_topics(a, gaz) for a in analyses}
    for meeting, d in kept:
        own = [analyses[i] for i in scope.get(meeting.id, [])]
        if all(c.analysis.sentence.kind == "caption" for c in d.anchors):
            _confirm_caption(meeting, d, own, registry, pub, stated)
        meeting.topics = _meeting_topics(own, d, shared, topics_of, gaz)
        first = next((c for c in d.anchors if c.cue is None or c.cue is c.analysis.cues[0]), d.anchors[0])
        start_token = _first_token(first)
        anchor = anchor_piece(first.analysis, gaz, start_token, _tail_token(first, _others(found[first.sentence], d)))
        reported = {}
        for c in d.anchors:  # in a sentence reporting the meeting, only what follows who met whom
            n = len(c.analysis.tokens)
            lo = content_start(c.analysis, gaz, _past_participants(c), c.segment_end) if c.cue else n
            if c.cue and _framed(c):
                # "Tại cuộc hội kiến, A và B đã chứng kiến … trao tặng các kỷ vật chiến tranh": the meeting named as the
                # frame was reported before; all said after whom it names happened at it
                lo = min(lo, _past_participants(c))
            hi = _tail_token(c, _others(found[c.sentence], d)) or n
            if c.cue and lo >= hi and (said := said_before(c.analysis, gaz, [m.end for m in c.participants], c.cue.start)):
                # "A và B hôm 3/3 đã nhất trí về chuyến thăm của tàu bệnh viện … trong cuộc gặp ở Lầu Năm Góc": what was
                # said comes between who and the meeting named last
                lo, hi = said
            # "Nhắc lại cuộc điện đàm giữa A và B ngày 4/4, Phó Thủ tướng đề nghị …": up to where another meeting's host
            # goes on in their own words
            hi = min([hi] + [at for (mid, idx), at in spoken.items() if idx == c.sentence and mid != meeting.id and at >= lo])
            reported.setdefault(c.sentence, (lo, hi))
        for (mid, idx), at in spoken.items():
            if mid == meeting.id:  # … and from there on, the words are the current meeting's
                reported.setdefault(idx, (at, len(analyses[idx].tokens)))
        title = analyses[0] if len(kept) == 1 and 0 not in claimed else None  # the title of an article about one meeting
        compact = from_the_act(first.analysis, anchor, first.cue.start) if first.cue else None
        meeting.summary, meeting.evidence = summarize(own, reported, whole, gaz, anchor, title, compact)

    for (series, number), rnd in rounds.items():
        # "ngày 10/11, … Bộ trưởng A và Đại diện Thương mại B đã có phiên đàm phán cấp Bộ trưởng lần thứ 8": a
        # session of one day is the day of the meeting held as it
        linked = [m for m in meetings if (m.round_series, m.round) == (series, number) and m.date.known
                  and m.date.precision in ("day", "day_no_year")]
        if series != "in_person" and rnd.status == "held" and not rnd.start.known and len({m.date.iso for m in linked}) == 1:
            rnd.start = rnd.end = linked[0].date
    round_list = _finish_rounds(rounds, analyses, round_mentions, heads, registry, reporting, whole, gaz)
    new_people = _new_people(analyses, meetings, round_list, registry)
    return ArticleResult(article_id, file, article_title(sentences), meetings, round_list, new_people)


def _is_item(a: SentenceAnalysis) -> bool:
    """A sentence that is an item of a list ("- Gặp …", "• Tiếp …")."""
    return a.sentence.text[:1] in "-•*–+"


def _list_opener(analyses: list[SentenceAnalysis], item: int) -> int | None:
    """The sentence that opened the list an item belongs to: the nearest before it, within seven, that is no
    item and holds a colon ("Thủ tướng đã có nhiều hoạt động: - Gặp …")."""
    return next((k for k in range(item - 1, max(-1, item - 8), -1)
                 if ":" in analyses[k].sentence.text and not _is_item(analyses[k])), None)


def _distinctive(word: str, gaz: Gazetteer) -> bool:
    """A word of a body's name that only it would use: a brand ("Excelerate") or an acronym ("USSEC"), not one
    Vietnamese writes everywhere ("Phòng", "Thương", "mại") nor a company word ("Energy")."""
    return word.isascii() and word[:1].isupper() and len(word) > 2 and (
        word.isupper() or not SYLLABLE.match(word.casefold())) and word not in gaz.lexicon.not_names


_GENERIC_OPENINGS = ("cong dong doanh nghiep", "cac doanh nghiep", "doanh nghiep", "dai dien doanh nghiep")
# ("Nhiệt liệt chào mừng Thủ tướng, bà X khẳng định …": who welcomed our leader was there)
_OPENING_IT = re.compile(r"^(?:(?:mo dau|khai mac|phat bieu (?:tai|khai mac)) (?:cuoc|buoi|phien)"
                         r"|(?:nhiet liet )?(?:chao mung|chao don|hoan nghenh) (?:thu tuong|chu tich|tong bi thu|pho thu"
                         r"|bo truong|doan))\b")


def _spoken_at_it(a: SentenceAnalysis, gaz: Gazetteer) -> bool:
    """Whether a sentence stands at the meeting told ("Tại buổi làm việc, …") or opens it ("Mở đầu cuộc gặp, …",
    "Nhiệt liệt chào mừng Thủ tướng, bà X …"): who speaks there was at it."""
    return _at_the_meeting(a, gaz) or _OPENING_IT.match(" ".join(a.folded[:6])) is not None


def _speakers_for_bodies(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry) -> None:
    """ "Tại buổi làm việc với Tập đoàn Excelerate Energy, …", then "Ông Peter Haas, Phó Chủ tịch Excelerate, đã
    đề xuất …": the body's man who speaks in the report of its meeting was at it."""
    met = {k for d in drafts for k in d.counterpart_keys()}
    for d in drafts:
        bodies = [o for o in d.organizations.values() if o.side == "us"]
        if not bodies or any(p.side == "us" and p.name for p in d.people.values()):
            continue
        # (a body named by one word is named by it, however Vietnamese it may look: "Boeing", "Pfizer")
        words = {fold(w) for o in bodies for w in re.findall(r"[^\W\d_]+", o.name)
                 if _distinctive(w, registry.gaz) or (" " not in o.name.strip() and w[:1].isupper())}
        # "làm việc với cộng đồng doanh nghiệp Hoa Kỳ", then "Mở đầu cuộc gặp, Chủ tịch USABC X cho rằng …": a community
        # by no name is met through those of it who speak at the meeting
        community = all(fold(o.name).startswith(_GENERIC_OPENINGS) for o in bodies)
        ids = {o.id for o in bodies if o.id}
        last = d.last_sentence
        # its own part of the text, and further on a sentence placing itself at the meeting ("Meta … là một tập đoàn …
        # [background] … | Tại cuộc làm việc, ông Joel Kaplan, Phó Chủ tịch Meta …")
        for a in analyses[last:last + 5] + [b for b in analyses[last + 5:last + 15] if _at_the_meeting(b, registry.gaz)]:
            at_it = community and a.sentence.index > last and _spoken_at_it(a, registry.gaz)
            for m in a.mentions:
                if m.kind != "person" or m.side != "us" or not m.name or registry.key(m) in met:
                    continue
                # (or a known body the post names: "Phó Thứ trưởng Bộ Lao động Hoa Kỳ X", of "Bộ Lao động Hoa Kỳ", then
                # the body met through him, as the golds list a body only when none of its people is named)
                named_in = ids & {o.id for _, _, o in registry.gaz.organization_index.find_all(fold(m.title).split())}
                by_words = words & set(fold(f"{m.title} {m.organization}").split())
                if at_it or by_words or named_in:
                    if named_in and not at_it and not by_words:
                        d.organizations = {k: o for k, o in d.organizations.items() if o.id not in named_in}
                    ref = registry.ref(m)
                    d.people.setdefault(ref.key(), ref)
                    met.add(ref.key())
    for d in drafts:
        # ours too: "… đã có buổi làm việc với lãnh đạo Bộ NN-PTNT.", then "Tại buổi làm việc, Thứ trưởng Bộ NN-PTNT X cho
        # biết …": the ministry's man who speaks at it is our principal
        ours = {o.id for o in d.organizations.values() if o.side == "vn" and o.id}
        if not ours or any(p.side == "vn" and p.name for p in d.people.values()):
            continue
        last = d.last_sentence
        for a in analyses[last:last + 3] + [b for b in analyses[last + 3:last + 15] if _at_the_meeting(b, registry.gaz)]:
            man = next((m for m in a.mentions if m.kind == "person" and m.side == "vn" and m.name and ours & {
                o.id for _, _, o in registry.gaz.organization_index.find_all(fold(m.title).split())}), None)
            if man is not None:
                ref = registry.ref(man)
                d.people.setdefault(ref.key(), ref)
                break


def _this_was_the_round(drafts: list[_Draft], analyses: list[SentenceAnalysis],
                        round_mentions: dict[int, list[RoundMention]], rounds: dict[tuple[str, int], Round]) -> None:
    """ "Tối 10/7, Bộ trưởng X họp trực tuyến với Y. Đây là phiên đàm phán cấp Bộ trưởng lần thứ hai giữa hai bên.":
    the meeting just reported was that session."""
    for a in analyses:
        held = [r for r in round_mentions[a.sentence.index] if not r.planned
                and (r.series, r.number) in rounds and rounds[(r.series, r.number)].status == "held"]
        # "Đây là phiên …", "Phiên hội đàm là phiên cấp Bộ trưởng lần thứ chín …"
        is_at = next((k for k in range(min(6, len(a.folded))) if a.folded[k] == "la"), None)
        if is_at is None or len(held) != 1 or held[0].token_start > is_at + 3:
            continue
        before = [d for d in drafts if d.round is None and 1 <= a.sentence.index - d.last_sentence <= 2]
        if len(before) == 1:
            before[0].round, before[0].round_basis = (held[0].series, held[0].number), "explicit"


def _attended_before(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry) -> None:
    """ "Tham dự sự kiện có Đại sứ X; … Larry Rivers; … Ryan Gallucci; Thứ trưởng Cao Huy", then "Tại buổi lễ, Đại sứ
    và ông Cao Huy đã trao …": those listed before the report of the meeting they attended were at it too."""
    for a in analyses:
        listed = attendees(a)
        if not listed or not any(m.side == "us" for m in listed):
            continue
        keys = {registry.key(m) for m in listed}
        after = [d for d in drafts if 0 < d.first_sentence - a.sentence.index <= 3 and keys & set(d.people)]
        if len(after) == 1:
            for m in listed:
                if m.side == "us":
                    ref = registry.ref(m)
                    after[0].people.setdefault(ref.key(), ref)


_THE_WHOLE_TRIP = re.compile(r"^(?:ket thuc|tong ket) (?:chuyen|chuong trinh|dot)\b")
_TOLD_TO = re.compile(r"^(?:chia se|trao doi|noi|phat bieu|tra loi) (?:voi|cung)\b")


_WENT_ALONG = re.compile(r"^(?:cung di|di cung|thap tung|cung tham du buoi (?:tiep|lam viec|gap))(?: \S+){0,3}? co\b")


def _went_along(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry) -> None:
    """ "… tiếp bà Ellen Marsh, Tổng Lãnh sự Hoa Kỳ. Cùng đi (trong đoàn) có ông Daniel Ruiz, …": those of theirs who came
    with the one received were at the meeting reported just before."""
    for a in analyses:
        if a.futures or not _WENT_ALONG.match(" ".join(a.folded[:8])):
            continue
        theirs = [m for m in a.mentions if m.kind == "person" and m.name and m.side == "us"]
        before = [d for d in drafts if 0 < a.sentence.index - d.last_sentence <= 2
                  and any(p.side == "us" for p in d.people.values())]
        if theirs and before:
            last = max(before, key=lambda d: d.last_sentence)
            for m in theirs:
                ref = registry.ref(m)
                last.people.setdefault(ref.key(), ref)


def _told_to_our_host(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry) -> None:
    """ "Chia sẻ với Chủ tịch nước Lương Cường, ông Michael Goltzman, Phó Chủ tịch … Coca-Cola cho biết …": a US man
    speaking to the host of a meeting just reported was at it."""
    for a in analyses:
        if (pair := _told_to(a)) is None:
            continue
        host = registry.key(pair[0])
        before = [d for d in drafts if host in d.people and d.first_sentence < a.sentence.index
                  and a.sentence.index - d.last_sentence <= 8]
        if before:
            ref = registry.ref(pair[1])
            max(before, key=lambda d: d.last_sentence).people.setdefault(ref.key(), ref)


def _told_to(a: SentenceAnalysis) -> tuple[Mention, Mention] | None:
    """Ours spoken to and theirs who spoke, opening the sentence: "Chia sẻ với Chủ tịch nước X, ông Y …"."""
    if not _TOLD_TO.match(" ".join(a.folded[:3])):
        return None
    people = [m for m in a.mentions if m.kind == "person" and m.name]
    if len(people) < 2 or people[0].side != "vn" or people[0].start > 4 or people[1].side != "us":
        return None
    return people[0], people[1]


_RECEIVED = re.compile(r"^(?:cung )?(?:tiep|don|tiep don|tiep va lam viec voi|lam viec voi) (?:doan|phai doan)\b")
_CHAIRED = re.compile(r"\bchu tri (?:buoi|cuoc) (?:tiep|lam viec|don|gap)(?: doan)?\W*$")
_VISITED = re.compile(r"\b(?:tham|lam viec|den|toi)\b")


def _spoke_to_ours(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]]) -> None:
    """ "Phát biểu với Bộ trưởng X, Thứ trưởng Ngoại giao Mỹ Y cho biết …", no meeting of X told before: they met
    (told before, the US man is at that one: see ``_told_to_our_host``)."""
    for i, a in enumerate(analyses):
        if found[i] or (pair := _told_to(a)) is None or any(f < pair[1].end for f in a.futures):
            continue
        surname = pair[0].name.split()[-1]
        if any(m.side == "vn" and m.name.split()[-1:] == [surname] for j in range(i) for c in found[j]
               for m in c.participants if m.name):
            continue
        found[i] = [Candidate(a, None, len(a.tokens), list(pair), "in_person", _date_for(a, None),
                              a.places[0][2] if a.places else None)]


_ON_THE_SCHEDULE = re.compile(r"^theo (?:lich trinh|chuong trinh)\b")


def _plan_told_as_held(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]], gaz: Gazetteer,
                       heads: dict[int, list[Mention]]) -> None:
    """ "Theo lịch trình, ông X có cuộc gặp song phương với Y. Tại cuộc gặp, X đánh giá cao …": the meeting on the
    schedule, the next sentence telling what was said at it, was held."""
    for a, after in pairwise(a for a in analyses if a.sentence.kind == "text"):
        if (found[a.sentence.index] or not a.cues or not _ON_THE_SCHEDULE.match(" ".join(a.folded[:3]))
                or after.futures or not _at_the_meeting(after, gaz)):
            continue
        found[a.sentence.index] = candidates(replace(a, futures=[]), gaz, heads[a.sentence.index])


def _met_each_as_told_after(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]]) -> None:
    """ "Đại sứ đã gặp Thượng nghị sĩ A, Hạ nghị sĩ B và Hạ nghị sĩ C. Tại các buổi gặp, …": the meetings the next
    sentence speaks of were one with each of the people met (or with each group another sentence names as received
    together: "Tiếp Hạ nghị sĩ B và Hạ nghị sĩ C, Chủ tịch nước …")."""
    texts = [a for a in analyses if a.sentence.kind == "text"]
    for k, (a, after) in enumerate(pairwise(texts)):
        if len(found[a.sentence.index]) != 1 or after.folded[:1] not in (("tai",), ("trong",)):
            continue
        (c,) = found[a.sentence.index]
        ours = [m for m in c.participants if m.side == "vn"]
        theirs = [m for m in c.participants if m.side != "vn"]
        if not ours or len(theirs) < 2 or not all(m.kind == "person" for m in theirs):
            continue
        # (or a sentence after it places itself at the call with one of them alone: "… điện đàm với Thượng nghị sĩ A và
        # Thượng nghị sĩ B. * Tại cuộc điện đàm với Thượng nghị sĩ A, Bộ trưởng đề nghị …")
        names = {m.name for m in theirs}
        alone = any(b.folded[:1] in (("tai",), ("trong",)) and b.folded[1:2] in (("cuoc",), ("buoi",)) and any(
            len(us := {m.name for m in other.participants if m.side != "vn"}) == 1 and us <= names
            for other in found[b.sentence.index]) for b in texts[k + 1:k + 7])
        if not several_meetings(after.folded[1:3]) and not alone:
            continue
        together = [{m.name for m in other.participants if m.side != "vn"} for i, cands in found.items()
                    if i != a.sentence.index for other in cands]
        groups: list[list[Mention]] = []
        for m in theirs:
            group = next((g for g in groups if any({m.name, g[0].name} <= names for names in together)), None)
            if group is None:
                groups.append([m])
            else:
                group.append(m)
        found[a.sentence.index] = [replace(c, participants=ours + g, apart=True) for g in groups]


# "Đoàn Việt Nam do Thứ trưởng X làm Trưởng đoàn.", "Đoàn Hoa Kỳ do … bà Y dẫn đầu." ("Phía Việt Nam do X chủ trì. Phía
# Mỹ do Y dẫn đầu." after the delegations told as working together is read with their day: see _led_meetings)
_OUR_DELEGATION_LED = re.compile(r"\bdoan viet nam do\b")
_THEIR_DELEGATION_LED = re.compile(r"\bdoan (?:hoa ki|mi) do\b")
_LEADS = re.compile(r"\b(?:lam truong doan|dan dau|chu tri)\b")


def _heads_of_both_delegations(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]]) -> None:
    """ "Tham dự buổi Đối thoại, Đoàn Việt Nam do Thứ trưởng X làm Trưởng đoàn. Đoàn Hoa Kỳ do … bà Y làm Trưởng đoàn.":
    the heads of both delegations, each told in turn with no meeting word, met."""
    for i in range(len(analyses) - 1):
        ours, theirs = analyses[i], analyses[i + 1]
        if found[i] or found[i + 1] or ours.futures or theirs.futures:
            continue
        said_ours, said_theirs = " ".join(ours.folded), " ".join(theirs.folded)
        if not (_OUR_DELEGATION_LED.search(said_ours) and _LEADS.search(said_ours)
                and _THEIR_DELEGATION_LED.search(said_theirs) and _LEADS.search(said_theirs)):
            continue
        head = next((m for m in ours.mentions if m.kind == "person" and m.side == "vn"), None)
        guest = next((m for m in theirs.mentions if m.kind == "person" and m.side == "us"), None)
        if head is not None and guest is not None:
            n = len(theirs.tokens)
            found[i + 1] = [Candidate(theirs, None, n, [replace(head, start=n, end=n), guest], "in_person",
                                      _date_for(theirs, None) or _date_for(ours, None), None)]


def _received_after(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]], gaz: Gazetteer) -> None:
    """ "Ngày 8/5, Tổng Lãnh sự Hoa Kỳ X đã đến thăm và làm việc tại UBND tỉnh Bình Dương.", then "Tiếp đoàn có ông
    Y, Chủ tịch UBND tỉnh.": the visitors of the sentence before met the hosts this one names, on its day and
    at its place."""
    for i, a in enumerate(analyses):
        if any(m.side != "vn" for c in found[i] for m in c.participants) or not (_RECEIVED.match(" ".join(a.folded[:6])) or (
                # "Phó Chủ tịch UBND tỉnh X chủ trì buổi tiếp.": with nobody of theirs named in it
                _CHAIRED.search(" ".join(a.folded)) and not any(m.side == "us" for m in a.mentions))):
            continue
        hosts = [m for m in a.mentions if m.kind == "person" and m.side == "vn"]
        if not hosts:
            _received_by_theirs(analyses, found, i)
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            visit = analyses[j]
            # a person of theirs, or a body known to be theirs ("PVN" told of with no country is nobody's)
            # (a delegation led by a person named is met through that person: "Đoàn công tác của Đại sứ quán Hoa Kỳ do ông
            # X - Viên chức chính trị làm Trưởng đoàn"; its body is not met besides)
            people = [m for m in visit.mentions if m.side == "us" and m.kind == "person"]
            guests = people or [m for m in visit.mentions if m.side == "us" and (m.kind == "unnamed" or m.org)]
            # theirs said so ("Hoa Kỳ", "Mỹ", a known US body or person): a name alone is anybody's (JICA's Tanaka)
            said_us = any(side == "us" for _, _, side in gaz.side_index.find_all(visit.folded)) or any(
                m.person is not None or m.org is not None for m in guests)
            if guests and said_us and not found[j] and not visit.futures and not a.futures and _VISITED.search(
                    " ".join(visit.folded)) and not any(m.side == "vn" and m.kind == "person" for m in visit.mentions):
                n = len(a.tokens)
                found[i] = [Candidate(a, None, n, hosts + [replace(m, start=n, end=n) for m in guests], "in_person",
                                          _date_for(visit, None), visit.places[-1][2] if visit.places else None)]
                break


def _received_by_theirs(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]], i: int) -> None:
    """ "Bộ trưởng … làm việc với Hội đồng Xuất khẩu Bông Hoa Kỳ.", then "Tiếp đoàn có bà X, Chủ tịch Hội đồng.": the
    people of theirs who received our delegation were at the meeting with their body told just before."""
    a = analyses[i]
    theirs = [m for m in a.mentions if m.kind == "person" and m.side == "us" and m.name]
    if not theirs or a.futures:
        return
    for j in range(i - 1, max(-1, i - 3), -1):
        visits = [c for c in found[j] if any(m.side == "vn" and m.kind == "person" for m in c.participants)
                  and any(m.side == "us" and m.kind == "org" for m in c.participants)
                  and not any(m.side == "us" and m.kind == "person" for m in c.participants)]
        if visits:
            n = len(analyses[j].tokens)
            visits[-1].participants.extend(replace(m, start=n, end=n) for m in theirs)
            return
        if found[j]:
            return  # another meeting told in between: not this one's


def _organized_later(analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]], gaz: Gazetteer) -> None:
    """ "Chủ tịch nước đã chủ trì tọa đàm với các doanh nghiệp lớn của Mỹ.", then "Tọa đàm lần này do USABC, BCIU
    phối hợp với Phòng Thương mại Hoa Kỳ tổ chức.": the bodies that organised it are whom the host met."""
    for i, a in enumerate(analyses):
        hosts = organizers(a) if a.cues and not found[i] and not a.futures else []
        if not hosts or any(m.side == "vn" for m in a.mentions if m.kind == "person"):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            report = analyses[j]
            vn = [m for m in report.mentions if m.kind == "person" and m.side == "vn"][:1]
            if not report.cues or report.futures or not vn:
                continue
            # not a report of someone else met ("… đã tiếp Đại sứ Nhật Bản …")
            if not any(m.side != "vn" and not generic_body(m) for c in found[j] for m in c.participants):
                cue = report.cues[0]
                found[j].append(Candidate(report, cue, len(report.tokens), vn + hosts,
                                          _kind(report, gaz, cue.kind), _date_for(report, cue.start),
                                          report.places[-1][2] if report.places else None))
            break


def _speech_venue_only(cand: Candidate, refs: list[PersonRef], drafts: list[_Draft]) -> bool:
    """ "Phát biểu tại cuộc họp, Tổng thống Donald Trump nhấn mạnh …": a meeting named as where someone spoke,
    with nobody of the Vietnamese side in the sentence, is a meeting told before or none (a summit's session)."""
    if cand.cue is None or any(p.side == "vn" for p in refs):
        return False
    f = cand.analysis.folded
    words = f[cand.cue.start:cand.cue.end]
    if "voi" in words or "giua" in words or cand.cue.start == 0 or f[cand.cue.start - 1] != "tai":
        return False
    keys = {p.key() for p in refs}
    return not any(keys & d.counterpart_keys() for d in drafts)


def _route(drafts: list[_Draft], cand: Candidate, refs: list[PersonRef], orgs: list[OrganizationRef], date: DateValue,
           host_days: list[tuple[set[str], DateValue, str | None]] | None = None) -> None:
    """Give each counterpart of a candidate to the meeting that already has them, or to a new one."""
    vn_people = [p for p in refs if p.side == "vn"]
    vn_orgs = [o for o in orgs if o.side == "vn"]
    # the US side met; a third country's people at the same reception ("các Đại sứ Campuchia, Mỹ và Philippines")
    # are not of these talks
    others: list[PersonRef | OrganizationRef] = ([p for p in refs if p.side not in ("vn", "other")]
                                                 + [o for o in orgs if o.side not in ("vn", "other")])
    if not others:
        # "…, trong cuộc gặp Chủ tịch nước X, ngày 23/9 tại New York": a meeting of ours named with nobody else
        at_it = cand.cue is not None and cand.cue.start > 1 and cand.analysis.folded[cand.cue.start - 2:cand.cue.start] in (
            ("trong", "cuoc"), ("tai", "cuoc"), ("trong", "buoi"), ("tai", "buoi"))
        if at_it and vn_people and date.known and host_days is not None and not any(p.side == "other" for p in refs):
            host_days.append(({p.key() for p in vn_people}, date, cand.place))
        return
    if not vn_people and not vn_orgs and _between_foreigners(cand):
        return  # not to be joined to our minister's meeting with Greer the same day, nor given our principal
    if not vn_people and not vn_orgs and (any(p.side == "other" for p in refs) or any(
            m.side == "other" for m in cand.participants)) and not cand.interviewee:
        return  # "Bộ trưởng … Indonesia Airlangga Hartarto đã gặp … Howard Lutnick": a third country's meeting
    fresh: list[PersonRef | OrganizationRef] = []
    joined: _Draft | None = None
    if cand.apart:  # "Tại các cuộc điện đàm … với A, …, và B, …": whoever these are with, they were met apart
        keys = {item.key() for item in others}
        for d in drafts:
            if keys & d.counterpart_keys():
                d.apart.append(keys)
    for item in others:
        key = item.key()
        hosts = {p.key() for p in vn_people}
        target = next((d for d in drafts if key in d.counterpart_keys()
                       and d.compatible(date, cand.place, hosts, near=cand.sentence - d.anchors[0].sentence <= 4,
                                        alone=len(others) == 1)
                       and not _other_host(d, vn_people)
                       # "Bà White cũng có buổi làm việc với đại diện Sở Y tế …" after her reception by the chairman:
                       # bodies of ours with nobody named, also met, another meeting
                       and not (vn_orgs and not vn_people and any(p.side == "vn" for p in d.people.values())
                                and cand.cue is not None
                                and "cung" in cand.analysis.folded[max(0, cand.cue.start - 3):cand.cue.start])), None)
        if target is None:
            fresh.append(item)
            continue
        joined = joined or target
        target.named.setdefault(cand.sentence, set()).add(key)
        if not target.anchors or target.anchors[-1] is not cand:  # routed once, so only this call can have added it
            target.anchors.append(cand)
        if not target.date.known and date.known or target.date.iso != date.iso and _within(date, target.date):
            target.date = date
        target.take_place(cand.place)
        for p in vn_people:
            target.people.setdefault(p.key(), p)
    if not fresh:
        return
    cue_words = cand.analysis.folded[cand.cue.start:cand.cue.end] if cand.cue else ()
    if joined is not None and not {"cac", "nhung", "loat"} & set(cue_words):
        # "Trong buổi tiếp Thượng nghị sĩ A và Thượng nghị sĩ B": B was at A's meeting, not at one of her own
        # ("các buổi làm việc với A, B": one each)
        for item in fresh:
            joined.named.setdefault(cand.sentence, set()).add(item.key())
            if isinstance(item, PersonRef):
                joined.people.setdefault(item.key(), item)
            else:
                joined.organizations.setdefault(item.key(), item)
        return
    hosts = {p.key() for p in vn_people}
    visited = next((d for d in drafts if hosts and any(c.sentence == cand.sentence for c in d.anchors)
                    and {p.key() for p in d.people.values() if p.side == "vn"} == hosts
                    and not any(p.side != "vn" for p in d.people.values()) and d.date.iso == date.iso), None)
    if visited is not None and all(isinstance(item, PersonRef) for item in fresh):
        # "… đã đến thăm và làm việc tại trụ sở CSIS …, gặp ông John Hamre, Chủ tịch CSIS": the body visited and the
        # man met there, one meeting
        visited.named.setdefault(cand.sentence, set()).update(item.key() for item in fresh)
        for item in fresh:
            visited.people.setdefault(item.key(), item)
        visited.anchors.append(cand)
        return
    draft = _Draft(date=date, place=cand.place, kind=cand.kind, anchors=[cand],
                   named={cand.sentence: {item.key() for item in fresh}})
    for p in vn_people:
        draft.people[p.key()] = p
    for o in vn_orgs:
        draft.organizations[o.key()] = o
    for item in fresh:
        if isinstance(item, PersonRef):
            draft.people.setdefault(item.key(), item)
        else:
            draft.organizations.setdefault(item.key(), item)
    drafts.append(draft)


_MY = re.compile(r"\bmi\b")  # folded "Mỹ": the same country as "Hoa Kỳ" in a body's name


_FIRM_HEADS = ("tap doan ", "cong ty ", "hang ")


def _org_words(name: str) -> str:
    """A body's name as folded words, without what it says in brackets ("Tập đoàn Chevron (Hoa Kỳ)")."""
    return " ".join(_MY.sub("hoa ki", fold(re.sub(r"\([^)]*\)", " ", name))).split())


# "Tại các cuộc tiếp, …" opening a sentence: each had a reception (not "thúc đẩy các cuộc gặp cấp cao", a topic)
_SEVERAL = re.compile(r"^(?:tai|trong) cac (?:cuoc|buoi) (?:tiep|gap|hoi kien|hoi dam|lam viec|tiep xuc|trao doi)\b")


def _split_receptions(drafts: list[_Draft], analyses: list[SentenceAnalysis]) -> list[_Draft]:
    """One sentence lists everyone received; "Tại các cuộc tiếp" says each had a reception, and "Tiếp A và B,
    …" says who shared one. Those named together later are one meeting, everyone else one each."""
    out: list[_Draft] = []
    for d in drafts:
        people = {k for k, p in d.people.items() if p.side not in ("vn", "other")}
        first = min(d.named) if d.named else None
        if first is None or len(people) < 2 or d.of_round or d.round or not people <= d.named[first]:
            out.append(d)
            continue
        # who a later report names apart (a caption of one of those received together tells nothing apart)
        later = [d.named[i] & people for i in sorted(d.named) if i > first and analyses[i].sentence.kind != "caption"]
        span = range(first, max(d.named) + 1)
        if not d.apart and not any(_SEVERAL.search(" ".join(analyses[i].folded)) for i in span if i < len(analyses)):
            out.append(d)
            continue
        groups: list[set[str]] = []
        told_apart = [g & people for g in d.apart if g & people]
        if len(told_apart) > 1 and all(not (g & h) for i, g in enumerate(told_apart) for h in told_apart[i + 1:]):
            later = told_apart  # "Tổng Bí thư điện đàm với A và B", then "Tại các cuộc điện đàm … với A, …, và B"
        for g in sorted(later, key=len, reverse=True):  # a caption naming one of the two received together
            if g and g != people and not any(g & h for h in groups):
                groups.append(g)
        if not groups:
            out.append(d)  # "Tại các buổi làm việc với hai Thượng nghị sĩ": nobody told apart
            continue
        rest = people - set().union(*groups)
        groups += [{k} for k in sorted(rest, key=list(d.people).index)]
        vn = {k: p for k, p in d.people.items() if k not in people}
        for g in groups:
            sentences = {i for i, keys in d.named.items() if keys & g}
            part = _Draft(date=d.date, place=d.place, kind=d.kind,
                          people={**vn, **{k: p for k, p in d.people.items() if k in g}},
                          organizations=dict(d.organizations),
                          anchors=[c for c in d.anchors if c.sentence in sentences] or d.anchors[:1],
                          named={i: keys & g for i, keys in d.named.items() if keys & g})
            out.append(part)
    return out


def _bodies_met_through_people(drafts: list[_Draft], gaz: Gazetteer) -> list[_Draft]:
    """A body listed as met where the article also names who of it was met is that person's meeting.

    "đoàn đã làm việc với USTR, Bộ Thương mại và Bộ Nông nghiệp Hoa Kỳ", then "tại Bộ Thương mại Hoa Kỳ
    với ông X, Phó Trợ lý Bộ trưởng": the body is kept where its person is, not as a meeting of its own.
    A body described in lower case ("các cơ quan kinh tế của Hoa Kỳ", "các doanh nghiệp") beside a
    named counterpart says who was there in general, not who was met.
    """
    named = [d for d in drafts if any(p.side != "vn" and p.name for p in d.people.values())]
    if not named:
        return drafts
    out = []
    for d in drafts:
        # only reports of the same days can name who of a body was met
        # (and of the same host: "Phó Thủ tướng tiếp ông Switzer …; sáng cùng ngày, Thứ trưởng Tân làm việc với đoàn
        # USTR" are two meetings)
        others = [e for e in named if e is not d and (not e.date.known or not d.date.known or e.date.iso == d.date.iso
                                                        or contains(d.date, e.date))
                  and not _other_host(e, [p for p in d.people.values() if p.side == "vn"])]
        context = " | ".join(
            _MY.sub("hoa ki", fold(" ".join([e.place or "", *(f"{p.title} {p.organization}" for p in e.people.values()
                                                              if p.side != "vn"),
                                             *(o.name for o in e.organizations.values() if o.side != "vn"),
                                             # "đoàn công tác Hiệp hội X do ông Y dẫn đầu": the body Y headed
                                             *(b for c in e.anchors for b in c.led_bodies)])))
            for e in others)
        known = {o.id for _, _, o in gaz.organization_index.find_all(context.split())}
        has_named = any(p.side != "vn" and p.name for p in d.people.values())
        told_with = {c.sentence for c in d.anchors}
        if not has_named and d.round is None and d.date.precision.startswith("range") and any(
                contains(d.date, e.date) for e in others) and not any(
                told_with & {c.sentence for c in e.anchors} for e in others):
            # "trong ba ngày 8 - 10/9, đoàn làm việc với A, B và C": the days' own reports say whom ("các cuộc làm việc
            # với Bộ trưởng X, Thượng nghị sĩ Y và đại diện Hội đồng Z": a body listed beside people named is its own)
            continue
        own = fold(" ".join([d.place or "", *(f"{p.title} {p.organization}" for p in d.people.values()
                                              if p.side != "vn" and p.name)]))
        own_known = {o.id for _, _, o in gaz.organization_index.find_all(own.split())} if has_named else set()
        listing = len(d.organizations) > 1 or d.date.precision.startswith("range")  # the bodies a visit went to
        for key, org in list(d.organizations.items()):
            if org.side == "vn":
                continue
            words = _org_words(org.name)
            # "các doanh nghiệp" (not "… thành viên USABC", nor a delegation told by what it is: "đoàn 21 trường đại học …")
            generic = not org.name[:1].isupper() and not org.id and not org.name.startswith("đoàn ")
            # an office is named for who heads it: "trợ lý Đại diện Thương mại Mỹ" is of "Văn phòng Đại diện Thương mại"
            headed = words[len("van phong "):] if words.startswith("van phong ") else ""
            # a firm is named without its head noun in its people's posts: "Tập đoàn Lockheed Martin", "Phó chủ tịch
            # Lockheed Martin"
            headed = headed or next((words[len(h):] for h in _FIRM_HEADS if words.startswith(h)), "")
            if (words and (words in context or (has_named and words in _MY.sub("hoa ki", own)))) or (
                    headed and headed in context) or (
                    listing and org.id and org.id in known) or (
                    # "Bộ trưởng làm việc với lãnh đạo FDA. Ảnh: VOV" beside the report of his meeting with its deputy
                    # head: the photo of that meeting, not another
                    org.id and org.id in known and not has_named and (not d.date.known or all(
                        c.analysis.sentence.kind == "caption" for c in d.anchors))) or (
                    org.id and org.id in own_known) or (
                    generic and (has_named or len(d.organizations) > 1 or others)):
                del d.organizations[key]
                if generic and not d.counterpart_keys() and d.date.precision in ("day", "day_no_year"):
                    # "Chiều 17/2, tại Washington, Tổng Bí thư đã lần lượt tiếp lãnh đạo hai tập đoàn Hoa Kỳ. | Tiếp ông
                    # X, …": the day and place of the receptions told one by one after it
                    for e in others:
                        if not e.date.known and e.first_sentence > d.first_sentence:
                            e.date = d.date
                            e.place = e.place or d.place
                if d.date.known and (d.date.precision in ("day", "day_no_year") or d.date.precision.startswith("range")):
                    # "các cuộc làm việc với Hội đồng An ninh quốc gia …" dated, "Tại buổi làm việc với ông X, …,
                    # Hội đồng An ninh quốc gia Mỹ" not: the person's meeting is the dated one
                    for e in others:
                        if not e.date.known and words and words in _org_words(" ".join(
                                [*(o.name for o in e.organizations.values()),
                                 *(f"{p.title} {p.organization}" for p in e.people.values())])):
                            e.date = d.date
                            e.place = e.place or d.place
        if d.counterpart_keys():
            out.append(d)
    return out


def _confirm_caption(
    meeting: Meeting, d: _Draft, own: list[SentenceAnalysis], registry: _Registry, pub: date | None,
    stated: dict[str, int],
) -> None:
    """A meeting told by a photo caption takes its day and place from the body sentence about it that
    names one of its people ("Tại trụ sở USTR hôm 10/9, Thứ trưởng Vinh đề nghị …")."""
    keys = set(d.people)
    for a in own:
        if a.sentence.kind == "caption" or not any(
                m.kind == "person" and registry.key(m) in keys for m in a.mentions):
            continue
        days = [x for x in a.dates if not x.relative and x.value.precision in ("day", "day_no_year")]
        if days and not meeting.date.known:
            meeting.date = d.date = settle_year(days[0].value, pub, stated)
        if a.places and not meeting.place:
            meeting.place = d.place = a.places[0][2]
        if meeting.date.known:
            return


def _other_host(d: _Draft, vn_people: list[PersonRef]) -> bool:
    """Whether the Vietnamese side named is wholly other than the draft's: the Prime Minister receiving
    X and, the same morning, a deputy minister working with X are two meetings."""
    here = {p.key() for p in d.people.values() if p.side == "vn" and p.name}
    there = {p.key() for p in vn_people if p.name}
    if here or there:
        return bool(here) and bool(there) and not here & there
    # by their seats alone: "Chủ tịch Nước" and "Thủ tướng Chính phủ" each received the guest ("Thủ tướng" and "Thủ tướng
    # Chính phủ" are one)
    seats = {fold(p.title) for p in d.people.values() if p.side == "vn" and p.title}
    others = {fold(p.title) for p in vn_people if p.title}
    return bool(seats) and bool(others) and not any(a.startswith(b) or b.startswith(a) for a in seats for b in others)


def _link_round(
    d: _Draft,
    pass_: str,
    round_mentions: dict[int, list[RoundMention]],
    analyses: list[SentenceAnalysis],
    held: list[tuple[str, int]],
    rounds: dict[tuple[str, int], Round],
    drafts: list[_Draft],
    reporting: set[int],
    gaz: Gazetteer,
) -> None:
    """Which round a meeting belongs to, and on what basis.

    First from the text (the round named beside the meeting, or "bên lề" in an
    article about one round); then, once every meeting has that, from dates
    (the same day as a meeting on a round's sidelines, or within the round's dates).
    """
    if pass_ == "text":
        _link_round_by_text(d, round_mentions, analyses, held, reporting, gaz)
        return
    if d.date.known:
        for other in drafts:
            if other is not d and other.round and other.round_basis == "explicit" and other.date.iso == d.date.iso:
                d.round, d.round_basis = other.round, "same_day"
                return
        for key in held:
            rnd = rounds[key]
            if rnd.start.known and contains(_span(rnd), d.date):
                d.round, d.round_basis = key, "dates"
                return


def _link_round_by_text(
    d: _Draft,
    round_mentions: dict[int, list[RoundMention]],
    analyses: list[SentenceAnalysis],
    held: list[tuple[str, int]],
    reporting: set[int],
    gaz: Gazetteer,
) -> None:
    for cand in d.anchors:
        a = cand.analysis
        if cand.cue is not None and cand.cue.role == "session":
            # "Vòng 4 được tổ chức theo thống nhất tại phiên họp … lần thứ 7 giữa A và B": the session's own round
            own = next((r for r in round_mentions[a.sentence.index] if r.token_start == cand.cue.start), None)
            if own is not None:
                d.round, d.round_basis = (own.series, own.number), "explicit"
                return
        # the round may be named in the sentence, or in the next one when that one reports no meeting
        # ("Tọa đàm là hoạt động … bên lề Vòng đàm phán thứ 6")
        nearby = [a]
        nxt = a.sentence.index + 1
        if nxt < len(analyses) and nxt not in reporting:
            nearby.append(analyses[nxt])
        for b in nearby:
            r = _round_of_sentence(round_mentions[b.sentence.index], b)
            if r and b is a and _ended_before(cand, r):
                continue
            if r and (b is a or b.sidelines):
                d.round, d.round_basis = (r.series, r.number), "explicit"
                return
    if len(held) == 1:
        for cand in d.anchors:
            a = cand.analysis
            after = any(_outside_round(a.folded, r.token_start) or _ended_before(cand, r)
                        for r in round_mentions[a.sentence.index])  # "các vấn đề còn vướng sau vòng đàm phán …"
            if a.sidelines or (not after and _generic_round_fits(a, held[0][0], gaz)):
                d.round, d.round_basis = held[0], "article"
                return
        # an article told "bên lề Vòng đàm phán thứ 6, …" once, then meeting by meeting: each belongs to it,
        # unless the article recalls it from before ("Trước đó, hồi tháng 5, …")
        framed = any(b.sidelines and round_mentions[b.sentence.index] for b in analyses)
        recalled = any(_RECALLED.match(" ".join(c.analysis.folded[:4])) for c in d.anchors)
        if framed and not recalled and d.date.known:
            d.round, d.round_basis = held[0], "article"


def _ended_before(cand: Candidate, r: RoundMention) -> bool:
    """ "Trong bối cảnh vòng đàm phán thứ năm vừa kết thúc tại Washington, sáng 18/11, … tiếp …": the round the sentence
    names as just ended before its meeting is not the meeting's."""
    return cand.cue is not None and r.token_end <= cand.cue.start and (
        "vua ket thuc" in " ".join(cand.analysis.folded[r.token_end:cand.cue.start]))


def _generic_round_fits(a: SentenceAnalysis, series: str, gaz: Gazetteer) -> bool:
    """Whether the sentence speaks of a round ("vòng/phiên đàm phán") that can be the article's one round.

    Not one it follows ("sau phiên đàm phán cấp Bộ trưởng"), nor one of another series: "các phiên đàm phán
    kỹ thuật" in an article about ministerial session 8 are the technical round's.
    """
    f = a.folded
    for k in range(len(f) - 2):
        if f[k] not in ("phien", "vong") or f[k + 1] != "dam" or f[k + 2] != "phan":
            continue
        if _outside_round(f, k):
            continue
        named = {name for _, _, name in gaz.series_index.find_all(f[k + 3:k + 7])}
        if named and series not in named and not (series == "ministerial" and "online" in named):
            continue
        return True
    return False


_OPENED = re.compile(r"^(?:\S+\s+){0,16}?(?:da\s+)?(?:chinh thuc\s+)?(?:khai mac|bat dau|duoc to chuc|dien ra)\b")
_TOLD = re.compile(r"\b(?:cho biet|cho hay|thong tin|thong bao|du kien|se)\b")


def _is_session(a: SentenceAnalysis, number: int) -> bool:
    """Whether the sentence reports the round's own session ("phiên … lần thứ 8 giữa A và B")."""
    return any(c.role == "session" for c in a.cues)


def _span(rnd: Round) -> DateValue:
    if rnd.end.known and rnd.end.iso != rnd.start.iso:
        return DateValue(f"{rnd.start.iso}/{rnd.end.iso}", rnd.start.text, "range")
    return rnd.start


def _first_token(cand: Candidate) -> int:
    a = cand.analysis
    tokens = [m.start for m in cand.participants]
    if cand.date:
        base = a.sentence.start
        tokens += [k for k, t in enumerate(a.tokens) if t.start - base >= cand.date.start][:1]
    return min(tokens) if tokens else 0


def _others(found: list[Candidate], d: _Draft) -> list[Candidate]:
    """The meetings a sentence reports besides this one ("giữ nhịp tiếp xúc", merged into it, is not one)."""
    mine = {id(c) for c in d.anchors}
    return [c for c in found if id(c) not in mine]


def _framed(cand: Candidate) -> bool:
    """Whether the sentence opens with the meeting as its frame, set off by a comma: "Tại cuộc hội kiến, …",
    "Trong buổi làm việc, …"."""
    a, cue = cand.analysis, cand.cue
    return (cue is not None and 1 <= cue.start <= 3 and a.folded[0] in ("tai", "trong")
            and a.folded[cue.start - 1] in ("cuoc", "buoi", "tai", "trong") and cue.end < len(a.tokens)
            and "," in a.gaps[cue.end])


def _past_participants(cand: Candidate) -> int:
    """The first token past the cue and the people it lists ("… đã tiếp ông X, Phó Chủ tịch …")."""
    assert cand.cue is not None
    return max([cand.cue.end] + [m.end for m in cand.participants if m.start >= cand.cue.start])


def _tail_token(cand: Candidate, others: list[Candidate]) -> int | None:
    """Where the part of the sentence about another meeting begins, if it does: at the cue of another
    meeting the sentence reports, not at any word that could be one ("giữ nhịp tiếp xúc ở mọi cấp")."""
    a = cand.analysis
    if cand.cue is None:
        return None
    later = [o.cue for o in others if o.cue is not None and o.cue.start > cand.cue.start]
    if not later:
        return None
    k = later[0].start
    while k > cand.cue.end and a.folded[k - 1] in ("va", "cung", "dong", "thoi"):
        k -= 1
    return k


def _scopes(
    analyses: list[SentenceAnalysis], kept: list[tuple[Meeting, _Draft]], round_mentions: dict[int, list[RoundMention]],
    registry: _Registry,
) -> tuple[dict[str, list[int]], dict[tuple[str, int], int]]:
    """The sentences about each meeting: its own, and those that follow it until another begins; and, for a sentence
    in which the current meeting's host recalls another meeting, the token where the host's own words begin.

    What follows a sentence reporting several meetings at once ("… đã có các cuộc điện đàm với Thượng nghị sĩ A
    và Thượng nghị sĩ B. Các cuộc trao đổi tập trung vào …") is each one's until a sentence names one of them
    alone; a photo's caption of one of them does not end that, and neither does a heading after which the text
    names only the people they share ("Phó Thủ tướng đã trao đổi …").  A sentence in which the current
    meeting's own people speak of another meeting's counterpart ("Chia sẻ về … cuộc điện đàm giữa Tổng Bí thư
    và Tổng thống Trump, Phó Thủ tướng khẳng định …") stays with the current meeting.  One that turns to somebody
    received at the same occasion who is no counterpart of any meeting kept ("Tiếp Đại sứ Campuchia …, Chủ tịch
    Quốc hội …") is no meeting's until one is named again.
    """
    anchor_of: dict[int, str] = {}
    also_of: dict[int, list[str]] = {}  # a sentence reporting several meetings is each one's
    people_of: dict[str, set[str]] = {}
    everyone_of: dict[str, set[str]] = {}
    for meeting, d in kept:
        for c in d.anchors:
            if anchor_of.setdefault(c.sentence, meeting.id) != meeting.id:
                also_of.setdefault(c.sentence, []).append(meeting.id)
        people_of[meeting.id] = d.counterpart_keys() | {  # and the bodies its counterparts belong to
            "org:" + o.id for p in d.people.values() if p.side != "vn"
            for _, _, o in registry.gaz.organization_index.find_all(fold(p.title).split())}
        people_of[meeting.id] |= {"org:" + o.id for o in d.organizations.values() if o.id and o.side != "vn"}
        everyone_of[meeting.id] = people_of[meeting.id] | set(d.people) | set(d.organizations)
    everybody = set().union(*everyone_of.values()) if everyone_of else set()
    beside = _received_beside(analyses, anchor_of, registry, everybody)
    # a meeting told only as what came before another with the same people ("Đây là lần đầu ông X tới Việt Nam và
    # sau cuộc tiếp kiến Thủ tướng tại Hoa Kỳ vào tháng 9/2022"): what follows is the other one's
    earlier = {m.id for m, d in kept if d.anchors and all(_told_as_before(c) for c in d.anchors) and any(
        other is not d and other.counterpart_keys() == d.counterpart_keys() for _, other in kept)}
    scopes: dict[str, list[int]] = {m.id: [] for m, _ in kept}
    spoken: dict[tuple[str, int], int] = {}
    relaying: set[str] = set()  # hosts whose meeting recalled another, in a sentence of their own
    relayed: set[tuple[str, int]] = set()  # sentences after such a recall, told while the recalled meeting is current
    anchors_of = {m.id: {c.sentence for c in d.anchors} for m, d in kept}
    current: str | None = None
    group: list[str] = []  # the meetings a sentence reporting several at once named, while the text is theirs
    last: str | None = None  # the meeting reported last
    latest: dict[str, int] = {}  # each meeting's last sentence reporting it
    several: list[str] = []  # the meetings the last sentence reporting several at once named
    for a in analyses:
        idx = a.sentence.index
        if idx not in anchor_of and several and a.sentence.kind == "text" and _of_several(a):
            # "… đã có cuộc gặp với A; tiếp Ban lãnh đạo B. | (a caption of B's) | Tại các cuộc gặp, Phó Thủ tướng khẳng
            # định …": all of them again, not the one named last
            group, current = list(several), several[0]
            for mid in group:
                if idx not in scopes[mid]:
                    scopes[mid].append(idx)
            continue
        if idx in anchor_of:
            reporting_now = [anchor_of[idx], *also_of.get(idx, ())]
            several = reporting_now if len(reporting_now) > 1 else (
                several if set(reporting_now) <= set(several) else [])
        if idx in anchor_of:
            reported = [anchor_of[idx], *also_of.get(idx, ())]
            # the meetings the text was about, other than those this sentence reports ("Sau phiên … giữa A và B, sáng
            # 12-11 X đã làm việc với Y": the text goes on about both)
            # (past a heading, which may be a photo's caption without its credit, the meetings told before it)
            pool = group if current is None or current in group else [current]
            hosts = [mid for mid in pool if mid not in reported]
            speakers = set().union(*(everyone_of[mid] - people_of[mid] for mid in hosts)) - set().union(
                *(everyone_of[mid] for mid in reported))
            speaker = next((m.start for m in a.mentions if m.kind in ("person", "unnamed") and _names_one(m, registry) & speakers),
                           None) if speakers and a.sentence.kind == "text" else None
            if (speaker is None and hosts and a.sentence.kind == "text"
                    and (a.folded[:2] in _THIS_MEETING or _at_the_meeting(a, registry.gaz))
                    and all(c.start > 3 for c in a.cues)):
                # "Buổi làm việc diễn ra …, tập trung trao đổi về …, cũng như triển khai kết quả Phiên … giữa A và B ngày
                # 10-11": the meeting just told is the subject, the one named later only what it carried on
                speaker = 0
            if speaker is not None:
                # "Nhắc lại cuộc điện đàm giữa A và B ngày 4/4, Phó Thủ tướng đề nghị …", "Thứ trưởng X trao đổi về việc
                # thực hiện kết quả phiên họp giữa A và B …": the meeting told of is recalled by the current one's own
                # host, whose words from there on are the current meeting's
                relaying.update(hosts)
                for mid in hosts:
                    scopes[mid].append(idx)
                    spoken[(mid, idx)] = speaker
                # what follows, until somebody is named alone, is both: the host relaying the meeting recalled
                current = last = anchor_of[idx]
                group = reported + [mid for mid in hosts if mid not in reported]
            elif len(group) > 1 and set(reported) <= set(group) and _of_several(a):
                current = last = anchor_of[idx]  # "trong các cuộc gặp, bà X thảo luận …": still all of them
            elif not (a.sentence.kind == "caption" and current and len(group) > 1 and set(reported) <= set(group)):
                current = last = anchor_of[idx]
                group = reported
            for mid in reported:
                latest[mid] = idx
        elif current is None and last and a.sentence.kind == "text" and _at_the_meeting(a, registry.gaz):
            current = last  # "Tại cuộc tiếp, …", "Tại phiên họp, …": at the meeting reported last
        elif a.sentence.kind == "heading" or (not a.cues and any(
                # (not a round to come, which the meeting spoke of: "Hai bên trao đổi về công tác chuẩn bị cho vòng
                # đàm phán thứ ba", unless the sentence is about it: "Vòng đàm phán thứ ba dự kiến diễn ra …")
                not r.planned or r.token_start <= 1 for r in round_mentions[idx])) or _THE_WHOLE_TRIP.match(
                " ".join(a.folded[:5])):
            current = None  # "Kết thúc chuyến công tác, Bộ trưởng nhấn mạnh …": of the whole trip, no one meeting
        elif current is not None and a.folded[:2] == ("truoc", "do") and not _names(a, registry) & everyone_of[current]:
            current, group = None, []  # "Trước đó hôm 2/6, các doanh nghiệp … đã ký …": another, earlier event
        elif (current is not None and a.folded[:2] == ("sau", "do") and not a.cues
              and _GOES_ON_TO.search(" ".join(a.folded[2:12]))
              and not _names(a, registry) & (everyone_of[current] - people_of[current])):
            current, group = None, []  # "Sau đó, ông Kerry dự một hội thảo …": the guest's next event, not with the host
        elif current is not None and current in latest and _is_item(a) and _is_item(analyses[latest[current]]) and any(
                ":" in a.gaps[k] for k in range(1, min(len(a.tokens), 7))):
            # "- Thứ Sáu (11/7): Người phát ngôn …": the next entry of a list, under its own label, not this meeting
            current, group = None, []
        else:
            named = _names(a, registry)
            # the one meeting whose counterpart it names ("Với đại diện AmCham, …"), else whose people
            # ("Phó Thủ tướng cho biết …" where only one meeting has that Vietnamese host)
            owners = [mid for mid, keys in people_of.items() if named & keys]
            if not owners:
                owners = [mid for mid, keys in everyone_of.items() if named & keys]
            if named & beside and not any(named & people_of[mid] for mid in owners):
                current, group = None, []  # somebody else received at the same occasion
            elif a.cues and not any(named & people_of[mid] for mid in owners) and any(
                    m.kind == "person" and m.side == "other" for m in a.mentions):
                current, group = None, []  # "Chiều 5/6: Bộ trưởng … tiếp Đại sứ Nhật Bản …": a meeting not of these talks
            elif current is None and len(group) > 1 and owners and set(owners) >= set(group) and not (
                    named & set().union(*(people_of[mid] for mid in group))):
                current = group[0]  # after a heading, the people the meetings share: all of them again
            elif current is not None and owners and current not in owners and named & (
                    everyone_of[current] - set().union(*(everyone_of[mid] for mid in owners))):
                pass  # the current meeting's own people speak of another meeting
            elif len(owners) == 1:
                current = owners[0]
                group = [current]
            elif current in earlier and current in owners and (later := [mid for mid in owners if mid not in earlier]):
                current = later[0]
                group = [current]
            elif owners and current is not None and current not in owners:
                # named people of other meetings only ("Thủ tướng cho biết …" after "Trước đó, Tổng Bí thư đã
                # điện đàm …"): the story is back with the one of them reported last
                current = max(owners, key=lambda mid: (latest.get(mid, -1), -owners.index(mid)))
                group = [current]
        if current:
            for mid in (group if current in group else [current]):
                if idx not in scopes[mid]:
                    scopes[mid].append(idx)
                    if mid != current and mid in relaying and (mid, idx) not in spoken:
                        relayed.add((mid, idx))
        for other in also_of.get(idx, ()):
            if idx not in scopes[other]:
                scopes[other].append(idx)
    for mid, ids in scopes.items():
        # the host relaying the meeting recalled, kept only where the host's meeting has no words of its own
        if any((mid, i) not in relayed and (mid, i) not in spoken and i not in anchors_of[mid] for i in ids):
            scopes[mid] = [i for i in ids if (mid, i) not in relayed]
    return scopes, spoken


def _told_as_before(c: Candidate) -> bool:
    """The meeting is told as what another came after: "sau cuộc tiếp kiến …", "kể từ cuộc điện đàm …"."""
    if c.cue is None or c.cue.start == 0:
        return False
    before = list(c.analysis.folded[max(0, c.cue.start - 3):c.cue.start])
    if before[-1:] in (["cuoc"], ["buoi"], ["lan"]):
        before.pop()
    return before[-1:] == ["sau"] or before[-2:] == ["ke", "tu"]


def _of_several(a: SentenceAnalysis) -> bool:
    """The sentence speaks of several meetings at once without naming whom: "trong các cuộc gặp, …" (not "Tại các
    buổi làm việc với hai Thượng nghị sĩ, …", which are those two's)."""
    return any(several_meetings(a.folded[max(0, c.start - 2):c.end])
               and (c.end == len(a.tokens) or "," in a.gaps[c.end]) for c in a.cues)


def _received_beside(
    analyses: list[SentenceAnalysis], anchor_of: dict[int, str], registry: _Registry, everybody: set[str],
) -> set[str]:
    """The foreign people a meeting's report names beside its counterparts who are no one's counterpart in the
    meetings kept: "Chủ tịch Quốc hội tiếp Đại sứ Campuchia Chea Kimtha, Đại sứ Hoa Kỳ Marc Knapper và …"."""
    found: set[str] = set()
    for idx in anchor_of:
        for m in analyses[idx].mentions:
            if m.kind == "person" and m.side != "vn" and registry.key(m) not in everybody:
                found.add(registry.key(m))
    return found


def _told_again_day_by_day(drafts: list[_Draft]) -> list[_Draft]:
    """ "Trong chuyến công tác từ ngày 8 đến 13/9, Bộ trưởng … đã có các cuộc gặp với A và B.", then each on its day:
    a meeting over a span whose counterparts each have a meeting of their own with the same host on one of its days
    was those meetings, told first together (a round's heads' meeting is the round's, and stays; a two-day dialogue
    co-chaired by one host is not the minister's reception of the same guest on its first day)."""
    out = []
    for d in drafts:
        keys = d.counterpart_keys()
        ours = {k for k, p in d.people.items() if p.side == "vn"}
        if d.date.precision.startswith("range") and not d.of_round and d.round is None and keys and all(
                any(e is not d and k in e.counterpart_keys() and e.date.precision in ("day", "day_no_year")
                    and contains(d.date, e.date) and ours & set(e.people) for e in drafts) for k in keys):
            continue
        out.append(d)
    return out


def _post_named_later(drafts: list[_Draft]) -> list[_Draft]:
    """ "Chiều qua (6/9), Thủ tướng tiếp Phó Chủ tịch cấp cao … của Tập đoàn SpaceX", then a caption "Chiều 6/9, Thủ tướng
    tiếp Phó Chủ tịch cấp cao … Tim Hughes": a meeting whose guests are posts alone is the same day's meeting of the same
    host with the one who holds that post, named later."""
    out = []
    for d in drafts:
        theirs = [p for p in d.people.values() if p.side != "vn"]
        ours = {k for k, p in d.people.items() if p.side == "vn"}
        if (d.date.precision in ("day", "day_no_year") and ours and theirs and not d.organizations
                and all(not p.name and p.title for p in theirs)
                and any(e is not d and e.date.iso == d.date.iso and ours <= set(e.people) and all(
                    any(q.name and q.side == p.side and fold(q.title).startswith(fold(p.title)) for q in e.people.values())
                    for p in theirs) for e in drafts)):
            continue
        # "Thủ tướng … tại buổi gặp các doanh nghiệp Mỹ vào chiều ngày 18 tháng 3. Ảnh: VGP" below the report of his
        # meeting with USABC that day: firms by no name, the same meeting
        bodies = [o for o in d.organizations.values() if o.side != "vn"]
        if (d.date.precision in ("day", "day_no_year") and ours and bodies and not theirs
                and all(not o.id and not o.name[:1].isupper() for o in bodies)
                and any(e is not d and e.date.iso == d.date.iso and ours <= set(e.people) and e.counterpart_keys()
                        for e in drafts)):
            continue
        out.append(d)
    return out


def _same_day_same_town(drafts: list[_Draft]) -> None:
    """ "Ngày 16.9, trong chuyến thăm và làm việc tại Đà Nẵng, bà X … được Bí thư Thành ủy … tiếp. | Cùng ngày, đón tiếp
    bà X, Chủ tịch UBND thành phố …": the same guest's next meeting that day, told with no place, was in the same town
    (a town or province, not a building: the next may be across it)."""
    for d in drafts:
        if d.place or not d.date.known or not d.anchors or d.anchors[0].analysis.folded[:2] != ("cung", "ngay"):
            continue
        before = [e for e in drafts if e is not d and e.place and e.date.iso == d.date.iso
                  and e.first_sentence < d.first_sentence and e.counterpart_keys() & d.counterpart_keys()]
        if before and (fold(before[-1].place or "").split() or [""])[0] not in _BUILDING_WORDS:
            d.place = before[-1].place


# The first word of a venue rather than a town: "trụ sở", "Nhà Quốc hội", "Phủ Chủ tịch", "khách sạn", "Văn phòng"
_BUILDING_WORDS = frozenset({"tru", "nha", "phu", "toa", "khach", "hoi", "phong", "van", "dien", "vien", "truong", "cang",
                             "dai", "bo", "so", "ubnd", "trung"})


_IN_THE_YEAR = re.compile(r"\b(?:trong |vào )?năm (\d{4})\b")


def _time_told(a: SentenceAnalysis) -> DateValue | None:
    """The one time a sentence gives: its one date, or a year it names alone ("Cũng trong năm 2015, …")."""
    dates = [d.value for d in a.dates if not d.relative]
    if dates:
        return dates[0] if len(dates) == 1 else None
    years = set(_IN_THE_YEAR.findall(a.sentence.text))
    if len(years) != 1:
        return None
    year = years.pop()
    return DateValue(year, f"năm {year}", "year")


# A delegation named by nothing but its country: "đoàn Hoa Kỳ", "phái đoàn công tác của Mỹ"
_DELEGATION_WORDS = frozenset({"doan", "phai", "cong", "tac", "dai", "bieu", "cua", "hoa", "ki", "mi", "cac", "thanh", "vien"})


def _described(delegation: str) -> bool:
    """Whether a delegation is told by what it is and by no body's name: "đoàn đại biểu 21 trường đại học … của Hoa Kỳ"
    (not "đoàn Hoa Kỳ", nor "đoàn công tác Đại sứ quán Hoa Kỳ", whose body is named)."""
    words = delegation.split()
    return not set(fold(delegation).split()) <= _DELEGATION_WORDS and not any(
        w[:1].isupper() and fold(w) not in ("hoa", "ki", "mi") for w in words)


# Words that tell a meeting without its kind: "có cuộc nói chuyện với", "trao đổi với"
_KINDLESS = frozenset({"noi", "chuyen", "trao", "doi", "co", "cuoc", "voi", "da", "hom", "nay"})
_CALLED = re.compile(r"\b(?:dien dam|cuoc goi dien)\b")


def _kind_in_the_heading(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry) -> None:
    """ "Tuyên bố … về cuộc điện đàm giữa X và Y" above "X hôm nay có cuộc nói chuyện với Y": the heading names the kind
    the report's words leave open."""
    headings = [a for a in analyses if a.sentence.kind == "heading" and _CALLED.search(" ".join(a.folded))]
    if not headings:
        return
    for d in drafts:
        if d.kind != "in_person" or not all(c.cue is not None and set(c.analysis.folded[c.cue.start:c.cue.end]) <= _KINDLESS
                                            for c in d.anchors):
            continue
        theirs = d.counterpart_keys()
        if any(registry.key(m) in theirs for h in headings for m in h.mentions if m.kind == "person"):
            d.kind = "phone"


def _on_our_trip(drafts: list[_Draft], analyses: list[SentenceAnalysis], registry: _Registry, pub: date | None,
                 stated: dict[str, int]) -> None:
    """ "Từ ngày 23 đến 25/5, Bộ trưởng X làm việc tại thủ đô Washington. | Trong cuộc gặp Bộ trưởng Nông nghiệp Mỹ Y, hai
    bên …": a meeting of our principal told with no day, just after the span of their trip, was within it, and there."""
    told = {c.sentence for d in drafts for c in d.anchors}
    for d in drafts:
        if d.date.known:
            continue
        ours = {k for k, p in d.people.items() if p.side == "vn"}
        for i in range(d.first_sentence - 1, max(-1, d.first_sentence - 4), -1):
            b = analyses[i]
            if i in told:
                break  # another meeting told in between
            # (ours not named yet at the meeting, "Trong cuộc gặp Bộ trưởng Mỹ Y, hai bên …": who travelled)
            if not any(m.kind == "person" and m.side == "vn" and (not ours or registry.key(m) in ours) for m in b.mentions):
                continue
            trip = _visit_span(b) if b.cues or _tells_a_visit(b) else None
            if trip is not None:
                d.date = settle_year(trip[0], pub, stated)
                d.place = d.place or trip[1]
            break


def _in_the_year(drafts: list[_Draft], pub: date | None) -> None:
    """ "Tổng thống X nhắc lại lần đầu gặp Tổng Bí thư Y tại Washington năm 2015": a meeting told with a year alone, and
    no day anywhere it is told, was in that year (not one after the page's)."""
    for d in drafts:
        if d.date.known or any(c.analysis.dates for c in d.anchors):
            continue
        # (right after whom the meeting names and where: not "… chuẩn bị kỷ niệm 25 năm … vào năm 2020" later on)
        years = {c.analysis.folded[k + 1] for c in d.anchors if c.cue is not None
                 for k in range(_past_participants(c), min(len(c.analysis.folded) - 1, _past_participants(c) + 6))
                 if c.analysis.folded[k] == "nam" and len(c.analysis.folded[k + 1]) == 4 and c.analysis.folded[k + 1].isdigit()}
        if len(years) == 1 and (pub is None or int(next(iter(years))) <= pub.year):
            year = years.pop()
            d.date = DateValue(year, f"năm {year}", "year")


def _dated_at_the_meeting(drafts: list[_Draft], analyses: list[SentenceAnalysis], found: dict[int, list[Candidate]],
                          gaz: Gazetteer, pub: date | None, stated: dict[str, int]) -> None:
    """ "Tổng Bí thư điện đàm với thượng nghị sĩ A và B …. | Tại cuộc điện đàm ngày 18/2, Tổng Bí thư …": a sentence
    that places itself at a meeting, or tells when it was held, and gives its day dates the meeting reported last
    before it, told with no day."""
    for a in analyses:
        if _at_the_meeting(a, gaz) and not found.get(a.sentence.index):
            head = a.tokens[min(len(a.tokens), 6) - 1].end - a.sentence.start if a.tokens else 0
        elif held := _MEETING_HELD.match(" ".join(a.folded)):
            # (or tells when it was held: "… vừa có buổi làm việc với X. | Buổi làm việc diễn ra chiều 25-3, …", whatever
            # else the sentence goes on to report: "…, trong khuôn khổ chuyến thăm … và đồng chủ trì Đối thoại …")
            verb = held.group().count(" ") + 1
            head = a.tokens[min(len(a.tokens), verb + 4) - 1].end - a.sentence.start
        else:
            continue
        days = {d.value.iso: d.value for d in a.dates if d.start < head and not d.relative
                and d.value.precision in ("day", "day_no_year")}
        if len(days) != 1:
            continue
        last = max((d for d in drafts if any(c.sentence < a.sentence.index for c in d.anchors)),
                   key=lambda d: max(c.sentence for c in d.anchors if c.sentence < a.sentence.index), default=None)
        if last is not None and not last.date.known:
            last.date = settle_year(next(iter(days.values())), pub, stated)


# The meeting just told, as a sentence's subject: "Buổi làm việc diễn ra …", "Cuộc gặp tập trung vào …"
_THIS_MEETING = frozenset({("buoi", "lam"), ("cuoc", "lam"), ("phien", "lam"), ("buoi", "tiep"), ("cuoc", "tiep"),
                           ("cuoc", "gap"), ("buoi", "gap"), ("buoi", "hoi"), ("cuoc", "hoi")})


def _at_the_meeting(a: SentenceAnalysis, gaz: Gazetteer) -> bool:
    """Whether a sentence opens by placing itself at a meeting ("Tại buổi làm việc, …", "Trong cuộc điện đàm, …")."""
    return any(s == 0 and kind == "frame" for s, _, kind in a.find(gaz.summary_index))


def _names(a: SentenceAnalysis, registry: _Registry) -> set[str]:
    """Who a sentence names: people by name or by a title the article resolves, and bodies."""
    return set().union(*(_names_one(m, registry) for m in a.mentions))


def _names_one(m: Mention, registry: _Registry) -> set[str]:
    """Who one mention names (a person, by name or by a title the article resolves; a body)."""
    found = set()
    if m.kind == "person":
        found.add(registry.key(m))
        if m.person is None and m.name:  # "đại diện AmCham": a body named where a person's name stands
            words = fold(m.name).split()
            hit = registry.gaz.organization_index.match_at(words, 0)
            if hit and hit[0] == len(words):
                found.add("org:" + hit[1].id)
    elif m.kind == "unnamed":
        hits = registry.resolve(m.title)
        if len(hits) == 1:
            found.add(hits[0])
    elif m.kind == "org":
        found.add(m.key())
    return found


def _meeting_topics(
    own: list[SentenceAnalysis], d: _Draft, shared: Counter[int], topics_of: dict[int, list[str]], gaz: Gazetteer
) -> list[str]:
    """Topics of a meeting's sentences; in a sentence that reports several meetings, only its own part."""
    found: list[str] = []
    first_anchor: dict[int, Candidate] = {}
    for c in d.anchors:
        first_anchor.setdefault(c.sentence, c)
    for a in own:
        cand = first_anchor.get(a.sentence.index)
        if cand and cand.cue and shared[a.sentence.index] > 1:
            names = [n for _, _, n in gaz.topic_index.find_all(a.folded[cand.cue.end : cand.segment_end])]
        else:
            names = topics_of[a.sentence.index]
        found.extend(n for n in names if n not in found)
    return found


def sentence_topics(a: SentenceAnalysis, gaz: Gazetteer) -> list[str]:
    found = [name for _, _, name in a.find(gaz.topic_index)]
    if gaz.acronyms:
        found += [gaz.acronym_topic[m.group()] for m in gaz.acronyms.finditer(a.sentence.text)]
    return list(dict.fromkeys(found))


def _sections(rounds: dict[tuple[str, int], Round], n: int) -> dict[tuple[str, int], range]:
    """The sentences about each held round: from its first mention to the first mention of another."""
    firsts = {k: min(r.mentions) for k, r in rounds.items()}
    out = {}
    for key, first in firsts.items():
        later = [f for k, f in firsts.items() if k != key and f > first]
        out[key] = range(first, min(later) if later else n)
    return out


# "Trong ngày làm việc thứ hai, …", "ngày đàm phán đầu tiên": a day counted within a round (in lower case: "thứ Hai" is
# a weekday)
_ROUND_DAY = re.compile(r"\b[Nn]gày (?:làm việc |đàm phán |họp )?(?:(đầu tiên)|thứ (hai|ba|tư|năm|2|3|4|5)|(cuối(?: cùng)?))\b")
_OF_SOMETHING_ELSE = re.compile(r"\s+(?:của|trong)\s+(?!(?:vòng|phiên)\b)", re.IGNORECASE)
_DAY_NUMBER = {"đầu tiên": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "tư": 4, "4": 4, "năm": 5, "5": 5}


def _day_of_the_round(drafts: list[_Draft], rounds: dict[tuple[str, int], Round],
                      round_mentions: dict[int, list[RoundMention]]) -> None:
    """ "Vòng hai diễn ra từ ngày 2 đến 4/6 … Trong ngày làm việc thứ hai (cuối cùng), Bộ trưởng … gặp …": that day,
    within the round, at its place. The round is the one the sentence names, else the last one named before it."""
    for d in drafts:
        if d.date.known:
            continue
        for c in d.anchors:
            m = _ROUND_DAY.search(c.analysis.sentence.text)
            if m is None or _OF_SOMETHING_ELSE.match(c.analysis.sentence.text, m.end()):
                continue  # "ngày thứ hai của chuyến thăm": a day of the trip
            at = c.analysis.sentence.index
            named = [r for i in sorted(round_mentions) if i <= at for r in round_mentions[i] if not r.planned]
            rnd = rounds.get((named[-1].series, named[-1].number)) if named else None
            if rnd is None or rnd.status != "held" or not rnd.start.known:
                break
            if m.group(3):  # "Chiều ngày làm việc cuối cùng, …": the round's last day
                if not rnd.end.known:
                    break
                day = replace(rnd.end, text=m.group(0))
            else:
                day = shift_day(rnd.start, _DAY_NUMBER[m.group(1) or m.group(2)] - 1, m.group(0))
            if rnd.end.known and (day.iso or "") > (rnd.end.iso or ""):
                break
            d.date = day
            d.round, d.round_basis = (rnd.series, rnd.number), "explicit"
            d.place = d.place or rnd.place
            break


def _round_meetings(
    drafts: list[_Draft], rounds: dict[tuple[str, int], Round], analyses: list[SentenceAnalysis],
    heads: dict[int, list[Mention]], registry: _Registry, gaz: Gazetteer,
) -> None:
    """A round at which both delegations' heads are named is also a meeting of those heads."""
    held = {k: r for k, r in rounds.items() if r.status == "held"}
    for key, section in _sections(held, len(analyses)).items():
        rnd = held[key]
        found = [(i, m) for i in section for m in heads[i]]
        if len(held) == 1:  # "Đoàn Việt Nam do … dẫn đầu" may come before the round is named
            found = [(i, m) for i in range(len(analyses)) for m in heads[i]]
        vn = [(i, m) for i, m in found if m.side == "vn"]
        other = [(i, m) for i, m in found if m.side != "vn"]
        if not vn or not other:
            continue
        people: dict[str, PersonRef] = {}
        orgs: dict[str, OrganizationRef] = {}
        for _, m in vn + other:
            if m.kind == "person":
                ref = registry.ref(m)
                people.setdefault(ref.key(), ref)
            else:
                orgs.setdefault(m.key(), OrganizationRef(m.name, m.side, m.org.id if m.org else None))
        date = _span(rnd) if rnd.start.known else UNKNOWN_DATE
        keys = {k for k, p in people.items() if p.side != "vn"} | {k for k, o in orgs.items() if o.side != "vn"}
        # (or the heads' meeting told on one of the round's days: "Sáng thứ Hai (2/2), A và B đồng chủ trì phiên khai mạc")
        ours = {k for k, p in people.items() if p.side == "vn"}
        same = next((d for d in drafts if d.counterpart_keys() & keys and (d.compatible(date, None) or (
            date.known and d.date.known and contains(date, d.date) and d.counterpart_keys() == keys
            and ours <= set(d.people)))), None)  # (with the same heads: not the guest's call on our Deputy PM)
        if same is not None:
            same.round, same.round_basis = same.round or key, same.round_basis or "explicit"
            same.of_round = True
            same.date = same.date if same.date.known else date
            same.place = same.place or rnd.place
            continue
        sentences = sorted({i for i, _ in vn + other})
        # "phiên đàm phán cấp Bộ trưởng lần thứ 6 … theo hình thức trực tuyến": a session held online
        online = rnd.series == "online" or any(
            kind == "online" for i in {section[0], *sentences} for _, _, kind in gaz.kind_marker_index.find_all(analyses[i].folded))
        anchors = [Candidate(analyses[i], None, len(analyses[i].tokens), [m for j, m in vn + other if j == i],
                             "online" if online else "in_person", None, None) for i in sentences]
        draft = _Draft(date=date, place=rnd.place, kind=anchors[0].kind, people=people, organizations=orgs,
                       anchors=anchors, round=key, round_basis="explicit", of_round=True)
        drafts.append(draft)


def _led_meetings(
    drafts: list[_Draft], analyses: list[SentenceAnalysis], heads: dict[int, list[Mention]], registry: _Registry,
    gaz: Gazetteer,
) -> None:
    """ "Ngày 30/12, nhóm kỹ thuật hai nước đã họp trực tuyến. Phía Việt Nam do X chủ trì … Phía Mỹ do Y dẫn dắt":
    a meeting reported without its people, whose sides' heads the next sentences name."""
    met = {k for d in drafts for k in d.counterpart_keys()}
    i = 0
    while i < len(analyses):
        if not heads[i]:
            i += 1
            continue
        group = [i]
        while group[-1] + 1 < len(analyses) and heads[group[-1] + 1]:
            group.append(group[-1] + 1)
        i = group[-1] + 1
        found = [(j, m) for j in group for m in heads[j]]
        vn = [m for _, m in found if m.side == "vn"]
        other = [m for _, m in found if m.side != "vn"]
        if not other or any(_head_key(m, registry) in met for m in other):
            continue
        report = next((analyses[j] for j in range(group[0], max(-1, group[0] - 4), -1)
                       if (analyses[j].cues or _DELEGATIONS_MET.search(" ".join(analyses[j].folded)))
                       and not analyses[j].futures), None)
        if report is None:
            continue  # heads of delegations, but no meeting reported near them
        if not vn:
            # "Thủ tướng chủ trì cuộc tọa đàm với các tập đoàn … Hoa Kỳ. … Về phía Hoa Kỳ, có Phó Đại sứ X, …":
            # the host is who reported the meeting; the side's people join it
            # the report that dates it, if a caption stands between: "Sáng 1/3, … chủ trì cuộc tọa đàm …"
            report = next((analyses[j] for j in range(group[0], max(-1, group[0] - 4), -1)
                           if analyses[j].cues and not analyses[j].futures and analyses[j].dates), report)
            vn = [m for m in report.mentions if m.kind == "person" and m.side == "vn"][:1]
            if not vn or any(m.side == "other" for m in other) or any(analyses[j].futures for j in group):
                continue  # "Hội nghị … sẽ diễn ra …, do Tổng thống Hàn Quốc X chủ trì": no side of these talks
            told = [d for d in drafts if any(c.sentence >= report.sentence.index for c in d.anchors)]
            if any(p.side not in ("vn", "other") and p.name for d in told for p in d.people.values()):
                continue  # "Về phía Hoa Kỳ có ông X, …" at a session whose heads are named: their delegation
            same = told[0] if told else None
            if same is not None:
                for m in other:
                    if m.kind == "person":
                        ref = registry.ref(m)
                        same.people.setdefault(ref.key(), ref)
                same.anchors += [Candidate(analyses[j], None, len(analyses[j].tokens), heads[j], same.kind, None, None)
                                 for j in group]
                when = _date_for(report, report.cues[0].start)
                if not same.date.known and when and not when.relative:
                    same.date = when.value
                    same.kind = _kind(report, gaz, report.cues[0].kind)  # the dated report's, not a caption's "gặp"
                same.take_place(report.places[0][2] if report.places else None)
                met |= {_head_key(m, registry) for m in other}
                continue
        cue = report.cues[0] if report.cues else Cue(0, 0, "in_person")  # "hai đoàn đã làm việc …": no cue word
        when = _date_for(report, cue.start)
        people: dict[str, PersonRef] = {}
        orgs: dict[str, OrganizationRef] = {}
        for m in vn + other:
            if m.kind == "person":
                ref = registry.ref(m)
                people.setdefault(ref.key(), ref)
            else:
                orgs.setdefault(m.key(), OrganizationRef(m.name, m.side, m.org.id if m.org else None))
        kind = _kind(report, gaz, cue.kind)
        anchors = [Candidate(analyses[j], None, len(analyses[j].tokens), heads[j], kind, None, None) for j in group]
        if not report.cues:  # "đoàn … của Việt Nam và Mỹ đã làm việc về …": the report, with what they worked on
            anchors.insert(0, Candidate(report, None, len(report.tokens), [], kind, None, None))
        places = [p[2] for a in (report, *(analyses[j] for j in group)) for p in a.places]
        drafts.append(_Draft(date=when.value if when and not when.relative else UNKNOWN_DATE,
                             place=places[0] if places else None, kind=kind, people=people,
                             organizations=orgs, anchors=anchors))
        met |= {_head_key(m, registry) for m in other}


def _head_key(m: Mention, registry: _Registry) -> str:
    return registry.ref(m).key() if m.kind == "person" else m.key()


def _date_rounds(
    rounds: dict[tuple[str, int], Round],
    analyses: list[SentenceAnalysis],
    round_mentions: dict[int, list[RoundMention]],
    reporting: set[int],
    heads: dict[int, list[Mention]],
) -> None:
    """Each held round's dates and place, from the sentences about the round itself."""
    for (series, number), rnd in rounds.items():
        if rnd.status != "held":
            continue
        for idx in sorted(rnd.mentions):
            a = analyses[idx]
            session = _is_session(a, number) or bool(heads[idx])
            for r in round_mentions[idx]:
                if (r.series, r.number) != (series, number):
                    continue
                if _outside_round(a.folded, r.token_start):
                    # "Ngày 24/5, Thủ tướng chủ trì cuộc họp đánh giá kết quả sau vòng đàm phán thứ hai": who chaired
                    # a meeting after the round, not the round; its day is not the round's
                    session = False
                # "Sáng 15/7, phiên đàm phán thứ năm … đã khai mạc tại …": a day written before the round that opened
                session = session or bool((_OPENED.match(" ".join(a.folded[r.token_end:r.token_end + 20]))
                                           # "Ngày 19/5: Khai mạc vòng đàm phán thứ hai."
                                           or a.folded[max(0, r.token_start - 2):r.token_start] in (
                                               ("khai", "mac"), ("bat", "dau")))
                                          and not _TOLD.search(" ".join(a.folded)))
                reports_meeting = idx in reporting and not session
                places = [p for p in a.places if p[0] >= r.token_end] or (a.places if session else [])
                if places and not rnd.place:
                    rnd.place = places[0][2]
                # the round's own dates: written after its name ("… lần thứ 5, diễn ra từ ngày 12 - 14/11"),
                # or anywhere in the sentence of its own session
                # ("Sau khi … thống nhất văn bản khung ngày 3.9, ngày 20.9, … đã diễn ra phiên …": of the days
                # before its name, the nearest is the session's)
                dates = round_dates(a, r) or (own_dates(a, r)[::-1] if session else [])
                dates = [d for d in dates if not d.relative and d.value.precision != "unknown"
                         # in a sentence reporting a meeting, a single day is the meeting's; a span is the round's
                         and not (reports_meeting and not d.value.precision.startswith("range"))]
                if not dates:
                    continue
                # "… kết thúc ngày 18/6", "kéo dài đến hết ngày 18/6": the last day, told on its own
                closing = [d.value for d in dates if d.value.precision in ("day", "day_no_year")
                           and _CLOSED.search(fold(a.sentence.text[max(0, d.start - 24):d.start]))]
                dates = [d for d in dates if d.value not in closing] or dates
                value = next((d.value for d in dates if d.value.precision.startswith("range")), dates[0].value)
                if rnd.start.known and not (value.precision.startswith("range") and rnd.start.iso == rnd.end.iso
                                            and contains(value, rnd.start)):
                    if closing and rnd.start.iso == rnd.end.iso and value in closing and (
                            rnd.start.year_known == value.year_known and (value.iso or "") > (rnd.start.iso or "")):
                        rnd.end = value
                    continue  # known already; only a range around a single known day ("khai mạc 19/5") is better
                lo, _, hi = (value.iso or "").partition("/")
                precision = value.precision.replace("range", "day")
                rnd.start = DateValue(lo, value.text, precision)
                rnd.end = DateValue(hi or lo, value.text, precision)
                later = [c for c in closing if c.year_known == rnd.start.year_known and (c.iso or "") > lo]
                if later and rnd.start.iso == rnd.end.iso:
                    rnd.end = later[0]


_CLOSED = re.compile(r"\b(?:ket thuc|be mac|den het|keo dai den)(?:\s+vao)?(?:\s+(?:ngay|hom))?\s*$")


def _round_trip(
    rounds: dict[tuple[str, int], Round], analyses: list[SentenceAnalysis], pub: date | None, stated: dict[str, int]
) -> None:
    """With one round in the article, a span written elsewhere around its opening day is its span, and that
    sentence's place its place ("Sau bốn ngày làm việc tại thủ đô Washington D.C. (từ ngày 19 - 22/5/2025)")."""
    held = [r for r in rounds.values() if r.status == "held"]
    if len(held) != 1 or (held[0].place and held[0].start.iso != held[0].end.iso) or held[0].series == "ministerial":
        return  # a ministerial session is one day: a span elsewhere is the technical round's
    rnd = held[0]
    told = [(a, r) for a in analyses for r in a.rounds if (r.series, r.number) == (rnd.series, rnd.number)]
    if told and all(_outside_round(a.folded, r.token_start) for a, r in told):
        return  # "… rà soát các nội dung sau vòng đàm phán thứ ba": a round gone by, the article's days are not its own
    for a in analyses:
        if a.futures or any(r.planned for r in a.rounds):
            continue  # "… vòng đàm phán thứ tư sẽ diễn ra từ ngày 1 đến 3/7": the next round's span, to come
        spans = [settle_year(d.value, pub, stated) for d in a.dates if d.value.precision.startswith("range")]
        span = next((v for v in spans if not rnd.start.known or contains(v, rnd.start)), None)
        if span is None:
            continue
        if not rnd.start.known or rnd.start.iso == rnd.end.iso:
            lo, _, hi = (span.iso or "").partition("/")
            precision = span.precision.replace("range", "day")
            rnd.start, rnd.end = DateValue(lo, span.text, precision), DateValue(hi, span.text, precision)
        if not rnd.place and a.places:
            rnd.place = a.places[0][2]
        return


_SESSION_BY_DAY = re.compile(r"\bphien (?:dam phan )?(?:truc tiep )?cap bo truong (?=ngay |hom )")


def _session_by_its_day(rounds: dict[tuple[str, int], Round], analyses: list[SentenceAnalysis], drafts: list[_Draft],
                        pub: date | None, stated: dict[str, int]) -> None:
    """ "… những định hướng mà phiên cấp Bộ trưởng ngày 10/11 đã đưa ra": the article's one ministerial session, named
    again without its number but with its day, is dated by it, and so is its meeting."""
    sessions = [r for r in rounds.values() if r.series == "ministerial" and r.status == "held"]
    if len(sessions) != 1 or sessions[0].start.known:
        return
    rnd = sessions[0]
    for a in analyses:
        if "cap" not in a.folded or a.futures:
            continue
        joined = " ".join(a.folded)
        for m in _SESSION_BY_DAY.finditer(joined):
            at = len(joined[:m.end()].split())  # the token the day begins at
            if at >= len(a.tokens):
                continue
            begins = a.tokens[at].start - a.sentence.start
            day = next((d for d in a.dates if begins <= d.start <= begins + 6 and not d.relative
                        and d.value.precision in ("day", "day_no_year")), None)
            if day is None:
                continue
            rnd.start = rnd.end = settle_year(day.value, pub, stated)
            for d in drafts:
                if d.round == (rnd.series, rnd.number) and not d.date.known:
                    d.date = rnd.start
            return


def _settle_round(rnd: Round, published: date | None, stated: dict[str, int]) -> None:
    """A round's first and last day get their year together: a round in progress is not split across years."""
    if not rnd.start.known or rnd.start.year_known:
        return
    span = settle_year(_span(rnd), published, stated)
    if span.year_known:
        lo, _, hi = (span.iso or "").partition("/")
        rnd.start = DateValue(lo, rnd.start.text, rnd.start.precision.removesuffix("_no_year"))
        rnd.end = DateValue(hi or lo, rnd.end.text, rnd.end.precision.removesuffix("_no_year"))


def _finish_rounds(
    rounds: dict[tuple[str, int], Round],
    analyses: list[SentenceAnalysis],
    round_mentions: dict[int, list[RoundMention]],
    heads: dict[int, list[Mention]],
    registry: _Registry,
    reporting: set[int],
    whole: dict[int, str],
    gaz: Gazetteer,
) -> list[Round]:
    out = []
    for (series, number), rnd in rounds.items():
        if rnd.status != "held":
            continue
        first = min(rnd.mentions)
        nxt = [i for (s2, n2), r2 in rounds.items() if (s2, n2) != (series, number) for i in r2.mentions if i > first]
        stop = min(nxt) if nxt else len(analyses)
        pieces = []
        for idx in range(first, stop):
            a = analyses[idx]
            if leads(a):
                # "Bà Phạm Thu Hằng nói đoàn đàm phán do Bộ trưởng X dẫn đầu …": who led, not who told of it
                named = [m for m in heads[idx] if m.kind == "person"] or a.mentions
                for m in named:
                    if m.kind == "person" and all(registry.ref(m) is not p for p in rnd.leaders):
                        rnd.leaders.append(registry.ref(m))
            areas = progress_areas(a)
            if areas and not rnd.areas:
                rnd.areas = areas
                pieces.append(idx)
            if is_next_step(a) and _GENERIC_ROUND_WORD.search(" ".join(a.folded)):
                rnd.next_steps.append(a.sentence.text)
        intro = next((i for i in sorted(rnd.mentions) if i not in reporting and analyses[i].sentence.kind == "text"), None)
        chosen = sorted({i for i in ([intro] if intro is not None else []) + pieces})
        evidence = []
        total = 0
        for i in chosen:
            a = analyses[i]
            piece = _shorten(anchor_piece(a, gaz, 0, None), ROUND_SUMMARY - total)
            if total + len(piece.text) > ROUND_SUMMARY:
                break
            evidence.append(piece)
            total += len(piece.text) + 1
        rnd.evidence = evidence
        rnd.summary = " ".join(e.text if whole[e.sentence].endswith(e.text) else e.text + "…" for e in evidence)
        out.append(rnd)
    return sorted(out, key=lambda r: (r.series, r.number))


def _new_people(
    analyses: list[SentenceAnalysis], meetings: list[Meeting], rounds: list[Round], registry: _Registry
) -> list[NewPerson]:
    took_part = {p.key() for m in meetings for p in m.people} | {p.key() for r in rounds for p in r.leaders}
    seen: dict[str, NewPerson] = {}
    for a in analyses:
        for m in a.mentions:
            key = registry.key(m) if m.kind == "person" else ""
            if m.kind == "person" and m.discovered and key not in seen:
                ref = registry.people[key]
                if ref.id:
                    continue  # "ông Diên" is the gazetteer's Nguyễn Hồng Diên, not someone new
                seen[key] = NewPerson(ref.name, ref.title, ref.organization, ref.side, a.sentence.index, key in took_part)
    return list(seen.values())
