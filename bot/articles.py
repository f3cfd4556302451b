"""Adding articles: the one path by which an article joins the data, whatever brought it.

An add is one transaction.  The article files in ``seeds/``, their entries in ``seeds/metadata.toml``,
``data/extracted.json`` and the database change together or not at all: the new data files are written
beside the live ones, the database is built from them into a temporary file, and only when that build
has succeeded is everything moved into place.  ``add_texts`` adds several articles in one such
transaction (a feed poll builds the database once, not once per article); ``add_text`` is one of them.

The same text twice is one article, and so is a near-copy with small edits (another outlet's reprint,
see ``intake/syndication.py``): its address is recorded under the article already there (``also`` in
``seeds/metadata.toml``) instead of adding it again.  The first-seen address stays the source link.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .config import Paths, database_path
from .corrections import load_metadata
from .extract import ArticleResult, extract_article
from .extract.reading import looks_vietnamese, read_article
from .gazetteer import load_gazetteer
from .ingest import IngestReport, build_beside
from .text import normalize

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AddError(ValueError):
    """The article cannot be added; the message says why."""


@dataclass(frozen=True)
class Incoming:
    """An article's text and what is known about it, on its way in."""

    text: str
    url: str = ""
    published: str = ""
    title: str = ""
    outlet: str = ""
    url_basis: str = ""  # how the address is known: given by whoever added it, fetched, …


@dataclass(frozen=True)
class Added:
    article_id: str
    result: ArticleResult | None
    duplicate_of: str | None = None  # the same text, or a near-copy of it, is already this article
    report: IngestReport | None = None
    similarity: float = 1.0  # of a duplicate: 1.0 for the same text, less for a near-copy
    url_recorded: bool = False  # of a duplicate: its address was recorded under the article (``also``)
    refused: str = ""  # add_texts only: why this text was not added (add_text raises instead)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def check_published(published: str) -> str:
    """``YYYY-MM-DD`` of a real day, or an :class:`AddError` saying how to write it."""
    from datetime import date

    if not published:
        return ""
    try:
        if _DATE.match(published):
            date.fromisoformat(published)
            return published
    except ValueError:
        pass
    raise AddError(f"--published “{published[:40]}” không hợp lệ; hãy viết YYYY-MM-DD (một ngày có thật)")


def check_url(url: str) -> str:
    if url and not re.match(r"^https?://[^\s/?#]+\S*$", url):
        raise AddError(f"--url “{url[:80]}” không phải địa chỉ http(s)")
    return url


def add_article(where: Paths, source: Path, url: str = "", published: str = "") -> Added:
    """Add an article file (see :func:`add_text`)."""
    check_published(published)
    check_url(url)
    from .intake.page import saved_page

    text, _ = read_article(source)
    page = saved_page(text, str(source), url)
    if page is None:
        return add_text(where, text, url=url, published=published, url_basis="given" if url else "")
    # a page saved from the outlet: its report, headline, outlet and day, as if fetched from its address
    return add_text(where, page.text, url=url or page.url, published=published or page.published, title=page.title,
                    outlet=page.site, url_basis="given" if url else "saved page" if page.url else "")


def add_text(
    where: Paths, text: str, *, url: str = "", published: str = "", title: str = "", outlet: str = "",
    url_basis: str = "",
) -> Added:
    """Extract and add one article's text, rebuilding the database; all of it happens, or none of it.

    The same text twice, or a near-copy, is recognised and not added again (its address is recorded
    under the article already there).  ``published`` (``YYYY-MM-DD``) gives the year of dates the
    article writes without one.  Raises :class:`AddError` or :class:`~bot.ingest.IngestError` with
    nothing changed.
    """
    (added,) = add_texts(where, [Incoming(text, url, published, title, outlet, url_basis)], refuse=True)
    return added


def recognise(where: Paths, text: str) -> tuple[str, float] | None:
    """The article in ``seeds/`` that ``text`` is (same text, or a near-copy), with the resemblance; None if new."""
    from .intake.syndication import find_copy

    text = normalize(text).strip()
    digest = text_hash(text)
    bodies = [(p.stem, read_article(p)[0].strip()) for p in sorted(where.seeds.glob("*.txt"))]
    same = next((stem for stem, body in bodies if text_hash(body) == digest), None)
    return (same, 1.0) if same else find_copy(text, bodies)


