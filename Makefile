# evalfeedback: the two set-up commands are `make run` and `make test` (see README.md).
SWIFT    ?= swift
BIN      := .build/debug/evalfeedback
DEMO_DB  := out/demo.sqlite
# The demo acts as on the day after the fixtures' last export, so that it shows the same
# follow-up list whenever it is run. `make run AS_OF=2027-01-04` shows another day.
AS_OF    ?= 2026-11-26

.PHONY: all deps build run test release format lint clean readme

all: build

# libcsv (and SQLite's headers, for GRDB) come from Debian; installed when missing (we run as root).
deps:
	@missing=""; \
	[ -f /usr/include/csv.h ] || missing="$$missing libcsv-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing from Debian"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

# Imports fixtures/ into a fresh database and prints the import summary, the follow-up list
# and the quarter's report. Exit code 3 from the import means "some records rejected": the
# fixtures include a file of broken records on purpose, so it is not a failure here.
run: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm; mkdir -p out
	@echo "== Clients"
	@$(BIN) clients import --database $(DEMO_DB) fixtures/clients.csv
	@echo; echo "== Import (as of $(AS_OF))"
	@$(BIN) import --database $(DEMO_DB) --as-of $(AS_OF) fixtures/exports/*.csv || [ $$? -eq 3 ]
	@echo; echo "== Follow-up list"
	@$(BIN) followups --database $(DEMO_DB) --as-of $(AS_OF)
	@$(BIN) followups --database $(DEMO_DB) --as-of $(AS_OF) --format html --out out/followups.html
	@echo "(also written as out/followups.html, one page to open in a browser)"
	@echo; echo "== Quarterly report"
	@$(BIN) report --database $(DEMO_DB) --as-of $(AS_OF)
	@echo; echo "The demo register is $(DEMO_DB); try: $(BIN) case show 2 --database $(DEMO_DB) --as-of $(AS_OF)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The optimised binary for the nightly job: .build/release/evalfeedback
release: deps
	$(SWIFT) build -c release

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

# After `EVALFEEDBACK_RECORD=1 make test` changed the day-in-the-life transcript: copy it into the README.
readme:
	python3 scripts/readme-transcript.py

clean:
	rm -rf .build out
