# welcome.ruhr: two commands on a fresh machine with Python 3.11.
#   make run   installs, migrates, loads the Ruhr content and serves the portal as production does (PORT=8000)
#   make dev   the same content, served by Django's autoreloading development server with DEBUG on
#   make test  installs what the tests need and runs the whole suite, browser tests included
#   make check the checks CI runs before the tests: lint, formatting, migrations, catalogues
#   make check-deploy  Django's deployment checklist under production settings

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= welcome.settings.dev
export SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run dev test check check-deploy install install-test translations migrate content static e2e-browser e2e-proxy bench clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test e2e-browser e2e-proxy

translations: install
	$(PY) manage.py compile_translations

migrate: translations
	mkdir -p var
	$(PY) manage.py migrate --no-input

content: migrate
	$(PY) manage.py load_ruhr_content

static: install
	DEBUG=0 $(PY) manage.py collectstatic --no-input --verbosity 0

# DEBUG off, gunicorn and WhiteNoise: what a person tries is what production serves.
run: content static
	DEBUG=0 $(PY) manage.py runportal --port $(PORT)

dev: content
	DEBUG=1 $(PY) manage.py runportal --dev --port $(PORT)

# Browser tests drive Debian's Chromium; as root we install it, otherwise we say how.
e2e-browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)); \
	  else \
	    echo "Browser tests need Debian's Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'."; exit 1; \
	  fi; \
	fi

# What CI checks before the suite: style, template indentation, migrations that match the models,
# and every interface string translated in every language.
check: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	find welcome -name '*.html' -print0 | xargs -0 $(VENV)/bin/djhtml --check
	DJANGO_SETTINGS_MODULE=welcome.settings.test DATABASE_URL=sqlite:///:memory: $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=welcome.settings.test DATABASE_URL=sqlite:///:memory: $(PY) manage.py check_catalogues

# The caching-proxy test runs Debian's nginx with its own configuration; as root we install it.
e2e-proxy:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get install -y -qq nginx-light >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx-light)); \
	  else \
	    echo "The proxy test needs Debian's nginx: run 'sudo apt-get install nginx-light'."; exit 1; \
	  fi; \
	fi

# Two workers (pytest-xdist): the browser tests, which share one running portal, stay together on
# one of them (--dist loadgroup); the other takes the unit tests meanwhile.
TEST_WORKERS ?= 2

test: install-test
	DJANGO_SETTINGS_MODULE=welcome.settings.test $(PY) manage.py compile_translations
	DJANGO_SETTINGS_MODULE=welcome.settings.test $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# Production settings with the documented environment (README, docs/operations.md; the key is
# an example): Django's deployment checklist must pass without a warning.
CHECK_DEPLOY_ENV := DJANGO_SETTINGS_MODULE=welcome.settings.production SECRET_KEY=example-only-4f9c2e7a1b8d6035e9f4a2c7b1d8e6053a9f2c4e7b1d ALLOWED_HOSTS=welcome.ruhr SITE_URL=https://welcome.ruhr CSRF_TRUSTED_ORIGINS=https://welcome.ruhr SECURE_HSTS_PRELOAD=1

check-deploy: install
	$(CHECK_DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING

# bench/load.py drives the portal with Debian's wrk; as root we install it.
bench: install-test
	@command -v wrk >/dev/null || [ "$$(id -u)" != 0 ] || apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) bench/run_all.py

clean:
	rm -rf var/static var/test-media var/e2e-*
