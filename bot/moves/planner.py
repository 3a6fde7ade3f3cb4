"""Computes career moves over a set of guides: built once per index (in the app lifespan)."""

from __future__ import annotations

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.answer import Source
from bot.compose.plan import AdvicePlanner, Cited
from bot.moves.match import RoleMatcher
from bot.moves.move import Move, MoveItem, people
from bot.text import split_sentences
from knowledge.guide_ratings import GuideRatings, RatedItem, guide_ratings
from knowledge.model import Fact, Guide
from store.profiles import Profile

MAX_SHARED = 3
MAX_BUILD = 3
MAX_ALTERNATIVES = 3
RAISE_GAP = 1.0  # a shared skill needed this many levels higher is one to build too
OWN_SKILL_MATCH = 0.55  # cosine of a visitor's skill to a rated skill's name and description
ENTRY_SECTIONS = ("How to Become One", "Skills and Qualifications › Education Level")


def _source(guide: Guide, section: str, anchor: str) -> Source:
    return Source(guide.slug, guide.title, section, anchor)


def _rated(guide: Guide, item: RatedItem, text: str) -> Cited:
    return Cited(text, _source(guide, item.section, item.anchor), item.item)


def _fact(guide: Guide, fact: Fact, text: str, label: str) -> Cited:
    return Cited(text, _source(guide, fact.section, fact.anchor), f"{label}: {fact.value}")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class MovePlanner:
    """Matches roles to guides and computes moves; reads every guide's ratings once."""

    def __init__(self, guides: list[Guide], planner: AdvicePlanner, embeddings: Embeddings):
        self.guides = {g.slug: g for g in guides}
        self.matcher = RoleMatcher(guides)
        self._planner = planner
        self._embeddings = embeddings
        self._ratings = {g.slug: guide_ratings(g) for g in guides}
        self._by_title = {g.career.lower(): g.slug for g in guides}
        rated = {slug for slug, r in self._ratings.items() if r.rated}
        # A guide without ratings (hand-written, or an occupation O*NET 29.3 does not rate)
        # takes its nearest rated occupation's: the first related role rated, else the
        # rated career its title matches.
        self._nearest: dict[str, str] = {}
        for guide in guides:
            if guide.slug in rated:
                continue
            listed = self._ratings[guide.slug].related
            related = (self._by_title.get(r.title.lower()) for r in listed)
            nearest = next((s for s in related if s in rated), None)
            if nearest is None and (found := self.matcher.match(guide.career, rated)):
                nearest = found.slug
            if nearest is not None:
                self._nearest[guide.slug] = nearest
        self._vectors: dict[str, np.ndarray] = {}

    def plan(self, profile: Profile, career: str | None = None) -> Move:
        """The move from ``profile``'s current role to ``career``, the profile's goal, or the
        best goal suggested from the current role."""
        match = self.matcher.match(profile.current_role)
        current = self.guides[match.slug] if match else None
        suggested = self.suggest(current, profile) if current else []
        goal, why = self._goal(profile, career, suggested)
        move = Move(profile.current_role, current, match, goal, why)
        if why == "suggested from your current role":
            move.suggested_goals = [self.guides[s].career for s in suggested]
        goal_rated, current_rated = self._rated_for(goal), self._rated_for(current)
        if goal_rated.slug != goal.slug:
            move.skills_from = self.guides[goal_rated.slug]
        if goal.facts.tiers:
            move.ladder = self._planner.ladder(goal, profile)
            self._ladder_items(move)
        if goal_rated.rated:
            self._skill_items(move, profile, goal_rated, current_rated)
        elif move.ladder is not None:
            shared = self._planner.shared_skills(goal, profile.skills)
            move.items += [MoveItem("shared", (c,), c.evidence) for c in shared]
            move.items += [MoveItem("build", (c,), c.evidence) for c in move.ladder.missing_skills]
        self._entry_item(move, profile)
        self._pay_item(move)
        self._alternatives(move, profile, goal_rated, current_rated)
        if move.suggested_goals and current is not None:
            self._goals_item(move, current)
        return move

    def suggest(self, current: Guide, profile: Profile) -> list[str]:
        """Goal careers for someone in ``current``: its related roles, those that reuse the
        most of its rated skills and knowledge (and of the visitor's own skills) first."""
        mine = self._ratings[current.slug]
        related = [self._by_title.get(r.title.lower()) for r in mine.related]
        found = [s for s in dict.fromkeys(related) if s and s != current.slug]
        return sorted(found, key=lambda s: -self._overlap(mine, self._ratings[s]))[:3]

    def _goal(
        self, profile: Profile, career: str | None, suggested: list[str]
    ) -> tuple[Guide, str]:
        if career in self.guides:
            return self.guides[career], "this page's career"
        if profile.goal_career and (found := self.matcher.match(profile.goal_career)):
            return self.guides[found.slug], "your goal"
        if suggested:
            return self.guides[suggested[0]], "suggested from your current role"
        return next(iter(self.guides.values())), "this site's career"

    def _rated_for(self, guide: Guide | None) -> GuideRatings:
        """The guide's ratings, or its nearest O*NET occupation's for a hand-written guide."""
        if guide is None:
            return GuideRatings("")
        return self._ratings[self._nearest.get(guide.slug, guide.slug)]

    @staticmethod
    def _overlap(a: GuideRatings, b: GuideRatings) -> int:
        return len(a.names & b.names)

    def _ladder_items(self, move: Move) -> None:
        ladder = move.ladder
        assert ladder is not None
        for kind, cited in (("tier", ladder.tier), ("tier", ladder.next_tier)):
            if cited is not None:
                move.items.append(MoveItem(kind, (cited,)))
        for cited in ladder.missing_certifications[:2]:
            move.items.append(MoveItem("certification", (cited,)))

    def _skill_items(
        self, move: Move, profile: Profile, goal: GuideRatings, current: GuideRatings
    ) -> None:
        """Shared skills (both careers' levels cited), then the ones to build or raise."""
        guide = self.guides[goal.slug]
        goal_people = people(guide.career)
        shared: list[MoveItem] = []
        raise_: list[MoveItem] = []
        if move.current is not None and current.rated:
            here = self.guides[current.slug]
            mine = people(here.career)
            for item in goal.rated:
                have = current.find(item.name)
                if have is None:
                    continue
                parts = (
                    _rated(here, have, f"Shared: {item.name}, {have.level_text} for {mine}"),
                    _rated(guide, item, f"and {item.level_text} for {goal_people}"),
                )
                shared.append(MoveItem("shared", parts, item.name))
                if item.level and have.level and item.level - have.level >= RAISE_GAP:
                    text = f"Raise: {item.name}, from {have.level_text} ({mine})"
                    parts = (_rated(here, have, text), _rated(guide, item, f"to {item.level_text}"))
                    raise_.append(MoveItem("build", parts, item.name))
        covered = {i.name.lower() for i in shared}
        for item, skill in self._own_skills(goal, profile.skills):
            if item.name.lower() not in covered:
                covered.add(item.name.lower())
                text = (
                    f'Shared: {item.name} (you list "{skill}"), {item.level_text} for {goal_people}'
                )
                shared.append(MoveItem("shared", (_rated(guide, item, text),), item.name))
        new = [
            MoveItem(
                "build",
                (
                    _rated(
                        guide, item, f"To build: {item.name}, {item.level_text} for {goal_people}"
                    ),
                ),
                item.name,
            )
            for item in goal.rated
            if item.name.lower() not in covered
        ]
        build = new[:MAX_BUILD] if len(new) >= 2 else new + raise_[: 2 - len(new)]
        move.items += shared[:MAX_SHARED] + build

    def _own_skills(self, goal: GuideRatings, skills: list[str]) -> list[tuple[RatedItem, str]]:
        """Rated items of the goal that a skill the visitor lists matches, best first."""
        if not skills or not goal.rated:
            return []
        if goal.slug not in self._vectors:  # each item's name, then name and description
            texts = [r.name for r in goal.rated] + [
                r.item.split(" (importance")[0] for r in goal.rated
            ]
            self._vectors[goal.slug] = np.asarray(
                self._embeddings.embed_documents(texts), dtype=np.float32
            )
        mine = np.asarray(self._embeddings.embed_documents(skills), dtype=np.float32)
        both = self._vectors[goal.slug] @ mine.T
        similarity = np.maximum(both[: len(goal.rated)], both[len(goal.rated) :])
        found = [
            (float(row.max()), item, skills[int(row.argmax())])
            for item, row in zip(goal.rated, similarity, strict=True)
            if row.max() >= OWN_SKILL_MATCH
        ]
        return [(item, skill) for _, item, skill in sorted(found, key=lambda f: -f[0])]

    def _entry_item(self, move: Move, profile: Profile) -> None:
        """What entry takes (the guide's own sentence) beside what the profile states."""
        guide = move.goal
        section = next((guide.find(t) for t in ENTRY_SECTIONS if guide.find(t)), None)
        if section is None or not section.paragraphs:
            return
        sentence = split_sentences(section.paragraphs[0])[0]
        stated = profile.education
        text = f"Entry: {sentence.rstrip('.')}" + (f"; you: {stated}" if stated else "")
        cited = Cited(text, _source(guide, section.path_text, section.anchor), sentence)
        move.items.append(MoveItem("entry", (cited,)))

    def _pay_item(self, move: Move) -> None:
        """Pay now (the current career's median) and at the goal's entry level and median."""
        parts: list[Cited] = []
        if move.ladder is not None and move.ladder.salary is not None:
            parts.append(move.ladder.salary)
            after = move.ladder.next_salary
            if after is not None:
                parts.append(Cited(f"and {_lower_first(after.text)}", after.source, after.evidence))
        else:
            here = move.current
            if here is not None and here.slug != move.goal.slug and here.facts.median_salary:
                text = f"Pay now: a median of {here.facts.median_salary.value} for"
                text += f" {people(here.career)}"
                parts.append(_fact(here, here.facts.median_salary, text, "Median"))
            facts = move.goal.facts
            goal_people = people(move.goal.career)
            if facts.salary_entry and facts.median_salary:
                text = f"{goal_people} start at {facts.salary_entry.value} (entry level), median "
                text += facts.median_salary.value
                lead = "and " if parts else "Pay: "
                parts.append(_fact(move.goal, facts.salary_entry, lead + text, "Entry-Level"))
        if parts:
            first = parts[0]
            if not first.text.startswith("Pay"):
                parts[0] = Cited(f"Pay: {first.text}", first.source, first.evidence)
            move.items.append(MoveItem("pay", tuple(parts)))

    def _alternatives(
        self, move: Move, profile: Profile, goal: GuideRatings, current: GuideRatings
    ) -> None:
        """Related occupations of the goal (and of the current role) that reuse the most of
        what the visitor has: the current career's rated skills, else their own skills."""
        base = current if current.rated else goal
        skip = {move.goal.slug, goal.slug, current.slug}
        listed: dict[str, tuple[Guide, str, str]] = {}
        for ratings in (goal, current):
            if not ratings.slug:
                continue
            for role in ratings.related:
                slug = self._by_title.get(role.title.lower())
                if slug and slug not in skip and self._ratings[slug].rated:
                    listed.setdefault(slug, (self.guides[ratings.slug], role.section, role.anchor))
        goals = {self._by_title.get(g.lower()) for g in move.suggested_goals}
        ranked = sorted(
            (s for s in listed if s not in goals),
            key=lambda s: -self._overlap(base, self._ratings[s]),
        )
        for slug in ranked[:MAX_ALTERNATIVES]:
            other = self._ratings[slug]
            common = [r for r in other.rated if r.name.lower() in base.names][:3]
            if not common:
                continue
            lister, section, anchor = listed[slug]
            guide = self.guides[slug]
            first = Cited(
                f"Nearby: {guide.career}, related to {people(lister.career)}",
                _source(lister, section, anchor),
                guide.career,
            )
            names = _listed([r.name for r in common])
            second = Cited(
                f"and asking for {names} too",
                _source(guide, common[0].section, common[0].anchor),
                "; ".join(r.item for r in common if r.section == common[0].section),
            )
            move.items.append(MoveItem("alternative", (first, second), guide.career))

    def _goals_item(self, move: Move, current: Guide) -> None:
        related = self._ratings[current.slug].related
        if not related:
            return
        text = f"Goals that reuse what you do as {people(current.career)}: "
        text += "; ".join(move.suggested_goals)
        evidence = "; ".join(move.suggested_goals)
        cited = Cited(text, _source(current, related[0].section, related[0].anchor), evidence)
        move.items.append(MoveItem("goals", (cited,)))
