"""The fiftieth panel on the O*NET corpus: a career named whole beside a field weighed against
it ("the medical and clinical laboratory technologist one… easier than genetic counseling?")
is compared as named; a field of two words ("occupational therapy") is its own career, not
the one its last word names, and "in school and pay" asks both, not pay while in school; a
title written "UX/UI" is the one titled "UI/UX"; a contractor is anyone on contract, not a
farm labor contractor; a job said as a verb ("do they actually cook") or as employers hiring
others ("are dentists hiring a lot of them") is no career asked about; a certificate got first
("do i need to get EMT certified first") is a step, not the career; the length of schooling
or programs the guide doesn't give and the exams it doesn't name are said uncovered; "what
else" leaves out the career named; and wishes no guide records (from home, heights, stress)
are said unrecorded, their words fitting no careers."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, on_page, talk

UX = "web-and-digital-interface-designers"


def test_a_career_named_whole_beside_a_field_weighed_is_compared_as_named(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do histotechnologists make?",
        "ok and the medical and clinical laboratory technologist one? is it easier to get into "
        "than genetic counseling?",
    )
    assert guides_cited(reply) == {
        "medical-and-clinical-laboratory-technologists",
        "genetic-counselors",
    }


def test_a_field_of_two_words_is_its_own_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "physical-therapists",
        "ok. honestly I'm also considering OT instead. how does occupational therapy compare to "
        "PT in school and pay?",
    )
    assert guides_cited(reply) == {"physical-therapists", "occupational-therapists"}
    assert "$100,330" in reply.answer  # the occupational therapists' median
    assert "training is paid" not in reply.answer


def test_a_title_written_in_another_order_is_that_title(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hey! graphic designer here (5 yrs, mostly branding + print). I want to move into UX "
        "design. Is a bootcamp enough or do I need to go back for a degree?",
        "i already am a graphic designer tho, im asking about UX/UI design. what does that need "
        "and what does it pay?",
    )
    assert guides_cited(reply) == {UX}
    assert "$104,000" in reply.answer


def test_a_contractor_is_anyone_on_contract(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "ok 63k. long term i want to start my own shop, like be the contractor. is there anything "
        "on that, what do i need and do guys who run their own shop make more",
    )
    assert guides_cited(reply) == {"electricians"}
    assert "doesn't mention running a business" in reply.answer


def test_a_title_named_whole_outweighs_a_field_turned_to_or_meant(
    onet_components: Components,
) -> None:
    engineering = talk(
        onet_components.bot,
        "hvac tech here, 8 yrs in. thinking about going back to school for hvac engineering",
        "ok but what about the engineering side? what do hvac engineers make and how many years "
        "of school is that",
    )
    assert "mechanical-engineers" in guides_cited(engineering)
    assert "electronics-engineers-except-computer" not in guides_cited(engineering)
    meant = talk(
        onet_components.bot,
        "electronics engineers? i meant hvac, like mechanical. so its a bachelors for mechanical "
        "engineer? can my 8 years in the field shorten that at all",
    )
    assert guides_cited(meant) == {"mechanical-engineers"}


def test_a_job_said_as_a_verb_or_as_employers_is_not_asked_about(
    onet_components: Components,
) -> None:
    cooking = talk(
        onet_components.bot,
        "im a chef and thinking about becoming a dietitian. what degree do i need?",
        "do they actually cook tho or is it all desk work? i dont wanna lose the food side "
        "completely",
    )
    assert "cooks-restaurant" not in guides_cited(cooking)
    assert "dietitians-and-nutritionists" in guides_cited(cooking)
    hiring = talk(
        onet_components.bot,
        "what do dental hygienists make?",
        "ok. is it hard to find a job after? like are dentists hiring a lot of them",
    )
    assert guides_cited(hiring) == {"dental-hygienists"}
    assert "15,300" in hiring.answer  # the hygienists' openings a year


def test_a_certificate_got_first_is_a_step_not_the_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im an infantry veteran and want to be a firefighter. how do i get in?",
        "ok whatever. do i need to get EMT certified first or something? ive heard that",
    )
    assert guides_cited(reply) == {"firefighters"}
    assert "doesn't cover licences or certification" in reply.answer


def test_lengths_and_exams_the_guide_lacks_are_said_uncovered(
    onet_components: Components,
) -> None:
    lawyer = talk(
        onet_components.bot,
        "ive been a paralegal for 6 years and im seriously thinking about law school. how long "
        "does it take to become a lawyer?",
    )
    assert "doesn't cover how long the schooling takes" in lawyer.answer
    bridge = on_page(
        onet_components.bot,
        "licensed-practical-and-licensed-vocational-nurses",
        "Hi. I'm an LPN, been working at a nursing home for 3 yrs. I keep hearing about LPN to RN "
        "bridge programs. How long do those take?",
    )
    assert "doesn't cover how long the programs take" in bridge.answer
    exams = talk(onet_components.bot, "dont actuaries have to pass a bunch of exams? how many")
    assert "doesn't cover licences or certification" in exams.answer


def test_what_else_leaves_out_the_career_named(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "everyone says im good at arguing and should be a lawyer but law school costs a fortune "
        "and i cant swing that. what else could i do with that skill",
    )
    assert "lawyers" not in guides_cited(reply)
    assert len(guides_cited(reply)) >= 2


def test_wishes_no_guide_records_are_said_and_fit_no_careers(
    onet_components: Components,
) -> None:
    heights = talk(
        onet_components.bot,
        "i like building stuff and being outside, but im scared of heights so roofing or "
        "anything up on ladders/scaffolding is a no. what kind of jobs would work",
    )
    assert heights.answer.startswith("The guides don't record which jobs work at heights")
    assert not {"roofers", "roof-bolters-mining"} & guides_cited(heights)
    ruled_out = talk(
        onet_components.bot,
        "i like building stuff and being outside, but im scared of heights so roofing is out. "
        "what else?",
    )
    assert "roofers" not in guides_cited(ruled_out)
    assert len(guides_cited(ruled_out)) >= 2  # other careers offered, not one career's duties
    home = talk(
        onet_components.bot,
        "Hi, I'd like to find a job I can do from home. I only have my high school diploma. What "
        "are my options?",
    )
    assert home.answer.startswith("The guides don't record which jobs can be done from home")
    stress = talk(
        onet_components.bot,
        "I'm 50 and honestly burned out. I'd like to switch to something less stressful to "
        "finish out my working years before I retire. Any suggestions?",
    )
    assert stress.mode is not Mode.REFUSAL
    assert "don't record how stressful jobs are" in stress.answer
