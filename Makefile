# Two commands do all the set-up on a fresh machine:
#   make serve   create .venv, install, build and serve on http://127.0.0.1:8000
#   make test    install what the tests need and run them all
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The engine: MkDocs 1.6, or ProperDocs, its maintained drop-in fork (make build ENGINE=properdocs).
ENGINE ?= mkdocs

# Material and ProperDocs print a notice about MkDocs 2 on every run.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build export test java bench peer-venvs release-anchors clean

# The README promises Python 3.11: say so at once, not in a failed install.
$(BIN)/.python-checked:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' || \
		{ echo "make needs Python 3.11 ($(PYTHON) is $$($(PYTHON) --version 2>&1)): set PYTHON=python3.11" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	touch $@

# The build's dependencies, then this project's own package (hooks/report_edition, harness/),
# installed in place (editable) with the pinned setuptools.
$(BIN)/.site-deps: $(BIN)/.python-checked requirements.txt pyproject.toml
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.test-deps: $(BIN)/.site-deps requirements-test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# npm packages the build and the tests use (iframe-worker for the offline edition, DAISY Ace
# for the EPUB, and more). No install script runs, so Ace's Puppeteer downloads no browser:
# the tests run it on Debian's Chromium.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make needs npm (Node.js 20) for the offline edition: apt-get install nodejs npm" >&2; exit 1; }
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# The PDF's fonts (Liberation, named in includes/pdf.css; DejaVu for the arrows) and Pango, which
# WeasyPrint lays text out with: installed here when we may (root), else say how.
PRINT_FONT := /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
PRINT_PACKAGES := fonts-liberation2 fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0

$(PRINT_FONT):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends $(PRINT_PACKAGES); \
	else echo "The PDF edition needs fonts and Pango: sudo apt-get install $(PRINT_PACKAGES)" >&2; exit 1; fi

# The offline edition: dist/istanbul-retreat-2011-offline.zip, dist/istanbul-retreat-2011.html,
# dist/istanbul-retreat-2011.epub and dist/istanbul-retreat-2011.pdf.
export: $(BIN)/.site-deps node_modules/.package-lock.json $(PRINT_FONT)
	OFFLINE=true $(BIN)/$(ENGINE) build --strict -f mkdocs.yml

# Where `make serve` listens: make serve PORT=8001 (or HOST=0.0.0.0 to reach it from another machine).
HOST ?= 127.0.0.1
PORT ?= 8000

# The online site offers the exports, so they come first; a taken port is said in one line.
serve: export
	@$(BIN)/python -c 'import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("$(HOST)", $(PORT)))' 2>/dev/null || \
		{ echo "make serve: $(HOST):$(PORT) is in use (another server?); choose another port: make serve PORT=8001" >&2; exit 1; }
	SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)/} $(BIN)/$(ENGINE) serve --strict -f mkdocs.yml --dev-addr $(HOST):$(PORT)

build: export
	$(BIN)/$(ENGINE) build --strict -f mkdocs.yml --clean

CHROMIUM := /usr/bin/chromium

# Debian's Chromium for the browser tests: installed here when we may (root), else say how.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; \
	else echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; fi

# Java for the Nu HTML Checker (vnu.jar): installed here when we may (root), else say how.
JAVA := $(shell command -v java)

java:
	@if [ -z "$(JAVA)" ]; then if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends default-jre-headless; \
	else echo "The HTML validity test needs Java 11 or newer: sudo apt-get install default-jre-headless" >&2; exit 1; fi; fi

test: $(BIN)/.test-deps node_modules/.package-lock.json $(CHROMIUM) java $(PRINT_FONT)
	$(BIN)/python -m pytest

# Lighthouse for the benchmarks, kept apart from the tests' npm packages.
bench/node_modules/.package-lock.json: bench/package.json bench/package-lock.json
	npm ci --prefix bench --ignore-scripts --no-audit --no-fund --loglevel=error

# The peers the bench compares the edition with, each in its own venv (bench/peers/, ignored by git):
# stock MkDocs + Material, and Sphinx + furo.
PEER_VENVS := bench/peers/.venv-material/.installed bench/peers/.venv-furo/.installed

bench/peers/.venv-%/.installed: bench/peers/requirements-%.txt $(BIN)/.python-checked
	rm -rf bench/peers/.venv-$*
	$(PYTHON) -m venv bench/peers/.venv-$*
	bench/peers/.venv-$*/bin/pip install --quiet --disable-pip-version-check -r $<
	touch $@

peer-venvs: $(PEER_VENVS)

# Speed and size, measured: a table of figures against the targets (no pass or fail), with the
# edition side by side with its peers (python -m bench.run peers runs that part alone).
bench: build $(BIN)/.test-deps bench/node_modules/.package-lock.json $(CHROMIUM) $(PEER_VENVS)
	$(BIN)/python -m bench.run

# Add the anchors of this build to data/released-anchors.json (only adds; refuses if one went missing).
release-anchors: build
	$(BIN)/python scripts/release_anchors.py

clean:
	rm -rf site dist build
