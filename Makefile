# argkb: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
DB ?= argkb.db
BIN := .build/release/argkb
QUESTION ?= which sources call an alliance improbable
# root installs directly; anyone else through sudo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build debug bench stress fuzz lint clean

## deps: install what a fresh machine lacks (Debian packages: libsqlite3-dev, pkg-config, sqlite3)
deps:
	@command -v $(SWIFT) >/dev/null || { echo "error: the Swift toolchain is missing (swift not on PATH)" >&2; exit 1; }
	@missing=""; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev pkg-config"; \
	command -v sqlite3 >/dev/null || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing" >&2; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: release build of the argkb binary
build: deps
	$(SWIFT) build -c release --product argkb

## run: build, create the database, ingest data/sources, show the sources and answer the headline question
run: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) init --db $(DB)
	$(BIN) ingest --db $(DB) data/sources
	@echo; echo "== argkb sources"; $(BIN) sources --db $(DB)
	@echo; echo "== argkb search 'military alliance'"; $(BIN) search --db $(DB) --limit 5 '"military alliance"'
	@echo; echo "== argkb ask \"$(QUESTION)\""; $(BIN) ask --db $(DB) "$(QUESTION)"

## test: every test (unit, database, end-to-end on the built binary)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## stress: the slow reliability tests on the release build: 50 SIGKILLs over 300 articles, a 5 MB
## line, a 100 MB file, memory against the number of files, every hostile query (~30-40 min on 2 cores)
stress: build
	$(SWIFT) build --build-tests
	ARGKB_STRESS=1 ARGKB_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build --filter ReliabilityTests

## fuzz: build the libFuzzer targets and run each for FUZZ_SECONDS (default 600); see fuzz/run.sh
FUZZ_SECONDS ?= 600
fuzz: build
	fuzz/build.sh
	ARGKB=$(CURDIR)/$(BIN) FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

lint:
	$(SWIFT) format lint --recursive Sources Tests

clean:
	rm -rf .build $(DB) $(DB)-wal $(DB)-shm
