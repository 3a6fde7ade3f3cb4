"""Follow-up questions to offer after an answer, limited to what the guide covers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.compose.roles import person, role
from knowledge.model import Guide


@dataclass(frozen=True)
class Topic:
    """A question the guide can answer when it has a section matching ``section``."""

    key: str
    section: re.Pattern[str]
    question: str


def _topic(key: str, section: str, question: str) -> Topic:
    return Topic(key, re.compile(section, re.IGNORECASE), question)


TOPICS = [
    _topic("path", r"^Path to|^How to Become One$", "How do I become {role}?"),
    _topic("salary", r"Salary", "What does {role} earn?"),
    _topic("education", r"^Required Education", "How long does the training take?"),
    _topic("skills", r"Tech Skills|^Top Skills$", "What skills do I need?"),
    _topic("tools", r"^Tech Stack", "What tools and equipment will I use?"),
    _topic("day", r"^A Day in the Life", "What does a typical day look like?"),
    _topic("stress", r"^Work-Life", "Is the job stressful?"),
    _topic("tiers", r"^Career Path Tiers", "What are the career levels?"),
    _topic("certifications", r"certifications", "Which certifications help?"),
    _topic("remote", r"work remotely", "Can I work remotely?"),
    _topic("growth", r"^Job Outlook", "Is the job market growing?"),
    _topic("mistakes", r"^Common Mistakes", "What mistakes do beginners make?"),
    _topic("senior-pay", r"Salary", "What does a senior {job} earn?"),
]
BY_KEY = {t.key: t for t in TOPICS}
NEXT = {
    "path": ["education", "salary", "skills"],
    "salary": ["senior-pay", "tiers", "path"],
    "senior-pay": ["tiers", "growth", "path"],
    "education": ["certifications", "salary", "skills"],
    "skills": ["tools", "certifications", "path"],
    "tools": ["skills", "day", "salary"],
    "day": ["stress", "tools", "salary"],
    "stress": ["day", "remote", "salary"],
    "tiers": ["senior-pay", "skills", "growth"],
    "growth": ["salary", "path", "tiers"],
}
STARTERS = ["path", "salary", "day"]
DEFAULT_ORDER = ["path", "salary", "education", "day", "stress", "tiers", "skills", "growth"]


def topic_of(subject: str) -> str:
    """The topic key of an answer's subject (an intent name or a section path)."""
    if subject in BY_KEY:
        return subject
    parts = subject.split(" › ")
    return next((t.key for t in TOPICS for part in parts if t.section.search(part)), "")


def suggest(guide: Guide, subject: str, asked: set[str], count: int = 3) -> list[str]:
    """Up to ``count`` questions to ask next, none already asked, none about ``subject``."""
    current = topic_of(subject)
    paths = [s.path_text for s in guide.walk()]
    keys = [*NEXT.get(current, []), *DEFAULT_ORDER] if subject else STARTERS + DEFAULT_ORDER
    questions: list[str] = []
    one, job = role(guide), person(guide)
    for key in dict.fromkeys(keys):
        topic = BY_KEY[key]
        if one is None and "{" in topic.question:
            continue  # a title no job name reads from ("…and Related Workers, All Other")
        question = topic.question.format(role=one, job=job)
        covered = any(topic.section.search(p.split(" › ")[-1]) for p in paths)
        if key != current and covered and question.lower() not in asked:
            questions.append(question)
        if len(questions) == count:
            break
    return questions
