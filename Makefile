# evalfeedback: the two set-up commands are `make run` and `make test` (see README.md).
SWIFT    ?= swift
BIN      := .build/debug/evalfeedback
DEMO_DB  := out/demo.sqlite
# The demo acts as on the day after the fixtures' last export, so that it shows the same
# follow-up list whenever it is run. `make run AS_OF=2027-01-04` shows another day.
AS_OF    ?= 2026-11-26

.PHONY: all deps build run test release format lint clean readme crash-test fuzz fuzz-reading fuzz-target report-check bench serve test-deps bench-web

all: build

# libcsv (and SQLite's headers, for GRDB) come from Debian; installed when missing (we run as root).
# cc builds the benchmark's C yardstick (scripts/bench/peer.c), which `make test` runs too.
deps:
	@missing=""; \
	[ -f /usr/include/csv.h ] || missing="$$missing libcsv-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v cc >/dev/null 2>&1 || missing="$$missing gcc"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing from Debian"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@# The benchmark's DuckDB peer (scripts/bench/peer_duckdb.py), which `make test` runs on 2,000 rows.
	@python3 -c "import duckdb" 2>/dev/null || { echo "Installing duckdb from PyPI"; \
		python3 -m pip install -q duckdb 2>&1 | grep -v "as the 'root' user" || true; }
	@# On CI, Chromium too, for the report's browser check; best effort: without it that test is skipped.
	@if [ "$$CI" = true ] && ! command -v chromium >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null 2>&1 \
			|| echo "Chromium could not be installed; the report's browser check will be skipped"; \
	fi

# Only what `make run` needs: the command-line tool (tests, fuzzing and benches build their own).
build: deps
	$(SWIFT) build --product evalfeedback

