"""Reading the O*NET 29.3 ratings: education, experience and training; skills, knowledge and
work styles; job zones; alternate and reported job titles (tab-separated, streamed)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from knowledge.onet_data import CODE, OnetImportError

ONET_RATINGS_RELEASE = "29.3"
ONET_RATINGS_CREDIT = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license."
)
RATINGS_FILES = {
    "education": "Education, Training, and Experience.tsv",
    "categories": "Education, Training, and Experience Categories.tsv",
    "skills": "Skills.tsv",
    "knowledge": "Knowledge.tsv",
    "styles": "Work Styles.tsv",
    "elements": "Content Model Reference.tsv",
    "job_zones": "Job Zones.tsv",
    "zone_reference": "Job Zone Reference.tsv",
    "alternate": "Alternate Titles.tsv",
    "reported": "Sample of Reported Titles.tsv",
}
# Scales of the education file: required education, related experience, on-the-job training.
DISTRIBUTIONS = ("RL", "RW", "OJ")
SKILL_SCALES = ("IM", "LV")
UP_TO = re.compile(r"^(?:Anything beyond short demonstration, )?[Uu]p to and including")
TITLE_NOISE = re.compile(r"\s*\([^)]*\)")  # "Charge Nurse (RN)": the short form is its own row


@dataclass(frozen=True)
class Rating:
    """One skill, knowledge area or work style: importance 1–5, level 0–7 (if rated)."""

    name: str
    description: str
    importance: float
    level: float | None


@dataclass
class Ratings:
    """What O*NET 29.3 rates for one occupation."""

    distributions: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    respondents: dict[str, int] = field(default_factory=dict)
    skills: list[Rating] = field(default_factory=list)
    knowledge: list[Rating] = field(default_factory=list)
    styles: list[Rating] = field(default_factory=list)
    job_zone: int | None = None
    titles: list[str] = field(default_factory=list)  # alternate and reported titles, raw
    # Reported titles O*NET shows in My Next Move: what the occupation's own workers call it.
    shown_titles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RatingsData:
    """Every occupation's ratings by O*NET-SOC code, and the job zone descriptions."""

    by_code: dict[str, Ratings]
    zones: dict[int, tuple[str, str]]  # zone → (education, job training) sentences


def check_ratings_dir(directory: Path) -> dict[str, Path]:
    """The files by role; raises :class:`OnetImportError` naming a missing one."""
    if not directory.is_dir():
        raise OnetImportError(f"{directory}: O*NET {ONET_RATINGS_RELEASE} directory not found")
    files = {role: directory / name for role, name in RATINGS_FILES.items()}
    for path in files.values():
        if not path.is_file():
            raise OnetImportError(f"{path}: O*NET {ONET_RATINGS_RELEASE} file not found")
    return files


def read_ratings(directory: Path, codes: set[str]) -> RatingsData:
    """The ratings of the occupations ``codes`` from ``directory`` (an O*NET 29.3 copy)."""
    files = check_ratings_dir(directory)
    by_code = {code: Ratings() for code in codes}
    _read_distributions(files, by_code)
    descriptions = {
        element: _description(text)
        for element, text in _columns(files["elements"], ("Element ID", "Description"))
    }
    for role in ("skills", "knowledge", "styles"):
        _read_elements(files[role], role, descriptions, by_code)
    for code, zone in _columns(files["job_zones"], (CODE, "Job Zone")):
        if code in by_code and zone.isdigit():
            by_code[code].job_zone = int(zone)
    zones = {
        int(zone): (education, training)
        for zone, education, training in _columns(
            files["zone_reference"], ("Job Zone", "Education", "Job Training")
        )
        if zone.isdigit()
    }
    for code, *titles in _columns(files["alternate"], (CODE, "Alternate Title", "Short Title")):
        if code in by_code:
            by_code[code].titles += [t.strip() for t in titles if t.strip()]
    reported = (CODE, "Reported Job Title", "Shown in My Next Move")
    for code, title, shown in _columns(files["reported"], reported):
        if code in by_code and title.strip():
            by_code[code].titles.append(title.strip())
            if shown == "Y":
                by_code[code].shown_titles.append(title.strip())
    return RatingsData({c: r for c, r in by_code.items() if _has_any(r)}, zones)


