"""Debian's Chromium, headless, as every browser test and the widget benchmark start it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = Path(os.environ.get("CAREERBOT_CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking flags, Chromium's calls home are refused by this closed
# network, many at a time.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    """Chromium launched headless; closed on exit."""
    with sync_playwright() as driver:
        instance = driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
        try:
            yield instance
        finally:
            instance.close()
