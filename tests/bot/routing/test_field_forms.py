"""A field read as its practitioners, by English word formation: "architecture" is the
architects', "carpentry" the carpenters'; work any job does ("helping", "working") is no one's
field, and a word only sharing a gerund's stem ("directly") is no field at all."""

from __future__ import annotations

import pytest

from bot.routing.fields import Fields, field_forms
from bot.text import english_stemmer


@pytest.mark.parametrize(
    ("person", "field"),
    [
        ("architect", "architecture"),
        ("carpenter", "carpentry"),
        ("photographer", "photography"),
        ("psychiatrist", "psychiatry"),
        ("welder", "welding"),
    ],
)
def test_a_practitioner_names_their_field(person: str, field: str) -> None:
    nouns, gerunds = field_forms(person)
    assert field in nouns + gerunds


@pytest.mark.parametrize("person", ["helper", "worker", "leader"])
def test_work_any_job_does_is_no_field(person: str) -> None:
    assert field_forms(person)[1] == []


def test_only_a_gerund_is_read_as_a_field() -> None:
    stemmer = english_stemmer()
    people = ["director", "editor", "helper"]
    known = {stemmer.stemWord(p) for p in people}
    fields = Fields(people, stemmer, known, {"directing", "editing", "helping"})
    editor = stemmer.stemWord("editor")
    assert fields.read(["editing"], "editing", (), gerunds=True) == [editor]
    directly = fields.read(["helping", "people", "directly"], "", (), gerunds=True)
    assert stemmer.stemWord("director") not in directly
    assert stemmer.stemWord("helper") not in directly
