"""End to end in a real browser: Playwright drives Debian's Chromium against `streamlit run app.py`.

What only a browser shows: the one assistant message growing in place while tokens arrive (never a
second bubble), the uploader, page switches through the sidebar keeping each page's history, and
the stop button keeping what arrived. Screenshots of the main screens go to a temp folder (see SHOTS).

Playwright's own browser download is not reachable from these machines, so the tests launch
/usr/bin/chromium (`apt-get install chromium`); without it they skip, unless CI is set.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
# Screenshots go to a temp folder so a test run leaves the work tree clean; refresh the README's with
# QUERYCHAT_SCREENSHOT_DIR=docs/screenshots python -m pytest tests/test_browser.py
SHOTS = Path(os.environ.get("QUERYCHAT_SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "querychat-screenshots")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUIET = ["--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
MODEL_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "QUERYCHAT_PROVIDER", "QUERYCHAT_MODEL", "QUERYCHAT_MAX_RETRIES")


def _need_browser() -> Any:
    """The sync Playwright API, or a skip (a failure under CI) when the browser is not there."""
    problem = None
    if not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        problem = "playwright is not installed (pip install playwright)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_app(env: dict[str, str] | None = None) -> Iterator[str]:
    """`streamlit run app.py` on a free port; yields its URL once /_stcore/health answers."""
    port = _free_port()
    base = {k: v for k, v in os.environ.items() if k not in MODEL_ENV}
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port), *QUIET],
        cwd=ROOT,
        env={**base, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                log.seek(0)
                pytest.fail(f"streamlit did not come up:\n{log.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextmanager
def fake_model(answer: str, sql: str, delay: float) -> Iterator[str]:
    """tests/fakes/fake_openai.py as a process; yields its base URL."""
    portfile = Path(tempfile.mkdtemp()) / "port"
    script = ["--answer", answer, "--sql", sql, "--delay", str(delay), "--lifetime", "300"]
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fakes" / "fake_openai.py"), "--portfile", str(portfile), *script],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if portfile.exists() and portfile.read_text().strip():
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{portfile.read_text().strip()}/v1"
    finally:
        proc.kill()
        proc.wait(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _need_browser()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser: Any, url: str) -> Any:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(30_000)
    page.goto(url, wait_until="networkidle")
    page.get_by_test_id("stChatInputTextArea").wait_for()
    return page


def messages(page: Any) -> Any:
    return page.get_by_test_id("stChatMessage")


def running(page: Any) -> bool:
    """Streamlit's own "running" indicator in the header."""
    return page.get_by_test_id("stStatusWidget").is_visible()


def ask(page: Any, question: str, until: Callable[[str], bool], timeout: float = 45) -> tuple[int, list[str]]:
    """Submit a question and watch: returns the peak message count seen and each poll's last text."""
    before = messages(page).count()
    page.get_by_test_id("stChatInputTextArea").fill(question)
    page.keyboard.press("Enter")
    peak, seen = before, []
    deadline = time.time() + timeout
    while time.time() < deadline:
        n = messages(page).count()
        peak = max(peak, n)
        if n >= before + 2:
            text = messages(page).nth(n - 1).inner_text()
            seen.append(text)
            if until(text) and not running(page):
                break
        time.sleep(0.1)
    return peak - before, seen


def wait_text(locator: Any, *texts: str, timeout: float = 30) -> str:
    """Poll until every text shows inside the locator (Streamlit redraws in several steps)."""
    deadline = time.time() + timeout
    while True:
        text = locator.inner_text()
        if all(t in text for t in texts):
            return text
        assert time.time() < deadline, f"never saw {texts} in: {text[-500:]}"
        time.sleep(0.1)


def finished(text: str) -> bool:
    """An offline answer is complete once its last element, the CSV download, is drawn."""
    return "result rows analyzed" in text and "Download CSV" in text


def goto(page: Any, title: str) -> None:
    page.get_by_test_id("stSidebarNavLink").filter(has_text=title).click()
    page.get_by_test_id("stHeading").filter(has_text=title).wait_for()
    deadline = time.time() + 10
    while running(page) and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # stale elements of the previous page are cleared at the end of the run


