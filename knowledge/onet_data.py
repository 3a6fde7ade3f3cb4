"""Reading the O*NET, OEWS and ESCO files into occupations (stdlib csv, streamed)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.model import slugify

if TYPE_CHECKING:
    from knowledge.bls_projections import Projection
    from knowledge.onet_ratings import Ratings

ONET_RELEASE = "29"
MARKER_PREFIX = "<!-- generated from O*NET"
GENERATED_MARKER = re.compile(r"^<!-- generated from O\*NET\b.*-->\s*$")
ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA."
)
ESCO_CREDIT = "ESCO classification, © European Union, CC BY 4.0"
WAGE_CREDIT = (
    "Wage data: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
    "Statistics, May 2025."
)
PERCENTILE_NOTE = (
    "Entry-level stands for the 10th percentile and senior-level for the 90th percentile "
    "of annual wages (BLS OEWS, May 2025)."
)

MAX_TASKS = 20
MAX_TOOLS = 25
MAX_RELATED = 8

# Accepted file names: this copy's extracts first, then the official O*NET text release.
ONET_FILES: dict[str, tuple[str, ...]] = {
    "occupations": ("Occupation Data.txt",),
    "tasks": ("task_statements.csv", "Task Statements.txt"),
    "tools": ("technology_skills.csv", "Technology Skills.txt"),
    "related": ("related_occupations.csv", "Related Occupations.txt"),
    "interests": ("interests.csv", "Interests.txt"),
    "job_zones": ("Job Zones_2019.csv", "Job Zones.txt"),
}
CODE = "O*NET-SOC Code"
TASK_ORDER = {"core": 0, "supplemental": 1}  # blank or unknown types come last
RELATED_TIERS = {"primary-short": 0, "primary-long": 1}
RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
JOB_ZONES = {
    1: "little or no preparation needed",
    2: "some preparation needed",
    3: "medium preparation needed",
    4: "considerable preparation needed",
    5: "extensive preparation needed",
}
JOB_ZONE_WORDS = {"no": 1, "little": 1, "some": 2, "medium": 3, "considerable": 4, "extensive": 5}
JOB_ZONE_DETAIL = re.compile(r"education|experience|training", re.IGNORECASE)

# OEWS columns: the BLS short names (A_MEDIAN) and the long names of the national table.
OEWS_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("occ_code",),
    "title": ("occ_title",),
    "employment": ("tot_emp", "employment"),
    "a_pct10": ("a_pct10", "annual 10th percentile wage"),
    "a_median": ("a_median", "annual median wage"),
    "a_pct90": ("a_pct90", "annual 90th percentile wage"),
    "h_pct10": ("h_pct10", "hourly 10th percentile wage"),
    "h_median": ("h_median", "hourly median wage"),
    "h_pct90": ("h_pct90", "hourly 90th percentile wage"),
}
OEWS_REQUIRED = ("code", "a_pct10", "a_median", "a_pct90")
TOP_CODE = "#"  # OEWS: wage at or above the top of the published range
TOP_ANNUAL, TOP_HOURLY = 239_200, 115.00


class OnetImportError(ValueError):
    """Input that cannot be imported; the message names the file and what is wrong."""


@dataclass
class Occupation:
    """One O*NET occupation and the little of each file its guide shows."""

    code: str
    title: str
    description: str
    slug: str = ""
    tasks: dict[int, list[str]] = field(default_factory=dict)
    in_demand_tools: list[str] = field(default_factory=list)  # asked for most in job postings
    hot_tools: list[str] = field(default_factory=list)
    other_tools: list[str] = field(default_factory=list)
    related: list[tuple[int, int, str]] = field(default_factory=list)
    interests: dict[str, float] = field(default_factory=dict)
    high_points: dict[int, str] = field(default_factory=dict)
    job_zone: int | None = None
    job_zone_details: list[tuple[str, str]] = field(default_factory=list)
    wages: dict[str, str] = field(default_factory=dict)
    aka: list[str] = field(default_factory=list)
    routing_titles: list[str] = field(default_factory=list)  # never shown: see onet_titles
    projection: Projection | None = None
    ratings: Ratings | None = None


def normalise_code(raw: str) -> str:
    """An O*NET-SOC code as ``11-9199.10``, from ``119199.1``, ``111011`` or ``11-1011.00``."""
    digits, _, detail = raw.strip().replace("-", "").partition(".")
    if len(digits) != 6 or not digits.isdigit() or not (detail or "0").isdigit():
        return raw.strip()
    return f"{digits[:2]}-{digits[2:]}.{(detail + '00')[:2]}"


# --- reading ---------------------------------------------------------------------------


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Rows of a CSV (``.txt``: tab-separated) with stripped values; checks the columns."""
    delimiter = "\t" if path.suffix.lower() in (".txt", ".tsv") else ","
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in required if name not in header]
        if missing:
            raise OnetImportError(f"{path}: missing column(s) {missing}; found {header}")
        reader.fieldnames = header
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}


def read_occupations(path: Path) -> list[Occupation]:
    occupations: list[Occupation] = []
    seen: set[str] = set()
    for row in read_rows(path, (CODE, "Title", "Description")):
        code = row[CODE]
        if code and row["Title"] and code not in seen:
            seen.add(code)
            occupations.append(Occupation(code, row["Title"], row["Description"]))
    if not occupations:
        raise OnetImportError(f"{path}: no occupations found")
    return occupations


