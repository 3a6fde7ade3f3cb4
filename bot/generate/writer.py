"""Plus answers written by a chat model from numbered sources, checked sentence by sentence."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from bot.answer import Citation, Event, Piece, Source
from bot.compose.citations import Renderer
from bot.generate.grounding import GroundingGuard, GroundingSource, GuardReport
from bot.generate.llm_queue import ModelBusyError, ModelQueue
from bot.generate.sentences import split_output
from bot.text import words

log = logging.getLogger(__name__)

# Short and with an example: SmolLM2-135M follows this better (more of what it writes
# survives the guard, and it writes faster) than longer instructions.
SYSTEM_PROMPT = (
    "Answer in 2 or 3 short sentences using only the sources. Copy facts from the sources. "
    "After each sentence write the source number like [1].\n\n"
    "Example answer: Technicians calibrate machines [1]. Most roles need a high school "
    "diploma [2]."
)
MAX_SOURCES = 3
SOURCE_CHARS = 700
MAX_REJECTED = 2  # generation stops once the guard has rejected this many sentences


@dataclass
class Writing:
    """What the model wrote, after the guard: kept pieces and why the rest was dropped."""

    pieces: list[Piece] = field(default_factory=list)
    report: GuardReport = field(default_factory=GuardReport)
    failed: str = ""  # why generation stopped early (busy, timeout, error), if it did
    gave_up: bool = False  # stopped because too many sentences were rejected

    @property
    def kept_chars(self) -> int:
        """How much supported text there is."""
        return sum(len(p.text) for p in self.pieces)


def numbered_sources(
    sections: Iterable[tuple[Source, str]], shown: Iterable[str] = ()
) -> list[GroundingSource]:
    """The first ``MAX_SOURCES`` distinct sections, numbered from 1, each text cut short and
    without the sentences already ``shown`` (a section with nothing else is left out), so
    what the model copies is new to the reader."""
    sources: list[GroundingSource] = []
    seen: set[tuple[str, str]] = set()
    known = {_plain(text) for text in shown}
    for source, text in sections:
        if (source.guide, source.section) in seen:
            continue
        seen.add((source.guide, source.section))
        if known:
            text = " ".join(s for s in split_output(text) if _plain(s) not in known)
        if not text.strip():
            continue
        sources.append(GroundingSource(len(sources) + 1, source, text[:SOURCE_CHARS]))
        if len(sources) == MAX_SOURCES:
            break
    return sources


def prompt(
    question: str, sources: Sequence[GroundingSource], context: str = ""
) -> list[BaseMessage]:
    """System instructions, then the numbered sources, any context and the question."""
    numbered = "\n\n".join(f"[{s.number}] {s.source.section}: {s.text}" for s in sources)
    extra = f"\n\n{context}" if context else ""
    return [
        SystemMessage(SYSTEM_PROMPT),
        HumanMessage(f"Sources:\n{numbered}{extra}\n\nQuestion: {question}"),
    ]


class AnswerWriter:
    """Streams a chat model's answer and keeps only the sentences its sources support.

    ``llm`` is a chat model called by each request's thread (hosted models), or a
    :class:`ModelQueue` that writes one answer at a time (the embedded model); a request that
    finds its line full gets no writing (``failed == "busy"``), so its caller answers from
    the guide straight away.
    """

    def __init__(
        self,
        llm: BaseChatModel | ModelQueue,
        guard: GroundingGuard,
        timeout_s: float,
        max_rejected: int = MAX_REJECTED,
    ) -> None:
        self.llm = llm
        self.guard = guard
        self.timeout_s = timeout_s
        self.max_rejected = max_rejected

    def close(self) -> None:
        """Stop the model's queue, if there is one."""
        if isinstance(self.llm, ModelQueue):
            self.llm.close()

    def raw_text(self, messages: list[BaseMessage], deadline: float) -> Generator[str, None, None]:
        """The model's text as it comes, unchecked (through the queue for the embedded model)."""
        if isinstance(self.llm, ModelQueue):
            yield from self.llm.stream(messages, deadline)
        else:
            for chunk in self.llm.stream(messages):
                yield str(chunk.content)

    def added(
        self,
        shown: Sequence[Piece],
        question: str,
        sections: Iterable[tuple[Source, str]],
        stop: Callable[[], bool] = lambda: False,
        context: str = "",
    ) -> Generator[Event, None, tuple[str, list[Citation]]]:
        """``delta`` events of what the model adds to the ``shown`` answer (rendered already,
        numbered in order of first use): each sentence the guard keeps, as soon as it is kept,
        numbered after the shown citations; none when no source has anything new. Returns
        the added text and the citations of both."""
        renderer = Renderer.after(shown)
        texts = [t for p in shown if p.kind != "heading" for t in (p.text, p.evidence) if t]
        sources = numbered_sources(sections, texts)
        added = ""
        if sources:
            messages = prompt(question, sources, context)
            for piece in self.stream(messages, sources, Writing(), stop, texts):
                text = renderer.add(piece)
                if not added:
                    text = f"\n\n{text.lstrip()}"  # a paragraph of its own
                added += text
                yield "delta", {"text": text}
        return added, renderer.citations()

    def enough(self, pieces: Sequence[Piece]) -> bool:
        """Whether the supported pieces make an answer worth giving instead of the guide's."""
        return sum(len(p.text) for p in pieces) >= self.guard.min_kept_chars

    def stream(
        self,
        messages: list[BaseMessage],
        sources: Sequence[GroundingSource],
        writing: Writing,
        stop: Callable[[], bool] = lambda: False,
        shown: Sequence[str] = (),
    ) -> Iterator[Piece]:
        """Yield supported sentences as soon as each is complete; record all in ``writing``.

        A sentence that only restates one of ``shown`` (or an earlier kept one) is rejected.
        Generation stops once ``max_rejected`` sentences were rejected (the model adds
        nothing worth waiting for), at the timeout, when ``stop()`` says so (the client
        left), or on a model error; what was kept so far stays usable.
        """
        deadline = time.monotonic() + self.timeout_s
        buffer, done = "", 0
        known = list(shown)
        checked, kept = writing.report.sentences, len(writing.pieces)
        text = self.raw_text(messages, deadline)
        try:
            for chunk in text:
                buffer += chunk
                sentences = split_output(buffer)
                for sentence in sentences[done:-1]:
                    yield from self._check(sentence, sources, writing, known)
                done = max(done, len(sentences) - 1)
                new = writing.report.sentences - checked
                if new - (len(writing.pieces) - kept) >= self.max_rejected:
                    writing.gave_up = True
                    break
                if stop():
                    writing.failed = "client disconnected"
                    return
                if time.monotonic() > deadline:
                    writing.failed = "timeout"
                    break
        except ModelBusyError as error:
            log.info("chat model busy, answering from the guide: %s", error)
            writing.failed = "busy"
        except TimeoutError:
            writing.failed = "timeout"
        except Exception as error:  # a failing model must never fail the answer
            log.warning("chat model failed: %s", error)
            writing.failed = f"model error: {type(error).__name__}"
        finally:
            text.close()  # stops a generation the visitor no longer waits for
        if not writing.gave_up:
            for sentence in split_output(buffer)[done:]:
                yield from self._check(sentence, sources, writing, known)
        report = writing.report
        log.info(
            "guard kept %d of %d sentences "
            "(%d unsupported, %d numbers, %d uncited, %d leaks, %d repeats)%s",
            report.kept,
            report.sentences,
            report.dropped_unsupported,
            report.dropped_numbers,
            report.dropped_uncited,
            report.dropped_leak,
            report.dropped_repeat,
            f"; stopped: {writing.failed}" if writing.failed else "",
        )
        if writing.gave_up:
            log.info("generation stopped after %d rejected sentences", self.max_rejected)

    def _check(
        self,
        sentence: str,
        sources: Sequence[GroundingSource],
        writing: Writing,
        known: list[str],
    ) -> Iterator[Piece]:
        piece = self.guard.check_sentence(sentence, sources, writing.report, known)
        if piece is not None:
            writing.pieces.append(piece)
            known.append(piece.text)  # the model saying it twice adds nothing either
            yield piece


def _plain(text: str) -> str:
    """Lower-case words only, to recognise a sentence however it is punctuated."""
    return " ".join(words(text))
