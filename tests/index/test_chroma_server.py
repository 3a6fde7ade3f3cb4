"""``CAREERBOT_CHROMA_URL``: the same bot over a real Chroma server (``chroma run``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from langchain_core.embeddings import Embeddings

from api.components import build_components
from api.settings import Settings
from bot.answer import Mode
from tests.live_server import free_port


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    process = subprocess.Popen(
        [binary, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, "chroma server exited"
            assert time.monotonic() < deadline, "chroma server did not start"
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_bot_answers_over_an_http_chroma(
    chroma_url: str, tmp_path: Path, embeddings: Embeddings
) -> None:
    settings = Settings(data_dir=tmp_path, chroma_url=chroma_url)
    components = build_components(settings, embeddings)
    assert components.chunk_count() == 57
    assert not (tmp_path / "chroma").exists()  # nothing embedded locally
    reply = components.bot.reply("what does a production technician earn?", None, None)
    assert reply.mode is Mode.CITED
    assert "$58,500" in reply.answer
