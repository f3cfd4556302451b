"""A person's title as a list shows it: one short title, not the chain the article writes.

Articles stack titles ("Bộ trưởng Bộ Công Thương, Trưởng Đoàn đàm phán Chính phủ về Thương mại với
Hoa Kỳ").  A list shows one, short: the editor's ``short_title`` from ``data/people.toml`` when the
person is there, else the last title of the article's chain (the one the article leads up to) with
"Bộ" before a ministry and the United States dropped, since the side already says which country.
Pure: the lexicon's titles in, text out; ``ingest`` stores the result beside each participant.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, PersonEntry
from .text import clip_words, tokenize

SHORT_TITLE_MAX = 40
_US = re.compile(r"\s+(?:của\s+)?(?:Hợp chúng quốc\s+)?(?:Hoa Kỳ|Mỹ)(?=$|[\s,;)])")
_TAIL = re.compile(r"\s+(?:phụ trách|thuộc|tại|về|kiêm nhiệm)\s.*$")
_MINISTRY = re.compile(r"^(.*?(?:trưởng|Trưởng))\s+Bộ\s+(?=\S)")


def _starts_with_title(text: str, gaz: Gazetteer) -> bool:
    if not text[:1].isupper():  # "thành viên các Ủy ban …" after a comma describes; a title is capitalised
        return False
    folded = [t.folded for t in tokenize(text[:80])]
    return bool(folded) and gaz.title_index.match_at(folded, 0) is not None


def last_title(chain: str, gaz: Gazetteer) -> str:
    """The last title of a chain: a comma begins a new title only where a known, capitalised title follows it.

    "Thứ trưởng … phụ trách kinh tế, Môi trường và Năng lượng" is one title; "Hạ nghị sĩ, Chủ tịch
    Ủy ban thuế vụ Hạ viện" is two; "Thượng nghị sĩ, thành viên các Ủy ban …" is one title and what
    it is a member of, which a short title leaves out.
    """
    pieces = [p.strip() for p in chain.split(",") if p.strip()]
    if not pieces:
        return ""
    last = max((n for n, piece in enumerate(pieces) if n and _starts_with_title(piece, gaz)), default=0)
    kept = [pieces[last]]
    for piece in pieces[last + 1:]:
        if not piece[:1].isupper():  # a description after the title, not part of its name
            break
        kept.append(piece)
    return ", ".join(kept)


def concise(title: str) -> str:
    """"Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách kinh tế" → "Thứ trưởng Ngoại giao"."""
    short = _TAIL.sub("", title)
    short = _US.sub("", short)
    short = _MINISTRY.sub(r"\1 ", short)
    return clip_words(short.strip(" ,") or title, SHORT_TITLE_MAX)


def short_title(article_title: str, person: PersonEntry | None, gaz: Gazetteer) -> str:
    """The title a list puts before a participant's name."""
    if person is not None and person.short_title:
        return person.short_title
    if not article_title.strip():
        return ""
    return concise(last_title(article_title, gaz))
