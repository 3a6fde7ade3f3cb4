"""O*NET → Markdown guides: the fixture's guides, their wages, titles, sections and credits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.loader import load_guide, load_guides
from knowledge.onet import (
    ImportReport,
    compose_guides,
    normalise_code,
)
from knowledge.onet_titles import singular_title
from tests.paths import FIXTURES

FIXTURE = FIXTURES / "onet"
LINK = re.compile(r"\]\(/guides/(?P<slug>[a-z0-9-]+)\)")
ATTRIBUTION = (
    "This product includes information from the O*NET 29 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA."
)
INSPECTORS = "inspectors-testers-sorters-samplers-and-weighers"
INSPECTORS_GUIDE = (
    "# Inspectors, Testers, Sorters, Samplers, and Weighers Career Guide\n"
    "<!-- generated from O*NET 29 (51-9061.00) -->\n"
    "\n"
    "Inspect, test, sort, sample, or weigh parts or products for defects, wear, and "
    "deviations from specifications.\n"
    "\n"
    "## Annual Salary (US, USD)\n"
    "\n"
    "Median: $48,570\n"
    "\n"
    "Entry-Level: $35,510\n"
    "\n"
    "Mid-Level: $48,570\n"
    "\n"
    "Senior-Level: $77,860\n"
    "\n"
    "Range: 35,510–77,860\n"
    "\n"
    "Employment: 597,370\n"
    "\n"
    "Entry-level stands for the 10th percentile and senior-level for the 90th percentile "
    "of annual wages (BLS OEWS, May 2025).\n"
    "\n"
    "## Key Responsibilities\n"
    "\n"
    "- Discard or reject products, materials, or equipment not meeting specifications.\n"
    "- Measure dimensions of products, using rulers, calipers, gauges, or micrometers.\n"
    "- Check arriving materials against purchase orders.\n"
    "\n"
    "## Tech Stack\n"
    "\n"
    "- Microsoft Excel (Spreadsheet software) (hot technology)\n"
    "- Cybermetrics GAGETrak (Industrial control software)\n"
    "\n"
    "## Interests and Fit\n"
    "\n"
    "The strongest interests for this work: Realistic (5.73), Conventional (5.36) and "
    "Investigative (3.42), on O*NET's 1–7 RIASEC occupational interest scale.\n"
    "\n"
    "## Preparation\n"
    "\n"
    "Job Zone 2: some preparation needed. Job zones run from 1 (little or no preparation) "
    "to 5 (extensive preparation); this rating is from the O*NET job zone file of 2019.\n"
    "\n"
    "## Related Roles\n"
    "\n"
    "- [Robotics Technicians](/guides/robotics-technicians)\n"
    "\n"
    "## Sources & References\n"
    "\n"
    "This product includes information from the O*NET 29 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license.\n"
    "O*NET® is a trademark of USDOL/ETA.\n"
    "\n"
    "Wage data: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
    "Statistics, May 2025.\n"
    "\n"
    "O*NET-SOC code: 51-9061.00.\n"
)


def compose_fixture(onet_dir: Path, out: Path, esco: bool = True) -> ImportReport:
    """The guides of ``onet_dir`` with the fixture's wages (and ESCO titles), into ``out``."""
    return compose_guides(
        onet_dir,
        FIXTURE / "oews_national.csv",
        FIXTURE / "esco_occupations.csv" if esco else None,
        out,
    )


def test_fixture_guide_is_written_exactly(tmp_path: Path) -> None:
    report = compose_fixture(FIXTURE / "onet", tmp_path / "out")
    assert report == ImportReport(occupations=3, written=3, unchanged=0, removed=0, without_wages=0)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["chief-executives.md", f"{INSPECTORS}.md", "robotics-technicians.md"]
    assert (tmp_path / "out" / f"{INSPECTORS}.md").read_text(encoding="utf-8") == (INSPECTORS_GUIDE)


def test_missing_suppressed_and_top_coded_wages(tmp_path: Path) -> None:
    compose_fixture(FIXTURE / "onet", tmp_path)
    robotics = (tmp_path / "robotics-technicians.md").read_text(encoding="utf-8")
    # A_PCT10 is '*': no Entry-Level and no Range; A_PCT90 is '#'.
    assert "Entry-Level" not in robotics
    assert "Range:" not in robotics
    assert "\nMedian: $69,000\n" in robotics
    assert "\nSenior-Level: $239,200 or more\n" in robotics
    assert (
        "These are BLS figures for the occupation Electro-Mechanical and Mechatronics "
        "Technologists and Technicians (17-3024), which includes this one." in robotics
    )
    # No high-point codes: the three highest interest scores.
    assert "Realistic (6.50), Conventional (4.75) and Investigative (4.25)" in robotics
    assert "- ALK Technologies PC*Miler (Route navigation software)\n" in robotics

    chief = (tmp_path / "chief-executives.md").read_text(encoding="utf-8")
    assert "\nMedian: $239,200 or more\n" in chief
    assert "\nRange: 80,000–239,200 or more\n" in chief
    # The 2019 job zone file lists this title under another code: matched on the title.
    assert "Job Zone 5: extensive preparation needed." in chief
    assert "## Tech Stack" not in chief
    assert "## Interests and Fit" not in chief
    assert "## Related Roles" not in chief


