"""Passages held in memory and the hybrid (dense + BM25) retriever."""
