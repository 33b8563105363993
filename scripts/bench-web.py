#!/usr/bin/env python3
"""The server's benchmark (issue 23): `make bench-web`. A benchmark, not a test.

    bench-web.py --cli BIN --server BIN [--cases 100000] [--managers 20] [--seconds 20]

Makes a register of CASES open cases over MANAGERS account managers (a clients file of one client
per manager, and an export in which every response scores the training 4, registered on the
benchmark's day so that all are open), signs a manager (CASES / MANAGERS cases) in, and runs wrk
on loopback with the session's cookie:

- `/cases/{id}` of one of that manager's cases: target p99 under 20 ms and 1,000 requests a second;
- `/` for that manager at 50 connections: target p99 under 100 ms;
- the server's peak memory (VmHWM) over the run: target under 150 MiB;
- each page made anew: another process commits to the register before each request (the server
  shows a page kept since the last commit again, `PageCache`; these requests find none), one
  request at a time, median and longest.

Prints one table with each figure and whether its target is met, and the machine it ran on.
"""
import argparse
import http.cookiejar
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from loopback import free_port

AS_OF = "2026-11-26"
PASSWORD = "bench-web-wachtwoord"


def write_inputs(folder, cases, managers):
    clients = os.path.join(folder, "clients.csv")
    with open(clients, "w") as f:
        f.write("client,account_manager,account_manager_email\n")
        for m in range(managers):
            f.write(f"Klant {m:02d} BV,Manager {m:02d},manager{m:02d}@academie.example\n")
    export = os.path.join(folder, "export.csv")
    with open(export, "w") as f:
        f.write("response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
                "score_training,score_day,score_facilities,score_trainer,comment\r\n")
        for n in range(cases):
            m = n % managers
            f.write(f"W-{n:07d},2026-11-25T10:00:00,Training {n % 8},2026-11-25,Trainer {n % 40},Klant {m:02d} BV,"
                    f"Deelnemer {n},deelnemer{n}@klant{m:02d}.example,4,8,8,8,Te veel theorie en te weinig oefenen\r\n")
    return clients, export


def sign_in(base, login):
    cookies = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirect())
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'name="_token" value="([^"]+)"', page).group(1)
    request = urllib.request.Request(
        base + "/login", headers={"Origin": base},
        data=urllib.parse.urlencode({"login": login, "password": PASSWORD, "_token": token}).encode())
    try:
        opener.open(request)
    except urllib.error.HTTPError as error:
        if error.code != 303:
            sys.exit(f"bench-web: {login} could not sign in ({error.code})")
    cookie = "; ".join(f"{c.name}={c.value}" for c in cookies)
    page = opener.open(base + "/").read().decode()
    case = re.search(r'href="/cases/(\d+)"', page).group(1)
    return cookie, case


def wrk(url, cookie, connections, seconds):
    # A 10 s timeout: at wrk's default of 2 s it gives up on slow requests and sends new ones,
    # while the server still works through the old: the figures would measure a backlog.
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency", "-H",
                          f"Cookie: {cookie}", url],
                         capture_output=True, text=True, check=True).stdout
    def ms(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    p99 = ms(re.search(r"99%\s+(\S+)", out).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return p99, rate, errors + (int(non2xx.group(1)) if non2xx else 0)


def made_anew(url, cookie, db, case, times=20):
    """Times `url` `times` times, one request at a time, each after a commit by this process (the
    case's letter language changed; writing a value again as it was commits no change, and SQLite
    tells nobody): the server can show no kept page. Median and longest, ms."""
    register = sqlite3.connect(db, timeout=60)
    elapsed = []
    for n in range(times):
        register.execute("UPDATE complaint_case SET language = ? WHERE id = ?", ("en" if n % 2 else "nl", int(case)))
        register.commit()
        start = time.monotonic()
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookie}), timeout=60) as answer:
            answer.read()
        elapsed.append((time.monotonic() - start) * 1000)
    register.close()
    return statistics.median(elapsed), max(elapsed)


def peak_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1)) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--managers", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="evalfeedback-bench-web-")
    db = os.path.join(folder, "register.sqlite")
    clients, export = write_inputs(folder, args.cases, args.managers)
    subprocess.run([args.cli, "clients", "import", "--database", db, clients], check=True, capture_output=True)
    subprocess.run([args.cli, "import", "--database", db, "--as-of", AS_OF, "--quiet", export], check=True,
                   capture_output=True)
    subprocess.run([args.server, "user", "add", "manager", "--name", "Manager 00", "--role", "manager", "--manager",
                    "Manager 00", "--password-stdin", "--database", db], input=(PASSWORD + "\n").encode(), check=True,
                   capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([args.server, "serve", "--listen", f"127.0.0.1:{port}", "--database", db, "--as-of", AS_OF],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        cookie, case = sign_in(base, "manager")
        per_manager = args.cases // args.managers
        rows = []
        # The case page first: a run on the slower list leaves the server a queue to work through.
        p99, rate, errors = wrk(base + f"/cases/{case}", cookie, 50, args.seconds)
        rows.append(("/cases/{id}, 50 connections, p99", f"{p99:.1f} ms", "< 20 ms", p99 < 20, errors))
        rows.append(("/cases/{id}, requests a second", f"{rate:,.0f}", ">= 1,000", rate >= 1000, errors))
        p99, rate, errors = wrk(base + "/", cookie, 50, args.seconds)
        rows.append((f"/ ({per_manager:,} open cases), 50 connections, p99", f"{p99:.1f} ms", "< 100 ms", p99 < 100,
                     errors))
        rows.append((f"/ ({per_manager:,} open cases), requests a second", f"{rate:,.0f}", "", True, errors))
        for name, url in ((f"/ ({per_manager:,} open cases)", base + "/"), ("/cases/{id}", base + f"/cases/{case}")):
            median, longest = made_anew(url, cookie, db, case)
            rows.append((f"{name} made anew after a commit, median / longest", f"{median:.1f} / {longest:.1f} ms",
                         "", True, 0))
        peak = peak_mib(server.pid)
        rows.append(("server peak memory (VmHWM)", f"{peak:.1f} MiB", "< 150 MiB", peak < 150, 0))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            print("bench-web: the server was still busy 30 s after SIGTERM; killed")
            server.kill()
            server.wait()
        subprocess.run(["rm", "-rf", folder])
    print(f"bench-web: {args.cases:,} open cases over {args.managers} managers; wrk -t2, {args.seconds} s per page; "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print("| measure | value | target | met | errors |")
    print("| --- | --- | --- | --- | --- |")
    for name, value, target, met, errors in rows:
        print(f"| {name} | {value} | {target} | {'yes' if met else 'NO'} | {errors} |")


if __name__ == "__main__":
    main()
