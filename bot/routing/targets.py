"""What each career a message names is, read in the conversation: the context's own career a
bare job word names, the visitor's own job's, a title written short, a related career's; and
on a page or in a conversation, a bare job word of someone the career works with is no career
asked about unless the message asks of it."""

from __future__ import annotations

import re

from bot.routing.asked import asked_about
from bot.routing.names import Mention
from bot.routing.narrowing import Narrowing
from bot.routing.weighing_words import COMPARES

TURNING = re.compile(r"\b(?:what|how) about\b", re.IGNORECASE)  # "what about a farmer?"


def read_in_context(
    narrow: Narrowing,
    message: str,
    asked: list[Mention],
    mentions: list[Mention],
    context: list[str],
) -> list[Mention]:
    """The careers ``message`` asks about (``asked``, else the ``mentions`` not the visitor's
    own job), each read in the ``context`` of the page and the conversation."""
    exactly = {s for m in mentions if m.exact and len(m.slugs) == 1 for s in m.slugs}
    beside = exactly if COMPARES.search(message) else set()  # "head chef… compared to a
    targets = [  # line cook": no head cook of the chefs' page
        narrow.of_context(
            m,
            [c for c in context if c not in beside - set(m.slugs)],
            alternates=not (m.exact and TURNING.search(message)),  # "what about a farmer?"
        )  # a title of its own, not the farmworkers' "Vegetable Farmer"
        or narrow.of_own(m, [o for o in mentions if o.own])  # "a realtor… agents"
        or narrow.spelt_out(m, context)  # "med lab technologist" on the page
        or narrow.own_name(m)
        or narrow.in_context(m, context)
        or narrow.related_of(m, context)
        or narrow.kin_in_context(m, context)  # "crew supervisor" after construction
        or m
        for m in asked or [m for m in mentions if not m.own] or mentions  # not the job left
    ]
    near = {s for c in context for s in narrow.related.get(c, ())}
    if context:  # on a page or in a conversation, a bare job word ("do they work with
        # engineers?") is someone the career works with, unless it is what is asked about
        # ("what does a dispatcher make?" after truck drivers)
        targets = [  # "could i move up to supervisor?" on the guards' page: theirs
            m
            for m in targets
            if m.exact
            or set(m.slugs) & set(context)
            or asked_about(m, message, rung=not set(m.slugs) <= near)
        ]
    return targets
