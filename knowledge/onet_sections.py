"""The guide sections composed from BLS Employment Projections and O*NET 29.3 ratings:
How to Become One, Job Outlook, Top Skills, Knowledge and Work Style.

Every figure is the source's own; where a source has nothing for an occupation the section
says so plainly. ``Label: value`` lines (one paragraph each) are the structured facts
:mod:`knowledge.facts` reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from knowledge.bls_projections import BLS_EP_CITE, Projection
from knowledge.onet_data import Occupation
from knowledge.onet_people import people, sentence_start
from knowledge.onet_ratings import ONET_RATINGS_RELEASE, Rating, Ratings

TOP_SKILLS, TOP_KNOWLEDGE, TOP_STYLES = 8, 6, 6
TOP_CATEGORIES = 3
# How the entry path names BLS's related work experience; the bot finds the sentence by it
RELATED_EXPERIENCE = "work experience in a related occupation"
MIN_SHARE = 5.0  # % of respondents: smaller shares are left out after the first
EDUCATION_WORDS = {
    "Doctoral or professional degree": "a doctoral or professional degree",
    "Master's degree": "a master's degree",
    "Bachelor's degree": "a bachelor's degree",
    "Associate's degree": "an associate's degree",
    "Postsecondary nondegree award": "a postsecondary nondegree award",
    "Some college, no degree": "some college but no degree",
    "High school diploma or equivalent": "a high school diploma or equivalent",
    "No formal educational credential": "no formal educational credential",
}
TRAINING_WORDS = {
    "Apprenticeship": "an apprenticeship",
    "Internship/residency": "an internship or residency",
}
# BLS's definitions of its on-the-job training categories.
TRAINING_MEANING = {
    "Short-term on-the-job training": "1 month or less",
    "Moderate-term on-the-job training": "more than 1 month and up to 12 months",
    "Long-term on-the-job training": "more than 12 months",
}
# The Occupational Outlook Handbook's words for projected growth, by the change rounded to
# a whole percent (the bands of the OOH for the 2024–34 projections).
GROWTH_BANDS = (
    (7, "much faster than the average for all occupations"),
    (4, "faster than the average for all occupations"),
    (1, "about as fast as the average for all occupations"),
)
DECLINE_FROM = -2
NO_PROJECTIONS = "BLS publishes no employment projections for this occupation."
NO_ENTRY_EDUCATION = (
    "BLS publishes no typical entry education, work experience or on-the-job training for "
    "this occupation."
)


@dataclass(frozen=True)
class Sources:
    """Which optional sources an import reads, and what applies to every guide."""

    projections: bool = False
    ratings: bool = False
    average_pct: float | None = None  # projected change of all occupations, 2024–34
    zones: dict[int, tuple[str, str]] = field(default_factory=dict)  # O*NET job zone texts


def how_to_become_blocks(occupation: Occupation, sources: Sources) -> list[str]:
    """BLS's typical entry path, then O*NET's education, experience and training shares."""
    blocks: list[str] = []
    who = people(occupation.title)
    if sources.projections:
        found = occupation.projection
        if found is None or not found.education:
            blocks.append(NO_ENTRY_EDUCATION)
        else:
            blocks += _entry_path(found, who)
            blocks += _group_note(found, occupation)
    if sources.ratings:
        ratings = occupation.ratings
        shares = _survey_sentences(ratings, who) if ratings else []
        blocks += shares or [
            f"O*NET {ONET_RATINGS_RELEASE} has no survey of the education, experience and "
            "training this occupation requires."
        ]
    return blocks


def outlook_blocks(occupation: Occupation, sources: Sources) -> list[str]:
    """Projected growth 2024–34 in the OOH's words and in numbers, and openings a year."""
    found = occupation.projection
    if found is None or found.change_pct is None:
        return [NO_PROJECTIONS]
    pct = whole_percent(_change_pct(found))
    blocks = [_growth_sentence(pct, sources.average_pct)]
    if found.employment_2024 is not None and found.employment_2034 is not None:
        change = (
            found.employment_2034 - found.employment_2024 if found.change is None else found.change
        )
        way = "up" if change > 0 else "down" if change < 0 else "unchanged"
        amount = f" {abs(change):,.0f}" if change else ""
        blocks[0] += (
            f" BLS projects {found.employment_2034:,.0f} jobs in 2034, {way}{amount} from "
            f"{found.employment_2024:,.0f} in 2024."
        )
    if found.openings is not None:
        blocks.append(_openings_sentence(found.openings, found.separations))
    blocks.append(f"Growth Rate: {pct}% (2024–34)")
    if found.openings is not None:
        shown = f"{found.openings:,.0f}" if found.openings else "fewer than 50"
        blocks.append(f"Annual Openings: {shown}")
    if found.change is not None:
        blocks.append(f"Employment Change: {found.change:+,.0f} (2024–34)")
    return blocks + _group_note(found, occupation)


