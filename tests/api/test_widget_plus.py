"""Plus in the widget (issue 12): the Plus UI a second script adds for Plus visitors only, in a
real Chromium against a real server; and the two small routes it uses, ``/v1/me`` and
``/v1/careers``."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from playwright.sync_api import Browser, Page, expect

from api.auth import Plan, jwt_secret, mint_token
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

GZIP_BUDGET = 14 * 1024
# A hosted model's fake whose only sentence the grounding guard drops, so advice is the
# computed plan and the guide's own text (the embedded LLM stays out of browser tests).
UNGROUNDED = FakeListChatModel(responses=["The moon is made of green cheese."])
PROFILE = {
    "current_role": "Assembly operator",
    "years_experience": 1,
    "skills": ["PLC programming", "Blueprint reading"],
    "certifications": [],
    "education": "High school diploma",
    "location": "Dayton, OH",
    "goal_career": "Production Technician",
}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("plus-ui"),
        stream_delay_ms=25,
        quota_free="10000/minute",
        quota_plus="10000/minute",
        quota_writes="10000/minute",
    )
    server = LiveServer(settings, llm=UNGROUNDED).start()
    yield server
    server.stop()


def token_for(live: LiveServer, plan: Plan) -> str:
    """A signed token for a new visitor on ``plan``."""
    return mint_token(jwt_secret(live.settings), uuid.uuid4().hex, plan, timedelta(minutes=30))


HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Acme careers</title></head><body><main><h1>Production technician</h1>
<p>A host site's own guide page.</p></main>
<script src="/widget.js" data-career="production-technician" data-token="{token}" defer></script>
</body></html>"""


def embed(tab: Page, live: LiveServer, token: str) -> None:
    """The widget on a host site's page (same origin, served by Playwright) signed in with
    ``token``, as the host embeds it: ``data-token``."""
    page_url = f"{live.url}/acme/production-technician"
    tab.context.route(
        page_url,
        lambda route: route.fulfill(content_type="text/html", body=HOST_PAGE.format(token=token)),
    )
    tab.goto(page_url)
    expect(tab.get_by_test_id("launcher")).to_be_visible()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def fill_profile(tab: Page) -> None:
    """Type the profile into the sheet, as a visitor would, and save it."""
    tab.get_by_test_id("profile-open").click()
    sheet = tab.get_by_test_id("profile-sheet")
    expect(sheet).to_be_visible()
    role = sheet.get_by_label("Current role", exact=True)  # the hint is its description
    expect(role).to_be_focused()
    expect(role).to_have_accessible_description("Your job title today")
    tab.keyboard.press("Tab")  # the panel's focus trap walks the sheet's fields in order
    expect(sheet.get_by_label("Years of experience")).to_be_focused()
    tab.keyboard.press("Shift+Tab")
    expect(sheet.get_by_label("Current role")).to_be_focused()
    sheet.get_by_label("Current role").fill(str(PROFILE["current_role"]))
    sheet.get_by_label("Years of experience").fill("1")
    sheet.get_by_label("Skills").fill("PLC programming, Blueprint reading")
    sheet.get_by_label("Education").fill(str(PROFILE["education"]))
    sheet.get_by_label("Location").fill(str(PROFILE["location"]))
    goal = sheet.get_by_label("Goal")
    goal.press_sequentially("product")  # the guide index's title search suggests careers
    expect(tab.locator("#cb-careers option")).to_have_count(1)
    assert tab.locator("#cb-careers option").get_attribute("value") == "Production Technician"
    goal.fill("Production Technician")
    sheet.get_by_role("button", name="Save profile").click()
    expect(tab.get_by_test_id("profile-status")).to_have_text("Saved.")


def ask_for_advice(tab: Page) -> None:
    tab.get_by_test_id("advice").click()
    expect(tab.get_by_test_id("plan")).to_be_visible(timeout=30_000)
    wait_until_answered(tab)


