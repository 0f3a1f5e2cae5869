"""How fast the studio answers the customer, in the production build.

1. Last keystroke -> checklist and alert settled: signs in as a demo customer
   in Chromium and makes 50 edits to a 5,000-character summary, alternating
   between adding a password and removing it; for each edit, the time from the
   last keystroke until the screen shows the new state (alert shown or gone,
   the summary ticked or not).
2. Page load: the studio (until its data is loaded, with that 5,000-character
   draft restored) beside a blank Reflex app (until it is hydrated), each
   served as users get it (`reflex run --env prod`, one port), both at the same
   time; their loads alternate (studio, blank, blank, studio, ...), 40 each, so
   a change in the machine's load falls on both alike. Reloaded in one tab, and
   opened in a new tab (a tab the server has not met). A load counts from the
   moment it is asked for until the page, noting it itself, shows it is ready.

    python benchmarks/studio_latency.py
Aims: settled <= 150 ms p95; studio load <= 1.3x the blank app's.
"""

import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITS = 50
LOADS = 40
SECRET = " my telegram password is Tulip#2024x"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STUDIO_READY = "#studio[data-loaded=yes]"
BLANK_READY = "[data-hydrated=yes]"
# Notes, in the page, the moment its ready mark appears (epoch ms, as time.time() counts). Timing
# until Playwright's wait_for_selector returns would count its polling too: it looks again after
# 20, 50, then every 100 ms, so a page ready 5 ms after a look was counted up to 100 ms late.
READY_CLOCK = """
new MutationObserver((_, observer) => {
  if (document.querySelector(%s)) {
    window.readyAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  }
}).observe(document, {subtree: true, childList: true, attributes: true});
"""


BLANK_PAGE = """import reflex as rx


def index():
    return rx.box(rx.text("Hello"), data_hydrated=rx.cond(rx.State.is_hydrated, "yes", "no"))


app = rx.App()
app.add_page(index)
"""


