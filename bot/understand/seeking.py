"""Whether a message is a career search — asking which careers fit ("what careers suit
someone who…", "any ideas?"), rather than about one — and where in it the search starts."""

from __future__ import annotations

import re

from bot.text import whole_words
from bot.understand.asks import asking_text
from bot.understand.aversions import aversions
from bot.understand.needs import SENTENCE_END

# Asking which careers fit, rather than about one ("what careers suit someone who…").
SEEKS_CAREERS = whole_words(
    r"(?:what|which|any|good|best) (?:\w+ ){0,3}(?:careers?|jobs?|occupations?|professions?|"
    r"fields?|career paths?) (?:for|that|where|with|would|should|could|can|suit|fit|are there)",
    r"careers? (?:options|ideas|paths?) (?:for|that|in)", r"jobs? for (?:someone|people|me)",
    r"(?:careers?|jobs?|occupations?) (?:\w+ ){0,3}for (?:someone|people|a person|me)\b",
    r"(?:career|job) (?:works|is best|fits?|suits?) (?:best )?for me",
    r"what (?:should|could|can) i (?:do|become|be) (?:with|if|for|as a career)",
    # "whats something i can train for in less than a year", "what job could i get certified in"
    r"(?:what|which|any)(?:'?s| is)? (?:\w+ ){0,2}(?:something|anything|jobs?|careers?|trades?)"
    r" (?:that )?(?:i|you|u|someone|one|a person) (?:can|could) (?:train|study|learn|get "
    r"certified|go to school) (?:for|in|to)\b",
    r"what are my options",
    # "any jobs i can do remotely?", "what jobs can i do with a GED"
    r"(?:what|which|any) (?:\w+ ){0,2}(?:careers?|jobs?) (?:that )?(?:(?:i|you|u|someone|one) "
    r"(?:can|could)|(?:can|could) (?:i|you|u|someone|one)) (?:\w+ )?do\b",
    # "doc says no more driving. what can i do thats not hard on my back"
    r"what (?:else )?(?:can|could) i do (?:that|thats|that'?s|where|with|without|instead|now)\b",
    # "what civilian jobs i even qualify for", "what jobs could i get", "what fits someone like me"
    r"(?:what|which) (?:\w+ ){0,2}(?:careers?|jobs?) (?:do |could |can |would |might )?(?:i|you|u"
    r"|someone|he|she) (?:\w+ ){0,2}(?:qualify|get|fit)\b",
    r"what (?:\w+ )?(?:fits|suits|would fit|would suit) (?:someone|somebody|a person|people) "
    r"like me",
    # "want to get into cyber security. what job title should i even be looking at"
    r"what (?:job |career )?(?:titles?|roles?|positions?) (?:should|could|can|do|would) (?:i|you|"
    r"someone) (?:\w+ ){0,2}(?:look|search|apply|aim|target)\w*",
    r"how (?:do|can|should) i (?:choose|decide|pick) (?:between|a|which|what)",
    r"(?:don'?t|do not) (?:really |even )?know what (?:i (?:want|should|could) )?(?:to )?"
    r"(?:do|be|study)",
    r"(?:i'?d|i would|i want to|i wanna) (?:like )?(?:[\w-]+ ){0,2}(?:work|a job|a career) "
    r"(?:with|in|where|that)",
    r"(?:need|want|looking for|find) (?:a |some )?(?:new |good |better |stable )?"
    r"(?:job|career|work) (?:in|with|that|where|i can|for me)",
    # "what jobs pay decent…", "well paying jobs", "any ideas?", "jobs without a degree"
    r"(?:what|which|any) (?:\w+ ){0,2}(?:careers?|jobs?|trades?|fields?) (?:pay|don'?t|do not|"
    r"need|only|require|let|use)",
    r"(?:well|high|higher|highest|good|better|best|top|decent)[- ]paying (?:careers?|jobs?|work)",
    # "which jobs are growing the fastest", "what careers are most in demand"
    r"(?:what|which) (?:\w+ ){0,2}(?:careers?|jobs?|occupations?|fields?) (?:are|is) (?:\w+ )?"
    r"(?:growing|in demand|paying|the (?:best|fastest|highest))",
    r"any (?:\w+ )?ideas", r"(?:careers?|jobs?) (?:without|with no|that don'?t need)",
    # "what jobs actually use drawing?", "Ideas??" after a story, "jobs where you travel"
    r"(?:what|which|any) (?:careers?|jobs?|trades?|fields?) (?:actually|really|even|also) (?:pay|"
    r"need|use|involve|require|let)", r"(?:^|[.!?] *)ideas(?=\s*\?)",
    r"(?:careers?|jobs?|work) where (?:you|u|i|one|people) (?:get to |can |could )?(?:travel|use"
    r"|help|work)",
    # "r there jobs in healthcare where u dont see blood??", "what jobs in healthcare dont…"
    r"(?:are|r) there (?:any )?(?:\w+ ){0,2}(?:careers?|jobs?|roles?|positions?) (?:in \w+ )?"
    r"(?:where|that|without|for (?:someone|people|me))\b",
    # "are there jobs in psychology with just a bachelors?", "…i hate coding. are there jobs
    # for that": careers to do, not openings to count
    r"(?:are|r) there (?:any )?(?:\w+ )?(?:careers?|jobs?|roles?) (?:in \w+ )?"
    r"(?:with (?:just |only |a |an )|for (?:that|this|those|it)\W*$)",
    r"(?:what|which|any) (?:careers?|jobs?|roles?) in (?:\w+ ){1,2}(?:that|where|dont|don'?t|do not"
    r"|without|with|are|involve|pay)\b",
    r"(?:jobs?|careers?|work) (?:\w+ )?(?:r|are|is) like (?:that|this|those)",
    r"(?:jobs?|careers?) (?:would|could|might) (?:fit|suit|work for) (?:me|him|her|them)",
    r"^\W*(?:good |best |other )?(?:careers?|jobs?|occupations?) (?:in|with|without|that)\b",
    r"(?:something|anything) (?:\w+ )?similar\b",  # "whats something similar w/o chemicals"
    # "Anything that is mostly sitting at a computer…?", "Something with no math please"
    r"(?:^|[.!?]+ +)(?:anything|something) (?:\w+ )?(?:that|where|with|without|w/o)\b",
    # "whats something with an associates that pays well", "anything overnight that pays better"
    r"(?:what'?s|whats|what is|got|any) (?:like )?(?:something|anything) (?:else )?"
    r"(?:(?!similar\b)\w+ )?(?:that|where|with|without|w/o)\b",
    # "no i mean a DIFFERENT job. not air traffic", "another career that pays more"
    r"(?:i mean|i meant|i want|i need|looking for|what about|how about) (?:like )?(?:a |some )?"
    r"(?:different|other|another) (?:job|career|line of work|field)\b",
    # "is there something in between i could do first without a degree?", "are there jobs i
    # could start like right away without school"
    r"(?:is|are|r) there (?:like )?(?:anything|something|(?:any )?(?:jobs?|careers?|work)) "
    r"(?:[\w-]+ ){0,4}(?:i|you|u|someone) (?:can|could|might) (?:do|start|get|try)\b",
    # "is there something in between, like working at a camp or rec center with kids?"
    r"(?:is|are|r) there (?:like )?(?:anything|something|an?(?: \w+)? (?:job|role|step)) "
    r"(?:in )?between\b",
    # "What jobs like that could I start", "which careers similar to this pay more"
    r"(?:what|which|any) (?:other )?(?:careers?|jobs?|work) (?:like (?:that|this|those)|similar)",
    r"(?:something|anything) (?:\w+ )?like (?:\w+ ){1,2}(?:jobs|careers|roles)\b",  # "…like
    # sustainability jobs where my marketing skills would transfer?"
    # "what jobs are good with my hands", "what jobs have the least talking", "what careers
    # actually exist out here", "whats a job that pays 50k+", "OTHER jobs that pay good"
    r"(?:what|which|any) (?:\w+ ){0,2}(?:careers|jobs|occupations|professions) (?:\w+ )?(?:are|is"
    r"|have|has|exist|let|involve|allow|keep|suit|fit|work)\b(?! (?:in (?:\w+ )?demand|growing))",
    # "jobs for an introvert?", "best careers for night owls" asked alone
    r"^\W*(?:(?:good|best|better|top|any|some|great|ideal|possible|what|which) ){0,2}"
    r"(?:careers?|jobs?|occupations?) for (?:an? )?[a-z-]+(?: [a-z-]+)?(?=\W*$)",
    r"(?:what'?s|whats|what is|is there) (?:a|an|any|some) (?:\w+ ){0,2}(?:job|career)s? (?:that|"
    r"where|with|for)\b",
    # "is there like a lab tech kind of job where…", "is there anything outdoors like forestry"
    r"(?:is|are) there (?:like |maybe )?(?:an? |any |some )?(?:[\w-]+ ){0,3}(?:kind|type|sort)s? of"
    r" (?:job|career|work|role)s?\b",
    r"(?:is|are) there (?:like )?(?:anything|something) (?:[\w-]+ ){0,3}(?:like|where)\b",
    r"(?:other|different|more) (?:\w+ )?(?:jobs|careers|options|occupations) (?:that|where|with|"
    r"without|w/o|like|for|which)\b",
    r"what else (?:pays?|earns?|is (?:there|out there)|(?:could|can|should|would) (?:i|he|she|we)"
    r" (?:do|be|become|try))\b",
    r"what (?:can|could) (?:i|he|she|we) (?:\w+ )?(?:get hired (?:for|as|in)|get a job (?:in|as|"
    r"with|doing))",
    r"(?:what|how) about (?:\w+ ){0,2}(?:\w+ (?:or|and) \w+ )?(?:jobs|careers|roles|work) (?:where"
    r"|that|with|without|in|for)\b", r"(?:what|how) about (?:\w+ (?:or|and) )?\w+ (?:jobs|careers)"
    r"(?=\W*$)",
    # a search told again, by example ("something sitting down like office or front desk",
    # "no i meant like trades. building stuff, fixing engines")
    r"something (?:\w+ ){0,3}like (?:an? )?(?:\w+ ){0,2}(?:office|desk|\w+ (?:or|and) \w+)",
    # "i mean like office or desk type jobs"
    r"(?:i mean|i meant) (?:like |more like )?(?:\w+ ){0,4}(?:trades|jobs|careers|work|fields)\b",
    r"(?:i mean|i meant) (?:something )?more (?!money|pay|about|of|than|like (?:it|that|this))\w+",
    # likes told as the whole message, asking nothing ("i like animals but not blood")
    r"^(?:i|im|i'?m|i am)(?: really| kinda| just| also)? (?:like|love|enjoy|into|good with|good at"
    r"|passionate about)(?! (?:that|this|it|the|those|them|how|what)\b)(?=[^?]*$)",
)  # fmt: skip
# One career judged ("is welding a good career for him?"): no search for careers that fit.
ONE_JUDGED = whole_words(
    r"(?:is|isn't)\s+(?!there\b)(?:[\w'-]+\s+){1,4}an?\s+(?:good|great|bad|solid|smart"
    r"|decent|right|realistic)\s+(?:career|job|fit|choice|option)s?\s+for"
)


