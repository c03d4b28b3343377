# Two commands for a newcomer: `make run` opens the app, `make test` runs the suite.
# Both create .venv and install the project (and its test tools) on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick package install-desktop screenshots clean translations

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# compileall: the app's bytecode, as an installed copy has it (where PYTHONDONTWRITEBYTECODE is set,
# Python would otherwise compile every module from source at each start).
run: $(STAMP)
	@$(PY) packaging/check_display.py
	@$(PY) -m compileall -q app
	@$(PY) -m app $(ARGS)

# Two workers (pytest-xdist): the suite waits on servers, subprocesses and Qt as much as it computes,
# so two halve it even on two cores (909 tests: 605 s serial, 284-289 s with -n 2, 2 Dec 2026).
# Serial: make test PYTEST_ARGS="-p no:xdist".
PYTEST_ARGS ?= -n 2

test: $(STAMP)
	@$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/mypy

# The English source catalogue of every tr()/self.tr()/noop() string in app/ui and every
# translate()/translatable() string in app/core (app/core/i18n.py; commit it). A translation is a copy as
# resources/i18n/peerglass_<lang>.ts, compiled with pyside6-lrelease to the .qm the app loads.
# Count texts ("%n session(s)") get their English forms, "%n session" / "%n sessions", filled in.
translations: $(STAMP)
	@$(VENV)/bin/pyside6-lupdate -extensions py \
		-tr-function-alias QT_TR_NOOP+=noop,QT_TRANSLATE_NOOP+=translatable -source-language en -target-language en \
		-locations none -no-obsolete app/ui app/core -ts resources/i18n/peerglass_en.ts
	@$(PY) packaging/english_plurals.py resources/i18n/peerglass_en.ts

bench: $(STAMP)
	@$(PY) benchmarks/run.py $(ARGS)

bench-quick: $(STAMP)
	@$(PY) benchmarks/run.py --quick $(ARGS)

# One-folder desktop build (slow; not part of `make test` or CI): dist/peerglass, then its --self-test.
package: $(STAMP)
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	@$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/peerglass.spec
	@$(PY) packaging/icons.py dist/peerglass/share
	@$(PY) packaging/check_package.py dist/peerglass

# The docs' screenshots: the real app under Xvfb + openbox on xcb, a throw-away demo vault (~2 min).
screenshots: $(STAMP)
	@$(PY) docs/make_screenshots.py $(ARGS)

install-desktop:
	@packaging/install-desktop.sh $(PREFIX)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
