"""Extraction measured on real-style reporting: the seeds, the development half and the test half of
tests/corpus, each against its hand-read gold. The figures print into the test command's output."""

import pytest

from bot.config import PROJECT_ROOT
from bot.evaluate.run import evaluate, report
from bot.text import normalize

CORPUS = PROJECT_ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def groups(gaz):
    return evaluate(sorted(CORPUS.rglob("*.toml")), gaz)


def test_figures_of_every_half_are_printed(groups, figure):
    assert {"seeds", "dev", "test"} <= set(groups)
    for line in report(groups, misses=False):
        figure(line)


def test_the_seeds_are_read_without_a_miss(groups):
    seeds = groups["seeds"]
    assert [m for s in seeds.scores for m in s.misses] == []


def test_the_development_half_holds(groups):
    """The half extraction is tuned on: a fall below where it stands is a rule that broke."""
    t = groups["dev"].tally
    floors = {"counterparts": 0.95, "principal": 0.98, "date": 0.97, "place": 0.92, "kind": 0.98,
              "round_linked": 0.97, "rounds": 0.9, "summary": 0.89}
    for measure, floor in floors.items():
        assert t.share(measure) >= floor, (measure, t.right[measure], t.total[measure])
    assert t.wrongly_listed <= 2 and t.extra_meetings <= 1 and t.extra_rounds <= 1


def test_nobody_named_as_not_met_is_listed_as_met(groups):
    """not_met: Trump reported to, a company considering investment, an expert quoted."""
    from bot.evaluate.score import same_name

    for name in ("seeds", "dev"):  # the test half is measured (its figures above), not asserted on
        for score, result in zip(groups[name].scores, groups[name].results):
            listed = [p.name or p.title for m in result.meetings for p in m.people]
            wrong = [n for n in score.gold.not_met if any(same_name(n, x) for x in listed)]
            assert not wrong, (score.gold.label, wrong)


def test_every_summary_is_short_and_made_of_its_articles_words(groups):
    for group in groups.values():
        for score, result in zip(group.scores, group.results):
            text = normalize(score.gold.path.read_text(encoding="utf-8"))
            for m in result.meetings:
                assert 0 < len(m.summary) <= 200, (score.gold.label, m.summary)
                for ev in m.evidence:
                    assert text[ev.start:ev.end].replace("\n", " ") == ev.text
                    assert ev.text in m.summary


def test_a_name_matches_whether_its_initial_is_glued_or_spaced():
    from bot.evaluate.score import same_name

    assert same_name("Kevin K.McAleean", "Kevin K. McAleean") and same_name("Greer", "Jamieson L. Greer")
    assert not same_name("Kevin McAleean", "Kevin Reynolds")


def test_a_body_matches_whichever_name_of_the_country_it_is_written_with():
    from bot.evaluate.score import same_name

    assert same_name("Hội đồng Thương mại Mỹ", "Hội đồng Thương mại Hoa Kỳ")
    assert not same_name("Hội đồng Thương mại Mỹ", "Hội đồng Kinh doanh Hoa Kỳ - ASEAN")


def test_one_guest_received_by_two_of_ours_is_scored_meeting_by_meeting(gaz):
    """Two meetings with the same guest: each gold meeting is paired with the one of its own host, so
    neither host is counted wrong."""
    from bot.evaluate.gold import GoldArticle, GoldMeeting
    from bot.evaluate.score import score_article
    from bot.extract import extract_article

    text = ("Ngày 12/3, Bộ trưởng Y tế Lê Văn An đã tiếp Bộ trưởng Y tế Hoa Kỳ Jane Foster.\n\n"
            "Trong chuyến thăm, bà Jane Foster cũng đã gặp Thứ trưởng Trần Thị Mai.")
    result = extract_article(text, "t", gaz, published="2012-03-13")
    assert sorted(next(p.name for p in m.people if p.side == "vn") for m in result.meetings) == ["Lê Văn An", "Trần Thị Mai"]
    gold = GoldArticle(path=CORPUS / "t.txt", label="t.txt",
                       meetings=(GoldMeeting(("Jane Foster",), vn="Trần Thị Mai"),
                                 GoldMeeting(("Jane Foster",), vn="Lê Văn An")))
    scored = score_article(gold, result)
    assert scored.tally.right["principal"] == scored.tally.total["principal"] == 2, scored.misses
