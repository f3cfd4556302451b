"""The hash-locked installs: the host installs requirements.txt, `make test` adds requirements-test.txt.

These tests make "deploys install exactly what was tested" checkable: the locks agree with pyproject.toml,
this environment holds exactly the locked versions, and nothing the bot imports comes from the test lock.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.config import PROJECT_ROOT

RUNTIME = PROJECT_ROOT / "requirements.txt"
TEST = PROJECT_ROOT / "requirements-test.txt"


def locked(path) -> dict[str, tuple[Requirement, list[str]]]:
    """Pins of a lock file written by `make lock`: name → (requirement with its marker, sha256 hashes)."""
    entries: dict[str, tuple[Requirement, list[str]]] = {}
    joined = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in joined.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-")):
            continue
        words = line.split()
        hashes = [w.removeprefix("--hash=sha256:") for w in words if w.startswith("--hash=sha256:")]
        requirement = Requirement(" ".join(w for w in words if not w.startswith("--hash=")))
        name = canonicalize_name(requirement.name)
        assert name not in entries, f"{name} pinned twice in {path.name}"
        entries[name] = (requirement, hashes)
    return entries


def pinned_version(requirement: Requirement) -> str:
    (spec,) = requirement.specifier
    assert spec.operator == "==", f"{requirement} is not an exact pin"
    return spec.version


def declared() -> tuple[list[Requirement], list[Requirement]]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ([Requirement(r) for r in project["dependencies"]],
            [Requirement(r) for r in project["optional-dependencies"]["test"]])


def test_every_pin_is_exact_and_hashed_and_written_once(figure):
    runtime, test = locked(RUNTIME), locked(TEST)
    for requirement, hashes in [*runtime.values(), *test.values()]:
        pinned_version(requirement)
        assert hashes and all(len(h) == 64 for h in hashes), f"{requirement.name} has no sha256 hash"
    assert not runtime.keys() & test.keys(), "the test lock repeats runtime pins; `make lock` leaves them out"
    figure(f"\nlocks: {len(runtime)} runtime pins ({sum(len(h) for _, h in runtime.values())} hashes), "
          f"{len(test)} test-only pins")


def test_the_locks_satisfy_what_pyproject_declares():
    runtime, test = locked(RUNTIME), locked(TEST)
    dependencies, test_tools = declared()
    for requirement in dependencies:
        name = canonicalize_name(requirement.name)
        assert name in runtime, f"{requirement} is declared but not in requirements.txt: run `make lock`"
        assert requirement.specifier.contains(pinned_version(runtime[name][0])), f"{requirement}: lock is stale"
    for requirement in test_tools:
        name = canonicalize_name(requirement.name)
        pin = (test.get(name) or runtime.get(name) or (None,))[0]
        assert pin is not None, f"{requirement} is declared but not locked: run `make lock`"
        assert requirement.specifier.contains(pinned_version(pin)), f"{requirement}: lock is stale"


def test_this_environment_is_exactly_the_locked_one():
    """What the tests ran against is what a deploy installs: same names, same versions, nothing extra."""
    pins = {name: pinned_version(req) for name, (req, _) in {**locked(RUNTIME), **locked(TEST)}.items()
            if req.marker is None or req.marker.evaluate()}
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    tooling = {"pip", "setuptools", "wheel"}
    assert {n: v for n, v in installed.items() if n not in tooling} == pins


def test_nothing_the_bot_imports_comes_from_outside_the_runtime_lock(figure):
    """The host installs requirements.txt only: a module of the bot that needed a test tool would fail there."""
    probe = ("import importlib, json, pkgutil, sys, sysconfig\n"
             "before = set(sys.modules)\n"
             "import bot\n"
             "for m in pkgutil.walk_packages(bot.__path__, 'bot.'):\n"
             "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
             "site = tuple({sysconfig.get_path('purelib'), sysconfig.get_path('platlib')})\n"
             "print(json.dumps(sorted({n.split('.')[0] for n, m in list(sys.modules.items())\n"
             "                        if n not in before and (getattr(m, '__file__', None) or '').startswith(site)})))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_ROOT,
                         check=True, timeout=120)
    top_levels = set(json.loads(run.stdout))
    providers = metadata.packages_distributions()
    runtime = locked(RUNTIME)
    outside = {module: providers.get(module) for module in top_levels
               if not any(canonicalize_name(d) in runtime for d in providers.get(module, []))}
    assert not outside, f"imported by the bot but not in requirements.txt: {outside}"
    figure(f"\nbot imports {len(top_levels)} third-party top-level modules, all from requirements.txt")

