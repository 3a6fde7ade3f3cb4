"""Jobs a message asks about that the guides do not cover.

On a one-guide site, another job set beside the guide's ("CNC machinist or production
technician?"); on any site, a common job no guide covers ("youtuber").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.routing.asked import LIKENED, PARTNER, asks_of_this_beside
from bot.routing.job_words import VETERAN, tokens
from bot.routing.names import Mention
from bot.routing.other_job_phrases import (
    A_JOB,
    ABBREVIATED_JOBS,
    AGENT_NOUNS,
    BECOMING,
    COMMON_JOBS,
    COMPARATIVE_AFTER,
    COMPARED_FIELD,
    COMPARING,
    JOB_SUBJECTS,
    NO_KINDS,
    NOT_A_JOB_START,
    NOT_FIELDS,
    NOT_JOBS,
    QUALITIES,
    SOMEONE_S,
    THINGS_BEFORE,
    TOWARD_JOB,
    WISHED,
)
from bot.routing.told_jobs import OWN_JOB, as_verb
from bot.text import english_stemmer, words
from bot.understand.needs import SENTENCE_END, STORY
from knowledge.model import Guide
from knowledge.words import singular

# Words said before a job named in passing ("or like engineer", "maybe a welder")
SPOKEN_LEAD = re.compile(
    r"^(?:(?:and|or|but|so|like|maybe|kinda|sorta|just|even|some|a|an|the)\s+)+", re.I
)


class OtherJobs:
    """Finds jobs in a message that are not the guides' own."""

    def __init__(self, guides: Sequence[Guide], vocabulary: set[str]) -> None:
        """``vocabulary`` is every (singular) word of the guides' text."""
        self._vocabulary = vocabulary
        self._stem = english_stemmer().stemWord
        one = guides[0] if len(guides) == 1 else None  # what only a one-guide site asks:
        # the stems of its words ("checking" of "safety checks") and its text, where a job
        # it names as a next step is spoken of
        self._stems = {self._stem(w) for w in vocabulary} if one else set()
        self._text = (
            " ".join(t for s in one.walk() for t in (*s.paragraphs, *s.items)).lower()
            if one
            else ""
        )
        # A one-guide site's own job words: its titles and section titles ("supervisor"
        # of "Lead Production Technician / Supervisor"), plus "tech".
        self._job_words = {"tech"} | {
            singular(w)
            for g in guides
            for title in (g.career, g.title, *(s.title for s in g.walk()))
            for w in re.findall(r"[a-z]+", title.lower())
        }
        # Kinds of the guide's own job: words of the titles that name it ("Junior Production
        # Technician"), not of every section title ("Improving Product Quality…").
        heads = {singular(g.career.lower().split()[-1]) for g in guides if g.career.strip()}
        self._own_heads = {"tech", *heads} if one else set()  # "techs": the guide's job
        self._kinds = {
            singular(w)
            for g in guides
            for title in (g.career, g.title, *(s.title for s in g.walk()))
            if heads & {singular(w) for w in re.findall(r"[a-z]+", title.lower())}
            for w in re.findall(r"[a-z]+", title.lower())
        }
        # Each career's title as singular words: a job a title names is covered ("social
        # worker": Child, Family, and School Social Workers).
        self._titles = [_title_words(g.career) for g in guides]
        # Each word of a title of two words or more cut to its first four letters or more.
        self._short_titles = [
            re.compile(r"\b" + r"\s+".join(rf"{re.escape(w[:4])}\w*" for w in title) + r"\b", re.I)
            for title in {tuple(g.career.lower().split()) for g in guides}
            if len(title) > 1
        ] + [  # and its initials ("pt vs maintenance tech")
            re.compile(rf"\b{''.join(w[0] for w in title)}s?\b", re.I)
            for title in {tuple(g.career.lower().split()) for g in guides}
            if 1 < len(title) < 4
        ]

    def _subject(self, message: str) -> str:
        """A job other than the guide's named as the subject of the question, or ``""``."""
        for pattern in JOB_SUBJECTS:
            for match in pattern.finditer(message.strip()):
                if _first_name(match.group("job"), message, match.start("job")):
                    continue  # "what would Tyler earn starting out?": the grandson's pay
                job = match.group("job").lower()
                if job.split()[0] in NOT_A_JOB_START:
                    continue
                things = THINGS_BEFORE.search(message, 0, match.start("job"))
                weighed = things and re.search(r"\bv(?:s|ersus)\b", things["thing"], re.I)
                first = things["thing"].split()[0].rstrip(",") if things else ""
                # "masks or respirators", "pharma vs semiconductors": a thing among things;
                # "pt vs maintenance tech" names a job, no plural thing
                if things and (job.endswith("s") or not weighed) and not A_JOB.fullmatch(first):
                    continue
                after = match.string[match.end("job") :]
                if " " not in job and COMPARATIVE_AFTER.match(after):
                    continue  # "…or closer to the middle": a comparative
                parts = [part.split() for part in re.split(r"\s+(?:and|or|&)\s+", job)]
                if any(self._not_own(words) for words in parts):
                    return match.group("job")  # as the visitor wrote it ("CNC machinist")
        return ""

    def one_guide(self, message: str, mentions: list[Mention], context: bool) -> tuple[str, bool]:
        """On a one-guide site: another job to name ("" for none) and whether the guide's
        own half is still answered. The visitor's own job ("I've been a line cook") is
        background; a job set beside the guide's, when the guide's career is named or the
        conversation is on it ("how does production tech compare to HVAC?"), is named and
        the guide's half answered. ``context``: on the guide's page or conversation."""
        named, half = self._one_guide(message, mentions, context)
        return SPOKEN_LEAD.sub("", named), half  # "or like engineer": the engineer

    def _one_guide(self, message: str, mentions: list[Mention], context: bool) -> tuple[str, bool]:
        asked = self._subject(message)
        listed, own = self._uncovered_jobs(message)
        compares = bool(COMPARING.search(message))
        if compares and not asked:  # "compared to nursing"
            asked = self._compared_field(message)
        if any(m.exact for m in mentions) or self._abbreviated(message) or (context and compares):
            job = asked or ((listed or own) if compares else "")  # "report to a supervisor or
            return ("" if not compares and self._in_text(job) else job), True  # an engineer?"
        if mentions:  # a job word of the guide's ("technician") asks about the guide's job,
            beside = bool(asked) and self._names_own(message, asked)  # or beside it
            return ("" if beside and self._in_text(asked) else asked), beside
        if (listed or asked) and context and self._next_step(message, listed or asked):
            return "", True  # "does it say anything about promotion into engineering tech"
        if job := listed or asked:  # "does the tech do the electrical repairs or is that
            own_named = self._names_own(message, job)  # electricians": the guide's half too;
            if own_named and self._in_text(job):  # "are techs above operators?": the guide's
                return "", True
            return job, context and (own_named or asks_of_this_beside(message, job))
        return ("", True) if context else (own, False)

    def _in_text(self, job: str) -> bool:
        """The guide's text names ``job`` ("train and assist production operators", "into
        supervisory, engineering technician…")."""
        said = [singular(w) for w in re.sub(r"\btechs?\b", "technician", job.lower()).split()]
        found = re.search(rf"\b{re.escape(' '.join(said))}", self._text)
        return bool(self._text) and found is not None

    def _names_own(self, message: str, job: str) -> bool:
        """``message`` names the guide's own job apart from ``job`` ("are techs above them")."""
        rest = re.sub(re.escape(job), " ", message, flags=re.IGNORECASE).lower()
        return any(singular(w) in self._own_heads for w in re.findall(r"[a-z]+", rest))

    def _next_step(self, message: str, job: str) -> bool:
        """``job`` is one the visitor would move into from the guide's and the guide's text
        names ("promotion into supervisory, engineering technician, or quality assurance")."""
        at = message.lower().find(job.lower())
        return at >= 0 and bool(TOWARD_JOB.search(message, 0, at)) and self._in_text(job)

    def _not_own(self, words: list[str]) -> bool:
        """A job other than the one guide's: its job noun, or the kind of it ("pharmacy"
        technician), is no word of the guide's titles."""
        words = tokens(" ".join(words)) or words  # "prod tech": the production technician
        head = singular(words[-1])
        if head in NOT_JOBS or (head.endswith(("ent", "ant")) and head not in AGENT_NOUNS):
            return False
        kind = words[0].split("-")[0] if len(words) > 1 else ""  # "entry-level": entry
        kind = "" if kind.lower() in NO_KINDS else kind  # "…or is tech actually safe": tech
        return head not in self._job_words or (
            bool(kind) and kind not in QUALITIES and singular(kind) not in self._kinds
        )

    def uncovered(self, message: str) -> str:
        """A job the message asks about that no guide covers ("youtuber"), or ``""``."""
        # "a child and family social worker": a guide's title names it
        found = (job for job in _common_jobs_asked(message) if not self._in_titles(job))
        return next(found, "") or self._becoming(message)

    def titled(self, message: str) -> bool:
        """``message`` asks about a common job that guides' longer titles name ("the social
        worker": Child, Family, and School Social Workers), though it names no title whole."""
        return any(self._in_titles(job) for job in _common_jobs_asked(message))

    def _in_titles(self, job: str) -> bool:
        return any(_title_words(job) <= title for title in self._titles)

    def _becoming(self, message: str) -> str:
        """A job no guide's text names that the visitor wants to become ("a youtuber")."""
        for match in BECOMING.finditer(message):
            job = match.group(1).lower()
            head = singular(job.split()[-1])
            if head not in self._vocabulary and head not in NOT_JOBS:
                return job
        return ""

    def _uncovered_jobs(self, message: str) -> tuple[str, str]:
        """The first job no guide covers that the message asks about, and the first that is
        the visitor's own ("I'm an HVAC tech", "currently an apprentice electrician")."""
        message = VETERAN.sub(lambda m: " " * len(m.group()), message)  # "navy vet": no job
        found = [*COMMON_JOBS.finditer(message), *ABBREVIATED_JOBS.finditer(message)]
        asked, own = "", ""
        for match in sorted(found, key=lambda m: m.start()):
            before = message[: match.start()]
            if SOMEONE_S.search(before) or not self._not_own(match.group().split()):
                continue  # "my shop teacher said…"; "prod tech": the guide's own
            own_told = OWN_JOB.search(" ".join(words(before)) + " ") or _in_story(
                message, match.end()
            )
            if own_told or AS_BACKGROUND.match(message, match.end()):  # "just cashier experience"
                own = own or match.group()
            else:
                asked = asked or match.group()
        return asked or self._becoming(message), own

    def _abbreviated(self, message: str) -> bool:
        """The guide's own career is named in short ("production tech", "prod tech")."""
        return any(pattern.search(message) for pattern in self._short_titles)

    def _compared_field(self, message: str) -> str:
        """A field no guide's text speaks of, set beside the guide's ("compared to nursing")."""
        for match in COMPARED_FIELD.finditer(message):
            field = match.group("job").lower()
            if field not in NOT_FIELDS and self._stem(field) not in self._stems:
                return match.group("job")
        return ""


