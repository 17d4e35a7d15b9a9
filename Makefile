# Woonplek: `make help` lists the targets. Each target does one thing; setup steps run only when needed.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV        := .venv
VENV_PY     := $(VENV)/bin/python
VENV_STAMP  := $(VENV)/.woonplek-installed
WOONPLEK    := $(VENV)/bin/woonplek
NLP_STAMP   := data/spacy-nl/woonplek-builder.sha256
ARGS        ?=
CHROMIUM    := /usr/bin/chromium

# Prints a command that runs Python 3.10: python3.10 on PATH if it really is 3.10, else the newest
# 3.10.x that pyenv has installed (through its shim or directly from PYENV_ROOT). Prints nothing if none.
define FIND_PYTHON310
is310() { "$$@" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }; \
if is310 python3.10; then echo python3.10; exit 0; fi; \
root="$${PYENV_ROOT:-$$HOME/.pyenv}"; \
versions="$$( (pyenv versions --bare 2>/dev/null || ls "$$root/versions" 2>/dev/null || true) \
	| grep -E '^3\.10\.[0-9]+$$' | sort -t. -k3,3n | tail -n1 || true)"; \
if [ -n "$$versions" ]; then \
	if is310 env PYENV_VERSION="$$versions" python3.10; then echo "env PYENV_VERSION=$$versions python3.10"; exit 0; fi; \
	if is310 "$$root/versions/$$versions/bin/python3.10"; then echo "$$root/versions/$$versions/bin/python3.10"; exit 0; fi; \
fi
endef

.PHONY: help setup nlp train db run chat chromium test bench clean

help: ## List the targets
	@echo "Woonplek make targets:"
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-8s %s\n", $$1, $$2}'
	@echo "  (make run ARGS=--headless runs without the terminal chat)"

setup: $(VENV_STAMP) ## Create .venv (Python 3.10) and install the project with pinned dependencies

$(VENV_STAMP): pyproject.toml constraints.txt
	@python="$$( $(FIND_PYTHON310) )"; \
	if [ -z "$$python" ]; then \
		echo "Woonplek needs Python 3.10 (Rasa 3.6 supports 3.8-3.10), and none was found." >&2; \
		echo "Install it, e.g. with pyenv: 'pyenv install 3.10.13', or put a python3.10 on PATH." >&2; \
		exit 1; \
	fi; \
	if ! [ -x $(VENV_PY) ] || ! $(VENV_PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
		rm -rf $(VENV); \
		echo "Creating $(VENV) with $$python"; \
		$$python -m venv $(VENV); \
	fi
	$(VENV_PY) -m pip install --quiet --upgrade pip
	$(VENV_PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

nlp: $(NLP_STAMP) ## Build the Dutch spaCy pipeline into data/spacy-nl (offline, when missing or changed)

$(NLP_STAMP): bot/spacy_pipeline.py $(VENV_STAMP)
	$(WOONPLEK) build-nlp
	@touch $@

train: setup nlp ## Train the Rasa model into models/ (only when config/data/NLU code changed)
	$(WOONPLEK) train

db: setup ## Migrate the database (DATABASE_URL, default data/woonplek.db) to the latest schema
	$(WOONPLEK) db upgrade

run: setup nlp train db ## Start the servers and chat in the terminal (ARGS=--headless: no chat)
	$(WOONPLEK) run $(ARGS)

chat: setup ## Chat in the terminal with an already running Rasa server
	$(WOONPLEK) chat $(ARGS)

# The browser tests (tests/browser) drive Debian's chromium with Playwright; Playwright's own browser
# download is never used. Installs the package only when it is missing, and only as root.
chromium: ## Install Debian's chromium for the browser tests (apt-get as root, only when missing)
	@if [ -x $(CHROMIUM) ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium (and fonts-liberation) for the browser tests"; \
		apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation; \
	else \
		echo "The browser tests need Debian's chromium at $(CHROMIUM), and it is missing." >&2; \
		echo "Install it as root: 'sudo apt-get install chromium', then run make test again." >&2; \
		exit 1; \
	fi

test: setup nlp train chromium ## Run all tests (unit, Rasa data, end-to-end, browser)
	$(VENV_PY) -m pytest $(ARGS)

bench: setup ## Run the benchmarks (bench/)
	@if [ ! -f bench/__main__.py ]; then \
		echo "make bench: bench/__main__.py is missing: the benchmarks are not written yet." >&2; exit 1; \
	fi
	$(VENV_PY) -m bench $(ARGS)

clean: ## Remove .venv, trained models and the built spaCy pipeline (keeps the databases)
	rm -rf $(VENV) models data/spacy-nl data/spacy-nl.building
