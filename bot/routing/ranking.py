"""Every career scored for a message: summary similarity, title words, size, and which
side of a field the message means (practitioners, not its teachers, aides or managers)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from bot.routing.career import Career
from bot.routing.fields import Fields, field_forms
from bot.routing.job_words import tokens
from bot.routing.names import CareerNames
from bot.routing.sides import (
    COLLEGE_LEVEL,
    LEADING,
    LEADING_PENALTY,
    LEADING_WORDS,
    LEADS_A_FIELD,
    SCHOOL_LEVEL,
    SUPPORT_PENALTY,
    SUPPORT_ROLE,
    SUPPORTS_A_PROFESSION,
    TEACHES_A_SUBJECT,
    TEACHING,
    TEACHING_PENALTY,
)
from bot.text import STOPWORDS, english_stemmer

PROMINENCE_WEIGHT = 0.02  # per tenfold employment, added to summary similarity
TITLE_WEIGHT = 0.25  # the best title-word match, added to summary similarity
# added where a field said as a gerund is the work of the people a title names ("switching
# to nursing": the nurses, before the nurse practitioners, whose title only uses the word)
DOER_WEIGHT = 0.03
# Words of career talk that O*NET titles also use ("Job Analysis", "Career/Technical").
NOT_TITLE_WORDS = frozenset(
    (
        *("job", "career", "work", "working", "help", "people", "person", "life", "real"),
        *("pay", "salary", "make", "money", "day", "good", "best", "get", "start"),
        *("started", "become", "learn", "still", "actually"),
        # how soon the visitor wants the work ("a better job fast"), not "Fast Food"
        *("fast", "quick", "quickly", "soon", "asap"),
        *("train", "trained"),  # learning the work ("something i can train for"), no trainer
        # A student's situation, not a career ("Career/Technical Education Teachers, Middle
        # School" for "what classes in high school should I take?").
        *("school", "high", "middle", "college", "education", "class", "student"),
        *("university", "degree", "major", "course", "grade"),
    )
)


def summary_vectors(careers: Sequence[Career], embeddings: Embeddings) -> np.ndarray:
    """The vectors of the careers' summaries (none for a one-guide site, which never ranks)."""
    if len(careers) < 2:
        return np.zeros((len(careers), 0), dtype=np.float32)
    return np.asarray(embeddings.embed_documents([c.summary for c in careers]), dtype=np.float32)


def doers_by_gerund(careers: Sequence[Career]) -> dict[str, np.ndarray]:
    """For each field said as a gerund, 1 for the careers titled as the people doing it
    ("nursing": "… Nurses", "Nurses, Licensed Practical"), else 0."""
    doing: dict[str, np.ndarray] = {}
    for i, career in enumerate(careers):
        for title in career.titles:
            parts = (title.split(",")[0], title)  # "Nurses, …": nurses too
            for person in {said[-1] for part in parts if (said := tokens(part))}:
                for gerund in field_forms(person)[1]:
                    doing.setdefault(gerund, np.zeros(len(careers), dtype=np.float32))[i] = 1
    return doing


