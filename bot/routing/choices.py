"""The options a message weighs, as the words that name each ("respiratory therapy or x-ray
tech", "between bookkeeping and becoming an accountant", "police officer vs border patrol
agent"): people name the fields they choose between as often as the jobs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from bot.routing.fields import Fields
from bot.routing.job_words import tokens
from bot.routing.names import CareerNames
from bot.text import STOPWORDS, english_stemmer, whole_words
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need

SIDE_WORDS = 4  # an option is named in a few words
# Asking about options told before ("…for each", "which one", "either", "compare")
WEIGHS = whole_words(
    r"each", r"either", r"both", r"which", r"compar\w*", r"better", r"difference", r"the two",
    r"they", r"them", r"those", r"these",
)  # fmt: skip
# What joins two options; "and" only after "between" ("I like cooking and baking" weighs none)
JOINS = re.compile(r"\b(?:or|vs\.?|versus|compared (?:to|with))\s+", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+((?:[\w'-]+\s+){0,5}?[\w'-]+)\s+and\s+", re.IGNORECASE)
# Words before an option that are not part of its name
LEAD_IN = re.compile(
    r"^(?:(?:an?|the|maybe|perhaps|even|just|being|becoming|become|be|doing|do|going into|"
    r"getting into|a career in|career in|working as|work as|work in|working in|something like|"
    r"something in|like)\s+)+",
    re.IGNORECASE,
)
# Words that end an option's name: questions, verbs and fillers around it
NOT_NAME = frozenset(
    (
        *STOPWORDS,
        *("which", "what", "what's", "whats", "who", "how", "is", "are", "be", "would"),
        *("pays", "pay", "make", "makes", "better", "more", "less", "instead", "thinking"),
        *("something", "else", "one", "job", "jobs", "work", "career", "careers", "field"),
        *("lol", "idk", "pls", "please", "maybe", "like", "even", "either", "both"),
        *("between", "about", "torn", "decide", "deciding", "choose", "choosing"),
        *("ok", "okay", "so", "well", "hmm", "hi", "hey", "hello", "yes", "no", "also"),
        *("meanwhile", "now", "later", "eventually", "someday", "first", "specifically"),
        # a level of the job, not another job ("a starting actuary versus an experienced one")
        *("experienced", "seasoned", "starting", "beginner", "senior", "junior", "rookie"),
    )
)
TRAILING = frozenset(("instead", "maybe", "too", "perhaps", "then", "though", "meanwhile"))
SENTENCE_BREAK = re.compile(r"[.,;:!?()\n]")
CLAUSE_BREAK = re.compile(r"[.;:!?()\n]")


def choice_sides(message: str) -> list[str]:
    """The names of the options ``message`` weighs, each once, in the order written."""
    found: list[str] = []
    for join in JOINS.finditer(message):
        found += [*_listed_before(message[: join.start()]), _after(message[join.end() :])]
    for between in BETWEEN.finditer(message):
        found += [_after(between.group(1)), _after(message[between.end() :])]
    return [side for side in dict.fromkeys(found) if side]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text.lower())


def _listed_before(text: str) -> list[str]:
    """The options named before a join: the last, and those listed before it in the same
    sentence ("HVAC tech, plumber, or electrician"), back to one that names none."""
    sentence = CLAUSE_BREAK.split(text.rstrip(" ,"))[-1]
    names: list[str] = []
    items = sentence.split(",")
    for n, item in enumerate(reversed(items)):
        name = _before(item)
        if not name or (n and name != " ".join(_words(LEAD_IN.sub("", item.strip())))):
            break  # "becoming a neonatal nurse, but … a nurse practitioner": no list
        names.insert(0, name)
    return names


def _before(text: str) -> str:
    """The option named just before a join: the words back to a break or a non-name word."""
    words = _words(SENTENCE_BREAK.split(text.rstrip(" ,"))[-1])
    while words and words[-1] in TRAILING:  # "a school bus instead, or …"
        words.pop()
    name: list[str] = []
    for word in reversed(words):
        if word in NOT_NAME or len(name) == SIDE_WORDS:
            break
        name.insert(0, word)
    return " ".join(name)


def _after(text: str) -> str:
    """The option named just after a join, past words such as "maybe a" or "becoming an"."""
    clause = LEAD_IN.sub("", SENTENCE_BREAK.split(text.lstrip())[0].strip())
    name: list[str] = []
    for word in _words(clause):
        if word in NOT_NAME or len(name) == SIDE_WORDS:
            break
        name.append(word)
    return " ".join(name)


# A follow-up naming the one career it turns to ("what about technical writing instead?",
# "sorry, I meant elevator inspector", "and the hygienist?", "border patrol?", "compare to
# network admin")
TURNS_TO = re.compile(
    r"^(?:(?:[\w'-]+\s+){0,3}[\w'-]+[.!]+\s+)?"  # "ok different idea. what about…"
    r"(?:\W*(?:ok(?:ay)?|hmm+|so|well|sorry|no|nah|oh|wait|actually)\b)*\W*"
    r"(?:(?:what|how) about|and|or|compare(?:d)? (?:it |that |this |them )?(?:to|with))\s+(.+)"
    r"|\bi meant\s+(.+)"
    r"|^\W*((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\?+\s*$",
    re.IGNORECASE,
)

# A career the visitor says they mean, look at or were told of, by any name a field or job
# goes by ("I mean bookkeeping clerks", "I'm looking at bookkeeping", "Someone mentioned
# medical coding?", "I'm asking about Bookkeeping, Accounting, and Auditing Clerks").
MEANT = re.compile(
    r"\b(?:i(?:'m| am|m|'ve been| have been|ve been)?\s+(?:really\s+|actually\s+)?(?:mean|meant|"
    r"asking about|talking about|looking at|looking into)"
    r"|(?:someone|somebody|people|a friend|my (?:\w+ )?(?:friend|mom|dad|wife|husband|counselor|"
    r"doctor|sister|brother|cousin|teacher)) (?:mentioned|suggested|recommended|told me about))"
    r"\s+(?P<name>.+)"
    # "Is medical coding something I could train for?", "is welding a good career?"
    r"|\bis\s+(?P<subject>(?:[\w/-]+\s+){0,3}?[\w/-]+)\s+(?=something\b|a (?:good|decent|"
    r"realistic|smart|real) (?:job|career|field|option|choice|path|fit)\b)",
    re.IGNORECASE,
)
# A field the visitor weighs against the conversation's career by a word before it ("if i
# switched to web development would that pay less…", "what about training dogs, does that pay
# better…", "he should do electrical engineering instead", "said UX/web design is better").
FIELD_CUE = re.compile(
    r"\b(?:switch(?:ed|ing)? (?:over )?to|go(?:ing)? into|get(?:ting)? into|should do|do|doing"
    r"|what about|how about|said|into)\s+(?P<name>[\w/'-]+(?:\s+[\w/'-]+){0,3})",
    re.IGNORECASE,
)
CATCH_ALL = re.compile(r"-all-other\b")
SIDE_SURE = 0.6  # a side's best career scores this much (summary and title match) …
SIDE_MARGIN = 0.04  # … and this much above the next: the side names that career
SHORTENED = 5  # letters: a word this short may be a name's word cut short ("tech", "admin")
Ranking = Callable[[str], list[tuple[str, float]]]

# A field given by the example of a job after it: "corporate training - like a training and
# development specialist at a company"
EXAMPLE = re.compile(
    r"\s*[-–—,:(]?\s*(?:like|such as|e\.g\.|i\.e\.|as in|meaning)\s+(?:an?\s+|the\s+)?"
    r"(?P<title>[^.,;!?()]+)",
    re.IGNORECASE,
)

# A second field after the first one meant: "looking at bookkeeping and also medical coding"
SECOND_MEANT = re.compile(
    r"^\s*(?:,\s*)?(?:vs\.?|versus|or|and(?: also)?|&|/)\s+(?P<name>.+)", re.IGNORECASE
)


def _past(text: str, name: str) -> str:
    """What ``text`` says after the ``name`` it opens with (past any lead-in words)."""
    last = re.findall(r"[\w'/-]+", name)[-1]
    found = re.search(rf"\b{re.escape(last)}\b", text, re.IGNORECASE)
    return text[found.end() :] if found else ""


class Choices:
    """Reads the careers a message weighs ("respiratory therapy or x-ray tech?") or a
    follow-up turns to ("what about technical writing instead?") by the names people use."""

    def __init__(self, names: CareerNames, fields: Fields, rank: Ranking) -> None:
        """``rank`` scores every career for a name alone, best first."""
        self._names = names
        self._fields = fields
        self._rank = rank
        # two words in a row of a title ("border patrol" of "Border Patrol Agent")
        self._title_pairs = frozenset(pair for t in names.titles for pair in itertools.pairwise(t))
        # titles by their words' stems: "instructional design" is "Instructional Designer"
        self._stem = english_stemmer().stemWord
        self._by_stems: dict[tuple[str, ...], set[str]] = {}
        for title in names.titles:
            if len(title) > 1:
                stems = tuple(self._stem(w) for w in title)
                self._by_stems.setdefault(stems, set()).update(names.named_by(title))

    def compared(self, message: str, unwanted: set[str], context: Sequence[str]) -> list[str]:
        """The careers the options of ``message`` name, when two or more name one each; an
        option the words of a ``context`` career's name make is that career ("supervisor or
        pest control?" after landscaping supervisors)."""
        sides = [s for s in self._weighed(message) if not set(s.split()) <= unwanted]
        if len(sides) < 2:
            return []
        careers = [self._in_context(side, context) or self._career(side) for side in sides]
        found = list(dict.fromkeys(c for c in careers if c))
        return found if len(found) > 1 else []

    def _weighed(self, message: str) -> list[str]:
        """The options the asking sentences weigh, or those the story names when the asking
        sentences weigh them and name no job ("torn between X and Y. Which one…?")."""
        asking = asking_text(message)
        sides = choice_sides(asking)
        if len(sides) < 2 and WEIGHS.search(asking) and not self._names.mentions(asking):
            sides = choice_sides(message)
        return sides

    def meant(self, message: str) -> list[str]:
        """The careers a clause of ``message`` says are meant or looked at, named by a job's
        or a field's name (:data:`MEANT`), one or two ("looking at technical writing vs.
        editing"); ``[]`` when none, and never a topic ("I mean the pay")."""
        for found in MEANT.finditer(message):
            text = found["name"] or found["subject"]
            name = re.split(r"\s+(?:vs\.?|versus|or)(?:\s|$)", _after(text))[0].strip(" -–—:,")
            if not name or detect_need(name) or detect_intent(name):
                continue
            rest = _past(text, name)
            example = EXAMPLE.match(rest)  # "corporate training - like a training and
            if example:  # development specialist": the title is the career
                named = self._names.mentions(example["title"])
                if len(named) == 1 and named[0].exact and len(named[0].slugs) == 1:
                    return [named[0].slugs[0]]
            if self._names_work(name) and (career := self._career(name)):
                other = SECOND_MEANT.match(rest)
                second = _after(other["name"]) if other else ""
                if second and self._names_work(second) and (also := self._career(second)):
                    return list(dict.fromkeys((career, also)))
                return [career]
        return []

    def weighed_field(self, message: str, context: Sequence[str]) -> str:
        """The career a field the message weighs against the conversation's names ("would web
        development pay a lot less than software dev?"), not one of ``context``; else ``""``."""
        for found in FIELD_CUE.finditer(message):
            name = _after(found["name"])
            topic = " " not in name and (detect_need(name) or detect_intent(name))  # "the pay"
            if not name or topic or self._in_context(name, context):
                continue  # "training dogs" is a field, though "training" alone is a topic
            if self._names_work(name) and (career := self._career(name)) and career not in context:
                return career
        return ""

    def turned_to(self, message: str, context: Sequence[str]) -> str:
        """The career a follow-up turns to by a field's or job's name: not a topic ("what
        about night shifts?", "benefits?"), nor one a job word names exactly (routed as
        named), nor one of ``context`` by words of its name ("and the radiology one?")."""
        turn = TURNS_TO.search(message.strip()) if context else None
        rest = next(g for g in turn.groups() if g) if turn else ""
        clause = SENTENCE_BREAK.split(rest.lstrip())[0]  # "forest and conservation workers, …"
        if any(m.exact and len(m.slugs) == 1 for m in self._names.mentions(clause)):
            return ""  # a title written whole is routed as named, "and" and all
        name = _after(rest) if turn else ""
        if not name or detect_need(name) or detect_intent(name) or not self._names_work(name):
            return ""
        if any(m.exact and len(m.slugs) == 1 for m in self._names.mentions(name)):
            return ""
        if self._in_context(name, context):
            return ""
        found = self._career(name)
        return found if found not in context else ""

    def _in_context(self, name: str, context: Sequence[str]) -> str:
        """The career of ``context`` whose name has every word of ``name``, if any."""
        stems = set(self._fields.stems(tokens(name)))
        careers = self._names.careers
        within = (c for c in context if stems <= set(self._fields.stems(tokens(careers[c].name))))
        return next(within, "") if stems else ""

    def _names_work(self, name: str) -> bool:
        """``name`` is a job word, a field ("plumbing", "phlebotomy"), words of a title, or
        every word of the one career it ranks first ("network admin")."""
        words = tokens(name)
        plain = self._fields.stems(words)
        if (
            self._names.mentions(name)
            or self._fields.read(words, name, (), gerunds=True) != plain
            or any(pair in self._title_pairs for pair in itertools.pairwise(words))
        ):
            return True
        found = self._career(name)
        return bool(found) and self._holds_words(name, found)

    def _career(self, name: str) -> str:
        """The career ``name`` names plainly, or ``""``: the best of the careers ranked for
        its words alone when it leads clearly ("respiratory therapy": Respiratory
        Therapists), else the one career a job word of it names. A title written whole
        ("museum guide", an alternative title of Tour Guides) names its career first; shared,
        a broad occupation's before a specialty's ("solar installer": the photovoltaic
        installers, not the thermal ones). A near second counts for nothing when only the
        best's name holds every word of ``name`` ("wind turbine tech")."""
        alone = len(tokens(name)) == 1  # "drafter": the title is the whole name
        whole = [m for m in self._names.mentions(name) if m.exact and (alone or " " in m.words)]
        named = set(whole[0].slugs) if len(whole) == 1 else self._stems_name(name)
        if named:
            return max(named, key=lambda slug: self._named_by_title(name, slug))
        # a catch-all ("Psychologists, All Other") is no field's career unless named
        ranked = [r for r in self._rank(name) if "other" in name or not CATCH_ALL.search(r[0])]
        (best, score), (second, next_score) = ranked[0], ranked[1]
        holds = self._holds_words(name, best) and not self._holds_words(name, second)
        if score >= SIDE_SURE and (score - next_score >= SIDE_MARGIN or holds):
            return best
        single = {m.slugs[0] for m in self._names.mentions(name) if len(m.slugs) == 1}
        return single.pop() if len(single) == 1 else ""

    def _stems_name(self, name: str) -> set[str]:
        """The careers a title of two or more words names whose stems ``name``'s are."""
        found = tuple(self._stem(w) for w in tokens(name) if w not in ("a", "an", "the"))
        return self._by_stems.get(found, set()) if len(found) > 1 else set()

    def _named_by_title(self, name: str, slug: str) -> tuple[int, bool, float]:
        """How plainly a title shared by careers names ``slug``: by the words of its name it
        shares ("financial advisor": Personal Financial Advisors, not Securities…Sales
        Agents), then a broad occupation before a specialty, then the larger."""
        career = self._names.careers[slug]
        own = {self._stem(w) for w in tokens(career.name)}
        shared = {self._stem(w) for w in tokens(name)} & own
        return len(shared), not career.specialty, career.prominence

    def _holds_words(self, name: str, slug: str) -> bool:
        """Whether the career's name holds every word of ``name``, by stem, or a short one
        by its start ("tech" of "technician")."""
        own = [self._stem(w) for w in tokens(self._names.careers[slug].name)]
        asked = [self._stem(w) for w in tokens(name) if w not in STOPWORDS]
        return bool(asked) and all(
            any(w == a or (len(a) <= SHORTENED and w.startswith(a)) for w in own) for a in asked
        )
