# Two commands do everything on a fresh machine with python3, pip and make:
#   make release   install from the lock (and Tesseract for scans where this user may:
#                  scripts/ocr-packages), run the pipeline on raw/, publish a release and
#                  its site (warehouse/site/index.html)
#   make ocr       install Tesseract with its English and Japanese data, which scanned PDFs need
#   make test      install from the lock and the Debian packages the tests drive (Chromium,
#                  nginx, PostgreSQL: scripts/test-packages), run the whole test suite
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

.PHONY: install ocr release test lint dev clean

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	$(VENV)/bin/python -m compileall -q pipelines schemas
	touch $@

install: $(VENV)/.installed

ocr:
	scripts/ocr-packages

release: install
	scripts/ocr-packages --optional
	$(VENV)/bin/jris release
	$(VENV)/bin/jris publish

test: install
	scripts/test-packages
	$(VENV)/bin/python -m pytest

lint: install
	$(VENV)/bin/ruff check pipelines schemas tests benchmarks
	$(VENV)/bin/mypy

# The UI on the warehouse's own instance, the one `jris` records its runs to.
WAREHOUSE_DIR ?= $(or $(JRIS_WAREHOUSE_DIR),$(CURDIR)/warehouse)
dev: install
	test -f $(WAREHOUSE_DIR)/dagster/dagster.yaml || install -D -m 644 dagster.yaml $(WAREHOUSE_DIR)/dagster/dagster.yaml
	DAGSTER_HOME=$(WAREHOUSE_DIR)/dagster $(VENV)/bin/dagster dev --host 127.0.0.1

clean:
	rm -rf $(VENV) .uv
