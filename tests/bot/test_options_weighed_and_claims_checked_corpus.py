"""The thirty-eighth panel over the O*NET guides: "would being an editor be another option?"
asks about editors (not the visitor's own job); "what about being a farmer" after farmworkers
is the farmers' own title, not a farmworker's alternative one; "a diet tech makes about the
same as a line cook?? whats a line cook make" weighs both; "is that just employees?" names no
career on the barbers' page; "is that good?" after the outlook is weighed, not said not
covered; "AI is gonna take all the coding jobs. is that true??" is answered with the
outlook."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk


def test_a_job_weighed_as_an_option_is_the_one_asked(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do technical writers make?",
        "thanks. one more, would being an editor be another option for someone like me? whats "
        "the pay and outlook",
    )
    assert guides_cited(reply) == {"editors"}


def test_a_title_of_its_own_is_not_the_last_careers_alternative(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do farmworkers in nurseries and greenhouses make?",
        "ok but you skipped my other question. what about being a farmer, like running my own "
        "small farm and selling produce?",
    )
    assert "farmers-ranchers-and-other-agricultural-managers" in guides_cited(reply)
    assert "farmworkers-and-laborers-crop-nursery-and-greenhouse" not in guides_cited(reply)


def test_a_job_compared_as_the_same_as_is_asked_too(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do dietetic technicians make?",
        "wait so a diet tech makes about the same as a line cook?? whats a line cook make in the "
        "guides",
    )
    assert "cooks-restaurant" in guides_cited(reply)
    assert "$37,390" in reply.answer


def test_employees_name_no_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "barbers",
        "what do barbers make?",
        "nah i meant the pay numbers. are shop owners in that or is that just employees?",
    )
    assert guides_cited(reply) == {"barbers"}


def test_the_outlook_judged_is_weighed_against_all_jobs(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "whats the job outlook for editors? is that good?")
    assert "as fast as the average for all occupations" in reply.answer
    assert "doesn't cover" not in reply.answer


def test_a_claim_checked_is_answered_by_the_outlook(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i want to be a software developer. what degree do i need?",
        "my dad keeps saying AI is gonna take all the coding jobs. is that true?? should i even "
        "bother",
    )
    assert reply.mode.value == "cited"
    assert "projected to grow" in reply.answer
    assert "doesn't cover" not in reply.answer
