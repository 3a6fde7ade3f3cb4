"""The careers of a search that meet what it wishes of them ("without a degree", "pays
50k+", "train for in under a year", "growing"), re-ranked by pay or growth when those are
wished, and the sentence saying what the shortlist was chosen by."""

from __future__ import annotations

import re

from bot.text import whole_words
from bot.understand.wishes import (
    BACHELORS,
    BELOW_DEGREE,
    EDUCATION_ORDER,
    Wishes,
    dollars,
    education_rank,
)
from knowledge.model import Guide

# A year of training or less: at most a certificate to start, then no long-term training
CERTIFICATE = EDUCATION_ORDER.index("postsecondary nondegree award")
LONG_TRAINING = re.compile(r"long-term|apprenticeship|internship|residency", re.IGNORECASE)
QUICK_LEAD = (
    "need at most a postsecondary certificate to start and at most moderate-term on-the-job "
    "training (up to a year), as BLS counts them"
)
UNTRIED = "need no related work experience first"  # BLS's "work experience: none"
PAY_WEIGHT = 0.1  # fit added per $100,000 of median pay, when good pay is wished
PAY_COUNTED = 2.0  # times the guides' middle pay: more is no better fit for "good money"
GROWTH_WEIGHT = 0.02  # fit added per point of projected growth, when growth is wished
GROWTH_COUNTED = 3.0  # times the guides' middle growth: more is no better fit for "stable"
OPENINGS_WEIGHT = 0.05  # fit added per multiple of the guides' middle openings, when wished
OPENINGS_COUNTED = 3.0  # multiples of it: more is no better fit for "lots of openings"
MOST_PAY_WEIGHT = 1.0  # and when the best paid are asked for: pay decides
MOST_GROWTH_WEIGHT = 0.2  # and when the fastest growing are: growth decides
UP_TO_BACHELORS_LEAD = "need at most a bachelor's degree to start"  # "with just a BA"
# Lasting work asked in words the guides have no figure for: said plainly before the growth.
UNRECORDED_SECURITY = whole_words(
    r"security", r"stable", r"stability", r"steady", r"lay ?offs?", r"disappear", r"secure"
)


def wished(
    ranked: list[tuple[str, float]],
    guides: dict[str, Guide],
    wishes: Wishes,
    floor: float,
    growth: float = 0.0,
    openings: float = 0.0,
) -> list[tuple[str, float]]:
    """The ``ranked`` careers that meet ``wishes`` (no degree to start; a median above
    ``floor`` when good pay is wished; growth above ``growth`` when lasting work is),
    re-ranked with their median pay (counted up to twice ``floor``) or growth when it is."""
    kept = []
    for slug, fit in ranked:
        entry = entry_rank(guides[slug])
        if wishes.no_degree and (entry is None or entry >= BELOW_DEGREE):
            continue
        if wishes.short_school and (entry is None or entry > BELOW_DEGREE):
            continue  # at most an associate's degree to start
        if wishes.up_to_bachelors and (entry is None or entry > BACHELORS):
            continue  # "with just a bachelor's": no master's or doctorate to start
        if wishes.quick_training and not trained_quickly(guides[slug], entry):
            continue  # at most a certificate and a year of training on the job
        if wishes.no_experience and not needs_no_experience(guides[slug]):
            continue  # "right out of high school": no years in a related job first
        pay = median_pay(guides[slug])
        asked = wishes.min_pay  # "50k+": that much or more; "pays well": above the middle
        if wishes.good_pay and (pay is None or (pay < asked if asked else pay <= floor)):
            continue
        rate = growth_of(guides[slug])
        if wishes.growing and (rate is None or rate <= growth):
            continue
        many = openings_of(guides[slug])
        if wishes.many_openings and (many is None or many <= openings):
            continue  # "lots of openings": more a year than the guides' middle
        if wishes.many_openings and many and openings > 0:
            fit += OPENINGS_WEIGHT * min(many / openings, OPENINGS_COUNTED)
        if wishes.good_pay and pay:
            counted = pay if wishes.most_pay else min(pay, PAY_COUNTED * floor)
            weight = MOST_PAY_WEIGHT if wishes.most_pay else PAY_WEIGHT
            fit += (0.0 if asked and not wishes.most_pay else weight) * counted / 100_000
        weight = MOST_GROWTH_WEIGHT if wishes.most_growth else GROWTH_WEIGHT
        if rate and growth > 0 and not wishes.most_growth:  # "stable govt job": government
            rate = min(rate, GROWTH_COUNTED * growth)  # work that grows, not the fastest growing
        fit += weight * rate if wishes.growing and rate else 0.0
        kept.append((slug, fit))
    return sorted(kept, key=lambda pair: pair[1], reverse=True)