def test_esco_synonyms_and_credit(tmp_path: Path) -> None:
    compose_fixture(FIXTURE / "onet", tmp_path / "with")
    chief = (tmp_path / "with" / "chief-executives.md").read_text(encoding="utf-8")
    # Title among the alt labels: the ESCO preferred label and the other alt labels.
    assert "## Also Known As\n\n- chief executive officer\n- CEO\n- managing director\n\n" in chief
    robotics = (tmp_path / "with" / "robotics-technicians.md").read_text(encoding="utf-8")
    # Preferred label "robotics technician" is the singular of the title; plurals dropped.
    assert (
        "## Also Known As\n\n- robotics engineering technician\n- robot maintenance technician\n"
    ) in robotics
    assert "robtics" not in robotics  # hidden labels (misspellings) are not shown
    assert "ESCO classification, © European Union, CC BY 4.0" in robotics
    inspectors = (tmp_path / "with" / f"{INSPECTORS}.md").read_text(encoding="utf-8")
    assert "Also Known As" not in inspectors  # "tyre fitter" has alt label "inspector" only
    assert "ESCO" not in inspectors

    compose_fixture(FIXTURE / "onet", tmp_path / "without", esco=False)
    for path in (tmp_path / "without").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert "Also Known As" not in text
        assert "ESCO" not in text


def test_guides_parse_with_sections_facts_links_and_attribution(tmp_path: Path) -> None:
    compose_fixture(FIXTURE / "onet", tmp_path)
    guides = {g.slug: g for g in load_guides(tmp_path)}
    assert set(guides) == {"chief-executives", INSPECTORS, "robotics-technicians"}

    inspectors = guides[INSPECTORS]
    assert inspectors.title == "Inspectors, Testers, Sorters, Samplers, and Weighers Career Guide"
    assert inspectors.career == "Inspectors, Testers, Sorters, Samplers, and Weighers"
    assert [s.path_text for s in inspectors.walk()] == [
        "Overview",
        "Annual Salary (US, USD)",
        "Key Responsibilities",
        "Tech Stack",
        "Interests and Fit",
        "Preparation",
        "Related Roles",
        "Sources & References",
    ]
    facts = inspectors.facts
    assert facts.median_salary is not None
    assert facts.median_salary.value == "$48,570"
    assert facts.median_salary.section == "Annual Salary (US, USD)"
    assert facts.salary_entry is not None
    assert facts.salary_entry.value == "$35,510"
    assert facts.salary_mid is not None
    assert facts.salary_mid.value == "$48,570"
    assert facts.salary_senior is not None
    assert facts.salary_senior.value == "$77,860"
    assert facts.salary_range is not None
    assert facts.salary_range.value == "35,510–77,860"
    related = inspectors.find("Related Roles")
    assert related is not None
    assert related.items == ["Robotics Technicians"]  # the parser keeps a link's text

    for slug, guide in guides.items():
        sources = guide.find("Sources & References")
        assert sources is not None
        assert sources.paragraphs[0] == ATTRIBUTION, slug
        raw = (tmp_path / f"{slug}.md").read_text(encoding="utf-8")
        for link in LINK.finditer(raw):
            assert link["slug"] in guides, (slug, link["slug"])
    # Only primary-tier links to occupations that exist, best tier first.
    robotics = (tmp_path / "robotics-technicians.md").read_text(encoding="utf-8")
    assert LINK.findall(robotics) == [INSPECTORS]


def test_bls_short_column_names_are_read(tmp_path: Path) -> None:
    oews = tmp_path / "oews.csv"
    oews.write_text(
        "OCC_CODE,OCC_TITLE,TOT_EMP,A_PCT10,A_MEDIAN,A_PCT90\n"
        '51-9061,"Inspectors, Testers, Sorters, Samplers, and Weighers",'
        '"597,370","35,510","48,570","77,860"\n',
        encoding="utf-8",
    )
    report = compose_guides(FIXTURE / "onet", oews, None, tmp_path / "out")
    assert report.without_wages == 2
    guide = load_guide(tmp_path / "out" / f"{INSPECTORS}.md")
    assert guide.facts.median_salary is not None
    assert guide.facts.median_salary.value == "$48,570"
    assert guide.facts.salary_range is not None
    assert guide.facts.salary_range.value == "35,510–77,860"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("111011", "11-1011.00"),
        ("111011.03", "11-1011.03"),
        ("119199.1", "11-9199.10"),
        ("51-9061.00", "51-9061.00"),
    ],
)
def test_job_zone_codes_are_normalised(raw: str, code: str) -> None:
    assert normalise_code(raw) == code


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("chief executives", "chief executive"),
        ("secretaries", "secretary"),
        ("coaches", "coach"),
        ("firemen", "fireman"),
        ("actress", "actress"),
    ],
)
def test_titles_are_made_singular_for_esco(plural: str, expected: str) -> None:
    assert singular_title(plural) == expected