def plain_title(title: str) -> str:
    """A job title without its parenthesised short form: ``ER Nurse (Emergency Room Nurse)``
    → ``ER Nurse``."""
    return " ".join(TITLE_NOISE.sub("", title).split())


def _has_any(ratings: Ratings) -> bool:
    return bool(
        ratings.distributions
        or ratings.skills
        or ratings.knowledge
        or ratings.styles
        or ratings.job_zone
        or ratings.titles
    )


def _read_distributions(files: dict[str, Path], by_code: dict[str, Ratings]) -> None:
    labels = {
        (scale, category): _category_label(description)
        for scale, category, description in _columns(
            files["categories"], ("Scale ID", "Category", "Category Description")
        )
    }
    columns = (CODE, "Scale ID", "Category", "Data Value", "N")
    for code, scale, category, value, respondents in _columns(files["education"], columns):
        ratings = by_code.get(code)
        label = labels.get((scale, category))
        if ratings is None or scale not in DISTRIBUTIONS or label is None:
            continue
        share = _number(value)
        if share is not None:
            ratings.distributions.setdefault(scale, []).append((label, share))
        if respondents.isdigit():
            ratings.respondents[scale] = int(respondents)


def _category_label(description: str) -> str:
    """``Associate's Degree (or other 2-year degree)`` → ``associate's degree``;
    ``Over 1 year, up to and including 2 years`` → ``1 to 2 years``."""
    text = description.split(" - ")[0]
    text = TITLE_NOISE.sub("", text).strip()
    span = re.fullmatch(r"Over (\d+) (\w+), up to and including (\d+) (\w+)", text)
    if span:
        low, low_unit, high, high_unit = span.groups()
        if low_unit.rstrip("s") == high_unit.rstrip("s"):
            return f"{low} to {high} {high_unit}"
        return f"{low} {low_unit} to {high} {high_unit}"
    text = UP_TO.sub("up to", text)
    text = text.replace("None or short demonstration", "none or a short demonstration")
    words = text.split()
    return " ".join(w if w == "English" else w.lower() for w in words)


def _read_elements(
    path: Path, role: str, descriptions: dict[str, str], by_code: dict[str, Ratings]
) -> None:
    """Importance (IM) and level (LV) rows of one element file, joined per element; a
    level O*NET marks "not relevant" is left out."""
    columns: tuple[str, ...] = (
        *(CODE, "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress"),
    )
    if role != "styles":  # work styles have importance only
        columns += ("Not Relevant",)
    found: dict[tuple[str, str], dict[str, float | str]] = {}
    for code, element, name, scale, value, suppress, *relevance in _columns(path, columns):
        number = _number(value)
        if code not in by_code or scale not in SKILL_SCALES or number is None:
            continue
        if suppress == "Y" or relevance == ["Y"]:
            continue
        entry = found.setdefault((code, element), {"name": name})
        entry[scale] = number
    for (code, element), entry in found.items():
        importance = entry.get("IM")
        if not isinstance(importance, float):
            continue
        level = entry.get("LV")
        rating = Rating(
            str(entry["name"]),
            descriptions.get(element, ""),
            importance,
            level if isinstance(level, float) else None,
        )
        getattr(by_code[code], role).append(rating)


def _description(text: str) -> str:
    """An element's description as a clause: ``Job requires being honest.`` → ``being
    honest``; ``Giving full attention…`` → ``giving full attention…``."""
    text = text.strip().rstrip(".").removeprefix("Job requires ")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def _columns(path: Path, wanted: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The ``wanted`` columns (two or more) of a tab-separated file; checks they exist."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = [name.strip() for name in next(reader, [])]
        missing = [name for name in wanted if name not in header]
        if missing:
            raise OnetImportError(f"{path}: missing column(s) {missing}; found {header}")
        index = [header.index(name) for name in wanted]
        pick, width = itemgetter(*index), max(index) + 1
        for row in reader:
            if len(row) >= width:
                yield pick(row)
