#!/usr/bin/env python3
"""Times evalfeedback against the benchmark issue's targets (make bench N=...):

    python3 scripts/bench.py [N] [--binary PATH] [--quick] [--markdown] [--python PATH]

Each scenario is a whole process (start-up included), the median of five runs. The import is
raced against two yardsticks doing its bare core job (parse, flag 6 or lower, store every
response with a unique id, one case per new flagged response, one transaction): hand-written C
(scripts/bench/peer.c: libcsv + SQLite prepared statements, compiled here with cc) and the
Python script a user would write (scripts/bench/peer.py: csv + sqlite3). Within each round the
runs alternate, evalfeedback then C then Python, so that the ratios are measured side by side
on the same machine in the same state.

The export is scripts/bench/generate.py's canonical export of N responses (deterministic:
same N, same bytes). Inputs and databases go to a temporary folder, never into the repository.

A third yardstick is what a data person at an academy writes instead: DuckDB from Python
(scripts/bench/peer_duckdb.py), raced on the fresh import, ordered and shuffled.

Scenarios: a fresh import (against C, Python and DuckDB); the same responses shuffled, not in
date order (against C and DuckDB), and three times as many of them shuffled (the time per row
must not grow); parse and flag only (`import --dry-run`,
against libcsv alone); the same file again; a cumulative export of which 99% was imported
before (raced against a fresh import of the same export, round by round); peak memory at N against N/10; the follow-up list and the quarter's report on the
freshly imported register; 10,000 acknowledgement letters rendered in one process
(Sources/BenchLetters) and `digest --send` to eight managers over the register's open cases,
through /bin/cat as sendmail; an Excel workbook (.xlsx, scripts/bench/xlsx.py) of the export's
first 100,000 rows (or all, for a smaller N) against the same rows as CSV, peak memory side by
side. Each row of the table says its target (where the issues give one)
and whether it is met.

Checked every time, and exit 1 when not so: every command exits OK (an import also with 3,
"some records rejected"); after the fresh imports evalfeedback's, C's and Python's databases
hold the same number of responses and of cases; a dry run, and the same file imported again,
store nothing; the cumulative import ends where the fresh one did; the workbook and its CSV
leave the same number of responses and cases. With --quick (make test: the
debug build, N=2000) that is all that decides the exit code: the table is printed, nothing is
judged, since a debug build's timings mean nothing.
"""
import argparse
import csv
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "bench"))
sys.dont_write_bytecode = True  # no __pycache__ in the repository
import generate  # noqa: E402  (scripts/bench/generate.py)
import xlsx  # noqa: E402  (scripts/bench/xlsx.py)

AS_OF = "2026-11-25"  # the day after the generated exports' last response
QUARTER = "2026-Q3"
WORKBOOK_ROWS = 100_000  # the workbook scenario's rows: Excel's own exports are rarely bigger
WORKBOOK_PEAK_MIB = 100


class Failure(Exception):
    """A command failed or the databases disagree: the benchmark's result cannot be trusted."""


@dataclass
class Run:
    """One finished process: wall time, its own peak memory, exit code and output."""
    seconds: float
    peak_kib: int
    code: int
    stdout: str
    stderr: str


class Runner:
    """Runs a command as a whole process through scripts/bench/measure.c, which times it and
    reads the command's own peak memory from wait4 (measure.c says why not from here).

    Output goes to temporary files, not pipes, so that the process never waits on us.
    """

    def __init__(self, folder):
        self.program = compile_c(folder, "measure")
        self.result = os.path.join(folder, "measured")

    def __call__(self, args, ok=(0,)):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            code = subprocess.run([self.program, self.result, *args],
                                  stdin=subprocess.DEVNULL, stdout=out, stderr=err).returncode
            with open(self.result) as measured:
                seconds, peak_kib = measured.read().split()
            out.seek(0)
            err.seek(0)
            result = Run(float(seconds), int(peak_kib), code,
                         out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))
        if result.code not in ok:
            tail = "\n".join(result.stderr.splitlines()[-40:])
            raise Failure(f"{' '.join(args)}\nexited {result.code}; its stderr:\n{tail}")
        return result


