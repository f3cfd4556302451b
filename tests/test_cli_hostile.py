"""Hostile input to the command line: `ask`, `extract`, `add` and `ingest`, property-based (hypothesis).

Scripts and editors call these with whatever they have: query strings with every kind of Unicode,
files that are binary, huge, cut short or in the wrong encoding, reference data broken by a bad
merge. For every case: the command returns (an exception escaping ``main`` is a traceback for the
user), the exit code is one the README documents, a failure is a ``lỗi:`` line naming what was wrong,
and nothing is lost: the good files beside a bad one are still extracted, a refused ``add`` leaves the
project as it was, a failed ``ingest`` leaves the previous database byte for byte.

The commands run in this process through ``bot.cli.main`` (the same entry ``python -m bot`` takes),
so thousands of cases fit in seconds; a few run as real processes for what only a process shows
(non-UTF-8 arguments, an ASCII-only terminal). Case counts are printed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import cli
from bot.config import PROJECT_ROOT
from bot.extract.reading import MAX_ARTICLE_BYTES
from tests.encodings import to_cp1258
from tests.hostile import KNOWN, PIECES, hostile_text, short_text

GOOD_SEED = "002_820798ca02c5d7bf.txt"
COMMANDS = ["meetings", "round", "search", "person", "timeline", "topics", "source", "help", "quit", "nope", ""]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "cp1252", "shift_jis", "gb18030",
             "koi8-r", "cp1258"]


def cases(n: int) -> settings:
    return settings(max_examples=n, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


tried: Counter[str] = Counter()


# -- a project of our own, and the command line run inside it ------------------------------------

@pytest.fixture(scope="module")
def project() -> Iterator[Path]:
    """A copy of data/ and seeds/ with its own built database; the environment points the CLI at it."""
    root = Path(tempfile.mkdtemp(prefix="briefbot-cli-hostile-"))
    shutil.copytree(PROJECT_ROOT / "data", root / "data", ignore=shutil.ignore_patterns("*.db*"))
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    saved = {k: os.environ.get(k) for k in ("BRIEFBOT_DATA", "BRIEFBOT_SEEDS", "BRIEFBOT_DB")}
    os.environ.update(BRIEFBOT_DATA=str(root / "data"), BRIEFBOT_SEEDS=str(root / "seeds"),
                      BRIEFBOT_DB=str(root / "live.db"))
    try:
        code, _, err = run_cli("ingest")
        assert code == 0, err
        yield root
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(root, ignore_errors=True)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """``python -m bot *argv`` in this process: (exit code, stdout, stderr). Any exception fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse: a usage error, already explained on stderr
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def snapshot(*paths: Path) -> dict[str, str]:
    """sha256 of every file under ``paths``: what "nothing lost, nothing changed" is checked against."""
    found = {}
    for root in paths:
        for p in sorted([root] if root.is_file() else root.rglob("*")):
            if p.is_file() and not p.name.endswith(("-wal", "-shm")):
                found[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def assert_clean_failure(code: int, err: str, *, codes: tuple[int, ...] = (1, 2)) -> None:
    assert code in codes, (code, err[-500:])
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert any(line.startswith(("lỗi:", "usage:", "python -m bot")) for line in lines), err[-500:]


def assert_shown_safely(text: str) -> None:
    """No control character reaches the terminal raw (ESC sequences could rewrite what the reader sees)."""
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    assert not bad, [hex(ord(c)) for c in bad[:5]]


# -- ask ----------------------------------------------------------------------------------------

command_lines = st.one_of(
    hostile_text,
    st.tuples(st.sampled_from(COMMANDS), hostile_text).map(lambda t: f"/{t[0]} {t[1]}"),
    st.tuples(st.sampled_from(COMMANDS), st.sampled_from(["round", "from", "to", "page", "series", "x"]), short_text,
              hostile_text).map(lambda t: f"/{t[0]} {t[3]} {t[1]}:{t[2]}"),
    st.tuples(st.sampled_from(COMMANDS), st.sampled_from(KNOWN)).map(lambda t: f"/{t[0]} {t[1]}"),
)


@cases(600)
@given(line=command_lines, as_json=st.booleans())
@example(line="/meetings \x1b[2J\x1b]0;pwned\x07helberg", as_json=False)
@example(line="/search \"unbalanced 'quotes", as_json=True)
@example(line="/round 99999999999999999999999", as_json=False)
@example(line="/meetings helberg page:-9223372036854775809", as_json=True)
@example(line="/source ../../etc/passwd", as_json=False)
@example(line="-x", as_json=False)
def test_ask_answers_any_command_line(project, line, as_json):
    argv = ["ask", "--json", "--", line] if as_json else ["ask", "--", line]
    code, out, err = run_cli(*argv)
    tried["ask"] += 1
    assert code in (0, 2), (code, err[-500:])
    assert "Traceback" not in err and out.strip()
    assert_shown_safely(out)
    if as_json:
        reply = json.loads(out)
        assert {"command", "ok", "message"} <= set(reply) and reply["ok"] == (code == 0)
        assert reply["ok"] or reply["message"].strip()


def test_ask_changes_nothing_and_reports_its_count(figure, project):
    """Run last in this group: every ``ask`` above left the database as it was."""
    before = snapshot(project / "live.db", project / "data", project / "seeds")
    for line in ["/meetings '; DROP TABLE meetings; --", "/search NEAR(a b", "/topics \x00", "/admin reload"]:
        code, out, _ = run_cli("ask", "--", line)
        assert code in (0, 2) and out.strip()
    assert snapshot(project / "live.db", project / "data", project / "seeds") == before
    figure(f"\nask: {tried['ask']} hostile command lines answered, exit 0 or 2, no traceback, database unchanged")


def test_arguments_that_are_not_utf8_and_an_ascii_terminal_are_handled():
    """Only a real process shows these: bytes the file system gave, a terminal that cannot show Vietnamese."""
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    run = subprocess.run([sys.executable, "-m", "bot", "ask", b"/meetings \xff\xfe\x1b[31m helberg"],
                         capture_output=True, cwd=PROJECT_ROOT, env=env, check=False, timeout=60)
    assert run.returncode in (0, 2) and b"Traceback" not in run.stderr and b"\x1b" not in run.stdout
    run = subprocess.run([sys.executable, "-m", "bot", "ask", "/meetings helberg"], capture_output=True,
                         cwd=PROJECT_ROOT, env=env | {"PYTHONIOENCODING": "ascii"}, check=False, timeout=60)
    assert run.returncode == 0 and b"Traceback" not in run.stderr
    assert b"Jacob Helberg" in run.stdout and b"C\\xe1c cu\\u1ed9c g\\u1eb7p" in run.stdout


# -- extract and add: hostile files ------------------------------------------------------------

def _encode(pair: tuple[str, str]) -> bytes:
    text, encoding = pair
    if encoding == "cp1258":
        try:
            return to_cp1258(text)  # as Vietnamese editors' tools write it: tone marks combining
        except UnicodeEncodeError:
            pass
    return text.encode(encoding, errors="replace")


def _cut(pair: tuple[bytes, float]) -> bytes:
    data, where = pair
    return data[: int(len(data) * where)]


def _spliced(triple: tuple[bytes, float, bytes]) -> bytes:
    data, where, junk = triple
    at = int(len(data) * where)
    return data[:at] + junk + data[at:]


SEEDS = [p.read_bytes() for p in sorted((PROJECT_ROOT / "seeds").glob("*.txt"))]


def _seed(index: int) -> bytes:  # by index, so that hypothesis reports "seed 3", not 10 kB of bytes
    return SEEDS[index]


def _huge(name: str) -> bytes:
    return HUGE[name]


seeds = st.sampled_from(range(len(SEEDS))).map(_seed)
seed_texts = seeds.map(lambda b: b.decode("utf-8"))
HUGE = {
    "one byte over the limit": b"a" * (MAX_ARTICLE_BYTES + 1),
    "NULs": b"\x00" * 100_000,
    "only line breaks": b"\r\n" * 50_000,
    "one long line of round names": "vòng đàm phán thứ 5, ".encode() * 15_000,
    "a seed repeated without full stops": SEEDS[1].replace(b".", b" ") * 40,
}
article_bytes = st.one_of(
    st.binary(max_size=3000),
    hostile_text.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.tuples(st.one_of(seed_texts, hostile_text), st.sampled_from(ENCODINGS)).map(_encode),
    st.tuples(seeds, st.floats(0, 1)).map(_cut),
    st.tuples(seeds, st.floats(0, 1), st.one_of(st.binary(min_size=1, max_size=40),
                                                st.sampled_from(PIECES).map(str.encode))).map(_spliced),
    seed_texts.map(lambda t: unicodedata.normalize("NFD", t).replace("\n", "\r\n").encode("utf-8")),
    st.sampled_from(sorted(HUGE)).map(_huge),
)
file_names = st.one_of(st.just("bai.txt"), st.text(st.characters(exclude_characters="/\x00",
                                                                  exclude_categories=["Cs"]), min_size=1, max_size=40)
                       .filter(lambda n: n not in (".", "..") and len(n.encode()) < 200))


@pytest.fixture(scope="module")
def good_alone(project) -> list[dict]:
    code, out, err = run_cli("extract", "--json", str(PROJECT_ROOT / "seeds" / GOOD_SEED))
    assert code == 0, err
    return json.loads(out)["articles"][0]["meetings"]


@cases(300)
@given(data=article_bytes, name=file_names)
@example(data=b"", name="rong.txt")
@example(data=bytes(range(256)) * 30, name="anh.jpg")
@example(data=HUGE["one byte over the limit"], name="lon.txt")
def test_extract_names_a_bad_file_and_still_extracts_the_good_one(project, good_alone, tmp_path_factory, data, name):
    where = tmp_path_factory.mktemp("extract")
    hostile = where / name
    hostile.write_bytes(data)
    good = PROJECT_ROOT / "seeds" / GOOD_SEED
    started = time.perf_counter()
    code, out, err = run_cli("extract", "--json", str(hostile), str(good))
    tried["extract"] += 1
    tried["extract seconds"] = max(tried["extract seconds"], round(time.perf_counter() - started))
    assert "Traceback" not in err and code in (0, 1), (code, err[-500:])
    assert_shown_safely(err)
    articles = json.loads(out)["articles"]
    assert articles[-1]["file"] == str(good) and articles[-1]["meetings"] == good_alone, "the good file was lost"
    if code == 1:
        tried["extract refused"] += 1
        assert len(articles) == 1 and err.startswith("lỗi: ")
        (refusal,) = err.splitlines()
        pieces = re.split("[\x00-\x1f\x7f-\x9f\u2028\u2029]", name)  # what the terminal is shown as pictures
        assert refusal.startswith("lỗi: ") and all(p in refusal for p in pieces), "the refusal names the file"
    else:
        assert len(articles) == 2 and articles[0]["file"] == str(hostile)


@cases(60)
@given(data=article_bytes, url=st.one_of(st.none(), st.just("https://example.org/a"), hostile_text),
       published=st.one_of(st.none(), st.just("2025-10-30"), hostile_text))
@example(data="Ngày 13/3/2025, Bộ trưởng Nguyễn Hồng Diên gặp Đại sứ Marc Knapper.\n".encode(), url="javascript:x",
         published="2025-02-30")
def test_add_refuses_without_changing_anything_or_adds_exactly_one_article(project, tmp_path_factory, data, url,
                                                                           published):
    where = tmp_path_factory.mktemp("add")
    article = where / "bai.txt"
    article.write_bytes(data)
    keep = [project / "seeds", project / "data", project / "live.db"]
    before = snapshot(*keep)
    saved = {p: p.read_bytes() for p in map(Path, before)}
    argv = ["add", str(article), *(["--url", url] if url is not None else []),
            *(["--published", published] if published is not None else [])]
    try:
        code, out, err = run_cli(*argv)
        tried["add"] += 1
        assert "Traceback" not in err
        assert_shown_safely(out + err)
        after = snapshot(*keep)
        if code == 0:
            tried["add accepted"] += 1
            new_seeds = [p for p in after if p not in before and p.endswith(".txt")]
            assert len(new_seeds) <= 1 and set(before) <= set(after)
            with sqlite3.connect(project / "live.db") as db:
                assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        else:
            assert_clean_failure(code, err)
            assert after == before, "a refused add changed the project"
    finally:  # the next example starts from the same project
        for p in set(map(Path, snapshot(*keep))) - set(saved):
            p.unlink()
        for p, content in saved.items():
            p.write_bytes(content)


# -- ingest: hostile reference data -----------------------------------------------------------

DATA_FILES = ["data/extracted.json", "data/people.toml", "data/organizations.toml", "data/topics.toml",
              "data/lexicon.toml", "data/corrections.toml", "seeds/metadata.toml", "seeds/" + GOOD_SEED]
ODD_VALUES = [None, 0, -1, 2**70, 1.5, "", "\x00", "@everyone", "'; DROP TABLE meetings; --", [], {}, [None], {"": None},
              True, "9999-99-99", "x" * 5000]


def _json_paths(value, prefix=()) -> list[tuple]:
    paths = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            paths += _json_paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            paths += _json_paths(v, (*prefix, i))
    return paths


def _replace_at(value, path: tuple, new):
    if not path:
        return new
    head, *rest = path
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace_at(value[head], tuple(rest), new)
    return copy


EXTRACTED = json.loads((PROJECT_ROOT / "data" / "extracted.json").read_text(encoding="utf-8"))
EXTRACTED_PATHS = _json_paths(EXTRACTED)
mutated_json = st.builds(lambda path, new: json.dumps(_replace_at(EXTRACTED, path, new), ensure_ascii=False).encode(),
                         st.sampled_from(EXTRACTED_PATHS), st.one_of(st.sampled_from(ODD_VALUES), short_text))


def _toml_lines(name: str) -> list[str]:
    return (PROJECT_ROOT / name).read_text(encoding="utf-8").splitlines(keepends=True)


def _edit_lines(lines: list[str], where: float, how: str, junk: str) -> bytes:
    at = int(len(lines) * where) if lines else 0
    edited = list(lines)
    if how == "drop" and edited:
        del edited[min(at, len(edited) - 1)]
    elif how == "duplicate" and edited:
        edited.insert(at, edited[min(at, len(edited) - 1)])
    elif how == "insert":
        edited.insert(at, junk + "\n")
    elif how == "value" and edited:
        line = edited[min(at, len(edited) - 1)]
        key = line.split("=", 1)[0] if "=" in line else "x"
        edited[min(at, len(edited) - 1)] = f"{key}= {json.dumps(junk, ensure_ascii=False)}\n"
    return "".join(edited).encode("utf-8", errors="surrogatepass")


def _original(name: str) -> bytes:
    return (PROJECT_ROOT / name).read_bytes()


def data_file_change(name: str) -> st.SearchStrategy[bytes]:
    """Ways a data file gets broken: bytes of anything, cut short, re-encoded, spliced, emptied, grown 20 times,
    and (for JSON and TOML) well-formed files holding values of the wrong kind."""
    original = st.just(name).map(_original)
    generic = [st.binary(max_size=2000), st.tuples(original, st.floats(0, 1)).map(_cut),
               st.tuples(original.map(bytes.decode), st.sampled_from(ENCODINGS)).map(_encode),
               st.tuples(original, st.floats(0, 1), st.binary(min_size=1, max_size=20)).map(_spliced),
               st.just(b""), original.map(lambda b: b * 20)]
    if name.endswith(".json"):
        return st.one_of(*generic, mutated_json, mutated_json)
    if name.endswith(".toml"):
        edits = st.builds(lambda w, how, junk: _edit_lines(_toml_lines(name), w, how, junk), st.floats(0, 1),
                          st.sampled_from(["drop", "duplicate", "insert", "value"]),
                          st.one_of(short_text, st.sampled_from(["[[person]]", "[x", "name = 3", "aliases = [1, 2]",
                                                                  "= =", "[[person]]\nname = \"\""])))
        return st.one_of(*generic, edits, edits)
    return st.one_of(*generic, article_bytes)


data_changes = st.sampled_from(DATA_FILES).flatmap(lambda n: st.tuples(st.just(n), data_file_change(n)))


@cases(300)
@given(change=data_changes)
@example(change=("data/extracted.json", b'{"articles": 5}'))
@example(change=("data/extracted.json", b"[]"))
@example(change=("data/people.toml", b"[[person]]\nname = 3\n"))
@example(change=("seeds/metadata.toml", b"\xff\xfe\x00"))
def test_ingest_with_broken_data_keeps_the_previous_database(project, change):
    name, content = change
    target = project / name
    original = target.read_bytes()
    db = project / "live.db"
    built = db.read_bytes()
    target.write_bytes(content)
    try:
        code, out, err = run_cli("ingest")
        tried["ingest"] += 1
        assert "Traceback" not in err
        assert_shown_safely(out + err)
        if code == 0:
            tried["ingest built"] += 1
            with sqlite3.connect(db) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        else:
            tried[f"ingest refused {name}"] += 1
            assert_clean_failure(code, err)
            assert db.read_bytes() == built, "a failed ingest changed the live database"
        assert not list(project.glob("*.building")), "a failed build left its temporary file"
    finally:
        target.write_bytes(original)
        db.write_bytes(built)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("data/extracted.json", json.dumps(_replace_at(EXTRACTED, ("articles", 0, "meetings", 0, "round"), 250)),
     "data/extracted.json: articles[0].meetings[0].round: 250 ngoài khoảng 1…99"),
    ("data/extracted.json", json.dumps(_replace_at(EXTRACTED, ("articles", 1, "meetings", 0, "people"), {})),
     "data/extracted.json: articles[1].meetings[0].people: cần danh sách, có bảng"),
    ("data/people.toml", "person = 3\n", "data/people.toml: person: cần danh sách, có số nguyên"),
    ("seeds/metadata.toml", "[articles.x]\nyear = \"năm ngoái\"\n",
     "seeds/metadata.toml: articles.x.year: cần số nguyên, có chuỗi"),
])
def test_a_wrong_value_in_a_data_file_is_named_by_its_place(project, name, content, expected):
    target = project / name
    original = target.read_bytes()
    target.write_text(content, encoding="utf-8")
    try:
        code, _, err = run_cli("ingest")
    finally:
        target.write_bytes(original)
    assert code in (1, 2) and expected in err and len(err.splitlines()) == 1, err


def test_hostile_file_figures(figure, project):
    """Printed after the property tests of this module ran."""
    refused = sum(v for k, v in tried.items() if k.startswith("ingest refused"))
    figure(f"\nextract: {tried['extract']} hostile files ({tried['extract refused']} refused by name, the rest "
          f"extracted), the good file beside each always extracted; slowest {tried['extract seconds']} s")
    figure(f"add: {tried['add']} hostile files and options ({tried['add accepted']} added, the rest refused with "
          f"the project unchanged)")
    figure(f"ingest: {tried['ingest']} broken data files ({tried['ingest built']} still built, {refused} refused with "
          f"the previous database unchanged)")
