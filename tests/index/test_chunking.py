"""Chunks are section-aware and carry what a citation needs."""

from __future__ import annotations

from index.chunking import chunk_guide, guide_chunks
from index.chunks import Chunk
from knowledge.model import Guide


def test_a_chunk_never_spans_two_sections(guide: Guide) -> None:
    sections = {s.path_text: s for s in guide.walk()}
    for doc in chunk_guide(guide):
        section = sections[doc.metadata["section"]]
        body = Chunk.from_document(doc).text
        for line in body.splitlines():
            assert line.removeprefix("- ") in section.text, (doc.metadata["section"], line)


def test_chunks_carry_guide_section_anchor_and_position(guide: Guide) -> None:
    docs = chunk_guide(guide)
    positions = [d.metadata["position"] for d in docs]
    assert positions == sorted(positions)
    first = docs[0].metadata
    assert first["guide"] == "production-technician"
    assert first["guide_title"] == "Production Technician Career Path Guide"
    assert {"section", "anchor", "position", "part", "kind"} <= first.keys()
    anchors = {s.anchor for s in guide.walk()}
    assert all(d.metadata["anchor"] in anchors for d in docs)


def test_each_faq_entry_is_one_chunk_with_its_answer(guide: Guide) -> None:
    faq = [d for d in chunk_guide(guide) if d.metadata["kind"] == "faq"]
    assert len(faq) == 10
    remote = next(d for d in faq if "work remotely" in d.metadata["section"])
    assert "Can Production Technicians work remotely?" in remote.page_content
    assert "fully remote roles are rare" in remote.page_content


def test_long_sections_are_split_and_every_word_is_kept(guide: Guide) -> None:
    docs = chunk_guide(guide)
    path = [d for d in docs if d.metadata["section"] == "Path to Production Technician"]
    assert len(path) >= 2
    joined = " ".join(Chunk.from_document(d).text for d in path)
    section = guide.find("Path to Production Technician")
    assert section is not None
    assert joined.split() == section.text.split()


def test_a_chunk_reads_back_from_its_stored_document_unchanged(guide: Guide) -> None:
    chunks = guide_chunks(guide)
    documents = chunk_guide(guide)
    assert [Chunk.from_document(d) for d in documents] == chunks
    first = documents[0]
    assert first.page_content == f"{chunks[0].header}\n{chunks[0].text}"
    assert Chunk.from_stored("abc", first.page_content, first.metadata).id == "abc"
