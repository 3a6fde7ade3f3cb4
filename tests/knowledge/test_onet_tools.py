"""A guide's Tech Stack leads with the tools employers' job postings ask for most (O*NET's
"In Demand"), so a 25-line list cut short keeps Python, R and SQL for data scientists rather
than the first hot technologies of the alphabet."""

from __future__ import annotations

import pytest

from knowledge.onet_data import MAX_TOOLS, Occupation, read_tools
from tests.onet_corpus import shared_data_present
from tests.paths import SHARED_DATA

DATA_SCIENTISTS = "15-2051.00"


@pytest.mark.skipif(not shared_data_present(), reason="../shared/data not found")
def test_the_tools_job_postings_ask_for_come_first() -> None:
    scientists = Occupation(DATA_SCIENTISTS, "Data Scientists", "")
    read_tools(SHARED_DATA / "onet/technology_skills.csv", {DATA_SCIENTISTS: scientists})
    shown = [*scientists.in_demand_tools, *scientists.hot_tools, *scientists.other_tools]
    shown = [line.split(" (")[0] for line in shown[:MAX_TOOLS]]
    for language in ("Python", "R", "Structured query language SQL"):
        assert language in shown
    assert len(scientists.hot_tools) + len(scientists.in_demand_tools) > MAX_TOOLS  # a cut list
