"""Which of the careers a job word names fits a message best: the one in play, else the
best ranked, size counting more, since a bare "nurse" most likely means the largest; when two
fit as well, a question back."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from bot.routing.asked import asked_about
from bot.routing.career import Career
from bot.routing.job_words import tokens
from bot.routing.names import Mention
from bot.routing.route import Route, RouteKind
from bot.routing.weighing_words import COMPARES

JOB_WORD_PROMINENCE = 0.05  # more, among the careers one job word names
CLARIFY_MARGIN = 0.03
# Words of a student's schooling: they narrow a job word only said right before it ("school
# psychologist"), not "how many years of school is that" beside "a psychologist"
SCHOOLING_WORDS = frozenset(
    ("school", "schooling", "college", "class", "classes", "student", "university", "degree")
)


def best_named(
    mention: Mention,
    ranked: list[tuple[str, float]],
    context: list[str],
    careers: Mapping[str, Career],
) -> str:
    """The career of ``mention`` in play (``context``), else the best fitting."""
    known = [c for c in context if c in mention.slugs]
    return known[0] if known else fitting_named(mention, ranked, careers)[0][0]


def fitting_named(
    mention: Mention, ranked: list[tuple[str, float]], careers: Mapping[str, Career]
) -> list[tuple[str, float]]:
    """The careers a job word names, best first; size counts more here, since a bare
    "nurse" most likely means the largest occupation the word names."""
    scored = [
        (slug, score + JOB_WORD_PROMINENCE * careers[slug].prominence)
        for slug, score in ranked
        if slug in mention.slugs
    ]
    return sorted(scored, key=lambda pair: pair[1], reverse=True)


def job_word_route(
    mention: Mention,
    message: str,
    ranked: list[tuple[str, float]],
    context: Sequence[str],
    near: Collection[str],
    careers: Mapping[str, Career],
    named_among: Callable[[str, Sequence[str]], str | None],
) -> Route | list[tuple[str, float]]:
    """Where a loose job word or a title several careers share leads: the one career a word
    beside the title names, the conversation's career, both of two that fit as well, a
    question back among more, else ``ranked`` led by the careers it names."""
    if mention.exact and not mention.own:  # "…assistant in an elementary school": of the
        title = set(tokens(mention.words))  # careers the title names, the one a word
        said = tokens(message)  # beside it
        first = next((i for i, w in enumerate(said) if w in title), len(said))
        words_beside = " ".join(
            w
            for i, w in enumerate(said)
            if w not in title and (w not in SCHOOLING_WORDS or i == first - 1)
        )
        if narrowed := named_among(words_beside, mention.slugs):  # names
            return Route(RouteKind.ONE, (narrowed,), explicit=True)
    known = [c for c in context if c in mention.slugs]
    subject = asked_about(mention, message, rung=not set(mention.slugs) <= set(near))
    whole = mention.exact and " " in mention.words  # "personal trainer": a job named
    if known or (context and not COMPARES.search(message) and not subject and not whole):
        # "do they work with engineers much?" on a page: still about the page's career
        return Route(RouteKind.ONE, ((known or list(context))[0],))
    fitting = fitting_named(mention, ranked, careers)
    if ranked[0][1] - fitting[0][1] >= CLARIFY_MARGIN:
        return ranked  # the job word is not the subject
    if len(fitting) > 1 and fitting[0][1] - fitting[1][1] < CLARIFY_MARGIN:
        options = tuple(s for s, _ in fitting[:4])
        if context and COMPARES.search(message) and not set(options) & set(context):
            # "is that job growing? and how does it compare to a postal clerk?": the career in
            # play against the best of those the title names
            return Route(RouteKind.COMPARE, (context[0], options[0]), explicit=True)
        if len(options) == 2:  # a title two careers share: answered for both
            return Route(RouteKind.COMPARE, options)
        return Route(RouteKind.CLARIFY, options, mention.words)
    rest = [(s, f) for s, f in ranked if s not in mention.slugs]
    return fitting + ([] if mention.exact else rest)  # "UX designer": its own
