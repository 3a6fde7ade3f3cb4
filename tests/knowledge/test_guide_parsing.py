"""The guide becomes a tree of sections with anchors and structured headline facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.loader import BUNDLED_GUIDES_DIR, GuideError, load_guide, load_guides
from knowledge.model import Guide
from tests.conftest import SHARED_GUIDE

FAQ = "Frequently Asked Questions › "
EXPECTED_SECTIONS = [
    "Overview",
    "Market Demand",
    "Annual Salary (US, USD)",
    "Core Functions of the Production Technician Role",
    "Key Responsibilities",
    "Work Setting",
    "Tech Stack",
    "Skills and Qualifications",
    "Skills and Qualifications › Education Level",
    "Skills and Qualifications › Tech Skills",
    "Skills and Qualifications › Soft Abilities",
    "Path to Production Technician",
    "Required Education",
    "Career Path Tiers",
    "Career Path Tiers › Junior Production Technician",
    "Career Path Tiers › Production Technician",
    "Career Path Tiers › Senior Production Technician",
    "Career Path Tiers › Lead Production Technician / Supervisor",
    "Global Outlook",
    "Job Market Today",
    "Job Market Today › Role Challenges",
    "Job Market Today › Growth Paths",
    "Job Market Today › Industry Trends",
    "A Day in the Life",
    "A Day in the Life › Morning (9:00 AM - 12:00 PM)",
    "A Day in the Life › Afternoon (12:00 PM - 3:00 PM)",
    "A Day in the Life › Late Afternoon (3:00 PM - 6:00 PM)",
    "Work-Life Balance & Stress",
    "Skill Map",
    "Skill Map › Foundational Skills",
    "Skill Map › Advanced Technical Skills",
    "Skill Map › Professional & Collaboration Skills",
    "Pros & Cons for Production Technician",
    "Pros & Cons for Production Technician › Pros",
    "Pros & Cons for Production Technician › Cons",
    "Common Mistakes of Beginners",
    "Contextual Advice",
    "Examples and Case Studies",
    "Examples and Case Studies › Reducing Downtime Through Predictive Maintenance at an "
    "Automotive Plant",
    "Examples and Case Studies › Improving Product Quality via Lean Manufacturing Techniques",
    "Examples and Case Studies › Adapting to Automation: Transitioning from Manual to Robotic "
    "Assembly",
    "Portfolio Tips",
    "Job Outlook & Related Roles",
    "Frequently Asked Questions",
    FAQ + "What are the most important safety concerns for a Production Technician?",
    FAQ + "Do Production Technicians need to know programming?",
    FAQ + "Is physical strength required in this job?",
    FAQ + "Can Production Technicians work remotely?",
    FAQ + "What certifications benefit a Production Technician's career?",
    FAQ + "How long does it take to become a proficient Production Technician?",
    FAQ + "What industries hire Production Technicians?",
    FAQ + "What career advancement opportunities exist for Production Technicians?",
    FAQ + "Are there any health risks associated with this profession?",
    FAQ + "What is the role of continuous education in this career?",
]


def test_every_heading_becomes_a_section_in_reading_order(guide: Guide) -> None:
    assert [s.path_text for s in guide.walk()] == EXPECTED_SECTIONS


def test_guide_identity(guide: Guide) -> None:
    assert guide.slug == "production-technician"
    assert guide.title == "Production Technician Career Path Guide"
    assert guide.career == "Production Technician"


def test_anchors_are_unique_slugs(guide: Guide) -> None:
    anchors = [s.anchor for s in guide.walk()]
    assert len(anchors) == len(set(anchors))
    assert guide.find("Required Education") is not None
    assert guide.find("Required Education").anchor == "required-education"  # type: ignore[union-attr]


def test_list_items_and_faq_answers_are_kept(guide: Guide) -> None:
    responsibilities = guide.find("Key Responsibilities")
    assert responsibilities is not None
    assert len(responsibilities.items) == 15
    assert responsibilities.items[0].startswith("Set up, calibrate, and test")
    remote = guide.find(FAQ + "Can Production Technicians work remotely?")
    assert remote is not None
    assert "fully remote roles are rare" in remote.text


def test_empty_headings_and_contradicted_badge_are_dropped(guide: Guide) -> None:
    paths = [s.path_text for s in guide.walk()]
    assert "Job Outlook & Related Roles › Related Roles" not in paths
    assert not any("Sources & References" in p for p in paths)
    assert "remote-friendly" not in guide.sections[0].text


def test_headline_facts_equal_the_guide_figures(guide: Guide) -> None:
    facts = guide.facts
    assert facts.median_salary
    assert facts.median_salary.value == "$58,500"
    assert facts.salary_entry
    assert facts.salary_entry.value == "$46,950"
    assert facts.salary_mid
    assert facts.salary_mid.value == "$58,500"
    assert facts.salary_senior
    assert facts.salary_senior.value == "$70,050"
    assert facts.salary_range
    assert facts.salary_range.value == "42,000–75,000"
    assert facts.salary_top
    assert facts.salary_top.value == "$75,000+"
    assert facts.growth_rate
    assert facts.growth_rate.value == "6%"
    assert facts.market_demand
    assert facts.market_demand.value == "High"
    assert facts.stress_level
    assert facts.stress_level.value == "Moderate"
    assert facts.balance_rating
    assert facts.balance_rating.value == "Good"
    assert facts.salary_senior.section == "Annual Salary (US, USD)"
    assert facts.growth_rate.section == "Job Outlook & Related Roles"
    assert [(t.title, t.experience) for t in facts.tiers] == [
        ("Junior Production Technician", "0-2 years"),
        ("Production Technician", "2-5 years"),
        ("Senior Production Technician", "5+ years"),
        ("Lead Production Technician / Supervisor", "7+ years"),
    ]


MARKDOWN_GUIDE = """# Welder Career Guide
<!-- generated from O*NET 29 (51-4121.06) -->

