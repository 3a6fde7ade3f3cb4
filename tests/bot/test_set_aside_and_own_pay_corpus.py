"""The sixteenth panel over the corpus slice: a career set aside with "forget X" is not
answered again, and a yearly pay the visitor gives as "my 46,000" is set beside the guide's."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, replies, talk

WELDERS = "welders-cutters-solderers-and-brazers"
HVAC = "heating-air-conditioning-and-refrigeration-mechanics-and"


def test_a_career_forgotten_is_not_answered_again(onet_components: Components) -> None:
    said = replies(
        onet_components.bot,
        "welding or hvac which one pays more",
        "u didnt really answer lol. forget hvac. is welding dangerous",
    )
    assert guides_cited(said[0]) == {WELDERS, HVAC}
    assert WELDERS in guides_cited(said[1])
    assert HVAC not in guides_cited(said[1])


def test_my_yearly_pay_is_set_beside_the_guides(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "What does a pharmacy technician earn compared to my 46,000?")
    assert "$46,000 a year" in reply.answer
