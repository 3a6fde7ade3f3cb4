"""BLS Employment Projections and O*NET 29.3 in the generated guides: How to Become One, Job
Outlook, Top Skills, Knowledge, Work Style and the routing-only titles, on the real data in
../shared/data (the whole corpus composed once into a temp dir)."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from bot.routing.career import career_of
from bot.routing.names import CareerNames
from index.chunking import guide_chunks
from knowledge.loader import load_guide
from knowledge.markdown_guide import routing_titles
from knowledge.model import Guide
from knowledge.onet import ImportReport, compose_guides
from knowledge.onet_people import people
from knowledge.onet_sections import growth_words, whole_percent
from knowledge.onet_titles import title_key
from tests.knowledge.test_onet import FIXTURE, INSPECTORS
from tests.paths import SHARED_DATA

ONET, BLS_EP, RATINGS = SHARED_DATA / "onet", SHARED_DATA / "bls-ep", SHARED_DATA / "onet-29.3"
OEWS = SHARED_DATA / "oews/oews_may2025_national.csv"
ESCO = SHARED_DATA / "esco/occupations_en.csv"
ONET_29_3_CREDIT = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA."
)
BLS_CITE = "(BLS Employment Projections 2024–34)"
SECTION = re.compile(r"^## (?P<title>[^\n]+)\n\n(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
HEADLINE = re.compile(
    r"^(?P<who>[A-Z][^;]*?) typically need (?:a |an |no |some )[^;]+ to enter the occupation; "
    r"(?:no|less than 5 years of|5 years or more of) work experience in a related occupation "
    r"(?:and no on-the-job training are typical|is typical, and new workers typically "
    r"(?:complete an? [a-z ]+|receive (?:short|moderate|long)-term on-the-job training)) "
    + re.escape(BLS_CITE)
    + r"\."
)
GROWTH = re.compile(
    r"^Employment is projected to (?:grow (?P<up>\d+)% from 2024 to 2034, (?P<words>[a-z ]+) "
    r"\(3%\)|decline (?P<down>\d+)% from 2024 to 2034; employment in all occupations is "
    r"projected to grow 3%|show little or no change \((?P<flat>-?\d+)%\) from 2024 to 2034; "
    r"employment in all occupations is projected to grow 3%)\. BLS projects [\d,]+ jobs in "
    r"2034, (?:up [\d,]+|down [\d,]+|unchanged) from [\d,]+ in 2024\.$"
)

pytestmark = pytest.mark.skipif(
    not (BLS_EP.is_dir() and RATINGS.is_dir() and ONET.is_dir()),
    reason=f"shared data not found under {SHARED_DATA}",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every O*NET occupation's guide, with wages, ESCO titles, BLS EP and O*NET 29.3."""
    out = tmp_path_factory.mktemp("corpus")
    compose_guides(ONET, OEWS, ESCO, out, bls_ep_dir=BLS_EP, ratings_dir=RATINGS)
    return out


def _guide(corpus: Path, slug: str) -> Guide:
    return load_guide(corpus / f"{slug}.md")


def _text(guide: Guide, path: str) -> str:
    section = guide.find(path)
    assert section is not None, (guide.slug, path, [s.path_text for s in guide.walk()])
    return section.text


