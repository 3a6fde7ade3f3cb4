"""Career moves over a slice of the generated O*NET corpus plus the bundled guide: role
matching, the move's items and citations, suggested goals, and the Plus answers' rules."""

from __future__ import annotations

import json
import re
import shutil
from typing import Any

import pytest
from langchain_core.embeddings import Embeddings

from bot.compose.citations import render
from bot.compose.plan import AdvicePlanner
from bot.moves.check import judge
from bot.moves.personal import personal_draft
from bot.moves.planner import MovePlanner
from knowledge.loader import BUNDLED_GUIDES_DIR, load_guides
from store.profiles import Profile
from tests.onet_corpus import RELATED, compose_corpus, shared_data_present
from tests.paths import EVAL

HANDFUL = 8  # the set's first items: older workers, a student, a returner, a no-goal case
CASHIER = Profile(
    current_role="Retail cashier",
    years_experience=0,
    skills=["customer service", "cash handling"],
    education="High school diploma",
    goal_career="Registered nurse",
)


def the_set() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads((EVAL / "plus_profiles.json").read_text("utf-8"))
    return items


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings) -> MovePlanner:
    """Moves over the careers of the set's first items, every career their guides list as
    related (and those careers' related ones), and the bundled guide."""
    if not shared_data_present():
        pytest.skip("../shared/data (O*NET, OEWS, ESCO) not found beside the checkout")
    work = tmp_path_factory.mktemp("moves")
    everything = work / "all"
    compose_corpus(everything)
    wanted = {"cashiers", "registered-nurses", "baristas", "retail-salespersons", "team-assemblers"}
    for item in the_set()[:HANDFUL]:
        for slug in item["expect"].values():
            wanted |= {slug} if isinstance(slug, str) else set(slug or [])
    wanted -= {"production-technician"}
    for _ in range(2):
        for slug in list(wanted):
            text = (everything / f"{slug}.md").read_text(encoding="utf-8")
            wanted |= set(RELATED.findall(text))
    guides_dir = work / "guides"
    guides_dir.mkdir()
    for slug in wanted:
        shutil.copy(everything / f"{slug}.md", guides_dir)
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", guides_dir)
    guides = load_guides(guides_dir)
    return MovePlanner(guides, AdvicePlanner(embeddings), embeddings)


def test_roles_match_their_guides_with_a_reason(planner: MovePlanner) -> None:
    cashier = planner.matcher.match("Retail cashier")
    assert cashier is not None
    assert cashier.slug == "cashiers"
    assert cashier.reason("Retail cashier") == (
        '"Retail cashier" matches Cashiers by the alternate title "Retail Cashier"'
    )
    retail = planner.matcher.match("I work in retail")
    assert retail is not None
    assert retail.slug == "retail-salespersons"
    assert "retail" in retail.how
    typo = planner.matcher.match("casheir")  # misspelt
    assert typo is not None
    assert typo.slug == "cashiers"
    line = planner.matcher.match("Assembly line operator")
    assert line is not None
    assert line.slug == "team-assemblers"
    for nobody in ("student", "stay at home mom", "unemployed", "", None):
        assert planner.matcher.match(nobody) is None


