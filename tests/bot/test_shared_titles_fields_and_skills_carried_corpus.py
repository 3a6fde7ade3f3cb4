"""The thirty-seventh panel over the O*NET guides, continued: "marine biologist", a title two
careers share, is answered for both rather than asked back; "how is that different from
physical therapy" sets the two therapies side by side; "what do my skills actually transfer
to?" asks the careers the job leads to; a trucker told "no more driving" who asks "what can i
do" is not refused; "i manage a retail store… want to get into HR" on the HR page is the HR
page's career; "is dog training an actual job?" asks the animal trainers."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, on_page, sections, talk


def test_a_title_two_careers_share_is_answered_for_both(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "ive wanted to be a marine biologist since i was like 8. im 17 now. are there actually "
        "jobs in that or is it super competitive? and what does it pay",
    )
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == {"biologists", "zoologists-and-wildlife-biologists"}
    assert "Biologists pay more" in reply.answer


def test_different_from_another_career_sets_them_side_by_side(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "occupational-therapists",
        "what do occupational therapists do",
        "oh ok so more like daily life stuff. how is that different from physical therapy tho? "
        "i kinda like the PT side w exercise",
    )
    assert guides_cited(reply) == {"occupational-therapists", "physical-therapists"}
    assert "typical day" not in reply.answer


def test_where_the_skills_transfer_is_the_related_careers(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a lawyer, 38, totally burned out and want out of law. what do my skills actually "
        "transfer to?",
    )
    assert "Related Roles" in sections(reply)
    assert "Arbitrators, Mediators, and Conciliators" in reply.answer


def test_a_trucker_who_cannot_drive_is_not_refused(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "drove semis for 14 years, hurt my back bad last year and doc says no more driving. i "
        "still need to work, what can i do thats not hard on my back",
    )
    assert reply.mode is Mode.CITED
    assert "can't help with that" not in reply.answer


def test_the_job_managed_now_is_not_the_page_asked_about(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "human-resources-specialists",
        "hey so i manage a retail store right now (about 8 yrs) and want to get into HR. does my "
        "management experience count for anything here or do i need a degree",
    )
    assert guides_cited(reply) == {"human-resources-specialists"}
    assert "bachelor's degree" in reply.answer


def test_a_work_asked_whether_it_is_a_job_is_its_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do animal control workers make",
        "hmm animal control sounds like id be seeing hurt animals tho which is exactly my "
        "problem. is dog training an actual job? like how much does that pay",
    )
    assert guides_cited(reply) == {"animal-trainers"}