def test_registered_nurses_learn_how_to_get_in_and_whether_it_grows(corpus: Path) -> None:
    nurses = _guide(corpus, "registered-nurses")
    path = _text(nurses, "How to Become One")
    assert path.startswith(
        "Registered nurses typically need a bachelor's degree to enter the occupation; no work "
        "experience in a related occupation and no on-the-job training are typical "
        "(BLS Employment Projections 2024–34)."
    )
    assert (
        "In O*NET's survey of workers, 56% of registered nurses say the job requires a "
        "bachelor's degree, 23% a post-secondary certificate and 19% an associate's degree"
    ) in path
    outlook = _text(nurses, "Job Outlook")
    assert outlook.startswith(
        "Employment is projected to grow 5% from 2024 to 2034, faster than the average for all "
        "occupations (3%)."
    )
    assert "About 189,100 openings are projected each year" in outlook
    facts = nurses.facts
    assert facts.entry_education is not None
    assert facts.entry_education.value == "Bachelor's degree"
    assert facts.entry_education.section == "How to Become One"
    assert facts.work_experience is not None
    assert facts.work_experience.value == "None"
    assert facts.job_training is not None
    assert facts.job_training.value == "None"
    assert facts.growth_rate is not None
    assert facts.growth_rate.value == "5% (2024–34)"
    assert facts.growth_rate.section == "Job Outlook"
    assert facts.annual_openings is not None
    assert facts.annual_openings.value == "189,100"
    skills = nurses.find("Top Skills")
    assert skills is not None
    assert len(skills.items) == 8
    assert skills.items[0].startswith("Social Perceptiveness: being aware of others' reactions")
    assert skills.items[0].endswith("(importance 4.1 of 5, level 4.4 of 7)")
    assert nurses.find("Knowledge") is not None
    assert nurses.find("Work Style") is not None
    sources = _text(nurses, "Sources & References")
    assert ONET_29_3_CREDIT in sources.replace("\n", " ")
    assert "U.S. Bureau of Labor Statistics, Employment Projections program, 2024–34" in sources
    assert "https://www.bls.gov/ooh/healthcare/registered-nurses.htm" in sources


def test_electricians_apprenticeship_and_much_faster_growth(corpus: Path) -> None:
    electricians = _guide(corpus, "electricians")
    path = _text(electricians, "How to Become One")
    assert "Electricians typically need a high school diploma or equivalent" in path
    assert "new workers typically complete an apprenticeship" in path
    assert electricians.facts.job_training is not None
    assert electricians.facts.job_training.value == "Apprenticeship"
    # 818,700 → 896,100 jobs is 9.45%: 9%, as the Occupational Outlook Handbook rounds it.
    outlook = _text(electricians, "Job Outlook")
    assert outlook.startswith(
        "Employment is projected to grow 9% from 2024 to 2034, much faster than the average"
    )
    assert electricians.facts.annual_openings is not None
    assert electricians.facts.annual_openings.value == "81,000"
    assert _text(electricians, "Top Skills").startswith(
        "The skills O*NET rates most important for electricians"
    )


def test_missing_data_is_said_plainly_and_never_invented(corpus: Path) -> None:
    infantry = _guide(corpus, "infantry")  # military: no BLS projections, no O*NET ratings
    assert _text(infantry, "How to Become One").startswith(
        "BLS publishes no typical entry education, work experience or on-the-job training for "
        "this occupation."
    )
    assert _text(infantry, "Job Outlook") == (
        "BLS publishes no employment projections for this occupation."
    )
    assert infantry.facts.growth_rate is None
    assert infantry.facts.entry_education is None
    assert _text(infantry, "Top Skills") == (
        "O*NET 29.3 has no skill, knowledge or work style ratings for this occupation."
    )
    developers = _guide(corpus, "software-developers")  # no 29.3 ratings: BLS still answers
    path = _text(developers, "How to Become One")
    assert path.startswith("Software developers typically need a bachelor's degree")
    assert "O*NET 29.3 has no survey of the education, experience and training" in path
    assert developers.find("Knowledge") is None


def test_figures_for_a_group_of_occupations_say_so(corpus: Path) -> None:
    cyto = _guide(corpus, "cytotechnologists")  # BLS projects 29-2011 and 29-2012 as 29-2010
    note = (
        "These are BLS figures for the occupation group Clinical laboratory technologists and "
        "technicians (29-2010), which includes this one."
    )
    assert note in _text(cyto, "Job Outlook")
    counselors = _guide(corpus, "mental-health-counselors")  # only BLS's summary row
    assert _text(counselors, "How to Become One").startswith("BLS publishes no typical entry")
    assert "occupation group Counselors (21-1010)" in _text(counselors, "Job Outlook")


