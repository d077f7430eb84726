# Two commands do all the set-up on a fresh machine:
#   make serve   create .venv, install, build and serve on http://127.0.0.1:8000
#   make test    install what the tests need and run them all
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Material and ProperDocs print a notice about MkDocs 2 on every run.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build export test release-anchors clean

$(BIN)/.site-deps: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.test-deps: $(BIN)/.site-deps requirements-test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# npm packages the build and the tests use (iframe-worker for the offline edition, and more).
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make needs npm (Node.js 20) for the offline edition: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# The offline edition: dist/istanbul-retreat-2011-offline.zip and dist/istanbul-retreat-2011.html.
export: $(BIN)/.site-deps node_modules/.package-lock.json
	OFFLINE=true $(BIN)/mkdocs build --strict

# The online site offers the exports, so they come first.
serve: export
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: export
	$(BIN)/mkdocs build --strict --clean

CHROMIUM := /usr/bin/chromium

# Debian's Chromium for the browser tests: installed here when we may (root), else say how.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; \
	else echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; fi

test: $(BIN)/.test-deps node_modules/.package-lock.json $(CHROMIUM)
	$(BIN)/python -m pytest

# Add the anchors of this build to data/released-anchors.json (only adds; refuses if one went missing).
release-anchors: build
	$(BIN)/python scripts/release_anchors.py

clean:
	rm -rf site dist build
