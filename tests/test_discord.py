"""The bot through discord.py's real code paths: raw INTERACTION_CREATE payloads in over a loopback
gateway, the JSON that would reach Discord's REST API out."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest

from bot import handlers
from bot.config import paths
from bot.discord_app import respond
from bot.discord_app.views import NOT_YOURS
from bot.ingest import build
from bot.standin import EVERYDAY, MANAGE_GUILD, DiscordStandIn, button, command, select
from tests.discord_harness import EPHEMERAL, TOKEN, copy_db, running_bot
from tests.limits import assert_within_limits


@pytest.fixture
async def bot(built, tmp_path, monkeypatch):
    async with running_bot(copy_db(built, tmp_path), monkeypatch) as pair:
        yield pair


def _text(message: dict) -> str:
    parts = [message.get("content") or ""]
    for e in message.get("embeds") or []:
        parts += [e.get("title", ""), e.get("description", ""), e.get("footer", {}).get("text", "")]
        parts += [f["name"] + "\n" + f["value"] for f in e.get("fields", [])]
    return "\n".join(parts)


async def test_meetings_helberg_answers_with_dates_sides_round_and_source(bot):
    standin, _ = bot
    callback = await standin.interact(command("meetings", {"name": "helberg"}))
    assert callback.body["type"] == 4, "answered at once, not deferred"
    message = callback.body["data"]
    assert_within_limits(message)
    assert message["allowed_mentions"] == {"parse": []}
    assert not message.get("flags", 0) & EPHEMERAL
    embed = message["embeds"][0]
    assert embed["title"] == "Các cuộc gặp của Jacob Helberg (3)"
    first = embed["fields"][0]
    assert first["name"].startswith("2/2/2026")
    sides, facts, summary = first["value"].split("\n")
    assert sides == "Quyền Bộ trưởng Công Thương Lê Mạnh Hùng ↔ Thứ trưởng Ngoại giao Jacob Helberg"
    assert facts.startswith("Vòng đàm phán 6 · Năng lượng")
    # what was said, then the source as a link labelled by its outlet
    assert summary.startswith("“") and "” — [VietnamPlus](https://www.vietnamplus.vn/" in summary
    assert any(f["name"].startswith("14/11/2025") for f in embed["fields"])


async def test_private_option_answers_ephemerally(bot):
    standin, _ = bot
    message = await standin.final(command("round", {"number": 5, "private": True}))
    assert message["flags"] & EPHEMERAL
    assert "12–14/11/2025" in _text(message) and "Washington" in _text(message)


async def test_pages_turn_only_for_the_asker_and_stay_within_limits(bot):
    standin, _ = bot
    asker = "1200000000000000001"
    callback = await standin.interact(command("timeline", user_id=asker))
    message = callback.body["data"]
    assert_within_limits(message)
    assert message["embeds"][0]["footer"]["text"].startswith("Trang 1/")
    buttons = {c["label"]: c for row in message["components"] for c in row["components"] if c["type"] == 2}
    assert buttons["◀ Trước"]["disabled"] and not buttons["Sau ▶"]["disabled"]
    sent = callback.message

    other = await standin.interact(button(buttons["Sau ▶"]["custom_id"], sent, user_id="1200000000000000099"))
    assert other.body["type"] == 4 and other.body["data"]["flags"] & EPHEMERAL
    assert other.body["data"]["content"] == NOT_YOURS

    turned = await standin.interact(button(buttons["Sau ▶"]["custom_id"], sent, user_id=asker))
    assert turned.body["type"] == 7, "the same message is edited in place"
    page2 = turned.body["data"]
    assert page2["embeds"][0]["footer"]["text"].startswith("Trang 2/")
    assert page2["embeds"][0]["fields"][0]["name"] != message["embeds"][0]["fields"][0]["name"]
    assert_within_limits(page2)


async def test_autocomplete_offers_at_most_25_choices_of_at_most_100_characters(bot):
    standin, _ = bot
    for name, options, focused in [("meetings", {"name": "hel"}, "name"), ("meetings", {"name": ""}, "name"),
                                   ("person", {"name": "le m"}, "name"), ("round", {"number": 5}, "number"),
                                   ("topics", {"topic": "nang luong"}, "topic"), ("source", {"article": "00"}, "article"),
                                   ("meetings", {"name": "x" * 6000}, "name")]:
        callback = await standin.interact(command(name, options, focused=focused))
        assert callback.body["type"] == 8
        choices = callback.body["data"]["choices"]
        assert len(choices) <= 25
        assert all(1 <= len(c["name"]) <= 100 and len(str(c["value"])) <= 100 for c in choices)
        if options[focused] == "hel":
            assert choices[0]["value"] == "Jacob Helberg"
        if name == "round":
            assert choices and all(isinstance(c["value"], int) for c in choices)
        if name == "topics":
            assert any("Năng lượng" in c["name"] for c in choices)


@pytest.mark.parametrize("name, options, expected", [
    ("meetings", {"name": "helberg", "from": "hôm qua"}, "không hợp lệ"),
    ("round", {"number": 500}, "từ 1 đến 99"),
    ("meetings", {"name": "zzqxv"}, "Không tìm thấy"),
    ("source", {"article": "không-có"}, "Không có bài"),
    ("search", {"query": "   "}, "Hãy nhập từ khóa"),
])
async def test_input_it_cannot_use_gets_a_private_vietnamese_message(bot, name, options, expected):
    standin, _ = bot
    message = await standin.final(command(name, options))
    assert expected in _text(message)
    assert_within_limits(message)
    if expected != "Không tìm thấy":  # "nothing found" is an answer, shown like any other
        assert message["flags"] & EPHEMERAL


async def test_mentions_and_markdown_typed_by_users_cannot_ping_or_format(bot):
    standin, _ = bot
    message = await standin.final(command("search", {"query": "@everyone <@&123> **đậm** [x](https://evil.example)"}))
    assert message["allowed_mentions"] == {"parse": []}
    shown = _text(message)
    assert "@everyone" not in shown and "<@&123>" not in shown and "**đậm**" not in shown
    assert not re.search(r"(?<!\\)\]\(https://evil", shown), "a masked link would be live"
    assert "\\[x\\](https://evil.example)" in shown


async def test_dates_typed_the_vietnamese_way_filter_meetings(bot):
    standin, _ = bot
    message = await standin.final(command("meetings", {"name": "helberg", "from": "1/1/2026"}))
    assert "(1)" in message["embeds"][0]["title"] and "2/2/2026" in _text(message)


async def test_article_is_shown_in_full_over_pages(bot):
    standin, _ = bot
    callback = await standin.interact(command("source", {"article": "000"}))
    message = callback.body["data"]
    assert_within_limits(message)
    pages = int(message["embeds"][0]["footer"]["text"].split("/")[1])
    seen = [message["embeds"][0]["description"]]
    custom = next(c["custom_id"] for row in message["components"] for c in row["components"] if c.get("label") == "Sau ▶")
    for _ in range(pages - 1):
        turned = await standin.interact(button(custom, callback.message))
        seen.append(turned.body["data"]["embeds"][0]["description"])
    article = (await handlers.source(await bot[1].get_store(), "000")).article
    assert pages > 1
    # every word of the article reaches the reader once (escaping aside)
    shown = "\n".join(d.split("\n\n", 1)[1] for d in seen)  # each page: the source line, a blank line, the text
    assert shown.replace("\\", "").split() == article["body"].replace("\\", "").split()


async def test_admin_commands_need_manage_server_checked_in_code(bot):
    standin, _ = bot
    definitions = {c["name"]: c for c in standin.commands["global"]}
    assert str(definitions["admin"]["default_member_permissions"]) == str(MANAGE_GUILD)
    refused = await standin.final(command("admin", sub="reload", permissions=EVERYDAY))
    assert "Manage Server" in refused["content"] and refused["flags"] & EPHEMERAL
    allowed = await standin.final(command("admin", sub="reload", permissions=EVERYDAY | MANAGE_GUILD), timeout=30)
    assert "Đã xây lại" in _text(allowed)
    in_dm = await standin.final(command("admin", sub="sync", permissions=EVERYDAY | MANAGE_GUILD, guild_id=None))
    assert "trong máy chủ" in in_dm["content"]


async def test_commands_are_described_in_vietnamese_with_english_fallback(bot):
    standin, _ = bot
    definitions = {c["name"]: c for c in standin.commands["global"]}
    meetings = definitions["meetings"]
    assert meetings["description"] == "Meetings of a person or an organisation"
    assert meetings["description_localizations"]["vi"] == "Các cuộc gặp của một người hoặc tổ chức"
    options = {o["name"]: o for o in meetings["options"]}
    assert options["from"]["name_localizations"]["vi"] == "từ_ngày" and options["name"]["autocomplete"]
    def check(where: str, options: list[dict]) -> None:
        for o in options:
            assert o["description_localizations"].get("vi"), (where, o["name"])
            if o["type"] != 1:  # command names, subcommands included, stay as typed everywhere: /admin reload
                assert o["name_localizations"].get("vi"), (where, o["name"])
            for choice in o.get("choices", []):
                assert choice["name_localizations"].get("vi"), (where, o["name"], choice["name"])
            check(f"{where} {o['name']}", o.get("options", []))

    for c in definitions.values():
        assert c["description_localizations"].get("vi"), c["name"]
        check(c["name"], c.get("options", []))


async def test_heavy_commands_have_a_per_user_cooldown(bot):
    standin, _ = bot
    answers = [await standin.final(command("search", {"query": "d1 d3"})) for _ in range(6)]
    assert all(a["embeds"] for a in answers[:5])
    assert "thử lại sau" in answers[5]["content"] and answers[5]["flags"] & EPHEMERAL
    other_user = await standin.final(command("search", {"query": "d1 d3"}, user_id="1200000000000000077"))
    assert other_user["embeds"]


async def test_slow_answers_are_deferred_then_edited_in(bot, monkeypatch):
    standin, _ = bot
    monkeypatch.setattr(respond, "DEFER_AFTER", 0.0)
    payload = command("meetings", {"name": "helberg", "private": True})
    callback = await standin.interact(payload)
    assert callback.body["type"] == 5 and callback.body["data"]["flags"] & EPHEMERAL
    edited = await standin.wait_for(lambda r: r.token == payload["token"] and r.method == "PATCH")
    assert edited.path.endswith("/messages/@original")
    assert edited.body["embeds"][0]["title"] == "Các cuộc gặp của Jacob Helberg (3)"


async def test_a_failure_gives_a_short_message_and_the_traceback_goes_to_the_log_only(bot, monkeypatch, caplog):
    standin, _ = bot

    async def broken(*args, **kwargs):
        raise RuntimeError("kho dữ liệu hỏng ở dòng 42")

    monkeypatch.setattr(handlers, "timeline", broken)
    with caplog.at_level(logging.ERROR):
        message = await standin.final(command("timeline"))
    assert message["content"].startswith("Có lỗi khi trả lời") and message["flags"] & EPHEMERAL
    assert "dòng 42" not in message["content"] and "Traceback" not in message["content"]
    assert "kho dữ liệu hỏng ở dòng 42" in caplog.text and "outcome=error" in caplog.text
    assert TOKEN not in caplog.text


async def test_commands_are_synced_only_when_their_definitions_change(built, tmp_path, monkeypatch):
    db = copy_db(built, tmp_path)
    standin = await DiscordStandIn().start()
    async with running_bot(db, monkeypatch, standin=standin):
        assert [r.method for r in standin.requests if r.path.endswith("/commands")] == ["PUT"]
    async with running_bot(db, monkeypatch, standin=standin):
        pass
    assert [r.method for r in standin.requests if r.path.endswith("/commands")] == ["PUT"], "unchanged: no sync"
    async with running_bot(db, monkeypatch, guild=1100000000000000003, standin=standin):
        pass
    puts = [r.path for r in standin.requests if r.method == "PUT"]
    assert puts[-1].endswith("/guilds/1100000000000000003/commands") and len(puts) == 2
    await standin.close()


async def test_a_rebuilt_database_is_picked_up_without_a_restart(bot, tmp_path):
    standin, client = bot
    before = await client.get_store()
    await asyncio.to_thread(build, paths(), client.db_path)
    message = await standin.final(command("round", {"number": 5}))
    assert "12–14/11/2025" in _text(message)
    assert await client.get_store() is not before


async def test_pages_disable_themselves_when_the_view_times_out(bot, monkeypatch):
    standin, _ = bot
    from bot.discord_app import views

    monkeypatch.setattr(views, "PAGE_TIMEOUT", 0.2)
    payload = command("timeline")
    await standin.interact(payload)
    edit = await standin.wait_for(lambda r: r.token == payload["token"] and r.method == "PATCH", timeout=5)
    buttons = [c for row in edit.body["components"] for c in row["components"] if c.get("custom_id")]
    assert buttons and all(b["disabled"] for b in buttons)


async def test_sources_with_a_web_address_are_link_buttons_and_the_embed_url(bot, monkeypatch):
    standin, _ = bot
    monkeypatch.setenv("SOURCE_BASE_URL", "https://tin.example.vn/bai/")
    # round 5's article has no address of its own (round 6's, seed 003, has one: it wins over SOURCE_BASE_URL)
    message = await standin.final(command("round", {"number": 5}))
    links = [c for row in message.get("components", []) for c in row["components"] if c.get("style") == 5]
    assert links and all(link["url"].startswith("https://tin.example.vn/bai/0") for link in links)
    assert all(len(link["label"]) <= 80 for link in links)
    assert any("](https://tin.example.vn/bai/" in f["value"] for f in message["embeds"][0]["fields"])


# -- compact lists, details on demand --------------------------------------------------------------------

ITEM_MAX = 450  # characters of one meeting in a list, as sent (heading, lines, Markdown and link)
LISTS = [("timeline", {}), ("meetings", {"name": "helberg"}), ("meetings", {"name": "nguyen hong dien"}),
         ("topics", {"topic": "năng lượng"}), ("search", {"query": "d1 d3"}), ("person", {"name": "le manh hung"}),
         ("round", {"number": 5})]


def _components(message: dict, kind: int) -> list[dict]:
    return [c for row in message.get("components") or [] for c in row["components"] if c["type"] == kind]


async def _every_page(standin, payload: dict) -> list[dict]:
    """The messages of every page of a list, turning pages with its ▶ button."""
    callback = await standin.interact(payload)
    pages = [callback.body["data"]]
    while (turn := [b for b in _components(pages[-1], 2) if b.get("label") == "Sau ▶" and not b["disabled"]]):
        turned = await standin.interact(button(turn[0]["custom_id"], callback.message, user_id=payload["member"]["user"]["id"]))
        pages.append(turned.body["data"])
    return pages


def _items(message: dict) -> list[dict]:
    """The embed fields that are meetings (a round's own field, in /round, is not)."""
    return [f for f in message["embeds"][0]["fields"] if " · " in f["name"] and "↔" in f["value"]]


@pytest.mark.parametrize("with_links", [False, True])
async def test_every_list_item_is_four_lines_within_450_characters(bot, monkeypatch, figure, with_links):
    standin, _ = bot
    if with_links:  # every source a web address: the masked links count too
        monkeypatch.setenv("SOURCE_BASE_URL", "https://www.vietnamplus.vn/thuong-mai/dam-phan-viet-nam-hoa-ky/bai/")
    sizes = []
    for n, (name, options) in enumerate(LISTS):
        for message in await _every_page(standin, command(name, options, user_id=f"12000000000000002{n:02d}")):
            assert_within_limits(message)
            items = _items(message)
            assert items, (name, options)
            for item in items:
                lines = [item["name"], *item["value"].split("\n")]
                assert len(lines) <= 4, lines
                assert len(item["name"]) + len(item["value"]) <= ITEM_MAX, (len(item["name"]) + len(item["value"]), lines)
                sides, *_, last = lines[1:]
                assert "↔" in sides and sides.count(",") <= 1, "short titles, not the article's chains"
                assert "Trưởng đoàn đàm phán" not in item["value"] and "phụ trách" not in sides
                summary, _, source = last.rpartition("” — ")
                assert summary.startswith("“") and len(summary) <= 201
                if with_links:
                    assert re.fullmatch(r"\[[^\]]{1,40}\]\(https://www\.vietnamplus\.vn/\S+\)", source), source
                else:
                    # the article id where no address is known; seed 003's established address where it is
                    assert re.fullmatch(r"(Vietnam\+, )?bài [0-9a-f\\_]+|\[VietnamPlus\]\(https://www\.vietnamplus\.vn/\S+\)",
                                        source), source
                assert "Chiều 14/11 giờ địa phương, tại trụ sở" not in source, "not the article's first 100 characters"
                sizes.append(len(item["name"]) + len(item["value"]))
    figure(f"\nlist items{' with links' if with_links else ''}: {len(sizes)} seen in {len(LISTS)} lists, "
           f"{min(sizes)}–{max(sizes)} characters (median {sorted(sizes)[len(sizes) // 2]}), at most 4 lines")


async def test_the_details_menu_shows_one_meeting_in_full_only_to_the_asker(bot, monkeypatch):
    standin, _ = bot
    monkeypatch.setenv("SOURCE_BASE_URL", "https://tin.example.vn/bai/")
    asker = "1200000000000000301"
    callback = await standin.interact(command("meetings", {"name": "helberg"}, user_id=asker))
    message = callback.body["data"]
    [menu] = _components(message, 3)
    assert menu["placeholder"] == "Xem chi tiết…" and len(menu["options"]) == len(message["embeds"][0]["fields"]) == 3
    assert all(len(o["label"]) <= 100 and len(o.get("description", "")) <= 100 for o in menu["options"])
    assert menu["options"][1]["label"] == "14/11/2025 · Nguyễn Hồng Diên ↔ Jacob Helberg"

    other = await standin.interact(select(menu["custom_id"], ["1"], callback.message, user_id="1200000000000000302"))
    assert other.body["data"]["flags"] & EPHEMERAL and other.body["data"]["content"] == NOT_YOURS

    chosen = await standin.interact(select(menu["custom_id"], ["1"], callback.message, user_id=asker))
    assert chosen.body["type"] == 4 and chosen.body["data"]["flags"] & EPHEMERAL, "a new private message"
    detail = chosen.body["data"]
    assert_within_limits(detail)
    embed = detail["embeds"][0]
    assert embed["title"].startswith("Cuộc gặp 14/11/2025 ¹ · Gặp trực tiếp · trụ sở Đại sứ quán Việt Nam ở Washington")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    # every person with the full title the article gives, and their organisation
    assert fields["Phía Việt Nam"] == "Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ Nguyễn Hồng Diên — Bộ Công Thương"
    assert fields["Phía Hoa Kỳ"].startswith("Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách kinh tế, Môi trường và Năng lượng Jacob Helberg")
    assert fields["Chủ đề"].count(",") >= 5 and "Danh sách D1/D3" in fields["Chủ đề"]
    assert re.match(r"Câu \d+: “", fields["Bằng chứng"]) and "D1 và D3" in fields["Bằng chứng"]  # what was asked
    assert fields["Chú thích"].startswith("¹ năm: Vòng đàm phán trực tiếp lần thứ 5 diễn ra 12–14/11/2025")
    assert "(https://tin.example.vn/bai/004_765b38809bddbffd.txt)" in fields["Nguồn"]
    links = _components(detail, 2)
    assert [b["url"] for b in links] == ["https://tin.example.vn/bai/004_765b38809bddbffd.txt"]
    assert "Mã: 004\\_765b38809bddbffd-m1" in embed["description"]

    # an option the menu never offered (a forged payload) is answered, in Vietnamese
    forged = await standin.interact(select(menu["custom_id"], ["7"], callback.message, user_id=asker))
    assert forged.body["data"]["flags"] & EPHEMERAL and "Hãy chọn" in forged.body["data"]["content"]


async def test_the_details_menu_disables_itself_with_the_pages(bot, monkeypatch):
    standin, _ = bot
    from bot.discord_app import views

    monkeypatch.setattr(views, "PAGE_TIMEOUT", 0.2)
    for payload in (command("timeline"), command("meetings", {"name": "helberg"})):  # with pages, and one page
        await standin.interact(payload)
        edit = await standin.wait_for(lambda r, p=payload: r.token == p["token"] and r.method == "PATCH", timeout=5)
        controls = [c for row in edit.body["components"] for c in row["components"] if c.get("custom_id")]
        assert any(c["type"] == 3 for c in controls) and all(c["disabled"] for c in controls)


async def test_meeting_command_shows_the_same_details_and_suggests_by_id_date_and_name(bot):
    standin, _ = bot
    message = await standin.final(command("meeting", {"id": "000_4016d315b9f553bc-m2"}))
    assert_within_limits(message)
    assert not message.get("flags", 0) & EPHEMERAL
    fields = {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}
    assert fields["Phía Hoa Kỳ"] == "Bộ trưởng Thương mại Hoa Kỳ Howard Lutnick — Bộ Thương mại Hoa Kỳ"
    assert fields["Vòng"] == "Vòng đàm phán 2 ¹"
    assert "địa điểm (bài ghi “Hoa Kỳ”)" in fields["Chú thích"]
    assert fields["Bằng chứng"].count("Câu ") == 2
    for typed, expected in (("004_765b38809bddbffd-m", "004_765b38809bddbffd-m1"), ("14/11", "004_765b38809bddbffd-m1"),
                            ("2025-05", "000_4016d315b9f553bc-m2"), ("lutnick", "000_4016d315b9f553bc-m2"), ("", None)):
        callback = await standin.interact(command("meeting", {"id": typed}, focused="id"))
        choices = callback.body["data"]["choices"]
        assert 0 < len(choices) <= 25 and all(len(c["name"]) <= 100 for c in choices), typed
        assert expected is None or expected in [c["value"] for c in choices], (typed, choices)


@pytest.mark.parametrize("typed", ["không-có", "004_765b38809bddbffd-m99", " "])
async def test_meeting_with_a_bad_id_gets_a_private_vietnamese_message(bot, typed):
    standin, _ = bot
    message = await standin.final(command("meeting", {"id": typed}))
    assert message["flags"] & EPHEMERAL and not message.get("components")
    assert "cuộc gặp" in _text(message) and ("Không có" in _text(message) or "Hãy nhập" in _text(message))
