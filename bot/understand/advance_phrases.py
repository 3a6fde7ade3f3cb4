"""The words people ask where a job leads in: moving up, promotion, a dead end, what it can
lead to later."""

from __future__ import annotations

from bot.text import whole_words

ADVANCE = whole_words(
    r"dead[- ]?end",
    # "how do they usually pick who becomes lead?"
    r"(?:pick|picks|choose|chooses|select|selects|decide|decides) (?:who|which \w+) (?:becomes?"
    r"|gets? (?:promoted|picked|made)|moves? up|is promoted)",
    r"room (?:for|to) (?:grow|growth|advance\w*|move up)",
    r"ceiling(?! tiles?)(?!,? (?:floor|and wall))",  # not the installers' "Ceiling"
    # "does it actually go somewhere", "will this lead anywhere"
    r"(?:go|goes|going|lead|leads|get you) (?:somewhere|anywhere)",
    r"how (?:high|far) (?:can|could|does|will|would) (?:\w+ ){0,3}(?:go|get|climb|rise)",
    r"advancement(?: opportunities)?",
    # "whats the best way to get paid more", "how can i earn more": the way up the pay
    r"(?:best |fastest |quickest )?ways? to (?:get paid|earn|make) more",
    r"how (?:do|can|would|could|should) (?:i|you|u|one) (?:get paid|earn|make) more",
    r"how (?:do|can|would|could|should|fast|quickly|soon) (?:\w+ ){0,2}(?:get|be) promoted",
    r"promotion (?:opportunities|prospects|chances)",
    # "what actually gets you promoted", "from one level to the next"
    r"(?:gets?|getting|got) (?:you|u|people|ppl|someone|me|techs?|workers) promoted",
    r"(?:from )?one (?:level|tier|rung|step) to the next",
    r"(?:chances?|opportunit\w+|room) (?:of|for) (?:a )?promotions?",
    r"how (?:do|can|would|could|should) (?:i|you|u|one|they|he|she) (?:move|step|get|work)"
    r" (?:my way )?up",
    r"where (?:can|could|does|will|would) (?:it|this|that)"
    r" (?:job |career )?(?:lead|take)",
    r"(?:lead|leads|step) (?:to|into|up to) (?:something|anything|a better|better|bigger|more)",
    # "can it lead me to engineering later? I dont want to be stuck"
    r"(?:lead|leads|take) (?:me|you|u|someone|people|him|her) (?:to|into|toward)"
    r"(?! (?:be|get|learn|do|become|finish|complete|reach)\b)",  # not "take me to be good"
    # not "stuck on nights", "get stuck staying late" (the shifts)
    r"(?:be|get|feel|being|getting|feeling) stuck(?! (?:on|with|doing|working|staying|late"
    r"|overtime)\b)",
    r"(?:move|step) up (?:to )?from",
    r"(?:jobs?|roles?) (?:\w+ ){0,2}move up to",
    # "what would my job title be after a few years", "my title in 5 years"
    r"(?:my|his|her|your|the) (?:job )?title (?:would |will |might )?be (?:after|in)\b",
    # "can a production technician eventually become an engineer?"
    r"(?:can|could|will|would|do|does) (?:\w+ ){1,3}(?:eventually|someday|one day|later on) "
    r"(?:become|be|move (?:up )?(?:to|into)|go on to)",
    # "can u move up to something better later like network stuff"
    r"(?:can|could|do|does|will|would) (?:i|you|u|one|they|he|she|people) (?:\w+ )?(?:move|step"
    r"|work (?:my|their|your) way) up\b",
    # "is quality assurance a path from this job?", "could this lead into maintenance?"
    r"(?:path|step|stepping stone|route|way) (?:from|out of) (?:this|that|the|a) (?:job|role|"
    r"work|career|position)",
    # "does being production tech lead to engineer roles", "can it lead into design work"
    r"(?:does|do|can|could|will|would) (?:\w+ ){1,4}lead (?:to|into|up to) "
    r"(?!(?:\w+ )?(?:injur|burn|back|pain|problems|stress|health|hearing))(?:\w+ ){0,2}"
    r"(?:roles?|jobs?|positions?|work|careers?|something|anything)\b",
    r"(?:this|that|it|the)(?: job| role| work| career)? (?:can |could |would |will )?leads? "
    r"(?:to|into)\b(?! (?:\w+ )?(?:injur|burn|back|pain|problems|stress|health|hearing))",
    # "can a production tech move into quality later on", "could i go into engineering
    # down the road": a move the career leads to, later
    # "what titles come after senior tech?", "whats the next step up": the rung above one
    r"(?:what|which) (?:\w+ )?(?:titles?|jobs?|roles?|positions?|level|tier|rung|step)?"
    r" ?(?:comes?|is|are) (?:next )?(?:after|above) (?:the |a )?(?:senior|junior|lead|entry"
    r"|mid)",
    r"next step up",
    r"(?:move|moving|go|going|get|getting|branch|branching|transition) (?:over )?into "
    r"(?:\w+ ){1,3}(?:later|eventually|down the (?:road|line)|one day|someday|in the future"
    r"|after a (?:few|couple of) (?:years|yrs))\b",
    # "could i move from this into a quality engineer role", "a normal next step from it"
    r"(?:move|moving|go|going|get|getting|step|stepping|transition\w*|switch\w*) (?:up )?"
    r"from (?:this|that|here|it|the job|being an? [a-z]+(?: [a-z]+)?) (?:in)?to\b",
    r"(?:normal|natural|usual|common|typical|logical|good) next step",
    # "can a production tech move into an engineering technician job", "can production techs
    # become engineering technicians?", "could I get back into engineering from here?"
    r"(?:can|could|do|does|will|would) (?:a |an )?(?:\w+ )?(?:techs?|technicians?|operators?)"
    r" (?:\w+ )?(?:become|move (?:up )?into|go into|transition into|switch into)",
    r"(?:move|moving|go|going|get|getting) (?:back )?into (?:\w+ ){1,3}from (?:here|this|there)\b",
    # "what jobs can a production tech move into", "moving into something else": the moves
    r"(?:what|which) (?:other )?(?:jobs?|roles?|positions?|careers?) (?:can|could|do|does|will"
    r"|would) (?:a |an )?(?:\w+ ){1,3}(?:move|go|step|transition|switch) (?:up )?(?:in)?to\b",
    r"(?:move|moving|go|going|step|stepping) (?:up )?into something(?: else| better| bigger)?",
    # "(programming the PLCs…) can you move into that": from the job talked about
    r"(?:can|could) (?:i|you|u|one|techs?|people) (?:\w+ )?(?:move|branch|transition|switch"
    r"|specialize) (?:over )?into (?:that|those|this|it)\b",
)
