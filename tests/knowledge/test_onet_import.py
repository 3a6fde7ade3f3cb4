"""The O*NET importer re-run: it rewrites only what changed, removes only the guides it
generated, never overwrites a hand-written guide, names a missing input; and its CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from knowledge.onet import ImportReport, OnetImportError, compose_guides
from tests.knowledge.test_onet import FIXTURE, INSPECTORS, compose_fixture


@pytest.fixture
def onet_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture's O*NET directory."""
    return Path(shutil.copytree(FIXTURE / "onet", tmp_path / "onet"))


def _edit(path: Path, old: str, new: str) -> None:
    """Replace text in a fixture copy, keeping its BOM and CRLF line ends."""
    raw = path.read_bytes().decode("utf-8")
    assert old in raw
    path.write_bytes(raw.replace(old, new).encode("utf-8"))


def test_reimport_rewrites_only_what_changed(onet_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert compose_fixture(onet_copy, out).written == 3
    assert compose_fixture(onet_copy, out) == ImportReport(3, 0, 3, 0, 0)

    before = {p.name: p.read_bytes() for p in out.iterdir()}
    _edit(
        onet_copy / "task_statements.csv",
        "Check arriving materials against purchase orders.",
        "Check arriving materials against purchase orders and packing slips.",
    )
    assert compose_fixture(onet_copy, out) == ImportReport(3, 1, 2, 0, 0)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert [name for name in before if before[name] != after[name]] == [f"{INSPECTORS}.md"]
    assert b"and packing slips." in after[f"{INSPECTORS}.md"]


def test_removed_occupation_removes_only_its_generated_guide(
    onet_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    compose_fixture(onet_copy, out)
    hand_written = out / "welder.md"
    hand_written.write_text(
        "# Welder Career Guide\n\n## Salary\n\nMedian: $51,000\n", encoding="utf-8"
    )
    notes = out / "notes.txt"
    notes.write_text("not a guide\n", encoding="utf-8")

    occupations = onet_copy / "Occupation Data.txt"
    _edit(
        occupations,
        "11-1011.00\tChief Executives\tDetermine and formulate policies and provide overall "
        "direction of companies.\r\n",
        "",
    )
    assert compose_fixture(onet_copy, out) == ImportReport(2, 0, 2, 1, 0)
    assert not (out / "chief-executives.md").exists()
    assert hand_written.exists()
    assert notes.exists()

    # Removing a related occupation changes the guide that linked to it.
    _edit(
        occupations,
        "17-3024.01\tRobotics Technicians\tBuild, install, test, or maintain robotic equipment "
        "or related automated production systems.\r\n",
        "",
    )
    assert compose_fixture(onet_copy, out) == ImportReport(1, 1, 0, 1, 0)
    assert "Related Roles" not in (out / f"{INSPECTORS}.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == [f"{INSPECTORS}.md", "notes.txt", "welder.md"]


def test_a_hand_written_guide_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "robotics-technicians.md"
    mine.write_text("# Robotics Technicians Career Guide\n\nMy own words.\n", encoding="utf-8")
    with pytest.raises(OnetImportError, match=r"robotics-technicians\.md"):
        compose_fixture(FIXTURE / "onet", out)
    assert mine.read_text(encoding="utf-8").endswith("My own words.\n")
    assert sorted(p.name for p in out.iterdir()) == ["robotics-technicians.md"]


def test_missing_inputs_are_named(tmp_path: Path, onet_copy: Path) -> None:
    with pytest.raises(OnetImportError, match="nowhere"):
        compose_fixture(tmp_path / "nowhere", tmp_path / "out")
    (onet_copy / "interests.csv").unlink()
    with pytest.raises(OnetImportError, match=r"interests\.csv"):
        compose_fixture(onet_copy, tmp_path / "out")
    with pytest.raises(OnetImportError, match=r"oews\.csv"):
        compose_guides(FIXTURE / "onet", tmp_path / "oews.csv", None, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_imports_and_reports(tmp_path: Path) -> None:
    runner = CliRunner()
    args = [
        "import-onet",
        "--onet",
        str(FIXTURE / "onet"),
        "--oews",
        str(FIXTURE / "oews_national.csv"),
        "--esco",
        str(FIXTURE / "esco_occupations.csv"),
        "--out",
        str(tmp_path / "out"),
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "3 occupation(s): 3 written, 0 unchanged, 0 removed" in first.output
    again = runner.invoke(app, args)
    assert "0 written, 3 unchanged" in again.output

    missing = runner.invoke(app, [*args[:4], str(tmp_path / "missing.csv"), *args[5:]])
    assert missing.exit_code == 2
    assert "missing.csv" in missing.output
    no_esco = runner.invoke(app, [*args[:6], str(tmp_path / "esco.csv"), *args[7:]])
    assert no_esco.exit_code == 2
    assert "esco.csv" in no_esco.output
