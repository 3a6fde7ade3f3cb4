"""The widget in a real headless Chromium against a real uvicorn server."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import (
    Browser,
    Dialog,
    Locator,
    Page,
    Route,
    expect,
)

from api.settings import Settings
from tests.browser import CHROMIUM
from tests.live_server import LiveServer
from tests.paths import ROOT

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

SCREENSHOTS = ROOT / "test-results" / "widget"

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip(
        f"{CHROMIUM} not found: `make install` (as root) installs Debian's chromium",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("browser"), stream_delay_ms=25)
    server = LiveServer(settings).start()
    yield server
    server.stop()


@pytest.fixture
def page(browser: Browser, live: LiveServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    tab = context.new_page()
    tab.goto(f"{live.url}/")
    yield tab
    context.close()


def widget(page: Page) -> Locator:
    return page.locator("#careerbot-widget")


def open_panel(page: Page) -> Locator:
    page.get_by_test_id("launcher").click()
    panel = page.get_by_test_id("panel")
    expect(panel).to_be_visible()
    return panel


def last_answer(page: Page) -> Locator:
    return page.locator('[data-testid="message"][data-role="assistant"]').last


def wait_until_answered(page: Page) -> None:
    expect(page.get_by_test_id("input")).to_be_enabled(timeout=20_000)
    expect(page.get_by_test_id("typing")).to_have_count(0)


def ask(page: Page, question: str) -> Locator:
    field = page.get_by_test_id("input")
    field.fill(question)
    field.press("Enter")
    wait_until_answered(page)
    return last_answer(page)


def axe_violations(page: Page) -> list[str]:
    """What axe-core (shipped in the ``axe-playwright-python`` package, no network) finds,
    shadow DOM included, as ``rule: targets`` lines."""
    results: dict[str, Any] = Axe().run(page).response
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results["violations"]]


SAMPLE_ANSWER_LENGTHS = """() => {
  window.answerLengths = [];
  const root = document.getElementById("careerbot-widget").shadowRoot;
  setInterval(() => {
    const answers = root.querySelectorAll('[data-testid="message"][data-role="assistant"]');
    const last = answers[answers.length - 1];
    window.answerLengths.push([answers.length, last ? last.innerText.length : 0]);
  }, 5);
}"""


def test_starter_question_streams_a_cited_answer_with_its_source_card(page: Page) -> None:
    open_panel(page)
    page.evaluate(SAMPLE_ANSWER_LENGTHS)  # sampled in the page: a busy test process misses steps
    page.get_by_test_id("starter").filter(
        has_text="How do I become a production technician?"
    ).click()
    answer = last_answer(page)
    wait_until_answered(page)
    samples = page.evaluate("window.answerLengths")
    growing = sorted({length for count, length in samples if count == samples[-1][0]} - {0})
    assert len(growing) >= 3, growing  # the text grew in several steps while streaming
    citation = answer.get_by_test_id("citation").first
    href = citation.get_attribute("href") or ""
    assert href.endswith("/guides/production-technician#path-to-production-technician")
    assert citation.get_attribute("target") is None  # same tab: the chat follows
    sources = answer.locator("xpath=..").get_by_test_id("source")
    expect(sources.first).to_contain_text("Production Technician › Path to Production Technician")


def test_keyboard_only_follow_up_is_answered_in_context(page: Page) -> None:
    page.keyboard.press("Tab")
    for _ in range(200):  # tab through the page (skip link, contents, headings) to the launcher
        if (
            page.evaluate("document.activeElement && document.activeElement.id")
            == "careerbot-widget"
        ):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("panel")).to_be_visible()
    expect(page.get_by_test_id("input")).to_be_focused()
    page.keyboard.type("What does a production technician earn?")
    page.keyboard.press("Enter")
    wait_until_answered(page)
    expect(last_answer(page)).to_contain_text("$58,500")
    expect(page.get_by_test_id("chart")).to_be_visible()
    page.keyboard.type("and at senior level?")
    page.keyboard.press("Enter")
    wait_until_answered(page)
    expect(last_answer(page)).to_contain_text("$70,050")
    for _ in range(30):  # focus stays inside the open panel
        page.keyboard.press("Tab")
        inside = page.evaluate("() => document.activeElement?.id === 'careerbot-widget'")
        assert inside
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("panel")).to_be_hidden()
    expect(page.get_by_test_id("launcher")).to_be_focused()


def test_markup_in_messages_is_shown_as_text_and_never_runs(page: Page) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    open_panel(page)
    hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> what does it pay?"
    ask(page, hostile)
    mine = page.locator('[data-testid="message"][data-role="user"]').last
    expect(mine).to_have_text(hostile)
    injected = widget(page).locator("img, script")
    assert injected.count() == 0
    assert page.locator("body img, body script:not([src])").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


def test_thumbs_down_with_a_comment_is_stored(page: Page, live: LiveServer) -> None:
    open_panel(page)
    ask(page, "Is the job stressful?")
    page.get_by_test_id("thumbs-down").last.click()
    page.get_by_test_id("feedback-comment").fill("I wanted hours per week")
    page.get_by_test_id("feedback-send").click()
    expect(page.get_by_test_id("feedback-thanks")).to_be_visible()
    database = live.settings.data_dir / "careerbot.sqlite"
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT rating, comment FROM feedback").fetchall()
    assert ("down", "I wanted hours per week") in rows


def test_a_second_vote_from_another_tab_is_thanked_not_an_error(
    page: Page, live: LiveServer
) -> None:
    database = live.settings.data_dir / "careerbot.sqlite"

    def votes() -> list[tuple[str]]:
        with sqlite3.connect(database) as connection:
            return connection.execute("SELECT rating FROM feedback ORDER BY created_at").fetchall()

    before = votes()
    open_panel(page)
    ask(page, "Do they work night shifts?")
    other = page.context.new_page()  # the same visitor in a second tab: the chat follows
    other.goto(page.url)
    open_panel(other)
    expect(other.get_by_test_id("thumbs-up")).to_be_enabled()
    page.get_by_test_id("thumbs-up").last.click()
    page.get_by_test_id("feedback-send").click()
    expect(page.get_by_test_id("feedback-thanks")).to_be_visible()
    other.get_by_test_id("thumbs-down").last.click()
    other.get_by_test_id("feedback-send").click()
    expect(other.get_by_test_id("feedback-thanks")).to_be_visible()
    expect(widget(other).locator('[data-testid="error"]:visible')).to_have_count(0)
    assert votes() == [*before, ("up",)]  # the first vote stands, the second was a 409


def test_conversation_survives_a_reload(page: Page) -> None:
    open_panel(page)
    ask(page, "What tools do they use?")
    page.reload()
    open_panel(page)
    expect(page.locator('[data-testid="message"][data-role="user"]')).to_have_text(
        ["What tools do they use?"]
    )
    expect(last_answer(page)).to_contain_text("Tech Stack")


def test_server_down_shows_retry_that_works_when_it_is_back(page: Page, live: LiveServer) -> None:
    open_panel(page)
    ask(page, "What does a typical day look like?")
    live.stop()
    try:
        field = page.get_by_test_id("input")
        field.fill("Can I work remotely?")
        field.press("Enter")
        expect(page.get_by_test_id("error")).to_be_visible(timeout=15_000)
        retry = page.get_by_test_id("retry")
        expect(retry).to_be_visible()
    finally:
        live.start()
    retry.click()
    wait_until_answered(page)
    expect(last_answer(page)).to_contain_text("remote")
    expect(page.get_by_test_id("error")).to_have_count(0)
    users = page.locator('[data-testid="message"][data-role="user"]')
    expect(users).to_have_count(2)  # the retried question is not duplicated


def test_layout_on_desktop_and_mobile(browser: Browser, live: LiveServer) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, viewport in (("desktop", (1280, 800)), ("mobile", (390, 844))):
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        tab = context.new_page()
        tab.goto(f"{live.url}/")
        open_panel(tab)
        ask(tab, "What does a production technician earn?")
        box = tab.get_by_test_id("panel").bounding_box()
        assert box is not None
        if name == "mobile":
            assert (box["x"], box["y"]) == (0, 0)
            assert (box["width"], box["height"]) == viewport
        else:
            assert box["width"] < 480
        tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
        context.close()


def test_over_quota_the_panel_says_when_to_try_again(browser: Browser, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, stream_delay_ms=0, quota_free="2/minute")
    server = LiveServer(settings).start()
    try:
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(f"{server.url}/")
        open_panel(tab)
        ask(tab, "What tools do they use?")
        ask(tab, "Is the job stressful?")
        field = tab.get_by_test_id("input")
        field.fill("Can I work remotely?")
        field.press("Enter")
        error = tab.get_by_test_id("error")
        expect(error).to_be_visible(timeout=10_000)
        expect(error).to_contain_text(re.compile(r"[Tt]ry again in \d+ seconds?"))
        context.close()
    finally:
        server.stop()


def test_an_expired_token_falls_back_to_guest_and_says_so(
    browser: Browser, live: LiveServer
) -> None:
    context = browser.new_context()
    tab = context.new_page()
    # The widget's own check of the token (/v1/me) is answered while the question is in
    # flight: the question, sent with the bad token, must still be answered as a guest.
    held: list[Route] = []
    tab.route("**/v1/me", lambda route: held.append(route))

    def question_after_the_check(route: Route) -> None:
        while held:
            held.pop().continue_()
        response = route.fetch()  # the server's 401 for the bad token
        time.sleep(0.5)  # the check's 401 reaches the widget first
        route.fulfill(response=response)

    tab.route("**/v1/chat/stream", question_after_the_check)
    # The demo page has no token; embed the widget on a blank same-origin page with a bad one.
    tab.goto(f"{live.url}/health")
    tab.evaluate(
        """(src) => { const s = document.createElement('script'); s.src = src;
           s.dataset.career = 'production-technician'; s.dataset.token = 'not-a-valid-token';
           s.dataset.open = 'true'; document.body.appendChild(s); }""",
        f"{live.url}/widget.js",
    )
    expect(tab.get_by_test_id("panel")).to_be_visible()
    ask(tab, "What does a production technician earn?")
    expect(last_answer(tab)).to_contain_text("$58,500")
    expect(tab.get_by_test_id("notice")).to_contain_text("guest")
    context.close()


def test_a_question_whose_answer_was_lost_says_so_after_reload_and_retry_answers_it(
    page: Page, live: LiveServer
) -> None:
    open_panel(page)
    ask(page, "Which certifications help a production technician?")
    lost = "What does a typical day look like?"
    database = live.settings.data_dir / "careerbot.sqlite"
    with sqlite3.connect(database) as connection:  # what a server killed mid-answer leaves
        (conversation_id,) = connection.execute(
            "SELECT conversation_id FROM messages WHERE text LIKE 'Which certifications%' "
            "ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        connection.execute(
            "INSERT INTO messages (id, conversation_id, role, text, created_at) "
            "VALUES ('lost-answer-question', ?, 'user', ?, '2026-01-01 00:00:00.000000')",
            (conversation_id, lost),
        )
    page.reload()
    open_panel(page)
    users = page.locator('[data-testid="message"][data-role="user"]')
    expect(users).to_have_text(["Which certifications help a production technician?", lost])
    expect(page.get_by_test_id("error")).to_contain_text("No answer was received")
    page.get_by_test_id("retry").click()
    wait_until_answered(page)
    expect(page.get_by_test_id("error")).to_have_count(0)
    expect(users).to_have_count(2)
    expect(last_answer(page)).to_contain_text("Focus")  # A Day in the Life
