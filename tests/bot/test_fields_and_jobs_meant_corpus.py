"""The thirty-fourth panel over the O*NET guides: a field names the people who practise it
("architecture": the architects, not their managers); a whole title outweighs a field inside
it ("a high school history teacher" is no historian); a title named after "i mean like…" is
the one meant; "tech writer" is the technical writer and "EMS dispatcher" the emergency
medical one; teaching a subject names its teachers ("i want to teach nursing", on the nurses'
page); "helping people" is no helper's work, nor "directly" a director's; a licence no
compared guide speaks of is said not covered, though a title or the credits name the word."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk


def test_a_field_names_the_people_who_practise_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a senior in hs trying to pick between architecture and interior design for college. "
        "which one pays more",
    )
    assert guides_cited(reply) == {"architects-except-landscape-and-naval", "interior-designers"}


def test_a_whole_title_outweighs_a_field_inside_it(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "librarians-and-media-collections-specialists",
        "what does a librarian make",
        "ok and how does that compare to a high school history teacher? pay and schooling",
    )
    assert "secondary-school-teachers-except-special-and-career-technical" in guides_cited(reply)
    assert "historians" not in guides_cited(reply)


def test_a_title_named_after_i_mean_is_the_one_meant(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what does a travel agent do",
        "hmm a travel agent doesnt actually travel tho right? i mean like flying places, flight "
        "attendant or something like that. how do you get into that and does it pay ok",
    )
    assert guides_cited(reply) == {"flight-attendants"}


def test_clipped_and_abbreviated_titles_name_their_careers(onet_components: Components) -> None:
    writer = talk(
        onet_components.bot,
        "for tech writer would my english degree be enough or do i need some tech cert",
    )
    dispatcher = talk(
        onet_components.bot,
        "firefighter here, tore my shoulder. thinking fire inspector or maybe ems dispatcher. "
        "what do they pay",
    )
    assert guides_cited(writer) == {"technical-writers"}
    assert "public-safety-telecommunicators" in guides_cited(dispatcher)
    assert "dispatchers-except-police-fire-and-ambulance" not in guides_cited(dispatcher)


def test_a_subject_to_teach_names_its_teachers(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "registered-nurses",
        "rn for 14 yrs, mostly med surg. i think i want to teach nursing at a community college. "
        "what do i need for that, i have my bsn",
    )
    assert guides_cited(reply) == {"nursing-instructors-and-teachers-postsecondary"}


def test_helping_people_is_no_helpers_work(onet_components: Components) -> None:
    taxes = talk(
        onet_components.bot,
        "Something like a credit counselor or helping people with their taxes - what does that "
        "job actually involve?",
    )
    directly = talk(
        onet_components.bot,
        "I've done accounting for 35 years. I meant something like helping people directly, "
        "maybe using my money skills to help families. Is there something like that?",
    )
    assert "helpers-production-workers" not in guides_cited(taxes)
    assert "credit-counselors" in guides_cited(taxes)
    assert not {"helpers-production-workers", "producers-and-directors"} & guides_cited(directly)


def test_a_licence_no_compared_guide_speaks_of_is_said_not_covered(
    onet_components: Components,
) -> None:
    # "Licensed Architect" (a title) and "Used under the CC BY 4.0 license" (the credits) say
    # nothing on whether the work needs a licence
    reply = talk(
        onet_components.bot,
        "architecture or interior design, which one pays more and do u need a license for both",
    )
    assert "don't cover licences or certification" in reply.answer.split("\n")[0]
    assert "$99,280" in reply.answer
