"""Sentences weighing careers' figures against each other: pay, openings, growth, schooling."""

from __future__ import annotations

from bot.answer import Figure
from bot.compose.labels import with_article


def higher_paid(medians: list[Figure]) -> str:
    """Which career's median pay is highest, against the others' ("which pays more?")."""
    ranked = sorted(medians, key=lambda f: f.value, reverse=True)
    if ranked[0].value == ranked[-1].value:  # one figure for all ("police or border patrol?")
        return f"{_joined(ranked)} have the same median pay: {ranked[0].text} a year."
    others = " and ".join(f"{f.text} for {f.label}" for f in ranked[1:])
    return f"{ranked[0].label} pay more: a median of {ranked[0].text} a year, against {others}."


def more_openings(openings: list[Figure]) -> str:
    """Which career has the most openings a year, against the others."""
    ranked = sorted(openings, key=lambda f: f.value, reverse=True)
    if ranked[0].value == ranked[-1].value:  # "…have more openings: 7,800, against 7,800"
        return f"{_joined(ranked)} have the same openings: about {ranked[0].text} a year each."
    others = " and ".join(f"{f.text} for {f.label}" for f in ranked[1:])
    return f"{ranked[0].label} have more openings: about {ranked[0].text} a year, against {others}."


def grows_faster(rates: list[Figure]) -> str:
    """Which career's employment is projected to grow most, against the others."""
    ranked = sorted(rates, key=lambda f: f.value, reverse=True)
    others = " and ".join(f"{f.text.split(' (')[0]} for {f.label}" for f in ranked[1:])
    best = ranked[0].text.split(" (")[0]
    if ranked[0].value == ranked[-1].value:
        return f"{_joined(ranked)} are projected to change alike: {best}."
    if ranked[0].value < 0:  # every one of them shrinking
        return f"{ranked[0].label} are projected to decline least: {best}, against {others}."
    return f"{ranked[0].label} are projected to grow faster: {best}, against {others}."


def less_schooling(entries: list[Figure]) -> str:
    """Which career's typical entry education (BLS, ranked in ``value``) is least, against
    the others' ("which one needs less school?")."""
    ranked = sorted(entries, key=lambda f: f.value)
    if ranked[0].value == ranked[-1].value:
        return f"{_joined(ranked)} ask the same entry education: {with_article(ranked[0].text)}."
    lowest = [f for f in ranked if f.value == ranked[0].value]  # ties need less together
    others = " and ".join(f"{with_article(f.text)} for {f.label}" for f in ranked[len(lowest) :])
    least = with_article(ranked[0].text)
    return f"{_joined(lowest)} need less schooling: typically {least}, against {others}."


def _joined(figures: list[Figure]) -> str:
    return " and ".join(f.label for f in figures)
