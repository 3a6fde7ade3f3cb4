"""Sentences that read only beside their neighbours: one leaning back on the sentence before
it ("During this phase, …"), one announcing the next ("Certification programs provide an
edge."), and the order that reads the answer first."""

from __future__ import annotations

import re

from bot.compose.labels import is_label_line
from bot.retrieval.units import Unit, UnitBank

ANSWER_SENTENCES = 4  # sentences an answer grows to by joining what announcing ones announce
ANNOUNCING = 6  # a sentence this short ("Gaining hands-on experience is crucial.") needs the next
# Sentences that read only after the one before them ("Most of them are expected to…").
# Also a phrase pointing at what came before ("During this phase, …", "At this stage, …"),
# and a gloss of a term the sentence before used.
LEANS_BACK = re.compile(
    r"^(?:(?:most|many|some|all|few|half) of (?:them|these|those)|they|these|those|such|here(?=,)"
    r"|this (?!role|job|career|occupation|guide)"
    r"|(?:during|at|in|from|after|by|with|beyond) (?:this|that|these|those|such) "
    r"(?!role|job|career|occupation|guide|field)"
    r"|bls counts"  # a gloss of the sentence before ("BLS counts moderate-term … as …")
    r"|that(?:'s| is| was)|the guide calls (?:that|this|it))\b",  # "The guide calls that…"
    re.IGNORECASE,
)


def answer_first(bank: UnitBank, answer: int, picked: list[int]) -> list[int]:
    """The sentence nearest the question first (after the one it leans back on, before the
    ones leaning on it), then the rest in reading order: what was asked is read first."""
    rest = sorted(set(picked) - {answer}, key=lambda i: reading(bank, i))
    head = [answer - 1, answer] if answer - 1 in rest and leans_on(bank, answer) else [answer]
    while head[-1] + 1 in rest and (leans_on(bank, head[-1] + 1) or announces(bank, head[-1])):
        head.append(head[-1] + 1)
    return [*head, *(i for i in rest if i not in head)]


def leans_on(bank: UnitBank, i: int) -> bool:
    """Unit ``i`` is a sentence pointing back at the unit before it in its chunk."""
    unit = bank.units[i]
    joined = i > 0 and bank.units[i - 1].chunk is unit.chunk
    return joined and not unit.is_item and bool(LEANS_BACK.match(unit.text))


def reading(bank: UnitBank, i: int) -> tuple[int, int, int]:
    unit = bank.units[i]
    return unit.chunk.position, unit.chunk.part, i


def leans_back(unit: Unit) -> bool:
    """A sentence that reads only after the one before it in its paragraph."""
    return not unit.is_item and not unit.is_lead and bool(LEANS_BACK.match(unit.text))


def with_antecedents(
    bank: UnitBank, picked: list[int], answer: int = -1, most: int = ANSWER_SENTENCES
) -> list[int]:
    """The picked sentences, each leaning back on the sentence before it joined by that one
    (the ``answer`` also when it opens its paragraph: it is read first, not after that one),
    and each announcing the next ("Certification programs provide an edge.") by the next, as
    the ``answer`` is by the sentence leaning back on it; past ``most`` sentences an
    announcing one is left out rather than joined."""
    out = list(picked)
    for i in picked:
        before, after = i - 1, i + 1
        if (leans_back(bank.units[i]) or i == answer) and leans_on(bank, i) and before not in out:
            out.append(before)
        follows = i == answer and after < len(bank.units) and leans_on(bank, after)
        if (announces(bank, i) or follows) and after not in out:  # "These regions…" too
            if i == answer or len(out) < most:
                out.append(after)
            elif announces(bank, i):  # no room for what it announces: not alone either
                out.remove(i)
    return out


def is_phrase(unit: Unit) -> bool:
    """A list item that is a name, not a sentence."""
    return unit.is_item and len(unit.text.split()) < ANNOUNCING


# A thing named with its examples in brackets: a name, however long
NAMED_WITH_EXAMPLES = re.compile(r"[^()]{1,40}\([^()]*\)\.?")


def said_as_name(item: str) -> bool:
    """A list item quoted as what its list holds, not as a sentence: short, or a thing named
    with its examples ("Hand tools (wrenches, screwdrivers, pneumatic tools)")."""
    return len(item.split()) < ANNOUNCING or bool(NAMED_WITH_EXAMPLES.fullmatch(item))


def announces(bank: UnitBank, i: int) -> bool:
    """Unit ``i`` is a short sentence that the next sentence of its chunk spells out."""
    unit, units = bank.units[i], bank.units
    short = len(unit.text.split()) < ANNOUNCING and not unit.is_item
    follows = i + 1 < len(units) and units[i + 1].chunk is unit.chunk
    return short and follows and not units[i + 1].is_item and not is_label_line(unit.text)
