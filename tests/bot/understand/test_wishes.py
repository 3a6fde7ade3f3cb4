"""A career search is read as people write it, and where in a message it starts: the story
before it is background."""

from __future__ import annotations

import pytest

from bot.understand.wishes import search_part, seeks_careers


@pytest.mark.parametrize(
    ("message", "part"),
    [
        ("Careers in healthcare without blood?", "Careers in healthcare without blood?"),
        (
            "paramedic 10 yrs, herniated disc. what jobs could use my medical background",
            "what jobs could use my medical background",
        ),
        ("i do nails. whats something similar w/o chemicals", "something similar w/o chemicals"),
        ("what does a paramedic make?", ""),
    ],
)
def test_the_search_starts_where_it_asks_which_careers_fit(message: str, part: str) -> None:
    assert search_part(message) == part
    assert seeks_careers(message) is bool(part)
