"""The widget embedded on a host page of another origin, in a real headless Chromium."""

from __future__ import annotations

import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from api.auth import jwt_secret, mint_token
from api.settings import Settings
from tests.api.test_widget_browser import ask, last_answer, open_panel
from tests.live_server import LiveServer, free_port

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Guides</title></head>
<body><h1>Production technician</h1><p>A host site on its own origin.</p>
<script src="{api}/widget.js" data-career="production-technician"{token} defer></script>
</body></html>
"""

# One API call from the host page, with the widget's headers and its anonymous id or token.
PAGE_CALL = """async ([url, method, body]) => {
  const token = document.querySelector("script[data-token]")?.dataset.token;
  const who = token ? { Authorization: "Bearer " + token }
                    : { "X-Anonymous-Id": localStorage.getItem("careerbot:anon") };
  const headers = body ? Object.assign({ "Content-Type": "application/json" }, who) : who;
  const res = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
  return [res.status, res.status === 204 ? null : await res.json()];
}"""
CONVERSATION = "JSON.parse(localStorage.getItem('careerbot:conv')).id"  # the widget's chat


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Site:
    """A static web server on its own loopback port: a host site's origin."""

    server: ThreadingHTTPServer
    root: Path

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def host_site(root: Path) -> Site:
    """Serve ``root`` on a free port in a thread."""
    handler = partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Site(server, root)


@pytest.fixture(scope="module")
def sites(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, Site, Site]]:
    """The API (over the session's index), a host site it allows and one it does not know."""
    root = tmp_path_factory.mktemp("host-site")
    allowed, unknown = host_site(root), host_site(root)
    api_port = free_port()
    settings = settings.model_copy(update={"allowed_origins": [allowed.origin]})
    user = f"host-user-{secrets.token_hex(4)}"
    token = mint_token(jwt_secret(settings), user, "free", timedelta(minutes=30))
    api_url = f"http://127.0.0.1:{api_port}"
    (root / "anonymous.html").write_text(PAGE.format(api=api_url, token=""))
    (root / "signed-in.html").write_text(PAGE.format(api=api_url, token=f' data-token="{token}"'))
    server = LiveServer(settings, port=api_port).start()
    yield server, allowed, unknown
    server.stop()
    allowed.close()
    unknown.close()


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def call(page: Page, api: LiveServer, method: str, path: str, body: object = None) -> Any:
    """``[status, JSON body]`` of a fetch from the page, as the widget would send it."""
    return page.evaluate(PAGE_CALL, [f"{api.url}{path}", method, body])


@pytest.mark.parametrize("visitor", ["anonymous", "signed-in"])
def test_a_page_on_another_origin_can_chat_rate_restore_and_keep_a_profile(
    visitor: str, sites: tuple[LiveServer, Site, Site], tab: Page
) -> None:
    api, allowed, _ = sites
    tab.goto(f"{allowed.origin}/{visitor}.html")
    open_panel(tab)
    expect(ask(tab, "What tools do they use?")).to_contain_text("Tech Stack")  # streamed
    expect(tab.get_by_test_id("error")).to_have_count(0)
    tab.get_by_test_id("thumbs-down").last.click()
    tab.get_by_test_id("feedback-comment").fill(f"{visitor}: more on software please")
    tab.get_by_test_id("feedback-send").click()
    expect(tab.get_by_test_id("feedback-thanks")).to_be_visible()
    with sqlite3.connect(api.settings.data_dir / "careerbot.sqlite") as database:
        comments = [row[0] for row in database.execute("SELECT comment FROM feedback")]
    assert f"{visitor}: more on software please" in comments

    conversation = tab.evaluate(CONVERSATION)
    question = {"message": "What does a production technician earn?"}
    status, reply = call(
        tab, api, "POST", "/v1/chat", {**question, "conversation_id": conversation}
    )
    assert (status, reply["conversation_id"]) == (200, conversation), reply
    assert "$58,500" in reply["answer"]
    profile = {"current_role": "Assembly operator", "skills": ["PLC programming"]}
    assert call(tab, api, "PUT", "/v1/profile", profile)[0] == 200
    status, saved = call(tab, api, "GET", "/v1/profile")
    assert (status, saved["current_role"], saved["skills"]) == (200, *profile.values())

    tab.reload()  # the widget restores both turns, the one it streamed and the page's own
    open_panel(tab)
    expect(tab.locator('[data-testid="message"][data-role="user"]')).to_have_text(
        ["What tools do they use?", "What does a production technician earn?"]
    )
    expect(last_answer(tab)).to_contain_text("$58,500")
    expect(tab.get_by_test_id("thumbs-up")).to_have_count(2)

    assert call(tab, api, "DELETE", "/v1/profile") == [204, None]
    assert call(tab, api, "GET", "/v1/profile")[0] == 404
    tab.reload()  # the erase took the conversation too: the widget starts afresh
    open_panel(tab)
    expect(tab.get_by_test_id("starter").first).to_be_visible()
    expect(tab.locator('[data-testid="message"]')).to_have_count(0)


def test_an_origin_not_allowed_gets_no_cors_headers_and_the_panel_says_so(
    sites: tuple[LiveServer, Site, Site], tab: Page
) -> None:
    api, allowed, unknown = sites
    preflight = {"Access-Control-Request-Method": "POST"}
    preflight["Access-Control-Request-Headers"] = "content-type,x-anonymous-id"
    for origin in (allowed.origin, unknown.origin):
        headers = {"Origin": origin, **preflight}
        response = httpx.options(f"{api.url}/v1/chat/stream", headers=headers, timeout=10)
        simple = httpx.get(f"{api.url}/health", headers={"Origin": origin}, timeout=10)
        granted = response.headers.get("access-control-allow-origin")
        if origin == allowed.origin:
            assert (response.status_code, granted) == (200, origin)
            assert simple.headers["access-control-allow-origin"] == origin
        else:
            assert granted is None
            assert "access-control-allow-origin" not in simple.headers
    tab.goto(f"{unknown.origin}/anonymous.html")
    open_panel(tab)
    field = tab.get_by_test_id("input")
    field.fill("What tools do they use?")
    field.press("Enter")
    expect(tab.get_by_test_id("error")).to_contain_text("Can't reach the career assistant")
    expect(tab.get_by_test_id("retry")).to_be_visible()


def test_over_quota_on_another_origin_the_panel_says_when_to_try_again(
    sites: tuple[LiveServer, Site, Site], settings: Settings, tab: Page
) -> None:
    _, allowed, _ = sites
    port = free_port()
    page = allowed.root / "limited.html"
    page.write_text(PAGE.format(api=f"http://127.0.0.1:{port}", token=""))
    update = {"allowed_origins": [allowed.origin], "quota_free": "1/minute"}
    server = LiveServer(settings.model_copy(update=update), port=port).start()
    try:
        tab.goto(f"{allowed.origin}/{page.name}")
        open_panel(tab)
        ask(tab, "What tools do they use?")
        field = tab.get_by_test_id("input")
        field.fill("Is the job stressful?")
        field.press("Enter")
        error = tab.get_by_test_id("error")  # Retry-After is readable from the host page
        expect(error).to_contain_text(re.compile(r"too fast\. Try again in \d+ seconds?\."))
    finally:
        server.stop()
