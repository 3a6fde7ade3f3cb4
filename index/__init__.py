"""Chunking, embedding and the Chroma index, ingested incrementally."""
