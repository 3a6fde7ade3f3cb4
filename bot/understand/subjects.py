"""School subjects and abilities a question asks whether a career needs ("do u gotta be good
at math and physics?", "is math important or more english/design stuff", "does she talk with
people a lot?"), as the names O*NET's knowledge areas and skills go by."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.text import whole_words

# A subject's everyday words, and the O*NET knowledge areas or skills that rate it.
SUBJECTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (whole_words(r"math\w*", r"calc(?:ulus)?(?: \d| ii+)?", r"algebra", r"statistics", r"stats"),
     ("Mathematics",)),
    (whole_words(r"physics"), ("Physics",)),
    (whole_words(r"chem(?:istry)?"), ("Chemistry",)),
    (whole_words(r"bio(?:logy)?"), ("Biology",)),
    (whole_words(r"anatomy", r"a&p(?: ii?)?"), ("Biology", "Medicine and Dentistry")),
    (whole_words(r"english", r"grammar", r"writing"), ("English Language", "Writing")),
    (whole_words(r"design(?: stuff)?", r"drawing"), ("Design",)),
    (whole_words(r"psych(?:ology)?"), ("Psychology",)),
    (whole_words(r"coding", r"programming", r"(?:know|learn|write) code"),
     ("Programming", "Computers and Electronics")),
    (whole_words(r"(?:talk|talking|speak|speaking) (?:with|to) (?:people|others|patients|"
                 r"customers)", r"talk (?:a lot|much)", r"public speaking", r"people skills"),
     ("Speaking", "Social Perceptiveness", "Active Listening")),
)  # fmt: skip
# Words a guide uses for a subject's work where it never names the subject ("effective
# communication", "conflict resolution" for people skills): its nearest lines then.
KINDRED = {
    "Mathematics": whole_words(r"calculat\w*", r"measur\w*", r"statistic\w*"),
    "English Language": whole_words(r"communicat\w*", r"document\w*", r"reports?", r"manuals?"),
    "Speaking": whole_words(
        r"communicat\w*", r"collaborat\w*", r"conflicts?", r"team\w*", r"mentor\w*", r"meetings?"
    ),
    "Programming": whole_words(r"programm\w*", r"software", r"code"),
    "Design": whole_words(r"blueprints?", r"schematics?", r"drawings?", r"CAD"),
}
# The subject is asked whether needed or used, not told in a story ("I failed calc 2").
ASKS_NEED = whole_words(
    r"need\w*",
    r"use",
    r"uses",
    r"using",
    r"good at",
    r"important",
    r"how much",
    r"a lot(?: of)?",  # "do they talk a lot with other people"
    r"heavy",
    r"required",
    r"require",
    r"requires",
    r"involve\w*",
    r"lots of",
    r"much",
    r"a lot",
    r"talk (?:a lot|much)",
    r"gotta be",
    r"have to be",
)
STEM = 5  # letters of a word naming the same thing as a career's name ("design", "designers")
SUBJECT_ASKED = re.compile(r"[^.?!]*\?|[^.?!]+$")  # the questions, or the unmarked end
PAY = whole_words(r"make", r"makes", r"earn\w*", r"pay\w*", r"salar\w*", r"money", r"wages?")


def asked_subject(text: str, careers: str = "") -> re.Pattern[str] | None:
    """The everyday words of the first subject ``text`` asks whether a career needs, as a
    pattern that finds it in a guide's text too ("math" finds "mathematics")."""
    return next((pattern for pattern, _ in _asked(text, careers)), None)


def asked_subjects(text: str, careers: str = "") -> list[str]:
    """The O*NET knowledge areas and skills ``text`` asks whether a career needs, in order;
    a word of the ``careers``' names is no subject ("is graphic design a lot of running
    around?")."""
    names: list[str] = []
    for _, rated in _asked(text, careers):
        names += [n for n in rated if n not in names]
    return names


def _asked(text: str, careers: str) -> Iterator[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each subject the questions of ``text`` ask whether needed, with what rates it."""
    own = {w[:STEM] for w in re.findall(r"[a-z]+", careers.lower())}
    for question in _questions(text):
        if not ASKS_NEED.search(question) or PAY.search(question):  # "how much do math…make"
            continue
        for pattern, rated in SUBJECTS:
            if any(m.group().lower()[:STEM] not in own for m in pattern.finditer(question)):
                yield pattern, rated


def _questions(text: str) -> list[str]:
    """The questions of ``text``, or with no question mark every sentence ("do u need to be
    good at math cuz im not. and wat classes shud i take")."""
    if "?" in text:
        return SUBJECT_ASKED.findall(text)
    return re.split(r"(?<=[.!])\s+", text)


def kindred(subject: re.Pattern[str]) -> re.Pattern[str] | None:
    """The words of ``subject``'s work a guide may use instead of its name (:data:`KINDRED`)."""
    rated = next((r for pattern, r in SUBJECTS if pattern is subject), ())
    return next((KINDRED[name] for name in rated if name in KINDRED), None)
