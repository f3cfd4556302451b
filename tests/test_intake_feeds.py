"""Followed feeds: polled from a loopback site, new entries fetched once, relevant ones added in one build;
and the same through the bot (``/feeds``, ``/admin add``), against the Discord stand-in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from aiohttp import web

from bot import articles
from bot.config import PROJECT_ROOT, Paths, paths, state_path
from bot.ingest import build
from bot.intake.pipeline import due, poll
from bot.standin import EVERYDAY, MANAGE_GUILD, Channel, button, command
from bot.state import State
from tests.discord_harness import running_bot
from tests.intake_site import Site
from tests.outlets import ENGLISH, GREER, OFF_TOPIC, article_page, atom, greer_variant, rss

ADMIN = EVERYDAY | MANAGE_GUILD
TEAM = Channel("1400000000000000001", name="ban-tin")


@pytest.fixture(scope="module")
def site():
    s = Site().start()
    yield s
    s.close()


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    env = {"BRIEFBOT_DATA": str(tmp_path / "data"), "BRIEFBOT_SEEDS": str(tmp_path / "seeds"),
           "BRIEFBOT_DB": str(tmp_path / "live.db"), "BRIEFBOT_FETCH_PRIVATE": "1", "BRIEFBOT_FETCH_TIMEOUT": "2"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=PROJECT_ROOT,
                              env={**os.environ, **env}, check=False, timeout=300)
    assert run("ingest").returncode == 0
    return tmp_path, run


def tree(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def serve_feed(site: Site, path: str, body: str, kind: str = "application/rss+xml") -> str:
    """A feed that answers a conditional GET with 304, as most servers do."""
    etag = f'"{abs(hash(body))}"'

    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        return web.Response(text=body, headers={"Content-Type": kind, "ETag": etag})
    return site.answer(path, handler)


def publish(site: Site, prefix: str) -> list[tuple[str, str, str]]:
    """An outlet's day: one article about the negotiations, a reprint of it elsewhere, gold prices, English."""
    on = site.page(f"{prefix}/dam-phan.html", article_page("Làm việc với USTR", GREER, site="Báo A"))
    copy = site.page(f"{prefix}/dang-lai.html", article_page("Đăng lại", ["(TTXVN) " + GREER[0], *GREER[1:], "Minh Anh"],
                                                               site="Báo B"))
    gold = site.page(f"{prefix}/gia-vang.html", article_page("Giá vàng", OFF_TOPIC))
    english = site.page(f"{prefix}/english.html", article_page("Trade talks", ENGLISH))
    return [(f"{prefix}-1", on, "Làm việc với USTR"), (f"{prefix}-2", copy, "Đăng lại"), (f"{prefix}-3", gold, "Giá vàng"),
            (f"{prefix}-3", gold, "Giá vàng (lặp)"), (f"{prefix}-4", english, "Trade talks")]


def test_a_poll_adds_what_is_relevant_once_and_skips_the_rest_with_reasons(site, project):
    root, run = project
    items = publish(site, "/p1")
    feed = serve_feed(site, "/p1/rss.xml", rss("Báo A — Kinh tế", items))
    added = run("feeds", "add", feed)
    assert added.returncode == 0 and "5 mục" in added.stdout and "Báo A" in added.stdout, added.stderr
    out = run("feeds", "poll")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [line for line in lines if line.startswith("[")], "one line per article when not on a terminal"
    assert any("đã thêm 005_" in line and "dam-phan.html" in line for line in lines)
    assert any("bản đăng lại của 005_" in line for line in lines)
    assert any("bỏ qua (lạc đề)" in line and "gia-vang" in line for line in lines)
    assert any("bỏ qua (không phải tiếng Việt)" in line for line in lines)
    assert site.hits["/p1/gia-vang.html"] == 1, "a repeated entry is fetched once"
    assert "thêm 1 bài (1 cuộc gặp), 1 bản đăng lại, bỏ qua 2" in out.stdout
    listed = run("feeds", "list").stdout
    assert "thêm 1 bài, 1 bản đăng lại, bỏ qua 2 (không phải tiếng Việt 1, lạc đề 1)" in listed
    import json

    meetings = json.loads(run("ask", "--json", "/meetings jamieson greer").stdout)["meetings"]
    ours = [m for m in meetings if m["source"]["url"] == site.url("/p1/dam-phan.html")]
    assert len(ours) == 1 and ours[0]["source"]["urls"] == [site.url("/p1/dam-phan.html"), site.url("/p1/dang-lai.html")]

    before, hits = tree(root), dict(site.hits)
    again = run("feeds", "poll")
    assert again.returncode == 0 and "0 mục mới" in again.stdout
    assert tree(root) == before, "a poll with nothing new changes nothing, byte for byte"
    fetched = {p: n - hits.get(p, 0) for p, n in site.hits.items() if n != hits.get(p, 0)}
    assert fetched == {"/robots.txt": 1, "/p1/rss.xml": 1}, "no page again: only the feed (and robots.txt)"
    assert [h for p, h in site.requests if p == "/p1/rss.xml"][-1].get("If-None-Match"), "a conditional GET"
    assert run("feeds", "remove", feed).returncode == 0 and "Chưa theo dõi" in run("feeds", "list").stdout


