# Two commands do all the set-up on a fresh machine:
#   make serve   create .venv, install, build and serve on http://127.0.0.1:8000
#   make test    install what the tests need and run them all
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Material and ProperDocs print a notice about MkDocs 2 on every run.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build test clean

$(BIN)/.site-deps: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.test-deps: $(BIN)/.site-deps requirements-test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: $(BIN)/.site-deps
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(BIN)/.site-deps
	$(BIN)/mkdocs build --strict --clean

test: $(BIN)/.test-deps
	$(BIN)/python -m pytest

clean:
	rm -rf site dist
