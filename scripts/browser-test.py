#!/usr/bin/env python3
"""The server in a real browser (issue 23): headless Chromium driven by Selenium.

Makes a register from fixtures/ with the CLI, adds a manager and a lead, starts
evalfeedback-server on a free loopback port, and as the manager: signs in, opens a case that
awaits contact, records the contact, finds it in the history with the manager's name, and signs
out. Screenshots of the list and of the case at 1280 and 390 px wide go to out/ (whole pages),
and at both widths no page may be wider than the window. Then a whole day of the procedure, each
by the one whose work it is: a team member registers a complaint from a client no manager has
(R7), the lead finds it among the unassigned and assigns it (R15), the manager records the
contact, extends the answer (R11) and closes the case with the closing email sent (R14), and the
lead records an appeal and its upheld ruling and the consequences carried out; the history names
each of them (R13). Then the lead uploads an export with many remarks, warnings and rejects, worded
in Dutch, and the page is no wider than the window. Exits 0 when all of it worked; else prints what did not and exits 1.

Usage: browser-test.py --cli .build/debug/evalfeedback --server .build/debug/evalfeedback-server
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from loopback import free_port

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

AS_OF = "2026-11-26"
PASSWORD = "browser-test-wachtwoord"
NOTE = "Gebeld; excuses aangeboden en een extra dag afgesproken (browsertest)"


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
                 ["lead", "--name", "Lotte Lead", "--role", "lead"],
                 ["tim", "--name", "Tim Team", "--role", "team"]):
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

    def replaced(_):
        try:
            form.is_enabled()
            return False
        except WebDriverException:
            # Stale, or (Chromium, mid-navigation) a node that "does not belong to the document".
            return True

    WebDriverWait(driver, 15).until(replaced)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def screenshot(driver, width, path):
    """The whole page at this width: the window is made as tall as the page first."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 900), 12000))
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    driver.save_screenshot(path)
    return overflow


def screenshots(driver, out, name, what, problems):
    """Keeps out/server-NAME-{1280,390}.png; a page wider than the window is a problem about WHAT."""
    for width in (1280, 390):
        if (overflow := screenshot(driver, width, os.path.join(out, f"server-{name}-{width}.png"))) > 0:
            problems.append(f"{what} is {overflow} px wider than a {width} px window")


def sign_in(driver, base, login):
    driver.get(base + "/login")
    driver.find_element(By.NAME, "login").send_keys(login)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/login']"))


def sign_out(driver):
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/logout']"))


def expect_listed(driver, base, case_url, problems, whose):
    """The list at / shows the case."""
    driver.get(base + "/")
    if case_url.split(base)[-1] not in driver.page_source:
        problems.append(f"{whose} list does not show the complaint")


def step(driver, case_url, action, fields, problems, who):
    """Fills and sends the form of one step on the case page; False (and a problem) when the page
    offers no such form or the step was refused."""
    driver.get(case_url)
    forms = driver.find_elements(By.CSS_SELECTOR, f"form[action$='/{action}']")
    if not forms:
        problems.append(f"{who}: the case page offers no '{action}' form")
        return False
    form = forms[0]
    for name, value in fields.items():
        field = form.find_element(By.NAME, name)
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        elif field.get_attribute("type") == "date":
            # Keys typed into a date field go to its day, month and year parts in the browser's
            # own order; a person picks the date, the test sets it as the picker would.
            driver.execute_script("arguments[0].value = arguments[1]", field, value)
        elif field.get_attribute("type") == "checkbox":
            if not field.is_selected():
                field.click()
        else:
            field.clear()
            field.send_keys(value)
    submit(driver, form)
    if driver.find_elements(By.CSS_SELECTOR, ".error"):
        problems.append(f"{who}: '{action}' was refused: {driver.find_element(By.CSS_SELECTOR, '.error').text}")
        return False
    return True


