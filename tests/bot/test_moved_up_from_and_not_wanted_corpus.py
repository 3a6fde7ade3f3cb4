"""The forty-eighth panel's wrong careers on the O*NET corpus: the job a path leads *from* is
the visitor's own ("which is better path from teller?" weighs the two options, not tellers); a
word that only qualified the own job's title is a job of its own ("been a teacher's aide… like
to become a teacher myself"); a career the schooling not wanted leads to is not wanted either
("6 more years of grad school to be a psychologist"); the people doing work not wanted are no
career offered ("i really dont like coding": no programmers); and a pay cut the visitor would
take asks no pay against their own job."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, talk

TELLERS = "tellers"
PSYCHOLOGISTS = "clinical-and-counseling-psychologists"
PROGRAMMERS = "computer-programmers"
LAWYERS = "lawyers"


def test_a_path_from_the_own_job_weighs_the_options_told(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Hello. I am a bank teller for 3 years and want to advance. I am thinking financial "
        "advisor or loan officer. Which is better path from teller?",
    )
    cited = guides_cited(reply)
    assert "loan-officers" in cited
    assert TELLERS not in cited


def test_a_word_that_qualified_the_own_title_names_a_job_of_its_own(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hi, I've been a teacher's aide (paraprofessional) at an elementary school for about "
        "four years. I'd really like to become a teacher myself. What kind of certification do "
        "I need, and how much more would I make than I do now?",
    )
    assert "elementary-school-teachers-except-special-education" in guides_cited(reply)


def test_careers_not_wanted_are_not_offered(onet_components: Components) -> None:
    psychology = talk(
        onet_components.bot,
        "so i really like my psych classes but i do NOT want to do like 6 more years of grad "
        "school to be a psychologist. are there jobs in psychology with just a bachelors?",
    )
    assert PSYCHOLOGISTS not in guides_cited(psychology)
    assert psychology.citations
    coding = talk(
        onet_components.bot,
        "im pretty introverted and i like computers a lot but i really dont like coding, tried "
        "it and hated it. are there jobs for that",
    )
    assert PROGRAMMERS not in guides_cited(coding)
    assert coding.citations


def test_a_pay_cut_one_would_take_weighs_no_pay_against_the_own_job(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "burned out lawyer here (31). 6 yrs in biglaw and I can't do it anymore. i've always "
        "thought about becoming a librarian. honestly i'd take a big pay cut. how would i even "
        "get into it with a JD",
    )
    cited = guides_cited(reply)
    assert "librarians-and-media-collections-specialists" in cited
    assert LAWYERS not in cited
