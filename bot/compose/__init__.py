"""Answers without an LLM: extractive, facts, refusals, citations, suggestions."""