def whole_day(driver, base, problems, out):
    """Registers, assigns, contacts, extends, closes, appeals and rules on one complaint in the
    browser, each step by the one whose work it is, and checks the history names them all."""
    client = "Gemeente Testdorp, afdeling P&O"
    summary = "Telefonisch geklaagd over de locatie (browsertest)"
    sign_in(driver, base, "tim")
    driver.get(base + "/cases/new")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/cases/new']")
    for name, value in (("client", client), ("contact", "Petra Proef"), ("email", "petra@example.org"),
                        ("training", "Time management"), ("summary", summary)):
        form.find_element(By.NAME, name).send_keys(value)
    submit(driver, form)
    case_url = driver.current_url
    if "/cases/" not in case_url or summary not in driver.page_source:
        problems.append(f"the team member's complaint was not registered (at {case_url})")
        return
    expect_listed(driver, base, case_url, problems, "the team member's (who registered it)")
    sign_out(driver)

    sign_in(driver, base, "lead")
    expect_listed(driver, base, case_url, problems, "the lead's (it is unassigned)")
    step(driver, case_url, "assign", {"manager": "Mark Jansen"}, problems, "lead")
    sign_out(driver)

    sign_in(driver, base, "mark")
    expect_listed(driver, base, case_url, problems, "the manager's (it is assigned to him)")
    step(driver, case_url, "contact", {"note": "Gebeld, excuses aangeboden"}, problems, "manager")
    step(driver, case_url, "extend", {"reason": "Navraag bij de locatie loopt nog", "expected": "2027-01-15"},
         problems, "manager")
    step(driver, case_url, "close", {"resolution": "Andere locatie voor de terugkomdag", "client_satisfied": "yes",
                                     "closing_email": "sent"}, problems, "manager")
    sign_out(driver)

    sign_in(driver, base, "lead")
    step(driver, case_url, "appeal", {"third_party": "Geschillencommissie"}, problems, "lead")
    step(driver, case_url, "ruling", {"ruling": "upheld", "text": "Vergoeding van de reiskosten"}, problems, "lead")
    step(driver, case_url, "consequences-done", {}, problems, "lead")
    driver.get(case_url)
    history = driver.find_element(By.CSS_SELECTOR, "table.history").text
    rows = driver.find_elements(By.CSS_SELECTOR, "table.history tbody tr")
    for name in ("Tim Team", "Lotte Lead", "Mark Jansen"):
        if name not in history:
            problems.append(f"the history does not name {name}: {history!r}")
    if len(rows) < 8:
        problems.append(f"the history holds {len(rows)} steps, not the 8 of the day: {history!r}")
    if driver.find_elements(By.CSS_SELECTOR, "form[action$='/contact'], form[action$='/close']"):
        problems.append("the closed case still offers contact or close")
    screenshots(driver, out, "day", "the case after its whole day", problems)
    driver.set_window_size(1280, 900)
    sign_out(driver)


def reports(driver, base, problems, out):
    """The lead reads the quarter's report and the register extract: both inside the site's page,
    with its navigation, and no wider than the window at desktop and phone width."""
    sign_in(driver, base, "lead")
    for name, path in (("reports", "/reports?quarter=2026-Q4"),
                       ("register", "/register?from=2026-01-01&to=" + AS_OF + "&personal=yes")):
        driver.get(base + path)
        if not driver.find_elements(By.CSS_SELECTOR, "header nav a[href='/settings']") \
                or not driver.find_elements(By.CSS_SELECTOR, "main .document h1"):
            problems.append(f"{path} does not show the document inside the site's page with its navigation")
        screenshots(driver, out, name, path, problems)
    driver.set_window_size(1280, 900)
    sign_out(driver)


def imports(driver, base, problems, out):
    """The lead uploads an export with many remarks, warnings and rejects: the page words them in
    Dutch, and neither it nor the list of the last imports' rejects is wider than the window."""
    sign_in(driver, base, "lead")
    driver.get(base + "/imports")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/imports']")
    form.find_element(By.NAME, "file").send_keys(os.path.abspath("fixtures/remarks/zonder-kolommen.csv"))
    submit(driver, form)
    for words in ("kolommen niet gebruikt: Bron", "geen kolom client", "is geen score van 1 tot 10",
                  "heeft 10 velden waar de kopregel er 9 heeft"):
        if words not in driver.page_source:
            problems.append(f"after the upload, /imports does not say '{words}'")
    screenshots(driver, out, "import", "the import's result", problems)
    driver.get(base + "/imports")
    if "zonder-kolommen.csv (import #" not in driver.page_source:
        problems.append("/imports does not list the rejects of the last import")
    screenshots(driver, out, "imports", "/imports with the last imports' rejects", problems)
    driver.set_window_size(1280, 900)
    sign_out(driver)


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
        screenshots(driver, args.out, "list", "the list", problems)

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
            # The pages speak the user's language: Dutch for the demo's users.
            if NOTE not in history or "contact met de klant" not in history or "Mark Jansen" not in history:
                problems.append(f"the history does not show the contact by Mark Jansen: {history!r}")
            if "contact met de klant op " + AS_OF not in driver.find_element(By.CSS_SELECTOR, ".flash").text:
                problems.append("the page does not say what the step changed")
            screenshots(driver, args.out, "case", "the case page", problems)

        driver.set_window_size(1280, 900)
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/logout']"))
        if "/login" not in driver.current_url:
            problems.append(f"signing out did not lead to /login but to {driver.current_url}")
        driver.get(base + "/")
        if "/login" not in driver.current_url:
            problems.append("after signing out, / still showed the list")

        whole_day(driver, base, problems, args.out)
        reports(driver, base, problems, args.out)
        imports(driver, base, problems, args.out)
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
          + args.out + "/server-{list,case}-{1280,390}.png; a whole day of the procedure (register, assign, "
          "contact, extend, close, appeal, ruling, consequences) by a team member, the lead and a manager, "
          "the case after it in " + args.out + "/server-day-{1280,390}.png; the report and the register extract "
          "in the site's page in " + args.out + "/server-{reports,register}-{1280,390}.png; an upload's remarks, "
          "warnings and rejects in Dutch in " + args.out + "/server-{import,imports}-{1280,390}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
