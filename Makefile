# Equalcity Desktop. Quick start: `make run` (the app) and `make test` (all tests, headless).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
TS     := $(wildcard i18n/equalcity_*.ts)
QM     := $(TS:.ts=.qm)

LOCK   := requirements/lock.txt
UV     := uv==0.13.10

.PHONY: run test test-fast test-load lint lock bench bundle translations index i18n-update clean

# Every Python package at the exact version and hash of the lock (the app, the tests and
# PyInstaller alike), then the app itself, built with the locked setuptools. A new release
# upstream changes nothing until `make lock` is run on purpose.
$(VENV)/.installed: $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(PY) -m compileall -q equalcity_desktop
	touch $@

# Refresh the lock from pyproject's ranges (for every platform, with hashes), then run
# `make test` before committing it.
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q $(UV)
	$(BIN)/uv pip compile pyproject.toml requirements/build-system.in --extra test \
	    --extra build --generate-hashes --universal --python-version 3.11 -o $(LOCK)

i18n/%.qm: i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

index: $(VENV)/.installed
	$(PY) -m equalcity_desktop build-index

run: $(VENV)/.installed translations index
	$(PY) -m equalcity_desktop

test: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-fast: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not frozen"

# The whole suite beside two busy processes (one per core of a small machine): it must pass
# as it does on an idle machine.
test-load: $(VENV)/.installed translations
	$(PY) bench/cpu_hog.py 2 -- env QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check equalcity_desktop tests bench

# Builds the bundle first: the bench compares its start-up with running from source.
bench: bundle
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py

bundle: $(VENV)/.installed translations
	$(PY) packaging/build.py

# Refresh the .ts files from the source after changing interface strings.
i18n-update: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find equalcity_desktop/ui -name '*.py') -ts $(TS)

clean:
	rm -rf build dist $(QM)
