"""Team channel briefings: the schedule on a controllable clock, and the posts as they would reach Discord.

The bot runs against the loopback stand-in with its briefer driven by hand (``tick``), so each
test decides what time it is.  New data arrives as it does in production: ``add`` or a rebuilt
database file moved over the live one.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from bot.briefings import (
    Briefing,
    Filters,
    Subscription,
    compose,
    due,
    latest_slot,
    matches,
    next_slot,
    parse_rounds,
    parse_time,
    timezones,
)
from bot.config import PROJECT_ROOT, paths, state_path
from bot.ingest import build
from bot.standin import EVERYDAY, MANAGE_GUILD, Channel, Fault, command
from tests.discord_harness import running_bot
from tests.limits import assert_within_limits

ADMIN = EVERYDAY | MANAGE_GUILD
TEAM = Channel("1400000000000000001", name="ban-tin")
OTHER = Channel("1400000000000000002", name="thue-quan")
NEW_ARTICLE = """Ngày 20/11/2026, tại Hà Nội, Bộ trưởng Bộ Công Thương Lê Mạnh Hùng đã có cuộc làm việc với Trưởng Đại diện Thương mại Hoa Kỳ Jamieson Greer về Hiệp định Thương mại đối ứng.

Hai bên nhất trí đẩy nhanh vòng đàm phán tiếp theo.
"""


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class Clock:
    """The time the bot believes it is; tests move it."""

    def __init__(self, now: str) -> None:
        self.now = utc(now)

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: str) -> None:
        self.now = utc(now)


# -- the schedule, pure -----------------------------------------------------------------------------

@pytest.mark.parametrize(("tz", "hour", "minute", "now", "slot"), [
    # 00:30 in Hà Nội is 17:30 UTC the evening before
    ("Asia/Ho_Chi_Minh", 0, 30, "2026-11-23T17:29:00", "2026-11-22T17:30:00"),
    ("Asia/Ho_Chi_Minh", 0, 30, "2026-11-23T17:30:00", "2026-11-23T17:30:00"),
    # 23:45 in Washington is the next day in UTC, and moves an hour with daylight saving time
    ("America/New_York", 23, 45, "2026-11-24T04:44:00", "2026-11-23T04:45:00"),
    ("America/New_York", 23, 45, "2026-11-24T04:45:00", "2026-11-24T04:45:00"),
    ("America/New_York", 23, 45, "2026-07-01T03:46:00", "2026-07-01T03:45:00"),
    ("UTC", 8, 0, "2026-11-23T07:59:59", "2026-11-22T08:00:00"),
])
def test_daily_slots_follow_the_channels_own_clock_across_midnight(tz, hour, minute, now, slot):
    sub = Subscription(1, 2, "daily", hour, minute, tz)
    assert latest_slot(sub, utc(now)) == utc(slot)
    assert next_slot(sub, utc(now)) == utc(slot) + timedelta(days=1) or next_slot(sub, utc(now)) > utc(now)


def test_a_weekly_slot_is_on_its_weekday_in_the_channels_time_zone():
    # Monday 00:15 in Tokyo is Sunday 15:15 UTC
    sub = Subscription(1, 2, "weekly", 0, 15, "Asia/Tokyo", weekday=0)
    assert latest_slot(sub, utc("2026-11-23T12:00:00")) == utc("2026-11-22T15:15:00")
    assert next_slot(sub, utc("2026-11-23T12:00:00")) == utc("2026-11-29T15:15:00")


def test_after_downtime_only_the_latest_missed_slot_is_due_and_only_once():
    sub = Subscription(1, 2, "daily", 8, 0, "Asia/Ho_Chi_Minh", created_at="2026-11-01T00:00:00+00:00",
                       last_slot="2026-11-20T01:00:00+00:00")
    slot = due(sub, utc("2026-11-23T05:00:00"))  # three days down
    assert slot == utc("2026-11-23T01:00:00")
    sub.last_slot = slot.isoformat()
    assert due(sub, utc("2026-11-23T05:00:00")) is None
    assert due(sub, utc("2026-11-24T00:59:00")) is None
    assert due(sub, utc("2026-11-24T01:00:00")) == utc("2026-11-24T01:00:00")
    # a slot before the subscription existed, or of a stopped subscription, is never due
    assert due(Subscription(1, 2, created_at="2026-11-23T02:00:00+00:00"), utc("2026-11-23T05:00:00")) is None
    assert due(Subscription(1, 2, failing="403"), utc("2026-11-23T05:00:00")) is None


def test_times_and_lists_are_read_as_people_write_them():
    assert [parse_time(t) for t in ("8", "08:30", "8h30", "20g", "7.15", " 23:59 ")] == \
        [(8, 0), (8, 30), (8, 30), (20, 0), (7, 15), (23, 59)]
    assert [parse_time(t) for t in ("24:00", "8:60", "sáng", "", "8:3")] == [None] * 5
    assert parse_rounds("6, 5 5") == (5, 6) and parse_rounds("5, sáu") is None and parse_rounds("0") is None
    assert timezones("ho chi")[0] == "Asia/Ho_Chi_Minh" and "America/New_York" in timezones("new_y")


def _meeting(n: int, summary: str, **extra) -> dict:
    return {"id": f"m{n:03d}", "date": f"2026-11-{n % 28 + 1:02d}", "summary": summary,
            "people": [{"id": "le-manh-hung", "name": "Lê Mạnh Hùng", "title": "", "side": "vn"},
                       {"id": "jamieson-greer", "name": "Jamieson Greer", "title": "", "side": "us"}],
            "organizations": [], "topics": [], "round": None,
            "source": {"link": f"https://example.org/{n}", "title": "t"}, **extra}


def test_a_long_briefing_is_split_between_items_within_discords_limits():
    meetings = [_meeting(n, f"Cuộc gặp số {n}: " + "nội dung rất dài " * 12 + "@everyone") for n in range(60)]
    parts = compose(Briefing("Bản tin", [], meetings), 42, "2026-11-23T01:00:00+00:00")
    assert len(parts) > 1
    carried = [item for p in parts for item in p.items]
    assert sorted(carried) == sorted(m["id"] for m in [{"id": f"meeting:{m['id']}"} for m in meetings])
    assert len(carried) == len(set(carried))
    dates = []
    for n, part in enumerate(parts, start=1):
        assert_within_limits({"embeds": [part.embed]})
        assert part.embed["title"] == f"Bản tin ({n}/{len(parts)})"
        blocks = part.embed["description"].split("\n\n")
        assert len(blocks) == len(part.items) and all(block.startswith("• **") for block in blocks)
        assert all(len(block) <= 450 and block.count("\n") <= 3 for block in blocks), "as compact as in a list"
        assert "@everyone" not in part.embed["description"]
        dates += [block.split("**")[1] for block in blocks]
        assert len(part.nonce) <= 25
    assert dates == sorted(dates, key=lambda d: tuple(reversed([int(x) for x in d.split("/")])))  # by date
    again = compose(Briefing("Bản tin", [], list(reversed(meetings))), 42, "2026-11-23T01:00:00+00:00")
    assert [p.nonce for p in again] == [p.nonce for p in parts], "the same briefing, the same nonces"
    assert compose(Briefing("Bản tin", [], meetings), 43, "2026-11-23T01:00:00+00:00")[0].nonce != parts[0].nonce


def test_filters_keep_meetings_and_rounds_about_what_was_asked():
    m = _meeting(1, "x", topics=["thuế đối ứng"], round=6)
    r = {"id": "r6", "number": 6, "leaders": [{"id": "nguyen-hong-dien"}]}
    assert matches(m, Filters())
    assert matches(m, Filters(people=("jamieson-greer",))) and not matches(m, Filters(people=("bill-hagerty",)))
    assert matches(m, Filters(topics=("thuế đối ứng",))) and matches(m, Filters(rounds=(6,)))
    assert not matches(m, Filters(organizations=("usabc",), rounds=(5,)))
    assert matches(r, Filters(rounds=(6,))) and matches(r, Filters(people=("nguyen-hong-dien",)))
    assert not matches(r, Filters(topics=("thuế đối ứng",)))


# -- the bot, against the stand-in ------------------------------------------------------------------

@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    """(before, after): the bundled articles, and the same with one more article added by ``add``."""
    root = tmp_path_factory.mktemp("project")
    before = root / "before.db"
    build(paths(), before)
    shutil.copytree(PROJECT_ROOT / "data", root / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    (root / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    env = dict(os.environ, BRIEFBOT_DATA=str(root / "data"), BRIEFBOT_SEEDS=str(root / "seeds"),
               BRIEFBOT_DB=str(root / "after.db"))
    out = subprocess.run([sys.executable, "-m", "bot", "add", str(root / "new.txt"), "--url",
                          "https://example.org/bai-moi", "--published", "2026-11-20"],
                         capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, check=False)
    assert out.returncode == 0, out.stderr
    return before, root / "after.db"


def ingest(live, new) -> None:
    """What ``ingest`` does to a running bot: a new database file moved over the live one in one step."""
    tmp = live.with_suffix(".tmp")
    shutil.copy(new, tmp)
    os.replace(tmp, live)


def posts(standin, channel: Channel) -> list[dict]:
    return standin.posted.get(channel.id, [])


def shown(content: str) -> str:
    """Text as Discord shows it: Markdown escapes removed."""
    return content.replace("\\", "")


async def subscribe(standin, channel: Channel = TEAM, **options) -> dict:
    return await standin.final(command("briefing", {"channel": channel, "cadence": "daily", **options},
                                       sub="subscribe", permissions=ADMIN), timeout=10)


@pytest.fixture
def clock():
    return Clock("2026-11-23T00:00:00")


@pytest.fixture
async def live(databases, tmp_path, clock, monkeypatch):
    """A bot on the bundled articles, its first look at the data taken; and the live database path."""
    before, _ = databases
    db = tmp_path / "briefbot.db"
    shutil.copy(before, db)
    async with running_bot(db, monkeypatch, clock=clock, run_briefings=False) as (standin, bot):
        await bot.briefer.tick()  # the baseline: what is in the database now is not news
        clock.set("2026-11-23T00:05:00")
        yield standin, bot, db


async def test_subscribing_confirms_in_the_channel_and_needs_manage_server(live, clock):
    standin, bot, _ = live
    refused = await standin.final(command("briefing", {"channel": TEAM, "cadence": "daily"}, sub="subscribe",
                                          permissions=EVERYDAY))
    assert "Manage Server" in refused["content"] and not posts(standin, TEAM)
    answer = await subscribe(standin, time="8h30", timezone="Asia/Ho_Chi_Minh", people="helberg, usabc",
                             rounds="6")
    content = shown(answer["content"])
    assert f"<#{TEAM.id}>" in content and "08:30 (Asia/Ho_Chi_Minh)" in content
    assert "Jacob Helberg" in content and "vòng 6" in content
    assert "Bản tin đầu tiên: 08:30 thứ Hai 23/11/2026" in content  # 01:30 UTC, later today
    assert answer["allowed_mentions"] == {"parse": []}
    [confirmation] = posts(standin, TEAM)
    assert "Kênh này sẽ nhận bản tin" in confirmation["content"]
    (sub,) = await bot.state.subscriptions()
    assert sub.filters.rounds == (6,) and "jacob-helberg" in sub.filters.people and sub.filters.organizations

    for bad, why in (({"time": "25:00"}, "không phải giờ"), ({"timezone": "Asia/Hanoi2"}, "múi giờ"),
                     ({"people": "zzqqxx"}, "Không rõ"), ({"rounds": "năm"}, "số vòng"),
                     ({"topics": "bóng đá"}, "chủ đề"), ({"channel": Channel("1400000000000000009", type=4)}, "kênh văn bản")):
        reply = await subscribe(standin, **bad)
        assert why in reply["content"] and reply["flags"] & 64, bad
    assert len(await bot.state.subscriptions()) == 1, "a refused change changes nothing"


async def test_a_new_article_comes_in_the_next_briefing_once_then_nothing(live, databases, clock):
    standin, bot, db = live
    await subscribe(standin)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    await bot.briefer.tick()
    assert len(posts(standin, TEAM)) == 1, "nothing is posted before the briefing is due"
    clock.set("2026-11-23T01:00:00")  # 08:00 in Hà Nội
    await bot.briefer.tick()
    briefing = posts(standin, TEAM)[1]
    assert briefing["nonce"] and briefing["embeds"][0]["title"].startswith("Bản tin đàm phán")
    text = briefing["embeds"][0]["description"]
    assert "20/11/2026" in text and "https://example.org/bai-moi" in text
    assert "Quyền Bộ trưởng Công Thương Lê Mạnh Hùng ↔ Trưởng Đại diện Thương mại Jamieson Greer" in text
    assert "Jacob Helberg" not in text, "only what is new since the subscription"
    clock.set("2026-11-24T01:00:00")
    await bot.briefer.tick()
    assert len(posts(standin, TEAM)) == 2, "nothing new: nothing posted"
    (sub,) = await bot.state.subscriptions()
    assert sub.last_slot == "2026-11-24T01:00:00+00:00"


async def test_restart_before_and_after_the_due_time_sends_a_missed_briefing_once(live, databases, clock, tmp_path,
                                                                                 monkeypatch):
    standin, bot, db = live
    await subscribe(standin)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    await bot.briefer.tick()
    await bot.close()  # down before 08:00, back three days later
    clock.set("2026-11-26T03:00:00")
    async with running_bot(db, monkeypatch, standin=standin, clock=clock, run_briefings=False) as (_, again):
        await again.briefer.tick()
        await again.briefer.tick()
        assert len(posts(standin, TEAM)) == 2, "the missed briefing is sent once, not once per missed day"
        (sub,) = await again.state.subscriptions()
        assert sub.last_slot == "2026-11-26T01:00:00+00:00"
    # restarted after the briefing went out, before the next one: nothing more
    clock.set("2026-11-26T05:00:00")
    async with running_bot(db, monkeypatch, standin=standin, clock=clock, run_briefings=False) as (_, third):
        await third.briefer.tick()
    assert len(posts(standin, TEAM)) == 2
    assert state_path(db).exists()


async def test_a_crash_between_sending_and_recording_does_not_post_twice(live, databases, clock, monkeypatch):
    standin, bot, db = live
    await subscribe(standin)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    await bot.briefer.tick()
    clock.set("2026-11-23T01:00:00")
    real = bot.state.mark_briefed

    async def crash(*args):
        raise RuntimeError("the process died here")
    monkeypatch.setattr(bot.state, "mark_briefed", crash)
    with pytest.raises(RuntimeError):
        await bot.briefer.tick()
    monkeypatch.setattr(bot.state, "mark_briefed", real)
    sent = [r for r in standin.requests if r.path == f"/channels/{TEAM.id}/messages" and r.body.get("embeds")]
    assert len(sent) == 1 and sent[0].body["enforce_nonce"] is True
    await bot.briefer.tick()  # the retry after the restart
    sent = [r for r in standin.requests if r.path == f"/channels/{TEAM.id}/messages" and r.body.get("embeds")]
    assert len(sent) == 2 and sent[0].body["nonce"] == sent[1].body["nonce"]
    assert len(posts(standin, TEAM)) == 2, "Discord kept one message: the confirmation and one briefing"
    (sub,) = await bot.state.subscriptions()
    assert sub.last_slot == "2026-11-23T01:00:00+00:00", "recorded once the retry was accepted"


async def test_a_channel_the_bot_cannot_post_in_stops_and_admins_are_told(live, databases, clock):
    standin, bot, db = live
    await subscribe(standin)
    await subscribe(standin, OTHER)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    standin.faults.append(Fault(f"/channels/{TEAM.id}/messages", 403, times=100))
    clock.set("2026-11-23T01:00:00")
    await bot.briefer.tick()
    assert len(posts(standin, OTHER)) == 2, "the other channel got its briefing"
    tried = len([r for r in standin.requests if r.path == f"/channels/{TEAM.id}/messages"])
    clock.set("2026-11-24T01:00:00")
    await bot.briefer.tick()
    assert len([r for r in standin.requests if r.path == f"/channels/{TEAM.id}/messages"]) == tried, "no retries"
    member = await standin.final(command("briefing", sub="list", permissions=EVERYDAY))
    admin = await standin.final(command("briefing", sub="list", permissions=ADMIN))
    assert not member["content"].startswith("⚠")
    assert admin["content"].startswith(f"⚠ Bản tin cho <#{TEAM.id}> đã dừng") and "403" in admin["content"]
    refused = await subscribe(standin)  # still forbidden: refused at once, nothing changes
    assert "Chưa đăng ký" in refused["content"]
    # the channel was deleted, so it cannot be picked: its subscription is chosen by name to remove it
    callback = await standin.interact(command("briefing", {"channel": "ban"}, sub="unsubscribe", focused="channel",
                                              permissions=ADMIN))
    assert callback.body["data"]["choices"] == [{"name": "#ban-tin (đã dừng)", "value": TEAM.id}]
    removed = await standin.final(command("briefing", {"channel": TEAM.id}, sub="unsubscribe", permissions=ADMIN))
    assert removed["content"] == f"Đã huỷ bản tin của <#{TEAM.id}>."
    by_name = await standin.final(command("briefing", {"channel": "#Thue-Quan"}, sub="unsubscribe", permissions=ADMIN))
    assert by_name["content"] == f"Đã huỷ bản tin của <#{OTHER.id}>."
    gone = await standin.final(command("briefing", {"channel": "ban-tin"}, sub="unsubscribe", permissions=ADMIN))
    assert "Không có kênh nào" in gone["content"] and not await bot.state.subscriptions()


async def test_a_discord_error_is_retried_with_backoff(live, databases, clock):
    standin, bot, db = live
    await subscribe(standin)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    standin.faults.append(Fault(f"/channels/{TEAM.id}/messages", 503, times=1))
    clock.set("2026-11-23T01:00:00")
    await bot.briefer.tick()
    assert len(posts(standin, TEAM)) == 1
    clock.set("2026-11-23T01:00:30")
    await bot.briefer.tick()
    assert len([r for r in standin.requests if r.path == f"/channels/{TEAM.id}/messages"]) == 2, "waits before retrying"
    clock.set("2026-11-23T01:01:01")
    await bot.briefer.tick()
    assert len(posts(standin, TEAM)) == 2
    (sub,) = await bot.state.subscriptions()
    assert sub.failing is None and sub.last_slot == "2026-11-23T01:00:00+00:00"


async def test_filters_decide_what_each_channel_receives(live, databases, clock):
    standin, bot, db = live
    await subscribe(standin, TEAM, people="jamieson greer")
    await subscribe(standin, OTHER, people="helberg")
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    clock.set("2026-11-23T01:00:00")
    await bot.briefer.tick()
    assert "Jamieson Greer" in posts(standin, TEAM)[1]["embeds"][0]["description"]
    assert len(posts(standin, OTHER)) == 1, "nothing about Helberg is new: nothing posted"


async def test_preview_and_send_now(live, databases, clock):
    standin, bot, db = live
    empty = await standin.final(command("briefing", {"channel": TEAM}, sub="preview"))
    assert "chưa đăng ký" in empty["content"] and "không có gì mới" in empty["content"]
    await subscribe(standin)
    clock.set("2026-11-23T00:30:00")
    ingest(db, databases[1])
    await bot.briefer.tick()
    preview = await standin.final(command("briefing", {"channel": TEAM}, sub="preview"))
    assert preview["flags"] & 64 and "1 mục" in preview["content"]
    assert "Jamieson Greer" in preview["embeds"][0]["description"]
    assert len(posts(standin, TEAM)) == 1, "a preview posts nothing"
    sent = await standin.final(command("briefing", {"channel": TEAM}, sub="send", permissions=ADMIN))
    assert "Đã gửi bản tin" in sent["content"] and len(posts(standin, TEAM)) == 2
    clock.set("2026-11-23T01:00:00")
    await bot.briefer.tick()
    assert len(posts(standin, TEAM)) == 2, "what was sent by hand is not sent again at 08:00"
    nothing = await standin.final(command("briefing", {"channel": TEAM}, sub="preview"))
    assert "không có gì mới" in nothing["content"]


async def test_an_ingest_alerts_the_channels_that_asked(tmp_path, clock, monkeypatch):
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("BRIEFBOT_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFBOT_SEEDS", str(tmp_path / "seeds"))
    db = tmp_path / "live.db"
    build(paths(), db)
    async with running_bot(db, monkeypatch, clock=clock, run_briefings=False) as (standin, bot):
        await bot.briefer.tick()
        clock.set("2026-11-23T00:05:00")
        await subscribe(standin, TEAM, alerts=True)
        await subscribe(standin, OTHER)
        (tmp_path / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        clock.set("2026-11-23T00:10:00")
        add = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "add", str(tmp_path / "new.txt"), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=dict(os.environ, BRIEFBOT_DB=str(db)), cwd=PROJECT_ROOT)
        _, err = await add.communicate()
        assert add.returncode == 0, err.decode()
        await bot.briefer.tick()
        alert = posts(standin, TEAM)[1]["embeds"][0]
        assert alert["title"] == "Mới thêm 1 mục vào dữ liệu"
        assert "Lê Mạnh Hùng ↔ Trưởng Đại diện Thương mại Jamieson Greer" in alert["description"]
        assert len(posts(standin, OTHER)) == 1, "no alert where none was asked for"
        await bot.briefer.tick()
        assert len(posts(standin, TEAM)) == 2, "one alert per ingest"


async def _add(tmp_path, db, text: str = NEW_ARTICLE, url: str = "https://example.org/bai-moi") -> None:
    """``python -m bot add`` of a new article, as a person runs it beside the running bot."""
    (tmp_path / "new.txt").write_text(text, encoding="utf-8")
    add = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "add", str(tmp_path / "new.txt"), "--url", url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=dict(os.environ, BRIEFBOT_DB=str(db)),
        cwd=PROJECT_ROOT)
    _, err = await add.communicate()
    assert add.returncode == 0, err.decode()


@pytest.fixture
def own_data(tmp_path, monkeypatch):
    """A copy of data/ and seeds/ that ``add`` may change, and the database built from it."""
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("BRIEFBOT_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFBOT_SEEDS", str(tmp_path / "seeds"))
    db = tmp_path / "live.db"
    build(paths(), db)
    return db


@pytest.mark.parametrize("scheduler, preview_first", [(False, False), (True, False), (False, True)])
async def test_briefing_send_right_after_add_sends_the_new_meeting(tmp_path, own_data, clock, monkeypatch, caplog,
                                                                    scheduler, preview_first):
    """The briefing sees the data as it is when the command arrives, whether or not the scheduler looked first
    (it used to answer "nothing new", and the bot noticed the new meeting only afterwards)."""
    async with running_bot(own_data, monkeypatch, clock=clock, run_briefings=scheduler) as (standin, bot):
        if not scheduler:
            await bot.briefer.tick()  # the baseline the scheduler takes at start
        else:
            await asyncio.sleep(0.5)
        clock.set("2026-11-23T00:05:00")
        await subscribe(standin, TEAM, alerts=True)
        clock.set("2026-11-23T00:10:00")
        await _add(tmp_path, own_data)
        if preview_first:
            preview = await standin.final(command("briefing", {"channel": TEAM}, sub="preview"))
            assert "1 mục" in preview["content"] and "Jamieson Greer" in preview["embeds"][0]["description"]
        sent = await standin.final(command("briefing", {"channel": TEAM}, sub="send", permissions=ADMIN), timeout=10)
        assert "Đã gửi bản tin" in sent["content"], sent["content"]
        briefing = posts(standin, TEAM)[-1]["embeds"][0]
        assert briefing["title"].startswith("Bản tin đàm phán")
        assert "20/11/2026" in briefing["description"] and "Jamieson Greer" in briefing["description"]
        assert "[example.org](https://example.org/bai-moi)" in briefing["description"]
        alerts = [p for p in posts(standin, TEAM) if p["embeds"] and p["embeds"][0]["title"].startswith("Mới thêm")]
        assert len(alerts) == 1, "the channel asked for alerts: one, before the briefing"
        again = await standin.final(command("briefing", {"channel": TEAM}, sub="send", permissions=ADMIN), timeout=10)
        assert "Không có gì mới" in again["content"]
    assert "outcome=nothing-new" not in caplog.text.split("outcome=sent")[0]


async def test_the_scheduled_briefing_after_a_rebuild_carries_what_it_added(live, databases, clock):
    standin, bot, db = live
    await subscribe(standin)
    ingest(db, databases[1])  # rebuilt while nothing looked at the data; the briefing is due at once
    clock.set("2026-11-23T01:00:00")
    await bot.briefer.tick()
    assert "Jamieson Greer" in posts(standin, TEAM)[1]["embeds"][0]["description"]


NEW_PERSON_ARTICLE = """Ngày 21/11/2026, tại Hà Nội, Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân đã có buổi làm việc với bà Olivia Brandt, Phó Trợ lý Đại diện Thương mại Hoa Kỳ.

