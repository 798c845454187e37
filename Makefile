# Two entry points: `make demo` and `make test`. Both build .venv from pyproject.toml alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# The peers the benchmark compares with live in a venv of their own, made by `make bench` only.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

.PHONY: demo test lint typecheck pytest bench bench-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

demo: $(STAMP)
	$(BIN)/bhxh coverage --province vinh-long

# The quick benchmark runs first so that pytest's summary is the last line.
# The versions installed come first, on one line, so that drift in a dependency is seen.
test: $(TEST_STAMP)
	@echo "installed: $$($(BIN)/python -m pip freeze --exclude-editable --exclude pip | paste -sd' ' -)"
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy --strict src
	$(BIN)/lint-imports
	$(BIN)/python bench/run.py --quick > /dev/null
	$(BIN)/pytest

$(BENCH_STAMP): bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements.txt
	touch $@

# About five minutes on two cores, two of them the peers: writes bench/RESULTS.md.
bench: $(TEST_STAMP) $(BENCH_STAMP)
	$(BIN)/python bench/run.py --results bench/RESULTS.md --peers $(BENCH_VENV)/bin

bench-quick: $(TEST_STAMP)
	$(BIN)/python bench/run.py --quick

clean:
	rm -rf $(VENV) $(BENCH_VENV) build src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