def compile_c(folder, name, *libraries):
    """Compiles scripts/bench/NAME.c into folder; returns the program's path."""
    program = os.path.join(folder, name)
    compiled = subprocess.run(["cc", "-O2", "-o", program, os.path.join(HERE, "bench", f"{name}.c"), *libraries],
                              capture_output=True, text=True)
    if compiled.returncode != 0:
        raise Failure(f"cannot compile scripts/bench/{name}.c (needs cc, libcsv-dev and libsqlite3-dev):\n"
                      f"{compiled.stderr}")
    return program


def remove_database(path):
    for suffix in ("", "-journal", "-wal", "-shm", ".wal"):  # .wal: the DuckDB peer's
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_database(source, target):
    remove_database(target)
    for suffix in ("", "-journal", "-wal"):  # the peers' -shm is rebuilt by the next connection
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)
    # The copy is set-up, not the work timed: its hundreds of MB are written out now, not by
    # the kernel in the background of the import that follows.
    os.sync()


def scalar(path, sql):
    """One value from a database, read with Python's sqlite3 (it sees a peer's WAL pages too)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def counts(path):
    """(responses, cases) in a database: the same in evalfeedback's and the peers' schemas."""
    return scalar(path, "SELECT count(*) FROM response"), scalar(path, "SELECT count(*) FROM complaint_case")


def open_cases(path):
    return scalar(path, "SELECT count(*) FROM complaint_case WHERE closed_on IS NULL")


def import_rows(path):
    """evalfeedback's log of imported files."""
    return scalar(path, "SELECT count(*) FROM import")


def duckdb_counts(path):
    """Responses and cases in the DuckDB peer's database."""
    import duckdb  # only the bench needs it: `make bench` and `make test` install it when missing
    with duckdb.connect(path, read_only=True) as db:
        return (db.execute("SELECT count(*) FROM response").fetchone()[0],
                db.execute("SELECT count(*) FROM complaint_case").fetchone()[0])


def peer_counts(result):
    """The `records=N flagged=F opened=C` line of a peer, as a dict."""
    for line in result.stdout.splitlines():
        if line.startswith("records="):
            return {key: int(value) for key, value in (part.split("=") for part in line.split())}
    raise Failure(f"a peer printed no records= line: {result.stdout!r}")


def median(runs):
    return statistics.median(r.seconds for r in runs)


def peak_mib(runs):
    return max(r.peak_kib for r in runs) / 1024


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "")
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    system = platform.platform()
    try:
        with open("/etc/os-release") as release:
            system = next((line.split("=", 1)[1].strip().strip('"') for line in release
                           if line.startswith("PRETTY_NAME=")), system)
    except OSError:
        pass
    parts = [f"{os.cpu_count()} cores", cpu, f"{memory:.0f} GiB RAM", system]
    if shutil.which("sqlite3"):
        version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()
        if version:
            parts.append(f"SQLite {version[0]}")
    return ", ".join(p for p in parts if p)


class Table:
    """The one table of results, as fixed-width text or as Markdown (for the README)."""
    COLUMNS = ["scenario", "median s", "rows/s", "peak MiB", "× C", "× Python", "× DuckDB", "target", "met?"]

    def __init__(self):
        self.rows = []

    def add(self, scenario, seconds=None, rows=None, peak=None, to_c=None, to_python=None, target="", met="",
            to_duckdb=None):
        self.rows.append([
            scenario,
            "" if seconds is None else f"{seconds:.3f}" if seconds < 10 else f"{seconds:.2f}",
            "" if rows is None else f"{rows / seconds:,.0f}",
            peak if isinstance(peak, str) else "" if peak is None else f"{peak:.0f}",
            "" if to_c is None else f"{to_c:.2f}×",
            "" if to_python is None else f"{to_python:.2f}×",
            "" if to_duckdb is None else f"{to_duckdb:.2f}×",
            target, met])

    def text(self):
        widths = [max(len(row[i]) for row in [self.COLUMNS, *self.rows]) for i in range(len(self.COLUMNS))]
        numeric = range(1, 7)

        def line(row):
            return "  ".join(cell.rjust(w) if i in numeric else cell.ljust(w)
                             for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
        return "\n".join([line(self.COLUMNS), line(["-" * w for w in widths]), *map(line, self.rows)])

    def markdown(self):
        def line(row):
            return "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"
        align = ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---"]
        return "\n".join([line(self.COLUMNS), line(align), *map(line, self.rows)])


def verdict(judged, value, limit):
    """'yes', or 'no (1.9× over)': how far value is from its upper limit."""
    if not judged:
        return "-"
    return "yes" if value <= limit else f"no ({value / limit:.1f}× over)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, metavar="N",
                        help="responses in the export (default 1,000,000; 2,000 with --quick)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "evalfeedback"),
                        help="the evalfeedback to time (default .build/release/evalfeedback)")
    parser.add_argument("--quick", action="store_true",
                        help="one run per scenario; judge nothing but correctness and exit codes")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    # The distribution's interpreter is an optimised build; a self-built one (pyenv) can be far
    # slower, which would make the yardstick, and the target against it, meaninglessly easy.
    parser.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable,
                        help="the interpreter for the Python peer (default /usr/bin/python3)")
    options = parser.parse_args()
    count = options.count or (2_000 if options.quick else 1_000_000)
    if count < 100:
        parser.error("N must be at least 100")
    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        parser.error(f"{binary} is not an executable; build it first (make release)")
    judged = not options.quick
    rounds = 1 if options.quick else 5

    try:
        with tempfile.TemporaryDirectory(prefix="evalfeedback-bench-") as folder:
            table, notes = bench(folder, binary, options.python, count, rounds, judged)
    except Failure as failure:
        print(f"bench: FAILED: {failure}", file=sys.stderr)
        return 1
    print(table.text())
    if options.markdown:
        print()
        print(table.markdown())
    for note in notes:
        print(note)
    return 0


