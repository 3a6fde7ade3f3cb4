"""Answers to headline-fact questions (pay, growth, stress, tiers) from structured facts."""

from __future__ import annotations

import re

from bot.answer import Draft, Figure, Mode, Piece, Source
from bot.compose import roles
from bot.compose.labels import is_label_line
from bot.compose.mentioned import lines_naming
from bot.compose.outlook import growth_pieces, stated
from bot.compose.own_pay import hourly_compared, hourly_equivalents, own_pay_compared
from bot.compose.pay import (
    ANNUAL_ONLY,
    Nearest,
    PayGap,
    fact_piece,
    pay_gap,
    reaching,
    sum_awaited,
    top_earners,
    top_piece,
)
from bot.compose.pay_levels import levels_named, levels_weighed, years_of_level, years_of_levels
from bot.compose.top_pay import TOP_REACHED, reaching_top
from bot.text import STOPWORDS, english_stemmer, split_sentences, words
from bot.understand.intents import Intent
from bot.understand.levels import LEVELS, Level
from knowledge.model import Guide, TierFact


def facts_draft(
    guide: Guide, intent: Intent, level: Level | None, message: str, context: str = ""
) -> Draft | None:
    """A cited draft quoting the guide's figures exactly, or ``None`` if it lacks them; pay
    asked for a case the guide has no figure for says so first, then the nearest figures
    (``context``: the sections a "which of those…?" points back at)."""
    gap = pay_gap(guide, message, context) if intent is Intent.SALARY else None
    if gap is not None and guide.facts.median_salary is not None:
        pieces = _gap_pieces(guide, gap)
        if gap.said == ANNUAL_ONLY and (own := hourly_compared(guide, message)):
            pieces.insert(1, own)  # "is that more than the 19/hr i make?"
        elif gap.said == ANNUAL_ONLY and (hourly := hourly_equivalents(guide)):
            pieces.insert(1, hourly)  # "how much is it per hour?"
        elif own := own_pay_compared(guide, message):
            pieces.append(own)  # "the salary for it in USD? I make 52k now"
        pieces += years_of_levels(guide, message)  # "…and how fast does it go up"
        return Draft(Mode.CITED, pieces, topic=intent.value, figures=salary_figures(guide))
    builders = {
        Intent.SALARY: _salary,
        Intent.GROWTH: lambda guide, level, message: growth_pieces(guide, message),
        Intent.STRESS: _stress,
        Intent.TIERS: _tiers,
    }
    pieces = builders[intent](guide, level, message)
    if pieces and intent is Intent.SALARY and (own := own_pay_compared(guide, message)):
        pieces.append(own)  # "what do they make? i clear maybe 38k a year"
    if not pieces:
        return None
    figures = salary_figures(guide) if intent is Intent.SALARY else []
    return Draft(Mode.CITED, pieces, topic=intent.value, figures=figures)


MISSING = {
    Intent.SALARY: "pay figures",
    Intent.GROWTH: "outlook figures",
    Intent.STRESS: "stress rating",
    Intent.TIERS: "career levels",
}


def missing_figures(guide: Guide, intent: Intent) -> str:
    """That ``guide`` states nothing for ``intent`` ("The … guide has no pay figures.")."""
    return f"The {guide.title} has no {MISSING[intent]}."


def salary_figures(guide: Guide) -> list[Figure]:
    """Entry, median and senior pay as the guide states them, for a bar chart."""
    f = guide.facts
    labelled = [
        ("Entry level", f.salary_entry),
        ("Median", f.median_salary),
        ("Senior level", f.salary_senior),
    ]
    figures = []
    for label, fact in labelled:
        digits = re.sub(r"[^\d.]", "", fact.value) if fact else ""
        if fact and digits:
            figures.append(Figure(label, float(digits), fact.value))
    return figures


# Strains a stress question names ("is there burnout", "is it a lot of pressure"): the lines
# that name the same strain follow the stress ratings.
STRAINS = (
    re.compile(r"\bburn(?:ed|t|ing)?[ -]?outs?\b|\bburnouts?\b", re.IGNORECASE),
    re.compile(r"\bpressures?\b|\bpressured\b", re.IGNORECASE),
    re.compile(r"\bworkloads?\b|\boverwork\w*", re.IGNORECASE),
)
STRAIN_SECTIONS = re.compile(r"challenge|cons\b|stress|balance", re.IGNORECASE)