# "what else?" closing a message: after something ruled out ("roofing is out. what else?"),
# other careers
ELSE_CLOSING = re.compile(
    r"(?:^|[.!?,;]\s*)(?:so |ok |then |well )?(?:what|anything) else\W*$", re.I
)


def seeks_careers(text: str) -> bool:
    """``text`` asks which careers fit rather than about one."""
    if ELSE_CLOSING.search(text) and aversions(text):
        return True
    return bool(SEEKS_CAREERS.search(ONE_JUDGED.sub(" ", text)))


def search_part(text: str) -> str:
    """The part of ``text`` from where it asks which careers fit ("paramedic 10 yrs, bad
    back. what jobs could use my medical background" → "what jobs could use…"), else ``""``."""
    found = SEEKS_CAREERS.search(ONE_JUDGED.sub(lambda m: " " * len(m[0]), text))
    return text[found.start() :].lstrip(".!? ") if found else ""


def story_and_search(text: str) -> tuple[str, str]:
    """``text`` told before its search, and the search ("paramedic 10 yrs, bad back." and
    "what jobs could use…"); without a search, the whole is story."""
    search = search_part(text)
    return text[: len(text) - len(search)], search


def searching_sentence(text: str) -> str:
    """The asking sentence of ``text`` its career search is in ("…are both on your feet all
    day. i mean like office or desk type jobs": the last), else ``""``."""
    asking = asking_text(text)
    search = search_part(asking)
    return next((s for s in SENTENCE_END.split(asking) if search and search[:20] in s), "")


# An activity given as the example of the work sought ("is there something in between, like
# working at a camp or rec center with kids?"); not a filler "like" ("start like right away"),
# nor places or fields ("more like teaching or education", "like industry or hospital")
EXAMPLE_SOUGHT = re.compile(
    r",\s+like\s+(?P<what>(?!(?:nothing|something|anything|thing)\b)[a-z]+ing\b[^?.!,]*?)"
    r"(?=\s+(?:but|though|tho|that|which|where)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)


def example_sought(search: str) -> str:
    """The activity a search gives as its example, if any ("working at a camp or rec center")."""
    found = EXAMPLE_SOUGHT.search(search)
    return found["what"].strip() if found else ""