def test_every_guide_reads_correctly(corpus: Path) -> None:
    """The new sections of all 1,016 guides: the people named as a plural, never "a
    registered nurses"; the entry path and the outlook in BLS's words and bands."""
    paths = sorted(corpus.glob("*.md"))
    assert len(paths) >= 1000
    headlines = outlooks = 0
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        title = raw.splitlines()[0].removeprefix("# ").removesuffix(" Career Guide")
        sections = {m["title"]: m["body"].strip() for m in SECTION.finditer(raw)}
        new = "\n".join(
            sections.get(name, "")
            for name in ("How to Become One", "Job Outlook", "Top Skills", "Knowledge")
        )
        assert sections.get("How to Become One"), path.name
        assert sections.get("Job Outlook"), path.name
        who = people(title)
        lowered = title.lower()
        for wrong in (f" a {lowered}", f" an {lowered}", f" a {who}", f" an {who}"):
            assert wrong not in new, (path.name, wrong)
        for wrong in (", all other", "--", "  ", " .", " ,"):
            assert wrong not in new.lower(), (path.name, wrong)
        first = sections["How to Become One"].split("\n\n")[0]
        if not first.startswith("BLS publishes no"):
            found = HEADLINE.match(first)
            assert found, (path.name, first)
            assert found["who"] == who[:1].upper() + who[1:]
            headlines += 1
        share = re.search(r"\d+% of (?P<who>.+?) say the job requires ", new)
        if share:
            assert share["who"] == who, path.name
        outlook = sections["Job Outlook"].split("\n\n")[0]
        if outlook != "BLS publishes no employment projections for this occupation.":
            found = GROWTH.match(outlook)
            assert found, (path.name, outlook)
            rate = re.search(r"^Growth Rate: (-?\d+)% \(2024–34\)$", raw, re.MULTILINE)
            assert rate, path.name
            pct = int(rate.group(1))
            if found["up"]:
                assert int(found["up"]) == pct
                assert found["words"] == growth_words(pct)
            elif found["down"]:
                assert -int(found["down"]) == pct
                assert growth_words(pct) == "decline"
            else:
                assert int(found["flat"]) == pct
                assert growth_words(pct) == "little or no change"
            outlooks += 1
    assert headlines >= 900
    assert outlooks >= 950


def test_alternate_titles_route_but_are_never_shown(corpus: Path) -> None:
    nurses = _guide(corpus, "registered-nurses")
    assert {"Charge Nurse", "Emergency Room Nurse", "Neonatal Nurse"} <= set(
        nurses.alternate_titles
    )
    shown = "\n".join([nurses.title, *(s.text for s in nurses.walk())])
    chunks = "\n".join(c.text + c.header for c in guide_chunks(nurses))
    for title in ("Charge Nurse", "Emergency Room Nurse", "Neonatal Nurse", "routing titles"):
        assert title not in shown
        assert title not in chunks
    also = nurses.find("Also Known As")
    assert also is None or len(also.items) <= 15  # the visible list stays short

    guides = [nurses, *(_guide(corpus, s) for s in ("electricians", "software-developers"))]
    names = CareerNames(career_of(g) for g in guides)
    for message, slug in [
        ("I'm a charge nurse, what could I earn?", "registered-nurses"),
        ("how do I become a journeyman electrician", "electricians"),
        ("do software engineers need a degree", "software-developers"),
    ]:
        assert [m.slugs for m in names.mentions(message)] == [(slug,)], message


