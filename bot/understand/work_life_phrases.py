"""The words people ask about the work's setting and hours in: desk or not, indoors or out,
physical, who it is with; shifts, nights, overtime, weekends, hours a week."""

from __future__ import annotations

from bot.text import whole_words

# Desk job or not, indoors or out, how physical, who the work is with
SETTING = whole_words(
    r"desk job",
    r"(?:at|behind) a desk",
    r"sit(?:ting)? (?:all day|at a desk|down|more)",
    r"sit(?:ting)? (?:for )?(?:most|much|all|part|a lot) of the (?:day|time|shift)",
    r"climb(?:ing)? (?:a lot|much|ladders|poles|all day|involved|required)",
    r"(?:a lot of|lots of|much|any) (?:climbing|kneeling|bending|crawling|lifting|walking)",
    r"outdoors?(?! power)",
    r"outside",
    r"indoors?",
    r"physical(?:ly)? (?:demanding|work|job)",
    r"on (?:my|your) feet",
    r"hands-on",
    r"physical(?:ly)? (?:part|side|demands?|strain|toll|requirements?)",
    r"(?:heavy )?lifting",
    r"(?:too|very|really|that|how) physical",
    r"physical for (?:her|him|me|a|someone)",
    r"standing (?:all day|a lot)",
    r"(?:how'?s|how is|lots of|a lot of|much|the) standing\b",
    r"(?:easy|easier|hard|harder|tough|rough) (?:is (?:it|this|that|the (?:job|work)) )?on "
    r"(?:the|my|your|his|her|their) (?:body|back|knees|feet|joints)",
    # "is it just lab work all day?", "stuck at a bench", "desk work or out on sites?"
    r"(?:desk|lab|office|bench|field) work",
    r"out on (?:job )?sites?",
    r"stuck (?:at|in|behind) (?:a |the )?(?:bench|desk|lab|office|cubicle|computer)",
    r"in (?:a|the) (?:lab|office) all day",
    r"out in the field",
    # "in the field or mostly in an office?", "office or outdoors"
    r"(?:field|outside|outdoors?|sites?) or (?:\w+ ){0,2}(?:an? |the )?office",
    r"office or (?:\w+ ){0,2}(?:the )?(?:field|outside|outdoors?|sites?)",
    # "do u need to be really strong for this??", "how strong do you have to be"
    r"(?:be|being|am|i'?m|im) (?:\w+ )?(?:strong|fit|in shape)(?! (?:candidate|applicant))",
    r"how (?:strong|fit)",
    r"(?:physical )?strength",
    # the people the work is with: the setting says ("do i have to deal with the public",
    # "who do you actually talk to all day", "the coworkers", "do you work alone")
    r"deal(?:ing)? (?:\w+ )?with (?:the )?(?:public|customers?|clients?|people)",
    r"who (?:do|would|will) (?:you|i|they|we|techs?) (?:actually |really )?(?:work|talk|deal)"
    r" (?:with|to)",
    r"co-?workers?",
    r"work(?:ing)? (?:alone|by (?:my|your|them)sel(?:f|ves)|on (?:my|your) own)",
)
# Hours, shifts, nights, overtime, days off
SCHEDULE = whole_words(
    r"9 ?(?:-|to|till|until) ?5",
    r"nine to five",
    r"(?:day|night|overnight|evening|rotating|swing|"
    r"graveyard|long|early|late|weekend|\d+[- ]?(?:hours?|hrs?|h)|1st|2nd|3rd|first|second|"
    r"third) shifts?",
    r"shift work",
    r"work shifts",
    r"rotat\w* (?:\w+ )?shifts?",  # "do they rotate shifts?"
    r"(?<![\w ])shifts?",
    r"(?:the )?shifts? (?:are|like)",
    r"(?:the|their|your|my) shifts?",
    r"(?:the|work|working|regular|normal|set|fixed|office) hours",
    # "does this job have more stable, predictable hours?"
    r"(?:stable|steady|predictable|consistent|crazy|decent|sane) hours",
    r"hours (?:are|like)",
    r"(?:(?<![\w ])|(?:and|what about|how about) (?:the )?)hours(?= *\?* *$)",
    r"schedules?",
    r"overtime",
    r"on[- ]call",
    r"call(?:ed)? in (?:at|for|on|during)",
    # "what about a 4 day week, do plants do that?", "could i do 4 10s"
    r"(?:4|four)[- ]day (?:work ?)?weeks?",
    r"(?:4|four) ?(?:x ?)?(?:10|tens)s?\b",
    r"compressed (?:work ?)?weeks?",
    r"(?:mandatory|forced|required) (?:ot|overtime)",
    r"call (?:you|me|them|u) in",
    r"worry is (?:the )?hours",
    r"stay(?:ing)? (?:late|after|past|over)",
    r"expected to stay",
    r"(?:end|start) of (?:the |a |my |their )?shift",
    r"(?:work|working) (?:nights|weekends)",
    r"nights",
    r"home (?:at|every|each|by) (?:night|evening|dinner)",  # "would I be home at night?"
    r"overnights?",  # "do dispatchers work overnight?"
    r"weekends",
    r"days? off",
    r"part[- ]time",
    r"(?<!hired )(?<!hire )(?<!get )(?<!a )full[- ]time",
    # "do lawyers really work 80 hr weeks", "how many hours a week"
    r"\d+[- ]?(?:hours?|hrs?|h)(?: a| per)?[- ]?(?:weeks?|wk)",
    r"(?:hours?|hrs) (?:a|per) week",
    r"(?:work|working) (?:long|crazy|insane|brutal) hours",
)
