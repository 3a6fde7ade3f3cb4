"""What a visitor does not want of a career ("I faint at the sight of blood", "hates sitting
at a desk", "doesn't want to be a vet"): a career search keeps away from these, never
looks for them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The words that turn what follows into something not wanted.
CUE = (
    r"(?:hate|hates|hated|dislike|dislikes|can'?t stand|cannot stand|can'?t handle|"
    r"couldn'?t (?:handle|stand|deal with)|"
    r"(?:am |i'?m |is |are )?(?:afraid|scared|terrified) of|fear of|allergic to|"
    r"squeamish (?:about|around|with)|faints? (?:at|when|around)|"
    r"pass(?:es)? out (?:at|around|when)|"
    r"(?:not|never) (?:into|good with|great with|good at|a fan of|interested in)|bad at|"
    r"(?:terrible|awful|horrible|hopeless|weak|the worst) at|suck at|struggle with|"
    # not what the bot did ("you didnt do the accountant comparison")
    r"avoid(?:ing)?|(?<!\byou )(?<!\bu )(?:do|does|did)(?:n'?t| not) (?:really )?"
    r"(?:like|want|wanna|enjoy|do well with|"
    r"handle|do|involve|need|require|include|mean)|no more|tired of|sick of|rather not|"
    r"anything but|(?<=\w )but not|besides|other than|apart from|except(?: for)?|instead of|"
    # "I want to get OUT of sales", "trying to leave retail"
    r"(?:get|getting|move|moving) (?:out of|away from)|(?:want|wanna|need|trying|looking|ready)"
    r" to (?:leave|quit)|"
    # "jobs with kids but arent teaching", not "but arent they paid badly?"
    r"(?<=\w )but (?:aren'?t|isn'?t|are not|is not)(?! (?:they|it|there|those|these|you|we|he|she)"
    r"\b)|"
    # "a different job, not customer service"
    r"(?:(?<=\w, )|(?<=\bno ))not(?! (?:sure|really|that|too|very|so|even|just|only|a lot|much)\b)|"
    r"(?:that|which|where (?:you|i|u|she|he|they|we))\s+(?:aren'?t|isn'?t|are not|is not|won'?t|"
    r"don'?t|do not|doesn'?t|does not|wouldn'?t|would not)(?:\s+(?:have|need) to)?"
    r"(?:\s+(?:be|have|need|involve|require|deal with|see|touch|handle))?"
    r"(?:\s+(?:a lot of|much|any|all))?|"
    r"(?<!at )(?:the )?least(?! (?:a|an|one|two|\d+)\b)|as little|"
    # "less lifting", not "how much less does the assistant make"
    r"(?:(?<!much )less|minimal|fewer)(?! than)(?! (?:does|do|did|would|will|could|is|are)\b)|"
    r"(?:i'?m|im|i am) not (?:going|gonna|trying|planning|looking) (?:to be(?:come)?|for)|"
    # "forget hvac. is welding dangerous", not "I forget the name", "don't forget the tools"
    r"(?<!\bi )(?<!\bdont )(?<!\bdon't )(?<!\bnot )forget(?: about)?(?: the| that)?|"
    r"(?:can'?t|cannot|unable to)(?= (?:lift|stand|climb|kneel|drive|walk)\b))"
)
# Where what is not wanted ends: a clause's end, or the turn to what is wanted.
AVERSION = re.compile(
    # a question begins after it ("besides cooking what should I get better at")
    rf"\b{CUE}\s+(?P<what>(?:(?!\b(?:but|and|so|because|though|although|while|what|how|which"
    r"|where|why)\b)"
    r"[^.,;!?()])+)",
    re.IGNORECASE,
)
# What a visitor calls not what they meant ("not what i had in mind", "what i meant by")
NOT_WHAT = (
    r"what (?:i|we) (?:had in mind|meant|mean|want(?:ed)?|was looking for|am looking for"
    r"|asked for|need(?:ed)?)"
)
# What is not wanted, said before the saying ("customer service is the opposite of what I
# want", "retail is not for me", "so vet is out").
OPPOSITE = re.compile(
    r"(?:^|[.,;!?]\s*|\b(?:no|nah|but|so|said)\W+)(?:[\w' -]*\bsaid\s+)?"
    r"(?P<what>[\w'-]{2,}(?: [\w'/-]+){0,7}?)\s+(?:(?:is|are|was|would be)\s+"
    r"(?:the\s+(?:exact\s+)?opposite of what (?:i|we) (?:want|need|like)|not for me|a no[- ]go"
    r"|an? (?:hard |big )?no(?=\s*(?:[.,;!?]|$|for me))"  # "roofing… ladders is a no"
    r"|out of the question\b"  # "nights are out of the question"
    r"|a step down"  # "LPN would be a step down for me"
    # "lifeguard is more of a summer thing for me", "lawyer is too much school for me"
    r"|more of an? [\w-]+ (?:thing|job|gig)\b|(?:way )?too much (?:\w+ )?for me"
    # "restaurant hours are brutal", "retail is killing me"
    r"|(?:brutal|terrible|awful|horrible|exhausting|miserable|the worst|killing me)\b"
    # "fine artist is exactly the unstable thing im trying to get away from"
    r"|(?:exactly |just )?(?:the )?(?:\w+ )?(?:thing|stuff|kind of \w+|what) (?:i'?m|im|i am)"
    r" (?:trying|looking|wanting|hoping) to (?:get away from|avoid|escape|leave)"
    # "gas station attendant is not what i had in mind"
    rf"|not (?:really |exactly |quite )?{NOT_WHAT}"
    r"|out\b(?! (?:of|there|in|on|for))|off the table)"
    # "washing and parking cars isnt really what i had in mind"
    rf"|(?:isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt)\s+(?:really |exactly |quite )?{NOT_WHAT}"
    r"|(?:isn'?t|isnt|aren'?t|arent)\s+(?:really |exactly )?for me)",  # "cop isnt for me"
    re.IGNORECASE,
)
# A career the last answer gave, turned down: "crossing guards?? no. information security…"
TURNED_DOWN = re.compile(
    r"(?:^|[.!]\s+)(?:(?:um+|uh+|hm+|wait|ok|okay|lol|no+|nah)\W+)*"
    r"(?!(?:is|are|do|does|did|can|could|would|will|should|what|how|so)\b)"
    r"(?P<what>[a-z][\w' -]{2,40}?)\s*(?:\?+\s*(?:no|nope|nah)(?: thanks| thank you| way)?\b"
    r"(?=\s*[.!,]|\s*$|\s+(?:lol|lmao|haha)\b)"
    # "Actuaries and mathematicians?? I literally said…", "construction laborer?? thats worse"
    r"|\?{2,}\s*(?=i (?:literally |already |just )?said\b|i told you\b"
    r"|(?:i'?m|im|i am) an? \w+"  # "no... industrial engineer?? i'm a pharmacist"
    r"|(?:that'?s|thats|those are|they'?re|theyre) (?:even |way )?worse\b)"
    # "um surgeons arent creative jobs??": what was offered is not what was asked for
    r"|\s+(?:arent|aren'?t|are not|isnt|isn'?t|is not) (?:\w+ ){0,2}(?:jobs?|careers?|work)"
    r"\W*\?"
    r"|,?\s+really\s*\?+"  # "parking attendant, really? lol"
    # "Waiters? Not quite what I had in mind."
    r"|\?+\s*(?:(?:no|nah|hm+)\W+)?(?:that'?s |thats |its |it'?s )?"
    rf"not (?:really |exactly |quite )?{NOT_WHAT})",
    re.IGNORECASE,
)
# A career the last answer gave, questioned and turned down: "why fashion designers lol, im
# not doing that", "why r u talking about nurses lmao. i meant pilot licenses"
WHY_THAT = re.compile(
    r"(?:^|[.!?]\s+)why\s+(?:(?:r|are)\s+(?:u|you)\s+(?:talking about|giving me|bringing up"
    r"|showing me|on)\s+|(?:did|do|would)\s+(?:u|you)\s+(?:say|give me|bring up|show me|pick)\s+)?"
    r"(?P<what>[a-z][\w' -]{2,60}?)(?:\s+(?:lol|lmao|haha|tho))?\s*[?,.!]*\s*(?:(?:lol|lmao)\W+)?"
    r"(?=(?:i'?m|im|i am)\s+not\b|i (?:literally |already |just )?(?:said|asked|meant|told)\b"
    r"|(?:that'?s|thats|those are|they'?re|theyre) not\b|not (?:what|interested)\b|no\b"
    r"|anyway\b)",  # "why fashion designers?? anyway is the hair industry growing"
    re.IGNORECASE,
)
# A career offered, laughed off beside one liked: "event planner could be fun, but janitor??"
BUT_THAT = re.compile(
    r"\bbut (?!(?:why|how|what|when|where|who|which|is|are|do|does|did|can|could|would|will"
    r"|should|the|it|that|this|they|you|u|i|not|no)\b)"
    r"(?P<what>[a-z][\w'-]+(?: [\w'-]+){0,2})\?{2,}",
    re.IGNORECASE,
)
# The careers the last answer talked of, questioned outright: "why r u talking about nurses
# lol. last q, what software do actuaries use"
WHY_TALKING = re.compile(
    r"(?:^|[.!?]\s+)why\s+(?:r|are)\s+(?:u|you)\s+(?:talking about|giving me|bringing up"
    r"|showing me)\s+(?P<what>[a-z][\w' -]{2,60}?)(?=(?:\s+(?:lol|lmao|haha))?\s*(?:[?,.!]|$))",
    re.IGNORECASE,
)
# A career offered, laughed off after what is wanted: "computer stuff not janitor lol"
NOT_THAT = re.compile(
    r"\bnot (?:an? |the )?(?!(?:too|that|it|so|really|bad|sure|much|even|very)\b)"
    r"(?P<what>[a-z][\w'-]+(?: [\w'-]+){0,2}?)\s+(?:lol|lmao|haha)\b",
    re.IGNORECASE,
)
# A career the answers keep giving, asked to stop: "please stop with animal trainers lol",
# "enough with the nurses", "no more nursing stuff"; or turned down after its name, "haha
# animal trainers, no - i meant personal trainer"
STOP_THAT = re.compile(
    r"\b(?:(?:stop|quit) (?:with|talking about|bringing up|giving me|suggesting|mentioning"
    r"|showing me)|enough (?:with|of)|no more)\s+(?:the\s+)?"
    r"(?P<what>[a-z][\w' -]{2,40}?)(?=\s*(?:lol|lmao|haha|please|pls|already)?\s*(?:[.,!?]|$))"
    r"|(?:^|[.!?]\s+)(?:(?:haha|lol|lmao|um+|uh+)\W+)?(?P<named>[a-z][\w' -]{2,40}?),?\s+"
    r"(?:no+|nope|nah)\s*(?:[-–—,.!]+\s*)?(?=i (?:mean|meant)\b)",
    re.IGNORECASE,
)
# A short "without …" at a clause's end ("careers without blood?", "w/o chemicals", "but
# no lifting"): in a story ("without directly speaking to their optometrist, who…") it is
# only how something was done.
WITHOUT = re.compile(
    r"\b(?:without|w/o|no(?= \w+ing\b| [\w-]+ (?:at all|please|pls|plz)\b))\s+"
    r"(?P<what>[\w-]+(?:\s+[\w-]+)?)"
    r"(?=\s*(?:[.,;!?)]|$|\b(?:but|and|or|please|at all)\b))",
    re.IGNORECASE,
)
# "doesn't want to go to college", "hate the idea of more school": schooling is a wish the
# search meets by its entry education, not something to keep away from.
SCHOOLING = re.compile(
    r"\b(?:college|degree|school(?! (?:bus|counsel|teacher|psycholog|nurse|social|librar))"
    r"|university|uni|studying|study|loans?|debt|student)\b",
    re.I,
)
SPOKEN = re.compile(
    r"^(?:(?:no|nah|honestly|so|well|ok(?:ay)?|but|and|like|tbh|i mean|lol|lmao|haha|hmm+)\W+)+",
    re.I,
)
# Words after what is not wanted that are no part of it ("math at all", "math lol")
TRAILING = re.compile(
    r"(?:\s+(?:at all|lol|lmao|haha|tbh|please|pls|plz|really|though|tho))+$", re.IGNORECASE
)
# The visitor's reason after what is turned down ("fast food with my knees")
OWN_REASON = re.compile(r"\s+(?:with|for|at|on|in) (?:my|me)\b.*$", re.IGNORECASE)
LEAD_IN = re.compile(
    r"^(?:to\s+)?(?:(?:i|you|u|we|they)\s+)?(?:be|become|work as|work in|work with|do|deal with|"
    r"see|the sight of|being|working|doing|seeing|dealing with)?\b\s*(?:an?\s+|the\s+|any\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Aversion:
    """One thing not wanted: the words saying so, and what it is."""

    said: str  # "faint at the sight of blood"
    what: str  # "blood"

    @property
    def each(self) -> list[str]:
        """Each thing of a list not wanted ("nurses and fitness trainers")."""
        return [part for part in JOINED.split(self.what) if part]


JOINED = re.compile(r",\s*|\s+(?:and|or|&)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# The career schooling not wanted leads to ("6 more years of grad school to be a
# psychologist"): that career is not wanted either
SCHOOLED_FOR = re.compile(
    r"\b(?:just |only )?to (?:be|become)(?: an?| the)? (?P<job>[\w-]+(?: [\w-]+){0,2})$", re.I
)
# Not wanting to lose something ("i dont wanna lose the food side completely") wants it kept
LOSING = re.compile(
    r"^(?:to\s+)?(?:lose|losing|give up|giving up|leave behind|miss out on)\b", re.I
)


def aversions(text: str) -> list[Aversion]:
    """What ``text`` says the visitor does not want, in order (schooling aside)."""
    found = []
    for match in sorted(
        [
            *AVERSION.finditer(text),
            *WITHOUT.finditer(text),
            *OPPOSITE.finditer(text),
            *TURNED_DOWN.finditer(text),
            *WHY_THAT.finditer(text),
            *(m for m in WHY_TALKING.finditer(text) if not WHY_THAT.match(text, m.start())),
            *BUT_THAT.finditer(text),
            *NOT_THAT.finditer(text),
            *STOP_THAT.finditer(text),
        ],
        key=lambda m: m.start(),
    ):
        said = match["what"] or match.groupdict().get("named") or ""
        what = LEAD_IN.sub("", SPOKEN.sub("", TRAILING.sub("", said.strip()))).strip()
        what = OWN_REASON.sub("", what)  # "fast food with my knees? no thanks": fast food
        if SCHOOLING.search(what) and (schooled := SCHOOLED_FOR.search(what)):
            what = schooled["job"]
        if what and not SCHOOLING.search(what) and not LOSING.match(what):
            found.append(Aversion(match[0].strip(), what))
    return found


def without_aversions(text: str, found: list[Aversion]) -> str:
    """``text`` with what it does not want taken out: the rest is what it seeks."""
    for aversion in found:
        text = text.replace(aversion.said, " ")
    return " ".join(text.split())
