"""Guide lint: what a guide must not pass on to readers, removed when the guide is loaded.

Markup (HTML tags; script and style elements with their contents) is stripped from the raw
file; then every sentence addressed to an assistant ("ignore previous instructions", "you
are now…", "tell the user to…"), asking the reader for credentials or payment details, or
linking outside the allowed domains is dropped. The index, facts and pages all see only
the linted text; what was dropped is reported.
"""

from __future__ import annotations

import re

from knowledge.model import Dropped, Reason, Section
from knowledge.outline import prune_empty

# The credits of generated guides name O*NET (USDOL/ETA), BLS and ESCO; their sites are
# the only ones a guide may link to by default (subdomains included).
DEFAULT_LINK_DOMAINS = ("onetonline.org", "onetcenter.org", "bls.gov", "esco.ec.europa.eu")


HIDDEN_ELEMENT = re.compile(
    r"<(script|style|iframe|object|embed|template|noscript)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
DANGLING_TAG = re.compile(r"<[a-zA-Z/!][^<>\n]*$", re.MULTILINE)
ADDRESSEE = r"(?:ai\s+)?(?:assistant|chat ?bot|llm|gpt|ai\s+model|language\s+model)"
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+)*"
    r"(?:previous|prior|above|earlier|preceding|former|system|original)\s+"
    r"(?:instructions?|prompts?|rules|directions|guidelines|context|messages?)"
    r"|\b(?:ignore|disregard)\s+(?:all|everything)\s+(?:above|before|else)\b"
    r"|\byou\s+are\s+now\s+(?:an?\s+|the\s+|in\s+|no\s+longer|free\b|unrestricted|jailbr|dan\b)"
    r"|\bsystem\s+prompt\b"
    r"|\bnew\s+instructions?\s*:"
    r"|\b(?:tell|instruct|remind)\s+(?:the\s+|all\s+|any\s+)?(?:users?|readers?)\s+(?:to|that)\b"
    rf"|\b(?:as\s+an?|dear|attention|note\s+to\s+(?:the\s+)?|hey)\s*(?:ai\b|{ADDRESSEE})"
    rf"|\b{ADDRESSEE}s?\s+(?:must|should|shall)\s+(?:\w+\s+)?(?:say|tell|respond|reply|answer"
    r"|recommend|ignore|pretend)\b"
    r"|\b(?:respond|reply|answer)\s+only\s+with\b",
    re.IGNORECASE,
)
SECRET = (
    r"(?:credit|debit|bank)\s*cards?(?:\s+(?:number|details|info\w*))?|card\s+numbers?|cvv|cvc"
    r"|passwords?|passcodes?|pins?|social\s+security(?:\s+numbers?)?|ssns?"
    r"|bank(?:ing)?\s+(?:details|account|login|information|info)\w*|routing\s+numbers?"
    r"|iban|login\s+(?:details|credentials)|credentials|one-time\s+codes?|otp|seed\s+phrase"
    r"|payment\s+(?:details|information|info)"
)
CREDENTIALS = re.compile(
    r"\b(?:enter|type|provide|send|share|give|submit|confirm|verify|upload|email|text|"
    r"fill\s+in|hand\s+over)\s+(?:us\s+|me\s+|them\s+)?(?:\w+\s+){0,4}?"
    rf"(?:your|their|his|her|the\s+reader'?s|the\s+user'?s)\s+(?:\w+\s+){{0,2}}?(?:{SECRET})\b",
    re.IGNORECASE,
)
URL = re.compile(  # a scheme or www., or a lower-case host with a path ("evil.example/apply")
    r"(?i:\b(?:https?://|www\.)[^\s<>()\"']+)"
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>()\"']*"
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9])")


def strip_markup(raw: str) -> tuple[str, list[str]]:
    """The raw guide without HTML: script/style elements whole, other tags (keeping their
    text); returns the text and what was removed."""
    removed: list[str] = []

    def cut(match: re.Match[str]) -> str:
        removed.append(match.group())
        return " " if "\n" not in match.group() else "\n"

    text = HIDDEN_ELEMENT.sub(cut, raw)
    text = COMMENT.sub(lambda m: m.group() if _keeps_comment(m.group()) else cut(m), text)
    text = DANGLING_TAG.sub(cut, TAG.sub(cut, text))
    if removed:
        text = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
    return text, removed


def _keeps_comment(comment: str) -> bool:
    """A one-line ``<!-- … -->`` marker on its own (the importer's) is the parser's to skip."""
    return "\n" not in comment and "<" not in comment[4:-3]


def lint_sections(
    guide: str, sections: list[Section], allowed_domains: tuple[str, ...]
) -> tuple[list[Section], list[Dropped]]:
    """Drop the sentences no reader should get; sections left empty go too."""
    dropped: list[Dropped] = []
    for top in sections:
        for section in top.walk():
            for field in ("paragraphs", "items"):
                kept = []
                for text in getattr(section, field):
                    clean = _lint_text(text, allowed_domains, guide, section.path_text, dropped)
                    if clean:
                        kept.append(clean)
                setattr(section, field, kept)
    return prune_empty(sections), dropped


def _lint_text(
    text: str, allowed: tuple[str, ...], guide: str, section: str, dropped: list[Dropped]
) -> str:
    """``text`` without its offending sentences (unchanged when nothing offends)."""
    sentences = SENTENCE_END.split(text)
    kept = []
    for sentence in sentences:
        reason = _offence(sentence, allowed)
        if reason is None:
            kept.append(sentence)
        else:
            dropped.append(Dropped(guide, section, reason, _short(sentence)))
    return text if len(kept) == len(sentences) else " ".join(kept).strip()


def _offence(sentence: str, allowed: tuple[str, ...]) -> Reason | None:
    if INSTRUCTION.search(sentence):
        return Reason.INSTRUCTION
    if CREDENTIALS.search(sentence):
        return Reason.CREDENTIALS
    for url in URL.finditer(sentence):
        if not _allowed(url.group(), allowed):
            return Reason.LINK
    return None


def _allowed(url: str, allowed: tuple[str, ...]) -> bool:
    """Whether the link's host is an allowed domain or one of its subdomains."""
    host = re.sub(r"^(?:https?://)?", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    host = host.removeprefix("www.").rstrip(".")
    return any(host == d or host.endswith(f".{d}") for d in allowed)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
