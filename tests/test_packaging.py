"""What ships beside the code: ``.env.example`` in step with ``Settings``, and the licence
file matching the declared licence."""

from __future__ import annotations

import tomllib

from api.envfile import env_example
from api.settings import Settings
from tests.paths import ROOT


def test_env_example_is_written_from_settings() -> None:
    shipped = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert shipped == env_example(), (
        ".env.example is stale: run `python -m api.envfile > .env.example`"
    )
    for name, field in Settings.model_fields.items():
        assert f"# CAREERBOT_{name.upper()}=" in shipped
        assert field.description, f"Settings.{name} needs a description for .env.example"
    assert "# CAREERBOT_QUOTA_FREE=30/day;10/minute\n" in shipped
    assert "# CAREERBOT_GUIDES_DIR=knowledge/guides\n" in shipped  # not this machine's path
    assert "# WEB_CONCURRENCY=1\n" in shipped


def test_licence_file_is_the_declared_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    licence = (ROOT / "LICENSE").read_text()
    assert project["license"] == "MIT"
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
    assert project["license-files"] == ["LICENSE"]