def test_a_broken_feed_fails_backs_off_and_says_why(site, project):
    _, run = project
    good = serve_feed(site, "/p2/atom.xml", atom("Báo C", [("urn:1", site.url("/p2/khong-co.html"), "Mất")]),
                      "application/atom+xml")
    assert run("feeds", "add", good).returncode == 0
    site.page("/p2/atom.xml", "<?xml version='1.0'?><feed><entry><title>hỏng", content_type="application/atom+xml")
    out = run("feeds", "poll")
    assert out.returncode == 1 and "lỗi: nguồn tin" in out.stderr and "hỏng" in out.stderr, out.stderr
    listed = run("feeds", "list").stdout
    assert "⚠ đang lỗi (1 lần)" in listed
    refused = run("feeds", "add", site.url("/p2/atom.xml"))
    assert refused.returncode == 1 and refused.stderr.startswith("lỗi: ")


def test_backoff_and_due_feeds():
    from datetime import UTC, datetime, timedelta

    from bot.intake.pipeline import backoff, next_due
    from bot.state import Feed

    assert [backoff(n, None).total_seconds() / 60 for n in range(7)] == [1, 2, 5, 10, 30, 30, 30]
    assert backoff(0, 3600) == timedelta(hours=1), "a server's Retry-After is honoured"
    now = datetime(2026, 2, 5, tzinfo=UTC)
    fresh = Feed("a", "", last_polled=(now - timedelta(minutes=5)).isoformat())
    stale = Feed("b", "", last_polled=(now - timedelta(minutes=20)).isoformat())
    waiting = Feed("c", "", failing="x", failures=2, retry_at=(now + timedelta(minutes=3)).isoformat())
    assert [f.url for f in due([fresh, stale, waiting], now, 15)] == ["b"]
    assert next_due([fresh, waiting], now, 15) == 180


async def test_a_poll_of_fifty_new_pages_builds_the_database_once(figure, site, project, monkeypatch):
    root, _ = project
    where = Paths(data=root / "data", seeds=root / "seeds")
    items = [(f"urn:p3:{n}", site.page(f"/p3/bai-{n}.html", article_page(f"Phiên {n}", greer_variant(n))), f"Phiên {n}")
             for n in range(50)]
    feed = serve_feed(site, "/p3/rss.xml", rss("Báo D", items))
    builds = []
    real = articles.build_beside
    monkeypatch.setattr(articles, "build_beside", lambda *a, **k: builds.append(1) or real(*a, **k))
    state = await State.open(state_path(root / "live.db"))
    try:
        await state.add_feed(feed, "2026-02-05T00:00:00+00:00")
        lines: list[str] = []
        started = time.perf_counter()
        report = await poll(where, state, progress=lambda done, total, line: lines.append(line))
        seconds = time.perf_counter() - started
    finally:
        await state.close()
    figure(f"\nfeeds: a poll of a feed of 50 new pages took {seconds:.1f} s (fetch, main text, relevance, extraction of"
           f" each, then one build): {report.summary()}")
    assert report.count("added") == 50 and len(builds) == 1 and len(lines) == 50
    assert len(list(where.seeds.glob("*.txt"))) == 55


# -- the bot ---------------------------------------------------------------------------------------

@pytest.fixture
async def live(project, monkeypatch):
    root, _ = project
    db = root / "live.db"
    build(paths(), db)
    async with running_bot(db, monkeypatch, run_briefings=False, run_feeds=False) as (standin, bot):
        await bot.briefer.tick()  # the baseline: what is in the database now is not news
        yield standin, bot, root