def test_a_title_shared_by_occupations_routes_to_those_whose_workers_report_it(
    corpus: Path,
) -> None:
    """O*NET lists "Quality Control Inspector" for inspectors and testers and for aviation
    inspectors, but only the first report it as their title."""
    titles = {
        slug: set(_guide(corpus, slug).alternate_titles)
        for slug in (
            INSPECTORS,
            "aviation-inspectors",
            "commercial-pilots",
            "captains-mates-and-pilots-of-water-vessels",
        )
    }
    assert "Quality Control Inspector" in titles[INSPECTORS]
    assert "Quality Control Inspector" not in titles["aviation-inspectors"]
    assert "Aviation Safety Inspector" in titles["aviation-inspectors"]  # its own stay
    assert "Pilot" in titles["commercial-pilots"]
    assert "Pilot" not in titles["captains-mates-and-pilots-of-water-vessels"]


def test_a_one_word_name_workers_of_one_occupation_report_routes_to_it(corpus: Path) -> None:
    """ "Groundskeeper" ends no O*NET title, but landscaping workers report it and no other
    occupation lists it; "Author" ends one (Writers and Authors) and stays with it."""
    slugs = (
        "landscaping-and-groundskeeping-workers",
        "pest-control-workers",
        "floral-designers",
        "writers-and-authors",
        "poets-lyricists-and-creative-writers",
    )
    guides = [_guide(corpus, slug) for slug in slugs]
    assert "Groundskeeper" in guides[0].alternate_titles
    assert "Author" not in guides[4].alternate_titles
    names = CareerNames(career_of(g) for g in guides)
    for message, slug in [
        ("what does a groundskeeper do every day?", slugs[0]),
        ("what does an exterminator make", slugs[1]),
        ("is a florist a good career?", slugs[2]),
        ("I want to write novels, what do authors earn?", slugs[3]),
    ]:
        assert [m.slugs for m in names.mentions(message)] == [(slug,)], message


def test_a_worker_named_after_the_field_that_starts_the_title_routes_to_it(
    corpus: Path,
) -> None:
    """ "Bookkeeper" is only an alternate title (workers don't report it), but it names a worker
    of bookkeeping, the field the clerks' title starts with; "Dispatch" names no worker."""
    slugs = (
        "bookkeeping-accounting-and-auditing-clerks",
        "drywall-and-ceiling-tile-installers",
        "police-and-sheriff-s-patrol-officers",
        "dispatchers-except-police-fire-and-ambulance",
    )
    guides = [_guide(corpus, slug) for slug in slugs]
    assert "Dispatch" not in guides[3].alternate_titles
    names = CareerNames(career_of(g) for g in guides)
    for message, slug in [
        ("i want to become a bookkeeper, how long does it take?", slugs[0]),
        ("do drywallers make good money", slugs[1]),
        ("what does a policeman do all day", slugs[2]),
    ]:
        assert [m.slugs for m in names.mentions(message)] == [(slug,)], message
    assert names.mentions("can I work in dispatch from home?") == []


def test_a_title_ending_in_an_everyday_worker_name_routes_to_the_one_that_reports_it(
    corpus: Path,
) -> None:
    """No O*NET title ends in "Coder", yet "Medical Coder" is what people call medical
    records specialists, and no other occupation lists it."""
    slugs = ("medical-records-specialists", "computer-programmers", "file-clerks")
    guides = [_guide(corpus, slug) for slug in slugs]
    assert "Medical Coder" in guides[0].alternate_titles
    names = CareerNames(career_of(g) for g in guides)
    mentioned = names.mentions("what does a medical coder make an hour?")
    assert [m.slugs for m in mentioned] == [(slugs[0],)]


def test_no_alternate_title_is_another_occupations_own_title(corpus: Path) -> None:
    raws = {p.stem: p.read_text(encoding="utf-8") for p in corpus.glob("*.md")}
    own = {
        title_key(raw.splitlines()[0].removeprefix("# ").removesuffix(" Career Guide")): slug
        for slug, raw in raws.items()
    }
    routed = 0
    for slug, raw in raws.items():
        for title in routing_titles(raw):
            assert own.get(title_key(title), slug) == slug, (slug, title)
            routed += 1
    assert routed > 30_000


