"""Benchmarks that print figures; targets are read from the figures, not asserted in tests."""

from __future__ import annotations

import resource
import sys
import time

from .config import paths
from .extract import extract_article
from .extract.reading import read_article
from .gazetteer import load_gazetteer


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_extract(count: int) -> int:
    """Extract the seeds repeated to ``count`` articles on one core; print articles/s and peak memory."""
    where = paths()
    gaz = load_gazetteer(where.data)
    texts = [(p.stem, read_article(p)[0]) for p in sorted(where.seeds.glob("*.txt"))]
    if not texts or count < 1:
        print("lỗi: không có bài để đo", file=sys.stderr)
        return 2
    before = _peak_mb()
    meetings = 0
    start = time.perf_counter()
    for n in range(count):
        article_id, text = texts[n % len(texts)]
        meetings += len(extract_article(text, f"{article_id}-{n}", gaz).meetings)
    elapsed = time.perf_counter() - start
    print(f"extract: {count} articles ({len(texts)} seeds repeated), {meetings} meetings")
    print(f"  time        {elapsed:.2f} s")
    print(f"  throughput  {count / elapsed:.0f} articles/s (one core; target ≥ 200)")
    print(f"  peak RSS    {_peak_mb():.1f} MB (before the run: {before:.1f} MB)")
    return 0


_VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_VN_MIDDLE = ["Văn", "Thị", "Hồng", "Mạnh", "Minh", "Quốc", "Thanh", "Đức", "Hữu", "Ngọc", "Xuân", "Thu"]
_VN_GIVEN = ["Diên", "Hùng", "Khải", "Hòa", "Thủy", "Sơn", "Tâm", "Long", "Dũng", "Lan", "Hà", "Nam", "Phúc", "Trí"]
_US_FIRST = ["Jacob", "Sarah", "Daniel", "Emily", "Robert", "Laura", "Michael", "Anna", "David", "Grace", "Kevin", "Maria"]
_US_LAST = ["Whitcomb", "Vance", "Porter", "Hughes", "Sullivan", "Bennett", "Carter", "Morgan", "Reyes", "Fischer",
            "Lowell", "Hartman", "Keller", "Nash", "Ortega", "Price", "Quinn", "Rhodes", "Sloan", "Turner"]
_TOPIC_WORDS = ["bán dẫn", "năng lượng", "nông nghiệp", "thương mại số", "chuỗi cung ứng", "gian lận xuất xứ",
                "danh sách D1, D3", "cán cân thương mại", "kinh tế thị trường", "hàng không"]


