"""/search pages: what the store returns, as a user paging through the results sees it."""

import pytest

from bot.config import paths
from bot.console import run_command
from bot.ingest import build
from bot.store import Store
from bot.text import fold


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


def _own_words(meeting: dict) -> set[str]:
    """The words of a meeting's own text as shown: summary, names, place, topics."""
    names = [p["name"] or p["title"] for p in meeting["people"]] + [o["name"] for o in meeting["organizations"]]
    return set(fold(" ".join([meeting["summary"], *names, meeting["place"] or "", *meeting["topics"]])).split())


# "thuong mai": own-word hits end inside page 2; "viet nam": they fill page 1 exactly
@pytest.mark.parametrize("words", ["thuong mai", "viet nam", "ban dan"])
async def test_search_pages_show_every_match_once_own_words_first(store, words):
    first = await run_command(store, f"/search {words}")
    assert first.ok and first.total > first.pages - 1 >= 1, "the seeds should give this search several pages"
    seen = []
    for page in range(1, first.pages + 1):
        reply = await run_command(store, f"/search {words} page:{page}")
        assert reply.ok and reply.total == first.total
        seen += reply.meetings
    assert len(seen) == first.total
    assert len({m["id"] for m in seen}) == first.total
    own = [set(words.split()) <= _own_words(m) for m in seen]
    assert any(own) and not all(own)
    assert own == sorted(own, reverse=True), "a meeting that names the words comes before one only its article names"


async def test_search_past_the_last_page_says_how_many_pages(store):
    reply = await run_command(store, "/search thuong mai page:9")
    assert not reply.ok and "3" in reply.message


@pytest.fixture(scope="module")
def busy_db(tmp_path_factory):
    """Two people who meet more than a hundred times (the query benchmark's corpus, made small)."""
    from bot.bench import generate_corpus

    root = tmp_path_factory.mktemp("busy")
    where, names = generate_corpus(root, articles=40, people=2)
    build(where, root / "busy.db")
    return root / "busy.db", names


@pytest.fixture
async def busy_store(busy_db):
    s = await Store.open(busy_db[0])
    yield s, busy_db[1]
    await s.close()


async def test_person_first_and_last_meeting_count_every_meeting(busy_store):
    store, names = busy_store
    reply = await run_command(store, f"/person {names[0]}")
    everything = []
    for page in range(1, reply.pages + 1):
        everything += (await run_command(store, f"/meetings {names[0]} page:{page}")).meetings
    dates = [m["date"] for m in everything]
    assert reply.total == len(everything) > 100  # more than one query of 100
    assert f"Cuộc gặp đầu tiên: {min(dates)} · gần nhất: {max(dates)}" in reply.lines


async def test_a_question_asked_again_is_answered_alike_from_what_the_store_kept(store, monkeypatch):
    """A store's file never changes, so it keeps totals and the rows of recent pages: asked again, a question
    is answered without SQLite, with the same meetings, and no answer shares a dict with another."""
    questions = ["/timeline", "/timeline page:2", "/round 5", "/search thuong mai", "/search thuong mai page:2",
                 "/meetings helberg", "/topics nang luong"]
    first = [(await run_command(store, q)).to_json() for q in questions]

    async def no_sqlite(*args, **kwargs):
        raise AssertionError("read again")
    monkeypatch.setattr(store.conn, "execute_fetchall", no_sqlite)
    monkeypatch.setattr(store.counter, "execute_fetchall", no_sqlite)
    for q, before in zip(questions, first, strict=True):
        again = await run_command(store, q)
        assert again.to_json() == before, q
        again.meetings[0]["people"].clear()
        assert (await run_command(store, q)).meetings[0]["people"], "each answer has meetings of its own"


async def test_what_a_store_keeps_is_bounded(store):
    from bot import store as store_module

    for n in range(store_module.PAGES_KEPT + 20):
        await store.search(f"thuong mai {n}", 5, 0)
    assert len(store._pages) == store_module.PAGES_KEPT
