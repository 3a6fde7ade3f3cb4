"""The cases pay is asked to be broken down by ("does pharma pay more than automotive?", "what
do they make in Texas?", "would a degree start me higher?"), which a guide's one set of
figures may not give."""

from __future__ import annotations

import re

from bot.text import whole_words
from bot.understand.places import US_STATES

REGIONS = (
    "canada mexico uk britain england scotland ireland europe germany france spain italy "
    "australia india china japan singapore dubai asia africa philippines america usa vietnam "
    "korea brazil nigeria pakistan bangladesh indonesia thailand malaysia poland ukraine russia "
    "turkey egypt kenya saudi qatar uae netherlands sweden norway colombia peru chile argentina "
    "nepal ghana jamaica"
).replace(" ", "|") + r"|the us|the u\.s\.?|united states|new zealand|south africa"
EMPLOYERS = r"(?:industr(?:y|ies)|sectors?|employers?|compan(?:y|ies)|plants?|factor(?:y|ies))"
# Pay by industry asked, not the visitor's own workplace ("laid off from a factory job").
INDUSTRY = whole_words(
    rf"(?:which|what|per|by|each|different|other|(?:best|highest|top)[- ]paying) (?:\w+ ){{0,2}}"
    rf"{EMPLOYERS}",
    rf"{EMPLOYERS} (?:\w+ ){{0,2}}(?:pays?|paid)",
    rf"(?:depend\w*|based) on (?:the |which |what |your )?(?:\w+ )?{EMPLOYERS}",  # "does the pay
    # change a lot depending on the industry?"
)
SECTIONS_OF_INDUSTRIES = whole_words(r"industr(?:y|ies)", r"sectors?", r"employers?")
# The industries a guide lists ("Common industries include automotive, aerospace, …")
LISTED_AFTER = re.compile(r"\b(?:include|including|such as|like)\b:?\s*(?P<list>[^.;]+)", re.I)
PREFIX = 6  # letters naming the same industry ("pharma", "pharmaceuticals")
# Pay asked to follow schooling ("if i did the 2 year program first would i start higher?")
BY_EDUCATION = whole_words(
    r"(?:degree|diploma|program|college|certificat\w*|certs?|associates?|bachelors?|course|adn|"
    r"bsn|asn|msn)\b[^?.!]{0,40}?\b(?:start\w*|earn\w*|make|paid|pay|get) (?:\w+ ){0,4}?"
    r"(?:higher|more)\b",
    r"(?:higher|more) (?:starting )?(?:pay|salary|money) (?:with|after|for) (?:a |an |the )?"
    r"(?:\w+ ){0,2}(?:degree|diploma|program|certificat\w*|certs?)",
)
PLACE = whole_words(
    r"by (?:state|city|country|region|location|area)", r"(?:which|what|other|each|per) "
    r"(?:state|city|country|region|location)s?", r"(?:different|other) (?:states|countries|"
    r"cities|regions)", r"abroad",
    # "is that the same everywhere or do some states pay way more?"
    r"(?:some|certain|many|most|all|a few) (?:states|cities|countries|regions|areas|places)",
    r"(?:the )?same everywhere", r"overseas", r"where (?:do|does|is|are|can) (?:\w+ ){0,3}"
    r"(?:pay|paid|earn|make)", *US_STATES, REGIONS,
    # "do smaller towns pay less though?", "is that a national number?"
    r"(?:small|smaller|rural|big|bigger|large) (?:towns?|cities|city|areas?|places)", r"rural",
    r"city jobs", r"national (?:numbers?|figures?|averages?|medians?|data)",
    r"(?:differ\w*|vary|varies) (?:\w+ )?by (?:area|region|state|location|city|place)",
    r"cost of living",
)  # fmt: skip
# The place told before the pay question, pointed at ("im in ontario canada. what does a
# production technician make here?")
HERE = whole_words(
    r"here", r"out here", r"where i (?:live|am|'?m)", r"near me", r"locally",
    r"in my (?:area|state|city|country|province|region|town)",
)  # fmt: skip
CURRENCY = whole_words(r"usd", r"currenc(?:y|ies)", r"euros?", r"pounds", r"rupees?", r"dollars")

# Pay by the hour ("19 an hr"), not human resources ("the pay for an HR specialist")
HOURLY = whole_words(
    r"hourly", r"(?:an?|per|by the) (?:hour|hr(?! (?:[a-z]+ists?|manag\w*|generalists?|"
    r"department|dept|director|assistant|coordinator|rep|business|role|job|position|team|degree)"
    r"\b))", r"/ ?h(?:ou)?r", r"\d+ ?/ ?h",
)  # fmt: skip
EXTRAS = whole_words(
    r"benefits", r"bonus(?:es)?", r"overtime(?: pay)?", r"pensions?", r"401k", r"tips",
    # not a move weighed against one's own pay ("would it be a big raise from what I make")
    r"commissions?", r"(?<!big )raises?(?! from| over| compared| than| vs)", r"differentials?",
    r"shift (?:pay|premiums?|bonus)",
    r"(?:pay|paid) (?:\w+ )?extra", r"extra (?:pay|money)", r"take[- ]home",
    r"(?:with|for|or|and) (?:ot|overtime)",  # "is there extra pay for nights or OT?"
    # "does the pay go up if u take nights?"
    r"(?:pay|it) (?:go|goes) up (?:if|when) (?:you|u|i) (?:take|work|do|pick up) (?:nights|night"
    r" shifts?|overnights|2nd|second|3rd|third)",
)  # fmt: skip
YEARLY_RAISES = whole_words(r"raises?")
# A trade's licence rank above the journeyman ("a master plumber", "my master license")
LICENSED = whole_words(r"masters?'? licen[cs]es?", r"master (?:plumbers?|electricians?|carpenters?"
                       r"|welders?|mechanics?|level)")  # fmt: skip
LIVING_COSTS = whole_words(r"costs? of living", r"living costs?", r"rents?")
