"""``careerbot ingest`` beside running servers and other ingests, as real processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api.settings import Settings
from knowledge.loader import BUNDLED_GUIDES_DIR
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

GUIDE = "production-technician.txt"
REMOTE_QUESTION = "Can Production Technicians work remotely?"
REMOTE_FAQ = (
    "Can Production Technicians work remotely?\n\n"
    "Due to the hands-on nature of the work, fully remote roles are rare."
)


def ingest(data_dir: Path, guides: Path) -> subprocess.Popen[str]:
    """``careerbot ingest`` as a child process on ``data_dir``."""
    env = os.environ | {"CAREERBOT_DATA_DIR": str(data_dir), "CAREERBOT_GUIDES_DIR": str(guides)}
    return subprocess.Popen(
        [sys.executable, "-m", "api.cli", "ingest"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Exit code and everything the process printed."""
    out, err = process.communicate(timeout=300)
    return process.returncode, out + err


def guides_copy(tmp_path: Path) -> Path:
    guides = tmp_path / "guides"
    guides.mkdir()
    shutil.copy(BUNDLED_GUIDES_DIR / GUIDE, guides / GUIDE)
    return guides


def cited_sections(server: LiveServer, question: str) -> list[str]:
    reply = httpx.post(f"{server.url}/v1/chat", json={"message": question}, timeout=60)
    assert reply.status_code == 200, reply.text
    return [c["section"] for c in reply.json()["citations"]]


def chunks_served(server: LiveServer) -> int:
    count: int = httpx.get(f"{server.url}/health", timeout=30).json()["chunks"]
    return count


def test_a_running_server_serves_what_an_ingest_just_wrote(tmp_path: Path) -> None:
    guides = guides_copy(tmp_path)
    settings = Settings(
        data_dir=tmp_path / "data", guides_dir=guides, stream_delay_ms=0, index_check_s=0.5
    )
    server = LiveServer(settings).start()
    try:
        before = chunks_served(server)
        removed = [s for s in cited_sections(server, REMOTE_QUESTION) if "remotely" in s]
        assert removed, "the FAQ answer on remote work is cited before the ingest"

        text = (guides / GUIDE).read_text(encoding="utf-8")
        start = text.index(REMOTE_FAQ)
        end = text.index("What certifications benefit", start)
        (guides / GUIDE).write_text(text[:start] + text[end:], encoding="utf-8")
        code, output = finished(ingest(settings.data_dir, guides))
        assert code == 0, output
        assert ", 0 deleted" not in output, output

        deadline = time.monotonic() + 60
        while chunks_served(server) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert chunks_served(server) < before, "/health still reports the old index"
        assert not set(cited_sections(server, REMOTE_QUESTION)) & set(removed)
        guide = httpx.get(f"{server.url}/v1/guides", timeout=30).json()[0]
        assert not [s for s in guide["sections"] if "remotely" in s["title"]]
    finally:
        server.stop()


def test_two_ingests_at_once_on_a_fresh_data_dir_both_succeed(tmp_path: Path) -> None:
    guides = guides_copy(tmp_path)
    data_dir = tmp_path / "data"
    first, second = ingest(data_dir, guides), ingest(data_dir, guides)
    results = [finished(first), finished(second)]
    assert [code for code, _ in results] == [0, 0], results
    outputs = [output for _, output in results]
    assert sum("another ingest is running on" in o for o in outputs) == 1, outputs
    assert sum("57 chunks: 57 added" in o for o in outputs) == 1, outputs
    assert sum("57 chunks: 0 added, 0 updated, 57 unchanged" in o for o in outputs) == 1
    code, output = finished(ingest(data_dir, guides))
    assert code == 0, output
    assert "57 chunks: 0 added, 0 updated, 57 unchanged, 0 deleted" in output
