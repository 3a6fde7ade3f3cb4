"""Retrieval, conversation and answers: from a visitor's message to a cited reply."""
