"""A field of work read as the people who practise it: "psychiatry" as psychiatrists,
"veterinary" as veterinarians, "surgery" as surgeons, "nursing school" as nurses.

Titles name practitioners; people name fields. Where the two stem differently the title
ranking would only see the field's other careers, whose titles carry the field as a
modifier ("Veterinary Technologists", "Pediatric Surgeons"). The field forms are derived
from the titles' job nouns by English word formation, never listed word by word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence

import Stemmer

# A gerund names a field only where it is used as one ("nursing school", "a career in
# welding"); alone it is mostly an activity ("working", "building a résumé").
GERUND_AS_FIELD = re.compile(
    r"\b([a-z]+ing)\s+(?:school|field|career|degree|major|program|industry|student|class"
    r"|course|job)s?\b"
    r"|\b(?:in|into|study|studying|studied|pursue|pursuing|learn|learning)\s+(?:[a-z]+\s+)?"
    r"([a-z]+ing)\b"
    # "is welding a good career?", "what about plumbing as a trade"
    r"|\b(?:is|was|about|consider|considering)\s+([a-z]+ing)\s+(?:(?:a|an|the|as|really|still"
    r"|good|great|bad|solid|decent|stable|smart|viable|real)\s+){1,3}(?:career|job|field|trade"
    r"|option|choice|path)s?\b"
    # "dispatching is a sit down job", "plumbing is a good trade"
    r"|\b([a-z]+ing)\s+(?:is|was|seems)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:career|job|field"
    r"|trade|option|path)s?\b"
)

# Fields whose name English does not derive from their practitioners' (Latin adjectives
# and clippings): "the medical field", "med school", "a career in medicine", "dental school",
# "culinary arts". Read as the practitioners unless they modify a job ("medical assistant").
IRREGULAR_FIELDS = {
    "medical": "physician",
    "medicine": "physician",
    "med": "physician",
    "premed": "physician",
    "dental": "dentist",
    "legal": "lawyer",
    "culinary": "chef",
    "science": "scientist",  # "data science", "computer science"
}

# Practitioners of work any job does: "helping people" is no helper's field, "working
# outside" no worker's.
GENERAL_DOERS = frozenset(
    ("helper", "worker", "maker", "user", "holder", "keeper", "handler", "leader")
)


def field_forms(person: str) -> tuple[list[str], list[str]]:
    """The names of ``person``'s field (a singular job noun): nouns and adjectives
    (``psychiatrist`` → psychiatry; ``pediatrician`` → pediatric, pediatrics; ``surgeon``
    → surgery; ``lawyer`` → law; ``carpenter`` → carpentry; ``architect`` → architecture),
    then gerunds (``welder`` → welding)."""
    nouns: list[str] = []
    if person.endswith("ist"):
        base = person[:-3]
        nouns = [f"{base}y", f"{person}ry", f"{base}ics", f"{base}ism"]
    elif person.endswith("ian"):
        base = person[:-3]
        nouns = [base, f"{base}s", f"{base}y"]
    elif person.endswith("eon"):
        nouns = [f"{person[:-3]}ery"]
    elif person.endswith("yer"):
        nouns = [person[:-3]]
    elif person.endswith("er"):  # photographer → photography, carpenter → carpentry
        nouns = [f"{person[:-2]}y", f"{person[:-2]}ry"]
    elif person.endswith("t"):  # architect → architecture
        nouns = [f"{person}ure"]
    gerunds: list[str] = []
    if person in GENERAL_DOERS:
        return nouns, []
    if person.endswith(("er", "or")):
        gerunds = [f"{person[:-2]}ing"]
    elif person.endswith("e"):
        gerunds = [f"{person[:-1]}ing"]
    return nouns, gerunds


class Fields:
    """The practitioners' title stems a message's field words stand for."""

    def __init__(
        self,
        people: Iterable[str],
        stemmer: Stemmer.Stemmer,
        known: set[str],
        vocabulary: Collection[str],
        titles: Iterable[Sequence[str]] = (),
        jobs: Collection[str] = (),
    ) -> None:
        """``people`` are the titles' singular words, ``known`` the title stems and
        ``vocabulary`` known words: a derived field is a word. A field word followed by a
        job noun of ``jobs`` ("veterinary tech") or by its next word in one of ``titles``
        ("law enforcement" of "Alcohol Law Enforcement Agent") modifies that job."""
        self._stemmer = stemmer
        self._jobs = frozenset(jobs) | {"tech"}
        self._phrases = {
            pair for title in titles for pair in itertools.pairwise(stemmer.stemWords(list(title)))
        }
        nouns: dict[str, set[str]] = {}
        gerunds: dict[str, set[str]] = {}
        for person in people:
            head = stemmer.stemWord(person)
            if head not in known:
                continue
            found, ing = ([w for w in forms if w in vocabulary] for forms in field_forms(person))
            for form in stemmer.stemWords(found):
                nouns.setdefault(form, set()).add(head)
            for form in stemmer.stemWords(ing):
                gerunds.setdefault(form, set()).add(head)
        for form, person in IRREGULAR_FIELDS.items():
            if stemmer.stemWord(person) in known:
                nouns.setdefault(stemmer.stemWord(form), set()).add(stemmer.stemWord(person))
        # a field two practitioners derive from ("physics": physicist, physician) names neither
        self._nouns = {f: h.pop() for f, h in nouns.items() if len(h) == 1 and f not in h}
        self._gerunds = {f: h.pop() for f, h in gerunds.items() if len(h) == 1 and f not in h}

    def stems(self, words: Sequence[str]) -> list[str]:
        """``words`` stemmed as the title ranking stems them."""
        return list(self._stemmer.stemWords(list(words)))

    def read(
        self,
        words: Sequence[str],
        message: str,
        skip: Collection[str],
        practice: bool = True,
        gerunds: bool = False,
    ) -> list[str]:
        """The stems of ``words`` (the message's singular words) for the title ranking, a
        field word read as its practitioners' stem ("veterinary school": veterinarian), not
        as the modifier of other titles, unless the message too uses it as a modifier
        ("law enforcement"); gerunds only where ``message`` uses them as a field. Words in
        ``skip`` are left out; with ``practice`` false, every word is read as it is; with
        ``gerunds``, every gerund is read as a field (``message`` names one: "welding")."""
        stems = self._stemmer.stemWords(list(words))
        if not practice:
            return [s for w, s in zip(words, stems, strict=True) if w not in skip]
        out: list[str] = []
        for n, (word, stem) in enumerate(zip(words, stems, strict=True)):
            if word in skip:
                continue
            after = n + 1 < len(stems)
            modifies = after and (  # "medical billing", "legal transcription": a kind of work
                (stem, stems[n + 1]) in self._phrases
                or words[n + 1] in self._jobs
                or words[n + 1].endswith(("ing", "tion"))
            )
            out.append(self._nouns[stem] if stem in self._nouns and not modifies else stem)
        fields = [
            next(g for g in m.groups() if g) for m in GERUND_AS_FIELD.finditer(message.lower())
        ]
        said = [w for w in words if w.endswith("ing")] if gerunds else fields  # not "directly"
        for stem in self._stemmer.stemWords(said):
            if stem in self._gerunds:
                out = [self._gerunds[stem] if s == stem else s for s in out]
        return out
