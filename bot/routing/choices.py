"""The options a message weighs, as the words that name each ("respiratory therapy or x-ray
tech", "between bookkeeping and becoming an accountant", "police officer vs border patrol
agent"): people name the fields they choose between as often as the jobs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.routing.asked import ruled_out
from bot.routing.fields import Fields
from bot.routing.job_words import SHARED_HEADS, tokens
from bot.routing.meant import Meant, whole_titles
from bot.routing.named_work import NamedWork
from bot.routing.names import CareerNames, Mention
from bot.routing.options import (
    EXAMPLE,
    FIELD_BEFORE,
    FIELD_CUE,
    FIELD_SCHOOL,
    LAST_TURN,
    NATURE,
    SECOND_MEANT,
    SENTENCE_BREAK,
    TURNS_TO,
    WANTS_EITHER,
    WEIGHS,
    _after,
    _past,
    as_written,
    choice_sides,
)
from bot.routing.weighing_words import BETTER_BET, COMPARES
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A question going on after a join ("…master's. and do programs want…?"), no name turned to
ASKS_ON = re.compile(
    r"^\W*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have)\s", re.IGNORECASE
)
# One of the careers in play pointed at ("the car engineer one", "the manager one")
ONE_IN_PLAY = re.compile(r"\bones?\W*$", re.IGNORECASE)
# Where a title's parts meet ("First-Line Supervisors of Landscaping, Lawn Service, and…")
TITLE_PARTS = re.compile(r",|\b(?:of|and|for|in)\b", re.IGNORECASE)


# Words around a topic weighed ("do u need any license or training"): no job's name
FILLER = frozenset(
    (
        *("u", "you", "i", "we", "need", "needs", "get", "any", "some", "a", "an", "the"),
        *("just", "only", "extra", "more", "my", "your", "do", "have", "to", "also"),
    )
)
CREDENTIAL = re.compile(r"(?:licen[cs]|certif)\w*$")  # a credential, not who holds it
# A place of work weighed ("like industry or hospital", "an office or a lab"): no job's name
WORKPLACE = frozenset(
    (
        *("industry", "industries", "hospital", "hospitals", "clinic", "clinics", "office"),
        *("offices", "factory", "factories", "plant", "plants", "lab", "labs", "laboratory"),
        *("home", "retail", "government", "corporate", "pharma", "outdoors", "something"),
    )
)


class Choices:
    """Reads the careers a message weighs ("respiratory therapy or x-ray tech?") or a
    follow-up turns to ("what about technical writing instead?") by the names people use."""

    def __init__(self, names: CareerNames, fields: Fields, named: NamedWork) -> None:
        """``named`` reads the career a name of work names ("respiratory therapy")."""
        self._names = names
        self._fields = fields
        self._named = named
        self._by_name = {tuple(tokens(c.name)): s for s, c in names.careers.items()}
        self._meant = Meant(names, named)

    def compared(self, message: str, unwanted: set[str], context: Sequence[str]) -> list[str]:
        """The careers the options of ``message`` name, when two or more name one each; an
        option the words of a ``context`` career's name make is that career ("supervisor or
        pest control?" after landscaping supervisors)."""
        sides = [
            s
            for s in self._weighed(message)
            if not set(s.split()) <= unwanted
            and (
                not _topic(s)
                or any(m.exact for m in self._names.mentions(s))
                or (FIELD_SCHOOL.match(s) and self._named.career(s))
            )
        ]  # "school counselor" is a job, "law school" its field's, though "school" is a
        # topic; not "coordinator 77k"
        if len(sides) < 2 or (context and NATURE.search(message)):
            return []
        careers = [  # "PR" as written, the initials it is
            self._in_context(side, context) or self._side_career(as_written(side, message))
            for side in sides
        ]
        bare = [len(tokens(s)) == 1 and tokens(s)[0] in SHARED_HEADS for s in sides]
        careers = [  # "tech vs technologist" after the lab technologists: their technicians
            (self._sibling(side, [c for c in careers if c != career]) or career)
            if alone
            else career
            for side, career, alone in zip(sides, careers, bare, strict=True)
        ]
        found = list(dict.fromkeys(c for c in careers if c))
        if len(found) < 2:
            return []
        against = self.weighed_field(message, found)  # "drywall or insulation, do those pay
        return [*found, against] if against else found  # about the same as roofing"

    def _sibling(self, head: str, others: list[str]) -> str:
        """The career named as one of ``others`` is, with the job noun ``head`` for its own
        ("Medical and Clinical Laboratory Technicians" beside the technologists), if any."""
        said = _techs_spelt(tokens(head))
        for career in (c for c in others if c):
            words = tokens(self._names.careers[career].name)
            if (sibling := self._by_name.get((*words[:-1], *said))) and sibling != career:
                return sibling
        return ""

    def _side_career(self, side: str) -> str:
        """The career an option (as written) names, or the first of two names of work it
        joins with a slash ("purchasing/buying")."""
        words = side.split("/")
        if (found := self._named.career(side)) or len(words) != 2:
            return found
        if all(self._named.names_work(word) for word in words):
            return self._named.career(words[0])
        return ""

    def _weighed(self, message: str) -> list[str]:
        """The options the asking sentences weigh, or those the story names when the asking
        sentences weigh them and name no job ("torn between X and Y. Which one…?")."""
        asking = asking_text(message)
        sides = choice_sides(asking)
        told = WANTS_EITHER.search(message)  # "…want to get into logistics or supply chain"
        if len(sides) < 2 and (WEIGHS.search(asking) or told) and not self._names.mentions(asking):
            sides = choice_sides(message)
        return sides

    def meant(self, message: str) -> list[str]:
        """The careers a clause of ``message`` says are meant (:class:`Meant`)."""
        return self._meant.careers(message)

    def weighed_field(self, message: str, context: Sequence[str]) -> str:
        """The career a field the message weighs against the conversation's names ("would web
        development pay a lot less than software dev?"), not one of ``context``; else ``""``."""
        after = (  # not one in play pointed at ("compare to the car engineer one")
            as_written(_after(f["name"]), message)
            for f in FIELD_CUE.finditer(message)
            if not ONE_IN_PLAY.search(f["name"])
        )
        before = (  # "plumbing is better money than…": its last two words, then its last
            " ".join(found["name"].split()[-n:])  # ("occupational therapy", not "therapy");
            for found in FIELD_BEFORE.finditer(message)  # "PR" as written: "public relations"
            for n in (2, 1)
        )
        # "compare to a high school history teacher": the teachers, not history
        titled = [set(tokens(m.words)) for m in self._whole_titles(message)]
        for name in (*after, *before):
            topic = " " not in name and (detect_need(name) or detect_intent(name))  # "the pay"
            place = set(name.lower().split()) <= WORKPLACE  # "pharmacists outside retail"
            if not name or topic or place or self._in_context(name, context):
                continue  # "training dogs" is a field, though "training" alone is a topic
            if any(set(tokens(name)) <= title for title in titled):
                continue
            if (
                self._named.names_work(name)
                and (career := self._named.career(name))
                and career not in context
            ):
                return career
        return ""

    def named_whole(self, message: str, named: list[str], context: Sequence[str]) -> list[str]:
        """The careers titles name whole, with the field one is weighed against ("hvac, is
        that better money than welding?") or the conversation's career it is set beside ("how
        does this compare to nursing?" on a page)."""
        weighs_one = len(named) == 1 and bool(
            COMPARES.search(message) or BETTER_BET.search(message)
        )
        against = self.weighed_field(message, named) if weighs_one else ""
        if against:
            return list(dict.fromkeys([*named, against]))
        if weighs_one and context and named[0] not in context:
            return [context[0], *named]
        return list(dict.fromkeys(named))

    def named_against(self, message: str, meant: str, mentions: list[Mention]) -> str:
        """The career a title names whole beside the one meant, to weigh it against ("…more
        like project management, and what does that pay compared to event planning"), never
        one ruled out ("not animal trainer, I meant…"), or ``""``."""
        out = ruled_out(message)
        named = (
            m.slugs[0]
            for m in mentions
            if m.exact and len(m.slugs) == 1 and not m.own and not out & set(m.words.split())
        )
        return next((slug for slug in named if slug != meant), "")

    def _whole_titles(self, text: str) -> list[Mention]:
        """The titles of two words or more ``text`` names whole, each of one career."""
        return whole_titles(self._names, text)

    def turned_to(self, message: str, context: Sequence[str]) -> str:
        """The career a follow-up turns to by a field's or job's name: not a topic ("what
        about night shifts?", "benefits?"), nor one a job word names exactly (routed as
        named); one of several in ``context`` chosen ("landscaping is more like it"), but not
        the only one in play."""
        last = LAST_TURN.search(message)  # "i meant X, not Y. what about Z?": Z
        turn = (last or TURNS_TO.search(message.strip())) if context else None
        rest = next(g for g in turn.groups() if g) if turn else ""
        if ASKS_ON.match(rest):  # "and do programs want patient care hours?": a question
            return ""
        clause = SENTENCE_BREAK.split(rest.lstrip())[0]  # "forest and conservation workers, …"
        in_clause = self._names.mentions(clause)
        if any(m.exact and len(m.slugs) == 1 for m in in_clause):
            return ""  # a title written whole is routed as named, "and" and all
        name = _after(rest) if turn else ""
        if not name or detect_need(name) or detect_intent(name) or not self._named.names_work(name):
            return ""
        if EXAMPLE.match(_past(rest, name)):
            return ""  # "I meant the tech, like a radiology tech": the example is meant
        if any(m.exact and len(m.slugs) == 1 for m in self._names.mentions(name)):
            return ""
        if inside := self._in_context(name, context):
            return inside if len(context) > 1 else ""
        found = self._named.career(name)
        if not found and (other := SECOND_MEANT.match(_past(rest, name))):
            found = self._named.career(_after(other["name"]))  # "medical billing or medical
            # transcription": the one with a guide
        after = rest.lstrip()[len(clause) :]  # a title written whole after the field's clause
        if any(m.exact and " " in m.words for m in self._names.mentions(after)):
            return ""  # is asked ("what about the engineering side? what do hvac engineers make")
        titled = [m.slugs for m in in_clause if m.exact and " " in m.words]
        if any(found not in slugs for slugs in titled):  # one in it names the career, unless
            return ""  # another's ("what about a vet assistant, how much school": theirs)
        if len(context) > 1:  # one of several in play chosen ("music therapy sounds cool tho")
            return found
        return found if found not in context else ""

    def _in_context(self, name: str, context: Sequence[str]) -> str:
        """The career of ``context`` whose name has every word of ``name``, if any, as written
        or with "tech" read as the technician it is short for ("techs": Pharmacy Technicians),
        or as the work its name does ("managing": Food Service Managers)."""
        careers = self._names.careers
        spelt = _techs_spelt(tokens(name))
        for words in (tokens(name), spelt):
            stems = set(self._stems(words))
            within = (
                c
                for c in context
                if stems and stems <= set(self._stems(_named_by(careers[c].name, stems)))
            )
            if found := next(within, ""):
                return found
        done = set(self._fields.stems(tokens(name)))  # the gerund too, last
        within = (
            c for c in context if done <= set(self._fields.stems(_named_by(careers[c].name, done)))
        )
        return next(within, "") if done else ""

    def _stems(self, words: Sequence[str]) -> list[str]:
        """``words`` stemmed, a gerund kept whole: "parks" are no "parking" attendants."""
        return [w if w.endswith("ing") else self._fields.stems([w])[0] for w in words]


def _named_by(title: str, said: set[str]) -> list[str]:
    """The words of ``title`` an option of ``said`` words may name it by: one word names it
    only as the last of a part ("supervisor", "techs", "landscaping"), not as a word of its
    field before its person ("health" is no Health Informatics Specialist)."""
    if len(said) > 1:
        return tokens(title)
    return [words[-1] for part in TITLE_PARTS.split(title) if (words := tokens(part))]


def _techs_spelt(words: list[str]) -> list[str]:
    """``words`` with "tech" read as the technician it is short for."""
    return ["technician" if w == "tech" else w for w in words]


def _topic(side: str) -> bool:
    """An option that weighs what a job asks, not a job ("license or training for either",
    "a degree or just the licenses")."""
    words = side.split()
    credential = bool(CREDENTIAL.match(words[0]))  # "a certification or licensing thing"
    place = set(words) <= WORKPLACE | FILLER | {"or", "and", "like"}  # "industry or something"
    return credential or place or _asks(side) or (_asks(words[-1]) and set(words[:-1]) <= FILLER)


def _asks(text: str) -> bool:
    return detect_need(text) is not None or detect_intent(text) is not None
