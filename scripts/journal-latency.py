#!/usr/bin/env python3
"""How the server's pages answer while an import runs (issue 23): reader latency and errors.

    journal-latency.py EXPORT --cli BIN --server BIN [--readers 4]

Makes a register from fixtures/ (clients, exports, history) with a manager and a lead (with
--cases N: instead, `make bench-web`'s register of N open cases over 20 managers, the manager one
of them with N/20 cases), starts
the server on a free loopback port, signs both in, then runs `evalfeedback import EXPORT` (a
million-response export from scripts/bench/generate.py) on the same register while reader
threads ask for `/` and a case page, one request after another, until the import ends. Prints
the register's journal mode, the import's time and, per page, requests, errors, p50, p99 and
the longest wait. Timing is the point: run it by hand on a quiet machine, never in `make test`.
"""
import argparse
import glob
import http.cookiejar
import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

from loopback import free_port

AS_OF = "2026-11-26"
PASSWORD = "latency-wachtwoord"


class Session:
    """One signed-in browser: cookies and the form token, over urllib."""

    def __init__(self, base, login):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())
        page = self.get("/login")[1]
        token = re.search(r'name="_token" value="([^"]+)"', page).group(1)
        status, _ = self.post("/login", {"login": login, "password": PASSWORD, "_token": token})
        if status != 303:
            sys.exit(f"journal latency: {login} could not sign in ({status})")

    def get(self, path):
        try:
            with self.opener.open(self.base + path, timeout=120) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path, fields):
        request = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(fields).encode(),
                                         headers={"Origin": self.base})
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--cases", type=int, help="make bench-web's register of this many open cases instead")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="evalfeedback-latency-")
    db = os.path.join(folder, "register.sqlite")
    manager = "Mark Jansen"
    if args.cases:
        bench_web = importlib.util.spec_from_file_location(
            "bench_web", os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-web.py"))
        module = importlib.util.module_from_spec(bench_web)
        bench_web.loader.exec_module(module)
        clients, export = module.write_inputs(folder, args.cases, 20)
        subprocess.run([args.cli, "clients", "import", "--database", db, clients], check=True, capture_output=True)
        subprocess.run([args.cli, "import", "--database", db, "--as-of", AS_OF, "--quiet", export], check=True,
                       capture_output=True)
        manager = "Manager 00"
    else:
        subprocess.run([args.cli, "clients", "import", "--database", db, "fixtures/clients.csv"], check=True,
                       capture_output=True)
        for pattern in ("fixtures/exports/*.csv", "fixtures/history/*.csv"):
            subprocess.run([args.cli, "import", "--database", db, "--as-of", AS_OF] + sorted(glob.glob(pattern)),
                           capture_output=True)
    for user in (["mark", "--name", "Mark Jansen", "--role", "manager", "--manager", manager],
                 ["lead", "--name", "Lotte Lead", "--role", "lead"]):
        subprocess.run([args.server, "user", "add"] + user + ["--password-stdin", "--database", db],
                       input=(PASSWORD + "\n").encode(), check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([args.server, "serve", "--listen", f"127.0.0.1:{port}", "--database", db,
                               "--as-of", AS_OF], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        mode = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("PRAGMA journal_mode").fetchone()[0]
        sessions = [Session(base, "mark" if n % 2 == 0 else "lead") for n in range(args.readers)]
        case = re.search(r'href="/cases/(\d+)"', sessions[0].get("/")[1]).group(1)
        results = {"/": [], f"/cases/{case}": []}
        errors = {path: 0 for path in results}
        lock = threading.Lock()
        done = threading.Event()

        def read(session, path):
            while not done.is_set():
                start = time.monotonic()
                status, _ = session.get(path)
                elapsed = (time.monotonic() - start) * 1000
                with lock:
                    results[path].append(elapsed)
                    if status != 200:
                        errors[path] += 1

        threads = [threading.Thread(target=read, args=(session, list(results)[n % 2]))
                   for n, session in enumerate(sessions)]
        start = time.monotonic()
        importing = subprocess.Popen([args.cli, "import", "--database", db, "--as-of", AS_OF, "--quiet",
                                      args.export], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for thread in threads:
            thread.start()
        status = importing.wait()
        seconds = time.monotonic() - start
        done.set()
        for thread in threads:
            thread.join()
        print(f"journal mode {mode}; import of {os.path.basename(args.export)}: {seconds:.1f} s, exit {status}; "
              f"{args.readers} readers")
        print(f"{'page':<14} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
        for path, values in results.items():
            shown = "/cases/{id}" if path != "/" else "/"
            print(f"{shown:<14} {len(values):>9} {errors[path]:>7} {percentile(values, .5):>8.1f} "
                  f"{percentile(values, .99):>8.1f} {max(values, default=float('nan')):>8.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        subprocess.run(["rm", "-rf", folder])


if __name__ == "__main__":
    main()
