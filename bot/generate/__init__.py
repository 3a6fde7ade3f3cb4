"""Answers written by an LLM, and the guard that keeps them grounded."""
