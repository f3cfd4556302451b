"""Adding an article: the one path by which an article joins the data, whatever brought it.

``add`` is one transaction.  The article file in ``seeds/``, its entry in ``seeds/metadata.toml``,
``data/extracted.json`` and the database change together or not at all: the new data files are
written beside the live ones, the database is built from them into a temporary file, and only
when that build has succeeded is everything moved into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .config import Paths, database_path
from .extract import ArticleResult, extract_article
from .extract.reading import looks_vietnamese, read_article
from .gazetteer import load_gazetteer
from .ingest import IngestReport, build_beside

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AddError(ValueError):
    """The article cannot be added; the message says why."""


@dataclass(frozen=True)
class Added:
    article_id: str
    result: ArticleResult | None
    duplicate_of: str | None = None
    report: IngestReport | None = None


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
    text, _ = read_article(source)
    return add_text(where, text, url=url, published=published)


def _metadata_entry(article_id: str, title: str, outlet: str, url: str, published: str) -> str:
    entry = (f'\n[articles."{article_id}"]\ntitle = {_toml_string(title)}\noutlet = {_toml_string(outlet)}\n'
             f"url = {_toml_string(url)}\npublished = {_toml_string(published)}\n")
    if published:
        entry += (f"year = {published[:4]}\nyear_basis = \"published\"\n"
                  f"year_reason = {_toml_string('Năm theo ngày đăng ' + published + '.')}\n")
    return entry


def add_text(
    where: Paths, text: str, *, url: str = "", published: str = "", title: str = "", outlet: str = ""
) -> Added:
    """Extract and add one article's text, rebuilding the database; all of it happens, or none of it.

    The same text twice is recognised and not added again.  ``published`` (``YYYY-MM-DD``) gives the
    year of dates the article writes without one.  Raises :class:`AddError` or
    :class:`~bot.ingest.IngestError` with nothing changed.
    """
    check_published(published)
    check_url(url)
    text = text.strip()
    if not looks_vietnamese(text):
        raise AddError("không phải bài báo tiếng Việt (quá ít chữ có dấu tiếng Việt)")
    digest = text_hash(text)
    existing = sorted(where.seeds.glob("*.txt"))
    for path in existing:
        if text_hash(read_article(path)[0].strip()) == digest:
            return Added(path.stem, None, duplicate_of=path.stem)
    number = 1 + max((int(p.stem.split("_", 1)[0]) for p in existing if p.stem.split("_", 1)[0].isdigit()), default=-1)
    article_id = f"{number:03d}_{digest[:16]}"
    target = where.seeds / f"{article_id}.txt"
    result = extract_article(text, article_id, load_gazetteer(where.data), f"seeds/{target.name}", published)
    if title:
        result.title = title

    data = json.loads(where.extracted.read_text(encoding="utf-8")) if where.extracted.exists() else {"articles": []}
    data["articles"] = [a for a in data["articles"] if a["id"] != article_id] + [result.to_json()]
    metadata = where.metadata.read_text(encoding="utf-8") if where.metadata.exists() else ""
    metadata += _metadata_entry(article_id, result.title, outlet, url, published)

    staged_extracted = where.extracted.with_name(where.extracted.name + f".{os.getpid()}.adding")
    staged_metadata = where.metadata.with_name(where.metadata.name + f".{os.getpid()}.adding")
    db_path = database_path(where)
    staged_db: Path | None = None
    moved: list[Path] = []
    try:
        target.write_text(text + "\n", encoding="utf-8")
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
    return Added(article_id, result, report=report)