def _salary(guide: Guide, level: Level | None, message: str) -> list[Piece]:
    f, role = guide.facts, roles.person(guide) or f"worker in {guide.career}"
    if TOP_REACHED.search(message) and (highest := reaching_top(guide)):
        return highest  # "what would i need to get to the top pay level?"
    if (awaited := sum_awaited(message)) and (reached := reaching(guide, awaited)):
        return reached  # "how long till im making 70k": the level that pays it, and its years
    by_level = {
        Level.ENTRY: (f.salary_entry, "Entry-Level", f"An entry-level {role} earns about"),
        Level.MID: (f.salary_mid, "Mid-Level", f"A mid-level {role} earns about"),
        Level.SENIOR: (f.salary_senior, "Senior-Level", f"A senior-level {role} earns about"),
    }
    years = years_of_levels(guide, message)  # "how long till i make more"
    if years or levels_named(message) > 2 or levels_weighed(message):
        # "junior vs mid, and the top end?", "starting out vs later on": every level
        return [*_salary_overview(guide), *years]
    top_asked = bool(LEVELS[Level.TOP].search(message))
    if f.salary_top and (level is Level.TOP or top_asked):
        topmost = top_piece(guide, f.salary_top)
        beside = next((lv for lv in by_level if top_asked and LEVELS[lv].search(message)), None)
        if beside is not None:  # "senior techs and like the top 10%": that level, then the top
            return [*_salary(guide, beside, ""), topmost]
        if level is Level.TOP:
            return [topmost]
    if level in by_level:
        fact, label, lead = by_level[level]
        if fact:
            pieces = [
                fact_piece(guide, fact, f"{lead} {fact.value} a year.", f"{label}: {fact.value}")
            ]
            if f.median_salary and f.median_salary.value != fact.value:
                median = f.median_salary
                pieces.append(
                    fact_piece(
                        guide, median, f"The median is {median.value}.", f"Median: {median.value}"
                    )
                )
            return pieces + years_of_level(guide, level, message)  # "after 2 yrs at mid level?"
    return _salary_overview(guide)


def _gap_pieces(guide: Guide, gap: PayGap) -> list[Piece]:
    """The sentence saying what the guide's pay is not broken down by, then the nearest
    figures: the level closest to the case asked (and the top 10% above senior level)."""
    f = guide.facts
    level, fact, name = {
        Nearest.ENTRY: (Level.ENTRY, f.salary_entry, "entry-level pay"),
        Nearest.SENIOR: (Level.SENIOR, f.salary_senior, "senior-level pay"),
    }.get(gap.nearest, (None, None, ""))
    if level is None or fact is None:
        pieces = _salary_overview(guide)
        said = f"{gap.said}." if level is None else f"{gap.said}; here is the pay it gives."
    else:
        pieces = _salary(guide, level, "")
        top = f.salary_top if level is Level.SENIOR else None
        if top is not None:
            pieces.append(top_piece(guide, top))
        said = f"{gap.said}; the nearest it has is {name}{' and the top 10%' if top else ''}."
    return [Piece(said, pieces[0].source, "", "lead"), *pieces]


def _salary_overview(guide: Guide) -> list[Piece]:
    f, role = guide.facts, roles.role(guide) or guide.career
    pieces = []
    if f.median_salary:
        text = f"The median salary for {role} is {f.median_salary.value} a year"
        evidence = f"Median: {f.median_salary.value}"
        if f.salary_range and f.salary_range.section == f.median_salary.section:
            text += f", in a range of {_in_dollars(f.salary_range.value)}"
            evidence = f"Range: {f.salary_range.value} · {evidence}"
        pieces.append(fact_piece(guide, f.median_salary, f"{text}.", evidence))
    levels = [
        (name, fact)
        for name, fact in (
            ("entry level", f.salary_entry),
            ("mid-level", f.salary_mid),
            ("senior level", f.salary_senior),
        )
        if fact
    ]
    if levels:
        said = "; ".join(f"{name} {fact.value}" for name, fact in levels)
        evidence = " · ".join(f"{name.capitalize()}: {fact.value}" for name, fact in levels)
        pieces.append(fact_piece(guide, levels[0][1], f"By level: {said}.", evidence))
    if f.salary_top:
        top = f.salary_top.value
        text = f"The top 10% earn from {top}{top_earners(f)}."
        pieces.append(fact_piece(guide, f.salary_top, text, f"Top 10%: {top}"))
    return pieces


def _in_dollars(amounts: str) -> str:
    """``42,000–75,000`` → ``$42,000–$75,000`` (a range the guide states without "$")."""
    return re.sub(r"(?<![$\d,.])(\d[\d,]*)", r"$\1", amounts) if "$" not in amounts else amounts


