# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Where links in emails point under `make run`: the address it serves
# (localhost for a server listening on every interface), unless SITE_URL is set.
SITE_URL ?= http://$(if $(filter 0.0.0.0,$(HOST)),localhost,$(HOST)):$(PORT)

.PHONY: run test test-browser services install migrate seed lint format typecheck check-deploy lock screenshots opensearch clean messages

$(STAMP): requirements.lock pyproject.toml
	@$(BIN)/python -m pip --version > /dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput --verbosity 0

## Serve the site with websockets on the embedded default (SQLite, in-memory layer).
run: migrate
	$(BIN)/python manage.py seed_demo --if-empty
	$(BIN)/python manage.py search_index --if-empty
	SITE_URL="$(SITE_URL)" $(BIN)/python manage.py runserver $(HOST):$(PORT)

## The whole suite; against PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set.
## The browser suite follows in its own process when Chromium is installed.
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-browser

CHROMIUM ?= /usr/bin/chromium

## Journeys and the accessibility audit in headless Chromium (BROWSER_TESTS=required: no skipping).
test-browser: install
	@if [ -x "$(CHROMIUM)" ]; then \
	  test -f node_modules/axe-core/axe.min.js || { command -v npm > /dev/null && npm install --no-audit --no-fund --silent; } || true; \
	  BROWSER_SUITE=1 $(BIN)/python -m pytest tests/browser $(BROWSER_PYTEST_ARGS); \
	elif [ "$$BROWSER_TESTS" = required ]; then \
	  echo "Browser tests are required but Chromium is missing: apt-get install chromium"; exit 1; \
	else \
	  echo "*** Browser tests SKIPPED: Chromium not found at $(CHROMIUM) (apt-get install chromium) ***"; \
	fi

## Install (when missing) and start PostgreSQL and Redis; prints DATABASE_URL and REDIS_URL.
## `eval "$$(make -s services)"` points this shell's `make test` at them.
services:
	@bash .ci/services.sh

seed: migrate
	$(BIN)/python manage.py seed_demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## mypy with the django-stubs plugin ([tool.mypy] in pyproject.toml): the whole
## project at a baseline, strict on services, access policies and consumers.
typecheck: install
	$(BIN)/mypy

## `manage.py check --deploy` under the production settings, with throwaway secrets.
check-deploy: install
	DJANGO_SETTINGS_MODULE=collaboratory.settings.production \
	SECRET_KEY=$${SECRET_KEY:-$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(64))")} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-collaboratory.example.org} \
	SITE_URL=$${SITE_URL:-https://collaboratory.example.org} \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

## Re-resolve the pinned dependencies from pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	$(PYTHON) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
	  open('.lock-venv/wanted.txt', 'w').write('\n'.join(p['dependencies'] + p['optional-dependencies']['test']))"
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r .lock-venv/wanted.txt
	.lock-venv/bin/pip freeze --exclude pip --exclude setuptools > requirements.lock
	rm -rf .lock-venv

## Gather every marked string into locale/es (templates, Python, then JavaScript)
## and compile the catalogues; needs GNU gettext (apt-get install gettext).
MESSAGE_IGNORES := -i ".venv/*" -i "node_modules/*" -i "tests/*" -i "static_collected/*" -i "opensearch-node/*" -i "bench/*"
messages:
	$(BIN)/python manage.py makemessages -l es --no-obsolete --add-location=file $(MESSAGE_IGNORES)
	$(BIN)/python manage.py makemessages -l es -d djangojs --no-obsolete --add-location=file $(MESSAGE_IGNORES) -i "static/vendor/*"
	$(BIN)/python manage.py compilemessages -l es --ignore ".venv" --ignore "node_modules"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache static_collected

## An OpenSearch 2.19 cluster on loopback until Ctrl-C (NODES=3 for three; Java 17 and Maven):
## then SEARCH_URL=http://127.0.0.1:9250 SEARCH_BACKEND=opensearch2 make run.
opensearch: install
	$(BIN)/python -m tests.search.cluster --nodes $(or $(NODES),1) --port 9250

## Full-page pictures of the main pages (desktop and phone) in screenshots/; needs Chromium.
screenshots: install
	@test -x $${CHROMIUM:-/usr/bin/chromium} || { echo "Chromium is missing: apt-get install chromium"; exit 1; }
	$(BIN)/python -m tests.browser.screenshots --out screenshots
