"""The fourteenth panel on the bundled guide: the pay a visitor says they make set beside the
guide's, years told placing them at a level or the one above it, a school subject asked
whether needed, who issues a certificate, a section named by its title, a path out of the
job, experience asked whether it counts, and hearing told beside the work's noise."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from bot.compose.refusals import CLOSING
from tests.talk import sections, talk

TIERS = "Career Path Tiers › "


def test_a_yearly_pay_told_is_set_beside_the_guides(components: Components) -> None:
    reply = talk(
        components.bot,
        "And the pay at that second level vs what I make now, 52k? Thank you, this is helpful.",
    )
    assert (
        "You make about $52,000 a year: more than the guide's entry-level pay of $46,950 "
        "and less than its median of $58,500" in reply.answer
    )


def test_pay_asked_without_a_verb_of_asking_is_the_median(components: Components) -> None:
    reply = talk(components.bot, "how much u make doin this n do i need school for it")
    assert "The median salary for a production technician is $58,500" in reply.answer
    assert "high school diploma" in reply.answer


def test_years_told_place_the_visitor_at_the_level_and_its_pay(components: Components) -> None:
    reply = talk(
        components.bot,
        "Last one. With my 4 years as maintenance engineer, which tier I can apply for, and "
        "the salary for it in USD?",
    )
    assert sections(reply)[0] == f"{TIERS}Production Technician"
    assert "counted in full, yours would fall here" in reply.answer
    assert "$58,500" in reply.answer


def test_years_told_with_the_next_tier_up_give_the_level_above(components: Components) -> None:
    reply = talk(
        components.bot,
        "with my 4 years, whats the next tier up from where I am and what would it pay?",
    )
    assert sections(reply)[0] == f"{TIERS}Senior Production Technician"
    assert "counted in full" not in reply.answer


def test_years_told_without_saying_i_still_count(components: Components) -> None:
    reply = talk(
        components.bot,
        "getting out of army in 4 months. was 91B wheeled vehicle mech 6 yrs. where would i "
        "start, junior or higher",
    )
    assert sections(reply)[0] == f"{TIERS}Senior Production Technician"
    assert "doesn't say whether years in other work count" in reply.answer


def test_a_school_subject_the_guide_never_requires_is_said_so(components: Components) -> None:
    reply = talk(components.bot, "bro thats so long. yes or no do i need math")
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't list math among what the job requires"
    )
    assert "courses in mathematics, physics, and industrial arts" in reply.answer


def test_a_subject_of_the_visitors_own_degree_is_not_asked(components: Components) -> None:
    reply = talk(
        components.bot,
        "Hmm, that's a lot. So, to be clear: my English degree is basically irrelevant and I'd "
        "need the technical diploma? How long is that diploma?",
    )
    assert "english" not in reply.answer.lower()
    assert "one to two years" in reply.answer


def test_who_issues_a_certificate_is_the_body_named_with_it(components: Components) -> None:
    reply = talk(components.bot, "whats the CMT one you guys mention on the page, who gives it")
    assert "Manufacturing Skill Standards Council" in reply.answer


def test_a_section_named_by_its_title_is_that_section(components: Components) -> None:
    reply = talk(
        components.bot, "What's on the tech skills list then? I want to see what I'm missing."
    )
    assert sections(reply)[0] == "Skills and Qualifications › Tech Skills"


def test_a_path_out_of_the_job_is_where_it_leads(components: Components) -> None:
    reply = talk(
        components.bot,
        "You didn't say anything about the quality side. Is quality assurance a path from this "
        "job?",
    )
    assert sections(reply)[0] == "Job Market Today › Growth Paths"
    assert "quality assurance positions" in reply.answer


def test_experience_asked_whether_it_counts_is_answered_not_refused(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "thats not what i asked. i got 6 yrs turning wrenches, hydraulics, diagnostics. does "
        "that count or no",
    )
    assert reply.mode is Mode.CITED
    assert "Employers also value experience with industry-specific machinery" in reply.answer


def test_hearing_loss_is_met_with_what_the_guide_says_of_noise(components: Components) -> None:
    reply = talk(
        components.bot,
        "I am 58 and have moderate hearing loss (wear hearing aids). Is the noise in this line "
        "of work a problem?",
    )
    assert "doesn't cover colour vision" not in reply.answer
    assert "noise" in reply.answer.lower()


def test_pregnancy_is_its_own_circumstance_not_a_disability(components: Components) -> None:
    reply = talk(
        components.bot,
        "I'm a production tech at a pharma plant. Just found out I'm pregnant. does the guide "
        "say anything about chemical exposure or safety I should know about?",
    )
    assert "doesn't cover pregnancy" in reply.answer
    assert "disability" not in reply.answer
    assert "chemicals" in reply.answer


def test_it_of_one_half_is_the_thing_the_other_names(components: Components) -> None:
    reply = talk(
        components.bot,
        "ok whatever. PLC stuff, never touched it. how important is it really and where do i "
        "learn it",
    )
    assert "Proficiency in PLC programming and diagnostics is expected" in reply.answer
    assert "community colleges or technical institutes" in reply.answer


def test_a_night_class_asked_for_gets_where_the_training_is(components: Components) -> None:
    reply = talk(
        components.bot,
        "cool. basic PLC operation, is there like a night class or online thing for that? my "
        "weekdays after 3 are free",
    )
    assert "doesn't mention online study; here is the nearest it has" in reply.answer
    assert "community colleges or technical institutes" in reply.answer


def test_credentials_from_abroad_are_said_uncovered(components: Components) -> None:
    reply = talk(
        components.bot,
        "I have a mechanical engineering diploma from India but my diploma is not recognized "
        "here. how do i become a production tech?",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't cover credentials earned in another country"
    )
    assert "high school diploma" in reply.answer


def test_does_it_pay_after_a_training_named_asks_of_that_training(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "that co-op thing sounds good. does it pay? like could i do that instead of target",
    )
    assert "paid workplace experience" in reply.answer
    assert "$58,500" not in reply.answer


def test_demand_in_a_country_is_what_the_guide_says_of_its_region(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "ok understood about salary. but India demand for production technician, what guide says?",
    )
    assert sections(reply) == ["Global Outlook"]
    assert "India" in reply.answer


def test_a_blessing_with_thanks_closes_the_talk(components: Components) -> None:
    reply = talk(components.bot, "Bless you, this was very helpful. I'll tell him tonight.")
    assert reply.answer == CLOSING
    assert not reply.citations


def test_night_shifts_and_shift_lengths_the_guide_never_gives_are_said_so(
    components: Components,
) -> None:
    nights = talk(
        components.bot,
        "ok but what about nights. like would i have to do night shift as the new person",
    )
    assert nights.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover night shifts"
    )
    hours = talk(components.bot, "what are the hours like?", "and the 12 hr shift part?")
    assert "doesn't cover how long a shift is; the nearest it has is what I said above" in (
        hours.answer
    )  # the shift lines just given, not pasted again


def test_the_years_until_a_level_are_its_years_not_the_visitors(components: Components) -> None:
    reply = talk(
        components.bot, "whatever. how many yrs til senior, and does my 4 yrs as operator count"
    )
    assert "Senior Production Technician typically has 5+ years" in reply.answer


def test_who_gives_it_after_a_certificate_was_asked_of_is_its_issuer(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "whats the CMT one you guys mention on the page, is it worth it",
        "you didnt answer who gives it",
    )
    assert "Manufacturing Skill Standards Council" in reply.answer
