# The two commands of the README: `make demo` (set up, regenerate, call the client) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC ?= ../shared/hub-openapi/openapi.json

.PHONY: setup servers generate demo test test-quick

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

tests/contract/node_modules/.installed: tests/contract/package.json tests/contract/package-lock.json
	cd tests/contract && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Real OpenAI-compatible servers (transformers serve, llama.cpp) and their tiny model, for the
# slow inference tests: 10-15 min the first time (compiling llama.cpp), seconds afterwards.
servers: $(VENV)/.installed
	bash tests/servers/setup_env.sh
	tests/.servers/venv/bin/python tests/servers/build_tiny_model.py

setup: $(VENV)/.installed tests/contract/node_modules/.installed servers

generate: $(VENV)/.installed
	$(PY) scripts/generate.py --source $(SPEC)

demo: $(VENV)/.installed tests/contract/node_modules/.installed generate
	$(PY) scripts/demo.py --spec $(SPEC)

test: setup
	$(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadgroup

test-quick: $(VENV)/.installed
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"
