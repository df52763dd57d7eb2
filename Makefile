# claimdiff — `make help` lists the targets. The README's two commands: `make report`, `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Folders of sources to analyse. The default is the stored analysis; any other value runs the
# whole suite on that folder through papermill into reports/ and leaves notebooks/ untouched.
SOURCES ?= seeds data/raw
OUT := data/processed

# Sources that do not exist, named in one line before anything runs (see `sources`).
MISSING = $(strip $(foreach s,$(SOURCES),$(if $(wildcard $(s)),,$(s))))

.DEFAULT_GOAL := help
.PHONY: help install sources extract compare notebooks report screenshots test unit nbval eval bench clean

help: ## Show this list of targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

install: $(VENV)/.installed ## Create .venv/ and install the pinned requirements and the library

sources:
	$(if $(MISSING),$(error claimdiff: $(MISSING): no such file or folder; nothing was run))

extract: install ## Extract claim tables from $(SOURCES) into data/processed/
	@$(BIN)/claimdiff extract $(SOURCES) --out $(OUT)

compare: extract ## Compare the extracted tables across outlets (matches.csv)
	@$(BIN)/claimdiff compare $(OUT)

# All notebooks or none: they run in a temporary folder and replace the old ones only when every
# one of them ran (claimdiff.report). One line per notebook.
notebooks: sources compare ## Execute every notebook on $(SOURCES) (in place for the default sources)
	@$(BIN)/claimdiff report $(SOURCES) --notebooks notebooks --reports reports

report: sources notebooks ## From a fresh clone: install, extract, compare, run notebooks, export HTML to reports/

screenshots: report ## Screenshot every report page (seeds, dev2 protest) into docs/screenshots/ (needs chromium)
	@$(BIN)/python scripts/screenshots.py

unit: install ## Run the unit tests (pytest over tests/)
	$(BIN)/python -m pytest tests

nbval: install ## Validate the stored notebook outputs with nbval
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider notebooks

test: unit nbval ## Unit tests, then nbval over notebooks/

eval: install ## Score extraction against the gold annotations (fails below the recorded thresholds)
	$(BIN)/python -m claimdiff.evaluate

bench: install ## Measure speed and memory; writes docs/benchmarks.md
	$(BIN)/python scripts/bench.py

clean: ## Remove generated tables and reports (keeps .venv/)
	rm -rf reports $(OUT)/*.csv
