"""The guide site over a slice of the O*NET corpus in a real Chromium: the index search,
a guide page's navigation, and axe-core at 0 violations on the pages and the widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import (
    Browser,
    Page,
    Response,
    ViewportSize,
    expect,
)

from api.components import Components
from tests.api.test_widget_browser import ask, axe_violations, open_panel
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server and browser over the corpus

VIEWPORTS: dict[str, ViewportSize] = {
    "desktop": {"width": 1280, "height": 800},
    "mobile": {"width": 390, "height": 844},
}


@pytest.fixture(scope="module")
def live(onet_components: Components) -> Iterator[LiveServer]:
    settings = onet_components.settings.model_copy(update={"stream_delay_ms": 0})
    server = LiveServer(settings).start()
    yield server
    server.stop()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    yield context.new_page()
    context.close()


def test_the_index_search_finds_rn_and_the_guide_page_navigates(
    page: Page, live: LiveServer
) -> None:
    missing: list[str] = []

    def record(response: Response) -> None:
        if response.status >= 400:
            missing.append(response.url)

    page.on("response", record)
    page.goto(f"{live.url}/guides")
    expect(page.get_by_test_id("count")).to_contain_text(" guides, A to Z.")
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 1 of ")
    page.get_by_label("Find a career by job title").fill("RN")
    page.get_by_label("Find a career by job title").press("Enter")
    first = page.locator("ol.guides a").first
    expect(first).to_have_text("Registered Nurses")
    first.click()
    page.wait_for_url("**/guides/registered-nurses")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.goto(f"{live.url}/guides/production-technician")  # a guide with sub-headings
    contents = page.locator("details.toc")
    sub = contents.locator("ol ol a").first  # a sub-heading, hidden until the list opens
    expect(sub).to_be_hidden()
    contents.locator("summary").click()
    expect(sub).to_be_visible()
    anchor = (sub.get_attribute("href") or "")[1:]
    sub.click()
    expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
    expect(page.locator(f"[id='{anchor}'] a.self")).to_have_attribute("href", f"#{anchor}")
    page.goto(f"{live.url}/guides/registered-nurses")
    page.locator("footer").get_by_role("link", name="All guides").click()  # in <main>
    page.wait_for_url("**/guides")
    page.goto(f"{live.url}/favicon.ico")
    assert missing == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_axe_finds_nothing_on_a_corpus_guide_and_the_index_with_the_widget_closed_and_open(
    browser: Browser, live: LiveServer, viewport: str
) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    for path in ("/guides/registered-nurses", "/guides?q=nurse"):
        tab.goto(f"{live.url}{path}")
        expect(tab.get_by_test_id("launcher")).to_be_visible()
        assert axe_violations(tab) == [], (path, "closed")
        open_panel(tab)
        if path.startswith("/guides/"):
            ask(tab, "What does a registered nurse earn?")
        assert axe_violations(tab) == [], (path, "open")
    context.close()
