"""Data flows one way: knowledge → index → store → bot → api."""

from __future__ import annotations

import ast

import pytest

from tests.paths import ROOT

ALLOWED = {
    "knowledge": set(),
    "index": {"knowledge"},
    "store": {"knowledge", "index"},
    "bot": {"knowledge", "index", "store"},
    "api": {"knowledge", "index", "store", "bot"},
}


def imported_packages(package: str) -> set[str]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found |= {n.split(".")[0] for n in names if n.split(".")[0] in ALLOWED}
    return found - {package}


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_flow_one_way(package: str) -> None:
    assert imported_packages(package) <= ALLOWED[package]
