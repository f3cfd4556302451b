"""Short titles for lists: the editor's from data/people.toml, else the article's chain made short at build."""

from __future__ import annotations

import sqlite3

import pytest

from bot.gazetteer import load_people
from bot.shape import DataError
from bot.titles import concise, last_title, short_title


def test_every_person_in_the_gazetteer_has_a_reviewed_short_title(gaz):
    assert all(p.short_title for p in gaz.people)
    by_id = {p.id: p.short_title for p in gaz.people}
    assert by_id["nguyen-hong-dien"] == "Bộ trưởng Công Thương" and by_id["jacob-helberg"] == "Thứ trưởng Ngoại giao"


@pytest.mark.parametrize("entry, problem", [
    ('short_tilte = "Bộ trưởng"', "khóa không biết: short_tilte"),  # a misspelt key is not dropped in silence
    ("short_title = 3", "'short_title' phải là chuỗi"),
    ('short_title = ["Bộ trưởng"]', "'short_title' phải là chuỗi"),
])
def test_the_people_file_refuses_unknown_keys_and_a_short_title_that_is_not_text(tmp_path, entry, problem):
    path = tmp_path / "people.toml"
    path.write_text(f'[[person]]\nid = "x"\nname = "X Y"\nside = "vn"\n{entry}\n', encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        load_people(path)
    path.write_text('[[person]]\nid = "x"\nname = "X Y"\nside = "vn"\n', encoding="utf-8")
    assert load_people(path)[0].short_title == "", "the field is optional"


@pytest.mark.parametrize("chain, short", [
    # a comma starts a new title only where a known, capitalised title follows
    ("Hạ nghị sĩ, Chủ tịch Ủy ban thuế vụ Hạ viện", "Chủ tịch Ủy ban thuế vụ Hạ viện"),
    ("Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách kinh tế, Môi trường và Năng lượng", "Thứ trưởng Ngoại giao"),
    ("Thượng nghị sĩ, thành viên các Ủy ban Tài chính và Đối ngoại Thượng viện", "Thượng nghị sĩ"),
    ("Đặc phái viên Thủ tướng, Bộ trưởng Công Thương", "Bộ trưởng Công Thương"),
    # "Bộ" before a ministry and the United States (the side says it) are left out
    ("Quyền Bộ trưởng Bộ Công Thương", "Quyền Bộ trưởng Công Thương"),
    ("Trưởng đại diện Thương mại Mỹ", "Trưởng đại diện Thương mại"),
    ("Đại sứ đặc mệnh toàn quyền Hợp chúng quốc Hoa Kỳ tại Việt Nam", "Đại sứ đặc mệnh toàn quyền"),
    ("Thượng nghị sỹ Hoa Kỳ", "Thượng nghị sỹ"),
    ("Chủ tịch kiêm CEO Hội đồng Kinh doanh Hoa Kỳ-ASEAN (USABC)", "Chủ tịch kiêm CEO Hội đồng Kinh doanh…"),
])
def test_a_title_chain_from_an_article_becomes_its_last_title_made_concise(gaz, chain, short):
    assert short_title(chain, None, gaz) == short
    assert len(short) <= 40 and concise(last_title(chain, gaz)) == short


def test_the_editors_short_title_wins_over_the_articles_chain(gaz):
    dien = next(p for p in gaz.people if p.id == "nguyen-hong-dien")
    assert short_title("Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ", dien, gaz) == "Bộ trưởng Công Thương"
    assert short_title("", None, gaz) == ""


def test_the_database_carries_each_participants_short_title(built):
    with sqlite3.connect(f"file:{built}?mode=ro", uri=True) as conn:
        people = dict(conn.execute("SELECT id, short_title FROM people WHERE in_gazetteer = 1"))
        shown = conn.execute("SELECT title, short_title FROM participants WHERE person_id LIKE 'new:%'").fetchall()
    assert people["le-manh-hung"] == "Quyền Bộ trưởng Công Thương" and all(people.values())
    assert shown == [("Hạ nghị sĩ, Chủ tịch Ủy ban thuế vụ Hạ viện", "Chủ tịch Ủy ban thuế vụ Hạ viện")]
