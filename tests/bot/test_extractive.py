"""Quoting the best sections of what retrieval found."""

from __future__ import annotations

import numpy as np
from langchain_core.embeddings import Embeddings

from api.components import Components
from bot.compose.extractive import extractive_draft
from bot.retrieval.retriever import Hit
from bot.retrieval.units import UnitBank, load_chunks

PAY = "Annual Salary (US, USD)"


def test_sections_scored_below_zero_still_give_an_answer(
    components: Components, embeddings: Embeddings
) -> None:
    # A follow-up's repeat penalty can push every fused score below zero ("what about X?"
    # right after the same question): the best section is still quoted, never a server error.
    chunks, _ = load_chunks(components.store)
    bank = UnitBank(chunks, embeddings)
    pay = next(c for c in chunks if c.section == PAY)
    overview = next(c for c in chunks if c.section == "Overview")
    hits = [Hit(pay, -0.21, 0.52), Hit(overview, -0.64, 0.31)]
    vector = np.asarray(embeddings.embed_query("what do they earn"), dtype=np.float32)
    draft = extractive_draft(vector, hits, bank)
    assert draft.pieces
    assert {piece.source.section for piece in draft.pieces} == {PAY}
