# The two commands of the README: `make demo` (set up, regenerate, call the client) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC ?= ../shared/hub-openapi/openapi.json

.PHONY: setup servers terminal browser generate docs demo test test-quick

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

tests/tooling/node_modules/.installed: tests/tooling/package.json tests/tooling/package-lock.json
	cd tests/tooling && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Real OpenAI-compatible servers (transformers serve, llama.cpp) and their tiny model, for the
# slow inference tests: 10-15 min the first time (compiling llama.cpp), seconds afterwards.
servers: $(VENV)/.installed
	bash tests/servers/setup_env.sh
	tests/.servers/venv/bin/python tests/servers/build_tiny_model.py

# tmux drives `hfhub chat` in a real terminal (tests/cli/test_cli_tmux.py); Debian's package,
# installed when missing and apt-get is usable (the test skips, saying why, where it is not).
terminal:
	@command -v tmux >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
		apt-get update -qq && apt-get install -y -qq tmux >/dev/null; } || echo "tmux unavailable: the terminal test will skip"

# chromium and its driver open the built documentation site (tests/docs/test_site_in_browser.py);
# Debian's packages, installed when missing and apt-get is usable (the test skips, saying why, where not).
browser:
	@{ command -v chromium >/dev/null && command -v chromedriver >/dev/null; } || { command -v apt-get >/dev/null && \
		[ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
		echo "chromium unavailable: the browser test will skip"

setup: $(VENV)/.installed tests/tooling/node_modules/.installed servers terminal browser

generate: $(VENV)/.installed
	$(PY) scripts/generate.py --source $(SPEC)

# The documentation site, into site/: guides from docs/, the Hub reference from generated/docs.
docs: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(PY) -m mkdocs build --strict

demo: $(VENV)/.installed tests/tooling/node_modules/.installed generate
	$(PY) scripts/demo.py --spec $(SPEC)

test: setup
	$(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadgroup

test-quick: $(VENV)/.installed
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"
