"""The conversation's careers a bare job word points at ("the trainer job", "what techs
make" after "I'm a pharmacy tech"), and the careers a message rules out by name ("not animal
trainer", "animal trainers, no - i meant…")."""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.compose.against_own import own_jobs
from bot.routing.job_words import tokens
from bot.routing.router import Router
from knowledge.model import Guide
from knowledge.words import singular
from store.conversations import Turn

RECENT = 4  # turns back a job word may point to a career the conversation spoke of
STEM = 5  # letters of a job word long enough to name its field in a title ("trainer")
RULED_OUT = re.compile(
    r"\b(?:not|(?:didn'?t|don'?t|did not|do not) mean|instead of|rather than"
    # "please stop with animal trainers", "enough with the nurses", "no more nursing stuff"
    r"|(?:stop|quit) (?:with|talking about|bringing up|giving me|suggesting|mentioning)"
    r"|enough (?:with|of)|no more)\s+",
    re.IGNORECASE,
)
RULED_WORDS = 4  # words after "not" that may name the career ruled out
# A career turned down after its name: "haha animal trainers, no - i meant personal trainer"
TURNED_DOWN_AFTER = re.compile(
    r"(?:^|[.!?]\s*)(?P<what>[^.,;!?]{3,60}?),?\s+(?:no+|nope|nah)\b\s*(?=[-–—,.!;]|i mean)",
    re.IGNORECASE,
)
ARTICLE = re.compile(r"^(?:(?:a|an|the|my|that|those|these|to be an?|being an?)\s+)+", re.I)
OWN_STATUS = re.compile(r"\b(?:i'?m|im|i am|i was|i'?m still|am)\s*$", re.IGNORECASE)
RULED_OUT_WORDS = re.compile(RULED_OUT.pattern + r"[\w' -]+", re.IGNORECASE)


class Spoken:
    """What a conversation's job words point at, and what its messages rule out."""

    def __init__(self, guides: dict[str, Guide], router: Router) -> None:
        self._guides = guides
        self._router = router

    def of(self, named: str, turns: list[Turn], ruled_out: Collection[str] = ()) -> str | None:
        """The one career of the conversation's last turns, or the visitor's own job told in
        them, whose title has the job word ``named`` ("specialist"), or a word of its stem
        ("the trainer job": Training and Development Specialists), else ``None``; never one
        the message rules out."""
        words = {singular(w) for w in named.lower().split()}
        recent = [
            g
            for g in dict.fromkeys(g for t in turns[-RECENT:] for g in t.guides)
            if g in self._guides and g not in ruled_out
        ]
        titles = {g: title_words(self._guides[g]) for g in recent}
        found = [g for g in recent if words <= titles[g]]
        if not found:  # "trainer" of training, "coder" of coding: a word of the same stem
            found = [g for g in recent if all(_stem_in(w, titles[g]) for w in words)]
        if not found:  # "more than what techs make" after "im a pharmacy tech"
            own = [j for j in own_jobs(turns[-RECENT:], self._router.mentions) if j in self._guides]
            found = [j for j in own if words <= title_words(self._guides[j])]
        return found[0] if len(found) == 1 else None

    def ruled_out(self, message: str, turns: list[Turn] | None = None) -> set[str]:
        """Careers the message rules out by name ("not animal trainer, I meant…", "animal
        trainers, no"), a job word read also as the conversation's career ("I didn't mean
        drafters")."""
        ruled: set[str] = set()
        for found in RULED_OUT.finditer(message):
            if OWN_STATUS.search(message[: found.start()]):
                continue  # "I'm not a nurse yet": the visitor's own status
            clause = re.split(r"[.,;:!?]", message[found.end() :], maxsplit=1)[0]
            ruled |= self._named_first(clause, turns)
        for found in TURNED_DOWN_AFTER.finditer(message):
            ruled |= self._named_last(found["what"])
        return ruled

    def ruled_before(self, message: str, turns: list[Turn]) -> set[str]:
        """Careers earlier messages ruled out ("please stop with animal trainers"), unless
        this one names them again."""
        named = {  # a title written whole, not a bare word ("trainers": Animal Trainers')
            s
            for m in self._router.mentions(message)
            if m.exact
            for s in m.slugs
            if " " in m.words or (s in self._guides and {m.words} == title_words(self._guides[s]))
        }
        earlier = (self.ruled_out(t.question) for t in turns[-RECENT:])
        return {s for ruled in earlier for s in ruled} - named

    def _named_first(self, clause: str, turns: list[Turn] | None) -> set[str]:
        """The careers the first words of ``clause`` name ("not sure if electricians…" rules
        nothing out)."""
        ruled: set[str] = set()
        following = ARTICLE.sub("", " ".join(clause.split()[:RULED_WORDS]))
        first = tokens(following)[:1]
        for mention in self._router.mentions(following):
            if mention.words.split()[:1] != first:
                continue
            ruled |= set((self._router.own_name(mention) or mention).slugs)  # "PA": not
            # medical assistants, though they go by "physician assistant" too
            if turns and (meant := self.of(mention.words, turns)):
                ruled.add(meant)
        return ruled

    def _named_last(self, text: str) -> set[str]:
        """The careers a title ending ``text`` names ("haha animal trainers")."""
        last = tokens(text)[-1:]
        return {
            s
            for m in self._router.mentions(text)
            if m.exact and not m.own and tokens(m.words)[-1:] == last
            for s in (self._router.own_name(m) or m).slugs
        }


def title_words(guide: Guide) -> set[str]:
    """The singular words of the career's name."""
    return {singular(w) for w in guide.career.lower().split()}


def _stem_in(word: str, title: set[str]) -> bool:
    """A title word is the field of the worker ``word`` names: "training" of "trainer",
    "coding" of "coder", "nursing" of "nurse"; never "architectural" of "architect"."""
    bases = {word[:-2] if word.endswith(("er", "or")) else word.removesuffix("e")}
    return len(word) >= STEM and any(t.endswith("ing") and t[:-3] in bases for t in title)


def without_ruled_out(message: str) -> str:
    """``message`` without the words a "not" rules out ("no not programmers lol")."""
    return RULED_OUT_WORDS.sub(" ", message)
