"""The words people ask the way into a job in: where to start, what it takes, how to get
hired, which school or degree, how long before they can work."""

from __future__ import annotations

from bot.text import whole_words

GET_IN = whole_words(
    r"what (?:does |would |will |did )?it takes? to (?:become|be|get)",  # "what it takes to…"
    r"what(?:'s|s| is| are) the (?:school|schooling|education|training)(?: like)?\b",
    r"where (?:do|should|can) i (?:start|begin)",
    # "how long till im actually earning": the training before the pay
    r"how long (?:till|until|before|til) (?:i'?m |im |i am |you'?re |you are |i )?(?:actually )?"
    r"(?:earning|making (?:money|a living)|getting paid|paid|working|employed)\b(?! more)",
    # "or can i just start at like cvs", "could i get hired right away"
    r"(?:can|could) (?:i|you|u) (?:just )?(?:start|get hired|get a job) (?:at|with|working|right "
    r"away|straight away|without)\b",
    # "Can I get into logistics with just my driving experience", "could i become one at 40"
    r"(?:can|could) (?:i|you|u|someone|a person) (?:still |even |realistically |actually )?"
    r"(?:get into|break into|become|get hired as)\b",
    r"how (?:do|can|would|should|did) (?:i|you|u|"
    r"one|people|most people|folks|they|someone) (?:even |actually |usually )?(?:get|break) "
    r"in(?:to)?\b",
    r"how (?:do|does|did|can|would|should) (?:i|you|u|one|someone|a person|people|they) "
    r"become",
    r"how to (?:become|get in(?:to)?\b|break into|start)", r"get(?:ting)? started",
    r"how (?:do|can|would|does|did) (?:i|you|u|one|someone|they|he|she) get there",
    # "is a masters common for math teachers?", "are certs required"
    r"(?:is|are) (?:a |an )?(?:master'?s|masters|bachelor'?s|associate'?s|doctorate|phd|degrees?"
    r"|licen[sc]es?|certificates?|certs?)(?: degrees?)? (?:common|normal|usual|typical|required"
    r"|needed|necessary)\b",
    # "can you get there from driving", "could i work up to it from the floor"
    r"(?:can|could) (?:i|you|u|one|someone|a person) (?:\w+ )?(?:get there|get into (?:it|that)"
    r"|work (?:my|your|their) way up(?: to (?:it|that))?) from\b",
    r"how (?:\w+ ){0,3}(?:get|go|move|switch|transition) from (?:[\w-]+ ){1,4}(?:to|into)\b",
    r"(?:what|which) (?:college|school|degree|major|program|courses?)s? (?:do|does|should|"
    r"would|must|will|is|are) (?:i|you|u|she|he|they|one)\b"
    r"(?! (?:\w+ ){0,3}(?:learn|use|know|master)\b)",  # "what programs would i need to learn"
    r"first steps?", r"path to", r"(?<!physical )requirements?", r"qualifications?",
    # "what do office managers and executive assistants each need"
    r"what (?:do|does|would) (?:[\w-]+ ){1,6}(?:each |both |all )?need(?= *[?.!]|$)",
    # "can i get that with just experience", "on years on the job alone"
    r"(?:with|on|by) (?:just|only) (?:\w+ )?(?:experience|years)",
    # "can 5 years of experience count instead of a degree?"
    r"instead of (?:a |the |an )?(?:degree|diploma|college|school|bachelor'?s|certificat\w*)",
    # "if i want to be a production tech what should i do first" (not "which of those first")
    r"what (?:should|do|would|must) (?:i|you|u|one) (?:\w+ )?do first(?! (?:or|between)\b)",
    # a career to hold first: "do NPs have to be a nurse first?", "need to be an RN before"
    r"(?:have|has|need|needs) to be (?:an? )?(?:[\w-]+ ){0,2}[\w-]+ (?:first|before(?:hand)?)\b",
    # "what do employers actually look for", "what gets you hired"
    r"what (?:do|does) (?:employers?|companies|they|hiring managers?) (?:\w+ )?look for",
    r"what gets (?:you|u|someone|people|me|one) hired",
    # being trained: "do they train you or do i need to know it already?"
    r"(?:do|does|will|would|did) (?:they|employers?|companies|(?:the|most|a) (?:company|"
    r"companies|plant|plants|employer|employers|shop|shops)) (?:\w+ )?train (?:you|u|me|us|"
    r"people|new (?:people|hires|workers|guys)|beginners|newbies|on the job)\b",
    r"on[- ]the[- ]job training", r"(?:get|getting|be|being) trained\b",
    r"(?:what|wat) (?:do )?(?:i|you|u) (?:need|needed) (?:for|to) (?:start|begin)",
    r"what (?:do |would |will )?(?:i|you|u|one|he|she|they) (?:would |will )?need(?= *[?.!]|$"
    r"| to (?:do|have|get|study|become)| for (?:that|it|this|the (?:job|role|work)|that one|"
    r"this one)\b)",  # "what do u need for that and pay"
    # "…for pay and getting in", "the typical path into mediation", "the way in"
    r"getting in(?:to (?:it|that|this|the (?:field|job|work)))?(?= *[?.!,]|$)",
    r"(?:path|way|route|road) (?:in(?= *[?.!,]|$)|into)\b",
    # "pay + how u get in"
    r"how (?:u|you|i|one|people|they|someone) (?:even )?(?:get|break) in(?:to)?\b",
    r"(?:more |less |most |least )?(?:easy|hard) to (?:get in(?:to)?|break in(?:to)?|enter)\b",
    # "where do i learn it", "is there like a night class or online thing for that?"
    r"where (?:do|can|could|would|should|did) (?:i|you|u|one|he|she|people|most people|folks|they"
    r"|techs|workers) (?:usually |typically |normally |even )?(?:go to )?(?:learn|study|"
    r"take (?:a |the )?(?:class|course)|train|get trained|pick (?:it|that|this) up)\b",
    # learning it, not why it matters: "how would i learn plcs on my own", "like a course?"
    r"how (?:would|do|can|could|should|to|did) (?:i |you |u |one |someone |people )?(?:go about "
    r")?(?:learn|learning|study|teach (?:myself|yourself))\b(?! (?:more|about|what|why)\b)",
    r"learn (?:\w+ ){0,3}on (?:my|your|their) own", r"teach (?:myself|yourself)",
    r"(?:like )?(?:a |an )?(?:course|class|community college|trade school)\s*\?",
    r"(?:night|evening|weekend|online|short|part[- ]time) (?:class|classes|course|courses|"
    r"program|programs|school)\b",
    r"how (?:fast|quick(?:ly)?|soon) (?:\w+ ){0,3}(?:start|begin|get (?:in|started|hired|"
    r"licensed|certified)|be working)\b",  # "how fast I can start?"
    # "which is faster for someone with my background", "whats faster, welding or hvac?"
    r"(?:which|what)(?:'s|s| is| one is| one| would be)? (?:\w+ )?(?:faster|quicker|"
    r"quickest|fastest)\b(?! (?:growing|growth|paced|pace))",
    r"how long (?:is|does|would|will) (?:that|it|this)(?: take)?(?= *[?.!,]|$| and\b)",
    r"(?:what|which) (?:kind of |sort of |type of )?(?:degree|education|schooling|training) "
    r"(?:do|does|is|would|need\w*|requir\w*)",  # "what kind of training do i need for that"
    r"(?:need|take|takes|required) to (?:get|be) hired",
    r"how much (?:more )?(?:school(?:ing)?|college|education|training|studying)\b",
    # "pay and how to get hired", "what does that need and pay", "what does it take?"
    r"how (?:to|do (?:i|you|u|they|people|one)|can (?:i|you|u)) (?:even |actually |ever )?"
    r"get hired",
    r"what (?:does|do|would|will) (?:that|it|this|they|that one|this one|the job) (?:need|"
    r"require|take)(?= *[?.!,]|$| and\b| to (?:get|start)\b| to be (?:an?|hired)\b)",
    # "whether a BSN is enough", "is my associate's enough"
    r"(?:degree|diploma|bsn|bachelor'?s|associate'?s|certificate|cert|license|licence|ged)s? "
    r"(?:is |are |would be |will be |be )?(?:enough|sufficient)\b",
    r"(?:need|have|has|must) (?:to )?(?:be|become|have) (?:an? )?(?:[\w-]+ ){1,3}to (?:get|be)"
    r" hired",
    r"do (?:i|you|u|they|either|both|we|he|she)(?: of (?:them|those|these))? need (?:a|an|"
    r"to go to|to get|college|school)", r"need (?:a |an )?(?:college |university )?degree",
    # "do cops need to go through the academy and stuff?"
    r"go(?:ing)? through (?:the |an? )?(?:\w+ )?(?:academy|apprenticeship|training program)",
    # "what's needed", "do i need anything besides playing experience": what it takes
    r"what(?:'s|s| is| are) (?:needed|required)(?= *[?.!,]|$| to (?:start|get|be)\b)",
    r"(?:do|does|would|will) (?:i|you|u|they|one|someone) (?:\w+ )?need anything (?:else|besides|"
    r"other than|apart from|except|beyond|more than)\b",
    r"what else (?:do|would|will|does) (?:i|you|u|one|someone|it) (?:\w+ )?(?:need|take)\b",
    # "do i actually need culinary school to become a chef"
    r"(?:do|does|would|will) (?:i|you|u|they|he|she|we|one) (?:actually |really |even |still |"
    r"always )?need (?:an? )?(?:[\w-]+ )?(?:school|college|degree|diploma|training|program)\b",
    r"without a degree", r"(?:need|require|get|go back for) (?:another|a second|a new|an "
    r"additional|more) (?:degree|diploma|certificate|schooling|school)",
    r"(?:need|require|go to|have to go to) (?:college|university|uni|school|a degree)",
    r"(?:college|a degree|school|university) (?:required|necessary|needed)",
    r"how (?:long|many years?)(?: \w+){0,3} (?:school|schooling|college|training|study|"
    r"studying|education|university|degree|apprenticeship|program)",
    r"(?:school|training|program|apprenticeship) (?:length|duration)",
    r"length of (?:the )?(?:school|schooling|training|program|apprenticeship)",
    r"how long (?:does it take|to become)", r"switch to", r"change (?:careers? )?to",
    r"how long (?:\w+ ){0,2}to (?:get (?:in(?:to)?|started|hired|licensed)|break in)\b",
    r"how long (?:\w+ ){0,6}(?:to )?(?:be|get|become) (?:good|proficient|competent|skilled)",
    r"(?:which|what) (?:classes|courses|subjects)", r"too late", r"too old",
    r"switch(?:ing)? (?:careers?|jobs?|fields?|over)", r"to switch",
    r"career change", r"chang(?:e|ing) careers?",
    r"(?:easier|harder|quicker|faster|easiest|hardest|quickest|fastest) (?:\w+ )?to "
    r"(?:get into|break into|become|enter|start|qualify|learn|train)",  # "easier to get into?"
    r"(?:more|less|most|least) (?:school|schooling|education|training|college)",
    r"(?:start|get in|get started|begin|enter) (?:\w+ )?(?:faster|quicker|sooner|quick(?:ly)?"
    r"|fast(?:est)?|soon(?:est)?|quickest)",  # "which one I can enter quick?"
    r"how long (?:does|would|will|did) (?:it|that|this) take to (?:get into|become|start|"
    r"qualify|(?:re)?train)", r"need (?:a |an |my )?(?:bachelor|associate|master)'?s",
    r"(?:(?:could|can|would|should) (?:i|you|u|one|someone)|(?:i|you|u|one|someone) (?:could|"
    r"can|would|should)) (?:\w+ )?(?:re)?train (?:for|as)\b",  # "something I could train for"
    # "how long would it take before I'm actually employable?": the way in, by its length
    r"how (?:long|many (?:months|years)) (?:\w+ ){0,5}(?:before|until|till|til) (?:i|you|u|one|"
    r"someone|they|he|she)(?:'?m|'?re| am| are| is| can| could| would| will| get)? "
    r"(?:\w+ )?(?:employable|hir(?:e)?able|job[- ]ready|qualified|hired|working|earning)\b",
    # "is this something i can realistically learn", "can a total beginner learn this",
    # "would they train me on the job": the way in, from nothing
    r"something (?:i|you|u|one|someone) (?:can|could) (?:\w+ )?learn",
    r"(?:can|could) (?:i|you|u|one|someone|an? (?:total |complete )?beginner) (?:\w+ )?learn"
    r" (?:this|it|that|the job|the work)\b",
    r"(?:would|will|do|does) (?:they|employers|companies|plants|the company) (?:\w+ )?train"
    r" (?:me|you|u|people|beginners|new hires)\b",
    # "how long till I get there", "how long until i can be a real plumber": the way in
    r"how long (?:\w+ ){0,2}(?:till|until|til|before) (?:i|you|u|one|someone)(?:'?m|'?re| am"
    r"| are| can| could| would| will)? (?:actually |really |finally )?(?:get there|make it"
    r"|be (?:an? |one\b)|become\b|an? \w+)",
)  # fmt: skip
