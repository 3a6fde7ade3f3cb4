"""The thirty-sixth panel over the O*NET guides: "the social worker one", "the MA one" and "the
tree guy one" pick the conversation's career their words or initials name, though an earlier
turn spoke of it; "the car body one sounds ok but what about a regular car mechanic" asks the
mechanic; "compare that to truck driving tho" weighs truck drivers; "im a cashier, how do i
get into nursing" is answered for nurses; the best-paid careers are the best paid of all, not
of what the visitor said they don't mind; "restaurant hours are brutal" keeps restaurant cooks
out of a search; "got out of the army… what civilian jobs" is a search, not the infantry; "for
tax prep, with a CPA background" asks the tax preparers."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, talk


def test_a_career_of_the_talk_is_picked_by_its_words_or_initials(
    onet_components: Components,
) -> None:
    assistant = talk(
        onet_components.bot,
        "dental hygienist or medical assistant, how long is school for each",
        "what do hygienists make",
        "ok and the MA one, how many openings",
    )
    social = talk(
        onet_components.bot,
        "childcare worker vs child family and school social worker, whats the pay",
        "what does a childcare worker need to start",
        "kinda low pay tbh. the social worker one, what school do i need",
    )
    assert guides_cited(assistant) == {"medical-assistants"}
    assert guides_cited(social) == {"child-family-and-school-social-workers"}


def test_a_career_asked_about_beside_a_pick_is_answered(onet_components: Components) -> None:
    mechanic = talk(
        onet_components.bot,
        "whats the pay for auto body repairers vs diesel mechanics",
        "the car body one sounds ok but what about just a regular car mechanic? how much do they "
        "make",
    )
    trucks = talk(
        onet_components.bot,
        "what do flight attendants make",
        "cool. compare that to truck driving tho, long haul. which pays better and which is "
        "easier to start",
    )
    assert guides_cited(mechanic) == {"automotive-service-technicians-and-mechanics"}
    assert guides_cited(trucks) == {"flight-attendants", "heavy-and-tractor-trailer-truck-drivers"}


def test_a_field_gone_into_is_answered_not_the_job_left(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "im a cashier, how do i get into nursing")
    assert "registered-nurses" in guides_cited(reply)
    assert "cashiers" not in guides_cited(reply)


def test_the_best_paid_careers_are_the_best_paid_of_all(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what are the highest paying jobs? i dont care about long hours or if its risky",
    )
    pay = {
        g.slug: int(g.facts.median_salary.value.strip("$").replace(",", ""))
        for g in onet_components.guides
        if g.facts.median_salary is not None and g.facts.median_salary.value.startswith("$")
    }
    listed = guides_cited(reply)
    assert listed
    assert reply.answer.startswith("The best-paid careers in our guides")
    assert min(pay[s] for s in listed) >= max(p for s, p in pay.items() if s not in listed)


def test_a_setting_called_brutal_is_kept_out_of_a_search(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i love cooking and food but restaurant hours are brutal, nights weekends holidays. any "
        "food jobs with normal hours?",
    )
    assert guides_cited(reply)
    assert not guides_cited(reply) & {"cooks-restaurant", "cooks-fast-food"}


def test_a_soldier_out_of_the_army_is_searched_for(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "got out of the army after 6 yrs, 11B infantry. no degree, just hs diploma. honestly "
        "dont know what civilian jobs i even qualify for, what fits someone like me",
    )
    assert len(guides_cited(reply)) > 1
    assert "infantry" not in guides_cited(reply)


def test_work_asked_about_with_a_background_is_that_work(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do tax preparers make",
        "for tax prep, with a CPA background i assume i'd be overqualified? what does the day to "
        "day look like",
    )
    assert guides_cited(reply) == {"tax-preparers"}
