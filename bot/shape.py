"""The shape of the data files a build reads, checked before anything is built from them.

``data/extracted.json``, ``seeds/metadata.toml`` and ``data/corrections.toml`` are edited by people and
merged by git. A value of the wrong kind there (a number where a name goes, a table where a list
goes) would otherwise surface as a traceback in ``ingest`` or, worse, at query time in the bot,
long after the edit. Each spec below says what the build and the answers read; anything else in
the files is left alone, so the files can grow without this module knowing.

A spec is a type (``str``, ``int``, ``bool``, ``dict``, ``object`` for anything), a tuple of specs
(any of them), a ``range`` (an integer within it), a frozenset (one of these strings), a one-element
list (a list of that), a dict of keys (a key ending in ``?`` may be missing), or a dict
``{str: spec}`` (a table of any names).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class DataError(ValueError):
    """A reference data file is missing or malformed."""


NULL = type(None)
TEXT = (str, NULL)
INT64 = range(-(2**63), 2**63)  # what SQLite stores
SIDES = ("vn", "us", "other")

PERSON = {"id?": TEXT, "name?": TEXT, "title?": TEXT, "organization?": TEXT, "side": frozenset(SIDES)}
ORGANIZATION = {"id?": TEXT, "name": str, "side": frozenset(SIDES)}
EVIDENCE = {"sentence": INT64, "start": INT64, "end": INT64, "text": str}
CONTEXT = {"field": str, "basis": str, "source": str, "value?": object, "was?": object}
MEETING = {
    "id": str, "date?": TEXT, "date_text?": TEXT, "date_precision": str, "place?": TEXT, "kind": str,
    "round?": (range(1, 100), NULL), "round_series?": TEXT, "round_basis?": TEXT, "people": [PERSON],
    "organizations": [ORGANIZATION], "topics?": [str], "summary": str, "evidence?": [EVIDENCE], "context?": [CONTEXT],
}
ROUND = {
    "series": str, "number": range(1, 100), "start?": TEXT, "end?": TEXT, "place?": TEXT, "summary?": str,
    "areas?": [str], "next_steps?": [str], "leaders?": [PERSON], "evidence?": [EVIDENCE], "context?": [CONTEXT],
}
ARTICLE = {"id": str, "file": str, "title": str, "meetings": [MEETING], "rounds": [ROUND]}
EXTRACTED = {"articles": [ARTICLE]}

METADATA = {"articles?": {str: {"title?": str, "outlet?": str, "url?": str, "published?": object,
                                "year?": range(1, 10000), "year_basis?": str, "year_reason?": str,
                                "url_basis?": str, "also?": [str]}}}
CHANGES = {"date?": str, "place?": str, "round?": range(1, 100), "round_series?": str, "kind?": str, "summary?": str,
           "start?": str, "end?": str}  # which of them a correction may set is the loader's to say
CORRECTION = {"article": str, "basis": str, "set": CHANGES, "with?": str, "source?": str, "series?": str,
              "number?": range(100), "create?": bool}
CORRECTIONS = {"meeting?": [CORRECTION], "round?": [CORRECTION]}

# The reference files: their containers here, each entry's fields checked by the gazetteer's loaders.
PEOPLE = {"person?": [dict]}
ORGANIZATIONS = {"organization?": [dict]}
TOPICS = {"topic?": [dict]}
LEXICON = {"meeting_cue?": [dict], "kind_markers?": {str: str}, "round_series?": {str: [str]},
           "side_markers?": {str: [str]}, "summary_words?": {str: [str]}}

_NAMES = {str: "chuỗi", int: "số nguyên", bool: "true/false", dict: "bảng", list: "danh sách", NULL: "null",
          float: "số thực"}


def read_toml(path: Path, spec: Any, *, required: bool = True) -> dict[str, Any]:
    """A TOML data file that fits ``spec``; an optional one that is missing reads as empty."""
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError:
        if required:
            raise DataError(f"{path}: tệp dữ liệu không tồn tại") from None
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{path}: TOML không hợp lệ: {exc}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: không phải văn bản UTF-8") from None
    check(raw, spec, str(path))
    return raw


def check(value: Any, spec: Any, file: str) -> None:
    """Raise :class:`DataError` naming the file and the first place in it that does not fit ``spec``."""
    problem = _problem(value, spec, "")
    if problem:
        where, reason = problem
        raise DataError(f"{file}: {where or 'cả tệp'}: {reason}")


def _at(where: str, key: str | int) -> str:
    return f"{where}[{key}]" if isinstance(key, int) else f"{where}.{key}" if where else str(key)


def _problem(value: Any, spec: Any, where: str) -> tuple[str, str] | None:
    if spec is object:
        return None
    if isinstance(spec, tuple):
        problems = [_problem(value, s, where) for s in spec]
        return None if None in problems else problems[0]
    if isinstance(spec, range):
        if type(value) is not int:
            return where, f"cần số nguyên, có {_kind(value)}"
        return None if value in spec else (where, f"{value} ngoài khoảng {spec.start}…{spec.stop - 1}")
    if isinstance(spec, frozenset):
        return None if value in spec else (where, f"phải là một trong {', '.join(sorted(spec))}")
    if isinstance(spec, list):
        if not isinstance(value, list):
            return where, f"cần danh sách, có {_kind(value)}"
        return next((p for i, v in enumerate(value) if (p := _problem(v, spec[0], _at(where, i)))), None)
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return where, f"cần bảng, có {_kind(value)}"
        if list(spec) == [str]:
            return next((p for k, v in value.items() if (p := _problem(v, spec[str], _at(where, k)))), None)
        for key, sub in spec.items():
            name = key.rstrip("?")
            if name not in value:
                if key.endswith("?"):
                    continue
                return where, f"thiếu '{name}'"
            if problem := _problem(value[name], sub, _at(where, name)):
                return problem
        return None
    if type(value) is spec or (spec is dict and isinstance(value, dict)):
        return None
    return where, f"cần {_NAMES.get(spec, getattr(spec, '__name__', str(spec)))}, có {_kind(value)}"


def _kind(value: Any) -> str:
    return _NAMES.get(type(value), type(value).__name__)