def test_a_move_shares_builds_and_cites_every_item(planner: MovePlanner) -> None:
    move = planner.plan(CASHIER)
    assert move.current is not None
    assert move.current.slug == "cashiers"
    assert move.goal.slug == "registered-nurses"
    assert move.goal_reason == "your goal"
    shared = move.of("shared")
    assert shared
    assert all(len(i.parts) == 2 for i in shared[:1])
    first = shared[0]
    # both careers' levels, each from its own guide's Top Skills or Knowledge section
    assert re.search(r"level \d\.\d of 7 for cashiers", first.parts[0].text)
    assert re.search(r"level \d\.\d of 7 for registered nurses", first.parts[1].text)
    assert {p.source.guide for p in first.parts} == {"cashiers", "registered-nurses"}
    for item in move.items:
        for part in item.parts:
            guide = planner.guides[part.source.guide]
            section = guide.find(part.source.section)
            assert section is not None, part
            quoted = part.evidence.split("; ")  # a part may quote several list items
            assert all(q in section.text for q in quoted), part
    assert move.of("build")
    assert all("registered nurses" in i.text for i in move.of("build"))
    (entry,) = move.of("entry")
    assert "bachelor's degree" in entry.text
    assert "you: High school diploma" in entry.text
    assert entry.parts[0].source.section == "How to Become One"
    (pay,) = move.of("pay")
    assert [p.source.guide for p in pay.parts] == ["cashiers", "registered-nurses"]
    assert "$32,880" in pay.text
    assert "(entry level)" in pay.text
    nearby = move.of("alternative")
    assert 2 <= len(nearby) <= 3
    assert all(i.parts[0].source.section == "Related Roles" for i in nearby)


def test_without_a_goal_goals_are_suggested_from_the_role(planner: MovePlanner) -> None:
    move = planner.plan(Profile(current_role="barista", years_experience=2))
    assert move.goal_reason == "suggested from your current role"
    assert move.goal.career == move.suggested_goals[0]
    related = {r.strip() for r in planner.guides["baristas"].find("Related Roles").items}  # type: ignore[union-attr]
    assert set(move.suggested_goals) <= related
    (goals,) = move.of("goals")
    assert goals.parts[0].source.guide == "baristas"


def test_the_bundled_guide_keeps_its_ladder_and_takes_its_nearest_occupations_skills(
    planner: MovePlanner,
) -> None:
    profile = Profile(
        current_role="Assembly line operator",
        years_experience=3,
        skills=["PLC programming"],
        goal_career="Production technician",
    )
    move = planner.plan(profile)
    assert move.goal.slug == "production-technician"
    assert move.skills_from is not None
    assert move.skills_from.slug != "production-technician"
    tiers = [i.text for i in move.of("tier")]
    assert tiers[0].startswith("You are at: Production Technician (2-5 years")
    assert move.of("shared")
    assert move.of("build")
    (pay,) = move.of("pay")
    assert "$58,500" in pay.text
    assert "$70,050" in pay.text


def test_the_question_is_answered_first(planner: MovePlanner) -> None:
    question = "I'm 45 and work in retail — is it too late to switch, and what should I do first?"
    answer, _ = render(personal_draft(question, planner.plan(CASHIER), 0))
    assert answer.startswith("At 45, as a cashier with 0 years of experience, no: registered")
    learn, _ = render(personal_draft("what should I learn next?", planner.plan(CASHIER), 0))
    assert re.match(r"As a cashier with 0 years of experience, (?:learn|raise) \w", learn)
    pay, _ = render(personal_draft("can I afford the pay cut?", planner.plan(CASHIER), 0))
    assert pay.startswith("As a cashier with 0 years of experience: pay now: a median of $32,880")
    assert "pays more, not less" in pay.split("\n")[0]


def test_a_handful_of_the_set_keeps_every_rule(planner: MovePlanner) -> None:
    broken = {}
    for item in the_set()[:HANDFUL]:
        answer, rules = judge(item, planner)
        if not all(rules.values()):
            broken[item["question"]] = ([k for k, ok in rules.items() if not ok], answer)
    # the student's goal (software developers) has no O*NET 29.3 ratings: its stand-in
    # occupation shares none of the student's skills; honestly reported as a miss
    assert set(broken) <= {the_set()[3]["question"]}, broken


def test_the_set_is_written_like_people_write(planner: MovePlanner) -> None:
    items = the_set()
    assert len(items) >= 30
    kinds = " ".join(i["who"] for i in items)
    for kind in ("career changer", "student", "returner", "older worker", "typos"):
        assert kind in kinds
    assert len({i["question"] for i in items}) == len(items)
