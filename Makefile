# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
HOST ?= 127.0.0.1
PORT ?= 8000
UV := $(or $(shell command -v uv 2>/dev/null),.tools/bin/uv)
VENV_PYTHON := .venv/bin/python
MANAGE := $(VENV_PYTHON) manage.py
PYTEST_ARGS ?=
# One test process per core; TEST_WORKERS=1 runs the suite in a single process.
TEST_WORKERS ?= 2
PYTEST_PARALLEL := $(if $(filter 0 1,$(TEST_WORKERS)),,-n $(TEST_WORKERS))

E2E_ADDRESS ?= 127.0.0.1:8181

.PHONY: help install run test lint e2e

help:
	@echo "make run    install, migrate, load the demo hub and serve it on http://$(HOST):$(PORT)/"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   check the code with ruff"
	@echo "make e2e    run the browser journeys and accessibility checks in headless Chromium"

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv

install: $(UV)
	@command -v msgfmt >/dev/null || { echo "Installing gettext for translations"; apt-get install -y -qq gettext >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext >/dev/null; }; }
	$(UV) sync --frozen --python $(PYTHON)
	$(MANAGE) compilemessages --ignore=.venv --ignore=.tools -v 0

run: install
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: install
	$(VENV_PYTHON) -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

# Browser journeys and accessibility checks: Debian's Chromium, axe-core from npm.
e2e: install
	@test -x /usr/bin/chromium || { echo "Installing Chromium"; apt-get install -y -qq chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }; }
	@test -f tests/e2e/node_modules/axe-core/axe.min.js || npm install --prefix tests/e2e --no-audit --no-fund --silent
	$(VENV_PYTHON) -m pytest tests/e2e -m browser -p no:xdist --liveserver $(E2E_ADDRESS) $(PYTEST_ARGS)
