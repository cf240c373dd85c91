# Set-up is part of every target: on a fresh machine `make demo` or `make test` creates .venv,
# installs the project with its pinned dev tools (the `dev` dependency group), and runs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
GENERATED := generated/langgraph_sync_generated

.PHONY: dev demo test typecheck docs spec generate check-generated bench clean

dev: $(INSTALLED)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# pip >= 25.1 installs PEP 735 dependency groups (--group).
	$(PY) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PY) -m pip install --quiet -e . --group dev
	touch $@

# Starts a local in-memory LangGraph server with the test graphs, runs the seed page's example
# against it (create a thread, print it) and stops the server.
demo: $(INSTALLED)
	$(PY) tests/live_server.py -- $(PY) examples/threads_setup.py

test: $(INSTALLED)
	$(PY) -m pytest $(PYTEST_ARGS)

# mypy --strict on the package and on a file of typical user code (tests/typing/user_code.py).
typecheck: $(INSTALLED)
	$(VENV)/bin/mypy src tests/typing/user_code.py

# The documentation site (docs/, mkdocs.yml) into site/; warnings are errors.
docs: $(INSTALLED)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

# openapi.yaml: the part of the pinned langgraph-api's spec the client covers (threads, assistants,
# runs, crons, the store, thread streams, /info and /ok), corrected.
spec: $(INSTALLED)
	$(PY) codegen/make_spec.py

# generated/: openapi-python-client's output for openapi.yaml. Never edit it by hand.
generate: $(INSTALLED)
	rm -rf $(GENERATED)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/openapi-python-client generate --path openapi.yaml \
		--config codegen/config.yaml --custom-template-path codegen/templates \
		--meta none --output-path $(GENERATED) > $(VENV)/generate.log 2>&1 || { cat $(VENV)/generate.log; exit 1; }
	@# The generator reports what it could not generate as warnings, and still exits 0.
	@! grep -i -B2 -A8 "warning" $(VENV)/generate.log
	@# It writes the PEP 561 marker only with project metadata, which we do not generate.
	echo "# Marker file for PEP 561" > $(GENERATED)/py.typed

# Fails if openapi.yaml or generated/ differ from what the pinned tools make of them.
check-generated: spec generate
	git diff --exit-code --stat -- openapi.yaml generated
	test -z "$$(git status --porcelain -- openapi.yaml generated)"

clean:
	rm -rf $(VENV) .pytest_cache site dist

# CPU per call, import time and memory against langgraph-sdk; writes tests/bench/results.md.
# Then the relay's CPU per streamed event and per request; writes tests/bench/relay_results.md.
bench: $(INSTALLED)
	$(PY) tests/bench/run.py
	$(PY) tests/bench/relay.py