def _stress(guide: Guide, level: Level | None, message: str) -> list[Piece]:
    f = guide.facts
    said = stated(
        guide,
        (f.stress_level, "The guide rates the stress level as {lower}.", "Stress Level"),
        (f.balance_rating, "Work-life balance is rated {lower}.", "Balance Rating"),
    )
    for strain in (s for s in STRAINS if s.search(message)):  # "is there burnout too?"
        told = {piece.text for piece in said}
        said += [p for p in lines_naming(guide, strain, STRAIN_SECTIONS) if p.text not in told]
    return said


def wish_facts(guide: Guide, growth: bool = False, openings: bool = False) -> list[Piece]:
    """The entry education and median pay a career search chose the career by, and its
    projected growth or openings when it was chosen by those."""
    f = guide.facts
    grown = [(f.growth_rate, "Projected growth: {value}.", "Growth Rate")] if growth else []
    opened = (
        [(f.annual_openings, "Openings a year: about {value}.", "Annual Openings")]
        if openings
        else []
    )
    return stated(
        guide,
        (f.entry_education, "Typical entry education: {lower}.", "Typical Entry Education"),
        (f.median_salary, "Median pay: {value} a year.", "Median"),
        *grown,
        *opened,
    )


TIER_DUTIES = re.compile(
    r"\b(?:what (?:each|every|they|it|that|the \w+|a \w+) (?:one |level |tier )?"
    r"(?:does|do|involves?)|(?:does|do) (?:each|they|it) (?:actually )?do|duties"
    r"|responsibilit\w*|involves?|differen\w*|what (?:\w+ )?changes"  # "what actually changes"
    r"|expect(?:s|ed)?)\b",  # "when do they expect you to program them": what each is expected
    re.IGNORECASE,
)


def _tiers(guide: Guide, level: Level | None, message: str) -> list[Piece]:
    tiers = guide.facts.tiers
    if not tiers:
        return []
    words = set(re.findall(r"[a-z]+", message.lower()))
    career_words = set(guide.career.lower().split())
    named = [
        t for t in tiers if words & (set(re.findall(r"[a-z]+", t.title.lower())) - career_words)
    ]
    duties = bool(TIER_DUTIES.search(message))
    if len(named) == 1:
        tier = named[0]
        source = Source(guide.slug, guide.title, tier.section, tier.anchor)
        text = f"A {tier.title} typically has {tier.experience} of experience."
        said = " ".join(_duties(guide, tier, 2)) if duties else ""
        return [Piece(f"{text} {said}".strip(), source, f"Experience: {tier.experience}")]
    intro_source = Source(guide.slug, guide.title, tiers[0].section, tiers[0].anchor)
    pieces = [Piece("The guide describes these career tiers:", intro_source, "", "intro")]
    for tier in tiers:
        source = Source(guide.slug, guide.title, tier.section, tier.anchor)
        text = f"{tier.title}: {tier.experience} of experience"
        if duties and (said := _asked_duty(_duties(guide, tier, None), message, career_words)):
            text = f"{tier.title} ({tier.experience}): {said}"
        pieces.append(Piece(text, source, f"Experience: {tier.experience}", "item"))
    return pieces


# The words a question about the levels is framed in ("what each level does and how many
# years each one takes"): no duty of a level's is asked by them
TIER_FRAME = frozenset(
    ("level", "levels", "tier", "tiers", "step", "steps", "stage", "stages", "year", "years",
     "each", "every", "one", "take", "takes", "job", "work", "role", "career", "does", "do")
)  # fmt: skip


def _asked_duty(sentences: list[str], message: str, career_words: set[str]) -> str:
    """The tier's sentence sharing most words with ``message`` besides the career's
    name ("when do they expect you to program them": "Proficiency in PLC programming… is
    expected"), else its first; ``""`` when it has none."""
    stem = english_stemmer().stemWord
    asked = {stem(w) for w in words(message) if w not in STOPWORDS | career_words | TIER_FRAME}
    shared = [len(asked & {stem(w) for w in words(s)}) for s in sentences]
    return sentences[shared.index(max(shared))] if sentences else ""


def _duties(guide: Guide, tier: TierFact, count: int | None) -> list[str]:
    """The first ``count`` sentences (all when ``None``) a tier's section says of the work
    at that level."""
    section = guide.find(tier.section)
    if section is None:
        return []
    lines = (line for p in section.paragraphs for line in p.splitlines())
    prose = [line for line in lines if not is_label_line(line)]  # not "Experience: 0-2 years"
    return [s for line in prose for s in split_sentences(line)][:count]