def generate_corpus(root, articles: int, meetings_per_article: int = 3, people: int = 3000, seed: int = 7):
    """A realistic corpus in the project's own file layout, for the query benchmark."""
    import json
    import random
    import shutil

    from .config import PROJECT_ROOT, Paths

    rng = random.Random(seed)
    data, seeds = root / "data", root / "seeds"
    data.mkdir(parents=True)
    seeds.mkdir()
    for name in ("organizations.toml", "topics.toml", "lexicon.toml"):
        shutil.copy(PROJECT_ROOT / "data" / name, data / name)
    persons = []
    for n in range(people):
        if n % 2:
            name = f"{rng.choice(_VN_FAMILY)} {rng.choice(_VN_MIDDLE)} {rng.choice(_VN_GIVEN)} {n}"
            persons.append((f"p{n}", name, "vn", "Thứ trưởng Bộ Công Thương"))
        else:
            name = f"{rng.choice(_US_FIRST)} {rng.choice(_US_LAST)}{n}"
            persons.append((f"p{n}", name, "us", "Phó Đại diện Thương mại Hoa Kỳ"))
    short = {"vn": "Thứ trưởng Công Thương", "us": "Phó Đại diện Thương mại"}
    with (data / "people.toml").open("w", encoding="utf-8") as fh:
        for pid, name, side, title in persons:
            fh.write(f'[[person]]\nid = "{pid}"\nname = "{name}"\nside = "{side}"\ntitles = ["{title}"]\n'
                     f'short_title = "{short[side]}"\n\n')
    vn = [p for p in persons if p[2] == "vn"]
    us = [p for p in persons if p[2] == "us"]
    out = []
    for a in range(articles):
        article_id = f"{a:05d}_bench"
        meetings, sentences = [], []
        for k in range(meetings_per_article):
            year, month, day = rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)
            v, u = rng.choice(vn), rng.choice(us)
            topic = rng.choice(_TOPIC_WORDS)
            summary = (f"Ngày {day}/{month}/{year}, {v[3]} {v[1]} đã có buổi làm việc với {u[3]} {u[1]} "
                       f"về {topic} và hợp tác kinh tế song phương.")
            sentences.append(summary)
            meetings.append({
                "id": f"{article_id}-m{k + 1}", "date": f"{year:04d}-{month:02d}-{day:02d}", "date_text": f"ngày {day}/{month}/{year}",
                "date_precision": "day", "place": rng.choice(["Hà Nội", "Washington D.C.", None]), "kind": "in_person",
                "round": rng.randint(1, 12) if rng.random() < 0.5 else None, "round_series": "in_person", "round_basis": "explicit",
                "people": [{"id": v[0], "name": v[1], "title": v[3], "organization": "", "side": "vn"},
                           {"id": u[0], "name": u[1], "title": u[3], "organization": "", "side": "us"}],
                "organizations": [], "topics": [], "summary": summary, "evidence": [],
            })
        body = " ".join(sentences) + " Hai bên nhất trí tiếp tục trao đổi ở các cấp trong thời gian tới."
        (seeds / f"{article_id}.txt").write_text(body, encoding="utf-8")
        out.append({"id": article_id, "file": f"seeds/{article_id}.txt", "title": sentences[0][:100],
                    "meetings": meetings, "rounds": [], "new_people": []})
    (data / "extracted.json").write_text(json.dumps({"articles": out}, ensure_ascii=False), encoding="utf-8")
    return Paths(data=data, seeds=seeds), [p[1] for p in persons]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2] * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def bench_query(articles: int) -> int:
    """Build a generated corpus, then time every handler (with rendering) beside the bare FTS5 query."""
    import asyncio
    import random
    import sqlite3
    import tempfile
    from pathlib import Path

    from . import handlers
    from .ingest import build
    from .render import embed, text
    from .search import fts_query
    from .store import SEARCH_OWN_RANKED, SEARCH_TOTAL, Store

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        where, names = generate_corpus(root, articles)
        db = root / "bench.db"
        start = time.perf_counter()
        report = build(where, db)
        built = time.perf_counter() - start
        print(f"query: corpus of {report.articles} articles, {report.meetings} meetings, {report.people} people")
        print(f"  build       {built:.1f} s (target < 30 s), {db.stat().st_size / 1e6:.1f} MB")
        rng = random.Random(3)
        terms = ["bán dẫn", "gian lan xuat xu", "d1 d3", "nang luong", "hàng không", "thuong mai so"]

        async def run() -> None:
            store = await Store.open(db)
            bare = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            cases = {
                "/meetings": lambda: handlers.meetings(store, rng.choice(names)[:-2].lower()),
                "/round": lambda: handlers.round_(store, rng.randint(1, 12)),
                "/search": lambda: handlers.search(store, rng.choice(terms)),
                "/timeline": lambda: handlers.timeline(store, rng.randint(1, 50)),
            }
            for label, make in cases.items():
                samples = []
                for _ in range(300):
                    t = time.perf_counter()
                    reply = await make()
                    text(reply)
                    embed(reply)
                    samples.append(time.perf_counter() - t)
                p50, p99 = _percentiles(samples)
                print(f"  {label:<10}  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms (target p99 < 10 ms)")
                if label == "/search":
                    # the FTS5 work of a first page, one statement after the other (the handler runs the two
                    # side by side): the total and the ranked own-words page
                    bare_samples = []
                    for _ in range(300):
                        page = {"q": fts_query(rng.choice(terms)), "limit": handlers.PAGE_SIZE, "offset": 0}
                        t = time.perf_counter()
                        bare.execute(SEARCH_TOTAL, page).fetchall()
                        bare.execute(SEARCH_OWN_RANKED, page).fetchall()
                        bare_samples.append(time.perf_counter() - t)
                    b50, b99 = _percentiles(bare_samples)
                    print(f"  bare FTS5   p50 {b50:6.2f} ms  p99 {b99:6.2f} ms  → handler/bare p99 ratio {p99 / b99:.1f}× (target ≤ 5×)")
            samples = []
            for _ in range(500):
                partial = rng.choice(names)[: rng.randint(1, 6)]
                t = time.perf_counter()
                await handlers.autocomplete(store, "name", partial)
                samples.append(time.perf_counter() - t)
            p50, p99 = _percentiles(samples)
            print(f"  autocomplete p50 {p50:6.2f} ms  p99 {p99:6.2f} ms (target p99 < 5 ms)")
            bare.close()
            await store.close()

        asyncio.run(run())
        print(f"  peak RSS    {_peak_mb():.1f} MB")
    return 0


