"""The circumstances of a visitor's body and life ("I have a bad back", "I'm pregnant", "two
kids, I need day shifts", "I'm 52"), as they state them, each with the topics a guide may
speak to that bear on it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import whole_words
from bot.understand.situation_topics import (
    AGE,
    EDUCATION,
    GAP,
    HEALTH,
    HEAT,
    HOURS,
    MATH,
    NOISE,
    PEOPLE,
    PHYSICAL,
    PREGNANCY,
    REMOTE,
    RISKS,
    SENSES,
    SETTING,
    START,
    TRAINING,
    WHILE_WORKING,
    Topic,
)

# "I", "I'm", "I've", "im", "i am", "ive": how a visitor starts a sentence about themselves
ME = r"(?:i|i'?m|i am|i'?ve|i have|ive)"
CANT = r"(?:can'?t|cannot|can not|couldn'?t|won'?t|unable to)"
DONT = r"(?:don'?t|do not|dont|never|would rather not)"
# A long-term condition a visitor (or their child) has: "type 1 diabetes", "he has autism";
# not the people a career serves ("work with autistic children").
CONDITION = (
    r"(?:diabet\w*|epilep\w*|seizures|asthma|autism|autistic|adhd|ptsd|migraines|dyslexi\w*)"
)
# "my son is 18 and wants to weld" is about the son's career, not the visitor's childcare
KIDS = (
    r"(?:kids|children|child|kid|toddlers?|babies|baby|"
    r"(?:son|daughter)(?!,? (?:\(?\d{1,2}\)?,? )?(?:(?:she|he) )?(?:is|wants?|would|was|has|"
    r"thinks|plans|asked|likes|loves|just|wanna|dreams|hopes|who|\(?\d{1,2}\)?)\b))"  # "my
    # daughter (14) is obsessed with wildlife", "my daughter she want to be a hygienist", "my
    # son who is 16 and really into taking things apart"
)


@dataclass(frozen=True)
class Circumstance:
    """One kind of circumstance: how a visitor states it, and the topics that bear on it,
    the most direct first."""

    kind: str
    stated: re.Pattern[str]
    topics: tuple[Topic, ...]
    # when set, the circumstance counts only if the message also asks this ("I'm 45" leads
    # an answer on becoming a nurse, not one on what dispatchers do)
    bears_on: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None  # a message saying this states something else


LIFE = (
    Circumstance(
        "health",
        whole_words(
            r"wheelchair", rf"{ME} (?:\w+ ){{0,3}}(?:disabled|deaf)",
            rf"{ME} (?:(?!colou?r\b)\w+ ){{0,2}}blind",
            r"herniated", r"arthritis", r"chronic (?:pain|illness)",
            r"my (?:disability|injury|back|knees?|shoulders?|hips?|wrists?|condition|health)",
            rf"{ME} (?:have|had|got) (?:a |an )?(?:\w+ ){{0,2}}(?:disability|injury|condition)",
            r"(?:bad|weak|injured|hurt|fused|slipped) (?:back|knees?|shoulders?|hips?|wrists?|"
            r"disc)",
            r"back (?:problems?|pain|injury|issues?)", r"(?:surgery|injured) on my",
            # a long-term condition and what it needs at work ("type 1 diabetes", "breaks
            # to check my sugar")
            rf"{ME} (?:\w+ ){{0,3}}{CONDITION}", rf"(?:my|the|type [12]) {CONDITION}",
            rf"(?:he|she|they) (?:has|have|is) (?:\w+ ){{0,2}}{CONDITION}",
            r"(?:medical|health|heart|mental health) (?:condition|issues?|needs|"
            r"problems?)", r"(?:regular|frequent|medical|extra|scheduled) breaks",
            r"breaks? (?:to|for) (?:check|take|eat|my|medication|insulin)",
        ),
        (HEALTH, PHYSICAL, RISKS),
    ),
    Circumstance(
        "pregnancy",
        whole_words(r"pregnan\w*", r"expecting a baby", r"(?:having|have|had) a baby"),
        (PREGNANCY, RISKS),
    ),
    Circumstance(
        "physical",
        whole_words(
            r"nothing (?:too |very |that |overly |really )?physical",
            r"not (?:too |very |that |overly )?physical(?:ly demanding)?",
            rf"{DONT} (?:want|like) (?:\w+ ){{0,3}}(?:physical|manual|heavy lifting)",
            rf"{CANT} (?:do |handle |manage )?(?:\w+ ){{0,2}}(?:heavy|physical|lifting|lift)",
            rf"{CANT} (?:stand|kneel|climb) (?:for long|all day|for hours|ladders)",
            rf"{ME} (?:am |'m )?not (?:very |that |too |really )?(?:strong|fit|athletic|in shape)",
            r"(?:hate|dislike) (?:\w+ ){0,2}(?:physical|manual) (?:work|labou?r|jobs?)",
            # "is the physical stuff doable at my age": the physical side, asked of a body
            r"the physical (?:stuff|side|part)", r"physically (?:doable|possible)",
        ),
        (PHYSICAL,),
    ),
    Circumstance(
        "remote",
        whole_words(
            r"(?:work|working|do|job|jobs|something|anything|stay|be) (?:\w+ ){0,3}from home",
            r"remote(?:ly)?", r"wfh", r"home[- ]based", r"telework\w*",
        ),
        (REMOTE,),
    ),
    Circumstance(
        "senses",
        whole_words(
            r"colou?r[- ]?blind\w*", r"(?:bad|poor|low|weak) (?:eyesight|vision)",
            r"wear (?:glasses|contacts|contact lenses)",
            r"(?:without|no|not|don'?t have) (?:\w+ )?(?:perfect|good|great|20/20|normal) "
            r"(?:vision|eyesight)", r"(?:can'?t|cannot) see (?:well|colou?rs)",
        ),
        (SENSES,),
    ),
    Circumstance(
        "senses",
        whole_words(
            r"(?:bad|poor|low|weak) hearing", r"hard of hearing", r"hearing aids?",
            r"hearing loss", r"deaf\w*", r"(?:without|no|not|don'?t have) (?:\w+ )?(?:perfect|"
            r"good|great|normal) hearing", r"(?:can'?t|cannot) hear (?:well|much)",
        ),
        (NOISE,),
    ),
    Circumstance(  # "is it loud", "how noisy are the floors": what hearing would meet
        "senses",
        whole_words(
            r"(?:is|are|how|too|get|gets|very|really|super|pretty) (?:\w+[ /]){0,3}(?:loud|noisy)",
            r"noise levels?", r"ear protection",
        ),
        (NOISE,),
    ),
    Circumstance(  # "is it hot in there", "like 95 degrees in summer": what the body would meet
        "body",
        whole_words(
            r"(?:is|are|how|too|get|gets|very|really|super|pretty|it'?s) (?:\w+[ /]){0,3}"
            r"(?:hot|warm|cold|freezing)(?! (?:call\w*|fields?|jobs?|careers?|markets?|topics?"
            r"|demand|skills?|leads?|takes?)\b)",  # not "is it cold calling", "a hot field"
            r"\d{2,3} ?(?:degrees|°)",  # a temperature, not "2 degrees in nursing"
            r"(?:the|about|with) heat", r"heat (?:stroke|exhaustion)", r"air[- ]condition\w*",
        ),
        (HEAT,),
    ),
    Circumstance(
        "schedule",
        whole_words(
            # not "a kid starting college in 2 yrs": grown children need no care
            rf"(?:my|two|three|four|\d|have|got) (?:\w+ )?{KIDS}(?! (?:\w+ )?(?:starting|going to"
            r"|in|off to|heading to|applying to|at) (?:college|university|uni)\b)",
            r"single (?:mom|mum|dad|parent|mother|father)",
            r"(?:need|find|afford|arrange) (?:\w+ )?child ?care",
            r"(?:i'?m|i am) (?:a |the )?(?:\w+ )?(?:mom|mum|dad|parent|mother|father|caregiver|"
            r"carer)",
            r"(?:need|want|prefer|looking for|only do|only work) (?:\w+ ){0,2}(?:day|daytime|"
            r"night|evening|weekend|regular|fixed|flexible|normal|9-5|9 to 5|school) "
            r"(?:shifts?|hours|schedules?|jobs?)",
            rf"{CANT} work (?:\w+ )?(?:nights|weekends|evenings|overnight|late|night shifts?|"
            r"shifts)",
            r"family (?:commitments|obligations|responsibilities|life)",
            r"(?:take|taking) care of (?:my )?(?:\w+ )?(?:kids|children|parents?|mom|dad|family)",
            r"caring for (?:my|a) ", r"pick (?:up )?(?:my )?kids",
        ),
        (HOURS,),
    ),
    Circumstance(
        "studying while working",
        whole_words(
            rf"{CANT} (?:afford to )?(?:quit|leave) (?:my )?(?:\w+ )?(?:job|work)",
            r"while (?:i'?m |still )*working", r"(?:keep|keeping) my (?:current |day )?job",
            rf"{ME} (?:\w+ )?work(?:ing)? full[- ]time", r"(?:have|got) a full[- ]time job",
            r"(?:part[- ]time|night|evening|online|weekend) (?:classes|school|study|studies|"
            r"courses)",
            r"without (?:quitting|leaving) (?:my )?(?:\w+ )?job",
            # "is there a way to do both, work and finish school at the same time"
            r"work(?:ing)? and (?:finish(?:ing)?|go(?:ing)? to|do(?:ing)?|attend(?:ing)?) (?:my )?"
            r"(?:school|college|classes|degree|associates?)",
            r"(?:school|college|classes) (?:and|while) work(?:ing)?\b",
            # "can i keep working as a cna while im in school"
            r"(?:keep|keeping|still) work(?:ing)? (?:\w+ ){0,3}while (?:i'?m |im |i am |i )?(?:in "
            r"school|studying|in class|going to school|doing (?:it|school|the program))",
        ),
        (WHILE_WORKING, TRAINING),
    ),
    Circumstance(
        "the cost or length of school",
        whole_words(
            rf"{CANT} afford (?:to )?(?:go (?:back )?to )?(?:school|college|university|tuition|"
            r"a degree|training|study|classes)", r"no money for (?:school|college|training)",
            r"student loans?", r"tak(?:e|ing) (?:on|out) (?:\w+ )?loans?",
            r"(?:don'?t|do not) have (?:the )?(?:time|money) (?:for|to)",
            r"go(?:ing)? back to school",
            r"(?<!many )(?:years|that long) (?:in|of) school",  # not "how many years of school"
        ),
        (TRAINING,),
    ),
    Circumstance(
        "education held",
        whole_words(
            rf"{ME} (?:\w+ )?(?:only )?(?:have|got|has) (?:a |an |my )?(?:ged|high school|hs|"
            r"diploma|associate'?s?|bachelor'?s?|certificate)",
            r"only (?:have |got |with )?(?:a |an |my )?(?:ged|high school|hs diploma)",
            rf"{ME} (?:\w+ )?(?:have|got) no (?:college |university )?(?:degree|diploma|ged)",
            rf"{DONT} have (?:a |an |any )?(?:college |university )?(?:degree|diploma|ged)",
            r"never (?:went to|finished|completed|graduated)", r"dropped out", r"ged",
            r"all i(?: have|'ve got) is (?:a |an |my )?(?:high school|hs|diploma|associate)",
            r"(?:didn'?t|did not) (?:finish|go to|graduate|complete)",
        ),
        (EDUCATION,),
    ),
    Circumstance(
        "math",
        whole_words(
            r"(?:not|never)(?: been)? (?:very |that |too |really |so )?(?:good|great|strong) "
            r"(?:at|with|in) (?:math|maths|numbers)",
            r"(?:bad|terrible|awful|weak|poor) (?:at|with|in) (?:math|maths|numbers)",
            r"(?:hate|dislike|struggle with|suck at|fear) (?:math|maths|numbers)",
            r"maths? (?:isn'?t|is not|was never|has never been) my",
            r"(?:failed|flunked) (?:\w+ )?(?:math|maths|algebra|calculus)",
        ),
        (MATH,),
    ),
    Circumstance(
        "people",
        whole_words(
            rf"{DONT} (?:like|enjoy|want) (?:to )?(?:\w+ ){{0,2}}(?:talk\w*|deal\w*|work\w*|"
            r"interact\w*) (?:to|with) (?:\w+ )?(?:people|customers|the public|others|strangers)",
            rf"{ME} (?:an |very |really |quite |pretty |super |a bit |kind of )*(?:introvert\w*|"
            r"shy|socially awkward|quiet person)", r"social anxiety",
            r"(?:for|as) (?:an? )?(?:introvert\w*|shy (?:person|people)|quiet (?:person|people))",
            r"(?:hate|dislike) (?:talking|dealing|interacting) (?:to|with)",
            r"(?:not|never) (?:very |that |too |really |so )?(?:good|great) (?:at|with) "
            r"(?:talking|dealing|people|customers|strangers)",
            r"not a people person",
            r"(?:prefer|like|rather) (?:to )?work(?:ing)? (?:alone|by myself|on my own|"
            r"independently)",
        ),
        (PEOPLE,),
    ),
    Circumstance(
        "desk",
        whole_words(
            r"(?:hate|dislike|can'?t stand|don'?t (?:like|want)) (?:\w+ ){0,2}(?:sitting|"
            r"(?:at )?(?:a )?desks?|(?:an )?office|(?:a )?cubicle)", r"sit(?:ting)? all day",
            r"(?:sit|sitting|stuck|chained) (?:at|behind|to) (?:a |my )?desk",
            rf"{CANT} sit (?:still|all day|for long)", r"not a desk (?:job|person)",
            r"(?:want|like|prefer|love) (?:to be |being |working )?(?:on my feet|moving around|"
            r"active|outdoors|outside|hands-on)",
        ),
        (SETTING,),
    ),
    Circumstance(
        "time away from work",
        whole_words(
            r"(?:been |was |stayed |staying )?(?:at )?home with (?:my |the |our )?(?:kids|children"
            r"|baby|family)", r"stay[- ]at[- ]home (?:mom|mum|dad|parent)",
            r"(?:out of|away from|left) (?:the )?(?:work ?force|job market|work)(?: for)? (?:\w+ )"
            r"{0,2}(?:years?|months)", r"(?:haven'?t|have not|not) worked (?:in|for) (?:\w+ ){0,2}"
            r"(?:years?|months)",
            r"(?:the|my|a|this) (?:career |work |employment |job )?gap\b(?! years?)",
            r"experience (?:is |was )?(?:too old|outdated|out of date|stale)",
        ),
        (GAP, START),
    ),
    Circumstance(
        "age",
        whole_words(
            r"too old", r"at my age", r"my age",
            r"(?:i'?m|i am) [3-9]\d\b(?! ?(?:k\b|%|an hour|dollars|years? (?:of|in)))",
            r"(?:[3-9]\d) (?:years? old|yo|y/o)", r"in my (?:30s|40s|50s|60s|forties|fifties)",
            r"(?:is it|am i) too late",
            # "im 18 is that old enough or do u have to be 21"
            r"old enough", r"too young", r"(?:have|need|got) to be (?:1[6-9]|2[0-5])\b",
            r"(?:minimum|min|max|maximum) age", r"age (?:limits?|requirements?|cutoffs?|minimum)",
        ),
        (AGE, START),
        whole_words(  # the age is asked about, not only told
            r"too old", r"at my age", r"my age", r"too late", r"age", r"still", r"worth it",
            r"old enough", r"too young", r"(?:have|need|got) to be (?:1[6-9]|2[0-5])\b",
            r"go(?:ing)? back", r"start(?:ing)? over", r"new career", r"retrain\w*",
            r"(?:would|will) (?:they|anyone|employers?) hire", r"(?:be|get) hired",
            # "Im 45. Is that going to be a problem, are they going to want younger guys?"
            r"younger",
            r"(?:is|will|would) (?:that|it|this) (?:\w+ ){0,3}(?:an? )?(?:problem|issue)",
        ),
    ),
)  # fmt: skip