def trained_quickly(guide: Guide, entry: int | None) -> bool:
    """BLS counts at most a certificate to start the career and at most moderate-term (up to
    a year of) on-the-job training."""
    training = guide.facts.job_training
    long = training is not None and LONG_TRAINING.search(training.value)
    return entry is not None and entry <= CERTIFICATE and not long


def needs_no_experience(guide: Guide) -> bool:
    """BLS records no related work experience as typical to start the career."""
    fact = guide.facts.work_experience
    return fact is not None and fact.value.strip().rstrip(".").lower() == "none"


def openings_of(guide: Guide) -> float | None:
    """The career's projected openings a year ("189,100" → 189100.0), if stated."""
    fact = guide.facts.annual_openings
    found = re.match(r"\s*(\d[\d,]*)", fact.value) if fact else None
    return float(found[1].replace(",", "")) if found else None


def openings_floor(guides: dict[str, Guide]) -> float:
    """The middle of the guides' projected openings a year: "lots of openings" is above it."""
    counts = sorted(n for guide in guides.values() if (n := openings_of(guide)) is not None)
    return counts[len(counts) // 2] if counts else 0.0


def growth_of(guide: Guide) -> float | None:
    """The career's projected employment growth in percent ("-6%" → -6.0), if stated."""
    fact = guide.facts.growth_rate
    found = re.match(r"\s*([-+\N{MINUS SIGN}]?\d+(?:\.\d+)?)", fact.value) if fact else None
    return float(found[1].replace("\N{MINUS SIGN}", "-")) if found else None


def median_pay(guide: Guide) -> float | None:
    """The career's median yearly pay in dollars, if stated."""
    fact = guide.facts.median_salary
    return dollars(fact.value) if fact else None


def entry_rank(guide: Guide) -> int | None:
    """Where the career's typical entry education stands in ``EDUCATION_ORDER``, if known."""
    fact = guide.facts.entry_education
    return education_rank(fact.value) if fact else None


def growth_floor(guides: dict[str, Guide]) -> float:
    """The middle of the guides' projected growth: "growing" means above it."""
    rates = sorted(rate for guide in guides.values() if (rate := growth_of(guide)) is not None)
    return rates[len(rates) // 2] if rates else 0.0


def pay_floor(guides: dict[str, Guide]) -> float:
    """The middle of the guides' median pays: "pays well" means above it."""
    pays = sorted(pay for guide in guides.values() if (pay := median_pay(guide)))
    return pays[len(pays) // 2] if pays else 0.0


def wishes_lead(wishes: Wishes, floor: float, question: str = "", of_kind: bool = False) -> str:
    """What the shortlist was chosen by, said before it; ``of_kind``: the best paid or fastest
    growing were taken among the careers nearest a kind of work asked ("creative jobs")."""
    among = " of that kind" if of_kind else ""
    school = (
        QUICK_LEAD
        if wishes.quick_training
        else "need no college degree to start"
        if wishes.no_degree
        else "need at most an associate's degree to start"
        if wishes.short_school
        else UP_TO_BACHELORS_LEAD
        if wishes.up_to_bachelors
        else ""
    )
    untried = UNTRIED.removeprefix("need ") if school else UNTRIED
    needs = [part for part in (school, untried if wishes.no_experience else "") if part]
    need = f" that {' and '.join(needs)}" if needs else ""
    if wishes.most_pay:
        return f"The best-paid careers{among} in our guides{need}, by median pay:"
    if wishes.most_growth:
        growth = "by projected growth (BLS, 2024–34)"
        return f"The fastest-growing careers{among} in our guides{need}, {growth}:"
    told = [
        QUICK_LEAD if wishes.quick_training else "",
        "need no college degree to start" if wishes.no_degree and not wishes.quick_training else "",
        UNTRIED if wishes.no_experience else "",
        "need at most an associate's degree to start"
        if wishes.short_school and not wishes.no_degree and not wishes.quick_training
        else "",
        UP_TO_BACHELORS_LEAD
        if wishes.up_to_bachelors
        and not (wishes.no_degree or wishes.short_school or wishes.quick_training)
        else "",
        f"pay a median of ${wishes.min_pay:,.0f} a year or more"
        if wishes.min_pay is not None
        else f"pay a median above ${floor:,.0f} a year (the middle pay of the careers in our "
        "guides)"
        if wishes.good_pay
        else "",
        "are projected to grow faster than most careers in our guides (BLS, 2024–34)"
        if wishes.growing
        else "",
        "have more openings a year than most careers in our guides (BLS, 2024–34)"
        if wishes.many_openings
        else "",
    ]
    parts = [t for t in told if t]
    listed = ", ".join(parts[:-1]) + " and " if len(parts) > 1 else ""
    lead = f"These careers {listed}{parts[-1] if parts else ''}:"
    if wishes.growing and UNRECORDED_SECURITY.search(question):
        unsaid = "The guides don't record layoffs or job security; the nearest they give is"
        return f"{unsaid} projected growth. {lead}"
    return lead
