# argkb: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
DB ?= argkb.db
BIN := .build/release/argkb
QUESTION ?= which sources call an alliance improbable
# root installs directly; anyone else through sudo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build debug bench bench-html stress fuzz lint clean datasette-check

## deps: install what a fresh machine lacks (Debian packages: libsqlite3-dev, pkg-config, sqlite3, graphviz,
## libstemmer-dev, libxml2-dev for HTML, poppler-utils for PDF)
deps:
	@command -v $(SWIFT) >/dev/null || { echo "error: the Swift toolchain is missing (swift not on PATH)" >&2; exit 1; }
	@missing=""; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev pkg-config"; \
	command -v sqlite3 >/dev/null || missing="$$missing sqlite3"; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	[ -f /usr/include/libstemmer.h ] || missing="$$missing libstemmer-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing" >&2; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: release build of the argkb binary, with the Swift standard library and Foundation linked in
## statically: a process then starts without resolving their symbols, which was half of a short
## `argkb ask` (17.5 -> 9.1 ms of CPU for a question on 10k articles; the binary grows to ~100 MB)
build: deps
	$(SWIFT) build -c release --product argkb --static-swift-stdlib

## run: build, create the database, ingest data/sources, show the sources and answer the headline question
run: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) init --db $(DB)
	$(BIN) ingest --db $(DB) data/sources
	@echo; echo "== argkb sources"; $(BIN) sources --db $(DB)
	@echo; echo "== argkb search 'military alliance'"; $(BIN) search --db $(DB) --limit 5 '"military alliance"'
	@echo; echo "== argkb ask \"$(QUESTION)\""; $(BIN) ask --db $(DB) "$(QUESTION)"

## test: every test (unit, database, end-to-end on the built binary, Datasette on an argkb database)
test: deps lint
	$(SWIFT) build --build-tests
	$(MAKE) --no-print-directory datasette-check
	$(SWIFT) test --skip-build

## datasette-check: Datasette (PyPI) finds the FTS index of a database argkb made, and its search works
datasette-check:
	@python3 -c "import datasette" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check datasette
	@d=$$(mktemp -d); \
	.build/debug/argkb ingest --quiet --db $$d/check.db --lexicons data/lexicon --annotations data/annotations data/sources \
	  && python3 tests/datasette_check.py $$d/check.db; rc=$$?; rm -rf $$d; exit $$rc

## bench: time ingest (1k and 10k articles; BENCH_SIZE=100000 adds 100k), re-ingest, ask and search
## against the storage floor (sqlite3 .import + FTS5 of the same sentences), and HTML pages per second;
## see bench/run_bench.py
bench: build
	python3 bench/run_bench.py

## bench-html: argkb's HTML reading against trafilatura and readability-lxml on 200 generated pages (article
## sentences kept, furniture let through, time per page); pip installs the two when missing. See bench/html_bench.py
bench-html: build
	@python3 -c "import trafilatura" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check trafilatura
	@python3 -c "import readability" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check readability-lxml
	python3 bench/html_bench.py

## stress: the slow reliability tests on the release build: 50 SIGKILLs over 300 articles, a 5 MB line,
## a 1 MB line naming countries, a 100 MB file, memory against the number of files, a report of
## 1,000 sources, every hostile query (a few minutes on 2 cores)
stress: build
	$(SWIFT) build --build-tests
	ARGKB_STRESS=1 ARGKB_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build --filter ReliabilityTests

## fuzz: build the libFuzzer targets and run each for FUZZ_SECONDS (default 600); see fuzz/run.sh
FUZZ_SECONDS ?= 600
fuzz: build
	fuzz/build.sh
	ARGKB=$(CURDIR)/$(BIN) FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

## lint: swift-format's lint, strict (warnings fail), with .swift-format's rules (no force unwraps or
## force tries, 130 columns); `swift format format --in-place --recursive Sources Tests` fixes layout
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

clean:
	rm -rf .build $(DB) $(DB)-wal $(DB)-shm
