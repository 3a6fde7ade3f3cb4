"""O*NET → Markdown career guides: one generated guide per occupation.

Reads the O*NET database files (occupations, tasks, technology skills, related
occupations, interests, job zones) and, optionally, BLS OEWS national wages, ESCO
job-title synonyms, BLS Employment Projections and O*NET 29.3 ratings, and writes one
``<slug>.md`` guide per O*NET occupation in the format :mod:`knowledge.markdown_guide`
parses. Rows are streamed with :mod:`csv` and only what a guide shows is kept (at most 20
tasks, 25 tools, 8 related roles per occupation). A file is rewritten only when its text
changed, and only files carrying :data:`MARKER_PREFIX` are ever removed, so hand-written
guides in the same directory are left alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from knowledge.bls_projections import check_bls_dir, read_projections
from knowledge.onet_data import (
    CODE,
    GENERATED_MARKER,
    ONET_FILES,
    OnetImportError,
    assign_slugs,
    read_interests,
    read_job_zones,
    read_occupations,
    read_related,
    read_rows,
    read_tasks,
    read_tools,
    read_wages,
)
from knowledge.onet_markdown import render_guide, wage_value
from knowledge.onet_ratings import check_ratings_dir, read_ratings
from knowledge.onet_sections import Sources
from knowledge.onet_titles import assign_routing_titles, read_esco

__all__ = ["ImportReport", "OnetImportError", "check_inputs", "compose_guides", "is_generated"]


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``without_wages``: guides with no annual median wage."""

    occupations: int
    written: int
    unchanged: int
    removed: int
    without_wages: int


def compose_guides(
    onet_dir: Path,
    oews_file: Path | None,
    esco_file: Path | None,
    out_dir: Path,
    on_guide: Callable[[str], None] | None = None,
    *,
    bls_ep_dir: Path | None = None,
    ratings_dir: Path | None = None,
) -> ImportReport:
    """Write one Markdown guide per O*NET occupation into ``out_dir``; see the module doc.

    ``bls_ep_dir`` (BLS Employment Projections tables) adds How to Become One and Job
    Outlook; ``ratings_dir`` (O*NET 29.3) adds education, experience and training shares,
    Top Skills, Knowledge, Work Style, the 29.3 job zone and the routing-only job titles.
    Every input is read before anything is written, so a bad file changes nothing.
    ``on_guide`` is called with each guide's slug once it is written or found unchanged.
    """
    files = check_inputs(onet_dir, oews_file, esco_file, bls_ep_dir, ratings_dir)
    occupations = read_occupations(files["occupations"])
    by_code = {o.code: o for o in occupations}
    assign_slugs(occupations)
    read_tasks(files["tasks"], by_code)
    read_tools(files["tools"], by_code)
    read_related(files["related"], by_code)
    read_interests(files["interests"], by_code)
    read_job_zones(files["job_zones"], occupations)
    if oews_file is not None:
        read_wages(oews_file, occupations)
    if esco_file is not None:
        read_esco(esco_file, occupations)
    sources = Sources()
    if bls_ep_dir is not None:
        projections = read_projections(bls_ep_dir)
        for occupation in occupations:
            occupation.projection = projections.find(occupation.code)
        sources = replace(sources, projections=True, average_pct=projections.average_pct)
    if ratings_dir is not None:
        ratings = read_ratings(ratings_dir, set(by_code))
        for occupation in occupations:
            occupation.ratings = ratings.by_code.get(occupation.code)
        assign_routing_titles(occupations)
        sources = replace(sources, ratings=True, zones=ratings.zones)

    out_dir.mkdir(parents=True, exist_ok=True)
    targets = {out_dir / f"{o.slug}.md" for o in occupations}
    foreign = sorted(p.name for p in targets if p.exists() and not is_generated(p))
    if foreign:
        raise OnetImportError(
            f"{out_dir}: hand-written guide(s) {foreign} have the name of a generated guide; "
            "move them or choose another --out directory"
        )
    written = unchanged = without_wages = 0
    for occupation in occupations:
        text = render_guide(occupation, by_code, sources)
        if wage_value(occupation.wages.get("a_median", "")) is None:
            without_wages += 1
        if _write_if_changed(out_dir / f"{occupation.slug}.md", text):
            written += 1
        else:
            unchanged += 1
        if on_guide is not None:
            on_guide(occupation.slug)
    removed = 0
    for path in sorted(out_dir.glob("*.md")):
        if path not in targets and is_generated(path):
            path.unlink()
            removed += 1
    return ImportReport(len(occupations), written, unchanged, removed, without_wages)


def check_inputs(
    onet_dir: Path,
    oews_file: Path | None,
    esco_file: Path | None,
    bls_ep_dir: Path | None = None,
    ratings_dir: Path | None = None,
) -> dict[str, Path]:
    """The O*NET files by role; raises :class:`OnetImportError` naming a missing input."""
    if not onet_dir.is_dir():
        raise OnetImportError(f"{onet_dir}: O*NET directory not found")
    files: dict[str, Path] = {}
    for role, names in ONET_FILES.items():
        found = next((onet_dir / n for n in names if (onet_dir / n).is_file()), None)
        if found is None:
            raise OnetImportError(f"{onet_dir / names[0]}: O*NET file not found")
        files[role] = found
    for path, what in ((oews_file, "OEWS wage file"), (esco_file, "ESCO occupations file")):
        if path is not None and not path.is_file():
            raise OnetImportError(f"{path}: {what} not found")
    if bls_ep_dir is not None:
        check_bls_dir(bls_ep_dir)
    if ratings_dir is not None:
        check_ratings_dir(ratings_dir)
    return files


def occupation_count(onet_dir: Path) -> int:
    """How many occupations ``Occupation Data.txt`` lists (for a progress bar)."""
    path = onet_dir / ONET_FILES["occupations"][0]
    if not path.is_file():
        raise OnetImportError(f"{path}: O*NET file not found")
    return sum(1 for row in read_rows(path, (CODE,)) if row[CODE])


def is_generated(path: Path) -> bool:
    """Whether ``path`` carries this importer's marker line (within its first lines)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return any(GENERATED_MARKER.match(line) for line in islice(handle, 5))
    except OSError:
        return False


def normalise_code(raw: str) -> str:
    """An O*NET-SOC code as ``11-9199.10``, from ``119199.1``, ``111011`` or ``11-1011.00``."""
    digits, _, detail = raw.strip().replace("-", "").partition(".")
    if len(digits) != 6 or not digits.isdigit() or not (detail or "0").isdigit():
        return raw.strip()
    return f"{digits[:2]}-{digits[2:]}.{(detail + '00')[:2]}"


def _write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` (atomically) unless the file already holds exactly it."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True
