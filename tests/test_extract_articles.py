"""Six further articles written for the tests in the style of Vietnamese outlets (tests/fixtures/):
a ministerial session, a phone call, an online session with its ordinal in words, a photo-caption
meeting, a roundtable on a round's sidelines, and people absent from the gazetteer."""

from bot.config import PROJECT_ROOT
from bot.extract import extract_article
from bot.text import fold

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def extract(name, gaz):
    path = FIXTURES / name
    return extract_article(path.read_text(encoding="utf-8"), path.stem, gaz)


def sides(m):
    return ({p.name for p in m.people if p.side == "vn"}, {p.name for p in m.people if p.side != "vn"})


def test_ministerial_session_8_in_digits(gaz):
    r = extract("201_phien_bo_truong_8.txt", gaz)
    (m,) = r.meetings
    assert sides(m) == ({"Nguyễn Hồng Diên"}, {"Jamieson Greer"})
    assert (m.date.iso, m.place, m.round, m.round_series) == ("2026-03-10", "Hà Nội", 8, "ministerial")
    (rnd,) = r.rounds
    assert (rnd.series, rnd.number, rnd.start.iso) == ("ministerial", 8, "2026-03-10")
    assert rnd.areas == ["nông nghiệp", "thương mại số", "quy tắc xuất xứ"]
    assert "Kenji Morimoto" not in {p.name for m in r.meetings for p in m.people}  # quoted, not met


def test_phone_call_with_full_date_and_new_people(gaz):
    r = extract("202_dien_dam.txt", gaz)
    (m,) = r.meetings
    assert m.kind == "phone" and m.date.iso == "2026-04-03" and m.round is None
    assert sides(m) == ({"Phan Văn Khải"}, {"Sarah Whitcomb"})
    assert {p.name for p in r.new_people if p.took_part} == {"Phan Văn Khải", "Sarah Whitcomb"}
    assert not any("Brightline" in o.name for o in m.organizations)  # considering investment, not met


def test_online_session_with_ordinal_in_words_and_a_plan_not_counted(gaz):
    r = extract("203_truc_tuyen.txt", gaz)
    (m,) = r.meetings  # "dự kiến sẽ gặp trực tiếp … vào tháng tới" is a plan
    assert m.kind == "online" and (m.round, m.round_series) == (5, "online")
    assert (m.date.iso, m.date.precision) == ("--06-05", "day_no_year")
    assert sides(m) == ({"Lê Mạnh Hùng"}, {"Sarah Whitcomb"})


def test_photo_caption_meeting_and_old_tone_placement(gaz):
    r = extract("204_chu_thich_anh.txt", gaz)
    main, caption = r.meetings
    assert sides(main) == ({"Trần Thị Thuỷ"}, {"Robert T. Vance"}) and main.date.iso == "2026-01-20"
    assert main.place == "TP.HCM"
    assert sides(caption) == ({"Trần Thị Thuỷ"}, {"Daniel Ortega-Price"}) and caption.date.iso is None
    assert fold("Trần Thị Thủy") in {fold(p.name) for p in r.new_people}


def test_roundtable_on_the_sidelines_of_round_7(gaz):
    r = extract("205_toa_dam.txt", gaz)
    (m,) = r.meetings
    assert m.kind == "roundtable" and [o.name for o in m.organizations] == ["Hiệp hội Bán dẫn Hoa Kỳ"]
    assert (m.date.iso, m.round) == ("2026-02-12", 7)
    (rnd,) = r.rounds
    assert (rnd.start.iso, rnd.end.iso) == ("2026-02-10", "2026-02-13") and "Washington" in rnd.place
    assert "Donald Trump" not in {p.name for p in m.people}  # to be reported to, not met


def test_same_day_second_meeting_and_a_deputy_prime_minister(gaz):
    r = extract("206_hoi_dam.txt", gaz)
    first, second = r.meetings
    assert sides(first) == ({"Hoàng Minh Hoà"}, {"Mark Ellison"}) and first.date.iso == "2026-09-15"
    assert "Hà Nội" in first.place
    assert sides(second) == ({"Hoàng Minh Hoà"}, {"Thomas Reed"}) and second.date.iso == "2026-09-15"  # "Cùng ngày"