def rating_blocks(title: str, ratings: Ratings | None) -> list[tuple[str, list[str]]]:
    """(heading, blocks) for Top Skills, Knowledge and Work Style; one plain statement when
    O*NET rates none of them for the occupation."""
    who = people(title)
    scale = f"O*NET {ONET_RATINGS_RELEASE}; importance on a 1–5 scale"
    lists = [
        ("Top Skills", "skills", ratings.skills if ratings else [], TOP_SKILLS),
        ("Knowledge", "knowledge areas", ratings.knowledge if ratings else [], TOP_KNOWLEDGE),
        ("Work Style", "work styles", ratings.styles if ratings else [], TOP_STYLES),
    ]
    found: list[tuple[str, list[str]]] = []
    for heading, what, rated, top in lists:
        if not rated:
            continue
        levels = any(r.level is not None for r in rated)
        note = f"{scale}, level needed on a 0–7 scale" if levels else scale
        intro = f"The {what} O*NET rates most important for {who} ({note}):"
        found.append((heading, [intro, _items(_best(rated)[:top])]))
    if not found:
        rates = f"O*NET {ONET_RATINGS_RELEASE} has no skill, knowledge or work style ratings"
        return [("Top Skills", [f"{rates} for this occupation."])]
    return found


def whole_percent(value: float) -> int:
    """A percent rounded as BLS rounds (half away from zero): 4.5 → 5, -1.5 → -2."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def growth_words(pct: int) -> str:
    """The OOH's words for a projected change of ``pct`` percent."""
    if pct <= DECLINE_FROM:
        return "decline"
    return next((words for low, words in GROWTH_BANDS if pct >= low), "little or no change")


def _change_pct(found: Projection) -> float:
    """The percent change from the employment figures (as the OOH computes it: electricians
    818,700 → 896,100 is 9.45%, 9%), else the table's one-decimal percent (9.5)."""
    before, after = found.employment_2024, found.employment_2034
    if before and after is not None:
        return (after - before) / before * 100
    return found.change_pct or 0.0


def _entry_path(found: Projection, who: str) -> list[str]:
    education = EDUCATION_WORDS.get(found.education, found.education.lower())
    if found.experience in ("", "None"):
        experience = f"no {RELATED_EXPERIENCE}"
    else:
        experience = f"{found.experience.lower()} of {RELATED_EXPERIENCE}"
    head = f"{sentence_start(who)} typically need {education} to enter the occupation; "
    if found.training in ("", "None"):
        head += f"{experience} and no on-the-job training are typical"
    else:
        training = TRAINING_WORDS.get(found.training, found.training.lower())
        verb = "complete" if found.training in TRAINING_WORDS else "receive"
        head += f"{experience} is typical, and new workers typically {verb} {training}"
    blocks = [f"{head} ({BLS_EP_CITE})."]
    if found.training in TRAINING_MEANING:
        blocks[0] += (
            f" BLS counts {found.training.lower()} as {TRAINING_MEANING[found.training]} of "
            "on-the-job experience and informal training."
        )
    blocks.append(f"Typical Entry Education: {found.education}")
    blocks.append(f"Work Experience: {found.experience or 'None'}")
    blocks.append(f"On-the-Job Training: {found.training or 'None'}")
    return blocks