@contextlib.contextmanager
def exclusive(where: Paths) -> Iterator[None]:
    """One add at a time over the same ``seeds/``, across threads and processes (the bot polling feeds
    while an editor runs ``add``): each reads the files the other writes.  A lock on the folder itself,
    so no lock file is left among the data."""
    try:
        import fcntl
    except ImportError:  # not POSIX: adds are not expected to run side by side there
        yield
        return
    where.seeds.mkdir(parents=True, exist_ok=True)
    fd = os.open(where.seeds, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _url_key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


@dataclass
class _Known:
    """An article already in seeds/ or added earlier in this batch."""

    id: str
    text: str
    urls: list[str]
    shingles: frozenset[int] | None = None
    new_urls: list[str] = field(default_factory=list)


def add_texts(where: Paths, items: list[Incoming], *, refuse: bool = False) -> list[Added]:
    """Add several articles in one transaction: one build of the database for all of them.

    Each item gets an :class:`Added`: a new article, a duplicate (same text or near-copy, whose address is
    recorded under the article it copies), or refused with the reason (``refuse=True`` raises the
    :class:`AddError` instead).  When nothing changes, no file is written.  A failed build raises
    :class:`~bot.ingest.IngestError` and changes nothing.
    """
    from .intake.syndication import MIN_SHINGLES, is_copy, shingles

    with exclusive(where):
        existing = sorted(where.seeds.glob("*.txt"))
        metadata = load_metadata(where.metadata)
        known: list[_Known] = []
        by_hash: dict[str, _Known] = {}
        for path in existing:
            body = read_article(path)[0].strip()
            meta = metadata.get(path.stem)
            entry = _Known(path.stem, body, [u for u in (meta.url, *meta.also) if u] if meta else [])
            known.append(entry)
            by_hash.setdefault(text_hash(body), entry)
        number = 1 + max((int(p.stem.split("_", 1)[0]) for p in existing if p.stem.split("_", 1)[0].isdigit()),
                         default=-1)
        gaz = None
        out: list[Added] = []
        new: list[tuple[Incoming, ArticleResult, _Known]] = []
        for item in items:
            try:
                check_published(item.published)
                check_url(item.url)
                text = normalize(item.text).strip()
                if not looks_vietnamese(text):
                    raise AddError("không phải bài báo tiếng Việt (quá ít chữ có dấu tiếng Việt)")
            except AddError as exc:
                if refuse:
                    raise
                out.append(Added("", None, refused=str(exc)))
                continue
            digest = text_hash(text)
            same, score = by_hash.get(digest), 1.0
            if same is None:
                mine = shingles(text)
                if len(mine) >= MIN_SHINGLES:
                    for other in known:
                        if other.shingles is None:
                            other.shingles = shingles(other.text)
                        s = is_copy(text, mine, other.text, other.shingles)
                        if s and s > (score if same else 0):
                            same, score = other, s
            if same is not None:
                recorded = bool(item.url) and _url_key(item.url) not in {_url_key(u) for u in same.urls}
                if recorded:
                    same.urls.append(item.url)
                    same.new_urls.append(item.url)
                out.append(Added(same.id, None, duplicate_of=same.id, similarity=score, url_recorded=recorded))
                continue
            article_id = f"{number:03d}_{digest[:16]}"
            number += 1
            gaz = gaz or load_gazetteer(where.data)
            result = extract_article(text, article_id, gaz, f"seeds/{article_id}.txt", item.published)
            if item.title:
                result.title = item.title
            entry = _Known(article_id, text, [item.url] if item.url else [])
            known.append(entry)
            by_hash[digest] = entry
            new.append((item, result, entry))
            out.append(Added(article_id, result))
        updated = [k for k in known if k.new_urls and not any(k is e for _, _, e in new)]
        if not new and not updated:
            return out
        report = _commit(where, new, updated)
    return [replace(a, report=report) if not a.refused else a for a in out]


def _commit(where: Paths, new: list[tuple[Incoming, ArticleResult, _Known]], updated: list[_Known]) -> IngestReport:
    """Write the new articles and metadata beside the live files, build, and move everything into place."""
    data = json.loads(where.extracted.read_text(encoding="utf-8")) if where.extracted.exists() else {"articles": []}
    ids = {r.id for _, r, _ in new}
    data["articles"] = [a for a in data["articles"] if a["id"] not in ids] + [r.to_json() for _, r, _ in new]
    metadata = where.metadata.read_text(encoding="utf-8") if where.metadata.exists() else ""
    for k in updated:
        metadata = with_also(metadata, k.id, k.new_urls)
    for item, result, entry in new:
        metadata += _metadata_entry(result.id, result.title, item, entry.urls[1:])

    staged_extracted = where.extracted.with_name(where.extracted.name + f".{os.getpid()}.adding")
    staged_metadata = where.metadata.with_name(where.metadata.name + f".{os.getpid()}.adding")
    db_path = database_path(where)
    staged_db: Path | None = None
    moved: list[Path] = []
    try:
        for _, result, entry in new:
            target = where.seeds / f"{result.id}.txt"
            target.write_text(entry.text + "\n", encoding="utf-8")
            moved.append(target)
        staged_extracted.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        staged_metadata.write_text(metadata, encoding="utf-8")
        staged_db, report = build_beside(where, db_path, staged_extracted, staged_metadata)
        # the build succeeded: the data files first (they are what the database is built from), then the database
        os.replace(staged_metadata, where.metadata)
        os.replace(staged_extracted, where.extracted)
        moved.clear()
        os.replace(staged_db, db_path)
        staged_db = None
    finally:
        for path in (*moved, staged_extracted, staged_metadata, *([staged_db] if staged_db else [])):
            path.unlink(missing_ok=True)
    return report


def _metadata_entry(article_id: str, title: str, item: Incoming, also: list[str]) -> str:
    entry = (f'\n[articles."{article_id}"]\ntitle = {_toml_string(title)}\noutlet = {_toml_string(item.outlet)}\n'
             f"url = {_toml_string(item.url)}\npublished = {_toml_string(item.published)}\n")
    if item.url and item.url_basis:
        entry += f"url_basis = {_toml_string(item.url_basis)}\n"
    if also:
        entry += f"also = {_toml_list(also)}\n"
    if item.published:
        entry += (f"year = {item.published[:4]}\nyear_basis = \"published\"\n"
                  f"year_reason = {_toml_string('Năm theo ngày đăng ' + item.published + '.')}\n")
    return entry


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def with_also(metadata: str, article_id: str, urls: list[str]) -> str:
    """``seeds/metadata.toml`` with ``urls`` added to the article's ``also`` list; comments and layout kept.

    The file is edited as text (an editor's comments stay), then read back: if the result does not say
    exactly what was meant, the add is refused rather than writing a file that means something else.
    """
    before = tomllib.loads(metadata).get("articles", {}).get(article_id, {}) if metadata else {}
    wanted = [*before.get("also", []), *urls]
    lines = metadata.split("\n")
    header = re.compile(r"^\s*\[\s*articles\s*\.\s*(\"" + re.escape(article_id) + r"\"|" + re.escape(article_id)
                        + r")\s*\]\s*(#.*)?$")
    start = next((i for i, line in enumerate(lines) if header.match(line)), None)
    new_line = f"also = {_toml_list(wanted)}"
    if start is None:
        text = metadata + ("" if metadata.endswith("\n") or not metadata else "\n") + \
            f'\n[articles."{article_id}"]\n{new_line}\n'
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        found = next((i for i in range(start + 1, end) if re.match(r"^\s*also\s*=", lines[i])), None)
        if found is not None:
            last = found
            while last < end and not _closes_array(lines[found:last + 1]):
                last += 1
            lines[found:last + 1] = [new_line]
        else:
            at = end
            while at > start + 1 and not lines[at - 1].strip():
                at -= 1
            lines.insert(at, new_line)
        text = "\n".join(lines)
    try:
        after = tomllib.loads(text)["articles"][article_id]
    except (tomllib.TOMLDecodeError, KeyError):
        raise AddError(f"seeds/metadata.toml: không ghi được địa chỉ mới cho bài {article_id}") from None
    if after.get("also") != wanted or {k: v for k, v in after.items() if k != "also"} != \
            {k: v for k, v in before.items() if k != "also"}:
        raise AddError(f"seeds/metadata.toml: không ghi được địa chỉ mới cho bài {article_id}")
    return text


def _closes_array(lines: list[str]) -> bool:
    """Do these lines hold a whole TOML value (brackets outside strings balanced)?"""
    depth, quote, escaped = 0, "", False
    for ch in "\n".join(lines).split("=", 1)[1]:
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\" and quote == '"':
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return True
        elif ch == "#":
            break
    return depth == 0 and not quote