def test_plus_visitor_fills_the_profile_gets_a_cited_plan_and_keeps_both_after_reload(
    browser: Browser, live: LiveServer
) -> None:
    token = token_for(live, "plus")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    embed(tab, live, token)
    panel = open_panel(tab)
    expect(tab.get_by_test_id("plan-badge")).to_have_text("Plus")
    expect(panel.get_by_role("heading", name="Career assistant Plus")).to_be_visible()

    fill_profile(tab)
    assert axe_violations(tab) == []  # the sheet: labels, focus, contrast
    stored = httpx.get(f"{live.url}/v1/profile", headers=auth(token)).json()
    assert stored == PROFILE

    tab.get_by_test_id("advice").click()
    expect(tab.get_by_test_id("advice-progress")).to_be_visible()  # while the advice streams
    expect(tab.get_by_test_id("plan")).to_be_visible(timeout=30_000)
    wait_until_answered(tab)
    expect(tab.get_by_test_id("advice-progress")).to_have_count(0)
    items = tab.get_by_test_id("plan-item")
    expect(items.first).to_contain_text("You are at: Junior Production Technician")
    assert items.count() >= 4
    for n in range(items.count()):  # every item of the checklist cites its section
        expect(items.nth(n).get_by_test_id("citation").first).to_be_attached()
    answer = last_answer(tab)
    expect(answer).to_contain_text("Skill to build:")
    expect(answer.locator("ul:not(.plan) li", has_text="Skill to build:")).to_have_count(0)
    expect(tab.get_by_test_id("source").first).to_be_visible()
    items.first.get_by_role("checkbox").check()
    assert axe_violations(tab) == []  # the plan as a checklist

    tab.reload()
    open_panel(tab)
    expect(last_answer(tab)).to_contain_text("You are at: Junior Production Technician")
    expect(last_answer(tab).get_by_test_id("citation").first).to_be_visible()
    tab.get_by_test_id("profile-open").click()
    sheet = tab.get_by_test_id("profile-sheet")
    expect(sheet.get_by_label("Current role")).to_have_value("Assembly operator")
    expect(sheet.get_by_label("Skills")).to_have_value("PLC programming\nBlueprint reading")
    expect(sheet.get_by_label("Goal")).to_have_value("Production Technician")
    context.close()


def test_stop_during_advice_keeps_what_arrived_and_says_stopped(
    browser: Browser, live: LiveServer
) -> None:
    token = token_for(live, "plus")
    assert httpx.put(f"{live.url}/v1/profile", headers=auth(token), json=PROFILE).status_code == 200
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    embed(tab, live, token)
    open_panel(tab)
    tab.get_by_test_id("advice").click()
    tab.get_by_test_id("stop").click()
    expect(tab.get_by_test_id("stopped")).to_have_text("Stopped")
    expect(tab.get_by_test_id("plan")).to_have_count(0)
    expect(tab.get_by_test_id("input")).to_be_enabled()
    expect(tab.get_by_test_id("advice")).to_be_enabled()
    context.close()


def test_erase_my_data_removes_the_profile_and_the_advice(
    browser: Browser, live: LiveServer
) -> None:
    token = token_for(live, "plus")
    assert httpx.put(f"{live.url}/v1/profile", headers=auth(token), json=PROFILE).status_code == 200
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
    tab = context.new_page()
    embed(tab, live, token)
    open_panel(tab)
    ask_for_advice(tab)

    tab.get_by_test_id("profile-open").click()
    sheet = tab.get_by_test_id("profile-sheet")
    expect(sheet.get_by_label("Current role")).to_have_value("Assembly operator")
    for name in ("profile-save", "download", "erase", "profile-open", "advice"):
        box = tab.get_by_test_id(name).bounding_box()
        assert box is not None, name
        assert min(box["height"], box["width"]) >= 44, name
    assert axe_violations(tab) == []  # the sheet, full screen on a phone
    with tab.expect_download() as download:
        sheet.get_by_role("button", name="Download my data").click()
    exported = Path(download.value.path()).read_text()
    assert "Assembly operator" in exported
    assert "Dayton, OH" in exported

    sheet.get_by_role("button", name="Erase my data").click()
    sheet.get_by_role("button", name="Yes, erase everything").click()
    expect(tab.get_by_test_id("profile-status")).to_have_text("Your data was erased.")
    expect(sheet.get_by_label("Current role")).to_have_value("")
    assert httpx.get(f"{live.url}/v1/profile", headers=auth(token)).status_code == 404
    export = httpx.get(f"{live.url}/v1/profile/export", headers=auth(token)).json()
    assert export["profile"] is None
    assert export["conversations"] == []
    sheet.get_by_role("button", name="Close").click()
    expect(tab.locator('[data-testid="message"]')).to_have_count(0)  # the advice is gone too
    context.close()


