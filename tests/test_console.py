"""The questions users ask, through the same handlers the bot uses."""

import json
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT, paths
from bot.console import run_command
from bot.ingest import build
from bot.render import embed, text
from bot.store import Store
from tests.limits import assert_within_limits


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "briefbot.db"
    build(paths(), path)
    return path


@pytest.fixture
async def store(db):
    s = await Store.open(db)
    yield s
    await s.close()


VIETNAMPLUS = ("https://www.vietnamplus.vn/viet-nam-khang-dinh-quyet-tam-nang-tam-quan-he-kinh-te-thuong-mai-voi-hoa-ky"
               "-post1092640.vnp")


async def ask(store, line):
    return await run_command(store, line)


async def test_meetings_helberg_gives_dates_both_sides_round_summary_and_source(store):
    reply = await ask(store, "/meetings helberg")
    assert reply.ok and reply.total == 3
    newest = reply.meetings[0]
    assert newest["date"] == "2026-02-02" and newest["round"] == 6
    assert {p["name"] for p in newest["people"]} == {"Lê Mạnh Hùng", "Jacob Helberg"}
    assert newest["source"]["link"] == VIETNAMPLUS  # the seed's established address (seeds/metadata.toml)
    assert newest["source"]["urls"] == [VIETNAMPLUS]
    washington = reply.meetings[1]
    assert washington["date"] == "2025-11-14" and washington["round"] == 5
    assert reply.meetings[2]["date"] is None  # the Malaysia exchange: undated, sorted last
    out = text(reply)
    assert "14/11/2025" in out and "chưa rõ ngày" in out
    assert "Bộ trưởng Công Thương Nguyễn Hồng Diên ↔ Thứ trưởng Ngoại giao Jacob Helberg" in out


@pytest.mark.parametrize("typed, person", [
    ("helberg", "Jacob Helberg"), ("Helbreg", "Jacob Helberg"), ("jacob", "Jacob Helberg"),
    ("le manh hung", "Lê Mạnh Hùng"), ("Lê Mạnh Hùng", "Lê Mạnh Hùng"), ("hung", "Lê Mạnh Hùng"),
    ("nguyen hong dien", "Nguyễn Hồng Diên"), ("dien", "Nguyễn Hồng Diên"), ("Diên", "Nguyễn Hồng Diên"),
    ("greer", "Jamieson Greer"), ("Jamison Grear", "Jamieson Greer"), ("jamieson l. greer", "Jamieson Greer"),
    ("lutnik", "Howard Lutnick"), ("howard lutnick", "Howard Lutnick"),
    ("cruz", "Ted Cruz"), ("ted cruz", "Ted Cruz"), ("daines", "Steve Daines"), ("Steve Dains", "Steve Daines"),
    ("knapper", "Marc E. Knapper"), ("knaper", "Marc E. Knapper"), ("Marc Knapper", "Marc E. Knapper"),
    ("hagerty", "Bill Hagerty"), ("Hagery", "Bill Hagerty"),
    ("mcfeeters", "Brian McFeeters"), ("Mc Feeters", "Brian McFeeters"), ("brian mc feeters", "Brian McFeeters"),
    ("usabc", "Hội đồng Kinh doanh Hoa Kỳ-ASEAN (USABC)"),
])
async def test_every_seed_person_by_misspelt_undiacritised_and_partial_names(store, typed, person):
    reply = await ask(store, f"/meetings {typed}")
    assert reply.ok and reply.meetings, reply.message
    assert reply.message.startswith(f"Các cuộc gặp của {person}")


async def test_unknown_name_offers_the_closest(store):
    reply = await ask(store, "/meetings xyzzy")
    assert reply.ok and not reply.meetings and "xyzzy" in reply.message


async def test_round_5_and_its_sideline_meetings(store):
    reply = await ask(store, "/round 5")
    assert reply.ok and reply.round["start"] == "2025-11-12" and reply.round["end"] == "2025-11-14"
    assert "dịch vụ" in reply.round["areas"]
    assert len(reply.meetings) == 4 and all(m["round"] == 5 for m in reply.meetings)


