"""Jobs a message asks about that the guides do not cover.

On a one-guide site, another job set beside the guide's ("CNC machinist or production
technician?"); on any site, a common job no guide covers ("youtuber").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.routing.asked import LIKENED, PARTNER, asks_of_this_beside
from bot.routing.job_words import JOB_ABBREVIATIONS, VETERAN, tokens
from bot.routing.names import Mention
from bot.routing.told_jobs import OWN_JOB
from bot.text import whole_words, words
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
# Job abbreviations ("HVAC", "EMT", "CNA"; names.py) name jobs as much as the words do; the
# two-letter ones ("PT") are left out, since a visitor may shorten the guide's own job so.
ABBREVIATED_JOBS = re.compile(
    "|".join(
        rf"(?i:\b{re.escape(short)}s?\b)"
        for short in sorted(JOB_ABBREVIATIONS, key=len, reverse=True)
        if len(short) > 2
    )
)
# The message sets two jobs side by side ("compare to HVAC", "better than being a barista",
# "staying an electrician or switching to production tech").
COMPARING = whole_words(
    r"vs\.?", r"versus", r"compar\w*", r"differen\w*", r"same as",
    r"(?:better|worse|easier|harder|more|less|higher|lower)(?: \w+){0,2} than",
    r"which (?:\w+ ){0,5}(?:better|best|worse|more|less|most|least)\b",  # "which one of us…"
    r"or (?:switch|switching|move|moving|go|going) (?:to|into)",
)  # fmt: skip
# A field set beside the guide's ("compared to nursing", "more than trucking"): a word of
# no guide's text in a field's form.
COMPARED_FIELD = re.compile(
    r"\b(?:vs\.?|versus|compared?\s+(?:(?:it|that|this|them)\s+)?(?:to|with)|than)\s+"
    r"(?:being\s+in\s+|working\s+in\s+|in\s+|(?:going|getting)\s+(?:to|into)\s+|doing\s+|"
    r"studying\s+)?"
    r"(?P<job>[a-z]+(?:ing|ism|ics|ry))\b",
    re.IGNORECASE,
)
NOT_FIELDS = frozenset(
    ("anything", "nothing", "something", "everything", "working", "being", "going", "doing",
     "getting", "studying")
)  # fmt: skip
# Words that start no job's name: "or something closer" names no job; in "is that the
# engineers' job" the subject is "that".
NOT_A_JOB_START = frozenset(
    ("something", "anything", "nothing", "everything", "someone", "anyone", "somewhere",
     "that", "this", "it", "there", "what", "which")
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
_JOB = (
    r"(?:[a-z-]+\s+){0,2}?(?:[a-z-]+(?:ist|er|or|ian|ant|ent|eer|man|men|smith|wright)s?"
    r"|techs?\b"  # "maintenance tech"
    # job nouns without an agent's ending ("diesel mechanic", "line cook")
    r"|(?:mechanic|medic|clerk|nurse|chef|cook|pilot|guard|aide|coach|nanny|nannie|cashier)s?\b)"
)
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
        # another job set beside this one ("ok what about pharmacy technician then", "and
        # the hygienist?")
        rf"^\W*(?:and|or|but)\s+{DETERMINER}{JOB_NOUN}\s*[?.!]*$",
        rf"\b(?:what|how)\s+about\s+{DETERMINER}{JOB_NOUN}\b",
        rf"\b(?:vs\.?|versus|compare[sd]?\s+(?:to|with)|same\s+as|different\s+from|instead\s+of"
        r"|(?:better|paid|more|less|higher|lower)\s+than(?:\s+what|\s+how\s+much)?|\bor)\s+"
        rf"(?:being\s+)?{DETERMINER}{JOB_NOUN}\b",
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
     "regular", "normal", "standard", "ordinary", "plain", "mid",
    )
)  # fmt: skip
# Words with a job-noun ending that name no job, or name who a career deals with.
# Words that name no kind of job before a job noun ("or is tech actually safe").
NO_KINDS = frozenset(
    ("is", "are", "was", "were", "be", "am", "it", "its", "just", "actually", "really", "even",
     "still", "also", "so", "then", "now", "very", "do", "does")
)  # fmt: skip
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
     "for", "nor", "per", "her",
    )
)  # fmt: skip

# The people an "-ent"/"-ant" word names: most such words describe ("decent pay", "European
# equivalents", "a fluent speaker"), so only these are jobs.
AGENT_NOUNS = frozenset(
    (
     "agent", "president", "superintendent", "correspondent", "consultant", "assistant",
     "attendant", "accountant", "sergeant", "lieutenant", "merchant", "servant", "tenant",
     "informant", "regent", "steward", "adjutant", "commandant", "confidant",
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
        # Kinds of the guide's own job: words of the titles that name it ("Junior Production
        # Technician"), not of every section title ("Improving Product Quality…").
        heads = {singular(g.career.lower().split()[-1]) for g in guides if g.career.strip()}
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
        asked = self._subject(message)
        listed, own = self._uncovered_jobs(message)
        compares = bool(COMPARING.search(message))
        if compares and not asked:  # "compared to nursing"
            asked = self._compared_field(message)
        if any(m.exact for m in mentions) or self._abbreviated(message) or (context and compares):
            return asked or ((listed or own) if compares else ""), True
        if mentions:  # a job word of the guide's ("technician") asks about the guide's job
            return asked, False
        if listed or asked:
            return listed or asked, context and asks_of_this_beside(message, listed or asked)
        return ("", True) if context else (own, False)

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
            if OWN_JOB.search(" ".join(words(before)) + " "):
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
            if field not in NOT_FIELDS and singular(field) not in self._vocabulary:
                return match.group("job")
        return ""


def _first_name(job: str, message: str, start: int) -> bool:
    """``job`` is someone's name: one capitalised word, with no article, mid-sentence."""
    before = message[:start].rstrip()
    mid_sentence = bool(before) and not before.endswith((".", "!", "?"))
    article = re.search(r"\b(?:an?|the)$", before, re.IGNORECASE)
    return " " not in job and job.istitle() and mid_sentence and article is None


def _common_jobs_asked(message: str) -> Iterator[str]:
    """The common jobs ``message`` names as asked about, not someone of the story ("my shop
    teacher said…") nor someone the career works with ("do they work with doctors?")."""
    for match in COMMON_JOBS.finditer(message):
        before = message[: match.start()]
        if (
            not SOMEONE_S.search(before)
            and not PARTNER.search(before)
            and not LIKENED.search(before)
        ):
            yield match.group()


def _title_words(text: str) -> set[str]:
    """The singular words of a job or a title ("Social Workers": social, worker)."""
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
