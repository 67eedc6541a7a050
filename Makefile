# Two commands do everything on a fresh machine with python3, pip and make:
#   make release   install from the lock (and Tesseract for scans where this user may:
#                  scripts/ocr-packages), run the pipeline on raw/, publish a release and
#                  its site (warehouse/site/index.html) with its query engine (make web)
#   make ocr       install Tesseract with its English and Japanese data, which scanned PDFs need
#   make test      install from the lock and the Debian packages the tests drive (Chromium,
#                  nginx, PostgreSQL, npm: scripts/test-packages), run the whole test suite
#   make check     the quick loop: unit tests, ruff and mypy
# `make release` installs the runtime dependencies only (no pytest, no test PDF writer, no
# cluster clients); `make install`, `test`, `check`, `lint` and `dev` add the dev group. One
# stamp per kind: syncing one kind removes the other's stamp (uv sync is exact: it removes
# what the kind does not list), so a stamp never vouches for packages that are gone. Where the
# dev environment is already installed, `make release` uses it rather than strip it.
PYTHON ?= python3
UV_VERSION := 0.13.9
VENV := .venv
UV := .uv/bin/uv

# uv must never fetch a Python of its own; bytecode makes `import dagster` 3x faster, and
# compiling the project's own modules once spares every jris process 0.2 s where Python may not
# write bytecode itself (PYTHONDONTWRITEBYTECODE, a read-only checkout).
export UV_PYTHON_DOWNLOADS := never
export UV_COMPILE_BYTECODE := 1
export UV_PROJECT_ENVIRONMENT := $(VENV)
export GX_ANALYTICS_ENABLED := false
unexport VIRTUAL_ENV

.PHONY: install install-runtime web ocr release test check lint dev clean

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# A .venv copied with its project folder (`cp -r jris jris-copy`) still runs the original's
# code: its scripts and its editable install name the original's path. .venv/.home says where
# it was made; made elsewhere, it is made again here.
VENV_MOVED := $(if $(wildcard $(VENV)/.home),$(filter-out $(CURDIR),$(shell cat $(VENV)/.home)))
.PHONY: venv-moved
venv-moved:
	@echo "$(VENV) was made in $(VENV_MOVED): making it again in $(CURDIR)"
	rm -rf $(VENV)

$(VENV)/.installed-dev: pyproject.toml uv.lock $(if $(VENV_MOVED),venv-moved) | $(UV)
	rm -f $(VENV)/.installed $(VENV)/.installed-runtime
	$(UV) sync --frozen --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q pipelines schemas
	echo "$(CURDIR)" > $(VENV)/.home
	touch $@

$(VENV)/.installed-runtime: pyproject.toml uv.lock $(if $(VENV_MOVED),venv-moved) | $(UV)
	rm -f $(VENV)/.installed $(VENV)/.installed-dev
	$(UV) sync --frozen --no-dev --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q pipelines schemas
	echo "$(CURDIR)" > $(VENV)/.home
	touch $@

install: $(VENV)/.installed-dev

install-runtime: $(VENV)/.installed-runtime

# The lean environment, unless this checkout already has the dev one (a superset).
RELEASE_ENV := $(if $(wildcard $(VENV)/.installed-dev),$(VENV)/.installed-dev,$(VENV)/.installed-runtime)
# The site's query engine (DuckDB-wasm and the page script) from web/package-lock.json, into
# web/dist/ for `jris publish`; without npm, one line says the site goes without it.
web:
	web/build

ocr:
	scripts/ocr-packages

release: $(RELEASE_ENV) web
	scripts/ocr-packages --optional
	$(VENV)/bin/jris release
	$(VENV)/bin/jris publish

test: install
	scripts/test-packages
	web/build
	$(VENV)/bin/python -m pytest -n auto --dist loadfile --no-loadscope-reorder --durations=15

lint: install
	$(VENV)/bin/ruff check pipelines schemas tests benchmarks
	$(VENV)/bin/mypy

check: install
	$(VENV)/bin/python -m pytest -q -n auto tests/unit
	$(VENV)/bin/ruff check pipelines schemas tests benchmarks
	$(VENV)/bin/mypy

# The UI on the warehouse's own instance, the one `jris` records its runs to.
WAREHOUSE_DIR ?= $(or $(JRIS_WAREHOUSE_DIR),$(CURDIR)/warehouse)
dev: install
	test -f $(WAREHOUSE_DIR)/dagster/dagster.yaml || install -D -m 644 dagster.yaml $(WAREHOUSE_DIR)/dagster/dagster.yaml
	DAGSTER_HOME=$(WAREHOUSE_DIR)/dagster $(VENV)/bin/dagster dev --host 127.0.0.1

clean:
	rm -rf $(VENV) .uv web/node_modules web/dist
