"""The visitor's own pay set beside the guide's: an hourly wage as a full-time year ("i make
19/hr"), a yearly sum ("I'm making about 58k now") or a weekly one ("600-700 per week")."""

from __future__ import annotations

import re

from bot.answer import Piece
from bot.compose.pay import fact_piece
from bot.understand.wishes import dollars
from knowledge.model import Fact, Guide

# The visitor's own hourly wage ("i make 21.50/hr", "operators here make like 19/hr")
HOURLY_WAGE = re.compile(
    r"\$?(?P<rate>\d{1,3}(?:\.\d{1,2})?) ?(?:/ ?h(?:ou)?r\b|(?:an?|per|a) h(?:ou)?r\b|bucks an hour"
    r"|dollars an hour)",
    re.IGNORECASE,
)
FULL_TIME_HOURS = 2080  # 40 hours a week, 52 weeks
WAGE_RANGE = (7.0, 150.0)  # dollars an hour a wage can be
SUM = r"\$?\s?(?P<sum>\d{2,3}(?:,\d{3}\b|k\b| ?thousand\b))"
# The visitor's own yearly pay: "I'm making about 58k now", "i clear maybe 38k a year", "my
# salary is $45,000", "vs what I make now, 52k?"
OWN_YEARLY = (
    re.compile(
        # not a sum hoped for ("how long till i could be making like 58k")
        r"\b(?:i|im|i'm|i am)\s+(?:(?!(?:could|would|will|wanna|want|hope|to|should|might|can|"
        r"need|gonna|start)\b)\w+\s+){0,2}?(?:make|making|earn|earning|clear|clearing|"
        r"bring(?:ing)? (?:home|in)|take home|get paid|gross|pull(?:ing)?(?: in| down)?)\b"
        r"[^.?!\d]{0,25}?" + SUM,
        re.IGNORECASE,
    ),
    re.compile(r"\bmy (?:current )?(?:salary|pay|wage|income)\b[^.?!\d]{0,15}?" + SUM, re.I),
    # "im at 48k", "I'm around 160k now"
    re.compile(
        r"\b(?:i'?m|im|i am) (?:at|on|around|about) (?:about |around |like |roughly )?" + SUM, re.I
    ),
    re.compile(r"\bwhat i (?:make|earn|get) now\b[^.?!\d]{0,5}?" + SUM, re.IGNORECASE),
    # "what does an HR specialist earn compared to my 46,000?"
    re.compile(r"\b(?:to|than|with|vs\.?|against) my\s+(?:current\s+)?" + SUM, re.IGNORECASE),
)
# The visitor's own weekly pay: "Uber give me around 600-700 per week", "I get $800 a week"
OWN_WEEKLY = re.compile(
    r"\b(?:make|making|earn|earning|clear|get|gives? me|bring home|take home|paid)\b[^.?!\d]{0,15}?"
    r"\$?(?P<low>\d{3,4})(?:\s*(?:-|–|to)\s*\$?(?P<high>\d{3,4}))?\s*(?:a|per|each|every|/)\s*"
    r"(?:week|wk)\b",
    re.IGNORECASE,
)
YEARLY_RANGE = (10_000, 500_000)  # dollars a year a salary can be
WEEKS = 52


def own_pay_compared(guide: Guide, message: str) -> Piece | None:
    """The pay the visitor says they make, set beside the guide's entry-level pay and median,
    or ``None`` when the message states none."""
    return hourly_compared(guide, message) or _yearly_compared(guide, message)


def hourly_compared(guide: Guide, message: str) -> Piece | None:
    """The visitor's hourly wage as a full-time year, set beside the guide's entry-level pay
    (or its median): "is 46k more than the 19/hr i make?"."""
    found = next(
        (m for m in HOURLY_WAGE.finditer(message)
         if WAGE_RANGE[0] <= float(m["rate"]) <= WAGE_RANGE[1]),
        None,
    )  # fmt: skip
    fact, name = _nearest_pay(guide)
    guide_pay = dollars(fact.value) if fact is not None else None
    if found is None or fact is None or guide_pay is None:
        return None
    rate = float(found["rate"])
    yearly = round(rate * FULL_TIME_HOURS, -1)
    than = "less than" if yearly < guide_pay else "more than"
    text = (
        f"At ${rate:,.2f} an hour, full-time work (40 hours a week, all year) comes to about "
        f"${yearly:,.0f} a year: {than} the guide's {name} of {fact.value}."
    )
    return fact_piece(guide, fact, text, fact.value)


def hourly_equivalents(guide: Guide) -> Piece | None:
    """The guide's yearly pay by level as hourly rates of full-time work, for a visitor who
    asks the pay by the hour ("how much is it per hour?")."""
    f = guide.facts
    levels = [("entry level", f.salary_entry), ("median", f.median_salary),
              ("senior level", f.salary_senior)]  # fmt: skip
    rates = [(name, fact, pay) for name, fact in levels
             if fact is not None and (pay := dollars(fact.value)) is not None]  # fmt: skip
    if not rates:
        return None
    said = "; ".join(f"{name} {fact.value} is about ${pay / FULL_TIME_HOURS:,.2f} an hour"
                     for name, fact, pay in rates)  # fmt: skip
    text = f"As full-time hourly rates (40 hours a week, all year): {said}."
    return fact_piece(guide, rates[0][1], text, rates[0][1].value)


def _yearly_compared(guide: Guide, message: str) -> Piece | None:
    """A yearly or weekly sum the visitor makes, beside the guide's entry-level pay and
    median: "You make about $52,000 a year: more than…"."""
    said = own_yearly(message)
    entry, median = guide.facts.salary_entry, guide.facts.median_salary
    if said is None or median is None or (median_pay := dollars(median.value)) is None:
        return None
    yearly, how = said
    parts = []
    if entry is not None and (entry_pay := dollars(entry.value)) is not None:
        parts.append(f"{_than(yearly, entry_pay)} the guide's entry-level pay of {entry.value}")
    parts.append(f"{_than(yearly, median_pay)} its median of {median.value}")
    text = f"{how}: {' and '.join(parts)}."
    return fact_piece(guide, median, text[0].upper() + text[1:], median.value)


def own_yearly(message: str) -> tuple[float, str] | None:
    """The yearly pay the visitor states, and how to say it ("You make about $52,000 a
    year"); a weekly sum counts for a year of weeks."""
    for pattern in OWN_YEARLY:
        found = pattern.search(message)
        value = _sum(found["sum"]) if found else None
        if value is not None and YEARLY_RANGE[0] <= value <= YEARLY_RANGE[1]:
            return value, f"you make about ${value:,.0f} a year"
    found = OWN_WEEKLY.search(message)
    if found is None:
        return None
    low, high = int(found["low"]), int(found["high"] or found["low"])
    weekly = (low + high) / 2
    said = f"${low:,}–${high:,}" if high != low else f"${low:,}"
    return round(weekly * WEEKS, -2), f"{said} a week comes to about ${weekly * WEEKS:,.0f} a year"


def _sum(text: str) -> float | None:
    """ "58k", "45,000", "52 thousand" in dollars."""
    digits = re.sub(r"[^\d]", "", text.split("k")[0].split("thousand")[0])
    if not digits:
        return None
    value = float(digits)
    return value * 1000 if value < 1000 else value


def _than(own: float, guide_pay: float) -> str:
    return "less than" if own < guide_pay else "more than" if own > guide_pay else "the same as"


def _nearest_pay(guide: Guide) -> tuple[Fact | None, str]:
    f = guide.facts
    if f.salary_entry is not None:
        return f.salary_entry, "entry-level pay"
    return f.median_salary, "median pay"
