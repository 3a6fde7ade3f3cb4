"""Is a message for the guides? Injections, small talk and off-topic asks are not."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.text import whole_words


class OutOfScope(StrEnum):
    """Why a message gets the polite refusal instead of an answer."""

    INJECTION = "injection"
    SMALL_TALK = "small_talk"
    OFF_TOPIC = "off_topic"
    UNRELATED = "unrelated"
    CLOSING = "closing"  # thanks or goodbye: a short closing, not the greeting


INJECTION = whole_words(
    r"ignore (?:all |any |the |your |previous |prior |above )+(?:instructions|rules|prompts?)",
    r"disregard (?:the |your |all )+\w+",
    r"system prompt",
    r"jailbreak",
    r"DAN",
    r"(?:reveal|print|show|repeat|output) (?:your |the |all )?(?:instructions|prompt|rules)",
    r"developer mode",
    r"api[ _-]?keys?",
    r"admin password",
    # a password asked for, not a help desk's "password resets"
    r"(?:your|the|its|admin|root|system|server|database|bot'?s?) passwords?(?! resets?)",
    r"(?:give|tell|show|reveal|share|send|what(?:'s| is| are)) (?:\w+ ){0,2}passwords?(?! resets?)",
    r"secret keys?",
    r"access tokens?",
    r"(?:license|licence|product) keys?",
    r"serial numbers?",
    r"pretend (?:you are|you're|to be)",
    r"you are (?:now|no longer)",
    r"forget (?:that )?you(?:'re| are)",
    r"repeat everything",
    r"system override",
)
SMALL_TALK = whole_words(
    r"hi",
    r"hello",
    r"hey",
    r"yo",
    r"sup",
    r"thanks?",
    r"thank you",
    r"lol",
    r"lmao",
    r"haha",
    r"how are you(?: doing)?",
    r"how'?s (?:your|it) (?:day )?going",
    r"what'?s up",
    r"good (?:morning|afternoon|evening)",
    r"who are you",
    r"are you (?:a bot|human|real)",
    r"tell me a joke(?: about \w+)?",
    r"your fav(?:o|ou)rite \w+",
    r"ok(?:ay)?",
    r"cool",
)
# Thanks in the other languages the safety rules read (Spanish, French, German, Portuguese)
# and Italian: "gracias", "merci beaucoup", "vielen Dank", "obrigada".
FOREIGN_THANKS = (
    r"(?:muchas )?gracias(?: por (?:todo|la ayuda))?", r"merci(?: beaucoup| bien)?",
    r"danke(?: sch(?:ö|oe)n| sehr)?", r"vielen dank", r"obrigad[oa]", r"grazie(?: mille)?",
    r"salamat(?: po)?", r"arigat(?:o|ou)", r"shukran", r"spasibo", r"dank je(?: wel)?",
    r"asante", r"cảm ơn", r"gamsahamnida", r"xie ?xie", r"tack(?: s[aå] mycket)?", r"takk",
    r"tak", r"kiitos", r"dziękuję", r"dziekuje", r"teşekkürler", r"tesekkurler",
)  # fmt: skip
CLOSING = whole_words(
    # "thank you" before "thanks?", which would leave "you so much" behind
    r"thank you(?: (?:so much|very much|again|for (?:the|your) (?:help|info\w*|answers?)))?",
    r"thanks?(?: (?:a lot|so much|again|for (?:the|your) (?:help|info\w*|answers?)))?",
    r"(?:i |really )?appreciate (?:it|that|this|the help|you)",
    r"thx", r"ty", r"cheers", r"b+y+e+", r"good ?bye", r"good ?night", r"see (?:you|ya|u)",
    r"take care", r"(?:talk|catch) (?:to )?(?:you|ya|u) later", r"later", r"laters", r"k+",
    r"roger(?: that)?", r"(?:over and )?out", r"(?:i |really )?appreciate your help",
    r"thank u", r"tysm", r"tyvm", r"many thanks", r"(?:much|most|very much) obliged",
    r"(?:god )?bless (?:you|u|ya)",
    r"(?:i'?m |i am )?(?:so |very )?grateful", *FOREIGN_THANKS,
    r"that'?s (?:all|it|helpful|great)(?: i (?:needed|wanted|need|had))?",
    r"(?:very |really )?helpful", r"got it", r"perfect",
    r"great", r"awesome", r"ok(?:ay)?", r"cool", r"nice",
    r"have a (?:good|great|nice) (?:one|day|night|evening|weekend)",
    r"(?:much|greatly|really|very much|truly) appreciated", r"appreciated", r"good",
    r"(?:i'?m |i am |all |we'?re )?done", r"that'?s (?:enough|everything)",
)  # fmt: skip
GREETING = whole_words(r"hi", r"hello", r"hey", r"good (?:morning|afternoon|evening)")
OFF_TOPIC = whole_words(
    r"weather",
    r"forecast",
    r"super ?bowl",
    r"world series",
    r"olympics",
    r"who won",
    r"recipes?",
    r"bake",
    r"football",
    r"soccer",
    r"basketball",
    r"nba",
    r"nfl",
    r"world cup",
    r"movies?",
    r"lyrics",
    r"poem",
    r"translate",
    r"capital of",
    r"president",
    r"bitcoin",
    r"crypto\w*",
    r"stock price",
    r"homework",
    r"equation",
    r"calculus",
    r"derivative",
    r"(?:python|javascript|java|sql) (?:code|function|script)",
    r"write (?:a|me a) (?:program|function|essay|story|song)",
    r"symptoms?",
    r"diagnos(?:is|es|ed|e)",  # not "diagnostics", a skill of many trades
    r"medication",
    r"lawsuit",
    r"sue (?:him|her|them|my|me|the)",
    r"landlord",
    r"divorce",
    r"horoscope",
    r"lottery",
)
# A closing followed by a remark that asks nothing ("Thank you, this helps.").
ASKS = re.compile(
    r"\?|(?:^|[,.;:!]\s*|\b(?:and|but|so|also)\s+)(?:what|how|why|when|where|which|who|can|could"
    r"|should|would|will|is|are|do|does|tell|explain|give|show|compare|list)(?:'?s|'?re)?\b"
    r"|\b(?:want|wanna|need|(?:i'?d|would) like|like to|interested)\b"
    r"|\b(?:what|how|tell me|more|anything|info\w*|know|curious) about\b"
    r"|\b(?:is|are|do|does|can|will) (?:it|they|there|this|that|i|you|u|he|she)\b"  # "…is it hard"
    r"|\b(?:last|one more|another) (?:thing|question|q)\b",
    re.IGNORECASE,
)
REMARK_WORDS = 14  # "ok so the bus pays 10 grand more, thanks": a remark, however long
# Thanks anywhere in a remark ("Got it. Thanks, I'll look into my county's program.").
THANKS_ANY = re.compile(
    r"\b(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|(?:god )?bless (?:you|u|ya)|"
    r"appreciate (?:it|that|this|you|your help)|"
    + "|".join(FOREIGN_THANKS)
    + r")\b(?: (?:so much|very much|a lot|again|anyway|for (?:the|your|all) (?:help|info\w*|"
    r"answers?|time)))?",
    re.IGNORECASE,
)
FILLER = re.compile(
    r"[\s,.!?;:'\"()-]+|\b(?:what'?s|whats|what|is|are|do|you|your|me|a|the|so|and|tell|about)\b",
    re.IGNORECASE,
)


class Scope:
    """Rules that pass only messages about careers (which career is for routing to say)."""

    def check(self, message: str) -> OutOfScope | None:
        """The reason ``message`` is out of scope before any retrieval, or ``None``."""
        if INJECTION.search(message):
            return OutOfScope.INJECTION
        rest = re.sub(r"\W+", "", FILLER.sub("", SMALL_TALK.sub("", CLOSING.sub("", message))))
        if not GREETING.search(message) and (
            (not rest and CLOSING.search(message)) or self._thanks_and_remark(message)
        ):
            return OutOfScope.CLOSING
        if not FILLER.sub("", SMALL_TALK.sub("", message)):
            return OutOfScope.SMALL_TALK
        if OFF_TOPIC.search(message):
            return OutOfScope.OFF_TOPIC
        return None

    def _thanks_and_remark(self, message: str) -> bool:
        """Thanks and a remark that asks nothing ("Thank you, this helps.", "ok that sounds
        better, thanks", "Got it. Thanks, I'll look into my county's program.")."""
        found = THANKS_ANY.search(message)
        if found is None:
            return False
        rest = f"{message[: found.start()]} {message[found.end() :]}".strip(" ,.!;:-")
        return len(rest.split()) <= REMARK_WORDS and not ASKS.search(rest)
