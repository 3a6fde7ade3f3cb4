"""Which figure a message asks for: pay, the outlook, or neither, read as people write."""

from __future__ import annotations

import pytest

from bot.understand.intents import Intent, detect_intent
from bot.understand.levels import Level, detect_level
from bot.understand.need_words import detect_need
from bot.understand.needs import Need


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Growth?", Intent.GROWTH),  # after a comparison of pay
        ("also which one is easier to find a job in", Intent.GROWTH),
        ("is there a lot of hiring for cops right now", Intent.GROWTH),
        ("how much", Intent.SALARY),  # one part of "bank teller, how much and what do i need"
        ("how much is it", None),
        ("how many openings a year", Intent.GROWTH),  # "a year" is no salary here
        ("hmm is that more stable", Intent.GROWTH),
        ("which one of us will make more", Intent.SALARY),
        ("what do they make a year", Intent.SALARY),
        ("which certification is fastest to get? money is tight", None),  # the visitor's means
        ("does it make more sense to study first", None),
        ("room for growth?", None),  # moving up, not the job market
        # machines taking the work: whether the jobs will last
        ("Is this job at risk from automation/robots?", Intent.GROWTH),
        ("will AI replace production technicians?", Intent.GROWTH),
        ("I don't want to train for something that disappears in 10 years", Intent.GROWTH),
        ("what automation software do they use?", None),
        # a shortage, or finding work after training: the job market
        ("Is there a pilot shortage, will she actually find a job when she's done?", Intent.GROWTH),
        ("will i find a job after the program?", Intent.GROWTH),
        ("can i get a job with a felony?", None),  # the visitor's record, not the market
        ("Web developer skills. Not salary.", None),  # a figure ruled out is not asked for
        ("other than pay, what's good about it?", None),
        ("how much u make doin this", Intent.SALARY),
        ("what does a teacher's aide make", Intent.SALARY),
        ("are schools hiring a lot?", Intent.GROWTH),
        ("what certs should i knock out first, i got GI bill money to use", None),
        ("is there demand in india?", None),  # the guide's word on its world region
        ("is there demand in the US?", Intent.GROWTH),
        ("do any of them cost money", None),  # a price, not pay
        # the twenty-fifth panel: "paid" describing the workers asks no pay; the most one
        # can make does
        ("what do paid firefighters actually do on a shift", None),
        ("whats the top end a barber can make? like the real ceiling", Intent.SALARY),
        # the twenty-sixth panel: the visitor paying, or their own means, asks no pay
        ("does osha need renewing or is it one and done? dont wanna pay twice", None),
        ("which one FIRST tho, i only got money for one right now", None),
        ("would i have to pay again if it expires", None),
        ("will it pay enough to cover rent", Intent.SALARY),
        # the thirty-third panel: a two-word title's pay asked by what it makes
        ("just tell me what a cost estimator makes and how u get into it", Intent.SALARY),
        # the thirty-fifth panel: what one makes once trained, whether jobs exist, security
        ("whats a refrigeration tech make once im fully trained", Intent.SALARY),
        ("are there actually jobs for that tho?", Intent.GROWTH),
        ("how secure are these jobs? if that plant closes im screwed", Intent.GROWTH),
        ("how secure is the data they keep", None),
        # the forty-ninth panel: places hiring, jobs hard to find, every level by name
        ("are dental offices actually hiring? i dont want to do 2 years of school", Intent.GROWTH),
        ("is it hard to find manager jobs, like are restaurants hiring a lot", Intent.GROWTH),
        ("are plants hiring right now?", Intent.GROWTH),
        ("is the company hiring me", None),
        ("Can you explain the levels in this career - junior, mid, senior?", Intent.TIERS),
        ("What actually changes in the work at each step?", Intent.TIERS),
        # the fiftieth panel: pay wished of the jobs moved into; what each level must know
        ("what jobs can a production tech move into that pay more?", None),
        ("what jobs pay more than this one?", Intent.SALARY),
        ("do they expect you to know PLC stuff on day one or do you learn it", Intent.TIERS),
        ("when do they expect you to actually program them", Intent.TIERS),
        ("so for me at 3 years am I looking at like 4 more years?", Intent.TIERS),
        ("is that 4 more years of school?", None),
        # the fifty-second panel: jobs plentiful enough to find one; admission is no market
        ("are there a lot of nursing jobs so i wont have trouble finding one after", Intent.GROWTH),
        ("will i have trouble finding a job?", Intent.GROWTH),
        ("like is it competitive to get in??", None),
        ("is it super competitive?", Intent.GROWTH),
    ],
)
def test_the_figure_asked_for(message: str, intent: Intent | None) -> None:
    assert detect_intent(message) is intent


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("India demand for production technician, what guide says?", Need.REGIONS),
        ("can i work in germany with this?", Need.REGIONS),
        ("i'm in ohio not asia lol. would plc stuff make me harder to lay off?", None),
        ("what about heat, some plants are like 95 degrees in summer", None),  # no schooling
        ("But I already have pharmacy degree from Nigeria. is it explained?", None),
        ("what do u need for that and pay", Need.GET_IN),
        ("boilermaker vs fabricator, pay + how u get in", Need.GET_IN),
        ("which is faster for someone with my background", Need.GET_IN),
        ("where do i learn it", Need.GET_IN),
        ("Is quality assurance a path from this job?", Need.ADVANCE),
        ("what other trades r similar to welding", Need.RELATED),
        ("also worried about the 12 hr shifts", Need.SCHEDULE),
        # the fifteenth panel's ways of asking
        ("no i said DISPATCHER. pay and how to get hired", Need.GET_IN),
        ("whether a BSN is enough", Need.GET_IN),
        ("how much school for that one", Need.GET_IN),
        ("is being a vet hard??", Need.HARD),
        ("is computer science hard", Need.HARD),
        ("but the bad parts?", Need.HARD),
        ("knees r shot. hows the standing", Need.SETTING),
        ("can i keep 2nd shift as a tech", Need.SCHEDULE),
        ("What nursing-adjacent jobs keep me off the floor?", Need.RELATED),
        ("can u move up to something better later like network stuff", Need.ADVANCE),
        ("whats the difference between what i do and what a production tech does", Need.DUTIES),
        ("like do they fix the machines or just run them like me", Need.DUTIES),
        ("do u actually get to program the robots", Need.DUTIES),
        ("would an introvert do ok tho, how much people stuff is it", Need.FIT),
        ("so what do employers actually look for, like what gets you hired", Need.GET_IN),
        ("a trades program senior year. what should he take now to get ready", Need.LEARN),
        # the twenty-sixth panel: the people the work is with are its setting
        ("is this a job where i dont have to deal with the public?", Need.SETTING),
        ("who do you actually talk to all day", Need.SETTING),
        ("who are the coworkers in this job", Need.SETTING),
        ("and does it actually go somewhere", Need.ADVANCE),
        # the thirty-third panel: a word of a career's title asks nothing of it
        ("what does a cost estimator make", None),
        ("what do drywall and ceiling tile installers make", None),
        ("is there a ceiling on the pay", Need.ADVANCE),
        # the thirty-fifth panel: the work of a day, and the way to more pay
        ("whats the actual difference in what they do day to day", Need.DUTIES),
        ("so whats the best way to get paid more", Need.ADVANCE),
        # the forty-ninth panel: a move into another role; being home at night; hard or not
        ("can a production tech move into an engineering technician job?", Need.ADVANCE),
        ("can production techs become engineering technicians?", Need.ADVANCE),
        ("could I get back into engineering from here?", Need.ADVANCE),
        ("how do i become a production tech", Need.GET_IN),
        ("would I be home at night?", Need.SCHEDULE),
        ("is it hard to become a manager", Need.HARD),
        ("what kind of training do i need for that", Need.GET_IN),
        # the fiftieth panel: the jobs a move leads to
        ("what jobs can a production tech move into that pay more?", Need.ADVANCE),
        ("is there any way to get past 100k, like moving into something else", Need.ADVANCE),
        # the fifty-second panel: beginners' mistakes; stuck on a shift is the shift; whether
        # the days vary and how much is at a screen are the day
        ("what are the most common mistakes new techs make?", Need.MISTAKES),
        ("like what do beginners mess up, does the guide have a list", Need.MISTAKES),
        ("is it a mistake to quit my job?", None),
        ("would I be stuck on nights as the new person?", Need.SCHEDULE),
        ("do techs get stuck staying late?", Need.SCHEDULE),
        ("I dont want to be stuck", Need.ADVANCE),
        ("is the actual work varied or repetitive", Need.DAY),
        ("does the day change or is it the same routine", Need.DAY),
        ("is there a lot of computer work though? like sitting at a screen", Need.DAY),
        ("what should i be learning now besides python, like what do devs use at work", Need.TOOLS),
        ("what should i be learning now?", Need.LEARN),
    ],
)
def test_the_kind_of_section_asked_for(message: str, need: Need | None) -> None:
    assert detect_need(message) is need


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("and after like 5 yrs?", Level.SENIOR),
        ("I've worked 3 years there, what's the pay after 5 years?", Level.SENIOR),
        (
            "I'm 34, got laid off from a retail management job after 9 years. Looking at "
            "something more stable. What does a production tech actually make?",
            None,
        ),
        (
            "Hi, I'm a senior pre-med student. And what does the pay look like starting out?",
            Level.ENTRY,
        ),
        ("my lead says i should apply for the prod tech spot. whats the difference?", None),
        ("no not the lead, i mean a regular production tech", None),
        ("what does a lead make", Level.SENIOR),
        # the level the last answer was at, turned from
        (
            "those are senior level skills tho, im a total beginner. what would an entry level "
            "person put",
            Level.ENTRY,
        ),
        ("those are for senior techs right? what do juniors do", Level.ENTRY),
        ("is that senior pay?", Level.SENIOR),
    ],
)
def test_the_level_asked_not_the_years_of_the_story(message: str, level: Level | None) -> None:
    assert detect_level(message) is level
