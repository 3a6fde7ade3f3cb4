"""Jobs a message asks about that the guides do not cover.

On a one-guide site, another job set beside the guide's ("CNC machinist or production
technician?"); on any site, a common job no guide covers ("youtuber").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import whole_words
from knowledge.model import Guide
from knowledge.words import singular

# Jobs people ask about by name. Those the guides cover are routed to their guide; the
# others get "no guide for that yet" with the nearest careers that are covered.
COMMON_JOBS = whole_words(
    r"nurses?", r"doctors?", r"physicians?", r"dentists?", r"teachers?", r"lawyers?",
    r"attorneys?", r"pilots?", r"chefs?", r"cooks?", r"accountants?", r"programmers?",
    r"software (?:engineers?|developers?)", r"web developers?", r"electricians?",
    r"plumbers?", r"carpenters?", r"firefighters?", r"police(?: officers?)?", r"paramedics?",
    r"pharmacists?", r"architects?", r"graphic designers?", r"journalists?", r"actors?",
    r"musicians?", r"photographers?", r"veterinarians?", r"therapists?", r"psychologists?",
    r"dietitians?", r"baristas?", r"cashiers?", r"truck drivers?", r"data scientists?",
    r"real estate agents?", r"hairdressers?", r"barbers?", r"flight attendants?",
    r"social workers?", r"dental hygienists?", r"midwives|midwife", r"youtubers?",
    r"influencers?", r"streamers?", r"(?:pro(?:fessional)? )?gamers?", r"astronauts?",
    r"content creators?", r"tiktokers?",
)  # fmt: skip
BECOMING = re.compile(
    r"\b(?:become|becoming|being|work as|working as|job as|career as|training as|train as|"
    r"(?:want|wanna|going|plan|hope|trying|study|studying) to be)\s+an?\s+"
    r"(?!(?:better|good|great|successful|more|really|real|top|best|happier)\b)"
    r"((?:[a-z-]+\s+)?[a-z-]+(?:er|or|ist|ian|ant|ent|eer|man|woman|grapher|naut|tuber)s?)\b",
    re.IGNORECASE,
)

# A job named as the subject of a career question ("what does a geneticist earn?", "what
# tools do etchers and engravers use?", "is a florist a good career?"): a word with a
# job-noun ending, optionally after one modifier, or two joined by "and"/"or".
_JOB = r"(?:[a-z-]+\s+){0,2}?[a-z-]+(?:ist|er|or|ian|ant|ent|eer|man|men|smith|wright)s?"
JOB_NOUN = rf"(?P<job>{_JOB}(?:\s+(?:and|or|&)\s+{_JOB})?)"
DETERMINER = r"(?:an?\s+|the\s+)?"
JOB_SUBJECTS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:what|how\s+much|where|when|why|how)(?:\s+\w+){{0,2}}\s+(?:does|do|did|would"
        rf"|will|can|should)\s+{DETERMINER}{JOB_NOUN}\s+(?:typically\s+|usually\s+|really\s+)?"
        r"(?:earn|make|get\s+paid|do|use|need|study|work|wear|learn)\b",
        rf"\b(?:is|are)\s+(?:being\s+)?{DETERMINER}{JOB_NOUN}\s+(?:a\s+)?(?:good|bad|well"
        r"|hard|stressful|in\s+demand|worth|paid|career|job)\b",
        rf"\b(?:do|does|are)\s+{DETERMINER}{JOB_NOUN}\s+(?:need|require|have\s+to|earn|make"
        r"|get\s+paid|work\s+(?:nights|weekends|shifts|long|from))\b",
        rf"^(?:what(?:'?s|\s+is)\s+)?{DETERMINER}{JOB_NOUN}(?:'?s)?\s+(?:salary|salaries|pay"
        r"|wages?|income|earnings)\b",
        # another job set beside this one ("ok what about pharmacy technician then")
        rf"\b(?:what|how)\s+about\s+{DETERMINER}{JOB_NOUN}\b",
        rf"\b(?:vs\.?|versus|compare[sd]?\s+(?:to|with)|same\s+as|different\s+from|instead\s+of"
        rf"|better\s+than|(?:paid|more|less)\s+than|\bor)\s+(?:being\s+)?{DETERMINER}{JOB_NOUN}\b",
        rf"(?:^(?:is\s+)?|\b(?:be|become|becoming)\s+){DETERMINER}{JOB_NOUN}"
        r"\s+(?:or|vs\.?|versus)\b",
        rf"\bbetween\b.*?\b(?:and|&)\s+{DETERMINER}{JOB_NOUN}\b",
    )
)
# A job that is someone in the visitor's life ("my shop teacher said…"), not the one asked about.
SOMEONE_S = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# Words before a job noun that describe the person, not another job ("a good technician").
QUALITIES = frozenset(
    (
     "good", "great", "bad", "better", "best", "successful", "real", "new", "experienced",
     "certified", "skilled", "young", "old", "full", "part", "average", "typical", "top",
     "entry", "junior", "senior", "lead", "beginner", "trainee", "this", "that", "your",
    )
)  # fmt: skip
# Words with a job-noun ending that name no job, or name who a career deals with.
NOT_JOBS = frozenset(
    (
     "better", "higher", "lower", "bigger", "greater", "larger", "smaller", "longer", "shorter",
     "harder", "easier", "faster", "slower", "older", "younger", "newer", "fewer", "lesser",
     "upper", "inner", "outer", "other", "another", "either", "neither", "whether", "rather",
     "after", "under", "over", "never", "ever", "however", "together", "former", "latter",
     "later", "earlier", "proper", "super", "career", "number", "order", "power", "paper",
     "water", "matter", "summer", "winter", "quarter", "center", "centre", "chapter", "letter",
     "character", "computer", "answer", "offer", "starter", "corner", "layer", "border", "cover",
     "filter", "weather", "member", "senior", "junior", "major", "minor", "prior", "interior",
     "exterior", "sector", "factor", "floor", "door", "color", "colour", "error", "favor",
     "labor", "labour", "honor", "behavior", "mentor", "current", "different", "recent",
     "percent", "present", "parent", "student", "talent", "content", "event", "extent", "moment",
     "payment", "equipment", "department", "environment", "government", "management",
     "development", "requirement", "placement", "employment", "resident", "client", "patient",
     "important", "relevant", "significant", "constant", "pleasant", "instant", "plant", "grant",
     "median", "employer", "customer", "user", "partner", "recruiter", "interviewer", "owner",
     "beginner", "newcomer", "worker", "teenager", "reader", "leader", "person", "people",
     "someone", "everyone", "anyone", "human", "man", "men", "woman", "women",
     "freshman", "freshmen", "undergraduate", "graduate", "grader", "teenager", "beginner",
    )
)  # fmt: skip


class OtherJobs:
    """Finds jobs in a message that are not the guides' own."""

    def __init__(self, guides: Sequence[Guide], vocabulary: set[str]) -> None:
        """``vocabulary`` is every (singular) word of the guides' text."""
        self._vocabulary = vocabulary
        # A one-guide site's own job words: its titles and section titles ("supervisor"
        # of "Lead Production Technician / Supervisor"), plus "tech".
        self._job_words = {"tech"} | {
            singular(w)
            for g in guides
            for title in (g.career, g.title, *(s.title for s in g.walk()))
            for w in re.findall(r"[a-z]+", title.lower())
        }

    def _subject(self, message: str) -> str:
        """A job other than the guide's named as the subject of the question, or ``""``."""
        for pattern in JOB_SUBJECTS:
            for match in pattern.finditer(message.strip()):
                job = match.group("job").lower()
                parts = [part.split() for part in re.split(r"\s+(?:and|or|&)\s+", job)]
                if any(self._not_own(words) for words in parts):
                    return match.group("job")  # as the visitor wrote it ("CNC machinist")
        return ""

    def other(self, message: str, *, mentioned: bool) -> str:
        """On a one-guide site, another job the message asks about: a bare job word of the
        guide ("technician") does not hide the kind written before it ("pharmacy")."""
        return ("" if mentioned else self.uncovered(message)) or self._subject(message)

    def _not_own(self, words: list[str]) -> bool:
        """A job other than the one guide's: its job noun, or the kind of it ("pharmacy"
        technician), is no word of the guide's titles."""
        head = singular(words[-1])
        if head in NOT_JOBS:
            return False
        kind = words[0] if len(words) > 1 else ""
        return head not in self._job_words or (
            bool(kind) and kind not in QUALITIES and singular(kind) not in self._job_words
        )

    def uncovered(self, message: str) -> str:
        """A job the message asks about that no guide covers ("youtuber"), or ``""``."""
        for match in COMMON_JOBS.finditer(message):
            if not SOMEONE_S.search(message[: match.start()]):  # "my shop teacher said…"
                return match.group()
        for match in BECOMING.finditer(message):
            job = match.group(1).lower()
            head = singular(job.split()[-1])
            if head not in self._vocabulary and head not in NOT_JOBS:
                return job
        return ""