def _rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM), from /proc; 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_mb() if field == "VmHWM" else 0.0


# What the bot's process holds after its modules load: the chart and export libraries must not be there yet.
LOADED_PROBE = "import bot.discord_app.client, sys; print('matplotlib' in sys.modules, 'icalendar' in sys.modules)"


def _chart_child(db: str, results) -> None:
    """In a fresh process (its memory is the chart's alone, not the build's): query, draw, measure."""
    import asyncio
    from pathlib import Path

    from . import handlers
    from .store import Store

    async def run() -> dict:
        store = await Store.open(Path(db))
        figures = {"matplotlib loaded before": "matplotlib" in sys.modules, "rss before": _rss_mb()}
        t = time.perf_counter()
        rows = await store.chart_rows()
        figures["query"] = time.perf_counter() - t
        figures["rows"] = len(rows)
        samples = []
        for _ in range(6):
            t = time.perf_counter()
            made = await handlers.chart(store)
            samples.append(time.perf_counter() - t)
        png, shown = made
        figures.update(first=samples[0], again=sorted(samples[1:])[len(samples[1:]) // 2], worst=max(samples[1:]),
                       png=len(png), caption=shown.caption, rss_after=_rss_mb(), peak=_rss_mb("VmHWM"))
        await store.close()
        return figures

    results.put(asyncio.run(run()))


def bench_chart(articles: int) -> int:
    """Time and memory to draw the /timeline chart of every meeting of a generated corpus (default 10,000 articles)."""
    import multiprocessing
    import subprocess
    import tempfile
    from pathlib import Path

    from .ingest import build

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        where, _ = generate_corpus(root, articles)
        db = root / "bench.db"
        report = build(where, db)
        print(f"chart: corpus of {report.articles} articles, {report.meetings} meetings, {report.people} people")
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        child = context.Process(target=_chart_child, args=(str(db), results))
        child.start()
        f = results.get(timeout=600)
        child.join(60)
    probe = subprocess.run([sys.executable, "-c", LOADED_PROBE], capture_output=True, text=True, check=False)
    print(f"  query       {f['query'] * 1000:.0f} ms for {f['rows']} participant rows (every meeting)")
    print(f"  first draw  {f['first']:.2f} s (query, layout, importing matplotlib, drawing)")
    print(f"  next draws  p50 {f['again']:.2f} s, worst {f['worst']:.2f} s; PNG {f['png'] / 1000:.0f} KB")
    print(f"  caption     {f['caption']}")
    print(f"  RSS         {f['rss before']:.1f} MB before the first chart → {f['rss_after']:.1f} MB after"
          f" (+{f['rss_after'] - f['rss before']:.1f} MB), peak {f['peak']:.1f} MB")
    print(f"  the bot's modules loaded without a chart: matplotlib, icalendar imported = {probe.stdout.strip() or '?'}"
          " (target: False False)")
    return 0
