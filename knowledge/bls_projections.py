"""Reading the BLS Employment Projections 2024–34 tables (stdlib csv, streamed).

Table 1.2 gives each occupation's employment change, annual openings and BLS's typical
entry education, related work experience and on-the-job training; table 1.10 splits the
openings into separations (workers leaving the occupation). Employment and openings are in
thousands in the tables and in whole numbers here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.onet_data import OnetImportError, read_rows

BLS_EP_FILES = {
    "projections": "table_1_2_occupational_projections_2024_34.csv",
    "separations": "table_1_10_separations_openings_2024_34.csv",
}
BLS_EP_CREDIT = (
    "Projections, typical entry education and training: U.S. Bureau of Labor Statistics, "
    "Employment Projections program, 2024–34 (public domain)."
)
BLS_EP_CITE = "BLS Employment Projections 2024–34"
ALL_OCCUPATIONS = "00-0000"
MISSING = ("", "—", "-", "–")
PROJECTION_COLUMNS = (
    "title",
    "soc_code",
    "occupation_type",
    "employment_2024_thousands",
    "employment_2034_thousands",
    "employment_change_numeric_2024_34_thousands",
    "employment_change_pct_2024_34",
    "annual_openings_2024_34_thousands",
    "typical_education_needed_for_entry",
    "work_experience_in_related_occupation",
    "typical_on_the_job_training",
)


@dataclass(frozen=True)
class Projection:
    """One BLS EP row: an occupation (``line item``) or a group of them (``summary``)."""

    code: str
    title: str
    line_item: bool
    employment_2024: float | None
    employment_2034: float | None
    change: float | None  # jobs, 2024 to 2034
    change_pct: float | None
    openings: float | None  # a year, on average over the decade
    separations: float | None  # a year: workers who transfer out or leave the labor force
    education: str
    experience: str
    training: str
    ooh_url: str


@dataclass(frozen=True)
class Projections:
    """Every row of the tables by SOC code, and the percent change of all occupations."""

    rows: dict[str, Projection]
    average_pct: float | None

    def find(self, onet_code: str) -> Projection | None:
        """The row of an O*NET-SOC code (``29-1141.00`` → ``29-1141``), else of its broad
        occupation (``29-2011`` → ``29-2010``), which BLS projects as one for some codes."""
        code = onet_code[:7]
        return self.rows.get(code) or self.rows.get(code[:6] + "0")


def check_bls_dir(directory: Path) -> dict[str, Path]:
    """The tables by role; raises :class:`OnetImportError` naming a missing one."""
    if not directory.is_dir():
        raise OnetImportError(f"{directory}: BLS Employment Projections directory not found")
    files = {role: directory / name for role, name in BLS_EP_FILES.items()}
    for path in files.values():
        if not path.is_file():
            raise OnetImportError(f"{path}: BLS Employment Projections table not found")
    return files


def read_projections(directory: Path) -> Projections:
    """Tables 1.2 and 1.10 of ``directory`` (see :data:`BLS_EP_FILES`)."""
    files = check_bls_dir(directory)
    separations: dict[str, float | None] = {}
    for row in read_rows(files["separations"], ("soc_code", "total_separations_thousands")):
        separations[row["soc_code"]] = _thousands(row["total_separations_thousands"])
    rows: dict[str, Projection] = {}
    for row in read_rows(files["projections"], PROJECTION_COLUMNS):
        code = row["soc_code"]
        rows[code] = Projection(
            code=code,
            title=row["title"],
            line_item=row["occupation_type"].lower() == "line item",
            employment_2024=_thousands(row["employment_2024_thousands"]),
            employment_2034=_thousands(row["employment_2034_thousands"]),
            change=_thousands(row["employment_change_numeric_2024_34_thousands"]),
            change_pct=_number(row["employment_change_pct_2024_34"]),
            openings=_thousands(row["annual_openings_2024_34_thousands"]),
            separations=separations.get(code),
            education=_text(row["typical_education_needed_for_entry"]),
            experience=_text(row["work_experience_in_related_occupation"]),
            training=_text(row["typical_on_the_job_training"]),
            ooh_url=row.get("ooh_url", ""),
        )
    if not rows:
        raise OnetImportError(f"{files['projections']}: no projections found")
    total = rows.get(ALL_OCCUPATIONS)
    return Projections(rows, total.change_pct if total else None)


def _number(raw: str) -> float | None:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _thousands(raw: str) -> float | None:
    value = _number(raw)
    return None if value is None else round(value * 1000)


def _text(raw: str) -> str:
    return "" if raw.strip() in MISSING else raw.strip()