@pytest.mark.parametrize("line", ["/round abc", "/nope", "meetings helberg", "/meetings", "/meetings helberg page:0",
                                  "/meetings helberg from:yesterday", "/round 999999999999", "/round 5 series:x",
                                  "/timeline page:99", "/source nope", "/search", "/person"])
async def test_invalid_input_gets_a_vietnamese_message(store, line):
    reply = await ask(store, line)
    assert not reply.ok and reply.message


@pytest.mark.parametrize("hostile", ['"', "*", "NEAR(a b)", "a AND OR NOT b", "(", "-d1", "'; DROP TABLE meetings; --",
                                     "d1 d3", "gian lận xuất xứ", "dam phan"])
async def test_search_takes_any_text_as_words(store, hostile):
    reply = await ask(store, f"/search {hostile}")
    assert reply.ok or reply.message
    still = await ask(store, "/search d1 d3")
    assert still.total >= 2  # nothing was dropped or broken


async def test_search_folds_like_the_index(store):
    a, b = await ask(store, "/search gian lận xuất xứ"), await ask(store, "/search gian lan xuat xu")
    assert a.total == b.total > 0


def test_embed_respects_discord_limits():
    from bot.render import Reply

    long = {"id": "x", "date": None, "date_text": None, "date_precision": "unknown", "place": "p" * 3000,
            "kind": "in_person", "round": None, "round_series": None, "people": [], "organizations": [],
            "topics": [], "summary": "s" * 5000, "context": [], "source": {"title": "t", "link": "l"}}
    e = embed(Reply("timeline", True, "m" * 500, [long] * 30))
    assert_within_limits({"embeds": [e]})
    assert e["description"].startswith("m" * 200), "a long message is kept whole, not cut to a title"
    e = embed(Reply("timeline", True, "*" * 3000 + "\n" + "_" * 3000, [long] * 30))
    assert_within_limits({"embeds": [e]})


def test_embed_escapes_what_users_and_articles_wrote():
    from bot.render import Reply

    e = embed(Reply("search", True, "Kết quả cho “@everyone **x** <@&1> [a](https://evil)”"))
    assert "@everyone" not in e["title"] and "<@&" not in e["title"] and "](" not in e["title"].replace("\\]", "")
    assert "\\*\\*x\\*\\*" in e["title"]


def test_ask_json_contract_and_exit_codes():
    run = lambda *a: subprocess.run([sys.executable, "-m", "bot", "ask", *a], capture_output=True, text=True,
                                    cwd=PROJECT_ROOT, check=False)
    ok = run("--json", "/round 5")
    assert ok.returncode == 0
    data = json.loads(ok.stdout)
    assert {"command", "ok", "message", "meetings", "round", "total", "page"} <= set(data)
    assert all({"file", "title", "url"} <= set(m["source"]) for m in data["meetings"])
    bad = run("--json", "/round abc")
    assert bad.returncode == 2 and json.loads(bad.stdout)["ok"] is False and "Traceback" not in bad.stderr


@pytest.mark.parametrize("partial, expected", [("hel", "Jacob Helberg"), ("le m", "Lê Mạnh Hùng"), ("", None),
                                               ("nguyễn", "Nguyễn Hồng Diên"), ("x" * 500, None)])
async def test_autocomplete_names_best_first_within_limits(store, partial, expected):
    from bot.handlers import autocomplete

    choices = await autocomplete(store, "name", partial)
    assert len(choices) <= 25 and all(len(label) <= 100 and len(value) <= 100 for label, value in choices)
    if expected:
        assert choices[0][0] == expected


async def test_autocomplete_rounds_and_topics(store):
    from bot.handlers import autocomplete

    assert [v for _, v in await autocomplete(store, "round", "5")] == ["5"]
    assert any(v == "Bán dẫn" for _, v in await autocomplete(store, "topic", "ban dan"))


async def test_topics_list_and_a_topics_meetings(store):
    listing = await ask(store, "/topics")
    assert listing.ok and any(line.startswith("• Bán dẫn") for line in listing.lines)
    semis = await ask(store, "/topics ban dan")
    assert semis.ok and semis.meetings and all("Bán dẫn" in m["topics"] for m in semis.meetings)
    none = await ask(store, "/topics khong co")
    assert none.ok and not none.meetings and "Bán dẫn" in none.message


