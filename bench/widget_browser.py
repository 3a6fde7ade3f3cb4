"""The widget in headless Chromium: script size (raw and gzipped, against the 14 KB gzip
budget), time from script loaded to launcher visible (budget 50 ms p50), time to first answer
text.

The first-text time is compared with a bare ``fetch`` of ``/v1/chat/stream`` from the same
page in the same run (the floor: network + server, no widget).
"""

from __future__ import annotations

import gzip
import statistics
import tempfile
from pathlib import Path

from api.settings import Settings
from tests.browser import chromium
from tests.live_server import LiveServer

RUNS = 15
GZIP_BUDGET = 14 * 1024
LAUNCHER_BUDGET_MS = 50.0
# Installed before any page script: watches the widget's shadow root from the moment it is
# attached and stamps the first moment the launcher is laid out, inside the page (polling from
# the harness would add Playwright's round trip to the figure).
LAUNCHER_WATCH = """(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const seen = () => {
      const launcher = root.querySelector('[data-testid="launcher"]');
      if (!launcher || launcher.getBoundingClientRect().width === 0) return false;
      window.__launcherShown = performance.now();
      return true;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    observer.observe(root, {childList: true, subtree: true});
    return root;
  };
})();"""
LAUNCHER_VISIBLE = """() => {
  const entry = performance.getEntriesByType('resource').find(e => e.name.endsWith('/widget.js'));
  if (!entry || window.__launcherShown === undefined) return null;
  return window.__launcherShown - entry.responseEnd;
}"""
FIRST_TEXT = """async (question) => {
  const root = document.getElementById('careerbot-widget').shadowRoot;
  const before = root.querySelectorAll('[data-testid="message"][data-role="assistant"]').length;
  const input = root.querySelector('[data-testid="input"]');
  input.value = question;
  const started = performance.now();
  root.querySelector('[data-testid="send"]').click();
  return await new Promise(resolve => {
    const observer = new MutationObserver(() => {
      const answers = root.querySelectorAll('[data-testid="message"][data-role="assistant"]');
      if (answers.length > before && answers[answers.length - 1].textContent.trim()) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    });
    observer.observe(root, {subtree: true, childList: true, characterData: true});
  });
}"""
RAW_FIRST_DELTA = """async (question) => {
  const started = performance.now();
  const response = await fetch('/v1/chat/stream', {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({message: question})});
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (true) {
    const {value, done} = await reader.read();
    if (done) break;
    text += decoder.decode(value, {stream: true});
    if (text.includes('event: delta')) { reader.cancel(); return performance.now() - started; }
  }
  return null;
}"""
QUESTIONS = [
    "How do I become a production technician?",
    "What does a production technician earn?",
    "Is the job stressful?",
    "What tools do they use?",
    "Can I work remotely?",
]


def main() -> None:
    """Measure on the demo page of a live server."""
    settings = Settings(
        data_dir=Path(tempfile.mkdtemp()), stream_delay_ms=15, quota_free="1000000/day"
    )
    server = LiveServer(settings).start()
    static = Path(__file__).resolve().parents[1] / "api/static"
    script = (static / "widget.js").read_bytes()
    size, packed = len(script), len(gzip.compress(script, 9))
    plus = (static / "plus.js").read_bytes()  # loaded only for Plus visitors
    launcher_ms, widget_ms, raw_ms = [], [], []
    try:
        with chromium() as browser:
            page = browser.new_page(bypass_csp=True)  # the harness evaluates its own JS
            page.add_init_script(LAUNCHER_WATCH)
            for _ in range(RUNS):
                page.goto(f"{server.url}/")
                page.evaluate("localStorage.removeItem('careerbot:conv')")
                launcher_ms.append(page.wait_for_function(LAUNCHER_VISIBLE).json_value())
            page.get_by_test_id("launcher").click()
            for n in range(RUNS):
                question = QUESTIONS[n % len(QUESTIONS)]
                raw_ms.append(page.evaluate(RAW_FIRST_DELTA, question))
                widget_ms.append(page.evaluate(FIRST_TEXT, question))
                page.get_by_test_id("input").wait_for(state="visible")
                page.wait_for_function(
                    "!document.getElementById('careerbot-widget').shadowRoot"
                    ".querySelector('[data-testid=\"input\"]').disabled"
                )
    finally:
        server.stop()
    widget_p50, raw_p50 = statistics.median(widget_ms), statistics.median(raw_ms)
    launcher_p50 = statistics.median(launcher_ms)
    verdict = "within" if packed <= GZIP_BUDGET else "OVER"
    print(f"widget.js: {size:,} bytes raw, {packed:,} bytes gzipped ({verdict} {GZIP_BUDGET:,})")
    print(
        f"plus.js (Plus visitors only): {len(plus):,} bytes raw, "
        f"{len(gzip.compress(plus, 9)):,} bytes gzipped"
    )
    verdict = "within" if launcher_p50 <= LAUNCHER_BUDGET_MS else "OVER"
    print(
        f"script loaded → launcher visible: p50 {launcher_p50:.1f} ms "
        f"({verdict} {LAUNCHER_BUDGET_MS:.0f} ms)"
    )
    print(f"send → first streamed text (widget): p50 {widget_p50:.1f} ms")
    print(f"send → first delta (bare fetch):     p50 {raw_p50:.1f} ms")
    print(f"ratio widget / bare fetch: {widget_p50 / raw_p50:.2f}")


if __name__ == "__main__":
    main()
