"""Answers without an LLM: extractive, facts, the Plus plan, refusals, citations, suggestions."""
