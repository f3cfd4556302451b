"""An editor's review of what extraction was unsure of, and the decisions taken on it.

Extraction marks what it cannot vouch for: a person the gazetteer does not know, a meeting with no date,
a side it could not tell, a counterpart named only by a title.  Each such item has a stable key (the
person's folded name; the meeting's id), so a decision outlives re-extraction.

A decision is written to the reviewed data in ``data/`` with who took it and when:

- every decision goes to ``data/reviews.toml`` (the item is then no longer pending);
- accepting (or fixing) a new person adds them to the gazetteer, ``data/people.toml``, so the next
  extraction recognises them;
- fixing a meeting's date adds a correction to ``data/corrections.toml``, applied on top of extraction.

Then the articles are extracted again with the new gazetteer and the database rebuilt, in one transaction
like an add: the data files and the database change together or not at all.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import Paths, database_path
from .shape import SIDES, read_toml
from .text import fold, name_key

REVIEWS = {"decision?": [{"item": str, "action": str, "by": str, "at": str, "article?": str, "set?": dict}]}
ACTIONS = ("accept", "reject", "fix")
KINDS = {"new-person": "Người chưa có trong danh bạ", "undated": "Cuộc gặp chưa rõ ngày",
         "unknown-side": "Không rõ thuộc bên nào", "title-only": "Đối tác chỉ có chức danh"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReviewError(ValueError):
    """A decision that cannot be taken; the message, in Vietnamese, says why."""


@dataclass(frozen=True)
class Item:
    key: str
    kind: str
    article: str
    meeting: str = ""
    name: str = ""
    title: str = ""
    side: str = ""
    date: str = ""
    evidence: str = ""
    fixable: tuple[str, ...] = field(default=())  # which of name, title, side, date a fix may set

    def describe(self) -> str:
        who = f"{self.title} {self.name}".strip()
        return f"{KINDS[self.kind]}: {who or self.meeting}"


def reviews_path(where: Paths) -> Path:
    return where.data / "reviews.toml"


def decided(where: Paths) -> dict[str, dict[str, Any]]:
    """Decisions taken so far, by item key (the last one wins)."""
    return {d["item"]: d for d in read_toml(reviews_path(where), REVIEWS, required=False).get("decision", [])}


def pending(where: Paths) -> list[Item]:
    """What extraction was unsure of and nobody has decided on, article by article."""
    from .text import split_sentences

    if not where.extracted.exists():
        return []
    data = json.loads(where.extracted.read_text(encoding="utf-8"))
    done = decided(where)
    out: dict[str, Item] = {}
    for article in data.get("articles", []):
        sentences: list[str] | None = None
        for p in article.get("new_people", []):
            key = "new-person:" + name_key(p.get("name") or "")
            if key in out or key in done or not p.get("name"):
                continue
            if sentences is None:
                try:
                    body = (where.seeds / Path(article["file"]).name).read_text(encoding="utf-8")
                    sentences = [body[s.start:s.end] for s in split_sentences(body)]
                except OSError:
                    sentences = []
            n = p.get("sentence", 0)
            out[key] = Item(key, "new-person", article["id"], name=p["name"], title=p.get("title") or "",
                            side=p.get("side") or "", evidence=sentences[n] if 0 <= n < len(sentences) else "",
                            fixable=("name", "title", "side"))
        for m in article.get("meetings", []):
            evidence = " ".join(e["text"] for e in m.get("evidence", []))[:1000]
            found = []
            if not m.get("date"):
                found.append(Item(f"undated:{m['id']}", "undated", article["id"], m["id"], evidence=evidence,
                                  fixable=("date",)))
            for p in m.get("people", []):
                if not p.get("name") and p.get("title"):
                    found.append(Item(f"title-only:{m['id']}:{name_key(p['title'])}", "title-only", article["id"],
                                      m["id"], title=p["title"], side=p["side"], evidence=evidence, fixable=("name",)))
                elif p.get("side") == "other":
                    found.append(Item(f"unknown-side:{m['id']}:{name_key(p.get('name') or '')}", "unknown-side",
                                      article["id"], m["id"], name=p.get("name") or "", title=p.get("title") or "",
                                      side="other", evidence=evidence, fixable=("side",)))
            out.update({i.key: i for i in found if i.key not in done})
    return list(out.values())


def unreviewed_meetings(where: Paths) -> set[str]:
    """The meetings an editor has yet to vouch for: one of their items is pending, or one of their people is a
    new person nobody has decided on.  Briefings and alerts mark them."""
    items = pending(where)
    meetings = {i.meeting for i in items if i.meeting}
    new_people = {i.key for i in items if i.kind == "new-person"}
    if new_people and where.extracted.exists():
        data = json.loads(where.extracted.read_text(encoding="utf-8"))
        meetings |= {m["id"] for a in data.get("articles", []) for m in a.get("meetings", [])
                     if any("new-person:" + name_key(p.get("name") or "") in new_people for p in m.get("people", []))}
    return meetings


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _check_fix(item: Item, fix: dict[str, str]) -> dict[str, str]:
    fix = {k: " ".join(str(v).split())[:200] for k, v in fix.items() if v is not None and str(v).strip()}
    unknown = set(fix) - set(item.fixable)
    if unknown:
        raise ReviewError(f"mục này chỉ sửa được: {', '.join(item.fixable)} (không sửa {', '.join(sorted(unknown))})")
    if "side" in fix and fix["side"] not in SIDES:
        raise ReviewError(f"bên phải là một trong {', '.join(SIDES)}, không phải “{fix['side'][:20]}”")
    if "date" in fix:
        try:
            if not _DAY.match(fix["date"]):
                raise ValueError
            datetime.strptime(fix["date"], "%Y-%m-%d")
        except ValueError:
            raise ReviewError(f"ngày “{fix['date'][:20]}” không hợp lệ; hãy viết YYYY-MM-DD") from None
    if "name" in fix and not any(c.isalpha() for c in fix["name"]):
        raise ReviewError("tên phải có chữ")
    return fix


def decide(where: Paths, key: str, action: str, by: str, fix: dict[str, str] | None = None,
           now: datetime | None = None) -> str:
    """Take a decision on a pending item; what was done, in Vietnamese.  Raises ReviewError, DataError or
    IngestError with nothing changed."""
    from .articles import exclusive

    if action not in ACTIONS:
        raise ReviewError(f"việc phải là một trong {', '.join(ACTIONS)}")
    with exclusive(where):
        item = next((i for i in pending(where) if i.key == key), None)
        if item is None:
            raise ReviewError(f"không có mục “{key[:80]}” đang chờ xem xét (đã quyết hoặc không còn)")
        values = _check_fix(item, fix or {}) if action == "fix" else {}
        if action == "fix" and not values:
            raise ReviewError(f"hãy cho biết giá trị cần sửa ({', '.join(item.fixable)})")
        when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        changes: dict[Path, str] = {}
        record = (f'\n[[decision]]\nitem = {_toml(key)}\naction = {_toml(action)}\nby = {_toml(by[:120])}\n'
                  f"at = {_toml(when)}\narticle = {_toml(item.article)}\n")
        if values:
            record += "set = { " + ", ".join(f"{k} = {_toml(v)}" for k, v in sorted(values.items())) + " }\n"
        changes[reviews_path(where)] = _read(reviews_path(where), "# Quyết định của biên tập viên về những gì"
                                             " trích xuất chưa chắc chắn (python -m bot review, /review).\n") + record
        done = "Đã ghi quyết định."
        source = f"Biên tập viên {by[:80]} xem xét lúc {when}"
        if item.kind == "new-person" and action in ("accept", "fix"):
            changes[where.data / "people.toml"], pid = _with_person(where, item, values)
            done = f"Đã thêm {values.get('name', item.name)} vào danh bạ ({pid})."
        elif item.kind == "undated" and action == "fix":
            changes[where.corrections] = _with_date(where, item, values["date"], source)
            done = f"Đã ghi ngày {values['date']} cho cuộc gặp {item.meeting}."
        elif item.kind == "title-only" and action == "fix":
            # the title as the article writes it becomes a spelling of the named person, so the next
            # extraction reads "Chủ tịch Ủy ban thuế vụ Hạ viện" as that person
            changes[where.data / "people.toml"], pid = _with_person(where, item, values, spelling=item.title)
            done = f"Đã thêm {values['name']} ({item.title}) vào danh bạ ({pid})."
        elif item.kind == "unknown-side" and action == "fix" and item.name:
            changes[where.data / "people.toml"], pid = _with_person(where, item, values)
            done = f"Đã ghi {item.name} thuộc phía {values['side']} vào danh bạ ({pid})."
        _commit(where, changes)
    return done


def _read(path: Path, header: str = "") -> str:
    return path.read_text(encoding="utf-8") if path.exists() else header


def _with_person(where: Paths, item: Item, values: dict[str, str], spelling: str = "") -> tuple[str, str]:
    from .gazetteer import load_people

    name = values.get("name", item.name)
    ids = {p.id for p in load_people(where.data / "people.toml")}
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "nguoi"
    pid, n = base, 2
    while pid in ids:
        pid, n = f"{base}-{n}", n + 1
    aliases = [item.name] if item.name and item.name != name else []
    aliases += [spelling] if spelling else []
    title = values.get("title", item.title)
    entry = (f"\n[[person]]\nid = {_toml(pid)}\nname = {_toml(name)}\naliases = [{', '.join(map(_toml, aliases))}]\n"
             f"short = [{_toml(name.split()[-1])}]\nside = {_toml(values.get('side', item.side) or 'other')}\n"
             f"titles = [{_toml(title) if title else ''}]\norganization = \"\"\n")
    return _read(where.data / "people.toml") + entry, pid


def _with_date(where: Paths, item: Item, date: str, source: str) -> str:
    data = json.loads(where.extracted.read_text(encoding="utf-8"))
    meeting = next(m for a in data["articles"] for m in a["meetings"] if m["id"] == item.meeting)
    ids = [p.get("id") for p in meeting["people"] if p.get("id")] + [o.get("id") for o in meeting["organizations"]
                                                                     if o.get("id")]
    if not ids:
        raise ReviewError("cuộc gặp này không có ai trong danh bạ để gắn ngày vào; hãy duyệt những người của nó trước")
    return _read(where.corrections) + (f"\n[[meeting]]\narticle = {_toml(item.article)}\nwith = {_toml(ids[0])}\n"
                                       f"basis = \"fix\"\nsource = {_toml(source)}\nset = {{ date = {_toml(date)} }}\n")


def reextract(where: Paths, data_dir: Path) -> dict[str, Any]:
    """Every article of ``seeds/`` extracted again with the reference data of ``data_dir`` (titles kept)."""
    from .corrections import load_metadata
    from .extract import extract_article
    from .extract.reading import read_article
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer(data_dir)
    metadata = load_metadata(where.metadata)
    old = json.loads(where.extracted.read_text(encoding="utf-8")) if where.extracted.exists() else {"articles": []}
    titles = {a["id"]: a["title"] for a in old.get("articles", [])}
    articles = []
    for path in sorted(where.seeds.glob("*.txt")):
        meta = metadata.get(path.stem)
        result = extract_article(read_article(path)[0], path.stem, gaz, f"seeds/{path.name}",
                                 meta.published if meta else "")
        result.title = titles.get(path.stem, result.title)
        articles.append(result.to_json())
    return {"articles": articles}


def _commit(where: Paths, changes: dict[Path, str]) -> None:
    """Write the changed data files, extract again and build, beside the live files; then move all into place."""
    from .ingest import build_beside

    db_path = database_path(where)
    staging = Path(tempfile.mkdtemp(prefix=".review.", dir=where.data))
    staged_db: Path | None = None
    try:
        for item in where.data.iterdir():
            if item.is_file() and item.suffix in (".toml", ".json"):
                shutil.copy2(item, staging / item.name)
        for path, text in changes.items():
            if path.suffix == ".toml":
                tomllib.loads(text)  # what is written must read back
            (staging / path.name).write_text(text, encoding="utf-8")
        extracted = reextract(where, staging)
        (staging / "extracted.json").write_text(json.dumps(extracted, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        staged_db, _ = build_beside(Paths(data=staging, seeds=where.seeds), db_path, staging / "extracted.json")
        for name in [*(p.name for p in changes), "extracted.json"]:
            os.replace(staging / name, where.data / name)
        os.replace(staged_db, db_path)
        staged_db = None
    finally:
        if staged_db is not None:
            staged_db.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