# Imports fixtures/ into a fresh database and prints the import summary, the follow-up list
# and the quarter's report. Exit code 3 from the import means "some records rejected": the
# fixtures include a file of broken records on purpose, so it is not a failure here.
run: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-journal $(DEMO_DB)-wal $(DEMO_DB)-shm; mkdir -p out
	@echo "== Clients"
	@$(BIN) clients import --database $(DEMO_DB) fixtures/clients.csv
	@echo; echo "== Import (as of $(AS_OF))"
	@$(BIN) import --database $(DEMO_DB) --as-of $(AS_OF) fixtures/exports/*.csv || [ $$? -eq 3 ]
	@$(BIN) import --database $(DEMO_DB) --as-of $(AS_OF) fixtures/history/*.csv
	@echo; echo "== Follow-up list"
	@$(BIN) followups --database $(DEMO_DB) --as-of $(AS_OF)
	@$(BIN) followups --database $(DEMO_DB) --as-of $(AS_OF) --format html --out out/followups.html
	@echo "(also written as out/followups.html, one page to open in a browser)"
	@echo; echo "== Quarterly report"
	@$(BIN) report --database $(DEMO_DB) --as-of $(AS_OF)
	@$(BIN) report --database $(DEMO_DB) --as-of $(AS_OF) --format html --out out/report.html
	@echo "(also written as out/report.html, with charts)"
	@echo; echo "The demo register is $(DEMO_DB); try: $(BIN) case show 2 --database $(DEMO_DB) --as-of $(AS_OF)"

# The server (issue 23) on a demo register made from fixtures/, as on the day after the
# fixtures' last export, with one demo user per role; their logins are printed. Ctrl-C stops it.
SERVER     := .build/debug/evalfeedback-server
SERVE_DB   := out/serve.sqlite
DEMO_PASSWORD := demo-wachtwoord
serve: deps
	$(SWIFT) build --product evalfeedback
	$(SWIFT) build --product evalfeedback-server
	@rm -f $(SERVE_DB) $(SERVE_DB)-journal $(SERVE_DB)-wal $(SERVE_DB)-shm; mkdir -p out
	@$(BIN) clients import --database $(SERVE_DB) fixtures/clients.csv > /dev/null
	@$(BIN) import --database $(SERVE_DB) --as-of $(AS_OF) fixtures/exports/*.csv > /dev/null 2>&1 || [ $$? -eq 3 ]
	@$(BIN) import --database $(SERVE_DB) --as-of $(AS_OF) fixtures/history/*.csv > /dev/null 2>&1 || [ $$? -eq 3 ]
	@add() { echo "$(DEMO_PASSWORD)" | $(SERVER) user add "$$@" --password-stdin --database $(SERVE_DB) --as-of $(AS_OF) > /dev/null; }; \
		add lead --name "Lotte Lead" --role lead; \
		add mark --name "Mark Jansen" --role manager --manager "Mark Jansen"; \
		add sanne --name "Sanne de Vries" --role manager --manager "Sanne de Vries"; \
		add fatima --name "Fatima El Amrani" --role manager --manager "Fatima El Amrani"; \
		add team --name "Tim Team" --role team; \
		add auditor --name "Anouk Audit" --role auditor
	@echo "Demo register $(SERVE_DB), as of $(AS_OF). Sign in at http://127.0.0.1:8080 with password $(DEMO_PASSWORD) as:"
	@echo "  lead (the complaints lead: every case), mark, sanne, fatima (account managers),"
	@echo "  team (registers complaints), auditor (reports and the register extract)"
	@$(SERVER) serve --listen 127.0.0.1:8080 --database $(SERVE_DB) --as-of $(AS_OF)

# The quick bench runs the benchmark's scenarios once on 2,000 responses with the release build
# (so that code which builds only in debug, as a missing import can, fails here and not in `make
# bench`): it judges no timing, only that every command succeeds and stores what the C and Python
# peers store.
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build -c release --product evalfeedback
	$(SWIFT) build -c release --product BenchLetters
	python3 scripts/bench.py --quick --binary .build/release/evalfeedback
	python3 scripts/browser-test.py --cli .build/debug/evalfeedback --server .build/debug/evalfeedback-server

# The server's browser test (scripts/browser-test.py) needs headless Chromium and its driver from
# Debian and Selenium from PyPI; installed when missing (and so on CI, which runs `make test`).
test-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing from Debian"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@python3 -c "import selenium" 2>/dev/null || { echo "Installing selenium from PyPI"; \
		python3 -m pip install -q selenium 2>&1 | grep -v "as the 'root' user" || true; }

# The optimised binary for the nightly job: .build/release/evalfeedback
release: deps
	$(SWIFT) build -c release

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

# kill -9 an import at random moments, CRASH_KILLS times, on a CRASH_ROWS-row export; after each,
# the register must pass its checks and a re-run must give the state of one uninterrupted import.
# (`make test` runs the same test with 10,000 rows and 3 kills.) The last line states the result,
# with the seed of the kill moments: CRASH_SEED=N repeats them.
CRASH_ROWS  ?= 100000
CRASH_KILLS ?= 20
crash-test: deps
	$(SWIFT) build --build-tests
	@mkdir -p out
	@CRASH_ROWS=$(CRASH_ROWS) CRASH_KILLS=$(CRASH_KILLS) CRASH_SEED=$(CRASH_SEED) $(SWIFT) test --skip-build --filter 'FaultTests/crash' \
		> out/crash-test.log 2>&1; status=$$?; grep -E '✘' out/crash-test.log; \
		grep 'crash test:' out/crash-test.log || echo "crash test: did not run (see out/crash-test.log)"; exit $$status

# libFuzzer over the whole import path (Sources/FuzzImport, about 30 inputs a second), seeded with
# Fuzz/corpus; a crashing input lands in Fuzz/crashes/ and is replayed by `make test` from then on.
# `make fuzz-reading` fuzzes the CSV reading alone (Sources/FuzzReading: bytes in, records and
# faults out, read whole and in segments, which must agree; inputs of up to 1 KiB, thousands a
# second on a core of its own), its finds in Fuzz/crashes-reading/. The last line states the
# result. FUZZ_SECONDS ?= 1800 (the 30-minute run); their own build folder, .build-fuzz.
FUZZ_SECONDS ?= 1800
FUZZ_MAX_LEN ?= 65536
# The reading target runs AddressSanitizer without allocation stacks and with a small quarantine:
# twice the inputs a second. Leaks are still found; replay a find with default ASAN_OPTIONS for
# the stack of its allocation.
FUZZ_ASAN ?=
fuzz: deps
	@$(MAKE) --no-print-directory fuzz-target FUZZ_PRODUCT=FuzzImport FUZZ_FINDS=Fuzz/crashes FUZZ_LOG=out/fuzz.log

fuzz-reading: deps
	@$(MAKE) --no-print-directory fuzz-target FUZZ_PRODUCT=FuzzReading FUZZ_FINDS=Fuzz/crashes-reading \
		FUZZ_LOG=out/fuzz-reading.log FUZZ_MAX_LEN=1024 \
		FUZZ_ASAN=malloc_context_size=0:quarantine_size_mb=16

fuzz-target:
	$(SWIFT) build -c release --product $(FUZZ_PRODUCT) --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
		-Xswiftc -parse-as-library -Xswiftc -DFUZZING
	@mkdir -p out/$(FUZZ_PRODUCT)-corpus $(FUZZ_FINDS)
	@ASAN_OPTIONS=$(FUZZ_ASAN) .build-fuzz/release/$(FUZZ_PRODUCT) out/$(FUZZ_PRODUCT)-corpus Fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
		-max_len=$(FUZZ_MAX_LEN) -timeout=10 -rss_limit_mb=2048 -artifact_prefix=$(FUZZ_FINDS)/ -print_final_stats=1 \
		> $(FUZZ_LOG) 2>&1; \
		status=$$?; tail -n 12 $(FUZZ_LOG) | grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR' ; \
		runs=$$(grep -o 'number_of_executed_units: [0-9]*' $(FUZZ_LOG) | grep -o '[0-9]*$$'); \
		if [ $$status -eq 0 ]; then echo "$(FUZZ_PRODUCT): $(FUZZ_SECONDS) s, $$runs runs, no crash, hang or leak;" \
		"$$(ls out/$(FUZZ_PRODUCT)-corpus | wc -l) inputs in the corpus"; \
		else echo "$(FUZZ_PRODUCT): FAILED, the input is in $(FUZZ_FINDS)/"; fi; \
		exit $$status

# Renders the demo quarter's HTML report with headless Chromium to PNG and PDF (out/report.png,
# out/report.pdf) and fails on a blank page, a missing chart or console errors. `make test`
# runs the same check when Chromium is installed. UPDATE_DOCS=1 also refreshes docs/report.png.
report-check: build
	@rm -f out/report-check.sqlite*; mkdir -p out
	@$(BIN) import --database out/report-check.sqlite --as-of 2026-11-26 fixtures/exports/*.csv fixtures/history/*.csv \
		> /dev/null 2>&1 || true
	@$(BIN) report --database out/report-check.sqlite --as-of 2026-11-26 --format html --out out/report.html
	@python3 scripts/report-check.py out/report.html out/report.png out/report.pdf
	@if [ "$(UPDATE_DOCS)" = 1 ]; then cp out/report.png docs/report.png; echo "docs/report.png updated"; fi

# The benchmark issue's scenarios over N generated responses (default 1,000,000) with the release
# build, each a whole process, median of five, raced side by side against hand-written C (libcsv +
# SQLite) and a Python script; prints one table with each target and whether it is met (add
# `--markdown` to the command for the README). Inputs and databases go to a temporary folder.
N ?= 1000000
bench: deps
	$(SWIFT) build -c release
	@python3 scripts/bench.py $(N)

# The server's benchmark (scripts/bench-web.py, a benchmark, not a test): 100,000 open cases over
# 20 managers, wrk on loopback against / and a case page as a signed-in manager, the server's peak
# memory; prints a table with each target. BENCH_SECONDS per page (default 20).
BENCH_SECONDS ?= 20
bench-web: deps
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk from Debian"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }
	$(SWIFT) build -c release --product evalfeedback
	$(SWIFT) build -c release --product evalfeedback-server
	@python3 scripts/bench-web.py --cli .build/release/evalfeedback --server .build/release/evalfeedback-server \
		--seconds $(BENCH_SECONDS)

# After `EVALFEEDBACK_RECORD=1 make test` changed the day-in-the-life transcript: copy it into docs/day-in-the-life.md.
readme:
	python3 scripts/readme-transcript.py

clean:
	rm -rf .build .build-fuzz out
