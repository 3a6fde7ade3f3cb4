"""The ``careerbot`` command line: ingest with progress, ask in text and JSON, follow-ups."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.api.test_api import CHAT_KEYS

pytestmark = pytest.mark.slow  # a real server, browser or subprocess


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("CAREERBOT_DATA_DIR", str(tmp_path / "data"))
    return CliRunner()


def test_ingest_then_ask_in_text_and_json(runner: CliRunner) -> None:
    ingested = runner.invoke(app, ["ingest"])
    assert ingested.exit_code == 0, ingested.output
    assert "57 chunks: 57 added" in ingested.output
    again = runner.invoke(app, ["ingest"])
    assert "0 added" in again.output
    assert "unchanged" in again.output

    text = runner.invoke(app, ["ask", "how do I become a production technician?"])
    assert text.exit_code == 0, text.output
    assert (
        "[1] Production Technician Career Path Guide › Path to Production Technician" in text.output
    )

    raw = runner.invoke(app, ["ask", "what's the salary for a production technician?", "--json"])
    data = json.loads(raw.stdout)
    assert set(data) == CHAT_KEYS
    follow = runner.invoke(
        app, ["ask", "and at senior level?", "--json", "--conversation", data["conversation_id"]]
    )
    assert "$70,050" in json.loads(follow.stdout)["answer"]


def test_errors_exit_non_zero_with_a_message(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["ingest", "--guides", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert "not found" in missing.output
    unknown = runner.invoke(app, ["ask", "hello", "--conversation", "nope"])
    assert unknown.exit_code == 2
    assert "conversation_id null" in unknown.output
    blank = runner.invoke(app, ["ask", "   "])
    assert blank.exit_code == 2


def test_eval_prints_the_golden_set_figures(runner: CliRunner, tmp_path: Path) -> None:
    items = [
        {
            "id": "a",
            "question": "What does a production technician earn?",
            "sections": ["Annual Salary (US, USD)"],
            "facts": ["$58,500"],
            "guides": ["production-technician"],
        },
        {
            "id": "b",
            "turns": ["What does a production technician earn?", "and at senior level?"],
            "sections": ["Annual Salary (US, USD)"],
            "facts": ["$70,050"],
        },
        {"id": "c", "question": "what's the weather in Paris?"},
    ]
    golden = tmp_path / "set.json"
    golden.write_text(json.dumps(items), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--set", str(golden), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["hit@1"] == figures["fact_recall"] == figures["refusal_accuracy"] == 1.0
    assert figures["dialogue_hit@1"] == figures["occupation_hit@1"] == 1.0
    assert figures["invented_numbers"] == 0
    text = runner.invoke(app, ["eval", "--set", str(golden)])
    assert "refusal_accuracy  1.000" in text.output
    missing = runner.invoke(app, ["eval", "--set", str(tmp_path / "none.json")])
    assert missing.exit_code == 2


@pytest.mark.parametrize(
    ("arguments", "environment", "expected"),
    [
        (["--workers", "2"], {}, "--workers 2: every process must verify the same tokens"),
        (
            [],
            {"WEB_CONCURRENCY": "4"},
            "WEB_CONCURRENCY=4: every process must verify the same "
            "tokens, so set CAREERBOT_JWT_SECRET",
        ),
        ([], {"WEB_CONCURRENCY": "two"}, "is not a number of processes"),
        ([], {"WEB_CONCURRENCY": "0"}, "is not a number of processes"),
    ],
)
def test_serve_refuses_several_workers_without_a_shared_secret(
    arguments: list[str], environment: dict[str, str], expected: str, tmp_path: Path
) -> None:
    env = os.environ | {"CAREERBOT_DATA_DIR": str(tmp_path)} | environment
    env.pop("CAREERBOT_JWT_SECRET", None)
    command = [sys.executable, "-m", "api.cli", "serve", "--port", "1", *arguments]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert expected in " ".join(result.stderr.split())


def test_version_is_the_installed_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"careerbot {importlib.metadata.version('careerbot')}"