def blank_app_folder() -> Path:
    """A blank Reflex app as `reflex init` makes it, with one page."""
    from reflex_base.compiler.templates import rxconfig_template

    folder = Path(tempfile.mkdtemp()) / "blank_app"
    (folder / "blank_app").mkdir(parents=True)
    (folder / "rxconfig.py").write_text(rxconfig_template("blank_app"))
    (folder / "blank_app" / "__init__.py").write_text("")
    (folder / "blank_app" / "blank_app.py").write_text(BLANK_PAGE)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """An app served as users get it: `reflex run --env prod` on one port, one
    Granian worker (as scripts/start runs it), in its own process group; the
    studio on a fresh demo database. Its output goes to a log file; both stay in
    its scratch folder until the run has succeeded (`discard`)."""

    def __init__(self, folder: Path, database: bool):
        env = {**os.environ, "REFLEX_USE_GRANIAN": "true", "GRANIAN_WORKERS": "1", "REFLEX_TELEMETRY_ENABLED": "false"}
        self.scratch = Path(tempfile.mkdtemp(prefix="studio-latency-"))
        if database:
            env["REFLEX_DB_URL"] = f"sqlite:///{self.scratch / 'bench.db'}"
            for module in (["reflex", "db", "migrate"], ["support_studio.demo_data"]):
                subprocess.run([sys.executable, "-m", *module], cwd=folder, env=env, check=True, capture_output=True)
        self.port = free_port()
        self.log = open(self.scratch / "server.log", "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reflex", "run", "--env", "prod", "--single-port", "--backend-port", str(self.port)],
            cwd=folder,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def address(self) -> str:
        """Its address, once it serves pages."""
        address = f"http://127.0.0.1:{self.port}"
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped; see {self.log.name}")
            try:
                with urllib.request.urlopen(address + "/", timeout=2) as response:
                    if response.status == 200:
                        return address
            except OSError:
                pass
            time.sleep(1)

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()

    def discard(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(name: str, samples: list[float]) -> None:
    print(
        f"{name:<52} p50 {percentile(samples, 0.5):8.1f} ms   p95 {percentile(samples, 0.95):8.1f} ms"
        f"   (n={len(samples)}, mean {statistics.fmean(samples):.1f} ms)"
    )


class Loader:
    """Loads one page over and over: reloaded in one tab, or (`new_tabs`) in a
    new tab each time, a tab the server has not met, so it learns who is
    signed in from the browser first."""

    def __init__(self, browser, url: str, ready: str, new_tabs: bool, before=None):
        self.context = browser.new_context()
        self.context.add_init_script(READY_CLOCK % json.dumps(ready))
        self.page = self.context.new_page()
        self.url, self.ready, self.new_tabs = url, ready, new_tabs
        if before:
            before(self.page)

    def load(self) -> float:
        if self.new_tabs:
            self.page.close()
            self.page = self.context.new_page()
        started = time.time() * 1000
        self.page.goto(self.url)
        self.page.wait_for_selector(self.ready, state="attached", timeout=60_000)
        return self.page.evaluate("window.readyAt") - started


def alternating_loads(loaders: list[Loader]) -> list[list[float]]:
    """LOADS loads of each, in turns whose order flips every round; the first
    round only warms the browser's cache."""
    samples = [[] for _ in loaders]
    for round_number in range(LOADS + 1):
        order = list(range(len(loaders)))
        for index in order if round_number % 2 else order[::-1]:
            took = loaders[index].load()
            if round_number:
                samples[index].append(took)
    for loader in loaders:
        loader.context.close()
    return samples


def sign_in(page, base: str) -> None:
    page.goto(base + "/login")
    page.wait_for_selector("[data-hydrated=yes]", state="attached", timeout=60_000)
    page.get_by_label("Username", exact=True).fill("maria")
    page.get_by_label("Password", exact=True).fill("maria-demo-pass")
    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/tickets/new", timeout=60_000)


def keystroke_latency(browser, base: str) -> list[float]:
    """Leaves maria's draft as the page loads find it: Other, a 5,000-character summary."""
    page = browser.new_page()
    sign_in(page, base)
    page.wait_for_selector(STUDIO_READY, state="attached", timeout=60_000)
    if page.get_by_role("button", name="Start over").count():
        page.get_by_role("button", name="Start over").click()
        page.get_by_role("alertdialog").get_by_role("button", name="Start over").click()
    page.get_by_role("radio", name=re.compile("^Other")).click()
    summary = page.get_by_label("Summary", exact=True)
    summary.fill(("The channel dropped well below start count plus quantity. " * 90)[: 5000 - len(SECRET)])
    page.wait_for_selector("#check-summary[data-done=yes]", state="attached")
    summary.focus()
    page.keyboard.press("End")
    samples = []
    for edit in range(EDITS):
        adding = edit % 2 == 0
        if adding:
            page.keyboard.insert_text(SECRET)  # one input event, as a paste or fast typing's last key
        else:
            for _ in SECRET:
                page.keyboard.press("Backspace")
        last_keystroke = time.perf_counter()
        page.wait_for_function(
            "(flagged) => (document.querySelectorAll('.screening-alert').length > 0) === flagged"
            " && document.querySelector('#check-summary')?.dataset.done === (flagged ? 'no' : 'yes')",
            arg=adding,
            polling="raf",
            timeout=10_000,
        )
        samples.append((time.perf_counter() - last_keystroke) * 1000)
    page.close()
    return samples


def main() -> None:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from support_studio import routes

    blank_app = blank_app_folder()
    servers = [Server(ROOT, database=True), Server(blank_app, database=False)]
    try:
        studio_base, blank_base = (server.address() for server in servers)
        studio_url, blank_url = studio_base + routes.NEW_TICKET + "/", blank_base + "/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            settled = keystroke_latency(browser, studio_base)
            loads = {}
            for new_tabs in (False, True):
                loaders = [
                    Loader(browser, studio_url, STUDIO_READY, new_tabs, before=lambda page: sign_in(page, studio_base)),
                    Loader(browser, blank_url, BLANK_READY, new_tabs),
                ]
                loads[new_tabs] = alternating_loads(loaders)
            browser.close()
    finally:
        for server in servers:
            server.stop()

    load = os.getloadavg()[0]
    print(f"Studio latency and page load, production builds, Chromium (load average {load:.2f})")
    report("last keystroke -> checklist and alert settled", settled)
    for new_tabs, name in ((False, "reloaded"), (True, "in a new tab")):
        studio_samples, blank_samples = loads[new_tabs]
        report(f"studio page load, {name} (until its data is in)", studio_samples)
        report(f"blank Reflex app page load, {name} (hydrated)", blank_samples)
        ratio = percentile(studio_samples, 0.5) / percentile(blank_samples, 0.5)
        print(f"studio / blank page load, {name} (p50): {ratio:.2f}x")
    print("Aims: settled <= 150 ms p95; studio load <= 1.3x the blank app's.")
    for server in servers:
        server.discard()
    shutil.rmtree(blank_app.parent, ignore_errors=True)  # its build, left behind by every run before


if __name__ == "__main__":
    main()