def shot(page: Any, name: str, height: int | None = None) -> None:
    """Save a screenshot; ``height`` grows the window first (Streamlit scrolls inside its main area,
    so a full-page screenshot alone would still be cut at the window's height)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    if height:
        page.set_viewport_size({"width": 1400, "height": height})
        time.sleep(1)
    page.screenshot(path=str(SHOTS / name))
    if height:
        page.set_viewport_size({"width": 1400, "height": 1000})


def test_upload_ask_switch_pages_offline(browser: Any, tmp_path: Path) -> None:
    csv = tmp_path / "orders.csv"
    lines = ["order_id,city,amount"] + [
        f"{i},{['Lyon', 'Porto', 'Graz', 'Oslo'][i % 4]},{(i * 37) % 400 + 5}" for i in range(250)
    ]
    csv.write_text("\n".join(lines) + "\n")
    bad = tmp_path / "broken.csv"
    bad.write_bytes(b"\x00\x01\x02garbage\xff\xfe" * 50)

    with streamlit_app() as url:
        page = open_page(browser, url)
        sidebar = page.get_by_test_id("stSidebar")
        assert "Offline" in sidebar.inner_text()
        shot(page, "start.png")

        # a bad file: a clear error, nothing else lost; a good file: its own table
        page.locator("input[type=file]").set_input_files([str(bad), str(csv)])
        wait_text(sidebar, "broken.csv", "orders", "250", "penguins", "seattle_weather")
        assert "binary" in page.get_by_test_id("stAlert").filter(has_text="broken.csv").inner_text()

        grew, _ = ask(page, "What is the total amount by city?", finished)
        assert grew == 2, "exactly one user and one assistant message, never more while streaming"
        final = messages(page).last.inner_text()
        assert "SELECT" in final.upper() and "orders" in final
        assert "result rows analyzed" in final and "total" in final and "first token" in final
        assert "Lyon" in final
        page.get_by_test_id("stVegaLiteChart").first.wait_for()
        time.sleep(1)
        shot(page, "chat.png")
        chat_texts = messages(page).all_inner_texts()

        goto(page, "Scratchpad")
        assert messages(page).count() == 0, "a new page starts with its own, empty history"
        assert "orders" in page.get_by_test_id("stSidebar").inner_text(), "the sidebar is on every page"
        grew, _ = ask(page, "How many penguins of each species are there?", finished)
        assert grew == 2
        assert "Adelie" in messages(page).last.inner_text()

        goto(page, "Chat")
        assert messages(page).count() == 2
        assert messages(page).first.inner_text().strip().endswith("What is the total amount by city?")
        assert "Lyon" in messages(page).last.inner_text()
        assert len(chat_texts) == 2

        goto(page, "Data")
        assert messages(page).count() == 0
        page.get_by_test_id("stDataFrame").first.wait_for()
        shot(page, "data.png")

        goto(page, "Performance")
        page.get_by_test_id("stMetric").first.wait_for()
        assert page.get_by_test_id("stMainBlockContainer").bounding_box()["width"] > 900, "wide layout"
        assert "2 of 2 met" in page.inner_text("body") or "met" in page.inner_text("body")
        shot(page, "performance.png", height=1700)

        goto(page, "Scratchpad")
        assert messages(page).count() == 2
        width = page.get_by_test_id("stMainBlockContainer").bounding_box()["width"]
        assert width < 900, f"chat pages are centered again after the wide pages ({width} px)"
        page.close()


def test_model_stream_grows_in_place_and_stop_keeps_the_text(browser: Any) -> None:
    words = [f"word{i}" for i in range(60)]
    answer = " ".join(words) + " END"
    sql = "SELECT species, COUNT(*) AS fake_total_marker FROM penguins GROUP BY species ORDER BY 2 DESC"
    with fake_model(answer, sql, delay=0.06) as base_url:
        env = {
            "QUERYCHAT_PROVIDER": "openai",
            "OPENAI_API_KEY": "sk-fake",
            "QUERYCHAT_MODEL": "fake-model",
            "OPENAI_BASE_URL": base_url,
        }
        with streamlit_app(env) as url:
            page = open_page(browser, url)
            assert "fake-model" in page.get_by_test_id("stSidebar").inner_text()
            shot_taken = False

            def done(text: str) -> bool:
                nonlocal shot_taken
                if not shot_taken and 15 < text.count("word") < 45:
                    shot(page, "streaming.png")
                    shot_taken = True
                return "END" in text and finished(text)

            grew, seen = ask(page, "How many penguins of each species are there?", done)
            assert grew == 2, "the stream never adds a second assistant message"
            partial = sorted({t.count("word") for t in seen if 0 < t.count("word") < len(words)})
            assert len(partial) >= 3, f"the one message grew in place: {partial}"
            final = messages(page).last.inner_text()
            assert all(f"{w} " in final for w in words) and "END" in final
            positions = [final.index(f"{w} ") for w in words]
            assert positions == sorted(positions), "tokens arrive in order"

            # stop the next answer midway: what arrived is kept, marked stopped
            page.get_by_test_id("stChatInputTextArea").fill("Which island has the most penguins?")
            page.keyboard.press("Enter")
            deadline = time.time() + 30
            while messages(page).count() < 4 or messages(page).last.inner_text().count("word") < 10:
                assert time.time() < deadline, "the second answer never started streaming"
                time.sleep(0.05)
            page.get_by_test_id("stButton").filter(has_text="Stop").click()
            # marked at once, without a page switch: the click's own rerun draws it stopped
            stopped = wait_text(messages(page).last, "Stopped", "Ask again", timeout=10)
            assert messages(page).count() == 4 and "word0 word1" in stopped and "END" not in stopped
            deadline = time.time() + 10
            while running(page):  # the click's rerun ends: nothing is left running
                assert time.time() < deadline, "the app still runs after the stop"
                time.sleep(0.1)
            goto(page, "Scratchpad")
            goto(page, "Chat")
            assert messages(page).count() == 4
            # the answer text is what must not change (charts and tables may finish drawing after a switch)
            after = messages(page).last.inner_text()
            assert re.findall(r"word\d+", after) == re.findall(r"word\d+", stopped), "nothing arrived after the stop"
            assert "Stopped" in after
            shot(page, "stopped.png")
            page.close()