def bench(folder, binary, python, count, rounds, judged):
    def path(name):
        return os.path.join(folder, name)

    export, known, small = path("export.csv"), path("export-99.csv"), path("export-10th.csv")
    generate.write(export, count)
    first = count * 99 // 100
    generate.write(known, count, first=first)
    generate.write(small, count // 10)
    size = os.path.getsize(export)

    run = Runner(folder)
    peer = compile_c(folder, "peer", "-lcsv", "-lsqlite3")
    peer_py = os.path.join(HERE, "bench", "peer.py")
    peer_duck = os.path.join(HERE, "bench", "peer_duckdb.py")

    python_version = subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"machine: {machine()}")
    print(f"bench: {count:,} responses, {size / 1e6:.0f} MB ({size / count:.0f} bytes/row); {binary}; "
          f"Python peer: {python} ({python_version}); "
          f"{'--quick: one run each, nothing judged' if not judged else f'median of {rounds} runs'}")
    sys.stdout.flush()

    def evalfeedback(*args, ok=(0,)):
        return run([binary, *args], ok=ok)

    def importing(database, file, *extra):
        # 3 means "some records rejected": still a finished import.
        return evalfeedback("import", *extra, "--quiet", "--database", database, "--as-of", AS_OF, file, ok=(0, 3))

    table, notes = Table(), []

    # Fresh import, alternating evalfeedback, C and Python within each round.
    ours_db, c_db, py_db = path("evalfeedback.sqlite"), path("c.sqlite"), path("python.sqlite")
    duck_db = path("duckdb.duckdb")
    ours, c, py, duck = [], [], [], []
    for _ in range(rounds):
        for database, runs, command in (
                (ours_db, ours, lambda: importing(ours_db, export)),
                (c_db, c, lambda: run([peer, "import", export, c_db])),
                (py_db, py, lambda: run([python, peer_py, export, py_db])),
                (duck_db, duck, lambda: run([sys.executable, peer_duck, export, duck_db]))):
            remove_database(database)
            runs.append(command())

    # Correctness: the same job must leave the same numbers, or the race means nothing.
    expected = counts(c_db)
    for name, database in (("evalfeedback", ours_db), ("Python", py_db)):
        found = counts(database)
        if found != expected:
            raise Failure(f"{name}'s database holds {found[0]:,} responses and {found[1]:,} cases; "
                          f"the C peer's holds {expected[0]:,} and {expected[1]:,}")
    if duckdb_counts(duck_db) != expected:
        raise Failure(f"DuckDB's database holds {duckdb_counts(duck_db)} (responses, cases); C's holds {expected}")
    printed = peer_counts(c[-1])
    if (printed["records"], printed["opened"]) != (count, expected[1]) or expected[0] != count:
        raise Failure(f"the C peer read {printed} but the export has {count:,} responses")
    notes.append(f"correctness: evalfeedback, C, Python and DuckDB each stored {expected[0]:,} responses "
                 f"and opened {expected[1]:,} cases")

    t_ours, t_c, t_py = median(ours), median(c), median(py)
    fresh_c, fresh_py = t_ours / t_c, t_ours / t_py
    if not judged:
        met = "-"
    elif fresh_c <= 0.8 and fresh_py <= 0.4:
        met = "yes (stretch too)" if fresh_c <= 0.6 else "yes"
    else:
        misses = [f"{fresh_c / 0.8:.1f}× over vs C" if fresh_c > 0.8 else "",
                  f"{fresh_py / 0.4:.1f}× over vs Python" if fresh_py > 0.4 else ""]
        met = f"no ({', '.join(m for m in misses if m)})"
    peak_fresh = peak_mib(ours)
    t_duck = median(duck)
    table.add("evalfeedback fresh import", t_ours, count, peak_fresh, fresh_c, fresh_py,
              "≤ 0.8× C (stretch 0.6×), ≤ 0.4× Python, < DuckDB", met
              + ("" if not judged or t_ours < t_duck else ", not faster than DuckDB"), t_ours / t_duck)
    table.add("C fresh import", t_c, count, peak_mib(c), 1.0, t_c / t_py, to_duckdb=t_c / t_duck)
    table.add("Python fresh import", t_py, count, peak_mib(py), t_py / t_c, 1.0, to_duckdb=t_py / t_duck)
    table.add("DuckDB fresh import", t_duck, count, peak_mib(duck), t_duck / t_c, t_duck / t_py, to_duckdb=1.0)

    # The same responses shuffled, then three times as many shuffled: against C and DuckDB on
    # the same files. The time per row must not grow with the export.
    per_row = {}
    ours_s, c_s, duck_s = path("shuffled.sqlite"), path("c-shuffled.sqlite"), path("shuffled.duckdb")
    for scale in (1, 3):
        rows_here = count * scale
        shuffled = path(f"export-shuffled-{scale}.csv")
        generate.write(shuffled, rows_here, shuffled=True)
        s_ours, s_c, s_duck = [], [], []
        for _ in range(rounds if scale == 1 else min(rounds, 3)):
            for database, runs, command in (
                    (ours_s, s_ours, lambda: importing(ours_s, shuffled)),
                    (c_s, s_c, lambda: run([peer, "import", shuffled, c_s])),
                    (duck_s, s_duck, lambda: run([sys.executable, peer_duck, shuffled, duck_s]))):
                remove_database(database)
                runs.append(command())
        wanted = counts(c_s)
        if counts(ours_s) != wanted or duckdb_counts(duck_s) != wanted or wanted[0] != rows_here:
            raise Failure(f"shuffled ×{scale}: evalfeedback stored {counts(ours_s)}, C {wanted}, "
                          f"DuckDB {duckdb_counts(duck_s)} (responses, cases)")
        os.remove(shuffled)
        t_s, t_sc, t_sd = median(s_ours), median(s_c), median(s_duck)
        per_row[scale] = t_s / rows_here
        name = "shuffled" if scale == 1 else f"shuffled, {scale}× the rows"
        ratio_c = t_s / t_sc
        if not judged:
            met = "-"
        else:
            misses = [f"{ratio_c / 0.8:.1f}× over vs C" if ratio_c > 0.8 else "",
                      "not faster than DuckDB" if t_s >= t_sd else "",
                      f"{per_row[scale] / per_row[1]:.2f}× the time per row of N"
                      if scale > 1 and per_row[scale] > 1.1 * per_row[1] else ""]
            met = "yes" if not any(misses) else f"no ({', '.join(m for m in misses if m)})"
        target = "≤ 0.8× C, < DuckDB" + (", time per row ≤ 1.1× N's" if scale > 1 else "")
        table.add(f"evalfeedback {name}", t_s, rows_here, peak_mib(s_ours), ratio_c, None, target, met, t_s / t_sd)
        table.add(f"C {name}", t_sc, rows_here, peak_mib(s_c), 1.0, to_duckdb=t_sc / t_sd)
        table.add(f"DuckDB {name}", t_sd, rows_here, peak_mib(s_duck), t_sd / t_sc, to_duckdb=1.0)
    for database in (ours_s, c_s, duck_s):
        remove_database(database)

    # Parse and flag only, against libcsv alone.
    dry_db = path("dry-run.sqlite")
    dry, parse = [], []
    for _ in range(rounds):
        remove_database(dry_db)
        dry.append(importing(dry_db, export, "--dry-run"))
        parse.append(run([peer, "parse", export]))
    if os.path.exists(dry_db) and scalar(dry_db, "SELECT count(*) FROM sqlite_master WHERE name = 'response'"):
        if counts(dry_db) != (0, 0):
            raise Failure(f"import --dry-run stored {counts(dry_db)} (responses, cases)")
    t_dry, t_parse = median(dry), median(parse)
    table.add("evalfeedback dry-run", t_dry, count, peak_mib(dry), t_dry / t_parse, None,
              "≤ 1.3× libcsv alone", verdict(judged, t_dry / t_parse, 1.3))
    table.add("libcsv parse alone", t_parse, count, peak_mib(parse), 1.0)

    # The same file again: recognised, and nothing stored. Its content is what must not change
    # (a new response, case or import row is a failure); the file itself is watched too: a
    # write of any kind is worth a note, not a failure.
    imports_before = import_rows(ours_db)
    size_before, mtime_before = os.path.getsize(ours_db), os.stat(ours_db).st_mtime_ns
    again = [importing(ours_db, export) for _ in range(rounds)]
    size_after, mtime_after = os.path.getsize(ours_db), os.stat(ours_db).st_mtime_ns
    if counts(ours_db) != expected or import_rows(ours_db) != imports_before:
        raise Failure(f"importing the same file again changed the register: {expected} → {counts(ours_db)} "
                      f"(responses, cases), {imports_before} → {import_rows(ours_db)} imports")
    if (size_after, mtime_after) != (size_before, mtime_before):
        notes.append(f"note: importing the same file again stored nothing, but wrote the database file "
                     f"({size_after - size_before:+,} bytes, modification time changed)")
    t_again = median(again)
    table.add("same file again", t_again, None, peak_mib(again), target="< 0.5 s",
              met=verdict(judged, t_again, 0.5))

    # A cumulative export: 99% of it imported the night before. Raced against a fresh import
    # of the same export within each round, as the peers are: the machine's speed moves
    # between scenarios, so the fresh import's median from minutes before is no yardstick.
    template, cumulative_db = path("template.sqlite"), path("cumulative.sqlite")
    importing(template, known)
    cumulative, fresh_again = [], []
    for _ in range(rounds):
        copy_database(template, cumulative_db)
        cumulative.append(importing(cumulative_db, export))
        remove_database(ours_db)
        fresh_again.append(importing(ours_db, export))
    if counts(cumulative_db) != expected:
        raise Failure(f"the cumulative import left {counts(cumulative_db)} (responses, cases); "
                      f"a fresh import of the same export leaves {expected}")
    t_cumulative, t_fresh_again = median(cumulative), median(fresh_again)
    table.add(f"cumulative, 99% known ({t_cumulative / t_fresh_again:.2f}× fresh, raced)", t_cumulative, count,
              peak_mib(cumulative), target="< 0.5× fresh",
              met=verdict(judged, t_cumulative / t_fresh_again, 0.5))

    # Memory: flat in the size of the export.
    small_db = path("small.sqlite")
    small_runs = []
    for _ in range(min(rounds, 3)):
        remove_database(small_db)
        small_runs.append(importing(small_db, small))
    peak_small = peak_mib(small_runs)
    growth = peak_fresh / peak_small
    if not judged:
        met = "-"
    elif peak_fresh < 64 and growth <= 1.2:
        met = "yes"
    else:
        met = "no (" + ", ".join(m for m in [f"{peak_fresh:.0f} MiB" if peak_fresh >= 64 else "",
                                             f"{growth:.2f}× N/10" if growth > 1.2 else ""] if m) + ")"
    table.add(f"memory: N vs N/10 ({growth:.2f}×)", peak=f"{peak_fresh:.0f} vs {peak_small:.0f}",
              target="< 64 MiB, ≤ 1.2× N/10", met=met)

    # An Excel workbook of the export's first rows, against the same rows as CSV.
    rows = min(count, WORKBOOK_ROWS)
    rows_csv, workbook = path("workbook-rows.csv"), path("workbook.xlsx")
    generate.write(rows_csv, count, first=rows)
    xlsx.write(rows_csv, workbook)
    book_db, rows_db = path("workbook.sqlite"), path("workbook-rows.sqlite")
    book_runs, rows_runs = [], []
    for _ in range(rounds):
        for database, runs, file in ((book_db, book_runs, workbook), (rows_db, rows_runs, rows_csv)):
            remove_database(database)
            runs.append(importing(database, file))
    if counts(book_db) != counts(rows_db) or counts(book_db)[0] != rows:
        raise Failure(f"the workbook left {counts(book_db)} (responses, cases); the same {rows:,} rows as CSV "
                      f"left {counts(rows_db)}")
    notes.append(f"correctness: the .xlsx and the same {rows:,} rows as CSV each stored {counts(book_db)[0]:,} "
                 f"responses and opened {counts(book_db)[1]:,} cases")
    peak_book, peak_rows = peak_mib(book_runs), peak_mib(rows_runs)
    table.add(f".xlsx import, {rows:,} rows ({os.path.getsize(workbook) / 1e6:.0f} MB)", median(book_runs), rows,
              f"{peak_book:.0f} vs {peak_rows:.0f} CSV", target=f"< {WORKBOOK_PEAK_MIB} MiB",
              met=verdict(judged, peak_book, WORKBOOK_PEAK_MIB))
    table.add("the same rows as CSV", median(rows_runs), rows, peak_rows)

    # The morning's commands on the freshly imported register, as in the morning: after the
    # night's writes have reached the disk (the scenarios above leave gigabytes to write).
    os.sync()
    common = ["--database", ours_db, "--as-of", AS_OF]
    followups = [evalfeedback("followups", *common) for _ in range(rounds)]
    t_followups = median(followups)
    table.add(f"followups ({open_cases(ours_db):,} open cases)", t_followups, None, peak_mib(followups),
              target="< 0.3 s", met=verdict(judged, t_followups, 0.3))
    report = [evalfeedback("report", "--quarter", QUARTER, *common) for _ in range(rounds)]
    t_report = median(report)
    table.add(f"report --quarter {QUARTER} (text)", t_report, None, peak_mib(report),
              target="< 1 s", met=verdict(judged, t_report, 1.0))

    # Letters and the morning mail, on a copy with the clients' account managers and a config
    # whose sendmail is /bin/cat: every step of a real send but the mail server.
    letters_db, config, clients = path("letters.sqlite"), path("evalfeedback.yaml"), path("clients.csv")
    copy_database(ours_db, letters_db)
    with open(clients, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["client", "account_manager", "account_manager_email"])
        for index, client in enumerate(generate.CLIENTS):
            writer.writerow([client, f"Manager {index % 8 + 1}", f"manager{index % 8 + 1}@academie.example"])
    with open(config, "w", encoding="utf-8") as out:
        out.write('mail:\n  from: "Academie <klachten@academie.example>"\n  sendmail: /bin/cat\n'
                  "letters:\n  appeal_body: Geschillencommissie\n")
    evalfeedback("clients", "import", "--database", letters_db, clients)
    os.sync()
    letter_count = 10_000 if judged else 200
    renders = [run([os.path.join(os.path.dirname(binary), "BenchLetters"), letters_db, config, str(letter_count), AS_OF])
               for _ in range(rounds)]
    if f"{letter_count} letters rendered" not in renders[-1].stdout:
        raise Failure(f"BenchLetters did not render {letter_count} letters: {renders[-1].stdout}{renders[-1].stderr}")
    t_letters = median(renders)
    table.add(f"{letter_count:,} letters rendered (one process)", t_letters, letter_count, peak_mib(renders))
    lettered = ["--database", letters_db, "--config", config, "--as-of", AS_OF]
    digests = [evalfeedback("digest", "--send", *lettered) for _ in range(rounds)]
    if "8 messages sent" not in digests[-1].stdout:
        raise Failure(f"digest --send did not mail the 8 managers: {digests[-1].stdout}{digests[-1].stderr}")
    t_digest = median(digests)
    table.add(f"digest --send ({open_cases(letters_db):,} open cases, 8 managers)", t_digest, None, peak_mib(digests))
    return table, notes


if __name__ == "__main__":
    sys.exit(main())