class CareerRanking:
    """Scores careers for a message; summaries are embedded once (remembered by hash)."""

    def __init__(
        self,
        careers: Sequence[Career],
        embeddings: Embeddings,
        names: CareerNames,
        words: Collection[str],
    ) -> None:
        """``words``: the words a derived field name must be (the guides' and English)."""
        self._embeddings = embeddings
        self._slugs = [c.slug for c in careers]
        self._summaries = summary_vectors(careers, embeddings)
        self._prominence = np.array([c.prominence for c in careers], dtype=np.float32)
        self._teaching = np.array(
            [bool(TEACHES_A_SUBJECT.search(c.name)) for c in careers], dtype=np.float32
        )
        self._support = np.array(
            [bool(SUPPORTS_A_PROFESSION.search(c.name)) for c in careers], dtype=np.float32
        )
        self._leading = np.array(
            [bool(LEADS_A_FIELD.search(c.name)) for c in careers], dtype=np.float32
        )
        self._stemmer = english_stemmer()
        self._leading_stems = frozenset(self._stemmer.stemWords(LEADING_WORDS))
        self._title_index = bm25s.BM25()
        titles = [" ".join(" ".join(tokens(t)) for t in c.titles) for c in careers]
        indexed = bm25s.tokenize(titles, stemmer=self._stemmer, show_progress=False)
        self._title_vocabulary: dict[str, int] = dict(indexed.vocab)
        self._title_index.index(indexed, show_progress=False)
        self._doing = doers_by_gerund(careers)
        people = {w for c in careers for t in c.titles for w in tokens(t)}
        named = [tokens(t) for c in careers for t in (*c.titles, *c.alternates)]
        self.fields = Fields(
            people, self._stemmer, set(self._title_vocabulary), words, named, names.job_words
        )

    def rank(
        self, message: str, vector: np.ndarray, titles: bool = True, named: bool = False
    ) -> list[tuple[str, float]]:
        """Every career scored for the message, best first: summary similarity, title
        words (BM25 over titles and alternative titles; off for a question that seeks
        careers, whose words are interests, not titles: "drawing") and size. ``named``:
        the message is the name of an option, so a gerund there is a field ("welding")."""
        scores = PROMINENCE_WEIGHT * self._prominence
        below_college = SCHOOL_LEVEL.search(message) and not COLLEGE_LEVEL.search(message)
        if below_college or not TEACHING.search(message):  # "math teacher in high school"
            scores = scores - TEACHING_PENALTY * self._teaching
        support = bool(SUPPORT_ROLE.search(message))
        if not support:
            scores = scores - SUPPORT_PENALTY * self._support
        leading = bool(LEADING.search(message))
        if not leading:
            scores = scores - LEADING_PENALTY * self._leading
        if len(self._summaries):
            scores = scores + self._summaries @ vector
        # a field word counts as its practitioners ("psychiatry": psychiatrists), unless
        # support roles are asked about ("pharm tech at the pharmacy counter")
        skip = STOPWORDS | NOT_TITLE_WORDS
        said = tokens(message)
        stems = self.fields.read(said, message, skip, practice=not support, gerunds=named)
        if not leading:  # "manage stress" is no word of "Financial Managers"
            stems = [t for t in stems if t not in self._leading_stems]
        ids = [self._title_vocabulary[t] for t in stems if t in self._title_vocabulary]
        if ids and titles:
            matched = self._title_index.get_scores_from_ids(ids)
            scores = scores + TITLE_WEIGHT * matched / max(float(matched.max()), 1.0)
            scores = scores + DOER_WEIGHT * self._doers_of(said)
        order = np.argsort(-scores)
        return [(self._slugs[i], float(scores[i])) for i in order.tolist()]

    def _doers_of(self, words: Sequence[str]) -> np.ndarray:
        """1 for each career titled as the people doing a field ``words`` say as a gerund,
        not as the modifier of a title word next ("nursing": the nurses; not "nursing
        assistant"), else 0."""
        found = np.zeros(len(self._slugs), dtype=np.float32)
        for word, after in zip(words, [*words[1:], ""], strict=True):
            if word not in self._doing:
                continue
            if (
                after not in NOT_TITLE_WORDS
                and self._stemmer.stemWord(after) in self._title_vocabulary
            ):
                continue  # modifies the title word next; "nursing school" is the field's still
            found = np.maximum(found, self._doing[word])
        return found

    def nearness(self, vector: np.ndarray) -> dict[str, float]:
        """Each career's summary similarity to ``vector`` (a thing wished or not wished)."""
        if not len(self._summaries):
            return {}
        return dict(zip(self._slugs, (self._summaries @ vector).tolist(), strict=True))

    def rank_named(self, name: str) -> list[tuple[str, float]]:
        """Every career scored for the name of an option alone ("respiratory therapy")."""
        return self.rank(name, np.asarray(self._embeddings.embed_query(name)), named=True)