Hai bên thống nhất đẩy nhanh việc rà soát quy tắc xuất xứ.
"""


async def test_briefings_and_alerts_mark_what_no_editor_has_reviewed(tmp_path, own_data, clock, monkeypatch):
    """A meeting with someone the gazetteer does not know carries "⚠ chưa duyệt" until an editor decides;
    a meeting of known people, dated, does not."""
    async with running_bot(own_data, monkeypatch, clock=clock, run_briefings=False) as (standin, bot):
        await bot.briefer.tick()
        clock.set("2026-11-23T00:05:00")
        await subscribe(standin, TEAM, alerts=True)
        clock.set("2026-11-23T00:10:00")
        await _add(tmp_path, own_data)  # Lê Mạnh Hùng and Jamieson Greer, both in the gazetteer, dated
        await _add(tmp_path, own_data, NEW_PERSON_ARTICLE, "https://example.org/bai-brandt")
        await bot.briefer.tick()
        alert = [p for p in posts(standin, TEAM) if p["embeds"] and p["embeds"][0]["title"].startswith("Mới thêm")]
        assert alert and "Olivia Brandt" in alert[-1]["embeds"][0]["description"]
        assert "⚠ chưa duyệt" in alert[-1]["embeds"][0]["description"]
        sent = await standin.final(command("briefing", {"channel": TEAM}, sub="send", permissions=ADMIN), timeout=10)
        assert "Đã gửi bản tin" in sent["content"], sent["content"]
        items = posts(standin, TEAM)[-1]["embeds"][0]["description"].split("\n\n")
        brandt = [i for i in items if "Olivia Brandt" in i]
        greer = [i for i in items if "Jamieson Greer" in i]
        assert brandt and "⚠ chưa duyệt" in brandt[0].splitlines()[0]
        assert greer and "⚠ chưa duyệt" not in greer[0]


async def test_the_bot_closes_at_once_even_in_the_middle_of_a_look_at_the_data(databases, tmp_path, monkeypatch):
    """Stopped between the insert of a look and its commit, the scheduler must still stop: cleaning up then
    (detaching the database it compares with) once failed inside the open transaction, the error replaced
    the cancellation, the scheduler went on, and close() waited for it forever."""
    import aiosqlite
    from aiosqlite.context import contextmanager

    from bot.state import RECORD_ITEMS

    db = tmp_path / "briefbot.db"
    shutil.copy(databases[0], db)
    inserted = asyncio.Event()
    execute = aiosqlite.Connection.execute

    @contextmanager  # as aiosqlite's own execute: awaited, or used with "async with"
    async def paused_after_the_insert(self, sql, *args, **kwargs):
        cursor = await execute(self, sql, *args, **kwargs)
        if sql == RECORD_ITEMS:
            inserted.set()
            await asyncio.sleep(30)
        return cursor
    monkeypatch.setattr(aiosqlite.Connection, "execute", paused_after_the_insert)
    async with running_bot(db, monkeypatch) as (_, bot):
        await asyncio.wait_for(inserted.wait(), 10)
        started = asyncio.get_running_loop().time()
        await asyncio.wait_for(bot.close(), 5)
        assert asyncio.get_running_loop().time() - started < 2
