# Equalcity Desktop. Quick start: `make run` (the app) and `make test` (all tests, headless).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
TS     := $(wildcard i18n/equalcity_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-fast lint bench bundle translations index i18n-update clean

$(VENV)/.app: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	$(PY) -m compileall -q equalcity_desktop
	touch $@

$(VENV)/.dev: $(VENV)/.app
	$(PY) -m pip install -q -e '.[test,build]'
	touch $@

i18n/%.qm: i18n/%.ts $(VENV)/.app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

index: $(VENV)/.app
	$(PY) -m equalcity_desktop build-index

run: $(VENV)/.app translations index
	$(PY) -m equalcity_desktop

test: $(VENV)/.dev translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-fast: $(VENV)/.dev translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not frozen"

lint: $(VENV)/.dev
	$(BIN)/ruff check equalcity_desktop tests bench

# Builds the bundle first: the bench compares its start-up with running from source.
bench: bundle
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py

bundle: $(VENV)/.dev translations
	$(PY) packaging/build.py

# Refresh the .ts files from the source after changing interface strings.
i18n-update: $(VENV)/.app
	$(BIN)/pyside6-lupdate $$(find equalcity_desktop/ui -name '*.py') -ts $(TS)

clean:
	rm -rf build dist $(QM)