Welders join metal parts with heat.

## Salary

Median: $51,000

## Skills and Qualifications

### Tech Skills

- **MIG** and TIG welding
- Reading [blueprints](https://example.com)

## Frequently Asked Questions

### Is welding dangerous?

It can be, so protective gear is essential.
"""


def test_markdown_guides_are_parsed(tmp_path: Path) -> None:
    (tmp_path / "welder.md").write_text(MARKDOWN_GUIDE, encoding="utf-8")
    guide = load_guide(tmp_path / "welder.md")
    assert (guide.slug, guide.career) == ("welder", "Welder")
    assert [s.path_text for s in guide.walk()] == [
        "Overview",
        "Salary",
        "Skills and Qualifications",
        "Skills and Qualifications › Tech Skills",
        "Frequently Asked Questions",
        "Frequently Asked Questions › Is welding dangerous?",
    ]
    assert guide.sections[0].text == "Welders join metal parts with heat."  # comments dropped
    skills = guide.find("Skills and Qualifications › Tech Skills")
    assert skills is not None
    assert skills.items == ["MIG and TIG welding", "Reading blueprints"]
    assert guide.facts.median_salary
    assert guide.facts.median_salary.value == "$51,000"


def test_a_broken_guide_fails_with_a_message_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("no title here\n", encoding="utf-8")
    with pytest.raises(GuideError, match=r"broken\.md.*Title"):
        load_guides(tmp_path)
    with pytest.raises(GuideError, match="not found"):
        load_guides(tmp_path / "missing")


def test_the_bundled_guide_is_the_owner_s_file_unchanged() -> None:
    if not SHARED_GUIDE.exists():
        pytest.skip(f"{SHARED_GUIDE} not beside this checkout")
    assert (BUNDLED_GUIDES_DIR / SHARED_GUIDE.name).read_bytes() == SHARED_GUIDE.read_bytes()


def _parse(tmp_path: Path, body: str) -> Guide:
    (tmp_path / "welder.md").write_text(f"# Welder Career Guide\n\n{body}", encoding="utf-8")
    return load_guide(tmp_path / "welder.md")


def test_a_hash_line_in_a_code_block_is_code_not_a_heading(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "## Tools\n\n```sh\n# check the torch\nls /dev\n```\n")
    assert [s.path_text for s in guide.walk()] == ["Tools"]
    assert guide.sections[0].text == "# check the torch ls /dev"


def test_setext_headings_open_sections(tmp_path: Path) -> None:
    body = "Salary\n------\n\nMedian: $51,000\n\nSafety\n======\n\nWear gloves.\n"
    guide = _parse(tmp_path, body)
    assert [s.path_text for s in guide.walk()] == ["Salary", "Safety"]
    assert guide.facts.median_salary is not None
    assert guide.facts.median_salary.value == "$51,000"


def test_a_list_item_wrapped_over_two_lines_stays_one_item(tmp_path: Path) -> None:
    body = "## Tasks\n\n- Weld steel beams\n  on building sites.\n- Grind seams.\n"
    guide = _parse(tmp_path, body)
    tasks = guide.sections[0]
    assert tasks.items == ["Weld steel beams on building sites.", "Grind seams."]
    assert tasks.paragraphs == []


def test_images_are_dropped_from_headings_and_text(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "## ![icon](pay.png) Salary\n\n![logo](l.png) Welders earn well.\n")
    assert [s.path_text for s in guide.walk()] == ["Salary"]
    assert guide.sections[0].text == "Welders earn well."


def test_underscores_inside_words_are_kept(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "## Tools\n\nThe log file is weld_log and the flag is `max_amps`.\n")
    assert guide.sections[0].text == "The log file is weld_log and the flag is max_amps."


def test_a_star_inside_a_word_is_not_emphasis(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "## Sources\n\nData from O*NET 29.\nO*NET® and PC*Miler, *really*.\n")
    assert guide.sections[0].text == "Data from O*NET 29. O*NET® and PC*Miler, really."


def test_html_entities_read_as_the_characters_they_stand_for(tmp_path: Path) -> None:
    body = "<!-- generated -->\n\n## Tech Stack\n\n- Tradesman&apos;s Estimator\n- AT&amp;T Phone\n"
    guide = _parse(tmp_path, body)
    assert guide.sections[0].items == ["Tradesman's Estimator", "AT&T Phone"]


def test_a_table_stays_one_paragraph_of_its_cells(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "## Pay\n\n| Level | Pay |\n| --- | --- |\n| Entry | $40,000 |\n")
    assert guide.sections[0].paragraphs == ["| Level | Pay | | --- | --- | | Entry | $40,000 |"]
