#!/usr/bin/env python3
"""Renders an HTML report in headless Chromium, as a reader's browser would, and checks it.

Usage: report-check.py REPORT.html OUT.png OUT.pdf
Fails (exit 1) on a blank page, a chart missing from the page, or anything Chromium logs as
a console error. The last line states the result.
"""
import os, re, shutil, subprocess, sys, tempfile

def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("report check: no Chromium found (apt-get install chromium)")

def main():
    html, png, pdf = sys.argv[1:4]
    url = "file://" + os.path.abspath(html)
    with tempfile.TemporaryDirectory() as profile:
        base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"]
        shot = subprocess.run(base + ["--window-size=1300,2400", "--screenshot=" + png, url],
                              capture_output=True, text=True, timeout=120)
        paper = subprocess.run(base + ["--print-to-pdf=" + pdf, "--no-pdf-header-footer", url],
                               capture_output=True, text=True, timeout=120)
    log = shot.stderr + paper.stderr
    problems = []
    console = [line for line in log.splitlines() if "CONSOLE" in line and ("ERROR" in line or "error" in line)]
    problems += ["console error: " + line for line in console]
    if not os.path.exists(png) or os.path.getsize(png) < 20_000:
        problems.append("the screenshot is missing or blank")
    if not os.path.exists(pdf) or os.path.getsize(pdf) < 5_000:
        problems.append("the PDF is missing or blank")
    page = open(html, encoding="utf-8").read()
    charts = len(re.findall(r'<svg class="chart"', page))
    if charts < 6:
        problems.append(f"{charts} charts in the page, 6 expected")
    pages = 0
    if os.path.exists(pdf):
        pages = len(re.findall(rb"/Type\s*/Page[^s]", open(pdf, "rb").read()))
    if problems:
        for problem in problems:
            print("report check: " + problem)
        print("report check: FAILED")
        sys.exit(1)
    print(f"report check: rendered {os.path.getsize(png)} bytes of PNG and a {pages}-page PDF, "
          f"{charts} charts, no console errors: ok")

main()
