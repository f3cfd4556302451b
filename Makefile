# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
# Both install from the hash-locked files only, so what runs is exactly what was tested;
# `make lock` rewrites the locks after a change to pyproject.toml's dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_LOCKED := $(BIN)/python -m pip install --quiet --require-hashes --no-deps
COMPILE := .venv-lock/bin/uv pip compile pyproject.toml --universal --fork-strategy fewest --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock"

.PHONY: run test setup setup-test lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(PIP_LOCKED) -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(PIP_LOCKED) -r requirements-test.txt
	touch $@

setup: $(VENV)/.runtime

setup-test: $(VENV)/.test

run: setup
	$(BIN)/python -m bot

test: setup-test
	$(BIN)/python -m pytest

# The test lock leaves out what the runtime lock pins, so each version and hash is written once.
# --fork-strategy fewest: one version of each package for every Python the project supports (numpy's newest
# releases drop 3.11, and a package pinned twice behind markers is two things to test instead of one).
lock:
	$(PYTHON) -m venv .venv-lock && .venv-lock/bin/python -m pip install --quiet uv
	$(COMPILE) -o requirements.txt
	$(COMPILE) --extra test -c requirements.txt \
		$$(sed -n 's/^\([A-Za-z0-9._-]*\)==.*/--no-emit-package \1/p' requirements.txt) \
		-o requirements-test.txt
