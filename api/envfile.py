"""``.env.example``, written from ``Settings``: every variable, its default and description.

Regenerate with ``python -m api.envfile > .env.example`` (a test says when it is stale).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from pydantic.fields import FieldInfo

from api.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
HEADER = """\
# careerbot's settings, each with its default: copy to .env (or set in the environment) and
# uncomment what you change. Written from api/settings.py by `python -m api.envfile`.
"""
# Read by `careerbot serve` itself, not by Settings.
SERVE_VARIABLES = {
    "WEB_CONCURRENCY": (
        "1",
        "Worker processes when --workers is not given (more than 1 needs CAREERBOT_JWT_SECRET).",
    ),
    "PROMETHEUS_MULTIPROC_DIR": (
        "",
        "Where several workers keep their metrics; unset = a fresh temporary directory per run.",
    ),
}


def shown_default(field: FieldInfo) -> str:
    """The default as an environment value: lists comma-separated, paths in the checkout
    relative to it, unset as nothing."""
    value = field.get_default(call_default_factory=True)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    if isinstance(value, Path) and value.is_absolute() and value.is_relative_to(ROOT):
        return str(value.relative_to(ROOT))
    return str(value)


def entry(name: str, default: str, description: str) -> str:
    """A commented description and the commented assignment."""
    lines = textwrap.wrap(description, 96, break_on_hyphens=False)
    return "".join(f"# {line}\n" for line in lines) + f"# {name}={default}\n"


def env_example() -> str:
    """The whole file."""
    prefix = str(Settings.model_config.get("env_prefix", ""))
    entries = [
        entry(f"{prefix}{name.upper()}", shown_default(field), field.description or "")
        for name, field in Settings.model_fields.items()
    ]
    entries += [entry(name, *value) for name, value in SERVE_VARIABLES.items()]
    return HEADER + "\n" + "\n".join(entries)


def main() -> None:
    """Print the file."""
    print(env_example(), end="")


if __name__ == "__main__":
    main()
