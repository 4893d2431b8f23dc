# Two entry points for a fresh clone: `make demo` and `make test`.
# Each creates .venv and installs what it needs; re-running skips what is done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck system-deps bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "zh-learn needs Python 3.11 or newer (set PYTHON=python3.12)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e . --group dev
	$(BIN)/zh-learn prepare
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/zh-learn build
	@echo
	$(BIN)/zh-learn vocab --kind idiom --kind phrase

system-deps:
	@bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest
	@bash scripts/other-pythons.sh $(PYTHON)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .venv-3.* build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
