"""careerbot's version, as installed."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version


def version() -> str:
    """The installed ``careerbot`` distribution's version (``0+unknown`` from a bare checkout)."""
    try:
        return installed_version("careerbot")
    except PackageNotFoundError:
        return "0+unknown"
