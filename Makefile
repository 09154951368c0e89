# Two commands for a newcomer: `make run` and `make test`. Only Python 3.11+ is needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= 4

.PHONY: run test test-fast lint typecheck contracts pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefing briefings

# The checks run beside the tests, not before them: most tests wait on a terminal, a child
# process or a browser for part of their time, and mypy (cold in a fresh clone) fills it.
# Their lines may come between pytest's; any failure fails `make test`.
test: $(STAMP)
	@$(MAKE) --no-print-directory -j 4 pytest lint typecheck contracts

# The unit and Pilot tests only (no tmux, browser or install): a quick check while working.
test-fast: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(JOBS) --dist loadgroup -m "unit or ui"

lint: $(STAMP)
	$(BIN)/ruff check tui tests benchmarks
	$(BIN)/ruff format --check tui tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# Workers in parallel (pytest-xdist): twice the cores of a small machine, as many tests
# wait on a terminal, a child process or a browser rather than use a core. Each worker
# imports every test module: with bytecode written (even where the environment turns it
# off) the rewritten asserts are read back, not made again, from the second run on.
pytest: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(JOBS) --dist loadgroup

bench: $(STAMP)
	$(BIN)/python benchmarks/parse_speed.py
	$(BIN)/python benchmarks/keypress.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/library.py
	$(BIN)/python benchmarks/import_eval.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/scale.py --sizes 1000 10000

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