def test_the_cli_imports_the_new_sources_and_rewrites_only_what_changed(tmp_path: Path) -> None:
    """Three occupations (the fixture's O*NET files) with the real BLS EP and O*NET 29.3."""
    bls = Path(shutil.copytree(BLS_EP, tmp_path / "bls-ep"))
    out = tmp_path / "out"
    args = ["import-onet", "--onet", str(FIXTURE / "onet"), "--out", str(out)]
    args += ["--bls-ep", str(bls), "--onet-ratings", str(RATINGS)]
    runner = CliRunner()
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "3 occupation(s): 3 written, 0 unchanged, 0 removed; 3 without a median wage" in (
        first.output
    )
    inspectors = load_guide(out / f"{INSPECTORS}.md")
    assert _text(inspectors, "How to Become One").startswith(
        "Inspectors, testers, sorters, samplers, and weighers typically need a high school "
        "diploma or equivalent"
    )
    assert inspectors.facts.annual_openings is not None
    assert runner.invoke(app, args).output.count("0 written, 3 unchanged") == 1

    table = bls / "table_1_2_occupational_projections_2024_34.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    next(r for r in rows if r["soc_code"] == "51-9061")["annual_openings_2024_34_thousands"] = (
        "99.9"
    )
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    report = compose_guides(FIXTURE / "onet", None, None, out, bls_ep_dir=bls, ratings_dir=RATINGS)
    assert report == ImportReport(3, 1, 2, 0, 3)
    changed = [p.name for p in out.iterdir() if p.read_bytes() != before[p.name]]
    assert changed == [f"{INSPECTORS}.md"]
    assert "Annual Openings: 99,900" in (out / f"{INSPECTORS}.md").read_text(encoding="utf-8")

    missing = runner.invoke(app, [*args[:5], "--bls-ep", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert "nowhere: BLS Employment Projections directory not found" in missing.output


@pytest.mark.parametrize(
    ("pct", "words"),
    [
        (16, "much faster than the average for all occupations"),
        (7, "much faster than the average for all occupations"),
        (6, "faster than the average for all occupations"),
        (4, "faster than the average for all occupations"),
        (3, "about as fast as the average for all occupations"),
        (1, "about as fast as the average for all occupations"),
        (0, "little or no change"),
        (-1, "little or no change"),
        (-2, "decline"),
        (-36, "decline"),
    ],
)
def test_growth_is_described_in_the_ooh_bands(pct: int, words: str) -> None:
    assert growth_words(pct) == words


@pytest.mark.parametrize(("value", "whole"), [(4.898, 5), (9.454, 9), (4.5, 5), (-1.5, -2)])
def test_percents_round_half_away_from_zero(value: float, whole: int) -> None:
    assert whole_percent(value) == whole


def test_a_worker_name_few_occupations_list_routes_to_the_one_whose_workers_report_it(
    corpus: Path,
) -> None:
    """O*NET lists "Arborist" for tree trimmers, fallers and soil scientists, "Dog Groomer"
    for animal caretakers and trainers; only the first of each report it as their title."""
    slugs = ("tree-trimmers-and-pruners", "fallers", "animal-caretakers", "animal-trainers")
    guides = {slug: _guide(corpus, slug) for slug in slugs}
    assert "Arborist" in guides["tree-trimmers-and-pruners"].alternate_titles
    assert "Dog Groomer" in guides["animal-caretakers"].alternate_titles
    assert "Dog Groomer" not in guides["animal-trainers"].alternate_titles
    names = CareerNames(career_of(g) for g in guides.values())
    for message, slug in [
        ("whats the pay look like for arborists", "tree-trimmers-and-pruners"),
        ("how do i become a dog groomer", "animal-caretakers"),
    ]:
        assert [m.slugs for m in names.mentions(message)] == [(slug,)], message
