"""What a visitor notices in the widget (issue 13), in a real Chromium against a real server:
scrolling at the end of an answer, citations in place, rendering while streaming, controls,
mobile targets and theme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from api.auth import jwt_secret, mint_token
from api.settings import Settings
from tests.api.test_widget_browser import (
    ask,
    axe_violations,
    last_answer,
    open_panel,
    wait_until_answered,
)
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server and browser

# The box of an element in the page (shadow DOM included), or null when it is not rendered.
BOX = "el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }"


@pytest.fixture(scope="module")
def live(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings.model_copy(update={"stream_delay_ms": 20})).start()
    yield server
    server.stop()


@pytest.fixture
def page(browser: Browser, live: LiveServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.goto(f"{live.url}/")
    yield tab
    context.close()


def inside(inner: list[float], outer: list[float]) -> bool:
    return inner[1] >= outer[1] - 1 and inner[3] <= outer[3] + 1


def test_chips_and_thumbs_scroll_into_view_while_the_answer_start_stays_visible(
    page: Page,
) -> None:
    open_panel(page)
    log = page.get_by_test_id("messages")
    for question in (
        "Is the job stressful?",
        "How do I become a production technician?",
        "Can I work remotely?",
    ):
        answer = ask(page, question)
        area = log.evaluate(BOX)
        start = answer.evaluate(BOX)
        chips = page.get_by_test_id("suggestion").last.evaluate(BOX)
        thumbs = page.get_by_test_id("thumbs-up").last.evaluate(BOX)
        assert start[1] >= area[1] - 1, question  # the answer's first line is in view
        assert inside(chips, area), (question, chips, area)
        assert inside(thumbs, area), (question, thumbs, area)
    assert log.evaluate("el => getComputedStyle(el).overscrollBehaviorY") == "contain"


def test_a_citation_on_its_guide_page_highlights_the_passage_and_keeps_the_chat(
    page: Page,
) -> None:
    open_panel(page)
    answer = ask(page, "What tools do they use?")
    marker = answer.get_by_test_id("citation").first
    width, height = marker.evaluate("el => [el.offsetWidth, el.offsetHeight]")
    assert width >= 24
    assert height >= 24
    card = page.get_by_test_id("source").first  # a titled card: guide, section, snippet
    expect(card).to_contain_text("Production Technician › Tech Stack")
    expect(card.get_by_test_id("snippet")).to_contain_text("Programmable Logic Controllers")
    url = page.url
    marker.click()
    cited = page.locator("[data-careerbot-cited]")
    expect(cited.first).to_be_in_viewport()
    expect(cited.first).to_have_js_property("tagName", "LI")  # the passage, not the heading
    expect(cited.first).to_contain_text("Programmable Logic Controllers")
    assert page.url == url
    assert len(page.context.pages) == 1
    expect(page.get_by_test_id("panel")).to_be_visible()
    expect(last_answer(page)).to_contain_text("Tech Stack")


def test_a_source_card_names_the_career_once(page: Page) -> None:
    open_panel(page)
    ask(page, "pros and cons?")
    titles = page.get_by_test_id("source").locator("b").all_inner_texts()
    assert titles, "the answer has source cards"
    assert any("Pros & Cons › Pros" in title for title in titles)
    assert all(title.count("Production Technician") == 1 for title in titles)


def test_a_citation_on_another_page_opens_in_this_tab_and_the_chat_follows(
    page: Page, live: LiveServer
) -> None:
    page.goto(f"{live.url}/guides")
    open_panel(page)
    ask(page, "What tools does a production technician use?")
    page.get_by_test_id("source").first.click()
    page.wait_for_url("**/guides/production-technician#tech-stack")
    assert len(page.context.pages) == 1
    expect(page.get_by_test_id("panel")).to_be_visible()  # the chat followed, still open
    expect(page.locator('[data-testid="message"][data-role="user"]')).to_have_text(
        ["What tools does a production technician use?"]
    )
    cited = page.locator("[data-careerbot-cited]").first
    expect(cited).to_contain_text("Programmable Logic Controllers")
    expect(cited).to_be_in_viewport()


# Records what the last answer shows after every change while it streams.
WATCH = """() => {
  const root = document.getElementById('careerbot-widget').shadowRoot;
  window.seen = [];
  new MutationObserver(() => {
    const all = root.querySelectorAll('[data-testid="message"][data-role="assistant"]');
    const last = all[all.length - 1];
    if (last && root.querySelector('[data-testid="input"]').disabled)
      window.seen.push([last.innerText, last.querySelectorAll('li').length]);
  }).observe(root, {subtree: true, childList: true, characterData: true});
}"""


def test_a_streamed_answer_shows_no_raw_markdown_or_markers_mid_stream(page: Page) -> None:
    open_panel(page)
    page.evaluate(WATCH)
    answer = ask(page, "What tools do they use?")
    seen: list[tuple[str, int]] = page.evaluate("window.seen")
    assert len(seen) >= 5  # it streamed in steps
    for text, _ in seen:
        assert "[1]" not in text, text
        assert "[" not in text.rsplit("\n", 1)[-1], text
        assert not any(line.lstrip().startswith("- ") for line in text.split("\n")), text
    assert any(items >= 3 for _, items in seen)  # a list while streaming, not at the end
    expect(answer.locator("li")).to_have_count(10)
    expect(answer.locator("p").first).to_have_text("Tech Stack:")


def test_the_chart_is_not_repeated_on_a_pay_follow_up(page: Page) -> None:
    open_panel(page)
    ask(page, "What does a production technician earn?")
    expect(page.get_by_test_id("chart")).to_have_count(1)
    expect(last_answer(page)).to_contain_text("$58,500")
    ask(page, "and at senior level?")
    expect(last_answer(page)).to_contain_text("$70,050")
    ask(page, "What does a production technician earn?")
    expect(page.get_by_test_id("chart")).to_have_count(1)  # the same figures: not again


def test_a_vote_is_kept_across_a_reload_and_buttons_have_distinct_names(page: Page) -> None:
    open_panel(page)
    ask(page, "Do they work night shifts?")
    page.get_by_test_id("thumbs-up").last.click()
    send = page.get_by_test_id("send")
    feedback = page.get_by_test_id("feedback-send")
    assert send.get_attribute("aria-label") != feedback.inner_text()
    expect(page.get_by_role("button", name="Send feedback")).to_have_count(1)
    feedback.click()
    expect(page.get_by_test_id("feedback-thanks")).to_be_visible()
    page.reload()
    open_panel(page)
    expect(last_answer(page)).to_be_visible()
    up, down = page.get_by_test_id("thumbs-up").last, page.get_by_test_id("thumbs-down").last
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(up).to_be_disabled()  # one vote per answer
    expect(down).to_be_disabled()


def test_new_chat_clears_the_conversation(page: Page) -> None:
    open_panel(page)
    ask(page, "What tools do they use?")
    page.get_by_test_id("new-chat").click()
    expect(page.locator('[data-testid="message"]')).to_have_count(0)
    expect(page.get_by_test_id("starter").first).to_be_visible()
    expect(page.get_by_test_id("input")).to_be_focused()
    ask(page, "Is the job stressful?")
    page.reload()
    open_panel(page)
    expect(page.locator('[data-testid="message"][data-role="user"]')).to_have_text(
        ["Is the job stressful?"]
    )


def test_copy_puts_the_answer_and_its_sources_on_the_clipboard(
    browser: Browser, live: LiveServer
) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(f"{live.url}/")
    open_panel(tab)
    ask(tab, "What tools do they use?")
    tab.get_by_test_id("copy").last.click()
    expect(tab.get_by_test_id("copy").last).to_contain_text("Copied")
    copied = tab.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Tech Stack:\n- Programmable Logic Controllers (PLCs)")
    assert f"Sources:\n[1] Production Technician › Tech Stack: {live.url}/guides/" in copied
    context.close()


def test_on_a_phone_targets_are_44px_the_input_16px_and_the_theme_follows_the_system(
    browser: Browser, live: LiveServer
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    tab = context.new_page()
    tab.goto(f"{live.url}/")
    launcher = tab.get_by_test_id("launcher")
    expect(launcher).to_have_attribute("aria-label", "Open career chat")
    open_panel(tab)
    expect(launcher).to_have_attribute("aria-label", "Close career chat")
    field = tab.get_by_test_id("input")
    assert field.evaluate("el => getComputedStyle(el).fontSize") == "16px"
    background = tab.get_by_test_id("panel").evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(28, 29, 33)"  # data-theme defaults to auto: the OS is dark
    ask(tab, "What does a production technician earn?")
    tab.get_by_test_id("thumbs-down").last.click()
    sizes = tab.get_by_test_id("panel").evaluate(
        """panel => [...panel.querySelectorAll('button, a[href]')]
             .filter(el => el.getClientRects().length)
             .map(el => [el.getAttribute('aria-label') || el.textContent.trim(),
                         el.classList.contains('cite'), el.offsetWidth, el.offsetHeight])"""
    )
    assert len(sizes) >= 10
    for name, marker, width, height in sizes:
        least = 24 if marker else 44
        assert min(width, height) >= least, (name, width, height)
    expect(tab.get_by_test_id("powered-by")).to_be_visible()
    expect(tab.get_by_test_id("privacy")).to_be_hidden()  # not signed in
    context.close()


def test_a_signed_in_visitor_sees_the_privacy_line_and_the_brand(
    browser: Browser, live: LiveServer
) -> None:
    token = mint_token(jwt_secret(live.settings), "privacy-reader", "free", timedelta(minutes=5))
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(f"{live.url}/health")  # a blank same-origin page embedding the widget
    tab.evaluate(
        """([src, token]) => { const s = document.createElement('script'); s.src = src;
           s.dataset.token = token; s.dataset.brand = 'Acme Careers'; s.dataset.open = 'true';
           document.body.appendChild(s); }""",
        [f"{live.url}/widget.js", token],
    )
    panel = tab.get_by_test_id("panel")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("heading", name="Acme Careers")).to_be_visible()
    privacy = tab.get_by_test_id("privacy")
    expect(privacy.get_by_role("button", name="Export my data")).to_be_visible()
    with tab.expect_download() as download:
        privacy.get_by_role("button", name="Export my data").click()
    assert download.value.suggested_filename == "careerbot-data.json"
    privacy.get_by_role("button", name="Erase my data").click()
    privacy.get_by_role("button", name="Yes, erase everything").click()
    expect(privacy).to_contain_text("Your data was erased.")
    wait_until_answered(tab)
    context.close()


@pytest.mark.parametrize("viewport", [(1280, 800), (390, 844)])
def test_axe_finds_nothing_on_the_demo_page_with_the_widget_closed_and_open(
    browser: Browser, live: LiveServer, viewport: tuple[int, int]
) -> None:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    tab = context.new_page()
    tab.goto(f"{live.url}/")
    expect(tab.get_by_test_id("launcher")).to_be_visible()
    assert axe_violations(tab) == []
    open_panel(tab)
    assert axe_violations(tab) == []  # the welcome and starters
    ask(tab, "What does a production technician earn?")
    tab.get_by_test_id("thumbs-up").last.click()  # chart, sources, chips, the feedback form
    assert axe_violations(tab) == []
    context.close()
