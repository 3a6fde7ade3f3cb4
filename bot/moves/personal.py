"""Personal questions ("is it too late for me?") answered from the visitor's move: the answer to
the question first, then the move, every sentence and item cited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer import Draft, Mode, Piece
from bot.compose.plan import Cited
from bot.moves.move import Move, MoveItem, people
from bot.routing.titles import role_name

FIRST_PERSON = re.compile(r"\b(?:i|i'?m|im|i'?ve|ive|me|my|myself)\b", re.IGNORECASE)
LATE = re.compile(
    r"too (?:late|old)|at my age|\bmy age\b|\bold(?:er)?\b|\b[1-9]\d ?(?:yo|y/o|years? old)\b|"
    r"\bi'?m [1-9]\d\b|\bi am [1-9]\d\b|\bturning [1-9]\d\b|retire|start(?:ing)? over|mid[- ]?life",
    re.IGNORECASE,
)
LEARN = re.compile(
    r"\blearn|\bstud(?:y|ies)\b|\bskills?\b|\bcourses?\b|\btrain(?:ing)?\b|certif|improve|"
    r"\bfocus\b|\bgaps?\b|\bmissing\b|\bwork on\b|\bpractice\b|\bprepare\b",
    re.IGNORECASE,
)
TOO_LATE = re.compile(
    r"too (?:late|old)|at my age|\bmy age\b|realistic|start(?:ing)? over|mid[- ]?life",
    re.IGNORECASE,
)
PAY = re.compile(
    r"pay ?cut|\bafford|salary|money|\bearn|\bpay\b|\bpaid\b|wages?\b|income|\bbills\b|"
    r"mortgage|make more|make less|\bcut\b",
    re.IGNORECASE,
)
NEXT = re.compile(
    r"next|\bswitch|\bchange|\bmove\b|transition|get into|break into|become|\bstart\b|"
    r"where do i|what (?:should|can) i|should i|can i|could i|is it (?:possible|realistic)|"
    r"chances|worth it|\bplan\b|\bpath\b|\badvice\b|\bhelp\b|\bready\b|\bqualif",
    re.IGNORECASE,
)
AGE = re.compile(
    r"\b(?:i'?m|i am|im|age|aged|turning|turned|at)\s+([1-9]\d)\b(?!\s*(?:%|percent|k\b))|"
    r"\b([1-9]\d)\s?(?:yo|y/o|years? old)\b",
    re.IGNORECASE,
)
MONEY = re.compile(r"\$([\d,]+)")


def is_personal(message: str) -> bool:
    """Whether the message asks about the visitor's own situation (I, me, my…) in a way a
    move answers: too late, what to learn, pay, or what to do next."""
    kinds = LATE, LEARN, PAY, NEXT
    return bool(FIRST_PERSON.search(message)) and any(k.search(message) for k in kinds)


def question_kind(message: str) -> str:
    """``late``, ``pay``, ``learn`` or ``next``: what the question asks first (an age alone
    asks "too late?" only when nothing else is asked)."""
    for kind, pattern in (("late", TOO_LATE), ("pay", PAY), ("learn", LEARN), ("late", LATE)):
        if pattern.search(message):
            return kind
    return "next"


@dataclass(frozen=True)
class Asked:
    """What the visitor said of themselves in the question and the profile."""

    age: str | None
    years: float | None
    who: str  # "a cashier", "Junior Production Technician", "a student"


def _who(move: Move) -> str:
    """The visitor's role as their matched career, their own words, or their tier."""
    if move.match is not None:
        return f"as {role_name(move.match.career)}"
    role = (move.role or "").strip()
    if not role and move.ladder is not None and move.ladder.tier is not None:
        return f"at {move.where}"
    if not role:
        return "starting out"
    if re.fullmatch(r"[A-Za-z]+ed", role):  # "unemployed", "retired"
        return role.lower()
    return f"as {'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


def _asked(message: str, move: Move, years: float | None) -> Asked:
    found = AGE.search(message)
    age = (found[1] or found[2]) if found else None
    return Asked(age, years, _who(move))


def _opening(asked: Asked) -> str:
    """``At 45, as a cashier with 0 years of experience`` (only what the visitor stated)."""
    text = f"At {asked.age}, {asked.who}" if asked.age else asked.who[:1].upper() + asked.who[1:]
    if asked.years is not None:
        text += f" with {asked.years:g} year{'' if asked.years == 1 else 's'} of experience"
    return text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] == " " else text


def _detail(item: MoveItem) -> str:
    """``level 4.1 of 7 for registered nurses`` of ``To build: Science, level 4.1 of 7 for…``."""
    text = item.parts[0].text.split(": ", 1)[-1]
    return text.removeprefix(f"{item.name}, ") if item.name else text


def _with(cited: Cited, text: str) -> Piece:
    return Piece(text, cited.source, cited.evidence)


def _money(text: str) -> int | None:
    found = MONEY.search(text)
    return int(found[1].replace(",", "")) if found else None


def lead(message: str, move: Move, years: float | None) -> list[Piece]:
    """The answer to the question itself, from the move: one or two cited sentences."""
    asked = _asked(message, move, years)
    opening = _opening(asked)
    kind = question_kind(message)
    entry, pay = move.of("entry"), move.of("pay")
    build, shared = move.of("build"), move.of("shared")
    if kind == "late" and entry:
        sentence = entry[0].parts[0].evidence.rstrip(".")
        return [_with(entry[0].parts[0], f"{opening}, no: {_lower_first(sentence)}.")]
    if kind == "pay" and pay:
        return _pay_lead(opening, pay[0])
    pieces: list[Piece] = []
    if build:
        item = build[0]
        verb = "raise" if item.parts[0].text.startswith("Raise") else "learn"
        text = f"{opening}, {verb} {item.name or _detail(item)} next ({_detail(item)})."
        pieces.append(_with(item.parts[-1], text))
    if shared:
        names = [i.name for i in shared[:3] if i.name]
        if names:
            listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            start = "You already share" if pieces else f"{opening}, you already share"
            rated = people(move.skills_from.career) if move.skills_from else move.goal_people
            pieces.append(_with(shared[0].parts[-1], f"{start} {listed} with {rated}."))
    if not pieces and entry:
        sentence = entry[0].parts[0].evidence
        pieces.append(_with(entry[0].parts[0], f"{opening}: {_lower_first(sentence)}"))
    return pieces


def _pay_lead(opening: str, item: MoveItem) -> list[Piece]:
    parts = item.parts
    pieces = [_with(parts[0], f"{opening}: {_lower_first(parts[0].text)}")]
    pieces += [_with(p, p.text) for p in parts[1:]]
    if len(parts) > 1:
        now, then = _money(parts[0].text), _money(parts[1].text)
        if now is not None and then is not None:
            verdict = (
                "; by these figures the first job pays more, not less"
                if then >= now
                else "; by these figures the first job pays less: a cut at first"
            )
            last = pieces[-1]
            pieces[-1] = Piece(last.text + verdict, last.source, last.evidence)
    return pieces


def personal_draft(message: str, move: Move, years: float | None) -> Draft:
    """The whole answer: the question answered first, then the move as a cited list."""
    pieces = lead(message, move, years)
    items = move.pieces(skip="pay" if question_kind(message) == "pay" else "")  # said first
    if items:
        goal = move.goal_people
        heading = f"Your move to {goal}" if move.where else f"The way into {goal}"
        pieces.append(Piece(heading, items[0].source, "", "heading"))
        pieces += items
    return Draft(Mode.CITED, pieces, topic="move", cite_each=True)