def _first_name(job: str, message: str, start: int) -> bool:
    """``job`` is someone's name: one capitalised word, with no article, mid-sentence."""
    before = message[:start].rstrip()
    mid_sentence = bool(before) and not before.endswith((".", "!", "?"))
    article = re.search(r"\b(?:an?|the)$", before, re.IGNORECASE)
    return " " not in job and job.istitle() and mid_sentence and article is None


# A job named as what the visitor brings ("hired with just cashier experience"), not asked of
AS_BACKGROUND = re.compile(r"\s+(?:experience|background)\b", re.IGNORECASE)


def _in_story(message: str, end: int) -> bool:
    """The job ending at ``end`` is named in a sentence of the visitor's own story followed by
    the question ("I did maintenance for 12 yrs, plumbing electrical HVAC. would i start…")."""
    start = max((m.end() for m in SENTENCE_END.finditer(message, 0, end)), default=0)
    after = SENTENCE_END.search(message, end)
    told = message[start : after.start()] if after is not None else ""
    return bool(STORY.match(told)) and not WISHED.search(told)


def _common_jobs_asked(message: str) -> Iterator[str]:
    """The common jobs ``message`` names as asked about, not someone of the story ("my shop
    teacher said…") nor someone the career works with ("do they work with doctors?")."""
    for match in COMMON_JOBS.finditer(message):
        before = message[: match.start()]
        if (
            not SOMEONE_S.search(before)
            and not PARTNER.search(before)
            and not LIKENED.search(before)
            and not AS_BACKGROUND.match(message, match.end())
            and not as_verb(message, match.group())  # "do they actually cook": what they do
        ):
            yield match.group()


def _title_words(text: str) -> set[str]:
    """The singular words of a job or a title ("Social Workers": social, worker)."""
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
