"""Careers found for "what could use my background" are within reach of the visitor's job:
no doctorate offered to a paramedic, unless they speak of going back to school."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from bot.compose.career_search import REACH
from bot.understand.wishes import education_rank
from tests.talk import guides_cited, talk


def _entry(components: Components, slug: str) -> int:
    fact = components.bot.guides[slug].facts.entry_education
    found = education_rank(fact.value) if fact else None
    return found if found is not None else 0


def test_careers_building_on_a_job_ask_no_schooling_far_beyond_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "paramedic 10 yrs, my back is shot. what jobs could use my medical background?",
    )
    assert reply.mode is Mode.CITED
    offered = guides_cited(reply) - {"paramedics"}
    assert len(offered) >= 2
    reach = _entry(onet_components, "paramedics") + REACH
    assert all(_entry(onet_components, slug) <= reach for slug in offered), offered
