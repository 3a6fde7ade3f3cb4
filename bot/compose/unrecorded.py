"""What a career search wishes that no guide records ("jobs at night", "set my own hours",
"travel a lot", "recession proof"): said plainly before the careers offered, so a shortlist
matched on other words is never taken for one chosen by it."""

from __future__ import annotations

from bot.answer import Draft, Piece
from bot.text import whole_words

UNRECORDED = (
    (
        "working hours or shifts",
        whole_words(
            r"(?:at|work|working|works) nights?", r"night (?:shifts?|owl|jobs?|work)",
            r"overnight", r"graveyard(?: shifts?)?", r"third shift",  # "anything overnight…"
            r"(?:set|choose|pick|make) (?:my|your|their) own (?:hours|schedule)",
            r"flexible (?:hours|schedules?)", r"around (?:school|the kids|my kids|pickup|pick-up)",
            r"school (?:pickup|pick-up|hours)", r"part[- ]time", r"weekends? off",
        ),
    ),
    (
        "how much a job travels",
        whole_words(
            r"travel(?:s|ing|ling)? (?:a lot|often|the world)",
            r"(?:jobs?|careers?|work) where (?:\w+ ){0,3}travel",
            r"(?:involve|involves|with|get to) (?:the most |a lot of |lots of |more )?travel",
        ),
    ),
    (
        "how physically demanding jobs are",
        whole_words(
            r"(?:no|without|not much|less|little|minimal) (?:heavy )?lifting",
            r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|won'?t|wont) (?:need|involve|require)"
            r" (?:\w+ )?(?:lifting|standing)", r"(?:can'?t|cant|cannot) lift",
            r"(?:easier|easy|rough|tough|hard|gentler) on (?:the|my|your|his|her) (?:body|back|"
            r"knees|joints)", r"(?:less|not as|not so) physical\w*", r"physically easier",
        ),
    ),
    (
        "who employs each career (government or private) or which jobs have a pension",
        whole_words(r"government (?:jobs?|work|employers?)", r"pensions?", r"public sector",
                    r"(?:city|state|federal|county) (?:jobs?|work|government)"),
    ),
    (
        "which jobs can be done from home",
        whole_words(r"remote(?:ly)?", r"(?:work|working|job|jobs) from home", r"work-from-home",
                    r"telework\w*", r"telecommut\w*", r"(?:do|did|doing) (?:it |them )?from "
                    r"(?:my )?home", r"(?:from|at)[- ]home (?:jobs?|work)"),
    ),
    (
        "how jobs suit a wheelchair user or another disability",
        # the visitor's own ("I use a wheelchair"), not a wish to help ("people in wheelchairs")
        whole_words(
            r"(?:in|use|using|uses) a wheelchair", r"(?:my|have a|with a) disability",
            r"(?:i'?m|im|i am) (?:\w+ )?(?:disabled|paralyzed)",
        ),
    ),
    (
        "how stressful jobs are",
        whole_words(
            r"(?:less|low|lower|little|not much|no) stress(?:ful)?", r"stress[- ]free",
            r"(?:not (?:as|so|too)|less|least) stressful",
            r"(?:calm|calmer|relaxed|chill) (?:job|work)",
        ),
    ),
    (
        "which jobs work at heights",
        whole_words(r"(?:scared|afraid|fear|terrified|frightened) of heights", r"no heights"),
    ),
    (
        "how jobs hold up in a recession",
        whole_words(
            r"recession[- ]?proof", r"layoff[- ]?proof", r"(?:when|if) the economy",
            r"always need (?:people|workers)",
        ),
    ),
)  # fmt: skip


def said_unrecorded(question: str, draft: Draft) -> Draft:
    """``draft`` (a shortlist) led by the plain statement that the guides don't record what
    ``question`` wishes, when it wishes such a thing."""
    missing = [name for name, pattern in UNRECORDED if pattern.search(question)]
    if not missing or not draft.pieces:
        return draft
    unrecorded = " or ".join(missing)
    said = f"The guides don't record {unrecorded}, so the careers below were not picked for that."
    draft.pieces.insert(0, Piece(said, draft.pieces[0].source, "", "lead"))
    return draft


# Wishes whose words would fit careers to the wrong thing ("from home": Residential Advisors,
# "scared of heights": Roofers), unlike "travel a lot" (pilots), "nights" (night guards) or
# "no lifting" (desk work)
MISLEADING = frozenset(
    (
        "which jobs can be done from home",
        "how stressful jobs are",
        "which jobs work at heights",
    )
)


def without_unrecorded(text: str) -> str:
    """``text`` without the wishes no guide records whose words mislead a search ("a job I
    can do from home"): no career is fitted to them (no Residential Advisors for "home")."""
    for name, pattern in UNRECORDED:
        text = pattern.sub(" ", text) if name in MISLEADING else text
    return " ".join(text.split())