async def test_feeds_through_the_bot_alert_once_and_failures_reach_admins(site, live):
    standin, bot, _ = live
    await standin.final(command("briefing", {"channel": TEAM, "cadence": "daily", "alerts": True}, sub="subscribe",
                                permissions=ADMIN), timeout=10)
    feed = serve_feed(site, "/p4/rss.xml", rss("Báo E", publish(site, "/p4")))
    refused = await standin.final(command("feeds", {"url": feed}, sub="add", permissions=EVERYDAY))
    assert "Manage Server" in refused["content"]
    answer = await standin.final(command("feeds", {"url": feed}, sub="add", permissions=ADMIN), timeout=20)
    assert "Đã theo dõi" in answer["content"] and "5 mục" in answer["content"]
    assert bot.feeder.wake.is_set(), "the new feed is polled now, not in a quarter of an hour"
    assert await bot.feeder.poll() == 0  # `python -m bot feeds poll` in a child process, as the bot runs it
    (f,) = await bot.state.feeds()
    assert f.counts == {"added": 1, "copy": 1, "skipped:off-topic": 1, "skipped:not-vietnamese": 1}
    await bot.briefer.tick()
    alerts = [m for m in standin.posted.get(TEAM.id, []) if m.get("embeds")]
    assert len(alerts) == 1 and "Jamieson Greer" in alerts[0]["embeds"][0]["description"]
    assert await bot.feeder.poll() == 0
    await bot.briefer.tick()
    assert len([m for m in standin.posted.get(TEAM.id, []) if m.get("embeds")]) == 1, "alerts go out once"
    listed = await standin.final(command("feeds", sub="list", permissions=ADMIN))
    assert "thêm 1 bài, 1 bản đăng lại, bỏ qua 2" in listed["content"].replace("\\", "")
    # the feed breaks: admins see it first thing in /feeds and /briefing answers, members do not
    site.page("/p4/rss.xml", "<rss><channel><item><title>hỏng", content_type="application/rss+xml")
    assert await bot.feeder.poll() == 1
    (f,) = await bot.state.feeds()
    assert f.failing and f.failures == 1 and f.retry_at
    for name, sub in (("feeds", "list"), ("briefing", "list")):
        admin = await standin.final(command(name, sub=sub, permissions=ADMIN))
        assert admin["content"].startswith("⚠ Nguồn tin"), admin["content"]
    member = await standin.final(command("briefing", sub="list", permissions=EVERYDAY))
    assert "Nguồn tin" not in member["content"]
    suggested = await standin.interact(command("feeds", {"url": "p4"}, sub="remove", focused="url", permissions=ADMIN))
    assert suggested.body["data"]["choices"][0]["value"] == feed
    removed = await standin.final(command("feeds", {"url": feed}, sub="remove", permissions=ADMIN))
    assert "Đã bỏ theo dõi" in removed["content"] and not await bot.state.feeds()


async def test_admin_add_shows_what_was_found_then_adds_on_confirmation(site, live):
    standin, bot, root = live
    url = site.page("/p5/bai.html", article_page("Làm việc với USTR", GREER, published="2026-02-05T08:00:00+07:00"))
    payload = command("admin", {"url": url}, sub="add", permissions=ADMIN)
    first = await standin.interact(payload, timeout=20)
    assert first.body["type"] == 5 and first.body["data"]["flags"] & 64, "deferred, privately"
    edit = await standin.wait_for(lambda r: r.token == payload["token"] and r.method == "PATCH", timeout=20)
    shown = edit.body["content"].replace("\\", "")
    assert "Jamieson Greer" in shown and "3/2/2026" in shown and "Thêm bài này vào dữ liệu?" in shown
    assert len(list((root / "seeds").glob("*.txt"))) == 5, "nothing added before the confirmation"
    buttons = {c["label"]: c["custom_id"] for row in edit.body["components"] for c in row["components"]}
    message = edit.response
    other = await standin.interact(button(buttons["Thêm bài này"], message, user_id="1200000000000000099",
                                          permissions=ADMIN))
    assert "Chỉ người đã gọi lệnh" in other.body["data"]["content"]
    press = button(buttons["Thêm bài này"], message, permissions=ADMIN)
    await standin.interact(press, timeout=20)
    done = await standin.wait_for(lambda r: r.token == press["token"] and r.method == "PATCH", timeout=30)
    assert "Đã thêm bài 005_" in done.body["content"].replace("\\", "") and "1 cuộc gặp" in done.body["content"]
    assert len(list((root / "seeds").glob("*.txt"))) == 6
    store = await bot.get_store()
    meetings, _ = await store.search("Greer")
    assert any(m["source"]["url"] == url and m["date"] == "2026-02-03" for m in meetings)
    for bad, why in (("http://127.0.0.1:9/x", "không kết nối được"), ("ftp://x.vn/a", "chỉ nhận địa chỉ http"),
                     (site.url("/p5/khong-co.html"), "404")):
        reply = await standin.final(command("admin", {"url": bad}, sub="add", permissions=ADMIN), timeout=20)
        assert "Không thêm được" in reply["content"] and why in reply["content"], reply["content"]
