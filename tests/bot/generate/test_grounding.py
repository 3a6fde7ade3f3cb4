"""The grounding guard on scripted LLM output: what survives is what the cited guide text says."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

import pytest
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.citations import render
from bot.generate.grounding import GroundingGuard, GroundingSource, GuardReport
from bot.generate.sentences import split_output
from bot.generate.writer import MAX_REJECTED, AnswerWriter, Writing, prompt
from knowledge.model import Guide

MARKER = re.compile(r"\[(\d+)\]")
SALARY = "Annual Salary (US, USD)"
EDUCATION = "Required Education"
STRESS = "Work-Life Balance & Stress"
SYSTEM_PROMPT = (
    "You are CareerBot, a careful career adviser. Answer only from the numbered sources "
    "below and cite every sentence with the number of its source in square brackets."
)


@pytest.fixture(scope="module")
def sources(guide: Guide) -> list[GroundingSource]:
    """Sources 1–3 as the LLM sees them: salary, education, work-life balance."""
    numbered: list[GroundingSource] = []
    for number, path in enumerate((SALARY, EDUCATION, STRESS), start=1):
        section = guide.find(path)
        assert section is not None
        source = Source(guide.slug, guide.title, section.path_text, section.anchor)
        numbered.append(GroundingSource(number, source, section.text))
    return numbered


@pytest.fixture(scope="module")
def guard(embeddings: Embeddings) -> GroundingGuard:
    return GroundingGuard(embeddings, forbidden=[SYSTEM_PROMPT])


def written(
    guard: GroundingGuard,
    sources: list[GroundingSource],
    content: str,
    max_rejected: int = MAX_REJECTED,
) -> tuple[AnswerWriter, Writing]:
    """What the writer keeps when the (scripted) chat model streams ``content``."""
    model = GenericFakeChatModel(messages=iter([AIMessage(content=content)]))
    writer = AnswerWriter(model, guard, timeout_s=30, max_rejected=max_rejected)
    writing = Writing()
    list(writer.stream(prompt("What does it pay?", sources), sources, writing))
    return writer, writing


def checked(
    guard: GroundingGuard, sources: list[GroundingSource], content: str
) -> tuple[Draft, GuardReport]:
    """The kept sentences as a cited draft, asserting there were enough to answer with."""
    writer, writing = written(guard, sources, content)
    assert writer.enough(writing.pieces), writing.report
    draft = Draft(Mode.CITED, writing.pieces, topic=writing.pieces[0].source.section)
    return draft, writing.report


def test_invented_sentence_is_dropped_and_the_faithful_one_is_cited(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "The median salary for a production technician is $58,500 a year [1]. "
        "Production technicians usually work on the Moon and are paid in gold [1].",
    )
    answer, citations = render(draft)

    assert "Moon" not in answer
    assert "gold" not in answer
    assert answer == "The median salary for a production technician is $58,500 a year [1]."
    assert [(c.id, c.section) for c in citations] == [(1, SALARY)]
    assert citations[0].url == "/guides/production-technician#annual-salary-us-usd"
    assert "$58,500" in citations[0].snippet
    assert draft.mode is Mode.CITED
    assert draft.topic == SALARY
    assert (report.sentences, report.kept, report.dropped_unsupported) == (2, 1, 1)
    assert report.drop_rate == 0.5


def test_invented_figure_is_dropped_and_the_guide_figure_kept(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "The median salary is $99,000 a year [1]. The median salary is $58,500 a year [1]. "
        "Entry-level technicians earn about $46,950 [1].",
    )
    answer, _ = render(draft)

    assert "99,000" not in answer
    assert "$58,500" in answer
    assert "$46,950" in answer
    assert report.dropped_numbers == 1
    assert report.dropped == 1


def test_citations_are_renumbered_in_order_of_first_use(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, _ = checked(
        guard,
        sources,
        "Technical diploma programs in manufacturing technology often last one to two "
        "years [2]. Shift work and overtime are common but generally predictable [3]. "
        "Many schools offer co-op programs that combine classes with paid work [2].",
    )
    answer, citations = render(draft)

    assert [(c.id, c.section) for c in citations] == [(1, EDUCATION), (2, STRESS)]
    assert MARKER.findall(answer) == ["1", "2", "1"]
    assert "predictable [2]." in answer


def test_several_markers_pick_the_source_that_supports_the_sentence(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, _ = checked(
        guard,
        sources,
        "The role carries a moderate stress level because production must not stop [1, 3]. "
        "Shift work and overtime are common but usually predictable [2][3].",
    )
    _, citations = render(draft)

    assert [c.section for c in citations] == [STRESS]


def test_sentence_citing_the_wrong_source_is_dropped(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "The median salary is $58,500 a year [3]. "
        "The role carries a moderate stress level due to responsibility for production [3].",
    )
    answer, citations = render(draft)

    assert "58,500" not in answer
    assert report.dropped_unsupported == 1
    assert [c.section for c in citations] == [STRESS]


def test_sentence_repeating_the_system_prompt_is_dropped(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "As told, I answer only from the numbered sources below and cite every sentence [1]. "
        "Shift work and overtime requirements are common but generally predictable [3].",
    )
    answer, _ = render(draft)

    assert "numbered sources" not in answer
    assert report.dropped_leak == 1
    assert report.kept == 1


def test_sentence_without_a_marker_needs_close_support(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "Shift work and overtime requirements are common but generally predictable. "
        "Technicians must hold a commercial pilot licence.",
    )
    answer, citations = render(draft)

    assert "pilot" not in answer
    assert report.dropped_uncited == 1
    assert [c.section for c in citations] == [STRESS]


def test_nothing_supported_keeps_nothing_and_stops_the_model_after_two_rejections(
    guard: GroundingGuard, sources: list[GroundingSource], caplog: pytest.LogCaptureFixture
) -> None:
    text = (
        "Production technicians usually work on the Moon and are paid in gold [1]. "
        "Most technicians need a PhD in astrophysics [2]. "
        "The median salary is $58,500 a year [3]."
    )
    with caplog.at_level(logging.INFO, logger="bot.generate.writer"):
        writer, writing = written(guard, sources, text)

    report = writing.report
    assert not writer.enough(writing.pieces)
    assert writing.gave_up  # the third sentence is never waited for
    assert (report.sentences, report.kept, report.dropped) == (2, 0, 2)
    assert report.drop_rate == 1.0
    levels = [r.levelno for r in caplog.records if r.name == "bot.generate.writer"]
    assert levels == [logging.INFO, logging.INFO]  # the report, and why generation stopped


def test_too_little_kept_text_returns_none(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    writer, writing = written(guard, sources, "Stress is moderate [3].")

    assert not writer.enough(writing.pieces)
    assert writing.report.kept == 1


def test_bullets_are_sentences_without_the_bullet(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    draft, report = checked(
        guard,
        sources,
        "Ways to train:\n"
        "- Technical diploma programs in manufacturing technology [2]\n"
        "* Vocational training through community colleges or technical institutes [2]\n"
        "1. Professional certifications such as the Certified Manufacturing Technician [2]",
    )

    assert [p.text for p in draft.pieces] == [
        "Technical diploma programs in manufacturing technology.",
        "Vocational training through community colleges or technical institutes.",
        "Professional certifications such as the Certified Manufacturing Technician.",
    ]
    assert (report.sentences, report.dropped_uncited) == (4, 1)  # the intro says nothing


def sentences_as_they_complete(chunks: Iterable[str]) -> Iterator[str]:
    """Each sentence of streamed text as soon as the next one starts or its line ends."""
    line = ""
    emitted = 0
    for chunk in chunks:
        for part in re.split(r"(\n)", chunk):
            if part == "\n":
                yield from split_output(line)[emitted:]
                line, emitted = "", 0
                continue
            line += part
            sentences = split_output(line)
            yield from sentences[emitted:-1]
            emitted = max(emitted, len(sentences) - 1)
    yield from split_output(line)[emitted:]


def test_sentence_by_sentence_while_streaming_matches_the_whole_text(
    guard: GroundingGuard, sources: list[GroundingSource]
) -> None:
    content = (
        "The median salary is $58,500 a year [1]. The median salary is $99,000 a year [1]. "
        "Production technicians usually work on the Moon and are paid in gold [1].\n"
        "- Shift work and overtime are common but generally predictable [3]\n"
        "Technical diploma programs often last one to two years [2]."
    )
    model = GenericFakeChatModel(messages=iter([AIMessage(content=content)]))
    chunks = (str(chunk.content) for chunk in model.stream("Answer from the numbered sources."))
    report = GuardReport()
    streamed: list[Piece] = []
    for sentence in sentences_as_they_complete(chunks):
        piece = guard.check_sentence(sentence, sources, report)
        if piece is not None:
            streamed.append(piece)

    whole = GuardReport()
    pieces = [guard.check_sentence(sentence, sources, whole) for sentence in split_output(content)]
    _, writing = written(guard, sources, content, max_rejected=10)  # reads it all
    assert streamed == [p for p in pieces if p is not None] == writing.pieces
    assert report == whole == writing.report
    assert (report.sentences, report.kept) == (5, 3)