def _group_note(found: Projection, occupation: Occupation) -> list[str]:
    if found.code == occupation.code[:7]:
        return []
    return [
        f"These are BLS figures for the occupation group {found.title} ({found.code}), "
        "which includes this one."
    ]


def _survey_sentences(ratings: Ratings, who: str) -> list[str]:
    """O*NET's shares of respondents, top categories first."""
    sentences = []
    education = _top(ratings.distributions.get("RL", []))
    if education:
        first, *rest = [(_with_article(label), share) for label, share in education]
        said = f"{first[1]}% of {who} say the job requires {first[0]}"
        said += _listed([f"{share}% {label}" for label, share in rest], lead=", ")
        respondents = ratings.respondents.get("RL")
        counted = f"; {respondents} respondents" if respondents else ""
        sentences.append(
            f"In O*NET's survey of workers, {said} (O*NET {ONET_RATINGS_RELEASE}{counted})."
        )
    for scale, what in (
        ("RW", "Related work experience the job requires"),
        ("OJ", "On-the-job training after hiring"),
    ):
        top = _top(ratings.distributions.get(scale, []))
        if top:
            listed = ", ".join(f"{label} ({share}%)" for label, share in top)
            sentences.append(f"{what}, as workers report it: {listed}.")
    return sentences


def _top(distribution: list[tuple[str, float]]) -> list[tuple[str, int]]:
    """The largest shares, in whole percent: the first always, then those ≥ MIN_SHARE."""
    ranked = sorted(distribution, key=lambda pair: -pair[1])[:TOP_CATEGORIES]
    kept = [(label, whole_percent(share)) for label, share in ranked if share > 0]
    return kept[:1] + [(label, share) for label, share in kept[1:] if share >= MIN_SHARE]


def _with_article(label: str) -> str:
    if label.endswith(("degree", "certificate", "diploma")) and not label.startswith("less"):
        return f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"
    return label


def _listed(parts: list[str], lead: str) -> str:
    if not parts:
        return ""
    if len(parts) == 1:
        return f" and {parts[0]}"
    return lead + ", ".join(parts[:-1]) + " and " + parts[-1]


def _openings_sentence(openings: float, separations: float | None) -> str:
    if not openings:
        return "Fewer than 50 openings are projected each year, on average, over the decade."
    said = f"About {openings:,.0f} openings are projected each year, on average, over the decade."
    if separations:
        replace = "replace workers who transfer to other occupations or exit the labor force"
        if separations >= openings:
            said += f" All of them are expected to {replace}, such as to retire."
        else:
            share = "Most" if separations > openings / 2 else f"{separations:,.0f}"
            said += f" {share} of them are expected to {replace}, such as to retire."
    return said


def _growth_sentence(pct: int, average: float | None) -> str:
    words, period = growth_words(pct), "from 2024 to 2034"
    everyone = "" if average is None else f"{whole_percent(average)}%"
    if words in ("decline", "little or no change"):
        tail = (
            f"; employment in all occupations is projected to grow {everyone}" if everyone else ""
        )
        change = (
            f"decline {abs(pct)}%" if words == "decline" else f"show little or no change ({pct}%)"
        )
        return f"Employment is projected to {change} {period}{tail}."
    compared = f"{words} ({everyone})" if everyone else words
    return f"Employment is projected to grow {pct}% {period}, {compared}."


def _best(rated: list[Rating]) -> list[Rating]:
    return sorted(rated, key=lambda r: (-r.importance, -(r.level or 0.0), r.name))


def _items(rated: list[Rating]) -> str:
    lines = []
    for rating in rated:
        scores = f"importance {rating.importance:.1f} of 5"
        if rating.level is not None:
            scores += f", level {rating.level:.1f} of 7"
        about = f": {rating.description}" if rating.description else ""
        lines.append(f"- {rating.name}{about} ({scores})")
    return "\n".join(lines)
