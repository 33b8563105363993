#!/usr/bin/env python3
"""The server in a real browser (issue 23): headless Chromium driven by Selenium.

Makes a register from fixtures/ with the CLI, adds a manager and a lead, starts
evalfeedback-server on a free loopback port, and as the manager: signs in, opens a case that
awaits contact, records the contact, finds it in the history with the manager's name, and signs
out. Screenshots of the list and of the case at 1280 and 390 px wide go to out/ (whole pages),
and at both widths no page may be wider than the window. Exits 0 when all of it worked; else
prints what did not and exits 1.

Usage: browser-test.py --cli .build/debug/evalfeedback --server .build/debug/evalfeedback-server
"""
import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

AS_OF = "2026-11-26"
PASSWORD = "browser-test-wachtwoord"
NOTE = "Gebeld; excuses aangeboden en een extra dag afgesproken (browsertest)"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_register(cli, server, folder):
    db = os.path.join(folder, "register.sqlite")
    subprocess.run([cli, "clients", "import", "--database", db, "fixtures/clients.csv"], check=True,
                   capture_output=True)
    for pattern in ("fixtures/exports/*.csv", "fixtures/history/*.csv"):
        files = sorted(glob.glob(pattern))
        done = subprocess.run([cli, "import", "--database", db, "--as-of", AS_OF] + files, capture_output=True)
        if done.returncode not in (0, 3):
            sys.exit(f"browser test: the import failed: {done.stderr.decode()}")
    for user in (["mark", "--name", "Mark Jansen", "--role", "manager", "--manager", "Mark Jansen"],
                 ["lead", "--name", "Lotte Lead", "--role", "lead"]):
        subprocess.run([server, "user", "add"] + user + ["--password-stdin", "--database", db],
                       input=(PASSWORD + "\n").encode(), check=True, capture_output=True)
    return db


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"browser test: {url} did not answer within {seconds} s")


def submit(driver, form):
    """Presses the form's button and waits for the next page to replace this one."""
    form.find_element(By.CSS_SELECTOR, "button").click()
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(form))


def screenshot(driver, width, path):
    """The whole page at this width: the window is made as tall as the page first."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 900), 12000))
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    driver.save_screenshot(path)
    return overflow


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--out", default="out")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="evalfeedback-browser-")
    problems = []
    server = None
    driver = None
    try:
        db = make_register(args.cli, args.server, folder)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [args.server, "serve", "--listen", f"127.0.0.1:{port}", "--database", db, "--as-of", AS_OF],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "server.log"), "w"))
        wait_for(base + "/healthz")

        options = webdriver.ChromeOptions()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         f"--user-data-dir={folder}/profile"):
            options.add_argument(argument)
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                  options=options)
        driver.set_window_size(1280, 900)

        driver.get(base + "/")
        if "/login" not in driver.current_url:
            problems.append(f"/ without a session did not lead to /login but to {driver.current_url}")
        driver.find_element(By.NAME, "login").send_keys("mark")
        driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/login']"))
        if "Mijn zaken" not in driver.page_source:
            problems.append("after signing in, the list 'Mijn zaken' did not show")
        for width in (1280, 390):
            path = os.path.join(args.out, f"server-list-{width}.png")
            if (overflow := screenshot(driver, width, path)) > 0:
                problems.append(f"the list is {overflow} px wider than a {width} px window")

        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ol.cases h3 a")]
        if not links:
            problems.append("the list shows no case of Mark Jansen's")
        case_url = None
        for link in links:
            driver.get(link)
            if driver.find_elements(By.CSS_SELECTOR, "form[action$='/contact']"):
                case_url = link
                break
        if case_url is None:
            problems.append("no case on the list awaits contact")
        else:
            driver.set_window_size(1280, 900)
            form = driver.find_element(By.CSS_SELECTOR, "form[action$='/contact']")
            form.find_element(By.NAME, "note").send_keys(NOTE)
            submit(driver, form)
            if driver.current_url != case_url:
                problems.append(f"after recording the contact the browser is at {driver.current_url}")
            history = driver.find_element(By.CSS_SELECTOR, "table.history").text
            if NOTE not in history or "contacted" not in history or "Mark Jansen" not in history:
                problems.append(f"the history does not show the contact by Mark Jansen: {history!r}")
            if "contacted on " + AS_OF not in driver.find_element(By.CSS_SELECTOR, ".flash").text:
                problems.append("the page does not say what the step changed")
            for width in (1280, 390):
                path = os.path.join(args.out, f"server-case-{width}.png")
                if (overflow := screenshot(driver, width, path)) > 0:
                    problems.append(f"the case page is {overflow} px wider than a {width} px window")

        driver.set_window_size(1280, 900)
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/logout']"))
        if "/login" not in driver.current_url:
            problems.append(f"signing out did not lead to /login but to {driver.current_url}")
        driver.get(base + "/")
        if "/login" not in driver.current_url:
            problems.append("after signing out, / still showed the list")
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    if problems:
        for problem in problems:
            print("browser test: " + problem)
        return 1
    print("browser test: signed in, recorded a contact, saw it in the history, signed out; screenshots in "
          + args.out + "/server-{list,case}-{1280,390}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
