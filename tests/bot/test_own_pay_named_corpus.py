"""The sixteenth panel over the corpus slice: a yearly pay the visitor gives as "my 46,000" is
set beside the guide's."""

from __future__ import annotations

from api.components import Components
from tests.talk import talk


def test_my_yearly_pay_is_set_beside_the_guides(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "What does a pharmacy technician earn compared to my 46,000?")
    assert "$46,000 a year" in reply.answer
