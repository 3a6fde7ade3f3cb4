"""Which side of a field a question means: those who do the work, not the field's
teachers, support roles or managers, unless it speaks of teaching, support or managing."""

from __future__ import annotations

import re

from bot.text import whole_words

TEACHING_PENALTY = 0.6  # a subject's teachers, for a question about the subject itself
# Careers that teach a subject ("Nursing Instructors and Teachers, Postsecondary") share
# its words with the careers that practise it; a question about studying or doing the work
# is about the practice, unless it speaks of teaching.
TEACHES_A_SUBJECT = re.compile(r"\b(?:teachers?|instructors?),? postsecondary\b", re.IGNORECASE)
# The teachers a person has had ("I've never met anyone in these fields besides teachers")
# are no wish to teach: the plural noun alone does not count.
TEACHING = whole_words(
    r"teach(?:es|ing)?",
    r"teacher",
    r"(?:be|become|becoming)\s+an?\s+(?:[a-z-]+\s+){0,3}teachers?",
    r"professors?",
    r"lecturers?",
    r"instructors?",
    r"faculty",
    r"tutor\w*",
    r"academia",
    r"tenure\w*",
    r"educators?",
)
# A school below college ("math teacher in high school") means that school's teachers, not a
# subject's teachers at a college, unless college is named too.
SCHOOL_LEVEL = whole_words(
    r"high ?schools?", r"middle ?schools?", r"elementary", r"grade ?schools?", r"k-12",
    r"kindergarten", r"pre-?school", r"secondary schools?", r"junior high",
)  # fmt: skip
COLLEGE_LEVEL = whole_words(
    r"college", r"university", r"uni", r"postsecondary", r"professors?", r"lecturers?",
    r"community college", r"faculty", r"tenure\w*",
)  # fmt: skip
# The technicians, assistants and aides of a field share its words with the profession
# ("Veterinary Technologists and Technicians" for "veterinary"); a question about the field
# means the profession unless it speaks of support roles.
SUPPORTS_A_PROFESSION = re.compile(
    r"\b(?:technicians?|technologists?|assistants?|aides?|helpers?)\b", re.IGNORECASE
)
SUPPORT_ROLE = whole_words(
    r"techs?", r"technicians?", r"technologists?", r"assistants?", r"aides?", r"helpers?",
    r"support", r"entry[ -]level", r"no degree", r"without a degree", r"certificate",
)  # fmt: skip
SUPPORT_PENALTY = 0.04  # breaks near-ties only: a plain match to the support role still wins
# Managers and supervisors of a field share its words with those who do the work ("Financial
# Managers" for "a career in finance", "manage stress" stemming to "managers"); they need
# years in the field, so a question about the field means its practitioners unless it speaks
# of managing people or a business.
LEADS_A_FIELD = re.compile(
    r"\b(?:managers?|supervisors?|directors?|chief|executives?|administrators?)\b", re.IGNORECASE
)
LEADING = whole_words(
    r"manag(?:er|ers|ement)", r"managing (?:a|the|people|staff|teams?|projects?)",
    r"supervis\w*", r"directors?", r"executives?", r"chief", r"administrat\w*", r"boss",
    r"lead(?:ing)? (?:a |the )?teams?", r"mba", r"run(?:ning)? (?:a|my own|my|the) \w+",
)  # fmt: skip
LEADING_PENALTY = 0.08
LEADING_WORDS = ["managers", "supervisors", "directors", "executives", "administrators", "chief"]
