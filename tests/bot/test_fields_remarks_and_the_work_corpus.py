"""The forty-third panel over the O*NET guides: other jobs in a field leave out the career
set aside; a remark after the question never takes it over; "they each" and "more than X
make" weigh both careers' pay; lots of work out there and the market for new lawyers ask the
outlook; a guide with no setting section gives the duties a setting question names; years of
one's own work in play are no career asked about; a guide without pay gives no skills list for
it."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page, replies, sections, talk

SALARY = "Annual Salary (US, USD)"


def test_other_jobs_in_a_field_leave_out_the_career_set_aside(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hey so i really love animals and always wanted to be a vet but theres no way i can "
        "afford vet school. what other jobs are there working with animals?",
    )
    assert "veterinarians" not in guides_cited(reply)
    assert "animal-caretakers" in guides_cited(reply)
    assert "Related Roles" not in sections(reply)


def test_a_remark_naming_the_own_job_leaves_the_careers_in_play(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "im a line cook / sous chef, 29, burnt out on kitchens. thinking dietitian or food "
        "scientist. how much school is each one?",
        "so a whole bachelors either way. does the pay make it worth it? chefs dont make much lol",
    )
    assert ("dietitians-and-nutritionists", SALARY) in cited(reply)
    assert ("food-scientists-and-technologists", SALARY) in cited(reply)
    assert "chefs-and-head-cooks" not in guides_cited(reply)


def test_a_remark_on_a_page_leaves_its_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "technical-writers",
        "hi! i'm a newspaper reporter (5 yrs). would my journalism experience count toward "
        "becoming a technical writer?",
        "and pay? reporters make nothing, im at 48k",
    )
    assert cited(reply) == {("technical-writers", SALARY)}
    assert "You make about $48,000 a year" in reply.answer


def test_they_each_weighs_both_careers_pay(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "whats the difference between being a veterinarian and a vet tech? like how much "
        "school does each one need",
        "ok so vet is like 8 years of school basically. how much do they each make tho",
    )
    assert ("veterinarians", SALARY) in cited(reply)
    assert ("veterinary-technologists-and-technicians", SALARY) in cited(reply)


def test_more_than_others_make_weighs_the_pay(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "ok and how much do dental hygienists make? i heard its really good for a 2 yr degree",
        "wow ok. is that more than dental assistants make? my friend is doing that",
    )
    assert ("dental-assistants", SALARY) in cited(reply)
    assert "$48,070" in reply.answer


def test_work_out_there_and_the_market_ask_the_outlook(onet_components: Components) -> None:
    for said in (
        ("hey im 18 and want to be an electrician", "and what do the top ones make? is there "
         "lots of work out there"),
        ("I've been a paralegal for 12 years. What does it take to become a lawyer?",
         "is the market for new lawyers any good? I'd be 42 when I finish"),
        ("i like building stuff with my hands. what do carpenters make?",
         "nice so no college. are there actually jobs for carpenters right now or is it hard "
         "to get in"),
    ):  # fmt: skip
        reply = talk(onet_components.bot, *said)
        assert "Job Outlook" in sections(reply), said[-1]
        assert "doesn't cover" not in reply.answer


def test_getting_there_from_ones_own_work_asks_the_way_in(onet_components: Components) -> None:
    reply, again = replies(
        onet_components.bot,
        "been driving trucks 20 yrs, knees are shot. what about the transportation manager "
        "type jobs, like running a terminal. what do those pay and can you get there from "
        "driving",
        "well what does it take to become one then? education wise",
    )
    assert "How to Become One" in sections(reply)
    assert "doesn't cover" not in reply.answer
    # asked again, all the guide says is said whole, not its last sentence alone
    assert "high school diploma" in again.answer


def test_a_setting_question_gets_the_duties_it_names(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do food service managers make?",
        "the food service manager one. is that mostly office work? i still wanna be cooking some",
    )
    assert sections(reply) == ["Key Responsibilities"]
    assert "cooking" in reply.answer


def test_own_years_in_play_are_no_career_asked_about(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "medical-and-health-services-managers",
        "whats the pay like compared to nursing? im at about 95k with nights diff",
        "would my 10 years of bedside nursing count as the related experience they want?",
    )
    assert guides_cited(reply) == {"medical-and-health-services-managers"}


def test_a_guide_without_pay_gives_no_skills_for_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "thinking about becoming a real estate appraiser. what kind of license do you need",
        "what do they make? i do about 85k with commission",
    )
    assert "has no pay figures" in reply.answer
    assert "Top Skills" not in sections(reply)


def test_a_degree_asked_common_is_the_way_in(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Software engineer, 45, want to teach high school math. What license do I need?",
        "right, so roughly half. is a masters common for math teachers? would that bump pay",
    )
    assert "Tech Stack" not in sections(reply)
    assert "master's degree" in reply.answer


def test_a_career_named_after_a_remark_on_own_pay_is_weighed(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "machinist 12 yrs. whats the pay for a QC inspector in a machine shop, checking parts "
        "with calipers?",
        "huh thats less than i make now as a machinist. so cnc programmer is the better move? "
        "how's the job outlook for that",
    )
    assert ("computer-numerically-controlled-tool-programmers", "Job Outlook") in cited(reply)


def test_a_title_narrowed_by_its_field(onet_components: Components) -> None:
    for said in (
        ("How much school is landscape architect and what do they make?",
         "not architects, landscaping. is there anything on landscaping supervisors or "
         "managers? pay and what they need"),
        ("How much school is landscape architect?",
         "i mean the first-line supervisors of landscaping guide, whats the pay for that one"),
    ):  # fmt: skip
        reply = talk(onet_components.bot, *said)
        assert guides_cited(reply) == {"first-line-supervisors-of-landscaping-lawn-service-and"}


def test_the_other_career_given_a_title_is_named(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "first-line-supervisors-of-retail-sales-workers",
        "i asked if store manager is the same as first line supervisor or if theres a separate "
        "job for it",
    )
    assert "the other is General and Operations Managers" in reply.answer