def assign_slugs(occupations: list[Occupation]) -> None:
    """``slugify(title)``; titles that collide get their code appended (``-51-9061-00``)."""
    counts = Counter(slugify(o.title) for o in occupations)
    for occupation in occupations:
        slug = slugify(occupation.title)
        if counts[slug] > 1:
            suffix = "-" + slugify(occupation.code)
            slug = slugify(occupation.title, max_length=64 - len(suffix)) + suffix
        occupation.slug = slug
    clashes = [s for s, n in Counter(o.slug for o in occupations).items() if n > 1]
    if clashes:
        raise OnetImportError(f"occupations share the guide name(s) {sorted(clashes)}")


def read_tasks(path: Path, by_code: dict[str, Occupation]) -> None:
    for row in read_rows(path, (CODE, "Task Title", "Task Type")):
        occupation = by_code.get(row[CODE])
        if occupation is None or not row["Task Title"]:
            continue
        rank = TASK_ORDER.get(row["Task Type"].lower(), len(TASK_ORDER))
        kept = occupation.tasks.setdefault(rank, [])
        if len(kept) < MAX_TASKS:
            kept.append(row["Task Title"])


def read_tools(path: Path, by_code: dict[str, Occupation]) -> None:
    for row in read_rows(path, (CODE, "Example", "Commodity Title", "Hot Technology")):
        occupation = by_code.get(row[CODE])
        if occupation is None or not row["Example"]:
            continue
        hot = row["Hot Technology"].upper() == "Y"
        in_demand = (row.get("In Demand") or "").upper() == "Y"  # not in older releases
        kept = (
            occupation.in_demand_tools
            if in_demand
            else occupation.hot_tools
            if hot
            else occupation.other_tools
        )
        line = row["Example"]
        if row["Commodity Title"]:
            line += f" ({row['Commodity Title']})"
        if hot:
            line += " (hot technology)"
        if len(kept) < MAX_TOOLS and line not in kept:
            kept.append(line)


def read_related(path: Path, by_code: dict[str, Occupation]) -> None:
    required = (CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index")
    for row in read_rows(path, required):
        occupation = by_code.get(row[CODE])
        tier = RELATED_TIERS.get(row["Relatedness Tier"].lower())
        if occupation is None or tier is None:
            continue
        try:
            index = int(float(row["Index"]))
        except ValueError:
            continue
        occupation.related.append((tier, index, row["Related O*NET-SOC Code"]))


def read_interests(path: Path, by_code: dict[str, Occupation]) -> None:
    for row in read_rows(path, (CODE, "Scale ID", "Data Value")):
        occupation = by_code.get(row[CODE])
        if occupation is None:
            continue
        # This copy names the column "Interests Element Name"; O*NET "Element Name".
        name = row.get("Interests Element Name") or row.get("Element Name", "")
        try:
            value = float(row["Data Value"])
        except ValueError:
            continue
        if row["Scale ID"] == "OI" and name in RIASEC:
            occupation.interests[name] = value
        elif row["Scale ID"] == "IH" and 1 <= value <= len(RIASEC):
            order = ("First", "Second", "Third")
            rank = next((i for i, word in enumerate(order) if name.startswith(word)), None)
            if rank is not None:
                occupation.high_points[rank] = RIASEC[int(value) - 1]


def read_job_zones(path: Path, occupations: list[Occupation]) -> None:
    """Job zones by code; codes a release no longer has are matched on the exact title."""
    by_code = {o.code: o for o in occupations}
    by_title = {o.title.lower(): o for o in occupations}
    from_title: dict[str, tuple[int, list[tuple[str, str]]]] = {}
    for row in read_rows(path, (CODE, "Title", "Job Zone")):
        zone = _job_zone(row["Job Zone"])
        if zone is None:
            continue
        details = [
            (name, value) for name, value in row.items() if JOB_ZONE_DETAIL.search(name) and value
        ]
        occupation = by_code.get(normalise_code(row[CODE]))
        if occupation is not None:
            occupation.job_zone, occupation.job_zone_details = zone, details
        elif row["Title"].lower() in by_title:
            from_title[row["Title"].lower()] = (zone, details)
    for title, (zone, details) in from_title.items():
        occupation = by_title[title]
        if occupation.job_zone is None:
            occupation.job_zone, occupation.job_zone_details = zone, details


def _job_zone(raw: str) -> int | None:
    """``3`` or ``Medium Prep`` → 3."""
    text = raw.strip().lower()
    if text.isdigit():
        return int(text) if int(text) in JOB_ZONES else None
    words = text.split()
    return JOB_ZONE_WORDS.get(words[0]) if words else None


def read_wages(path: Path, occupations: list[Occupation]) -> None:
    """OEWS rows joined on the first 7 characters of the O*NET-SOC code (``51-9061``)."""
    wanted: dict[str, list[Occupation]] = {}
    for occupation in occupations:
        wanted.setdefault(occupation.code[:7], []).append(occupation)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = _oews_columns(path, reader.fieldnames or [])
        seen: set[str] = set()
        for row in reader:
            code = (row.get(columns["code"]) or "").strip()
            if code not in wanted or code in seen:
                continue
            seen.add(code)
            wages = {key: (row.get(name) or "").strip() for key, name in columns.items()}
            for occupation in wanted[code]:
                occupation.wages = wages


def _oews_columns(path: Path, header: Sequence[str]) -> dict[str, str]:
    by_lower = {name.strip().lower(): name for name in header}
    columns: dict[str, str] = {}
    for key, aliases in OEWS_COLUMNS.items():
        name = next((by_lower[a] for a in aliases if a in by_lower), None)
        if name is not None:
            columns[key] = name
        elif key in OEWS_REQUIRED:
            raise OnetImportError(f"{path}: no {aliases[0].upper()} column; found {list(header)}")
    return columns
