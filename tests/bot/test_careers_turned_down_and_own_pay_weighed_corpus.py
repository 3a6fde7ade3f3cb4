"""The thirty-seventh panel over the O*NET guides: a career turned down ("cop isnt for me",
"lifeguard is more of a summer thing for me lol", "parking attendant, really? lol") gives way
to the ones asked; "and vs what i make as an emt now?" weighs the visitor's own job against
the one asked, and "where i am now as a helper" is the helper of the page's trade; "a non
technical version" of a job is the one O*NET names by what it leaves out; a comparison asking
the difference beside another question, or whether one "has to be a nurse first", or which is
"riskier", answers every part; "why fashion designers?? anyway…" complains and asks nothing of
them."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections, talk


def test_a_career_turned_down_gives_way_to_the_ones_asked(onet_components: Components) -> None:
    trades = talk(
        onet_components.bot,
        "what do police officers make",
        "cop isnt for me. what about trades like electrician or plumber, do those pay good? and "
        "do u get paid while training",
    )
    outdoors = talk(
        onet_components.bot,
        "what do lifeguards make",
        "lifeguard is more of a summer thing for me lol. im more thinking like landscaping or "
        "working in parks or forests, something full time. what pays better out of those",
    )
    teller = talk(
        onet_components.bot,
        "what do parking attendants make",
        "parking attendant, really? lol. i was a branch manager for 25 yrs, something that uses "
        "that would be nicer. what about working as a bank teller again, what does it pay",
    )
    assert "police-and-sheriff-s-patrol-officers" not in guides_cited(trades)
    assert guides_cited(trades) & {"electricians", "plumbers-pipefitters-and-steamfitters"}
    assert "landscaping-and-groundskeeping-workers" in guides_cited(outdoors)
    assert not guides_cited(outdoors) & {
        "lifeguards-ski-patrol-and-other-recreational-protective-service",
        "parking-attendants",
    }
    assert guides_cited(teller) == {"tellers"}


def test_the_visitors_own_job_is_weighed_against_the_one_asked(
    onet_components: Components,
) -> None:
    emt = talk(
        onet_components.bot,
        "what do paramedics make",
        "and vs what i make as an emt now? is the jump worth the schooling",
    )
    helper = on_page(
        onet_components.bot,
        "plumbers-pipefitters-and-steamfitters",
        "whats the pay difference between where i am now as a helper vs a licensed plumber",
    )
    assert guides_cited(emt) == {"paramedics", "emergency-medical-technicians"}
    assert "Paramedics pay more" in emt.answer
    assert "helpers-pipelayers-plumbers-pipefitters-and-steamfitters" in guides_cited(helper)
    assert "helpers-production-workers" not in guides_cited(helper)


def test_the_ordinary_kind_of_a_job(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do sales representatives of technical and scientific products make",
        "isnt there a non technical version? like selling regular products, not science stuff. "
        "whats that one pay",
    )
    assert guides_cited(reply) == {"sales-representatives-wholesale-and-manufacturing-except"}
    assert "$72,080" in reply.answer


def test_every_part_of_a_comparison_is_answered(onet_components: Components) -> None:
    pilots = talk(
        onet_components.bot,
        "how much does an airline pilot make vs a commercial pilot",
        "woah airline is way more. so whats actually different between the two jobs, and do i "
        "need a college degree for airline?",
    )
    nurses = talk(
        onet_components.bot,
        "physician assistant vs nurse practitioner, what do they make",
        "wait do NPs have to be a nurse first? i dont have a nursing degree. and which one has "
        "better job growth",
    )
    risk = talk(
        onet_components.bot,
        "what do elevator installers make",
        "vs nuclear reactor operator, i heard those make a lot too. which one pays more and is "
        "riskier",
    )
    assert "on scheduled air carrier routes" in pilots.answer  # what each does
    assert "nonscheduled air carrier routes" in pilots.answer
    assert "bachelor's degree" in pilots.answer
    assert "How to Become One" in sections(nurses)
    assert "40%" in nurses.answer
    assert "Nuclear Power Reactor Operators pay more" in risk.answer
    assert "how safe the job is" in risk.answer  # said plainly, of each guide


def test_a_career_complained_of_is_not_asked_about(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "hairdressers-hairstylists-and-cosmetologists",
        "what do fashion designers make",
        "why fashion designers?? anyway is the hair industry growing, like will there be enough "
        "clients if i open a place",
    )
    assert guides_cited(reply) == {"hairdressers-hairstylists-and-cosmetologists"}
    assert "Job Outlook" in sections(reply)