def test_advice_after_the_profile_was_erased_elsewhere_asks_for_the_profile(
    browser: Browser, live: LiveServer
) -> None:
    token = token_for(live, "plus")
    assert httpx.put(f"{live.url}/v1/profile", headers=auth(token), json=PROFILE).status_code == 200
    context = browser.new_context()
    tab = context.new_page()
    embed(tab, live, token)
    open_panel(tab)
    tab.get_by_test_id("profile-open").click()
    expect(tab.get_by_test_id("profile-sheet").get_by_label("Location")).to_have_value("Dayton, OH")
    assert httpx.delete(f"{live.url}/v1/profile", headers=auth(token)).status_code == 204
    tab.get_by_test_id("advice").click()  # the page still thinks there is a profile
    expect(tab.get_by_test_id("error")).to_contain_text("Save your profile first")
    tab.get_by_test_id("advice").click()  # now it knows: the sheet opens
    expect(tab.get_by_test_id("profile-status")).to_contain_text("Save your profile first")
    expect(tab.get_by_test_id("profile-sheet").get_by_label("Current role")).to_be_focused()
    context.close()


def test_a_free_visitor_never_sees_plus_content_and_advice_is_refused(
    browser: Browser, live: LiveServer
) -> None:
    token = token_for(live, "free")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    embed(tab, live, token)
    panel = open_panel(tab)
    ask(tab, "What does a production technician earn?")
    expect(last_answer(tab)).to_contain_text("$58,500")
    expect(panel).not_to_contain_text("Plus")  # a general question: no note, no nag
    # A personal question gets the one quiet line on what Plus would add.
    ask(tab, "Given my experience, what should I learn next?")
    expect(last_answer(tab)).to_contain_text("careerbot Plus")
    expect(panel.locator("text=careerbot Plus")).to_have_count(1)
    for testid in ("plan-badge", "profile-open", "advice", "profile-sheet"):
        expect(tab.get_by_test_id(testid)).to_have_count(0)
    assert tab.evaluate("() => !!document.querySelector('script[src$=\"/plus.js\"]')") is False
    refused = httpx.post(f"{live.url}/v1/advice", headers=auth(token), json={})
    assert refused.status_code == 403
    assert refused.json()["error"] == "plus_required"
    context.close()


def test_an_anonymous_visitor_does_not_load_the_plus_ui(browser: Browser, live: LiveServer) -> None:
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(f"{live.url}/")  # the demo page: no token
    open_panel(tab)
    ask(tab, "Is the job stressful?")
    assert tab.evaluate("() => !!document.querySelector('script[src$=\"/plus.js\"]')") is False
    expect(tab.get_by_test_id("plan-badge")).to_have_count(0)
    context.close()


def test_me_reports_the_plan_of_the_verified_token_only(client: TestClient) -> None:
    secret = jwt_secret(client.app.state.settings)  # type: ignore[attr-defined]
    plus = mint_token(secret, "me-plus", "plus", timedelta(minutes=5))
    answer = client.get("/v1/me", headers=auth(plus))
    assert answer.json() == {"plan": "plus", "signed_in": True}
    assert answer.headers["cache-control"] == "no-store"
    assert client.get("/v1/me").json() == {"plan": "free", "signed_in": False}
    forged = mint_token("x" * 32 + "not-the-server-secret", "me", "plus", timedelta(minutes=5))
    refused = client.get("/v1/me", headers=auth(forged))
    assert refused.status_code == 401
    assert refused.json()["error"] == "invalid_token"


def test_careers_autocompletes_from_the_guide_titles(client: TestClient) -> None:
    # The guide index's own search (alternative titles, abbreviations: test_guide_site.py).
    found = client.get("/v1/careers", params={"q": "produc tech"}).json()
    assert found[0]["slug"] == "production-technician"
    assert found[0]["name"] == "Production Technician"
    assert found[0]["url"] == "/guides/production-technician"
    assert client.get("/v1/careers", params={"q": "astronaut"}).json() == []
    too_long = client.get("/v1/careers", params={"q": "x" * 101})
    assert too_long.status_code == 422
    assert too_long.json()["error"] == "invalid_request"


def test_the_free_widget_keeps_its_size_budget_and_plus_js_is_served(client: TestClient) -> None:
    widget = client.get("/widget.js")
    assert len(gzip.compress(widget.content, 9)) <= GZIP_BUDGET
    plus = client.get("/plus.js")
    assert plus.status_code == 200
    assert plus.headers["content-type"].startswith("text/javascript")
    assert b"innerHTML" not in plus.content
    assert b"innerHTML" not in widget.content