async def test_meeting_in_full_on_the_console_the_same_words_as_the_embed(store):
    reply = await ask(store, "/meeting 000_4016d315b9f553bc-m2")
    assert reply.ok and reply.detail["id"] == "000_4016d315b9f553bc-m2"
    out = text(reply)
    assert out.startswith("Cuộc gặp 22/5/2025 ¹ · Gặp trực tiếp · Washington ¹\nMã: 000_4016d315b9f553bc-m2")
    assert "Phía Hoa Kỳ:\n  Bộ trưởng Thương mại Hoa Kỳ Howard Lutnick — Bộ Thương mại Hoa Kỳ" in out
    assert "Bằng chứng:\n  Câu " in out  # every piece of the summary, with the sentence it is from
    assert all(f": “{ev['text']}”" in out for ev in reply.detail["evidence"])
    assert "¹ ngày, vòng, loạt vòng, địa điểm (bài ghi “Hoa Kỳ”): Các bản tin khác ghi" in out
    assert "Nguồn:\n  Theo thông tin từ Vụ Phát triển thị trường nước ngoài" in out and "bài 000_4016d315b9f553bc" in out
    shown = embed(reply)
    assert_within_limits({"embeds": [shown]})
    for f in shown["fields"]:  # every field of the embed is a section of the console text, word for word
        assert f"{f['name']}:\n  " + f["value"].replace("\\", "").replace("\n", "\n  ") in out
    again = await ask(store, "/meeting 000_4016d315b9f553bc-m")  # the start of an id, when only one id starts so
    assert not again.ok and "Không có cuộc gặp" in again.message, "two meetings start so: none is guessed"
    assert (await ask(store, "/meeting 001_52bf")).detail["id"] == "001_52bf25b6992dcf0d-m1"
    for bad in ("/meeting", "/meeting không-có", "/meeting 004_765b38809bddbffd-m99"):
        reply = await ask(store, bad)
        assert not reply.ok and ("Hãy nhập mã cuộc gặp" in reply.message or "Không có cuộc gặp" in reply.message)


def test_list_items_and_details_with_long_fields_stay_within_their_limits():
    """A meeting whose every field is long (a long web address too): four lines, ≤ 450 characters, Discord's limits."""
    from bot.render import ITEM_MAX, Reply, list_item

    person = {"id": "p", "name": "Nguyễn Văn " + "A" * 80, "title": "Thứ trưởng Bộ " + "Công Thương, " * 40,
              "short_title": "", "side": "vn"}
    other = {"id": "q", "name": "", "title": "Hạ nghị sĩ, Chủ tịch " + "Ủy ban " * 50, "short_title": "", "side": "us"}
    evidence = [{"sentence": n, "start": 0, "end": 1400, "text": "câu " * 350} for n in range(8)]
    m = {"id": "m" * 90, "date": "--11-14", "place": "trụ sở " * 40, "kind": "in_person", "round": 99,
         "round_series": "ministerial", "people": [person, other, other], "organizations": [{"name": "*_~" * 60, "side": "us"}],
         "topics": [f"chủ đề {n}" for n in range(30)], "summary": "[x](https://evil) @everyone " * 60, "evidence": evidence,
         "context": [{"field": "place", "basis": "context", "source": "s" * 900, "was": "Hoa Kỳ"}],
         "source": {"id": "a", "title": "t" * 300, "url": "https://vietnamplus.vn/" + "x" * 400, "outlet": "",
                    "link": "https://vietnamplus.vn/" + "x" * 400},
         "other_sources": [{"id": "b", "title": "u", "url": "", "outlet": "VnExpress", "link": "b", "evidence": evidence}]}
    for markdown in (True, False):
        head, lines = list_item(m, markdown)
        assert len(lines) <= 3 and len(head) + sum(len(x) + 1 for x in lines) - 1 <= ITEM_MAX <= 450
    for reply in (Reply("timeline", True, "x", [m] * 5), Reply("meeting", True, "Cuộc gặp", detail=m)):
        e = embed(reply)
        assert_within_limits({"embeds": [e]})
        assert "@everyone" not in str(e) and "](https://evil" not in str(e).replace("\\]", "")
        assert text(reply)
