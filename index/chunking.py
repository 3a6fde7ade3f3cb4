"""Section-aware chunks: a chunk never spans two sections and knows where it came from."""

from __future__ import annotations

import re

from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.chunks import Chunk
from knowledge.model import PATH_SEPARATOR, Guide, Section

CHUNK_CHARS = 900
FAQ_PREFIX = "Frequently Asked Questions"

# Plain-language glosses of the site template's section headings, added to each chunk's
# header line so that visitors' words ("how do I become...", "downsides") meet the
# guide's headings ("Path to ...", "Cons") in both the dense and the BM25 index.
GLOSSES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), gloss)
    for p, gloss in [
        (r"^Overview$", "what the job is, summary"),
        (r"^Market Demand$", "demand for workers, job openings"),
        (r"Salary", "pay, salary, earnings, wages, income by level"),
        (r"^Core Functions", "what the job involves, role overview"),
        (r"^Key Responsibilities$", "duties, tasks, what they do at work"),
        (r"^Work Setting$", "work environment, conditions, shifts"),
        (r"^Tech Stack$", "tools, equipment, machines and software used"),
        (r"^Education Level$", "degree and schooling needed, certifications"),
        (r"^Tech Skills$", "technical skills needed"),
        (r"^Soft Abilities$", "soft skills, people skills, personal qualities"),
        (r"^Path to ", "how to become one, steps to get into the career"),
        (r"^Required Education$", "training programs, how long they take, certifications"),
        (r"^Career Path Tiers$", "career levels, progression, years of experience"),
        (r"^Global Outlook$", "jobs in other countries, working abroad"),
        (r"^Role Challenges$", "hardest parts, difficulties"),
        (r"^Growth Paths$", "specializations, how to grow and get promoted"),
        (r"^Industry Trends$", "future of the field, trends"),
        (r"^A Day in the Life$", "typical day, daily schedule"),
        (r"^Work-Life Balance", "stress, pressure, hours, work-life balance"),
        (r"^Skill Map$", "skills from basic to advanced"),
        (r"^Pros$", "advantages, upsides, benefits"),
        (r"^Cons$", "disadvantages, downsides, drawbacks"),
        (r"^Common Mistakes", "mistakes and pitfalls to avoid as a beginner"),
        (r"^Contextual Advice$", "tips and advice"),
        (r"^Portfolio Tips$", "portfolio, resume, showing your experience"),
        (r"^Job Outlook", "job growth rate, outlook, statistics source"),
        (r"^How to Become One$", "how to get into it, where to start, education and training"),
        (r"^Top Skills$", "skills needed, what to learn"),
        (r"^Knowledge$", "subjects to study, what to learn, classes"),
        (r"^Work Style$", "personality, is it hard, what it demands of you"),
        (r"^Related Roles$", "similar careers, related jobs"),
        (r"^Preparation$", "how much preparation, training and experience it takes"),
    ]
]


def chunk_guide(guide: Guide, chunk_chars: int = CHUNK_CHARS) -> list[Document]:
    """The documents to store for a guide: its chunks as LangChain documents."""
    return [chunk.to_document() for chunk in guide_chunks(guide, chunk_chars)]


def guide_chunks(guide: Guide, chunk_chars: int = CHUNK_CHARS) -> list[Chunk]:
    """Split every section's own text; FAQ entries stay whole, one question per chunk."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_chars, chunk_overlap=0, separators=["\n\n", "\n", ". ", " "]
    )
    chunks = []
    for position, section in enumerate(guide.walk()):
        body = _body(section)
        if not body:
            continue
        is_faq = section.path[0] == FAQ_PREFIX and len(section.path) > 1
        parts = [body] if is_faq else splitter.split_text(body)
        header = _header(guide, section)
        chunks += [
            Chunk(
                header=header,
                text=part,
                guide=guide.slug,
                guide_title=guide.title,
                career=guide.career,
                section=section.path_text,
                anchor=section.anchor,
                position=position,
                part=part_number,
                kind="faq" if is_faq else "section",
            )
            for part_number, part in enumerate(parts)
        ]
    return chunks


def _header(guide: Guide, section: Section) -> str:
    """``Career › Section path (gloss)``: what the chunk is about, in readers' words too."""
    header = f"{guide.career}{PATH_SEPARATOR}{section.path_text}"
    glosses = [g for pattern, g in GLOSSES if pattern.search(section.title)]
    return f"{header} ({'; '.join(glosses)})" if glosses else header


def _body(section: Section) -> str:
    blocks = list(section.paragraphs)
    if section.items:
        blocks.append("\n".join(f"- {item}" for item in section.items))
    return "\n\n".join(blocks)
